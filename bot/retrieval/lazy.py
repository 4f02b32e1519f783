"""Per-passage values worked out the first time a turn asks for one.

At a few notes every passage's sentence facts were derived at load; at a hundred times
the notes that took most of the start-up while a turn only ever reads the few dozen
passages it retrieved. A value is computed once and kept; two threads computing the same
one at once only do the work twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar, overload

T = TypeVar("T")
R = TypeVar("R")


class PerPassage(Sequence[T], Generic[R, T]):
    """A read-only list of `make(row)` over `rows`, each element made on first access."""

    def __init__(self, rows: Sequence[R], make: Callable[[R], T]) -> None:
        self._rows = rows
        self._make = make
        self._made: list[T | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        found = self._made[index]
        if found is None:
            found = self._make(self._rows[index])
            self._made[index] = found
        return found

    def fill(self) -> None:
        """Make every element now: for a small corpus, where a turn should not pay for
        the first use of what it reads."""
        for i in range(len(self)):
            self[i]
