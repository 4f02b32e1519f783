"""Declined questions grouped by topic with the bot's own embedder, and `bot report`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from bot.analytics.clusters import cluster, embedder_of
from bot.analytics.store import AnalyticsStore, TurnRow
from bot.cli import app as cli

ATHENA = ["What does Athena cost?", "How much is Amazon Athena?", "Athena pricing?"]
PASTA = ["How long should I boil pasta?", "how long should i boil pasta"]


def test_paraphrases_share_a_topic_and_unrelated_questions_do_not(engine: Any) -> None:
    topics = cluster([*ATHENA, *PASTA, "Who won the football?"], embedder_of(engine))
    by_label = {t.label: t for t in topics}
    assert [t.count for t in topics] == [3, 2, 1]
    athena = next(t for t in topics if "Athena" in t.label)
    assert sorted(q for q, _ in athena.questions) == sorted(ATHENA)
    assert by_label["How long should I boil pasta?"].questions == [
        ("How long should I boil pasta?", 2)
    ]


def test_without_an_embedder_only_identical_wordings_group() -> None:
    topics = cluster([*ATHENA, *PASTA], None)
    assert [t.count for t in topics] == [2, 1, 1, 1]


def test_bot_report_prints_and_writes_json(settings: Any, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    store = AnalyticsStore(url)
    store.add(
        TurnRow("web", "s", q, "The notes don't cover that.", "ask_question", False, [], 4.0)
        for q in ATHENA
    )
    store.close()
    out = tmp_path / "report.json"
    env = {
        "BOT_ANALYTICS_URL": url,
        "BOT_INDEX_DIR": str(settings.index_dir),
        "BOT_CORPUS_DIR": str(settings.corpus_dir),
    }
    result = CliRunner().invoke(cli, ["report", "--days", "3", "--json", str(out)], env=env)
    assert result.exit_code == 0, result.output
    assert "3 questions, 0 answered, 3 declined" in result.output
    report = json.loads(out.read_text())
    assert report["declined_topics"][0]["count"] == 3


def test_bot_report_says_so_when_the_database_is_unreachable(tmp_path: Path) -> None:
    env = {"BOT_ANALYTICS_URL": "postgresql://nobody@127.0.0.1:1/none"}
    result = CliRunner().invoke(cli, ["report", "--no-topics"], env=env)
    assert result.exit_code == 1
    assert "cannot read the analytics database" in result.output
