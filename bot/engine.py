"""The engine: one object, one main call. A turn goes in, a reply comes out.

Channels (HTTP API, web chat, Slack, Lex) build a `TurnInput` and translate the
`TurnResult`; the engine never knows who called. A turn is embedded once,
understood once (`Understander`), acted on (`Policy`) and remembered (`memory`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
import uuid
from pathlib import Path

from bot import catalog, lexicon
from bot.answering import fitted
from bot.answering.answerer import Answerer
from bot.answering.spelling import Speller
from bot.dialogue import memory, training
from bot.dialogue.definition import BotDefinition, load_definition
from bot.dialogue.gazetteer import Gazetteer
from bot.dialogue.intents import IntentModel, Signals
from bot.dialogue.policy import Policy
from bot.dialogue.understand import Understander
from bot.indexing import layout
from bot.retrieval.knowledge import Knowledge
from bot.schemas import DocumentInfo, Intent, SearchHit
from bot.sessions.base import SessionStore
from bot.settings import Settings
from bot.text import stem
from bot.turns import DialogueState, TurnInput, TurnResult


class Engine:
    def __init__(
        self,
        settings: Settings,
        knowledge: Knowledge,
        sessions: SessionStore,
        definition: BotDefinition,
        models: fitted.AnsweringModels | None = None,
        intent_model: IntentModel | None = None,
    ) -> None:
        self.settings = settings
        self.knowledge = knowledge
        self.sessions = sessions
        self.definition = definition
        self.gazetteer = Gazetteer.build(knowledge)
        self.speller = Speller(
            knowledge.words,
            shorthand=lexicon.load().shorthand,
            known=lambda word: knowledge.known(stem(word)),
        )
        off = frozenset(settings.ablate)  # mechanisms switched off, for measuring them
        self.answerer = Answerer(knowledge, models or fitted.load(), settings.answer_threshold, off)
        self.understander = Understander(
            knowledge, self.gazetteer, definition, intent_model or self._intent_model(), off
        )
        self.policy = Policy(knowledge, self.gazetteer, definition, self.answerer, off)

    @classmethod
    def load(cls, settings: Settings, sessions: SessionStore | None = None) -> Engine:
        from bot.sessions.redis_store import open_store

        knowledge = Knowledge.load(settings)
        store = sessions or open_store(settings.session_url, settings.session_ttl_seconds)
        return cls(settings, knowledge, store, load_definition(settings.bot_definition))

    def signals(self, text: str, vector) -> Signals:  # type: ignore[no-untyped-def]
        """What the intent model knows of a message besides its vector."""
        g = self.gazetteer
        return Signals(
            self.knowledge.closeness(vector),
            bool(g.events_in(text)),
            bool(g.people_in(text)),
            bool(g.talks_in(text)),
        )

    def _intent_model(self) -> IntentModel:
        """The fitted model; when the fit used other vectors (another embedding model or
        precision), one trained for them once and kept in the index folder."""
        name = str(self.knowledge.manifest.get("model"))
        saved = IntentModel.load()
        if saved is not None and saved.model == name:
            return saved
        kept = self._trained_path(name)
        found = IntentModel.load(kept) if kept.exists() else None
        if found is not None and found.model == name:
            return found
        trained = training.train(
            self.definition,
            lambda texts: self.knowledge.embedder.encode(texts),  # type: ignore[attr-defined]
            self.signals,
            name,
        )
        with contextlib.suppress(OSError):  # a read-only index: train at every start
            trained.save(kept)
        return trained

    def _trained_path(self, model: str) -> Path:
        """Named by the vectors and by what the training read (the definition's examples),
        so another model or an edited definition trains anew."""
        digest = hashlib.sha256(json.dumps([model, training.examples(self.definition)]).encode())
        build = layout.resolve_current(self.settings.index_dir)
        # beside the builds (a server reads its build through a private link to it)
        root = build.parent.parent if build is not None else self.settings.index_dir
        return root / "intents" / f"{digest.hexdigest()[:16]}.npz"

    def understand(self, said: str, state: DialogueState, turn: TurnInput | None = None):  # type: ignore[no-untyped-def]
        """A message as the engine reads it: typos corrected, embedded once, understood."""
        text = said.strip()
        if "spelling" not in self.settings.ablate:  # measuring what typo correction adds
            text = self.speller.correct(text)
        vector = self.knowledge.embed(text)
        return self.understander.understand(text, vector, turn or TurnInput(text=said), state)

    # ---- the main call --------------------------------------------------------
    def turn(self, turn: TurnInput) -> TurnResult:
        started = time.perf_counter()
        session_id = turn.session_id or uuid.uuid4().hex
        state = (
            turn.state
            if turn.state is not None
            else (self.sessions.get(session_id) or DialogueState())
        )
        if "memory" in self.settings.ablate:  # measuring what memory adds: every turn alone
            state = DialogueState()
        said = turn.text.strip()  # the history keeps what was typed
        understood = self.understand(said, state, turn)
        if understood.intent == Intent.RESET:
            state = DialogueState(turn=state.turn)
        outcome = self.policy.act(understood)
        reply = outcome.reply
        reply.session_id = session_id
        if outcome.elicit:
            state.pending_intent = understood.intent
            state.pending_slot = outcome.elicit
            state.pending_slots = dict(understood.slots)
        memory.remember(
            self.knowledge, state, understood, outcome, said, self.settings.history_turns
        )
        reply.latency_ms = round((time.perf_counter() - started) * 1000, 2)
        if turn.state is None:
            self.sessions.put(session_id, state)
        return TurnResult(reply=reply, state=state, elicit_slot=outcome.elicit)

    # ---- other views ------------------------------------------------------------
    def search(self, q: str, k: int = 10) -> list[SearchHit]:
        return catalog.search(self.knowledge, q, k)

    def documents(self) -> list[DocumentInfo]:
        return catalog.documents(self.knowledge)

    def suggestions(self) -> list[str]:
        return self.policy.suggestions()


def prepare(settings: Settings) -> bool:
    """Train now what serving the index needs and the fit did not provide (an intent
    model for other vectors), so that no server start pays for it; True if it trained."""
    from bot.indexing.builder import index_model
    from bot.sessions.memory import MemorySessionStore

    saved = IntentModel.load()
    if saved is not None and saved.model == index_model(settings):
        return False
    Engine.load(settings, MemorySessionStore(settings.session_ttl_seconds))
    return True
