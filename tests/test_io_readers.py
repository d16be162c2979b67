from __future__ import annotations

import gzip
import io
import json

from marsad.doc import Document
from marsad.io.readers import ReadFailure, read_documents

ARTICLE = "عنوان: زيارة كيم إلى روسيا\nوصل الزعيم الكوري الشمالي إلى روسيا أمس الأحد.\nوالتقى بوتين."


def read(*paths, **kw):
    return list(read_documents([str(p) for p in paths], **kw))


def test_plain_text_first_non_empty_line_is_the_headline(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("\n\n" + ARTICLE, encoding="utf-8")
    (doc,) = read(p, published="2023-09-18")
    assert doc.title == "عنوان: زيارة كيم إلى روسيا" and doc.text.startswith(doc.title + "\n\n")
    assert doc.published == "2023-09-18" and doc.id == "a"


def test_encodings_utf8_bom_utf16_and_windows_1256_are_read(tmp_path):
    files = {"bom.txt": b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "u16.txt": ARTICLE.encode("utf-16"),
             "u16le.txt": ARTICLE.encode("utf-16-le"), "cp.txt": ARTICLE.encode("cp1256")}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    docs = read(*(tmp_path / n for n in files))
    assert all(isinstance(d, Document) for d in docs), docs
    assert {d.title for d in docs} == {"عنوان: زيارة كيم إلى روسيا"}


def test_binary_junk_and_empty_files_fail_clearly_and_the_rest_is_read(tmp_path):
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    results = read(tmp_path)
    failures = {r.source.split("/")[-1]: r.reason for r in results if isinstance(r, ReadFailure)}
    assert set(failures) == {"junk.txt", "empty.txt"}
    assert "binary" in failures["junk.txt"] and "empty" in failures["empty.txt"]
    assert [d.id for d in results if isinstance(d, Document)] == ["good"]


def test_jsonl_gz_records_and_a_malformed_line(tmp_path):
    lines = [json.dumps({"id": "r1", "title": "عنوان", "text": "نص الخبر", "published": "2023-09-18",
                         "source": "وكالة", "url": "http://x"}, ensure_ascii=False), "{not json",
             json.dumps({"id": "r3", "text": "نص ثالث"}, ensure_ascii=False), json.dumps({"id": "r4"})]
    p = tmp_path / "c.jsonl.gz"
    p.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    out = read(p)
    assert isinstance(out[0], Document) and out[0].text == "عنوان\n\nنص الخبر" and out[0].source == "وكالة"
    assert isinstance(out[1], ReadFailure) and out[1].source.endswith(":2") and "JSON" in out[1].reason
    assert isinstance(out[2], Document) and out[2].id == "r3"
    assert isinstance(out[3], ReadFailure) and "text" in out[3].reason


def test_missing_path_is_a_failure_not_an_exception(tmp_path):
    (failure,) = read(tmp_path / "nope.txt")
    assert isinstance(failure, ReadFailure) and "no such file" in failure.reason


def test_stdin_plain_text_and_jsonl(monkeypatch):
    class Stdin:
        def __init__(self, data: bytes):
            self.buffer = io.BytesIO(data)

    monkeypatch.setattr("sys.stdin", Stdin(ARTICLE.encode("utf-8")))
    (doc,) = read("-")
    assert doc.title.startswith("عنوان")
    monkeypatch.setattr("sys.stdin", Stdin(b'{"id": "s1", "text": "\xd9\x86\xd8\xb5"}\n'))
    (doc,) = read("-")
    assert doc.id == "s1" and doc.text == "نص"


def test_sidecar_metadata_gives_id_and_publication_date(tmp_path):
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "story.json").write_text('{"id": "story-1", "published": "2023-09-18"}', encoding="utf-8")
    (doc,) = read(tmp_path)
    assert doc.id == "story-1" and doc.published == "2023-09-18"
