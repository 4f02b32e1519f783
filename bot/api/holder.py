"""Serve exactly one immutable index build, and move to a new one without a restart.

`bot index` writes a new build beside the old one and repoints `index/current`. The
holder notices (a poll of the link, or SIGHUP), verifies the new build, loads a whole
new engine beside the serving one, checks that it answers, and swaps in one assignment
between requests: a request keeps the engine it started with. A build that fails any
step is refused with one log line and the old engine keeps serving.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import shutil
import signal
import tempfile
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from bot.engine import Engine
from bot.errors import BotError
from bot.indexing import layout
from bot.indexing.builder import index_model
from bot.indexing.verify import IndexInvalid, verify_build
from bot.sessions.base import SessionStore
from bot.settings import Settings

log = logging.getLogger("bot.index")


@dataclass(frozen=True)
class Serving:
    engine: Engine
    build: Path
    loaded_at: float


def load_build(settings: Settings, store: SessionStore, build: Path) -> Serving:
    """Verify `build`, load an engine pinned to it, and check that it can search."""
    verify_build(build, index_model(settings), onnx=settings.embed_backend == "onnx")
    lease = layout.lease(build)  # `bot index` must not delete it while we read from it
    pin = Path(tempfile.mkdtemp(prefix="bot-build-"))
    try:
        # The engine reads `<index_dir>/current`; a private link to this one build means a
        # later `bot index` can never make it read some files from one build, some from another.
        (pin / layout.CURRENT).symlink_to(build, target_is_directory=True)
        pinned = settings.model_copy(update={"index_dir": pin})
        engine = Engine.load(pinned, sessions=store)  # sessions name passages by file and place
        engine.search("index check", 1)
    except BaseException:
        _release(lease, pin)
        raise
    weakref.finalize(engine, _release, lease, pin)  # when the last request lets go of it
    return Serving(engine, build, time.time())


def _release(lease: IO[bytes], pin: Path) -> None:
    lease.close()
    shutil.rmtree(pin, ignore_errors=True)


class EngineHolder:
    """The serving engine, and the watch that replaces it when a new build appears."""

    def __init__(
        self,
        settings: Settings,
        store: SessionStore,
        on_swap: Callable[[Serving], None],
        on_refuse: Callable[[str], None] | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.serving: Serving | None = None
        self.refused: str | None = None  # the last build refused, and why
        self._on_swap = on_swap
        self._on_refuse = on_refuse
        self._nudged = asyncio.Event()
        self._lock = asyncio.Lock()

    def load_now(self) -> Serving:
        """The first load, before the server accepts requests: failures propagate."""
        build = layout.resolve_current(self.settings.index_dir)
        if build is None:
            raise IndexInvalid(f"no index in {self.settings.index_dir}: run `bot index`")
        serving = load_build(self.settings, self.store, build)
        gc.collect()  # once, before serving: the load's own garbage
        self._swap(serving)
        assert self.serving is not None
        return self.serving

    def nudge(self) -> None:
        """SIGHUP: look for a new build now."""
        self._nudged.set()

    async def refresh(self) -> bool:
        """Load the build `current` points at if it is not the one serving; True on a swap."""
        async with self._lock:
            build = layout.resolve_current(self.settings.index_dir)
            if build is None or (self.serving and build == self.serving.build):
                return False
            if self.refused and self.refused.startswith(f"{build.name}:"):
                return False  # already refused; a fix comes as a new build
            started = time.perf_counter()
            try:
                serving = await asyncio.to_thread(load_build, self.settings, self.store, build)
            except Exception as exc:  # a build can fail in ways nobody listed: still one line
                reason = str(exc) if isinstance(exc, BotError) else f"{type(exc).__name__}: {exc}"
                self.refused = f"{build.name}: {reason}"
                log.error("new index refused, the previous build keeps serving: %s", reason)
                if self._on_refuse is not None:
                    self._on_refuse(self.refused)
                return False
            self._swap(serving)
            log.info(
                "now serving index %s (%s passages, loaded in %.2f s)",
                build.name,
                serving.engine.knowledge.manifest.get("passages"),
                time.perf_counter() - started,
            )
            return True

    def _swap(self, serving: Serving) -> None:
        self.serving = serving
        self.refused = None
        self._on_swap(serving)
        # The engine's objects live as long as the build: keep the cyclic collector from
        # walking them. A full collection over them held the GIL (and so the event loop)
        # for 40-120 ms, every few thousand requests. Engines are freed by reference
        # counting alone, so a frozen old engine still goes when its last request ends.
        gc.freeze()

    async def watch(self) -> None:
        """Poll the `current` link (cheap: one readlink) and answer SIGHUP, until cancelled."""
        interval = self.settings.index_poll_seconds or None
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._nudged.wait(), interval)
            self._nudged.clear()
            await self.refresh()

    def listen_for_sighup(self) -> None:
        """Only a main-thread loop may own signals; elsewhere (tests) the poll is enough."""
        with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self.nudge)
