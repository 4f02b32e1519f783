"""The web chat with BOT_API_KEYS set, in a real Chromium: sign in once, chat on the
cookie, and be sent back to sign-in when the cookie is gone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, expect, sync_playwright
from web_support import CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.browser
KEY = "browser-key"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def test_sign_in_then_chat_then_back_to_sign_in_when_signed_out(
    browser: Browser,
    app_factory,
    serve_app,  # type: ignore[no-untyped-def]
) -> None:
    base = serve_app(app_factory(api_keys=[KEY]))
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "/")
    expect(page).to_have_url(base + "/login")
    page.fill("#key", "wrong")
    page.click("button[type=submit]")
    expect(page.get_by_role("alert")).to_contain_text("not valid")
    page.fill("#key", KEY)
    page.click("button[type=submit]")
    expect(page).to_have_url(base + "/")
    page.fill("#question", "How many AWS regions were there at AWSome Day?")
    page.press("#question", "Enter")
    expect(page.locator(".msg-bot").last).to_contain_text("18 regions")
    context.clear_cookies()
    page.fill("#question", "where was that?")
    page.press("#question", "Enter")
    expect(page).to_have_url(base + "/login")
    context.close()
