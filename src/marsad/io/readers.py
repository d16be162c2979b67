"""Readers: files, directories, JSONL (plain or gzip) and stdin → Documents, bad inputs → ReadFailure.

A reader never raises for one bad input: an empty file, binary junk, an undecodable
encoding or a malformed JSON line becomes a `ReadFailure` naming the source and the
reason, and the rest of the batch is still read.

Encodings: UTF-8 (with or without BOM) and UTF-16 (by BOM, or by its NUL pattern) are
recognised directly; Windows-1256, common in Arabic sites and feeds, is tried next and
accepted only when the result is mostly Arabic text; anything else is reported.
"""
from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.doc import Document

MAX_BYTES = 50 * 1024 * 1024  # one article file larger than this is not an article
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input that could not be read; `source` is the file (and line), `reason` says why."""

    source: str
    reason: str


ReadResult = Document | ReadFailure
# suffix → reader for formats added by other modules (HTML, feeds, WARC): path → results
EXTRA_READERS: dict[str, Callable[[Path], Iterable[ReadResult]]] = {}


class DecodeError(ValueError):
    pass


def decode_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Text from bytes: BOMs, a declared charset, UTF-8, UTF-16 without BOM, then Windows-1256."""
    if not data.strip():
        raise DecodeError("empty input")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return _checked(data[len(bom):].decode(codec, errors="strict"))
    if declared:
        try:
            return _checked(data.decode(declared, errors="strict"))
        except (LookupError, UnicodeDecodeError):
            pass
    utf16 = _utf16_without_bom(data[:4000])
    if utf16:
        try:
            return _checked(data.decode(utf16, errors="strict"))
        except UnicodeDecodeError as exc:
            raise DecodeError(f"looks like UTF-16 but does not decode: {exc.reason}") from exc
    try:
        return _checked(data.decode("utf-8", errors="strict"))
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256", errors="strict")
    except UnicodeDecodeError as exc:
        raise DecodeError("not UTF-8, UTF-16 or Windows-1256 text") from exc
    letters = [ch for ch in text if ch.isalpha()]
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    if not letters or arabic / len(letters) < 0.5:
        raise DecodeError("binary or unknown encoding (not UTF-8, UTF-16 or Arabic Windows-1256)")
    return _checked(text)


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 without a BOM: the high bytes are nearly all 0x00 (Latin) or 0x06 (Arabic)."""
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    odd, even = sample[1::2], sample[0::2]
    def high(bytes_: bytes) -> float:
        return sum(1 for b in bytes_ if b in (0x00, 0x06)) / len(bytes_)
    if high(odd) > 0.9 and high(even) < 0.5:
        return "utf-16-le"
    if high(even) > 0.9 and high(odd) < 0.5:
        return "utf-16-be"
    return None


def _checked(text: str) -> str:
    """Reject decoded text that is really binary (control characters)."""
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if controls > max(2, len(sample) // 100):
        raise DecodeError("binary data (control characters), not text")
    if not text.strip():
        raise DecodeError("empty input")
    return text


def document_from_plain_text(text: str, *, source: str, published: str | None = None) -> Document:
    """A plain-text article: the first non-empty line is the headline, the rest the body."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.strip("\n").split("\n")
    title = lines[0].strip()
    body = "\n".join(lines[1:]).strip("\n")
    doc_id = Path(source).stem if source != "-" else ""
    if not body.strip():  # a one-line file is a body without a headline
        return Document(text=title, id=doc_id, published=published, source=None, meta={"file": source})
    return Document.from_parts(title, body, id=doc_id, published=published, meta={"file": source})


def document_from_record(record: Any, *, source: str, published: str | None = None) -> Document:
    """A JSON record {id, title, text, published, source, url} → Document."""
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")  # noqa: TRY004 (callers report ValueError)
    text = record.get("text") if record.get("text") is not None else record.get("body")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("record has no 'text'")
    title = record.get("title")
    title = title if isinstance(title, str) else None
    meta = {k: v for k, v in record.items() if k not in {"id", "title", "text", "body", "published", "source", "url"}}
    kwargs: dict[str, Any] = {
        "id": str(record.get("id") or ""),
        "published": str(record.get("published") or published or "") or None,
        "source": record.get("source") if isinstance(record.get("source"), str) else None,
        "url": record.get("url") if isinstance(record.get("url"), str) else None,
        "meta": meta,
    }
    if title and title.strip():
        return Document.from_parts(title, text.strip("\n"), **kwargs)
    return Document(text=text, **kwargs)


def _decoded_lines(fh: Any, source: str) -> Iterator[str | ReadFailure]:
    for number, raw in enumerate(fh, 1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                yield decode_bytes(raw)
            except DecodeError as exc:
                yield ReadFailure(f"{source}:{number}", f"undecodable line: {exc}")


def read_jsonl_lines(lines: Iterable[str | ReadFailure], *, source: str,
                     published: str | None = None) -> Iterator[ReadResult]:
    """One Document per JSON line; a bad line is a ReadFailure and the next line is still read."""
    for number, line in enumerate(lines, 1):
        if isinstance(line, ReadFailure):
            yield line
            continue
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
            doc = document_from_record(record, source=where, published=published)
        except (json.JSONDecodeError, ValueError) as exc:
            yield ReadFailure(where, f"bad JSON record: {exc}")
            continue
        if not doc.id:
            doc.id = f"{Path(source).name}:{number}"
        yield doc


def read_path(path: Path, *, published: str | None = None) -> Iterator[ReadResult]:
    """Documents in one file, chosen by suffix: a registered reader (.html, .rss, .warc …), .jsonl/.json(.gz)
    → records, anything else → one article."""
    name = path.name.lower()
    suffixes = [s.lower() for s in path.suffixes]
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield ReadFailure(str(path), f"cannot open: {exc.strerror or exc}")
        return
    if size == 0:
        yield ReadFailure(str(path), "empty file")
        return
    extra = EXTRA_READERS.get(path.suffix.lower())
    if extra is not None:
        yield from extra(path)
        return
    is_gz = name.endswith(".gz")
    inner = suffixes[-2] if is_gz and len(suffixes) >= 2 else (suffixes[-1] if suffixes else "")
    try:
        if inner in JSONL_SUFFIXES:
            opener: Any = gzip.open if is_gz else open
            with opener(path, "rb") as fh:
                head = fh.read(4096)
            if inner == ".json" and head.lstrip(b"\xef\xbb\xbf \n\r\t").startswith(b"["):
                raw = _read_raw(path, is_gz=is_gz)
                yield from _read_json_document(decode_bytes(raw), source=str(path), published=published)
                return
            if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head.count(b"\x00") > len(head) // 4:
                raw = _read_raw(path, is_gz=is_gz)
                yield from read_jsonl_lines(decode_bytes(raw).splitlines(), source=str(path), published=published)
                return
            with opener(path, "rb") as fh:  # streamed: a corpus file can be larger than memory allows
                yield from read_jsonl_lines(_decoded_lines(fh, str(path)), source=str(path), published=published)
            return
        if size > MAX_BYTES:
            yield ReadFailure(str(path), f"file too large for one article ({size / 1e6:.0f} MB > {MAX_BYTES // 10**6} MB)")
            return
        raw = _read_raw(path, is_gz=is_gz)
        doc = document_from_plain_text(decode_bytes(raw), source=str(path), published=published)
        _apply_sidecar(doc, path)
        yield doc
    except (DecodeError, OSError, EOFError, gzip.BadGzipFile) as exc:
        yield ReadFailure(str(path), str(exc))


def _read_raw(path: Path, *, is_gz: bool) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if is_gz else data


def read_file_bytes(path: Path) -> bytes | ReadFailure:
    """The bytes of `path`, or a ReadFailure saying why it cannot be opened (for the registered readers)."""
    try:
        return path.read_bytes()
    except OSError as exc:
        return ReadFailure(str(path), f"cannot open: {exc.strerror or exc}")


def sidecar_of(path: Path) -> Path | None:
    """The metadata file of a plain-text article: «a.txt» → «a.json», or «meta.json» beside it."""
    for candidate in (path.with_suffix(".json"), path.parent / "meta.json"):
        if candidate != path and candidate.is_file() and path.suffix.lower() in TEXT_SUFFIXES:
            return candidate
    return None


def _apply_sidecar(doc: Document, path: Path) -> None:
    """Take id, published, source and url from the article's sidecar JSON (the command line's --date yields)."""
    side = sidecar_of(path)
    if side is None:
        return
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return
    if not isinstance(meta, dict):
        return
    doc.id = str(meta.get("id") or doc.id)
    doc.published = doc.published or (str(meta["published"]) if meta.get("published") else None)
    doc.source = doc.source or meta.get("source")
    doc.url = doc.url or meta.get("url")


def _read_json_document(text: str, *, source: str, published: str | None) -> Iterator[ReadResult]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ReadFailure(source, f"malformed JSON: {exc}")
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records, 1):
        try:
            doc = document_from_record(record, source=f"{source}:{i}", published=published)
        except ValueError as exc:
            yield ReadFailure(f"{source}:{i}", f"bad JSON record: {exc}")
            continue
        if not doc.id:
            doc.id = f"{Path(source).name}:{i}"
        yield doc


def read_stdin(*, published: str | None = None) -> Iterator[ReadResult]:
    """Standard input: JSONL when every non-empty line is a JSON object, otherwise one article."""
    raw = sys.stdin.buffer.read()
    try:
        text = decode_bytes(raw)
    except DecodeError as exc:
        yield ReadFailure("<stdin>", str(exc))
        return
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        yield from read_jsonl_lines(lines, source="<stdin>", published=published)
    else:
        doc = document_from_plain_text(text, source="-", published=published)
        doc.id = doc.id or "stdin"
        yield doc


def read_documents(inputs: Iterable[str | Path], *, published: str | None = None) -> Iterator[ReadResult]:
    """Every document in the inputs (files, directories, globs, '-' for stdin), failures included."""
    for item in inputs:
        if str(item) == "-":
            yield from read_stdin(published=published)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            sidecars = {sidecar_of(p) for p in files}
            files = [p for p in files if p not in sidecars]
            if not files:
                yield ReadFailure(str(path), "directory holds no files")
            for file in files:
                yield from read_path(file, published=published)
        elif path.exists():
            yield from read_path(path, published=published)
        else:
            matches = sorted(Path().glob(str(item))) if any(c in str(item) for c in "*?[") else []
            if matches:
                for match in matches:
                    yield from read_documents([match], published=published)
            else:
                yield ReadFailure(str(item), "no such file or directory")
