"""The HTTP contract other channels depend on: shapes, errors and the API-key check."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def test_ask_answers_with_citations(client: TestClient) -> None:
    r = client.post("/v1/ask", json={"question": "How many AWS regions were there at AWSome Day?"})
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {
        "session_id",
        "answer",
        "answered",
        "intent",
        "slots",
        "citations",
        "buttons",
        "latency_ms",
        "mode",
    }
    assert body["mode"] == "extractive"  # no model configured: the notes' own sentences
    assert body["answered"] is True and re.search(r"\b18\b", body["answer"])
    cite = body["citations"][0]
    assert cite["source"] == "awsome-day-manchester-2018.txt"
    assert cite["conference"] == "AWSome Day Manchester 2018" and cite["date"] == "2018-02-28"
    assert cite["speaker"] == "Tom Woodyer"


def test_session_id_is_kept_across_turns(client: TestClient) -> None:
    first = client.post("/v1/ask", json={"question": "hello"}).json()
    again = client.post(
        "/v1/ask", json={"question": "thanks", "session_id": first["session_id"]}
    ).json()
    assert again["session_id"] == first["session_id"]
    state = client.get(f"/v1/sessions/{first['session_id']}").json()
    assert [h["user"] for h in state["history"]] == ["hello", "thanks"]
    assert client.delete(f"/v1/sessions/{first['session_id']}").json()["deleted"] is True
    assert client.get(f"/v1/sessions/{first['session_id']}").status_code == 404


def test_bad_input_gets_clear_json_errors(client: TestClient) -> None:
    assert client.post("/v1/ask", json={"question": ""}).status_code == 422
    assert client.post("/v1/ask", json={"question": "x" * 2001}).status_code == 422
    assert client.post("/v1/ask", json={"question": 5}).status_code == 422
    assert client.post("/v1/ask", json={"q": "missing"}).status_code == 422
    assert (
        client.post(
            "/v1/ask", content=b"{not json", headers={"content-type": "application/json"}
        ).status_code
        == 422
    )
    r = client.post("/v1/ask", content=b"question=hi", headers={"content-type": "text/plain"})
    assert r.status_code == 415 and r.json()["error"]
    big = b'{"question": "' + b"a" * 70_000 + b'"}'
    assert (
        client.post(
            "/v1/ask", content=big, headers={"content-type": "application/json"}
        ).status_code
        == 413
    )


def test_search_documents_and_health(client: TestClient) -> None:
    hits = client.get("/v1/search", params={"q": "Lambda concurrent executions", "k": 3}).json()[
        "hits"
    ]
    assert len(hits) == 3 and hits[0]["source"]
    docs = client.get("/v1/documents").json()
    assert {d["conference"] for d in docs} >= {"AWS re:Invent 2017", "AWS book (netshock)"}
    builders = next(d for d in docs if d["conference"] == "AWS Builders Day Manchester 2018")
    assert any(t["title"] == "Serverless Architectural Patterns" for t in builders["talks"])
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json()["ready"] is True
    assert client.get("/v1/search").status_code == 422


def test_api_keys_guard_v1_when_set(app_factory) -> None:  # type: ignore[no-untyped-def]
    with TestClient(app_factory(api_keys=["secret-1"])) as c:
        assert c.post("/v1/ask", json={"question": "hi"}).status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert c.post("/v1/ask", json={"question": "hi"}, headers=wrong).status_code == 401
        ok = {"Authorization": "Bearer secret-1"}
        assert c.post("/v1/ask", json={"question": "hi"}, headers=ok).status_code == 200
        assert c.get("/healthz").status_code == 200
