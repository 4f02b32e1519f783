"""Understanding a message: which intent, which slots.

Intent: the nearest sample utterances of the bot definition (embedded once with
the model already loaded), with rules where rules are more reliable. Slots: the
gazetteers built from the corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from bot.dialogue.definition import BotDefinition
from bot.gazetteer import Gazetteer
from bot.text import content_terms

_SMALL_TALK = ("greeting", "help", "goodbye", "reset", "thanks")
_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "reset",
        re.compile(
            r"^\s*(reset|restart|start (over|again)|new (conversation|chat|topic)|"
            r"clear (the )?(chat|conversation|history)|forget (everything|it all))\b",
            re.I,
        ),
    ),
    (
        "summarize_talk",
        re.compile(
            r"\b(summari[sz](e|ing)|summary|recap|key (points|takeaways)|"
            r"main points|takeaways|tl;?dr|highlights|gist of|sum up)\b",
            re.I,
        ),
    ),
    (
        "list_conferences",
        re.compile(
            r"\b(which|what|list|show)\b.*\b(conferences|events)\b(?!.*\b(at|about|on)\b)|"
            r"\bwhat notes do you have\b",
            re.I,
        ),
    ),
    (
        "list_talks",
        re.compile(
            r"\b(which|what|list|show|any|were there)\b.*\b(talks|sessions|presentations|agenda)\b|"
            r"^\s*(talks|sessions)\b",
            re.I,
        ),
    ),
]
_SPEAKER_INFO = re.compile(
    r"^\s*(who\s+(is|was|'s)|who's|tell me (more )?about|what do you know about|"
    r"what did .+ (present|talk about|cover|speak about)|info(rmation)? (on|about))\b",
    re.I,
)


@dataclass
class Understanding:
    intent: str
    slots: dict[str, str] = field(default_factory=dict)
    intent_score: float = 0.0
    talk_section_ids: list[int] = field(default_factory=list)
    conference_sources: list[str] = field(default_factory=list)


class IntentClassifier:
    def __init__(self, definition: BotDefinition, embed_many) -> None:  # type: ignore[no-untyped-def]
        self.labels: list[str] = []
        texts: list[str] = []
        for intent in definition.intents:
            for utterance in intent.utterances:
                self.labels.append(intent.name)
                texts.append(utterance)
        self.matrix = embed_many(texts) if texts else np.zeros((0, 1), dtype=np.float32)

    def scores(self, qvec: np.ndarray) -> dict[str, float]:
        sims = self.matrix @ qvec
        best: dict[str, float] = {}
        for label, sim in zip(self.labels, sims, strict=True):
            best[label] = max(best.get(label, -1.0), float(sim))
        return best


def classify(
    text: str, qvec: np.ndarray, classifier: IntentClassifier, gazetteer: Gazetteer
) -> Understanding:
    slots = extract_slots(text, gazetteer)
    scores = classifier.scores(qvec)
    words = len(text.split())
    for intent, pattern in _RULES:
        if pattern.search(text):
            if intent in ("reset", "list_conferences") and words > 9:
                continue
            return _with(intent, slots, 1.0, text, gazetteer)
    if _SPEAKER_INFO.search(text) and (slots.get("speaker") or words <= 4):
        return _with("speaker_info", slots, 1.0, text, gazetteer)
    best = max(scores, key=scores.__getitem__)
    if best in _SMALL_TALK and words <= 7 and scores[best] >= 0.55:
        return _with(best, {}, scores[best], text, gazetteer)
    if (
        best == "out_of_scope"
        and scores[best] >= 0.5
        and scores[best] > scores.get("ask_question", 0) + 0.05
    ):
        return _with("out_of_scope", {}, scores[best], text, gazetteer)
    if best in ("list_talks", "speaker_info", "list_conferences") and scores[best] >= 0.75:
        return _with(best, slots, scores[best], text, gazetteer)
    return _with("ask_question", slots, scores.get("ask_question", 0.0), text, gazetteer)


def _with(
    intent: str, slots: dict[str, str], score: float, text: str, gazetteer: Gazetteer
) -> Understanding:
    result = Understanding(intent, dict(slots), score)
    if intent in ("ask_question", "list_talks") and "topic" not in result.slots:
        topic = topic_of(text, gazetteer)
        if topic:
            result.slots["topic"] = topic
    return result


def extract_slots(text: str, gazetteer: Gazetteer) -> dict[str, str]:
    slots: dict[str, str] = {}
    sources = gazetteer.conferences_in(text)
    if sources:
        slots["conference"] = gazetteer.conference_names[sources[0]]
    people = gazetteer.people_in(text)
    if people:
        slots["speaker"] = people[0]
    talks = gazetteer.talks_in(text, sources or None)
    if talks:
        slots["talk"] = talks[0].title
    return slots


_TOPIC_NOISE = re.compile(
    r"\b(what|which|who|how|why|when|where|did|does|do|is|are|was|were|the|a|an|about|at|in|on|"
    r"of|to|for|say|said|tell|me|you|they|he|she|talks?|sessions?|any|list|give|show|notes?|"
    r"according|covered|cover|mention(ed)?|there|can|could|please|plz)\b",
    re.I,
)


def topic_of(text: str, gazetteer: Gazetteer) -> str:
    """What the message is about: its words minus question words and known names."""
    low = text.lower()
    for alias in sorted(gazetteer.conference_aliases, key=len, reverse=True):
        low = re.sub(rf"(?<![a-z0-9]){re.escape(alias)}(?![a-z0-9])", " ", low)
    for person in gazetteer.people:
        low = re.sub(rf"\b{re.escape(person.lower())}\b", " ", low)
    low = _TOPIC_NOISE.sub(" ", low)
    low = re.sub(r"[^a-z0-9 .:/-]+", " ", low)
    words = [w for w in low.split() if w.strip(".:-/")]
    return " ".join(words[:8]) if content_terms(" ".join(words)) else ""
