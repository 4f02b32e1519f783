"""Regenerate the README's screenshots (`make screenshots`): the chat on a desktop and
a phone, the report page after some traffic, and the widget embedded in another page.

Runs the real app on loopback with the built index, sends questions and ratings
through the public API, and drives Debian's Chromium. Tests never write here.
"""

from __future__ import annotations

import random
import socket
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from playwright.sync_api import Page, expect, sync_playwright

from bot.analytics.store import TurnRow
from bot.api.app import create_app
from bot.settings import Settings

DOCS = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
ADMIN = "screenshot-admin-token"
ANSWERED = [
    "How many AWS regions were there at AWSome Day?",
    "What is chaos engineering?",
    "Who gave the keynote at AWSome Day?",
    "What is Amazon S3?",
    "Which talks were there at AWS Summit London 2019?",
    "What did Adrian Hornsby talk about?",
]
DECLINED = [
    "How much does Amazon Athena cost?",
    "What does Athena cost per query?",
    "Is Athena pricing per TB scanned?",
    "How do I configure AWS Glue crawlers?",
    "What is the Glue Data Catalog?",
    "How long should I boil pasta?",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(app: object, port: int = 0) -> str:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"


def host_page(widget_src: str) -> FastAPI:
    app = FastAPI()

    @app.get("/")
    def page() -> HTMLResponse:
        return HTMLResponse(
            "<!doctype html><html lang=en><head><title>Platform team</title><meta name=viewport "
            "content='width=device-width'></head><body style='font:16px system-ui;margin:2rem 3rem;"
            "max-width:40rem'><h1>Platform team handbook</h1><p>Runbooks, on-call and the notes "
            "we bring back from conferences.</p><h2>This week</h2><ul><li>Game day on Thursday"
            "</li><li>re:Invent recap on Friday</li></ul>"
            f"<script src='{widget_src}' defer></script></body></html>"
        )

    return app


def seed(url: str, app: object) -> None:
    """Real traffic through the API, then the same turns spread over two weeks."""
    with httpx.Client(base_url=url, trust_env=False) as client:
        for i, question in enumerate(ANSWERED + DECLINED):
            channel = ("web", "widget", "api")[i % 3]
            reply = client.post(
                "/v1/ask", json={"question": question}, headers={"X-Bot-Channel": channel}
            ).json()
            rating = "down" if question in (ANSWERED[3], DECLINED[5]) else "up"
            comment = "Only says what S3 stands for" if question == ANSWERED[3] else None
            body = {"session_id": reply["session_id"], "turn": -1, "rating": rating}
            client.post("/v1/feedback", json=body | ({"comment": comment} if comment else {}))
    writer = app.state.analytics_writer  # type: ignore[attr-defined]
    writer.flush()
    today = writer.store.turns_since(0)
    rng = random.Random(21)
    history = []
    for days_back in range(1, 14):
        for row in rng.sample(today, k=rng.randint(4, len(today))):
            fields = {
                k: row[k]
                for k in (
                    "channel",
                    "session_id",
                    "question",
                    "answer",
                    "intent",
                    "answered",
                    "citations",
                    "latency_ms",
                )
            }
            fields["channel"] = rng.choice(["web", "web", "slack", "widget", "lex", "api"])
            fields["latency_ms"] = round(row["latency_ms"] * rng.uniform(0.8, 1.6), 2)
            history.append(replace(TurnRow(**fields), at=time.time() - days_back * 86400))
    writer.store.add(history)


def chat_shots(page: Page, url: str, name: str) -> None:
    page.goto(url + "/")
    expect(page.locator(".suggestion").first).to_be_visible()
    for question in (ANSWERED[0], "Who gave that talk?"):
        before = page.locator(".msg-bot").count()
        page.fill("#question", question)
        page.press("#question", "Enter")
        expect(page.locator(".msg-bot")).to_have_count(before + 1)
        if before == 0:
            page.locator(".msg-bot details.source summary").first.click()
    page.locator("#question").blur()
    page.evaluate("document.getElementById('scroller').scrollTop = 0")
    page.wait_for_timeout(300)
    page.screenshot(path=str(DOCS / f"chat-{name}.png"))


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bot-screenshots-"))
    base = Settings(
        analytics_url=f"sqlite:///{folder / 'analytics.sqlite3'}",
        admin_token=ADMIN,
        embed_origins=[],
    )
    app = create_app(base)
    url = serve(app)
    while httpx.get(url + "/readyz", trust_env=False).status_code != 200:
        time.sleep(0.2)
    host = f"http://127.0.0.1:{free_port()}"
    widget = create_app(
        base.model_copy(
            update={"embed_origins": [host], "ui_title": "Team notes", "ui_accent": "#0a7d55"}
        ),
        engine=app.state.engine.wrapped,
    )
    widget_url = serve(widget)
    serve(host_page(widget_url + "/widget.js"), int(host.rsplit(":", 1)[1]))
    seed(url, app)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        for name, viewport in (
            ("desktop", {"width": 1280, "height": 800}),
            ("phone", {"width": 360, "height": 740}),
        ):
            chat_shots(browser.new_page(viewport=viewport), url, name)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(url + "/admin")
        page.get_by_label("Admin token").fill(ADMIN)
        page.keyboard.press("Enter")
        expect(page.get_by_role("heading", name="What people asked")).to_be_visible()
        page.screenshot(path=str(DOCS / "report.png"), full_page=True)
        page = browser.new_page(viewport={"width": 1100, "height": 760})
        page.goto(host + "/")
        page.get_by_role("button", name="Team notes").click()
        chat = page.frame_locator("iframe[title='Team notes']")
        chat.get_by_label("Your question").fill(ANSWERED[0])
        chat.get_by_label("Your question").press("Enter")
        expect(chat.locator(".msg-bot")).to_have_count(1)
        page.wait_for_timeout(300)
        page.screenshot(path=str(DOCS / "widget.png"))
        browser.close()
    print(
        "wrote",
        ", ".join(
            f"docs/{n}" for n in ("chat-desktop.png", "chat-phone.png", "report.png", "widget.png")
        ),
    )


if __name__ == "__main__":
    main()
