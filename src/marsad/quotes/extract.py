"""Find quotations and their speakers in a tokenised document.

Three kinds of evidence, in this order:
1. a speech cue («قال», «وأضافت», «مشيرا») followed by its content: a complementiser clause
   («قال بوتين إن موسكو ستساعد …»), a colon («أما كيم فقال: "…"») or quotation marks;
2. relay phrases («وفقا للكرملين، هنأ بوتين …», «… "لضمان …"، حسبما قال مكتب ماي»);
3. quotation marks left over (partial quotes with no cue of their own) and headlines of the
   form «أردوغان: استضافة فرنسا لوفد كردي "عداء صريح"».
The speaker is the grammatical subject of the cue: the noun phrase after the verb (VSO),
else a fronted subject (SVO: «الوكالة … ذكرت أن»), else the speaker of the previous
statement (Arabic drops pronoun subjects: «وأضاف: …»). Entity mentions, when an earlier
component found them, turn the speaker into a linked entity.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from marsad.doc import Actor, Document, Entity, Mention, Quote, Sentence, Span, Token
from marsad.quotes.datelines import dateline_end
from marsad.quotes.descriptors import (
    HEADS,
    LED_BODIES,
    NON_STATE_HEADS,
    adjective_of,
    appositive_name,
    country_of,
    country_of_code,
    describe,
    ends_with_rank,
    has_owner_pronoun,
    head_of,
    is_country,
    is_definite,
    is_person_noun,
    is_person_title,
    later_appositive_name,
    looks_like_a_name,
    name_after_title,
    name_following,
    not_a_name_word,
    people_of,
    plural_demonym,
    word_keys,
)
from marsad.quotes.lexicon import (
    CLAUSE_PARTICLES,
    COMPLEMENTIZERS,
    INNER_SPEECH_LEMMAS,
    LEAD_PARTICLES,
    NAME_NOUNS,
    OBJECT_FIRST_LEMMAS,
    PREPOSITIONS,
    RELAY_WORDS,
    SPEECH_CUES,
    SUBJUNCTIVE_LEMMAS,
    WEAK_LEMMAS,
    Cue,
)
from marsad.quotes.marks import QuotedSpan, find_quoted_spans
from marsad.text.clitics import letters_of
from marsad.text.normalize import normalize_word
from marsad.text.words import RELATIVE_PRONOUNS, is_counterpart_word

if TYPE_CHECKING:
    from marsad.kb.base import KBEntry

# speech verbs whose noun object can be the statement itself: «أكد رفض بلاده», «أعلنت فرض عقوبات»
NOUN_OBJECT_LEMMAS = frozenset({"أعلن", "أكد", "نفى"})
# time words between the subject and the object: «أعلنت الوزارة الأربعاء فرض عقوبات»
_TIME_WORDS = frozenset(normalize_word(w) for w in (
    "أمس", "اليوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "مساء",
    "صباح", "الليلة", "مجددا", "رسميا", "أيضا"))
_SUBORDINATORS = frozenset(normalize_word(w) for w in ("منذ", "بعد", "عندما", "حين", "حينما", "لما", "قبل", "إذ",
                                                       "كما", "ما", "التي", "الذي", "أن", "إن", "لو", "إذا"))
_COMPLEMENTIZER_KEYS = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها", "قائلا"})
_LABEL_RANK = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}
_CLAUSE_PUNCT = {",", "،", ";", "؛"}
# the prepositions a verb of saying takes as its complement («شدد على», «أشار إلى», «حذر من»): right after the verb
# they leave its subject unsaid
_COMPLEMENT_PREPOSITIONS = frozenset({"علي", "الي", "من"})
_END_PUNCT = {".", "!", "?", "؟", "…"}
# «المرصد السوري، ومقره بريطانيا، قال»: where a speaker is based, said in apposition, is not who speaks
_SEAT_WORDS = frozenset({"مقره", "ومقره", "مقرها", "ومقرها", "مقرهم", "ومقرهم"})
# «، الموجود في أستانا عاصمة كازاخستان،», «، الذي يزور موسكو،»: an aside on where the subject before it is
# «في جنوب فرنسا», «بمدينة حلب»: a place noun behind a preposition, whose genitive names where, never who
_PLACE_HEADS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "مدينه", "منطقه",
                          "محافظه", "عاصمه", "ولايه", "اقليم"})
_WHERE_ASIDES = frozenset({"الموجود", "الموجوده", "المتواجد", "المتواجده", "المقيم", "المقيمه", "الزائر", "الزائره"})
# between a speaker's title and a later name, words that make the name someone else: «مع نظيريه الياباني
# تارو كونو», «الرسالة التي وجهتها … إلى … ستيفن منوتشين»
_NOT_THE_SPEAKERS_PHRASE = frozenset({"مع", "الي", "ضد", "بين", "عن", "علي", "لدي", "الذي", "التي", "الذين"})
# «مصادر تابعة للحوثيين», «مصادر مقربة من الحكومة»: sources belonging to a side speak for it
_AFFILIATED = frozenset({"تابعه", "التابعه", "تابع", "التابع", "تابعون", "تابعين", "مقربه", "المقربه", "مقرب",
                         "المقرب", "مقربون", "مقربين", "موال", "موالون", "موالين", "مواليه", "الموالي", "الموالين"})
_SOURCE_HEADS = frozenset({"مصدر", "مصادر", "المصدر", "المصادر"})
_QUOTE_CHARS = "\"'«»“”‘’„"
_TRIM = " \t\n.,،;؛:!?؟…-–—"
_ADDRESSEES = frozenset({"الصحفيين", "الصحافيين", "الصحافه", "الصحفيون", "الاعلام", "صحفيين", "صحافيين"})
# «وقال مخاطبا الحكومة العراقية "…"»: whom a speaker addresses, never the speaker
_ADDRESSING = frozenset({"مخاطبا", "مخاطبه", "مخاطبين", "مخاطبتا", "ومخاطبا"})
_STATEMENT_NOUNS = frozenset({"تصريحات", "تصريح", "تصريحا"})
# words spoken, and the relative verbs that tell who spoke them: «تحذير أطلقه», «كلمة ألقاها», «تصريحات أدلى بها»
_SPOKEN_WORDS = frozenset(letters_of(w) for w in (
    "تحذير", "تحذيرات", "انتقاد", "انتقادات", "دعوة", "كلمة", "خطاب", "تهديد", "تهديدات", "اتهامات", "تصريح",
    "تصريحات"))
_ISSUING_VERBS = frozenset(normalize_word(w) for w in (
    "أطلقه", "أطلقها", "أطلقته", "وجهه", "وجهها", "وجهته", "ألقاه", "ألقاها", "ألقته", "أدلى", "أدلت"))
_NOT_SUBJECTS = frozenset({"حد", "تعبيره", "تعبيرها", "ايضا", "كذلك", "بدوره", "بدورها", "نفسه", "نفسها",
                           # object pronouns and adverbs after a verb: «واصفا إياها»، «وشدد أخيرا على أن»
                           "اياه", "اياها", "اياهم", "اياهما", "اخيرا", "مجددا", "مرارا", "سابقا", "لاحقا",
                           "مؤخرا", "صراحه", "رسميا", "علنا", "بحسم", "بوضوح", "بصراحه", "بشده",
                           # time phrases after the verb: «وكان روحاني حذر الأسبوع الماضي من …»
                           "الاسبوع", "الشهر", "العام", "السنه", "الليله", "صباح", "مساء", "ظهر", "فجر"})
# nouns that open the name of a body, not of a person: «وزارة الخزانة», «هيئة الأركان»
_BODY_NOUNS = frozenset(letters_of(w) for w in (
    "وزارة", "هيئة", "منظمة", "وكالة", "حركة", "حزب", "مجلس", "لجنة", "جامعة", "محكمة", "قوات", "جيش", "شركة",
    "صحيفة", "قناة", "مكتب", "دائرة", "مديرية", "سلطة", "سلطات", "حكومة", "رئاسة", "جماعة", "تنظيم", "جبهة",
    "اتحاد", "تحالف", "مركز", "مؤسسة", "مصرف", "بنك", "صندوق", "برنامج", "بعثة"))
# words that name a news outlet before its name: «صحيفة ليبرو», «موقع ويكيليكس»
_OUTLET_NOUNS = ("صحيفة", "جريدة", "مجلة", "موقع", "قناة", "وكالة", "إذاعة", "تلفزيون")
_OUTLETS = frozenset(letters_of(w) for w in _OUTLET_NOUNS)
_NEWS_WORDS = frozenset(letters_of(w) for w in ("الأنباء", "الانباء", "أنباء", "الإعلام", "الإخبارية", "الأخبار"))
_TAG_SENTENCE_TOKENS = 6  # «تعلق الصحيفة.»: a sentence that only says who spoke the quotation before it
_INTRODUCED_REACH = 400  # characters back where «المصادر» finds the «مصادر محلية» it refers to
# documents that speak for whoever issued them: «بيان صادر عن …», «تقرير لـ…»
_DOCUMENTS = frozenset(letters_of(w) for w in ("بيان", "بيانا", "تقرير", "رسالة", "بلاغ", "مذكرة", "تغريدة", "وثيقة"))
# how officials are addressed before their title: «معالي وزير الخارجية», «فخامة الرئيس», «سمو ولي العهد»
_FORMS_OF_ADDRESS = frozenset(letters_of(w) for w in ("معالي", "فخامة", "سمو", "سعادة", "دولة", "صاحب"))
# «وقال البيان» names the statement an earlier sentence told of («أعلنت الوزارة في بيان»)
_THE_STATEMENT = frozenset(letters_of(w) for w in ("البيان", "والبيان"))
_A_STATEMENT = frozenset(letters_of(w) for w in ("بيان", "بيانا", "ببيان"))
_STATEMENT_REACH = 600  # characters back from «البيان» to the sentence that told of the statement
_ISSUED = frozenset({"صادر", "صادره", "الصادر", "الصادره", "مشترك", "المشترك", "رسمي", "الرسمي"})
_BY_SAYING = frozenset({"بالقول"})
_BY_SAYING_CUE = Cue("قال", "participle")
# by announcing, stressing that …: a statement only with «أن» right after («بالتأكيد» alone is "certainly")
_BY_STATING_CUE = Cue("أعلن", "participle")
RELAY_TO_QUOTE = 6  # tokens from «بحسب» to the quotation it attributes: «بحسب الأمم المتحدة بـ "…"»
_NAME_AFTER_TATWEEL = 3  # words of a name in marks after «بـ», «لـ»: longer is words quoted
_HEADED = frozenset({"عنوان", "بعنوان"})  # «تحت عنوان "…"», «مقالا بعنوان "…"»: an article's headline
_ARTICLES = ("مقال", "تقرير", "افتتاحي", "عمود", "تحليل", "تحقيق")
_AS_ALSO = frozenset({"كما", "فيما", "بينما"})
RELATIVE_STATEMENT_GAP = 6  # tokens from a relative clause's speech verb to its «أن»: «التي قالت الولايات المتحدة إنه»
_THE_LATTER = frozenset({"الاخير", "الاخيره"})
_BUT_HE = frozenset({"لكنه", "لكنها", "ولكنه", "ولكنها", "انه", "انها"})
_CLAUSE_OPENERS = frozenset({"حيث", "عندما", "حين", "بعدما", "اذ"})
_BY_STATING = frozenset({"بالاعلان", "بالتاكيد", "بالتشديد", "بالتحذير"})
# «ومن بين المخاوف التي أثارها ترامب …، وقوله إنها لم تفعل شيئا»: his saying, the possessor speaks
_HIS_SAYING: dict[str, tuple[str, ...]] = {"وقوله": ("PER",), "وقولها": ("PER", "ORG", "LOC")}
_HIS_SAYING_CUE = Cue("قال", "masdar")
_SAYING = frozenset({"قوله", "قولها", "قولهم", "قولهما", "بقوله", "بقولها", "تصريحه", "تصريحها"})
_NEGATIONS = frozenset({"لم", "ولم", "لن", "ولن", "فلم", "فلن"})
_SCAN_LIMIT = 32  # tokens between a cue and its content: «وقال الوزراء في مشاريع قرارات في ختام …، إن»
# words before «أن» that open a clause of another kind, not what was said: «على الرغم من أن» (although),
# «بعد أن», «إلا أن» (but), «في حين أن» (whereas)
_NOT_SAID_BEFORE = frozenset(letters_of(w) for w in (
    "رغم", "برغم", "ورغم", "بعد", "قبل", "منذ", "الا", "غير", "بيد", "حين", "بمجرد", "لمجرد"))
# after «هكذا» («thus»), verbs that say how someone began, closed or put it: «هكذا استهل الكاتب مقاله»
_THUS_OPENED = re.compile(r"^(?:بدا|استهل|اختتم|ختم|افتتح|لخص|تحدث|علق|عبر)(?:ت|وا)?$|^قال(?:ت)?ها$")
_NISBA = ("ي", "يه", "يون", "يين", "يان", "يتان")  # adjectives of origin: «السوري», «الأمريكية»
_ADJECTIVES = frozenset(letters_of(w) for w in (
    "الجديد", "السابق", "الأسبق", "الأول", "الأعلى", "العام", "الكبير", "الأكبر", "الدائم", "الخاص", "الحالي"))
_NEWS_ITEM = frozenset({"خبر", "نبا"})  # «نشرت … خبر "…"»
_TAG_LEMMAS = frozenset({"قال", "أضاف", "تابع", "كتب", "أورد"})  # «… تقول الحياة», «… تضيف الصحيفة»
_TAG_SPEAKER_TOKENS = 4  # tokens of the speaker after a tagging verb
_TAGGED_WORDS = 5  # words of a clause a tagging verb may close
_AS_SAID = frozenset({"كما", "حسب", "حسبما", "وفق", "وفقا"})
_PUBLISHED = frozenset({"نشرت", "نشر", "اوردت", "اورد", "بثت", "بث"})
_THUS_WHAT = re.compile(r"^(?:مقال|حديث|كلم|خطاب|تقرير|رسال|تغريد|تصريح|بيان|مقابل)\S{0,3}$")
_NOT_SAID_AFTER_FROM = frozenset(letters_of(w) for w in ("الرغم", "بالرغم", "وبالرغم"))  # «على الرغم من أن»


def _speak_as(sp: Actor, ref: Actor) -> None:
    """The speaker is one already known: take its identity, keep its own span."""
    sp.entity, sp.name_en, sp.wikidata, sp.label = ref.entity, ref.name_en, ref.wikidata, ref.label
    sp.aliases_en = list(ref.aliases_en)


def _speak_as_entity(sp: Actor, e: Entity) -> None:
    sp.entity, sp.name_en, sp.wikidata, sp.label = e.id, e.name_en, e.wikidata, e.label
    sp.aliases_en = list(e.aliases_en)


def _entity_actor(text: str, start: int, end: int, e: Entity) -> Actor:
    return Actor(text, start, end, entity=e.id, name_en=e.name_en, aliases_en=list(e.aliases_en), wikidata=e.wikidata,
                 label=e.label, country=e.country, cameo_actor=e.cameo)


@lru_cache(maxsize=4096)  # asked again for every tagging verb and outlet in marks: «الحياة», «الوطن» recur
def _known_outlet(name: str) -> KBEntry | None:
    """The knowledge base's news outlet named «صحيفة/قناة/… + name» (an entry coded …MED, or one whose Arabic
    names open with that noun: «صحيفة الوطن», a paper of several countries)."""
    try:
        from marsad.kb.base import lookup
        for noun in _OUTLET_NOUNS:
            hit = next((e for e in lookup(f"{noun} {name}", type="ORG", limit=3)
                        if e.cameo.endswith("MED") or f"{noun} {name}" in e.names_ar), None)
            if hit is not None:
                return hit
    except Exception:  # noqa: BLE001 - no KB means transliteration only, not a failure
        return None
    return None


def _name_by_transliteration(sp: Actor, name: str, label: str) -> None:
    """Name a speaker no entity names by the Latin spelling of its Arabic name."""
    try:
        from marsad.link.translit import spelling_variants, transliterate_name  # quotes work without link
    except ImportError:  # pragma: no cover - link is part of the package
        return
    sp.name_en, sp.label, sp.aliases_en = transliterate_name(name), label, spelling_variants(name)


@dataclass(slots=True)
class _MentionRef:
    start: int
    end: int
    entity: Entity
    mention: Mention


@dataclass(slots=True)
class _Found:
    quote: Quote
    sentence: int
    cue_token: int | None = None
    zone: str = ""  # the words between the cue and the content, where an unnamed speaker is described
    zone_at: int = -1  # where `zone` starts in the text


def _before_affiliation(phrase: str) -> str:
    """The words of a speaker phrase before «موالٍ», «مقرب», «تابع» (not counting the first word)."""
    words = phrase.split()
    cut = next((i for i, w in enumerate(words) if i > 0 and letters_of(w) in _AFFILIATED), len(words))
    return " ".join(words[:cut])


@dataclass
class QuoteFinder:
    """State for one document: tokens, quotation marks, entity mentions and what was found so far."""

    doc: Document
    tokens: list[Token] = field(init=False)
    starts: list[int] = field(init=False)
    sent_of: list[int] = field(init=False)
    marks: list[QuotedSpan] = field(init=False)
    outer: list[QuotedSpan] = field(init=False)
    mentions: list[_MentionRef] = field(init=False)
    opens: dict[int, QuotedSpan] = field(init=False)  # opening-mark offset → its span (outermost first)
    outer_opens: list[int] = field(init=False)
    found: list[_Found] = field(init=False, default_factory=list)
    consumed: set[int] = field(init=False, default_factory=set)
    cues: dict[int, Cue | None] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        doc = self.doc
        self.tokens = doc.tokens
        self.starts = [t.start for t in self.tokens]
        self.sent_of = [0] * len(self.tokens)
        for si, s in enumerate(doc.sentences):
            for k in range(s.token_start, s.token_end):
                self.sent_of[k] = si
        self.marks = find_quoted_spans(doc.text)
        self.outer = []
        for q in self.marks:
            if not self.outer or q.open_at > self.outer[-1].close_at:
                self.outer.append(q)
        self.opens = {}
        for q in self.outer + self.marks:
            self.opens.setdefault(q.open_at, q)
        self.outer_opens = [q.open_at for q in self.outer]
        self.mentions = sorted(
            (_MentionRef(m.start, m.end, e, m) for e in doc.entities for m in e.mentions),
            key=lambda r: (r.start, -r.end))

    # ------------------------------------------------------------------ token helpers
    @cached_property
    def word_keys_by_token(self) -> list[str]:
        """Each token's folded letters without clitics or article («للسفير» → «سفير»), as `word_keys` folds."""
        return [letters_of(self.stem_norm(t)).removeprefix("ال") for t in range(len(self.tokens))]

    def norm(self, k: int) -> str:
        return self.tokens[k].norm

    def stem_norm(self, k: int) -> str:
        """The normalised word without conjunction/preposition proclitics and pronoun enclitics."""
        tok = self.tokens[k]
        stem = tok.stem
        return normalize_word(stem.text) if stem is not None else tok.norm

    def has_proclitic(self, k: int, tag: str) -> bool:
        return any(p.role == "proclitic" and p.tag == tag for p in self.tokens[k].pieces)

    def has_enclitic(self, k: int) -> bool:
        return any(p.role == "enclitic" for p in self.tokens[k].pieces)

    def cue_of(self, k: int) -> Cue | None:
        """The speech cue a token is, under its clitics: «وقال», «فقالت», «اعتبروه», «تنفيه»."""
        if k not in self.cues:
            self.cues[k] = self._cue_of(k)
        return self.cues[k]

    def _cue_of(self, k: int) -> Cue | None:
        tok = self.tokens[k]
        if tok.kind != "word":
            return None
        if tok.norm in _HIS_SAYING:
            return _HIS_SAYING_CUE
        if tok.norm.removeprefix("و") in _BY_SAYING:
            return _BY_SAYING_CUE  # «ورد ترامب بالقول إن», «وختمت بالقول»: the clause's subject speaks, as with «قائلا»
        if tok.norm.removeprefix("و") in _BY_STATING and self.states_that(k + 1):
            return _BY_STATING_CUE  # «فجّر أولى قنابله بالإعلان أن», «قابل الحرس الثوري تصريحاته بالتأكيد على أن»
        if self.has_proclitic(k, "DET") or (k > 0 and self.norm(k - 1) in RELATIVE_PRONOUNS and self.has_enclitic(k)):
            return None  # «النقل» is a noun; «التي أعلنتها» is a relative clause, not speech
        if k + 1 < len(self.tokens) and self.norm(k + 1) in ("فعل", "الفعل"):
            return None  # «ليس ثمة رد فعل»: a reaction, not a reply
        if k > 0 and self.norm(k - 1) in ("عدم", "بعدم"):
            return None  # «طلبا عدم كشف هويتيهما»: not to be named, not a statement
        if tok.norm in ("تابعه", "تابعين", "تابعون", "التابعه"):
            return None  # «قناة تلفزيونية تابعة لهم»: affiliated, not «وتابع» (he went on)
        if tok.norm in _SEAT_WORDS:
            return None  # «ومقره بريطانيا»: its seat, not «مقرا» (admitting)
        norm = tok.norm
        forms = [norm]
        if norm[:1] in ("و", "ف") and len(norm) > 3:
            forms.append(norm[1:])
        for suffix in ("ه", "ها", "هم", "هما"):  # «اعتبروه», «تنفيه» when the segmenter kept them whole
            if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
                bare = norm[: -len(suffix)]
                forms += [bare, bare + "ا"] if bare.endswith("و") else [bare]  # «اعتبروه» = اعتبروا + ه
        stem = tok.stem
        if stem is not None:
            after = "".join(p.text for p in tok.pieces if p.role != "proclitic")
            forms += [normalize_word(after), normalize_word(stem.text)]
        for f in forms:
            cue = SPEECH_CUES.get(f)
            if cue is not None:
                return cue
        return None

    def states_that(self, k: int) -> bool:
        """A complementiser at token k, or «على» then one («بالتأكيد على أن»)."""
        if k < len(self.tokens) and self.norm(k) == "علي":
            k += 1
        return k < len(self.tokens) and self.is_complementizer(k)

    def is_complementizer(self, k: int) -> bool:
        """«إن», «أن», «بأن», «إنه», «أنها», «مفاده»; not «لأن» (because) nor a continuing «وأن»."""
        tok = self.tokens[k]
        if tok.kind != "word" or self.has_proclitic(k, "CONJ"):
            return False
        if any(p.role == "proclitic" and p.text == "ل" for p in tok.pieces):
            return False
        if self.stem_norm(k) not in COMPLEMENTIZERS and tok.norm not in COMPLEMENTIZERS:
            return False
        # «بان كي مون»: a person's name that begins like «بأن»
        return not any(m.start == tok.start and m.end > tok.end and m.entity.label == "PER" for m in self.mentions)

    def opens_another_clause(self, k: int) -> bool:
        """Whether the complementiser at token k opens a concessive, temporal or contrasting clause."""
        before = self.norm(k - 1) if k > 0 else ""
        earlier = self.norm(k - 2) if k > 1 else ""
        if before in ("قبل", "بعد") and earlier in ("من", "فيما"):
            return False  # «الذي قال من قبل إن», «وتبين فيما بعد أن»: earlier, later — what was said follows
        return before in _NOT_SAID_BEFORE or (before == "من" and earlier in _NOT_SAID_AFTER_FROM)

    def is_relay(self, k: int) -> bool:
        norm = self.norm(k)
        return norm in RELAY_WORDS or (norm[:1] == "و" and norm[1:] in RELAY_WORDS)

    def is_stop(self, k: int) -> bool:
        """A token that ends a noun phrase: a preposition, «لـ»-word, time word, punctuation, number."""
        tok = self.tokens[k]
        if tok.kind in ("punct", "number", "symbol"):
            return True
        norm = tok.norm
        if norm in PREPOSITIONS or norm in COMPLEMENTIZERS or norm in RELATIVE_PRONOUNS:
            return True
        pieces = [p for p in tok.pieces if p.role == "proclitic"]
        # «للصحفيين», «لرويترز», «بالأسلحة»; not «باسلمة», which the segmenter may split as ب + اسلمة
        if any(p.tag == "PREP" and (p.text == "ل" or any(q.tag == "DET" for q in pieces)) for p in pieces):
            return True
        if norm[:1] == "ل" and norm[1:] in NAME_NOUNS:  # «لوكالة», «لقناة»: the addressee
            return True
        return norm.startswith("لل") or norm.endswith("ـ")

    def token_at(self, offset: int) -> int:
        """Index of the token starting at or after `offset`."""
        return bisect_left(self.starts, offset)

    def sentence_range(self, si: int) -> tuple[int, int]:
        s = self.doc.sentences[si]
        return s.token_start, s.token_end

    def in_outer_marks(self, offset: int) -> QuotedSpan | None:
        i = bisect_right(self.outer_opens, offset) - 1
        if i >= 0 and self.outer[i].open_at < offset < self.outer[i].close_at:
            return self.outer[i]
        return None

    def mark_opening_at(self, k: int) -> QuotedSpan | None:
        tok = self.tokens[k]
        if tok.kind != "punct" or tok.text not in _QUOTE_CHARS:
            return None
        return self.opens.get(tok.start)

    def in_found(self, offset: int) -> bool:
        return any(f.quote.start <= offset < f.quote.end for f in self.found)

    def words_in(self, start: int, end: int, *, arabic_only: bool = False) -> int:
        a, b = self.token_at(start), self.token_at(end)
        kinds = ("word",) if arabic_only else ("word", "number", "latin")
        return sum(1 for t in self.tokens[a:b] if t.kind in kinds)

    # ------------------------------------------------------------------ actors
    def mentions_in(self, start: int, end: int) -> list[_MentionRef]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def named_free(self, start: int, end: int, labels: tuple[str, ...]) -> list[_MentionRef]:
        """The mentions of `labels` in start:end that no preposition governs: who may be a clause's subject."""
        return [m for m in self.mentions_in(start, end) if m.entity.label in labels and not self.in_prep_phrase(m)]

    def in_prep_phrase(self, m: _MentionRef) -> bool:
        """«لرويترز», «أمام الأمم المتحدة», «لـ«الشرق الأوسط»», «باسم الكرملين», «مخاطبا الحكومة العراقية»: not a
        subject."""
        t = bisect_right(self.starts, m.start) - 1
        if t < 0:
            return False
        tok = self.tokens[t]
        if tok.start < m.start < tok.end:  # clitics glued to the name: «لرويترز», «للكرملين»
            prefix = normalize_word(self.doc.text[tok.start:m.start])
            prefix = prefix.removesuffix("ال")  # «الكرملين» with the article outside the mention
            return "ل" in prefix or "ب" in prefix
        if tok.start == m.start and any(p.role == "proclitic" and p.tag == "PREP" for p in tok.pieces):
            return True
        j = t - 1 if tok.start >= m.start else t
        while j >= 0 and self.tokens[j].kind == "punct" and self.tokens[j].text in _QUOTE_CHARS:
            j -= 1
        if j < 0:
            return False
        prev = self.tokens[j]
        norm = prev.norm
        if m.entity.label == "LOC" and j > 0 and (norm[1:] if norm[:1] in "بل" else norm) in _PLACE_HEADS \
                and (norm[:1] in "بل" or self.tokens[j - 1].norm in PREPOSITIONS):
            return True  # «محتجز الرهائن في جنوب فرنسا»: where he is, not who says
        return (norm in PREPOSITIONS and norm not in ("اليوم", "امس")) or prev.text.endswith("ـ") or (
            norm[:1] == "ل" and norm[1:] in NAME_NOUNS) or norm in ("باسم", "عن", "لدي") or norm in _SEAT_WORDS \
            or norm in _ADDRESSING

    def head_end(self, a: int, b: int) -> int:
        """Where the subject phrase starting at token a ends: the first preposition, time word,
        addressee («للصحفيين», «لوكالة») or complementiser; commas do not end it (apposition)."""
        k = a
        while k < b:
            tok = self.tokens[k]
            norm = tok.norm
            if tok.kind == "punct" and norm not in _CLAUSE_PUNCT and tok.text not in _QUOTE_CHARS:
                break  # (the marks around a name go on: «وذكر "المرصد السوري لحقوق الإنسان" أن»)
            if norm in PREPOSITIONS or self.is_complementizer(k) or self.is_relay(k) or norm in RELATIVE_PRONOUNS:
                break
            if norm in _SAYING or norm in _ADDRESSING:  # «نقلت الوكالة عن مصدر طبي قوله», «… مخاطبا الحكومة»
                break
            bare = "ال" + norm[2:] if norm.startswith("لل") else norm[1:]  # «للصحفيين» → «الصحفيين»
            if norm[:1] == "ل" and (bare in NAME_NOUNS or bare in _ADDRESSEES):
                break
            k += 1
        return k

    def best_mention(self, start: int, end: int, *, skip_prep: bool = True,
                     head_until: int | None = None) -> _MentionRef | None:
        """The likeliest speaker among the mentions in start:end: a person before an organisation
        before a place; with `head_until`, only mentions in the head phrase or in apposition."""
        cands = [m for m in self.mentions_in(start, end) if not (skip_prep and self.in_prep_phrase(m))
                 and not self.region_in_a_name(m)]
        if head_until is not None:
            cands = [m for m in cands if m.start < head_until or self._after_comma(m.start)]
        if not cands:
            return None
        # a name outranks a title of the same rank: «نائب وزير الخارجية الروسي ميخائيل بوغدانوف»
        return min(cands, key=lambda m: (_LABEL_RANK.get(m.entity.label, 4), m.mention.kind != "name", m.start))

    def region_in_a_name(self, m: _MentionRef) -> bool:
        """«مديرة قسم الشرق الأوسط في منظمة هيومن رايتس ووتش»: a region (a place of no country) in the genitive of
        a noun names a department or a title, and never speaks."""
        if m.entity.label != "LOC" or m.entity.country:
            return False  # (most mentions: a person, a body or a place of a country, looked up no further)
        t = bisect_left(self.starts, m.start)
        return t > 0 and self.tokens[t - 1].kind == "word" and self.norm(t - 1) not in CLAUSE_PARTICLES \
            and self.cue_of(t - 1) is None

    def _after_comma(self, offset: int) -> bool:
        t = bisect_left(self.starts, offset)
        return t > 0 and self.tokens[t - 1].norm in _CLAUSE_PUNCT

    def actor_from_mention(self, m: _MentionRef) -> Actor:
        e = m.entity
        return _entity_actor(m.mention.text, m.start, m.end, e)

    def actor_from_span(self, start: int, end: int) -> Actor | None:
        """An actor over `text[start:end]` (trimmed), linked when it overlaps an entity mention."""
        text = self.doc.text
        while start < end and text[start] in _TRIM + _QUOTE_CHARS:
            start += 1
        while end > start and text[end - 1] in _TRIM + _QUOTE_CHARS:
            end -= 1
        if start >= end:
            return None
        overlapping = [m for m in self.mentions if m.start < end and m.end > start]
        if overlapping:
            m = min(overlapping, key=lambda r: (_LABEL_RANK.get(r.entity.label, 4), r.start))
            return _entity_actor(text[start:end], start, end, m.entity)
        return Actor(text[start:end], start, end)

    def head_phrase(self, a: int, b: int) -> Actor | None:
        """The noun phrase at tokens a.. up to the first stop («مصدر خليجي» in «مصدر خليجي لرويترز»)."""
        k = a
        while k < b and self.norm(k) in LEAD_PARTICLES:
            k += 1
        if k + 1 < b and self.norm(k) == "كل" and self.norm(k + 1) == "من":
            k += 2  # «أعلنت كل من السعودية والإمارات أن …»
        if k < b and (self.norm(k) in _NOT_SUBJECTS or self.norm(k) in _ADDRESSING
                      or self.norm(k).startswith(("منه", "عنه"))):
            return None  # «اعترف على حد تعبيره», «مبينا منه», «وقال مخاطبا الحكومة»: no subject here
        if k < b and self.has_proclitic(k, "PREP") and not self.mentions_in(self.tokens[k].start, self.tokens[k].end):
            return None  # «وطالبت بضرورة "…"»: a preposition's object; the subject was dropped (the one before)
        first = k
        h = self.head_end(first, b)
        while k < h and not self.is_stop(k) and self.cue_of(k) is None:
            k += 1
        if k == first or k - first > 7:
            return None
        return self.actor_from_span(self.tokens[first].start, self.tokens[k - 1].end)

    def named_before(self, noun: str, offset: int, *, window: int = 3000) -> _MentionRef | None:
        """The nearest entity mention before `offset` whose words include `noun` («وزارة»)."""
        for m in reversed(self.mentions):
            if m.end > offset:
                continue
            if m.start < offset - window:
                break
            if m.entity.name_en and (noun in word_keys(m.mention.text)
                                     or word_keys(self.doc.text[max(0, m.start - 16):m.start])[-1:] == [noun]):
                return m  # «وكالة الأنباء الكويتية», or the noun before a name: «منظمة "أطباء بلا حدود"»
        return None

    def outlet_name(self, t: int) -> str | None:
        """The name after the outlet word at token t when no entity covers it: «صحيفة "الوطن"» → «الوطن»,
        «صحيفة ليبرو الإيطالية» → «ليبرو»; a quoted name whole, else one or two words up to an adjective,
        a verb or punctuation."""
        if t + 1 >= len(self.tokens) or self.mentions_in(self.tokens[t + 1].start, self.tokens[t + 1].end):
            return None
        q = self.mark_opening_at(t + 1)
        if q is not None:
            name = self.doc.text[q.open_at + 1:q.close_at].strip()
            return name if 0 < len(name.split()) <= 4 else None
        words: list[str] = []
        for k in range(t + 1, min(t + 3, len(self.tokens))):
            tok = self.tokens[k]
            key = letters_of(tok.text)
            if tok.kind != "word" or self.cue_of(k) is not None or (words and key.startswith("ال")) \
                    or not_a_name_word(tok.text) or self.mentions_in(tok.start, tok.end) or key in _NEWS_WORDS \
                    or (key.startswith("ال") and key.endswith(("ي", "يه", "يون", "يين"))):
                break  # «اللندنية», «الرسمية»: an adjective, not the name; «وكالة الأنباء»: no name at all
            words.append(tok.text)
        return " ".join(words) or None

    def outlet_named_at(self, t: int) -> str | None:
        """The outlet's name when token t is an outlet word: «صحيفة» of «صحيفة "الوطن"»."""
        return self.outlet_name(t) if letters_of(self.norm(t)) in _OUTLETS else None

    def outlet_before(self, noun: str, offset: int, after: int) -> str | None:
        """«وقالت الصحيفة» after «صحيفة ليبرو»: the name of the nearest outlet so named between `after` and
        `offset` that no entity names (an entity there is found by `named_before`)."""
        if noun not in _OUTLETS:
            return None
        for t in range(self.token_at(offset) - 1, max(-1, self.token_at(after) - 1), -1):
            if letters_of(self.norm(t)).removeprefix("و") == noun:
                return self.outlet_name(t)
        return None

    def place_in(self, f: _Found) -> Entity | None:
        if f.zone_at < 0:
            return None
        places = [m for m in self.mentions_in(f.zone_at, f.zone_at + len(f.zone))
                  if (m.entity.label == "LOC" and is_country(m.entity.name_en))  # a country, not «الرياض»
                  or (m.entity.label == "ORG" and not (m.entity.cameo or "").endswith("MED"))]  # «مصادر في طالبان»
        return places[0].entity if places else None

    def describing_words(self, a: int, b: int) -> Span | None:
        """The subject phrase with its place phrases («مسؤول كبير في الإدارة الأمريكية»), up to a
        time word, an addressee («لوكالة الأنباء الفرنسية») or the content."""
        k = a
        while k < b:
            norm = self.norm(k)
            if norm in PREPOSITIONS and norm not in ("في", "فى", "من"):
                break
            if self.tokens[k].kind == "punct" and norm not in _CLAUSE_PUNCT:
                break
            if norm[:1] == "ل" and (self.has_proclitic(k, "PREP") or norm[1:] in NAME_NOUNS) \
                    and not (k > a and self.norm(k - 1) in _AFFILIATED):
                break  # but «مصادر تابعة للحوثيين»: whom the sources belong to is part of who they are
            k += 1
        return self.doc.span(self.tokens[a].start, self.tokens[k - 1].end) if k > a else None

    def leaders_own(self, r: _MentionRef) -> bool:
        """«مسؤول رفيع في إدارة ترامب», «مصدر في مكتب نتنياهو»: a name after the body it leads names the body,
        not the one who speaks for it."""
        t = bisect_right(self.starts, r.start) - 1
        return t > 0 and letters_of(self.norm(t - 1)) in LED_BODIES

    def leaders_country(self, f: _Found) -> tuple[str, str, str | None] | None:
        """«مسؤول رفيع في إدارة ترامب»: the country of the leader whose body the speaker serves (the US)."""
        if f.zone_at < 0:
            return None
        leader = next((m for m in self.mentions_in(f.zone_at, f.zone_at + len(f.zone))
                       if m.entity.label == "PER" and m.entity.country and self.leaders_own(m)), None)
        return country_of_code(leader.entity.country) if leader is not None and leader.entity.country else None

    def loyal_to_another(self, a: int, h: int) -> int | None:
        """«قائد عسكري يمني موالٍ للرئيس هادي»: a person described as loyal or close to a side is not that side
        (sources, «مصادر مقربة من الحكومة», do speak for it): the token of «موالٍ», or None."""
        if a >= h or letters_of(self.norm(a)).removeprefix("و") in _SOURCE_HEADS:
            return None
        return next((k for k in range(a + 1, h) if self.norm(k) in _AFFILIATED), None)

    def name_after_side(self, loyal: int, b: int) -> _MentionRef | None:
        """«قائد الفرقة الرابعة التابعة للقوات المسلحة السودانية بمنطقة الدمازين عثمان سيد أحمد»: after the side
        a title belongs to (a body, a place) comes the man's own name; «موالٍ للرئيس هادي» names the side."""
        after = self.mentions_in(self.tokens[loyal].start, self.tokens[b - 1].end)
        if not after or after[0].entity.label == "PER":
            return None
        return next((r for r in after[1:] if r.entity.label == "PER" and r.mention.kind == "name"
                     and not self.in_prep_phrase(r)), None)

    def speaker_after(self, a: int, b: int) -> tuple[Actor | None, int]:
        """Subject after the verb in tokens a..b (VSO); returns the actor and the offset where it ends."""
        if a < b and self.norm(a) in ("فيه", "فيها"):
            a += 1  # «في الوقت الذي قالت فيه الشركة»: the pronoun after a relative clause's verb points back
        if a >= b:
            return None, -1
        start, end = self.tokens[a].start, self.tokens[b - 1].end
        h = self.head_end(a, b)
        if (loyal := self.loyal_to_another(a, h)) is not None:
            own = self.name_after_side(loyal, b)
            if own is not None:
                return self.actor_from_mention(own), own.end
            b = h = loyal  # the words from «موالٍ» on say whose side he is on
            end = self.tokens[b - 1].end
        head_until = self.tokens[h].start if h < b else end
        m = self.best_mention(start, end, head_until=head_until)
        if m is not None:
            # a name in apposition after a title mention: «الرئيس الأمريكي، دونالد ترامب،» ends at the name
            last = max((r.end for r in self.mentions_in(start, end) if r.entity is m.entity), default=m.end)
            return self.actor_from_mention(m), last
        # «ويقول الإداري في حزب اليسار الكردي في سوريا محمد جلال قاسم:»: a title, where it serves, then the name
        named = [r for r in self.mentions_in(start, end)
                 if r.entity.label == "PER" and r.mention.kind == "name" and not self.in_prep_phrase(r)
                 and not self.leaders_own(r)
                 and not any(self.norm(t) in _NOT_THE_SPEAKERS_PHRASE or is_counterpart_word(self.norm(t))
                             for t in range(a, self.token_at(r.start)))]
        if named:
            return self.actor_from_mention(named[0]), named[0].end
        actor = self.head_phrase(a, b)
        return actor, (actor.end if actor is not None and actor.end is not None else -1)

    def speaker_before(self, k: int) -> Actor | None:
        """A fronted subject before the verb at k (SVO): «وكان كيري قال», «الوكالة … ذكرت أن»."""
        if k > 0 and self.norm(k - 1) in _THE_LATTER:
            return self.the_latter(k - 1)  # «… والرئيس الأمريكي دونالد ترامب الأخير أعلن أن»
        if (document := self.document_described(k)) is not None:
            return document
        si = self.sent_of[k]
        ss, _ = self.sentence_range(si)
        lo = ss
        for f in self.found:
            if f.sentence == si and f.quote.end <= self.tokens[k].start:
                lo = max(lo, self.token_at(f.quote.end))
        lo = max(lo, k - 16)
        if lo >= k:
            return None
        # walk back over comma-separated segments: «وكان نائب الوزير ميخائيل بوغدانوف، قد صرح»
        seg_end = k
        j = k - 1
        while j >= lo:
            if self.is_complementizer(j) and j + 1 < seg_end and self.opens_another_clause(j):
                # «على الرغم من أن مسؤولا رفيعا في إدارة ترامب رفض ذكر اسمه قال إن»: the clause «أن» opens
                # has its own subject, the noun phrase after it (not Trump, whose administration he serves)
                return self.subject_after_complementizer(j + 1, seg_end)
            if self.tokens[j].norm in _CLAUSE_PUNCT or j == lo:
                seg_start = j + 1 if self.tokens[j].norm in _CLAUSE_PUNCT else j
                content = [t for t in range(seg_start, seg_end) if self.norm(t) not in CLAUSE_PARTICLES
                           and self.tokens[t].kind == "word"]
                if content and (self.norm(seg_start) in _SEAT_WORDS or self.norm(seg_start) in _WHERE_ASIDES
                                or self.norm(seg_start) in RELATIVE_PRONOUNS) and seg_start > ss:
                    content = []  # «، ومقره بريطانيا،», «، الموجود في أستانا،»: an aside about the subject before it
                if content and seg_start == ss and (fronted := self.conjoined_verbs_subject(ss, k)) is not None:
                    return fronted
                if content:
                    m = self.best_mention(self.tokens[seg_start].start, self.tokens[seg_end - 1].end)
                    if m is not None:
                        return self.actor_from_mention(m)
                    lead = seg_start
                    while lead < seg_end and self.norm(lead) in LEAD_PARTICLES:
                        lead += 1
                    # a fronted subject is a definite noun («الوكالة … ذكرت») or follows «أما», «وكان»; a headline
                    # may open with a speaker's noun («نازحون سوريون يقولون إن …»)
                    if lead < seg_end and (lead > seg_start or (seg_start == ss and (
                            self.has_proclitic(lead, "DET") or head_of(self.tokens[lead].text) is not None))):
                        return self.head_phrase(seg_start, seg_end)
                    if not (seg_start > ss and self.has_proclitic(seg_start, "DET")):
                        return None
                    # «وكالة الأنباء اليمنية "سبأ"، المتحدثة باسم الحكومة، قالت»: an apposition set off by
                    # commas describes the subject before it
                seg_end = j
            j -= 1
        return None

    def document_described(self, k: int) -> Actor | None:
        """«وشككت موسكو في صحة ما ورد بتقرير أممي أفاد بأن»: a verb right after an indefinite document and its
        adjective describes the document, and the document speaks (not the sentence's subject, who doubts it)."""
        for j in (k - 1, k - 2):
            if j < 0 or self.tokens[j].kind != "word" or self.sent_of[j] != self.sent_of[k]:
                return None
            letters = letters_of(self.norm(j))
            bare = letters[1:] if self.has_proclitic(j, "PREP") and letters[:1] in "بل" else letters
            if bare in _DOCUMENTS:
                start = next((p.start for p in self.tokens[j].pieces if p.role != "proclitic"), self.tokens[j].start)
                return self.actor_from_span(start, self.tokens[k - 1].end)
            if j < k - 1 or not letters.endswith(("ي", "يه")) or letters.startswith("ال"):
                return None  # (one nisba adjective at most between: «تقرير أممي»)
        return None

    def subject_after_complementizer(self, a: int, b: int) -> Actor | None:
        """The subject opening tokens a..b after «أن»: a name in its head phrase, else the head phrase when it
        is a speaker's noun («مسؤولا رفيعا»), else the likeliest name of the clause («الحسابات التي توصل إليها
        علماء ناسا تشير»)."""
        h = self.head_end(a, b)
        start, end = self.tokens[a].start, self.tokens[b - 1].end
        m = self.best_mention(start, end, head_until=self.tokens[h - 1].end) if h > a else None
        if m is None and h > a and head_of(self.doc.text[start:self.tokens[h - 1].end]) is not None:
            return self.actor_from_span(start, self.tokens[h - 1].end)
        m = m or self.best_mention(start, end)
        return self.actor_from_mention(m) if m is not None else None

    def subject_of_going(self, ss: int, k: int) -> Actor | None:
        """«خرج رئيس لجنة العلاقات الخارجية … في مجلس الشورى الإيراني ليقول إن»: the subject right after the verb
        of the clause «ليقول» ends, a title nobody named."""
        verb = k - 1
        while verb > ss and self.norm(verb - 1) not in _CLAUSE_PUNCT:
            verb -= 1
        while verb < k and self.norm(verb) in LEAD_PARTICLES:
            verb += 1
        if verb + 1 >= k or self.has_proclitic(verb, "DET") or self.tokens[verb].kind != "word" \
                or not is_person_title(self.doc.text[self.tokens[verb + 1].start:self.tokens[k - 1].end]):
            return None
        return self.head_phrase(verb + 1, k)

    def feminine_past(self, k: int) -> bool:
        """«قالت», «أعربت», «وقالت»: the word at k ends in the feminine «ـت» of a past verb (a state, body or paper)."""
        return self.stem_norm(k).endswith("ت")

    def conjoined_verbs_subject(self, ss: int, k: int) -> Actor | None:
        """«الصحيفة اعتبرت وعود ترامب فارغة وقالت إنه …», «صحيفة ذي تايمز اعتبرت … ودعت أوروبا إلى»: a feminine
        verb joined by «و» shares the subject fronted before the sentence's first verb, a state, body or paper,
        not the man named in between."""
        if not (self.has_proclitic(k, "CONJ") and self.feminine_past(k)):
            return None
        lead = ss
        while lead < k and self.norm(lead) in LEAD_PARTICLES:
            lead += 1
        named = next((m for m in self.mentions_in(self.tokens[lead].start, self.tokens[k].start)
                      if m.start == self.tokens[lead].start), None)
        verb = self.token_at(named.end) if named is not None else lead + 1
        if named is None and not self.has_proclitic(lead, "DET"):
            while verb < k and not self.has_proclitic(verb, "DET") and self.tokens[verb].kind == "word" \
                    and not self.feminine_past(verb):
                verb += 1  # «صحيفة طهران تايمز أشارت»: a paper's name, its words before the verb
        if verb >= k or verb - lead > 4 or self.tokens[verb].kind != "word" or self.has_proclitic(verb, "DET") \
                or self.has_proclitic(verb, "CONJ") or not self.feminine_past(verb) \
                or (named is not None and named.entity.label == "PER"):
            return None
        return self.actor_from_mention(named) if named is not None else self.head_phrase(lead, verb)

    def antecedent(self, rel: int) -> Actor | None:
        """Who «الذي» refers to: «وفق وزير حقوق الإنسان عز الدين الأصبحي، الذي قال إنه …»."""
        ss, _ = self.sentence_range(self.sent_of[rel])
        j = rel - 1
        if j >= ss and self.norm(j) in _CLAUSE_PUNCT:
            j -= 1
        last = j
        while j >= ss and j > rel - 10 and self.norm(j) not in _CLAUSE_PUNCT and not self.is_relay(j) \
                and self.cue_of(j) is None:
            j -= 1
        if last <= j:
            return None
        start, end = self.tokens[j + 1].start, self.tokens[last].end
        m = self.best_mention(start, end, skip_prep=False)
        return self.actor_from_mention(m) if m is not None else self.actor_from_span(start, end)

    def previous_speaker(self, k: int) -> Actor | None:
        """Arabic drops pronoun subjects («وأضاف: …»): the speaker is the one just talked about."""
        si = self.sent_of[k]
        pos = self.tokens[k].start
        same = [f for f in self.found if f.sentence == si and f.quote.start < pos and f.quote.speaker]
        if same:
            return max(same, key=lambda f: f.quote.start).quote.speaker
        ss, _ = self.sentence_range(si)
        # «وجاء كلام المرشد الأعلى، علي خامنئي، … عندما قال بحسم …»: the person the sentence names before its
        # verb, outside a prepositional phrase, is whom its dropped subject refers to
        # «ولم يعلق الجيش السوري على التقارير، لكنه قال»: «لكنه» points back to the sentence's subject, a body too
        labels = ("PER", "ORG") if k > 0 and self.norm(k - 1) in _BUT_HE else ("PER",)
        own = self.named_free(self.tokens[ss].start, pos, labels)
        if own:
            return self.actor_from_mention(own[0])
        prev_si = si - 1
        if prev_si >= 0 and not self.doc.sentences[prev_si].is_title:
            in_prev = [f for f in self.found if f.sentence == prev_si and f.quote.speaker]
            if in_prev:
                return max(in_prev, key=lambda f: f.quote.start).quote.speaker
            s = self.doc.sentences[prev_si]
            # «وأعلنت وكالة "سانا" التوصل إلى اتفاق. وتحدثت عن "…"»: a feminine verb may speak for a body
            kinds = ("PER", "ORG") if self.has_proclitic(ss, "CONJ") and self.feminine_past(ss) else ("PER",)
            pers = self.named_free(s.start, s.end, kinds)
            if pers:
                return self.actor_from_mention(pers[0])
        earlier = [f for f in self.found if f.sentence < si and f.sentence >= si - 4 and f.quote.speaker]
        return max(earlier, key=lambda f: f.quote.start).quote.speaker if earlier else None

    # ------------------------------------------------------------------ content
    def clause_end(self, k: int, *, min_tokens: int = 3) -> int:
        """Where the statement starting at token k ends: the sentence end, or before the next cue
        that opens a statement of its own («…، مشيرا إلى أن …», «… وأضاف أن …»)."""
        si = self.sent_of[k]
        _, se = self.sentence_range(si)
        end = self.tokens[k].end
        m = k
        while m < len(self.tokens):
            if m >= se:
                break
            tok = self.tokens[m]
            q = self.mark_opening_at(m)
            if q is not None:
                end = q.close_at + 1
                m = self.token_at(q.close_at + 1)
                if m < len(self.tokens) and m >= se:  # the quotation runs into later sentences
                    break
                continue
            if m >= k + min_tokens:
                prev_comma = m > 0 and self.tokens[m - 1].norm in _CLAUSE_PUNCT
                cue = self.cue_of(m)
                if cue is not None and cue.lemma not in WEAK_LEMMAS and (
                        cue.form == "participle" or prev_comma or self.has_proclitic(m, "CONJ")):
                    break
                if self.is_relay(m) and prev_comma:
                    break
                if prev_comma and tok.norm in ("وذلك", "قبل", "بينما", "فيما", "حيث", "دون"):
                    break
                if prev_comma and tok.norm == "في" and m + 1 < se and self.norm(m + 1) in ("اشاره", "تلميح"):
                    break  # «…، في إشارة إلى …»: the reporter's comment, not the statement
                if cue is not None and m > 1 and self.norm(m - 1) in _AS_ALSO \
                        and self.tokens[m - 2].norm in _CLAUSE_PUNCT:
                    end = self.tokens[m - 2].start  # «…، كما نقلت العربي الجديد أن …»: another speaker, even
                    break  # behind a weak verb
                if cue is not None and m > 0 and self.norm(m - 1) in RELATIVE_PRONOUNS \
                        and any(self.is_complementizer(t) for t in range(m + 1, min(se, m + RELATIVE_STATEMENT_GAP))):
                    break  # «… بمعرفة الوكالة الذرية التي أكدت أن …»: the body a relative clause tells of speaks
                if prev_comma and tok.norm == "في" and m + 2 < se and self.norm(m + 1) in ("الوقت", "حين") \
                        and self.norm(m + 2) in RELATIVE_PRONOUNS:
                    break  # «…، في الوقت الذي قالت فيه الشركة …»: what another side said meanwhile
            end = tok.end
            m += 1
        return end

    def make_quote(self, start: int, end: int, *, speaker: Actor | None, cue: Span | None,
                   source: Actor | None = None) -> Quote | None:
        text = self.doc.text
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if end - start < 2:
            return None
        # one quotation and nothing else: keep what is inside the marks
        for q in self.marks:
            if q.open_at == start and q.close_at == end - 1:
                start, end = q.start, q.end
                break
        inside = sum(min(end, q.end) - max(start, q.start) for q in self.outer if q.start < end and q.end > start)
        if not any(q.start <= start and end <= q.end for q in self.marks):
            direct = inside * 2 >= (end - start)
        else:
            direct = True
        return Quote(start, end, text[start:end], direct, speaker=speaker, cue=cue, source=source)

    def add(self, quote: Quote | None, k: int, cue_token: int | None = None, zone: Span | None = None) -> None:
        if quote is None:
            return
        sp = quote.speaker
        if sp is not None and sp.entity is None and sp.start is not None and normalize_word(sp.text) in _THE_LATTER:
            quote.speaker = self.the_latter(self.token_at(sp.start))  # «وقال الأخير إن»: the one named last
        elif sp is not None and sp.entity is None and normalize_word(sp.text) in _NOT_SUBJECTS:
            # «حسب تعبيره», «واصفا إياها»: the speaker is the one the sentence has speaking («إذ حذر روحاني …،
            # لأن الحرب … ستكون "أم الحروب"، حسب تعبيره»), else the one talked about before
            quote.speaker = self.speaking_subject(k, cue_token if cue_token is not None else self.token_at(quote.end))
        for f in self.found:
            if f.quote.start == quote.start and f.quote.end == quote.end:
                return
        self.found.append(_Found(quote, self.sent_of[k], cue_token, zone.text if zone else "",
                                 zone.start if zone else -1))

    def the_latter(self, k: int) -> Actor | None:
        """«الأخير» at token k: the person named last before it, in its sentence or the one before («الأخيرة»
        may also be a body or a state)."""
        labels = ("PER",) if self.norm(k) == "الاخير" else ("PER", "ORG", "LOC")
        si = self.sent_of[k]
        lo, _ = self.sentence_range(max(0, si - 1))
        before = [m for m in self.mentions_in(self.tokens[lo].start, self.tokens[k].start) if m.entity.label in labels]
        return self.actor_from_mention(before[-1]) if before else None

    def clause_subject(self, k: int) -> Actor | None:
        """«قابل الحرس الثوري تصريحات روحاني بالتأكيد على أن»: the first one named in the clause before token k
        (after its last comma or «حيث»), else the nearest named before it in the sentence; never one behind a
        preposition."""
        lo, _ = self.sentence_range(self.sent_of[k])
        start = lo
        for j in range(k - 1, lo - 1, -1):
            if self.tokens[j].norm in _CLAUSE_PUNCT or self.norm(j) in _CLAUSE_OPENERS:
                start = j + 1
                break
        own = self.named_free(self.tokens[start].start, self.tokens[k].start, ("PER", "ORG"))
        return self.actor_from_mention(own[0]) if own else self.possessor_before(k, ("PER", "ORG"))

    def possessor_before(self, k: int, labels: tuple[str, ...]) -> Actor | None:
        """The nearest named one of `labels` before token k in its sentence, outside a prepositional phrase:
        whom the possessive pronoun of «وقوله» refers to."""
        lo, _ = self.sentence_range(self.sent_of[k])
        near = self.named_free(self.tokens[lo].start, self.tokens[k].start, labels)
        return self.actor_from_mention(near[-1]) if near else None

    def person_before(self, k: int) -> Actor | None:
        """The last person named before token k, in its sentence or the one before, outside a prepositional
        phrase: whom a masculine pronoun with nothing nearer points to."""
        si = self.sent_of[k]
        lo, _ = self.sentence_range(max(0, si - 1))
        people = [m for m in self.named_free(self.tokens[lo].start, self.tokens[k].start, ("PER",))
                  if not any(f.quote.start <= m.start < f.quote.end for f in self.found)]  # not words quoted
        return self.actor_from_mention(people[-1]) if people else None

    def speaking_subject(self, k: int, before: int) -> Actor | None:
        """The named subject right after the last speech verb of token k's sentence before token `before`, else
        the first person the sentence names."""
        lo, _ = self.sentence_range(self.sent_of[k])
        for m in range(min(before, len(self.tokens)) - 1, lo - 1, -1):
            cue = self.cue_of(m)
            if cue is None or cue.form == "participle" or m + 1 >= len(self.tokens):
                continue
            subject = next((x for x in self.mentions if x.start == self.tokens[m + 1].start), None)
            if subject is not None and subject.entity.label in ("PER", "ORG"):
                return self.actor_from_mention(subject)
        # «هاجم الرئيس الإيراني حسن روحاني نظيره …، محذرا …، لأن الحرب … "أم الحروب"، حسب تعبيره»: with no
        # speech verb, the first person the sentence names
        people = self.named_free(self.tokens[lo].start, self.tokens[min(before, len(self.tokens) - 1)].start, ("PER",))
        return self.actor_from_mention(people[0]) if people else None

    def fill_missing_speakers(self) -> None:
        """A statement found before the one it follows («وأشار إلى "…"» after a partial quote) gets
        its speaker once every statement is known."""
        for f in sorted(self.found, key=lambda f: f.quote.start):
            if f.quote.speaker is None:
                k = f.cue_token if f.cue_token is not None else self.token_at(f.quote.start)
                f.quote.speaker = self.previous_speaker(k)

    def issuer_of(self, sp: Actor) -> _MentionRef | None:
        """«بيان صادر عن الاتحاد الأوروبي», «تقرير لوزارة الخارجية»: a document speaks for whoever issued it,
        named right after it behind «صادر عن», «عن», «من» or a glued «لـ»."""
        words = sp.text.split()
        if sp.end is None or not words or (word_keys(words[0]) or [""])[0] not in _DOCUMENTS:
            return None
        k = self.token_at(sp.end)
        limit = min(len(self.tokens), k + 3)
        while k < limit and (self.tokens[k].end <= sp.end or self.norm(k) in _ISSUED):
            k += 1
        if k >= limit:
            return None
        glued = self.norm(k)[:1] == "ل" and self.has_proclitic(k, "PREP")
        if not (glued or self.norm(k) in ("عن", "من")):
            return None
        start = self.tokens[k].start if glued else self.tokens[min(k + 1, len(self.tokens) - 1)].start
        return next((m for m in self.mentions if m.start == start or (glued and self.tokens[k].start <= m.start
                                                                           < self.tokens[k].end)), None)

    def earlier_statements_issuer(self, sp: Actor) -> _MentionRef | None:
        """«وقال البيان» after «أعلنت وزارة الخارجية المصرية في بيان»: the statement speaks for whoever issued
        it — the subject named before «في بيان» in the sentence that told of it (within `_STATEMENT_REACH`)."""
        keys = [letters_of(w) for w in sp.text.split()]
        if sp.start is None or not keys or keys[0] not in _THE_STATEMENT:
            return None
        t = self.token_at(sp.start)
        lo = self.token_at(max(0, sp.start - _STATEMENT_REACH))
        k = next((k for k in range(t - 1, lo - 1, -1) if letters_of(self.norm(k)) in _A_STATEMENT), None)
        if k is None:
            return None
        ss, se = self.sentence_range(self.sent_of[k])
        ss = min(k, dateline_end(self.doc, ss, se))  # «باريس - أ.ف.ب: … أعلنت الرئاسة الفرنسية في بيان»: not the agency
        named = self.named_free(self.tokens[ss].start, self.tokens[k].start, ("PER", "ORG", "LOC"))
        return next((m for m in named if m.entity.label != "LOC" or is_country(m.entity.name_en)), None)

    def describe_unnamed(self) -> None:
        """Code speakers with no entity: a definite «المسؤول» takes the last «مسؤول أميركي»;
        a demonym gives the country («مصادر حكومية يونانية» → Greece); a phrase with neither takes the
        last speaker with the same head noun; else an English description ("informed sources")."""
        done: list[_Found] = []
        for f in sorted(self.found, key=lambda f: f.quote.start):
            sp = f.quote.speaker
            if sp is not None and sp.entity is None and not sp.name_en:
                self.name_titled(sp)
                if not sp.name_en and f.zone and is_person_title(sp.text):
                    # «قال رئيس المركز الروسي للمصالحة في قاعدة حميميم الجوية الجنرال يوري يفتوشينكو»: the
                    # subject stopped at «للمصالحة»; the name closes the words before the quotation
                    self.name_titled(sp, phrase=self.subject_words(f, limit=16))
            elif sp is not None and sp.label in ("LOC", "ORG") and f.zone and is_person_title(f.zone):
                # «وصرح سفير فرنسا لدى الأمم المتحدة فرانسوا ديلاتر»: the ambassador, not France
                self.name_titled(sp, phrase=self.subject_words(f))
            elif sp is not None and sp.label in ("LOC", "ORG") and (named := self.name_before_title(sp)) is not None:
                # «ماريانا بتسا المتحدثة باسم وزارة الخارجية الأوكرانية»: she speaks, not the ministry she serves
                sp.entity = sp.wikidata = sp.country = sp.cameo_actor = None
                self.name_person(sp, named)
            elif sp is not None and sp.label == "LOC" and sp.name_en and f.zone \
                    and (people := describe(f.zone)) in NON_STATE_HEADS and head_of(f.zone) is not None:
                # «ويقول بعض سكان عفرين إن»: the town's residents speak, not the town; the speaker is the whole
                # phrase (the town's name alone, recurring, names the town)
                sp.name_en = f"{sp.name_en} {people}"
                sp.entity = sp.wikidata = sp.label = None
                self.widen_to_zone(sp, f.zone)
            if sp is not None and sp.entity is None and not sp.name_en and (issuer := self.issuer_of(sp)) is not None:
                _speak_as_entity(sp, issuer.entity)
            if sp is not None and sp.entity is None and not sp.name_en \
                    and (issuer := self.earlier_statements_issuer(sp)) is not None:
                _speak_as_entity(sp, issuer.entity)  # «أعلنت الخارجية المصرية في بيان … وقال البيان إن»
            if sp is not None and sp.entity is None and not sp.name_en and sp.start is not None \
                    and (outlet := self.outlet_named_at(self.token_at(sp.start))) is not None:
                self.name_outlet(sp, outlet)  # «قالت صحيفة "الوطن"»
            if sp is not None and sp.entity is None and not sp.name_en and len(sp.text.split()) == 1 \
                    and plural_demonym(sp.text):
                self.speak_as_people(sp)  # «فالفلسطينيون يعتبرون أن …»
            if sp is not None and sp.entity is None and not sp.name_en:
                self.name_bare(sp, done)
            if sp is not None and sp.entity is None and not sp.name_en and is_person_title(sp.text):
                # «وأفاد رئيس جهاز الأمن القومي» after «رئيس جهاز الأمن القومي اليمني اللواء علي الأحمدي»
                keys = word_keys(sp.text)
                # the title is the earlier speaker's own words, or those before his name («… اللواء» + «علي الأحمدي»)
                titled = [d.quote.speaker for d in done if d.quote.speaker is not None and d.quote.speaker.name_en
                          and len(keys) >= 2 and any(word_keys(words)[:len(keys)] == keys
                                                     for words in (d.quote.speaker.text, d.zone or ""))]
                if titled:
                    same = titled[-1]
                    _speak_as(sp, same)
            if sp is not None and sp.entity is None and not sp.name_en and is_definite(sp.text):
                # «وأضاف المكتب» after «حسبما قال مكتب رئيسة الحكومة، تيريزا ماي»: the same office
                keys = [k for k in word_keys(sp.text) if k not in ("احد", "بعض")]
                at = sp.start if sp.start is not None else f.quote.start
                since = self.introduced_before(sp, keys[0]) if keys and keys[0] in HEADS else None
                if keys and len(keys) <= 3:
                    for d in reversed(done):
                        if since is not None and since[0] > d.quote.end:
                            break  # «وكان مصدر أمني أعلن …» after the military source spoke: «وأضاف المصدر» is he
                        ref = d.quote.speaker
                        if ref is not None and ref.label == "PER" and not is_person_noun(keys[0]) \
                                and word_keys(f"{d.zone or ref.text}")[:1] != keys[:1]:
                            # «وكشفت الوزارة» after «آدم زوبين، وكيل الوزارة»: the ministry, not him; but
                            # «وأضاف المكتب» after «مكتب رئيسة الحكومة، تيريزا ماي» is her office
                            continue
                        if ref is not None and ref.name_en and keys[0] in word_keys(f"{d.zone} {ref.text}"):
                            # the same one, unless an outlet no entity names came between («… وقالت الصحيفة»
                            # twice, «صحيفة ليبرو» after the first)
                            outlet = self.outlet_before(keys[0], at, d.quote.end)
                            if outlet is not None:
                                self.name_outlet(sp, outlet)
                            else:
                                _speak_as(sp, ref)
                            break
                    else:
                        # «وكشفت الوزارة أن» after «وزارة الخزانة الأميركية»: the last entity so named, unless
                        # an outlet no entity names came between («صحيفة ليبرو … وقالت الصحيفة»)
                        m = self.named_before(keys[0], at)
                        outlet = self.outlet_before(keys[0], at, m.end if m is not None else max(0, at - 3000))
                        if outlet is not None and len(keys) <= 2:
                            self.name_outlet(sp, outlet)
                        elif m is not None and len(keys) <= 2:
                            e = m.entity
                            _speak_as_entity(sp, e)
            if sp is not None and sp.entity is None and not sp.name_en and not is_definite(sp.text):
                # «بررت وزارة الخزانة» after «وزارة الخزانة الأميركية»: a shortened name of an entity
                keys = word_keys(sp.text)
                if len(keys) >= 2:
                    m = self.named_before(keys[0], sp.start if sp.start is not None else f.quote.start)
                    if m is not None and word_keys(m.mention.text)[:2] == keys[:2]:
                        e = m.entity
                        _speak_as_entity(sp, e)
            if sp is not None and sp.entity is None and not sp.name_en and (head := head_of(sp.text)) is not None:
                earlier = [d.quote.speaker for d in done if d.quote.speaker is not None and d.quote.speaker.name_en
                           and (h := head_of(d.quote.speaker.text)) is not None and HEADS[h] == HEADS[head]]
                # («مسؤولا رفيعا … قال» … «وأشار المسؤول»: the accusative and the definite are one official)
                if earlier and is_definite(sp.text) and earlier[-1].end is not None \
                        and (told := self.introduced_before(sp, head)) is not None and told[0] > earlier[-1].end:
                    earlier = []  # a source described since that one spoke (see above)
                country = None if is_definite(sp.text) and earlier else (
                    country_of(f.zone or sp.text) or self.leaders_country(f))
                own = describe(sp.text)
                adjective = adjective_of(country[0]) if country is not None and own in NON_STATE_HEADS else None
                if country is not None and adjective:
                    sp.name_en = f"{adjective} {own}"  # «وسائل إعلام أمريكية» → "US media"
                elif country is not None:
                    sp.name_en, qid, sp.wikidata = country
                    sp.entity = next((e.id for e in self.doc.entities
                                      if e.name_en == sp.name_en or (qid and e.wikidata == qid)), None)
                elif earlier and (is_definite(sp.text) or own in (HEADS[head], earlier[-1].name_en)
                                  or is_country(earlier[-1].name_en)):
                    # «مصادر حكومية» again, «أحد المصادر»: the sources already introduced, and «مصدر رسمي»
                    # after a Syrian «مصدر عسكري» is Syrian too; but «مصادر عسكرية» after «المصادر» are other
                    # sources, named by their own words
                    ref = earlier[-1]
                    _speak_as(sp, ref)
                else:
                    place = self.place_in(f)  # «مبعوثون في كوريا الجنوبية» → South Korea
                    adjective = adjective_of(place.name_en) if place is not None and place.name_en \
                        and own in NON_STATE_HEADS else None
                    if place is not None and adjective:
                        sp.name_en = f"{adjective} {own}"  # «الأنباء الواردة من اليمن» → "Yemeni news reports"
                    elif place is not None:
                        sp.entity, sp.name_en, sp.wikidata = place.id, place.name_en, place.wikidata
                    else:
                        introduced = self.described_before(sp, head) if is_definite(sp.text) else None
                        sp.name_en = self.owned(sp, introduced or own)
            if sp is not None and sp.entity is None and not sp.name_en and head_of(sp.text) is None \
                    and (some := describe(sp.text)) is not None:
                sp.name_en = some  # «ويرى البعض أن»: "some people", a description with no head noun to count
            if sp is not None and sp.label != "PER" and is_person_title(sp.text) and not has_owner_pronoun(sp.text):
                self.name_introduced(sp)
            if sp is not None and is_country(sp.name_en) and (phrase := f.zone or sp.text) and head_of(phrase) is not None:
                self.also_described(sp, phrase)
            done.append(f)

    @staticmethod
    def also_described(sp: Actor, phrase: str) -> None:
        """«مصدر أمني مالي» speaks as Mali (its demonym is the country's mention), and is also known by what it
        is: "Malian security source", "security source"."""
        own = describe(phrase)
        adjective = adjective_of(sp.name_en) if sp.name_en else None
        if own and own not in NON_STATE_HEADS:
            sp.aliases_en = list(dict.fromkeys([*sp.aliases_en, *([f"{adjective} {own}"] if adjective else []), own]))

    def name_before_title(self, sp: Actor) -> str | None:
        """The name NER missed at the head of a speaker phrase, before the title that says whom it serves."""
        words = sp.text.split()
        at = next((i for i in range(2, min(4, len(words))) if is_person_title(words[i])), None)
        if at is None or sp.start is None or self.mentions_in(sp.start, sp.start + len(" ".join(words[:at]))):
            return None
        name = words[:at]
        return " ".join(name) if looks_like_a_name(name) and not any(not_a_name_word(w) for w in name) else None

    def name_introduced(self, sp: Actor) -> None:
        """«السفير السعودي يرى أن» after «للسفير السعودي لدى بريطانيا، محمد بن نواف»: a title alone speaks
        for the person it introduced earlier in the article, whom a name follows there (past where he
        serves, a comma or a rank)."""
        keys = word_keys(sp.text)
        if sp.start is None or not 2 <= len(keys) <= 4:
            return
        here = self.token_at(sp.start)
        words = self.word_keys_by_token
        for t in range(here - len(keys), -1, -1):  # the nearest earlier use of the title first
            if words[t:t + len(keys)] != keys:
                continue
            k, end = t + len(keys), min(here, t + len(keys) + 8)
            while k < end:
                tok = self.tokens[k]
                person = next((m for m in self.mentions if m.start == tok.start and m.entity.label == "PER"), None)
                if person is not None:
                    _speak_as(sp, self.actor_from_mention(person))
                    return
                if (tok.norm in _CLAUSE_PUNCT or tok.norm in ("لدي", "في") or ends_with_rank(tok.text)
                        or any(m.start <= tok.start < m.end and m.entity.label != "PER" for m in self.mentions)):
                    k += 1  # «لدى بريطانيا،», «اللواء»: where he serves and his rank come before the name
                    continue
                name = name_following(self.doc.text[tok.start:tok.start + 60])
                if name is not None and looks_like_a_name(name.split()):
                    sp.entity = sp.wikidata = sp.country = sp.cameo_actor = None
                    self.name_person(sp, name)
                return
            return

    def widen_to_zone(self, sp: Actor, zone: str) -> None:
        """Start the speaker where the words of its zone before it start: «أحد سكان» + «المدينة»."""
        if sp.start is None or sp.end is None:
            return
        at = zone.find(sp.text)
        head = zone[:at] if at > 0 else ""
        if head and self.doc.text[sp.start - len(head):sp.start] == head:
            sp.start -= len(head)
            sp.text = self.doc.text[sp.start:sp.end]

    def in_relative_clause(self, k: int | None) -> bool:
        """«على قواعد قالت إنها إيرانية», «التي قالت إن»: the cue at k speaks inside a relative clause, so a
        participle later in the sentence («… مؤكدة أنها») goes back to the main clause's subject instead."""
        if k is None or k == 0 or self.has_proclitic(k, "CONJ") or self.tokens[k - 1].kind != "word":
            return False
        prev = self.norm(k - 1)
        if prev in RELATIVE_PRONOUNS:
            return True
        # an indefinite noun right before a bare past verb: «قواعد قالت» (not a name, a cue or a time word)
        return not prev.startswith("ال") and len(prev) >= 4 and self.cue_of(k - 1) is None \
            and not self.mentions_in(self.tokens[k - 1].start, self.tokens[k - 1].end) \
            and self.norm(k)[:1] not in "يتنا" and prev not in PREPOSITIONS and prev not in CLAUSE_PARTICLES

    def feminine_subject(self, ss: int, k: int) -> _MentionRef | None:
        """«أعربت سوريا عن "إدانتها" لقرار الرئيس الأمريكي دونالد ترامب …، مؤكدة»: a feminine participle goes back
        to the subject of the feminine verb that opens its sentence, a state or body, not to the man named after."""
        # («وأبدت إسرائيل أسفها …، وقالت إنها»: so does a feminine past verb joined by «و»)
        if not (self.norm(k).endswith("ه") or (self.has_proclitic(k, "CONJ") and self.feminine_past(k))):
            return None
        # the verb opens the sentence or the clause after a fronted circumstance («وقبيل إعلان دمشق …، أعربت»)
        for v in [ss] + [t + 1 for t in range(ss, k - 1) if self.norm(t) in _CLAUSE_PUNCT]:
            if self.tokens[v].kind != "word" or not self.feminine_past(v):
                continue
            first = next(iter(self.mentions_in(self.tokens[v].end, self.tokens[k - 1].end)), None)
            if first is not None and first.entity.label != "PER" and not self.in_prep_phrase(first) \
                    and self.words_in(self.tokens[v].end, first.start) <= 1:
                return first
        return None

    def subject_before_relative(self, ss: int, k: int) -> Actor | None:
        """«وذكّر السفير الفلسطيني بالدور الذي لعبته تونس …، قائلا»: a participle's speaker is the main clause's
        subject, never a side named inside a relative clause between them; None when no relative clause stands
        there or nothing stands before it."""
        rel = next((t for t in range(ss + 1, k) if self.norm(t) in RELATIVE_PRONOUNS), None)
        if rel is None:
            return None
        m = self.best_mention(self.tokens[ss].start, self.tokens[rel - 1].end)
        if m is not None:
            return self.actor_from_mention(m)
        return self.head_phrase(ss + 1, rel) if self.tokens[ss].kind == "word" else None

    def dropped_subject(self, ss: int, k: int) -> bool:
        """«وشدد على حرص المملكة على سلامة اليمن …، مشيرا إلى أن»: the sentence opens with a verb of saying whose
        own preposition follows it, so its subject is a dropped pronoun (the last speaker) and the sides named
        after are what he spoke of, not who goes on speaking."""
        opening = self.cue_of(ss)
        return opening is not None and opening.form == "verb" and ss + 1 < k \
            and self.norm(ss + 1) in _COMPLEMENT_PREPOSITIONS

    def people_subject(self, ss: int, k: int) -> Actor | None:
        """A people named by its plural demonym in the participle's own clause, before any name:
        «، يرفض اليونانيون القبول بحقها … مؤكدين أنه» → the Greeks (Greece), not «مقدونيا»."""
        lo = max((t for t in range(ss, k) if self.norm(t) in _CLAUSE_PUNCT), default=ss - 1) + 1
        for t in range(lo, min(k, lo + 3)):
            tok = self.tokens[t]
            if self.mentions_in(tok.start, tok.end):
                return None
            if not plural_demonym(tok.text):
                continue
            people = Actor(tok.text, tok.start, tok.end)
            if self.speak_as_people(people):
                return people
        return None

    def speak_as_people(self, sp: Actor) -> bool:
        """A people named by its plural demonym («الفلسطينيون يعتبرون أن») speaks as "Palestinians", coded
        by its country (Palestine, also an English name of the speaker)."""
        country = country_of(sp.text)
        if country is None:
            return False
        name_en, qid, wikidata = country
        sp.entity = next((e.id for e in self.doc.entities if e.name_en == name_en or (qid and e.wikidata == qid)),
                         None)
        sp.name_en, sp.aliases_en, sp.wikidata = people_of(name_en), [name_en], wikidata
        return True

    def subject_words(self, f: _Found, *, limit: int = 12) -> str | None:
        """The words between the cue and the content, without the complementiser: «سفير فرنسا … ديلاتر»."""
        cue = f.quote.cue
        if cue is None or cue.end > f.quote.start:
            return None
        words = self.doc.text[cue.end:f.quote.start].replace(":", " ").split()
        while words and (letters_of(words[-1]) in _COMPLEMENTIZER_KEYS or not letters_of(words[-1])):
            words.pop()
        return " ".join(words) if 0 < len(words) <= limit else None

    def name_titled(self, sp: Actor, *, phrase: str | None = None) -> None:
        """A person NER missed, named after a title: «وزير النقل اليمني بدر باسلمة» → "Badr Basalma"
        (the entity when another mention spells the same name, else a transliteration)."""
        # «قائد عسكري يمني موالٍ للرئيس هادي»: a name after «موالٍ» is whose side he is on, not his own
        phrase = _before_affiliation(phrase) if phrase is not None else None
        name = name_after_title(phrase or sp.text)
        if name is None and phrase is None and sp.end is not None and is_person_title(sp.text):
            # «قال مستشار الأمن القومي الكوري الجنوبي، تشونغ يوي-يونغ، إن …»
            name = appositive_name(self.doc.text[sp.end:sp.end + 60])
            if name is None and ends_with_rank(sp.text):  # «أعلن رئيس جهاز الأمن القومي اللواء علي الأحمدي أن»
                name = name_following(self.doc.text[sp.end:sp.end + 60])
            if name is None:  # «وقال وزير الاقتصاد … في لبنان، وعراب دراسة ماكينزي، رائد خوري، شارحا»
                name = later_appositive_name(self.doc.text[sp.end:])
        if name is None:
            return
        if phrase is not None:
            sp.entity = sp.wikidata = sp.country = sp.cameo_actor = None  # the place was only in the title
            at = self.doc.text.find(name, sp.start or 0)
            if at >= 0:  # the speaker's span moves from «فرنسا» to the name
                sp.text, sp.start, sp.end = name, at, at + len(name)
        self.name_person(sp, name)

    def name_person(self, sp: Actor, name: str) -> None:
        """Name a speaker NER missed: the entity another mention spells the same way, else the knowledge
        base's person of that name, else a transliteration."""
        for e in self.doc.entities:
            if e.label == "PER" and any(m.text == name for m in e.mentions):
                _speak_as_entity(sp, e)
                return
        known = self.known_person(name)
        if known is not None:  # «… مايك بومبيو» when NER missed him: the knowledge base knows the name
            sp.name_en, sp.wikidata, sp.label, sp.country, sp.cameo_actor = (known.name_en, known.wikidata, "PER",
                                                                          known.country or None, known.cameo or None)
            sp.entity = next((e.id for e in self.doc.entities if e.id == known.id
                              or (known.wikidata and e.wikidata == known.wikidata)), None)
            return
        _name_by_transliteration(sp, name, "PER")

    def name_bare(self, sp: Actor, done: list[_Found]) -> None:
        """A speaker named with no title and missed by NER: «وأكد فرحان حق، نائب المتحدث …» → a
        transliteration; a lone surname («ويقول نمور») → the speaker already named with it."""
        words = sp.text.split()
        titled = next((i for i, w in enumerate(words) if i >= 2 and is_person_title(w)), None)
        if titled is not None and titled <= 3:
            words = words[:titled]  # «إبراهيم الجباوي المتحدث باسم غرفة العمليات»: the name, then who he is
        if not 1 <= len(words) <= 3 or any(not_a_name_word(w) for w in words) \
                or (len(words) > 1 and letters_of(words[0]).startswith(("ال", "وال"))) \
                or letters_of(words[0]) in _BODY_NOUNS:
            return  # a name's first word has no article (a lone surname may: «الجباوي»), nor is it «وزارة»
        if head_of(sp.text) is not None or country_of(sp.text) is not None or is_person_title(sp.text):
            return
        if letters_of(words[0]) in _FORMS_OF_ADDRESS and is_person_title(" ".join(words[1:])):
            return  # «معالي وزير الخارجية»: His Excellency the minister, a title, not a name to transliterate
        if len(words) > 1 and not looks_like_a_name(words):
            return  # «بيان صادر», «موقع ويكيليكس»: words of the language, not a name to transliterate
        if len(words) == 1:
            key = letters_of(words[0])
            for d in reversed(done):
                ref = d.quote.speaker
                if ref is not None and ref.name_en and ref.label == "PER" and len(ref.text.split()) > 1 \
                        and key in {letters_of(w) for w in ref.text.split()[1:4]}:
                    _speak_as(sp, ref)
                    return
            return
        self.name_person(sp, " ".join(words))

    @staticmethod
    def name_outlet(sp: Actor, name: str) -> None:
        """A newspaper, site or channel named in marks: the knowledge base's outlet of that name («صحيفة "آي"» is
        "i", whose KB name is «صحيفة آي»), else a transliteration: «ليبرو» → Libero."""
        entry = _known_outlet(name)
        if entry is None:
            _name_by_transliteration(sp, name, "ORG")
            return
        sp.name_en, sp.aliases_en, sp.label = entry.name_en, list(entry.aliases_en), "ORG"
        sp.wikidata = entry.id if entry.id.startswith("Q") else None
        sp.country, sp.cameo_actor = entry.country or None, entry.cameo or None

    @staticmethod
    def known_person(name: str) -> KBEntry | None:
        """The knowledge base's person with exactly this Arabic name of two words or more."""
        if len(name.split()) < 2:
            return None  # «بدر» alone could be anyone
        try:
            from marsad.kb.base import lookup
            hits = lookup(name, type="PER", limit=1)
        except Exception:  # noqa: BLE001 - no KB means transliteration only, not a failure
            return None
        return hits[0] if hits else None

    def described_before(self, sp: Actor, head: str) -> str | None:
        """«وأوضحت المصادر» after «… وفق مصادر محلية»: the description of the last phrase shortly before with the
        same head noun and words of its own (`_INTRODUCED_REACH`), though no quote was told there."""
        found = self.introduced_before(sp, head)
        return found[1] if found is not None else None

    def introduced_before(self, sp: Actor, head: str) -> tuple[int, str] | None:
        """(offset, description) of the last phrase shortly before the speaker with its head noun and words of
        its own; None when the last such noun is bare."""
        if sp.start is None:
            return None
        t = self.token_at(sp.start)
        lo = self.token_at(max(0, sp.start - _INTRODUCED_REACH))
        bare = HEADS[head]
        for k in range(t - 1, lo - 1, -1):
            if word_keys(self.tokens[k].text) != [head]:
                continue
            described = describe(" ".join(self.tokens[j].text for j in range(k, min(k + 4, t))))
            return (self.tokens[k].start, described) if described not in (None, bare) else None
        return None

    def owned(self, sp: Actor, description: str | None) -> str | None:
        """«مساعدوه», «المتحدث باسمه»: "Tillerson's aides", the owner being the last person named."""
        if description is None or sp.start is None or not has_owner_pronoun(sp.text):
            return description
        owner = next((m for m in reversed(self.mentions) if m.end <= sp.start and m.entity.label == "PER"
                      and m.entity.name_en), None)
        if owner is None or owner.entity.name_en is None:
            return description
        return f"{owner.entity.name_en.split()[-1]}'s {description}"

    # ------------------------------------------------------------------ the three passes
    def find_cue_quotes(self) -> None:
        for k in range(len(self.tokens)):
            if k in self.consumed:
                continue
            cue = self.cue_of(k)
            if cue is None:
                continue
            pos = self.tokens[k].start
            if self.in_outer_marks(pos) or self.in_found(pos):
                continue
            if k > 0 and self.norm(k - 1) in _NEGATIONS:
                continue  # «لم يعلن الكرملين عن …»: nothing was said
            self.quote_from_cue(k, cue)

    def quote_from_cue(self, k: int, cue: Cue) -> None:
        si = self.sent_of[k]
        _, se = self.sentence_range(si)
        weak = cue.weak
        opener: tuple[str, int, QuotedSpan | None] | None = None
        relay_at: int | None = None
        j = k + 1
        limit = min(se, k + (20 if weak else _SCAN_LIMIT))
        while j < limit:
            tok = self.tokens[j]
            q = self.mark_opening_at(j)
            if q is not None:
                # a short quotation after the verb is a scare quote in a noun complement
                # («لم يعلن الكرملين عن توقيع "أي اتفاق"»), unless a colon announces it
                if self.quote_is_name(j, q, se) or self.words_in(q.start, q.end) < (2 if j == k + 1 else 3):
                    j = self.token_at(q.close_at + 1)
                    continue
                if weak and j > k + 2 and self.norm(j - 1) not in _SAYING:
                    return  # (but «نقلت الوكالة عن بوتين قوله "…"» quotes him)
                opener = ("quote", j, q)
                break
            if tok.text == ":":
                opener = ("colon", j, None)
                break
            if self.is_complementizer(j):
                if self.opens_another_clause(j):
                    break  # «كشفوا عن تفعيل قانون …، على الرغم من أن مسؤولا … قال إن»: not what they revealed
                opener = ("comp", j, None)
                break
            if self.is_relay(j):
                relay_at = j
                j += 1
                continue
            if cue.lemma == "نقل" and self.norm(j) == "عن":
                # «ونقلت «شروق نت» عن قائد الفرقة الرابعة … عثمان سيد أحمد، أن»: relaying, whose source's
                # title may be long
                limit = min(se, max(limit, j + _SCAN_LIMIT // 2))
            other = self.cue_of(j)
            after_relay = relay_at is not None and j - relay_at <= 3  # «حسب ما نقلت عنه الوكالة»
            if other is _HIS_SAYING_CUE:
                return  # «أشاروا إلى المخاوف التي أثارها ترامب، وقوله إنها …»: his saying is his statement
            if other is not None and not other.weak and not after_relay:
                if other.form == "participle":  # «أعلنت الوزارة فرض عقوبات … معلنة مصادرة …»
                    break
                return  # another statement begins before this cue found its content
            if tok.norm in _END_PUNCT:
                break
            j += 1
        if opener is None:
            if cue.form != "masdar":
                self.quote_from_object(k, cue, se)
            return
        kind, j, q = opener
        if cue.form == "masdar" and (kind != "comp" or j - k > 12):
            return  # «تأكيد وزير الخارجية … أن»: a verbal noun reports only a clause its agent opens with «أن»
        zone_end = relay_at if relay_at is not None else j
        speaker, speaker_end = self.speaker_after(k + 1, zone_end)
        if cue.form == "participle" and speaker is not None and (speaker.entity is None or cue.lemma in OBJECT_FIRST_LEMMAS):
            speaker, speaker_end = None, -1  # «شارحا الخلفية الاقتصادية التي …»: what a participle takes is its object
            # (and «واصفا بوتين … بأنه "مهووس"» describes the man named after it)
        if cue is _HIS_SAYING_CUE and speaker is None:
            speaker = self.possessor_before(k, _HIS_SAYING.get(self.norm(k), ("PER",)))
        if cue is _BY_STATING_CUE and speaker is None:
            speaker = self.clause_subject(k)
        fronted = k > 0 and self.norm(k - 1) in ("قد", "لقد")  # «كان السفير هولبروك قد وصف عنان بأنه …»
        if (cue.lemma in OBJECT_FIRST_LEMMAS and speaker is not None and k > 0
                and (fronted or (speaker.entity is None and self.tokens[k - 1].kind == "word"
                                 and not self.has_proclitic(k, "CONJ") and not self.has_enclitic(k)
                                 and not is_person_noun(word_keys(speaker.text)[0])))):
            # «بيد أن قاسمي وصف الطروحات الأمريكية بأنها …»: the subject stands before the verb, and what
            # follows it is what was described
            speaker, speaker_end = self.speaker_before(k), -1
        elif (cue.lemma in OBJECT_FIRST_LEMMAS and speaker is not None and kind == "comp"
              and self.stem_norm(j) == "بان" and speaker_end >= self.tokens[j - 1].end and not self.has_enclitic(k)):
            # «كما وصف الرئيس السوري بأنه "حيوان"»: the only noun phrase before «بأن» is the one described;
            # the subject was dropped, named before (but «وصفه مسؤول أميركي بأنه»: the object is the pronoun;
            # «ووصف الوزير الاتفاق بأنه تاريخي»: a title, then the thing described)
            split = self.object_after_title(k + 1, j)
            speaker = self.actor_from_span(self.tokens[k + 1].start, self.tokens[split - 1].end) if split else None
            speaker_end = self.tokens[split - 1].end if split else -1
        zone = self.describing_words(k + 1, zone_end) if speaker is not None else None
        # «نقلت الوكالة عن بوتين قوله …»: the one quoted after «عن» speaks, the subject relays
        source: Actor | None = None
        an = next((t for t in range(k + 1, zone_end) if self.norm(t) == "عن"), None)
        if cue.lemma == "نقل" and an is None and k + 1 < zone_end and self.norm(k + 1) == "عنه" \
                and (quoted := self.person_before(k)) is not None:
            # «وانتقد … ، ونقل عنه كتاب قوله إن»: «عنه» is the man the text is about, the book relays him
            source, speaker, zone = speaker, quoted, None
        if cue.lemma == "نقل" and an is not None:
            relay_actor, _ = self.speaker_after(an + 1, zone_end)
            if relay_actor is not None:
                source = speaker if speaker is not None else self.speaker_before(k)
                speaker = relay_actor
        if relay_at is not None and relay_at + 1 < j:
            lo = relay_at + 1
            while lo < j and (self.norm(lo) in ("ما", "عن", "عنه", "عنها") or self.cue_of(lo) is not None):
                lo += 1
            m = self.best_mention(self.tokens[lo].start, self.tokens[j - 1].end, skip_prep=False) if lo < j else None
            relayed = self.actor_from_mention(m) if m is not None else self.head_phrase(lo, j) if lo < j else None
            if self.norm(relay_at).removeprefix("و") == "نقلا" and relayed is not None:
                # «قال التلفزيون، نقلا عن مصادر، إن …»: the sources spoke, the television relays them
                speaker, source = relayed, speaker
                zone = None  # the words after the verb describe the relaying subject, not the sources
            elif relayed is not None:
                source = relayed  # «وأوضح بوتين حسب ما نقلت عنه الوكالة "…"»: the agency relays
        if speaker is None and k > 0 and self.norm(k - 1) in RELATIVE_PRONOUNS:
            speaker = self.antecedent(k - 1)
        same = [f for f in self.found if f.sentence == si and f.quote.end <= self.tokens[k].start
                and not (cue.form == "participle" and self.in_relative_clause(f.cue_token))]
        if speaker is None and same:
            # «قال ترامب إن الصواريخ "آتية"، لكنه عاد وقال أمس …»: the same speaker; when that one is
            # still unknown («وأضاف: "…"، مؤكدا أن …») both are resolved together afterwards
            speaker = max(same, key=lambda f: f.quote.start).quote.speaker
        elif speaker is None and cue.form == "participle":
            ss, _ = self.sentence_range(si)
            speaker = self.people_subject(ss, k)
            if speaker is None and ss < k:
                speaker = self.subject_before_relative(ss, k)
            if speaker is None and ss < k and not self.dropped_subject(ss, k):
                m = self.feminine_subject(ss, k) or self.best_mention(self.tokens[ss].start, self.tokens[k - 1].end)
                if m is not None:
                    speaker = self.actor_from_mention(m)
            if speaker is None and ss < k and (opening := self.cue_of(ss)) is not None and opening.form == "verb":
                # «وقال وزير الاقتصاد …، رائد خوري، شارحا …»: the opening verb's subject, a name NER missed
                speaker, _ = self.speaker_after(ss + 1, k)
        if speaker is None and not same and cue.form == "verb" and self.norm(k)[:1] == "ل" \
                and self.has_proclitic(k, "PREP"):
            # «ولم يكتف روحاني بذلك، إذ ذهب إلى …، بوابة الخليج، ليقول إن»: who went on «to say» is the
            # sentence's subject, not the last name before the verb
            ss, _ = self.sentence_range(si)
            subjects = self.named_free(self.tokens[ss].start, self.tokens[k].start, ("PER", "ORG"))
            if subjects:
                speaker = self.actor_from_mention(subjects[0])
            elif (speaker := self.subject_of_going(ss, k)) is not None and speaker.start is not None:
                zone = self.doc.span(speaker.start, self.tokens[k - 1].end)  # his whole title describes him
        if speaker is None and not same and cue.form == "verb" and self.has_proclitic(k, "CONJ") \
                and self.feminine_past(k) and (feminine := self.feminine_subject(self.sentence_range(si)[0], k)) is not None:
            speaker = self.actor_from_mention(feminine)
        if speaker is None and not same and cue.form == "verb":
            speaker = self.speaker_before(k)
            if speaker is not None and speaker.entity is None and zone is None and speaker.start is not None:
                # «مسؤولا رفيعا في إدارة ترامب رفض ذكر اسمه قال»: the words up to the verb describe him
                zone = self.doc.span(speaker.start, self.tokens[k - 1].end)
        # still none: a dropped pronoun subject («وأضاف: …»), resolved once every statement is known
        cue_span = self.doc.span(self.tokens[k].start, self.tokens[k].end)

        if kind == "quote" and q is not None:
            start = q.open_at
            after = self.token_at(q.close_at + 1)
            end = q.close_at + 1
            if after < se and self.tokens[after].kind == "word" and self.tokens[after].start == q.close_at + 2 \
                    and self.cue_of(after) is None:  # «وأضاف "…" وأضاف أن …»: the next statement is its own
                end = self.clause_end(after, min_tokens=0)
            self.add(self.make_quote(start, end, speaker=speaker, cue=cue_span, source=source), k, k, zone)
            return
        if kind == "colon":
            if j + 1 >= len(self.tokens):
                return
            q2 = self.mark_opening_at(j + 1)
            if q2 is not None:
                self.add(self.make_quote(q2.open_at, q2.close_at + 1, speaker=speaker, cue=cue_span, source=source),
                         k, k, zone)
            elif j + 1 < se:
                self.add(self.make_quote(self.tokens[j + 1].start, self.clause_end(j + 1), speaker=speaker,
                                         cue=cue_span, source=source), k, k, zone)
            return
        # a complementiser clause
        first = j + 1
        if self.has_enclitic(j) or cue.lemma in SUBJUNCTIVE_LEMMAS or self.norm(j) in ("مفاده", "مفادها"):
            first = j  # «أنها ستتخذ», «نفى أن تكون»: the pronoun or the particle belongs to the clause
        if first >= len(self.tokens) or first >= se:
            return
        start = self.tokens[first].start
        if cue.lemma in OBJECT_FIRST_LEMMAS and self.stem_norm(j) == "بان":
            # «وصف لافروف الادعاءات بأنها "هراء"»: the object before «بأن» is part of the statement
            known = speaker is not None and (speaker.entity is not None or self.object_after_title(k + 1, j))
            start = speaker_end if known and speaker_end > self.tokens[k].end else self.tokens[k].end
        end = self.clause_end(first)
        inner = self.inner_speech(first, end)
        if inner is not None:
            inner_speaker, inner_cue, inner_start = inner
            self.add(self.make_quote(inner_start, end, speaker=inner_speaker, cue=inner_cue, source=speaker), k, k)
            return
        self.add(self.make_quote(start, end, speaker=speaker, cue=cue_span, source=source), k, k, zone)

    def object_after_title(self, a: int, b: int) -> int | None:
        """«ووصف الوزير الاتفاق بأنه»: a person's title at token a, then a definite noun no adjective of it (no
        nisba, no participle: «الرئيس السوري», «الأمين العام»): the token where the thing described starts."""
        title = word_keys(self.tokens[a].text)
        if b - a < 2 or len(title) != 1 or not self.norm(a).startswith("ال") or not is_person_noun(title[0]):
            return None
        for t in range(a + 1, b):
            word = letters_of(self.norm(t))
            if self.tokens[t].kind != "word" or not word.startswith("ال"):
                return None
            if not (word.startswith("الم") or word.endswith(_NISBA) or word in _ADJECTIVES):
                return t  # the first definite word that describes nothing before it
        return None

    def quote_from_object(self, k: int, cue: Cue, se: int) -> None:
        """A statement as the verb's noun object, no «أن»: «أكد أمير قطر … رفض بلاده دعم الإرهاب»,
        «أعلنت وزارة الخارجية الأمريكية الأربعاء فرض عقوبات …». Only after a linked subject, so
        that «أعلن الجيش» followed by an ordinary object is not read as speech."""
        if cue.form != "verb" or cue.lemma not in NOUN_OBJECT_LEMMAS or k + 1 >= se:
            return
        if k > 0 and self.norm(k - 1).removeprefix("و") in _SUBORDINATORS:
            return  # «ومنذ أعلنت مقدونيا استقلالها»: a time clause, not a statement
        if self.has_enclitic(k):
            return  # «أعلنتها الحكومة»: the object is the pronoun
        speaker, speaker_end = self.speaker_after(k + 1, min(se, k + 12))
        if speaker is None or speaker.entity is None or speaker_end < 0:
            return
        first = self.token_at(speaker_end)
        while first < se and self.tokens[first].start < speaker_end:
            first += 1
        if first < se and self.norm(first) in _CLAUSE_PUNCT:
            return  # «أعلن محمد حمية، مرشح منطقة بعلبك …»: an apposition follows, not a statement
        while first < se and (self.norm(first) in _TIME_WORDS or self.tokens[first].kind == "punct"):
            first += 1
        # the object is a verbal noun in construct, never definite: «رفض بلاده», «فرض عقوبات»; a definite
        # word is the rest of a name the subject cut short («مصرف البحرين | المركزي»)
        if first >= se or self.norm(first).startswith("ال") or self.norm(first) in PREPOSITIONS \
                or self.has_proclitic(first, "PREP") \
                or self.cue_of(first) is not None or self.mentions_in(self.tokens[first].start, self.tokens[first].end):
            return  # «أعلنت الوزارة، بالتعاون مع …»
        end = self.clause_end(first)
        comma = next((t for t in range(first, self.token_at(end)) if self.norm(t) in _CLAUSE_PUNCT), None)
        if comma is not None:  # the object is a noun phrase: a comma closes it
            end = self.tokens[comma - 1].end
        if self.words_in(self.tokens[first].start, end) < 4:
            return
        cue_span = self.doc.span(self.tokens[k].start, self.tokens[k].end)
        self.add(self.make_quote(self.tokens[first].start, end, speaker=speaker, cue=cue_span, source=None), k, k)

    def quote_is_name(self, j: int, q: QuotedSpan, se: int) -> bool:
        """«لقناة "سكاي" أن», «بـ«عكاظ»:», «القناة الرسمية "أرت 1" أن»: a quoted name, not speech."""
        if j > 0:
            prev = self.tokens[j - 1]
            if prev.norm in NAME_NOUNS or normalize_word(prev.stem.text if prev.stem else prev.text) in NAME_NOUNS:
                return True
            if prev.text.endswith("ـ") and self.words_in(q.start, q.end) <= _NAME_AFTER_TATWEEL:
                return True  # «بـ«عكاظ»»; not «اتهم الحوثي فرنسا بـ "المساهمة في عدوان التحالف العربي"»
        if self.words_in(q.start, q.end) <= 3:
            after = self.token_at(q.close_at + 1)
            if after < se and self.norm(after) == "عن":
                return True  # «ونقلت «شروق نت» عن قائد الفرقة … أن»: the outlet that relays
            for t in range(after, min(se, after + 4)):
                if self.tokens[t].text == ":" or self.is_complementizer(t) or self.mark_opening_at(t) is not None:
                    return True
        covered = sum(min(q.end, m.end) - max(q.start, m.start) for m in self.mentions if m.start < q.end and m.end > q.start)
        return covered * 10 >= (q.end - q.start) * 6

    def inner_speech(self, first: int, end: int) -> tuple[Actor | None, Span, int] | None:
        """«ذكرت الوكالة أن كيم أعرب عن …»: Kim speaks, the agency relays."""
        stop = min(first + 6, self.token_at(end))
        for t in range(first + 1, stop):
            if self.tokens[t].kind == "punct":
                return None
            cue = self.cue_of(t)
            if cue is None:
                continue
            if cue.lemma not in INNER_SPEECH_LEMMAS or cue.form != "verb" or self.has_proclitic(t, "CONJ"):
                return None
            m = self.best_mention(self.tokens[first].start, self.tokens[t - 1].end)
            if m is None:
                # an unnamed subject only when it is one who speaks: «ذكرت الصحيفة أن مسؤولا أمريكيا قال إن»
                words = self.doc.text[self.tokens[first].start:self.tokens[t - 1].end]
                if t - first > 3 or (self.mentions and head_of(words) is None):
                    return None
                speaker = self.actor_from_span(self.tokens[first].start, self.tokens[t - 1].end)
            else:
                speaker = self.actor_from_mention(m)
            if t + 1 >= len(self.tokens):
                return None
            self.consumed.add(t)
            return speaker, self.doc.span(self.tokens[t].start, self.tokens[t].end), self.tokens[t + 1].start
        return None

    def find_relay_quotes(self, *, leading_only: bool) -> None:
        """«وفقا للكرملين، هنأ بوتين …», «… "لضمان …"، حسبما قال مكتب رئيسة الحكومة، تيريزا ماي».

        Relays that open a sentence are read before the cues (the whole sentence is relayed); the
        others after them, so that they can add their source to a statement already found."""
        for k in range(len(self.tokens)):
            if not self.is_relay(k) or self.in_outer_marks(self.tokens[k].start):
                continue
            si = self.sent_of[k]
            ss, se = self.sentence_range(si)
            # the relayed-from phrase: up to the next comma, or over it when a name follows in apposition
            a = k + 1
            while a < se and (self.norm(a) in ("عن", "ما") or self.cue_of(a) is not None):
                self.consumed.add(a)
                a += 1
            b = a
            while b < se and self.tokens[b].norm not in _END_PUNCT and self.mark_opening_at(b) is None:
                if self.tokens[b].norm in _CLAUSE_PUNCT:
                    nxt = b + 1
                    if not (nxt < se and any(m.start == self.tokens[nxt].start for m in self.mentions)):
                        break
                b += 1
            if a >= b:
                continue
            first_tok = self.tokens[a]
            stem = first_tok.stem
            ph_start = stem.start if stem is not None else first_tok.start  # «للكرملين» → «كرملين»
            # «ووفق المنظمة التي يوجد مقرها في نيويورك»: a relative clause describes the source, it is not one
            who_end = next((t for t in range(a + 1, b) if self.norm(t) in RELATIVE_PRONOUNS), b)
            ph_end = self.tokens[who_end - 1].end
            m = self.best_mention(first_tok.start, ph_end, skip_prep=False)  # «المنظمة» is named from «ال»
            relay = self.actor_from_mention(m) if m is not None else self.actor_from_span(ph_start, ph_end)
            leading = all(self.norm(t) in CLAUSE_PARTICLES or self.tokens[t].kind == "punct" for t in range(ss, k))
            if leading != leading_only:
                continue
            if leading:
                if b >= se:
                    continue
                c_start = b + 1 if self.tokens[b].norm in _CLAUSE_PUNCT else b
                if c_start >= se:
                    continue
                c_end = self.tokens[se - 1].end
                start_off = self.tokens[c_start].start
            else:
                if m is not None and relay is not None and self.relays_statement_before(si, k, a, m, relay):
                    continue
                lo = ss
                for f in self.found:
                    if f.sentence == si and f.quote.end <= self.tokens[k].start:
                        lo = max(lo, self.token_at(f.quote.end))
                start_off, c_end = self.tokens[lo].start, self.tokens[k - 1].end
            min_words = 1 if leading else 2
            if not any(q.start >= start_off and q.end <= c_end and self.words_in(q.start, q.end) >= min_words
                       for q in self.outer):
                continue
            overlapping = [f for f in self.found if f.quote.start < c_end and f.quote.end > start_off]
            if overlapping:
                for f in overlapping:
                    if f.quote.source is None:
                        f.quote.source = relay
                continue
            speaker = relay
            source = None
            if leading:
                head = self.best_mention(start_off, self.tokens[min(se - 1, self.token_at(start_off) + 6)].end)
                if head is not None and head.entity.label == "PER" \
                        and not self.mentions_in(start_off, head.start):
                    # (but «فإن الحوثيين ساقوا الجنيد»: a person after the clause's subject is no speaker)
                    speaker, source = self.actor_from_mention(head), relay
            cue_span = self.doc.span(self.tokens[k].start, self.tokens[k].end)
            self.add(self.make_quote(start_off, c_end, speaker=speaker, cue=cue_span, source=source), k,
                     zone=self.doc.span(ph_start, ph_end))

    def relays_statement_before(self, si: int, k: int, a: int, m: _MentionRef, relay: Actor) -> bool:
        """The relay at token k (its phrase from token a names `m`) right after a statement found: «…، «وقد اتفق
        الجانبان على ذلك»، حسبما أضاف ياسين» gives the marked words to the person it names, «"…"، حسبما نقلت رويترز»
        the statement its relaying agency. Whether it did either."""
        told = next((f for f in reversed(self.found) if f.sentence == si and f.quote.end <= self.tokens[k].start
                     and not self.doc.text[f.quote.end:self.tokens[k].start].strip(" ،,\"»”")), None)
        if told is None:
            return False
        if any(self.cue_of(t) is not None for t in range(k + 1, a)) and self.split_off_marked_words(told, k, relay):
            return True
        if m.entity.label == "ORG" and told.quote.source is None and told.quote.speaker is not None \
                and told.quote.speaker.entity != relay.entity:
            told.quote.source = relay
            return True
        return False

    def split_off_marked_words(self, f: _Found, k: int, speaker: Actor) -> bool:
        """«شدد السيسي على ضرورة حل الأزمة …، «وقد اتفق الجانبان على ذلك»، حسبما أضاف ياسين»: the marked words
        that close a statement, followed by «حسبما أضاف» and another person, are that person's (the statement
        before them stays its own speaker's); «حسبما نقلت رويترز» only relays. Whether the words were given."""
        q = next((q for q in self.outer if f.quote.start <= q.start and q.end <= f.quote.end + 1
                  and q.close_at < self.tokens[k].start
                  and not self.doc.text[q.close_at + 1:self.tokens[k].start].strip(" ،,")), None)
        if q is None or f.quote.speaker is None or speaker.entity is None or speaker.label != "PER" \
                or speaker.entity == f.quote.speaker.entity or self.words_in(q.start, q.end) < 3:
            return False
        cue = self.doc.span(self.tokens[k].start, self.tokens[k].end)
        end = q.open_at
        while end > f.quote.start and self.doc.text[end - 1] in _TRIM:
            end -= 1
        if self.words_in(f.quote.start, end) < 3:  # the statement is the marked words alone
            f.quote.speaker, f.quote.cue = speaker, cue
            return True
        f.quote.end, f.quote.text = end, self.doc.text[f.quote.start:end]
        self.add(self.make_quote(q.open_at, q.close_at + 1, speaker=speaker, cue=cue), k)
        return True

    def find_loose_quotes(self) -> None:
        """Quotation marks no cue claimed: partial quotes of three words or more, and colon headlines."""
        for q in self.outer:
            if self.in_found(q.start) or any(q.open_at <= f.quote.start < q.close_at for f in self.found):
                continue
            if self.words_in(q.start, q.end, arabic_only=True) < 3:
                continue  # «"H5N1"», «"أول مرة"»: a term or a scare quote
            k = self.token_at(q.open_at)
            if k >= len(self.tokens):
                continue
            si = self.sent_of[k]
            ss, se = self.sentence_range(si)
            if k > 0 and self.norm(k - 1) in _HEADED and self.words_in(q.start, q.end, arabic_only=True) >= 3 \
                    and any(letters_of(self.norm(t)).removeprefix("و").removeprefix("ب").startswith(_ARTICLES)
                            for t in range(max(ss, k - 4), k - 1)) \
                    and (outlet := self.outlet_in(ss, k)) is not None:
                # «نشرت صحيفة "ليزيكو" مقالا تحت عنوان "إسرائيل تصبح مزود غاز للعالم العربي"»: an article's
                # headline is the outlet's own words (not «مبادرة بعنوان "…"», an initiative's name)
                self.add(self.make_quote(q.open_at, q.close_at + 1, speaker=outlet, cue=None), k)
                continue
            if k > 1 and self.norm(k - 1) in _NEWS_ITEM and any(self.norm(t).lstrip("و") in _PUBLISHED
                                                                  for t in range(ss, k - 1)) \
                    and (outlet := self.outlet_in(ss, k)) is not None:
                # «نشرت صحيفة "الوطن" القريبة من النظام السوري على موقعها الإلكتروني خبر "استشهاد …"»: the news item a
                # paper published is its own words
                self.add(self.make_quote(q.open_at, q.close_at + 1, speaker=outlet, cue=None), k)
                continue
            if self.quote_is_name(k, q, se):
                continue
            first_word = self.token_at(q.start)
            if first_word < se and self.norm(first_word) in NAME_NOUNS:
                continue  # «"قوات سوريا الديمقراطية"», «"حزب العمال الكردستاني"»: a name in quotes
            cue_at = self.cue_after_close(q, se)
            if cue_at is None and (tag := self.tag_sentence_after(q, si)) is not None:
                cue_at, se = tag  # «"…موارد الطاقة … في المنطقة". تعلق الصحيفة.»: a sentence of cue and speaker
            if cue_at is not None:
                # «"التحذير التركي يزيد الأمر سوءا"، تتابع الصحيفة»: the speaker follows the quote and its cue
                speaker, _ = self.speaker_after(cue_at + 1, se)
                if speaker is not None:
                    cue = Span(self.tokens[cue_at].start, self.tokens[cue_at].end, self.tokens[cue_at].text)
                    self.add(self.make_quote(q.open_at, q.close_at + 1, speaker=speaker, cue=cue), k, cue_at)
                    continue
            speaker, zone = self.statement_owner(ss, k)
            if speaker is None:
                speaker = self.colon_source(ss, k)
            if speaker is None:
                speaker = self.relayed_by(ss, k)
            if speaker is None:
                speaker = self.issuer_of_words(ss, k)
            if speaker is None and ss < k:
                pers = self.named_free(self.tokens[ss].start, q.open_at, ("PER",))
                if pers:
                    speaker = self.actor_from_mention(pers[0])
            self.add(self.make_quote(q.open_at, q.close_at + 1, speaker=speaker, cue=None), k, zone=zone)
        self.find_headline_quote()

    def find_thus_quotes(self) -> None:
        """«رد مدروس هكذا علقت مفوضة التجارة الأوروبية على …», «زيادة الضغط … إلى الانفجار، هكذا استهل الكاتب سلامة
        كيلة مقاله»: the clause before «هكذا» and a speech verb, with no marks, is what the one named after said."""
        for k, tok in enumerate(self.tokens[:-1]):
            if tok.norm != "هكذا" or not self.says_thus(k + 1):
                continue
            ss, se = self.sentence_range(self.sent_of[k])
            end = k
            while end > ss and self.tokens[end - 1].kind == "punct" and self.tokens[end - 1].norm in _CLAUSE_PUNCT:
                end -= 1
            if end <= ss or self.tokens[end - 1].text in _QUOTE_CHARS:
                continue  # a quotation in marks is the loose quotes' («"…"، هكذا وصفت»)
            start = end - 1
            while start > ss and self.tokens[start - 1].norm not in _CLAUSE_PUNCT and self.tokens[start - 1].text != ":":
                start -= 1
            first, last = self.tokens[start].start, self.tokens[end - 1].end
            if self.words_in(first, last, arabic_only=True) < 3 or self.in_found(first) \
                    or any(first <= f.quote.start < last for f in self.found):
                continue
            # «هكذا استهل الكاتب سلامة كيلة مقاله»: what he opened is his article, no part of his name
            until = next((t for t in range(k + 2, se) if _THUS_WHAT.match(self.norm(t))), se)
            speaker, _ = self.speaker_after(k + 2, until)
            if speaker is None:
                continue
            cue = Span(self.tokens[k + 1].start, self.tokens[k + 1].end, self.tokens[k + 1].text)
            self.add(self.make_quote(first, last, speaker=speaker, cue=cue), k, k + 1)

    def find_tail_tags(self) -> None:
        """«النقابات أمهلت رئيس الحكومة الجديد أسبوعاً قبل المضي في إجراءات تصعيدية تقول الحياة»: a present speech
        verb after a clause, its speaker a named body or the paper right after it and no «أن» nor marks of its own,
        tags the clause before as that speaker's words (as press reviews write)."""
        claimed = {f.cue_token for f in self.found}
        for k in range(1, len(self.tokens)):
            cue = self.cue_of(k)
            if cue is None or cue.form != "verb" or cue.lemma not in _TAG_LEMMAS or k in claimed \
                    or self.has_proclitic(k, "CONJ") or self.has_enclitic(k) or self.norm(k)[:1] not in "يت" \
                    or self.norm(k).endswith("ون") or self.norm(k - 1).removeprefix("و") in RELATIVE_PRONOUNS:
                continue  # not «ما يقوله بورخيس», «الذين كانوا يكتبون»: what is said there is no clause before
            ss, se = self.sentence_range(self.sent_of[k])
            speaker, sp_end = self.speaker_after(k + 1, min(se, k + 1 + _TAG_SPEAKER_TOKENS))
            if speaker is not None and speaker.entity is None and not self.outlet_named(speaker) \
                    and self.norm(k + 1) not in ("فيه", "فيها") \
                    and speaker.start is not None and (name := self.outlet_named_earlier(speaker)) is not None \
                    and self.closes_clause(speaker.start + len(name)):
                # «… تقول الحياة إذا لم يتم …» after «صحيفة الحياة»: that paper
                speaker.text, speaker.end = name, speaker.start + len(name)
                self.name_outlet(speaker, name)
            elif speaker is None or (speaker.entity is None and not self.outlet_named(speaker)):
                continue
            after = self.token_at(sp_end) if sp_end >= 0 else se
            if after < se and (self.is_complementizer(after) or self.tokens[after].text == ":"
                               or self.mark_opening_at(after) is not None):
                continue  # «تقول الحياة إن …»: the cue's own statement follows
            start = k
            while start > ss and self.tokens[start - 1].norm not in _CLAUSE_PUNCT and self.tokens[start - 1].text != ":":
                start -= 1
            end = k
            while end > start and self.norm(end - 1) in _AS_SAID:
                end -= 1  # «… ليست بالأمر الهين كما يقول خالد»: «كما» joins the tag, not the words
            first, last = self.tokens[start].start, self.tokens[end - 1].end
            if start >= end or self.words_in(first, last, arabic_only=True) < _TAGGED_WORDS or self.in_found(first) \
                    or any(first <= f.quote.start < last or f.quote.start <= first < f.quote.end for f in self.found) \
                    or any(self.cue_of(t) is not None for t in range(start, k)):
                continue
            cue_span = Span(self.tokens[k].start, self.tokens[k].end, self.tokens[k].text)
            self.add(self.make_quote(first, last, speaker=speaker, cue=cue_span), k, k)

    def outlet_named_earlier(self, sp: Actor) -> str | None:
        """The first words of the speaker phrase by which the article named a paper, channel or site before
        («صحيفة الحياة», «صحيفة "الحياة"») or the knowledge base knows one: a bare «الحياة» tagging a clause is that
        paper, not "life"."""
        if sp.start is None:
            return None
        before = self.doc.text[:sp.start]
        words = sp.text.split()
        for n in range(min(3, len(words)), 0, -1):
            name = " ".join(words[:n])
            if any(f"{noun} {name}" in before or f'{noun} "{name}"' in before or f"{noun} «{name}»" in before
                   for noun in _OUTLET_NOUNS) or _known_outlet(name) is not None:
                return name  # (or a paper the knowledge base knows: «تقول الحياة» is Al-Hayat's tag)
        return None

    def closes_clause(self, offset: int) -> bool:
        """Whether the text at `offset` ends the clause: punctuation, the sentence's end, or «إذا» («… تقول الحياة
        إذا لم يتم سحب …»), not an object («يقول فيها الشعب كلمته»)."""
        rest = self.doc.text[offset:offset + 12].lstrip()
        return not rest or rest[0] in ".،,؛;:!؟?)" or rest.split()[0] in ("إذا", "اذا", "إن", "لو")

    def outlet_named(self, sp: Actor) -> bool:
        """«الصحيفة», «الصحيفة الاقتصادية»: a paper named by its noun, the last one the article named."""
        return bool(sp.text) and letters_of(sp.text.split()[0]).removeprefix("ال") in _OUTLETS

    def issuer_of_words(self, ss: int, k: int) -> Actor | None:
        """«وأعقبت كلمات روحاني تلك تحذير أطلقه وزير الخارجية الأمريكي، مايك بومبيو، … من "…"»: the quotation at
        token k is the warning (the speech, the statement) nearest before it, and its speaker who «أطلقه», «ألقاها»,
        «أدلى به»: the person or body named after that verb."""
        for t in range(k - 1, ss, -1):
            if self.norm(t) not in _ISSUING_VERBS:
                continue
            noun = t - 1 if self.norm(t - 1) not in RELATIVE_PRONOUNS or t - 2 < ss else t - 2
            if letters_of(self.norm(noun)).removeprefix("ال") not in _SPOKEN_WORDS:
                return None
            a = t + 2 if t + 1 < k and self.norm(t + 1) in ("به", "بها") else t + 1  # «أدلى به»
            b = self.head_end(a, k) if a < k else a
            m = self.best_mention(self.tokens[a].start, self.tokens[b - 1].end) if b > a else None
            return self.actor_from_mention(m) if m is not None and m.entity.label in ("PER", "ORG") else None
        return None

    def relayed_by(self, ss: int, k: int) -> Actor | None:
        """«كما تسببت بحسب الأمم المتحدة بـ "أسوأ أزمة إنسانية في العالم"»: the one a relay word names just
        before the quotation at token k."""
        for t in range(k - 1, max(ss, k - RELAY_TO_QUOTE) - 1, -1):
            if self.is_relay(t):
                m = self.best_mention(self.tokens[t].end, self.tokens[k].start, skip_prep=False)
                return self.actor_from_mention(m) if m is not None else None
        return None

    def outlet_in(self, ss: int, k: int) -> Actor | None:
        """The outlet the sentence names before token k: «صحيفة "ليزيكو"» (named by transliteration when the
        knowledge base lacks it), else the first body it names."""
        for t in range(ss, k):
            if (name := self.outlet_named_at(t)) is not None:
                end = self.token_at(self.tokens[t].end + 1)
                m = next((x for x in self.mentions if self.tokens[t].start <= x.start < self.tokens[min(k, end + 3) - 1].end
                          and x.entity.label == "ORG"), None)
                if m is not None:
                    return self.actor_from_mention(m)
                actor = Actor(name, self.tokens[t].start, self.tokens[t].end)
                self.name_outlet(actor, name)
                return actor
        bodies = self.named_free(self.tokens[ss].start, self.tokens[k].start, ("ORG",))
        return self.actor_from_mention(bodies[0]) if bodies else None

    def cue_after_close(self, q: QuotedSpan, se: int) -> int | None:
        """The speech verb right after a quotation's closing mark (a comma between): «"…"، قال المسؤول»; or after
        «هكذا» («"فريق من ورق"، هكذا وصفت صحيفة "أوليه"», «"…".. هكذا بدأ إيلون ماسك حديثه»)."""
        t = self.token_at(q.close_at + 1)
        while t < se and self.tokens[t].kind == "punct" and all(c in "،,." for c in self.tokens[t].text):
            t += 1
        if t < se - 1 and self.norm(t) == "هكذا":
            return t + 1 if t + 1 < se - 1 and self.says_thus(t + 1) else None
        return t if t < se - 1 and self.cue_of(t) is not None else None

    def says_thus(self, t: int) -> bool:
        """Whether token t, after «هكذا», is a verb of saying, opening or closing: «هكذا وصفت», «هكذا استهل»."""
        return self.cue_of(t) is not None or bool(_THUS_OPENED.match(self.norm(t)))

    def tag_sentence_after(self, q: QuotedSpan, si: int) -> tuple[int, int] | None:
        """(cue token, sentence end) when the quotation closes its sentence and the next one is only a speech verb
        and its subject: «"…". تعلق الصحيفة.», «"…". قال المسؤول.»"""
        if si + 1 >= len(self.doc.sentences):
            return None
        ns, ne = self.sentence_range(si + 1)
        between = self.doc.text[q.close_at + 1:self.tokens[ns].start] if ns < len(self.tokens) else ""
        if between.strip(" ."):  # («\n»: a new line)
            return None
        if ns + 1 < ne and self.norm(ns) == "هكذا" and self.says_thus(ns + 1):
            return ns + 1, ne  # «"…".. هكذا بدأ إيلون ماسك، مؤسس شركة تسلا، حديثه»: «thus» points back to it
        if ne - ns > _TAG_SENTENCE_TOKENS or self.cue_of(ns) is None:
            return None
        return ns, ne

    def colon_source(self, ss: int, k: int) -> Actor | None:
        """«التايمز: أردوغان "يبحث عن جائزة أكبر"», «صحيفة "آي": عفرين تستعد "لحصار طويل"»: a line that opens
        with a source and a colon (a press review's heading) quotes that source, not the person it is about."""
        colon = next((t for t in range(ss + 1, min(k, ss + 6)) if self.tokens[t].text in (":", "：")), None)
        if colon is None:
            return None
        m = self.best_mention(self.tokens[ss].start, self.tokens[colon - 1].end)
        if m is not None and m.entity.label in ("PER", "ORG"):
            return self.actor_from_mention(m)
        if (name := self.outlet_named_at(ss)) is not None:
            actor = Actor(self.doc.text[self.tokens[ss].start:self.tokens[colon - 1].end], self.tokens[ss].start,
                          self.tokens[colon - 1].end)
            self.name_outlet(actor, name)
            return actor
        return None

    def statement_owner(self, ss: int, k: int) -> tuple[Actor | None, Span | None]:
        """«نقلت تصريحات لسفير كوريا الشمالية … "…"»: whose statements the sentence quotes."""
        for t in range(ss, k):
            if self.stem_norm(t) not in _STATEMENT_NOUNS:
                continue
            a = t + 1
            if a < k and self.norm(a) in ("ل", "لـ"):
                a += 1
            owner = a if a < k and self.stem_norm(a) not in _STATEMENT_NOUNS else None
            if owner is None:
                return None, None
            b = self.head_end(owner, k)
            if self.norm(owner)[:1] == "ل":  # «لسفير»: the phrase starts after the preposition
                tok = self.tokens[owner]
                start = tok.stem.start if tok.stem is not None else tok.start
            else:
                start = self.tokens[owner].start
            if b <= owner:
                return None, None
            m = self.best_mention(start, self.tokens[b - 1].end, skip_prep=False)
            if m is not None and m.entity.label == "PER":
                return self.actor_from_mention(m), None
            zone = self.doc.span(start, self.tokens[b - 1].end)
            return self.actor_from_span(start, self.tokens[min(b, owner + 3) - 1].end), zone
        return None, None

    def _is_heading(self, s: Sentence) -> bool:
        """A line of its own, short and unpunctuated at its end: the headline or a heading in the body."""
        text = self.doc.text
        before, after = text[:s.start].rstrip(" \t"), text[s.end:].lstrip(" \t")
        return (s.is_title or (before == "" or before.endswith("\n")) and (after == "" or after.startswith("\n"))
                and s.token_end - s.token_start <= 20 and text[s.end - 1] not in ".!؟?")

    def find_headline_quote(self) -> None:
        """«ترامب: قرارنا بشأن سوريا سيصدر "قريبا جدا"», «الأمم المتحدة: 270 ألف نازح …» as a heading in the
        body: a name, a colon, the statement."""
        for s in self.doc.sentences:
            if not self._is_heading(s):
                continue
            if any(self.tokens[t].text in "-–" for t in range(s.token_start, s.token_end)
                   if self.tokens[t].start < s.start + 40 and not s.is_title):
                continue  # «لندن - «الشرق الأوسط»: دعت …»: a dateline opens the body, no heading
            toks = range(s.token_start, s.token_end)
            colon = next((t for t in toks if self.tokens[t].text == ":"), None)
            if colon is None or not (1 <= colon - s.token_start <= 4) or colon + 2 >= s.token_end:
                continue
            lo, hi = self.tokens[s.token_start].start, self.tokens[colon - 1].end
            ms = self.mentions_in(lo, hi)
            if (ms or not s.is_title) and all(m.entity.label not in ("PER", "ORG") for m in ms):
                continue  # «السعودية: وزراء الخارجية العرب يجددون …» is a dateline, «خلفية: …» a section
            if not s.is_title and any(self.tokens[colon].end <= f.quote.start < s.end for f in self.found):
                continue  # «التايمز: أردوغان "يبحث عن جائزة أكبر"»: its quoted words are the statement found
            m = self.best_mention(lo, hi, skip_prep=False)
            speaker = self.actor_from_mention(m) if m is not None else self.actor_from_span(lo, hi)
            cue = self.doc.span(self.tokens[colon].start, self.tokens[colon].end)
            self.add(self.make_quote(self.tokens[colon + 1].start, s.end, speaker=speaker, cue=cue), colon)


def extract_quotes(doc: Document) -> list[Quote]:
    """Every quotation in `doc`, sorted by position; needs tokens (entities are used when present)."""
    finder = QuoteFinder(doc)
    finder.find_relay_quotes(leading_only=True)
    finder.find_cue_quotes()
    finder.find_relay_quotes(leading_only=False)
    finder.find_loose_quotes()
    finder.find_thus_quotes()
    finder.find_tail_tags()
    finder.fill_missing_speakers()
    finder.describe_unnamed()
    quotes = sorted((f.quote for f in finder.found), key=lambda q: (q.start, q.end))
    return quotes
