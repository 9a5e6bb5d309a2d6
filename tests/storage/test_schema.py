"""The migrated PostgreSQL schema is the plan's: columns, types, index names."""

from __future__ import annotations

import psycopg

from taas.config import load_settings
from taas.db import migrate

PLAN_COLUMNS = {
    "facts": {
        "id": "integer", "content": "text", "created_at": "timestamp without time zone",
        "updated_at": "timestamp without time zone", "metadata": "jsonb",
        "validation_status": "character varying(50)", "validation_score": "numeric(5,2)",
    },
    "validation_results": {
        "id": "integer", "fact_id": "integer", "deception_patterns": "jsonb",
        "probability": "numeric(5,2)", "detected_at": "timestamp without time zone",
    },
    "api_requests": {
        "id": "integer", "endpoint": "character varying(255)", "method": "character varying(10)",
        "response_code": "integer", "duration_ms": "integer", "created_at": "timestamp without time zone",
        "user_agent": "text", "ip_address": "inet",
    },
}
PLAN_INDEXES = {
    "idx_facts_created_at", "idx_facts_validation_status", "idx_validation_results_fact_id",
    "idx_api_requests_created_at", "idx_api_requests_endpoint",
}
PERFORMANCE_INDEXES = {
    "idx_facts_flagged_created_at": "WHERE",
    "idx_facts_metadata_gin": "USING gin",
    "idx_validation_results_patterns_gin": "USING gin",
}


def test_upgrade_of_an_empty_database_gives_the_plans_schema(postgres_url):
    url = load_settings(database_url=postgres_url).sqlalchemy_url(async_driver=False)
    migrate.upgrade(url)
    assert migrate.current_revision(url) == "0001"
    with psycopg.connect(postgres_url) as connection:
        for table, columns in PLAN_COLUMNS.items():
            found = dict(
                connection.execute(
                    "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                    "WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped",
                    (table,),
                ).fetchall()
            )
            for column, type_ in columns.items():
                assert found.get(column) == type_, (table, column, found.get(column))
        serial = connection.execute(
            "SELECT column_default FROM information_schema.columns WHERE table_name='facts' AND column_name='id'"
        ).fetchone()[0]
        assert serial.startswith("nextval(")
        fk = connection.execute(
            "SELECT confrelid::regclass::text FROM pg_constraint WHERE conrelid='validation_results'::regclass AND contype='f'"
        ).fetchone()[0]
        assert fk == "facts"
        indexes = dict(connection.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname='public'").fetchall())
    assert PLAN_INDEXES <= set(indexes)
    for name, marker in PERFORMANCE_INDEXES.items():
        assert marker in indexes[name], indexes.get(name)


def test_downgrade_to_base_and_up_again(postgres_url):
    url = load_settings(database_url=postgres_url).sqlalchemy_url(async_driver=False)
    migrate.upgrade(url)
    migrate.downgrade(url, "base")
    assert migrate.current_revision(url) is None
    migrate.upgrade(url)
    assert migrate.current_revision(url) == "0001"


def test_the_status_filter_uses_the_partial_index(postgres_url):
    url = load_settings(database_url=postgres_url).sqlalchemy_url(async_driver=False)
    migrate.upgrade(url)
    with psycopg.connect(postgres_url) as connection:
        connection.execute("SET enable_seqscan = off")
        plan = "\n".join(
            row[0] for row in connection.execute(
                "EXPLAIN SELECT id FROM facts WHERE validation_status = 'deceptive' ORDER BY created_at DESC LIMIT 50"
            )
        )
        patterns = "\n".join(
            row[0] for row in connection.execute(
                "EXPLAIN SELECT id FROM validation_results WHERE deception_patterns @> '[{\"type\": \"facade\"}]'"
            )
        )
    assert "idx_facts_flagged_created_at" in plan or "idx_facts_validation_status" in plan
    assert "idx_validation_results_patterns_gin" in patterns
