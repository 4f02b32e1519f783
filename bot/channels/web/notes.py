"""`GET /notes/{source}`: a note rendered safely, every indexed passage anchored.

A citation links to `notes/<source>#passage-N`; the fragment never reaches the
server, so each passage gets its `id` and the page (CSS `:target`, plus a few
lines of notes.js for passages split over several blocks) highlights the one
asked for. Only files the index knows, inside the corpus folder, are served.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from bot.channels.web.highlight import Located, locate
from bot.channels.web.pages import render
from bot.channels.web.questions import human_date
from bot.channels.web.render import note_blocks

log = logging.getLogger(__name__)
CACHE_SIZE = 16


def note_path(corpus_dir: Path, source: str, known: Any) -> Path:
    """The file for `source`, or 404: unknown to the index, outside the corpus, or gone."""
    if source not in known or "\\" in source or "\0" in source:
        raise HTTPException(404, "no such note")
    root = corpus_dir.resolve()
    path = (root / source).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        raise HTTPException(404, "no such note")
    return path


class NoteRenderer:
    """Renders and remembers the last few notes (keyed by file size and time)."""

    def __init__(self) -> None:
        self._cache: OrderedDict[tuple[Any, ...], Located] = OrderedDict()

    def located(self, path: Path, source: str, knowledge: Any) -> Located:
        stat = path.stat()
        key = (source, stat.st_mtime_ns, stat.st_size, id(knowledge))
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        passages = [(p.position, p.text) for p in knowledge.passages if p.source == source]
        result = locate(note_blocks(path), passages)
        if result.missing:
            log.info(
                "notes: %d of %d passages of %s not found verbatim",
                len(result.missing),
                len(passages),
                source,
            )
        self._cache[key] = result
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return result


def build_router(settings: Any, templates: Jinja2Templates) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    renderer = NoteRenderer()

    @router.get("/notes/{source:path}", response_class=HTMLResponse)
    async def note_page(request: Request, source: str) -> HTMLResponse:
        """One note, with each passage anchored as `#passage-N`."""
        engine = request.app.state.engine
        knowledge = engine.knowledge
        path = note_path(Path(settings.corpus_dir), source, knowledge.documents)
        try:
            located = await run_in_threadpool(renderer.located, path, source, knowledge)
        except Exception as exc:  # an unreadable PDF, say: say so rather than a 500 page
            log.exception("notes: cannot render %s", source)
            raise HTTPException(422, f"this note cannot be shown: {type(exc).__name__}") from exc
        doc = knowledge.documents[source]
        return render(
            templates,
            request,
            "notes.html",
            {
                "page": "notes",
                "doc": doc,
                "when": human_date(getattr(doc, "date", None)),
                "source": source,
                "located": located,
            },
        )

    return router
