"""From ranked sentences to the points an answer shows.

A specific question gets the sentence that answers it with the neighbours that
complete it: the rest of its list, the sentence before when it leans on it ("It
also ..."), the sentence after when that one leans back. A broad question gets
key points from different passages; a comparison, a point for each thing named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from bot import lexicon
from bot.answering.features import Candidates, states
from bot.answering.types import ITEMS, Point
from bot.retrieval.knowledge import Knowledge
from bot.text import stems, tokens

MAX_WORDS = 80
FILL_WORDS = 60
SHORT_POINT = 12  # words: a point this short is a heading for what comes after it
POINT_WORDS = 45
MAX_POINTS = 5
LIST_WORDS = 120  # words: a list a point leads into is shown whole up to this
_UNFINISHED = re.compile(r"[:;,\u2013\u2014-]\s*$")  # "...:", "... -": more follows
SAME_POINT = 0.6  # word overlap above which two points say the same


def _leans(sentence: str) -> bool:
    words = tokens(sentence)
    return bool(words) and words[0] in lexicon.load().leaning_words


def _count(sentences: list[str]) -> int:
    return sum(len(s.split()) for s in sentences)


def expand(
    knowledge: Knowledge,
    pid: int,
    index: int,
    budget: int = MAX_WORDS,
    wanted: frozenset[str] = frozenset(),
    fill: int = 0,
    across: bool = True,
) -> Point:
    """The answering sentence and what completes it, within `budget` words: its list,
    the sentence it leans on, the one that leans on it, and a neighbour that states
    more of what the question asks (`wanted`: the question's terms); then, up to
    `fill` words, the rest of its passage and (`across`) the passages either side in its
    talk, since passages are cut by size, not by meaning. A
    point that ends its passage goes on into the next one of its talk when that one
    carries it on (see `_carried_on`)."""
    passage = knowledge.passages[pid]
    whole_list = _as_list_item(knowledge, pid, index, budget)
    if whole_list is not None:
        return whole_list
    span = _Span(list(passage.sentences), [index], budget, len(passage.sentences))
    if span.sentences[index].rstrip().endswith(":"):  # a lead-in: its list follows
        if index == len(span.sentences) - 1:
            span.sentences += knowledge.items_under(pid, span.sentences[index])
        span.take_list(index, LIST_WORDS)
    span.take_leaning(index)
    if wanted:
        span.take_wanted(wanted)
    if fill:
        span.fill(fill)
    shown = [span.sentences[k] for k in span.chosen]
    ends = span.chosen[-1] >= span.own - 1
    if fill and _count(shown) < SHORT_POINT:  # a short line heads what follows it
        shown += _following(knowledge, pid, fill - _count(shown))
    elif span.chosen[-1] == len(span.sentences) - 1 and _UNFINISHED.search(shown[-1]):
        shown += _completion(knowledge, pid, shown[-1], _count(shown))
    elif across and fill and ends and _count(shown) < fill:  # the talk goes on past the cut
        shown += _following(knowledge, pid, fill - _count(shown))
    elif span.chosen[-1] == span.own - 1:
        shown += _carried_on(knowledge, pid, shown, budget)
    mark = span.chosen.index(index)
    if across and fill and span.chosen[0] == 0 and not passage.parent and _count(shown) < fill:
        before = _preceding(knowledge, pid, fill - _count(shown))
        shown, mark = [*before, *shown], mark + len(before)
    lead = passage.parent
    if not lead and index == 0 and _leans(span.sentences[0]) and mark == 0:
        lead = _previous_sentence(knowledge, pid)
    if lead and _count([lead, *shown]) > budget + 20:
        lead = None
    return Point(pid, shown, mark, lead=lead)


def _as_list_item(knowledge: Knowledge, pid: int, index: int, budget: int) -> Point | None:
    """A sentence that is an item of a list ("Three lessons:") shows as the whole list,
    when it fits."""
    passage = knowledge.passages[pid]
    if not (passage.parent and passage.parent.rstrip().endswith(":")):
        return None
    items = knowledge.items_under(pid, passage.parent)
    if passage.sentences[index] not in items or _count(items) > budget:
        return None
    return Point(pid, items, items.index(passage.sentences[index]), lead=passage.parent)


@dataclass
class _Span:
    """The sentences of one passage (and a list it leads into) chosen for a point."""

    sentences: list[str]
    chosen: list[int]
    budget: int
    own: int  # how many of `sentences` are the passage's own

    def fits(self, extra: list[int], limit: int | None = None) -> bool:
        picked = sorted({*self.chosen, *extra})
        return _count([self.sentences[k] for k in picked]) <= (limit or self.budget)

    def take_list(self, index: int, limit: int | None = None) -> None:
        for j in range(index + 1, len(self.sentences)):
            if not self.fits([j], limit):
                break
            self.chosen.append(j)

    def take_leaning(self, index: int) -> None:
        """The sentence this one leans on ("It also..."), and the next if it leans back
        or answers the question this one ends on."""
        if index > 0 and _leans(self.sentences[index]) and self.fits([index - 1]):
            self.chosen.insert(0, index - 1)
        nxt = self.chosen[-1] + 1
        carried = nxt < len(self.sentences) and _continues(
            self.sentences[nxt - 1], self.sentences[nxt]
        )
        if carried and self.fits([nxt]):
            self.chosen.append(nxt)

    def take_wanted(self, wanted: frozenset[str]) -> None:
        """A neighbour that states more of the question's terms than the point has."""
        have = set().union(*(stems(self.sentences[k]) for k in self.chosen))
        for j in (self.chosen[0] - 1, self.chosen[-1] + 1):
            new = 0 <= j < self.own and (stems(self.sentences[j]) & wanted) - have
            if new and self.fits([j]):
                self.chosen = sorted([*self.chosen, j])

    def fill(self, limit: int) -> None:
        """The rest of the passage, next sentences first, while it fits in `limit` words."""
        while True:
            options = [
                j for j in (self.chosen[-1] + 1, self.chosen[0] - 1)
                if 0 <= j < self.own and self.fits([j], limit)
            ]  # fmt: skip
            if not options:
                return
            self.chosen = sorted([*self.chosen, options[0]])


def _continues(before: str, after: str) -> bool:
    """Does `after` carry `before` on: it leans back ("These updates ..."), or it answers
    the question `before` ends on ("Why? Because ...")."""
    return _leans(after) or before.rstrip().endswith("?")


def _carried_on(knowledge: Knowledge, pid: int, shown: list[str], budget: int) -> list[str]:
    """The first sentence of the next passage of the same talk, when the cut between the
    passages fell inside one thought and that sentence carries the point on."""
    here = knowledge.passages[pid]
    if pid + 1 >= len(knowledge.passages):
        return []
    after = knowledge.passages[pid + 1]
    if after.section_id != here.section_id or after.source != here.source or not after.sentences:
        return []
    first = after.sentences[0]
    if _continues(shown[-1], first) and _count([*shown, first]) <= budget:
        return [first]
    return []


def _following(knowledge: Knowledge, pid: int, budget: int) -> list[str]:
    """Sentences of the passages after this one in the same talk, while they fit."""
    here = knowledge.passages[pid]
    out: list[str] = []
    for other in knowledge.passages[pid + 1 : pid + 4]:
        if other.section_id != here.section_id or other.source != here.source:
            break
        for sentence in other.sentences:
            if _count([*out, sentence]) > budget:
                return out
            out.append(sentence)
    return out


def _preceding(knowledge: Knowledge, pid: int, budget: int) -> list[str]:
    """The closing sentences of the passages before this one in the same talk, nearest
    last, while they fit: the start of a thought the cut between passages separated."""
    here = knowledge.passages[pid]
    out: list[str] = []
    for other in reversed(knowledge.passages[max(0, pid - 3) : pid]):
        if other.section_id != here.section_id or other.source != here.source:
            break
        for sentence in reversed(other.sentences):
            if _count([sentence, *out]) > budget:
                return out
            out.insert(0, sentence)
    return out


def _completion(knowledge: Knowledge, pid: int, last: str, have: int) -> list[str]:
    """What a point that stops on an unfinished sentence goes on to: the list a lead-in
    ("...:") hangs over it, else the start of the next passages of its talk, so that
    an answer never ends on "the following:" while up to `LIST_WORDS` words in all."""
    items = knowledge.items_under(pid, last) if last.rstrip().endswith(":") else []
    out: list[str] = []
    for sentence in items or _following(knowledge, pid, LIST_WORDS - have):
        if have + _count([*out, sentence]) > LIST_WORDS:
            break
        out.append(sentence)
    return out


def _previous_sentence(knowledge: Knowledge, pid: int) -> str | None:
    """The last sentence of the passage before, in the same talk: what "It" refers to."""
    if pid == 0:
        return None
    before, here = knowledge.passages[pid - 1], knowledge.passages[pid]
    if before.section_id != here.section_id or before.source != here.source:
        return None
    return before.sentences[-1] if before.sentences else None


def specific(
    knowledge: Knowledge,
    cands: Candidates,
    scores: np.ndarray,
    wanted: frozenset[str],
    across: bool = True,
) -> list[Point]:
    best = int(np.argmax(scores))
    pid, index = cands.passage_ids[best], cands.indexes[best]
    point = expand(knowledge, pid, index, MAX_WORDS, wanted, FILL_WORDS, across)
    point.score = float(scores[best])
    return [point]


def with_items(
    knowledge: Knowledge, cands: Candidates, scores: np.ndarray, points: list[Point], floor: float
) -> list[Point]:
    """A question that asks which things (`ITEMS`) and a best point that lists none: the
    best sentence above `floor` that does list them, from another passage, comes too."""
    if not points or states(ITEMS, " ".join(points[0].sentences)):
        return points
    for n in np.argsort(-scores):
        pid, index = cands.passage_ids[int(n)], cands.indexes[int(n)]
        if scores[n] < floor:
            break
        if pid != points[0].passage_id and ITEMS in knowledge.sentence_facts[pid][index].states:
            point = expand(knowledge, pid, index, POINT_WORDS)
            point.score = float(scores[n])
            return [*points, point]
    return points


def runner_up(
    knowledge: Knowledge, cands: Candidates, scores: np.ndarray, points: list[Point], floor: float
) -> list[Point]:
    """A close second: the best sentence the first point does not already show, when it
    scores above `floor`, comes as a second point ("Also: ...")."""
    if not points:
        return points
    first = points[0]
    for n in np.argsort(-scores)[1:]:
        if scores[n] < floor:
            break
        pid, index = cands.passage_ids[int(n)], cands.indexes[int(n)]
        sentence = knowledge.passages[pid].sentences[index]
        if pid == first.passage_id and sentence in first.sentences:
            continue
        point = expand(knowledge, pid, index, POINT_WORDS)
        point.score = float(scores[n])
        return [*points, point]
    return points


def broad(
    knowledge: Knowledge, cands: Candidates, scores: np.ndarray, floor: float, across: bool = True
) -> list[Point]:
    """Key points: the best sentences from different passages, each above `floor`,
    none repeating one already chosen, in order of relevance."""
    points: list[Point] = []
    seen: list[frozenset[str]] = []
    used: set[int] = set()
    for n in np.argsort(-scores):
        pid = cands.passage_ids[int(n)]
        if pid in used or (points and scores[n] < floor):
            continue
        point = expand(
            knowledge, pid, cands.indexes[int(n)], POINT_WORDS, fill=POINT_WORDS, across=across
        )
        words = stems(" ".join(point.sentences))
        if any(
            len(words & other) / max(1, min(len(words), len(other))) > SAME_POINT for other in seen
        ):
            continue
        point.score = float(scores[n])
        points.append(point)
        seen.append(words)
        used.add(pid)
        if len(points) == MAX_POINTS:
            break
    return points


def compare(
    knowledge: Knowledge,
    cands: Candidates,
    scores: np.ndarray,
    things: tuple[str, ...],
    across: bool = True,
) -> tuple[list[Point], list[str]]:
    """The best sentence about each thing compared; the things no sentence mentions.
    A thing is matched on the words that tell it from the others ("async" and "stream
    based" in "async and stream based invocations"): all of them, or its rarest word the
    notes know; only a thing no sentence names at all is missing. A sentence that names
    every thing (the notes' own comparison) leads when it ranks first, but each thing
    still gets the best sentence about it alone where there is one: "long polling is
    better than short polling" does not say what short polling does."""
    points: list[Point] = []
    missing: list[str] = []
    order = [int(n) for n in np.argsort(-scores)]
    named = [stems(thing) for thing in things]
    shared = frozenset.intersection(*named) if named else frozenset()

    def said(n: int) -> frozenset[str]:
        return knowledge.sentence_stems[cands.passage_ids[n]][cands.indexes[n]]

    def matcher(words: frozenset[str]):  # type: ignore[no-untyped-def]
        own = (words - shared) or words
        known = sorted(w for w in own if knowledge.known(w))
        rarest = max(known, key=knowledge.term_idf) if known else None
        return lambda n: bool(own and own <= said(n)) or (rarest is not None and rarest in said(n))

    matchers = [matcher(words) for words in named]

    def add(n: int) -> None:
        pid, index = cands.passage_ids[n], cands.indexes[n]
        point = expand(knowledge, pid, index, POINT_WORDS, fill=POINT_WORDS, across=across)
        point.score = float(scores[n])
        if not any(
            p.passage_id == point.passage_id and p.sentences == point.sentences for p in points
        ):
            points.append(point)

    first = next((n for n in order if any(m(n) for m in matchers)), None)
    home = cands.passage_ids[first] if first is not None else None
    source = knowledge.passages[home].source if home is not None else None
    if first is not None and len(matchers) > 1 and all(m(first) for m in matchers):
        add(first)  # the notes compare them in so many words
    for thing, words, names in zip(things, named, matchers, strict=True):
        others = [m for m in matchers if m is not names]
        pick = next(
            (
                n
                for n in order
                if words <= said(n)
                and not any(m(n) for m in others)
                and knowledge.passages[cands.passage_ids[n]].source == source
            ),
            None,
        )  # about it alone, in the notes that describe the things first
        if pick is None:
            pick = next((n for n in order if names(n)), None)
        if pick is None:
            missing.append(thing)
            continue
        add(pick)
    return points, missing
