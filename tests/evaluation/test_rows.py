"""The gate's labelled rows come from conversations too, each turn read in its conversation."""

from __future__ import annotations

from bot.answering.features import GATE_FEATURES
from bot.evaluation.rows import dialogue_gate_rows


def test_each_question_turn_of_a_conversation_is_a_row_read_after_the_turns_before(
    fast_engine,
) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    talk = next(t for t in fast_engine.gazetteer.talks if t.speakers)
    event = k.documents[talk.source].conference
    conversation = {
        "turns": [
            {"user": f"what did {talk.speakers[0]} say at {event}?", "must_contain": ["."]},
            {"user": "hello", "must_contain": ["zzqx"]},  # small talk: no row
            {"user": "and how long did it take?", "must_contain": ["zzqx"]},
        ]
    }
    x, y, kinds = dialogue_gate_rows(fast_engine, [conversation])
    assert x.shape[1] == len(GATE_FEATURES) and len(y) == len(kinds) >= 1
    assert set(y) == {1}  # no turn is marked to be declined: each asks what the notes answer
    assert kinds[-1] == "answerable"  # its pattern is not in what would be shown


def test_a_turn_marked_to_be_declined_is_a_negative_row(fast_engine) -> None:  # type: ignore[no-untyped-def]
    k = fast_engine.knowledge
    talk = next(t for t in fast_engine.gazetteer.talks if t.speakers)
    event = k.documents[talk.source].conference
    conversation = {
        "turns": [
            {"user": f"what did {talk.speakers[0]} say at {event}?", "must_contain": ["."]},
            {"user": "and what did the ticket cost?", "must_contain": ["not"], "expect": "decline"},
        ]
    }
    _, y, kinds = dialogue_gate_rows(fast_engine, [conversation])
    assert len(y) == 2
    assert list(y) == [1, 0] and kinds[-1] == "unanswerable"
