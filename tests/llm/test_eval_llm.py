"""`bot eval --llm`: the sets through the generated path, with the stand-in as the model,
reporting what verification dropped and how often the extractive answer stood in."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from llm.model_standin import ModelStandIn, Script, passages

REGIONS = "How many AWS regions were there at AWSome Day?"


def echo(prompt: str) -> list[str]:
    """A model that repeats the first sentence of passage [1], then invents one."""
    text = passages(prompt)[1].split("\n", 1)[1]
    first = re.split(r"(?<=[.!?])\s", text)[0].rstrip(".")
    return [f"{first} [1]. ", "It also had 999 data centres [1]."]


@pytest.fixture(scope="module")
def sets_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("llm-evalsets")
    qa = {"id": "t1", "question": REGIONS, "must_contain": [r"\b18\b"], "doc": "x"}
    (folder / "qa.jsonl").write_text(json.dumps(qa) + "\n")
    lasagne = {"id": "u1", "question": "What is a good recipe for lasagne?"}
    (folder / "unanswerable.jsonl").write_text(json.dumps(lasagne) + "\n")
    return folder


def test_eval_llm_reports_dropped_sentences_and_fallbacks(
    settings, sets_dir: Path, tmp_path: Path, model_standin: ModelStandIn
) -> None:  # type: ignore[no-untyped-def]
    model_standin.reset(Script(tokens=echo))
    env = {
        "BOT_INDEX_DIR": str(settings.index_dir),
        "BOT_CORPUS_DIR": str(settings.corpus_dir),
        "BOT_LLM_URL": model_standin.url,
    }
    out = tmp_path / "report.json"
    args = ["eval", "--llm", "--data", str(sets_dir), "--json", str(out), "--no-baselines"]
    result = CliRunner().invoke(app, args, env=env)
    assert result.exit_code == 0, result.output
    team = json.loads(out.read_text())["team"]
    assert team["answers"] == 1.0  # the verified sentence still states the 18 regions
    assert team["unanswerable_declined"] == 1.0
    assert len(model_standin.requests) == 1  # the declined question never reached it
    assert team["llm_questions_sent"] == team["llm_generated"] == 1
    assert team["llm_fallbacks"] == 0
    assert team["llm_sentences_kept"] == 1 and team["llm_sentences_dropped"] == 1
    assert team["llm_dropped_reasons"] == {"figure": 1}
    assert "llm_sentences_dropped" in result.output


def test_eval_llm_without_a_model_says_so_in_one_line(settings, sets_dir: Path) -> None:  # type: ignore[no-untyped-def]
    env = {"BOT_INDEX_DIR": str(settings.index_dir), "BOT_CORPUS_DIR": str(settings.corpus_dir)}
    result = CliRunner().invoke(app, ["eval", "--llm", "--data", str(sets_dir)], env=env)
    assert result.exit_code == 1 and "BOT_LLM_URL" in result.output
    assert "Traceback" not in result.output
