"""Talks that notes name in running text rather than under a heading of their own.

Meetup write-ups, chat logs and trip reports introduce a talk in a sentence: `Then Ana
Lima from Acme gave "Kafka Without Tears"`, `19:30 "Partitioning Made Dull" -- Bo Chan`,
`first talk: Jo Park, "Rollback Explained"`. A sentence (or a short line) is such a
mention when it holds a quoted title, a person the name model accepts, and either a word
that introduces a talk (the lexicon's abstract verbs and session kinds) or the shape of a
line that is nothing but title and speaker. What follows a mention, up to the next one,
is that talk's notes: each mention becomes a heading one level below the one it sits in.
"""

from __future__ import annotations

import re

from bot import lexicon
from bot.ingest.names import NameModel
from bot.ingest.outline import Item, Node, Outline
from bot.ingest.speakers import Found, names_in, speaker_line, without_time

_QUOTED = re.compile(r"[\"“„«]([^\"“”„«»\n]{3,140}?)[\"”»]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_POSSESSIVE = re.compile(r"\w['’]s\s*$")
_LINE_WORDS = 16  # outside its quoted title, a line that only names a talk is this short
_TITLE_WORDS = 14
_BRACKETS = re.compile(r"\([^()]{0,120}\)")


def _title_like(quoted: str) -> bool:
    """A quoted span shaped like a title, not a remark: a few words, starting with a
    capital or a figure, and no full stop or comma at its end."""
    words = quoted.split()
    if not 2 <= len(words) <= _TITLE_WORDS or quoted.rstrip().endswith((".", "!", ",")):
        return False
    return quoted[0].isupper() or quoted[0].isdigit()


def _aside(before: str) -> bool:
    """Is the quote inside brackets opened before it and not yet closed?"""
    return before.count("(") > before.count(")")


def _speakers(text: str, model: NameModel) -> Found:
    """People a mention names; full names win over a lone first name said in passing.
    What brackets hold ("Ana Lima (CTO, Acme)") says who they are: looked in last."""
    people: list[str] = []
    for part in (_BRACKETS.sub(" ", text), text):
        people = [p for p in model.people_in(part, strict=False) if model.is_person(p)]
        people = people or names_in(part, model).names
        if people:
            break
    full = [p for p in people if len(p.split()) >= 2]
    return Found(list(dict.fromkeys(full or people)))


def mention(text: str, model: NameModel, following: str | None = None) -> tuple[str, Found] | None:
    """(title, speakers) when this paragraph or line introduces a talk; `following` is the
    next line, which may list a panel's people when the line itself only names the title."""
    sentences = _SENTENCE_END.split(without_time(text))
    for n, sentence in enumerate(sentences):
        for match in _QUOTED.finditer(sentence):
            title = match.group(1).strip()
            before = sentence[: match.start()]
            if not _title_like(title) or _POSSESSIVE.search(before) or _aside(before):
                continue  # "Ana Lima's "Title"" is something she wrote; "(… "X")" an aside
            # what stood either side of the title stays apart ("KEYNOTE", "Ana Lima")
            rest = before.rstrip(" -–—:,") + ", " + sentence[match.end() :].lstrip(" -–—:,")
            rest = rest.strip(" -–—:,")
            found = _speakers(rest, model)
            if not found and n:  # "Then A talked about X. Title was "Y"."
                rest = f"{sentences[n - 1]} {rest}"
                found = _speakers(sentences[n - 1], model)
            if lexicon.load().not_held.search(rest):
                continue  # "planned talk "X" (A) - cancelled": no talk was given
            words = {w.lower() for w in re.findall(r"[A-Za-z]+", rest)}
            cued = bool(words & lexicon.load().talk_cues)
            if not found and cued and following is not None:
                found = speaker_line(following, model)
            if found and (cued or len(rest.split()) <= _LINE_WORDS):
                return title, found
    return None


def promote_mentioned_talks(outline: Outline, model: NameModel) -> None:
    """Each mention in a heading's text starts a talk heading under it, holding the
    mention and what follows up to the next mention; text before the first stays put."""
    for node in outline.root.walk():
        if node.hints.get("mentioned"):
            continue
        own = " ".join((node.title or "").lower().split())
        starts: list[tuple[int, str, Found]] = []
        for n, item in enumerate(node.items):
            if item.kind == "heading":
                continue
            nxt = node.items[n + 1].text if n + 1 < len(node.items) else None
            named = mention(item.text, model, nxt)
            if named and " ".join(named[0].lower().split()) not in own:
                starts.append((n, named[0], named[1]))
        if not starts:
            continue
        talks: list[Node] = []
        for k, (n, title, who) in enumerate(starts):
            end = starts[k + 1][0] if k + 1 < len(starts) else len(node.items)
            items: list[Item] = list(node.items[n:end])
            hints = {"mentioned": True, "speakers": who.names}
            talks.append(Node(title, node.level + 1, items, [], hints))
        node.items = node.items[: starts[0][0]]
        node.children = talks + node.children
