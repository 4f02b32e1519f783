"""What the bot does with an understood turn: one act per intent.

Small talk gets the bot definition's replies; listings, summaries and speaker
profiles come from the index's structure; questions go to the answerer. A slot
an act needs and the turn did not give is asked for, with buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from bot.answering import generate, metadata, render
from bot.answering.answerer import Answerer
from bot.answering.types import BROAD, Answer, Question
from bot.dialogue.definition import BotDefinition
from bot.dialogue.gazetteer import Gazetteer, talk_key
from bot.dialogue.understanding import Understanding
from bot.retrieval.knowledge import Knowledge
from bot.schemas import SMALL_TALK, AskResponse, Button, Citation, Intent

BUTTON_CHARS = 50
MAX_BUTTONS = 12


@dataclass
class Outcome:
    reply: AskResponse
    elicit: str | None = None
    listed: list[str] = field(default_factory=list)  # talks shown as a list ("source#id")
    answer: Answer | None = None


TALK_POINTS = 3  # key points shown with a person's one talk


def clip(text: str, limit: int = BUTTON_CHARS) -> str:
    """A label that fits a button: shortened at a word, never dropped."""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


class Policy:
    def __init__(
        self,
        knowledge: Knowledge,
        gazetteer: Gazetteer,
        definition: BotDefinition,
        answerer: Answerer,
        ablate: frozenset[str] = frozenset(),
    ) -> None:
        self.knowledge = knowledge
        self.gazetteer = gazetteer
        self.definition = definition
        self.answerer = answerer
        self.people = "people" not in ablate  # handles and mentioned people (`--ablate`)

    def reply_text(self, intent: str) -> str:
        try:
            spec = self.definition.intent(intent)
        except KeyError:
            return self.definition.responses.get(intent, "")
        return spec.replies[0] if spec.replies else ""

    def simple(
        self,
        intent: str,
        text: str,
        answered: bool = True,
        citations: list[Citation] | None = None,
        buttons: list[Button] | None = None,
        slots: dict[str, str] | None = None,
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

    def act(self, u: Understanding) -> Outcome:
        if u.absent_event and u.intent not in SMALL_TALK:
            text = f"The notes have nothing from {u.absent_event}.\n{self.events()}"
            return Outcome(self.simple(u.intent, text, False, slots=u.slots))
        return ACTS[Intent(u.intent)](self, u)

    def greet(self, u: Understanding) -> Outcome:
        examples = self.suggestions()
        text = (
            self.reply_text(u.intent) + "\nYou could ask:\n" + "\n".join(f"• {q}" for q in examples)
        )
        buttons = [Button(text=clip(q, 60), value=q) for q in examples[:3]]
        return Outcome(self.simple(u.intent, text, buttons=buttons))

    def reply(self, u: Understanding) -> Outcome:
        return Outcome(self.simple(u.intent, self.reply_text(u.intent)))

    def refuse(self, u: Understanding) -> Outcome:
        return Outcome(self.simple(u.intent, self.reply_text(u.intent), answered=False))

    def list_conferences(self, u: Understanding) -> Outcome:
        return Outcome(self.simple(u.intent, self.events()))

    # ---- acts ------------------------------------------------------------------
    def events(self) -> str:
        lines = ["The notes cover these events:"]
        for source, doc in self.knowledge.documents.items():
            talks = sum(1 for t in self.gazetteer.talks if t.source == source)
            when = self.knowledge.when(source)
            place = ", ".join(dict.fromkeys(x for x in (doc.venue, doc.city) if x))
            kind = "chapters" if doc.kind == "book" else "talks"
            details = "; ".join(x for x in (when, place, f"{talks} {kind}") if x)
            lines.append(f"• {doc.conference} ({details})")
        return "\n".join(lines)

    def suggestions(self, limit: int = 4) -> list[str]:
        """Example questions drawn from the notes' own talks and speakers."""
        out: list[str] = []
        for source in self.knowledge.documents:
            talks = [t for t in self.gazetteer.talks if t.source == source]
            if not talks:
                continue
            talk = talks[min(1, len(talks) - 1)]
            if talk.speakers and len(out) % 2:
                out.append(f"What did {talk.speakers[0]} talk about?")
            else:
                out.append(f'Summarise "{talk.title}"')
            if len(out) >= limit:
                break
        out.append("Which events do you have notes from?")
        return out

    def _elicit(self, u: Understanding, slot: str, prompt: str, values: list[str]) -> Outcome:
        buttons = [Button(text=clip(v), value=v) for v in values[:MAX_BUTTONS]]
        reply = self.simple(u.intent, prompt, answered=False, buttons=buttons, slots=u.slots)
        return Outcome(reply, elicit=slot)

    def _prompt(self, intent: str, slot: str, default: str) -> str:
        spec = self.definition.intent(intent)
        return next((s.prompt for s in spec.slots if s.name == slot and s.prompt), None) or default

    def _gave_nothing(self, u: Understanding) -> Outcome | None:
        """ "What did X present?" about a person the notes only mention (quoted, in the
        audience, an organiser): they gave no talk, which is the answer, not a talk of
        someone else's that mentions them."""
        if not (self.people and u.asks_gave and u.speaker):
            return None
        if self.knowledge.people.get(u.speaker, True):
            return None
        found = metadata.speaker_profile(self.knowledge, u.speaker)
        text = f"The notes have no talk by {u.speaker}; they only mention them."
        mention = [c.snippet for c in found.citations[:1] if c.snippet]
        text = " ".join([text, *(f"They say: {m}" for m in mention)])
        return Outcome(self.simple(u.intent, text, False, found.citations[:1], slots=u.slots))

    def list_talks(self, u: Understanding) -> Outcome:
        if (nothing := self._gave_nothing(u)) is not None:
            return nothing
        if u.asks_where_when and len(u.sources) == 1 and u.question is not None:
            return self.ask(u)  # "when was X?" names an event but asks for no listing
        talks = metadata.talks(self.knowledge)
        heading = "Talks"
        if u.sources:
            talks = [t for t in talks if t.source in u.sources]
            events = dict.fromkeys(self.gazetteer.event_names[s] for s in u.sources)
            heading += " at " + ", ".join(events)
        if u.speaker:
            talks = [t for t in talks if u.speaker in t.speakers]
            heading += f" by {u.speaker}"
        topic = u.question.words if u.question else ()
        if topic and u.question is not None:  # "talks at the summit on chaos engineering"
            on = self._talks_on(u.question, talks)
            if on or not (u.sources or u.speaker):  # words that match no talk filter nothing
                talks, heading = on, f"{heading} on {' '.join(topic)}"
        elif not (u.sources or u.speaker) and len(self.gazetteer.events()) > 1:
            names = self.gazetteer.events()
            return self._elicit(
                u, "conference", self._prompt(u.intent, "conference", "Which event?"), names
            )
        found = metadata.listing(self.knowledge, talks, heading, "The notes list no such talks.")
        listed = [talk_key(self.knowledge, i) for i in found.listed]
        text, citations = self._with_points(u, found.listed, found.text, found.citations)
        reply = self.simple(u.intent, text, found.answered, citations, slots=u.slots)
        return Outcome(reply, listed=listed)

    def _with_points(
        self, u: Understanding, listed: list[int], text: str, citations: list[Citation]
    ) -> tuple[str, list[Citation]]:
        """A person's one talk comes with its key points: "what did he talk about?" asks
        what was said, and a title alone does not say it."""
        if not (u.speaker and len(listed) == 1 and u.question is not None):
            return text, citations
        q = u.question
        scope = replace(q.scope, sections=frozenset(listed), speaker=None, sources=None)
        answer = self.answerer.answer(_broad_overview(replace(q, scope=scope)))
        if not answer.points:
            return text, citations
        points = [f"• {render.body(p)}" for p in answer.points[:TALK_POINTS]]
        extra = render.citations(self.knowledge, answer)[:TALK_POINTS]
        return "\n".join([text, "Key points:", *points]), [*citations, *extra]

    def _talks_on(self, q: Question, talks: list) -> list:  # type: ignore[type-arg]
        """Talks whose passages best match a topic, in order of how well."""
        allowed = {t.id for t in talks}
        hits = self.knowledge.search(list(q.words), q.vector, k=24)
        order: list[int] = []
        for hit in hits:
            section = self.knowledge.passages[hit.passage_id].section_id
            if section in allowed and section not in order and hit.dense >= 0.3:
                order.append(section)
        return [self.knowledge.sections[s] for s in order[:8]]

    def summarize(self, u: Understanding) -> Outcome:
        if u.talk is None and u.question is not None and u.question.words:
            return self.ask(u)  # "summarise what was said about X": a broad question, no talk
        if u.talk is None or u.question is None:
            titles = [
                t.title for t in self.gazetteer.talks if not u.sources or t.source in u.sources
            ]
            return self._elicit(u, "talk", self._prompt(u.intent, "talk", "Which talk?"), titles)
        answer = self.answerer.answer(_broad_overview(u.question))
        if not answer.points:  # nothing on what was asked within the talk: a question there
            return self.ask(u)
        citations = render.citations(self.knowledge, answer)
        section = self.knowledge.sections[u.talk.section_id]
        who = f" ({render.join_names(list(section.speakers))})" if section.speakers else ""
        where = render.event_phrase(self.knowledge, section.source)
        title = f'"{section.title}"' if section.title else "the untitled session"
        head = f"Key points of {title}{who}, {where}:"
        lines = [head] + [f"• {render.body(p)}" for p in answer.points]
        reply = self.simple(
            u.intent, "\n".join(lines), bool(answer.points), citations, slots=u.slots
        )
        return Outcome(reply, answer=answer)

    def speaker_info(self, u: Understanding) -> Outcome:
        if (nothing := self._gave_nothing(u)) is not None:
            return nothing
        if not u.speaker and u.asks_who_gave and u.talk is not None:
            return self.ask(u)  # "who gave it?": the talk's speakers
        if u.question is not None and u.question.words:
            # "who showed the demo of X?", "what did X create?": a question, not a profile
            return self.ask(u)
        if not u.speaker:
            speakers = self.gazetteer.speakers
            return self._elicit(
                u, "speaker", self._prompt(u.intent, "speaker", "Which speaker?"), speakers
            )
        found = metadata.speaker_profile(self.knowledge, u.speaker, u.sources)
        text, citations = found.text, found.citations
        if found.answered:
            text, citations = self._with_points(u, found.listed, text, citations)
        reply = self.simple(u.intent, text, found.answered, citations, slots=u.slots)
        listed = [talk_key(self.knowledge, i) for i in found.listed]
        return Outcome(reply, listed=listed)

    def ask(self, u: Understanding) -> Outcome:
        """A question answered from the notes; the reply keeps the intent it was read as."""
        # "Who gave the opening keynote?" asks for the talk's speakers; "who spoke for the
        # Ministry of Justice in that keynote?" names something said in it.
        own = bool(u.question and u.question.names) and u.frame is None
        if u.asks_who_gave and u.talk is not None and not own:
            found = metadata.talk_speakers(self.knowledge, u.talk.section_id)
            reply = self.simple(
                u.intent, found.text, found.answered, found.citations, slots=u.slots
            )
            return Outcome(reply)
        if (nothing := self._gave_nothing(u)) is not None:
            return nothing
        if self.people and u.speaker and u.asks_handle:
            found = metadata.speaker_handles(self.knowledge, u.speaker)
            if found.answered:  # otherwise the notes' text may still give one
                return Outcome(self.simple(u.intent, found.text, True, found.citations))
        if "org" in u.refers_to and u.question is not None and not u.question.words:
            text = f"That was {u.refers_to['org']}."
            return Outcome(self.simple(u.intent, text, slots=u.slots))
        where = u.sources or ([u.talk.source] if u.talk else [])  # "where was that talk?"
        if u.asks_where_when and len(where) == 1:
            found = metadata.where_when(self.knowledge, where[0])
            reply = self.simple(
                u.intent, found.text, found.answered, found.citations, slots=u.slots
            )
            return Outcome(reply)
        assert u.question is not None
        if not u.question.words and u.frame is None and not (u.talk or u.speaker or u.sources):
            text = self.reply_text("clarify") or "What would you like to know?"
            return Outcome(self.simple(u.intent, text, False, slots=u.slots))
        answer = self.answerer.answer(u.question)
        if not answer.answered:
            return Outcome(
                self.simple(u.intent, self.decline(answer), False, slots=u.slots),
                answer=answer,
            )
        subject = " ".join(u.question.words[:4]) if answer.kind == BROAD else ""
        text = render.text(self.knowledge, answer, subject)
        citations = render.citations(self.knowledge, answer)
        reply = self.simple(u.intent, text, True, citations, slots=u.slots)
        # ---- issue 23 hook: the gate has passed this answer. With a language model
        # configured for this turn, its answer, verified against the notes, replaces the
        # extractive reply; otherwise (or on any failure) the reply is returned as is.
        reply = generate.revise(self.knowledge, u.question, answer, reply)
        return Outcome(reply, answer=answer)

    def decline(self, answer: Answer) -> str:
        topics: list[str] = []
        for pid in answer.near:
            passage = self.knowledge.passages[pid]
            section = self.knowledge.section_of(passage)
            doc = self.knowledge.doc_of(passage)
            label = f'"{section.title}" ({doc.conference})' if section.title else doc.conference
            if label not in topics:
                topics.append(label)
        text = "The notes don't cover that."
        if answer.unknown:
            text = (
                f"The notes don't cover that: they never mention {' or '.join(answer.unknown[:3])}."
            )
        close = "; ".join(topics[:3])
        return text + (f" The closest topics they do cover: {close}." if close else "")


def _broad_overview(q: Question) -> Question:
    """A talk's summary: the points nearest what the talk is mostly about."""
    return replace(q, kind=BROAD, words=(), terms=())


# One act per intent: a new intent needs its act here (tests/recipes checks every intent has one).
ACTS: dict[Intent, Callable[[Policy, Understanding], Outcome]] = {
    Intent.GREETING: Policy.greet,
    Intent.HELP: Policy.greet,
    Intent.GOODBYE: Policy.reply,
    Intent.THANKS: Policy.reply,
    Intent.RESET: Policy.reply,
    Intent.OUT_OF_SCOPE: Policy.refuse,
    Intent.LIST_CONFERENCES: Policy.list_conferences,
    Intent.LIST_TALKS: Policy.list_talks,
    Intent.SUMMARIZE: Policy.summarize,
    Intent.SPEAKER_INFO: Policy.speaker_info,
    Intent.ASK: Policy.ask,
}
