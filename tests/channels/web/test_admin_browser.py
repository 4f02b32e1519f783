"""The report page in a real Chromium: sign in by keyboard, read the charts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import Browser, expect
from web_support import ARTIFACTS, assert_clean, open_page

pytestmark = pytest.mark.browser
TOKEN = "browser-admin-token"


def test_report_page_after_signing_in(
    chromium: Browser,
    app_factory: Callable[..., Any],
    serve_app: Callable[[Any], str],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    db = tmp_path_factory.mktemp("admin") / "analytics.sqlite3"
    app = app_factory(analytics_url=f"sqlite:///{db}", admin_token=TOKEN)
    url = serve_app(app)
    import httpx

    for q in ("What is chaos engineering?", "How much does Athena cost?", "Athena pricing?"):
        httpx.post(url + "/v1/ask", json={"question": q}, trust_env=False)
    assert app.state.analytics_writer.flush()  # written off the request path: wait for it
    page = open_page(chromium, url + "/admin")
    page.get_by_label("Admin token").fill(TOKEN)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="What people asked")).to_be_visible()
    expect(page.get_by_role("img", name="Questions per day, answered and declined")).to_be_visible()
    topics = page.locator(".topics > li")
    expect(topics.first).to_contain_text("Athena")
    expect(topics.first).to_contain_text("2×")
    page.screenshot(path=str(ARTIFACTS / "admin-report.png"), full_page=True)
    assert_clean(page)
    page.context.close()
