"""GDELT 2.0 rows and PLOVER records from coded events, and the `marsad export` command."""
from __future__ import annotations

import json

from click.testing import CliRunner

import marsad
from marsad.cli import main
from marsad.events import EventExtractor
from marsad.events.export import GDELT_EVENT_FIELDS, gdelt_row, gdelt_rows, plover_record
from tests.test_events_extract import KIM, PUTIN, RUSSIA, analysed


def visit_doc():
    doc = analysed("وصل الزعيم الكوري الشمالي كيم جونغ أون إلى روسيا. ولم يلتق بوتين كيم جونغ أون.",
                   [KIM, RUSSIA, PUTIN], times=[("", "")][:0])
    doc.url = "https://example.org/kim"
    return doc


def test_events_gdelt_row_fields():
    doc = visit_doc()
    visit = next(e for e in doc.events if e.cameo == "042")
    row = gdelt_row(doc, visit)
    assert len(GDELT_EVENT_FIELDS) == 61 and set(row) == set(GDELT_EVENT_FIELDS)
    assert row["SQLDATE"] == "20230918" and row["MonthYear"] == "202309" and row["Year"] == "2023"
    assert row["Actor1Code"] == "PRKGOV" and row["Actor1CountryCode"] == "PRK" and row["Actor1Type1Code"] == "GOV"
    assert row["Actor1Name"] == "KIM JONG UN"
    assert row["Actor2Code"] == "RUS" and row["Actor2Geo_Type"] == "1"
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("042", "042", "04")
    assert row["QuadClass"] == "1" and row["GoldsteinScale"] == "1.9"
    assert row["SOURCEURL"] == "https://example.org/kim" and row["AvgTone"] == ""
    assert row["GLOBALEVENTID"] == gdelt_row(doc, visit)["GLOBALEVENTID"]  # stable


def test_events_gdelt_row_of_a_people_fills_its_ethnic_code():
    doc = marsad.analyze("وهاجم المقاتلون الأكراد مواقع الجيش التركي في عفرين.", published="2018-02-18")
    doc = EventExtractor(min_confidence=0.0, read_uncoded=False)(doc)
    attack = next(e for e in doc.events if e.source and e.source[0].name_en == "Kurdish fighters")
    row = gdelt_row(doc, attack)
    assert (row["Actor1Code"], row["Actor1EthnicCode"], row["Actor1Type1Code"]) == ("KURREB", "kur", "REB")
    assert row["Actor1CountryCode"] == ""  # a people with no state of its own


def test_events_gdelt_rows_leave_out_negated_by_default():
    doc = visit_doc()
    assert any(e.negated for e in doc.events)
    rows = list(gdelt_rows([doc]))
    assert all(len(r) == 61 for r in rows)
    assert len(rows) == sum(not e.negated for e in doc.events)
    assert len(list(gdelt_rows([doc], include_negated=True))) == len(doc.events)


def test_events_plover_record():
    doc = visit_doc()
    rec = plover_record(doc, doc.events[0])
    assert rec["event"] == ["CONSULT"] and rec["mode"] == ["visit"]
    assert rec["actor"][0]["code"] == "PRKGOV" and rec["recipient"][0]["name"] == "Russia"
    assert rec["date"] == "2023-09-18" and rec["event_text"] == ["وصل"]
    json.dumps(rec, ensure_ascii=False)


def test_events_export_command_reads_analysed_jsonl(tmp_path):
    doc = visit_doc()
    doc.processed.append("events")
    path = tmp_path / "analysed.jsonl"
    path.write_text(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", "--format", "plover", str(path)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(records) == len(doc.events)
    result = CliRunner().invoke(main, ["export", "--format", "gdelt", "--header", str(path)])
    assert result.exit_code == 0
    lines = [line for line in result.stdout.splitlines() if line and not line.startswith("marsad:")]
    assert lines[0].split("\t")[0] == "GLOBALEVENTID" and len(lines) == 1 + sum(not e.negated for e in doc.events)


def test_events_export_command_missing_input_fails_cleanly(tmp_path):
    result = CliRunner().invoke(main, ["export", str(tmp_path / "nothing.txt")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_events_document_roundtrip_keeps_events():
    doc = visit_doc()
    back = marsad.Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert [e.cameo for e in back.events] == [e.cameo for e in doc.events]
    assert back.events[0].source[0].cameo_actor == "PRKGOV"
