"""The plan's three tables. PostgreSQL gets JSONB, INET and DECIMAL(5,2); SQLite portable equivalents."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, Numeric, String, Text, text
from sqlalchemy.dialects.postgresql import INET, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

JsonDocument = JSON().with_variant(JSONB(), "postgresql")
IpAddress = String(45).with_variant(INET(), "postgresql")
Score = Numeric(5, 2, asdecimal=True)
Timestamp = DateTime(timezone=False)

# The status filter most lists use is "show me what was flagged".
FLAGGED_STATUSES = ("deceptive", "suspicious")


class Base(DeclarativeBase):
    pass


class Fact(Base):
    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(Timestamp, server_default=text("CURRENT_TIMESTAMP"))
    updated_at: Mapped[datetime] = mapped_column(Timestamp, server_default=text("CURRENT_TIMESTAMP"))
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JsonDocument)
    validation_status: Mapped[str | None] = mapped_column(String(50))
    validation_score: Mapped[Decimal | None] = mapped_column(Score)
    # The request fields beyond the text, so that revalidate can run the engine again.
    inputs: Mapped[dict[str, Any] | None] = mapped_column(JsonDocument)

    __table_args__ = (
        Index("idx_facts_created_at", "created_at"),
        Index("idx_facts_validation_status", "validation_status"),
        Index(
            "idx_facts_flagged_created_at",
            "validation_status",
            "created_at",
            postgresql_where=text("validation_status IN ('deceptive', 'suspicious')"),
        ),
        Index("idx_facts_metadata_gin", "metadata", postgresql_using="gin", postgresql_ops={"metadata": "jsonb_path_ops"}),
    )


class ValidationResult(Base):
    __tablename__ = "validation_results"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fact_id: Mapped[int | None] = mapped_column(ForeignKey("facts.id"))
    deception_patterns: Mapped[list[dict[str, Any]] | None] = mapped_column(JsonDocument)
    probability: Mapped[Decimal | None] = mapped_column(Score)
    detected_at: Mapped[datetime] = mapped_column(Timestamp, server_default=text("CURRENT_TIMESTAMP"))
    status: Mapped[str | None] = mapped_column(String(50))
    coherence_score: Mapped[Decimal | None] = mapped_column(Score)
    engine_version: Mapped[str | None] = mapped_column(String(20))
    details: Mapped[dict[str, Any] | None] = mapped_column(JsonDocument)

    __table_args__ = (
        Index("idx_validation_results_fact_id", "fact_id"),
        Index(
            "idx_validation_results_patterns_gin",
            "deception_patterns",
            postgresql_using="gin",
            postgresql_ops={"deception_patterns": "jsonb_path_ops"},
        ),
    )


class ApiRequest(Base):
    __tablename__ = "api_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    endpoint: Mapped[str | None] = mapped_column(String(255))
    method: Mapped[str | None] = mapped_column(String(10))
    response_code: Mapped[int | None] = mapped_column(Integer)
    duration_ms: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(Timestamp, server_default=text("CURRENT_TIMESTAMP"))
    user_agent: Mapped[str | None] = mapped_column(Text)
    ip_address: Mapped[str | None] = mapped_column(IpAddress)

    __table_args__ = (
        Index("idx_api_requests_created_at", "created_at"),
        Index("idx_api_requests_endpoint", "endpoint"),
    )
