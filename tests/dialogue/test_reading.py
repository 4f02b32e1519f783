"""Reading a question: the kind of reply it wants, the answer type, the things compared."""

from __future__ import annotations

import pytest

from bot.answering.types import BROAD, COMPARE, SPECIFIC
from bot.dialogue.reading import compared_things, names_written, read


@pytest.mark.parametrize(
    ("text", "kind", "expects"),
    [
        ("lambda timeout", SPECIFIC, "duration"),
        ("how much does s3 cost per gb", SPECIFIC, "money"),
        ("how many regions are there", SPECIFIC, "count"),
        ("who gave the keynote", SPECIFIC, "person"),
        ("tell me about chaos engineering", BROAD, None),
        ("what were the main themes of the summit?", BROAD, None),
        ("what did jane say about observability in her talk", BROAD, None),
        ("whats the difference between sqs and sns", COMPARE, None),
        ("which is cheaper, s3 or ebs?", COMPARE, None),
        ("biggest object you can put in s3", SPECIFIC, "number"),
        ("what kinds of storage does it offer", SPECIFIC, "items"),
        ("which queue types are there", SPECIFIC, "items"),
        ("how many kinds of queue are there", SPECIFIC, "count"),
        ("what are the best practices for lambda", BROAD, None),
    ],
)
def test_a_question_is_read_for_the_reply_it_wants(
    text: str, kind: str, expects: str | None
) -> None:
    reading = read(text)
    assert (reading.kind, reading.expects) == (kind, expects)


def test_the_things_compared_are_named_without_the_words_around_them() -> None:
    assert compared_things("what's the difference between sqs and sns?") == ("sqs", "sns")
    assert compared_things("rpo vs rto") == ("rpo", "rto")
    assert compared_things("which is cheaper, s3 or ebs?") == ("s3", "ebs")
    assert compared_things("how do queues work") == ()
    # the second thing is named where the comparison starts, not at the end of the message
    assert compared_things("disk store vs tape - what happens to the data") == (
        "disk store",
        "tape",
    )


def test_names_written_as_names_are_found_but_not_the_first_word_or_given_names() -> None:
    assert names_written("How much does Amazon Neptune cost?", []) == ["amazon", "neptune"]
    assert names_written("What did Ric Harvey say about EKS?", ["Ric Harvey"]) == ["eks"]
    assert names_written("lambda timeout", []) == []


def test_a_when_inside_a_clause_does_not_ask_for_a_date() -> None:
    assert read("when was the summit").expects == "date"
    assert read("so when did it happen?").expects == "date"
    assert read("what happens when a queue is full").expects != "date"
    assert read("how much did revenue go up when they added a tier").expects == "number"


def test_how_much_asks_for_money_only_about_costs() -> None:
    assert read("how much did the migration cost").expects == "money"
    assert read("how much did incidents drop after the change").expects == "number"


def test_which_asks_for_a_name_unless_it_asks_to_choose() -> None:
    assert read("which npu is in the camera").expects == "name"
    assert read("which one wins, the allow or the deny?").expects != "name"
    assert read("which of them evaluates rules in order").expects != "name"


def test_a_link_or_an_account_is_asked_for_and_only_written_out_ones_state_it() -> None:
    from bot.answering.features import states

    assert read("link to the chaos slides?").expects == "link"
    assert read("whats her twitter handle").expects == "link"
    assert read("how do lambdas handle retries").expects != "link"  # a verb
    assert read("how many links in the chain").expects == "count"
    assert not states("link", "Adrian tweeted a link to his slides")  # said, not given
    assert states("link", "slides at https://example.com/chaos")
    assert states("link", "Ana Lima (@analima)")


def test_when_with_a_verb_of_habit_asks_for_a_condition_not_a_date() -> None:
    assert read("when do idle notebooks get killed").expects is None
    assert read("when should i use multipart upload").expects is None
    assert read("when does the conference start").expects == "date"
    assert read("when will they support db2").expects == "date"
    assert read("when was the keynote").expects == "date"
