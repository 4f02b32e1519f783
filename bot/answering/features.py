"""What the sentence ranker and the answer gate see: numbers, not rules.

Each sentence of the best passages becomes one row of features (how close its
meaning is, how much of the question's rare vocabulary it and its context use,
whether it states the kind of answer asked for). The weights that turn rows into
scores are fitted (`make fit`), never set by hand.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from bot import lexicon
from bot.answering.types import ITEMS, Question
from bot.retrieval.hybrid import Hit
from bot.retrieval.knowledge import Knowledge
from bot.text import figure_near, name_near, stem, stems

TOP_PASSAGES = 12
SENTENCE_FEATURES = (
    "sentence_cos", "passage_cos", "rank", "coverage", "context_coverage", "rarest",
    "wants_type", "states_type", "words", "preferred", "lead_in", "asks", "subject_first",
    "figure", "lexical_rank", "dense_rank", "idf_mass", "type_match", "cos_x_coverage",
    "next_cos", "window_coverage", "cos_gap", "coverage_gap",
)  # fmt: skip
GATE_FEATURES = (
    "best_score", "sentence_cos", "passage_cos", "coverage", "context_coverage", "rarest",
    "unknown", "wants_type", "states_type", "margin", "terms", "scoped", "broad",
    "shown_coverage", "missing_rare", "max_missing", "type_missing", "names_missing",
    "joint", "top_mean", "attribute_missing", "typed_near", "note_missing",
)  # fmt: skip
FIGURES = frozenset({"count", "number", "money", "duration", "size"})
JOINT_TOP = 5  # best sentences looked at for one that says the subject and the answer
NEIGHBOURHOOD = 2  # passages either side, in the same talk, that count as what is shown


@dataclass
class Candidates:
    passage_ids: list[int]
    indexes: list[int]  # the sentence's place in its passage
    rows: np.ndarray  # one row of SENTENCE_FEATURES per sentence

    def __len__(self) -> int:
        return len(self.passage_ids)


def weights(knowledge: Knowledge, q: Question) -> tuple[list[tuple[str, float]], float]:
    pairs = [(t, knowledge.term_idf(t)) for t in q.terms]
    return pairs, sum(w for _, w in pairs)


def covered(pairs: list[tuple[str, float]], total: float, words: frozenset[str]) -> float:
    if not total:
        return 0.0
    return sum(w for t, w in pairs if t in words) / total


def states(kind: str | None, text: str) -> bool:
    """Does the text state an answer of this kind (a duration, a sum of money, ...)?"""
    if kind is None:
        return False
    if kind == "person":
        return False  # decided with the notes' people, by the caller
    pattern = lexicon.load().states.get(kind)
    return bool(pattern and pattern.search(text))


def candidates(knowledge: Knowledge, q: Question, hits: list[Hit]) -> Candidates:
    """Every sentence of the top passages, with its features."""
    pairs, total = weights(knowledge, q)
    rarest = max(pairs, key=lambda p: p[1])[0] if pairs else None
    pids: list[int] = []
    idx: list[int] = []
    rows: list[list[float]] = []
    for rank, hit in enumerate(hits[:TOP_PASSAGES]):
        passage = knowledge.passages[hit.passage_id]
        n = len(passage.sentences)
        sims = knowledge.sentence_vectors[passage.sent_start : passage.sent_start + n] @ q.vector
        context = knowledge.context_stems[hit.passage_id] | knowledge.passage_stems[hit.passage_id]
        preferred = float(bool(q.scope.prefer and passage.section_id in q.scope.prefer))
        lexical = 1.0 / (1 + hit.lexical_rank) if hit.lexical_rank is not None else 0.0
        dense = 1.0 / (1 + hit.dense_rank) if hit.dense_rank is not None else 0.0
        facts = knowledge.sentence_facts[hit.passage_id]
        stems_of = knowledge.sentence_stems[hit.passage_id]
        for i, sentence in enumerate(passage.sentences):
            words = stems_of[i]
            fact = facts[i]
            around = words.union(*stems_of[max(0, i - 1) : i + 2])  # what expanding shows
            cos = float(sims[i])
            own, with_context = covered(pairs, total, words), covered(pairs, total, words | context)
            found = (
                (q.expects in fact.states)
                or (
                    q.expects == "person" and _names_person(knowledge, passage.section_id, sentence)
                )
                or (q.expects == "name" and name_near(frozenset(q.terms), sentence))
            )
            rows.append(
                [
                    cos,
                    hit.dense,
                    1.0 / (1 + rank),
                    own,
                    with_context,
                    float(rarest is not None and rarest in (words | context)),
                    float(q.expects is not None),
                    float(found),
                    fact.log_words,
                    preferred,
                    float(fact.lead_in),
                    float(fact.asks),
                    float(fact.first in q.terms),
                    float(fact.figure),
                    lexical,
                    dense,
                    sum(w for t, w in pairs if t in words) / 10.0,
                    float(q.expects is not None and found),
                    cos * with_context,
                    float(sims[i + 1]) if i + 1 < n else 0.0,
                    covered(pairs, total, around),
                    cos,  # made relative to the best below
                    own,
                ]
            )
            pids.append(hit.passage_id)
            idx.append(i)
    matrix = np.array(rows, dtype=np.float32).reshape(len(rows), len(SENTENCE_FEATURES))
    if len(rows):  # a sentence against the question's best: how far behind it is
        for name in ("cos_gap", "coverage_gap"):
            col = SENTENCE_FEATURES.index(name)
            matrix[:, col] -= matrix[:, col].max()
    return Candidates(pids, idx, matrix)


def _names_person(knowledge: Knowledge, section_id: int, sentence: str) -> bool:
    if knowledge.sections[section_id].speakers:
        return True
    return any(name in sentence for name in knowledge.people)


def neighbourhood(knowledge: Knowledge, pid: int) -> frozenset[str]:
    """Stems of a passage, its context and the passages around it in the same talk."""
    here = knowledge.passages[pid]
    words = set(knowledge.context_stems[pid])
    for other in range(
        max(0, pid - NEIGHBOURHOOD), min(len(knowledge.passages), pid + NEIGHBOURHOOD + 1)
    ):
        if knowledge.passages[other].section_id == here.section_id:
            words |= knowledge.passage_stems[other]
    return frozenset(words)


def gate_row(
    knowledge: Knowledge,
    q: Question,
    cands: Candidates,
    scores: np.ndarray,
    shown: str,
    shown_pid: int | None = None,
) -> np.ndarray:
    """One row of GATE_FEATURES for the question and the best candidate: how good the
    best sentence is, and how much of the question (its rare words above all) what
    would be shown and its surroundings leave unsaid."""
    order = np.argsort(-scores)
    best = int(order[0])
    second = float(scores[order[1]]) if len(order) > 1 else float(scores[best]) - 1.0
    row = cands.rows[best]
    pairs, total = weights(knowledge, q)
    unknown = sum(w for t, w in pairs if not knowledge.known(t)) / total if total else 0.0
    get = {name: float(row[i]) for i, name in enumerate(SENTENCE_FEATURES)}
    expects = None if q.expects == ITEMS else q.expects  # a list is shape, not a fact to check
    if expects is None:
        get["wants_type"] = get["states_type"] = 0.0
    stated = (
        states(expects, shown)
        or (expects == "person" and get["states_type"] > 0)
        or (expects == "name" and name_near(frozenset(q.terms), shown))
    )
    around = neighbourhood(knowledge, shown_pid) if shown_pid is not None else frozenset()
    seen = stems(shown) | around
    missing = [(t, w) for t, w in pairs if t not in seen]
    top = max((w for _, w in pairs), default=1.0)
    return np.array(
        [
            float(scores[best]),
            get["sentence_cos"],
            get["passage_cos"],
            get["coverage"],
            get["context_coverage"],
            get["rarest"],
            unknown,
            get["wants_type"],
            float(stated),
            float(scores[best]) - second,
            math.log1p(len(q.terms)),
            float(bool(q.scope.sources or q.scope.sections)),
            float(q.kind != "specific"),
            covered(pairs, total, stems(shown)),
            sum(w for _, w in missing) / total if total else 0.0,
            max((w for _, w in missing), default=0.0) / top if top else 0.0,
            float(expects is not None and not stated),
            sum(stem(n) not in seen for n in q.names) / len(q.names) if q.names else 0.0,
            _joint(cands, order[:JOINT_TOP], typed=expects is not None),
            float(np.mean(scores[order[:JOINT_TOP]])),
            _attribute_missing(pairs, stems(shown)),
            _typed_near(q, expects, shown, stated),
            _note_missing(knowledge, pairs, total, shown_pid),
        ],
        dtype=np.float32,
    )


def _note_missing(
    knowledge: Knowledge, pairs: list[tuple[str, float]], total: float, pid: int | None
) -> float:
    """Of the question's words (by weight), the share the whole note of the answer never
    uses: "how many attendees" asked of a note that never mentions attendees."""
    if pid is None or not total:
        return 1.0
    words = knowledge.source_terms.get(knowledge.passages[pid].source, frozenset())
    return sum(w for t, w in pairs if t not in words) / total


def _typed_near(q: Question, expects: str | None, shown: str, stated: bool) -> float:
    """Does what would be shown say the kind of thing asked for next to the question's own
    words (a figure beside "partitions", a name beside "NPU")? -1 when no kind is asked."""
    if expects is None:
        return -1.0
    if expects in FIGURES:
        return float(stated and figure_near(frozenset(q.terms), shown))
    return float(stated)  # a name is stated only beside the question's words already


def _attribute_missing(pairs: list[tuple[str, float]], shown: frozenset[str]) -> float:
    """Of the question's commoner words (what is asked of the subject: "default", "price",
    "port"), the share the answer leaves unsaid. Rare words weigh most elsewhere; here the
    attribute a near miss lacks is counted in its own right."""
    if len(pairs) < 2:
        return 0.0
    common = sorted(pairs, key=lambda p: p[1])[: len(pairs) // 2]
    return sum(t not in shown for t, _ in common) / len(common)


def _joint(cands: Candidates, best: np.ndarray, typed: bool = True) -> float:
    """The most any one of the best sentences says of the question at once: its rare words
    in the sentence or its context, and (when a figure or a name is asked for) a
    statement of that kind in the same sentence. An answer says both in one place; a
    near miss says the subject here and a figure there."""
    at = {name: i for i, name in enumerate(SENTENCE_FEATURES)}
    out = 0.0
    for n in best:
        row = cands.rows[int(n)]
        kind = row[at["states_type"]] if typed and row[at["wants_type"]] else 1.0
        out = max(out, float(row[at["context_coverage"]] * kind))
    return out
