"""Finding the passages that answer a question: dense, lexical, fused."""
