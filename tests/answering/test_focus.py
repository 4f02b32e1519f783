"""The names a question is about: found, skipped, and matched against evidence words."""

from __future__ import annotations

import pytest

from bot.answering import focus


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("What is the maximum retention period for CloudWatch Logs?", ["CloudWatch", "Logs"]),
        ("How much does AWS Direct Connect cost per port-hour?", ["Direct", "Connect"]),
        ("What is Capital One's Cloud Custodian?", ["Capital", "One", "Cloud", "Custodian"]),
        ("What are the steps to create an Alexa-hosted skill?", ["Alexa"]),
        ("Which Builders Day speaker used US baseball TV broadcasts?", []),
        ("How many objects can S3 hold?", ["S3"]),
        ("what is the maximum size of an efs file system?", []),
        # region codes and instance types are names, whatever their case
        ("how many zones does eu-west-2 have?", ["eu-west-2"]),
        ("What does an m5.2xlarge or a t2.micro cost?", ["m5.2xlarge", "t2.micro"]),
        ("What happens on day-2 of a migration?", []),
    ],
)
def test_named_terms(question: str, names: list[str]) -> None:
    assert focus.named_terms(question, skip={"builders", "day"}) == names


def test_title_case_and_capitals_name_nothing() -> None:
    assert focus.named_terms("How Many Regions Does AWS Have?", set()) == []
    assert focus.named_terms("WHAT IS THE PRICE OF GLACIER STORAGE", set()) == []


def test_event_and_speaker_words_are_skipped() -> None:
    skip = focus.words_of("AWS Summit London 2019 Adrian Hornsby")
    assert focus.named_terms("What did Adrian Hornsby say about Gremlin in London?", skip) == [
        "Gremlin"
    ]


@pytest.mark.parametrize(
    ("names", "evidence", "absent"),
    [
        (["DTCC"], "DTTC is here cca 40 years", []),  # one slip of the keyboard
        (["Capital", "One"], "CapitalOne bank has cloud custodian", []),  # written as one word
        (["AMIs"], "create an AMI from the instance", []),  # plural
        (["Ground", "Station"], "around the static site", ["Ground", "Station"]),
        (["EFS"], "EBS volumes between 1GiB and 16TiB", ["EFS"]),
        (["Amazon's"], "Amazon MQ", []),
    ],
)
def test_missing(names: list[str], evidence: str, absent: list[str]) -> None:
    assert focus.missing(names, focus.words_of(evidence)) == absent


def test_spellings_find_joined_and_misspelt_forms() -> None:
    vocabulary = {"capitalone", "dttc", "dtcc", "static", "around"}
    assert focus.spellings(["Capital", "One"], 0, vocabulary) == {"capitalone"}
    assert focus.spellings(["DTCC"], 0, vocabulary) == {"dttc", "dtcc"}
    assert focus.spellings(["Ground"], 0, vocabulary) == set()


def test_passages_naming_matches_a_scan_of_every_window(engine) -> None:  # type: ignore[no-untyped-def]
    from bot.answering import focus

    knowledge = engine.knowledge
    for names in (["Kinesis"], ["Pumba", "Docker"], ["DTTC"], ["Athena"], ["CapitalOne"]):
        found = knowledge.passages_naming(names)
        groups = [
            focus.spellings(names, i, set(knowledge._windows_with)) for i in range(len(names))
        ]
        scanned = {
            pid
            for pid, words in enumerate(knowledge.window_words)
            if all(groups) and not any(words.isdisjoint(g) for g in groups)
        }
        assert found == scanned, names
    assert knowledge.passages_naming(["Kinesis"])  # named in the notes
    assert not knowledge.passages_naming(["Athena"])  # never named
