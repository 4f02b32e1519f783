"""The API honours its own OpenAPI document: schemathesis generates requests from it (valid
and invalid) against the real app and engine, and every reply must be documented, of the
documented shape, and never a 5xx."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from pydantic import SecretStr

from bot.api.app import create_app

try:
    from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance
except ImportError:  # pragma: no cover - moved in another schemathesis release
    negative_data_rejection = positive_data_acceptance = None  # type: ignore[assignment]
# The Lex webhook's body is AWS's event, read tolerantly as AWS advises: its schema here is
# "an object", so which objects it accepts is not part of our contract (the rest is).
LEX_EXEMPT = [c for c in (negative_data_rejection, positive_data_acceptance) if c is not None]


@pytest.fixture(scope="module")
def api(app_factory):  # type: ignore[no-untyped-def]
    base = app_factory(
        api_keys=["contract-key"],
        lex_webhook_token=SecretStr("contract-lex"),
        rate_limit_per_second=0,
    )
    return create_app(base.state.settings, engine=base.state.engine._engine)


EXAMPLES = 60  # per operation: seconds for the whole API


def test_every_operation_answers_as_documented(api) -> None:  # type: ignore[no-untyped-def]
    schema = schemathesis.openapi.from_asgi("/openapi.json", api)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
        def check(case) -> None:  # type: ignore[no-untyped-def]
            lex = case.path.startswith("/webhooks/lex")
            case.call_and_validate(
                headers={"Authorization": f"Bearer {'contract-lex' if lex else 'contract-key'}"},
                excluded_checks=LEX_EXEMPT if lex else None,
            )

        check()


def test_docs_page_uses_local_assets(api) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    with TestClient(api) as c:
        page = c.get("/docs").text
        assert "cdn." not in page and "/docs-assets/swagger-ui-bundle.js" in page
        js = c.get("/docs-assets/swagger-ui-bundle.js")
        assert js.status_code == 200 and len(js.content) > 100_000
        spec = c.get("/openapi.json").json()
        ask = spec["paths"]["/v1/ask"]["post"]
        body = ask["requestBody"]["content"]["application/json"]["schema"]
        assert body == {"$ref": "#/components/schemas/AskRequest"}
        assert "question" in spec["components"]["schemas"]["AskRequest"]["properties"]
        assert {"401", "413", "415", "422", "429", "503"} <= set(ask["responses"])
