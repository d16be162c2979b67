"""RSS and Atom feeds → one Document per item: link, title, summary and publication date (feedparser).

The feed's declared encoding (XML declaration or server charset) is honoured first:
Arabic feeds are often Windows-1256 and must not be guessed as Latin-1.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from marsad.doc import Document
from marsad.io.readers import EXTRA_READERS, ReadFailure, read_file_bytes

FEED_SUFFIXES = (".rss", ".atom", ".xml")
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0]+")


def looks_like_feed(data: bytes) -> bool:
    """True when the bytes start like an RSS, Atom or RDF feed."""
    return bool(_FEED_ROOT.search(data[:2048]))


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML summary: tags dropped, entities decoded, paragraphs kept apart."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:  # noqa: BLE001 - a broken fragment: keep its text without tags
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for p in root.iter("p", "div", "li"):
        p.tail = "\n" + (p.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _iso(parsed: Any) -> str | None:
    if not parsed:
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(parsed), tz=dt.UTC).isoformat()
    except (TypeError, ValueError, OverflowError):
        return None


def read_feed_bytes(data: bytes, *, source: str, charset: str | None = None) -> Iterator[Document | ReadFailure]:
    """Every item of a feed as a Document (title + summary), or one ReadFailure for a broken feed."""
    import feedparser

    headers = {"content-type": f"application/xml; charset={charset}"} if charset else None
    feed = feedparser.parse(data, response_headers=headers)
    if not feed.entries:
        reason = str(getattr(feed, "bozo_exception", "")) or "no items"
        yield ReadFailure(source, f"not a readable RSS/Atom feed: {reason}")
        return
    channel = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, 1):
        title = html_to_text(entry.get("title", "") or "")
        content = entry.get("content") or []
        body_html = content[0].get("value", "") if content else ""
        body = html_to_text(entry.get("summary", "") or body_html or "")
        link = entry.get("link") or None
        if not body and not title:
            yield ReadFailure(f"{source}#{number}", "feed item has neither title nor summary")
            continue
        published = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        doc_id = entry.get("id") or link or f"{Path(source).name}#{number}"
        meta = {"feed": source, **({"author": entry["author"]} if entry.get("author") else {})}
        if body:
            yield Document.from_parts(title or None, body, id=doc_id, published=published, source=channel,
                                      url=link, meta=meta)
        else:
            yield Document(text=title, id=doc_id, published=published, source=channel, url=link, meta=meta)


def read_feed_file(path: Path) -> Iterator[Document | ReadFailure]:
    """Reader for .rss/.atom/.xml files (registered with the generic reader)."""
    data = read_file_bytes(path)
    if isinstance(data, ReadFailure):
        yield data
        return
    if path.suffix.lower() == ".xml" and not looks_like_feed(data):
        yield ReadFailure(str(path), "an .xml file that is not an RSS/Atom feed")
        return
    yield from read_feed_bytes(data, source=str(path))


for _suffix in FEED_SUFFIXES:
    EXTRA_READERS.setdefault(_suffix, read_feed_file)
