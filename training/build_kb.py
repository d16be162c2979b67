#!/usr/bin/env python3
"""Build Marsad's knowledge base of entities: src/marsad/data/kb/kb.jsonl.gz and translit.tsv.gz.

Sources (all allowed to ship, see ../shared/data/README.md and MODELS.md):
- countries and cities with Wikidata QIDs and Arabic names: dr5hn countries-states-cities (ODbL 1.0,
  so kb.jsonl.gz is distributed under ODbL); cities of at least MIN_POPULATION people only
  (MIN_POPULATION_IN_REGION in the NEWS_REGION countries);
- city names in Arabic and English: world-cities-translations (CC BY 4.0), same threshold;
- political actors with CAMEO codes: UniversalPetrarch's Arabic actor dictionary (MIT), persons only;
- the team-curated lists training/kb_curated_{people,orgs,places}.tsv (written by us): organisations,
  media, armed groups, heads of state and government and other news figures with roles and dates;
- word transliterations for unknown names: google/transliteration ar2en train split (Apache-2.0) and
  NETransliteration-COLING2018 train slice wd_arabic_80 (CC0), as a word table with other spellings, as
  letter-in-context rules and as a joint (graphone) model learned from the same pairs
  (training/translit_model.py: translit_rules.tsv.gz, translit_joint.tsv.gz). The test/eval slices are
  never read.

Each KB line is one entry: {id, type, name_en, aliases_en, names_ar, country, cameo, roles, prior,
demonyms}. The output is deterministic (sorted, gzip with a fixed mtime).

    python training/build_kb.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import hashlib
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marsad.text.clitics import letters_of, lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent))
import translit_model

from marsad.kb.base import NO_CHUNK

OUT_DIR = ROOT / "src" / "marsad" / "data" / "kb"
MIN_POPULATION = 150_000
# the region Arabic news reports most closely, down to its small towns («مصياف», «غزنة»)
NEWS_REGION = {"DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO",
               "SD", "SY", "TN", "AE", "YE", "IR", "TR", "AF", "IL", "TD", "ML", "NE", "ER", "SS"}
MIN_POPULATION_IN_REGION = 30_000
# machine-made Arabic labels in dr5hn that would match ordinary words («ديك رومى» is the bird)
BAD_ARABIC = {"ديك رومى", "احتلت الأراضي الفلسطينية", "رجل (جزيرة)", "جمع شمل", "تيمور قراءة",
              "سمعت جزيرة وجزر ماكدونالد", "نيو", "كوك جزر", "فيلبيني", "فيروسات غدانية", "القديس بيير وميكلون"}
# Arabic prefixes of administrative labels: «ولاية قندهار» is also written «قندهار»
ADMIN_PREFIXES = ("ولاية ", "محافظة ", "مدينة ", "مقاطعة ", "إقليم ", "منطقة ")
# single words that are city names somewhere but ordinary words in news prose
CITY_STOPWORDS = {letters_of(w) for w in (
    "صور", "حماة", "الأمل", "النصر", "السلام", "الوحدة", "الحرية", "المستقبل", "الجديدة", "العين", "الخليج",
    "الرشيد", "الشروق", "النهضة", "المنصورة", "الزهراء", "الفتح", "الثورة", "الحسين", "المدينة", "العاصمة",
    "الشمال", "الجنوب", "الشرق", "الغرب", "الوسط", "الساحل", "الجبل", "البحر", "الميناء", "البلد", "الدولة",
    "عمر", "علي", "محمد", "أحمد", "حسن", "سعيد", "كريم", "جميل", "سلمان", "مراد", "هادي", "حلوان", "بنها",
    "الحمراء", "الرمال", "الصحراء", "الواحة", "المطار", "كان", "ليون", "تور", "نيس", "بورت", "سان", "سانت",
    "مونت", "فال", "كيب", "مانيلا", "ليما", "أمل", "بلدة", "مدينة", "الإسلام", "الفلاح", "الدور", "الشعب",
    "السادس", "العاشر", "قنا", "بشار", "فلاديمير", "جورج", "ماري", "مريم", "فيكتوريا", "غازي", "زيدان", "سنان",
    "العزيز", "يمين", "الصدر", "عشاق", "الزاوية", "زاوية", "عمرانية", "العمرانية", "الحدود", "الواحات", "اردو", "أردو", "ميدان", "مشهد", "سكر", "هالة",
    "العبيد", "الزبير", "فينا", "تويوتا", "رينو", "جانيو", "يوبي", "ميكويان", "سولانا", "تاندا", "دعوة", "ميل", "أنت", "جوي", "أني", "يوان", "مترو", "قوس", "صلاة", "أبا", "سري", "داي", "بيشة", "جازان", "الخبر", "المجمعة", "الرس", "الحوطة", "مكة", "القطيف", "رشت",
    "عرقي",  # «تطهير عرقي» (ethnic), not Erqi district of Zhengzhou
    # verbs and nouns of news prose a corpus survey found linked to towns: «ووحدت جهودها» (united, not Vahdat),
    # «لديها تاريخا» (Tarija), «زنزانة» (a cell), «جينية» (genetic), «مغنية البوب» (a singer), «ميديا بارت»,
    # «سيرا على الأقدام» (on foot), «فأس» (an axe), «هوى» (passion), «تولوا قيادة» (took charge), «وأرى» (I see)
    "وحدت", "تاريخا", "زنزانة", "جينية", "مغنية", "ميديا", "سيرا", "فأس", "هوى", "تولوا", "وأرى",
)}

# Demonym adjectives (masculine, as written after the article): «الحكومة الروسية», «الرئيس الروسي»
DEMONYMS = {
    "US": ["أمريكي", "أميركي"], "GB": ["بريطاني"], "KP": ["كوري شمالي"], "KR": ["كوري جنوبي"],
    "AE": ["إماراتي"], "SA": ["سعودي"], "PS": ["فلسطيني"], "NL": ["هولندي"], "CH": ["سويسري"],
    "AT": ["نمساوي"], "DE": ["ألماني"], "CZ": ["تشيكي"], "HU": ["مجري"], "GR": ["يوناني"], "JP": ["ياباني"],
    "CN": ["صيني"], "IN": ["هندي"], "AF": ["أفغاني"], "MA": ["مغربي"], "DZ": ["جزائري"], "TN": ["تونسي"],
    "LY": ["ليبي"], "EG": ["مصري"], "SD": ["سوداني"], "JO": ["أردني"], "LB": ["لبناني"], "SY": ["سوري"],
    "IQ": ["عراقي"], "IR": ["إيراني"], "IL": ["إسرائيلي"], "TR": ["تركي"], "RU": ["روسي"], "UA": ["أوكراني"],
    "FR": ["فرنسي"], "IT": ["إيطالي"], "ES": ["إسباني"], "YE": ["يمني"], "OM": ["عماني"], "QA": ["قطري"],
    "KW": ["كويتي"], "BH": ["بحريني"], "MK": ["مقدوني"], "BY": ["بيلاروسي"], "BE": ["بلجيكي"],
    "SE": ["سويدي"], "NO": ["نرويجي"], "DK": ["دنماركي"], "FI": ["فنلندي"], "PL": ["بولندي"], "CA": ["كندي"],
    "AU": ["أسترالي"], "BR": ["برازيلي"], "MX": ["مكسيكي"], "VE": ["فنزويلي"], "CU": ["كوبي"],
    "PK": ["باكستاني"], "ET": ["إثيوبي"], "SO": ["صومالي"], "MR": ["موريتاني"], "NG": ["نيجيري"],
    "CY": ["قبرصي"], "RS": ["صربي"], "AM": ["أرمني"], "AZ": ["أذربيجاني"], "GE": ["جورجي"],
    "KZ": ["كازاخستاني"], "ID": ["إندونيسي"], "MY": ["ماليزي"], "VN": ["فيتنامي"], "TH": ["تايلاندي"],
    "PH": ["فلبيني"], "AR": ["أرجنتيني"], "PT": ["برتغالي"], "IE": ["أيرلندي"], "RO": ["روماني"],
    "BG": ["بلغاري"], "HR": ["كرواتي"], "ER": ["إريتري"], "DJ": ["جيبوتي"], "TW": ["تايواني"],
    "NZ": ["نيوزيلندي"], "CO": ["كولومبي"], "SS": ["جنوب سوداني"], "KG": ["قرغيزي"], "UZ": ["أوزبكي"],
    "TJ": ["طاجيكي"], "TM": ["تركماني"], "BD": ["بنغلاديشي"], "LK": ["سريلانكي"], "NP": ["نيبالي"],
    "MM": ["ميانماري"], "KE": ["كيني"], "UG": ["أوغندي"], "TZ": ["تنزاني"], "SN": ["سنغالي"],
    "NE": ["نيجري"], "TD": ["تشادي"], "GH": ["غاني"], "CM": ["كاميروني"], "ZW": ["زيمبابوي"],
    # the Americas, Africa, Europe and Asia beyond the first list («الرئيس النيكاراغوي», «الحكومة التشيلية»);
    # not «مالي» (also "financial"), «كونغولي» (two Congos) or «قمري» (also "lunar")
    "NI": ["نيكاراغوي", "نيكاراغواي"], "CL": ["تشيلي", "شيلي"], "PE": ["بيروفي"], "PA": ["بنمي", "بنامي"],
    "BO": ["بوليفي"], "EC": ["إكوادوري"], "HN": ["هندوراسي"], "GT": ["غواتيمالي"], "SV": ["سلفادوري"],
    "PY": ["باراغواياني", "باراغوائي"], "UY": ["أوروغواياني", "أوروغوائي"], "HT": ["هايتي"],
    "DO": ["دومينيكاني"], "JM": ["جامايكي"], "RW": ["رواندي"], "BI": ["بوروندي"], "CI": ["إيفواري"],
    "AL": ["ألباني"], "GN": ["غيني"], "AO": ["أنغولي"], "MZ": ["موزمبيقي"], "ZM": ["زامبي"], "MW": ["مالاوي"],
    "NA": ["ناميبي"], "BW": ["بوتسواني"], "MG": ["مدغشقري"], "GA": ["غابوني"], "BJ": ["بنيني"], "TG": ["توغولي"],
    "LR": ["ليبيري"], "SL": ["سيراليوني"], "BF": ["بوركيني"], "GM": ["غامبي"], "MN": ["منغولي"],
    "SK": ["سلوفاكي"], "SI": ["سلوفيني"], "BA": ["بوسني"], "ME": ["مونتينيغري"], "LT": ["ليتواني"],
    "LV": ["لاتفي"], "EE": ["إستوني"], "IS": ["أيسلندي"], "LU": ["لوكسمبورغي"], "MD": ["مولدوفي"],
    "MT": ["مالطي"], "XK": ["كوسوفي"], "SG": ["سنغافوري"], "KH": ["كمبودي"], "LA": ["لاوسي"], "MV": ["مالديفي"],
}
# English adjectives where dr5hn's nationality is not what news writes («Russian Foreign Ministry»)
DEMONYM_EN = {"US": "US", "GB": "British", "KP": "North Korean", "KR": "South Korean", "AE": "Emirati",
              "SA": "Saudi", "IR": "Iranian", "MK": "Macedonian", "CZ": "Czech"}
# Wikidata QIDs of the countries we name in English differently from dr5hn
PRIOR = {"country": 100.0, "curated": 50.0, "city": 10.0, "actor": 5.0}


def stable_id(kind: str, name: str) -> str:
    """A stable Marsad id for an entry without a QID: the same name always gives the same id."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40]
    digest = hashlib.sha1(f"{kind}:{name}".encode()).hexdigest()[:6]
    return f"marsad:{slug}-{digest}"


def clean_arabic(name: str | None) -> list[str]:
    """Usable Arabic names from a label: «كوت ديفوار (ساحل العاج)» → both; bad machine labels dropped."""
    if not name or name in BAD_ARABIC:
        return []
    out = []
    main = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    # «جزر فيرجن (البريطانية)»: a lone adjective in brackets is not a name
    inner = [n for n in re.findall(r"\((.*?)\)", name) if " " in n.strip() or not n.strip().startswith("ال")]
    for n in [main, *inner]:
        n = n.strip(" .-")
        n = n.removeprefix("في ")  # «في التحيتا», «في التل»: labels that kept the preposition of a sentence
        for p in ADMIN_PREFIXES:
            if n.startswith(p) and len(n) > len(p) + 2:
                out.append(n[len(p):])
        if n and not re.search(r"[0-9A-Za-z.]", n) and len(n.split()) <= 4:
            out.append(n)
    return [n for n in dict.fromkeys(out) if n not in BAD_ARABIC]


def read_tsv(path: Path, columns: list[str]) -> list[dict[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        rows.append({c: (cells[i].strip() if i < len(cells) else "") for i, c in enumerate(columns)})
    return rows


def split_bar(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def parse_roles(value: str) -> list[list[str]]:
    """«president@RU:2000-05-07:2008-05-07;pm@RU:…» → [[role, place, start, end], …]."""
    roles = []
    for item in value.split(";"):
        item = item.strip()
        if not item:
            continue
        head, _, dates = item.partition(":")
        role, _, place = head.partition("@")
        start, _, end = dates.partition(":")
        roles.append([role, place, start, end])
    return roles


def load_countries(shared: Path) -> dict[str, dict[str, Any]]:
    data = json.loads((shared / "data/linking/dr5hn_countries_states_cities/countries.json").read_text(encoding="utf-8"))
    out = {}
    for c in data:
        names_ar = clean_arabic(c["translations"].get("ar")) + clean_arabic(c.get("native"))
        names_ar = [n for n in names_ar if re.fullmatch(r"[\u0600-\u06ff\s\-]+", n)]
        out[c["iso2"]] = {
            "id": c.get("wikiDataId") or stable_id("LOC", c["name"]), "type": "LOC", "name_en": c["name"],
            "aliases_en": [c["iso3"]], "names_ar": names_ar, "country": c["iso2"], "cameo": c["iso3"],
            "roles": [], "prior": PRIOR["country"], "kind": "country",
            "demonyms": DEMONYMS.get(c["iso2"], []),
            "demonym_en": DEMONYM_EN.get(c["iso2"]) or (c.get("nationality") or "").split(",")[0].strip(),
            "capital": c.get("capital") or "",
        }
    return out


_AR_SKELETON = str.maketrans({"ب": "b", "پ": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "t", "ذ": "z",
                                "ر": "r", "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "t", "ط": "t", "ظ": "z",
                                "غ": "j", "ف": "f", "ڤ": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n",
                                "ه": "h", "و": "", "ي": "", "ا": "", "ء": "", "ع": "", "ى": "", "ة": "", "ئ": "", "ؤ": ""})
_EN_DIGRAPHS = (("sch", "s"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("kh", "k"), ("gh", "j"), ("ph", "f"), ("ck", "k"),
                ("x", "ks"), ("c", "k"), ("q", "k"), ("g", "j"), ("p", "b"), ("v", "f"), ("d", "t"), ("w", ""), ("y", ""))


def name_skeleton_ar(name: str) -> str:
    """Consonant skeleton of an Arabic name, to check that a label is a transliteration, not a translation."""
    s = letters_of(name)
    s = s[2:] if s.startswith("ال") and len(s) > 4 else s
    return re.sub(r"(.)\1+", r"\1", s.translate(_AR_SKELETON))


def name_skeleton_en(name: str) -> str:
    import unicodedata
    s = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if c.isalpha() and c.isascii())
    s = re.sub(r"^(al|el|as|ad|an|ar|at|az)(?=[a-z]{3})", "", s)
    for a, b in _EN_DIGRAPHS:
        s = s.replace(a, b)
    s = re.sub("[aeiou]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def is_transliteration(ar: str, en: str) -> bool:
    """«برشلونة» / Barcelona → True; «رجل» / Man (a machine translation) → False."""
    import difflib
    a, e = name_skeleton_ar(ar), name_skeleton_en(en)
    if not a or not e:
        return False
    return difflib.SequenceMatcher(None, a, e).ratio() >= 0.6


def min_population(iso2: str) -> int:
    return MIN_POPULATION_IN_REGION if iso2 in NEWS_REGION else MIN_POPULATION


def read_dr5hn_cities(shared: Path) -> list[dict[str, Any]]:
    """dr5hn's city rows, read once for both their QIDs and the cities kept."""
    path = shared / "data/linking/dr5hn_countries_states_cities/cities.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def load_cities(shared: Path, dr5hn: list[dict[str, Any]], countries: dict[str, dict[str, Any]],
                qids: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    """Cities of at least MIN_POPULATION from both sources, merged on (country, English name); a city's QID is
    the one `city_qids` trusts."""
    by_key: dict[tuple[str, str], dict[str, Any]] = {}
    for c in dr5hn:
        pop = c.get("population") or 0
        if pop < min_population(c["country_code"]) or not c.get("name_ar"):
            continue
        key = (c["country_code"], c["name"])
        by_key[key] = {"id": qids.get((c["country_code"], c["name"].lower()))
                       or stable_id("LOC", f"{c['name']}/{c['country_code']}"),
                       "type": "LOC", "name_en": c["name"], "aliases_en": [],
                       "names_ar": clean_arabic(c["name_ar"]), "country": c["country_code"],
                       "cameo": countries.get(c["country_code"], {}).get("cameo", ""), "roles": [],
                       "prior": PRIOR["city"] + min(pop / 1e6, 20.0), "kind": "city"}
    iso_by_name = {c["name_en"]: iso for iso, c in countries.items()}
    iso_by_name.update({"Russia": "RU", "United States": "US", "Palestinian Territory Occupied": "PS"})
    path = shared / "data/linking/world_cities_translations/world-cities.jsonl"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            c = json.loads(line)
            pop = c.get("Population") or 0
            iso = iso_by_name.get(c["Country"])
            if not iso or pop < min_population(iso):
                continue
            key = (iso, c["CityNameEn"])
            entry = by_key.setdefault(key, {
                "id": stable_id("LOC", f"{c['CityNameEn']}/{iso}"), "type": "LOC", "name_en": c["CityNameEn"],
                "aliases_en": [], "names_ar": [], "country": iso, "cameo": countries.get(iso, {}).get("cameo", ""),
                "roles": [], "prior": PRIOR["city"] + min(pop / 1e6, 20.0), "kind": "city"})
            for n in clean_arabic(c["CityNameAr"]):
                if n not in entry["names_ar"]:
                    entry["names_ar"].append(n)
    cities = []
    lex = lexicon()
    for entry in by_key.values():
        big = entry["prior"] >= PRIOR["city"] + 1.0  # a million people or more
        if entry["country"] == "CN" and not big:  # machine-made Arabic labels, rare in Arabic news
            continue
        # a town is rarely in the news, so a name the news corpus uses often is some other word («المضيق», «خريف»)
        # and a short one is too easily part of another word after a clitic («ودوان» is «و» + Doan)
        town = entry["prior"] < PRIOR["city"] + MIN_POPULATION / 1e6
        entry["names_ar"] = [n for n in entry["names_ar"] if big or " " in n
                             or (lex.count(letters_of(n)) < 6 and len(letters_of(n)) >= 5 if town
                                 else lex.count(letters_of(n)) < 30)]
        entry["names_ar"] = [n for n in entry["names_ar"]
                             if letters_of(n) not in CITY_STOPWORDS and len(letters_of(n)) >= 3
                             and is_transliteration(n, entry["name_en"]) and lex.count(letters_of(n)) < 200]
        if entry["names_ar"]:
            cities.append(entry)
    return cities


_ABD_SPLIT = re.compile(r"(?<!\S)عبد (?=\S)")
_ABD_JOINED = re.compile(r"(?<!\S)عبد(?=ال\S)")


def with_abd_variants(names: list[str]) -> list[str]:
    """«سلمان بن عبد العزيز» and «سلمان بن عبدالعزيز»: news writes «عبد» names both ways; keep both."""
    out = list(names)
    for n in names:
        for variant in (_ABD_SPLIT.sub("عبد", n), _ABD_JOINED.sub("عبد ", n)):
            if variant not in out:
                out.append(variant)
    return out


_OFFICIAL = ("الرسمية", "الرسمي")


def with_official_order(names: list[str]) -> list[str]:
    """«وكالة الأنباء السورية الرسمية» and «وكالة الأنباء الرسمية السورية»: news puts «الرسمية» before or
    after the nisba; keep both orders."""
    out = list(names)
    for n in names:
        words = n.split()
        if len(words) >= 3 and words[-1] in _OFFICIAL and words[-2].startswith("ال"):
            variant = " ".join(words[:-2] + [words[-1], words[-2]])
            if variant not in out:
                out.append(variant)
    return out


def load_curated(path: Path, columns: list[str], kind: str) -> list[dict[str, Any]]:
    out = []
    for r in read_tsv(path, columns):
        etype = r.get("type") or "PER"
        out.append({
            "id": r["id"] if r["id"].startswith(("Q", "ISO:")) else stable_id(etype, r["name_en"]),
            "type": etype, "name_en": r["name_en"], "aliases_en": split_bar(r["aliases_en"]),
            "names_ar": with_official_order(with_abd_variants(split_bar(r["names_ar"]))),
            "country": r.get("country", ""),
            "cameo": r.get("cameo", ""),
            "roles": parse_roles(r.get("roles", "")), "prior": PRIOR["curated"], "kind": kind,
        })
    return out


def load_actors(shared: Path) -> list[dict[str, Any]]:
    """Person entries of UniversalPetrarch's Arabic actor dictionary (lemmatised names with CAMEO codes)."""
    path = shared / "data/events/universalpetrarch_arabic/arabic_branch/actor_dict_ar_v4.txt"
    titles = ("رئيس", "وزير", "أمين", "امين", "جنرال", "ملك", "أمير", "امير", "شيخ", "نائب", "سفير", "قائد",
              "زعيم", "مدير", "متحدث", "عاهل", "رئيسة", "وزيرة", "حكومة", "جيش", "قوة", "مجلس", "حركة", "حزب",
              "آية")  # «آية الله خامنئي»: an honorific, with the man under his own name in the curated list
    entries: dict[str, dict[str, Any]] = {}
    name = None
    codes: list[str] = []

    def flush() -> None:
        if name and codes:
            words = name.split()
            if 2 <= len(words) <= 4 and not words[0].startswith(titles) and any(c.endswith(("GOV", "ELI", "OPP", "REB", "MIL")) for c in codes):
                entries.setdefault(name, {"codes": codes})

    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.startswith(("\t", " ")) and raw.strip().startswith("["):
            codes.append(raw.strip()[1:].split()[0].rstrip("]"))
            continue
        flush()
        head, _, rest = raw.partition("[")
        name = head.strip().strip("_").replace("_", " ").strip()
        codes = [rest.split("]")[0].split()[0]] if rest else []
    flush()
    out = []
    for name, info in sorted(entries.items()):
        code = info["codes"][-1]
        out.append({"id": stable_id("PER", "up:" + name), "type": "PER", "name_en": "", "aliases_en": [],
                    "names_ar": [name], "country": "", "cameo": code, "roles": [], "prior": PRIOR["actor"],
                    "kind": "actor"})
    return out


def city_qids(dr5hn: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(country, lower-case English name) → the QID dr5hn gives that place, where it can be trusted.

    dr5hn gives some QIDs to several places (Homs's to Idlib, Aleppo's to an Iranian «Halab», Kashan's to 39
    Iranian towns), and a wrong QID is worse than none: a shared one is kept only for a capital among them, or
    for a place ten times as populous as any other that has it — the city the QID was made for."""
    places_of_qid: dict[str, dict[tuple[str, str], tuple[bool, int]]] = collections.defaultdict(dict)
    for c in dr5hn:
        qid = c.get("wikiDataId") or ""
        if qid.startswith("Q"):
            key = (c["country_code"], c["name"].lower())
            capital, pop = places_of_qid[qid].get(key, (False, 0))
            places_of_qid[qid][key] = (capital or c.get("type") == "capital", max(pop, c.get("population") or 0))
    qids: dict[tuple[str, str], str] = {}
    for qid, places in places_of_qid.items():
        ranked = sorted(places.items(), key=lambda kv: kv[1], reverse=True)  # capitals first, then by population
        (key, (capital, pop)), others = ranked[0], ranked[1:]
        if not others or (capital and not others[0][1][0]) or pop >= 10 * max(p for _, (_, p) in others):
            qids[key] = qid
    return qids


def with_city_qids(places: list[dict[str, Any]], qids: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    """A curated city without a QID takes the one dr5hn gives its (country, English name): «حلب» is Q41183,
    not a Marsad id, though the team curated its spellings and prior."""
    for p in places:
        qid = qids.get((p["country"], p["name_en"].lower()))
        if qid and not p["id"].startswith(("Q", "ISO:")):
            p["id"] = qid
    return places


def merge_curated(entries: list[dict[str, Any]], countries: dict[str, dict[str, Any]], cities: list[dict[str, Any]],
                  places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Curated places enrich the generated countries (same QID) and replace generated cities (same name)."""
    by_qid = {c["id"]: c for c in countries.values()}
    curated_keys = set()
    out_places = []
    for p in places:
        country = by_qid.get(p["id"]) or (countries.get(p["id"][4:]) if p["id"].startswith("ISO:") else None)
        if country is not None:
            country["name_en"] = p["name_en"]
            country["aliases_en"] = list(dict.fromkeys(p["aliases_en"] + country["aliases_en"]))
            country["names_ar"] = list(dict.fromkeys(p["names_ar"] + country["names_ar"]))
            if p["id"] == "Q43":  # «ديك رومى» already dropped; keep only the curated spellings for Turkey
                country["names_ar"] = p["names_ar"]
            continue
        if p["country"] in countries and p["name_en"] == countries[p["country"]]["name_en"]:
            continue
        out_places.append(p)
        curated_keys.add(p["name_en"].lower())
        curated_keys.update(letters_of(n) for n in p["names_ar"])
    kept_cities = [c for c in cities if c["name_en"].lower() not in curated_keys]
    for c in kept_cities:
        c["names_ar"] = [n for n in c["names_ar"] if letters_of(n) not in curated_keys]
    country_ar = {letters_of(n) for c in countries.values() for n in c["names_ar"]}
    for c in kept_cities:  # «الجزائر», «الكويت»: the country wins the bare name
        c["names_ar"] = [n for n in c["names_ar"] if letters_of(n) not in country_ar]
    return list(countries.values()) + out_places + [c for c in kept_cities if c["names_ar"]] + entries


def translit_pairs(shared: Path) -> list[tuple[str, str]]:
    """(folded Arabic letters, lower-case Latin) train pairs of both shippable sources."""
    pairs = []
    for line in (shared / "data/linking/transliteration/google_ar2en/ar2en-train.txt").read_text(encoding="utf-8").splitlines():
        ar, _, en = line.partition("\t")
        if ar and en.strip().isalpha():
            pairs.append((letters_of(ar), en.strip().lower()))
    for line in (shared / "data/linking/transliteration/netransliteration_coling2018/wd_arabic_80").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            pairs.append((letters_of(parts[1].replace(" ", "")), parts[0].lower()))
    return [(a, e) for a, e in pairs if a]


# an other spelling is kept when at least this many training names use it and it is at least this share of
# the word's names: «حسام» Hossam 20 / Hussam 5 keeps Hussam; one stray «نيلز» "desein" is not kept
ALTERNATE_MIN_VOTES = 2
ALTERNATE_MIN_SHARE = 0.1
ALTERNATES_PER_WORD = 3
ALTERNATE_MIN_LENGTH = 0.7  # of the usual spelling's length: a short form is another name, not a spelling
# a spelling at most this many Latin letters per Arabic letter (plus two): a longer one is a misaligned pair of
# multi-word names («حي» "gabdulkhay", «رع» "nemtyemsaf"), not this word's spelling
MAX_LETTERS_PER_LETTER = 2.5


def translit_votes(shared: Path) -> dict[str, collections.Counter]:
    """Arabic word → Counter of its Latin spellings, from the two shippable training slices."""
    votes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for line in (shared / "data/linking/transliteration/google_ar2en/ar2en-train.txt").read_text(encoding="utf-8").splitlines():
        ar, _, en = line.partition("\t")
        if ar and en:
            votes[letters_of(ar)][en.strip().lower()] += 1
    for line in (shared / "data/linking/transliteration/netransliteration_coling2018/wd_arabic_80").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            ar = letters_of(parts[1].replace(" ", ""))
            n = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 1
            if ar and parts[0].isalpha():
                votes[ar][parts[0].lower()] += n
    return {ar: c for ar, c in votes.items() if ar}


def build_translit(votes: dict[str, collections.Counter], curated: dict[str, str]) -> list[tuple[str, str, list[str]]]:
    """(Arabic word, its usual Latin spelling, other spellings in common use), sorted by the Arabic word.

    Why the others: a name spelled one way in the article's English coverage and another in the table
    («حسام» Hussam / Hossam, «صدقي» Sedky / Sedki) should still be found; they become the entity's
    `aliases_en`. The team's curated spelling (`curated`) wins the usual spelling, the table's one joins
    the others."""
    out = []
    for ar in sorted(set(votes) | set(curated)):
        counts = votes.get(ar, collections.Counter())
        ranked = [en for en, _ in counts.most_common() if len(en) <= MAX_LETTERS_PER_LETTER * len(ar) + 2]
        if not ranked and ar not in curated:
            continue
        usual = curated.get(ar) or ranked[0]
        total = sum(counts.values())
        others = [en for en in ranked if en != usual and en.isascii() and en.isalpha()
                  and len(en) >= ALTERNATE_MIN_LENGTH * len(usual)  # «ريتشارد» Richard: not "Ric"
                  and (counts[en] >= ALTERNATE_MIN_VOTES and counts[en] >= ALTERNATE_MIN_SHARE * total
                       or en == ranked[0])]  # the table's usual spelling, when a curated one replaced it
        out.append((ar, usual, others[:ALTERNATES_PER_WORD]))
    return out


def _same_word(ar: str, en: str) -> bool:
    """One Arabic word and one English word that spell the same name: skeletons agree and start alike."""
    a, e = name_skeleton_ar(ar), name_skeleton_en(en)
    return is_transliteration(ar, en) and a[:1] == e[:1]


def curated_name_words(people: list[dict[str, Any]]) -> dict[str, str]:
    """Arabic name word → the spelling the team's curated people use for it («فيصل» → faisal, «نايف» → nayef).

    Why: the word table votes over Wikidata and Wikipedia name pairs, mostly foreign people, so common Arab
    given names come out in a French or South Asian spelling («فيصل» "fayçal", «نايف» "naif", «خليفة»
    "khalife") that English news does not use. Words are paired by position when a curated Arabic name and its
    English name have as many words and every pair reads as a transliteration (consonant skeletons agree and
    start alike), so a misaligned name («أحمدي نجاد» / "Mahmoud Ahmadinejad") gives nothing; the article «ال» is
    left to the rules."""
    votes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for person in people:
        english = person["name_en"].split()
        for arabic in person["names_ar"]:
            words = arabic.split()
            if len(words) != len(english) or not all(_same_word(ar, en) for ar, en in zip(words, english)):
                continue  # «أحمدي نجاد» / "Mahmoud Ahmadinejad": the words do not pair up
            for ar, en in zip(words, english):
                folded = letters_of(ar)
                if not folded.startswith("ال") and re.fullmatch(r"[A-Za-z]+", en) and len(folded) >= 2:
                    votes[folded][en.lower()] += 1
    return {ar: c.most_common(1)[0][0] for ar, c in votes.items()
            if c.most_common(1)[0][1] > sum(c.values()) / 2}  # a clear majority, not a tie


def write_gzip(path: Path, text: str) -> None:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    path.write_bytes(buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    here = Path(__file__).resolve().parent
    people = load_curated(here / "kb_curated_people.tsv",
                          ["id", "name_en", "aliases_en", "names_ar", "country", "cameo", "roles"], "curated")
    orgs = load_curated(here / "kb_curated_orgs.tsv",
                        ["id", "type", "name_en", "aliases_en", "names_ar", "country", "cameo"], "curated")
    dr5hn = read_dr5hn_cities(args.shared)
    qids = city_qids(dr5hn)
    places = with_city_qids(load_curated(here / "kb_curated_places.tsv",
                                         ["id", "type", "name_en", "aliases_en", "names_ar", "country", "cameo"],
                                         "curated"), qids)
    countries = load_countries(args.shared)
    cities = load_cities(args.shared, dr5hn, countries, qids)
    actors = load_actors(args.shared)
    curated_ar = {letters_of(n) for e in people for n in e["names_ar"]}
    actors = [a for a in actors if letters_of(a["names_ar"][0]) not in curated_ar]
    entries = merge_curated(people + orgs, countries, cities, places) + actors
    capital_ids = {(e["country"], e["name_en"]): e["id"] for e in entries if e["type"] == "LOC" and e["kind"] != "country"}
    for e in entries:
        if e["kind"] == "country":
            e["capital"] = capital_ids.get((e["country"], e.get("capital", "")), "")
    seen: set[str] = set()
    lines = []
    for e in entries:
        if e["id"] in seen:  # two curated rows with one QID: keep the first
            continue
        seen.add(e["id"])
        lines.append(json.dumps(e, ensure_ascii=False, sort_keys=True))
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    write_gzip(OUT_DIR / "kb.jsonl.gz", "\n".join(lines) + "\n")
    curated_words = curated_name_words(people)
    translit = build_translit(translit_votes(args.shared), curated_words)
    write_gzip(OUT_DIR / "translit.tsv.gz", "".join(f"{a}\t{e}\t{'|'.join(o)}\n" for a, e, o in translit))
    pairs = translit_pairs(args.shared)
    rules = translit_model.train(pairs, rounds=1)
    write_gzip(OUT_DIR / "translit_rules.tsv.gz", "".join(f"{k}\t{v}\n" for k, v in sorted(rules.items())))
    joint = translit_model.train_joint(pairs)
    write_gzip(OUT_DIR / "translit_joint.tsv.gz", "".join(
        f"{key}\t{' '.join(f'{chunk or NO_CHUNK}:{n}' for chunk, n in sorted(c.items(), key=lambda x: (-x[1], x[0])))}\n"
        for key, c in sorted(joint.items())))
    kinds = collections.Counter(json.loads(x)["kind"] for x in lines)
    print(f"kb: {len(lines)} entries {dict(kinds)}; translit: {len(translit)} words "
          f"({len(curated_words)} spelled as the curated people spell them)")
    for name in ("kb.jsonl.gz", "translit.tsv.gz", "translit_rules.tsv.gz", "translit_joint.tsv.gz"):
        print(f"  {name}: {(OUT_DIR / name).stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
