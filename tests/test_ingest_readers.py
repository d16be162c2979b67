"""HTML pages and RSS/Atom feeds read into Documents; declared charsets (Windows-1256) honoured."""
from __future__ import annotations

import pytest

from marsad.doc import Document
from marsad.io.feeds import html_to_text, read_feed_bytes
from marsad.io.html import declared_charset, read_html_bytes
from marsad.io.readers import ReadFailure, read_documents

PAGE = """<html><head><meta charset="{charset}"><title>كيم يصل إلى روسيا - الأخبار</title>
<link rel="canonical" href="https://example.org/news/kim"><meta name="author" content="أحمد علي">
<meta property="article:published_time" content="2023-09-12T08:00:00+03:00"></head>
<body><nav>الرئيسية | أخبار | رياضة | اتصل بنا</nav><article><h1>كيم يصل إلى روسيا</h1>
<p>وصل الزعيم الكوري الشمالي كيم جونغ أون إلى روسيا صباح الثلاثاء في زيارة نادرة يلتقي خلالها الرئيس
فلاديمير بوتين في قاعدة فوستوشني الفضائية في الشرق الأقصى الروسي.</p>
<p>وقالت وكالة الأنباء الكورية المركزية إن القطار الخاص عبر الحدود في ساعة مبكرة من صباح اليوم، وسط
إجراءات أمنية مشددة على طول الطريق.</p>
<p>ويتوقع المراقبون أن تتناول المحادثات التعاون العسكري والتقني بين البلدين، في ظل العقوبات الغربية.</p>
</article><footer>جميع الحقوق محفوظة 2023</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="{charset}"?>
<rss version="2.0"><channel><title>وكالة الأنباء</title><link>https://example.org</link>
<item><title>كيم يصل إلى روسيا</title><link>https://example.org/1</link>
<description>&lt;p&gt;وصل الزعيم الكوري الشمالي إلى &lt;b&gt;روسيا&lt;/b&gt; صباح الثلاثاء.&lt;/p&gt;</description>
<pubDate>Tue, 12 Sep 2023 05:00:00 GMT</pubDate><guid>urn:item:1</guid></item>
<item><title>بوتين يستقبل ضيفه</title><link>https://example.org/2</link>
<description>استقبل الرئيس الروسي ضيفه في قاعدة فوستوشني.</description>
<pubDate>Wed, 13 Sep 2023 09:30:00 +0300</pubDate></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع الأخبار</title>
<entry><title>اتفاق جديد</title><link href="https://example.org/a"/><id>tag:example.org,2023:a</id>
<updated>2023-09-14T10:00:00Z</updated><summary>وقع البلدان اتفاقا للتعاون الاقتصادي.</summary></entry>
</feed>"""


def test_ingest_html_in_windows_1256_declared_by_meta():
    data = PAGE.format(charset="windows-1256").encode("cp1256")
    assert declared_charset(data) == "windows-1256"
    doc = read_html_bytes(data, source="kim.html")
    assert isinstance(doc, Document)
    assert doc.title and "كيم يصل إلى روسيا" in doc.title
    assert "فوستوشني" in doc.text and "الرئيسية | أخبار" not in doc.text  # main text, not the menu
    assert doc.url == "https://example.org/news/kim"
    assert doc.published and doc.published.startswith("2023-09-12")
    assert doc.meta.get("author") == "أحمد علي"
    assert doc.text[:doc.body_start].startswith(doc.title)


def test_ingest_html_server_charset_wins_over_guessing():
    data = PAGE.replace('<meta charset="{charset}">', "").encode("cp1256")
    doc = read_html_bytes(data, source="x.html", charset="windows-1256")
    assert isinstance(doc, Document) and "روسيا" in doc.text


def test_ingest_html_without_text_is_a_failure():
    result = read_html_bytes(b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>", source="empty.html")
    assert isinstance(result, ReadFailure) and "no article text" in result.reason


def test_ingest_rss_items_in_windows_1256():
    data = RSS.format(charset="windows-1256").encode("cp1256")
    docs = list(read_feed_bytes(data, source="feed.rss"))
    assert [type(d) for d in docs] == [Document, Document]
    first, second = docs
    assert first.title == "كيم يصل إلى روسيا"
    assert first.text.endswith("وصل الزعيم الكوري الشمالي إلى روسيا صباح الثلاثاء.")  # tags gone
    assert first.url == "https://example.org/1" and first.id == "urn:item:1"
    assert first.published == "2023-09-12T05:00:00+00:00" and first.source == "وكالة الأنباء"
    assert second.published == "2023-09-13T06:30:00+00:00"
    assert second.id == "https://example.org/2"


def test_ingest_atom_entry():
    (doc,) = read_feed_bytes(ATOM.encode("utf-8"), source="feed.atom")
    assert isinstance(doc, Document)
    assert (doc.title, doc.url, doc.published) == ("اتفاق جديد", "https://example.org/a", "2023-09-14T10:00:00+00:00")


def test_ingest_broken_feed_is_one_failure():
    (failure,) = read_feed_bytes(b"<rss><channel><title>x</title></channel>", source="broken.rss")
    assert isinstance(failure, ReadFailure) and "feed" in failure.reason


def test_ingest_html_to_text_keeps_paragraphs_apart():
    assert html_to_text("<p>سطر أول</p><p>سطر &amp; ثان</p>") == "سطر أول\nسطر & ثان"


def test_ingest_generic_reader_dispatches_html_and_feeds(tmp_path):
    (tmp_path / "page.html").write_bytes(PAGE.format(charset="windows-1256").encode("cp1256"))
    (tmp_path / "news.rss").write_bytes(RSS.format(charset="utf-8").encode("utf-8"))
    (tmp_path / "not-a-feed.xml").write_text("<root><a>1</a></root>", encoding="utf-8")
    results = list(read_documents([tmp_path]))
    docs = [r for r in results if isinstance(r, Document)]
    failures = [r for r in results if isinstance(r, ReadFailure)]
    assert len(docs) == 3  # one page + two feed items
    assert any(d.url == "https://example.org/news/kim" for d in docs)
    assert [f.source.endswith("not-a-feed.xml") for f in failures] == [True]


def test_ingest_warc_response_records_with_http_charset(tmp_path):
    pytest.importorskip("warcio")
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from marsad.io.warc import read_warc_file

    path = tmp_path / "crawl.warc"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        body = PAGE.replace('<meta charset="{charset}">', "").encode("cp1256")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=windows-1256")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.org/news/kim", "response",
                                                      payload=BytesIO(body), http_headers=headers))
        css = StatusAndHeaders("200 OK", [("Content-Type", "text/css")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.org/s.css", "response",
                                                      payload=BytesIO(b"body{}"), http_headers=css))
    (doc,) = read_warc_file(path)
    assert isinstance(doc, Document) and "فوستوشني" in doc.text
    assert doc.url == "https://example.org/news/kim"
