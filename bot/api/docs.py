"""`/docs` with Swagger UI served from this process: the default page loads its script
from a CDN, so it was blank on an offline machine. The assets come from fastapi-offline's
package data; the OpenAPI document also gets the schema of `/v1/ask`'s body, which the
route reads itself (strict JSON) and so FastAPI cannot infer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from bot.schemas import AskRequest

ASSETS = "/docs-assets"


def _assets_dir() -> Path:
    import fastapi_offline

    return Path(fastapi_offline.__file__).resolve().parent / "static"


def install(app: FastAPI, max_text_chars: int, keys_required: bool) -> None:
    app.mount(ASSETS, StaticFiles(directory=str(_assets_dir())), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def swagger() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} — API",
            swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS}/swagger-ui.css",
            swagger_favicon_url="/static/icon.svg",
        )

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title, version=app.version, routes=app.routes, description=app.description
            )
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            body = AskRequest.model_json_schema(ref_template="#/components/schemas/{model}")
            question = body["properties"]["question"]
            question["pattern"] = r"\S"  # a blank question is refused
            question["maxLength"] = min(question.get("maxLength", max_text_chars), max_text_chars)
            components["AskRequest"] = body
            # /v1/* takes an API key when BOT_API_KEYS is set: Swagger UI's Authorize button.
            schemes = schema["components"].setdefault("securitySchemes", {})
            schemes["apiKey"] = {"type": "http", "scheme": "bearer"}
            for path, operations in schema.get("paths", {}).items():
                if path.startswith("/v1/"):
                    for operation in operations.values():
                        # Without keys configured the key is optional (`{}`: no scheme).
                        operation["security"] = [{"apiKey": []}] + ([] if keys_required else [{}])
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
