"""A CloudFormation template for the Lex proxy Lambda, written by `bot export-lex`.

One stack gives Lex what it needs to reach this service: the proxy function
(deploy/lex_proxy/lambda_function.py, inline, standard library only), a role
that may only write its own logs, and the resource policy that lets Lex V2
invoke it, scoped to one bot alias. The token travels as a NoEcho parameter.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import yaml

import bot

PROXY_SOURCE = (
    Path(bot.__file__).resolve().parent.parent / "deploy" / "lex_proxy" / "lambda_function.py"
)
INLINE_LIMIT = 4096  # CloudFormation's documented ceiling for inline (ZipFile) code
LAMBDA_TIMEOUT_SECONDS = 15  # above the proxy's own give-up time, under Lex's 30 s
RUNTIME = "python3.12"


def inline_source(path: Path = PROXY_SOURCE) -> str:
    """The proxy without docstrings and comments, so it fits inline; same behaviour."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            node.body = body[1:] or [ast.Pass()]
    source = ast.unparse(tree) + "\n"
    if len(source) > INLINE_LIMIT:
        raise ValueError(f"the proxy is {len(source)} characters, over the inline limit")
    return source


def proxy_template(bot_name: str, locale: str) -> dict[str, Any]:
    """The template as data (CloudFormation's long-form intrinsics, valid YAML and JSON)."""
    alias_arn = (
        "arn:${AWS::Partition}:lex:${AWS::Region}:${AWS::AccountId}"
        ":bot-alias/${LexBotId}/${LexBotAliasId}"
    )
    return {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Description": f"Lex V2 code hook proxy for {bot_name} ({locale}): forwards each turn "
        "to the conference-notes assistant's /webhooks/lex with a bearer token.",
        "Parameters": {
            "BotWebhookUrl": {
                "Type": "String",
                "AllowedPattern": "^https://.+/webhooks/lex$",
                "Description": "The service's webhook, e.g. https://bot.example.org/webhooks/lex",
            },
            "BotWebhookToken": {
                "Type": "String",
                "NoEcho": True,
                "MinLength": 16,
                "Description": "The same value as BOT_LEX_WEBHOOK_TOKEN on the service",
            },
            "LexBotId": {"Type": "String", "AllowedPattern": "^[0-9a-zA-Z]{10}$"},
            "LexBotAliasId": {
                "Type": "String",
                "Default": "TSTALIASID",
                "AllowedPattern": "^[0-9a-zA-Z]{10}$",
                "Description": "The alias whose code hook this is (TSTALIASID: the test alias)",
            },
            # A String (environment variables are strings), 1 to 12 s: under the Lambda's 15.
            "ProxyTimeoutSeconds": {
                "Type": "String",
                "Default": "8",
                "AllowedPattern": "^([1-9]|1[0-2])$",
            },
        },
        "Resources": {
            "ProxyRole": {
                "Type": "AWS::IAM::Role",
                "Properties": {
                    "AssumeRolePolicyDocument": {
                        "Version": "2012-10-17",
                        "Statement": [
                            {
                                "Effect": "Allow",
                                "Principal": {"Service": "lambda.amazonaws.com"},
                                "Action": "sts:AssumeRole",
                            }
                        ],
                    },
                    "ManagedPolicyArns": [
                        {
                            "Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role/"
                            "AWSLambdaBasicExecutionRole"
                        }
                    ],
                },
            },
            "ProxyFunction": {
                "Type": "AWS::Lambda::Function",
                "Properties": {
                    "Description": f"Lex code hook proxy for {bot_name}",
                    "Runtime": RUNTIME,
                    "Handler": "index.lambda_handler",  # inline code is saved as index.py
                    "Role": {"Fn::GetAtt": ["ProxyRole", "Arn"]},
                    "Timeout": LAMBDA_TIMEOUT_SECONDS,
                    "MemorySize": 128,
                    "Environment": {
                        "Variables": {
                            "BOT_WEBHOOK_URL": {"Ref": "BotWebhookUrl"},
                            "BOT_LEX_WEBHOOK_TOKEN": {"Ref": "BotWebhookToken"},
                            "BOT_PROXY_TIMEOUT_SECONDS": {"Ref": "ProxyTimeoutSeconds"},
                        }
                    },
                    "Code": {"ZipFile": inline_source()},
                },
            },
            "LexInvokePermission": {
                "Type": "AWS::Lambda::Permission",
                "Properties": {
                    "Action": "lambda:InvokeFunction",
                    "FunctionName": {"Fn::GetAtt": ["ProxyFunction", "Arn"]},
                    "Principal": "lexv2.amazonaws.com",
                    "SourceAccount": {"Ref": "AWS::AccountId"},
                    "SourceArn": {"Fn::Sub": alias_arn},
                },
            },
        },
        "Outputs": {
            "ProxyFunctionArn": {
                "Description": f"Choose this function as the {locale} code hook of the bot alias",
                "Value": {"Fn::GetAtt": ["ProxyFunction", "Arn"]},
            }
        },
    }


def write_template(out: Path, bot_name: str, locale: str) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(proxy_template(bot_name, locale), sort_keys=False, width=100)
    out.write_text(text, encoding="utf-8")


def template_path_for(archive: Path) -> Path:
    """bot.zip -> bot-proxy.yaml, beside it."""
    return archive.with_name(archive.stem + "-proxy.yaml")
