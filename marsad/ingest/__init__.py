"""Getting documents in: bytes to text (encodings), files, JSONL, HTML, feeds and URLs."""
