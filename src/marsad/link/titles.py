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
    "king": ["الملك", "الملكة", "العاهل"],
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
    "king": ["ملك", "ملكة", "عاهل"],
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
# two-word offices of a government, as a demonym follows them: «رئاسة الوزراء البريطانية», «رئاسة الجمهورية الجزائرية»
GOVERNMENT_OFFICES = frozenset(arabic_key(w) for w in (
    "رئاسة الوزراء", "رئاسة الحكومة", "رئاسة الجمهورية"))
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


# «العاصمة القطرية» → Doha; «نظيره الصيني» → the Chinese holder of the subject's own office
CAPITAL_WORD = arabic_key("العاصمة")[0]
COUNTERPART_WORDS = frozenset(arabic_key(w)[0] for w in ("نظيره", "نظيرها", "نظيرهم", "نظيرته", "نظيريه", "نظيرتها"))
# verbs whose subject is a government when a capital follows them: «وأعلنت بيونغ يانغ», «رفضت موسكو»
GOVERNMENT_VERBS = frozenset(arabic_key(w)[0] for w in (
    "قالت", "أعلنت", "أكدت", "ذكرت", "رفضت", "حذرت", "طالبت", "اتهمت", "نفت", "دعت", "هددت", "ردت", "أبلغت",
    "أدانت", "رحبت", "وافقت", "قررت", "أجرت", "أطلقت", "فرضت", "طردت", "استدعت", "تتهم", "تطالب", "ترفض",
    "تحذر", "تدعو", "تنفي", "تهدد", "تؤكد", "تعلن", "تقول", "اعتبرت", "أوضحت", "أشارت"))

# words that make the title after them someone else's: «نائب وزير الخارجية الروسي» is not the minister,
# «مستشار رئيس الوزراء», «سفير الملك»
DEPUTY_PREFIXES = frozenset(arabic_key(w)[0] for w in (
    "نائب", "نائبة", "مساعد", "مساعدة", "وكيل", "وكيلة", "مستشار", "مستشارة", "سفير", "سفيرة", "مبعوث",
    "مبعوثة", "مندوب", "مندوبة", "ممثل", "ممثلة", "سلف", "خليفة", "منافس", "منافسة", "خصم", "مرشح", "مرشحة",
    "كبير", "ولي"))  # «ولي ولي العهد» is the deputy crown prince
# words after which the title still names its holder, but a name right after it is someone else's:
# «مكتب رئيسة الحكومة» (May's office), «زوجة الرئيس الأمريكي ميلانيا ترامب» (the name is the wife's)
POSSESSOR_PREFIXES = frozenset(arabic_key(w)[0] for w in (
    "مكتب", "ديوان", "باسم", "زوجة", "زوج", "ابن", "ابنة", "شقيق", "شقيقة", "نجل", "حرس", "قصر", "حكومة", "إدارة"))
# «الجديد»: the holder who took office lately (within NEW_HOLDER_DAYS of the day), else no one known
NEW_HOLDER_WORDS = frozenset(arabic_key(w)[0] for w in ("الجديد", "الجديدة"))
NEW_HOLDER_DAYS = 400
# words after a bare title that make it another office: «الرئيس التنفيذي», «رئيس الوزراء السابق»
TITLE_BLOCKERS = frozenset(arabic_key(w)[0] for w in (
    "السابق", "السابقة", "الأسبق", "الأسبقة", "المقبل", "المقبلة", "الجديد", "الجديدة", "المنتخب", "المنتخبة",
    "التنفيذي", "التنفيذية", "المؤقت", "بالوكالة", "السابقين", "المكلف", "المكلفة", "الراحل", "الفخري",
    # «الرئيس اليمني المخلوع علي عبدالله صالح», «الرئيس المعزول محمد مرسي»: a holder put out of office
    "المخلوع", "المعزول", "المقال", "المقالة",
    # «الرئيس المصري آنذاك أنور السادات»: the holder of that day, not today's
    "آنذاك", "حينها", "حينذاك", "وقتها", "وقتذاك"))
# definite descriptions that point back to the last organisation named with the same head noun:
# «حلف الأطلسي … الحلف», «وكالة الأنباء الكويتية … الوكالة», «تنظيم الدولة الإسلامية … التنظيم»
_ORGANISATION_HEADS = {arabic_key(k)[0]: frozenset(arabic_key(h)[0] for h in v) for k, v in {
    "الحلف": ("حلف",), "المنظمة": ("منظمة",), "الوكالة": ("وكالة",), "التنظيم": ("تنظيم",),
    "الجبهة": ("جبهة",), "الحركة": ("حركة",), "الحزب": ("حزب",), "الجماعة": ("جماعة",),
    "الوزارة": ("وزارة",), "الصحيفة": ("صحيفة",), "القناة": ("قناة",), "المحكمة": ("محكمة",),
    "الجامعة": ("جامعة",), "اللجنة": ("لجنة",), "المجلس": ("مجلس",), "التحالف": ("تحالف",),
    "الاتحاد": ("اتحاد",), "التكتل": ("اتحاد", "تكتل"), "المرصد": ("مرصد",),
    "المركز": ("مركز",), "الشركة": ("شركة",), "المؤسسة": ("مؤسسة",), "البعثة": ("بعثة",), "الهيئة": ("هيئة",),
    "الجهاز": ("جهاز",), "المفوضية": ("مفوضية",), "الكتلة": ("كتلة",), "الجمعية": ("جمعية",),
    "البرلمان": ("برلمان",),  # «البرلمان البريطاني … أمام البرلمان»
    # «وحدات حماية الشعب … الوحدات», «الائتلاف الوطني السوري … الائتلاف», «فيلق الرحمن … الفيلق»
    "الوحدات": ("وحدات",), "الائتلاف": ("ائتلاف",), "الفيلق": ("فيلق",), "الكتائب": ("كتائب",),
    # «المقاومة الشعبية … المقاومة», «الحشد الشعبي … الحشد»: a force named by its noun and adjective, then by the noun
    "المقاومة": ("مقاومة",), "الحشد": ("حشد",),
    # «أكثر من 12 عنصرا من ميليشيا الحوثي … أن الميليشيا حاولت الهجوم»: a militia by its noun (spelt both ways)
    "الميليشيا": ("ميليشيا", "مليشيا"), "المليشيا": ("ميليشيا", "مليشيا"),
    "الميليشيات": ("ميليشيات", "مليشيات"), "المليشيات": ("ميليشيات", "مليشيات"),
    # «تبنى قادة حلف الناتو بيانا … وعبر القادة عن القلق»: the leaders of the body last named after «قادة»
    "القادة": ("قادة", "زعماء"), "الزعماء": ("زعماء", "قادة"),
}.items()}
# adjectives the press calls an armed movement by, which make no longer name of it
ORGANISATION_EPITHETS = frozenset(arabic_key(w)[0] for w in (
    "الإرهابي", "الإرهابية", "المتطرف", "المتطرفة", "المتشدد", "المتشددة", "المتمرد", "المتمردة", "المحظور",
    "المحظورة", "الجهادي", "الجهادية", "الانقلابي", "الانقلابية"))
# Words after «الحلف», «الوكالة», «حزب العمال» that begin the rest of the sentence, not a longer name.
TIME_WORDS_AFTER_NAMES = frozenset({"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
                                    "اليوم", "الماضي", "الماضيه", "الحالي", "الليله", "الان", "الاسبوع", "الشهر",
                                    "العام"})
# «مدينة الحديدة … المدينة», «بلدة دابشي … البلدة»: a place named after its head noun, then by that noun alone
PLACE_ANAPHOR_HEADS = {arabic_key(k)[0]: frozenset(arabic_key(h)[0] for h in v) for k, v in {
    "المدينة": ("مدينة",), "البلدة": ("بلدة",), "المحافظة": ("محافظة",), "القطاع": ("قطاع",),
}.items()}
ANAPHOR_HEADS = {**_ORGANISATION_HEADS, **PLACE_ANAPHOR_HEADS}
# a divided country's halves by direction, when the article is about them: «جارتها الشمالية»,
# «الزعيم الشمالي» in a Korean story → North Korea / its leader
PAIRED_COUNTRIES = (("KP", "KR"),)
PAIRED_NAMES = frozenset(arabic_key(w)[0] for w in ("كوريا",))  # «كوريا الشمالية والجنوبية»: the name both share
NORTH_WORDS = frozenset(arabic_key(w)[0] for w in ("الشمالي", "الشمالية"))
SOUTH_WORDS = frozenset(arabic_key(w)[0] for w in ("الجنوبي", "الجنوبية"))
# nouns that, with a direction, name the other half: «جارتها الجنوبية», «الشطر الشمالي»
NEIGHBOUR_WORDS = frozenset(arabic_key(w)[0] for w in (
    "جارتها", "جارته", "جارتهم", "الجارة", "جارتنا", "الشطر", "الجار", "جارها", "جاره", "الكوريتين"))
