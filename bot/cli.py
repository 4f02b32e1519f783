"""The `bot` command: index, ask, serve, eval, export-lex.

Domain errors become one clear line and exit code 1, never a traceback.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from bot.errors import BotError

app = typer.Typer(
    help="Conference-notes assistant: grounded, cited answers from conference notes.",
    no_args_is_help=True,
    add_completion=False,
)


def _settings(**overrides: object):  # type: ignore[no-untyped-def]
    from bot.settings import Settings

    settings = Settings()
    return settings.model_copy(update={k: v for k, v in overrides.items() if v is not None})


def _fail(message: str) -> NoReturn:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


@app.command()
def index(
    corpus: Annotated[Path | None, typer.Option("--corpus", help="Folder of notes")] = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Re-embed everything")] = False,
) -> None:
    """Build (or bring up to date) the index from the corpus folder."""
    from bot.indexing.builder import build, describe

    try:
        report = build(_settings(corpus_dir=corpus), rebuild=rebuild, progress=True)
    except BotError as exc:
        _fail(str(exc))
    except Exception as exc:  # still one line: the previous build is untouched either way
        _fail(f"index build failed ({type(exc).__name__}: {exc}); the previous index keeps serving")
    typer.echo(describe(report))


@app.command()
def ask(
    question: str,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON reply")] = False,
    session: Annotated[str | None, typer.Option("--session")] = None,
) -> None:
    """Answer one question in the terminal, with its sources."""
    from bot.engine import Engine
    from bot.turns import TurnInput

    try:
        engine = Engine.load(_settings())
        reply = engine.turn(TurnInput(text=question, session_id=session)).reply
    except BotError as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(reply.model_dump_json(indent=2))
        return
    typer.echo(reply.answer)
    for c in reply.citations:
        where = ", ".join(x for x in (c.conference, c.date, c.section, c.speaker) if x)
        typer.secho(f"  source: {c.source} ({where})", fg=typer.colors.BRIGHT_BLACK)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option()] = None,
    port: Annotated[int | None, typer.Option()] = None,
    workers: Annotated[int | None, typer.Option()] = None,
) -> None:
    """Serve the API, the web chat and the webhooks (refuses to start without a usable index).

    A new `bot index` is picked up while serving (or on SIGHUP); no restart is needed.
    """
    import uvicorn

    from bot.api import logs
    from bot.api.protocol import GuardedHttpToolsProtocol
    from bot.indexing.layout import resolve_current
    from bot.indexing.verify import verify_build

    settings = _settings(host=host, port=port, workers=workers)
    if settings.workers > 1 and not settings.session_url.startswith(("redis", "unix")):
        _fail(
            f"--workers {settings.workers} needs a shared session store: set BOT_SESSION_URL "
            "to redis://host:port/db (each worker would otherwise keep its own conversations)"
        )
    started = time.perf_counter()
    build = resolve_current(settings.index_dir)
    try:  # fail fast with one line, before binding a port
        if build is None:
            _fail(f"no index in {settings.index_dir}: run `bot index`")
        verify_build(build, settings.model, onnx=settings.embed_backend == "onnx")
    except BotError as exc:
        _fail(str(exc))
    typer.echo(f"index {build.name} verified in {time.perf_counter() - started:.2f} s")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ["BOT_HEADER_TIMEOUT_SECONDS"] = str(settings.header_timeout_seconds)
    GuardedHttpToolsProtocol.header_timeout = settings.header_timeout_seconds
    logs.configure(settings.log_level, settings.log_format)
    options = dict(
        host=settings.host,
        port=settings.port,
        http=GuardedHttpToolsProtocol,
        log_config=None,
        access_log=False,  # ours: one line per request, with its request id
        limit_concurrency=settings.max_connections,
        timeout_keep_alive=settings.keep_alive_seconds,
        timeout_graceful_shutdown=10,
        proxy_headers=True,
        forwarded_allow_ips=settings.forwarded_allow_ips,
    )
    if settings.workers > 1:
        uvicorn.run("bot.api.main:app", workers=settings.workers, **options)  # type: ignore[arg-type]
    else:
        from bot.api.app import create_app

        uvicorn.run(create_app(settings), **options)  # type: ignore[arg-type]


@app.command("export-lex")
def export_lex(out: Annotated[Path, typer.Option("--out", help="Zip file to write")]) -> None:
    """Write the bot definition in Amazon Lex V2's import format."""
    from bot.channels.lex.export import export_lex as write_zip
    from bot.dialogue.corpus_slots import filled_definition

    try:
        definition = filled_definition(_settings())
        write_zip(definition, out)
    except BotError as exc:
        _fail(str(exc))
    typer.echo(f"wrote {out}")


@app.command("eval")
def evaluate(
    data: Annotated[
        list[Path], typer.Option("--data", help="Folder of eval sets (repeatable)")
    ] = [],  # noqa: B006
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write the JSON report here")
    ] = None,
    fail_under: Annotated[
        list[str], typer.Option("--fail-under", help="metric=value, repeatable")
    ] = [],  # noqa: B006
    baselines: Annotated[bool, typer.Option(help="Also run BM25-only and dense-only")] = True,
) -> None:
    """Measure answers, abstention, intents and conversations against the eval sets."""
    from bot.evaluation.runner import run_eval

    try:
        code = run_eval(_settings(), data or [Path("eval")], json_out, fail_under, baselines)
    except BotError as exc:
        _fail(str(exc))
    raise typer.Exit(code)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
