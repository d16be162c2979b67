"""The `timex` pipeline component: time expressions with values resolved against publication."""
from __future__ import annotations

from marsad.doc import Document
from marsad.pipeline import component
from marsad.timex.extract import find_times


@component("timex", requires=("tokens",), assigns=("times",))
class TimexTagger:
    """Find dates, times, durations and sets; resolve them against `doc.published_date`.

    `include_vague=True` also keeps expressions with no placeable value («خلال الأيام
    المقبلة» → FUTURE_REF); they are off by default because a timeline cannot use them.
    """

    def __init__(self, *, include_vague: bool = False) -> None:
        self.include_vague = include_vague

    def __call__(self, doc: Document) -> Document:
        doc.times = find_times(doc.text, doc.published_date, include_vague=self.include_vague)
        return doc
