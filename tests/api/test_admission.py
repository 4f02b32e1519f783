"""Rate and load limits answer at once, with Retry-After, and only guard engine work."""

from __future__ import annotations

import asyncio

import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from bot.api.admission import Admission, Shed, TokenBuckets


def test_a_bucket_refills_at_its_rate_and_says_how_long_to_wait() -> None:
    now = [0.0]
    buckets = TokenBuckets(rate=2.0, burst=3, clock=lambda: now[0])
    assert [buckets.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert buckets.take("a") == 0.5  # one token comes back every half second
    assert buckets.take("b") == 0.0  # other clients have their own bucket
    now[0] += 0.5
    assert buckets.take("a") == 0.0


def slow_app(seconds: float) -> Starlette:
    async def work(_: object) -> JSONResponse:
        await asyncio.sleep(seconds)
        return JSONResponse({"ok": True})

    async def health(_: object) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    return Starlette(routes=[Route("/v1/ask", work, methods=["POST"]), Route("/healthz", health)])


def test_engine_work_beyond_the_slots_and_queue_gets_503_at_once_but_health_does_not() -> None:
    shed = Shed()
    app = Admission(
        slow_app(0.5), rate=0, burst=1, max_inflight=1, max_queue=0, queue_timeout=0.1, shed=shed
    )

    async def run() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            first = asyncio.create_task(client.post("/v1/ask"))
            await asyncio.sleep(0.05)
            started = asyncio.get_running_loop().time()
            second = await client.post("/v1/ask")
            health = await client.get("/healthz")
            assert asyncio.get_running_loop().time() - started < 0.2  # not queued
            return [await first, second, health]

    first, second, health = asyncio.run(run())
    assert first.status_code == 200 and health.status_code == 200
    assert second.status_code == 503 and second.headers["retry-after"] == "1"
    assert second.json()["error"] == "busy, retry shortly" and shed.count == 1


def test_a_short_wait_for_a_slot_is_allowed_within_the_queue_timeout() -> None:
    app = Admission(
        slow_app(0.1), rate=0, burst=1, max_inflight=1, max_queue=4, queue_timeout=1.0, shed=Shed()
    )

    async def run() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            replies = await asyncio.gather(*(client.post("/v1/ask") for _ in range(3)))
            return [r.status_code for r in replies]

    assert asyncio.run(run()) == [200, 200, 200]


def test_only_a_configured_key_gets_its_own_bucket() -> None:
    from bot.api.admission import client_key

    def scope(token: str) -> dict:
        return {
            "headers": [(b"authorization", f"Bearer {token}".encode())],
            "client": ("1.2.3.4", 5),
        }

    assert client_key(scope("real-key"), ["real-key"]).startswith("key:")
    # Made-up tokens all count against the address: they cannot buy fresh buckets.
    assert client_key(scope("made-up-1"), ["real-key"]) == "ip:1.2.3.4"
    assert client_key(scope("made-up-2"), []) == "ip:1.2.3.4"
