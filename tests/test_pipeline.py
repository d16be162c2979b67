from __future__ import annotations

import pytest

import marsad
from marsad.doc import Document
from marsad.errors import PipelineError
from marsad.pipeline import Pipeline, component


@component("test_explodes_on_x", requires=("tokens",), assigns=("nothing",))
class Explodes:
    """Fails on documents containing «x», to test batch isolation."""

    def __call__(self, doc: Document) -> Document:
        if "x" in doc.text:
            raise ValueError("boom")
        return doc


def test_pipeline_names_the_missing_requirement_when_built():
    with pytest.raises(PipelineError, match="requires sentences"):
        Pipeline(["tokens"])


def test_unknown_component_lists_the_registered_ones():
    with pytest.raises(PipelineError, match="registered components: .*clitics"):
        Pipeline(["sentences", "no_such_component"])


def test_a_failing_document_is_recorded_and_the_batch_goes_on(caplog):
    pipe = Pipeline(["sentences", "tokens", "test_explodes_on_x"])
    docs = [Document(text="نص أول", id="a"), Document(text="نص x", id="bad"), Document(text="نص ثالث", id="c")]
    out = list(pipe.pipe(docs, batch_size=2))
    assert [d.id for d in out] == ["a", "bad", "c"]
    assert out[1].errors == [{"component": "test_explodes_on_x", "reason": "ValueError: boom"}]
    assert out[0].errors == [] and out[2].processed[-1] == "test_explodes_on_x"
    assert "bad" in caplog.text


def test_analyze_runs_the_default_pipeline():
    doc = marsad.analyze("وصل كيم إلى روسيا.", published="2023-09-18")
    assert doc.processed[:3] == ["sentences", "tokens", "clitics"]
    assert [t.text for t in doc.tokens] == ["وصل", "كيم", "إلى", "روسيا", "."]


def test_a_pipeline_takes_a_plain_string_and_refuses_other_things():
    nlp = marsad.load(["sentences", "tokens"])
    doc = nlp("قال بوتين إن موسكو ستساعد بيونغ يانغ.")
    assert isinstance(doc, Document) and doc.tokens[1].text == "بوتين"
    with pytest.raises(TypeError, match="Document or a str"):
        nlp(3)  # type: ignore[arg-type]
