"""Security headers for the web chat's own pages.

A pure ASGI middleware (no response buffering) that adds a strict
Content-Security-Policy to the chat's HTML pages only: Swagger UI at `/docs`
loads scripts from a CDN and would break under the same policy. Only the embed
page may be framed, and only by the origins in BOT_EMBED_ORIGINS.
"""

from __future__ import annotations

from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send


def content_security_policy(frame_ancestors: str = "'none'") -> str:
    return "; ".join(
        (
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            f"frame-ancestors {frame_ancestors}",
            "base-uri 'self'",
            "form-action 'self'",
        )
    )


CSP = content_security_policy()
BASE_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
)


def route_path(scope: Scope) -> str:
    """The path without the prefix the app is served under (`/bot/sources` -> `/sources`)."""
    path: str = scope.get("path", "")
    root: str = scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root) :] or "/"
    return path


class SecurityHeadersMiddleware:
    """Adds the CSP to HTML from `page_paths` (or under `page_prefixes`), and
    nosniff/Referrer-Policy to those pages and everything under `static_prefix`.
    Pages in `embed_paths` may be framed by `embed_origins` (and this origin)."""

    def __init__(
        self,
        app: ASGIApp,
        page_paths: Iterable[str] = ("/", "/sources"),
        static_prefix: str = "/static/",
        page_prefixes: Iterable[str] = (),
        embed_paths: Iterable[str] = (),
        embed_origins: Iterable[str] = (),
    ) -> None:
        self.app = app
        self.page_paths = frozenset(page_paths)
        self.page_prefixes = tuple(page_prefixes)
        self.static_prefix = static_prefix
        self.embed_paths = frozenset(embed_paths)
        self.embed_csp = content_security_policy(" ".join(["'self'", *embed_origins]))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = route_path(scope)
        is_page = path in self.page_paths or path.startswith(self.page_prefixes or ("\0",))
        is_page = is_page or path in self.embed_paths
        if not is_page and not path.startswith(self.static_prefix):
            await self.app(scope, receive, send)
            return
        policy = self.embed_csp if path in self.embed_paths else CSP
        await self.app(scope, receive, _with_headers(send, policy if is_page else None))


def _with_headers(send: Send, policy: str | None) -> Send:
    """Wrap `send` so the response start carries the extra headers."""

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k not in _OURS]
            headers.extend(BASE_HEADERS)
            content_type = dict(message.get("headers", [])).get(b"content-type", b"")
            if policy and content_type.startswith(b"text/html"):
                headers.append((b"content-security-policy", policy.encode()))
            message = {**message, "headers": headers}
        await send(message)

    return wrapped


_OURS = frozenset({b"x-content-type-options", b"referrer-policy", b"content-security-policy"})
