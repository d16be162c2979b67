"""WARC web archives → one Document per archived HTML response (warcio + the HTML reader)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from marsad.doc import Document
from marsad.io.html import read_html_bytes
from marsad.io.readers import EXTRA_READERS, ReadFailure


def read_warc_file(path: Path) -> Iterator[Document | ReadFailure]:
    """Each `response` record with an HTML body; the HTTP charset header is honoured."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield ReadFailure(str(path), "reading WARC files needs warcio: pip install warcio")
        return
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                charset = None
                if "charset=" in ctype.lower():
                    charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'")
                yield read_html_bytes(record.content_stream().read(), source=url or str(path), url=url,
                                      charset=charset)
    except Exception as exc:  # noqa: BLE001 - a corrupt archive fails alone
        yield ReadFailure(str(path), f"cannot read WARC: {exc}")


EXTRA_READERS.setdefault(".warc", read_warc_file)
