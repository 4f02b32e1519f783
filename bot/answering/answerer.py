"""Extractive answers: the one to three sentences of the notes that answer, with sources.

Every passage sentence has a precomputed embedding, so one question embedding
serves retrieval, sentence choice and the gate alike.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

import numpy as np

from bot.answering import focus, ranker
from bot.answering.excerpt import expand
from bot.answering.figures import quantity
from bot.answering.gate import THRESHOLD, GateFeatures, confidence
from bot.answering.query import Query
from bot.knowledge import Knowledge
from bot.retrieval.hybrid import Filters, Hit
from bot.text import content_terms, has_number, stem, tokens

TOP_PASSAGES = 8


@dataclass
class Evidence:
    passage_id: int
    sentences: list[str]
    score: float
    dense: float
    coverage: float


@dataclass
class Answer:
    text: str
    answered: bool
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    features: GateFeatures | None = None
    unmentioned: list[str] = field(default_factory=list)  # names the notes never use


@dataclass
class Candidate:
    passage_id: int
    index: int  # sentence index within the passage
    text: str
    score: float
    dense: float
    coverage: float


def _idf_weights(knowledge: Knowledge, terms: list[str]) -> list[tuple[str, float]]:
    return [(t, knowledge.term_idf(t)) for t in terms]


def _coverage(
    weights: list[tuple[str, float]],
    words: set[str],
    context: set[str],
    speakers: frozenset[str] = frozenset(),
) -> float:
    """IDF-weighted share of the question's terms in the sentence (0.6 for its context).

    The speaker's name counts as said by every sentence of their talk, so "Adrian then
    moved on..." does not outrank what Adrian said for naming him."""
    total = sum(w for _, w in weights)
    if not total:
        return 0.0
    got = sum(
        w * (1.0 if t in words or t in speakers else 0.6 if t in context else 0.0)
        for t, w in weights
    )
    return got / total


def candidate_features(
    knowledge: Knowledge, query: Query, qvec: np.ndarray, hits: list[Hit]
) -> tuple[list[Candidate], np.ndarray]:
    """Every sentence of the top passages with its ranker features (one row each)."""
    out: list[Candidate] = []
    rows: list[list[float]] = []
    weights = _idf_weights(knowledge, query.terms)
    asked = frozenset(stem(t) for t in tokens(query.text))  # a new name is none of these
    for rank, hit in enumerate(hits[:TOP_PASSAGES]):
        passage = knowledge.passages[hit.passage_id]
        context = knowledge.context_stems[hit.passage_id]
        sims = (
            knowledge.sentence_vectors[
                passage.sent_start : passage.sent_start + len(passage.sentences)
            ]
            @ qvec
        )
        for i, sentence in enumerate(passage.sentences):
            words = knowledge.sentence_stems[hit.passage_id][i]
            cov = _coverage(weights, words, context, knowledge.speaker_stems[hit.passage_id])
            number_fit, name_fit = ranker.fit_sign(
                query.expects, sentence, query.measure, query.counted, asked, query.defines
            )
            rows.append([float(sims[i]), hit.dense, cov, 1.0 / (1 + rank), number_fit, name_fit])
            out.append(Candidate(hit.passage_id, i, sentence, 0.0, float(sims[i]), cov))
    return out, np.array(rows, dtype=np.float32).reshape(len(rows), len(ranker.FEATURES))


def candidates(
    knowledge: Knowledge, query: Query, qvec: np.ndarray, hits: list[Hit]
) -> list[Candidate]:
    out, features = candidate_features(knowledge, query, qvec, hits)
    for cand, value in zip(out, ranker.score(features), strict=True):
        cand.score = float(value)
    out.sort(key=lambda c: -c.score)
    return out


def _unknown_share(knowledge: Knowledge, terms: list[str]) -> float:
    total = sum(knowledge.term_idf(t) for t in terms)
    if not total:
        return 0.0
    return sum(knowledge.term_idf(t) for t in terms if not knowledge.known_term(t)) / total


def answer(
    knowledge: Knowledge,
    query: Query,
    qvec: np.ndarray,
    filters: Filters = Filters(),
    exclude: set[int] | None = None,
    threshold: float | None = None,
) -> Answer:
    """The best answer from a neighbourhood that mentions every name the question uses.

    When the first choice's neighbourhood (`Knowledge.window_words`: nearby passages
    of the same talk, its title and speakers) never mentions one of them, the search
    is repeated among the passages whose neighbourhood does; when none does, the
    answer is declined whatever the similarity says.
    """
    result = _answer(knowledge, query, qvec, filters, exclude, threshold)
    names = focus.named_terms(query.text, knowledge.name_skip)
    if not names or not result.evidence:
        return result
    absent = focus.missing(names, knowledge.window_words[result.evidence[0].passage_id])
    if not absent:
        return result
    naming = knowledge.passages_naming(names)
    if naming:
        narrowed = dataclasses.replace(filters, passage_ids=naming)
        retry = _answer(knowledge, query, qvec, narrowed, exclude, threshold)
        if retry.evidence:
            return retry
    unknown = [n for n in absent if not knowledge.passages_naming([n])]
    return Answer("", False, 0.0, result.evidence, result.hits, result.features, unknown)


def _answer(
    knowledge: Knowledge,
    query: Query,
    qvec: np.ndarray,
    filters: Filters,
    exclude: set[int] | None,
    threshold: float | None,
) -> Answer:
    hits = [
        h
        for h in knowledge.search(query.text, qvec, filters, k=TOP_PASSAGES * 2)
        if not exclude or h.passage_id not in exclude
    ]
    if not hits:
        return Answer("", False, 0.0, hits=hits)
    cands = candidates(knowledge, query, qvec, hits)
    best = cands[0]
    passage = knowledge.passages[best.passage_id]
    lead = content_terms(passage.parent or "")
    weights = _idf_weights(knowledge, query.terms)
    features = GateFeatures(
        dense=best.dense,
        coverage=max(best.coverage, _coverage(weights, set(lead), set())),
        unknown=_unknown_share(knowledge, query.terms),
        expect_miss=float(
            query.expects == "number" and not has_number(best.text + " " + (passage.parent or ""))
        ),
    )
    conf = confidence(features)
    evidence = [
        Evidence(
            best.passage_id,
            expand(knowledge, query, best, qvec),
            best.score,
            best.dense,
            best.coverage,
        )
    ]
    evidence.extend(_disagreements(knowledge, query, cands, best, filters))
    answered = conf >= (threshold if threshold is not None else THRESHOLD)
    shown = " ".join(evidence[0].sentences)
    if query.expects == "number" and not quantity(shown, query.asks_a_count):
        answered = False  # a figure was asked for and nothing shown states one ("EC2" is no figure)
    if query.measure in _MUST_MEASURE and not ranker.MEASURED[query.measure].search(shown):
        answered = False  # a price was asked for; "200k events per second" is none
    if limit_unstated(query.text, shown):
        answered = False  # a limit was asked for; a figure that is not one does not answer
    if comparison_unstated(query.text, shown):
        answered = False  # "which is cheaper, S3 or EBS?": naming both compares nothing
    if query.expects == "person" and not (
        _names_a_person(knowledge, shown)
        or knowledge.section_of(passage).speakers
        or (_WHOSE.match(query.text) and ranker.NAME.search(shown))  # whose: a firm will do
    ):
        answered = False  # a person was asked for and neither the text nor the talk names one
    return Answer("", answered, conf, evidence, hits, features)


_MUST_MEASURE = frozenset({"money"})  # "how big" may ask for a size or a share
_WHOSE = re.compile(r"\s*whose\b", re.I)


# "Which is cheaper, S3 or EBS?", "the difference between X and Y": a choice or a contrast.
_ASKS_COMPARISON = re.compile(
    r"\b(cheaper|faster|slower|better|worse|bigger|smaller|safer|simpler|easier|more \w+|"
    r"less \w+)\b[^?]*\bor\b|\bwhich (is|one|of)\b[^?]*\b(cheaper|faster|slower|better|"
    r"worse|bigger|smaller|safer|simpler|easier|best|cheapest|fastest)\b|"
    r"\bdifference between\b|\bhow (does|do) \w+(\s\w+)? differ\b|"
    r"\bwhich\b[^?]*\b(cheapest|fastest|slowest|most expensive|least expensive)\b",
    re.I,
)
_COMPARES = re.compile(
    r"\b(than|differ\w*|whereas|unlike|while|versus|vs|compared?|comparison|instead|however|"
    r"but|both|either|rather|more|less|cheaper|faster|slower|better|worse|same|similar\w*|"
    r"cheapest|fastest|slowest|most|least|lowest|highest|"
    r"\w+er than|twice|double|half)\b|\d\s*(x|times)\b",  # "10x the performance of MySQL"
    re.I,
)


def comparison_unstated(question: str, shown: str) -> bool:
    """Does the question ask to compare or choose, with nothing shown that compares?"""
    return bool(_ASKS_COMPARISON.search(question)) and not _COMPARES.search(shown)


# "What is the maximum...", "the limit on X" ask for a limit; "the memory limit was raised
# to?" asks for a value, whatever it is called.
def limit_unstated(question: str, shown: str) -> bool:
    """Does the question ask for a limit that nothing shown states as one? ("one shard
    reads 2MB per second" is no answer to "the maximum number of shards")."""
    return bool(_ASKS_LIMIT.search(question)) and not _STATES_LIMIT.search(shown)


# "The maximum number of X", "the limit on X" ask for a limit on a count. "The maximum
# memory" is often answered by a plain value ("raised to 3GB"), and "the memory limit was
# raised to?" asks for a value, whatever it is called: neither is held to this.
_ASKS_LIMIT = re.compile(
    r"\b(maximum|minimum|max|min|highest|lowest) number of\b|\blimits? (on|for|of|per)\b",
    re.I,
)
_STATES_LIMIT = re.compile(
    r"\b(max(imum)?|min(imum)?|up ?to|limit(ed|s)?|at (most|least)|(no|not|never) more than|"
    r"(more|less|fewer|longer|shorter) than|exceed\w*|cap(ped)?|ceiling|between|largest|"
    r"smallest|highest|lowest|only|as (much|many|long) as|by default|"
    r"default (limit|maximum|minimum|quota|value|setting|is|of))\b",  # not "the default VPC"
    re.I,
)


def _names_a_person(knowledge: Knowledge, text: str) -> bool:
    """Someone the notes know as a person, by full name or surname ("Ask An Architect" and
    "National Geographic" are capitalised pairs, not people)."""
    return any(
        name in text or (len(name.split()[-1]) >= 4 and name.split()[-1] in text)
        for name in knowledge.people
    )


def _disagreements(
    knowledge: Knowledge, query: Query, cands: list[Candidate], best: Candidate, filters: Filters
) -> list[Evidence]:
    """When no conference was named and another event's notes give a different figure, show both."""
    if filters.sources or not has_number(best.text):
        return []
    best_source = knowledge.passages[best.passage_id].source
    best_numbers = set(re.findall(r"\d+(?:\.\d+)?", best.text))
    best_terms = set(content_terms(best.text))
    for cand in cands[1:12]:
        source = knowledge.passages[cand.passage_id].source
        if source == best_source or cand.score < best.score - 0.08:
            continue
        numbers = set(re.findall(r"\d+(?:\.\d+)?", cand.text))
        shared = best_terms & set(content_terms(cand.text))
        if numbers and numbers != best_numbers and len(shared) >= 2:
            return [Evidence(cand.passage_id, [cand.text], cand.score, cand.dense, cand.coverage)]
    return []
