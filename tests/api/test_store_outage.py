"""A Redis outage is a retryable 503, never a crash, and the same process recovers by itself.

A real server process against a private redis-server that the test stops and
restarts on the same port: what a Redis failover or restart looks like to a replica.
"""

from __future__ import annotations

import httpx


def test_redis_outage_gives_retryable_503s_and_recovers_without_restart(
    server_process, redis_process
) -> None:  # type: ignore[no-untyped-def]
    server = server_process(BOT_SESSION_URL=redis_process.url)
    server.wait_ready()
    pid = server.proc.pid
    question = {"question": "How many AWS regions were there at AWSome Day?"}

    with httpx.Client(base_url=server.url, timeout=30, trust_env=False) as http:
        before = http.post("/v1/ask", json=question)
        assert before.status_code == 200 and before.json()["answered"] is True
        issued = before.json()["session_id"]

        redis_process.stop()

        during = http.post("/v1/ask", json={**question, "session_id": issued})
        assert during.status_code == 503
        assert during.headers["content-type"].startswith("application/json")
        assert int(during.headers["retry-after"]) > 0
        problem = during.json()
        assert "session store unavailable" in problem["error"] and "retry" in problem["error"]
        assert "Traceback" not in during.text and "127.0.0.1" not in during.text

        # Without a session id the engine still needs the store (to save the new session).
        assert http.post("/v1/ask", json=question).status_code == 503
        assert http.get(f"/v1/sessions/{issued}").status_code == 503

        ready = http.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["ready"] is False and "unreachable" in ready.json()["reason"]
        assert str(redis_process.port) not in ready.text
        # Liveness stays green: an orchestrator must not restart replicas over a Redis outage.
        assert http.get("/healthz").status_code == 200
        # Parts that do not touch sessions keep working.
        assert http.get("/v1/search", params={"q": "Lambda", "k": 1}).status_code == 200

        redis_process.start()  # same port; the data is gone, as after a real Redis restart

        assert http.get("/readyz").status_code == 200
        after = http.post("/v1/ask", json=question)
        assert after.status_code == 200 and after.json()["answered"] is True
        session_id = after.json()["session_id"]
        state = http.get(f"/v1/sessions/{session_id}").json()
        assert [h["user"] for h in state["history"]] == [question["question"]]

    assert server.proc.poll() is None and server.proc.pid == pid  # same process throughout
    assert "Traceback" not in server.logs()
