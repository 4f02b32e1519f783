"""Liveness, readiness and metrics.

`/healthz` touches nothing, so it answers even while Redis hangs. `/readyz` pings the
session store in a worker thread with a deadline: a hung store makes the probe fail
quickly instead of stalling the event loop for every other request.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from bot.errors import StoreUnavailable

router = APIRouter(tags=["health"])
PING_DEADLINE_SECONDS = 1.0


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is alive (it never looks at the index or the store)."""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "Not ready, with the reason"}})
async def readyz(request: Request) -> JSONResponse:
    """Ready once the model and index are loaded and the session store answers."""
    engine = getattr(request.app.state, "engine", None)
    if engine is None:
        return JSONResponse({"ready": False, "reason": "model and index not loaded"}, 503)
    try:
        await asyncio.wait_for(run_in_threadpool(engine.sessions.ping), PING_DEADLINE_SECONDS)
    except (StoreUnavailable, TimeoutError):
        return JSONResponse({"ready": False, "reason": "session store unreachable"}, 503)
    manifest = engine.knowledge.manifest
    holder = getattr(request.app.state, "holder", None)
    return JSONResponse(
        {
            "ready": True,
            "model": manifest.get("model"),
            "passages": manifest.get("passages"),
            "built_at": manifest.get("built_at"),
            "build": holder.serving.build.name if holder and holder.serving else None,
            "refused": holder.refused if holder else None,
        }
    )


@router.get("/metrics", include_in_schema=False)
async def metrics(request: Request) -> Response:
    """Prometheus text format (off with BOT_METRICS=false)."""
    collected = getattr(request.app.state, "metrics", None)
    if collected is None:
        return JSONResponse({"error": "not found", "detail": None}, 404)
    engine = getattr(request.app.state, "engine", None)
    manifest = engine.knowledge.manifest if engine is not None else None
    admission = getattr(request.app.state, "shed", None)
    body = await run_in_threadpool(
        collected.render, manifest, request.app.state.sessions, admission.count if admission else 0
    )
    from bot.api.metrics import CONTENT_TYPE

    return Response(body, media_type=CONTENT_TYPE)
