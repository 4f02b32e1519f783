"""The `bot` command: index, inspect, ask, serve, eval, fit, export-lex, report, lex-sync.

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


def _settings(**overrides: object):
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
    _prepare_intents(_settings(corpus_dir=corpus))


def _prepare_intents(settings) -> None:
    from bot.engine import prepare

    started = time.perf_counter()
    if prepare(settings):
        typer.echo(f"intent model trained for this index in {time.perf_counter() - started:.1f} s")


@app.command()
def ask(
    question: str,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON reply")] = False,
    session: Annotated[str | None, typer.Option("--session")] = None,
) -> None:
    """Answer one question in the terminal, with its sources."""
    from bot.engine import Engine
    from bot.grounded import generator_from, grounded
    from bot.turns import TurnInput

    settings = _settings()
    try:
        engine = grounded(Engine.load(settings), generator_from(settings))  # BOT_LLM_URL
        reply = engine.turn(TurnInput(text=question, session_id=session)).reply
    except BotError as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(reply.model_dump_json(indent=2))
        return
    typer.echo(reply.answer)
    if reply.mode == "generated":
        typer.secho("  (written by the model at BOT_LLM_URL, checked against the notes)", dim=True)
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
    from bot.indexing.builder import index_model
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
        verify_build(build, index_model(settings), onnx=settings.embed_backend == "onnx")
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
        uvicorn.run("bot.api.main:app", workers=settings.workers, **options)
    else:
        from bot.api.app import create_app

        uvicorn.run(create_app(settings), **options)


@app.command("export-lex")
def export_lex(
    out: Annotated[Path, typer.Option("--out", help="Zip file to write")],
    template: Annotated[
        Path | None,
        typer.Option(help="CloudFormation template for the proxy Lambda (default: beside the zip)"),
    ] = None,
) -> None:
    """Write the bot in Amazon Lex V2's import format, and the proxy Lambda's template."""
    from bot.channels.lex.export import export_lex as write_zip
    from bot.channels.lex.template import template_path_for, write_template
    from bot.dialogue.corpus_slots import filled_definition

    settings = _settings()
    try:
        definition = filled_definition(settings)
        definition.locale = settings.lex_locale
        write_zip(definition, out)
    except BotError as exc:
        _fail(str(exc))
    template = template or template_path_for(out)
    write_template(template, definition.name, definition.locale)
    typer.echo(f"wrote {out} ({definition.locale}) and {template}")


@app.command("lex-sync")
def lex_sync(
    bot_id: Annotated[str | None, typer.Option(help="Lex V2 bot id (BOT_LEX_BOT_ID)")] = None,
    locale: Annotated[str | None, typer.Option(help="Bot locale (BOT_LEX_LOCALE)")] = None,
    build: Annotated[bool, typer.Option(help="Build the locale when something changed")] = True,
    wait: Annotated[float, typer.Option(help="Seconds to wait for the build to finish")] = 0.0,
) -> None:
    """Update the bot's talk, speaker and event slot types in Lex from the index."""
    from bot.channels.lex.sync import LexSync, lex_client
    from bot.dialogue.corpus_slots import filled_definition

    settings = _settings()
    bot_id = bot_id or settings.lex_bot_id
    if not bot_id:
        _fail("no bot id: pass --bot-id or set BOT_LEX_BOT_ID")
    try:
        client = lex_client()
        definition = filled_definition(settings)
        report = LexSync(client, str(bot_id), locale or settings.lex_locale).run(
            definition, build=build, wait_seconds=wait
        )
    except (BotError, PermissionError) as exc:
        _fail(str(exc))
    except Exception as exc:  # botocore's ClientError and connection errors: one line
        _fail(f"Lex refused the update: {exc}")
    for label, names in (
        ("created", report.created),
        ("updated", report.updated),
        ("unchanged", report.unchanged),
    ):
        if names:
            typer.echo(f"{label}: {', '.join(names)}")
    if report.build_status:
        typer.echo(f"build: {report.build_status}")
    elif not (report.created or report.updated):
        typer.echo("nothing changed, no build needed")


@app.command()
def report(
    days: Annotated[int, typer.Option(min=1, max=3650, help="Days back, today included")] = 30,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write it as JSON")] = None,
    topics: Annotated[
        bool, typer.Option(help="Group declined questions by topic (loads the index's model)")
    ] = True,
) -> None:
    """What was asked, answered, declined and rated (BOT_ANALYTICS_URL)."""
    from bot.analytics.console import print_report, run_report

    try:
        result = run_report(_settings(), days, json_out, topics)
    except Exception as exc:  # an unreachable database is one line, not a traceback
        _fail(f"cannot read the analytics database: {exc}")
    print_report(result)


@app.command("eval")
def evaluate(
    data: Annotated[
        list[Path], typer.Option("--data", help="Folder of team eval sets (repeatable)")
    ] = [],  # noqa: B006
    blind: Annotated[
        list[Path],
        typer.Option("--blind", help="Folder of a blind set: figures and categories only"),
    ] = [],  # noqa: B006
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write the JSON report here")
    ] = None,
    fail_under: Annotated[
        list[str], typer.Option("--fail-under", help="metric=value on the team sets, repeatable")
    ] = [],  # noqa: B006
    fail_under_blind: Annotated[
        list[str], typer.Option("--fail-under-blind", help="metric=value on each blind set")
    ] = [],  # noqa: B006
    baselines: Annotated[bool, typer.Option(help="Also run BM25-only and dense-only")] = True,
    llm: Annotated[
        bool,
        typer.Option(
            "--llm", help="Answers written by the model at BOT_LLM_URL, verified (issue 23)"
        ),
    ] = False,
    ablate: Annotated[
        list[str],
        typer.Option(
            "--ablate",
            help="Also run every set with this mechanism off (repeatable; 'all' for each): "
            "ranker, gate, spelling, memory, scope, second, fill",
        ),
    ] = [],  # noqa: B006
) -> None:
    """Measure answers, abstention, intents and conversations: team and blind sets side by side."""
    from bot.evaluation.runner import run_eval
    from bot.settings import ABLATIONS

    folders = data or ([] if blind else [Path("eval")])
    names = list(ABLATIONS) if "all" in ablate else ablate
    unknown = sorted(set(names) - set(ABLATIONS))
    if unknown:
        _fail(f"--ablate: unknown mechanism(s) {unknown}; known: {', '.join(ABLATIONS)}")
    try:
        code = run_eval(
            _settings(),
            folders,
            json_out,
            fail_under,
            baselines,
            blind,
            fail_under_blind,
            llm,
            ablate=names,
        )
    except BotError as exc:
        _fail(str(exc))
    raise typer.Exit(code)


@app.command()
def fit(
    data: Annotated[
        list[Path], typer.Option("--data", help="Folder of labelled sets (repeatable)")
    ] = [],  # noqa: B006
    check: Annotated[
        bool, typer.Option("--check", help="Only say whether the fitted data is stale")
    ] = False,
) -> None:
    """Fit the intent model, sentence ranker and answer gate (cross-validated)."""
    from bot.evaluation.fit import main as fit_main

    raise typer.Exit(fit_main(data or [Path("eval")], check))


@app.command()
def inspect(
    path: Annotated[Path, typer.Argument(help="A note file, or a folder of notes")],
) -> None:
    """Show the structure found in notes (events, talks, speakers, passages) without indexing."""
    from bot.ingest.inspect import describe_path

    try:
        typer.echo(describe_path(path))
    except BotError as exc:
        _fail(str(exc))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
