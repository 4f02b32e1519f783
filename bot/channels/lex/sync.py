"""`bot lex-sync`: bring a Lex V2 bot's corpus slot types up to date, then build.

Talks, speakers and events change with every note added; exporting and
re-importing the whole bot each time is what teams forget to do. This updates
only the slot types whose values changed, through the model-building API
(ListSlotTypes, DescribeSlotType, UpdateSlotType or CreateSlotType, then
BuildBotLocale), on the DRAFT version, with whatever AWS credentials boto3 finds.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any

from bot.channels.lex.export import _slot_type
from bot.dialogue.definition import BotDefinition

log = logging.getLogger(__name__)
DRAFT = "DRAFT"
BUILD_DONE = frozenset({"Built", "ReadyExpressTesting", "Failed", "NotBuilt"})


@dataclass
class SyncReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    build_status: str | None = None


def desired_slot_types(definition: BotDefinition) -> dict[str, dict[str, Any]]:
    """Name -> the fields Lex takes for each corpus slot type (values, synonyms, strategy)."""
    wanted = {}
    for slot_type in definition.slot_types:
        if not slot_type.from_corpus or not slot_type.values:
            continue
        doc = _slot_type(slot_type)
        values = [
            {k: v for k, v in entry.items() if v is not None} for entry in doc["slotTypeValues"]
        ]
        wanted[slot_type.name] = {
            "slotTypeName": slot_type.name,
            "slotTypeValues": values,
            "valueSelectionSetting": {"resolutionStrategy": "TopResolution"},
            **({"description": doc["description"]} if doc["description"] else {}),
        }
    return wanted


def _comparable(values: list[dict[str, Any]] | None) -> list[tuple[str, tuple[str, ...]]]:
    return sorted(
        (v["sampleValue"]["value"], tuple(sorted(s["value"] for s in v.get("synonyms") or [])))
        for v in values or []
    )


class LexSync:
    """Talks to one bot locale through a boto3 `lexv2-models` client."""

    def __init__(self, client: Any, bot_id: str, locale: str) -> None:
        self.client = client
        self.where = {"botId": bot_id, "botVersion": DRAFT, "localeId": locale}

    def existing(self) -> dict[str, str]:
        """Slot type name -> id, across every page."""
        found: dict[str, str] = {}
        token: str | None = None
        while True:
            page = self.client.list_slot_types(
                **self.where, **({"nextToken": token} if token else {})
            )
            for summary in page.get("slotTypeSummaries", []):
                found[summary["slotTypeName"]] = summary["slotTypeId"]
            token = page.get("nextToken")
            if not token:
                return found

    def run(
        self, definition: BotDefinition, build: bool = True, wait_seconds: float = 0.0
    ) -> SyncReport:
        report = SyncReport()
        ids = self.existing()
        for name, wanted in desired_slot_types(definition).items():
            if name not in ids:
                self.client.create_slot_type(**self.where, **wanted)
                report.created.append(name)
                continue
            current = self.client.describe_slot_type(**self.where, slotTypeId=ids[name])
            if _comparable(current.get("slotTypeValues")) == _comparable(wanted["slotTypeValues"]):
                report.unchanged.append(name)
                continue
            update = {
                **wanted,
                "valueSelectionSetting": current.get("valueSelectionSetting")
                or wanted["valueSelectionSetting"],
            }
            self.client.update_slot_type(**self.where, slotTypeId=ids[name], **update)
            report.updated.append(name)
        if build and (report.created or report.updated):
            report.build_status = self.client.build_bot_locale(**self.where)["botLocaleStatus"]
            report.build_status = self._wait(report.build_status, wait_seconds)
        return report

    def _wait(self, status: str, seconds: float) -> str:
        deadline = time.monotonic() + seconds
        while status not in BUILD_DONE and time.monotonic() < deadline:
            time.sleep(min(5.0, max(0.05, seconds / 20)))
            status = self.client.describe_bot_locale(**self.where)["botLocaleStatus"]
        return status


def lex_client() -> Any:
    """A `lexv2-models` client from the standard AWS chain (env, profile, role); the
    endpoint can be moved with AWS_ENDPOINT_URL_LEX_MODELS_V2 like any boto3 client."""
    import os

    import boto3

    session = boto3.Session(region_name=os.environ.get("AWS_REGION") or None)
    if session.get_credentials() is None:
        raise PermissionError(
            "no AWS credentials: set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY"
        )
    if not session.region_name:
        raise PermissionError("no AWS region: set AWS_REGION or AWS_DEFAULT_REGION (the bot's)")
    return session.client("lexv2-models")
