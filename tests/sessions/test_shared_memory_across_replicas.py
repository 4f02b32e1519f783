"""Two real server processes, one real Redis: a conversation continues on whichever replica.

Behind a load balancer consecutive turns land on different processes; only the
session store connects them. Each server is its own OS process (nothing shared in
memory), so any carried context must have gone through Redis.
"""

from __future__ import annotations

import httpx
import redis

from bot.sessions.redis_store import PREFIX

SUMMIT = "AWS Summit London 2019"
FIRST = "Who talked about chaos engineering at the Summit?"
FOLLOW_UP = "where was that?"


def ask(base_url: str, question: str, session_id: str | None = None) -> httpx.Response:
    body = {"question": question, **({"session_id": session_id} if session_id else {})}
    return httpx.post(
        base_url + "/v1/ask",
        json=body,
        timeout=30,
        trust_env=False,
    )


def test_a_follow_up_on_replica_b_uses_memory_written_by_replica_a(
    server_process, redis_url: str
) -> None:  # type: ignore[no-untyped-def]
    server_a = server_process(BOT_SESSION_URL=redis_url)
    server_b = server_process(BOT_SESSION_URL=redis_url)
    server_a.wait_ready()
    server_b.wait_ready()
    assert server_a.proc.pid != server_b.proc.pid and server_a.url != server_b.url

    first = ask(server_a.url, FIRST)
    assert first.status_code == 200, first.text
    body = first.json()
    session_id = body["session_id"]
    assert body["answered"] and "Adrian Hornsby" in body["answer"]
    assert body["citations"][0]["conference"] == SUMMIT

    # The state A wrote is in Redis, and B reads it back before B has seen this session.
    with redis.Redis.from_url(redis_url) as direct:
        stored = direct.get(f"{PREFIX}api:open:{session_id}")  # API sessions are namespaced
    assert stored is not None and SUMMIT.encode() in stored
    seen_by_b = httpx.get(f"{server_b.url}/v1/sessions/{session_id}", trust_env=False)
    assert seen_by_b.status_code == 200
    state = seen_by_b.json()
    assert state["slots"]["conference"] == SUMMIT
    assert state["slots"]["speaker"] == "Adrian Hornsby"
    assert [h["user"] for h in state["history"]] == [FIRST]

    # The follow-up names nothing; only A's memory says what "that" is.
    follow = ask(server_b.url, FOLLOW_UP, session_id)
    assert follow.status_code == 200, follow.text
    reply = follow.json()
    assert reply["session_id"] == session_id and reply["answered"] is True
    assert SUMMIT in reply["answer"] and "London" in reply["answer"]
    assert reply["citations"][0]["conference"] == SUMMIT

    # Control: the same follow-up with no memory behind it is not answered the same way.
    fresh = ask(server_b.url, FOLLOW_UP).json()
    assert fresh["answered"] is False and not fresh["answer"].startswith("That was at")

    # And B's turn is written back: A now sees both turns, in order.
    back_on_a = httpx.get(f"{server_a.url}/v1/sessions/{session_id}", trust_env=False).json()
    assert [h["user"] for h in back_on_a["history"]] == [FIRST, FOLLOW_UP]
    assert back_on_a["slots"]["conference"] == SUMMIT
