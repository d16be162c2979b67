"""Reading articles in (files, JSONL, stdin, and formats registered by other modules) and writing results out."""
from marsad.io.readers import ReadFailure, decode_bytes, read_documents

__all__ = ["ReadFailure", "decode_bytes", "read_documents"]
