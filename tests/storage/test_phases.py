"""Storage modes through the admin API: ids kept across stores, switches, failures counted and repaired."""

from __future__ import annotations

from sqlalchemy import create_engine, select

from conftest import make_settings
from taas.config import load_settings
from taas.db.models import Fact

CLAIM = "Deployed! Live at https://app.example.com"


def database_facts(database_url: str) -> dict[int, str]:
    engine = create_engine(load_settings(database_url=database_url).sqlalchemy_url(async_driver=False))
    with engine.connect() as connection:
        rows = {row.id: row.content for row in connection.execute(select(Fact.id, Fact.content))}
    engine.dispose()
    return rows


async def validate(client, text: str) -> dict:
    response = await client.post("/validate", json={"input_text": text})
    assert response.status_code == 200, response.text
    return response.json()["validation"]


async def test_memory_mode_reads_and_writes_memory_only(client_for, database_url):
    client = await client_for(make_settings(database_url, storage_mode="memory"))
    first = await validate(client, CLAIM)
    second = await validate(client, "The weather is fine today.")
    assert (first["fact_id"], second["fact_id"]) == (1, 2)
    assert (await client.get(f"/facts/{first['fact_id']}")).json()["content"] == CLAIM
    assert [f["id"] for f in (await client.get("/facts")).json()["items"]] == [2, 1]
    assert (await client.get("/stats")).json()["total"] == 2
    assert database_facts(database_url) == {}
    status = (await client.get("/admin/storage")).json()
    assert status["mode"] == "memory" and status["unsynced"]["facts"] == 2


async def test_dual_write_keeps_the_client_id_in_both_stores(client_for, database_url):
    client = await client_for(make_settings(database_url, storage_mode="memory"))
    before = await validate(client, "written in memory mode")
    assert (await client.put("/admin/storage", json={"mode": "dual_write"})).json()["changed"] is True
    during = await validate(client, CLAIM)
    assert database_facts(database_url) == {during["fact_id"]: CLAIM}
    backfill = (await client.post("/admin/storage/backfill")).json()
    assert backfill["facts"]["inserted"] == 1 and backfill["done"] is True
    assert database_facts(database_url) == {before["fact_id"]: "written in memory mode", during["fact_id"]: CLAIM}
    report = (await client.get("/admin/storage/verify")).json()
    assert report["ok"] is True and report["tables"]["facts"]["equal"] == 2
    assert report["tables"]["facts"]["memory_checksum"] == report["tables"]["facts"]["database_checksum"]
    # Run twice: nothing more to copy.
    again = (await client.post("/admin/storage/backfill")).json()
    assert again["facts"]["inserted"] == 0 and again["validation_results"]["inserted"] == 0
    status = (await client.get("/admin/storage")).json()
    assert status["dual_write"]["writes"] == 1 and status["dual_write"]["failures"] == 0
    assert status["dual_write"]["database_write_ms"]["count"] == 1


async def test_failed_database_write_is_counted_served_and_repaired_by_backfill(client_for, database_url, monkeypatch):
    client = await client_for(make_settings(database_url, storage_mode="dual_write"))
    store = client.app.state.store

    async def broken(item):
        raise ConnectionError("database gone")

    monkeypatch.setattr(store.database, "save", broken)
    lost = await validate(client, CLAIM)
    status = (await client.get("/admin/storage")).json()
    assert status["dual_write"]["failures"] == 1 and "database gone" in status["dual_write"]["last_error"]
    assert status["unsynced"]["facts"] == 1
    report = (await client.get("/admin/storage/verify")).json()
    assert report["ok"] is False
    assert report["differences"][0] == {"table": "facts", "id": lost["fact_id"], "kind": "only_in_memory"}
    # dual_read still serves it (from memory), and switching to database is refused until backfill.
    assert (await client.put("/admin/storage", json={"mode": "dual_read"})).status_code == 200
    assert (await client.get(f"/facts/{lost['fact_id']}")).json()["content"] == CLAIM
    refused = await client.put("/admin/storage", json={"mode": "database"})
    assert refused.status_code == 409 and "backfill" in refused.json()["detail"]
    monkeypatch.undo()
    await client.post("/admin/storage/backfill")
    assert (await client.get("/admin/storage/verify")).json()["ok"] is True
    assert (await client.put("/admin/storage", json={"mode": "database"})).status_code == 200
    after = await validate(client, "written by the database")
    assert after["fact_id"] == lost["fact_id"] + 1  # the sequence moved past the backfilled id


async def test_dual_read_falls_back_to_memory_when_the_database_fails(client_for, database_url, monkeypatch):
    client = await client_for(make_settings(database_url, storage_mode="dual_read"))
    fact = await validate(client, CLAIM)
    store = client.app.state.store

    async def broken(*args):
        raise ConnectionError("database gone")

    monkeypatch.setattr(store.database, "list_facts", broken)
    items = (await client.get("/facts")).json()["items"]
    assert [item["id"] for item in items] == [fact["fact_id"]]
    assert (await client.get("/admin/storage")).json()["dual_read"]["fallbacks"] == 1


async def test_rollback_to_memory_then_forward_loses_nothing(client_for, database_url):
    client = await client_for(make_settings(database_url, storage_mode="dual_read"))
    ids = [(await validate(client, f"fact {n}"))["fact_id"] for n in range(3)]
    assert (await client.put("/admin/storage", json={"mode": "memory"})).status_code == 200
    ids += [(await validate(client, f"fact {n}"))["fact_id"] for n in range(3, 5)]
    assert ids == sorted(set(ids))
    assert [f["id"] for f in (await client.get("/facts")).json()["items"]] == ids[::-1]
    await client.put("/admin/storage", json={"mode": "dual_write"})
    await client.post("/admin/storage/backfill")
    assert (await client.get("/admin/storage/verify")).json()["ok"] is True
    await client.put("/admin/storage", json={"mode": "database"})
    assert sorted(database_facts(database_url)) == ids
    back = await client.put("/admin/storage", json={"mode": "memory"})
    assert back.status_code == 409 and "database mode" in back.json()["detail"]


async def test_start_in_memory_mode_never_reuses_database_ids(client_for, database_url):
    client = await client_for(make_settings(database_url))
    existing = await validate(client, "in the database already")
    other = await client_for(make_settings(database_url, storage_mode="memory"))
    assert (await validate(other, "new, in memory"))["fact_id"] == existing["fact_id"] + 1


async def test_admin_endpoints_need_the_admin_role(client_for, database_url):
    client = await client_for(make_settings(database_url, api_key="root", api_keys="reader=read+validate"))
    assert (await client.get("/admin/storage", headers={"x-api-key": "reader"})).status_code == 403
    assert (await client.get("/admin/storage")).status_code == 401
    assert (await client.get("/admin/storage", headers={"x-api-key": "root"})).status_code == 200
    bad = await client.put("/admin/storage", json={"mode": "sideways"}, headers={"x-api-key": "root"})
    assert bad.status_code == 422
