"""The Jinja environment every HTML page shares (chat, sources, notes, embed, admin).

Pages link everything relative to a `<base href>` at the app's root path, so the
same HTML works at `/` and under a proxy prefix such as `/bot/`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import bot_web
from fastapi import Request
from fastapi.templating import Jinja2Templates

# Installed as the `bot_web` package (web/ in the source tree), so a wheel has the chat too.
WEB_DIR = Path(bot_web.__file__).resolve().parent


def web_dir(settings: Any) -> Path:
    """The `web/` folder: a `web_dir` setting when one exists, else the installed `bot_web`."""
    configured = getattr(settings, "web_dir", None)
    return Path(configured) if configured else WEB_DIR


def asset_version(static_dir: Path) -> str:
    """A short content hash, appended to asset URLs so browsers never run a
    stale chat.js against a newer page."""
    digest = hashlib.sha256()
    for path in sorted(static_dir.glob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def root_of(request: Request) -> str:
    """The prefix the app is served under ('' or '/bot'), as the server saw it."""
    return str(request.scope.get("root_path", "")).rstrip("/")


def page_templates(settings: Any) -> Jinja2Templates:
    folder = web_dir(settings)
    templates = Jinja2Templates(directory=str(folder / "templates"))
    templates.env.globals["asset_version"] = asset_version(folder / "static")
    templates.env.globals["static"] = "static"
    templates.env.globals["ui"] = {
        "title": getattr(settings, "ui_title", "Conference notes"),
        "welcome": getattr(settings, "ui_greeting", ""),
        "feedback": bool(getattr(settings, "analytics", False)),
        "stream": bool(getattr(settings, "llm_url", None)),  # a model writes answers: stream them
    }
    return templates


def render(
    templates: Jinja2Templates,
    request: Request,
    name: str,
    context: dict[str, Any],
    status_code: int = 200,
) -> Any:
    return templates.TemplateResponse(
        request, name, {"root": root_of(request), **context}, status_code=status_code
    )
