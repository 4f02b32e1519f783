"""`/admin`: the analytics report for the people who run the bot, behind its own token.

A browser signs in once with the token (a form; the cookie holds an HMAC of the
token, never the token); scripts send it as a bearer token to
`/admin/report.json`. Without BOT_ADMIN_TOKEN the whole of /admin is 404.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from bot.analytics import charts
from bot.analytics.clusters import embedder_of
from bot.analytics.report import Report, build_report
from bot.channels.web.pages import page_templates, render, root_of
from bot.settings import Settings

COOKIE = "bot_admin"
MAX_FORM = 4096


def session_value(token: str) -> str:
    """What the cookie holds: proof of the token without the token itself."""
    return hmac.new(token.encode(), b"bot-admin-session-v1", hashlib.sha256).hexdigest()


class _Gate:
    """The admin pages' token: whether they are on, who is signed in, and the report."""

    def __init__(self, settings: Settings) -> None:
        self.token = settings.admin_token.get_secret_value() if settings.admin_token else ""
        self.templates = page_templates(settings)

    def enabled(self) -> None:
        if not self.token.strip():
            raise HTTPException(404, "the admin pages are off: set BOT_ADMIN_TOKEN")

    def matches(self, given: str) -> bool:
        return hmac.compare_digest(given.encode(), self.token.encode())

    def signed_in(self, request: Request) -> bool:
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and self.matches(given):
            return True
        cookie = request.cookies.get(COOKIE, "")
        return hmac.compare_digest(cookie.encode(), session_value(self.token).encode())

    async def report_for(self, request: Request, days: int) -> Report:
        writer = getattr(request.app.state, "analytics_writer", None)
        if writer is None:
            if getattr(request.app.state, "analytics_down", False):
                raise HTTPException(503, "the analytics database could not be opened")
            raise HTTPException(404, "analytics is off on this server (BOT_ANALYTICS)")
        embed = embedder_of(request.app.state.engine)
        return await run_in_threadpool(build_report, writer.store, days, embed)

    def login_page(self, request: Request, error: str | None, status: int) -> Response:
        context = {"page": "admin", "error": error}
        response = render(self.templates, request, "admin_login.html", context, status)
        response.headers["Cache-Control"] = "no-store"
        return response


def build_router(settings: Settings) -> APIRouter:
    router = APIRouter(prefix="/admin", include_in_schema=False)
    gate = _Gate(settings)
    templates = gate.templates

    @router.get("", response_class=HTMLResponse)
    async def admin_page(request: Request, days: int = Query(30, ge=1, le=365)) -> Response:
        gate.enabled()
        if not gate.signed_in(request):
            return gate.login_page(request, None, 401)
        report = await gate.report_for(request, days)
        response = render(
            templates,
            request,
            "admin.html",
            {
                "page": "admin",
                "report": report,
                "days": days,
                "per_day_svg": charts.questions_per_day(report.per_day),
                "latency_svg": charts.latency_histogram(report.latencies),
            },
        )
        response.headers["Cache-Control"] = "no-store"
        return response

    @router.post("/login")
    async def login(request: Request) -> Response:
        gate.enabled()
        body = await request.body()
        if len(body) > MAX_FORM:
            raise HTTPException(413, "form too large")
        given = dict(parse_qsl(body.decode("utf-8", "replace"))).get("token", "")
        if not gate.matches(given):
            return gate.login_page(request, "That token is not right.", 401)
        response = RedirectResponse(root_of(request) + "/admin", status_code=303)
        response.set_cookie(
            COOKIE,
            session_value(gate.token),
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
            path=root_of(request) + "/admin",
        )
        return response

    @router.post("/logout")
    async def logout(request: Request) -> Response:
        gate.enabled()
        response = RedirectResponse(root_of(request) + "/admin", status_code=303)
        response.delete_cookie(COOKIE, path=root_of(request) + "/admin")
        return response

    @router.get("/report.json")
    async def report_json(request: Request, days: int = Query(30, ge=1, le=365)) -> Any:
        gate.enabled()
        if not gate.signed_in(request):
            return JSONResponse(
                {"error": "missing or invalid admin token", "detail": None},
                status_code=401,
                headers={"WWW-Authenticate": "Bearer"},
            )
        return (await gate.report_for(request, days)).to_dict()

    return router
