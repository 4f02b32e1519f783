from __future__ import annotations

import re

from lex_support import answer_result, citation

from bot.channels.lex.messages import (
    MAX_MESSAGES,
    MESSAGE_LIMIT,
    reply_messages,
    single_message,
    sources_text,
    split_text,
    units,
)
from bot.schemas import Button


def sentences(count: int, words: int = 12) -> list[str]:
    return [
        f"Sentence {i} says " + " ".join(f"w{i}x{j}" for j in range(words)) + "."
        for i in range(count)
    ]


def test_a_short_answer_stays_one_message() -> None:
    assert split_text("  Regions have zones.  ") == ["Regions have zones."]


def test_an_empty_answer_gives_no_chunks() -> None:
    assert split_text("   ") == []


def test_long_answers_split_at_sentence_boundaries_and_lose_nothing() -> None:
    parts = sentences(60)
    chunks = split_text(" ".join(parts))
    assert len(chunks) > 1
    assert all(1 <= units(chunk) <= MESSAGE_LIMIT for chunk in chunks)
    assert all(chunk.endswith(".") for chunk in chunks)
    rebuilt = [s for chunk in chunks for s in re.findall(r"Sentence \d+ says [^.]*\.", chunk)]
    assert rebuilt == parts


def test_chunks_are_packed_rather_than_one_sentence_each() -> None:
    chunks = split_text(" ".join(sentences(60)))
    assert len(chunks) < 20


def test_a_single_sentence_longer_than_a_message_splits_between_words() -> None:
    words = [f"word{i}" for i in range(400)]
    chunks = split_text(" ".join(words) + ".")
    assert len(chunks) > 1
    assert all(units(chunk) <= MESSAGE_LIMIT for chunk in chunks)
    assert " ".join(chunks).rstrip(".").split() == words


def test_a_word_longer_than_a_message_is_still_cut_to_fit() -> None:
    chunks = split_text("x" * 3000)
    assert all(units(chunk) <= MESSAGE_LIMIT for chunk in chunks)
    assert "".join(chunks) == "x" * 3000


def test_lengths_count_utf16_code_units_like_lex() -> None:
    assert units("😀") == 2
    chunks = split_text("😀 " * 700)
    assert all(units(chunk) <= MESSAGE_LIMIT for chunk in chunks)


def test_sources_name_conference_date_talk_and_speaker_once_each() -> None:
    text = sources_text(
        [citation(), citation(score=0.5), citation(section="Storage", speaker=None)]
    )
    assert text == (
        'Sources: AWSome Day Manchester, 2018-03-27, talk "Global infrastructure", '
        'speaker Ian Massingham; AWSome Day Manchester, 2018-03-27, talk "Storage".'
    )


def test_no_citations_means_no_sources_message() -> None:
    assert sources_text([]) is None
    assert reply_messages(answer_result(citations=[]).reply) == [
        "Each AWS region has at least two availability zones."
    ]


def test_v2_messages_end_with_the_sources_and_stay_within_the_message_count() -> None:
    result = answer_result(answer=" ".join(sentences(600)))
    messages = reply_messages(result.reply)
    assert len(messages) == MAX_MESSAGES
    assert messages[-1].startswith("Sources: AWSome Day Manchester")


def test_an_empty_answer_still_says_something() -> None:
    messages = reply_messages(answer_result(answer="", citations=[]).reply)
    assert messages and all(messages)


def test_the_single_v1_message_keeps_whole_sentences_choices_and_sources() -> None:
    result = answer_result(answer=" ".join(sentences(60)))
    message = single_message(
        result.reply, [Button(text="Chaos", value="Chaos"), Button(text="S3", value="S3")]
    )
    assert units(message) <= MESSAGE_LIMIT
    head, options, sources = message.split("\n")
    assert head.startswith("Sentence 0 says") and head.endswith(".")
    assert options == "Options: Chaos; S3."
    assert sources.startswith("Sources: AWSome Day Manchester, 2018-03-27")
