"""A readable terminal report (rich) of an eval run: team and blind sets side by side."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

ORDER = [
    "answers", "source_hit_at_1", "source_hit_at_3", "retrieval_hit_at_1", "retrieval_hit_at_3",
    "evidence_recall", "mrr", "baseline_bm25_answers", "baseline_dense_answers",
    "unanswerable_declined", "answerable_declined_max", "gate_precision", "gate_recall",
    "intent_accuracy", "intent_macro_f1", "slot_f1", "turn_accuracy", "conversations",
    "latency_p50_ms", "latency_p95_ms", "questions", "unanswerable", "utterances",
    "conversations_total", "talks_precision", "talks_recall", "speakers_precision",
    "speakers_recall", "events_right", "dates_right",
    "llm_questions_sent", "llm_generated", "llm_fallbacks",
    "llm_sentences_kept", "llm_sentences_dropped", "llm_seconds_p50",
]  # fmt: skip
CATEGORIES = (
    "answer_failures", "failure_rate_by_kind", "confusions", "dialogue_failures_by_turn",
    "llm_fallback_reasons", "llm_dropped_reasons",
)  # fmt: skip


def _cell(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def print_report(reports: dict[str, dict[str, object]]) -> None:
    console = Console(width=140)
    names = list(reports)
    table = Table(title="bot eval (blind sets: figures and categories only)")
    table.add_column("metric")
    for name in names:
        table.add_column(name, justify="right")
    for key in ORDER:
        if any(key in r for r in reports.values()):
            table.add_row(key, *(_cell(reports[n].get(key, "")) for n in names))
    console.print(table)
    for name in names:
        report = reports[name]
        slots = report.get("slots")
        if isinstance(slots, dict):
            cells = ", ".join(f"{s} {v['f1']:.2f}" for s, v in slots.items())
            console.print(f"[bold]{name}[/bold] slot F1: {cells}")
        for key in CATEGORIES:
            if report.get(key):
                console.print(f"[bold]{name}[/bold] {key}: {report[key]}", soft_wrap=True)
        for key in ("failures", "intent_failures", "dialogue_failures"):
            rows = report.get(key) or []
            if rows:
                console.print(f"[bold]{name} {key}[/bold] ({len(rows)})")  # type: ignore[arg-type]
                for row in rows[:60]:  # type: ignore[index]
                    console.print(f"  {row}", soft_wrap=True)


def print_ablation(table: dict[str, dict[str, dict[str, object]]]) -> None:
    """One row per variant, one column per set and figure, the change from all-on beside."""
    console = Console(width=160)
    full = table.get("all on", {})
    sets = list(full)
    out = Table(title="ablation: each mechanism off in turn (change from all on)")
    out.add_column("variant")
    columns = [(s, k) for s in sets for k in ("answers", "unanswerable_declined", "conversations")]
    for s, k in columns:
        out.add_column(f"{s}\n{k}", justify="right")
    for variant, by_set in table.items():
        cells = []
        for s, k in columns:
            value, base = by_set.get(s, {}).get(k), full.get(s, {}).get(k)
            if not isinstance(value, (int, float)):
                cells.append("")
            elif variant == "all on" or not isinstance(base, (int, float)):
                cells.append(f"{value:.3f}")
            else:
                cells.append(f"{value:.3f} ({value - base:+.3f})")
        out.add_row(variant, *cells)
    console.print(out)
