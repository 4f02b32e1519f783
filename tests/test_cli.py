"""The `bot` command: answers in the terminal, one clear line when something is wrong."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from bot.cli import app


def _env(settings, **more: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    env = {"BOT_INDEX_DIR": str(settings.index_dir), "BOT_CORPUS_DIR": str(settings.corpus_dir)}
    return {**env, **more}


def test_ask_prints_the_answer_and_its_sources(settings) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(
        app, ["ask", "How many AWS regions were there at AWSome Day?"], env=_env(settings)
    )
    assert result.exit_code == 0, result.output
    assert "18 regions" in result.output
    assert "source: awsome-day-manchester-2018.txt" in result.output


def test_ask_json_is_the_api_reply(settings) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(
        app, ["ask", "Who gave the keynote at AWSome Day?", "--json"], env=_env(settings)
    )
    assert result.exit_code == 0, result.output
    reply = json.loads(result.stdout)
    assert reply["answered"] is True and "Ric Harvey" in reply["answer"]
    assert {"session_id", "intent", "slots", "citations", "buttons", "latency_ms"} <= set(reply)


def _one_line_error(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), output
    assert "Traceback" not in output
    return lines[0]


def test_ask_and_serve_without_an_index_say_how_to_build_one(settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = _env(settings, BOT_INDEX_DIR=str(tmp_path / "no-index"))
    for args in (["ask", "hello"], ["serve", "--port", "1"]):
        result = CliRunner().invoke(app, args, env=env)
        assert result.exit_code == 1
        assert "bot index" in _one_line_error(result.output)


def test_index_of_a_missing_corpus_is_one_line(settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = _env(settings, BOT_INDEX_DIR=str(tmp_path / "index"))
    result = CliRunner().invoke(app, ["index", "--corpus", str(tmp_path / "nowhere")], env=env)
    assert result.exit_code == 1
    assert "nowhere" in _one_line_error(result.output)
    assert not (tmp_path / "index" / "current").exists()  # nothing half-built is served
