"""Ingestion, per document: the talks and speakers found must match the notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest.clean import clean_text, looks_hard_wrapped, normalise_characters, strip_noise
from bot.ingest.pipeline import parse_corpus

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def parsed():  # type: ignore[no-untyped-def]
    return {f.source: f for f in parse_corpus(CORPUS).files}


def talks(parsed, name: str) -> dict[str | None, list[str]]:  # type: ignore[no-untyped-def]
    return {s.title: s.speakers for s in parsed[name].document.sections}


def test_awsome_day_talks_and_speakers(parsed) -> None:  # type: ignore[no-untyped-def]
    found = talks(parsed, "awsome-day-manchester-2018.txt")
    assert found["Key note"] == ["Ric Harvey"]
    assert found["RDS and DynamoDB Services"] == ["Tom Woodyer"]
    assert found["Elasticity & Management Tools"] == ["Tom Woodyer"]
    assert "Amazon Simple Storage Service (S3)" in found


def test_builders_day_talks_and_speakers(parsed) -> None:  # type: ignore[no-untyped-def]
    found = talks(parsed, "aws-builders-day-manchester-2018.txt")
    assert found["Serverless Architectural Patterns"] == ["Adrian Hornsby"]
    assert found["Serverless: State of the union"] == ["Ian Massingham"]
    assert found["Building Advanced Serverless Applications with AWS Step Functions"] == [
        "Paul Maddox"
    ]
    handles = {
        s.title: s.handles for s in parsed["aws-builders-day-manchester-2018.txt"].document.sections
    }
    assert handles["Serverless Architectural Patterns"] == ["adhorn"]


def test_summit_talks_come_from_the_agenda(parsed) -> None:  # type: ignore[no-untyped-def]
    found = talks(parsed, "aws-summit-london-2019.txt")
    assert found["Creating resilience through destruction"] == ["Adrian Hornsby"]
    assert found["AWS networking fundamentals"] == ["Perry Wald", "Tom Adamski"]
    assert found["How to build an Alexa Skill in 30 minutes"] == ["Andrew Muttoni"]


def test_reinvent_session_titles_and_name_lines(parsed) -> None:  # type: ignore[no-untyped-def]
    found = talks(parsed, "aws-reinvent-2017.txt")
    assert found["Cloud Security for Regulated Industries"] == [
        "Torsten Kablitz",
        "Benjamin Andrew",
    ]
    assert found["Thursday Keynote"] == ["Werner Vogels"]
    assert found["Financial Services Chatbots Using AWS Services"] == [
        "Felix Candelario",
        "Hanybal Jajoo",
        "Ken Jackson",
    ]
    assert "Media Intelligence" in found
    assert not any(t and t.startswith(("Skip to content", "Sign up")) for t in found)


def test_book_chapters_are_sections(parsed) -> None:  # type: ignore[no-untyped-def]
    found = talks(parsed, "aws-book-netshock.txt")
    for chapter in (
        "IDENTITY & ACCESS MANAGEMENT (IAM)",
        "DATABASE SERVICES",
        "LAMBDA",
        "ROUTE 53",
    ):
        assert chapter in found
    assert "HTTP" not in found and "DENY" not in found


def test_passages_are_small_and_clean(parsed) -> None:  # type: ignore[no-untyped-def]
    for f in parsed.values():
        for p in f.passages:
            if "\n" in p.text:  # a list with its lead-in
                assert len(" ".join(p.sentences[1:]).split()) <= 90
            else:
                assert len(p.sentences) <= 3
            assert "Page: " not in p.text
            assert "Skip to content" not in p.text


def test_gist_chrome_and_disclaimers_are_removed() -> None:
    raw = "Skip to content\n\nThis content is 6 years old. I don't routinely update old posts.\nReal note.\n  • Star 0 You must be signed in to star a gist\n"  # noqa: E501
    assert clean_text(raw) == ["", "Real note.", ""] or "Real note." in clean_text(raw)
    assert not any("Star 0" in ln or "years old" in ln for ln in clean_text(raw))


def test_hard_wrapped_pdf_text_is_reflowed() -> None:
    lines = [
        "This sentence was wrapped by the",
        "extractor in the middle and it",
        "continues here.",
    ] * 10
    assert looks_hard_wrapped(lines)
    cleaned = clean_text("\n".join(lines))
    assert "wrapped by the extractor in the middle" in " ".join(cleaned)


def test_table_rows_keep_their_numbers() -> None:
    lines = strip_noise(normalise_characters("#Security Groups Per VPC\n\n500\n").split("\n"))
    from bot.ingest.clean import join_label_values

    assert "Security Groups Per VPC: 500." in join_label_values(lines)


def test_people_are_names_not_products_firms_or_places() -> None:
    from bot.ingest.names import NameModel, lower_vocabulary

    texts = [
        "Elastic Beanstalk supports Docker, Java, Python and Ruby. Docker Java images work.",
        "Nicole Sullivan found that pages loading 400ms slower lost traffic.",
        "We met at Victoria Warehouse, a warehouse venue; Drax Retail's director spoke on retail.",
    ]
    model = NameModel(lower_vocabulary(texts))
    people = [n for text in texts for n in model.people_in(text)]
    assert "Nicole Sullivan" in people
    for wrong in ("Docker Java", "Elastic Beanstalk", "Victoria Warehouse", "Drax Retail"):
        assert wrong not in people
