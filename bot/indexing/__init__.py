"""Building and loading the index: embeddings in FAISS, passages and BM25 in SQLite."""
