"""The in-memory store keeps to its byte budget and its dedupe claims stay cheap; cited
passages survive a re-index that renumbers them."""

from __future__ import annotations

import time

from bot.sessions.memory import MemorySessionStore
from bot.turns import DialogueState, HistoryTurn


def test_the_oldest_sessions_go_when_the_byte_budget_is_spent() -> None:
    store = MemorySessionStore(ttl_seconds=600, max_bytes=200_000)
    big = DialogueState(history=[HistoryTurn(user="q" * 500, bot="a" * 1500, intent="x")] * 5)
    for i in range(1000):
        store.put(f"s{i}", big)
    assert store.bytes_used <= 200_000
    assert store.get("s999") is not None and store.get("s0") is None
    assert 10 < store.count() < 1000


def test_reading_a_session_keeps_it_from_being_the_next_to_go() -> None:
    store = MemorySessionStore(ttl_seconds=600, max_bytes=3000)
    for name in ("a", "b", "c"):
        store.put(name, DialogueState(topic=name * 200))
    store.put("a", store.get("a"))  # a turn on "a": it is now the most recent
    store.put("d", DialogueState(topic="d" * 600))
    assert store.get("a") is not None and store.get("b") is None


def test_a_claim_costs_the_same_with_many_claims_held() -> None:
    now = [0.0]
    store = MemorySessionStore(ttl_seconds=600, clock=lambda: now[0])
    for i in range(100_000):
        store.claim(f"event-{i}", 7200)
    started = time.perf_counter()
    for i in range(1000):
        assert store.claim(f"new-{i}", 7200)
    assert time.perf_counter() - started < 0.1  # was a rebuild of every claim per call
    assert store.claim("event-5", 7200) is False
    now[0] += 7201
    assert store.claim("event-5", 7200) is True  # expired claims are gone
