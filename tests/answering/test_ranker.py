"""Answer-type fits: which sentences look like the kind of answer a question wants."""

from __future__ import annotations

import pytest

from bot.answering.query import analyse
from bot.answering.ranker import enumerates, fit_sign, new_names
from bot.text import stem, tokens


@pytest.mark.parametrize(
    ("text", "listing"),
    [
        ("AWS Lambda now supports .NET Core 2.0 and Go.", True),
        ("Seven state types: task, choice, parallel, wait, fail, succeed and pass.", True),
        ("Routing options:", True),
        ("Cheap, durable storage.", False),  # one comma and nothing more
        (
            "AWS Lambda functions are deployed and run on a container that contains the runtime "
            "and lambda code.",
            False,  # "and" joins clauses here, not items
        ),
        ("Firefighters train and practise every week.", False),  # a sentence's first word
    ],
)
def test_a_list_needs_items_not_just_the_word_and(text: str, listing: bool) -> None:
    assert enumerates(text) is listing


def _asked(question: str) -> frozenset[str]:
    return frozenset(stem(t) for t in tokens(question))


def test_a_name_question_wants_a_name_the_question_did_not_use() -> None:
    question = "In what format and language is an AWS Step Functions state machine defined?"
    asked = _asked(question)
    answering = "The State machine is expressed as JSON using ASL (Amazon States Language)."
    restating = "AWS Step Functions use state machines to define the state of an application."
    assert {"JSON", "ASL"} <= set(new_names(answering, asked))
    assert new_names(restating, asked) == []
    expects = analyse(question).expects
    assert fit_sign(expects, answering, asked=asked)[1] == 1.0
    assert fit_sign(expects, restating, asked=asked)[1] == -1.0


def test_a_capitalised_first_word_is_no_name() -> None:
    assert new_names("Storage is cheap here.", frozenset()) == []
    assert new_names("DynamoDB is a key-value store.", frozenset()) == ["DynamoDB"]


def test_a_digit_in_a_name_is_no_figure() -> None:
    assert fit_sign("number", "AWS gets its durability from syncing S3 objects.")[0] == -1.0
    assert fit_sign("number", "Standard: Durability: 99.999999999%; Cost: Highest.")[0] == 1.0
    assert fit_sign("number", "Over 20 regions.")[0] == 1.0  # a capitalised lead word, no name


def test_a_definition_question_wants_the_subject_said_to_be_or_do_something() -> None:
    from bot.answering.ranker import defines_it

    query = analyse("What is AWS Fargate?")
    assert query.expects == "definition" and query.defines == "AWS Fargate"
    assert defines_it("AWS Fargate allows managing container clusters.", "Fargate")
    assert defines_it("Aurora (a fork from MySQL) is a relational engine.", "Aurora")
    assert defines_it("Security groups work on the instance level.", "security group")
    assert not defines_it("Step functions pricing is based on transitions.", "step functions")
    assert not defines_it("Even easier = Fargate.", "Fargate")
    assert fit_sign("definition", "Fargate lets you run containers.", defines="Fargate")[1] == 1.0
    assert fit_sign("definition", "Even easier = Fargate.", defines="Fargate")[1] == 0.0
