"""The bounded cache behind the vector, nearest-passage and spelling caches."""

from __future__ import annotations

import threading

from bot.recent import Recent


def test_recent_forgets_the_oldest_first() -> None:
    cache: Recent[str, int] = Recent(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("c", 3)
    assert cache.get("a") is None
    assert (cache.get("b"), cache.get("c"), len(cache)) == (2, 3, 2)


def test_recent_stays_bounded_under_threads() -> None:
    cache: Recent[int, int] = Recent(50)

    def fill(base: int) -> None:
        for i in range(1000):
            cache.put(base + i, i)

    threads = [threading.Thread(target=fill, args=(n * 10_000,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(cache) == 50
