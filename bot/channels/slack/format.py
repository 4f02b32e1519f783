"""Engine replies as Slack messages: escaped mrkdwn, sources, quick-reply buttons.

Note text is untrusted: escaping by Slack's rules keeps a note from pinging
`@channel` or smuggling a link into an answer. Slack rejects messages that break
its block limits, so the limits are enforced here rather than hoped for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from bot.schemas import ABOUT_NOTES, AskResponse, Citation

FEEDBACK_BLOCK_PREFIX = "fb|"
FEEDBACK_ACTIONS = {"feedback_up": "up", "feedback_down": "down"}
MAX_SOURCE_BLOCKS = 5

MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_CONTEXT_ELEMENTS = 10
MAX_BUTTONS = 25
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_BLOCK_ID = 255
MAX_FALLBACK_CHARS = 3000
BLOCK_ID_PREFIX = "ask|"

_BROADCAST = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_HEADING = re.compile(r"^#{1,6}\s+(.*)$")
_BULLET = re.compile(r"^(\s*)[-*]\s+")
_ZERO_WIDTH_SPACE = "\u200b"

Block = dict[str, Any]
# Posted only once verification has passed the model's answer: say who wrote it.
GENERATED_NOTE: Block = {
    "type": "context",
    "elements": [
        {
            "type": "mrkdwn",
            "text": "Written by a language model from the sources below, checked against them.",
        }
    ],
}


@dataclass(frozen=True)
class ReplyStyle:
    """How answers look in this workspace: links need the chat's public URL
    (Slack cannot reach localhost), rating buttons need analytics on."""

    public_url: str | None = None
    feedback: bool = False

    def note_url(self, citation: Citation) -> str | None:
        if not self.public_url or not citation.source:
            return None
        path = quote(citation.source, safe="/")
        anchor = f"#passage-{citation.passage}" if citation.passage is not None else ""
        return f"{self.public_url.rstrip('/')}/notes/{path}{anchor}"


@dataclass(frozen=True)
class SlackMessage:
    """`text` is the notification fallback Slack requires even when blocks are sent."""

    text: str
    blocks: list[Block] = field(default_factory=list)


def escape(text: str) -> str:
    """Slack's escaping: the only three characters its formatting reacts to."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def defuse_broadcasts(text: str) -> str:
    """Break a bare @channel/@here/@everyone, in case a client links names."""
    return _BROADCAST.sub(lambda m: "@" + _ZERO_WIDTH_SPACE + m.group(1), text)


def safe_text(text: str) -> str:
    """Untrusted text made inert for a mrkdwn field."""
    return defuse_broadcasts(escape(text))


def to_mrkdwn(text: str) -> str:
    """The engine's light markdown in Slack's dialect, after escaping the content."""
    lines = []
    for raw in text.splitlines():
        quote = raw.lstrip().startswith("> ")
        line = safe_text(raw.lstrip()[2:] if quote else raw)
        line = _BULLET.sub(r"\1• ", line)
        line = _BOLD.sub(r"*\1*", line)
        line = _HEADING.sub(r"*\1*", line)
        lines.append("> " + line if quote else line)
    return "\n".join(lines)


def truncate(text: str, limit: int) -> str:
    """Shorten to `limit` characters without cutting an &entity; in half."""
    if len(text) <= limit:
        return text
    return text[: _cut_point(text, limit - 1)].rstrip() + "…"


def _cut_point(text: str, limit: int) -> int:
    cut = limit
    space = max(text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
    if space > limit // 2:
        cut = space
    amp = text.rfind("&", 0, cut)
    if amp != -1 and text.find(";", amp, cut) == -1 and cut - amp < 6:
        cut = amp
    return cut


def chunks(text: str, limit: int = MAX_SECTION_CHARS) -> list[str]:
    """Split long mrkdwn into section-sized pieces, at line or word breaks."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = _cut_point(rest, limit)
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n ")
    if rest.strip():
        pieces.append(rest)
    return pieces


def source_line(citation: Citation, url: str | None = None) -> str:
    """Conference, date, talk, speaker: what a reader needs to find the notes; the
    conference links to the notes viewer at the cited passage when there is a URL."""
    name = safe_text(citation.conference or citation.title or citation.source)
    parts = [f"<{url}|*{name.replace('|', '/')}*>" if url else f"*{name}*"]
    if citation.date:
        parts.append(safe_text(citation.date))
    if citation.section:
        parts.append(f"_{safe_text(citation.section)}_")
    if citation.speaker:
        parts.append(safe_text(citation.speaker))
    return " · ".join(parts)


def source_blocks(citations: Iterable[Citation], style: ReplyStyle | None = None) -> list[Block]:
    """One context block per distinct source (a talk cited twice is listed once)."""
    style = style or ReplyStyle()
    lines: list[str] = []
    for citation in citations:
        line = source_line(citation, style.note_url(citation))
        if line not in lines:
            lines.append(line)
    return [
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": truncate(("Source: " if i == 0 else "") + line, MAX_SECTION_CHARS),
                }
            ],
        }
        for i, line in enumerate(lines[:MAX_SOURCE_BLOCKS])
    ]


def feedback_block(session_id: str, turn_at: float) -> Block | None:
    """👍 / 👎 for one answer; the block id carries the session, the value the turn."""
    block_id = FEEDBACK_BLOCK_PREFIX + session_id
    if len(block_id) > MAX_BLOCK_ID:
        return None
    return {
        "type": "actions",
        "block_id": block_id,
        "elements": [
            {
                "type": "button",
                "action_id": action,
                "text": {"type": "plain_text", "text": label, "emoji": True},
                "value": repr(turn_at),
            }
            for action, label in (
                ("feedback_up", "👍 Helpful"),
                ("feedback_down", "👎 Not helpful"),
            )
        ],
    }


def feedback_target(block_id: str | None, value: str | None) -> tuple[str, float] | None:
    """(session, turn time) of a clicked rating button, if we put it there."""
    if not block_id or not block_id.startswith(FEEDBACK_BLOCK_PREFIX) or not value:
        return None
    try:
        return block_id[len(FEEDBACK_BLOCK_PREFIX) :], float(value)
    except ValueError:
        return None


def buttons_block(reply: AskResponse) -> Block | None:
    """Quick replies; the block id carries the session so a click finds its conversation."""
    buttons = [b for b in reply.buttons if b.text.strip() and b.value.strip()][:MAX_BUTTONS]
    if not buttons:
        return None
    block: Block = {
        "type": "actions",
        "elements": [
            {
                "type": "button",
                "action_id": f"reply_{i}",
                "text": {"type": "plain_text", "text": truncate(b.text, MAX_BUTTON_TEXT)},
                "value": b.value[:MAX_BUTTON_VALUE],
            }
            for i, b in enumerate(buttons)
        ],
    }
    block_id = BLOCK_ID_PREFIX + reply.session_id
    if len(block_id) <= MAX_BLOCK_ID:
        block["block_id"] = block_id
    return block


def session_from_block_id(block_id: str | None) -> str | None:
    """The session a clicked button belongs to, if we put it there."""
    if block_id and block_id.startswith(BLOCK_ID_PREFIX):
        return block_id[len(BLOCK_ID_PREFIX) :] or None
    return None


def render_reply(
    reply: AskResponse, style: ReplyStyle | None = None, turn_at: float | None = None
) -> SlackMessage:
    """Answer sections, a context block per source, quick replies, then rating
    buttons (for answers, when `turn_at` says which turn); within Slack's limits."""
    style = style or ReplyStyle()
    rated = style.feedback and turn_at is not None and reply.intent in ABOUT_NOTES
    rating = feedback_block(reply.session_id, turn_at) if rated and turn_at is not None else None
    tail = [
        *([GENERATED_NOTE] if reply.mode == "generated" else []),
        *source_blocks(reply.citations, style),
        *(b for b in (buttons_block(reply), rating) if b),
    ]
    pieces = chunks(to_mrkdwn(reply.answer)) or ["(no answer)"]  # Slack rejects empty text
    room = MAX_BLOCKS - len(tail)
    if len(pieces) > room:
        pieces = pieces[:room]
        pieces[-1] = truncate(pieces[-1], MAX_SECTION_CHARS - 2) + " …"
    sections: list[Block] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": piece}} for piece in pieces
    ]
    fallback = truncate(safe_text(reply.answer), MAX_FALLBACK_CHARS) or "(no answer)"
    return SlackMessage(text=fallback, blocks=sections + tail)


def render_help(examples: Iterable[str], command: str = "/ask") -> SlackMessage:
    """Usage help for an empty question; examples come from the engine, not from here."""
    intro = (
        "Ask me about the conference notes: talks, speakers, events and what was said.\n"
        f"Use `{command} <question>`, mention me in a channel, or send me a direct message. "
        "Follow-up questions in the same thread keep the context."
    )
    blocks: list[Block] = [{"type": "section", "text": {"type": "mrkdwn", "text": intro}}]
    shown = [e for e in examples if e.strip()][:5]
    if shown:
        bullets = "\n".join(f"• {command} {safe_text(e)}" for e in shown)
        blocks.append(
            {"type": "section", "text": {"type": "mrkdwn", "text": "*For example*\n" + bullets}}
        )
    return SlackMessage(text=intro, blocks=blocks)


def render_error() -> SlackMessage:
    """Said when the engine failed: the user should know to try again, not wait."""
    text = "Sorry, something went wrong while answering. Please try again in a moment."
    return SlackMessage(
        text=text, blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": text}}]
    )


def render_too_long(length: int, limit: int) -> SlackMessage:
    """Said instead of answering a message longer than the engine reads."""
    text = (
        f"That message is {length:,} characters long; I read questions of up to {limit:,}. "
        "Please ask something shorter."
    )
    return SlackMessage(
        text=text, blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": text}}]
    )
