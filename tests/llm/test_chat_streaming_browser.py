"""The web chat with a model configured, in a real headless Chromium against a real
server on loopback, the stand-in playing the model: each scripted case as a person sees
it (the draft while the model writes, then the verified answer in its place), and how
soon the model's first token reaches the page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from llm.model_standin import ModelStandIn
from llm.scripts import CASES, QUESTION, TIMEOUT, Case, shown_unsupported

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
FIRST_TOKEN_BUDGET = 0.050  # the target: the page shows it within 50 ms of the stand-in
# Before any page script: when the draft first shows text (page clock: wall time, in ms),
# what it showed last, script errors and CSP violations.
PROBES = """
window.__draft = { first: null, last: "", verified: [] };
window.__times = { asked: null, answered: null };
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__cspViolations.push(e.violatedDirective);
});
document.addEventListener('DOMContentLoaded', function () {
  var log = document.getElementById('log');
  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      change.addedNodes.forEach(function (node) {
        var now = performance.timeOrigin + performance.now();
        if (!node.classList) return;
        if (node.classList.contains('msg-user')) window.__times.asked = now;
        if (node.classList.contains('msg-bot') && !node.classList.contains('msg-draft')) {
          window.__times.answered = now;
        }
      });
    });
    var draft = log.querySelector('.msg-draft .answer');
    if (!draft || !draft.textContent) return;
    if (window.__draft.first === null) {
      window.__draft.first = performance.timeOrigin + performance.now();
    }
    window.__draft.last = draft.textContent;
    var verified = log.querySelector('.msg-draft .draft-verified').textContent;
    if (verified && window.__draft.verified.indexOf(verified) < 0) {
      window.__draft.verified.push(verified);
    }
  }).observe(log, { subtree: true, childList: true, characterData: true });
});
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def served(
    app_factory: Callable[..., Any], serve_app: Callable[[Any], str], model_standin: ModelStandIn
) -> tuple[str, Any]:
    app = app_factory(llm_url=model_standin.url, llm_timeout_seconds=TIMEOUT)
    return serve_app(app), app


@pytest.fixture(scope="module")
def extractive(app_factory: Callable[..., Any]) -> str:
    from fastapi.testclient import TestClient

    with TestClient(app_factory()) as client:
        return str(client.post("/v1/ask", json={"question": QUESTION}).json()["answer"])


@pytest.fixture
def page(browser: Browser, served: tuple[str, Any]) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.add_init_script(PROBES)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(served[0] + "/")
    yield pg
    assert errors == []
    assert pg.evaluate("window.__cspViolations") == []
    context.close()


def ask(page: Page, text: str) -> Any:
    answers = page.locator(".msg-bot:not(.msg-draft)")
    before = answers.count()
    page.fill("#question", text)
    page.press("#question", "Enter")
    expect(answers).to_have_count(before + 1, timeout=10_000)
    return answers.nth(before)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_chat_shows_the_verified_answer_in_place_of_the_draft(
    case: Case,
    page: Page,
    served: tuple[str, Any],
    model_standin: ModelStandIn,
    extractive: str,
) -> None:
    served[1].state.generator.breaker.succeeded()  # each case on a closed breaker
    model_standin.reset(case.script)
    reply = ask(page, QUESTION)
    times = page.evaluate("window.__times")
    elapsed = (times["answered"] - times["asked"]) / 1000  # on the page: submit to answer
    assert model_standin.requests[0].error is None
    expect(page.locator(".msg-draft")).to_have_count(0)
    shown = reply.locator(".answer").inner_text()
    assert reply.get_attribute("data-mode") == case.mode
    assert shown_unsupported(case, {"answer": shown, "mode": case.mode}, extractive) == []
    note = reply.locator(".mode-note")
    if case.mode == "generated":
        expect(note).to_be_visible()
        expect(reply.locator("details.source")).to_have_count(1)
    else:
        expect(note).to_have_count(0)
    drafted = page.evaluate("window.__draft")
    if case.script.gap:  # words a gap apart reach the page apart (else in one read, at once)
        assert drafted["last"], "the model's words were shown as a draft while it wrote"
    # While the model wrote, only sentences verification kept were shown as verified.
    verified = " ".join(drafted["verified"])
    assert shown_unsupported(case, {"answer": verified, "mode": "generated"}, "") == []
    if case.mode == "generated":
        assert case.shown[0] in verified
    if case.fails:
        print(f"\n{case.name}: the chat showed the extractive answer after {elapsed:.2f} s")
        # The server's own margin (0.1 s) is held in test_generated_answers; here the page's
        # round trips and the turn come on top, on a machine shared with other work.
        assert elapsed <= TIMEOUT + 0.5


def test_the_first_token_reaches_the_page_within_50_ms_of_the_model(
    page: Page, served: tuple[str, Any], model_standin: ModelStandIn
) -> None:
    faithful = next(c for c in CASES if c.name == "faithful")
    delays = []
    for _ in range(3):
        served[1].state.generator.breaker.succeeded()
        model_standin.reset(faithful.script)
        page.evaluate("window.__draft.first = null")
        ask(page, QUESTION)
        sent = model_standin.requests[0].first_token_at
        shown = page.evaluate("window.__draft.first")
        assert sent is not None and shown is not None
        delays.append(shown / 1000 - sent)
    print(
        "\nfirst token, stand-in to page: "
        + ", ".join(f"{d * 1000:.1f} ms" for d in delays)
        + f" (budget {FIRST_TOKEN_BUDGET * 1000:.0f} ms)"
    )
    assert max(delays) <= FIRST_TOKEN_BUDGET
