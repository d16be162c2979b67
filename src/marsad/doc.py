"""The Document and its annotations: every annotation is a half-open span into `Document.text`.

`Document.text` is the article exactly as received and never changes; components add
annotations beside it. `span.text == doc.text[span.start:span.end]` holds for every span,
which `Document.validate_offsets()` checks. Documents serialise to plain JSON-able dicts
(`to_dict` / `from_dict`) following the published schema in `marsad/schema/`.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar, Union

from marsad.errors import InputError

SCHEMA_VERSION = "1.0"
SCHEMA_ID = "https://marsad.example.org/schema/document-1.0.json"


class _Serialisable:
    """Plain-data round trip for dataclasses, driven by their type hints."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            if not f.repr:  # internal fields (caches, back references) are not serialised
                continue
            out[f.name] = _plain(getattr(self, f.name))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any:
        return _build(cls, data)


def _plain(value: Any) -> Any:
    if isinstance(value, _Serialisable):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _build(cls: type, data: Any) -> Any:
    if not isinstance(data, dict):
        raise InputError(f"expected an object for {cls.__name__}, got {type(data).__name__}")
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data and f.init:
            kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        for arg in typing.get_args(hint):
            if arg is not type(None):
                return _convert(arg, value)
    if origin is list:
        (arg,) = typing.get_args(hint)
        return [_convert(arg, v) for v in value]
    if isinstance(hint, type) and issubclass(hint, _Serialisable):
        return _build(hint, value)
    return value


@dataclass(slots=True)
class Span(_Serialisable):
    """A stretch of the original text: `text == doc.text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Piece(_Serialisable):
    """One clitic piece of a surface word: «لروسيا» → ل (proclitic) + روسيا (stem)."""

    start: int
    end: int
    text: str
    role: str  # "proclitic" | "stem" | "enclitic"
    tag: str = ""  # CONJ, PREP, FUT, DET, PRON, or "" for the stem


@dataclass(slots=True)
class Token(_Serialisable):
    """A word, number or punctuation mark; `norm` is its matching form, `pieces` its clitic split."""

    start: int
    end: int
    text: str
    norm: str
    kind: str  # "word" | "number" | "punct" | "latin" | "symbol"
    pieces: list[Piece] = field(default_factory=list)

    @property
    def stem(self) -> Piece | None:
        """The stem piece of a word (None for punctuation and tokens without pieces)."""
        for p in self.pieces:
            if p.role == "stem":
                return p
        return None


@dataclass(slots=True)
class Sentence(_Serialisable):
    """A sentence; `token_start:token_end` index `Document.tokens`."""

    start: int
    end: int
    text: str
    token_start: int = 0
    token_end: int = 0
    is_title: bool = False


@dataclass(slots=True)
class Mention(_Serialisable):
    """One place an entity is named or referred to; the span covers the name without clitics.

    `surface_start/surface_end` cover the whole surface word(s) with clitics («بأوكرانيا»).
    `kind`: "name" (full or partial proper name), "title", "pronoun", "demonym" or "metonym".
    """

    start: int
    end: int
    text: str
    label: str = ""
    kind: str = "name"
    surface_start: int | None = None
    surface_end: int | None = None
    score: float | None = None


@dataclass(slots=True)
class Entity(_Serialisable):
    """A distinct person, place, organisation or other named thing, with its mentions."""

    id: str
    label: str  # PER | LOC | ORG | MISC
    text: str  # the most complete surface name in the article
    mentions: list[Mention] = field(default_factory=list)
    name_en: str | None = None
    name_ar: str | None = None
    wikidata: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2/alpha-3 of the entity's country, when known
    cameo: str | None = None  # CAMEO actor code, when known
    score: float | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    # other English names: the KB's for a known entity, other usual spellings of a transliterated one
    # («حسام» Hossam: also Hussam), so that either spelling matches; last, to keep positional arguments
    aliases_en: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quantity(_Serialisable):
    """A number, percentage, amount of money or measured quantity with its normalised value."""

    start: int
    end: int
    text: str
    type: str  # NUMBER | PERCENT | MONEY | QUANTITY | ORDINAL
    value: float | None = None
    unit: str | None = None  # currency (ISO 4217) for MONEY, unit symbol for QUANTITY


@dataclass(slots=True)
class TimeExpr(_Serialisable):
    """A TIMEX3-style time expression: type DATE/TIME/DURATION/SET, ISO 8601 value."""

    start: int
    end: int
    text: str
    type: str
    value: str | None = None
    anchor: str | None = None  # the date the value was resolved against
    mod: str | None = None  # BEFORE, AFTER, START, END, APPROX …
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Actor(_Serialisable):
    """A participant (speaker, source, target, location), as an entity when it could be linked."""

    text: str
    start: int | None = None
    end: int | None = None
    entity: str | None = None  # Entity.id
    name_en: str | None = None
    wikidata: str | None = None
    label: str | None = None
    country: str | None = None
    cameo_actor: str | None = None
    aliases_en: list[str] = field(default_factory=list)  # as Entity.aliases_en


@dataclass(slots=True)
class Quote(_Serialisable):
    """Quoted or reported speech: the content span, who said it, the cue verb, who relayed it."""

    start: int
    end: int
    text: str
    direct: bool
    speaker: Actor | None = None
    cue: Span | None = None
    source: Actor | None = None  # relaying source: «ذكرت الوكالة أن كيم …» → the agency


@dataclass(slots=True)
class Event(_Serialisable):
    """Who did what to whom, where and when, coded in CAMEO and PLOVER, with evidence spans."""

    id: str
    cameo: str
    trigger: Span
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    cameo_root: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    plover: str | None = None
    plover_mode: str | None = None
    location: Actor | None = None
    date: str | None = None
    date_source: str | None = None  # "expression" | "context" | "published"
    negated: bool = False
    modality: str | None = None  # None (asserted) | intent | future | condition | question
    mentions: list[Span] = field(default_factory=list)
    sentence: int | None = None
    confidence: float | None = None  # how likely an analyst would list it (marsad.events.confidence)
    found_by: str = "rules"  # "rules" (marsad.events.extract) | "model" (marsad.events.arguments)


@dataclass
class Document(_Serialisable):
    """One article: the original text, its metadata and every annotation as spans into `text`."""

    text: str
    id: str = ""
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as given by the source
    source: str | None = None
    url: str | None = None
    language: str = "ar"
    body_start: int = 0  # where the body begins in `text` (after the title and blank line)
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    processed: list[str] = field(default_factory=list)  # components that ran, in order
    errors: list[dict[str, str]] = field(default_factory=list)  # {"component", "reason"} per failure

    SPAN_FIELDS: ClassVar[tuple[str, ...]] = ("sentences", "tokens", "entities", "quantities", "times",
                                             "quotes", "events")

    def __post_init__(self) -> None:
        if not self.id:
            self.id = "sha1:" + hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:16]

    @classmethod
    def from_parts(cls, title: str | None, body: str, **meta: Any) -> Document:
        """Build a document from a headline and a body: text is title, a blank line, then the body."""
        title = (title or "").strip()
        body = body or ""
        if title:
            return cls(text=f"{title}\n\n{body}", title=title, body_start=len(title) + 2, **meta)
        return cls(text=body, title=None, body_start=0, **meta)

    @property
    def published_date(self) -> _dt.date | None:
        """The publication date, parsed from `published` (None when absent or unreadable)."""
        return parse_date(self.published)

    @property
    def title_span(self) -> Span | None:
        if not self.title:
            return None
        return Span(0, len(self.title), self.title)

    def span(self, start: int, end: int) -> Span:
        """A Span over `text[start:end]`."""
        return Span(start, end, self.text[start:end])

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.token_start:sentence.token_end]

    def iter_spans(self) -> Iterator[tuple[str, Any]]:
        """Every (where, object) pair that claims `start`/`end`/`text` over the original text."""
        for s in self.sentences:
            yield "sentence", s
        for t in self.tokens:
            yield "token", t
            for p in t.pieces:
                yield "piece", p
        for e in self.entities:
            for m in e.mentions:
                yield "mention", m
        for q in self.quantities:
            yield "quantity", q
        for tx in self.times:
            yield "time", tx
        for qu in self.quotes:
            yield "quote", qu
            if qu.cue:
                yield "quote.cue", qu.cue
            for actor in (qu.speaker, qu.source):
                if actor is not None and actor.start is not None:
                    yield "quote.actor", actor
        for ev in self.events:
            yield "event.trigger", ev.trigger
            for evidence in ev.mentions:
                yield "event.mention", evidence
            for a in [*ev.source, *ev.target, *([ev.location] if ev.location else [])]:
                if a.start is not None:
                    yield "event.actor", a

    def validate_offsets(self) -> list[str]:
        """Problems with spans that do not slice the original text exactly (empty when all is well)."""
        problems = []
        n = len(self.text)
        for where, obj in self.iter_spans():
            if not (0 <= obj.start <= obj.end <= n):
                problems.append(f"{where} {obj.start}:{obj.end} outside 0:{n}")
            elif self.text[obj.start:obj.end] != obj.text:
                problems.append(f"{where} {obj.start}:{obj.end} text {obj.text!r} != {self.text[obj.start:obj.end]!r}")
        return problems

    def to_dict(self) -> dict[str, Any]:
        out = {"schema_version": SCHEMA_VERSION}
        out.update(_Serialisable.to_dict(self))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        data = {k: v for k, v in data.items() if k != "schema_version"}
        if "text" not in data:
            raise InputError("a document needs a 'text' field")
        return _build(cls, data)


def parse_date(value: str | _dt.date | None) -> _dt.date | None:
    """`2023-09-18`, `2023-09-18T10:00:00+03:00` or a date → date; None when absent or unreadable."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    try:
        return _dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return _dt.datetime.fromisoformat(text).date()  # 3.11 reads a trailing «Z»
    except ValueError:
        return None
