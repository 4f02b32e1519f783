"""Liveness and readiness: ready only once the model and index are loaded."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from bot.errors import StoreUnavailable

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(request: Request) -> JSONResponse:
    engine = getattr(request.app.state, "engine", None)
    if engine is None:
        return JSONResponse({"ready": False, "reason": "model and index not loaded"}, 503)
    try:
        engine.sessions.ping()
    except StoreUnavailable as exc:
        return JSONResponse({"ready": False, "reason": str(exc)}, 503)
    manifest = engine.knowledge.manifest
    return JSONResponse(
        {
            "ready": True,
            "model": manifest.get("model"),
            "passages": manifest.get("passages"),
            "built_at": manifest.get("built_at"),
        }
    )
