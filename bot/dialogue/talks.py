"""Talk- and speaker-centred intents: list_talks, summarize_talk, speaker_info."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from bot.answering import answerer
from bot.answering.compose import citation, compose, join_speakers
from bot.answering.query import asks_for_talk
from bot.dialogue import followup, replies
from bot.dialogue.nlu import Understanding, topic_of
from bot.gazetteer import TalkRef
from bot.retrieval.hybrid import Filters
from bot.schemas import AskResponse, Button
from bot.text import content_terms
from bot.turns import DialogueState

if TYPE_CHECKING:
    from bot.engine import Engine


SHOWN = 20  # talks listed at most (the book has 16 chapters)


def list_talks(
    engine: Engine, text: str, qvec: np.ndarray, u: Understanding, state: DialogueState
) -> AskResponse:
    sources = engine._sources_for(u.slots, state, carry=followup.is_followup(text))
    talks = [t for t in engine.gazetteer.talks if not sources or t.source in sources]
    speaker = u.slots.get("speaker")
    if speaker:
        talks = [t for t in talks if speaker in t.speakers]
    topic = u.slots.get("topic")
    if topic and not speaker:
        hits = engine.knowledge.search(
            topic,
            engine.knowledge.embed(topic),
            Filters(sources=frozenset(sources)) if sources else Filters(),
            k=12,
        )
        ranked = []
        for hit in hits:
            if hit.dense < 0.35:
                continue
            sid = engine.knowledge.passages[hit.passage_id].section_id
            if sid not in ranked:
                ranked.append(sid)
        by_id = {t.section_id: t for t in talks}
        talks = [by_id[s] for s in ranked if s in by_id][:8]  # none on the topic: say so
    if not talks:
        return engine._simple(
            "list_talks",
            f"I found no talks on {topic} in the notes."
            if topic
            else "I found no talks matching that in the notes.",
            answered=False,
            slots=u.slots,
        )
    books = all(engine.knowledge.documents[t.source].kind == "book" for t in talks)
    head = (
        ("Chapters" if books else "Talks")
        + (f" by {speaker}" if speaker else "")
        + (f" on {topic}" if topic and not speaker else "")
        + f" ({len(talks)}{f', the first {SHOWN} shown' if len(talks) > SHOWN else ''}):"
    )  # "how many talks did he give?" is answered by the count
    lines = [replies.talk_line(engine.knowledge, t) for t in talks[:SHOWN]]
    state.listed = [t.title for t in talks[:SHOWN]]
    return engine._simple(
        "list_talks",
        head + "\n" + "\n".join(lines),
        slots=u.slots,
        buttons=replies.talk_buttons(talks, 3),
    )


def summarize(
    engine: Engine, text: str, qvec: np.ndarray, u: Understanding, state: DialogueState
) -> tuple[AskResponse, str | None]:
    talk = resolve_talk(engine, text, qvec, u, state)
    if talk is None:
        sources = engine._sources_for(u.slots, state, carry=True)
        options = [t for t in engine.gazetteer.talks if not sources or t.source in sources]
        if state.prompts_for_pending >= 1:
            state.prompts_for_pending = 0
            return engine._simple(
                "summarize_talk",
                "I couldn't tell which talk you mean. "
                "Try naming its title, or ask me to list the talks.",
                answered=False,
            ), None
        state.pending_intent, state.pending_slot = "summarize_talk", "talk"
        state.pending_slots = {k: v for k, v in u.slots.items() if k != "talk"}
        state.prompts_for_pending += 1
        prompt = next(
            s.prompt for s in engine.definition.intent("summarize_talk").slots if s.name == "talk"
        )
        return engine._simple(
            "summarize_talk",
            prompt or "Which talk?",
            replies.talk_buttons(options, 5),
            answered=False,
            slots=u.slots,
        ), "talk"
    state.prompts_for_pending = 0
    body, cites = replies.summary(engine.knowledge, talk, _focus(engine, text, qvec, talk))
    slots = {**u.slots, "talk": talk.title}  # the reply reports what the user referred to
    state.talk = talk.title
    state.conference = engine.gazetteer.conference_names[talk.source]
    if talk.speakers:
        state.speaker = talk.speakers[0]
    return engine._simple("summarize_talk", body, slots=slots, citations=cites), None


_SUMMARY_WORDS = frozenset(
    {
        *("summary", "summari", "summarise", "summarize", "short", "brief", "quick"),
        *("key", "point", "main", "takeaway", "highlight", "overview", "recap", "gist"),
        *("sum", "tldr", "approach", "describ", "cover"),
    }
)


def _focus(engine: Engine, text: str, qvec: np.ndarray, talk: TalkRef) -> np.ndarray | None:
    """The question's vector when it asks about something narrower than the whole talk."""
    title = set(content_terms(talk.title))
    rest = [
        t
        for t in content_terms(topic_of(text, engine.gazetteer))
        if t not in title and t not in _SUMMARY_WORDS
    ]
    return qvec if rest else None


def resolve_talk(
    engine: Engine, text: str, qvec: np.ndarray, u: Understanding, state: DialogueState
) -> TalkRef | None:
    sources = engine._sources_for(u.slots, state, carry=False)
    described = engine.gazetteer.talks_described(text, sources or None)
    if len(described) == 1:  # "the VPC chapter": more telling than a fuzzy title match
        return described[0]
    if u.slots.get("talk"):
        found = [
            t for t in engine.gazetteer.talks if t.title == u.slots["talk"]
        ] or engine.gazetteer.talks_in(u.slots["talk"])
        if found:
            return found[0]
    named = engine.gazetteer.talks_in(text, sources or None)
    if named:
        return named[0]
    index = followup.ordinal(text)
    if index is not None and state.listed and -len(state.listed) <= index < len(state.listed):
        title = state.listed[index]
        return next((t for t in engine.gazetteer.talks if t.title == title), None)
    if followup.is_followup(text) and state.talk:
        return next((t for t in engine.gazetteer.talks if t.title == state.talk), None)
    speaker = u.slots.get("speaker")
    topic = u.slots.get("topic") or ""

    topic = topic or topic_of(text, engine.gazetteer)
    if speaker:
        talks = [
            t
            for t in engine.gazetteer.talks
            if speaker in t.speakers and (not sources or t.source in sources)
        ]
        if len(talks) == 1:
            return talks[0]
    if topic:
        return talk_about(engine, topic, engine.knowledge.embed(topic), sources)
    return None


def talk_about(
    engine: Engine, text: str, qvec: np.ndarray, sources: list[str] | None = None
) -> TalkRef | None:
    """The talk most of the best passages on `text` come from ("the chaos one"): one
    passage alone may be a passing mention in another talk."""
    filters = Filters(sources=frozenset(sources)) if sources else Filters()
    hits = engine.knowledge.search(text, qvec, filters, k=10)
    if not hits or hits[0].dense < 0.4:
        return None
    weight: dict[int, float] = {}
    for hit in hits:
        section = engine.knowledge.passages[hit.passage_id].section_id
        weight[section] = weight.get(section, 0.0) + hit.score
    by_section = {t.section_id: t for t in engine.gazetteer.talks}
    ranked = sorted((s for s in weight if s in by_section), key=lambda s: -weight[s])
    return by_section[ranked[0]] if ranked else None


def speaker_info(
    engine: Engine, text: str, qvec: np.ndarray, u: Understanding, state: DialogueState
) -> tuple[AskResponse, str | None]:
    speaker = u.slots.get("speaker") or (state.speaker if followup.is_followup(text) else None)
    if not speaker:
        if state.prompts_for_pending >= 1:
            state.prompts_for_pending = 0
            return engine._simple(
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
            s.prompt for s in engine.definition.intent("speaker_info").slots if s.name == "speaker"
        )
        buttons = [Button(text=s, value=f"Who is {s}?") for s in engine.gazetteer.speakers[:5]]
        return engine._simple(
            "speaker_info", prompt or "Who?", buttons, answered=False, slots=u.slots
        ), "speaker"
    state.prompts_for_pending = 0
    talks = [t for t in engine.gazetteer.talks if speaker in t.speakers]
    slots = {**u.slots, "speaker": speaker}
    if talks:
        lines = [replies.talk_line(engine.knowledge, t) for t in talks]
        state.listed = [t.title for t in talks]
        covered = []
        for t in talks[:3]:
            body, _ = replies.summary(engine.knowledge, t)
            first = body.split("\n")[1] if "\n" in body else ""
            covered.append(f'In "{t.title}": {first.lstrip("• ")}')
        text_out = (
            f"{speaker} gave {len(talks)} talk{'s' if len(talks) > 1 else ''} in the notes:\n"
            + "\n".join(lines)
        )
        text_out += "\n" + "\n".join(covered)
        pids = [p.id for p in engine.knowledge.passages if p.section_id == talks[0].section_id][:1]
        cites = [citation(engine.knowledge, pid, 1.0) for pid in pids]
        return engine._simple(
            "speaker_info",
            text_out,
            slots=slots,
            citations=cites,
            buttons=replies.talk_buttons(talks, 3),
        ), None
    reply = engine._answer(f"{speaker}", engine.knowledge.embed(f"Who is {speaker}?"), {}, state)
    reply.intent = "speaker_info"
    reply.slots = slots
    mentions = [p for p in engine.knowledge.passages if speaker.split()[-1] in p.text]
    if mentions and (not reply.answered or speaker.split()[-1] not in reply.answer):
        p = mentions[0]
        reply.answer = compose(
            engine.knowledge,
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
        reply.citations = [citation(engine.knowledge, p.id, 1.0)]
        reply.answered = True
    return reply, None


def talk_speakers(engine: Engine, talk: TalkRef, slots: dict[str, str]) -> AskResponse | None:
    """ "Who gave the X talk?": the talk's speakers, with what the notes say about them."""
    if not talk.speakers:
        return None
    knowledge = engine.knowledge
    doc = knowledge.documents[talk.source]
    when = knowledge.when(talk.source)
    text = f'{join_speakers(talk.speakers)} gave "{talk.title}" at {doc.conference}' + (
        f" ({when})." if when else "."
    )
    passages = [p for p in knowledge.passages if p.section_id == talk.section_id]
    surnames = [name.split()[-1] for name in talk.speakers]
    about = next(  # "Speaker: Christian Deger from AutoScout24": who they are, where from
        (
            (p, sentence)
            for p in passages
            for sentence in p.sentences
            if any(surname in sentence for surname in surnames)
        ),
        None,
    )
    if about:
        text += f" The notes say: {about[1]}"
    cited = about[0] if about else (passages[0] if passages else None)
    cites = [citation(knowledge, cited.id, 1.0)] if cited else []
    return engine._simple(
        "ask_question",
        text,
        slots={**slots, "talk": talk.title, "speaker": talk.speakers[0]},
        citations=cites,
    )


def speaker_absent(
    engine: Engine, speaker: str, sources: list[str], question: str, slots: dict[str, str]
) -> AskResponse | None:
    """A reply when the named person gave no talk at the named event and the question is
    about their talk, or the notes of that event never mention them; None otherwise."""
    if engine._speaker_sections(speaker, sources):
        return None
    surname = speaker.split()[-1]
    mentioned = any(p.source in sources and surname in p.text for p in engine.knowledge.passages)
    if mentioned and not asks_for_talk(question):
        return None  # quoted there: what they were quoted saying can still be answered
    names = engine.gazetteer.conference_names
    events = " or ".join(names[s] for s in sources)
    text = (
        f"The notes on {events} have no talk by {speaker}."
        if mentioned
        else f"The notes on {events} don't mention {speaker}."
    )
    elsewhere = sorted({names[t.source] for t in engine.gazetteer.talks if speaker in t.speakers})
    if elsewhere:
        text += f" {speaker} spoke at {' and '.join(elsewhere)}."
    return engine._simple("ask_question", text, answered=False, slots=slots)
