"""Event participants: entity mentions (and a few generic agents) as CAMEO-coded actors.

Actors come from the linked entities (`doc.entities`, with `name_en`, `country`, `cameo`); a
CAMEO actor code is the entity's own code when the linker gave one, else its country (ISO3)
plus a role read from the title before the name: «الرئيس الروسي بوتين» → RUSGOV,
«الجيش الأمريكي» → USAMIL. Words such as «المتظاهرون» or «مسلحون» are actors too (CVL, UAF).
"""
from __future__ import annotations

from dataclasses import dataclass

from marsad.doc import Actor, Document, Entity, Token
from marsad.events.lexicon import EventLexicon

# Title words before a name that give the CAMEO role («وزير الخارجية لافروف» → GOV).
_ROLE_WORDS: dict[str, str] = {
    "الرئيس": "GOV", "رئيس": "GOV", "الملك": "GOV", "ملك": "GOV", "الامير": "GOV", "امير": "GOV",
    "وزير": "GOV", "الوزير": "GOV", "وزيره": "GOV", "وزيرة": "GOV", "الحكومه": "GOV", "حكومه": "GOV",
    "وزاره": "GOV", "الخارجيه": "GOV", "ولي": "GOV", "السفير": "GOV", "سفير": "GOV", "الزعيم": "GOV",
    "زعيم": "GOV", "المتحدث": "GOV", "متحدث": "GOV", "المستشار": "GOV", "نائب": "GOV", "الشيخ": "GOV",
    "الجيش": "MIL", "جيش": "MIL", "قوات": "MIL", "القوات": "MIL", "الجنرال": "MIL", "قائد": "MIL",
    "الشرطه": "COP", "شرطه": "COP", "المعارضه": "OPP", "المتمردين": "REB", "مسلحي": "REB",
}


@dataclass(slots=True)
class ActorSpot:
    """One place in a sentence where an actor is named: token range and what it is."""

    token_start: int
    token_end: int  # exclusive
    start: int
    end: int
    entity: Entity | None
    generic: tuple[str, str] | None = None  # (English name, CAMEO role) for «المتظاهرون»-like words

    @property
    def key(self) -> str:
        if self.entity is not None:  # two entities linked to the same thing are one actor
            return self.entity.wikidata or self.entity.name_en or self.entity.id
        return "generic:" + (self.generic[0] if self.generic else "")


def find_actor_spots(doc: Document, token_start: int, token_end: int, lexicon: EventLexicon,
                     token_of: dict[int, int]) -> list[ActorSpot]:
    """Actors named in tokens [token_start, token_end), in text order; overlapping mentions keep the longest."""
    spots: list[ActorSpot] = []
    sent_start = doc.tokens[token_start].start if token_start < len(doc.tokens) else 0
    sent_end = doc.tokens[token_end - 1].end if token_end > token_start else 0
    for entity in doc.entities:
        if entity.label not in ("PER", "ORG", "LOC", "MISC"):
            continue
        for m in entity.mentions:
            if m.start < sent_start or m.end > sent_end:
                continue
            if m.kind == "pronoun":
                continue  # «زيارته»: the pronoun is handled by merging with the event it refers to
            ts = token_of.get(m.start)
            if ts is None:
                ts = _token_at(doc.tokens, m.start, token_start, token_end)
            te = _token_at(doc.tokens, max(m.end - 1, m.start), token_start, token_end)
            if ts is None or te is None:
                continue
            spots.append(ActorSpot(ts, te + 1, m.start, m.end, entity))
    covered = {i for s in spots for i in range(s.token_start, s.token_end)}
    for i in range(token_start, token_end):
        tok = doc.tokens[i]
        if i in covered or tok.kind != "word":
            continue
        generic = lexicon.generic_actors.get(_strip_conj(tok.norm))
        if generic:
            spots.append(ActorSpot(i, i + 1, tok.start, tok.end, None, (generic[0], generic[1])))
    spots.sort(key=lambda s: (s.token_start, -(s.token_end - s.token_start)))
    kept: list[ActorSpot] = []
    for s in spots:
        if kept and s.token_start < kept[-1].token_end:
            continue  # «وزير الخارجية الروسي سيرغي لافروف» inside a longer mention: keep the longer one
        kept.append(s)
    return kept


def _strip_conj(norm: str) -> str:
    return norm[1:] if len(norm) > 4 and norm[0] in "وف" else norm


def _token_at(tokens: list[Token], offset: int, lo: int, hi: int) -> int | None:
    for i in range(lo, hi):
        if tokens[i].start <= offset < tokens[i].end:
            return i
    return None


def build_actors(doc: Document, spot: ActorSpot, lexicon: EventLexicon) -> list[Actor]:
    """The actor for a spot, followed by its country as an actor when it is a person or body of that country."""
    if spot.entity is None:
        name, role = spot.generic or ("", "")
        return [Actor(text=doc.text[spot.start:spot.end], start=spot.start, end=spot.end, name_en=name,
                      cameo_actor=role)]
    e = spot.entity
    iso3 = lexicon.iso3(e.country)
    role = _role_before(doc, spot)
    capital_of = lexicon.capitals.get(e.name_en or "") if e.label == "LOC" else None
    if capital_of and not e.cameo:
        iso3, role = iso3 or capital_of, "GOV"  # «واشنطن» acts as the US government: USAGOV
    code = e.cameo or (iso3 + role if iso3 and (e.label != "LOC" or capital_of) and role else iso3)
    actor = Actor(text=doc.text[spot.start:spot.end], start=spot.start, end=spot.end, entity=e.id,
                  name_en=e.name_en, wikidata=e.wikidata, label=e.label, country=iso3, cameo_actor=code)
    out = [actor]
    if iso3 and iso3 in lexicon.countries:
        country_name = lexicon.countries[iso3][0]
        if e.label != "LOC" or (e.name_en or "") != country_name:
            # GDELT codes an actor with its country: «لافروف» acts for Russia (Actor1CountryCode RUS)
            out.append(Actor(text=country_name, name_en=country_name, label="LOC", country=iso3, cameo_actor=iso3))
    return out


def _role_before(doc: Document, spot: ActorSpot) -> str:
    """CAMEO role from up to three title words before the name, or from inside a title mention."""
    lo = max(0, spot.token_start - 3)
    for i in range(spot.token_end - 1, lo - 1, -1):
        if i >= len(doc.tokens):
            continue
        role = _ROLE_WORDS.get(_strip_conj(doc.tokens[i].norm))
        if role:
            return role
    return ""
