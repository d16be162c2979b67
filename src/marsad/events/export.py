"""Event writers: GDELT 2.0 Event-table rows (tab-separated) and PLOVER JSON records.

GDELT rows follow the 61-column GDELT 2.0 Event table, so Marsad's events load into tools
built for GDELT. What Marsad does not know is left empty rather than invented: tone
(AvgTone), the religion and known-group codes, the ethnic code but for a people named as a side
(«المقاتلين الأكراد» → kur), and coordinates unless the linker put
them on the entity (`attrs["lat"]`, `attrs["lon"]`). Geo country codes are ISO 3166 alpha-2
where GDELT has FIPS 10-4. PLOVER records follow the PLOVER manual's JSON fields (`id`,
`date`, `actor`, `recipient`, `event`, `mode`, `quad_code`, `event_scale`, `event_text`, …).
"""
from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Iterable
from typing import Any

from marsad.doc import Actor, Document, Entity, Event
from marsad.events.actors import ETHNIC_GROUPS

GDELT_EVENT_FIELDS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)


def global_event_id(doc: Document, event: Event) -> int:
    """A stable 63-bit id from the document id and the event id (the same input gives the same id)."""
    digest = hashlib.sha1(f"{doc.id}\t{event.id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") & 0x7FFF_FFFF_FFFF_FFFF


def gdelt_row(doc: Document, event: Event) -> dict[str, str]:
    """One event as a GDELT 2.0 Event-table row (field name → text)."""
    row = dict.fromkeys(GDELT_EVENT_FIELDS, "")
    day = _event_day(doc, event)
    row["GLOBALEVENTID"] = str(global_event_id(doc, event))
    if day is not None:
        row["SQLDATE"] = day.strftime("%Y%m%d")
        row["MonthYear"] = day.strftime("%Y%m")
        row["Year"] = str(day.year)
        row["FractionDate"] = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
    entities = {e.id: e for e in doc.entities}
    for n, actors in (("1", event.source), ("2", event.target)):
        if not actors:
            continue
        actor = actors[0]
        code = actor.cameo_actor or actor.country or ""
        row[f"Actor{n}Code"] = code
        row[f"Actor{n}Name"] = (actor.name_en or actor.text).upper()
        row[f"Actor{n}CountryCode"] = actor.country or _country_of(actors) or ""
        group = next((g for g in ETHNIC_GROUPS if actor.country is None and code.startswith(g.code)), None)
        if group is not None:  # «المقاتلين الأكراد» → KURREB: the Kurds (ethnic kur), fighting
            row[f"Actor{n}EthnicCode"] = group.gdelt_ethnic
            row[f"Actor{n}Type1Code"] = code[len(group.code):]
        elif len(code) > 3 and code[:3] == (actor.country or ""):
            row[f"Actor{n}Type1Code"] = code[3:6]
        elif actor.country is None and len(code) == 3:
            row[f"Actor{n}Type1Code"] = code  # «المتظاهرون» → CVL: a role with no country
        _fill_geo(row, f"Actor{n}Geo_", actor, entities)
    if event.location is not None:
        _fill_geo(row, "ActionGeo_", event.location, entities)
    row["IsRootEvent"] = "1" if event.sentence is not None and event.sentence <= 1 else "0"
    row["EventCode"] = event.cameo
    row["EventBaseCode"] = event.cameo[:3]
    row["EventRootCode"] = event.cameo[:2]
    row["QuadClass"] = "" if event.quad_class is None else str(event.quad_class)
    row["GoldsteinScale"] = "" if event.goldstein is None else f"{event.goldstein:g}"
    row["NumMentions"] = str(max(1, len(event.mentions)))
    row["NumSources"] = "1"
    row["NumArticles"] = "1"
    published = doc.published_date
    row["DATEADDED"] = published.strftime("%Y%m%d") + "000000" if published else ""
    row["SOURCEURL"] = doc.url or doc.id
    return row


def gdelt_rows(docs: Iterable[Document], *, include_negated: bool = False) -> Iterable[list[str]]:
    """GDELT rows of every event, in column order; negated events («لم يلتق») are left out unless asked for."""
    for doc in docs:
        for event in doc.events:
            if event.negated and not include_negated:
                continue  # GDELT has no negation column: a denied meeting must not read as a meeting
            row = gdelt_row(doc, event)
            yield [row[f].replace("\t", " ").replace("\n", " ") for f in GDELT_EVENT_FIELDS]


def plover_record(doc: Document, event: Event) -> dict[str, Any]:
    """One event as a PLOVER JSON record."""
    sentence = doc.sentences[event.sentence].text if event.sentence is not None else None
    record: dict[str, Any] = {
        "id": f"{doc.id}-{event.id}",
        "date": (event.date or "")[:10] or None,
        "actor": [_plover_actor(a) for a in event.source],
        "recipient": [_plover_actor(a) for a in event.target],
        "event": [event.plover] if event.plover else [],
        "mode": [event.plover_mode] if event.plover_mode else [],
        "event_text": [m.text for m in event.mentions],
        "quad_code": event.quad_class,
        "event_scale": event.goldstein,
        "cameo": event.cameo,
        "negated": event.negated,
        "modality": event.modality,
        "date_source": event.date_source,
        "text": sentence,
        "language": doc.language,
        "coder": "marsad",
    }
    if event.location is not None:
        record["event_loc"] = _plover_actor(event.location)
    if doc.url:
        record["cite_info"] = {"url": doc.url, "published": doc.published}
    return record


def plover_records(docs: Iterable[Document]) -> Iterable[dict[str, Any]]:
    """PLOVER records of every event (negation and modality kept as fields)."""
    for doc in docs:
        for event in doc.events:
            yield plover_record(doc, event)


def _plover_actor(actor: Actor) -> dict[str, Any]:
    out: dict[str, Any] = {"actorText": actor.text}
    if actor.name_en:
        out["name"] = actor.name_en
    if actor.cameo_actor:
        out["code"] = actor.cameo_actor
    if actor.country:
        out["country"] = actor.country
    if actor.wikidata:
        out["wikidata"] = actor.wikidata
    return out


def _event_day(doc: Document, event: Event) -> _dt.date | None:
    value = event.date or ""
    for fmt, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return _dt.datetime.strptime(value[:size], fmt).date()
        except ValueError:
            continue
    return doc.published_date


def _country_of(actors: list[Actor]) -> str | None:
    return next((a.country for a in actors if a.country), None)


def _fill_geo(row: dict[str, str], prefix: str, actor: Actor, entities: dict[str, Entity]) -> None:
    """Geo columns for a place actor: GDELT type 1 = country, 4 = city or other place."""
    entity = entities.get(actor.entity or "")
    if actor.label != "LOC" and (entity is None or entity.label != "LOC"):
        return
    row[prefix + "Type"] = "1" if actor.country and actor.cameo_actor == actor.country else "4"
    row[prefix + "FullName"] = actor.name_en or actor.text
    row[prefix + "CountryCode"] = (actor.country or "")[:3]
    if entity is not None:
        lat, lon = entity.attrs.get("lat"), entity.attrs.get("lon")
        if lat is not None and lon is not None:
            row[prefix + "Lat"], row[prefix + "Long"] = str(lat), str(lon)
        if entity.wikidata:
            row[prefix + "FeatureID"] = entity.wikidata
