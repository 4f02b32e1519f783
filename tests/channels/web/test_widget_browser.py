"""The embeddable chat: a page on another origin loads widget.js from a bot served
under a path prefix, opens the chat by keyboard and gets an answer in the iframe.
A page on an origin not in BOT_EMBED_ORIGINS cannot frame the chat at all."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from playwright.sync_api import Browser, Page, expect
from web_support import ARTIFACTS, free_port, open_page

pytestmark = pytest.mark.browser

PREFIX = "/kb"
TITLE = "Team notes"
ACCENT = "#0a7d55"


def host_app(bot_url: str) -> FastAPI:
    """Somebody's intranet page, with a strict CSP of its own that lets the widget in."""
    app = FastAPI()
    origin = bot_url.split(PREFIX)[0]
    policy = f"default-src 'self'; script-src 'self' {origin}; frame-src {origin}; style-src 'self'"

    @app.get("/")
    def page() -> HTMLResponse:
        html = (
            "<!doctype html><html lang=en><head><title>Intranet</title></head><body>"
            "<h1>Platform team</h1><p>Welcome. <a href='#news'>News</a></p>"
            f"<script src='{bot_url}/widget.js' defer></script></body></html>"
        )
        return HTMLResponse(html, headers={"Content-Security-Policy": policy})

    return app


@pytest.fixture(scope="module")
def sites(
    app_factory: Callable[..., Any],
    serve_app: Callable[..., str],
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, Any]:
    host_port, stranger_port = free_port(), free_port()
    db = tmp_path_factory.mktemp("widget") / "analytics.sqlite3"
    bot = app_factory(
        root_path=PREFIX,
        embed_origins=[f"http://127.0.0.1:{host_port}"],
        ui_title=TITLE,
        ui_accent=ACCENT,
        analytics_url=f"sqlite:///{db}",
    )
    bot_url = serve_app(bot) + PREFIX
    return {
        "bot": bot,
        "bot_url": bot_url,
        "host": serve_app(host_app(bot_url), host_port),
        "stranger": serve_app(host_app(bot_url), stranger_port),
    }


def tab_to(page: Page, name: str) -> None:
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent").endswith(name):
            return
    raise AssertionError(f"{name!r} cannot be reached with Tab")


def test_widget_opens_the_chat_on_another_origin_and_answers(
    chromium: Browser, sites: dict[str, Any]
) -> None:
    page = open_page(chromium, sites["host"] + "/")
    launcher = page.get_by_role("button", name=TITLE)
    expect(launcher).to_have_attribute("aria-expanded", "false")
    assert launcher.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(10, 125, 85)"
    tab_to(page, TITLE)
    page.keyboard.press("Enter")
    expect(launcher).to_have_attribute("aria-expanded", "true")
    frame_element = page.locator(f"iframe[title='{TITLE}']")
    assert frame_element.get_attribute("src") == sites["bot_url"] + "/embed"
    chat = page.frame_locator(f"iframe[title='{TITLE}']")
    question = chat.get_by_label("Your question")
    expect(question).to_be_focused()  # focus moved into the chat on open
    expect(chat.locator(".brand-name")).to_have_text(TITLE)
    page.keyboard.type("How many AWS regions were there at AWSome Day?")
    page.keyboard.press("Enter")
    answer = chat.locator(".msg-bot")
    expect(answer).to_have_count(1)
    expect(answer).to_contain_text("18 regions")
    link = answer.locator("a.source-link").first  # inside the (closed) source card
    href = link.evaluate("a => a.href")
    assert href.startswith(sites["bot_url"] + "/notes/awsome-day-manchester-2018.txt#passage-")
    page.screenshot(path=str(ARTIFACTS / "widget-open.png"))
    page.keyboard.press("Escape")  # inside the iframe: the chat asks the host to close it
    expect(launcher).to_have_attribute("aria-expanded", "false")
    expect(launcher).to_be_focused()
    expect(frame_element).to_be_hidden()
    writer = sites["bot"].state.analytics_writer
    assert writer.flush()
    assert [t["channel"] for t in writer.store.turns_since(0)] == ["widget"]
    assert page.errors == []
    page.context.close()


def test_an_origin_not_allowed_cannot_frame_the_chat(
    chromium: Browser, sites: dict[str, Any]
) -> None:
    page = open_page(chromium, sites["stranger"] + "/")
    page.get_by_role("button", name=TITLE).click()
    frame = page.frame_locator(f"iframe[title='{TITLE}']")
    page.wait_for_timeout(1500)
    expect(frame.locator("#question")).to_have_count(0)
    page.context.close()


def test_pages_under_the_prefix_link_within_it(chromium: Browser, sites: dict[str, Any]) -> None:
    page = open_page(chromium, sites["bot_url"] + "/")
    expect(page.locator(".suggestion").first).to_be_visible()  # v1/suggestions under the prefix
    page.get_by_role("link", name="Sources").click()
    expect(page).to_have_url(sites["bot_url"] + "/sources")
    assert page.evaluate("getComputedStyle(document.querySelector('.brand-mark')).width") != "0px"
    assert page.evaluate("window.__cspViolations") == []
    page.context.close()
