"""Evidence-first answers: retrieve, rank sentences, shape the points, then let the
fitted gate decide whether what would be shown answers the question.

The question arrives understood (`Question`); this module never reads the raw
message. One question vector serves retrieval, sentence ranking and the gate.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from bot.answering import shape
from bot.answering.features import SENTENCE_FEATURES, candidates, gate_row
from bot.answering.fitted import AnsweringModels, cutoff
from bot.answering.types import BROAD, COMPARE, ITEMS, Answer, Point, Question, Scope
from bot.retrieval.hybrid import Filters, Hit
from bot.retrieval.knowledge import Knowledge
from bot.text import stem

HITS = 20


@dataclass
class Attempt:
    """What one search found, before the gate: kept for fitting and evaluation."""

    hits: list[Hit]
    points: list[Point]
    probability: float
    gate_features: np.ndarray | None
    missing: list[str]


class Answerer:
    def __init__(
        self,
        knowledge: Knowledge,
        models: AnsweringModels,
        threshold: float | None = None,
        ablate: frozenset[str] = frozenset(),
    ) -> None:
        self.knowledge = knowledge
        self.models = models
        self.threshold = cutoff(models.gate) if threshold is None else threshold
        self.ablate = ablate  # mechanisms switched off to measure them (`bot eval --ablate`)
        if "gate" in ablate:
            self.threshold = float("-inf")

    def filters(self, scope: Scope) -> list[Filters]:
        """Searches to try in order: a named talk or event restricts hard and alone; a
        speaker's talks first, then everywhere."""
        if "scope" in self.ablate:
            return [Filters()]
        sources = scope.sources or None
        if scope.sections:
            return [Filters(sources=sources, section_ids=scope.sections)]
        if scope.speaker:
            theirs = frozenset(
                s.id
                for s in self.knowledge.sections.values()
                if scope.speaker in s.speakers and (not sources or s.source in sources)
            )
            first = theirs & scope.prefer if scope.prefer else frozenset()
            ordered = [  # of their talks, the one the conversation is on first
                *([Filters(sources=sources, section_ids=first)] if first else []),
                Filters(sources=sources, section_ids=theirs),
            ]
            if theirs and scope.speaker_only:
                return ordered
            if theirs:
                return [*ordered, Filters(sources=sources)]
            named = self.knowledge.mentions(scope.speaker)  # someone the notes only mention
            if named:
                return [Filters(sources=sources, passage_ids=named), Filters(sources=sources)]
        if scope.prefer:  # a follow-up: the talk it follows first, then the rest
            return [Filters(sources=sources, section_ids=scope.prefer), Filters(sources=sources)]
        return [Filters(sources=sources)]

    def attempt(self, q: Question, filters: Filters) -> Attempt:
        if q.kind == BROAD and not q.words and not filters.empty():
            centre = self.knowledge.centroid(filters)  # "what did X talk about": their talks' gist
            if centre is not None:
                blended = q.vector + centre
                q = replace(q, vector=blended / (float(np.linalg.norm(blended)) or 1.0))
        hits = [
            h
            for h in self.knowledge.search(list(q.words), q.vector, filters, k=HITS)
            if h.passage_id not in q.exclude
        ]
        if not hits:
            return Attempt(hits, [], 0.0, None, [])
        cands = candidates(self.knowledge, q, hits)
        if "ranker" in self.ablate:  # retrieval's order, each passage's sentences in turn
            rank = cands.rows[:, SENTENCE_FEATURES.index("rank")]
            scores = rank - 0.001 * np.asarray(cands.indexes, dtype=np.float64)
        else:
            scores = self.models.ranker.score(cands.rows)
        missing: list[str] = []
        across = "fill" not in self.ablate  # top short points up past the passage's cut
        wanted = frozenset(q.terms)
        if q.kind == COMPARE and q.compared:
            points, missing = shape.compare(self.knowledge, cands, scores, q.compared, across)
            points = points or shape.specific(self.knowledge, cands, scores, wanted, across)
        elif q.kind == BROAD:
            points = shape.broad(self.knowledge, cands, scores, self._floor(scores), across)
        else:
            points = shape.specific(self.knowledge, cands, scores, wanted, across)
            if q.expects == ITEMS:
                points = shape.with_items(
                    self.knowledge, cands, scores, points, self._floor(scores)
                )
            margin = self.models.meta.get("second_margin")  # fitted; absent: never
            if len(points) == 1 and isinstance(margin, float) and "second" not in self.ablate:
                floor = float(scores.max()) - margin
                points = shape.runner_up(self.knowledge, cands, scores, points, floor)
        shown = " ".join([points[0].lead or "", *points[0].sentences]) if points else ""
        row = gate_row(
            self.knowledge, q, cands, scores, shown, points[0].passage_id if points else None
        )
        probability = float(self.models.gate.probability(row.reshape(1, -1))[0])
        return Attempt(hits, points, probability, row, missing)

    def _floor(self, scores: np.ndarray) -> float:
        """The fitted margin below the best sentence within which others are points too."""
        margin = self.models.meta.get("broad_margin", 2.0)
        return float(scores.max()) - (margin if isinstance(margin, (int, float)) else 2.0)

    def answer(self, q: Question) -> Answer:
        attempt = None
        for filters in self.filters(q.scope):
            attempt = self.attempt(q, filters)
            if attempt.points and attempt.probability >= self.threshold:
                break
        assert attempt is not None
        unknown = [w for w in q.words if not self.knowledge.known(stem(w))]
        answered = bool(attempt.points) and attempt.probability >= self.threshold
        if q.kind == COMPARE and q.compared and len(attempt.missing) == len(q.compared):
            answered = False
        return Answer(
            answered=answered,
            kind=q.kind,
            points=attempt.points if answered else [],
            confidence=attempt.probability,
            unknown=unknown,
            missing=attempt.missing,
            near=[h.passage_id for h in attempt.hits[:6]],
        )
