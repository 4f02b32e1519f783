"""Serves the chat page (`/`), its embeddable twin (`/embed`, `/widget.js`), the
corpus overview (`/sources`), the notes viewer (`/notes/…`) and `/static`.

Everything the chat shows after load comes from the public HTTP API; the
server renders only page shells, the engine's documents and the notes.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from bot.channels.web import notes
from bot.channels.web.pages import WEB_DIR, page_templates, render, web_dir
from bot.channels.web.questions import sources_view
from bot.channels.web.security import SecurityHeadersMiddleware
from bot.schemas import DocumentInfo

__all__ = ["STATIC_PREFIX", "WEB_DIR", "build_router", "install", "mount_static"]

STATIC_PREFIX = "/static"
WIDGET_CONFIG = "/*CONFIG*/{}"  # the placeholder in web/static/widget.js


def theme_css(settings: Any) -> str:
    """The accent colour as CSS variables: a file, since the CSP forbids inline styles."""
    accent = getattr(settings, "ui_accent", None)
    if not accent:
        return "/* default theme: see chat.css */\n"
    return (
        f":root {{ --accent: {accent}; --user-bg: {accent}; --focus: {accent}; }}\n"
        f"@media (prefers-color-scheme: dark) {{ :root {{ --accent: {accent}; "
        f"--user-bg: {accent}; --accent-text: #ffffff; }} }}\n"
    )


def widget_js(settings: Any) -> str:
    """widget.js with the title and colour baked in, so a host page needs one tag only."""
    source = (web_dir(settings) / "static" / "widget.js").read_text(encoding="utf-8")
    config = {
        "title": getattr(settings, "ui_title", "Conference notes"),
        "accent": getattr(settings, "ui_accent", None) or "#3451c6",
    }
    literal = json.dumps(config).replace("<", "\\u003c")
    return source.replace(WIDGET_CONFIG, "/*CONFIG*/" + literal, 1)


def build_router(settings: Any) -> APIRouter:
    """The HTML pages, the theme and the widget script."""
    templates = page_templates(settings)
    theme = theme_css(settings)
    widget = widget_js(settings)
    router = APIRouter(include_in_schema=False)

    @router.get("/", response_class=HTMLResponse)
    async def chat_page(request: Request) -> HTMLResponse:
        return render(templates, request, "chat.html", {"page": "chat", "embed": False})

    @router.get("/embed", response_class=HTMLResponse)
    async def embed_page(request: Request) -> HTMLResponse:
        """The chat as the widget's iframe shows it: no site navigation, a close button."""
        return render(templates, request, "chat.html", {"page": "embed", "embed": True})

    @router.get("/sources", response_class=HTMLResponse)
    async def sources_page(request: Request) -> HTMLResponse:
        documents = request.app.state.engine.documents()
        if inspect.isawaitable(documents):
            documents = await documents
        docs = [DocumentInfo.model_validate(d) for d in documents]
        return render(
            templates,
            request,
            "sources.html",
            {"page": "sources", "conferences": sources_view(docs)},
        )

    @router.get("/theme.css")
    async def theme_page() -> Response:
        return Response(theme, media_type="text/css", headers={"Cache-Control": "max-age=300"})

    @router.get("/widget.js")
    async def widget_script() -> Response:
        return Response(
            widget,
            media_type="text/javascript",
            headers={"Cache-Control": "max-age=300", "Access-Control-Allow-Origin": "*"},
        )

    router.include_router(notes.build_router(settings, templates))
    return router


def mount_static(app: FastAPI, settings: Any) -> None:
    """Serve web/static at /static (chat.js, chat.css, icons)."""
    static_dir = web_dir(settings) / "static"
    app.mount(STATIC_PREFIX, StaticFiles(directory=str(static_dir)), name="static")


def install(app: FastAPI, settings: Any) -> None:
    """Add the web chat to an app: pages, static files and security headers."""
    root = getattr(settings, "root_path", "")
    if root:
        app.root_path = root  # FastAPI puts it in every request's scope
    app.include_router(build_router(settings))
    mount_static(app, settings)
    app.add_middleware(
        SecurityHeadersMiddleware,
        page_paths=("/", "/sources"),
        page_prefixes=("/notes/", "/admin"),
        static_prefix=STATIC_PREFIX + "/",
        embed_paths=("/embed",),
        embed_origins=tuple(getattr(settings, "embed_origins", ())),
    )
