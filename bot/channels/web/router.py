"""Serves the chat page (`/`), the corpus overview (`/sources`) and `/static`.

Everything the page shows after load comes from the public HTTP API; the
server renders only the page shell and, for `/sources`, the engine's documents.
"""

from __future__ import annotations

import hashlib
import inspect
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

import bot
from bot.channels.web.questions import sources_view
from bot.channels.web.security import SecurityHeadersMiddleware
from bot.schemas import DocumentInfo

WEB_DIR = Path(bot.__file__).resolve().parent.parent / "web"
STATIC_PREFIX = "/static"


def _asset_version(static_dir: Path) -> str:
    """A short content hash, appended to asset URLs so browsers never run a
    stale chat.js against a newer page."""
    digest = hashlib.sha256()
    for path in sorted(static_dir.glob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def _web_dir(settings: Any) -> Path:
    """The `web/` folder: a `web_dir` setting when one exists, else beside `bot/`."""
    configured = getattr(settings, "web_dir", None)
    return Path(configured) if configured else WEB_DIR


def build_router(settings: Any) -> APIRouter:
    """GET / (chat) and GET /sources (conferences, talks, speakers)."""
    web_dir = _web_dir(settings)
    templates = Jinja2Templates(directory=str(web_dir / "templates"))
    templates.env.globals["asset_version"] = _asset_version(web_dir / "static")
    templates.env.globals["static"] = STATIC_PREFIX
    router = APIRouter(include_in_schema=False)

    @router.get("/", response_class=HTMLResponse)
    async def chat_page(request: Request) -> HTMLResponse:
        return templates.TemplateResponse(request, "chat.html", {"page": "chat"})

    @router.get("/sources", response_class=HTMLResponse)
    async def sources_page(request: Request) -> HTMLResponse:
        documents = request.app.state.engine.documents()
        if inspect.isawaitable(documents):
            documents = await documents
        docs = [DocumentInfo.model_validate(d) for d in documents]
        return templates.TemplateResponse(
            request, "sources.html", {"page": "sources", "conferences": sources_view(docs)}
        )

    return router


def mount_static(app: FastAPI, settings: Any) -> None:
    """Serve web/static at /static (chat.js, chat.css, icons)."""
    static_dir = _web_dir(settings) / "static"
    app.mount(STATIC_PREFIX, StaticFiles(directory=str(static_dir)), name="static")


def install(app: FastAPI, settings: Any) -> None:
    """Add the web chat to an app: pages, static files and security headers."""
    app.include_router(build_router(settings))
    mount_static(app, settings)
    app.add_middleware(
        SecurityHeadersMiddleware,
        page_paths=("/", "/sources"),
        static_prefix=STATIC_PREFIX + "/",
    )
