"""Dialogue: intents, slots, prompts and session memory on top of answering."""
