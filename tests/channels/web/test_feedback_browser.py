"""Rating answers and following a citation to the note, in a real Chromium."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect
from web_support import ARTIFACTS, assert_clean, open_page

pytestmark = pytest.mark.browser

REGIONS_Q = "How many AWS regions were there at AWSome Day?"
CHAOS_Q = "What is chaos engineering?"


@pytest.fixture(scope="module")
def served(
    app_factory: Callable[..., Any],
    serve_app: Callable[[Any], str],
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[str, Any]:
    db = tmp_path_factory.mktemp("fb") / "analytics.sqlite3"
    app = app_factory(analytics_url=f"sqlite:///{db}")
    return serve_app(app), app


def ask(page: Page, text: str) -> Any:
    bots = page.locator(".msg-bot")
    before = bots.count()
    page.fill("#question", text)
    page.press("#question", "Enter")
    expect(bots).to_have_count(before + 1)
    return bots.nth(before)


def ratings(app: Any) -> list[dict[str, Any]]:
    writer = app.state.analytics_writer
    assert writer.flush()
    return writer.store.ratings_since(0)


def test_rating_by_keyboard_is_announced_and_a_comment_can_follow(
    chromium: Browser, served: tuple[str, Any]
) -> None:
    url, app = served
    page = open_page(chromium, url + "/")
    first = ask(page, REGIONS_Q)
    ask(page, CHAOS_Q)
    down = first.get_by_role("button", name="Not helpful")
    down.focus()
    page.keyboard.press("Enter")
    expect(down).to_have_attribute("aria-pressed", "true")
    status = page.locator("#feedback-status")
    expect(status).to_have_text("Thanks. You can add a comment below.")
    comment = first.get_by_label("What was wrong or missing? (optional)")
    expect(comment).to_be_focused()
    page.keyboard.type("It should say how many regions there are now.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(status).to_have_text("Thanks, your comment was sent.")
    expect(comment).to_be_hidden()
    (row,) = ratings(app)
    assert row["question"] == REGIONS_Q and row["rating"] == -1
    assert row["comment"] == "It should say how many regions there are now."
    assert_clean(page)
    page.context.close()


def test_after_a_reload_the_rating_still_reaches_the_right_turn(
    chromium: Browser, served: tuple[str, Any]
) -> None:
    url, app = served
    page = open_page(chromium, url + "/")
    ask(page, CHAOS_Q)
    ask(page, REGIONS_Q)
    page.reload()
    expect(page.locator(".msg-bot")).to_have_count(2)
    page.locator(".msg-bot").first.get_by_role("button", name="Helpful", exact=True).click()
    expect(page.locator("#feedback-status")).to_have_text("Thanks, glad it helped.")
    latest = max(ratings(app), key=lambda r: r["at"])
    assert latest["question"] == CHAOS_Q and latest["rating"] == 1
    assert_clean(page)
    page.context.close()


def test_a_source_card_opens_the_note_at_the_cited_passage(
    chromium: Browser, served: tuple[str, Any]
) -> None:
    url, _ = served
    page = open_page(chromium, url + "/")
    reply = ask(page, REGIONS_Q)
    reply.locator("details.source summary").first.click()
    link = reply.get_by_role("link", name="Open the note at this passage").first
    snippet = reply.locator(".snippet").first.inner_text()
    with page.context.expect_page() as opened:
        link.click()
    note: Page = opened.value
    note.wait_for_load_state()
    assert "/notes/awsome-day-manchester-2018.txt#passage-" in note.url
    cited = note.locator(".passage.cited")
    expect(cited.first).to_be_visible()
    expect(cited.first).to_be_focused()
    assert snippet.split(".")[0] in " ".join(cited.all_inner_texts())
    expect(note.locator("#cited-status")).to_have_text("The cited passage is highlighted.")
    background = "getComputedStyle(document.querySelector('.passage.cited')).backgroundColor"
    assert note.evaluate(background) != "rgba(0, 0, 0, 0)"
    note.screenshot(path=str(Path(ARTIFACTS) / "notes-viewer.png"))
    assert note.evaluate("window.__cspViolations") == []
    assert_clean(page)
    page.context.close()
