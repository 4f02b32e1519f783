"""One contract, two real stores: in memory and a real redis-server."""

from __future__ import annotations

import time

import pytest

from bot.errors import StoreUnavailable
from bot.sessions.memory import MemorySessionStore
from bot.sessions.redis_store import RedisSessionStore
from bot.turns import DialogueState


@pytest.fixture(params=["memory", "redis"])
def store(request, redis_url):  # type: ignore[no-untyped-def]
    if request.param == "memory":
        return MemorySessionStore(ttl_seconds=1)
    return RedisSessionStore(redis_url, ttl_seconds=1)


def test_put_get_delete_round_trip(store) -> None:  # type: ignore[no-untyped-def]
    sid = f"s-{time.time_ns()}"
    assert store.get(sid) is None
    store.put(sid, DialogueState(conference="AWS re:Invent 2017", cited=["a.md#3", "a.md#4"]))
    got = store.get(sid)
    assert got and got.conference == "AWS re:Invent 2017" and got.cited == ["a.md#3", "a.md#4"]
    assert store.delete(sid) is True and store.get(sid) is None and store.delete(sid) is False


def test_sessions_expire_after_idle_ttl(store) -> None:  # type: ignore[no-untyped-def]
    sid = f"t-{time.time_ns()}"
    store.put(sid, DialogueState(topic="x"))
    time.sleep(2.1)
    assert store.get(sid) is None


def test_claim_is_first_caller_only(store) -> None:  # type: ignore[no-untyped-def]
    key = f"event-{time.time_ns()}"
    assert store.claim(key, 60) is True
    assert store.claim(key, 60) is False


def test_unreachable_redis_raises_a_retryable_error() -> None:
    dead = RedisSessionStore("redis://127.0.0.1:1/0", ttl_seconds=5)
    with pytest.raises(StoreUnavailable):
        dead.get("x")
