"""Verification of a model's answer, sentence by sentence, against the passages it cites.

A sentence is kept only when all of these hold:
- it cites at least one of the passages the model was given (`[n]`);
- every figure it states is stated in a cited passage (or its heading: talk, speaker,
  event and date), numbers written as words counting as their figure;
- every name it states (acronyms, capitalised words, words with digits) is there too;
- its meaning is close to a sentence of a cited passage, or to that passage as a whole,
  by the index's own embedding.
Anything else is dropped. These checks cannot see a claim that reuses a passage's own
words to say something else; they do catch invented figures, names and citations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from bot.answering.grounding import Grounding, Source, data
from bot.retrieval.knowledge import Knowledge
from bot.text import STOP, stem

CITATION = re.compile(r"\[\s*(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\s*\]")
_END = re.compile(r"[.!?]+[\"'”’)]*((?:\s*\[\s*\d[\d,;\s]*\])*)(?=\s|$)")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_FIGURE = re.compile(r"(?<![A-Za-z0-9.,])\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.\-]*[A-Za-z0-9]|[A-Za-z0-9]")
_POSSESSIVE = re.compile(r"['’]s$")
_EMPHASIS = re.compile(r"(\*\*|__|`)(.+?)\1")  # markdown the channels would show as is
# Where a streamed answer's next sentence has begun: a sentence end (with the citations
# written after it) or a line break, then the first character of a sentence or an item.
_NEXT = r"(?=(?:[-*•]|\d{1,2}[.)])?\s*[A-Za-z0-9\"'(])"
_SETTLED = re.compile(r"[.!?]+[\"'”’)]*(?:\s*\[\s*\d[\d,;\s]*\])*\s+" + _NEXT + r"|\n+" + _NEXT)


@dataclass(frozen=True)
class Claim:
    text: str  # as written, without its citation markers
    cites: tuple[int, ...]


@dataclass
class Verdict:
    claim: Claim
    kept: bool
    reason: str  # supported | no citation | wrong citation | figure | name | meaning
    detail: str = ""
    focus: dict[int, str] = field(default_factory=dict)  # source number -> closest sentence


def claims(text: str) -> list[Claim]:
    """Sentences and their citations. A citation written after the full stop ("... 18
    regions. [1]") belongs to the sentence before it."""
    out: list[Claim] = []
    for line in text.splitlines():
        line = _BULLET.sub("", " ".join(line.split()))
        start = 0
        pieces = []
        for match in _END.finditer(line):
            pieces.append(line[start : match.end()])
            start = match.end()
        pieces.append(line[start:])
        for piece in pieces:
            cites = tuple(
                int(n) for group in CITATION.findall(piece) for n in re.split(r"[,;]", group)
            )
            words = " ".join(_EMPHASIS.sub(r"\2", CITATION.sub(" ", piece)).split())
            words = re.sub(r"\s+([.!?,;:])", r"\1", words)
            if re.search(r"[A-Za-z0-9]", words):
                out.append(Claim(words, tuple(dict.fromkeys(cites))))
            elif cites and out:  # a citation on its own: the sentence before it
                last = out[-1]
                out[-1] = Claim(last.text, tuple(dict.fromkeys(last.cites + cites)))
    return out


def settled(text: str) -> int:
    """How much of a streamed answer is whole sentences: a sentence is only whole once the
    next has begun, since its citations may still follow its full stop."""
    end = 0
    for match in _SETTLED.finditer(text):
        end = match.end()
    return end


def figures(text: str) -> set[str]:
    """Figures as normal forms: "1,000" and "1000" alike, "two" as "2"."""
    found = set()
    for raw in _FIGURE.findall(text):
        digits = raw.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", raw) else raw
        digits = digits.rstrip(".,")
        if "." in digits:
            digits = digits.rstrip("0").rstrip(".")
        found.add(digits.lstrip("0") or "0")
    words = data()["number_words"]
    for token in re.findall(r"[a-z]+", text.lower()):
        if token in words:
            found.add(str(words[token]))
    return found


def _key(word: str) -> str:
    return stem(_POSSESSIVE.sub("", word.lower()).strip(".-'’"))


def names(text: str, vocabulary: set[str] | frozenset[str] | object) -> list[str]:
    """Words written as names: acronyms and mixed case ("AWS", "DynamoDB"), words with
    digits ("EC2"), capitalised words inside a sentence; and a capitalised first word
    that is neither a function word nor a word the notes use in lower case."""
    found = []
    for i, word in enumerate(_WORD.findall(text)):
        bare = _POSSESSIVE.sub("", word)
        if bare == "I" or not any(c.isalpha() for c in bare):
            continue
        inner_caps = any(c.isupper() for c in bare[1:])
        mixed = any(c.isdigit() for c in bare)
        capital = bare[0].isupper()
        if i == 0 and capital and not (inner_caps or mixed):
            lower = bare.lower()
            if lower in STOP or lower in vocabulary:  # type: ignore[operator]
                continue
        if inner_caps or mixed or capital:
            found.append(bare)
    return found


class Verifier:
    def __init__(self, knowledge: Knowledge, grounding: Grounding) -> None:
        self.knowledge = knowledge
        self.grounding = grounding
        self.min_similarity = float(data()["min_similarity"])
        self._support_figures: dict[int, set[str]] = {}
        self._support_keys: dict[int, set[str]] = {}

    def check(self, claim: Claim) -> Verdict:
        if not claim.cites:
            return Verdict(claim, False, "no citation")
        sources = [s for n in claim.cites if (s := self.grounding.source(n)) is not None]
        if len(sources) < len(claim.cites):
            wrong = [n for n in claim.cites if self.grounding.source(n) is None]
            return Verdict(claim, False, "wrong citation", f"[{wrong[0]}] was not given")
        stated = set().union(*(self._figures(s) for s in sources))
        missing = sorted(figures(claim.text) - stated)
        if missing:
            return Verdict(claim, False, "figure", missing[0])
        keys = set().union(*(self._keys(s) for s in sources))
        for name in names(claim.text, self.knowledge.words):
            if any(_key(part) not in keys for part in _WORD.findall(name)):
                return Verdict(claim, False, "name", name)
        score, focus = self._closeness(claim.text, sources)
        if score < self.min_similarity:
            return Verdict(claim, False, "meaning", f"{score:.2f}")
        return Verdict(claim, True, "supported", f"{score:.2f}", focus)

    def _figures(self, source: Source) -> set[str]:
        if source.number not in self._support_figures:
            self._support_figures[source.number] = figures(source.support)
        return self._support_figures[source.number]

    def _keys(self, source: Source) -> set[str]:
        if source.number not in self._support_keys:
            self._support_keys[source.number] = {_key(w) for w in _WORD.findall(source.support)}
        return self._support_keys[source.number]

    def _closeness(self, text: str, sources: list[Source]) -> tuple[float, dict[int, str]]:
        """The best cosine to a cited passage or one of its sentences, and per source the
        sentence that came closest (what channels emphasise)."""
        k = self.knowledge
        vector = _unit(k.embed(text))
        best = -1.0
        focus: dict[int, str] = {}
        for source in sources:
            passage = k.passages[source.passage_id]
            rows = np.flatnonzero(k.sentence_passage == source.passage_id)
            scores = [float(_unit(k.passage_vector(source.passage_id)) @ vector)]
            if len(rows):
                sims = (k.sentence_vectors[rows] @ vector) / np.maximum(
                    np.linalg.norm(k.sentence_vectors[rows], axis=1), 1e-9
                )
                top = int(np.argmax(sims))
                scores.append(float(sims[top]))
                if top < len(passage.sentences):
                    focus[source.number] = passage.sentences[top]
            best = max(best, *scores)
        return best, focus


def _unit(vector: np.ndarray) -> np.ndarray:
    v = np.asarray(vector, dtype=np.float32)
    return v / (float(np.linalg.norm(v)) or 1.0)
