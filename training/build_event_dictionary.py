"""Build Marsad's Arabic event dictionary: `src/marsad/data/events/event_dictionary.json`.

Inputs (all reference/shippable data in ../shared/data/events, MIT or free-and-open):
- `cameo/cameo_codebook_merged.csv`: CAMEO codes, names, GDELT Goldstein scores, quad classes;
- `plover/CAMEO2PLOVER-2021.txt`: CAMEO → PLOVER event type and mode;
- `ngec_plover_assets/countries.csv`: ISO 3166 codes and English country names (CAMEO actor codes);
- `linking/dr5hn_countries_states_cities/countries.json` (ODbL 1.0): nationality adjectives («Syrian
  opposition»), capital names, because a capital
  acts for its government («واشنطن تفرض عقوبات» → USAGOV), and the Arabic country names, whose stems
  find demonyms («العملية التركية» → Turkey);
- `universalpetrarch_arabic/arabic_branch/CAMEO.ar.0.5.txt`: the UniversalPetrarch Arabic verb
  dictionary; its verb + object-noun patterns refine our own triggers when they agree on the root;
- `training/events_triggers_ar.tsv`: the team-curated Arabic triggers (ours).

The output holds normalised surface forms (past, present, masdar, with clitics handled at run
time), so the component needs no morphology library. Deterministic: sorted keys, no timestamps.

    python training/build_event_dictionary.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from marsad.kb import load_kb
from marsad.text.normalize import normalize_word

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "marsad" / "data" / "events" / "event_dictionary.json"
CURATED = ROOT / "training" / "events_triggers_ar.tsv"

# CAMEO agent words that the codebook and the gold treat as actors even when no entity is named:
# «المتظاهرون» (protesters), «مسلحون» (gunmen); code = CAMEO role code (no country).
GENERIC_ACTORS = {
    "متظاهرون": ("protesters", "CVL"), "متظاهرين": ("protesters", "CVL"), "محتجون": ("protesters", "CVL"),
    "متظاهر": ("protesters", "CVL"),  # after a number: «وتجمع نحو 500 متظاهر», «وندد 125 ألف متظاهر»
    "محتجين": ("protesters", "CVL"), "مسلحون": ("gunmen", "UAF"), "مسلحين": ("gunmen", "UAF"),
    "مسلح": ("gunman", "UAF"), "مسلحان": ("gunmen", "UAF"),  # «فتح مسلحان النار»: two of them
    "انتحاري": ("suicide bomber", "UAF"), "انتحاريون": ("suicide bombers", "UAF"),
    # the accusative after «إن»: «قالت الشرطة إن انتحاريا فجر نفسه» (not «مسلحا», mostly «صراعا مسلحا»)
    "انتحاريا": ("suicide bomber", "UAF"),
    "مفجرون": ("bombers", "UAF"), "مفجر": ("bomber", "UAF"), "مجهولون": ("unidentified attackers", "UAF"),
    "مهاجمون": ("attackers", "UAF"), "مهاجمين": ("attackers", "UAF"), "متشددون": ("militants", "UAF"),
    "متشددين": ("militants", "UAF"), "ارهابيون": ("terrorists", "UAF"), "ارهابيين": ("terrorists", "UAF"),
    # radicals who act unnamed: «اغتاله إسلاميون العام 1981», «على أيدي متطرفين»
    "اسلاميون": ("Islamists", "RAD"), "اسلاميين": ("Islamists", "RAD"), "متطرفون": ("extremists", "RAD"),
    "متطرفين": ("extremists", "RAD"), "متطرف": ("extremist", "RAD"),
    "ميليشيات": ("militias", "UAF"), "ميليشيا": ("militia", "UAF"), "شرطة": ("police", "COP"),
    "مليشيات": ("militias", "UAF"), "مليشيا": ("militia", "UAF"),  # the other spelling: «المليشيا الكردية»
    "جيش": ("army", "MIL"), "قوات": ("forces", "MIL"), "جنود": ("soldiers", "MIL"),
    # one or two of them, mostly those struck: «قتل جندي تركي في هجوم», «مقتل شرطيين اثنين»
    # (the accusative «جنديا» is an object, read as one only before its nisba: «يحتضن جنديا أفغانيا»)
    "جندي": ("soldier", "MIL"), "جنديان": ("soldiers", "MIL"), "جنديين": ("soldiers", "MIL"),
    "شرطي": ("police officer", "COP"), "شرطيان": ("police officers", "COP"), "شرطيين": ("police officers", "COP"),
    # one citizen, a man or a woman, refugees counted, a country's states: «اعتقال كوريا الشمالية لمواطن أمريكي»,
    # «ألقت السلطات الإيرانية القبض على المواطنة البريطانية», «ستستقبل عشرة آلاف لاجئ سوري», «ولايات أميركية ترفض
    # احتضان لاجئين»
    "مواطن": ("citizen", "CVL"), "مواطنة": ("citizen", "CVL"), "لاجئ": ("refugees", "REF"), "ولايات": ("states", "GOV"),
    "متمردون": ("rebels", "REB"), "متمردين": ("rebels", "REB"), "طلاب": ("students", "EDU"),
    # «واتهم الانفصاليون الحكومة الأوكرانية», «الانفصاليين الموالين لروسيا»: separatist rebels (CAMEO SEP)
    "انفصاليون": ("separatists", "SEP"), "انفصاليين": ("separatists", "SEP"),
    # the Syrian opposition's fighters by their own words: «وجه النظام أصابع الاتهام إلى الثوار», «انتقل مقاتلو
    # المعارضة», «لا هدنة مع الجهاديين»
    "ثوار": ("rebels", "REB"), "مقاتلون": ("fighters", "REB"), "مقاتلين": ("fighters", "REB"),
    "جهاديون": ("jihadists", "RAD"), "جهاديين": ("jihadists", "RAD"),
    "طلبة": ("students", "EDU"), "عمال": ("workers", "LAB"), "امن": ("security forces", "COP"),
    "معارضة": ("opposition", "OPP"), "معارضون": ("opponents", "OPP"), "معارضين": ("opponents", "OPP"),
    "حكومة": ("government", "GOV"), "سلطات": ("authorities", "GOV"), "مواطنون": ("citizens", "CVL"), "مواطنين": ("citizens", "CVL"),
    "رعايا": ("nationals", "CVL"),  # «ضد رعايا إسرائيليين», «إجلاء الرعايا الأجانب»
    "مدنيون": ("civilians", "CVL"), "مدنيين": ("civilians", "CVL"),  # «استهداف المدنيين»
    "سياح": ("tourists", "CVL"), "سائحين": ("tourists", "CVL"),  # «اعتداء تسبب بمقتل أربعة سياح أجانب»
    # those an attack struck where they were: «استهدف مصلين أثناء صلاة العشاء», «دهس حشدا من المارة», «ركاب الطائرة»
    "مصلين": ("worshippers", "CVL"), "مصلون": ("worshippers", "CVL"), "مارة": ("pedestrians", "CVL"),
    "ركاب": ("passengers", "CVL"),
    # officials and diplomats act for the country their nisba names: «مسؤولون أمريكيون» → USAGOV
    # politicians of a country, who accuse and protest unnamed: «اتهم عدد من السياسيين الإيطاليين سفينة …»
    "سياسيون": ("politicians", "ELI"), "سياسيين": ("politicians", "ELI"),
    "مسؤولون": ("officials", "GOV"), "مسؤولين": ("officials", "GOV"), "دبلوماسيون": ("diplomats", "GOV"), "ديبلوماسيون": ("diplomats", "GOV"),
    # an envoy, by the nisba of the side that sent him: «التقى ترامب مبعوثا كوريا شماليا», «المبعوث الأمريكي»
    "مبعوث": ("envoy", "GOV"),
    "مشتبه": ("suspects", "CRM"), "مشتبهين": ("suspects", "CRM"),
    "مطلوبين": ("wanted men", "CRM"), "مطلوبون": ("wanted men", "CRM"),  # «اعتقلت قوات الأمن عشرة مطلوبين»
    # people taken, held or freed by their trade or their plight: «اختطف مسلحون ثلاثة مهندسين أتراك», «أفرجت حركة
    # طالبان عن عشرين رهينة», «اعتقلت السلطات موظفين محليين في السفارة»
    "مهندسين": ("engineers", "CVL"), "مهندسون": ("engineers", "CVL"), "رهائن": ("hostages", "CVL"),
    "رهينة": ("hostages", "CVL"), "موظفين": ("employees", "CVL"), "موظفون": ("employees", "CVL"),
    # those a report names by their age, with their nisba: «استشهد شاب فلسطيني برصاص قوات الاحتلال»
    "شاب": ("young man", "CVL"), "شبان": ("young men", "CVL"),
    "سكان": ("residents", "CVL"), "اطباء": ("doctors", "MED"), "معلمون": ("teachers", "EDU"),
    "معلمين": ("teachers", "EDU"), "محامون": ("lawyers", "CVL"), "محامين": ("lawyers", "CVL"),
    "صحفيون": ("journalists", "JRN"), "صحفيين": ("journalists", "JRN"),
    "صحافيون": ("journalists", "JRN"), "صحافيين": ("journalists", "JRN"),  # the other spelling: «في حق صحافيين»
    # activists, who protest, call and are arrested, and in Gaza fire mortars: «أطلق ناشطون فلسطينيون قذائف هاون»
    "ناشطون": ("activists", "CVL"), "ناشطين": ("activists", "CVL"), "نشطاء": ("activists", "CVL"),
    # a court no name is given for, which sentences and releases: «أصدرت محكمة تركية أحكاما بالسجن»
    "محكمة": ("court", "JUD"), "انصار": ("supporters", "CVL"),
    # lawmakers, judges, settlers and prisoners, acted on by name of their group: «حذر أوباما المشرعين الأميركيين»,
    # «نواب أردنيون يرفضون قانون الضرائب», «هجمات المستوطنين», «أفرجت السلطات عن المعتقلين»
    "مشرعون": ("lawmakers", "LEG"), "مشرعين": ("lawmakers", "LEG"), "برلمانيون": ("lawmakers", "LEG"),
    "برلمانيين": ("lawmakers", "LEG"), "نواب": ("lawmakers", "LEG"), "قضاة": ("judges", "JUD"),
    "مستوطنون": ("settlers", "CVL"), "مستوطنين": ("settlers", "CVL"), "معتقلون": ("detainees", "CVL"),
    "معتقلين": ("detainees", "CVL"), "اسرى": ("prisoners", "CVL"), "سجناء": ("prisoners", "CVL"),
    # those driven from home, asked to return or given aid: «دعا النظام السوري اللاجئين إلى العودة»
    "لاجئون": ("refugees", "REF"), "لاجئين": ("refugees", "REF"), "نازحون": ("displaced people", "REF"),
    "نازحين": ("displaced people", "REF"),
    # the arms that strike: «الطيران الإسرائيلي», «المدفعية التركية», «مقاتلات التحالف»
    "طيران": ("air force", "MIL"), "مقاتلات": ("warplanes", "MIL"), "مدفعية": ("artillery", "MIL"),
    "طائرات": ("aircraft", "MIL"), "مروحيات": ("helicopters", "MIL"), "بوارج": ("warships", "MIL"),
    "دبابات": ("tanks", "MIL"),
    # one attacker, and unknown men after a preposition: «هاجم مسلح دورية», «اغتيل برصاص مجهولين»
    "مهاجم": ("attacker", "UAF"), "مجهولين": ("unidentified attackers", "UAF"),
    # crowds counted, not named: «الآلاف يتظاهرون», «تظاهر آلاف اليونانيين» (with a nisba: GRCCVL)
    "الاف": ("people", "CVL"), "مئات": ("people", "CVL"), "عشرات": ("people", "CVL"), "حشود": ("crowds", "CVL"),
}
# the same, with the article only: «أعلن القضاء الإيراني توقيف …» (but «قضاء سنجار» is a district)
DEFINITE_GENERIC_ACTORS = {"القضاء": ("judiciary", "JUD"), "النيابة": ("prosecution", "JUD"),
                           # the armed groups of a civil war: «سيطرت الفصائل المعارضة على …» (but «فصائل الحشد»
                           # is the genitive's, so only with the article)
                           "الفصائل": ("rebels", "REB"),
                           # what a side fires and defends with: «واستهدفت الصواريخ الإسرائيلية كتائب الدفاع الجوي»,
                           # «أسقطت الدفاعات الجوية السورية» («صواريخ إيرانية» is left to its nisba)
                           "الصواريخ": ("missiles", "MIL"), "الدفاعات": ("air defences", "MIL")}


# the same, without the article only: a man or a woman held, struck or killed, by the nisba after: «ألقت الشرطة
# القبض على رجل بلغاري», «قتل قناصو الحوثي طفلا وامرأة» (but «الرجل», «الشابة» mostly name again one told before)
INDEFINITE_GENERIC_ACTORS = {"رجل": ("man", "CVL"), "امرأة": ("woman", "CVL"), "شابة": ("young woman", "CVL")}


def generic_actors() -> dict[str, list[str]]:
    """Generic agent words, with and without the article («متظاهرون», «المتظاهرون»), or with one of the two only."""
    out: dict[str, list[str]] = {}
    for word, (name, role) in sorted(GENERIC_ACTORS.items()):
        norm = normalize_word(word)
        out[norm] = [name, role]
        out["ال" + norm] = [name, role]
    for word, (name, role) in sorted(INDEFINITE_GENERIC_ACTORS.items()):
        out[normalize_word(word)] = [name, role]
    for word, (name, role) in sorted(DEFINITE_GENERIC_ACTORS.items()):
        if " " not in word:
            out[normalize_word(word)] = [name, role]
    return out


def read_codebook(shared: Path) -> dict[str, list]:
    """code → [name, goldstein, quad_class, plover_event, plover_mode]."""
    book: dict[str, list] = {}
    with open(shared / "data/events/cameo/cameo_codebook_merged.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            gold = row["goldstein_gdelt"] or row["goldstein_icews"]
            book[row["cameo_code"]] = [row["name_gdelt"] or row["name_icews"], float(gold) if gold else None,
                                       int(row["quad_class"]) if row["quad_class"] else None, None, None]
    plover = read_plover_map(shared)
    for code, entry in book.items():
        for prefix in (code, code[:3], code[:2]):  # the most specific mapping wins
            if prefix in plover:
                entry[3], entry[4] = plover[prefix]
                break
    return book


def read_plover_map(shared: Path) -> dict[str, tuple[str, str | None]]:
    """`0841: RETREAT, release, legal # …` → {"0841": ("RETREAT", "release")}."""
    out: dict[str, tuple[str, str | None]] = {}
    for line in (shared / "data/events/plover/CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        event = parts[0].upper()
        if not event or not re.fullmatch(r"[A-Z_-]+", event):
            continue
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        out.setdefault(m.group(1), (event, mode))  # the first mapping of a code is the main one
    return out


@lru_cache(maxsize=1)
def dr5hn_countries(shared: Path) -> list[dict]:
    """The dr5hn country records (ODbL 1.0), read once: names, capitals, nationalities, Arabic names."""
    return json.loads((shared / "data/linking/dr5hn_countries_states_cities/countries.json").read_text(encoding="utf-8"))


def read_countries(shared: Path) -> dict[str, list[str]]:
    """ISO3 → [English name, ISO2, English nationality adjective («Syrian»; dr5hn, ODbL 1.0; else "")]."""
    rows = dr5hn_countries(shared)
    nationality = {r["iso3"]: (r.get("nationality") or "").split(",")[0].strip() for r in rows if r.get("iso3")}
    out = {}
    with open(shared / "data/events/ngec_plover_assets/countries.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row.get("CCA3"):
                # the European Union and the United Nations carry "NA" (no code), which is Namibia's
                iso2 = "" if row["CCA2"] == "NA" and row["CCA3"] != "NAM" else row["CCA2"]
                out[row["CCA3"]] = [row["Name"], iso2, nationality.get(row["CCA3"], "")]
    for r in sorted(rows, key=lambda r: r.get("iso3") or ""):
        # the PLOVER list predates South Sudan (2011) and leaves out Western Sahara and Dominica; the linker
        # knows them (dr5hn), so events must too, or «جوبا» and «جبهة البوليساريو» act for no country
        if r.get("iso3") and r.get("iso2") and r["iso3"] not in out:
            out[r["iso3"]] = [r["name"], r["iso2"], nationality.get(r["iso3"], "")]
    return out


# Cities Arabic news names a government by that are not its capital in dr5hn, written by us: «تل أبيب» for
# Israel's (where its defence ministry sits), «رام الله» for the Palestinian Authority's.
SEATS_OF_GOVERNMENT = {"Tel Aviv": "ISR", "Ramallah": "PSE"}


# dr5hn capitals the knowledge base spells otherwise, written by us (accents aside, which are folded below)
CAPITAL_SPELLINGS = {"Tripolis": "Tripoli", "Ciudad de México": "Mexico City", "Ulan Bator": "Ulaanbaatar",
                     "Singapur": "Singapore"}


def read_capitals(shared: Path) -> dict[str, str]:
    """English capital name → ISO3 (dr5hn countries, ODbL 1.0), also as Marsad's knowledge base spells it (its
    entities are what the linker hands the event coder: «طرابلس» is «Tripoli», dr5hn's «Tripolis»), and the seats
    of government above."""
    rows = dr5hn_countries(shared)
    capitals = {r["capital"]: r["iso3"] for r in sorted(rows, key=lambda r: r["iso3"]) if r.get("capital") and r.get("iso3")}
    return capitals | kb_spellings(capitals) | SEATS_OF_GOVERNMENT


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


def kb_spellings(capitals: dict[str, str]) -> dict[str, str]:
    """The knowledge base's own name of each capital it spells otherwise («Bogota», «Lomé», «Tripoli») → ISO3."""
    kb_names: dict[str, str] = {}
    for entry in sorted(load_kb().entries.values(), key=lambda e: e.id):
        if entry.type == "LOC" and entry.kind != "country":
            kb_names.setdefault(_folded(entry.name_en), entry.name_en)
    out: dict[str, str] = {}
    for name, iso3 in capitals.items():
        spelled = kb_names.get(_folded(CAPITAL_SPELLINGS.get(name, name)))
        if spelled is not None and spelled not in capitals:
            out[spelled] = iso3
    return out


# Nisba stems the Arabic country names do not give («الولايات المتحدة» → «الأمريكي»), written by us.
EXTRA_DEMONYM_STEMS = {"امريك": "USA", "اميرك": "USA", "بريطان": "GBR", "سعود": "SAU", "امارات": "ARE",
                       "روس": "RUS", "فلسطين": "PSE", "اسرائيل": "ISR", "صين": "CHN", "يابان": "JPN",
                       "ترك": "TUR", "المان": "DEU"}  # dr5hn gives Turkey as «ديك رومى» (the bird)
# Three-letter stems that are safe («الروسي», «التركي», «السوري», «المصري»); others («مال» of «مالي» →
# «المالية» financial) are too ambiguous to keep.
SHORT_STEMS = {"روس", "ترك", "سور", "ليب", "يمن", "مصر", "قطر", "هند", "مجر", "صرب"}


def read_demonym_stems(shared: Path, countries: dict[str, list[str]]) -> dict[str, str]:
    """Normalised nisba stem → ISO3, from the one-word Arabic country names (dr5hn, ODbL 1.0).

    «تركيا» → «ترك» (so «التركية», «التركيين» name Turkey); a stem two countries share is dropped.
    """
    rows = dr5hn_countries(shared)
    seen: dict[str, set[str]] = {}
    for r in rows:
        name = (r.get("translations") or {}).get("ar", "")
        iso3 = r.get("iso3")
        if not name or iso3 not in countries or len(name.split()) != 1:
            continue
        norm = normalize_word(name)
        norm = norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm
        for end in ("يه", "يا", "ا", "ه", ""):
            if norm.endswith(end) and len(norm) - len(end) >= 3:
                stem = norm[:len(norm) - len(end)] if end else norm
                break
        if len(stem) >= 4 or stem in SHORT_STEMS:
            seen.setdefault(stem, set()).add(iso3)
    out = {stem: next(iter(isos)) for stem, isos in seen.items() if len(isos) == 1}
    for stem, iso3 in kb_demonym_stems(countries).items():
        out.setdefault(stem, iso3)
    out.update(EXTRA_DEMONYM_STEMS)
    return dict(sorted(out.items()))


def kb_demonym_stems(countries: dict[str, list[str]]) -> dict[str, str]:
    """Nisba stems of the demonyms in Marsad's knowledge base (`training/build_kb.py`, ours) → ISO3.

    They give what the country's own name does not: «أفغانستان» but «الأفغاني», «المجر» but «المجري».
    """
    iso3_of = {row[1]: iso3 for iso3, row in countries.items()}
    out: dict[str, str] = {}
    for entry in load_kb().entries.values():
        iso3 = iso3_of.get(entry.country)
        for demonym in entry.demonyms if entry.kind == "country" and iso3 else ():
            norm = normalize_word(demonym)
            if " " not in norm and norm.endswith("ي") and (len(norm) >= 5 or norm[:-1] in SHORT_STEMS):
                out[norm[:-1]] = iso3
    return out


def verb_forms(past: str, presents: list[str]) -> list[str]:
    """Surface forms of a verb: past 3rd person with subject suffixes, present with person prefixes."""
    forms: set[str] = set()
    if past.startswith("-"):  # «-أمل|امل»: present only; the past «أمل» is far more often the noun "hope"
        past = ""
    bare = not past.endswith("+")  # «نقل+|نقل»: «نقلت», «نقلوا», but not «نقل», which is also the masdar
    past = normalize_word(past.removesuffix("+"))
    if past:
        if bare:
            forms.add(past)
        stem = past[:-1] if past[-1] in "اي" else past  # «التقى» → «التق» + «ت»/«وا»
        for suffix in ("ت", "وا", "ا", "تا", "نا", "تم"):
            forms.add(stem + suffix if past[-1] in "اي" and suffix in ("ت", "وا", "تا") else past + suffix)
    for pres in presents:
        pres = normalize_word(pres)
        if not pres:  # «وعد|»: no present forms («يعد» is far more often "counts as")
            continue
        base = pres[:-1] if pres[-1] in "اي" else pres
        for prefix in ("ي", "ت", "ن", "ا"):
            if prefix == "ا" and past.startswith("و") and not pres.startswith("و"):
                continue  # «أصل», «أضع» (I arrive, I put) are «أصل» (origin), and with «و» «واصل» (went on), «واضع»
            forms.add(prefix + pres)
            if pres.endswith("ي") and len(pres) > 2:
                forms.add(prefix + base)  # jussive after «لم»: «لم يلتق», «لم يجر»
            for suffix in ("ون", "ان", "وا", "ين") if prefix in ("ي", "ت") else ():  # «أزور», «نزور» take none
                forms.add(prefix + (base if suffix in ("ون", "وا") else pres) + suffix)
    return sorted(f for f in forms if (len(f) >= 3 or f in SHORT_VERB_FORMS) and f not in NOT_VERB_FORMS)


# Forms a stem builds that are far more often words of another kind: «ندن» (we do not condemn, after «لم») is the
# «ندن» of «لندن» (London), which the segmenter reads as «ل» + «ندن»; «دعما» and «دعمنا» (they two / we
# supported) are the noun «دعم» ("support", "our support"), and so with «أملا» (hope), «ثمنا» (a price), «حاكما»
# (a governor), «صادرا» (issued), «قاتلا» (a killer).
NOT_VERB_FORMS = frozenset({"ندن", "دعما", "دعمنا", "املا", "املنا", "ثمنا", "حاكما", "حاكمنا", "صادرا", "قاتلا"})

# Two-letter past forms kept although short words are mostly particles: «شن هجوما», «حث الطرفين», «حض على».
SHORT_VERB_FORMS = frozenset({"شن", "حث", "حض"})


def noun_forms(nouns: list[str]) -> list[str]:
    """Masdar forms: as written and, for «ـة» nouns, the construct form before a pronoun («زيارته»)."""
    forms = set()
    for noun in nouns:
        n = normalize_word(noun)
        forms.add(n)
        if n.endswith("ه"):
            forms.add(n[:-1] + "ت")
    return sorted(forms)


# Active participles that are far more often nouns: «مستقبل» (future), «مجتمع» (society), «معتقل» (detainee) …
PARTICIPLE_STOP = {"مستقبل", "مجتمع", "معتقل", "مقاطع", "مستخدم", "معارض", "مدين", "مطالب", "ملتقي", "متحد",
                   "مسلح", "مرسل", "محتل", "مستضيف", "مضرب", "مسافر", "متظاهر", "محتج", "معتصم", "مهاجم",
                   "مفاوض", "مقاتل", "منسحب"}


def participle_forms(past: str, presents: list[str]) -> list[str]:
    """Active participles of derived verbs used as circumstantial verbs: «متهما إياها», «معلنا دعم».

    Only verbs of four letters or more (forms III–X: «اتهم» → «متهم»); a form I participle is not
    «م» + stem («رفض» → «رافض»), so none is made for them.
    """
    past = normalize_word(past)
    if len(past) < 4:
        return []
    form_three = len(past) == 4 and past[1] == "ا"  # «وافق» → «موافقة» is the masdar, not «agreeing (f.)»
    forms = set()
    for pres in presents:
        stem = normalize_word(pres)
        if not stem:
            continue
        base = "م" + (stem.removesuffix("ي"))
        if base in PARTICIPLE_STOP or len(base) < 4:
            continue
        # the accusative of a circumstantial clause: «متهما», «متهمين», «متهمة»; but the «ـة» form of a
        # form III verb is its masdar («موافقة», «مناقشة») and «ـون» forms are nouns of agents
        forms.update({base + "ا", base + "ين"} if not stem.endswith("ي") else {base + "يا", base + "ين"})
        if not form_three and not stem.endswith("ي"):
            forms.add(base + "ه")  # «متهمة إياها»
    return sorted(forms)


def read_curated(path: Path) -> list[dict]:
    triggers = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, kind, forms, with_, gloss = line.split("\t")
        if kind == "verb":
            past, _, presents = forms.partition("|")
            surface = verb_forms(past, presents.split(","))
            lemma = normalize_word(past.lstrip("-").removesuffix("+"))
        elif kind == "participle":  # form I participles, listed: «داعيا», «رافضين»
            surface = sorted({normalize_word(f) for f in forms.split(",")})
            lemma = surface[0]
        else:  # "noun", or "blame": «روسيا مسؤولة عن الاعتداء» (an adjective, the speaker blames)
            surface = noun_forms(forms.split(","))
            lemma = normalize_word(forms.split(",")[0])
        with_words = [] if with_ == "-" else sorted({normalize_word(w) for w in with_.split(",")})
        triggers.append({"code": code, "kind": kind, "lemma": lemma, "forms": surface, "with": with_words,
                         "gloss": gloss, "origin": "marsad"})
        if kind == "verb":
            participles = participle_forms(past.lstrip("-").removesuffix("+"), presents.split(","))
            if participles:
                triggers.append({"code": code, "kind": "participle", "lemma": lemma, "forms": participles,
                                 "with": with_words, "gloss": gloss + " (participle)", "origin": "marsad"})
    return triggers


def read_up_patterns(path: Path) -> list[tuple[str, str, str]]:
    """(verb lemma, object noun, code) from the simple `- * NOUN [CODE]` patterns of each verb block."""
    out = []
    lemmas: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("---"):
            lemmas = []
            continue
        if line.startswith("- "):
            m = re.match(r"^-\s*\*\s*([\u0621-\u064a]+)\s*\[(\d{2,4})\]", line)
            if m:
                out.extend((lemma, normalize_word(m.group(1)), m.group(2)) for lemma in lemmas)
            continue
        word = line.split("#")[0].strip()
        if word and re.fullmatch(r"[\u0621-\u064a]+", word):
            lemmas.append(normalize_word(word))
    return out


# UniversalPetrarch patterns too vague for news: «أكد التزامه»/«أكد تعهده» (affirmed its commitment, to anything at all)
# would make every affirmation of a stance a cooperation (050)
UP_LEFT_OUT = frozenset({(normalize_word("أكد"), normalize_word("التزام")), (normalize_word("أكد"), normalize_word("تعهد"))})


def merge_up_patterns(triggers: list[dict], patterns: list[tuple[str, str, str]]) -> list[dict]:
    """UniversalPetrarch verb+object patterns kept only where they refine one of our verbs within its root."""
    by_lemma: dict[str, list[dict]] = {}
    for t in triggers:
        if t["kind"] == "verb":
            by_lemma.setdefault(t["lemma"], []).append(t)
    added = []
    seen = set()
    for lemma, noun, code in patterns:
        for t in by_lemma.get(lemma, []):
            key = (lemma, noun, code)
            if t["code"][:2] == code[:2] and key not in seen and len(noun) >= 3 and (lemma, noun) not in UP_LEFT_OUT:
                seen.add(key)
                added.append({**t, "code": code, "with": [noun], "gloss": f"UniversalPetrarch pattern {code}",
                              "origin": "universalpetrarch"})
    return added


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    book = read_codebook(a.shared)
    curated = read_curated(CURATED)
    up = merge_up_patterns(curated, read_up_patterns(
        a.shared / "data/events/universalpetrarch_arabic/arabic_branch/CAMEO.ar.0.5.txt"))
    triggers = [t for t in up + curated if t["code"] in book]  # refinements first: more specific
    missing = sorted({t["code"] for t in up + curated if t["code"] not in book})
    if missing:
        raise SystemExit(f"trigger codes missing from the CAMEO codebook: {missing}")
    countries = read_countries(a.shared)
    data = {
        "version": 1,
        "codebook": book,
        "countries": countries,
        "demonym_stems": read_demonym_stems(a.shared, countries),
        "capitals": read_capitals(a.shared),
        "generic_actors": generic_actors(),
        "triggers": triggers,
    }
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                     encoding="utf-8")
    print(f"{a.out}: {len(book)} CAMEO codes, {len(curated)} curated triggers, "
          f"{len(up)} UniversalPetrarch refinements, {a.out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
