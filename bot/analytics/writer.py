"""A background writer: the request thread only puts a row on a queue.

Writing after the reply, in another thread, keeps the database (and any trouble
it has) out of the answer's latency. A full queue drops rows with a warning
rather than slow anyone down.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time

from bot.analytics.store import AnalyticsStore, RatingRow, TurnRow

log = logging.getLogger(__name__)

QUEUE_LIMIT = 10_000
BATCH = 200
# Rows are gathered for up to this long and written in one transaction: one commit a
# second rather than one a turn keeps the writer from competing with answers for CPU.
LINGER_SECONDS = 1.0
PRUNE_EVERY_SECONDS = 3600.0
_STOP = object()
_NOW = object()  # put by flush(): write what is gathered without waiting out the linger


class AnalyticsWriter:
    """Owns the store; `submit` never blocks, `flush` waits until all is written."""

    def __init__(self, store: AnalyticsStore, retention_days: int) -> None:
        self.store = store
        self.retention_days = retention_days
        self._queue: queue.Queue[object] = queue.Queue(QUEUE_LIMIT)
        self._thread = threading.Thread(target=self._run, name="analytics-writer", daemon=True)
        self._next_prune = 0.0
        self._thread.start()

    def submit(self, row: TurnRow | RatingRow) -> None:
        try:
            self._queue.put_nowait(row)
        except queue.Full:
            log.warning("analytics: queue full, a %s row was dropped", type(row).__name__)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every submitted row is written (tests, shutdown)."""
        deadline = time.monotonic() + timeout
        with contextlib.suppress(queue.Full):
            self._queue.put_nowait(_NOW)
        while self._queue.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def close(self) -> None:
        self.flush()
        self._queue.put(_STOP)
        self._thread.join(timeout=10)
        self.store.close()

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is _STOP:
                self._queue.task_done()
                return
            if first is _NOW:
                self._queue.task_done()
                continue
            batch = [first]
            deadline = time.monotonic() + LINGER_SECONDS
            while len(batch) < BATCH:
                try:
                    item = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
                except queue.Empty:
                    break
                if item is _STOP:
                    self._queue.put(_STOP)
                    self._queue.task_done()
                    break
                if item is _NOW:
                    self._queue.task_done()
                    break
                batch.append(item)
            self._write(batch)

    def _write(self, batch: list[object]) -> None:
        try:
            self._maybe_prune()
            self.store.add(r for r in batch if isinstance(r, TurnRow | RatingRow))
        except Exception:
            log.exception("analytics: %d rows could not be written", len(batch))
        finally:
            for _ in batch:
                self._queue.task_done()

    def _maybe_prune(self) -> None:
        now = time.monotonic()
        if now >= self._next_prune:
            self._next_prune = now + PRUNE_EVERY_SECONDS
            gone = self.store.prune(self.retention_days)
            if gone:
                log.info("analytics: %d rows past %d days deleted", gone, self.retention_days)
