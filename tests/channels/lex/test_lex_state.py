from __future__ import annotations

import json

from bot.channels.lex.state import (
    SESSION_ATTRIBUTES_LIMIT,
    STATE_KEY,
    attributes_size,
    load_state,
    store_state,
)
from bot.turns import DialogueState, HistoryTurn


def test_state_round_trips_through_session_attributes() -> None:
    state = DialogueState(
        conference="AWSome Day", talk="Chaos", pending_slot="talk", shown=["a.md#1", "a.md#2"]
    )
    attributes = store_state({"customerId": "C-1"}, state)
    assert attributes["customerId"] == "C-1"
    assert all(isinstance(v, str) for v in attributes.values())
    again = load_state(attributes)
    assert again is not None
    assert (again.conference, again.talk, again.pending_slot, again.shown) == (
        "AWSome Day",
        "Chaos",
        "talk",
        ["a.md#1", "a.md#2"],
    )


def test_history_never_travels_to_lex() -> None:
    state = DialogueState(history=[HistoryTurn(user="hi", bot="hello", intent="greeting")])
    attributes = store_state({}, state)
    assert "history" not in json.loads(attributes[STATE_KEY])


def test_the_caller_keys_survive_and_our_old_state_is_replaced() -> None:
    attributes = store_state({"a": "1", STATE_KEY: '{"talk":"old"}'}, DialogueState(talk="new"))
    assert attributes["a"] == "1"
    assert json.loads(attributes[STATE_KEY])["talk"] == "new"


def test_a_huge_state_is_trimmed_to_fit_twelve_kilobytes() -> None:
    state = DialogueState(
        shown=[f"a.md#{n}" for n in range(3000)],
        cited=[f"b.md#{n}" for n in range(3000)],
        last_question="q" * 9000,
    )
    attributes = store_state({"customer": "x" * 2000}, state)
    assert attributes_size(attributes) <= SESSION_ATTRIBUTES_LIMIT
    assert attributes["customer"] == "x" * 2000
    assert load_state(attributes) is not None


def test_state_is_dropped_rather_than_breaking_the_limit() -> None:
    caller = {"blob": "y" * (SESSION_ATTRIBUTES_LIMIT - 40)}
    attributes = store_state(caller, DialogueState(talk="t" * 500, pending_intent="p" * 500))
    assert attributes == caller


def test_unreadable_or_missing_state_starts_afresh() -> None:
    assert load_state({}) is None
    assert load_state({STATE_KEY: "{not json"}) is None
    assert load_state({STATE_KEY: '{"shown": "many"}'}) is None
    assert load_state({STATE_KEY: "x" * (SESSION_ATTRIBUTES_LIMIT + 1)}) is None
