"""Domain and validation errors become JSON problems at the HTTP edge, never stack traces.

Replies name what the caller can fix and nothing of the server: no host names, no
echo of the input, no exception text. Anything unexpected is a 500 written by the
edge middleware (bot/api/edge.py) with only the request id.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from bot.errors import BotError, StoreUnavailable

log = logging.getLogger("bot.api")


class Problem(BaseModel):
    """Every error reply: a short reason, and details the caller can act on."""

    error: str
    detail: Any = None


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error statuses a route can answer with."""
    words = {
        400: "Bad request",
        401: "Missing or invalid API key",
        404: "Not found",
        408: "Body not received in time",
        413: "Body too large",
        415: "Not application/json",
        422: "Invalid request",
        429: "Rate limited (see Retry-After)",
        503: "Busy, not ready, or session store unavailable (see Retry-After)",
    }
    return {s: {"model": Problem, "description": words.get(s, "Error")} for s in statuses}


def problem(
    status: int, error: str, detail: object = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"error": error, "detail": detail}, status_code=status, headers=headers)


def validation_detail(errors: list[Any]) -> list[dict[str, object]]:
    """Where and what, never the offending input (it may be huge, or someone's secret)."""
    return [
        {
            "loc": [str(x) for x in e.get("loc", [])],
            "msg": e.get("msg", ""),
            "type": e.get("type", ""),
        }
        for e in errors
    ]


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        return problem(422, "invalid request", validation_detail(list(exc.errors())))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return problem(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(StoreUnavailable)
    async def _store(_: Request, exc: StoreUnavailable) -> JSONResponse:
        log.error("session store unavailable: %s", exc)  # the host is for logs only
        return problem(503, "session store unavailable, retry shortly", None, {"Retry-After": "2"})

    @app.exception_handler(BotError)
    async def _domain(_: Request, exc: BotError) -> JSONResponse:
        return problem(400, type(exc).__name__, str(exc))
