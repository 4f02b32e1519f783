"""The light stemmer: word forms that should meet do, short words stay as they are."""

from __future__ import annotations

import pytest

from bot.text import content_terms, stem


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("concurrency", "concurrent"),  # "the concurrency limit" / "1000 concurrent executions"
        ("different", "difference"),
        ("retained", "retain"),
        ("limitation", "limits"),
        ("consistency", "consistent"),
    ],
)
def test_related_forms_share_a_stem(a: str, b: str) -> None:
    assert stem(a) == stem(b)


def test_short_words_and_numbers_are_left_alone() -> None:
    assert stem("event") == "event" and stem("client") == "client"
    assert stem("2018") == "2018"
    assert content_terms("What is the concurrency limit?") == ["concurr", "limit"]
    assert content_terms("What does Fargate let you do?") == ["fargat"]  # "let" says nothing
    assert stem("announce") == stem("announced") and stem("service") == stem("services")
