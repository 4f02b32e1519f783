"""A circuit breaker: after repeated failures, stop calling the model for a while.

A model that times out costs every question its full timeout. Once `failures` calls in
a row have failed, the breaker opens and answers are extractive at once; after
`cooldown` seconds one call is let through as a probe, and only its success closes the
breaker again (its failure opens it for another cooldown).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"


class CircuitBreaker:
    def __init__(
        self,
        failures: int = 3,
        cooldown: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.threshold = failures
        self.cooldown = cooldown
        self.clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at: float | None = None
        self._probing = False

    @property
    def state(self) -> str:
        with self._lock:
            return self._state()

    def _state(self) -> str:
        if self._opened_at is None:
            return CLOSED
        if self._probing or self.clock() - self._opened_at < self.cooldown:
            return OPEN
        return HALF_OPEN

    def allow(self) -> bool:
        """True when a call may go out now; in half-open, only the one probe."""
        with self._lock:
            state = self._state()
            if state == HALF_OPEN:
                self._probing = True
                return True
            return state == CLOSED

    def succeeded(self) -> None:
        with self._lock:
            self._failures = 0
            self._opened_at = None
            self._probing = False

    def failed(self) -> None:
        with self._lock:
            self._failures += 1
            if self._probing or self._failures >= self.threshold:
                self._opened_at = self.clock()
            self._probing = False
