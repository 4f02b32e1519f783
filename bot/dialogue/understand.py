"""Understanding a turn once: intent, slots, what it refers back to, and the question
the answering layer will receive. Everything after this reads the `Understanding`,
never the raw message.
"""

from __future__ import annotations

import math
from functools import cached_property

import numpy as np

from bot import lexicon
from bot.answering.types import BROAD, SPECIFIC, Question, Scope
from bot.dialogue import followups, wording
from bot.dialogue.definition import BotDefinition
from bot.dialogue.gazetteer import Gazetteer, TalkRef
from bot.dialogue.intents import IntentModel, Patterns, Signals, feature_row
from bot.dialogue.reading import names_written, read, subject_words, without_scope
from bot.dialogue.understanding import Understanding, ref
from bot.retrieval.knowledge import Knowledge
from bot.schemas import SMALL_TALK, Intent
from bot.text import stem, tokens
from bot.turns import DialogueState, TurnInput

_ABOUT_BOT = (Intent.HELP, Intent.LIST_CONFERENCES)  # read against the conversation: "formula?"
_CLOSING = (Intent.RESET, Intent.GOODBYE)  # "and the other one" must not end a conversation
_ABOUT_TALKS = (Intent.ASK, Intent.SPEAKER_INFO)  # "who spoke on X": the talk on X
SURE = 0.9  # the intent model's probability above which small talk is taken as said
SHORT_TURN = followups.SHORT_TURN  # words: a turn this short, naming nothing, stays near
DESCRIBED_SHARE = 0.5  # of the best passages' weight a talk needs to be the one described


class Understander:
    def __init__(
        self,
        knowledge: Knowledge,
        gazetteer: Gazetteer,
        definition: BotDefinition,
        model: IntentModel,
        ablate: frozenset[str] = frozenset(),
    ) -> None:
        self.knowledge = knowledge
        self.gazetteer = gazetteer
        self.definition = definition
        self.model = model
        self.wording = "wording" not in ablate  # `bot eval --ablate wording` measures it
        self.ellipsis = "ellipsis" not in ablate  # "postgres?", "what did he demo?"
        self.talk_asks = "talk_asks" not in ablate  # a talk named or described in a question
        self.patterns = Patterns(definition)
        self.by_ref = {ref(t): t for t in gazetteer.talks}
        for s in knowledge.sections.values():  # "who gave that talk?" after an untitled one
            if s.is_talk and s.speakers and not s.title:
                talk = TalkRef(s.id, "", s.source, tuple(s.speakers), s.code, s.idx)
                self.by_ref.setdefault(ref(talk), talk)

    def talk(self, key: str | None) -> TalkRef | None:
        return self.by_ref.get(key or "")

    # ---- intent ----------------------------------------------------------------
    def classify(self, text: str, vector: np.ndarray, signals: Signals) -> dict[str, float]:
        return self.model.probabilities(feature_row(vector, text, signals, self.patterns))

    def signals(self, vector: np.ndarray, events: list, people: list, talks: list) -> Signals:  # type: ignore[type-arg]
        return Signals(self.knowledge.closeness(vector), bool(events), bool(people), bool(talks))

    # ---- the turn --------------------------------------------------------------
    def understand(
        self, text: str, vector: np.ndarray, turn: TurnInput, state: DialogueState
    ) -> Understanding:
        lex = lexicon.load()
        events, absent = self.gazetteer.dated(text, self.gazetteer.events_in(text))
        people = self.gazetteer.people_in(text)
        talks = self.gazetteer.talks_in(text, events or None, people)
        probs = self.classify(text, vector, self.signals(vector, events, people, talks))
        intent = turn.intent or max(probs, key=probs.__getitem__)
        u = Understanding(intent, probs.get(intent, 1.0), probabilities=probs)
        u.sources = events
        u.absent_event = absent
        u.speaker = people[0] if people else None
        u.talk = talks[0] if talks else None
        self._pending(text, u, state)
        if u.intent in SMALL_TALK or u.intent in (Intent.OUT_OF_SCOPE, Intent.LIST_CONFERENCES):
            leans = followups.leans(text, state) or (  # ending or forgetting a conversation
                u.intent in _CLOSING and u.confidence < SURE and bool(state.history)
            )  # must be sure and lean on nothing; a courtesy is taken as said
            sure = u.intent in SMALL_TALK - {Intent.HELP} and u.confidence >= SURE
            sure = sure and not (leans and u.intent in _CLOSING)
            named = bool(talks) and self.talk_asks  # "who presented farewell to …": no bye
            if not named and (sure or not (leans or self._asks_on(text, state, u))):
                return self._finish(u, turn)
            u.intent = Intent.ASK
        if self._continues_question(text, u, state, lex):
            u.intent = Intent.ASK
        u.asks_who_gave = bool(lex.who_gave.search(text))
        u.asks_where_when = bool(lex.where_when.search(text)) and not u.asks_who_gave
        about_talks = u.intent in (Intent.SPEAKER_INFO, Intent.LIST_TALKS)  # "X's talk"
        u.asks_gave = bool(
            lex.gave_asks.search(text) or (about_talks and lex.talk_words.search(text))
        )
        u.asks_handle = bool(lex.handle_asks.search(text))
        self._references(text, u, state, lex)
        self._same_listing(text, u, state, lex)
        if self._only_names_talk(text, u, lex):
            u.intent = Intent.SUMMARIZE  # "rundown of X", "the X talk?": all of it is asked
        if u.intent in (Intent.ASK, Intent.SUMMARIZE, Intent.SPEAKER_INFO, Intent.LIST_TALKS):
            # a person the notes only mention (no talk of theirs) is what the question is
            # about, so their name stays among its words; a speaker's name scopes instead
            scoping = [p for p in people if self.knowledge.people.get(p)]
            u.question = self._question(text, vector, u, state, names=scoping)
        return self._finish(u, turn)

    def _continues_question(
        self, text: str, u: Understanding, state: DialogueState, lex: lexicon.Lexicon
    ) -> bool:
        """ "And at X, any new ones?" or "the book says?" right after a question: a listing
        the intent model is unsure of, leaning on the last answer or naming only an event,
        goes on asking the question."""
        unsure = u.intent == Intent.LIST_TALKS and (
            u.confidence < SURE or not lex.talk_words.search(text)
        )  # "and docker?": no talk asked for
        if not unsure or state.last_intent != Intent.ASK:
            return False
        names = [self.gazetteer.event_names[s] for s in u.sources]
        rest = {stem(w) for w in subject_words(text, [*names, *self.gazetteer.event_words(text)])}
        only_event = bool(u.sources) and not (rest - self.chat_words)
        return only_event or followups.leans(text, state)

    def _same_listing(
        self, text: str, u: Understanding, state: DialogueState, lex: lexicon.Lexicon
    ) -> None:
        """ "And at the summit?" after "which talks did A give at X": the same person."""
        if u.intent != Intent.LIST_TALKS or u.speaker or state.last_intent != Intent.LIST_TALKS:
            return
        if state.speaker and u.sources and lex.switch.match(text) and len(text.split()) <= 8:
            u.speaker = state.speaker

    @cached_property
    def chat_words(self) -> frozenset[str]:
        return wording.chat_words(self.definition)

    def _asks_on(self, text: str, state: DialogueState, u: Understanding) -> bool:
        """Mid-conversation, a message the intent model is unsure of whose words are mostly
        the notes' own ("whats the catch", "any new languages") carries the talk on; one
        common word among ones the notes never use ("how long to boil pasta") does not.
        Nor does a question of a word or three that names something beyond chat
        ("postgres?", "the SAN one?"): an ellipsis of the question before it."""
        if not state.frames or (u.confidence >= SURE and u.intent not in _ABOUT_BOT):
            return False
        words = {stem(w) for w in subject_words(text, [])} - self.chat_words
        if self.ellipsis and words and followups.short_question(text):
            return True
        known = sum(1 for w in words if self.knowledge.known(w))
        return known > 0 and 2 * known > len(words)

    def _pending(self, text: str, u: Understanding, state: DialogueState) -> None:
        """A reply to the bot's own question ("Which talk?" -> "the chaos one")."""
        if not (state.pending_intent and state.pending_slot):
            return
        slot = state.pending_slot
        filled = (
            (
                slot == "talk"
                and (u.talk or self._listed_pick(text, state) or self._described(text, None))
            )
            or (slot == "speaker" and u.speaker)
            or (slot == "conference" and u.sources)
        )
        if filled:
            if slot == "talk" and not u.talk:
                u.talk = self._listed_pick(text, state) or self._described(text, None)
            u.intent, u.confidence = state.pending_intent, 1.0
        state.pending_intent = state.pending_slot = None

    def _listed_pick(self, text: str, state: DialogueState) -> TalkRef | None:
        k = followups.ordinal(text, len(state.listed)) if state.listed else None
        return None if k is None else self.talk(state.listed[k])

    def _described(self, text: str, sources: list[str] | None) -> TalkRef | None:
        """The talk a description points at ("the chaos one"): the talk most of the best
        passages for the description come from, when one clearly leads."""
        names = [self.gazetteer.event_names[s] for s in self.gazetteer.events_in(text)]
        words = subject_words(text, [*names, *self.gazetteer.event_words(text)])
        if not words:
            return None  # "summarise a talk at X": nothing describes which
        vector = self.knowledge.embed(text)
        from bot.retrieval.hybrid import Filters

        hits = self.knowledge.search(
            words, vector, Filters(sources=frozenset(sources) if sources else None), k=8
        )
        votes: dict[int, float] = {}  # by fused score: a hit both retrievers rank high
        for hit in hits:  # outweighs several one of them ranks low in a long talk
            section = self.knowledge.passages[hit.passage_id].section_id
            votes[section] = votes.get(section, 0.0) + hit.score**2
        if not votes:
            return None
        best = max(votes, key=votes.__getitem__)
        talk = next((t for t in self.gazetteer.talks if t.section_id == best), None)
        return talk if talk and votes[best] / sum(votes.values()) >= DESCRIBED_SHARE else None

    def _references(
        self, text: str, u: Understanding, state: DialogueState, lex: lexicon.Lexicon
    ) -> None:
        """Resolve what the message points back at, by kind."""
        pick = self._listed_pick(text, state) if len(text.split()) <= 10 else None
        if pick and not u.talk:
            u.talk = pick
            u.refers_to["talk"] = pick.title
            if u.intent not in (Intent.SPEAKER_INFO,) and not u.asks_who_gave:
                u.intent = Intent.SUMMARIZE
        kinds = followups.references(text)
        if "person" in kinds and not u.speaker:
            person = followups.latest(state, "person")
            if person:
                u.speaker = person.value
                u.refers_to["person"] = person.value
                self._at_their_talk(u, state)
        points_back = u.asks_who_gave or u.asks_where_when or u.intent == Intent.SUMMARIZE
        if not u.talk and ("talk" in kinds or (points_back and "thing" in kinds)):
            talk = followups.latest(state, "talk")
            earlier = self.talk(talk.ref) if talk else None
            if talk and earlier and (not u.sources or earlier.source in u.sources):
                u.talk, u.refers_to["talk"] = earlier, talk.value  # not at another event
        if "org" in kinds:
            org = followups.latest(state, "org")
            if org:
                u.refers_to["org"] = org.value
        about = _ABOUT_TALKS if self.talk_asks else (Intent.ASK,)  # "who talked about dbt"
        if (
            not u.talk
            and (lex.talk_words.search(text) or (u.asks_who_gave and self.talk_asks))
            and not u.asks_where_when
            and (u.intent == Intent.SUMMARIZE or (u.intent in about and u.asks_who_gave))
        ):
            only = self.gazetteer.only_talk(u.speaker, u.sources) if u.speaker else None
            described = only or self._described(text, u.sources or None)
            if described:
                u.talk = described
                u.refers_to["talk"] = described.title
                if u.intent == Intent.SPEAKER_INFO and not u.speaker:
                    u.intent = Intent.ASK  # "who was on the X panel": who gave that talk

    def _only_names_talk(self, text: str, u: Understanding, lex: lexicon.Lexicon) -> bool:
        """A question that names a talk by its title and asks nothing of it: every word
        left is the title's, a word for a talk, small talk or not a word of the notes."""
        if not self.talk_asks or u.intent != Intent.ASK or not u.talk or not u.talk.title:
            return False
        if u.asks_who_gave or u.asks_where_when or u.asks_gave or u.asks_handle:
            return False
        events = [self.gazetteer.event_names[s] for s in u.sources]
        rest = subject_words(text, [u.talk.title, *events, *self.gazetteer.event_words(text)])
        rest = [w for w in rest if not lex.talk_words.search(w)]
        stems = {stem(w) for w in rest} - self.chat_words - set(map(stem, tokens(u.talk.title)))
        return not any(self.knowledge.known(w) for w in stems)

    def _at_their_talk(self, u: Understanding, state: DialogueState) -> None:
        """ "What tools did he demo?" after his talk at one event: a question about what
        he said is asked of that event's notes, not of every event he spoke at."""
        if not self.ellipsis or u.sources or u.talk or u.intent != Intent.ASK:
            return
        if u.asks_gave or u.asks_who_gave:
            return
        latest = followups.latest(state, "talk")
        earlier = self.talk(latest.ref) if latest else None
        if earlier and u.speaker in earlier.speakers:
            u.sources = [earlier.source]

    def _question(
        self,
        text: str,
        vector: np.ndarray,
        u: Understanding,
        state: DialogueState,
        names: list[str],
    ) -> Question:
        lex = lexicon.load()
        reading = read(text)
        event_names = list(dict.fromkeys(self.gazetteer.event_names[s] for s in u.sources))
        talk_names = (
            [u.talk.title, "".join(tokens(u.talk.title)), u.talk.code or ""] if u.talk else []
        )
        said_event = self.gazetteer.event_words(text)  # "the london one": not the subject
        chat, on = self.chat_words, self.wording  # "thanks - which file …?"
        said = wording.without_courtesy(text, chat) if on else text
        subject = subject_words(said, [*names, *event_names, *talk_names, *said_event])
        if on:  # small talk the notes never use; names as the notes write them
            subject = wording.without_chat(subject, chat, self.knowledge.known)
            subject = self.knowledge.glued(subject, text)
        item = None if state.last_intent == Intent.LIST_TALKS else followups.item_pick(state, text)
        if item or (state.listed and followups.ordinal(text, len(state.listed)) is not None):
            subject = [w for w in subject if w not in lex.ordinals]  # "the second one"
            subject = [*subject_words(item or "", []), *subject]  # ... of the answer's list
        back = followups.back_to(state, text, self.gazetteer)
        asks_on = u.intent == Intent.ASK and not u.asks_who_gave
        frame, blend, exclude, subject = followups.leaning(
            text, subject, state, back, asks_on, shorter=self.ellipsis
        )
        prefer: frozenset[int] | None = None
        if frame is not None:
            u.frame = frame
            if not u.sources:  # the same event, unless the follow-up names another
                u.sources = list(frame.sources)
            prefer = self._sections(frame.talks) if not u.talk else None
            thing = "thing" in followups.references(text)
            keep = (
                frame.subject
                if blend >= 1.0 or thing
                else followups.attributes(frame.subject, self.knowledge.term_idf)
            )
            subject = list(dict.fromkeys([*subject, *keep]))
            if reading.kind == SPECIFIC and reading.expects is None and blend >= 1.0:
                reading = type(reading)(frame.kind, frame.expects, ())
        else:
            prefer = self._soft_scope(text, u, state)
        combined = vector
        previous = followups.frame_vector(frame) if blend else None
        if previous is not None and previous.shape == vector.shape:
            combined = vector + blend * previous
            combined = combined / (float(np.linalg.norm(combined)) or 1.0)
        kind = reading.kind
        if u.intent == Intent.SUMMARIZE:
            kind = BROAD
        shown = {self.knowledge.passage_id(k) for k in exclude}
        scope = Scope(
            sources=frozenset(u.sources) or None,
            sections=frozenset([u.talk.section_id])
            if u.talk and u.intent != Intent.SPEAKER_INFO
            else None,
            prefer=prefer,
            speaker=u.speaker,
            speaker_only="person" in u.refers_to,
        )
        words = tuple(subject)
        skip = [*names, *event_names, *talk_names, *said_event]
        written = tuple(w for w in names_written(text, skip) if w in subject)
        understood = " ".join(subject) or text
        events = dict.fromkeys(self.gazetteer.event_names[s] for s in u.sources)
        u.understood = understood + (f" [{', '.join(events)}]" if events else "")
        return Question(
            text=understood,
            vector=combined,
            words=words,
            terms=tuple(dict.fromkeys(stem(w) for w in words)),
            kind=kind,
            expects=reading.expects,
            compared=without_scope(reading.compared, [*event_names, *said_event]),
            scope=scope,
            exclude=frozenset(k for k in shown if k is not None),
            asks_speaker=u.asks_who_gave,
            names=written,
        )

    def _soft_scope(
        self, text: str, u: Understanding, state: DialogueState
    ) -> frozenset[int] | None:
        """Talks to look in first for a turn that leans on no earlier question."""
        last = state.frames[-1] if state.frames else None
        if state.last_intent == Intent.LIST_TALKS and state.listed and followups.references(text):
            return self._sections(state.listed)  # "what did he say there": the talks just listed
        if last and not (u.sources or u.talk or u.speaker) and len(text.split()) <= SHORT_TURN:
            return self._sections(last.talks)  # a short turn that names nothing: same talk first
        return None

    def _sections(self, talks: list[str]) -> frozenset[int] | None:
        """Section ids of a frame's talks ("source#index") in this build."""
        ids = frozenset(t.section_id for key in talks if (t := self.talk(key)) is not None)
        return ids or None

    def _finish(self, u: Understanding, turn: TurnInput) -> Understanding:
        for slot, value in turn.slots.items():
            if value:
                u.slots[slot] = value
        if u.sources and "conference" not in u.slots:
            u.slots["conference"] = self.gazetteer.event_names[u.sources[0]]
        if u.speaker and "speaker" not in u.slots:
            u.slots["speaker"] = u.speaker
        if u.talk and "talk" not in u.slots:
            u.slots["talk"] = u.talk.title
        if u.question and u.intent in (Intent.ASK, Intent.LIST_TALKS) and "topic" not in u.slots:
            topic = " ".join(u.question.words[:8])
            if topic:
                u.slots["topic"] = topic
        if not u.understood:
            u.understood = u.intent
        u.confidence = float(u.confidence) if not math.isnan(u.confidence) else 0.0
        return u
