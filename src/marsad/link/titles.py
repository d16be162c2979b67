"""Titles, roles and government phrases, as folded word sequences.

«الرئيس الروسي» = a definite title + a demonym; «رئيس روسيا», «أمير دولة قطر» = a construct title +
a country; «الحكومة السورية», «الإدارة الأمريكية» = a government noun + a demonym, which the gold
guidelines count as mentions of the country itself.
"""
from __future__ import annotations

from marsad.kb.base import arabic_key

# definite titles followed by a demonym: «وزير الخارجية الأمريكي», «رئيسة الوزراء البريطانية»
_DEFINITE = {
    "president": ["الرئيس", "الرئيسة", "رئيس الجمهورية", "رئيسة الجمهورية"],
    "pm": ["رئيس الوزراء", "رئيسة الوزراء", "رئيس الحكومة", "رئيسة الحكومة"],
    "vp": ["نائب الرئيس"],
    "king": ["الملك", "العاهل"],
    "emir": ["الأمير"],
    "crown_prince": ["ولي العهد"],
    "leader": ["الزعيم", "المرشد الأعلى", "المرشد"],
    "fm": ["وزير الخارجية", "وزيرة الخارجية"],
    "defmin": ["وزير الدفاع", "وزيرة الدفاع"],
    "intmin": ["وزير الداخلية", "وزيرة الداخلية"],
    "finmin": ["وزير الخزانة", "وزير المالية", "وزيرة المالية"],
    "chancellor": ["المستشارة", "المستشار"],
}
# construct titles followed by a country name: «زعيم كوريا الشمالية», «وزير خارجية روسيا»
_CONSTRUCT = {
    "president": ["رئيس", "رئيسة"],
    "pm": ["رئيس وزراء", "رئيسة وزراء", "رئيس حكومة"],
    "king": ["ملك", "عاهل"],
    "emir": ["أمير"],
    "crown_prince": ["ولي عهد"],
    "leader": ["زعيم", "مرشد"],
    "fm": ["وزير خارجية", "وزيرة خارجية"],
    "defmin": ["وزير دفاع"],
    "intmin": ["وزير داخلية"],
}
# «الحكومة التركية», «السلطات القطرية», «الرئاسة التركية»: the country as an actor
GOVERNMENT_NOUNS = frozenset(arabic_key(w)[0] for w in (
    "الحكومة", "الإدارة", "السلطات", "القيادة", "الرئاسة", "النظام", "الدولة"))
# words before a country that are part of its naming: «دولة قطر», «جمهورية مصر»
COUNTRY_PREFIXES = frozenset(arabic_key(w)[0] for w in ("دولة", "مملكة", "جمهورية", "سلطنة", "إمارة"))


def _index(table: dict[str, list[str]]) -> dict[tuple[str, ...], str]:
    out = {}
    for role, phrases in table.items():
        for p in phrases:
            out[arabic_key(p)] = role
    return out


DEFINITE_TITLES = _index(_DEFINITE)
CONSTRUCT_TITLES = _index(_CONSTRUCT)
MAX_TITLE_LEN = max(len(k) for k in [*DEFINITE_TITLES, *CONSTRUCT_TITLES])


def feminine_forms(word: str) -> tuple[str, ...]:
    """A folded demonym word and its feminine and definite forms: «روسي» → روسي, روسيه, الروسي, الروسيه."""
    return (word, word + "ه", "ال" + word, "ال" + word + "ه")

# «العاصمة القطرية» → Doha; «نظيره الصيني» → the Chinese holder of the subject's own office
CAPITAL_WORD = arabic_key("العاصمة")[0]
COUNTERPART_WORDS = frozenset(arabic_key(w)[0] for w in ("نظيره", "نظيرها", "نظيرهم", "نظيرته", "نظيريه", "نظيرتها"))
# verbs whose subject is a government when a capital follows them: «وأعلنت بيونغ يانغ», «رفضت موسكو»
GOVERNMENT_VERBS = frozenset(arabic_key(w)[0] for w in (
    "قالت", "أعلنت", "أكدت", "ذكرت", "رفضت", "حذرت", "طالبت", "اتهمت", "نفت", "دعت", "هددت", "ردت", "أبلغت",
    "أدانت", "رحبت", "وافقت", "قررت", "أجرت", "أطلقت", "فرضت", "طردت", "استدعت", "تتهم", "تطالب", "ترفض",
    "تحذر", "تدعو", "تنفي", "تهدد", "تؤكد", "تعلن", "تقول", "اعتبرت", "أوضحت", "أشارت"))
