"""How a model's answer is read for verification: sentences and their citations, the
figures and names each states. (The checks themselves run against the real index in
tests/llm/test_generated_answers.py.)"""

from __future__ import annotations

from bot.answering.verify import Claim, claims, figures, names


def test_citations_after_the_full_stop_belong_to_the_sentence_before() -> None:
    text = "AWS now has 18 regions. [1] Each has at least 2 zones [1][3].\n[2]"
    assert claims(text) == [
        Claim("AWS now has 18 regions.", (1,)),
        Claim("Each has at least 2 zones.", (1, 3, 2)),
    ]


def test_bullets_and_lists_of_citations_are_read() -> None:
    text = "- S3 stores objects [1, 2]\n* Glacier is for archives [4;5].\n1. Done"
    assert claims(text) == [
        Claim("S3 stores objects", (1, 2)),
        Claim("Glacier is for archives.", (4, 5)),
        Claim("Done", ()),
    ]


def test_markdown_emphasis_is_read_as_plain_text() -> None:
    assert claims("AWS has **18 regions** and `us-east-1` [1].") == [
        Claim("AWS has 18 regions and us-east-1.", (1,))
    ]


def test_a_decimal_point_does_not_end_a_sentence() -> None:
    assert [c.text for c in claims("It costs $0.023 per GB [1]. Cheap [1].")] == [
        "It costs $0.023 per GB.",
        "Cheap.",
    ]


def test_figures_are_compared_in_one_normal_form() -> None:
    assert figures("1,000 servers, 3.50 dollars and two zones") == {"1000", "3.5", "2"}
    assert figures("EC2 and t2.micro are names") == set()
    assert figures("18GB in 2018") == {"18", "2018"}


def test_names_are_acronyms_capitalised_words_and_words_with_digits() -> None:
    vocabulary = {"regions", "chaos"}
    assert names("AWS has regions in London and Dublin on EC2.", vocabulary) == [
        "AWS",
        "London",
        "Dublin",
        "EC2",
    ]
    # A capitalised first word is a name only when the notes do not use it in lower case.
    assert names("Chaos engineering at Netflix.", vocabulary) == ["Netflix"]
    assert names("Netflix runs chaos experiments.", vocabulary) == ["Netflix"]
    assert names("The talk was good.", vocabulary) == []
