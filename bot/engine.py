"""The engine: one object, one main call. A turn goes in, a reply comes out.

Channels (HTTP API, web chat, Slack, Lex) build a `TurnInput` and translate the
`TurnResult`; the engine never knows who called. The question is embedded once
per turn and that vector serves intent, retrieval, sentence choice and the gate.
"""

from __future__ import annotations

import time
import uuid

import numpy as np

from bot import catalog
from bot.answering import acronyms, answerer, focus
from bot.answering.compose import citation, compose, join_speakers
from bot.answering.query import analyse, asks_for_speaker, asks_who_said
from bot.answering.spelling import Speller
from bot.dialogue import followup, memory, replies, talks
from bot.dialogue.definition import BotDefinition, load_definition
from bot.dialogue.nlu import NEAR_NOTES, IntentClassifier, Understanding, classify
from bot.gazetteer import Gazetteer
from bot.knowledge import Knowledge
from bot.retrieval.hybrid import Filters
from bot.schemas import AskResponse, Button, Citation, DocumentInfo, SearchHit
from bot.sessions.base import SessionStore
from bot.settings import Settings
from bot.text import content_terms
from bot.turns import DialogueState, TurnInput, TurnResult

# A follow-up has its own subject when its topic has a word this rare (idf 4: used by
# fewer than 2% of passages). "What does the name mean?" has none and leans on the last
# turn; "How much did the cloud IDE cost?" does not.
SUBJECT_IDF = 4.0
SHORT = 6  # words: "How long are messages kept?" after "What is SQS?" is about SQS


class Engine:
    def __init__(
        self,
        settings: Settings,
        knowledge: Knowledge,
        sessions: SessionStore,
        definition: BotDefinition,
    ) -> None:
        self.settings = settings
        self.knowledge = knowledge
        self.sessions = sessions
        self.definition = definition
        self.gazetteer = Gazetteer.build(knowledge)
        self.speller = Speller(knowledge.window_words)
        self.classifier = IntentClassifier(
            definition, lambda texts: knowledge.embedder.encode(texts)
        )  # type: ignore[attr-defined]

    @classmethod
    def load(cls, settings: Settings, sessions: SessionStore | None = None) -> Engine:
        from bot.sessions.redis_store import open_store

        knowledge = Knowledge.load(settings)
        store = sessions or open_store(settings.session_url, settings.session_ttl_seconds)
        return cls(settings, knowledge, store, load_definition(settings.bot_definition))

    # ---- the main call --------------------------------------------------------
    def turn(self, turn: TurnInput) -> TurnResult:
        started = time.perf_counter()
        session_id = turn.session_id or uuid.uuid4().hex
        state = (
            turn.state
            if turn.state is not None
            else (self.sessions.get(session_id) or DialogueState())
        )
        said = turn.text.strip()
        text = self.speller.correct(said)  # "objcet" -> "object"; the history keeps `said`
        text = acronyms.spell_out(text, self.knowledge.abbreviations)  # "... Storage (rrs)"
        qvec = self.knowledge.embed(text)
        understanding = self._understand(text, qvec, turn, state)
        reply, elicit = self._dispatch(text, qvec, understanding, state)
        reply.session_id = session_id
        reply.latency_ms = round((time.perf_counter() - started) * 1000, 2)
        memory.remember(self, state, text, reply, said=said)
        if turn.state is None:
            self.sessions.put(session_id, state)
        return TurnResult(reply=reply, state=state, elicit_slot=elicit)

    def _understand(
        self, text: str, qvec: np.ndarray, turn: TurnInput, state: DialogueState
    ) -> Understanding:
        if state.pending_intent and state.pending_slot:
            filled = self._fill_pending(text, qvec, state)
            if filled:
                return filled
            state.pending_intent = state.pending_slot = None
        in_context = bool(state.history) and (followup.is_followup(text) or len(text.split()) <= 8)
        closeness = 1.0 if in_context else self.knowledge.closeness(qvec)
        names = closeness < NEAR_NOTES and self.knowledge.names_something_it_covers(text)
        if turn.intent:
            found = classify(text, qvec, self.classifier, self.gazetteer, closeness, names)
            slots = {**found.slots, **{k: v for k, v in turn.slots.items() if v}}
            return Understanding(turn.intent, slots, 1.0)
        found = classify(text, qvec, self.classifier, self.gazetteer, closeness, names)
        found.slots.update({k: v for k, v in turn.slots.items() if v})
        return found

    def _fill_pending(
        self, text: str, qvec: np.ndarray, state: DialogueState
    ) -> Understanding | None:
        slot = state.pending_slot
        slots = dict(state.pending_slots)
        if slot == "talk":
            found = self.gazetteer.talks_in(text, cutoff=75)
            if not found and followup.is_short_reply(text):  # "the chaos one"
                about = talks.talk_about(self, text, qvec)
                found = [about] if about else []
            if found:
                slots["talk"] = found[0].title
                return Understanding(state.pending_intent or "summarize_talk", slots, 1.0)
        if slot == "speaker":
            people = self.gazetteer.people_in(text)
            if people:
                slots["speaker"] = people[0]
                return Understanding(state.pending_intent or "speaker_info", slots, 1.0)
        return None

    # ---- intents ----------------------------------------------------------------
    def _dispatch(
        self, text: str, qvec: np.ndarray, u: Understanding, state: DialogueState
    ) -> tuple[AskResponse, str | None]:
        intent = u.intent
        if intent == "reset":
            fresh = DialogueState()
            state.__dict__.update(fresh.__dict__)
            return self._simple(intent, self._reply_text("reset")), None
        if intent in ("greeting", "help"):
            examples = replies.suggestions(self.knowledge, self.gazetteer)
            body = (
                self._reply_text(intent)
                + "\nYou could ask:\n"
                + "\n".join(f"• {q}" for q in examples)
            )
            return self._simple(
                intent, body, [Button(text=q[:60], value=q) for q in examples[:3]]
            ), None
        if intent in ("goodbye", "thanks"):
            return self._simple(intent, self._reply_text(intent)), None
        if intent == "out_of_scope":
            return self._simple(intent, self._reply_text(intent), answered=False), None
        if intent == "list_conferences":
            return self._simple(
                intent, replies.list_conferences(self.knowledge, self.gazetteer)
            ), None
        if intent == "list_talks":
            return talks.list_talks(self, text, qvec, u, state), None
        if intent == "summarize_talk":
            return talks.summarize(self, text, qvec, u, state)
        if intent == "speaker_info":
            return talks.speaker_info(self, text, qvec, u, state)
        return self._ask(text, qvec, u, state), None

    def _reply_text(self, intent: str) -> str:
        spec = self.definition.intent(intent)
        return spec.replies[0] if spec.replies else ""

    def _simple(
        self,
        intent: str,
        text: str,
        buttons: list[Button] | None = None,
        answered: bool = True,
        slots: dict[str, str] | None = None,
        citations: list[Citation] | None = None,
    ) -> AskResponse:
        return AskResponse(
            session_id="",
            answer=text,
            answered=answered,
            intent=intent,
            slots=slots or {},
            citations=citations or [],
            buttons=buttons or [],
            latency_ms=0.0,
        )

    def _sources_for(self, slots: dict[str, str], state: DialogueState, carry: bool) -> list[str]:
        conference = slots.get("conference") or (state.conference if carry else None)
        return [s for s, name in self.gazetteer.conference_names.items() if name == conference]

    def _ask(
        self, text: str, qvec: np.ndarray, u: Understanding, state: DialogueState
    ) -> AskResponse:
        slots = dict(u.slots)
        if followup.MORE.search(text) and state.last_question:
            return self._answer(
                state.last_question,
                self.knowledge.embed(state.last_question),
                slots,
                state,
                exclude=set(state.shown),
                carry=True,
            )
        if (
            followup.asks_who_gave_it(text) or followup.asks_which_talk(text)
        ) and state.last_sources:
            return self._who_gave(state)
        if followup.asks_where_when(text) and state.last_sources:
            return self._where_when(state.last_sources[0], "That was")
        named = self._sources_for(slots, state, carry=False)
        if len(named) == 1 and followup.asks_where_when_of_event(text, slots.get("topic", "")):
            first = next(p.id for p in self.knowledge.passages if p.source == named[0])
            return self._where_when(first, f"{slots['conference']} was")
        query_text, vec = text, qvec
        leans = followup.is_followup(text) or len(text.split()) <= 8
        if leans and state.last_question:
            # Blend in the previous question's vector rather than re-embedding a rewrite;
            # a follow-up with its own subject keeps most of its own meaning.
            topic = content_terms(u.slots.get("topic") or "")
            own_subject = (
                len(topic) >= 2
                and max(map(self.knowledge.term_idf, topic)) >= SUBJECT_IDF
                and len(text.split()) > SHORT
            )
            # "And Libra?" after "What is Picsou?": a new name is a new subject
            names = focus.named_terms(text, self.knowledge.name_skip)
            own_subject = own_subject or any(
                n.lower() not in state.last_question.lower() for n in names
            )
            query_text = text if own_subject else followup.rewrite(text, state)
            previous = self.knowledge.embed(state.last_question)
            vec = qvec + (0.35 if own_subject else 0.6) * previous
            vec = vec / (np.linalg.norm(vec) or 1.0)
        exclude = set(state.last_sources) if followup.asks_what_else(text) else None
        reply = self._answer(query_text, vec, slots, state, exclude=exclude, carry=True)
        if query_text != text:
            reply._leaned = True
        return reply

    def _answer(
        self,
        question: str,
        qvec: np.ndarray,
        slots: dict[str, str],
        state: DialogueState,
        exclude: set[int] | None = None,
        carry: bool = False,
    ) -> AskResponse:
        query = analyse(question)
        named = self._sources_for(slots, state, carry=False)
        carried = named or self._sources_for(slots, state, carry=carry)
        speaker = slots.get("speaker") or (
            state.speaker if carry and followup.is_followup(question) else None
        )
        if slots.get("speaker") and named:
            absent = talks.speaker_absent(self, slots["speaker"], named, question, slots)
            if absent is not None:
                return absent
        attempts: list[Filters] = []
        described = self.gazetteer.talks_described(question, carried or None)
        named_talks = described or [
            t
            for t in self.gazetteer.talks
            if t.title == slots.get("talk") and (not carried or t.source in carried)
        ]
        if len(named_talks) == 1 and asks_for_speaker(question):
            reply = talks.talk_speakers(self, named_talks[0], slots)
            if reply is not None:
                return reply
        if 0 < len(named_talks) <= 2:  # "the active-active talk", or by title: look there first
            sections = frozenset(t.section_id for t in named_talks)
            attempts.append(Filters(sources=frozenset(carried) or None, section_ids=sections))
        if carried:
            attempts.append(
                Filters(
                    sources=frozenset(carried), section_ids=self._speaker_sections(speaker, carried)
                )
            )
            attempts.append(Filters(sources=frozenset(carried)))
        elif speaker:
            attempts.append(Filters(section_ids=self._speaker_sections(speaker, None)))
        attempts.append(Filters())
        if named:
            attempts = [a for a in attempts if a.sources]  # the user named the event: stay in it
        if 0 < len(described) <= 2:
            attempts = attempts[:1]  # "according to the active-active talk": only that talk
        attempts = list(dict.fromkeys(attempts))  # no speaker: two of them are the same search
        result = None
        for filters in attempts:
            if filters.section_ids is not None and not filters.section_ids:
                continue
            result = answerer.answer(
                self.knowledge, query, qvec, filters, exclude, self.settings.answer_threshold
            )
            if result.answered:
                break
        assert result is not None
        if (
            result.answered
            and speaker
            and not slots.get("speaker")
            and followup.names_a_person(question)
        ):  # "what else did he say?": from his talks, never someone else's
            his = self._speaker_sections(speaker, None)
            section = self.knowledge.passages[result.evidence[0].passage_id].section_id
            result.answered = not his or section in his
        if query.expects == "person" and result.answered:
            text = self._person_answer(result, query)
        else:
            text = compose(self.knowledge, result.evidence) if result.answered else ""
        if not result.answered:
            text = self._decline(result)
            return self._simple("ask_question", text, answered=False, slots=slots, citations=[])
        cites = [citation(self.knowledge, e.passage_id, result.confidence) for e in result.evidence]
        return self._simple("ask_question", text, slots=slots, citations=cites)

    def _person_answer(self, result: answerer.Answer, query) -> str:  # type: ignore[no-untyped-def]
        best = result.evidence[0]
        body = compose(self.knowledge, result.evidence)
        names = self.gazetteer.people_in(" ".join(best.sentences))
        if names:
            return body
        section = self.knowledge.section_of(self.knowledge.passages[best.passage_id])
        if section.speakers and asks_who_said(query.text):  # not "who founded Gremlin?"
            who = join_speakers(section.speakers)
            return f"{who}. {body}"
        return body

    def _decline(self, result: answerer.Answer) -> str:
        topics: list[str] = []
        for hit in result.hits[:6]:
            section = self.knowledge.section_of(self.knowledge.passages[hit.passage_id])
            doc = self.knowledge.documents[section.source]
            label = f'"{section.title}" ({doc.conference})' if section.title else doc.conference
            if label not in topics:
                topics.append(label)
        close = "; ".join(topics[:3])
        text = "The notes don't cover that."
        if result.unmentioned:
            names = " or ".join(", ".join(result.unmentioned).rsplit(", ", 1))
            text = f"The notes don't cover that: they never mention {names}."
        return text + (f" The closest topics they do cover: {close}." if close else "")

    def _speaker_sections(
        self, speaker: str | None, sources: list[str] | None
    ) -> frozenset[int] | None:
        if not speaker:
            return None
        return frozenset(
            s.id
            for s in self.knowledge.sections.values()
            if speaker in s.speakers and (not sources or s.source in sources)
        )

    def _who_gave(self, state: DialogueState) -> AskResponse:
        passage = self.knowledge.passages[state.last_sources[0]]
        section = self.knowledge.section_of(passage)
        doc = self.knowledge.doc_of(passage)
        when = self.knowledge.when(doc.source)
        if not section.speakers:
            text = f"The notes don't name the speaker of that part of {doc.conference}."
        else:
            title = f' "{section.title}"' if section.title else ""
            text = (
                f"{join_speakers(section.speakers)} gave that talk{title} at {doc.conference}"
                + (f" ({when})." if when else ".")
            )
        cites = [citation(self.knowledge, passage.id, 1.0)]
        return self._simple(
            "ask_question",
            text,
            citations=cites,
            answered=bool(section.speakers),
            slots={"speaker": section.speakers[0]} if section.speakers else {},
        )

    def _where_when(self, passage_id: int, lead: str) -> AskResponse:
        """Where and when, from the event's metadata: "That was at ...", "X was at ..."."""
        passage = self.knowledge.passages[passage_id]
        doc = self.knowledge.doc_of(passage)
        when = self.knowledge.when(doc.source)
        place = ", ".join(dict.fromkeys(x for x in (doc.venue, doc.city) if x))
        where = [doc.conference] if lead == "That was" else []
        where += [place] if place else []
        text = (
            lead + (f" at {', '.join(where)}" if where else "") + (f", on {when}." if when else ".")
        )
        return self._simple(
            "ask_question", text, citations=[citation(self.knowledge, passage.id, 1.0)]
        )

    # ---- other views ------------------------------------------------------------
    def search(self, q: str, k: int = 10) -> list[SearchHit]:
        return catalog.search(self.knowledge, q, k)

    def documents(self) -> list[DocumentInfo]:
        return catalog.documents(self.knowledge)

    def suggestions(self) -> list[str]:
        return replies.suggestions(self.knowledge, self.gazetteer)
