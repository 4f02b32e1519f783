"""The web chat's templates and static files, shipped in the wheel as `bot_web`."""
