"""A language model behind an OpenAI-compatible chat-completions API, as a dependency.

Nothing here knows about notes or answers: `ChatClient` sends messages and streams the
reply back with a hard deadline, `CircuitBreaker` stops calling an endpoint that keeps
failing. Grounding and verification live in `bot.answering` (generate, grounding, verify).
"""
