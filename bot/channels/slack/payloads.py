"""Form-encoded payloads: the /ask slash command and button clicks (block_actions).

Slack signs the raw form body, so these are parsed only after verification, from
the same bytes.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from pydantic import BaseModel, ConfigDict, Field


def parse_form(body: bytes) -> dict[str, str]:
    """The form fields; a repeated field keeps its last value, blank fields are kept."""
    return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))


class SlashCommand(BaseModel):
    model_config = ConfigDict(extra="ignore")

    command: str = "/ask"
    text: str = ""
    team_id: str = "-"
    channel_id: str = "-"
    user_id: str = "-"
    response_url: str | None = None

    @property
    def session_id(self) -> str:
        # Slash commands cannot be used in threads: one conversation per user and channel.
        return f"slack:{self.team_id}:{self.channel_id}:slash:{self.user_id}"


class _Id(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str


class _Container(BaseModel):
    model_config = ConfigDict(extra="ignore")

    message_ts: str | None = None
    thread_ts: str | None = None
    channel_id: str | None = None
    is_ephemeral: bool = False


class _Message(BaseModel):
    model_config = ConfigDict(extra="ignore")

    ts: str | None = None
    thread_ts: str | None = None


class Action(BaseModel):
    model_config = ConfigDict(extra="ignore")

    type: str = "button"
    action_id: str | None = None
    block_id: str | None = None
    value: str | None = None
    action_ts: str | None = None


class BlockActions(BaseModel):
    """A click on one of our quick-reply buttons."""

    model_config = ConfigDict(extra="ignore")

    type: str
    team: _Id | None = None
    user: _Id | None = None
    channel: _Id | None = None
    container: _Container = Field(default_factory=_Container)
    message: _Message | None = None
    response_url: str | None = None
    actions: list[Action] = Field(default_factory=list)

    def thread(self) -> tuple[str, str] | None:
        """(channel, thread root) of the clicked message, when it lives in a channel."""
        channel = self.channel.id if self.channel else self.container.channel_id
        msg = self.message or _Message()
        root = msg.thread_ts or self.container.thread_ts or msg.ts or self.container.message_ts
        return (channel, root) if channel and root else None
