"""`bot eval` end to end: a small set of our own through the real engine and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from bot.cli import app
from bot.evaluation.data import load_sets
from bot.evaluation.runner import evaluate_answers, evaluate_dialogues, evaluate_intents

REGIONS = "How many AWS regions were there at AWSome Day?"
DOC = "awsome-day-manchester-2018.txt"


@pytest.fixture(scope="module")
def sets_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("evalsets")

    def write(name: str, rows: list[dict]) -> None:
        (folder / name).write_text("\n".join(json.dumps(r) for r in rows) + "\n")

    write(
        "qa.jsonl",
        [
            {
                "id": "t1",
                "question": REGIONS,
                "must_contain": [r"\b18\b"],
                "doc": DOC,
                "evidence": "AWS now has 18 regions",
            },
            # An expected pattern no answer can match: the run must list it as a failure.
            {"id": "t2", "question": REGIONS, "must_contain": ["zqxj"], "doc": DOC},
        ],
    )
    write("unanswerable.jsonl", [{"id": "u1", "question": "What is a good recipe for lasagne?"}])
    write(
        "intents.jsonl",
        [
            {"id": "i1", "text": "hello there", "intent": "greeting", "slots": {}},
            {
                "id": "i2",
                "text": "Which talks did Adrian Hornsby give?",
                "intent": "list_talks",
                "slots": {"speaker": "Adrian Hornsby"},
            },
        ],
    )
    write(
        "dialogues.jsonl",
        [
            {
                "id": "c1",
                "turns": [
                    {"user": "Who gave the keynote at AWSome Day?", "must_contain": ["Ric Harvey"]},
                    {"user": REGIONS, "must_contain": ["18"]},
                ],
            },
            {"id": "c2", "turns": [{"user": REGIONS, "must_contain": ["zqxj"]}]},
        ],
    )
    return folder


def test_answers_are_scored_with_sources_baselines_and_failures(engine, sets_dir: Path) -> None:  # type: ignore[no-untyped-def]
    report = evaluate_answers(engine, load_sets([sets_dir]), baselines=True)
    assert report["questions"] == 2
    assert report["answers"] == 0.5
    assert report["source_hit_at_1"] == report["source_hit_at_3"] == 1.0  # cited file
    assert report["evidence_recall"] == 0.5 and report["mrr"] > 0  # only t1 names evidence
    assert report["unanswerable_declined"] == 1.0
    assert report["answerable_declined_max"] == 0.0
    assert 0.0 <= report["baseline_bm25_answers"] <= 0.5  # type: ignore[operator]
    assert 0.0 <= report["baseline_dense_answers"] <= 0.5  # type: ignore[operator]
    (failure,) = report["failures"]  # type: ignore[misc]
    assert failure["id"] == "t2" and failure["question"] == REGIONS
    assert failure["expected"] == ["zqxj"]
    assert "18" in failure["answer"] and failure["sources"] == [DOC]
    assert report["latency_p95_ms"] >= report["latency_p50_ms"] > 0  # type: ignore[operator]


def test_intents_slots_and_conversations_are_scored(engine, sets_dir: Path) -> None:  # type: ignore[no-untyped-def]
    sets = load_sets([sets_dir])
    intents = evaluate_intents(engine, sets)
    assert intents["intent_accuracy"] == 1.0 and intents["slot_f1"] == 1.0
    dialogues = evaluate_dialogues(engine, sets)
    assert dialogues["turn_accuracy"] == pytest.approx(2 / 3)
    assert dialogues["conversations"] == 0.5
    (failure,) = dialogues["dialogue_failures"]  # type: ignore[misc]
    assert failure["id"] == "c2" and failure["sources"] == [DOC]


def test_the_cli_writes_the_report_and_fails_under_a_floor(
    settings, sets_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    env = {"BOT_INDEX_DIR": str(settings.index_dir), "BOT_CORPUS_DIR": str(settings.corpus_dir)}
    out = tmp_path / "report.json"
    runner = CliRunner()
    args = ["eval", "--data", str(sets_dir), "--json", str(out), "--no-baselines"]
    passed = runner.invoke(app, [*args, "--fail-under", "answers=0.5"], env=env)
    assert passed.exit_code == 0, passed.output
    report = json.loads(out.read_text())["team"]
    assert report["answers"] == 0.5 and report["conversations"] == 0.5
    assert "intents most often confused" not in passed.output  # none were confused
    failed = runner.invoke(app, [*args, "--fail-under", "answers=0.9"], env=env)
    assert failed.exit_code == 1
    assert "FAILED thresholds (team): answers=0.500 (limit 0.9)" in failed.output


def test_a_blind_set_is_reported_beside_the_team_set_without_its_failures(
    settings, sets_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    env = {"BOT_INDEX_DIR": str(settings.index_dir), "BOT_CORPUS_DIR": str(settings.corpus_dir)}
    out = tmp_path / "report.json"
    args = ["eval", "--data", str(sets_dir), "--blind", str(sets_dir), "--json", str(out)]
    result = CliRunner().invoke(app, [*args, "--no-baselines"], env=env)
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    blind = report[f"blind:{sets_dir.name}"]
    assert blind["answers"] == report["team"]["answers"] == 0.5
    assert "failures" not in blind and "dialogue_failures" not in blind
    assert blind["answer_failures"] == {"right source, fact missing": 1}
    assert "zqxj" not in result.output.split("team failures")[0]  # blind rows never printed


def test_the_cli_refuses_a_bad_threshold_or_folder_in_one_line(sets_dir: Path) -> None:
    runner = CliRunner()
    bad = runner.invoke(app, ["eval", "--data", str(sets_dir), "--fail-under", "answers"])
    assert bad.exit_code == 1 and "metric=number" in bad.output
    missing = runner.invoke(app, ["eval", "--data", str(sets_dir / "nope")])
    assert missing.exit_code == 1 and "no eval folder" in missing.output
    assert "Traceback" not in bad.output + missing.output


def _own_notes(tmp_path: Path, name: str, rows: list[dict]) -> Path:  # type: ignore[type-arg]
    """A set folder with its own `corpus/` (one note of another layout) and these questions."""
    notes2 = Path(__file__).resolve().parents[1] / "fixtures" / "notes2"
    folder = tmp_path / name
    (folder / "corpus").mkdir(parents=True)
    (folder / "corpus" / "kubecon-eu-2023.md").write_text(
        (notes2 / "kubecon-eu-2023.md").read_text(encoding="utf-8"), encoding="utf-8"
    )
    expected = yaml.safe_load((notes2 / "expected.yaml").read_text(encoding="utf-8"))
    (folder / "expected.yaml").write_text(
        yaml.safe_dump({"kubecon-eu-2023.md": expected["kubecon-eu-2023.md"]}), encoding="utf-8"
    )
    (folder / "qa.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return folder


def _hash_env(fast_settings) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        "BOT_INDEX_DIR": str(fast_settings.index_dir),
        "BOT_CORPUS_DIR": str(fast_settings.corpus_dir),
        "BOT_EMBED_BACKEND": "hash",
    }


EBPF = {"question": "who gave the ebpf talk", "doc": "kubecon-eu-2023.md"}


def test_a_blind_folder_with_its_own_notes_is_indexed_apart_and_its_structure_scored(
    fast_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = _own_notes(tmp_path, "own-notes", [{"id": "k1", **EBPF, "must_contain": ["Tanaka"]}])
    out = tmp_path / "report.json"
    args = ["eval", "--blind", str(folder), "--json", str(out), "--no-baselines"]
    result = CliRunner().invoke(app, args, env=_hash_env(fast_settings))
    assert result.exit_code == 0, result.output
    blind = json.loads(out.read_text())["blind:own-notes"]
    assert blind["talks_recall"] >= 0.8 and blind["speakers_recall"] >= 0.8
    assert blind["answers"] == 1.0  # answered over its own notes, not the fixture index
    assert "failures" not in blind  # a blind set shows no question


def test_the_ablation_runs_every_set_again_with_each_mechanism_off(
    fast_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sets = tmp_path / "sets"
    sets.mkdir()
    off_topic = {"id": "u1", "question": "what did they say about knitting sweaters?"}
    (sets / "unanswerable.jsonl").write_text(json.dumps(off_topic) + "\n")
    env = {
        "BOT_INDEX_DIR": str(fast_settings.index_dir),
        "BOT_CORPUS_DIR": str(fast_settings.corpus_dir),
        "BOT_EMBED_BACKEND": "hash",
        "BOT_ANSWER_THRESHOLD": "0.999",  # a gate that declines what it sees, whatever the fit
    }
    out = tmp_path / "report.json"
    args = ["eval", "--data", str(sets), "--json", str(out), "--no-baselines"]
    result = CliRunner().invoke(app, [*args, "--ablate", "gate", "--ablate", "memory"], env=env)
    assert result.exit_code == 0, result.output
    table = json.loads(out.read_text())["ablation"]
    assert list(table) == ["all on", "without gate", "without memory"]
    assert table["all on"]["team"]["unanswerable_declined"] == 1.0  # the gate declines it
    assert table["without gate"]["team"]["unanswerable_declined"] == 0.0  # no gate, no decline
    assert table["without memory"]["team"]["unanswerable_declined"] == 1.0
    assert "ablation" in result.output
    bad = CliRunner().invoke(app, [*args, "--ablate", "luck"], env=env)
    assert bad.exit_code == 1 and "luck" in bad.output and "Traceback" not in bad.output


def test_a_team_folder_with_its_own_notes_is_answered_over_them_with_every_failure(
    fast_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    rows = [
        {"id": "k1", **EBPF, "must_contain": ["Tanaka"]},
        {"id": "k2", **EBPF, "must_contain": ["no such name"]},
    ]
    folder = _own_notes(tmp_path, "layouts", rows)
    out = tmp_path / "report.json"
    args = ["eval", "--data", str(folder), "--json", str(out), "--no-baselines"]
    result = CliRunner().invoke(app, args, env=_hash_env(fast_settings))
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    assert "team" not in report  # no set over the main notes was given
    notes = report["notes:layouts"]
    assert notes["answers"] == 0.5  # answered over its own notes, not the fixture index
    assert [f["id"] for f in notes["failures"]] == ["k2"]  # a team set shows its failures
