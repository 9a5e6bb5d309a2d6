"""Facts, results, revalidation and stats, read back through HTTP."""

from __future__ import annotations

import asyncio

import pytest

DEPLOY_CLAIM = "Deployed to production! Live at https://shop.example.com and fully operational."
PLAIN = "Thanks for the review, I appreciate it."


async def store(client, text: str, **fields) -> dict:
    response = await client.post("/validate", json={"input_text": text, **fields})
    assert response.status_code == 200, response.text
    return response.json()["validation"]


async def test_facts_pages_newest_first_without_gaps_or_repeats(client):
    ids = [(await store(client, f"{PLAIN} number {n}"))["fact_id"] for n in range(7)]
    seen, cursor = [], None
    while True:
        params = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        page = (await client.get("/facts", params=params)).json()
        seen += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == list(reversed(ids))


async def test_facts_filters(client):
    flagged = await store(client, DEPLOY_CLAIM, evidence={"has_404": True}, metadata={"agent": "deployer"})
    await store(client, PLAIN, metadata={"agent": "helper"})
    by_status = (await client.get("/facts", params={"status": flagged["status"]})).json()["items"]
    assert flagged["fact_id"] in [f["id"] for f in by_status]
    by_metadata = (await client.get("/facts", params={"metadata": '{"agent": "helper"}'})).json()["items"]
    assert [f["content"] for f in by_metadata] == [PLAIN]
    by_text = (await client.get("/facts", params={"q": "shop.example"})).json()["items"]
    assert [f["id"] for f in by_text] == [flagged["fact_id"]]
    if flagged["patterns"]:
        pattern = flagged["patterns"][0]["type"]
        by_pattern = (await client.get("/facts", params={"pattern": pattern})).json()["items"]
        assert [f["id"] for f in by_pattern] == [flagged["fact_id"]]
        results = (await client.get("/validation-results", params={"pattern": pattern})).json()["items"]
        assert [r["fact_id"] for r in results] == [flagged["fact_id"]]
    none_yet = (await client.get("/facts", params={"since": "2999-01-01T00:00:00Z"})).json()["items"]
    assert none_yet == []


@pytest.mark.parametrize(
    "query",
    [
        {"status": "bogus"}, {"pattern": "nope"}, {"limit": 0}, {"limit": 501}, {"limit": "x"},
        {"since": "yesterday"}, {"cursor": "not-a-cursor"}, {"metadata": "[1]"}, {"metadata": "{"},
    ],
)
async def test_bad_query_parameters_are_4xx(client, query):
    response = await client.get("/facts", params=query)
    assert response.status_code in (400, 422), response.text
    assert response.json()["detail"]


@pytest.mark.parametrize("path", ["/facts/999999", "/facts/0", "/facts/abc", "/facts/99999999999999999999"])
async def test_unknown_or_malformed_fact_ids(client, path):
    response = await client.get(path)
    assert response.status_code in (404, 422)
    assert response.json()["detail"]


async def test_revalidate_adds_a_result_and_updates_the_fact(client):
    first = await store(client, DEPLOY_CLAIM)
    before = (await client.get(f"/facts/{first['fact_id']}")).json()
    await asyncio.sleep(0.01)
    response = await client.post(f"/facts/{first['fact_id']}/revalidate")
    assert response.status_code == 200
    body = response.json()
    assert body["previous"]["id"] == first["validation_id"]
    assert body["validation"]["engine_version"]
    after = (await client.get(f"/facts/{first['fact_id']}")).json()
    assert [r["id"] for r in after["results"]] == [body["validation"]["id"], first["validation_id"]]
    assert after["updated_at"] > before["updated_at"]
    assert (await client.post("/facts/424242/revalidate")).status_code == 404


async def test_validation_results_min_probability(client):
    await store(client, DEPLOY_CLAIM)
    await store(client, PLAIN)
    everything = (await client.get("/validation-results")).json()["items"]
    assert len(everything) == 2
    strong = (await client.get("/validation-results", params={"min_probability": 0.5})).json()["items"]
    assert all(r["probability"] >= 0.5 for r in strong)
    assert (await client.get("/validation-results", params={"min_probability": 2})).status_code == 422


async def test_stats_counts_by_status_and_pattern_per_day(client):
    a = await store(client, DEPLOY_CLAIM)
    b = await store(client, PLAIN)
    stats = (await client.get("/stats")).json()
    assert stats["total"] == 2
    assert sum(stats["by_status"].values()) == 2
    assert stats["by_status"].get(a["status"], 0) >= 1 and stats["by_status"].get(b["status"], 0) >= 1
    for pattern in a["patterns"]:
        assert stats["by_pattern"][pattern["type"]] >= 1
    assert stats["per_day"][-1]["total"] == 2


async def test_service_endpoints(client):
    assert (await client.get("/health")).json() == {"status": "ok"}
    ready = await client.get("/ready")
    assert ready.status_code == 200 and ready.json()["checks"]["database"] == "ok"
    root = (await client.get("/")).json()
    assert root["service"] == "TAAS Validation" and "POST /validate" in root["endpoints"]
    assert (await client.get("/docs")).status_code == 200
    assert (await client.get("/metrics")).status_code == 200
    assert (await client.get("/no-such-thing")).status_code == 404
