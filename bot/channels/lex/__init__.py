"""Amazon Lex channel: the V2/V1 code hook webhook and the bot export."""

from bot.channels.lex.export import export_lex
from bot.channels.lex.router import build_router

__all__ = ["build_router", "export_lex"]
