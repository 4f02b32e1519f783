"""'The second one' after an answer that listed things: the list's items by name."""

from __future__ import annotations

from bot.answering.types import Point
from bot.dialogue.followups import item_pick, listed_items
from bot.turns import DialogueState


def test_items_under_a_lead_in_are_named_by_what_comes_before_their_dash() -> None:
    point = Point(1, ["Standard - 99.99% available", "Infrequent Access - cheaper", "Glacier"], 0)
    point.lead = "Three storage classes:"
    assert listed_items([point]) == ["Standard", "Infrequent Access", "Glacier"]


def test_a_list_written_in_one_sentence_is_split_into_its_items() -> None:
    said = "7 state types - task - a unit of work, choice - adds branching, wait - a delay."
    assert listed_items([Point(1, [said], 0)]) == ["task", "choice", "wait"]
    prose = "We moved to queues, which cut errors, and it took a year of hard work to do it."
    assert listed_items([Point(1, [prose], 0)]) == []  # commas in a sentence are no list


def test_an_ordinal_picks_from_the_last_listing_answer() -> None:
    state = DialogueState(items=["task", "choice", "wait"])
    assert item_pick(state, "what does the second one do?") == "choice"
    assert item_pick(state, "and the last one?") == "wait"
    assert item_pick(DialogueState(), "the second one") is None
