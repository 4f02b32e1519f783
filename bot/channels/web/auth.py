"""Sign-in for the web chat when BOT_API_KEYS is set.

The page cannot hold an API key safely, so a person enters one once at `/login` and
gets a short-lived signed cookie (HttpOnly, SameSite=Strict); the chat's API calls then
carry the cookie. Without keys nothing changes: the chat and `/sources` stay open. With
keys, `/` and `/sources` send a visitor without a valid cookie to `/login`.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from bot.api.auth import COOKIE, bearer_key, issue_cookie, key_for_cookie
from bot.channels.web.security import CSP
from bot.settings import Settings

GUARDED = frozenset({"/", "/sources"})


def build_router(settings: Settings, web_dir: Path) -> APIRouter:
    from bot.channels.web.pages import page_templates, render

    templates = page_templates(settings)
    router = APIRouter(include_in_schema=False)
    hours = f"{settings.web_login_hours:g}"

    def page(request: Request, failed: bool = False) -> Response:
        context = {"page": "login", "hours": hours, "failed": failed}
        response = render(templates, request, "login.html", context, 401 if failed else 200)
        response.headers["content-security-policy"] = CSP  # the chat pages' own policy
        return response

    @router.get("/login", response_class=HTMLResponse)
    async def login_page(request: Request) -> Response:
        if not settings.api_keys:
            return RedirectResponse("/", status_code=303)
        return page(request)

    @router.post("/login", response_class=HTMLResponse)
    async def login(request: Request) -> Response:
        if not settings.api_keys:
            return RedirectResponse("/", status_code=303)
        try:
            form = dict(parse_qsl((await request.body()).decode("utf-8")))
        except UnicodeDecodeError:
            form = {}
        key = bearer_key({"authorization": f"Bearer {form.get('key', '')}"}, settings.api_keys)
        if key is None:
            return page(request, failed=True)
        seconds = settings.web_login_hours * 3600
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(
            COOKIE,
            issue_cookie(key, seconds),
            max_age=int(seconds),
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
        )
        return response

    return router


class LoginRequired:
    """Sends page visits without a valid cookie to /login (only when keys are configured)."""

    def __init__(self, app: ASGIApp, keys: list[str]) -> None:
        self.app = app
        self.keys = keys

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.keys and scope.get("path") in GUARDED:
            request = Request(scope)
            if key_for_cookie(request.cookies.get(COOKIE, ""), self.keys) is None:
                await RedirectResponse("/login", status_code=303)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def install(app: FastAPI, settings: Settings, web_dir: Path) -> None:
    app.include_router(build_router(settings, web_dir))
    if settings.api_keys:
        app.add_middleware(LoginRequired, keys=settings.api_keys)
