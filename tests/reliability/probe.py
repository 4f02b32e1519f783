"""Polls /healthz from its own process until interrupted, then prints one JSON summary.

Run apart from the test process, so the load generator's own threads and GIL cannot
inflate what the server is measured to do.
"""

from __future__ import annotations

import http.client
import json
import signal
import sys
import time
from urllib.parse import urlsplit

INTERVAL = 0.05
GIVE_UP_SECONDS = 30  # a server gone this long (its test failed): stop by itself


def main() -> None:
    url = urlsplit(sys.argv[1])
    samples: list[float] = []
    failures = 0
    running = True

    def stop(*_: object) -> None:
        nonlocal running
        running = False

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print("ready", flush=True)
    last_ok = time.monotonic()
    while running and time.monotonic() - last_ok < GIVE_UP_SECONDS:
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=5)
        started = time.perf_counter()
        try:
            conn.request("GET", "/healthz")
            ok = conn.getresponse().status == 200
        except OSError:
            ok = False
        samples.append(time.perf_counter() - started)
        failures += 0 if ok else 1
        last_ok = time.monotonic() if ok else last_ok
        conn.close()
        time.sleep(INTERVAL)
    ordered = sorted(samples) or [0.0]
    summary = {
        "n": len(samples),
        "failures": failures,
        "max_ms": round(ordered[-1] * 1000, 1),
        "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))] * 1000, 1),
    }
    print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main()
