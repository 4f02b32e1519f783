"""Slack rendering: note text stays inert, limits hold, sources and buttons show."""

from __future__ import annotations

import json

from bot.channels.slack.format import (
    MAX_BLOCKS,
    MAX_BUTTON_TEXT,
    MAX_SECTION_CHARS,
    ReplyStyle,
    chunks,
    escape,
    feedback_target,
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


def test_the_answer_comes_first_then_a_context_block_per_source() -> None:
    cites = [citation(), citation(), citation(section="Other talk", speaker=None, date=None)]
    blocks = render_reply(reply("Lambda scales.", citations=cites)).blocks
    assert [b["type"] for b in blocks] == ["section", "context", "context"]
    lines = [b["elements"][0]["text"] for b in blocks[1:]]
    assert lines == [
        "Source: *AWS Summit London* · 2019-05-08 · _Serverless patterns_ · Jane Doe",
        "*AWS Summit London* · _Other talk_",
    ]


def test_with_a_public_url_each_source_links_to_the_notes_viewer_at_its_passage() -> None:
    cites = [
        citation(source="reinvent 2019/dat326.md", passage=7, conference="re:Invent | 2019"),
        citation(source="summit.txt", passage=None),
    ]
    style = ReplyStyle(public_url="https://bot.example.org/kb/")
    blocks = render_reply(reply("DynamoDB.", citations=cites), style).blocks
    first, second = (b["elements"][0]["text"] for b in blocks[1:3])
    assert first.startswith(
        "Source: <https://bot.example.org/kb/notes/reinvent%202019/dat326.md#passage-7|"
        "*re:Invent / 2019*>"
    )
    assert second.startswith("<https://bot.example.org/kb/notes/summit.txt|*AWS Summit London*>")
    plain = render_reply(reply("DynamoDB.", citations=cites)).blocks[1]["elements"][0]["text"]
    assert "<" not in plain  # no public URL, no link: Slack cannot reach localhost


def test_answers_carry_rating_buttons_that_name_their_turn() -> None:
    style = ReplyStyle(feedback=True)
    message = render_reply(reply("Lambda scales.", citations=[citation()]), style, 1712.25)
    rating = message.blocks[-1]
    assert rating["type"] == "actions"
    assert [e["action_id"] for e in rating["elements"]] == ["feedback_up", "feedback_down"]
    up = rating["elements"][0]
    assert up["text"]["text"] == "👍 Helpful"
    assert feedback_target(rating["block_id"], up["value"]) == ("slack:T1:C1:1.000", 1712.25)
    assert feedback_target("ask|x", "1.0") is None and feedback_target("fb|x", "soon") is None
    greeting = reply("Hello!", citations=[])
    greeting.intent = "greeting"
    assert render_reply(greeting, style, 1.0).blocks[-1]["type"] == "section"
    assert (
        render_reply(reply("Lambda scales."), ReplyStyle(feedback=False), 1.0).blocks[-1]["type"]
        != "actions"
    )


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
