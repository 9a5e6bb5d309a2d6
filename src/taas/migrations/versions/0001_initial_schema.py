"""The plan's schema: facts, validation_results, api_requests.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

json_document = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
ip_address = sa.String(45).with_variant(postgresql.INET(), "postgresql")
now = sa.text("CURRENT_TIMESTAMP")


def upgrade() -> None:
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, server_default=now),
        sa.Column("updated_at", sa.DateTime, server_default=now),
        sa.Column("metadata", json_document),
        sa.Column("validation_status", sa.String(50)),
        sa.Column("validation_score", sa.Numeric(5, 2)),
        sa.Column("inputs", json_document),
    )
    op.create_index("idx_facts_created_at", "facts", ["created_at"])
    op.create_index("idx_facts_validation_status", "facts", ["validation_status"])

    op.create_table(
        "validation_results",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("fact_id", sa.Integer, sa.ForeignKey("facts.id")),
        sa.Column("deception_patterns", json_document),
        sa.Column("probability", sa.Numeric(5, 2)),
        sa.Column("detected_at", sa.DateTime, server_default=now),
        sa.Column("status", sa.String(50)),
        sa.Column("coherence_score", sa.Numeric(5, 2)),
        sa.Column("engine_version", sa.String(20)),
        sa.Column("details", json_document),
    )
    op.create_index("idx_validation_results_fact_id", "validation_results", ["fact_id"])

    op.create_table(
        "api_requests",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("endpoint", sa.String(255)),
        sa.Column("method", sa.String(10)),
        sa.Column("response_code", sa.Integer),
        sa.Column("duration_ms", sa.Integer),
        sa.Column("created_at", sa.DateTime, server_default=now),
        sa.Column("user_agent", sa.Text),
        sa.Column("ip_address", ip_address),
    )
    op.create_index("idx_api_requests_created_at", "api_requests", ["created_at"])
    op.create_index("idx_api_requests_endpoint", "api_requests", ["endpoint"])

    if op.get_bind().dialect.name == "postgresql":
        # The plan's "partial indexes for common filters" and "JSONB indexes".
        op.create_index(
            "idx_facts_flagged_created_at",
            "facts",
            ["validation_status", "created_at"],
            postgresql_where=sa.text("validation_status IN ('deceptive', 'suspicious')"),
        )
        op.create_index(
            "idx_facts_metadata_gin", "facts", ["metadata"],
            postgresql_using="gin", postgresql_ops={"metadata": "jsonb_path_ops"},
        )
        op.create_index(
            "idx_validation_results_patterns_gin", "validation_results", ["deception_patterns"],
            postgresql_using="gin", postgresql_ops={"deception_patterns": "jsonb_path_ops"},
        )
    else:
        op.create_index("idx_facts_flagged_created_at", "facts", ["validation_status", "created_at"])


def downgrade() -> None:
    op.drop_table("api_requests")
    op.drop_table("validation_results")
    op.drop_table("facts")
