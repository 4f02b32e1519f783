"""A readable terminal report (rich) of an eval run."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

ORDER = [
    "answers",
    "source_hit_at_1",
    "source_hit_at_3",
    "retrieval_hit_at_1",
    "retrieval_hit_at_3",
    "evidence_recall",
    "mrr",
    "baseline_bm25_answers",
    "baseline_dense_answers",
    "unanswerable_declined",
    "answerable_declined_max",
    "gate_precision",
    "gate_recall",
    "intent_accuracy",
    "intent_macro_f1",
    "slot_f1",
    "turn_accuracy",
    "conversations",
    "latency_p50_ms",
    "latency_p95_ms",
]


def print_report(report: dict[str, object]) -> None:
    console = Console(width=120)
    table = Table(title="bot eval")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key in ORDER:
        if key in report:
            value = report[key]
            table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
    console.print(table)
    slots = report.get("slots")
    if isinstance(slots, dict):
        st = Table(title="slots")
        for col in ("slot", "precision", "recall", "f1"):
            st.add_column(col)
        for name, s in slots.items():
            st.add_row(name, f"{s['precision']:.2f}", f"{s['recall']:.2f}", f"{s['f1']:.2f}")
        console.print(st)
    confusions = report.get("confusions") or []
    if confusions:
        ct = Table(title="intents most often confused")
        for col in ("expected", "got", "times"):
            ct.add_column(col)
        for gold, got, times in confusions:  # type: ignore[attr-defined]
            ct.add_row(gold, got, str(times))
        console.print(ct)
    for key in ("failures", "intent_failures", "dialogue_failures"):
        rows = report.get(key) or []
        if rows:
            console.print(f"[bold]{key}[/bold] ({len(rows)})")  # type: ignore[arg-type]
            for row in rows[:40]:  # type: ignore[index]
                console.print(f"  {row}", soft_wrap=True)
