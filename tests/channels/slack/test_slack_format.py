"""Slack rendering: note text stays inert, limits hold, sources and buttons show."""

from __future__ import annotations

import json

from bot.channels.slack.format import (
    MAX_BLOCKS,
    MAX_BUTTON_TEXT,
    MAX_SECTION_CHARS,
    chunks,
    escape,
    render_help,
    render_reply,
    session_from_block_id,
    to_mrkdwn,
    truncate,
)
from bot.schemas import AskResponse, Button, Citation


def reply(answer: str, **fields: object) -> AskResponse:
    base: dict[str, object] = {
        "session_id": "slack:T1:C1:1.000",
        "answer": answer,
        "answered": True,
        "intent": "ask_question",
        "latency_ms": 3.0,
    }
    return AskResponse.model_validate(base | fields)


def citation(**fields: object) -> Citation:
    base: dict[str, object] = {
        "source": "summit.txt",
        "title": "Summit notes",
        "conference": "AWS Summit London",
        "date": "2019-05-08",
        "section": "Serverless patterns",
        "speaker": "Jane Doe",
        "snippet": "Lambda scales per request.",
        "score": 0.8,
    }
    return Citation.model_validate(base | fields)


def all_mrkdwn(blocks: list[dict]) -> str:
    return json.dumps(blocks)


def test_escape_turns_ampersand_and_angle_brackets_into_entities() -> None:
    assert escape("a & b < c > d") == "a &amp; b &lt; c &gt; d"
    assert escape("&lt;") == "&amp;lt;"  # already-escaped text is escaped again, not trusted


def test_a_note_cannot_ping_the_channel_or_inject_a_link() -> None:
    note = "Ping <!channel> and <@U123> then <http://evil.example|click here> @here"
    message = render_reply(reply(note, citations=[citation(section="<!here> talk")]))
    rendered = message.text + all_mrkdwn(message.blocks)
    for live in ("<!channel>", "<@U123>", "<http://evil", "<!here>"):
        assert live not in rendered
    assert "&lt;!channel&gt;" in message.text
    assert "&lt;http://evil.example|click here&gt;" in message.blocks[0]["text"]["text"]
    assert "@here" not in rendered  # a bare broadcast word is broken with a zero-width space


def test_markdown_from_the_engine_becomes_slack_mrkdwn() -> None:
    text = "**Answer**: yes\n- first\n* second\n> quoted <b>"
    assert to_mrkdwn(text).splitlines() == [
        "*Answer*: yes",
        "• first",
        "• second",
        "> quoted &lt;b&gt;",
    ]


def test_the_answer_comes_first_then_its_sources_as_context() -> None:
    cites = [citation(), citation(), citation(section="Other talk", speaker=None, date=None)]
    blocks = render_reply(reply("Lambda scales.", citations=cites)).blocks
    assert [b["type"] for b in blocks] == ["section", "context"]
    lines = [e["text"] for e in blocks[1]["elements"]]
    assert lines == [
        "Sources: *AWS Summit London* · 2019-05-08 · _Serverless patterns_ · Jane Doe",
        "*AWS Summit London* · _Other talk_",
    ]


def test_slot_prompts_become_buttons_that_remember_their_session() -> None:
    buttons = [Button(text="Serverless patterns", value="Serverless patterns")]
    message = render_reply(reply("Which talk?", answered=False, buttons=buttons))
    actions = message.blocks[-1]
    assert actions["type"] == "actions"
    assert actions["elements"][0]["value"] == "Serverless patterns"
    assert actions["elements"][0]["text"] == {"type": "plain_text", "text": "Serverless patterns"}
    assert session_from_block_id(actions["block_id"]) == "slack:T1:C1:1.000"
    assert message.text == "Which talk?"


def test_button_text_is_cut_to_slacks_75_characters() -> None:
    long = "A very long talk title " * 10
    actions = render_reply(reply("Which?", buttons=[Button(text=long, value=long)])).blocks[-1]
    assert len(actions["elements"][0]["text"]["text"]) <= MAX_BUTTON_TEXT
    assert actions["elements"][0]["value"] == long  # the full value is still sent back


def test_long_answers_are_split_into_sections_of_at_most_3000_characters() -> None:
    answer = "\n".join(f"Line {i} " + "word " * 40 for i in range(200))
    blocks = render_reply(reply(answer, citations=[citation()])).blocks
    assert len(blocks) <= MAX_BLOCKS
    assert blocks[-1]["type"] == "context"  # sources survive the cut
    assert all(
        len(b["text"]["text"]) <= MAX_SECTION_CHARS for b in blocks if b["type"] == "section"
    )
    assert sum(1 for b in blocks if b["type"] == "section") > 1


def test_an_answer_beyond_fifty_blocks_is_cut_not_rejected() -> None:
    answer = "x" * (MAX_SECTION_CHARS * 60)
    blocks = render_reply(reply(answer, buttons=[Button(text="a", value="a")])).blocks
    assert len(blocks) == MAX_BLOCKS
    assert blocks[-1]["type"] == "actions"
    assert blocks[-2]["text"]["text"].endswith("…")


def test_cutting_never_splits_an_html_entity() -> None:
    text = "a" * 2997 + "&amp;" + "b" * 100
    first = chunks(text)[0]
    assert first == "a" * 2997
    assert truncate("ab &lt;", 6) == "ab…"


def test_the_fallback_text_is_always_present_and_short() -> None:
    message = render_reply(reply("y" * 10_000))
    assert 0 < len(message.text) <= 3000
    empty = render_reply(reply(""))
    assert empty.text and empty.blocks[0]["text"]["text"]


def test_help_lists_the_engines_examples_escaped() -> None:
    message = render_help(["what is <b>S3</b>", "who spoke about lambda"])
    example_block = message.blocks[-1]["text"]["text"]
    assert "• /ask what is &lt;b&gt;S3&lt;/b&gt;" in example_block
    assert "• /ask who spoke about lambda" in example_block
    assert message.text


def test_help_without_examples_is_still_useful() -> None:
    message = render_help([])
    assert len(message.blocks) == 1
    assert "/ask" in message.text
