"""On a machine without a running PostgreSQL the suite starts its own from the binaries."""

from __future__ import annotations

import psycopg
import pytest

from postgres_server import ThrowawayServer, _binary


@pytest.mark.skipif(_binary("initdb") is None, reason="no PostgreSQL binaries on this machine")
def test_throwaway_server_starts_answers_and_stops():
    server = ThrowawayServer()
    try:
        with psycopg.connect(server.url) as connection:
            assert connection.execute("SELECT 1").fetchone() == (1,)
    finally:
        server.stop()
    assert not server.root.exists()
