"""`marsad ingest` and `marsad search` from the command line."""
from __future__ import annotations

import json

from click.testing import CliRunner

from marsad.cli import main

ARTICLES = [
    {"id": "kim", "title": "كيم في روسيا", "published": "2023-09-12", "source": "kcna",
     "text": "وصل الزعيم الكوري الشمالي كيم جونغ أون إلى روسيا صباح الثلاثاء في زيارة نادرة."},
    {"id": "china", "title": "الصين وروسيا", "published": "2023-10-01", "source": "xinhua",
     "text": "وقعت الصين وروسيا اتفاقا جديدا للطاقة يمتد عشرين عاما."},
    {"id": "sport", "title": "مباراة", "published": "2023-10-02", "source": "kcna",
     "text": "فاز الفريق المحلي بالمباراة النهائية أمام جمهور كبير."},
]


def _ingest(runner, tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n{broken\n",
                      encoding="utf-8")
    db = str(tmp_path / "m.db")
    return runner.invoke(main, ["ingest", str(corpus), "--db", db, "--core", "--json"]), db


def test_ingest_cli_prints_a_summary_with_failures(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # run from a folder of its own, as Click's deprecated isolated_filesystem() did
    runner = CliRunner()
    result, db = _ingest(runner, tmp_path)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[0])
    assert report["added"] == 3 and len(report["failed"]) == 1
    again = runner.invoke(main, ["ingest", str(tmp_path / "news.jsonl"), "--db", db, "--core", "--json"])
    assert json.loads(again.stdout.strip().splitlines()[0])["skipped"] == {"already stored (same text)": 3}


def test_search_cli_jsonl_hits_with_snippets_and_filters(tmp_path):
    runner = CliRunner()
    _, db = _ingest(runner, tmp_path)
    result = runner.invoke(main, ["search", "روسيا", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert {h["id"] for h in hits} == {"kim", "china"}  # «وروسيا» is found too
    for hit in hits:
        assert hit["score"] > 0
        for s, e in hit["snippet_highlights"]:
            assert hit["snippet"][s:e].endswith("روسيا")
    only = runner.invoke(main, ["search", "روسيا", "--db", db, "--format", "json", "--source", "kcna",
                                "--from", "2023-09-01", "--to", "2023-09-30"])
    assert [h["id"] for h in json.loads(only.stdout)] == ["kim"]
    table = runner.invoke(main, ["search", "روسيا", "--db", db])
    assert table.exit_code == 0 and "kim" in table.stdout
    bad = runner.invoke(main, ["search", "روسيا", "--db", db, "--from", "yesterday"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
