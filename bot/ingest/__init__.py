"""Ingestion: raw notes in, cleaned and structured documents out, then passages."""
