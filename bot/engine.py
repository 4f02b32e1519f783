"""The engine: one object, one main call. A turn goes in, a reply comes out.

Channels (HTTP API, web chat, Slack, Lex) build a `TurnInput` and translate the
`TurnResult`; the engine never knows who called. The question is embedded once
per turn and that vector serves intent, retrieval, sentence choice and the gate.
"""

from __future__ import annotations

import time
import uuid

import numpy as np

from bot.answering import answerer
from bot.answering.compose import citation, compose, join_speakers
from bot.answering.query import analyse
from bot.dialogue import followup, replies
from bot.dialogue.definition import BotDefinition, load_definition
from bot.dialogue.nlu import IntentClassifier, Understanding, classify
from bot.gazetteer import Gazetteer, TalkRef
from bot.knowledge import Knowledge
from bot.retrieval.hybrid import Filters
from bot.schemas import AskResponse, Button, Citation, DocumentInfo, SearchHit, TalkInfo
from bot.sessions.base import SessionStore
from bot.settings import Settings
from bot.turns import DialogueState, HistoryTurn, TurnInput, TurnResult


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
        text = turn.text.strip()
        qvec = self.knowledge.embed(text)
        understanding = self._understand(text, qvec, turn, state)
        reply, elicit = self._dispatch(text, qvec, understanding, state)
        reply.session_id = session_id
        reply.latency_ms = round((time.perf_counter() - started) * 1000, 2)
        self._remember(state, text, reply)
        if turn.state is None:
            self.sessions.put(session_id, state)
        return TurnResult(reply=reply, state=state, elicit_slot=elicit)

    def _understand(
        self, text: str, qvec: np.ndarray, turn: TurnInput, state: DialogueState
    ) -> Understanding:
        if state.pending_intent and state.pending_slot:
            filled = self._fill_pending(text, state)
            if filled:
                return filled
            state.pending_intent = state.pending_slot = None
        if turn.intent:
            found = classify(text, qvec, self.classifier, self.gazetteer)
            slots = {**found.slots, **{k: v for k, v in turn.slots.items() if v}}
            return Understanding(turn.intent, slots, 1.0)
        found = classify(text, qvec, self.classifier, self.gazetteer)
        found.slots.update({k: v for k, v in turn.slots.items() if v})
        return found

    def _fill_pending(self, text: str, state: DialogueState) -> Understanding | None:
        slot = state.pending_slot
        slots = dict(state.pending_slots)
        if slot == "talk":
            talks = self.gazetteer.talks_in(text, cutoff=75)
            if talks:
                slots["talk"] = talks[0].title
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
            return self._list_talks(text, qvec, u, state), None
        if intent == "summarize_talk":
            return self._summarize(text, qvec, u, state)
        if intent == "speaker_info":
            return self._speaker_info(text, qvec, u, state)
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
        if followup.asks_who_gave_it(text) and state.last_sources:
            return self._who_gave(state)
        if followup.asks_where_when(text) and state.last_sources:
            return self._where_when(state)
        query_text = (
            followup.rewrite(text, state)
            if followup.is_followup(text) or len(text.split()) <= 8
            else text
        )
        vec = qvec if query_text == text else self.knowledge.embed(query_text)
        exclude = set(state.last_sources) if followup.asks_what_else(text) else None
        reply = self._answer(query_text, vec, slots, state, exclude=exclude, carry=True)
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
        carried = self._sources_for(slots, state, carry=carry) if not named else named
        speaker = slots.get("speaker") or (
            state.speaker if carry and followup.is_followup(question) else None
        )
        attempts: list[Filters] = []
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
        if section.speakers:
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
        return "The notes don't cover that. " + (
            f"The closest topics they do cover: {close}." if close else ""
        )

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

    def _where_when(self, state: DialogueState) -> AskResponse:
        passage = self.knowledge.passages[state.last_sources[0]]
        doc = self.knowledge.doc_of(passage)
        when = self.knowledge.when(doc.source)
        place = ", ".join(x for x in (doc.venue, doc.city) if x)
        text = (
            f"That was at {doc.conference}"
            + (f", {place}" if place else "")
            + (f", on {when}." if when else ".")
        )
        return self._simple(
            "ask_question", text, citations=[citation(self.knowledge, passage.id, 1.0)]
        )

    def _list_talks(
        self, text: str, qvec: np.ndarray, u: Understanding, state: DialogueState
    ) -> AskResponse:
        sources = self._sources_for(u.slots, state, carry=followup.is_followup(text))
        talks = [t for t in self.gazetteer.talks if not sources or t.source in sources]
        speaker = u.slots.get("speaker")
        if speaker:
            talks = [t for t in talks if speaker in t.speakers]
        topic = u.slots.get("topic")
        if topic and not speaker:
            hits = self.knowledge.search(
                topic,
                self.knowledge.embed(topic),
                Filters(sources=frozenset(sources)) if sources else Filters(),
                k=12,
            )
            ranked = []
            for hit in hits:
                if hit.dense < 0.35:
                    continue
                sid = self.knowledge.passages[hit.passage_id].section_id
                if sid not in ranked:
                    ranked.append(sid)
            by_id = {t.section_id: t for t in talks}
            talks = [by_id[s] for s in ranked if s in by_id][:8] or talks
        if not talks:
            return self._simple(
                "list_talks",
                "I found no talks matching that in the notes.",
                answered=False,
                slots=u.slots,
            )
        head = (
            "Talks"
            + (f" by {speaker}" if speaker else "")
            + (f" on {topic}" if topic and not speaker else "")
            + ":"
        )
        lines = [replies.talk_line(self.knowledge, t) for t in talks[:15]]
        return self._simple(
            "list_talks",
            head + "\n" + "\n".join(lines),
            slots=u.slots,
            buttons=replies.talk_buttons(talks, 3),
        )

    def _summarize(
        self, text: str, qvec: np.ndarray, u: Understanding, state: DialogueState
    ) -> tuple[AskResponse, str | None]:
        talk = self._resolve_talk(text, qvec, u, state)
        if talk is None:
            sources = self._sources_for(u.slots, state, carry=True)
            options = [t for t in self.gazetteer.talks if not sources or t.source in sources]
            if state.prompts_for_pending >= 1:
                state.prompts_for_pending = 0
                return self._simple(
                    "summarize_talk",
                    "I couldn't tell which talk you mean. Try naming its title, or ask me to list the talks.",
                    answered=False,
                ), None
            state.pending_intent, state.pending_slot = "summarize_talk", "talk"
            state.pending_slots = {k: v for k, v in u.slots.items() if k != "talk"}
            state.prompts_for_pending += 1
            prompt = next(
                s.prompt for s in self.definition.intent("summarize_talk").slots if s.name == "talk"
            )
            return self._simple(
                "summarize_talk",
                prompt or "Which talk?",
                replies.talk_buttons(options, 5),
                answered=False,
                slots=u.slots,
            ), "talk"
        state.prompts_for_pending = 0
        body, cites = replies.summary(self.knowledge, talk)
        slots = {
            **u.slots,
            "talk": talk.title,
            "conference": self.gazetteer.conference_names[talk.source],
        }
        if talk.speakers:
            slots["speaker"] = talk.speakers[0]
        state.talk = talk.title
        return self._simple("summarize_talk", body, slots=slots, citations=cites), None

    def _resolve_talk(
        self, text: str, qvec: np.ndarray, u: Understanding, state: DialogueState
    ) -> TalkRef | None:
        sources = self._sources_for(u.slots, state, carry=False)
        if u.slots.get("talk"):
            found = [
                t for t in self.gazetteer.talks if t.title == u.slots["talk"]
            ] or self.gazetteer.talks_in(u.slots["talk"])
            if found:
                return found[0]
        named = self.gazetteer.talks_in(text, sources or None)
        if named:
            return named[0]
        if followup.is_followup(text) and state.talk:
            return next((t for t in self.gazetteer.talks if t.title == state.talk), None)
        speaker = u.slots.get("speaker")
        topic = u.slots.get("topic") or ""
        from bot.dialogue.nlu import topic_of

        topic = topic or topic_of(text, self.gazetteer)
        if speaker:
            talks = [
                t
                for t in self.gazetteer.talks
                if speaker in t.speakers and (not sources or t.source in sources)
            ]
            if len(talks) == 1:
                return talks[0]
        if topic and len(topic.split()) >= 1:
            filters = Filters(sources=frozenset(sources)) if sources else Filters()
            hits = self.knowledge.search(topic, self.knowledge.embed(topic), filters, k=5)
            if hits and hits[0].dense >= 0.45:
                section = self.knowledge.section_of(self.knowledge.passages[hits[0].passage_id])
                return next((t for t in self.gazetteer.talks if t.section_id == section.id), None)
        return None

    def _speaker_info(
        self, text: str, qvec: np.ndarray, u: Understanding, state: DialogueState
    ) -> tuple[AskResponse, str | None]:
        speaker = u.slots.get("speaker") or (state.speaker if followup.is_followup(text) else None)
        if not speaker:
            if state.prompts_for_pending >= 1:
                state.prompts_for_pending = 0
                return self._simple(
                    "speaker_info",
                    "I couldn't tell who you mean. Try their full name.",
                    answered=False,
                ), None
            state.pending_intent, state.pending_slot, state.pending_slots = (
                "speaker_info",
                "speaker",
                dict(u.slots),
            )
            state.prompts_for_pending += 1
            prompt = next(
                s.prompt
                for s in self.definition.intent("speaker_info").slots
                if s.name == "speaker"
            )
            buttons = [Button(text=s, value=f"Who is {s}?") for s in self.gazetteer.speakers[:5]]
            return self._simple(
                "speaker_info", prompt or "Who?", buttons, answered=False, slots=u.slots
            ), "speaker"
        state.prompts_for_pending = 0
        talks = [t for t in self.gazetteer.talks if speaker in t.speakers]
        slots = {**u.slots, "speaker": speaker}
        if talks:
            lines = [replies.talk_line(self.knowledge, t) for t in talks]
            covered = []
            for t in talks[:3]:
                body, _ = replies.summary(self.knowledge, t)
                first = body.split("\n")[1] if "\n" in body else ""
                covered.append(f'In "{t.title}": {first.lstrip("• ")}')
            text_out = (
                f"{speaker} gave {len(talks)} talk{'s' if len(talks) > 1 else ''} in the notes:\n"
                + "\n".join(lines)
            )
            text_out += "\n" + "\n".join(covered)
            pids = [p.id for p in self.knowledge.passages if p.section_id == talks[0].section_id][
                :1
            ]
            cites = [citation(self.knowledge, pid, 1.0) for pid in pids]
            return self._simple(
                "speaker_info",
                text_out,
                slots=slots,
                citations=cites,
                buttons=replies.talk_buttons(talks, 3),
            ), None
        reply = self._answer(f"{speaker}", self.knowledge.embed(f"Who is {speaker}?"), {}, state)
        reply.intent = "speaker_info"
        reply.slots = slots
        mentions = [p for p in self.knowledge.passages if speaker.split()[-1] in p.text]
        if mentions and (not reply.answered or speaker.split()[-1] not in reply.answer):
            p = mentions[0]
            reply.answer = compose(
                self.knowledge,
                [
                    answerer.Evidence(
                        p.id,
                        [s for s in p.sentences if speaker.split()[-1] in s][:2] or p.sentences[:1],
                        1.0,
                        1.0,
                        1.0,
                    )
                ],
            )
            reply.citations = [citation(self.knowledge, p.id, 1.0)]
            reply.answered = True
        return reply, None

    # ---- memory -------------------------------------------------------------------
    def _remember(self, state: DialogueState, text: str, reply: AskResponse) -> None:
        if reply.intent == "reset":
            return
        if reply.intent not in ("greeting", "help", "goodbye", "thanks", "out_of_scope"):
            for slot in ("conference", "speaker", "talk"):
                if reply.slots.get(slot):
                    setattr(state, slot, reply.slots[slot])
            if reply.citations and reply.intent == "ask_question":
                ids = [self._pid_of(c) for c in reply.citations]
                state.last_sources = [i for i in ids if i is not None]
                state.shown = list(dict.fromkeys(state.shown + state.last_sources))[-50:]
                section_speaker = reply.citations[0].speaker
                if section_speaker and not reply.slots.get("speaker"):
                    state.speaker = section_speaker.split(",")[0].split(" and ")[0]
            if reply.intent == "ask_question" and reply.answered and not followup.MORE.search(text):
                state.last_question = text
                topic = reply.slots.get("topic")
                if topic:
                    state.topic = topic
        state.last_intent = reply.intent
        state.history.append(
            HistoryTurn(
                user=text,
                bot=reply.answer,
                intent=reply.intent,
                answered=reply.answered,
                citations=reply.citations,
                buttons=reply.buttons,
            )
        )
        state.history = state.history[-self.settings.history_turns :]
        state.updated_at = time.time()

    def _pid_of(self, cite: Citation) -> int | None:
        for p in self.knowledge.passages:
            if (
                p.source == cite.source
                and cite.snippet.rstrip(" …")
                and p.text.startswith(cite.snippet.rstrip(" …")[:80])
            ):
                return p.id
        return None

    # ---- other views --------------------------------------------------------------
    def search(self, q: str, k: int = 10) -> list[SearchHit]:
        hits = self.knowledge.search(q, self.knowledge.embed(q), Filters(), k=k)
        out = []
        for hit in hits:
            c = citation(self.knowledge, hit.passage_id, hit.score)
            out.append(
                SearchHit(
                    chunk_id=hit.passage_id,
                    text=self.knowledge.passages[hit.passage_id].text,
                    score=round(hit.score, 5),
                    source=c.source,
                    title=c.title,
                    conference=c.conference,
                    date=c.date,
                    section=c.section,
                    speaker=c.speaker,
                )
            )
        return out

    def documents(self) -> list[DocumentInfo]:
        out = []
        for source, doc in self.knowledge.documents.items():
            talks = []
            for s in sorted(
                (s for s in self.knowledge.sections.values() if s.source == source),
                key=lambda s: s.idx,
            ):
                if not s.title and not s.speakers:
                    continue
                count = sum(1 for p in self.knowledge.passages if p.section_id == s.id)
                talks.append(
                    TalkInfo(
                        title=s.title or "(untitled session)",
                        speakers=s.speakers,
                        handles=s.handles,
                        passages=count,
                    )
                )
            out.append(
                DocumentInfo(
                    source=source,
                    title=doc.title,
                    conference=doc.conference,
                    date=doc.date if doc.date_precision == "day" else None,
                    venue=doc.venue,
                    city=doc.city,
                    kind=doc.kind if doc.kind in ("notes", "book") else "notes",
                    source_url=doc.source_url,
                    talks=talks,
                )
            )
        return out

    def suggestions(self) -> list[str]:
        return replies.suggestions(self.knowledge, self.gazetteer)
