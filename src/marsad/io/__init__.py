"""Reading articles in (files, JSONL, stdin, and formats registered by other modules) and writing results out."""
from marsad.io import feeds, html, warc  # noqa: F401 - register the .html/.rss/.atom/.xml/.warc readers
from marsad.io.readers import ReadFailure, decode_bytes, read_documents

__all__ = ["ReadFailure", "decode_bytes", "read_documents"]
