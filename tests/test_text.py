"""Stems and tokens: word forms that should meet do, numbers stay as they are."""

from __future__ import annotations

import pytest

from bot.text import content_terms, stem, tokens


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


def test_a_possessive_is_the_noun_it_belongs_to() -> None:
    assert tokens("the speaker’s org and Werner's keynote") == [
        "the", "speaker", "org", "and", "werner", "keynote",
    ]  # fmt: skip


def test_word_forms_of_one_meaning_share_a_stem() -> None:
    for forms in (("replicate", "replication"), ("policy", "policies"), ("attended", "attendance")):
        assert len({stem(w) for w in forms}) == 1, forms
    assert stem("2019") == "2019" and stem("lambda") != stem("lamb")


def test_a_name_near_the_questions_words_answers_which_one_a_kind_alone_does_not() -> None:
    from bot.text import content_terms, name_near

    asked = frozenset(content_terms("which npu chip is in the velaro camera"))
    assert name_near(asked, "The camera uses a Hailo-8 NPU for inference.")
    assert not name_near(asked, "Their outdoor camera throttled the NPU at 85 °C.")
    assert not name_near(asked, "A dedicated NPU. It throttles when hot.")


def test_a_figure_beside_the_counted_word_answers_how_many_a_date_elsewhere_does_not() -> None:
    from bot.text import content_terms, figure_near

    asked = frozenset(content_terms("how many partitions did payvik hit"))
    assert figure_near(asked, "They went monthly after hitting 1,200 partitions on one table.")
    assert not figure_near(
        asked, "Helsinki, 9 May 2023. The venue was an old hall; partitions were discussed."
    )
