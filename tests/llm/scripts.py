"""The scripted cases the issue names, shared by the API, browser and Slack tests.

Each case is what the stand-in model says to the regions question, which sentences of
it are supported by the notes (the only ones that may ever be shown), and which mode
the reply must end in. Citations are written against the prompt the bot actually sent,
so "the regions passage" is whichever number the bot gave it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from llm.model_standin import Script, passages

QUESTION = "How many AWS regions were there at AWSome Day?"
TIMEOUT = 1.0  # BOT_LLM_TIMEOUT_SECONDS in these tests
FACT = "AWS now has 18 regions"
ZONES = "Every region has at least 2 availability zones"
INVENTED = "AWS will open 40 more regions by 2030"


def regions(prompt: str) -> int:
    return next(n for n, text in passages(prompt).items() if "18 regions" in text)


def elsewhere(prompt: str) -> int:
    return next(n for n, text in passages(prompt).items() if "18 regions" not in text)


def words(text: str) -> list[str]:
    """A sentence as a model streams it: a word (and its space) at a time."""
    return re.findall(r"\S+\s*", text)


@dataclass(frozen=True)
class Case:
    name: str
    script: Script
    mode: str  # the reply's mode once verified
    outcome: str  # bot_llm_answers_total's label: generated, or why the extractive answer
    shown: tuple[str, ...] = ()  # generated sentences that must be shown (markers aside)
    unsupported: tuple[str, ...] = ()  # what the model said that the notes do not support
    fails: bool = False  # the model fails: the extractive answer must come within the timeout


CASES = [
    Case(
        "faithful",
        Script(tokens=lambda p: words(f"{FACT} [{regions(p)}]. {ZONES} [{regions(p)}]."), gap=0.02),
        "generated",
        "generated",
        shown=(FACT, ZONES),
    ),
    Case(
        "invented figure",
        Script(
            tokens=lambda p: words(f"{FACT} [{regions(p)}]. {INVENTED} [{regions(p)}]."),
            gap=0.01,
        ),
        "generated",
        "generated",
        shown=(FACT,),
        unsupported=(INVENTED, "40", "2030"),
    ),
    Case(
        "wrong citation",
        Script(tokens=lambda p: words(f"{FACT} [{elsewhere(p)}].")),
        "extractive",
        "unsupported",
    ),
    Case(
        "no citations",
        Script(tokens=words(f"{FACT}. {ZONES}.")),
        "extractive",
        "unsupported",
    ),
    Case(
        "stalled stream",
        Script(tokens=words(f"{INVENTED} [1]."), stall_after=3),
        "extractive",
        "timeout",
        unsupported=(INVENTED,),
        fails=True,
    ),
    Case("HTTP 500", Script(status=500), "extractive", "error", fails=True),
    Case("timeout", Script(delay=TIMEOUT + 4), "extractive", "timeout", fails=True),
]


def shown_unsupported(case: Case, reply: dict[str, object], extractive: str) -> list[str]:
    """What the reply shows that the notes do not support: for an extractive reply,
    anything but the notes' own answer; for a generated one, any sentence but the
    supported ones the model wrote."""
    from bot.answering.verify import claims

    answer = str(reply["answer"])
    if reply["mode"] == "extractive":
        return [] if answer == extractive else [answer]
    shown = [c.text for c in claims(answer)]
    bad = [t for t in shown if not any(t.startswith(s) for s in case.shown)]
    return bad + [u for u in case.unsupported if u in answer]
