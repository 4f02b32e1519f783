"""The scoring helpers behind every figure `bot eval` prints."""

from __future__ import annotations

import pytest

from bot.errors import EvalDataError
from bot.evaluation import metrics as m
from bot.evaluation.runner import check_thresholds, parse_thresholds


def test_every_pattern_must_match_case_insensitively() -> None:
    assert m.matches_all([r"\b18\b", "regions"], "AWS now has 18 Regions.")
    assert not m.matches_all([r"\b18\b", "zones"], "AWS now has 18 Regions.")


def test_percentile_picks_the_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert m.percentile(values, 50) == 50.0
    assert m.percentile(values, 95) == 95.0
    assert m.percentile([], 50) == 0.0


def test_f1_and_macro_f1() -> None:
    assert m.f1(2, 1, 1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert m.f1(0, 0, 0) == (0.0, 0.0, 0.0)
    gold = ["greeting", "greeting", "help", "thanks"]
    got = ["greeting", "help", "help", "thanks"]
    # greeting: p 1, r .5 -> .667; help: p .5, r 1 -> .667; thanks: 1
    assert m.macro_f1(gold, got) == pytest.approx((2 / 3 + 2 / 3 + 1) / 3)
    assert m.worst_confusions(gold, got) == [("greeting", "help", 1)]


def test_topics_compare_loosely_other_slots_exactly() -> None:
    assert m.slot_equal("topic", "lambda concurrency limit", "the Lambda concurrency limits")
    assert not m.slot_equal("topic", "lambda concurrency limit", "glacier retrieval")
    assert m.slot_equal("speaker", "Adrian Hornsby", "adrian  hornsby")
    assert not m.slot_equal("speaker", "Adrian Hornsby", "Adrian")
    assert not m.slot_equal("speaker", "Adrian Hornsby", None)


def test_a_figure_below_its_floor_or_above_its_maximum_fails() -> None:
    report = {"answers": 0.88, "answerable_declined_max": 0.02}
    assert check_thresholds(report, {"answers": 0.85}) == 0
    assert check_thresholds(report, {"answers": 0.90}) == 1
    assert check_thresholds(report, {"answerable_declined_max": 0.05}) == 0
    assert check_thresholds(report, {"answerable_declined_max": 0.01}) == 1


def test_a_threshold_on_a_figure_that_was_not_measured_fails(capsys) -> None:  # type: ignore[no-untyped-def]
    assert check_thresholds({"answers": 1.0}, {"answrs": 0.5}) == 1
    assert "answrs (not measured)" in capsys.readouterr().out


@pytest.mark.parametrize("item", ["answers", "answers=high", "=0.9"])
def test_a_malformed_threshold_is_refused_before_the_run(item: str) -> None:
    with pytest.raises(EvalDataError, match="metric=number"):
        parse_thresholds([item])
    assert parse_thresholds(["answers=0.9", "slot_f1 = 0.8"]) == {"answers": 0.9, "slot_f1": 0.8}
