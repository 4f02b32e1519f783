"""`bot export-lex` writes the proxy's CloudFormation template: deployed on moto's
CloudFormation it yields the function and the permission Lex V2 needs, and the
inline code it carries answers a real Lex event through the real webhook."""

from __future__ import annotations

import json
import types
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import boto3
import pytest
import yaml
from lex_support import load_event
from moto import mock_aws
from typer.testing import CliRunner

from bot.channels.lex.template import INLINE_LIMIT, proxy_template
from bot.channels.lex.validate import validate_response
from bot.cli import app as cli

TOKEN = "template-test-token-0123456789"
ACCOUNT = "123456789012"  # moto's default account


@pytest.fixture(scope="module")
def exported(settings: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("export") / "ConferenceNotesBot.zip"
    env = {
        "BOT_INDEX_DIR": str(settings.index_dir),
        "BOT_CORPUS_DIR": str(settings.corpus_dir),
        "BOT_LEX_LOCALE": "en_GB",
    }
    result = CliRunner().invoke(cli, ["export-lex", "--out", str(out)], env=env)
    assert result.exit_code == 0, result.output
    return out, out.with_name("ConferenceNotesBot-proxy.yaml")


def test_the_archive_uses_the_configured_locale(exported: tuple[Path, Path]) -> None:
    archive, template = exported
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
    assert "ConferenceNotesBot/BotLocales/en_GB/BotLocale.json" in names
    assert not any("/en_US/" in n for n in names)
    assert "(en_GB)" in yaml.safe_load(template.read_text())["Description"]


def test_the_stack_creates_the_proxy_and_lets_only_that_bot_alias_invoke_it(
    exported: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(key, "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-2")
    body = exported[1].read_text()
    with mock_aws():
        cfn = boto3.client("cloudformation", region_name="eu-west-2")
        cfn.create_stack(
            StackName="lex-proxy",
            TemplateBody=body,
            Capabilities=["CAPABILITY_IAM"],
            Parameters=[
                {
                    "ParameterKey": "BotWebhookUrl",
                    "ParameterValue": "https://bot.example.org/webhooks/lex",
                },
                {"ParameterKey": "BotWebhookToken", "ParameterValue": TOKEN},
                {"ParameterKey": "LexBotId", "ParameterValue": "ABCDEFGHIJ"},
            ],
        )
        stack = cfn.describe_stacks(StackName="lex-proxy")["Stacks"][0]
        assert stack["StackStatus"] == "CREATE_COMPLETE"
        arn = next(
            o["OutputValue"] for o in stack["Outputs"] if o["OutputKey"] == "ProxyFunctionArn"
        )
        lam = boto3.client("lambda", region_name="eu-west-2")
        config = lam.get_function_configuration(FunctionName=arn)
        assert config["Handler"] == "index.lambda_handler" and config["Runtime"].startswith(
            "python3"
        )
        assert config["Environment"]["Variables"] == {
            "BOT_WEBHOOK_URL": "https://bot.example.org/webhooks/lex",
            "BOT_LEX_WEBHOOK_TOKEN": TOKEN,
            "BOT_PROXY_TIMEOUT_SECONDS": "8",
        }
        (statement,) = json.loads(lam.get_policy(FunctionName=arn)["Policy"])["Statement"]
    assert statement["Principal"] == {"Service": "lexv2.amazonaws.com"}
    assert statement["Action"] == "lambda:InvokeFunction"
    assert statement["Condition"]["ArnLike"]["AWS:SourceArn"] == (
        f"arn:aws:lex:eu-west-2:{ACCOUNT}:bot-alias/ABCDEFGHIJ/TSTALIASID"
    )


def test_the_inline_proxy_code_answers_a_lex_event_through_the_webhook(
    app_factory: Callable[..., Any],
    serve_app: Callable[[Any], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = proxy_template("ConferenceNotesBot", "en_US")["Resources"]["ProxyFunction"][
        "Properties"
    ]["Code"]["ZipFile"]
    assert len(source) <= INLINE_LIMIT
    index = types.ModuleType("index")  # CloudFormation saves inline code as index.py
    exec(compile(source, "index.py", "exec"), index.__dict__)
    url = serve_app(app_factory(lex_webhook_token=TOKEN))
    monkeypatch.setenv("BOT_WEBHOOK_URL", url + "/webhooks/lex")
    monkeypatch.setenv("BOT_LEX_WEBHOOK_TOKEN", TOKEN)
    event = load_event("v2", "03_fulfillment.json")
    reply = index.lambda_handler(event, None)
    assert validate_response(reply, "v2") == []
    assert reply["sessionState"]["intent"]["state"] == "Fulfilled"
    monkeypatch.setenv("BOT_LEX_WEBHOOK_TOKEN", "wrong-token-wrong-token")
    refused = index.lambda_handler(event, None)
    assert refused["sessionState"]["intent"]["state"] == "Failed"  # a 401 becomes an apology
