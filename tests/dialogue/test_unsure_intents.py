"""Mid-conversation, a message the intent model is unsure of that names something the
notes know is read as a question about them; a sure one, or one outside a conversation,
keeps the model's intent."""

from __future__ import annotations

import math

import numpy as np

from bot.dialogue.intents import IntentModel
from bot.engine import Engine
from bot.schemas import Intent
from bot.sessions.memory import MemorySessionStore
from bot.turns import DialogueState, Frame


def _engine(fast_engine, thanks: float) -> Engine:  # type: ignore[no-untyped-def]
    """An engine whose intent model says `thanks` with this probability, whatever it hears."""
    width = fast_engine.understander.model.coef.shape[1]
    model = IntentModel(
        ("ask_question", "thanks"),
        np.zeros((2, width), np.float32),
        np.array([0.0, math.log(thanks / (1 - thanks))], np.float32),
        np.zeros(width, np.float32),
        np.ones(width, np.float32),
        "stub",
    )
    return Engine(
        fast_engine.settings,
        fast_engine.knowledge,
        MemorySessionStore(60),
        fast_engine.definition,
        intent_model=model,
    )


def _known_word(engine: Engine) -> str:
    from bot.text import stem

    words = [w for p in engine.knowledge.passages[:50] for w in p.text.lower().split()]
    return next(w for w in words if w.isalpha() and len(w) > 6 and engine.knowledge.known(stem(w)))


def test_an_unsure_message_naming_the_notes_mid_conversation_is_a_question(fast_engine) -> None:  # type: ignore[no-untyped-def]
    engine = _engine(fast_engine, thanks=0.6)
    text = f"whats the catch with {_known_word(engine)}"
    talking = DialogueState(turn=1, frames=[Frame(turn=1, question="earlier question")])
    assert engine.understand(text, DialogueState()).intent == Intent.THANKS  # no conversation
    assert engine.understand(text, talking).intent == Intent.ASK


def test_a_sure_small_talk_message_stays_small_talk_mid_conversation(fast_engine) -> None:  # type: ignore[no-untyped-def]
    engine = _engine(fast_engine, thanks=0.97)
    text = f"whats the catch with {_known_word(engine)}"
    talking = DialogueState(turn=1, frames=[Frame(turn=1, question="earlier question")])
    assert engine.understand(text, talking).intent == Intent.THANKS


def test_an_unsure_message_naming_nothing_the_notes_know_keeps_its_intent(fast_engine) -> None:  # type: ignore[no-untyped-def]
    engine = _engine(fast_engine, thanks=0.6)
    talking = DialogueState(turn=1, frames=[Frame(turn=1, question="earlier question")])
    assert engine.understand("cheers mate", talking).intent == Intent.THANKS
