"""The web chat in a real headless Chromium against a real server on loopback.

Each test drives the page the way a person would and checks what they would
see; the page probes (web_support.PAGE_PROBES) also fail a test on any CSP
violation or script error, so the strict policy and the page stay in step.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from web_support import (
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    PAGE_PROBES,
    RestartableServer,
)

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
REGIONS_Q = "How many AWS regions were there at AWSome Day?"
FOLLOW_UP_Q = "Who gave that talk?"
SLOT_Q = "summarise a talk"
SESSION_KEY = "cna.session_id"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def base_url(app_factory: Callable[..., Any], serve_app: Callable[[Any], str]) -> str:
    return serve_app(app_factory())


def open_page(browser: Browser, url: str, **context: Any) -> Page:
    ctx = browser.new_context(viewport=context.pop("viewport", DESKTOP), **context)
    ctx.add_init_script(PAGE_PROBES)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.errors = errors  # type: ignore[attr-defined]
    page.goto(url)
    return page


def assert_clean(page: Page) -> None:
    """No script errors and nothing blocked by the page's own CSP."""
    assert page.errors == []  # type: ignore[attr-defined]
    assert page.evaluate("window.__cspViolations") == []


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    pg = open_page(browser, base_url + "/")
    yield pg
    assert_clean(pg)
    pg.context.close()


def ask(page: Page, text: str) -> Any:
    """Type a question, press Enter, wait for the assistant's reply to it."""
    bots = page.locator(".msg-bot")
    before = bots.count()
    page.fill("#question", text)
    page.press("#question", "Enter")
    expect(bots).to_have_count(before + 1)
    return bots.nth(before)


def test_chat_page_sends_a_strict_csp(browser: Browser, base_url: str) -> None:
    pg = open_page(browser, base_url + "/")
    response = pg.context.request.get(base_url + "/")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    expect(pg.locator("#empty")).to_be_visible()
    assert_clean(pg)
    pg.context.close()


def test_suggestions_come_from_the_api_and_can_be_asked(page: Page, base_url: str) -> None:
    wanted = page.request.get(base_url + "/v1/suggestions").json()["questions"]
    assert wanted, "the corpus should yield suggestions"
    buttons = page.locator(".suggestion")
    expect(buttons).to_have_count(min(len(wanted), 6))
    assert buttons.all_text_contents() == wanted[:6]
    buttons.first.click()
    expect(page.locator(".msg-user").first).to_have_text(wanted[0])
    expect(page.locator(".msg-bot")).to_have_count(1)
    expect(page.locator("#empty")).to_be_hidden()


def test_answer_shows_its_source_and_follow_up_uses_memory(page: Page) -> None:
    reply = ask(page, REGIONS_Q)
    expect(reply.locator(".answer")).to_contain_text("18")
    assert page.evaluate("window.__typingSeen") is True
    expect(page.locator("#typing")).to_be_hidden()
    card = reply.locator("details.source").first
    expect(card.locator("summary")).to_contain_text("AWSome Day")
    expect(card.locator("summary")).to_contain_text("28 Feb 2018")
    expect(card.locator(".snippet")).to_be_hidden()
    card.locator("summary").click()
    expect(card.locator(".snippet")).to_be_visible()
    expect(card.locator(".snippet")).to_contain_text("18")

    follow = ask(page, FOLLOW_UP_Q)
    expect(follow.locator(".answer")).to_contain_text("Tom Woodyer")


def test_quick_reply_fills_the_missing_slot(page: Page) -> None:
    prompt = ask(page, SLOT_Q)
    replies = prompt.locator(".quick-reply")
    expect(replies.first).to_be_visible()
    assert prompt.get_attribute("data-intent") == "summarize_talk"
    chosen = replies.first.text_content() or ""
    replies.first.click()
    summary = page.locator(".msg-bot").nth(1)
    expect(summary).to_be_visible()
    expect(page.locator(".msg-user").nth(1)).not_to_have_text("")
    assert summary.get_attribute("data-intent") == "summarize_talk"
    assert summary.get_attribute("data-answered") == "true"
    expect(summary.locator(".answer")).not_to_have_text(prompt.locator(".answer").inner_text())
    expect(summary.locator("details.source").first).to_be_attached()
    # Quick replies of the answered prompt are gone: only the latest answer has them.
    expect(prompt.locator(".quick-reply")).to_have_count(0)
    assert chosen


def test_reload_restores_the_conversation(page: Page) -> None:
    ask(page, REGIONS_Q)
    ask(page, FOLLOW_UP_Q)
    session = page.evaluate(f"localStorage.getItem('{SESSION_KEY}')")
    assert session
    page.reload()
    expect(page.locator(".msg-user")).to_have_text([REGIONS_Q, FOLLOW_UP_Q])
    expect(page.locator(".msg-bot")).to_have_count(2)
    first = page.locator(".msg-bot").first
    expect(first.locator(".answer")).to_contain_text("18")
    expect(first.locator("details.source summary").first).to_contain_text("AWSome Day")
    expect(page.locator(".msg-bot").last.locator(".answer")).to_contain_text("Tom Woodyer")
    expect(page.locator("#empty")).to_be_hidden()
    assert page.evaluate(f"localStorage.getItem('{SESSION_KEY}')") == session


def test_new_conversation_forgets_the_session(page: Page, base_url: str) -> None:
    ask(page, REGIONS_Q)
    old = page.evaluate(f"localStorage.getItem('{SESSION_KEY}')")
    with page.expect_response(lambda r: r.request.method == "DELETE") as deleted:
        page.click("#new-conversation")
    assert deleted.value.ok
    expect(page.locator(".msg")).to_have_count(0)
    expect(page.locator("#empty")).to_be_visible()
    expect(page.locator(".suggestion").first).to_be_visible()
    assert page.evaluate(f"localStorage.getItem('{SESSION_KEY}')") is None
    assert page.request.get(f"{base_url}/v1/sessions/{old}").status == 404
    # The memory is gone too: a follow-up no longer knows "that talk".
    ask(page, REGIONS_Q)
    assert page.evaluate(f"localStorage.getItem('{SESSION_KEY}')") not in (None, old)
    page.reload()
    expect(page.locator(".msg-user")).to_have_text([REGIONS_Q])


def test_server_outage_shows_an_error_keeps_the_input_and_retry_recovers(
    browser: Browser, app_factory: Callable[..., Any]
) -> None:
    server = RestartableServer(app_factory())
    server.start()
    pg = open_page(browser, server.url + "/")
    try:
        ask(pg, REGIONS_Q)
        server.stop()
        pg.fill("#question", FOLLOW_UP_Q)
        pg.press("#question", "Enter")
        status = pg.locator("#status")
        expect(status).to_be_visible()
        expect(status).to_contain_text("Can't reach the server")
        expect(pg.locator("#retry")).to_be_visible()
        expect(pg.locator("#question")).to_have_value(FOLLOW_UP_Q)
        expect(pg.locator(".msg-user").last).to_have_class(re.compile("msg-failed"))
        expect(pg.locator("#typing")).to_be_hidden()

        server.start()
        pg.click("#retry")
        expect(pg.locator(".msg-bot")).to_have_count(2)
        expect(status).to_be_hidden()
        expect(pg.locator("#question")).to_have_value("")
        expect(pg.locator(".msg-user")).to_have_text([REGIONS_Q, FOLLOW_UP_Q])
        expect(pg.locator(".failed-mark")).to_have_count(0)
        expect(pg.locator(".msg-bot").last.locator(".answer")).to_contain_text("Tom Woodyer")
        assert_clean(pg)
    finally:
        pg.context.close()
        server.stop()


def test_server_error_is_explained_and_retry_recovers(page: Page) -> None:
    def store_down(route: Any) -> None:
        route.fulfill(
            status=503,
            content_type="application/json",
            body='{"error": "session_store_unavailable", "detail": "redis is down"}',
        )

    page.route("**/v1/ask", store_down)
    page.fill("#question", REGIONS_Q)
    page.press("#question", "Enter")
    expect(page.locator("#status")).to_contain_text("redis is down")
    expect(page.locator("#question")).to_have_value(REGIONS_Q)
    page.unroute("**/v1/ask")
    page.click("#retry")
    expect(page.locator(".msg-bot .answer")).to_contain_text("18")
    expect(page.locator(".msg-user")).to_have_count(1)


XSS_QUESTIONS = [
    "<script>window.__xss = 1</script>",
    '<img src=x onerror="window.__xss = 2">',
    '"><svg onload="window.__xss = 3"></svg>',
]


def test_xss_in_questions_renders_as_text(page: Page) -> None:
    for payload in XSS_QUESTIONS:
        ask(page, payload)
        expect(page.locator(".msg-user").last).to_have_text(payload)
    page.reload()  # history rendering must be just as safe
    expect(page.locator(".msg-user")).to_have_text(XSS_QUESTIONS)
    assert page.evaluate("window.__xss") is None
    assert page.locator("#log img, #log script, #log svg").count() == 0


def test_markup_in_notes_and_buttons_renders_as_text(page: Page) -> None:
    """Notes are data too: a snippet, talk title or button label with markup
    must show as characters (simulated by a crafted reply)."""
    hostile = '<img src=x onerror="window.__xss = 4">'
    body = {
        "session_id": "s-xss",
        "answer": "Answer " + hostile,
        "answered": True,
        "intent": "ask_question",
        "slots": {},
        "citations": [
            {
                "source": "x.txt",
                "title": hostile,
                "conference": "Conf <b>bold</b>",
                "date": "2018-02-28",
                "section": "<script>window.__xss = 5</script>",
                "speaker": hostile,
                "snippet": hostile,
                "score": 1.0,
            }
        ],
        "buttons": [{"text": hostile, "value": "x"}],
        "latency_ms": 1.0,
    }
    page.route("**/v1/ask", lambda route: route.fulfill(json=body))
    reply = ask(page, "anything")
    expect(reply.locator(".answer")).to_have_text("Answer " + hostile)
    expect(reply.locator(".quick-reply")).to_have_text(hostile)
    reply.locator("details.source summary").click()
    expect(reply.locator(".snippet")).to_have_text(hostile)
    expect(reply.locator(".source-conf")).to_have_text("Conf <b>bold</b>")
    assert page.locator("#log img, #log script, #log b").count() == 0
    assert page.evaluate("window.__xss") is None


def test_keyboard_only(page: Page) -> None:
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "question"
    outline = "getComputedStyle(document.getElementById('composer')).outlineStyle"
    assert page.evaluate(outline) != "none", "focus on the input must be visible"

    page.keyboard.type("first line")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("second line")
    expect(page.locator("#question")).to_have_value("first line\nsecond line")
    expect(page.locator(".msg")).to_have_count(0)
    page.keyboard.press("Control+a")
    page.keyboard.type(SLOT_Q)
    page.keyboard.press("Enter")
    expect(page.locator(".quick-reply").first).to_be_visible()

    for _ in range(15):
        if page.evaluate("document.activeElement.classList.contains('quick-reply')"):
            break
        page.keyboard.press("Shift+Tab")
    focused = "document.activeElement"
    assert page.evaluate(f"{focused}.classList.contains('quick-reply')"), "quick reply unreachable"
    assert page.evaluate(f"getComputedStyle({focused}).outlineStyle") != "none"
    page.keyboard.press("Space")
    expect(page.locator(".msg-bot")).to_have_count(2)
    assert page.locator(".msg-bot").last.get_attribute("data-intent") == "summarize_talk"
    assert page.evaluate("document.activeElement.id") == "question"


def test_copy_answer(browser: Browser, base_url: str) -> None:
    pg = open_page(browser, base_url + "/", permissions=["clipboard-read", "clipboard-write"])
    reply = ask(pg, REGIONS_Q)
    reply.locator("button.copy").click()
    expect(reply.locator(".copy-status")).to_have_text("Copied")
    copied = pg.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(reply.locator(".answer").inner_text())
    assert "Sources:" in copied and "AWSome Day" in copied
    assert_clean(pg)
    pg.context.close()


def test_sources_page_links_prefill_the_chat(browser: Browser, base_url: str, engine: Any) -> None:
    pg = open_page(browser, base_url + "/sources")
    for doc in engine.documents():
        expect(pg.locator(".conf h2", has_text=doc.conference)).to_have_count(1)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / "sources-desktop.png"), full_page=True)
    talk = pg.locator("a.talk").first
    name = talk.inner_text()
    talk.click()
    expect(pg.locator("#question")).to_have_value(re.compile(re.escape(name)))
    assert "?q=" not in pg.url  # a reload must not pre-fill it again
    question = pg.locator("#question").input_value()
    pg.press("#question", "Enter")
    expect(pg.locator(".msg-user")).to_have_text([question])
    expect(pg.locator(".msg-bot")).to_have_count(1)
    assert pg.locator(".msg-bot").get_attribute("data-answered") == "true"
    assert_clean(pg)
    pg.context.close()


@pytest.mark.parametrize(
    ("name", "viewport", "scheme"),
    [("desktop", DESKTOP, "light"), ("phone", PHONE, "light"), ("desktop-dark", DESKTOP, "dark")],
)
def test_screenshots(
    browser: Browser, base_url: str, name: str, viewport: dict[str, int], scheme: str
) -> None:
    """Screenshots for people to look at (and the README): a cited answer with
    its source open, a follow-up answered from memory, then quick replies."""
    pg = open_page(browser, base_url + "/", viewport=viewport, color_scheme=scheme)
    expect(pg.locator(".suggestion").first).to_be_visible()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"chat-{name}-empty.png"))
    reply = ask(pg, REGIONS_Q)
    reply.locator("details.source summary").first.click()
    ask(pg, FOLLOW_UP_Q)
    pg.locator("#question").blur()
    pg.evaluate("document.getElementById('scroller').scrollTop = 0")
    pg.wait_for_timeout(200)  # let the source card's chevron finish turning
    shot = ARTIFACTS / f"chat-{name}.png"
    pg.screenshot(path=str(shot))
    ask(pg, SLOT_Q)
    pg.evaluate("document.getElementById('scroller').scrollTop = 1e6")
    pg.wait_for_timeout(200)
    pg.screenshot(path=str(ARTIFACTS / f"chat-{name}-quick-replies.png"))
    assert_clean(pg)
    pg.context.close()
    assert shot.stat().st_size > 10_000
