"""End-to-end through the command line, as a user runs it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "amman-talks.txt"


def run(*args, input=None):
    return subprocess.run([sys.executable, "-m", "marsad", *args], capture_output=True, text=True, input=input,
                          cwd=ROOT, timeout=120, check=False)


def test_analyze_jsonl_writes_one_object_per_document_with_its_id(tmp_path):
    second = tmp_path / "b.txt"
    second.write_text("عنوان ثان\nوصل الوزير إلى القاهرة أمس.", encoding="utf-8")
    proc = run("analyze", str(EXAMPLE), str(second), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    objs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in objs] == ["example-amman-talks", "b"]
    assert objs[0]["published"] == "2024-03-12" and objs[0]["schema_version"] == "1.0"
    assert "\x1b" not in proc.stdout  # no progress bar or colours in a pipe


def test_analyze_reads_stdin_and_takes_the_date_option():
    proc = run("analyze", "-", "--date", "2023-09-18", "--format", "json", input="عنوان\nوصل كيم إلى روسيا.")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["published"] == "2023-09-18" and out["title"] == "عنوان"


def test_bad_input_is_reported_the_rest_is_analysed_and_the_exit_is_non_zero(tmp_path):
    bad = tmp_path / "junk.txt"
    bad.write_bytes(bytes(range(256)) * 10)
    proc = run("analyze", str(bad), str(EXAMPLE), "--format", "jsonl")
    assert proc.returncode == 1
    assert "junk.txt" in proc.stderr and "binary" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stdout.splitlines()) == 1


@pytest.mark.parametrize("args, message", [
    (["analyze", "x.txt", "--date", "18/09/2023"], "YYYY-MM-DD"),
    (["analyze", "x.txt", "--format", "xml"], "xml"),
    (["analyze", "x.txt", "--components", "tokens"], "requires sentences"),
])
def test_bad_options_give_a_clear_message_and_exit_2(args, message):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and message in result.output


def test_pretty_output_shows_the_headline():
    result = CliRunner().invoke(main, ["analyze", str(EXAMPLE), "--format", "pretty"])
    assert result.exit_code == 0, result.output
    assert "شكري والصفدي" in result.output and "example-amman-talks" in result.output


def test_every_help_ends_with_an_example():
    import click

    def commands(group, prefix=()):
        yield prefix, group
        if isinstance(group, click.Group):
            for name, cmd in group.commands.items():
                yield from commands(cmd, prefix + (name,))

    for path, _ in commands(main):
        result = CliRunner().invoke(main, [*path, "--help"])
        assert result.exit_code == 0
        last_paragraph = result.output.strip().split("\n\n")[-1]
        assert "marsad " in last_paragraph, f"`marsad {' '.join(path)} --help` does not end with an example"


def test_python_dash_m_and_version():
    proc = run("--version")
    assert proc.returncode == 0 and "marsad" in proc.stdout


def test_a_component_failure_is_reported_and_the_other_documents_are_written(tmp_path):
    from marsad.doc import Document
    from marsad.pipeline import component

    @component("test_fails_on_marker", requires=("tokens",), assigns=())
    class FailsOnMarker:
        """Fails on documents containing «عطل» to test reporting."""

        def __call__(self, doc: Document) -> Document:
            if "عطل" in doc.text:
                raise RuntimeError("simulated failure")
            return doc

    lines = ['{"id": "ok1", "text": "وصل الوزير."}', '{"id": "broken", "text": "حدث عطل."}',
             '{"id": "ok2", "text": "عاد الوزير."}']
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines), encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(src), "--format", "jsonl",
                                       "--components", "sentences,tokens,test_fails_on_marker"])
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [o["id"] for o in out] == ["ok1", "broken", "ok2"]
    assert out[1]["errors"][0]["reason"] == "RuntimeError: simulated failure"
    assert "1 document(s) had a component failure (broken)" in result.stderr


def test_analyze_min_event_confidence_keeps_or_drops_events():
    def events(*extra):
        proc = run("analyze", str(EXAMPLE), "--format", "json", *extra)
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)["events"]

    from marsad.events.confidence import load_confidence_model

    every = events("--min-event-confidence", "0")
    default = events()
    threshold = load_confidence_model().threshold
    assert len(default) == sum(e["confidence"] >= threshold for e in every) > 0
    cut = sorted(e["confidence"] for e in every)[len(every) // 2]
    kept = events("--min-event-confidence", str(cut))
    assert kept and all(e["confidence"] >= cut for e in kept) and len(kept) < len(every)
    assert run("analyze", str(EXAMPLE), "--min-event-confidence", "2").returncode == 2
