"""Questions we wrote ourselves over all five notes: answers, sources, abstention, conflicts."""

from __future__ import annotations

import re

import pytest

from bot.turns import DialogueState, TurnInput

CASES = [
    ("How many AWS regions were there at AWSome Day?", r"\b18\b", "awsome-day-manchester-2018.txt"),
    (
        "What is the concurrency limit for Lambda functions mentioned at Builders Day?",
        r"1000",
        "aws-builders-day-manchester-2018.txt",
    ),
    (
        "How many peerings can a VPC have before you need a Transit Gateway, per the Summit?",
        r"125",
        "aws-summit-london-2019.txt",
    ),
    (
        "How many security groups can you have per VPC according to the book?",
        r"\b500\b",
        "aws-book-netshock.txt",
    ),
    (
        "Which tool tests CloudFormation templates for open security groups, per re:Invent?",
        r"CFN_NAG",
        "aws-reinvent-2017.txt",
    ),
]


def ask(engine, text: str):  # type: ignore[no-untyped-def]
    return engine.turn(TurnInput(text=text, state=DialogueState())).reply


@pytest.mark.parametrize(("question", "pattern", "source"), CASES)
def test_answers_come_from_the_right_notes(
    engine, question: str, pattern: str, source: str
) -> None:  # type: ignore[no-untyped-def]
    reply = ask(engine, question)
    assert reply.answered, reply.answer
    assert re.search(pattern, reply.answer, re.I), reply.answer
    assert reply.citations[0].source == source


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("What is the best way to grow tomatoes on a balcony?", "don't cover"),
        # a name the notes never use is declined, and named
        ("How much does Amazon Athena charge per terabyte scanned?", "never mention Athena"),
        ("How many availability zones does eu-west-1 have?", "never mention eu-west-1"),
    ],
)
def test_uncovered_questions_are_declined(engine, question: str, says: str) -> None:  # type: ignore[no-untyped-def]
    reply = ask(engine, question)
    assert not reply.answered and not reply.citations
    assert says in reply.answer


def test_the_speaker_answers_who_said_it_not_who_did_it(engine) -> None:  # type: ignore[no-untyped-def]
    # the speaker reported who founded Gremlin; naming him as the founder would be false
    founded = ask(engine, "Who founded Gremlin?")
    assert founded.answered and "Netflix" in founded.answer
    assert not founded.answer.startswith("Tom Woodyer.")
    spoke = ask(engine, "Who spoke about DynamoDB global tables?")
    assert spoke.answer.startswith("Adrian Hornsby.")


def test_a_described_talk_is_the_only_place_looked(engine) -> None:  # type: ignore[no-untyped-def]
    # "according to the Netflix tooling talk": an answer from other notes would be
    # credited to the wrong talk, so the talk's own notes answer or nothing does
    reply = ask(engine, "According to the Netflix tooling talk, how are IAM users added to groups?")
    assert not reply.answered and "Tooling Up for Efficiency" in reply.answer
    reply = ask(engine, "In the active-active talk, which services are region wide?")
    assert reply.answered and reply.citations[0].section.startswith("How to Design a Multi-Region")


def test_an_identifier_the_notes_use_is_answered(engine) -> None:  # type: ignore[no-untyped-def]
    reply = ask(engine, "Which instance type does the book use for its test, a t2.micro?")
    assert reply.answered and "t2.micro" in reply.answer


def test_named_conference_is_followed_when_notes_disagree(engine) -> None:  # type: ignore[no-untyped-def]
    reply = ask(engine, "At AWSome Day, how much faster than MySQL is Aurora?")
    assert "10x" in reply.answer and reply.citations[0].conference == "AWSome Day Manchester 2018"


def test_answer_says_where_it_comes_from(engine) -> None:  # type: ignore[no-untyped-def]
    reply = ask(engine, "How many AWS regions were there at AWSome Day?")
    assert reply.answer.startswith("At AWSome Day Manchester 2018 (28 Feb 2018), Tom Woodyer")


def test_a_lead_in_answer_brings_its_list(engine) -> None:  # type: ignore[no-untyped-def]
    reply = ask(engine, "What does creating an Alexa-hosted skill involve?")
    assert reply.answered
    for step in ("name", "hosting method", "simulation"):
        assert step in reply.answer


def test_summary_bullets_do_not_repeat_each_other(engine) -> None:  # type: ignore[no-untyped-def]
    reply = ask(engine, "Summarise the chaos engineering talk at the Summit")
    bullets = [b.strip() for b in reply.answer.split("•")[1:]]
    assert reply.intent == "summarize_talk" and 3 <= len(bullets) <= 6
    words = [set(re.findall(r"\w+", b.lower())) for b in bullets]  # punctuation aside
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            assert len(a & b) < 0.7 * min(len(a), len(b)), bullets  # no bullet restates one


def test_a_named_service_is_answered_from_where_the_notes_mention_it(engine) -> None:  # type: ignore[no-untyped-def]
    reply = ask(engine, "What does Gremlin offer?")
    assert reply.answered and "failure as a service" in reply.answer
    assert reply.citations[0].source == "awsome-day-manchester-2018.txt"


def test_a_figure_asked_of_evidence_without_one_is_declined(engine) -> None:  # type: ignore[no-untyped-def]
    reply = ask(engine, "What is the maximum number of Redshift nodes?")
    assert not reply.answered


def test_a_price_needs_money_in_the_answer(engine) -> None:  # type: ignore[no-untyped-def]
    # the notes give CapitalOne's event rate, never a price for it
    declined = ask(engine, "What's the price for each of the 200k events per second at CapitalOne?")
    assert not declined.answered
    priced = ask(engine, "What is the cost of Cloud9 per developer?")
    assert priced.answered and "$1.60" in priced.answer


@pytest.mark.parametrize(
    ("question", "speaker", "source"),
    [
        (
            "Who presented the Serverless Architectural Patterns talk?",
            "Adrian Hornsby",
            "aws-builders-day-manchester-2018.txt",
        ),
        # "keynote" for the talk titled "Key note"; AWSome Day's, since the user named it
        ("Who gave the keynote at AWSome Day?", "Ric Harvey", "awsome-day-manchester-2018.txt"),
    ],
)
def test_who_gave_a_named_talk_is_its_speaker(
    engine, question: str, speaker: str, source: str
) -> None:  # type: ignore[no-untyped-def]
    reply = ask(engine, question)
    assert reply.answered and reply.answer.startswith(speaker), reply.answer
    assert reply.citations[0].source == source


def test_a_speaker_answer_quotes_what_the_notes_say_about_them(engine) -> None:  # type: ignore[no-untyped-def]
    reply = ask(
        engine, "Who was the presenter of the Enterprise Fast Lane session, and from where?"
    )
    assert reply.answered and "Christian Deger" in reply.answer
    assert "AutoScout24" in reply.answer  # the sentence naming him says where he is from


def test_a_who_question_needs_a_person_not_a_capitalised_pair(engine) -> None:  # type: ignore[no-untyped-def]
    # the notes describe the "Ask An Architect" stand but never name who staffed it
    reply = ask(engine, "Which engineer staffed the Ask An Architect area at Builders Day?")
    assert not reply.answered


def test_a_long_list_shows_the_items_the_question_names(engine) -> None:  # type: ignore[no-untyped-def]
    # the tools for Docker and Kubernetes are items 20 and 21 of a 22-item list
    reply = ask(engine, "What chaos tools did Adrian list for Docker and Kubernetes?")
    assert reply.answered
    assert "Pumba" in reply.answer and "Kube-Mon" in reply.answer, reply.answer


@pytest.mark.parametrize(
    ("question", "says"),
    [
        # quoted in a Summit talk, but he gave none there
        ("Which session did Werner Vogels present at the Summit?", "have no talk by Werner"),
        # never named in the re:Invent notes at all
        ("What did Tom Woodyer say about S3 at re:Invent?", "don't mention Tom Woodyer"),
    ],
)
def test_a_speaker_asked_about_at_an_event_they_were_not_at(
    engine, question: str, says: str
) -> None:  # type: ignore[no-untyped-def]
    reply = ask(engine, question)
    assert not reply.answered and says in reply.answer, reply.answer
    assert "spoke at" in reply.answer  # and where they did speak


def test_a_speaker_quoted_at_an_event_can_still_be_asked_about(engine) -> None:  # type: ignore[no-untyped-def]
    reply = ask(engine, "What did Werner Vogels say at the Summit?")
    assert reply.answered and reply.citations[0].source == "aws-summit-london-2019.txt"


def test_a_qualification_right_after_the_answer_comes_with_it(engine) -> None:  # type: ignore[no-untyped-def]
    reply = ask(engine, "Is data on an instance store volume erased when the instance stops?")
    assert reply.answered and "erased" in reply.answer
    assert "However, if the instance is rebooted, the data remains." in reply.answer
