"""With the database unreachable: /ready says so, writes answer 503 with Retry-After, nothing is lost."""

from __future__ import annotations

from conftest import make_settings

UNREACHABLE = "postgresql://postgres@127.0.0.1:9/nowhere"


async def test_database_down(client_for):
    client = await client_for(make_settings(UNREACHABLE, database_connect_timeout=1))
    assert (await client.get("/health")).status_code == 200
    ready = await client.get("/ready")
    assert ready.status_code == 503 and ready.json()["checks"]["database"].startswith("unavailable")
    for method, path, body in [
        ("POST", "/validate", {"input_text": "Deployed and live"}),
        ("POST", "/validate/batch", {"items": [{"input_text": "Deployed"}]}),
        ("GET", "/facts", None),
        ("GET", "/stats", None),
    ]:
        response = await client.request(method, path, json=body)
        assert response.status_code == 503, (path, response.text)
        assert response.headers["Retry-After"] == "5"
        assert response.json()["detail"]
    # Validation without storage still works.
    offline = await client.post("/validate", json={"input_text": "Deployed", "persist": False})
    assert offline.status_code == 200
