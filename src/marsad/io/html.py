"""HTML article pages → Documents: main text, title, date, author and canonical URL (trafilatura).

Charsets: a byte-order mark first, then the charset the server declared, then the page's
own `<meta charset>` (Windows-1256 is common on Arabic sites), and only then a guess.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from marsad.doc import Document
from marsad.io.readers import EXTRA_READERS, DecodeError, ReadFailure, decode_bytes, read_file_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([-\w.:]+)""", re.IGNORECASE)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes («windows-1256», «utf-8»), if any."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii", "replace").lower() if match else None


def decode_html(data: bytes, *, charset: str | None = None) -> str:
    """The page as text: BOM, then the server's charset, then the page's own declaration, then a guess."""
    return decode_bytes(data, declared=charset or declared_charset(data))


def read_html_bytes(data: bytes, *, source: str, url: str | None = None, charset: str | None = None,
                    published: str | None = None) -> Document | ReadFailure:
    """One article page → a Document with title, date, author and canonical URL (or a ReadFailure)."""
    try:
        html = decode_html(data, charset=charset)
    except DecodeError as exc:
        return ReadFailure(source, str(exc))
    from trafilatura import bare_extraction

    try:
        result = bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as exc:  # noqa: BLE001 - a page the extractor cannot parse fails alone
        return ReadFailure(source, f"HTML extraction failed: {exc}")
    if result is None:
        return ReadFailure(source, "no article text found in the HTML page")
    get = result.get if isinstance(result, dict) else (lambda k, _r=result: getattr(_r, k, None))
    text = (get("text") or "").strip()
    if not text:
        return ReadFailure(source, "no article text found in the HTML page")
    title = (get("title") or "").strip() or None
    if title and text.startswith(title + "\n"):  # the page's <h1> repeats the headline
        text = text[len(title):].lstrip("\n")
    page_url = get("url") or url
    meta = {k: v for k, v in (("author", get("author")), ("sitename", get("sitename")),
                               ("description", get("description")), ("file", source)) if v}
    doc_id = page_url or (Path(source).stem if source else "")
    return Document.from_parts(title, text, id=doc_id or "", published=get("date") or published,
                               source=get("sitename") or get("hostname"), url=page_url, meta=meta)


def read_html_file(path: Path) -> Iterator[Document | ReadFailure]:
    """Reader for .html/.htm files (registered with the generic reader)."""
    data = read_file_bytes(path)
    if isinstance(data, ReadFailure):
        yield data
        return
    yield read_html_bytes(data, source=str(path))


for _suffix in HTML_SUFFIXES:
    EXTRA_READERS.setdefault(_suffix, read_html_file)
