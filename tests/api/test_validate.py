"""POST /validate and /validate/batch through HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, func, select

from taas.config import load_settings
from taas.db.models import ApiRequest, Fact, ValidationResult

CLAIM = "Deployed! Live at https://app.example.com, all tests pass."
RESPONSE_FIELDS = {
    "coherence_score", "noise_detected", "validation_passed", "deception_detected", "deception_type",
    "deception_probability", "status", "patterns", "details", "fact_id", "validation_id",
}


def count(database_url: str, model) -> int:
    engine = create_engine(load_settings(database_url=database_url).sqlalchemy_url(async_driver=False))
    with engine.connect() as connection:
        total = connection.execute(select(func.count()).select_from(model)).scalar_one()
    engine.dispose()
    return total


async def flush_audits(client) -> None:
    await client.app.state.store.flush_audits()


async def test_validate_returns_every_contract_field_and_stores_the_fact(client, database_url):
    response = await client.post("/validate", json={"input_text": CLAIM, "context": "deploy", "metadata": {"agent": "bot"}})
    assert response.status_code == 200
    validation = response.json()["validation"]
    assert set(validation) == RESPONSE_FIELDS
    assert validation["status"] in {"coherent", "suspicious", "deceptive", "noise"}
    assert validation["fact_id"] >= 1 and validation["validation_id"] >= 1
    for pattern in validation["patterns"]:
        for start, end in pattern["spans"]:
            assert CLAIM[start:end] in pattern["matched_phrases"]
    if validation["patterns"]:
        assert validation["deception_type"] == validation["patterns"][0]["type"]

    fact = (await client.get(f"/facts/{validation['fact_id']}")).json()
    assert fact["content"] == CLAIM
    assert fact["metadata"] == {"agent": "bot"}
    assert fact["inputs"] == {"context": "deploy"}
    assert fact["validation_status"] == validation["status"]
    assert [r["id"] for r in fact["results"]] == [validation["validation_id"]]
    await flush_audits(client)
    assert count(database_url, Fact) == 1
    assert count(database_url, ValidationResult) == 1
    assert count(database_url, ApiRequest) >= 2


async def test_persist_false_stores_nothing(client, database_url):
    response = await client.post("/validate", json={"input_text": CLAIM, "persist": False})
    assert response.status_code == 200
    assert response.json()["validation"]["fact_id"] is None
    assert count(database_url, Fact) == 0


async def test_empty_text_is_noise(client):
    validation = (await client.post("/validate", json={"input_text": ""})).json()["validation"]
    assert validation["status"] == "noise" and validation["noise_detected"] is True


BAD_BODIES = [
    ({"content": b"not json", "headers": {"content-type": "application/json"}}, 422),
    ({"content": b'{"input_text": "\xff\xfe"}', "headers": {"content-type": "application/json"}}, 422),
    ({"content": b'{"input_text": "\\ud800"}', "headers": {"content-type": "application/json"}}, 422),
    ({"content": b'{"input_text": "a", "metrics": {"acc": NaN}}', "headers": {"content-type": "application/json"}}, 422),
    ({"content": b"[" * 200_000, "headers": {"content-type": "application/json"}}, 422),
    ({"json": {}}, 422),
    ({"json": []}, 422),
    ({"json": {"input_text": 42}}, 422),
    ({"json": {"input_text": None}}, 422),
    ({"json": {"input_text": "x", "metrics": {"acc": "high"}}}, 422),
    ({"json": {"input_text": "x", "metrics": [1, 2]}}, 422),
    ({"json": {"input_text": "x", "persist": "yes"}}, 422),
    ({"json": {"input_text": "x\u0000y"}}, 422),
    ({"json": {"input_text": "x", "metadata": {"k": "a\u0000"}}}, 422),
    ({"json": {"input_text": "x", "metadata": "not an object"}}, 422),
    ({"content": b"input_text=x", "headers": {"content-type": "application/x-www-form-urlencoded"}}, 422),
    ({"content": b"x" * (3 << 20), "headers": {"content-type": "application/json"}}, 413),
]


@pytest.mark.parametrize(("request_kwargs", "expected"), BAD_BODIES)
async def test_bad_input_gets_a_clear_4xx_and_stores_nothing(client, database_url, request_kwargs, expected):
    response = await client.post("/validate", **request_kwargs)
    assert response.status_code == expected, response.text
    assert response.json()["detail"]
    assert count(database_url, Fact) == 0


async def test_streamed_body_over_the_limit_is_413(client):
    async def chunks():
        for _ in range(40):
            yield b"x" * 100_000

    response = await client.post("/validate", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


async def test_batch_stores_all_in_one_transaction(client, database_url):
    items = [{"input_text": f"{CLAIM} #{n}"} for n in range(5)] + [{"input_text": "not stored", "persist": False}]
    response = await client.post("/validate/batch", json={"items": items})
    assert response.status_code == 200
    results = response.json()["results"]
    assert len(results) == 6
    assert all(r["fact_id"] for r in results[:5]) and results[5]["fact_id"] is None
    assert len({r["fact_id"] for r in results[:5]}) == 5
    assert count(database_url, Fact) == 5


async def test_batch_over_1000_items_or_with_a_bad_item_stores_nothing(client, database_url):
    too_many = await client.post("/validate/batch", json={"items": [{"input_text": "a"}] * 1001})
    assert too_many.status_code in (413, 422)
    one_bad = await client.post("/validate/batch", json={"items": [{"input_text": "fine"}, {"input_text": 7}]})
    assert one_bad.status_code == 422
    assert one_bad.json()["detail"][0]["loc"][:3] == ["body", "items", 1]
    assert count(database_url, Fact) == 0


@pytest.mark.parametrize(
    "body",
    [
        b'{"input_text": "x", "metadata": {"n": 1e400}}',
        b'{"input_text": "x", "evidence": {"has_404": 1e999}}',
    ],
)
async def test_numbers_json_cannot_carry_are_refused_not_500(client, database_url, body):
    response = await client.post("/validate", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422, response.text
    assert count(database_url, Fact) == 0


async def test_a_refused_item_does_not_fail_concurrent_neighbours(client, database_url):
    import asyncio

    good = [client.post("/validate", json={"input_text": f"Shipped build {n}"}) for n in range(20)]
    responses = await asyncio.gather(*good)
    assert all(r.status_code == 200 for r in responses)
    assert len({r.json()["validation"]["fact_id"] for r in responses}) == 20
    assert count(database_url, Fact) == 20
