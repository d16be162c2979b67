"""Hand-written word lists for quotations: speech verbs, complementisers, relay phrases.

Every form is in `normalize_word` shape (hamza/alef folded, ى→ي, ة→ه), so «أضافت»,
«اضافت» and «أضافَت» all look up «اضافت». Verbs are listed by three principal parts
(past, present, participle) and their inflected forms are generated: a reporter writes
«قال», «قالت», «قالوا», «يقول», «تقول», «قائلا», «قائلة», «قائلين».
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cue:
    """What a speech word is: its lemma and whether it is a finite verb or a participle («مضيفا»)."""

    lemma: str
    form: str  # "verb" | "participle" | "masdar"

    @property
    def weak(self) -> bool:
        """Often something else: it needs a complementiser close by and ends no other cue's search."""
        return self.lemma in WEAK_LEMMAS or self.form == "masdar"


# (lemma, past 3ms, present 3ms, participles); "" where a part is absent or too ambiguous.
# «بين» (he explained) is left out of the past forms: it is far more often «بين» (between).
_SPEECH_VERBS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("قال", "قال", "يقول", ("قائلا",)),
    ("أكد", "اكد", "يؤكد", ("مؤكدا",)),
    ("أضاف", "اضاف", "يضيف", ("مضيفا",)),
    ("أوضح", "اوضح", "يوضح", ("موضحا",)),
    ("أعلن", "اعلن", "يعلن", ("معلنا",)),
    ("ذكر", "ذكر", "يذكر", ("ذاكرا",)),
    ("صرح", "صرح", "يصرح", ("مصرحا",)),
    ("اعتبر", "اعتبر", "يعتبر", ("معتبرا",)),
    ("أشار", "اشار", "يشير", ("مشيرا",)),
    ("شدد", "شدد", "يشدد", ("مشددا",)),
    ("لفت", "لفت", "يلفت", ("لافتا",)),
    ("نفى", "نفي", "ينفي", ("نافيا",)),
    ("حذر", "حذر", "يحذر", ("محذرا",)),
    ("دعا", "دعا", "يدعو", ("داعيا",)),
    ("تابع", "تابع", "يتابع", ("متابعا",)),
    ("أفاد", "افاد", "يفيد", ("مفيدا",)),
    ("أبلغ", "ابلغ", "يبلغ", ("مبلغا",)),
    ("أخبر", "اخبر", "يخبر", ()),
    ("كشف", "كشف", "يكشف", ("كاشفا",)),
    ("بين", "", "يبين", ("مبينا",)),
    ("شرح", "شرح", "يشرح", ("شارحا",)),
    ("علق", "علق", "يعلق", ("معلقا",)),
    ("وصف", "وصف", "يصف", ("واصفا",)),
    ("رأى", "راي", "يري", ("رائيا",)),
    ("اعترف", "اعترف", "يعترف", ("معترفا",)),
    ("زعم", "زعم", "يزعم", ("زاعما",)),
    ("ادعى", "ادعي", "يدعي", ("مدعيا",)),
    ("أقر", "اقر", "يقر", ("مقرا",)),
    ("أصر", "اصر", "يصر", ("مصرا",)),
    ("نوه", "نوه", "ينوه", ("منوها",)),
    ("أردف", "اردف", "يردف", ("مردفا",)),
    ("استطرد", "استطرد", "يستطرد", ("مستطردا",)),
    ("استدرك", "استدرك", "يستدرك", ("مستدركا",)),
    ("أجاب", "اجاب", "يجيب", ("مجيبا",)),
    ("تساءل", "تساءل", "يتساءل", ("متسائلا",)),
    ("ألمح", "المح", "يلمح", ("ملمحا",)),
    ("لوح", "لوح", "يلوح", ("ملوحا",)),  # «لوّحت بأنها ستعزز قدراتها»: hinted, threatened
    ("لمح", "لمح", "", ()),
    ("رجح", "رجح", "يرجح", ("مرجحا",)),
    ("توقع", "توقع", "يتوقع", ("متوقعا",)),
    ("أمل", "", "يامل", ("املا",)),
    ("تمنى", "تمني", "يتمني", ("متمنيا",)),
    ("تعهد", "تعهد", "يتعهد", ("متعهدا",)),
    ("أورد", "اورد", "يورد", ("موردا",)),
    ("نقل", "نقل", "ينقل", ()),
    ("روى", "روي", "يروي", ()),
    ("كتب", "كتب", "يكتب", ("كاتبا",)),
    ("غرد", "غرد", "يغرد", ("مغردا",)),
    ("رد", "رد", "يرد", ()),
    ("ختم", "ختم", "يختم", ("ختاما",)),
    ("جدد", "جدد", "يجدد", ("مجددا",)),
    ("كرر", "كرر", "يكرر", ("مكررا",)),  # «كرر زاسيبكين تحذيرا لقائد الجيش بأنه …»: repeated
    ("أبدى", "ابدي", "يبدي", ("مبديا",)),
    ("أعرب", "اعرب", "يعرب", ("معربا",)),
    ("هدد", "هدد", "يهدد", ("مهددا",)),
    ("برر", "برر", "يبرر", ("مبررا",)),
    ("طالب", "طالب", "يطالب", ("مطالبا",)),
    ("أبرز", "ابرز", "يبرز", ("مبرزا",)),  # «وأبرز السفير … أن فلسطين»: highlighted (weak: «أبرز» is also "foremost")
)

# verbs whose «أن» is the subjunctive particle of the content: «نفى أن تكون», «يأمل أن يسود»
SUBJUNCTIVE_LEMMAS = frozenset({"نفى", "دعا", "أمل", "تمنى", "طالب", "تعهد", "هدد", "توقع", "رجح"})
# verbs whose object precedes «بأن»: «وصف لافروف الادعاءات بأنها "هراء"» keeps «الادعاءات»
OBJECT_FIRST_LEMMAS = frozenset({"وصف", "اعتبر"})
# inner verbs that make the reported clause itself speech: «ذكرت الوكالة أن كيم أعرب عن …»
INNER_SPEECH_LEMMAS = frozenset({"قال", "أكد", "أعرب", "أوضح", "صرح", "أشار", "شدد", "تمنى", "أبدى"})
# verbs that are often something else («رد» a noun, «نقل» transport) or take a noun complement
# («أعرب عن أمله»): they need a complementiser close by and never end another cue's search.
# «عبر» is left out altogether: it is mostly the preposition «عبر تويتر».
WEAK_LEMMAS = frozenset({"رد", "نقل", "كتب", "جدد", "كرر", "ختم", "هدد", "طالب", "أعرب", "أبدى", "تعهد",
                         "توقع", "رأى", "أبرز"})


def _past_forms(past: str) -> list[str]:
    # «قال» → قالت قالوا قالا قالتا; weak finals: «دعا» → دعت دعوا, «نفي» (نفى) → نفت نفوا
    if past.endswith("ا") and len(past) == 3:
        stem = past[:-1]
        return [past, stem + "ت", stem + "وا", stem + "تا"]
    if past.endswith("ي"):
        stem = past[:-1]
        return [past, stem + "ت", stem + "وا", past + "ا", stem + "تا"]
    return [past, past + "ت", past + "وا", past + "ا", past + "تا"]


def _present_forms(present: str) -> list[str]:
    # «يقول» → تقول يقولون تقولان يقولان; «يدعو» → تدعو يدعون
    body = present[1:]
    forms = [present, "ت" + body]
    if present.endswith(("و", "ي")):
        forms += [present[:-1] + "ون", "ت" + body[:-1] + "ون"]
    else:
        forms += [present + "ون", present + "ان", "ت" + body + "ان"]
    return forms


def _participle_forms(participle: str) -> list[str]:
    # «مضيفا» → مضيفه (مضيفة) مضيفين مضيفتين مضيفون
    base = participle.removesuffix("ا")
    if base.endswith("ي"):  # «نافيا» → نافيه نافين
        return [participle, base + "ه", base[:-1] + "ين", base + "تين", base[:-1] + "ون"]
    return [participle, base + "ه", base + "ين", base + "تين", base + "ون"]


# verbal nouns that report speech when their agent and «أن» follow: «عقب تأكيد وزير الخارجية الأمريكي أن …»,
# «بعد إعلان البيت الأبيض أن …»; without a complementiser close by they are no statement («تأكيد على الدعم»)
_SPEECH_MASDARS: tuple[tuple[str, str], ...] = (("أكد", "تاكيد"), ("أعلن", "اعلان"), ("حذر", "تحذير"))


def _build_cues() -> dict[str, Cue]:
    cues: dict[str, Cue] = {}
    for lemma, masdar in _SPEECH_MASDARS:
        cues[masdar] = Cue(lemma, "masdar")
    for lemma, past, present, participles in _SPEECH_VERBS:
        forms: list[tuple[str, str]] = []
        if past:
            forms += [(f, "verb") for f in _past_forms(past)]
        if present:
            forms += [(f, "verb") for f in _present_forms(present)]
        for p in participles:
            forms += [(f, "participle") for f in _participle_forms(p)]
        for f, kind in forms:
            cues.setdefault(f, Cue(lemma, kind))
    return cues


SPEECH_CUES: dict[str, Cue] = _build_cues()

# complementisers that open a reported clause: «إن», «أن», «بأن», with a pronoun «إنه», «أنها»
COMPLEMENTIZERS = frozenset({"ان", "بان", "مفاده", "مفادها"})
# relay phrases naming where a statement comes from: «وفقا للكرملين», «بحسب بيان», «نقلا عن»
RELAY_WORDS = frozenset({"وفق", "وفقا", "حسب", "بحسب", "حسبما", "بحسبما", "وفقما", "نقلا"})
# words that introduce a name right after them: «قناة "سكاي"», «صحيفة "كاثيميريني"»
NAME_NOUNS = frozenset({
    "قناه", "صحيفه", "وكاله", "موقع", "مجله", "اذاعه", "تلفزيون", "شبكه", "تنظيم", "حزب", "حركه", "جماعه",
    "جبهه", "عمليه", "مؤتمر", "اسم", "باسم", "شعار", "عنوان", "كتاب", "فيلم", "برنامج", "مبادره", "خطه",
    "منظمه", "مجموعه", "لقب", "بلقب", "اتفاق", "اتفاقيه", "قمه", "مشروع", "تحالف", "قوات", "وحدات",
})
# prepositions that end a speaker phrase: «قال مصدر لرويترز», «قال الجبير أمام الأمم المتحدة»
PREPOSITIONS = frozenset({
    "في", "فى", "خلال", "امام", "عبر", "اثناء", "من", "علي", "عن", "مع", "بعد", "قبل", "عند", "لدي", "الي",
    "منذ", "حول", "ل", "لـ", "ب", "بـ", "بشان", "ضمن", "وسط", "اليوم", "امس", "مساء", "صباح", "يوم", "ليل",
    "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "حين", "عقب", "اثر", "لدى",
})
# particles before a fronted subject: «أما كيم فقال», «وكان كيري قال», «لكن أردوغان رد»
CLAUSE_PARTICLES = frozenset({"اما", "واما", "وكان", "كان", "وكانت", "كانت", "كانوا", "وكانوا", "لكن", "ولكن", "بل",
                              "و", "قد", "وقد", "فقد", "كما", "ثم", "من", "جهته", "جهتها", "جهتهم", "جانبه", "جانبها",
                              "جانبهم", "ومن",
                              "بدوره", "وبدوره", "بدورها", "وبدورها", "فيما", "بينما", "في", "حين"})
LEAD_PARTICLES = frozenset({"اما", "واما", "وكان", "كان", "وكانت", "كانت", "كانوا", "وكانوا", "لكن", "ولكن", "بل", "قد", "وقد",
                            "فقد", "ثم"})
