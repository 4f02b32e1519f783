"""Understanding a message: which intent, which slots.

Intent: the nearest sample utterances of the bot definition (embedded once with
the model already loaded), with rules where rules are more reliable. Slots: the
gazetteers built from the corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from bot.answering.query import NAMES_A_TALK, SAYING, asks_for_speaker
from bot.dialogue.definition import BotDefinition
from bot.gazetteer import Gazetteer
from bot.text import content_terms

_SMALL_TALK = ("greeting", "help", "goodbye", "reset", "thanks")

# Whole-message small talk: short, formulaic, and no question about the notes in it.
_POLITE = r"(ok(ay)?|great|brilliant|perfect|awesome|nice|cool|lovely|super|right|alright)"
_SMALL_TALK_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "thanks",
        re.compile(
            rf"^({_POLITE}[\s,!.]*)?(thanks?|thank you|thx|ty|tyvm|cheers|ta|many thanks|"
            r"much appreciated|(i )?appreciate (it|that|this|the help|your help)|"
            r"(that'?s|that was|that is) (very |really )?(helpful|useful|great)|grateful)"
            r"([\s,!.]+(a lot|so much|very much|again|mate|bot|for (that|the help|your help)))*"
            r"[\s!.]*$",
            re.I,
        ),
    ),
    (
        "goodbye",
        re.compile(
            rf"^({_POLITE}[\s,!.]*)?(thanks?[\s,!.]+)?(bye( bye| for now)?|good ?bye|see (you|ya)"
            r"( later| soon)?|ciao( for now)?|farewell|take care|later|catch you later|"
            r"talk (to you )?later|i'?m (off|leaving|going|done)( now)?|gotta go|got to go|"
            r"signing off|that'?s all( for now| for today)?|have a (good|nice|great) (day|one|"
            r"evening))([\s,!.]+\w+)?[\s!.]*$",
            re.I,
        ),
    ),
    (
        "greeting",
        re.compile(
            r"^(hi|hello|hey|hiya|howdy|yo|greetings|hallo|good (morning|afternoon|evening|day))"
            r"([\s,!.]+(there|bot|all|everyone|again|friend))?[\s!.]*$",
            re.I,
        ),
    ),
    (
        "reset",
        re.compile(
            r"^(please |can you |could you |let'?s |i want to |i'?d like to )?"
            r"(reset|restart|start (over|again|afresh|from scratch|fresh|a (new|fresh) \w+)|"
            r"(begin|open) a (new|fresh) \w+|new (conversation|chat|session|topic)|"
            r"(clear|wipe|erase|delete)( the| my| our| this)? (chat|conversation|history|context|"
            r"memory|session)( history)?|forget (everything|it all|what i said|our conversation|"
            r"the conversation|all that))\b[\w\s,!.]{0,20}$",
            re.I,
        ),
    ),
    (
        "help",
        re.compile(
            r"^(help|i need help|help me|what can you do|what can i ask( you)?|"
            r"what (sort|kind|type)s? of (things|questions|stuff) "
            r"(can|could|should|do) (i|you)\b.*|"
            r"how (do|should|can) i (use (you|this|the bot)|ask|phrase)\b.*|"
            r"(give|show) me (an |some )?examples?"
            r"( questions?| of (something|what|questions))?\b.*|"
            r"(any )?tips (on|for) using (you|this)|how do(es)? (you|this|it) work|"
            r"what (are|is) (you|this) for|what do you do|who are you|what are you)[\s?!.]*$",
            re.I,
        ),
    ),
]
_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "summarize_talk",
        re.compile(
            r"\b(summari[sz](e|ing)|summary|key (points|takeaways)|overview of|"
            r"main points|takeaways|tl;?dr|highlights|gist of|sum up|"
            r"recap(?=\s+(of|the|that|this|it|on)\b))\b",
            re.I,
        ),
    ),
    (
        "list_conferences",
        re.compile(
            r"\b(which|what|list|show|tell me)\b.*\b(conferences|events|gatherings|sources|"
            r"write-?ups|documents|files|corpus|books)\b(?!.*\b(at|about|on)\s+\w)|"
            r"\bwhat notes do you have\b|\b(events|conferences) (do )?you (know|cover|have)\b",
            re.I,
        ),
    ),
    (
        "list_talks",
        re.compile(
            r"\b(session|talk|presentation|keynote)\b.*\b(called|named|titled)\b|"
            r"\b(name|title) of the (session|talk|presentation)\b|"
            r"\b(which|what|list|show|any|were there)\b.*\b(talks|sessions|presentations|"
            r"keynotes|agenda|chapters)\b|^\s*([\w':-]+\s+){0,3}(talks|sessions|chapters)\b|"
            r"^\s*who\s+(spoke|presented|talked|were\s+the\s+(speakers|presenters))"
            r"(\s+(at|during)\b|\s*\??\s*$)",  # "who talked about X?" asks the notes
            re.I,
        ),
    ),
]
_SPEAKER_INFO = re.compile(
    r"^\s*(who\s+(is|was|'s)|who's|tell me (more )?about|what do you know about|"
    r"what did .+ (present|talk about|cover|speak about)|info(rmation)? (on|about))\b",
    re.I,
)
# "How did Ian define serverless?", "Why does Adrian...": about what was said, not a listing.
_ASKS_HOW_OR_WHY = re.compile(r"^\s*(how (did|does|do|is|was|would|could|can)|why)\b", re.I)
# "Tell me about the Netflix tooling talk", "what was the keynote about?": a summary.
_ABOUT_A_TALK = re.compile(
    r"^\s*(tell me (more )?about|describe)\b|^\s*what (was|is|were)\b.*\babout\s*[?.!]*$", re.I
)
# "Who is he?", "tell me about her": a person, though no name says who ("tell me about
# Aurora" asks about Aurora).
_A_PERSON = re.compile(r"^\s*who\b|\b(he|she|him|her|them|they)\b", re.I)
# What someone said about a subject is a question about the notes, not a listing.
_SAID_ABOUT = re.compile(rf"\b{SAYING} (about|on|regarding)\b", re.I)
# What a message has to share with the notes before it can be a question about them.
NEAR_NOTES = 0.43
FAR_FROM_NOTES = 0.25
_META = frozenset(
    content_terms(
        "conferences conference events event gatherings gathering sources source write-ups "
        "writeups documents document files file corpus notes have got cover covered know "
        "list show tell which aws amazon you your do you've you're i've ask books book can all"
    )
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
        rows: dict[str, list[str]] = {}
        for intent in definition.intents:
            rows.setdefault(intent.name, []).extend(intent.utterances)
        rows = {name: texts for name, texts in rows.items() if texts}
        self.intents = list(rows)
        # utterances grouped by intent, so one reduceat gives each intent's best row
        self._starts = np.cumsum([0, *(len(t) for t in rows.values())][:-1])
        texts = [text for group in rows.values() for text in group]
        self.matrix = embed_many(texts) if texts else np.zeros((0, 1), dtype=np.float32)

    def scores(self, qvec: np.ndarray) -> dict[str, float]:
        """Each intent's best cosine over its sample utterances."""
        if not self.intents:
            return {}
        best = np.maximum.reduceat(self.matrix @ qvec, self._starts)
        return dict(zip(self.intents, best.tolist(), strict=True))


def classify(
    text: str,
    qvec: np.ndarray,
    classifier: IntentClassifier,
    gazetteer: Gazetteer,
    closeness: float = 1.0,
    names_in_notes: bool = False,
) -> Understanding:
    """Rules first where they are sure, then the nearest sample utterances.

    `closeness` is the best cosine between the message and any passage of the notes:
    a message far from everything the notes say is out of scope whatever it resembles,
    unless it names something the notes talk about (`names_in_notes`: "Yahoo", "Glacier").
    """
    message = text.strip()
    words = len(message.split())
    if words <= 12:
        for intent, pattern in _SMALL_TALK_RULES:
            if pattern.match(message):
                return Understanding(intent, {}, 1.0)
    slots = extract_slots(text, gazetteer)
    scores = classifier.scores(qvec)
    for intent, pattern in _RULES:
        if pattern.search(text):
            if intent == "list_conferences" and (words > 12 or _about_something(text, slots)):
                continue
            if intent == "list_talks" and slots.get("talk") and asks_for_speaker(text):
                continue  # "who presented the X talk?" names the talk: its speaker is the answer
            return _with(intent, slots, 1.0, text, gazetteer)
    if _ABOUT_A_TALK.search(text) and (slots.get("talk") or NAMES_A_TALK.search(text)):
        return _with("summarize_talk", slots, 1.0, text, gazetteer)  # "what was the X talk about?"
    if _SPEAKER_INFO.search(text) and (
        slots.get("speaker") or (words <= 4 and _A_PERSON.search(text))
    ):
        return _with("speaker_info", slots, 1.0, text, gazetteer)
    best = max(scores, key=scores.__getitem__)
    if best in _SMALL_TALK and words <= 7 and scores[best] >= 0.55:
        return _with(best, {}, scores[best], text, gazetteer)
    named = names_in_notes or any(slots.get(k) for k in ("conference", "speaker", "talk"))
    oos, ask = scores.get("out_of_scope", 0.0), scores.get("ask_question", 0.0)
    if not named and (
        closeness < FAR_FROM_NOTES
        or (closeness < NEAR_NOTES and oos > ask)
        or (best == "out_of_scope" and scores[best] >= 0.5 and oos > ask + 0.05)
    ):
        return Understanding("out_of_scope", {}, max(oos, 1.0 - closeness))
    if (
        best in ("list_talks", "speaker_info", "list_conferences")
        and scores[best] >= 0.75
        and not _ASKS_HOW_OR_WHY.search(text)
        and not _SAID_ABOUT.search(text)  # "what did Werner say about serverless?" asks
        and not (slots.get("talk") and asks_for_speaker(text))  # "who gave the keynote?"
    ):
        return _with(best, slots, scores[best], text, gazetteer)
    return _with("ask_question", slots, ask, text, gazetteer)


def _about_something(text: str, slots: dict[str, str]) -> bool:
    """Does a "which events…" message also name a topic (then it asks about talks)?"""
    if slots.get("speaker") or slots.get("talk"):
        return True
    rest = [t for t in content_terms(text) if t not in _META]
    return bool(rest)


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
    talks = [
        t
        for t in gazetteer.talks_in(text, sources or None)
        if len(t.title.split()) > 1 or NAMES_A_TALK.search(text)
    ]  # a one-word chapter title ("LAMBDA") in a question is its topic, not a talk
    if talks:
        slots["talk"] = talks[0].title
    return slots


_TOPIC_NOISE = re.compile(
    r"\b(what|which|who|how|why|when|where|did|does|do|is|are|was|were|the|a|an|about|at|in|on|"
    r"of|to|for|say|said|tell|me|you|they|he|she|talks?|sessions?|any|list|give|show|notes?|"
    r"according|covered|cover|mention(ed)?|there|can|could|please|plz|spoke|speakers?|"
    r"presenters?|presented|talked|given|gave|held|delivered|hosted|presentations?|chapters?|"
    r"all|by|from|many|much|have|has|had)\b",
    re.I,
)


def topic_of(text: str, gazetteer: Gazetteer) -> str:
    """What the message is about: its words minus question words and known names."""
    low = text.lower()
    for alias, pattern in gazetteer.alias_patterns:  # longest first
        if alias in low:
            low = pattern.sub(" ", low)
    for person in gazetteer.people:
        low = gazetteer.without_name(low, person)
    low = _TOPIC_NOISE.sub(" ", low)
    low = re.sub(r"[^a-z0-9 .:/-]+", " ", low)
    words = [w for w in low.split() if w.strip(".:-/")]
    return " ".join(words[:8]) if content_terms(" ".join(words)) else ""
