"""What a question asks for decides which sentence can answer it."""

from __future__ import annotations

import pytest

from bot.answering.answerer import comparison_unstated, limit_unstated
from bot.answering.excerpt import MAX_ITEMS, _pick_items
from bot.answering.figures import quantity
from bot.answering.query import analyse, asks_for_speaker, asks_for_talk
from bot.answering.ranker import fit_sign


@pytest.mark.parametrize(
    ("question", "expects"),
    [
        ("Which new runtimes did Lambda gain?", "list"),
        ("According to the book, which programming languages does Lambda support?", "list"),
        ("Which chaos tool did he name for Docker?", "name"),
        ("In what format and language is a state machine defined?", "name"),
        ("Which tools did he name for Docker?", "list"),
        ("If one policy allows and another denies, which one wins?", "other"),
        ("What happens to data on an instance store?", "other"),
        ("When does the team run its recovery tests?", "time"),
        ("Why do you need to know how long instances take to launch?", "other"),
        ("How long does a Glacier retrieval take?", "number"),
        ("What was the name of the evangelist who presented the session?", "person"),
        ("What was the name of the company that built it?", "org"),
        ("What is the monthly fee for an Elastic IP address?", "number"),  # a price is a figure
        ("What's the largest file Glacier can hold?", "number"),
        ("Which is the largest region?", "other"),  # a place, not a figure
        ("What is the billing unit for Step Functions?", "other"),
        ("What is AWS Fargate?", "definition"),
        ("What are edge locations?", "definition"),
        ("Which AWS evangelist led the media session?", "person"),
        ("What was the name of the architect at the stand?", "person"),
    ],
)
def test_expected_answer_kind(question: str, expects: str) -> None:
    assert analyse(question).expects == expects


def test_long_lists_keep_the_items_the_question_names() -> None:
    items = [f"Tool {i} (for thing{i})" for i in range(12)] + ["Pumba (for Docker)"]
    picked = _pick_items(items, analyse("Which tool is for Docker?"))
    assert len(picked) == MAX_ITEMS
    assert picked[-1] == "Pumba (for Docker)" and picked[0] == items[0]
    assert _pick_items(items[:3], analyse("Which tools?")) == items[:3]


@pytest.mark.parametrize(
    ("question", "speaker", "talk"),
    [
        ("Who presented the networking talk?", True, True),
        ("Who was the speaker in that session?", True, True),
        ("Who said failures are a given?", False, False),
        ("What talk did Werner give at the Summit?", False, True),
        ("What did Werner say at the Summit?", False, False),
    ],
)
def test_questions_about_who_gave_a_talk(question: str, speaker: bool, talk: bool) -> None:
    assert asks_for_speaker(question) is speaker
    assert asks_for_talk(question) is talk


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("It costs about $1.60 per developer per month.", True),
        ("In 2008 there were fewer releases.", True),
        ("Over 25 trillion objects are stored.", True),
        ("It is based on AWS Cloud 9, a cloud IDE.", False),  # a name, not a figure
        ("Route 53 sends traffic to EC2 and S3.", False),
        ("Objects are synced across all availability zones.", False),
    ],
)
def test_a_figure_is_a_number_that_is_not_part_of_a_name(text: str, figure: bool) -> None:
    assert quantity(text) is figure


@pytest.mark.parametrize(
    ("question", "shown", "unstated"),
    [
        ("What is the maximum size of a message?", "Each message can be up to 256KB.", False),
        ("What is the limit on peerings?", "There is a limit of 125 peerings.", False),
        ("What's the minimum number of zones?", "Always at least 2 zones per region.", False),
        ("What is the maximum number of queues?", "One queue reads 2MB per second.", True),
        ("What was the memory limit raised to?", "Memory went from 1.5GB to 3GB.", False),
        ("What is the maximum memory?", "Memory went from 1.5GB to 3GB.", False),  # a value
        ("How many regions are there?", "There are 18 regions.", False),  # no limit asked
        ("What is the maximum number of rules?", "By default, 50 rules per group.", False),
        ("What is the maximum number of tables?", "You see 6 tables in the default VPC.", True),
    ],
)
def test_a_limit_question_needs_a_limit_stated(question: str, shown: str, unstated: bool) -> None:
    assert limit_unstated(question, shown) is unstated


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("How big can an object in S3 be?", "size"),
        ("What's the largest file you can upload?", "size"),
        ("How long are records kept by default?", "duration"),
        ("How quickly do writes reach the other regions?", "duration"),
        ("How much does the cloud IDE cost per month?", "money"),
        ("How many regions are there?", None),  # a count, in no unit
        ("Why does it cost less?", None),  # not a figure question at all
    ],
)
def test_a_figure_question_says_what_it_measures(question: str, measure: str | None) -> None:
    assert analyse(question).measure == measure


@pytest.mark.parametrize(
    ("sentence", "measure", "fit"),
    [
        ("Objects can be between 0 bytes and 5 terabytes in size.", "size", 1.0),
        ("S3 holds over 25 trillion objects.", "size", 0.0),  # a figure, not a size
        ("Updates reach every region in 500ms or less.", "duration", 1.0),
        ("It costs $1.60 per developer per month.", "money", 1.0),
        ("There are 18 regions.", "money", 0.0),
        ("Objects are stored in buckets.", "size", -1.0),  # no figure at all
        ("S3 holds over 25 trillion objects.", None, 1.0),
    ],
)
def test_a_figure_in_another_measure_fits_less(
    sentence: str, measure: str | None, fit: float
) -> None:
    assert fit_sign("number", sentence, measure)[0] == fit


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Notes from the day held at Hotel Football on 28th February 2018.", False),
        ("The summit opened on May 8, 2019.", False),
        ("In 2018 there were 18 regions.", True),
        ("There were 12000+ attendees.", True),
        ("There were two tracks.", True),
    ],
)
def test_a_date_is_no_count(text: str, count: bool) -> None:
    assert quantity(text, count=True) is count
    assert quantity(text) is True  # yet a date answers "what year" or "when"


def test_a_count_fits_best_next_to_what_is_counted() -> None:
    query = analyse("How many servers did the company run before the move?")
    assert query.counted == ("serv",)
    counted = fit_sign("number", "Legacy: 2000 servers in 2 data centres.", None, query.counted)
    other = fit_sign("number", "A company lasts 15 years on the index.", None, query.counted)
    assert counted[0] > other[0] > 0


@pytest.mark.parametrize(
    "question", ["What's the price of a Snowball?", "What is the billing rate for Fargate?"]
)
def test_a_price_question_wants_money(question: str) -> None:
    query = analyse(question)
    assert (query.expects, query.measure) == ("number", "money")


@pytest.mark.parametrize(
    ("question", "expects"),
    [
        ("Which Python versions does the service support?", "number"),
        ("What is the default TTL of a cached object?", "number"),
        ("What is the function timeout?", "number"),
        ("What happens when the timeout is reached?", "other"),  # a consequence, not a value
    ],
)
def test_versions_and_time_limits_are_figures(question: str, expects: str) -> None:
    assert analyse(question).expects == expects


@pytest.mark.parametrize(
    ("question", "shown", "unstated"),
    [
        ("Which is cheaper, S3 or EBS?", "Bandwidth between S3, EBS.", True),
        ("Which is faster, Aurora or MySQL?", "Aurora gives 10x the performance of MySQL.", False),
        ("What is the difference between X and Y?", "X is stateful, whereas Y is not.", False),
        ("What is the difference between X and Y?", "X and Y are both listed.", False),
        ("What is the difference between S3 and EBS?", "GPU instances; S3, EBS.", True),
        ("What does S3 cost?", "S3 is storage.", False),  # no comparison asked
        ("Which AWS region is the cheapest?", "A region is a group of zones.", True),
        ("Which storage class is the cheapest?", "Glacier is the cheapest class.", False),
    ],
)
def test_a_comparison_needs_something_shown_that_compares(
    question: str, shown: str, unstated: bool
) -> None:
    assert comparison_unstated(question, shown) is unstated
