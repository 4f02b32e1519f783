"""Run the eval sets through the same engine the API uses, print and save the report.

Team sets (`--data`) are reported with every failure. Blind sets (`--blind`) are
reported side by side with them, as figures and failure categories only: a blind
set's individual failures are never printed, so reading the report cannot tune
the bot to it.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import cast

from bot.answering.generate import Tally
from bot.answering.render import attribution
from bot.engine import Engine
from bot.errors import BotError, EvalDataError
from bot.evaluation import metrics as m
from bot.evaluation.data import EvalSets, load_sets
from bot.settings import Settings
from bot.text import content_words, tokens
from bot.turns import DialogueState, TurnInput

MAXIMA = {"answerable_declined_max"}


def _doc_names(engine: Engine) -> dict[str, str]:
    names = {}
    for source, doc in engine.knowledge.documents.items():
        names[source] = source
        if doc.origin:
            names[doc.origin] = source
    return names


def _ask(engine: Engine, text: str, state: DialogueState | None = None):
    return engine.turn(TurnInput(text=text, state=state if state is not None else DialogueState()))


def evaluate_answers(engine: Engine, sets: EvalSets, baselines: bool) -> dict[str, object]:
    names = _doc_names(engine)
    k = engine.knowledge
    correct = declined = hit1 = hit3 = found1 = found3 = evidence_hits = 0
    rr = 0.0
    latencies: list[float] = []
    failures = []
    categories: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    base = {"bm25": 0, "dense": 0}
    for row in sets.qa:
        reply = _ask(engine, row["question"]).reply
        latencies.append(reply.latency_ms)
        ok = reply.answered and m.matches_all(row["must_contain"], reply.answer)
        correct += ok
        declined += not reply.answered
        kinds[row.get("kind", "?")] += 1
        doc = names.get(row["doc"], row["doc"])
        cited = [c.source for c in reply.citations]
        hit1 += bool(cited[:1] == [doc])
        hit3 += doc in cited[:3]
        words = content_words(row["question"]) or tokens(row["question"])
        qvec = k.embed(row["question"])
        hits = k.search(words, qvec, k=10)
        sources = [k.passages[h.passage_id].source for h in hits]
        found1 += bool(sources[:1] == [doc])
        found3 += doc in sources[:3]
        evidence = m.normalise(row.get("evidence", ""))
        for rank, h in enumerate(hits, start=1):
            if evidence and evidence in m.normalise(k.passages[h.passage_id].text):
                rr += 1 / rank
                evidence_hits += rank <= 8
                break
        if not ok:
            category = (
                "declined" if not reply.answered
                else "wrong source" if doc not in cited
                else "right source, fact missing"
            )  # fmt: skip
            categories[category] += 1
            by_kind[row.get("kind", "?")] += 1
            failures.append({
                "set": row["_set"], "id": row["id"], "question": row["question"],
                "expected": row["must_contain"], "answered": reply.answered,
                "answer": reply.answer[:400], "sources": cited,
            })  # fmt: skip
        if baselines:
            for mode in base:
                top = k.search(words, qvec, k=1, mode=mode)
                if top:
                    text = (
                        attribution(k, top[0].passage_id) + " " + k.passages[top[0].passage_id].text
                    )
                    base[mode] += m.matches_all(row["must_contain"], text)
    n = max(1, len(sets.qa))
    report: dict[str, object] = {
        "questions": len(sets.qa),
        "answers": correct / n,
        "source_hit_at_1": hit1 / n,
        "source_hit_at_3": hit3 / n,
        "retrieval_hit_at_1": found1 / n,
        "retrieval_hit_at_3": found3 / n,
        "evidence_recall": evidence_hits / n,
        "mrr": rr / n,
        "answerable_declined_max": declined / n,
        "answer_failures": dict(categories),
        "failure_rate_by_kind": {k_: round(by_kind[k_] / kinds[k_], 3) for k_ in kinds},
    }
    if baselines:
        report["baseline_bm25_answers"] = base["bm25"] / n
        report["baseline_dense_answers"] = base["dense"] / n
        report["hybrid_beats_baselines"] = float(correct / n > max(base.values()) / n)
    declined_unanswerable = 0
    for row in sets.unanswerable:
        reply = _ask(engine, row["question"]).reply
        latencies.append(reply.latency_ms)
        if not reply.answered:
            declined_unanswerable += 1
        else:
            failures.append({
                "set": row["_set"], "id": row["id"], "question": row["question"],
                "expected": "decline", "answered": True, "answer": reply.answer[:400],
                "sources": [c.source for c in reply.citations],
            })  # fmt: skip
    u = max(1, len(sets.unanswerable))
    total_declined = declined_unanswerable + declined
    report["unanswerable"] = len(sets.unanswerable)
    report["unanswerable_declined"] = declined_unanswerable / u
    report["gate_precision"] = declined_unanswerable / total_declined if total_declined else 1.0
    report["gate_recall"] = declined_unanswerable / u
    report["latency_p50_ms"] = m.percentile(latencies, 50)
    report["latency_p95_ms"] = m.percentile(latencies, 95)
    report["failures"] = failures
    return report


def evaluate_intents(engine: Engine, sets: EvalSets) -> dict[str, object]:
    gold, predicted = [], []
    counts = {s: [0, 0, 0] for s in ("conference", "speaker", "talk", "topic")}
    failures = []
    for row in sets.intents:
        reply = _ask(engine, row["text"]).reply
        gold.append(row["intent"])
        predicted.append(reply.intent)
        for slot, c in counts.items():
            want, got = row["slots"].get(slot), reply.slots.get(slot)
            if want and m.slot_equal(slot, want, got):
                c[0] += 1
            else:
                if got and (not want or not m.slot_equal(slot, want, got)):
                    c[1] += 1
                if want:
                    c[2] += 1
        if reply.intent != row["intent"]:
            failures.append(
                {
                    "id": row["id"],
                    "text": row["text"],
                    "expected": row["intent"],
                    "got": reply.intent,
                }
            )
    per_slot = {
        s: dict(zip(("precision", "recall", "f1"), m.f1(*c), strict=True))
        for s, c in counts.items()
    }
    tp = sum(counts[s][0] for s in ("conference", "speaker", "talk"))
    fp = sum(counts[s][1] for s in ("conference", "speaker", "talk"))
    fn = sum(counts[s][2] for s in ("conference", "speaker", "talk"))
    n = max(1, len(gold))
    return {
        "utterances": len(gold),
        "intent_accuracy": sum(g == p for g, p in zip(gold, predicted, strict=True)) / n,
        "intent_macro_f1": m.macro_f1(gold, predicted),
        "confusions": m.worst_confusions(gold, predicted),
        "slots": per_slot,
        "slot_f1": m.f1(tp, fp, fn)[2],
        "intent_failures": failures,
    }


def evaluate_dialogues(engine: Engine, sets: EvalSets) -> dict[str, object]:
    turns_ok = turns = convs_ok = 0
    failures = []
    by_position: Counter[str] = Counter()
    for conv in sets.dialogues:
        state = DialogueState()
        all_ok = True
        for position, turn in enumerate(conv["turns"], start=1):
            result = _ask(engine, turn["user"], state)
            state = result.state
            reply = result.reply
            ok = m.matches_all(turn["must_contain"], reply.answer)
            turns += 1
            turns_ok += ok
            if not ok:
                all_ok = False
                by_position[
                    f"turn {position}, {'declined' if not reply.answered else 'wrong'}"
                ] += 1
                failures.append({
                    "id": conv["id"], "user": turn["user"], "expected": turn["must_contain"],
                    "answer": reply.answer[:300], "sources": [c.source for c in reply.citations],
                })  # fmt: skip
        convs_ok += all_ok
    return {
        "conversations_total": len(sets.dialogues),
        "turn_accuracy": turns_ok / max(1, turns),
        "conversations": convs_ok / max(1, len(sets.dialogues)),
        "dialogue_failures": failures,
        "dialogue_failures_by_turn": dict(sorted(by_position.items())),
    }


def evaluate(engine: Engine, sets: EvalSets, baselines: bool) -> dict[str, object]:
    report: dict[str, object] = {}
    if sets.qa or sets.unanswerable:
        report.update(evaluate_answers(engine, sets, baselines))
    if sets.intents:
        report.update(evaluate_intents(engine, sets))
    if sets.dialogues:
        report.update(evaluate_dialogues(engine, sets))
    return report


def evaluate_notes(settings: Settings, folder: Path, baselines: bool) -> dict[str, object]:
    """A folder with its own notes (`corpus/`) and sets: index the notes apart, score
    what ingestion read against `expected.yaml`, then answer the sets over them."""
    import tempfile

    from bot.evaluation.structure import score
    from bot.indexing.builder import build
    from bot.ingest.metadata import read_manifest
    from bot.ingest.pipeline import corpus_files, parse_file, source_name

    corpus = folder / "corpus"
    with tempfile.TemporaryDirectory(prefix="bot-eval-notes-") as tmp:
        local = settings.model_copy(update={"corpus_dir": corpus, "index_dir": Path(tmp)})
        build(local, progress=False)
        engine = Engine.load(local)
        report = evaluate(engine, load_sets([folder]), baselines)
    if (folder / "expected.yaml").exists():
        manifest = read_manifest(corpus)
        parsed = []
        for path in corpus_files(corpus):
            source = source_name(corpus, path)
            try:
                parsed.append(parse_file(path, manifest.get(source, {}), source))
            except BotError:
                continue
        report.update(score(folder / "expected.yaml", parsed))
    return report


ABLATION_FIGURES = (
    "answers", "unanswerable_declined", "answerable_declined_max", "intent_accuracy",
    "conversations", "turn_accuracy",
)  # fmt: skip


def run_ablation(
    settings: Settings,
    team: EvalSets | None,
    blinds: list[tuple[Path, EvalSets]],
    full: dict[str, dict[str, object]],
    names: list[str],
) -> dict[str, dict[str, dict[str, object]]]:
    """Each mechanism switched off in turn, every set measured again: what each adds is
    the full system's figure minus the figure without it."""
    sets = ([("team", team)] if team is not None else []) + [
        (f"blind:{folder.name}", found) for folder, found in blinds
    ]
    pick = lambda report: {k: report[k] for k in ABLATION_FIGURES if k in report}  # noqa: E731
    table = {"all on": {name: pick(full[name]) for name, _ in sets if name in full}}
    for mechanism in names:
        engine = Engine.load(settings.model_copy(update={"ablate": [mechanism]}))
        table[f"without {mechanism}"] = {
            name: pick(evaluate(engine, found, baselines=False)) for name, found in sets
        }
    return table


def blind_view(report: dict[str, object]) -> dict[str, object]:
    """A blind set's report: figures and failure categories, no individual failure."""
    hidden = {"failures", "intent_failures", "dialogue_failures"}
    return {k: v for k, v in report.items() if k not in hidden}


def run_eval(
    settings: Settings,
    folders: list[Path],
    json_out: Path | None,
    fail_under: list[str],
    baselines: bool,
    blind: list[Path] | None = None,
    fail_under_blind: list[str] | None = None,
    llm: bool = False,
    ablate: list[str] | None = None,
) -> int:
    limits = parse_thresholds(fail_under)
    blind_limits = parse_thresholds(fail_under_blind or [])
    started = time.perf_counter()
    own_notes = [f for f in folders if (f / "corpus").is_dir()]  # answered over their notes
    shared = [f for f in folders if f not in own_notes]
    team = load_sets(shared) if shared else None  # a bad folder fails before the slow load
    for folder in own_notes:
        load_sets([folder])
    blinds = [(folder, load_sets([folder])) for folder in blind or []]
    engine = Engine.load(settings)
    tally = Tally()  # `--llm`: what the model's answers came to, per set
    if llm:
        engine = _through_model(engine, settings, tally)
    reports: dict[str, dict[str, object]] = {}
    if team is not None:
        reports["team"] = evaluate(engine, team, baselines) | tally.take(llm)
    for folder in own_notes:
        reports[f"notes:{folder.name}"] = evaluate_notes(settings, folder, baselines)
    for folder, sets in blinds:
        if (folder / "corpus").is_dir():  # a folder with its own notes is answered over them
            report = evaluate_notes(settings, folder, baselines)
        else:
            report = evaluate(engine, sets, baselines) | tally.take(llm)
        reports[f"blind:{folder.name}"] = blind_view(report)
    from bot.evaluation.report import print_ablation, print_report

    print_report(reports)
    ablation = {}
    if ablate:
        plain = [(f, sets) for f, sets in blinds if not (f / "corpus").is_dir()]
        ablation = run_ablation(settings, team, plain, reports, ablate)
        print_ablation(ablation)
    out: dict[str, object] = {
        "sets": [str(f) for f in folders],
        "blind": [str(f) for f in blind or []],
        **reports,
        **({"ablation": ablation} if ablation else {}),
        "seconds": round(time.perf_counter() - started, 1),
    }
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(out, indent=2, default=str))
    code = check_thresholds(reports.get("team", {}), limits) if limits else 0
    for name, report in reports.items():
        if name.startswith("blind:") and blind_limits:
            code = max(code, check_thresholds(report, blind_limits, name))
    return code


def _through_model(engine: Engine, settings: Settings, tally: Tally) -> Engine:
    """`--llm`: the engine with the configured model writing, verification checking."""
    from bot.grounded import GroundedEngine, generator_from

    generator = generator_from(settings)
    if generator is None:
        raise EvalDataError("--llm needs a model: set BOT_LLM_URL (and BOT_LLM_MODEL)")
    generator.observers.append(tally.add)
    return cast(Engine, GroundedEngine(engine, generator))  # the same `turn`, and the rest


def parse_thresholds(items: list[str]) -> dict[str, float]:
    """`answers=0.9` pairs, checked before the (slow) run so a typo fails at once."""
    limits = {}
    for item in items:
        name, sep, value = item.partition("=")
        try:
            limits[name.strip()] = float(value)
        except ValueError:
            raise EvalDataError(f"--fail-under wants metric=number, got {item!r}") from None
        if not sep or not name.strip():
            raise EvalDataError(f"--fail-under wants metric=number, got {item!r}")
    return limits


def check_thresholds(
    report: dict[str, object], limits: dict[str, float], label: str = "team"
) -> int:
    """1 when a figure is below its floor (above, for maxima) or was not measured at all."""
    failed = []
    for name, limit in limits.items():
        got = report.get(name)
        if isinstance(got, bool) or not isinstance(got, (int, float)):
            failed.append(f"{name} (not measured)")
        elif got > limit if name in MAXIMA else got < limit:
            failed.append(f"{name}={got:.3f} (limit {limit})")
    if failed:
        print(f"FAILED thresholds ({label}): " + ", ".join(failed))
        return 1
    return 0
