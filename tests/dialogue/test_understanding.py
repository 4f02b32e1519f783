"""Intent rules and the out-of-scope check, on phrasings written for these tests."""

from __future__ import annotations

import pytest

from bot.dialogue import followup
from bot.dialogue.nlu import NEAR_NOTES
from bot.turns import DialogueState, TurnInput


def intent_of(engine, text: str) -> str:  # type: ignore[no-untyped-def]
    return engine.turn(TurnInput(text=text, state=DialogueState())).reply.intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("thanks a lot!", "thanks"),
        ("perfect, thank you", "thanks"),
        ("right, I'm off now", "goodbye"),
        ("have a nice day", "goodbye"),
        ("hiya there", "greeting"),
        ("please clear the chat history", "reset"),
        ("let's start afresh", "reset"),
        ("what kind of questions can I ask?", "help"),
        ("show me some example questions", "help"),
        ("which events do you have write-ups for", "list_conferences"),
        ("who spoke at AWSome Day?", "list_talks"),
        ("who were the speakers", "list_talks"),
        ("how do I grow tomatoes on a balcony", "out_of_scope"),
        ("who painted the Mona Lisa", "out_of_scope"),
    ],
)
def test_small_talk_meta_and_off_topic(engine, text: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert intent_of(engine, text) == intent


@pytest.mark.parametrize(
    "text",
    [
        "thanks, and what did they say about DynamoDB global tables?",
        "what does the London recap say about transit gateway?",
        "how does Route 53 failover routing work",
        "How did Adrian Hornsby describe chaos engineering?",  # about a speaker, not a listing
        "Who presented the Serverless Architectural Patterns talk?",  # a named talk's speaker
        "what did werner vogels say about serverless",  # what a speaker said: a question
        "Tell me about Aurora",  # about a thing, not a person
    ],
)
def test_questions_about_the_notes_stay_questions(engine, text: str) -> None:  # type: ignore[no-untyped-def]
    assert intent_of(engine, text) == "ask_question"


@pytest.mark.parametrize(
    "text", ["Tell me about the Netflix tooling talk", "What was the Step Functions session about?"]
)
def test_what_a_talk_was_about_is_its_summary(engine, text: str) -> None:  # type: ignore[no-untyped-def]
    assert intent_of(engine, text) == "summarize_talk"


@pytest.mark.parametrize(
    "text", ["Which talks were given at the Summit?", "What keynotes were held at re:Invent?"]
)
def test_talks_given_or_held_at_an_event_are_listed(engine, text: str) -> None:  # type: ignore[no-untyped-def]
    reply = engine.turn(TurnInput(text=text, state=DialogueState())).reply
    assert reply.intent == "list_talks" and reply.answered
    assert "given" not in reply.slots.get("topic", "")  # "given" is no subject
    assert reply.answer.count("•") >= 1


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("How many chapters does the book have?", "Chapters"),
        ("How many talks did Ian give?", "Talks"),
    ],
)
def test_how_many_talks_is_a_counted_listing(engine, text: str, head: str) -> None:  # type: ignore[no-untyped-def]
    import re

    reply = engine.turn(TurnInput(text=text, state=DialogueState())).reply
    assert reply.intent == "list_talks" and reply.answer.startswith(head)
    count = int(re.search(r"\((\d+)\):", reply.answer).group(1))  # type: ignore[union-attr]
    assert count == reply.answer.count("•") >= 1


def test_ordinals() -> None:
    assert followup.ordinal("summarise the second one") == 1
    assert followup.ordinal("tell me about number 3") == 2
    assert followup.ordinal("and the last talk?") == -1
    assert followup.ordinal("summarise chaos engineering") is None


def test_the_second_one_refers_to_the_last_list(engine) -> None:  # type: ignore[no-untyped-def]
    state = DialogueState()
    listing = engine.turn(TurnInput(text="Which talks were at Builders Day?", state=state)).reply
    second = state.listed[1]
    summary = engine.turn(TurnInput(text="Summarise the second one", state=state)).reply
    assert listing.intent == "list_talks" and f'"{second}"' in listing.answer
    assert summary.intent == "summarize_talk" and summary.slots["talk"] == second
    assert 3 <= summary.answer.count("•") <= 6


def test_naming_something_the_notes_cover_keeps_a_far_question_in_scope(engine) -> None:  # type: ignore[no-untyped-def]
    knowledge = engine.knowledge
    far = "Whose research about Yahoo was quoted?"
    assert knowledge.closeness(knowledge.embed(far)) < NEAR_NOTES  # far from every passage...
    assert knowledge.names_something_it_covers(far)  # ...but Yahoo is in the notes
    assert intent_of(engine, far) == "ask_question"
    assert not knowledge.names_something_it_covers("Who painted the Mona Lisa?")
    assert not knowledge.names_something_it_covers("how do I grow tomatoes")  # no name at all
