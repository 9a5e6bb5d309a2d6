"""POST /validate answers alike through the direct path and through the full FastAPI stack."""

from __future__ import annotations

from conftest import make_settings


def without_ids(body: dict) -> dict:
    validation = dict(body["validation"])
    assert isinstance(validation.pop("fact_id"), int) and isinstance(validation.pop("validation_id"), int)
    return validation


async def test_direct_and_full_stack_answers_are_the_same(client_for, database_url):
    client = await client_for(make_settings(database_url))
    request = {"input_text": "I have deployed it.", "context": "deploy", "metadata": {"agent": "bot"}}
    direct = await client.post("/validate", json=request)  # application/json: the direct path
    full = await client.post(  # another JSON media type: FastAPI's own route
        "/validate", content=__import__("json").dumps(request), headers={"content-type": "application/vnd.api+json"}
    )
    assert direct.status_code == full.status_code == 200
    assert without_ids(direct.json()) == without_ids(full.json())
    assert direct.json()["validation"]["fact_id"] != full.json()["validation"]["fact_id"]
    fact = (await client.get(f"/facts/{direct.json()['validation']['fact_id']}")).json()
    assert fact["metadata"] == {"agent": "bot"} and fact["inputs"] == {"context": "deploy"}


async def test_refusals_keep_the_full_stacks_answers(client_for, database_url):
    client = await client_for(make_settings(database_url, api_key="k1", api_keys="reader=read", validate_rate_limit="2/minute"))
    assert (await client.post("/validate", json={"input_text": "x"})).status_code == 401
    wrong = await client.post("/validate", json={"input_text": "x"}, headers={"x-api-key": "nope"})
    assert wrong.status_code == 401 and wrong.json() == {"detail": "invalid API key"}
    assert (await client.post("/validate", json={"input_text": "x"}, headers={"x-api-key": "reader"})).status_code == 403
    invalid = await client.post("/validate", json={"text": "x"}, headers={"x-api-key": "k1"})
    assert invalid.status_code == 422 and invalid.json()["detail"][0]["loc"] == ["body", "input_text"]
    broken = await client.post("/validate", content=b'{"input_text": ', headers={"x-api-key": "k1", "content-type": "application/json"})
    assert broken.status_code == 422
    codes = [(await client.post("/validate", json={"input_text": "ok"}, headers={"x-api-key": "k1"})).status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    limited = await client.post("/validate", json={"input_text": "ok"}, headers={"x-api-key": "k1"})
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
    too_big = await client.post("/validate", json={"input_text": "x" * 2_000_000}, headers={"x-api-key": "k1"})
    assert too_big.status_code == 413
