"""Conversations: intents, slot prompts with buttons, follow-ups from memory."""

from __future__ import annotations

import re

from bot.turns import DialogueState, TurnInput


def play(engine, *texts: str):  # type: ignore[no-untyped-def]
    state = DialogueState()
    replies = []
    for text in texts:
        replies.append(engine.turn(TurnInput(text=text, state=state)).reply)
    return replies


def test_missing_talk_is_prompted_with_buttons_and_filled(engine) -> None:  # type: ignore[no-untyped-def]
    prompt, summary = play(
        engine, "can you summarise a talk for me", "Serverless Architectural Patterns"
    )
    assert prompt.intent == "summarize_talk" and not prompt.answered and prompt.buttons
    assert summary.intent == "summarize_talk" and summary.answered
    assert summary.answer.count("•") >= 3 and "Adrian Hornsby" in summary.answer


def test_a_talk_prompt_is_answered_by_what_the_talk_is_about(engine) -> None:  # type: ignore[no-untyped-def]
    prompt, summary, who, more = play(
        engine,
        "can you summarise a talk for me",
        "the chaos one",
        "who gave it?",
        "what else did he talk about?",
    )
    assert prompt.buttons and summary.intent == "summarize_talk"
    assert summary.slots["talk"] == "Creating resilience through destruction"
    assert who.answer.startswith("Adrian Hornsby")
    # "he" is Adrian: an answer from somebody else's talk would put words in his mouth
    assert all("Adrian Hornsby" in (c.speaker or "") for c in more.citations)


def test_changing_the_subject_escapes_a_prompt(engine) -> None:  # type: ignore[no-untyped-def]
    _, reply = play(engine, "summarise a talk", "How many AWS regions were there at AWSome Day?")
    assert reply.intent == "ask_question" and re.search(r"\b18\b", reply.answer)


def test_who_gave_that_talk_uses_memory(engine) -> None:  # type: ignore[no-untyped-def]
    _, who = play(
        engine,
        "What is the per-function concurrency throttle in Lambda about?",
        "who gave that talk?",
    )
    assert "Ian Massingham" in who.answer


def test_a_follow_up_in_common_words_stays_with_the_last_answer(engine) -> None:  # type: ignore[no-untyped-def]
    # "the name" says nothing on its own: it means the name just discussed
    first, name = play(engine, "What is Chaos Monkey?", "What does the name mean?")
    assert first.answered and name.answered
    assert name.citations[0].section == first.citations[0].section
    # a follow-up with a subject of its own is not pulled back
    _, own = play(engine, "What is Chaos Monkey?", "And how much does Cloud9 cost per developer?")
    assert "1.60" in own.answer and own.citations[0].section != first.citations[0].section


def test_and_a_new_name_asks_the_same_of_it(engine) -> None:  # type: ignore[no-untyped-def]
    _, polly, rekognition = play(engine, "hello", "What is Amazon Polly?", "And Rekognition?")
    assert "polly" in polly.answer.lower()
    assert rekognition.answered and "Rekognition" in rekognition.answer


def test_who_talked_about_it_names_the_speaker(engine) -> None:  # type: ignore[no-untyped-def]
    first, who = play(engine, "How is Step Functions priced?", "Who talked about it?")
    assert first.answered and first.citations[0].speaker
    assert who.answer.startswith(first.citations[0].speaker)


def test_a_short_follow_up_keeps_the_subject_through_the_conversation(engine) -> None:  # type: ignore[no-untyped-def]
    _, kept = play(engine, "What is SQS?", "How long are messages kept?")
    assert kept.answered and "14 days" in kept.answer


def test_a_described_chapter_is_summarised_not_a_title_that_sounds_alike(engine) -> None:  # type: ignore[no-untyped-def]
    (reply,) = play(engine, "Give me the key points of the VPC chapter")  # not "Key note"
    assert reply.intent == "summarize_talk"
    assert reply.slots["talk"] == "VIRTUAL PRIVATE CLOUD (VPC)"


def test_who_gave_a_summarised_talk(engine) -> None:  # type: ignore[no-untyped-def]
    _, summary, who = play(
        engine, "Which talks were at Builders Day?", "Summarise the third one", "Who gave it?"
    )
    assert summary.intent == "summarize_talk"
    talk = summary.slots["talk"]
    assert who.answered and talk in who.answer


def test_what_else_moves_past_what_was_cited(engine) -> None:  # type: ignore[no-untyped-def]
    # the cited passage shares its first 80 characters with another: memory must know
    # which one was cited, not guess from the snippet
    _, first, more = play(
        engine,
        "Who is Adrian Hornsby?",
        "What did he say about chaos engineering?",
        "What else did he say?",
    )
    assert first.answered and more.answered
    assert more.answer != first.answer


def test_list_talks_and_conferences(engine) -> None:  # type: ignore[no-untyped-def]
    talks, events = play(
        engine, "which talks were at builders day?", "which conferences do you have notes from?"
    )
    assert talks.intent == "list_talks" and "Serverless Development" in talks.answer
    assert events.intent == "list_conferences" and "AWS Summit London 2019" in events.answer


def test_reset_forgets_the_conversation(engine) -> None:  # type: ignore[no-untyped-def]
    state = DialogueState()
    engine.turn(TurnInput(text="At the summit, what is a transit gateway?", state=state))
    assert state.conference == "AWS Summit London 2019"
    engine.turn(TurnInput(text="start over", state=state))
    assert state.conference is None and not state.history


def test_talks_on_a_topic_list_only_talks_on_it(engine) -> None:  # type: ignore[no-untyped-def]
    on_topic, off_topic = play(
        engine, "Which talks covered serverless?", "Which sessions covered knitting patterns?"
    )
    assert on_topic.answered and "Serverless Development" in on_topic.answer
    assert "Creating resilience through destruction" not in on_topic.answer
    # nothing on the topic: say so, rather than list every talk under its heading
    assert off_topic.intent == "list_talks" and not off_topic.answered
    assert "no talks on knitting" in off_topic.answer and "•" not in off_topic.answer


def test_where_and_when_an_event_was_come_from_its_metadata(engine) -> None:  # type: ignore[no-untyped-def]
    where, when, about = play(
        engine,
        "Where was AWSome Day held?",
        "When did re:Invent 2017 take place?",
        "Where was the Summit's networking talk about VPC peering?",  # not the event itself
    )
    assert where.answered and "Hotel Football" in where.answer and "28 Feb 2018" in where.answer
    assert when.answered and "27 Nov" in when.answer and "Las Vegas, Las Vegas" not in when.answer
    assert not about.answer.startswith("AWS Summit London 2019 was at")
