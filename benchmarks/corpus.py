"""Reading benchmark articles from the shared news corpora (gzip JSONL), shared by the benchmark scripts."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from marsad.doc import Document


def read_articles(path: Path, limit: int) -> list[Document]:
    """The first `limit` articles with text in one corpus file, title and body as Marsad reads them."""
    docs: list[Document] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if (rec.get("text") or "").strip():
                docs.append(Document.from_parts(rec.get("title"), rec["text"], id=rec.get("id") or "",
                                                 published=rec.get("published")))
            if len(docs) >= limit:
                break
    return docs
