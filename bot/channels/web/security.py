"""Security headers for the web chat's own pages.

A pure ASGI middleware (no response buffering) that adds a strict
Content-Security-Policy to the chat's HTML pages only: Swagger UI at `/docs`
loads scripts from a CDN and would break under the same policy.
"""

from __future__ import annotations

from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    )
)
BASE_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
)


class SecurityHeadersMiddleware:
    """Adds the CSP to HTML from `page_paths`, and nosniff/Referrer-Policy to
    those pages and everything under `static_prefix`."""

    def __init__(
        self,
        app: ASGIApp,
        page_paths: Iterable[str] = ("/", "/sources"),
        static_prefix: str = "/static/",
    ) -> None:
        self.app = app
        self.page_paths = frozenset(page_paths)
        self.static_prefix = static_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        is_page = path in self.page_paths
        if not is_page and not path.startswith(self.static_prefix):
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, _with_headers(send, is_page))


def _with_headers(send: Send, is_page: bool) -> Send:
    """Wrap `send` so the response start carries the extra headers."""

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k not in _OURS]
            headers.extend(BASE_HEADERS)
            content_type = dict(message.get("headers", [])).get(b"content-type", b"")
            if is_page and content_type.startswith(b"text/html"):
                headers.append((b"content-security-policy", CSP.encode()))
            message = {**message, "headers": headers}
        await send(message)

    return wrapped


_OURS = frozenset({b"x-content-type-options", b"referrer-policy", b"content-security-policy"})
