"""The web chat channel: the page at `/`, the corpus overview at `/sources`.

The page is a static client of the public HTTP API (`/v1/ask`, `/v1/sessions`,
`/v1/suggestions`); this package only serves HTML and assets, and guards them
with security headers.
"""

from bot.channels.web.router import WEB_DIR, build_router, install, mount_static
from bot.channels.web.security import SecurityHeadersMiddleware

__all__ = ["WEB_DIR", "SecurityHeadersMiddleware", "build_router", "install", "mount_static"]
