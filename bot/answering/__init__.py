"""Grounded, extractive answers with citations, and the gate that declines."""
