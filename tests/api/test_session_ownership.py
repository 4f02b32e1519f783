"""Sessions belong to the caller: ids are issued by the server, filed under the API key,
and Slack's or Lex's conversations are out of the API's reach."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from bot.turns import DialogueState

KEY_A = {"Authorization": "Bearer key-a"}
KEY_B = {"Authorization": "Bearer key-b"}


def test_the_server_issues_the_id_and_ignores_one_the_client_made_up(client: TestClient) -> None:
    chosen = "0" * 32
    r = client.post("/v1/ask", json={"question": "hello", "session_id": chosen}).json()
    assert re.fullmatch(r"[0-9a-f]{32}", r["session_id"]) and r["session_id"] != chosen
    assert client.get(f"/v1/sessions/{chosen}").status_code == 404
    again = client.post("/v1/ask", json={"question": "thanks", "session_id": r["session_id"]})
    assert again.json()["session_id"] == r["session_id"]


def test_one_key_cannot_read_or_delete_another_keys_session(app_factory) -> None:  # type: ignore[no-untyped-def]
    with TestClient(app_factory(api_keys=["key-a", "key-b"])) as c:
        sid = c.post("/v1/ask", json={"question": "hello"}, headers=KEY_A).json()["session_id"]
        assert c.get(f"/v1/sessions/{sid}", headers=KEY_B).status_code == 404
        assert c.delete(f"/v1/sessions/{sid}", headers=KEY_B).json()["deleted"] is False
        # Continuing with key B starts a new conversation rather than joining A's.
        other = c.post("/v1/ask", json={"question": "thanks", "session_id": sid}, headers=KEY_B)
        assert other.json()["session_id"] != sid
        history = c.get(f"/v1/sessions/{sid}", headers=KEY_A).json()["history"]
        assert [h["user"] for h in history] == ["hello"]


def test_slack_and_lex_sessions_are_not_reachable_through_the_api(
    client: TestClient, engine
) -> None:  # type: ignore[no-untyped-def]
    slack_id = "slack:T0001:C0001:1700000000.000100"
    engine.sessions.put(slack_id, DialogueState(conference="AWS Summit London 2019"))
    try:
        for probe in (slack_id, "api:open:" + "a" * 32, "..%2F" + slack_id):
            assert client.get(f"/v1/sessions/{probe}").status_code == 404
        assert client.delete(f"/v1/sessions/{slack_id}").json()["deleted"] is False
        assert engine.sessions.get(slack_id) is not None
    finally:
        engine.sessions.delete(slack_id)
