"""Event extraction: triggers, negation, modality, date, and merging within an article.

Participants come from `marsad.events.participants`. An event needs a trigger and a source;
nothing is coded by default. Mentions of one event («زار» … «الزيارة» … «زيارته») are merged.
"""
from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as _dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from marsad.doc import Actor, Document, Entity, Event, Mention, Quote, Sentence, Span, TimeExpr, Token
from marsad.events.actors import (
    DEATH_NOUNS,
    MET_DEATH,
    PERPETRATOR_NAMES,
    SEAT_AFTER,
    ActorSpot,
    a_people_in_the_plural,
    accusative_group,
    build_actors,
    conjoined,
    country_actor,
    find_actor_spots,
    is_armed,
    is_armed_role,
    is_bare_demonym,
    is_collective,
    named_by_one_dual,
    names_a_newspaper,
    names_a_people,
    names_its_country,
    nisba_iso3,
    owns_the_sites,
    spot_code,
    stands_for_its_country,
    story_country,
    without_lam_or_ba,
)
from marsad.events.lexicon import (
    EventLexicon,
    Trigger,
    TriggerMatch,
    is_preposition,
    load_lexicon,
)
from marsad.events.memo import facts_found_once, once_per_document, token_starts
from marsad.events.participants import (
    BOTH_PEOPLE,
    BOTH_SIDES,
    BOUNDARY,
    CARRIED_OUT,
    CARRIED_OUT_PAST,
    CARRYING_OUT_VERBS,
    CROWD,
    DASHES,
    DEMONSTRATIVES,
    IN_EXCHANGE_FOR,
    LEADING,
    LIGHT_VERB_TITLE,
    LIGHT_VERBS,
    MANAGING_VERBS,
    NOT_AN_OBJECT_IN_ALIF,
    NOT_DUAL_ENDINGS,
    PROTESTED_AT,
    QUOTE_MARKS,
    SAYING_THAT,
    SEEKING_VERBS,
    TAKING_VERBS,
    THAT_WORDS,
    THINGS_DONE,
    TITLE_HEADS,
    TITLE_SPAN,
    VIOLENCE_ROOTS,
    WHAT_RELATIVE,
    a_victory,
    actor_group,
    adjective_of_a_governed_noun,
    aim_of_weapons,
    another_man,
    as_reported_by,
    backing,
    backs_the_act,
    bare_body_reference,
    by_means,
    can_act,
    continues_clause,
    contrast_clause_between,
    count_length,
    count_start,
    counted_before,
    counted_crowd,
    covered_by_times,
    death_noun,
    done_together,
    fights_its_state,
    find_participants,
    gender_clash,
    governed,
    has_ba,
    has_lam,
    has_object_pronoun,
    held_by,
    in_source_title,
    in_the_subjects_relative_clause,
    index_in_clause_before,
    intercepts,
    is_adjective,
    is_definite,
    is_first_person,
    is_masdar_shaped,
    is_passive,
    is_state_force,
    joined_attack_carrier,
    last_adjective_of_a_thing,
    light_verb,
    located_in,
    managed_masdar,
    names_an_accord,
    names_the_doer,
    nisba_after,
    non_state_actor,
    object_with_lam,
    only_adjectives_between,
    opens_next_clause,
    opens_quote,
    other_side,
    plural_form,
    received,
    relative_aside,
    reported_clause_start,
    saying_clause_between,
    sentence_of,
    shot_by,
    sides_after_between,
    speaks_as_i,
    spells_out_a_claim,
    state_against_armed_groups,
    strip_conj,
    that_he_before,
    thing_object,
    two_taken_up_before,
    undergone_after_kana,
    unmarked_relative_aside,
    verb_conjoined,
    word_in_clause_before,
    words_between,
)
from marsad.quotes.lexicon import SPEECH_CUES
from marsad.text import normalize_word
from marsad.text.words import RELATIVE_PRONOUNS

COMPLEMENT_WINDOW = 5  # words after a trigger where its complement may stand («وقع … اتفاقا»)
CLEARLY_NEARER = 3  # tokens by which a later dictionary row's complement must be nearer to win over an earlier row
VERB_COMPLEMENT_WINDOW = 9  # a verb's subject may stand between it and its object
PREP_COMPLEMENT_WINDOW = 12  # «وصل الرئيس الكوري الشمالي كيم جونغ أون إلى»: the subject comes between
NEGATION_WINDOW = 6
CONTEXT_SENTENCES = 8  # sentences back where an event without a date of its own takes the story's date
LIGHT_VERB_BACK = 8  # «جدد وزراء الخارجية العرب في الرياض الخميس رفضهم»: the subject and a date between

# «لم يعلن الكرملين عن توقيع أي اتفاق»: لم negates the masdar too, a few words on.
# «تقضي بعدم انسحابنا»: «عدم» behind a preposition negates as well
_NEGATORS = frozenset({"لم", "لن", "لا", "ليس", "ليست", "لسنا", "عدم", "بعدم", "لعدم", "وعدم", "دون", "بدون", "ولم",
                       "ولن", "ولا", "فلم", "فلن", "غير", "لما", "نفي", "ينفي", "نفت", "تنفي", "نفوا"})
_NEGATOR_NOT_BEFORE_NOUN = frozenset({"لا"})  # «لا سيما»: only a negator right before a verb
_NOT_ONLY = frozenset({"منذ", "فقط", "قبل", "بعد", "في", "خلال"})  # «ليس منذ … فحسب»: a time narrowed, no act denied
_EXISTENCE = frozenset({"وجود", "يوجد", "توجد"})
_FUTURE_WORDS = frozenset({"سوف", "المقرر", "المنتظر", "المتوقع", "المرتقب", "المرتقبه", "المقبل", "المقبله",
                           "القادم", "القادمه", "لن", "ولن", "الاعداد", "التحضير", "سيجري", "سيعقد",
                           "ستعقد", "تستعد", "يستعد"})
_INTENT_WORDS = frozenset({"يعتزم", "تعتزم", "ينوي", "تنوي", "يخطط", "تخطط", "يسعي", "تسعي", "يريد", "تريد",
                           "يعتزمون", "اعتزام", "نيه", "عزم", "تعهد", "يتعهد", "مستعد", "مستعده", "استعداد",
                           # «أبدت كوريا الشمالية استعدادها للتفاوض»: her readiness, theirs
                           "استعداده", "استعدادها", "استعدادهم", "استعدادهما", "مستعدون", "مستعدين", "مستعدا",
                           "يامل", "تامل", "امل", "امله", "املها", "املهم", "يرغب", "ترغب", "رغبته", "رغبتها",
                           # «أعلنت غواتيمالا وباراغواي عزمهما نقل سفارتيهما»: their resolve, their intention
                           "عزمه", "عزمها", "عزمهما", "عزمهم", "نيته", "نيتها", "نيتهما", "نيتهم"})
_TIME_OF = frozenset({"خلال", "اثناء", "عقب", "اثر", "بعد", "قبل", "منذ"})  # a clause's time: its own event
_UNREAL_THEN = frozenset({"لكنا", "لكان", "لكانت", "لكانوا", "لكنت", "لكنتم"})  # «لو …، لكان …»
_CONDITION_WORDS = frozenset({"اذا", "لو", "ان", "وان", "واذا", "حال", "شرط", "طالما", "ما لم"})
# Generic agents («مسلحون», «المتظاهرون», «قوات») act only in protest, coercion and violence.
_GENERIC_ACTOR_ROOTS = frozenset({"14", "17", "18", "19", "20"})
_EQUIPMENT = frozenset({"aircraft", "helicopters", "warships", "tanks", "warplanes", "artillery", "missiles",
                        "air defences"})
# and a young man, a man or a woman is somebody only with the nisba («شاب فلسطيني», «رجل بلغاري»; «لمطرب شاب جديد»
# is an adjective, and «قتل رجل ثلاثة أشخاص» tells of no side)
_NOBODY_WITHOUT_A_COUNTRY = _EQUIPMENT | {"young man", "young men", "man", "woman", "young woman"}
_FIRING = frozenset({"اطلق", "اطلاق"})
_VICTIMS = frozenset({"citizens", "civilians", "residents", "people", "children", "women", "victims", "prisoners",
                      "detainees", "worshippers", "pedestrians", "passengers"})
# Statements, appeals, meetings, protests and violence stand alone («نفت قطر», «ترأست راد اجتماعا», «هجوم
# انتحاري»); cooperation, demands or disapproval with nobody on the other side, in the sentence or the story
# before it («تدعمه», «تعهد»), were not read well enough to code.
_ONE_SIDED_ROOTS = frozenset({"01", "02", "04", "14", "15", "18", "19", "20"})
# An appeal (02), pledge (03), cooperation (05-08), demand (10), disapproval (11), threat (13) or sanction (16)
# is aimed at someone even when the sentence names only who acts («ندد الكرملين بالعقوبات» answers the side
# that imposed them, «دعت الخارجية السويسرية إلى "توضيح"» asks it of the state where the attack was); an appeal
# that names no one is still coded alone. A rejection (12) is aimed too: «بعد رفض موسكو تقديم تفسير» refuses the side
# that acted on Moscow, «رفض روحاني فكرة المفاوضات» the side that offered them; with no side dealt with before, a
# rejection of an idea is not coded.
_CONTEXT_TARGET_ROOTS = frozenset({"02", "03", "05", "06", "07", "08", "10", "11", "12", "13", "16"})
# «سوف يجتمعون مع رابطة اللاعبين»: a meeting names its other side; «انتهكت السيادة»: defying a norm answers no one
_NO_CONTEXT_CODES = frozenset({"036", "128", "129"})
CONTEXT_TARGET_SENTENCES = 12  # sentences back where the side last dealt with is looked for
CONTEXT_SOURCE_GAP = 8  # most tokens between a trigger and its source for the other side to come from context
# «زيارته … إلى روسيا» names where the visit told before went; an attack told paragraphs away is another one
SOURCELESS_MERGE_SENTENCES = 3
SOURCELESS_DATE_DAYS = 31  # a mention without a source dates the event it merges into when its day is this close
_DATE_RANK = {"published": 1, "context": 2, "expression": 3}  # how directly a date is told of the event
_CLAUSE_OBJECT_ROOTS = frozenset({"10", "13"})  # demands and warnings take a clause: «طالب بأن …», «حذر من أن …»
_NECESSITY = frozenset({"ضروره", "بضروره", "يجب", "ينبغي", "وجوب", "لابد"})
_DEMAND = Trigger("100", "noun", "", (), "demand (an act said to be necessary)", "marsad")
_IYYA = frozenset({"اياه", "اياها", "اياهم", "اياهما"})  # «متهمين إياها»: the object pronoun standing alone
_HOSTILE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
_BEAT = "ضرب"
_PEOPLE_BEATEN = ("CVL", "OPP", "JRN")  # protesters, people, opponents, journalists: beaten, not struck with arms
_STRUCK_WITH_ARMS = Trigger("190", "verb", _BEAT, (), "strike with arms (a state's, a body's or an army's «ضرب», or a "
                            "place struck)", "marsad")
_ACCUSE = Trigger("112", "verb", "", (), "accuse (an act of another side told in reported speech)", "marsad")
_MILITARY_ATTACK = Trigger("190", "noun", "", (), "use conventional military force (a state's forces attack)",
                           "marsad")
_CRITICISE = Trigger("111", "noun", "", (), "criticise (condemning words about another side, reported)", "marsad")
_PESSIMISTIC = Trigger("012", "verb", "", (), "make a pessimistic comment (a UN or aid body's warning)", "marsad")
_NOTES = frozenset(normalize_word(w) for w in ("مذكرة", "مذكرات", "رسالة", "رسائل", "خطاب"))  # «مذكرة احتجاج»
_BOYCOTT = Trigger("163", "verb", "", (), "impose embargo, boycott or sanctions (a blockade of a country)", "marsad")
_WARNING_LEMMAS = frozenset({"حذر", "تحذير", "محذرا"})  # warnings, not threats («هدد», «توعد»)
# «لم يعلق على»: declining to comment is a trigger only after its negator; commenting is no event
_SILENT_WHEN_NEGATED = frozenset({"علق"})
# Words that condemn what another side did: «ظالم», «مرفوض», «هراء», «باطل», «اضطهاد» (normalised, no article).
_CONDEMNING_WORDS = frozenset({"ظالم", "ظالمه", "مرفوض", "مرفوضه", "مرفوضان", "هراء", "باطل", "باطلا", "باطله",
                               "اضطهاد", "استفزاز", "استفزازي", "عدوان", "عدواني", "عدوانيه", "وحشيه", "جريمه",
                               "جرائم", "انتهاك", "انتهاكات", "خرق", "خرقا", "غطرسه", "تدخل", "تدخلا",
                               "تدخلات", "مبرره", "مبرر", "عداء", "عدائي", "عدائيه", "فاضح", "فاضحه", "شائن", "شائنه",
                               "ابتزاز", "استبدادي", "اعتداء", "اعتداءات", "افتراء", "افتراءات", "اكاذيب", "بربري",
                               "بربريه", "تحريض", "تحريضي", "تخريبي", "تخريبيه", "تضليل", "تعسفي", "تعسفيه", "خيانه",
                               "عنصري", "عنصريه", "فضيحه", "قمع", "قمعي", "قمعيه", "كاذب", "كاذبه", "كارثي", "كارثيه",
                               "مافيا", "مجازر", "مجزره", "مسيس", "مسيسه", "مشين", "مشينه", "مضلل", "مضلله", "مهزله",
                               "نفاق", "همجي", "همجيه", "وحشي", "جحيم", "فظيع", "فظيعه", "مؤامره", "مؤامرات", "مروع",
                               "مروعه", "معزول", "معزوله", "تهريب"})
_AGAINST = frozenset({"ضد", "علي", "بحق", "حق"})  # «في حق مواطنين فرنسيين»: the wrong was done to them
# «فرقة التدخل السريع»: a unit's name; «تدخله لدى الجانب السعودي»: his intercession with a side, no meddling;
# «الجريمة المنظمة»: a kind of crime, no one's
_NOT_CONDEMNING_AFTER = frozenset({"السريع", "الجراحي", "الطبي", "لدي", "المنظمه"})
# «قيود تدخل ضمن سياسة ترامب»: «تدخل» enters, it is not «تدخّل» (interference, «تدخل روسي في الملف»)
_VERB_LOOKALIKES = frozenset({"تدخل", "وتدخل"})
_ENTERS_INTO = frozenset({"ضمن", "حيز", "الي", "مرحله", "عامها", "التاريخ"})
_NEGATORS_OF_VERBS = frozenset({"لم", "لن", "ولم", "ولن"})
_INTENDED = {
    "05": Trigger("032", "verb", "", (), "express intent to provide diplomatic cooperation (promised)", "marsad"),
    "06": Trigger("031", "verb", "", (), "express intent to engage in material cooperation (promised)", "marsad"),
    "07": Trigger("033", "verb", "", (), "express intent to provide material aid (promised)", "marsad"),
    "08": Trigger("035", "verb", "", (), "express intent to yield (a release or easing promised)", "marsad"),
}
# «باعتزام قوات إماراتية مهاجمة الميناء», «ستشن هجوما»: an attack planned or announced is a threat of force (but
# «تسعى أنقرة إلى طرد المسلحين» is the aim of a fight going on)
_FORCE_THREATENED = Trigger("138", "verb", "", (), "threaten with military force (an attack planned or announced)",
                            "marsad")
_PLANS = frozenset(normalize_word(w) for w in (
    "يعتزم", "تعتزم", "اعتزام", "باعتزام", "ينوي", "تنوي", "نية", "عزم", "يخطط", "تخطط", "احتمال", "باحتمال"))
PLAN_REACH = 3  # words from the plan to the attack: «باعتزام قوات إماراتية مهاجمة»
# what one attacks in words: «هاجم … تصريحات كيري», «مواقف الحكومة», «سياسة ترامب»
_WORDS_ATTACKED = frozenset({"تصريحات", "اقوال", "تصريح", "كلام", "خطاب", "موقف", "مواقف", "سياسه", "سياسات",
                             "قرار", "قرارات", "تغريده", "تغريدات", "دعوات", "مزاعم", "اتهامات", "انتقادات",
                             # the speech the attack was made in: «شن عباس أعنف هجوم له على حماس، مستغلا كلمة ألقاها»
                             "كلمه", "كلمته", "خطابه", "مقابله", "مقابلته", "تغريدته"})
_CALLED = frozenset({"وصفه", "وصفته", "وصفها", "وصفوه", "اعتبره", "اعتبرته", "سماه", "سمته", "اسماه", "اسمته"})
# participles that go on to say what the attack was: «، متهمة إياها بالتدخل», «منتقدا», «واصفا»
_ACCUSING = frozenset(normalize_word(w) for w in (
    "متهما", "متهمة", "متهمين", "منتقدا", "منتقدة", "منتقدين", "واصفا", "واصفة", "واصفين", "محملا", "محملة"))
# what a side that bears no arms goes on to say after its «attack»: «شن هجوما على قناة الجزيرة، قائلا إن القناة
# "تتجنى"», «وشن دوتيرتي هجوما على الكويت وقال إن …»
_SAYING_AFTER = frozenset(normalize_word(w) for w in (
    "قائلا", "قائلة", "قائلين", "وقال", "وقالت", "مضيفا", "مضيفة", "معتبرا", "معتبرة"))
_VERBAL = frozenset({"لاذعا", "لاذع", "حادا", "حاد", "كلاميا", "كلامي", "اعلاميا", "شديد", "شديدا", "شخصيه",
                     "شخصيا", "كلاميه", "اعلاميه", "لاذعه", "حاده"})


VERBAL_SAYING_WORDS = 10  # tokens after the attack noun, in its sentence, where what was said follows
# an attack of arms by what it is called or how it was done: «هجوم سوسة الإرهابي», «نفذ هجوما»
_ARMED_ATTACK = frozenset(normalize_word(w) for w in (
    "الإرهابي", "الإرهابية", "إرهابي", "إرهابيا", "إرهابية", "الانتحاري", "الانتحارية", "انتحاري", "انتحاريا",
    "المسلح", "المسلحة", "مسلح", "مسلحا", "الدامي", "الدامية", "داميا", "دامية", "المميت", "المميتة"))
_CARRIED_OUT = frozenset(normalize_word(w) for w in (
    "نفذ", "نفذت", "ينفذ", "تنفذ", "نفذوا", "نفذه", "نفذها", "نفذهما", "نفذوه", "ونفذ"))


def _words_taken_up(doc: Document, i: int) -> bool:
    """«في تصريحات هاجمتها دمشق», «التصريحات التي هاجمها»: the verb's pronoun takes up words said just before it."""
    if not has_object_pronoun(doc.tokens[i].norm):
        return False
    before = [without_lam_or_ba(strip_conj(doc.tokens[j].norm)) for j in range(i - 1, max(-1, i - 3), -1)
              if doc.tokens[j].kind == "word"]
    if before and before[0] in RELATIVE_PRONOUNS:
        before = before[1:]
    return bool(before) and before[0].removeprefix("ال") in _WORDS_ATTACKED


def _verbal(doc: Document, m: TriggerMatch, i: int, source: list[ActorSpot], target: list[ActorSpot]) -> bool:
    """An «attack» in words: a scathing one («هجوما لاذعا»), or one person attacking another person. The words
    are looked for after the attack noun of a light verb («شن عباس أعنف هجوم له على حماس، مستغلا كلمة»)."""
    at = i if m.complement is None else max(i, m.complement)
    nxt = [doc.tokens[j].norm for j in range(at + 1, min(len(doc.tokens), at + 12)) if doc.tokens[j].kind == "word"]
    if any(strip_conj(w) in _ARMED_ATTACK for w in nxt[:3]) \
            or any(strip_conj(doc.tokens[j].norm) in _CARRIED_OUT for j in range(max(0, i - 2), i)):
        return False  # «سيف الدين الرزقي، الذي نفذ هجوم سوسة الإرهابي، وقال …»: a terror attack carried out
    if any(w in _VERBAL for w in nxt[:3]) or any(strip_conj(w) in _WORDS_ATTACKED for w in nxt[:10]) \
            or any(nxt[n] == "ما" and nxt[n + 1] in _CALLED for n in range(min(8, len(nxt) - 1))) \
            or any(w in _ACCUSING for w in nxt[:6]) or _words_taken_up(doc, i):
        return True  # «هجوما لاذعا», «هاجم الوزير … أقوال كيري», «هاجم بومبيو ما وصفه بجهود إيران», «شنت الرياض
        # هجوما على إيران، متهمة إياها بالتدخل»
    end = min(doc.sentences[sentence_of(doc, i)].token_end, at + 1 + VERBAL_SAYING_WORDS) if doc.sentences else at
    if source and all(s.entity is not None and s.entity.label == "PER" and not is_armed(s) for s in source) \
            and any(strip_conj(doc.tokens[j].norm) in _SAYING_AFTER or doc.tokens[j].norm in _SAYING_AFTER
                    for j in range(at + 1, end)):
        return True  # «شن الوزير هجوما على قناة الجزيرة، قائلا إن …»: what a man said was the attack (not
        # «نفي الحكومة شن أي هجمات على بلدة دوما، قائلا إن الحكومة ليس لديها أسلحة»)
    # «هاجم الرئيس التركي رجب طيب أردوغان إسرائيل», «خارجية سوريا تهاجم السعودية»: a person or a foreign
    # ministry attacks in words
    # (not «أعضاء بالفريق الأمني للرئيس التركي … هاجموا»: a plural verb's subject is not the one man; nor «قوات
    # المليشيات بقيادة جضران هاجمت»: forces he leads)
    speaker = bool(source) and (all(s.entity is not None and s.entity.label == "PER" for s in source[:1])
                                or _foreign_ministry_of(doc, source[0]))
    verb = strip_conj(doc.tokens[i].norm).removeprefix("ت").removeprefix("ي")
    # («وكان … العماد ميشال عون قد شنّ هجومًا عنيفًا على الحكومة»: a man launching an attack on a government or a
    # man, not on a place)
    launched = verb in ("شن", "شنت") and m.complement is not None and "هجوم" in doc.tokens[m.complement].norm \
        and bool(target) and all(t.entity is None or t.entity.label != "LOC" for t in target)
    # («برلماني مصري يهاجم المرزوقي»: a side that bears no arms attacking a man attacks him in words)
    person_attacked = bool(source) and bool(target) and all(t.entity is not None and t.entity.label == "PER"
                                                            for t in target) \
        and not any(is_armed(s) or is_collective(s) for s in source)
    return (speaker or person_attacked) and bool(target) and (verb in ("هاجم", "هاجمت") or launched) \
        and strip_conj(_word_before(doc, source[0].token_start)) not in LEADING


# meeting (04), pledging (03), praising or agreeing (05), cooperating (06), aiding (07) or yielding (08): no
# state or capital does these to its own people and places
_OWN_SIDE_NONSENSE = frozenset({"03", "04", "05", "06", "07", "08"})


def _cooperates_with_itself(c: Candidate, lexicon: EventLexicon) -> bool:
    """«روسيا» visiting «العاصمة الروسية», «أسمرة» meeting the Eritrean president, «طهران تدعم ظريف»: a country or
    capital as the source of a visit, meeting or cooperation whose other side is all its own is a misread subject
    («لدى زيارته», «ولقائه») or no event between sides (but rebels of its own are another side: «محادثات بين
    الحكومة اليمنية والحوثيين»)."""
    return c.match.trigger.code[:2] in _OWN_SIDE_NONSENSE and bool(c.source) and bool(c.target) \
        and all(stands_for_its_country(s, lexicon) for s in c.source) \
        and all(_same_side(t, c.source[0]) and not non_state_actor(t) for t in c.target)


def _a_state(spot: ActorSpot, lexicon: EventLexicon) -> bool:
    """«السعودية», «الإمارات» beside their coalition: a country named as itself."""
    return spot.entity is not None and names_its_country(spot.entity, lexicon)


_FOREIGN_MINISTRY_WORDS = frozenset(normalize_word(w) for w in ("خارجية", "الخارجية", "وزارة"))


def _foreign_ministry_of(doc: Document, spot: ActorSpot) -> bool:
    """«خارجية سوريا»: the state's ministry named by the word before it."""
    e = spot.entity
    return (e is not None and "Ministry" in (e.name_en or "")) or (
        spot.token_start > 0 and strip_conj(doc.tokens[spot.token_start - 1].norm) in _FOREIGN_MINISTRY_WORDS)


def _an_attack_word(doc: Document, i: int, m: TriggerMatch) -> bool:
    """«هجوم», «هاجم», «حرب», «معركة» may be fought in words; «غارات», «قصف» never are («تكثيف النظام غاراته …»)."""
    return any(stem in doc.tokens[k].norm for k in (i, m.complement) if k is not None
               for stem in ("هج", "هاجم", "حرب", "معرك"))


_FORCE_POSTURE = Trigger("150", "verb", "", (), "demonstrate military or police power (forces massing)", "marsad")


_INTENT_TO_MEET = Trigger("036", "verb", "", (), "express intent to meet (a meeting or visit announced)", "marsad")
_DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(slots=True)
class Candidate:
    """An event found in one sentence, before merging."""

    match: TriggerMatch
    token: int
    sentence: int
    source: list[ActorSpot]
    target: list[ActorSpot]
    location: ActorSpot | None
    negated: bool
    modality: str | None
    date: str | None
    date_source: str | None
    merged: list[int] = field(default_factory=list)  # trigger tokens of merged mentions
    at_thing: bool = False  # «التهديدات الإيرانية للأمن القومي»: aimed at a thing, so no side is borrowed
    claimed: int | None = None  # the trigger token of the attack a claim (015) names


def extract_events(doc: Document, lexicon: EventLexicon,
                   matches: list[list[tuple[int, TriggerMatch]]] | None = None) -> list[Event]:
    """Every well-supported event in the document, merged within the article; `matches` are the
    trigger words of each sentence when already found (`triggers_by_sentence`)."""
    with facts_found_once():
        return _extract_events(doc, lexicon, matches)


def _extract_events(doc: Document, lexicon: EventLexicon,
                    matches: list[list[tuple[int, TriggerMatch]]] | None) -> list[Event]:
    token_of = {t.start: i for i, t in enumerate(doc.tokens)}
    if matches is None:
        matches = triggers_by_sentence(doc, lexicon)
    candidates: list[Candidate] = []
    sourceless: list[Candidate] = []
    for si, sentence in enumerate(doc.sentences):
        if not matches[si] or about_sport(doc, sentence):
            continue  # «سيلتقي كاين في نصف النهائي», «استقبل لاعب ليستر»: a match is no political event
        for cand in _sentence_candidates(doc, si, sentence, lexicon, token_of, matches[si]):
            (candidates if cand.source else sourceless).append(cand)
    sourceless = _refused_acts(doc, candidates, sourceless)
    sourceless = _both_sides(doc, candidates, sourceless, lexicon, token_of)
    sourceless = _speakers_own_forces(doc, candidates, sourceless, lexicon, token_of)
    candidates.extend(_reported_accusations(doc, candidates + sourceless, token_of, lexicon))
    candidates.extend(_quoted_demands(doc, candidates + sourceless, token_of, lexicon))
    candidates.extend(_conditional_demands(doc, token_of, lexicon))
    candidates.extend(_backing_events(doc, candidates, token_of, lexicon))
    candidates.extend(_agreements_between(doc, candidates + sourceless, token_of, lexicon))
    _aim_denials(doc, candidates)
    sourceless = _claimed_attacks(doc, candidates, sourceless)
    sourceless = _what_the_strikes_hit(doc, candidates, sourceless, lexicon)
    merged = _merge_candidates(doc, candidates, sourceless)
    merged = _convening_bodies(doc, merged, lexicon, token_of)
    _decision_makers(doc, merged, lexicon, token_of)
    _accord_targets(doc, merged, lexicon, token_of)
    _context_targets(merged)
    _story_violence_targets(doc, merged, lexicon)
    _chained_condemnations(merged, lexicon)
    _opposing_group_targets(doc, merged, lexicon)
    _campaign_targets(merged, lexicon)
    _protested_sides(doc, merged, lexicon, token_of)
    _claims_aimed_as_their_attacks(doc, merged)
    _terror_condemned(doc, merged)
    merged = [c for c in merged if _has_needed_target(doc, c) and not _reported_by_media(doc, c)
              and not _cooperates_with_itself(c, lexicon) and not _civilians_travelling(c) and not _monitor_fighting(c)
              and (c.target or c.match.trigger.code[:2] in _ONE_SIDED_ROOTS or c.match.trigger is _INTENT_TO_MEET)]
    events = [_to_event(doc, i, c, lexicon) for i, c in enumerate(merged)]
    for event in events:
        if _done_to_itself(event):
            event.target = []
    for c, event in zip(merged, events):
        if not event.target and c.match.trigger.code[:2] == "14":
            event.target = _home_government(c.source, lexicon, c.location)
        elif not event.target and c.match.trigger.code[:2] in ("02", "10") and _to_all_parties(doc, c):
            event.target = _story_state(doc, lexicon)
    return events


def _done_to_itself(event: Event) -> bool:
    """«رحبت موغيريني، وزيرة الخارجية في الاتحاد الأوروبي بمحادثات السلام» → the EU: cooperation whose other side
    is the source's own person or body, and at most its country, names no other side (`_OWN_SIDE_NONSENSE`; but a
    leader may praise or pledge to his own country's people, and a state strike, arrest or accuse its own)."""
    own = {a.name_en for a in event.source if a.name_en}
    return event.cameo_root in _OWN_SIDE_NONSENSE and any(a.label != "LOC" for a in event.target) \
        and all(a.name_en in own for a in event.target)


# what a verb of threat endangers when it is no side: «يهدد وقف إطلاق النار», «تهدد استقرار المنطقة»
_THREATENED_THINGS = frozenset(normalize_word(w) for w in (
    "وقف", "الهدنة", "هدنة", "الاستقرار", "استقرار", "الأمن", "أمن", "السلام", "سلام", "الملاحة", "الملاحه", "حياة",
    "حياه", "مستقبل", "المصالح", "مصالح", "العملية", "الاتفاق", "اتفاق", "الجهود", "جهود", "وحدة", "سلامة",
    "السلامة", "المسار", "مسار", "التهدئة", "الحل", "فرص", "بقاء", "الوحدة", "السيادة", "سيادة"))


def _threatens_a_thing(doc: Document, i: int, hi: int, spots: list[ActorSpot]) -> bool:
    """«أي نشاط يهدد وقف إطلاق النار»: a verb of threat whose object right after it is a thing it endangers, no
    side to be borrowed from the story."""
    j = i + 1
    while j < hi and doc.tokens[j].text in QUOTE_MARKS:
        j += 1  # «يهدد "وقف إطلاق النار"»
    if j >= hi or any(s.token_start <= j < s.token_end for s in spots):
        return False
    return doc.tokens[i].norm[:1] in "يت" and strip_conj(doc.tokens[j].norm) in _THREATENED_THINGS


RELEASED_REACH = 5  # words from «أطلق» / «أفرج» to the «سراح» / «عن» that names whom it freed


def _releases_one_unlinked(doc: Document, i: int, hi: int, spots: list[ActorSpot]) -> bool:
    """«وأطلقت الشرطة سراح حيفتيز الأحد»: the one freed is named by a word no actor was read in (a name the linker
    does not know); the side the story dealt with last is not whom it freed."""
    for j in range(i + 1, min(hi - 1, i + RELEASED_REACH)):
        if strip_conj(doc.tokens[j].norm) in ("سراح", "عن"):
            k = j + 1
            return doc.tokens[k].kind == "word" and not doc.tokens[k].norm.startswith("ال") \
                and not is_preposition(doc.tokens[k].norm) and not any(s.token_start <= k < s.token_end for s in spots)
    return False


# «جميع الأطراف», «كافة الأطراف», «الأطراف المعنية»: every side of the story's conflict
_ALL = frozenset(normalize_word(w) for w in ("جميع", "كل", "كافة"))
_SIDES = frozenset(normalize_word(w) for w in ("الأطراف", "الاطراف", "أطراف"))


def _to_all_parties(doc: Document, c: Candidate) -> bool:
    """«حث بيسلي … جميع الأطراف على الوفاء بالتزاماتها»: an appeal to every side names them right after its subject."""
    k = _subject_end(c) + 1
    if k < len(doc.tokens) and doc.tokens[k].text in "،,":
        # past his title set off by commas: «وحث ديفيد بيسلي، المدير التنفيذي للبرنامج، جميع الأطراف»
        k = next((j + 1 for j in range(k + 1, min(len(doc.tokens), k + 1 + TITLE_SPAN + 2))
                  if doc.tokens[j].text in "،,"), k + 1)
    words = [strip_conj(doc.tokens[j].norm) for j in range(k, min(len(doc.tokens), k + 2))]
    return bool(words) and (words[0] in _SIDES or (len(words) == 2 and words[0] in _ALL and words[1] in _SIDES))


def _story_state(doc: Document, lexicon: EventLexicon) -> list[Actor]:
    """The country the story is set in, as the side that all its parties make up; [] when the story names none."""
    iso2 = story_country(doc)
    iso3 = lexicon.iso3(iso2) if iso2 else None
    if not iso3 or iso3 not in lexicon.countries:
        return []
    return [country_actor(iso3, lexicon)]


BOTH_SIDES_SENTENCES = 3  # sentences back where the event naming the two sides is looked for
BOTH_SIDES_WINDOW = 3  # words after a verb (its subject) or a noun («بين» + the dual) where the dual stands


def _both_sides(doc: Document, candidates: list[Candidate], sourceless: list[Candidate], lexicon: EventLexicon,
                token_of: dict[int, int]) -> list[Candidate]:
    """Sourceless events whose subject is «الجانبان» (the two sides) take the sides of the latest event before
    them with both a source and a target; «الدولتان» acting on a third side are the two countries named just
    before, and so are two countries meeting or agreeing when no event before names them. They join
    `candidates`; the rest are returned."""
    rest: list[Candidate] = []
    for c in sourceless:
        dual = _dual_subject(doc, c)
        people = dual in BOTH_PEOPLE  # «الزعيمان»: the two leaders of an event between persons
        ante = None if dual is None else max(
            (e for e in candidates if e.source and e.target and e.token < c.token
             and c.sentence - e.sentence <= BOTH_SIDES_SENTENCES
             and (not people or (_is_person(e.source[0]) and _is_person(e.target[0])))),
            key=lambda e: e.token, default=None)
        fight = _last_fight_between(doc, c, sourceless) if dual is not None and not people else None
        if fight is not None and (ante is None or ante.match.trigger.code[:2] != "19" or fight.token > ante.token):
            # «المواجهات المسلحة بين الحوثيين والمقاومة … بدأوا بالانسحاب من شبوة. وتشهد مدينة شبوة مواجهات مسلحة
            # بين الطرفين»: the two sides of a fight are those of the last fight told between two sides
            c.source, c.target = fight.target[:1], fight.target[1:]
            candidates.append(c)
            continue
        if ante is None and dual is not None and not people and done_together(c.match.trigger) \
                and all(_a_place(t, lexicon) for t in c.target):
            # «شهدت العلاقات بين سيول وبيونغيانغ تحسنا. والتقى زعيما البلدين في بيونغيانغ»: the two countries
            # just named met (where they met is no side)
            pair = _two_countries_before(doc, c, lexicon, token_of, met=True)
            if pair:
                c.source, c.target = pair[:1], pair[1:]
                candidates.append(c)
                continue
        if dual is not None and not people and c.target and not _between_the_two(doc, c):
            pair = _two_countries_before(doc, c, lexicon, token_of)
            if pair:  # «ومملكة البحرين حليفة للسعودية. وتتهم الدولتان إيران»: the two states just named
                if done_together(c.match.trigger):  # «واتفقتا على محاربة التنظيم»: on each other, not on the aim
                    c.source, c.target = pair[:1], pair[1:]
                else:
                    c.source = pair
                candidates.append(c)
                continue
        if ante is None:
            rest.append(c)
            continue
        if (c.target or (people and c.match.trigger.code[:2] in _AIMED_AT_A_THIRD)) and not _between_the_two(doc, c) and not done_together(c.match.trigger) \
                and not {t.key for t in c.target} & _merge_keys(ante.source + ante.target):
            # «التقى الوزيران … وتتهم الدولتان إيران»: both sides; «تشاور ترامب مع ماي وقد ندد الزعيمان بالهجمات»:
            # the two leaders condemned, whoever the condemnation is aimed at
            c.source = list(ante.source) + list(ante.target)
        else:
            c.source, c.target = list(ante.source), list(ante.target)  # «اتفق الجانبان»: each on the other
        candidates.append(c)
    if len(rest) < len(sourceless):
        candidates.sort(key=lambda e: e.token)
    return rest


# condemning, rejecting, threatening: acts the two leaders of a meeting do together at a third side, never at
# each other as they would agree or hope («وأعرب الزعيمان عن أملهما»)
_AIMED_AT_A_THIRD = frozenset({"11", "12", "13", "16", "17"})


REFUSED_ACT_GAP = 2  # tokens from a refusal's subject to the masdar of the act refused: «رفضت طالبان إجراء»


def _refused_acts(doc: Document, candidates: list[Candidate], sourceless: list[Candidate]) -> list[Candidate]:
    """«ورفضت طالبان إجراء محادثات مباشرة مع كابول», «ورفض بوتين زيارة دمشق»: the act a refusal names right
    after its subject was not done; the side it would have been done with is whom the refusal is aimed at.
    The refused act is no event of its own (nor a mention of one told elsewhere); the rest are returned."""
    refused: set[int] = set()
    for c in candidates:
        if c.match.trigger.code[:2] != "12" or c.match.trigger.kind != "verb" or c.target or not c.source:
            continue
        end = max([c.token + 1] + [s.token_end for s in c.source if s.token_start > c.token])
        act = next((a for a in sourceless if a.sentence == c.sentence and a.match.trigger.kind == "noun"
                    and 0 <= a.token - end < REFUSED_ACT_GAP and a.target and a.token not in refused), None)
        if act is not None:
            c.target = [t for t in act.target if t.key not in {s.key for s in c.source}]
            refused.add(act.token)
    return [a for a in sourceless if a.token not in refused]


_DEMANDING = "طالب"
_CHARGING = frozenset({"اتهم", _DEMANDING})  # verbs whose object stands right before a «بـ» complement


def _object_named_after(doc: Document, i: int, m: TriggerMatch, source: list[ActorSpot], target: list[ActorSpot],
                        lo: int, hi: int, spots: list[ActorSpot]) -> bool:
    """Whether the side read as the subject of the verb at i is its object, named right after it (past a head
    title): before a charge («واتهم حماس بالإقدام», past a relative clause on it), or before «بأنه» of a
    description; not a plural in «ـون», which is a subject («ويطالب المحتجون بتغيير النهج»)."""
    if not source or not _right_after_the_verb(doc, i, source[0].token_start) \
            or doc.tokens[source[0].token_end - 1].norm.endswith("ون"):
        return False
    end = source[-1].token_end
    if m.trigger.lemma in _CHARGING:
        charge = end
        while charge < min(hi, end + 2) and doc.tokens[charge].norm.startswith("ال") \
                and not is_preposition(doc.tokens[charge].norm):
            charge += 1  # «قوات النظام»: the words that end the unnamed side
        while charge < hi and strip_conj(doc.tokens[charge].norm) in _OFTEN:
            charge += 1  # «ومنذ بدء النزاع اتهمت قوات النظام مرارا باستخدام أسلحة كيميائية»: it was accused
        return (_charge_at(doc, charge) or _charge_past_relative(doc, end, hi, spots)) \
            and all(t.token_start > end for t in target)
    return m.trigger.lemma in _DESCRIBING and _described_alone(doc, i, source, opening=False) \
        and all(t.token_start < lo or t.token_start > end for t in target)


def _side_before_in_clause(doc: Document, i: int, lo: int, spots: list[ActorSpot]) -> bool:
    """Whether a side stands between the verb at i and the comma (or sentence start) before it: its subject."""
    start = next((j + 1 for j in range(i - 1, lo - 1, -1) if doc.tokens[j].text in "،,"), lo)
    return any(start <= s.token_start < i for s in spots)


# adverbs of how often or when, between the one charged and the charge: «اتهمت قوات النظام مرارا باستخدام»
_OFTEN = frozenset(normalize_word(w) for w in ("مرارا", "سابقا", "مجددا", "أيضا", "كذلك", "دائما", "علنا", "رسميا",
                                               "مرة", "أمس"))
_CLAIM = "015"
CLAIMED_ATTACK_GAP = 3  # tokens from a claim («تبنى», or its «مسؤوليتها») to the attack: «مسؤوليتها عن الهجوم»


def _claimed_by_anyone(doc: Document, claim: Candidate) -> bool:
    """«لم تعلن أي جهة مسؤوليتها», «ولم يتبن أحد الهجوم»: the claim's subject is anyone at all."""
    words = [doc.tokens[j].norm for j in range(claim.token + 1, min(len(doc.tokens), claim.token + 3))]
    return bool(words) and (words[0] in _ANYONE or (words[0] in _YET and len(words) > 1 and words[1] in _ANYONE))


_YET = frozenset(normalize_word(w) for w in ("بعد", "حتى", "حتي"))  # «لم تعلن بعد أي جهة»
_ANYONE = frozenset(normalize_word(w) for w in ("أي", "أحد", "اي", "احد"))
VOS_CLAIMER_GAP = 4  # tokens from the attack claimed to the claimer named after it: «تبنت الهجوم حينها حركة»


def _claimed_attacks(doc: Document, candidates: list[Candidate], sourceless: list[Candidate]) -> list[Candidate]:
    """«وأعلنت حركة طالبان مسؤوليتها عن الهجوم على القوات الأفغانية»: the attack a claim names was carried out
    by the claimer, and a claim with no side of its own is aimed at whom (or where) that attack struck; «وتبنت
    الهجوم حركة طالبان»: named after the attack, the claimer is no side it struck. Claims and attacks given a
    source join `candidates`; the rest are returned."""
    rest = list(sourceless)
    for c in [c for c in candidates + sourceless if c.match.trigger.code == _CLAIM]:
        if _claimed_by_anyone(doc, c):
            (candidates if c in candidates else rest).remove(c)  # «لم تعلن أي جهة مسؤوليتها»: no one claimed it
            continue
        after = c.match.complement if c.match.complement is not None else c.token
        attack = min((a for a in candidates + rest if a.sentence == c.sentence
                      and a.match.trigger.code[:2] in VIOLENCE_ROOTS and c.token < a.token
                      and a.token - after <= CLAIMED_ATTACK_GAP), key=lambda a: a.token, default=None)
        told_after = c.target + (attack.target if attack is not None else [])
        if after == c.token + 1 and (claimer := [t for t in told_after if 0 < t.token_start - after <= VOS_CLAIMER_GAP
                                                 and not is_preposition(_word_before(doc, t.token_start))]):
            # «وتبنت الهجوم حينها حركة طالبان باكستان»: the attack claimed first, then who claimed it
            c.source, c.target = claimer[:1], [t for t in c.target if t.key != claimer[0].key]
        if not c.source:
            continue
        for event in (c, attack):
            if event is not None and event in rest:
                rest.remove(event)
                candidates.append(event)
        if attack is None:
            continue
        claimers = {s.key for s in c.source}
        if attack in sourceless or claimers & {t.key for t in attack.target}:
            attack.source = list(c.source)
            attack.target = [t for t in attack.target if t.key not in claimers]
        c.claimed = attack.token
    if len(rest) < len(sourceless):
        candidates.sort(key=lambda e: e.token)
    return rest


def _claims_aimed_as_their_attacks(doc: Document, merged: list[Candidate]) -> None:
    """A claim with no side of its own is aimed at whom (or where) the attack it claims struck, as the attack
    stands once every mention of it is merged («تبنى التنظيم اعتداء تسبب بمقتل أربعة سياح»), where a sentence
    telling the claim or the attack names them (not a side the story lends the attack)."""
    for c in merged:
        if c.claimed is None or c.target:
            continue
        attack = next((a for a in merged if a.token == c.claimed or c.claimed in a.merged), None)
        if attack is None:
            continue
        told_in = [doc.sentences[si] for si in {c.sentence, attack.sentence} | {
            sentence_of(doc, k) for k in attack.merged}]
        struck = attack.target or ([attack.location] if attack.location is not None else [])
        c.target = [t for t in struck if any(sentence.start <= t.start < sentence.end for sentence in told_in)]


# «الهجوم الإرهابي», «التفجير الانتحاري», «العمل الإرهابي»: an attack its adjective calls terror, by no side named
_TERROR_ATTACKS = frozenset(normalize_word(w) for w in (
    "هجوم", "هجمات", "اعتداء", "اعتداءات", "تفجير", "تفجيرات", "عمل", "عملية", "أعمال", "عمليات"))
_TERROR_ADJECTIVES = frozenset(normalize_word(w) for w in (
    "الإرهابي", "الإرهابية", "الإرهابيين", "إرهابي", "إرهابية", "الانتحاري", "الانتحارية", "انتحاري", "انتحارية",
    "الدامي", "الدامية", "دامي", "دامية"))
CONDEMNED_ATTACK_WORDS = 5  # words from a condemnation to the attack it condemns: «أدانت … بأشد العبارات الهجوم»


def _shot_while_protesting(doc: Document, i: int, si: int, source: list[ActorSpot], told: list[Candidate]
                           ) -> Candidate | None:
    """The violent act told before the protest at i in its sentence whose doer is the protest's source and whose
    victims are unarmed, when «ـهم» on the protest («أثناء تظاهرهم») or a protest already read as the victims'
    takes them up: «وقتل 62 فلسطينيا برصاص الجيش الإسرائيلي أثناء تظاهرهم … احتجاجا على نقل السفارة»."""
    keys = {x.key for x in source}
    shot = next((c for c in reversed(told) if c.sentence == si and c.token < i
                 and c.match.trigger.code[:2] in VIOLENCE_ROOTS and c.target and not any(map(is_armed, c.target))
                 and {x.key for x in c.source} == keys), None)
    if shot is None:
        return None
    victims = {x.key for x in shot.target}
    if strip_conj(doc.tokens[i].norm).endswith(("هم", "هن")) or any(
            c.sentence == si and shot.token < c.token and c.match.trigger.code[:2] == "14"
            and {x.key for x in c.source} == victims for c in told):
        return shot
    return None


def _terror_condemned(doc: Document, merged: list[Candidate]) -> None:
    """«وأدانت وزارة الخارجية المصرية بأشد العبارات الهجوم الإرهابي في مانشستر»: a condemnation of a terror attack
    whose doer no one names is aimed at its unnamed attackers (the annotators' "attackers", "terrorists"), named
    by the attack's own words."""
    for c in merged:
        if c.target or not c.source or c.match.trigger.code[:2] != "11" or c.negated:
            continue
        end = doc.sentences[c.sentence].token_end
        start = max([c.token + 1] + [s.token_end for s in c.source if s.token_start > c.token])  # past a subject after it
        words = [k for k in range(start, end) if doc.tokens[k].kind == "word"][:CONDEMNED_ATTACK_WORDS + 1]
        for n, k in enumerate(words[:-1]):
            head = without_lam_or_ba(strip_conj(doc.tokens[k].norm)).removeprefix("ال")
            if head in _TERROR_ATTACKS and strip_conj(doc.tokens[words[n + 1]].norm) in _TERROR_ADJECTIVES:
                tok, adjective = doc.tokens[k], doc.tokens[words[n + 1]]
                c.target = [ActorSpot(k, words[n + 1] + 1, tok.start, adjective.end, None, ("attackers", "UAF"))]
                break


DESCRIBING_VERB_GAP = 3  # words from an indefinite attack noun to the verb describing it: «غارات عدة استهدفت»


def _what_the_strikes_hit(doc: Document, candidates: list[Candidate], sourceless: list[Candidate],
                          lexicon: EventLexicon) -> list[Candidate]:
    """«نفذت مقاتلات التحالف غارات عدة استهدفت تجمعات للمليشيات الحوثية في صعدة»: a sourceless strike verb right
    after an indefinite attack noun describes it, and the side it names (or the capital) is what those strikes hit. It becomes a
    mention of the noun's event; the rest are returned."""
    rest: list[Candidate] = []
    for c in sourceless:
        noun = None
        if c.match.trigger.kind == "verb" and c.match.trigger.code[:2] in VIOLENCE_ROOTS and c.target \
                and not all(_a_place(t, lexicon) and not stands_for_its_country(t, lexicon) for t in c.target):
            # («إطلاق الحوثيين لصاروخ بالستي استهدف الرياض»: a capital struck stands for its state, a side)
            noun = next((n for n in candidates if n.sentence == c.sentence and n.match.trigger.kind == "noun"
                         and n.match.trigger.code[:2] in VIOLENCE_ROOTS and n.token < c.token
                         and not is_definite(doc.tokens[n.token]) and all(_a_place(t, lexicon) for t in n.target)
                         and words_between(doc, n.token, c.token) <= DESCRIBING_VERB_GAP
                         and not any(doc.tokens[j].kind == "punct" for j in range(n.token + 1, c.token))), None) \
                or next((n for n in candidates if n.sentence == c.sentence and n.match.trigger.kind == "noun"
                         and n.match.trigger.code[:2] in VIOLENCE_ROOTS and c.token < n.token
                         and all(t.entity is not None and t.entity.label == "LOC" for t in n.target)
                         and _means_of(doc, c, n)), None)
            # («واستهدف جنود فرنسيون بهجوم انتحاري»: the passive verb's side is what the attack after «بـ» hit)
        if noun is None:
            rest.append(c)
            continue
        keys = {x.key for x in noun.source + noun.target}
        noun.target = [t for t in c.target if t.key not in keys] + noun.target
        noun.merged.append(c.token)
    return rest


def _means_of(doc: Document, verb: Candidate, noun: Candidate) -> bool:
    """The attack noun, behind «بـ», comes right after the verb's side (past its nisba) with nothing else between."""
    ends = [t.token_end for t in verb.target if t.token_start > verb.token]
    if not ends or not doc.tokens[noun.token].norm.startswith("ب"):
        return False
    return all(is_adjective(doc.tokens[j]) for j in range(max(ends), noun.token))


OWN_FORCES_GAP = 4  # words from the forces to the trigger: «أن القوات نفذت 18 غارة»


def _speakers_own_forces(doc: Document, candidates: list[Candidate], sourceless: list[Candidate],
                         lexicon: EventLexicon, token_of: dict[int, int]) -> list[Candidate]:
    """«قال الجيش الإسرائيلي إن الطائرات نفذت غارات على مواقع حماس», «كشفت مصادر في التحالف أن القوات نفذت
    18 غارة»: forces of no side that an armed speaker tells of striking are its own. Sourceless violence quoted
    from such a speaker takes it as source and joins `candidates`; the rest are returned.

    Only an armed speaker: a health ministry or a monitor telling of «الطائرات» tells of the other side's."""
    if not doc.quotes:
        return sourceless
    rest: list[Candidate] = []
    for c in sourceless:
        speaker = _armed_speaker(doc, c, lexicon, token_of) if c.match.trigger.code[:2] in _FORCE_ROOTS else None
        if speaker is None:
            rest.append(c)
            continue
        c.source = [speaker]
        c.target = [t for t in c.target if not _same_side(t, speaker)]
        candidates.append(c)
    for c in candidates:
        if len(c.source) == 1 and _forces_of_no_side(c.source[0]) and c.match.trigger.code[:2] in _FORCE_ROOTS \
                and (speaker := _armed_speaker(doc, c, lexicon, token_of)) is not None:
            c.source = [speaker]  # «أن القوات نفذت 18 غارة»: the light verb's subject is the speaker's forces
            c.target = [t for t in c.target if not _same_side(t, speaker)]
    if len(rest) < len(sourceless):
        candidates.sort(key=lambda e: e.token)
    return rest


_FORCE_ROOTS = frozenset({"18", "19", "20"})


def _forces_of_no_side(spot: ActorSpot) -> bool:
    """«الطائرات», «القوات»: armed forces the text does not say whose they are (not «مسلحين», gunmen, who are no
    state's forces: «قال الجيش التركي إن مسلحين أكرادا قتلوا اثنين من جنوده»)."""
    return spot.entity is None and not spot.country and is_armed(spot) and not spot_code(spot).endswith(_OUTSIDE_THE_STATE)


def _armed_speaker(doc: Document, c: Candidate, lexicon: EventLexicon, token_of: dict[int, int]) -> ActorSpot | None:
    """The armed speaker of the quote the trigger stands in, when the quote's subject before the trigger is forces
    of no side («الطائرات», «القوات»); else None."""
    offset = doc.tokens[c.token].start
    q = next((q for q in doc.quotes if q.start <= offset < q.end and q.speaker is not None), None)
    if q is None or q.speaker is None:
        return None
    sentence = doc.sentences[c.sentence]
    spots = find_actor_spots(doc, sentence.token_start, sentence.token_end, lexicon, token_of)
    forces = next((s for s in reversed(spots) if s.token_end <= c.token and doc.tokens[s.token_start].start >= q.start
                   and words_between(doc, s.token_end - 1, c.token) <= OWN_FORCES_GAP), None)
    if forces is None or not _forces_of_no_side(forces):
        return None
    if c.match.trigger.code == "1823" and c.match.trigger.kind == "verb":
        return None  # «أكد الجيش أن جنديين قتلا»: soldiers before a killing verb are who was killed, not who killed
    speaker = _quote_speaker_spot(doc, q, token_of)
    if speaker is None and q.speaker.start is not None:  # «مصادر في التحالف»: the body the sources speak for
        ts = token_of.get(q.speaker.start)
        speaker = next((s for s in spots if ts is not None and s.token_start <= ts < s.token_end), None)
    return speaker if speaker is not None and speaker.entity is not None and is_armed(speaker) else None


def _last_fight_between(doc: Document, c: Candidate, sourceless: list[Candidate]) -> Candidate | None:
    """For a fight «بين الطرفين», the last fight before it, a few sentences back, told «بين» two sides (which, having
    no subject, were all read as its targets)."""
    if c.match.trigger.code[:2] != "19" or not _between_the_two(doc, c):
        return None
    return max((e for e in sourceless if e.token < c.token and e.match.trigger.code[:2] == "19"
                and c.sentence - e.sentence <= BOTH_SIDES_SENTENCES and len({t.key for t in e.target}) >= 2
                and any(word == "بين" for _, word in _words_after(doc, e))), key=lambda e: e.token, default=None)


def _between_the_two(doc: Document, c: Candidate) -> bool:
    """«المباحثات بين الرئيسين … في ليبيا»: the dual after «بين» names those who met; what follows is a topic."""
    return any(norm in BOTH_SIDES and before == "بين" for before, norm in _words_after(doc, c))


def _words_after(doc: Document, c: Candidate) -> list[tuple[str, str]]:
    """(the word before, the word) for the first BOTH_SIDES_WINDOW words after the trigger, conjunctions off."""
    sentence = doc.sentences[c.sentence]
    words = [strip_conj(doc.tokens[j].norm) for j in range(c.token + 1, sentence.token_end)
             if doc.tokens[j].kind == "word"][:BOTH_SIDES_WINDOW]
    return list(zip(["", *words], words))


def _two_countries_before(doc: Document, c: Candidate, lexicon: EventLexicon,
                          token_of: dict[int, int], met: bool = False) -> list[ActorSpot]:
    """The last two countries named before the trigger, in its sentence or the one before, other than the side
    acted on; [] unless there are two. Two sides that `met` may be named by their capitals, and the place they
    met in is no side acted on."""
    a_country = stands_for_its_country if met else (lambda s, lex: names_its_country(s.entity, lex))
    targets = set() if met else {t.side for t in c.target if t.side}
    found: list[ActorSpot] = []
    for si in range(c.sentence, max(-1, c.sentence - 2), -1):
        sentence = doc.sentences[si]
        spots = [s for s in find_actor_spots(doc, sentence.token_start, sentence.token_end, lexicon, token_of)
                 if s.token_end <= c.token and s.entity is not None and a_country(s, lexicon)]
        for s in reversed(spots):
            if s.side not in targets and s.side not in {f.side for f in found}:
                found.append(s)
            if len(found) == 2:
                return found[::-1]
    return []


def _is_person(spot: ActorSpot) -> bool:
    return spot.entity is not None and spot.entity.label == "PER"


def _dual_subject(doc: Document, c: Candidate) -> str | None:
    """«اتفق الجانبان على», «خلال لقاء الزعيمين», «الاتفاق بين البلدين»: the dual right after the trigger; or
    the subject of the light verb before a verbal noun («ولم يعقد الجانبان أي مفاوضات»)."""
    for n, (before, norm) in enumerate(_words_after(doc, c)):
        if norm in BOTH_SIDES and (c.match.trigger.kind != "noun" or n == 0 or before == "بين"):
            return norm
    if c.match.trigger.kind == "verb" and strip_conj(doc.tokens[c.token].norm).endswith("ا") \
            and not strip_conj(doc.tokens[c.token].norm).endswith(NOT_DUAL_ENDINGS):
        # «وأورد البيان أن الرئيسين «تشاورا»: the dual named first, the verb dual (a quotation mark may part them)
        j = c.token - 1
        while j > doc.sentences[c.sentence].token_start and doc.tokens[j].kind == "punct" \
                and doc.tokens[j].text in QUOTE_MARKS:
            j -= 1
        if j >= doc.sentences[c.sentence].token_start and doc.tokens[j].kind == "word" \
                and (strip_conj(doc.tokens[j].norm) in BOTH_SIDES
                     or (done_together(c.match.trigger) and two_taken_up_before(doc, c.token))):
            return strip_conj(doc.tokens[j].norm)  # («وأنهما تباحثا»: the two of the call just told)
    if c.match.trigger.kind == "noun":
        start = doc.sentences[c.sentence].token_start
        words = [strip_conj(doc.tokens[j].norm) for j in range(max(start, c.token - 4), c.token)
                 if doc.tokens[j].kind == "word"]
        for k in range(1, len(words)):
            verb = words[k - 1]
            if words[k] in BOTH_SIDES and (verb in LIGHT_VERBS or (verb[:1] == "ي" and "ت" + verb[1:] in LIGHT_VERBS)):
                return words[k]
    return None


def is_medium(spot: ActorSpot) -> bool:
    """A newspaper, channel or agency (CAMEO …MED), or the media as a whole («وسائل الإعلام»)."""
    if spot.entity is None:
        return spot.generic is not None and spot.generic[1].endswith("MED")
    return (spot.entity.cameo or "").endswith("MED")


def _is_monitor(spot: ActorSpot) -> bool:
    """«المرصد السوري لحقوق الإنسان»: an observatory counts what happened; it reports, like a medium."""
    return spot.entity is not None and spot.entity.label == "ORG" \
        and normalize_word(spot.entity.name_ar or spot.entity.text).startswith("المرصد")


MONITOR_TITLE_CHARS = 30  # characters before a man's name where his observatory's title stands: «مدير المرصد»


def _monitors_man(doc: Document, spot: ActorSpot) -> bool:
    """«قال مدير المرصد رامي عبد الرحمن إن …», «قال رامي عبدالرحمن مدير المرصد …»: the head of an observatory
    counts what happened, like it."""
    if spot.entity is None or spot.entity.label != "PER":
        return False
    return any("المرصد" in doc.text[max(0, m.start - MONITOR_TITLE_CHARS):m.start]
               or "المرصد" in doc.text[m.end:m.end + MONITOR_TITLE_CHARS] for m in spot.entity.mentions)
    # («رامي عبدالرحمن مدير المرصد السوري»: or his title after his name)


def _counts_casualties(spot: ActorSpot) -> bool:
    """«قالت وزارة الصحة في قطاع غزة إن فلسطينيا قتل … برصاص الجيش الإسرائيلي»: a health ministry counts the dead
    and wounded, like an observatory; it accuses no one."""
    return spot.entity is not None and spot.entity.label == "ORG" \
        and "الصحه" in normalize_word(spot.entity.name_ar or spot.entity.text)


# titles of a man who reports the news: «الناشط الإعلامي», «مراسل», «الصحفي»
_REPORTERS_TITLES = ("الناشط الإعلامي", "ناشط إعلامي", "الناشط الاعلامي", "مراسل", "الصحفي", "الصحافي")


def _reporting_man(doc: Document, spot: ActorSpot) -> bool:
    """«وأفاد الناشط الإعلامي وسيم سعد، بأن القوات النظامية استهدفت المدينة»: a media activist or a correspondent
    tells what happened, like a channel; he accuses no one."""
    if spot.entity is None or spot.entity.label != "PER":
        return False
    return any(title in doc.text[max(0, spot.start - MONITOR_TITLE_CHARS):spot.start] for title in _REPORTERS_TITLES)


# words of the news media a country's nisba may qualify: «وسائل إعلام سورية», «التلفزيون الإيراني الرسمي»
_MEDIA_HEADS = frozenset(normalize_word(w) for w in (
    "إعلام", "الإعلام", "التلفزيون", "تلفزيون", "التلفزة", "الإذاعة", "إذاعة", "الصحف", "صحف", "الصحافة", "صحافة",
    "الأنباء", "أنباء", "قناة", "القناة", "قنوات", "القنوات", "وكالة", "الوكالة"))
_STATE_WORDS = frozenset(normalize_word(w) for w in ("الرسمي", "الرسمية", "رسمية", "الحكومي", "الحكومية", "حكومية"))


# one's own men, with the pronoun of the side that lost them: «مقتل ثمانية من جنوده»
_OWN_MEMBERS = frozenset(stem + pronoun for stem in (
    "جنود", "عناصر", "افراد", "منتسبي", "مقاتلي", "رجال", "ضباط", "موظفي", "مواطني", "رعايا")
    for pronoun in ("ه", "ها", "هم", "نا"))
OWN_MEMBERS_REACH = 4  # words after a killing where «من جنوده» names whose men died


def _own_members_after(doc: Document, i: int, hi: int) -> bool:
    """«مقتل ثمانية من جنوده», «مقتل جنديين من عناصرها»: the dead are the subject's own men."""
    words = [j for j in range(i + 1, min(hi, i + 2 * OWN_MEMBERS_REACH)) if doc.tokens[j].kind in ("word", "number")]
    return any(strip_conj(doc.tokens[j].norm) == "من" and k + 1 < len(words)
               and doc.tokens[words[k + 1]].norm in _OWN_MEMBERS
               for k, j in enumerate(words[:OWN_MEMBERS_REACH]))


def _media_of(doc: Document, spot: ActorSpot) -> bool:
    """«وسائل إعلام سورية», «الإعلام الرسمي السوري»: a country named by its nisba after a media word is the media."""
    if not (spot.country or (spot.entity is not None and spot.entity.label == "LOC")):
        return False
    k = spot.token_start - 1
    while k >= 0 and strip_conj(doc.tokens[k].norm) in _STATE_WORDS:
        k -= 1
    return k >= 0 and strip_conj(doc.tokens[k].norm) in _MEDIA_HEADS


_GOING_BY_THE_NAME = frozenset(normalize_word(w) for w in (  # («تُدعى» folds to «تدعى»)
    "تدعى", "يدعى", "المدعو", "المدعوة", "اسمه", "اسمها"))


def _called_by_name(doc: Document, spot: ActorSpot, name: ActorSpot) -> bool:
    """«شابة بريطانية تدعى آنا كامبل»: the name follows the spot and a word of calling, so both are one person."""
    k = spot.token_end
    return k < len(doc.tokens) and doc.tokens[k].norm in _GOING_BY_THE_NAME and name.token_start == k + 1


def _monitor_fighting(c: Candidate) -> bool:
    """«أعلن المرصد السوري أنه سقطت قذائف عدة أطلقتها الفصائل المقاتلة …»: an observatory counts the violence it
    reports; it never carries it out."""
    return c.match.trigger.code[:2] in VIOLENCE_ROOTS and bool(c.source) and all(_is_monitor(s) for s in c.source)


def _unnamed_sources(doc: Document, spot: ActorSpot) -> bool:
    """«مصادر يمنية مطلعة», «مصادر محلية في أبين», «مصدر أمني عراقي»: the speaker is a source the news is told by,
    named only by its country or place (or the words «مصادر محلية» stand for the country themselves)."""
    words = [strip_conj(doc.tokens[j].norm) for j in range(max(0, spot.token_start - SOURCE_WORDS), spot.token_start + 1)
             if doc.tokens[j].kind == "word"]
    return any(w in _SOURCES for w in words) and (spot.entity is None or spot.entity.label == "LOC")


SOURCE_WORDS = 3  # words from «مصادر» to the country or place that describes them («مصادر محلية في أبين»)
_SOURCES = frozenset(normalize_word(w) for w in ("مصادر", "المصادر", "مصدر", "المصدر"))


def _reported_by_media(doc: Document, c: Candidate) -> bool:
    """«صحيفة كوريا تايمز … ترحب», «تلفزيون المسيرة … يستهدف»: a paper or channel whose name stands where
    the actor would is the one reporting the act; outside statements and accusations it acts in nothing (but its
    publisher or editor acts: «حث ناشر صحيفة نيويورك تايمز … ترامب»); and a meeting with a medium alone is an
    interview."""
    media = [s for s in c.source if is_medium(s) and not _heads_the_medium(doc, s)]
    if c.match.trigger.code[:2] == "04" and c.target and all(is_medium(t) for t in c.target):
        return True  # «وأضاف الأحمد، في لقاء مع بي بي سي»: an interview given, no meeting between sides
    return bool(media) and len(media) == len(c.source) and c.match.trigger.code[:2] not in ("01", "11")


# the man at the head of a paper or channel, who acts where it only reports
_MEDIA_CHIEFS = frozenset(normalize_word(w) for w in ("ناشر", "مالك", "تحرير", "مؤسس", "مديرة", "مدير"))


def _heads_the_medium(doc: Document, spot: ActorSpot) -> bool:
    """«ناشر صحيفة نيويورك تايمز», «رئيس تحرير الصحيفة»: the medium is named by the man who runs it."""
    return spot.token_start > 0 and strip_conj(doc.tokens[spot.token_start - 1].norm) in _MEDIA_CHIEFS


# «تستهدف إعلاء القيم» (aims at), «توقف جميع البرامج» (halts): these verbs are events only when done to a side.
_NEEDS_TARGET = frozenset({"استهدف", "اوقف"})


def _has_needed_target(doc: Document, c: Candidate) -> bool:
    """Targeting and stopping are attacks and arrests only when someone (a person, group or place) is struck,
    and aiming at a deed is no attack («يستهدف تحويل كوالالمبور إلى مركز مالي»)."""
    lemma = c.match.trigger.lemma
    if lemma not in _NEEDS_TARGET:
        return True
    if _aiming_at_a_deed(doc, c):
        return False
    if lemma == "اوقف":  # an arrest is of people: «أوقفت الشرطة المشتبه به», not «توقف البرامج في كندا»
        return any((t.entity is not None and t.entity.label in ("PER", "ORG")) or (t.generic and not t.country)
                   for t in c.target)
    return any(t.entity is not None or t.generic for t in c.target)


AIM_REACH = 3  # words from «استهدف» to the deed it aims at, past its subject: «يستهدف الصندوق تحويل»


def _aiming_at_a_deed(doc: Document, c: Candidate) -> bool:
    """«يستهدف تحويل كوالالمبور», «تستهدف إعادة حكومة هادي»: «استهدف» aims at a deed; it strikes no one."""
    return c.match.trigger.lemma == "استهدف" and _aims_at_a_deed(doc, c.token)


def _aims_at_a_deed(doc: Document, i: int) -> bool:
    """Whether a verbal noun outside any name follows the verb at i («تنظيم الدولة» is a name)."""
    for k in range(i + 1, min(len(doc.tokens), i + AIM_REACH + 1)):
        tok = doc.tokens[k]
        if tok.kind != "word":
            return False
        if is_masdar_shaped(tok.norm) and not any(m.start < tok.end and tok.start < m.end
                                                  for e in doc.entities for m in e.mentions):
            # («استهدفت نقطة تفتيش»: the masdar after an indefinite noun is its genitive; the checkpoint is struck)
            return k == i + 1 or strip_conj(doc.tokens[k - 1].norm).startswith("ال")
    return False


def _civilians_travelling(c: Candidate) -> bool:
    """«المواطنين البريطانيين الذين سيتوجهون إلى فرنسا»: citizens, tourists or residents going somewhere or
    meeting are no side's visit or talks."""
    return c.match.trigger.code[:2] in ("03", "04") and bool(c.source) and all(
        s.entity is None and s.generic is not None and s.generic[1].endswith("CVL") for s in c.source)


def _home_government(source: list[ActorSpot], lexicon: EventLexicon, where: ActorSpot | None = None) -> list[Actor]:
    """«تظاهر مئات آلاف اليونانيين ضد احتمال التوصل إلى اتفاق»: a protest against no one named is against
    the protesters' own government (CAMEO and GDELT code it so: GRC → GRCGOV).

    Only for people, parties and crowds; a government official or a foreign body does not protest at home.
    A crowd named by no country protests against the government of the country it marches in.
    """
    sides = {s.side for s in source if s.side}
    if not sides and where is not None and where.side and all(s.entity is None for s in source):
        sides = {where.side}  # «الآلاف يتظاهرون في المغرب»: a crowd with no side protests where it stands
    if len(sides) != 1 or any(s.entity is not None and s.entity.label in ("PER", "LOC") for s in source):
        return []  # (nor does a country, as itself, against its own government: «بدأ باحتجاجات سلمية» in Syria)
    iso3 = lexicon.iso3(sides.pop())
    if not iso3 or iso3 not in lexicon.countries:
        return []
    return [country_actor(iso3, lexicon, "GOV")]


_PROTEST_LEMMAS = frozenset({"احتج", "احتجاج"})
# «منذ بدء الاحتجاجات»: a crowd's, whoever is named near (and «تجمع 40 متظاهرا … للاحتجاج على»: people gather to
# protest; the state or official named near them is seldom the one protesting)
_PROTESTS_PLURAL = frozenset({"احتجاجات", "الاحتجاجات"})


def _in_office(spot: ActorSpot) -> bool:
    """A person or body of a government («وزير الخارجية المصري», «الخارجية الإيرانية»): CAMEO role GOV."""
    return spot.entity is not None and (spot.entity.cameo or "").endswith("GOV")


_OFFICIAL_COMPLAINT = Trigger("114", "noun", "احتجاج", (), "official complaint (a state's protest)", "marsad")
_ONE_PROTEST = frozenset({"احتجاج", "الاحتجاج", "احتجاجا"})  # the singular: «احتجاجات» are a crowd's
_EXPRESSED = frozenset({"عن"})  # «أعرب عن», «عبر عن»: a protest voiced
PROTESTING_STATE_REACH = 3  # words from «احتجاجا» to «من طهران»: «احتجاجا شديدا من طهران»


def _protesting_state(doc: Document, i: int, spots: list[ActorSpot], lexicon: EventLexicon) -> ActorSpot | None:
    """The state whose single protest this is: its genitive («احتجاج إيران») or after «من» («احتجاجا شديدا من
    طهران»); a country or its capital, named as itself."""
    if strip_conj(doc.tokens[i].norm) not in _ONE_PROTEST:
        return None
    for s in spots:
        if s.token_start <= i or not stands_for_its_country(s, lexicon):
            continue
        if s.token_start == i + 1 and i > 0 and strip_conj(doc.tokens[i - 1].norm) in _EXPRESSED:
            return s  # «عبر عن احتجاج إيران» (but «شارك الآلاف في احتجاج الأردن» is a crowd's)
        gap = doc.tokens[i + 1:s.token_start - 1]
        if doc.tokens[s.token_start - 1].norm == "من" and len(gap) <= PROTESTING_STATE_REACH \
                and not any(t.text[:1] in ".،,؛:" for t in gap):
            return s  # «احتجاجا شديدا من طهران»
    return None


_ADDRESSED_TO = frozenset({"الي", "لدي"})
ADDRESSEE_REACH = 2  # words from «إلى» to the side: «إلى السفير البريطاني»


def _complained_to(doc: Document, i: int, hi: int, spots: list[ActorSpot], state: ActorSpot) -> list[ActorSpot]:
    """«عن احتجاج إيران الشديد إلى السفير البريطاني»: the side a complaint was made to, after «إلى» or «لدى»."""
    for s in spots:
        if s.token_start <= state.token_end - 1 or s.token_start >= hi or s.side == state.side:
            continue
        between = doc.tokens[state.token_end:s.token_start]
        if any(t.text[:1] in ".،,؛:" for t in between):
            return []
        words = [t.norm for t in between if t.kind == "word"]
        if any(w in _ADDRESSED_TO for w in words[-ADDRESSEE_REACH - 1:]):
            return [s]
    return []


# «احتجت مصر رسميا»: a state's protest is a diplomatic one, made by the state itself
_DIPLOMATIC_PROTESTS = frozenset({"احتج"})
PROTEST_PLACE_WINDOW = 6  # words from a protest to the place or nationality that names its crowd
PROTEST_GENITIVE_GAP = 2  # words from a protest to the place named as its genitive («احتجاجات الأردن»)


_PROTEST_STEMS = ("مظاهر", "تظاهر", "احتجاج", "مسير", "اعتصام")


def _one_mans_protest_verb(doc: Document, i: int, m: TriggerMatch) -> bool:
    """«ورفع صورا» with no crowd named («وقال ترامب …، ورفع صورا تظهر رسوما بيانية»): a joined or inflected singular
    verb of protest and its object is one man's act, no crowd's — not a plural («وقطعوا الطرق»), a bare «قطع طريق
    بيروت» (a headline's masdar), or an object naming the protest itself («وخرجت مظاهرات صغيرة»)."""
    norm = doc.tokens[i].norm
    return m.trigger.kind == "verb" and m.complement is not None and norm != m.trigger.lemma \
        and not without_lam_or_ba(strip_conj(doc.tokens[m.complement].norm)).removeprefix("ال").startswith(_PROTEST_STEMS) \
        and not plural_form(norm, m.trigger.lemma)


def _protesters_of_place(doc: Document, i: int, lo: int, hi: int, source: list[ActorSpot], spots: list[ActorSpot],
                         lexicon: EventLexicon) -> ActorSpot | None:
    """The crowd that protests when the text names only where: «احتجاجات الأردن», «تظاهرات في مدن إيرانية»,
    «وشهدت عدة مدن إيرانية تظاهرات» (CAMEO codes it as the country's civilians, IRNCVL). None when people,
    a party or a crowd are named, or when no place of one country is near."""
    if len(source) == 1 and _crowd_of_no_side(source[0]):
        source = []  # «تظاهر الآلاف في إسطنبول», «وتظاهر آلاف المحتجين في طهران»: a crowd whose country is the place
        # it marches in
    # «منذ بدء الاحتجاجات الفلسطينية»: the protest's own nisba names its crowd, before a people named near it
    # («برصاص الإسرائيليين»)
    own = next((s for s in spots if s.side and is_bare_demonym(s) and _nisba_of_the_act(doc, i, s)
                and not any(p.tag == "PREP" for p in doc.tokens[s.token_start].pieces)), None)
    # (not a people behind «لـ»: «احتجاجات معادية لليابانيين»)
    if own is not None and all(s.entity is None or s.mention_kind != "name" for s in source) \
            and all(s.side != own.side for s in source):
        source = []
    elif source and not all(s.entity is not None and s.entity.label == "LOC" for s in source):
        return None
    norm = strip_conj(doc.tokens[i].norm)
    if norm.lstrip("بل").removeprefix("ال") == "تظاهره" or (norm.endswith("ا") and not norm.startswith("ال")):
        return None  # «تظاهرة "تاد آكس برلين"» is an event, a festival; «احتجاجا على» is why its subject acted
    side: str | None = None
    if own is not None and not source:
        side = own.side
    elif source:
        if not all(s.token_start > i and words_between(doc, i, s.token_start) <= PROTEST_GENITIVE_GAP for s in source):
            return None  # «إسرائيل تحيي الذكرى … وآلاف الفلسطينيين يشاركون بمسيرة»: a state named far off is not the crowd
        side = source[0].side if all(s.side == source[0].side for s in source) else None
    else:
        if any(s.entity is not None and s.entity.label == "PER" and s.token_end <= i
               and words_between(doc, s.token_end - 1, i) <= PROTEST_PLACE_WINDOW for s in spots):
            return None  # «توكل كرمان ونجل القرضاوي في مظاهرة»: people named join it, no country's crowd
        near = [s for s in spots if lo <= s.token_start < hi and s.side and (
            (s.entity is not None and s.entity.label == "LOC") or is_bare_demonym(s) or _civilians(s) or s.people)
            and words_between(doc, min(i, s.token_start), max(i, s.token_start)) <= PROTEST_PLACE_WINDOW
            and not _aimed_at(doc, s, i) and not is_armed(s) and not _of_forces(doc, s, lexicon)
            and not _borders_adjective(doc, s) and not _adjective_of_another_noun(doc, s, i)]
        if any(_side_of_a_border(doc, s) for s in near):
            # «خلال تظاهرات قرب الشريط الحدودي بين قطاع غزة وإسرائيل»: the land «بين» names first is one side of
            # the border, not always whose crowd marched there; a people the sentence names is («وخرجت الجمعة
            # تظاهرات عند الحدود بين إسرائيل وقطاع غزة حيث اندلعت مواجهات أسفرت عن مقتل فلسطينيين»)
            near = [s for s in spots if lo <= s.token_start < hi and s.side
                    and (is_bare_demonym(s) or _civilians(s) or s.people)
                    and not is_armed(s) and not _of_forces(doc, s, lexicon) and not _borders_adjective(doc, s)
                    and not _adjective_of_another_noun(doc, s, i)] \
                or [s for s in near if not (_side_of_a_border(doc, s) and _word_before(doc, s.token_start) != "بين")]
            # (with no people named, not the land «بين» names second either: «تجيز تنظيم التظاهرات على الحدود بين
            # القطاع المحاصر وإسرائيل»)
        if near:  # a people named («آلاف الفلسطينيين يشاركون بمسيرة … بحيفا») before a place; a place in the
            # protest's own clause before one a comma sets off («المجزرة في غزة، بينما تظاهر الآلاف في إسطنبول»)
            # («مقتل أكثر من 60 فلسطينيا خلال احتجاجات»: a people counted, those killed in it, also names the crowd)
            side = min(near, key=lambda s: (not (is_bare_demonym(s) or _civilians(s) or s.people),
                                            _comma_between(doc, min(i, s.token_start), max(i, s.token_start)),
                                            abs(s.token_start - i))).side
        else:  # «مدن إيرانية»: towns of a country named by its adjective
            side = next((lexicon.countries[iso3][1] for k in range(max(lo, i - PROTEST_PLACE_WINDOW), min(hi, i + PROTEST_PLACE_WINDOW) - 1)
                         if strip_conj(doc.tokens[k].norm) in _TOWNS
                         and (iso3 := nisba_iso3(doc.tokens[k + 1].norm, lexicon)) is not None), None)
    iso3 = lexicon.iso3(side)
    if not iso3 or iso3 not in lexicon.countries:
        return None
    tok = doc.tokens[i]
    return ActorSpot(i, i + 1, tok.start, tok.end, None, ("protesters", iso3 + "CVL"), country=side)


# «مسيرة قرب الحدود الإسرائيلية»: whose border the crowd marched near, not whose crowd it is
_BORDERS = frozenset({"الحدود", "حدود", "السياج", "سياج"})


def _borders_adjective(doc: Document, spot: ActorSpot) -> bool:
    """«قرب الحدود الإسرائيلية»: a country's adjective after «الحدود» (but «قرب حدود القطاع»: the crowd's own land)."""
    return strip_conj(_word_before(doc, spot.token_start)) in _BORDERS \
        and doc.tokens[spot.token_start].norm.endswith(("يه", "ي"))


def _side_of_a_border(doc: Document, spot: ActorSpot) -> bool:
    """«قرب الشريط الحدودي بين القطاع وإسرائيل»: a land «بين» names after a border is one side of it."""
    k = spot.token_start - 1
    while k >= 0 and spot.token_start - k <= BORDER_SIDE_WORDS and doc.tokens[k].kind == "word" \
            and strip_conj(doc.tokens[k].norm) != "بين":
        k -= 1
    return k >= 1 and doc.tokens[k].kind == "word" and strip_conj(doc.tokens[k].norm) == "بين" \
        and (doc.tokens[k - 1].norm in _BORDERS or doc.tokens[k - 1].norm in _BORDER_ADJECTIVES)


BORDER_SIDE_WORDS = 3  # words from «بين» to the second land it names: «بين قطاع غزة وإسرائيل»
_BORDER_ADJECTIVES = frozenset({"الحدودي", "الحدوديه"})


def _adjective_of_another_noun(doc: Document, spot: ActorSpot, i: int) -> bool:
    """«بإطلاق نار من الجانب الإسرائيلي منذ بدء التظاهرات»: a country's adjective on a definite noun other than the
    protest at i or a word of towns («المدن الإيرانية») tells whose that thing is, not whose crowd marched."""
    prev = spot.token_start - 1
    if not is_bare_demonym(spot) or prev < 0 or prev == i or doc.tokens[prev].kind != "word":
        return False
    word = strip_conj(doc.tokens[prev].norm)
    return word.startswith("ال") and word.removeprefix("ال") not in _CROWDS_GATHER_IN


def _comma_between(doc: Document, a: int, b: int) -> bool:
    """«… المجزرة في غزة، بينما تظاهر الآلاف في إسطنبول»: a comma ends the clause the place was named in."""
    return any(doc.tokens[k].text in "،,؛;" for k in range(a + 1, b))


def _crowd_of_no_country(spot: ActorSpot) -> bool:
    """«المتظاهرين», «السكان»: civilians or refugees named by a common noun and no country (not «قوى الغرب»)."""
    return spot.entity is None and not spot.country and spot.generic is not None \
        and spot.generic[1][-3:] in ("CVL", "REF")


def _crowd_of_no_side(spot: ActorSpot) -> bool:
    """«الآلاف», «حشود», «المحتجين»: a crowd counted or protesters named, of no people («آلاف الفلسطينيين» has its
    side)."""
    return spot.entity is None and not spot.country and spot.generic is not None \
        and spot.generic[0] in ("people", "crowds", "protesters")


def _aimed_at(doc: Document, spot: ActorSpot, i: int) -> bool:
    """«مظاهرة أمام القنصلية السعودية», «ضد الحكومة»: what a protest (at token i) is at (up to three words after
    «أمام» or «ضد», where `participants` looks only at the word before) names no one who protests; nor do a mission
    («احترقت القنصلية الإيرانية خلال الاحتجاجات») or the land across the border the crowd gathers at
    («قرب حدود القطاع وإسرائيل», but «على الحدود بين قطاع غزة وإسرائيل» is in Gaza). A place right after the
    protest is its own, whatever stands before the protest («بضبط النفس أمام احتجاجات غزة»)."""
    lo = max(0, spot.token_start - 3, i + 1 if spot.token_start > i else 0)
    words = [strip_conj(doc.tokens[j].norm) for j in range(lo, spot.token_start)]
    if any(w in PROTESTED_AT or w.startswith(_DENOUNCING) for w in words) or (words and words[-1] in _MISSIONS):
        return True
    conjoined = doc.tokens[spot.token_start].norm.startswith("و") or (bool(words) and words[-1] == "مع")
    return conjoined and any(w in _BORDER for w in words)


def _of_forces(doc: Document, spot: ActorSpot, lexicon: EventLexicon) -> bool:
    """«اتهامات للقوات الإسرائيلية بمحاولة فض التظاهرات»: a nisba after forces names theirs, not the crowd's."""
    if spot.token_end - spot.token_start != 1 or spot.token_start == 0:
        return False
    generic = lexicon.generic_actors.get(without_lam_or_ba(doc.tokens[spot.token_start - 1].norm))
    return generic is not None and is_armed_role(generic[1])


_BORDER = frozenset({"حدود", "الحدود", "السياج"})
_MISSIONS = frozenset({"القنصليه", "قنصليه", "السفاره", "سفاره"})
# «احتجاجات الاثنين المنددة بافتتاح الولايات المتحدة مقر سفارتها»: the side denounced does not march
# («احتجاجات معادية لليابانيين في أنحاء الصين»: the people a protest is hostile to do not march)
_DENOUNCING = ("المندد", "مندد", "تنديدا", "احتجاجا", "معادي", "المعادي", "مناهض", "المناهض")


def _civilians(spot: ActorSpot) -> bool:
    """«آلاف الفلسطينيين»: a crowd of a people (CAMEO role CVL), named by no entity."""
    return spot.entity is None and spot.generic is not None and spot.generic[1].endswith("CVL")


_TOWNS = frozenset(normalize_word(w) for w in ("مدن", "مدينة", "بلدات", "بلدة", "قرى", "محافظات", "مناطق", "شوارع"))
# «الشارع الفرنسي يشهد احتجاجات», «العاصمة الإيرانية», «الجامعات التركية»: where a people's crowd gathers
_CROWDS_GATHER_IN = _TOWNS | frozenset(normalize_word(w) for w in (
    "شارع", "ساحة", "ساحات", "ميدان", "عاصمة", "جامعة", "جامعات", "أراضي", "مخيمات"))


# Words of sport reporting; two in one sentence make its «meetings», «attacks» and «hosting» a game's.
_SPORT_WORDS = frozenset({"مباراه", "المباراه", "مباريات", "المباريات", "الدوري", "المنتخب", "منتخب", "النهائي",
                          "نهائي", "نهائيه", "كاس", "بطوله", "البطوله", "لاعب", "اللاعب", "لاعبي", "لاعبين", "الملعب", "ملعب",
                          "الشوط", "هدف", "اهداف", "الاهداف", "المدرب", "مدرب", "نادي", "النادي", "الفريق", "فريق",
                          "هداف", "ركله", "التصفيات", "المونديال", "مونديال", "الكره", "كره", "القدم", "هدفين",
                          "المهاجم", "مهاجم", "التعادل", "تعادل", "الاياب", "الذهاب", "لاعبيه", "لاعبيها", "اللاعبين",
                          "اللاعبون", "مدربا", "الحارس", "حارس", "مرمي", "دوري", "فريقه", "منتخبه",
                          "ناديه", "مدربه"})


def about_sport(doc: Document, sentence: Sentence) -> bool:
    """«سيلتقي كاين في نصف النهائي», «قمة مباريات الدوري»: two words of sport make a sentence about a match."""
    words = {strip_conj(doc.tokens[j].norm) for j in range(sentence.token_start, sentence.token_end)
             if doc.tokens[j].kind == "word"}
    words |= {w[1:] for w in words if w[:1] in "بل" and len(w) > 4}
    words |= {"ال" + w[2:] for w in words if w.startswith("لل") and len(w) > 4}
    # «بالدوري», «للمنتخب», «للنادي»
    return len(words & _SPORT_WORDS) >= 2


_MEETING_WORDS = frozenset({"اجتماع", "اجتماعا", "جلسه", "محادثات", "مشاورات"})
MEETING_CALL_WORDS = 4  # words after an appeal (or its «إلى») where the meeting it calls for is named
MEETING_CALL_SENTENCES = 2  # sentences back where that meeting was told


def _convening_bodies(doc: Document, events: list[Candidate], lexicon: EventLexicon,
                      token_of: dict[int, int]) -> list[Candidate]:
    """«سوف يعقد مجلس الأمن جلسة طارئة» … «ودعت الكويت والسويد إلى هذا الاجتماع»: an appeal for a meeting
    that names no one is made to the body whose meeting was told just before (an organisation, not the caller).

    «دعا لودريان إلى اجتماع عاجل لمجلس الأمن»: the body whose meeting is called for, named in the call itself,
    is the target; its meeting words («إلى عقد اجتماع») are part of the appeal, no meeting the caller held.
    """
    called_for: set[int] = set()
    for c in events:
        if c.target or not c.source or c.match.trigger.code[:2] != "02":
            continue
        meetings = [k for j in (c.token, c.match.complement, _appeal_to(doc, c.token)) if j is not None
                    and (k := _meeting_called_for(doc, j)) is not None]
        if not meetings:
            continue
        body = _body_convened(doc, meetings[0], lexicon, token_of)
        if body is not None:
            c.target = [body]
            c.merged.append(meetings[0])
            held = [e for e in events if e.sentence == c.sentence and e.match.trigger.code[:2] == "04"
                    and c.token < e.token <= meetings[0]]
            called_for.update(id(e) for e in held)
            c.merged.extend(e.token for e in held)  # «عقد» is the appeal's too: no meeting for a model to read
            continue
        # «دعا السنيورة إلى اجتماع استراتيجي بين الدول العربية»: the meeting called for is the appeal's, held by no one
        held = [e for e in events if e.sentence == c.sentence and e.match.trigger.code[:2] == "04"
                and e.token == meetings[0]]
        called_for.update(id(e) for e in held)
        c.merged.append(meetings[0])
        keys = _merge_keys(c.source)
        meeting = max((e for e in events if e.token < c.token and 0 <= c.sentence - e.sentence <= MEETING_CALL_SENTENCES
                       and (e.match.trigger.code[:2] == "04" or e.match.trigger.code == "036") and e.source
                       and all(s.entity is not None and s.entity.label == "ORG" for s in e.source)
                       and not keys & _merge_keys(e.source)), key=lambda e: e.token, default=None)
        if meeting is not None:
            c.target = list(meeting.source)
    return [e for e in events if id(e) not in called_for]


CONVENED_BODY_REACH = 3  # words from the meeting called for to «لمجلس الأمن»: «اجتماع عاجل لمجلس الأمن»


def _body_convened(doc: Document, k: int, lexicon: EventLexicon, token_of: dict[int, int]) -> ActorSpot | None:
    """«اجتماع عاجل لمجلس الأمن»: the organisation after «لـ» a few words past the meeting word at token k."""
    sentence = doc.sentences[sentence_of(doc, k)]
    for s in find_actor_spots(doc, sentence.token_start, sentence.token_end, lexicon, token_of):
        if 0 < words_between(doc, k, s.token_start) + 1 <= CONVENED_BODY_REACH and s.entity is not None \
                and s.entity.label == "ORG" and doc.tokens[s.token_start].norm.startswith("ل"):
            return s
    return None


APPEAL_TO_REACH = 8  # words from «دعا» to its «إلى» past the caller's name and title


def _appeal_to(doc: Document, i: int) -> int | None:
    """The «إلى» of «دعا وزير الخارجية الفرنسي جان إيف لودريان إلى اجتماع …», in the appeal's clause."""
    hi = doc.sentences[sentence_of(doc, i)].token_end
    words = 0
    for j in range(i + 1, hi):
        tok = doc.tokens[j]
        if tok.kind == "punct" and tok.text[:1] in ".،,؛;:؟?!":
            return None
        if tok.kind == "word":
            words += 1
            if tok.norm == "الي":
                return j
            if words > APPEAL_TO_REACH:
                return None
    return None


def _meeting_called_for(doc: Document, i: int) -> int | None:
    """The meeting word («اجتماع», «جلسة», «محادثات») among the few words after token i, in its sentence."""
    hi = doc.sentences[sentence_of(doc, i)].token_end
    words = [j for j in range(i + 1, hi) if doc.tokens[j].kind == "word"][:MEETING_CALL_WORDS]
    return next((j for j in words if strip_conj(doc.tokens[j].norm).removeprefix("بال").removeprefix("لل")
                 .removeprefix("ال").removeprefix("ل") in _MEETING_WORDS), None)


def _context_targets(events: list[Candidate]) -> None:
    """«اليونان تتخذ إجراءات ضد دبلوماسيين روس» … «روسيا ستتخذ إجراءات مماثلة»: the other side from context.

    A pledge, cooperation, demand, rejection, sanction or threat whose sentence names no one on the other side
    is aimed at the side its source last dealt with in the article: the nearest earlier event between
    the source's side and another. Statements, meetings and violence stand alone and are left.
    Only a source read close to its trigger is trusted this far: an inference stacked on a misread
    source (an object «يدعم قطر», a speaker two clauses back) would code a second wrong event.
    """
    for c in events:
        if c.target or not c.source or c.at_thing or c.match.trigger.code[:2] not in _CONTEXT_TARGET_ROOTS:
            continue
        if c.match.trigger.code in _NO_CONTEXT_CODES or any(s.entity is None and not s.country for s in c.source):
            continue  # «سوف يجتمعون مع رابطة اللاعبين»: a meeting names its other side; «مسلحون» are nobody's side
        if c.match.trigger.kind != "participle" and _source_gap(c) > CONTEXT_SOURCE_GAP:
            continue  # «وقال الطبيب … إن رئيس الحكومة … مشيرا إلى أنه وعد»: the one who pledged is not the speaker
        keys = _merge_keys(c.source)
        best: tuple[int, list[ActorSpot]] | None = None
        for e in events:
            if e is c or not e.source or not e.target or not 0 <= c.sentence - e.sentence <= CONTEXT_TARGET_SENTENCES:
                continue  # the side dealt with is told before: a later event is often another story («ويشن التحالف»)
            if e.location is not None and [t.key for t in e.target] == [e.location.key]:
                continue  # «أن يلتقيه … في سنغافورة»: where a meeting is held is no side
            if c.match.trigger.code[:2] == "05" and e.match.trigger.code[:2] in _CONFLICT_ROOTS:
                continue  # «أشاد ترامب بنقل السفارة»: praise is not answered to the side that condemned him
            if keys & _merge_keys(e.target) and not keys & _merge_keys(e.source):
                if e.sentence == c.sentence:
                    continue  # «قطع تونس لعلاقاتها مع قطر … يدعم قطر»: in one sentence the side acted on is an object
                other = e.source  # «اليونان تتخذ إجراءات ضد … روس»: Russia answers Greece
            elif keys & _merge_keys(e.source) and not keys & _merge_keys(e.target):
                other = e.target  # «ترامب … لقاء كيم» … «تعهد كيم»: the pledge is to the one he deals with
            else:
                continue
            root = c.match.trigger.code[:2]
            if all(t.entity is None for t in other) and (root == "12" or (root != "11" and all(map(_unknown_attacker, other)))
                                                          or (root != "05" and all(_crowd_of_no_country(t) for t in other))):
                # «وهو ما يرفضه الحوثيون»: a rejection answers a named side, not the residents of a story; only a
                # condemnation is aimed at the unnamed bomber of an earlier attack (not «داعيا قادتها إلى التفاوض»);
                # and no one pledges, threatens or sanctions «المتظاهرين» of no country told three sentences back
                # (but one may praise them: «يثني فيه على "الشباب الأمريكي الشجاع"»)
                continue
            rank = (c.token - e.token) if e.token < c.token else 10_000 + e.token - c.token
            if best is None or rank < best[0]:
                best = (rank, other)
        if best is not None:
            # (a medium or a monitor that reported the other act is no side anyone deals with)
            c.target = other_side(c.source, [t for t in best[1] if not is_medium(t) and not _is_monitor(t)],
                                  load_lexicon())


# «انتقد ترامب الاتفاق», «هدد بالانسحاب من الاتفاق», «تمسكها بالاتفاق»: the story's accord as the object
_ACCORD_OBJECTS = frozenset(normalize_word(w) for w in ("الاتفاق", "الاتفاقية", "الصفقة"))
_ACCORD_OBJECT_ROOTS = frozenset({"03", "05", "10", "11", "12", "13", "16"})
ACCORD_OBJECT_REACH = 3  # words from the trigger to the accord: «هدد بالانسحاب من الاتفاق»


def _accord_targets(doc: Document, events: list[Candidate], lexicon: EventLexicon, token_of: dict[int, int]) -> None:
    """«وانتقد ترامب الاتفاق مرارا»: criticism of, a threat over or a pledge to the story's accord with no side
    named is aimed at the accord's other party — the side of the article's first concluded accord (057) the
    source is not on («الاتفاق الموقع بين إيران ومجموعة الدول الست»: the US is of the six, so Iran), or else the
    one side the article first names the accord with («الاتفاق النووي مع إيران»)."""
    # (a withdrawal from it is always from its parties: «الاتفاق النووي الذي انسحبت منه الولايات المتحدة بإعلان
    # رئيسها دونالد ترامب» is not from Trump)
    aimed = [c for c in events if (not c.target or c.match.trigger.code[:2] == "16") and c.source
             and c.match.trigger.code[:2] in _ACCORD_OBJECT_ROOTS and _accord_object(doc, c)]
    if not aimed:
        return
    accords = [e for e in events if e.match.trigger.code == "057" and e.source and e.target and not e.negated]
    if accords:
        accord = min(accords, key=lambda e: e.token)
        one, other = accord.source, accord.target
    else:
        one, other = _accord_named_with(doc, lexicon, token_of), []
    for c in aimed:
        keys = _merge_keys(c.source)
        if keys & _merge_keys(other) and not keys & _merge_keys(one):
            c.target = list(one)
        elif one and other and keys & _merge_keys(one) and not keys & _merge_keys(other):
            c.target = list(other)
        elif one and not other and not keys & _merge_keys(one):
            c.target = list(one)


def _accord_named_with(doc: Document, lexicon: EventLexicon, token_of: dict[int, int]) -> list[ActorSpot]:
    """The side after «مع» that the article's first «الاتفاق (النووي) مع …» names; [] if none."""
    for sentence in doc.sentences:
        for k in range(sentence.token_start, sentence.token_end - 2):
            if without_lam_or_ba(strip_conj(doc.tokens[k].norm)) not in _ACCORD_OBJECTS:
                continue
            j = k + 1
            while j < sentence.token_end and is_adjective(doc.tokens[j]):
                j += 1  # «الاتفاق النووي مع»
            if j + 1 < sentence.token_end and doc.tokens[j].norm == "مع":
                spots = find_actor_spots(doc, sentence.token_start, sentence.token_end, lexicon, token_of)
                side = [s for s in spots if s.token_start == j + 1 and s.entity is not None]
                if side:
                    return side
    return []


def _accord_object(doc: Document, c: Candidate) -> bool:
    """An accord word within a few words after the trigger, past its subject, a masdar and prepositions only, or
    the antecedent of a relative clause the trigger's «منه» takes up («الاتفاق النووي الذي انسحبت منه»)."""
    hi = doc.sentences[c.sentence].token_end
    lo = doc.sentences[c.sentence].token_start
    if c.token + 1 < hi and doc.tokens[c.token + 1].norm in ("منه", "عنه") and c.token - 1 > lo \
            and doc.tokens[c.token - 1].norm in RELATIVE_PRONOUNS:
        return any(without_lam_or_ba(strip_conj(doc.tokens[k].norm)) in _ACCORD_OBJECTS
                   for k in range(max(lo, c.token - 2 - ACCORD_OBJECT_REACH), c.token - 1))
    words = 0
    for k in range(c.token + 1, hi):
        tok = doc.tokens[k]
        if any(s.token_start <= k < s.token_end for s in c.source) or tok.kind != "word":
            if tok.kind == "punct" and tok.text not in QUOTE_MARKS:
                return False
            continue
        words += 1
        if words > ACCORD_OBJECT_REACH:
            return False
        word = without_lam_or_ba(strip_conj(tok.norm))
        if word in _ACCORD_OBJECTS:
            return True
        if not (is_preposition(word) or word.startswith("ال")):
            return False
    return False


def _unknown_attacker(spot: ActorSpot) -> bool:
    """«انتحاري», «مسلح», «مجهولون»: an attacker named by no side or country (CAMEO UAF with no country)."""
    return spot.entity is None and spot.generic is not None and spot.generic[1] == "UAF" and not spot.country


# «ندد بأعمال العنف», «دانت المجزرة», «استنكر العدوان»: what is condemned is the story's violence
_VIOLENCE_WORDS = frozenset(normalize_word(w) for w in (
    "العنف", "المجزره", "المجازر", "مجزره", "مجازر", "العدوان", "عدوان", "الاعتداء", "الاعتداءات", "اعتداء", "اعتداءات",
    "القصف", "الهجوم", "الهجمات", "الغارات", "الغاره", "القتل", "المذبحه", "مذبحه", "الجريمه", "الجرائم",
    "جريمه", "جرائم", "التصعيد", "العمليه", "العمليات"))
_HALT_WORDS = frozenset(normalize_word(w) for w in ("وقف", "الوقف", "بوقف", "لوقف", "إنهاء", "بإنهاء", "لإنهاء"))
STORY_VIOLENCE_WINDOW = 3  # words from a condemnation (or its subject after it) to the violence it names


def _story_violence_targets(doc: Document, events: list[Candidate], lexicon: EventLexicon) -> None:
    """«ونددت باريس "بأعمال العنف"», «ندد عباس بالمجزرة»: condemning the story's violence without naming
    who did it is aimed at the side the article reports as doing it: the most frequent source of its
    violence events (18-20), when that side is not the condemner's."""
    violent: dict[str, tuple[int, int, list[ActorSpot]]] = {}
    for e in events:
        if e.source and e.match.trigger.code[:2] in ("18", "19", "20") and not e.negated \
                and not _perpetrators_of(e.source, e.token):  # («منفذي الهجمات»: whoever did one attack)
            key = min(_merge_keys(e.source))
            n, first, spots = violent.get(key, (0, e.token, e.source))
            violent[key] = (n + 1 + len(e.merged), first, spots)
    if not violent:
        return
    for c in events:
        if c.target or not c.source or c.match.trigger.code[:2] not in ("11", "02", "10"):
            continue
        after = _subject_end(c)  # past «السلطة»
        words = [strip_conj(doc.tokens[j].norm) for j in range(after + 1, doc.sentences[c.sentence].token_end)
                 if doc.tokens[j].kind == "word"]
        if c.match.trigger.code[:2] != "11":
            # «وحضت على الوقف الفوري للقصف العشوائي»: an appeal or demand to halt the story's violence is made
            # to the side doing it
            while words and is_preposition(words[0]):
                words = words[1:]
            if not words or words[0] not in _HALT_WORDS:
                continue
            words = words[1:]
        if not any(_violence_word(w) for w in words[:STORY_VIOLENCE_WINDOW]):
            continue
        keys = _merge_keys(c.source)
        # the most told side, the first told on a tie
        side = min(((-n, first, spots) for n, first, spots in violent.values() if not keys & _merge_keys(spots)),
                   key=lambda t: (t[0], t[1]), default=None)
        if side is not None:
            c.target = other_side(c.source, side[2], lexicon)


CONDEMNATION_CHAIN_SENTENCES = 3  # sentences back where an earlier condemnation names the side condemned


def _chained_condemnations(events: list[Candidate], lexicon: EventLexicon) -> None:
    """«نددت السلطة الفلسطينية بـ"مجزرة"» … «كما نددت إيران بـ"يوم عار عظيم"»: a condemnation naming no one,
    told among others, condemns the side the nearest earlier one condemned (when that is not its own)."""
    for c in events:
        if c.target or not c.source or c.match.trigger.code[:3] != "111" or _source_gap(c) > CONTEXT_SOURCE_GAP:
            continue
        keys = _merge_keys(c.source)
        earlier = [e for e in events if e is not c and e.target and e.source and e.token < c.token
                   and e.match.trigger.code[:2] == "11" and 0 <= c.sentence - e.sentence <= CONDEMNATION_CHAIN_SENTENCES
                   and not keys & (_merge_keys(e.target) | _merge_keys(e.source))]
        if earlier:
            c.target = other_side(c.source, max(earlier, key=lambda e: e.token).target, lexicon)


# «القرار»: the decision or resolution a story told of before
_THE_DECISION = frozenset(normalize_word(w) for w in ("القرار", "قرار", "قرارا", "القرارات"))
DECISION_SENTENCES_BACK = 6  # sentences back where the decision answered was told


def _decision_makers(doc: Document, events: list[Candidate], lexicon: EventLexicon, token_of: dict[int, int]) -> None:
    """«صوت مجلس الأمن الدولي … لصالح مشروع قرار …. ورحبت الرباط بالقرار»: welcoming, rejecting or condemning
    «القرار» with no maker named answers whoever made it: the subject of the first sentence, of the few before,
    that told of a decision (the later ones answer it too) and whose subject is not the side answering."""
    for c in events:
        if c.target or not c.source or c.match.trigger.code[:2] not in ("05", "11", "12"):
            continue
        k = _subject_end(c) + 1  # past the subject
        if k + 1 >= len(doc.tokens):
            continue
        if without_lam_or_ba(strip_conj(doc.tokens[k].norm)) in DEMONSTRATIVES:
            k += 1  # «رفض هذا القرار», «رحب بهذا القرار»
        if without_lam_or_ba(doc.tokens[k].norm) not in _THE_DECISION:
            continue
        keys = _merge_keys(c.source)
        for sj in range(max(0, c.sentence - DECISION_SENTENCES_BACK), c.sentence):
            sentence = doc.sentences[sj]
            if not any(without_lam_or_ba(doc.tokens[j].norm) in _THE_DECISION
                       for j in range(sentence.token_start, sentence.token_end)):
                continue
            maker = _previous_subject(doc, sj, lexicon, token_of)
            if maker and not keys & _merge_keys(maker):
                c.target = maker
                break


# roles of armed groups that fight a state: «الحوثيون» YEMREB, «داعش» IMGSUNREB, «طالبان» AFGREB
_INSURGENT_ROLES = ("REB", "INS", "UAF")
# what sides fight, threaten, coerce or accuse each other in: the pairs a story's conflict is told by
_CONFLICT_ROOTS = frozenset({"11", "12", "13", "15", "16", "17", "18", "19", "20"})


def _opposing_group_targets(doc: Document, events: list[Candidate], lexicon: EventLexicon) -> None:
    """«شن التحالف غارات على الحديدة» in a story of the coalition fighting the Houthis: a state's strike that
    names only where it fell (or nothing) is aimed at the armed group it fights there, kept beside the place.

    The group is one the article names (CAMEO …REB, …INS) and either the other side of another conflict event
    with the striking side («التحالف … الحوثيين») or a group of the country struck («الجيش السوري … الغوطة»
    with «جيش الإسلام»); of several, the most named. A group's own attacks, and strikes on a named side, are left."""
    groups = {e.id: e for e in doc.entities if e.label == "ORG" and (e.cameo or "").endswith(_INSURGENT_ROLES)}
    if not groups:
        return
    fought: dict[str, set[str]] = {}  # a side's key or country → the groups on the other side of its conflicts
    fought_at: dict[str, set[str]] = {}  # a group → the places it is told struck at
    for e in events:
        if e.negated or e.match.trigger.code[:2] not in _CONFLICT_ROOTS:
            continue
        for one, other in ((e.source, e.target), (e.target, e.source)):
            opposed = {g.entity.id for g in other if g.entity is not None and g.entity.id in groups}
            for g in opposed if other is e.target else ():
                fought_at.setdefault(g, set()).update(_places_of(e, lexicon))
            for s in one if opposed else ():
                if s.entity is None or s.entity.id not in groups:
                    for side in _fighting_keys(s):
                        fought.setdefault(side, set()).update(opposed)
    for c in events:
        if c.negated or not c.source or c.match.trigger.code[:2] not in VIOLENCE_ROOTS:
            continue
        if any(s.entity is not None and s.entity.id in groups for s in c.source) \
                or any(s.entity is None and not s.country for s in c.source):
            continue  # a group's own attack, or «مسلحون»: nobody's side to oppose
        places = [t for t in c.target if _a_place(t, lexicon)]
        if len(places) < len(c.target):
            continue  # the strike names its side
        struck = {t.entity.country for t in places if t.entity is not None and t.entity.country}
        if not places and c.location is not None and c.location.entity is not None and c.location.entity.country:
            struck = {c.location.entity.country}
        elif not places and c.location is None and all(is_state_force(s) for s in c.source):
            # «شنت القوات النيجيرية هجوما واسعا في محيط البحيرة»: a state's forces striking nowhere named strike at home
            struck = {s.side for s in c.source if s.side}
        opponents = {g for s in c.source for side in _fighting_keys(s) for g in fought.get(side, ())}
        here = _places_of(c, lexicon)
        if not all(spot_code(s).endswith(_OUTSIDE_THE_STATE) for s in c.source):
            # (not a group the story has struck at other places only: «تستهدفها القوات الحكومية السورية» in the
            # Ghouta, told beside Turkey's strikes on «وحدات حماية الشعب» in Afrin; nor for rebels alone, whom the
            # groups of their country may fight beside: «وقصفت المعارضة بلدات موالية للنظام … وسيطر مقاتلون من
            # المعارضة وجبهة النصرة»)
            opponents |= {g for g, group in groups.items() if group.country in struck
                          and not (here and fought_at.get(g) and not here & fought_at[g])}
        opponents -= {s.entity.id for s in c.source if s.entity is not None}
        if not opponents:
            continue
        best = max(opponents, key=lambda g: (len(groups[g].mentions), -min(m.start for m in groups[g].mentions)))
        spot = _spot_of(doc, groups[best], c.token)
        if spot is not None:
            c.target = c.target + [spot]


def _fighting_keys(spot: ActorSpot) -> list[str]:
    """Who fights in a story's conflicts: the actor, and the country of one that fights for its state (the Syrian
    opposition does not fight whom the Syrian army fights)."""
    if spot_code(spot).endswith(_OUTSIDE_THE_STATE):
        return [spot.key]
    return [side for side in (spot.key, spot.side) if side]


PROTESTED_SIDE_SENTENCES = 3  # sentences back where a foreign side's act against the crowd's country is told


AGAINST_REACH = 4  # words after «ضد» where the side a protest is against is named: «ضد نظام الرئيس بشار الاسد»


def _protested_sides(doc: Document, events: list[Candidate], lexicon: EventLexicon, token_of: dict[int, int]) -> None:
    """«تظاهر الآلاف في إسطنبول تنديدا بأعمال العنف» beside «واتهمت تركيا إسرائيل», «تستمر المظاهرات في غزة» after
    Israeli fire killed Palestinians: a crowd's protest naming no one is against the foreign side its country's
    state condemns or rejects in the same sentence, or that has just struck its country, or else the one foreign
    side its sentence names; only then the crowd's own government."""
    for c in events:
        if c.target or not c.source or c.match.trigger.code[:2] != "14" \
                or not all(s.entity is None and s.side for s in c.source):
            continue
        home = _merge_keys(c.source)
        sentence = doc.sentences[c.sentence]
        against = next((j for j in range(c.token + 1, min(sentence.token_end, c.token + 3))
                        if doc.tokens[j].norm == "ضد"), None)
        if against is not None:
            own = [s for s in find_actor_spots(doc, against + 1, min(sentence.token_end, against + 1 + AGAINST_REACH),
                                               lexicon, token_of) if _merge_keys([s]) & home]
            if own:
                c.target = own[:1]  # «الاحتجاجات ضد نظام الرئيس بشار الاسد»: against their own ruler, as said
                continue
        best: tuple[int, list[ActorSpot]] | None = None
        for e in events:
            if e is c or e.negated or not e.source or not e.target or e.match.trigger.code[:2] not in _CONFLICT_ROOTS:
                continue
            src, tgt = _merge_keys(e.source), _merge_keys(e.target)
            if e.sentence == c.sentence and src & home and not tgt & home and e.match.trigger.code[:2] in ("11", "12") \
                    and not {s.key for s in e.source} & {s.key for s in c.source}:
                other = e.target  # «واتهمت تركيا إسرائيل …، بينما تظاهر الآلاف في إسطنبول» (its state, not the crowd)
            elif 0 <= c.sentence - e.sentence <= PROTESTED_SIDE_SENTENCES and tgt & home and not src & home \
                    and e.match.trigger.code[:2] in VIOLENCE_ROOTS:
                other = e.source  # «قتل العشرات … برصاص الجيش الإسرائيلي» … «تستمر المظاهرات في غزة»
            else:
                continue
            rank = abs(c.token - e.token)
            if best is None or rank < best[0]:
                best = (rank, other)
        if best is None and not any(doc.tokens[j].norm == "ضد" for j in range(c.token + 1, sentence.token_end)):
            # (but «تظاهر اليونانيون ضد اتفاق مع مقدونيا»: what a protest is against is a thing of their own state's)
            spots = find_actor_spots(doc, sentence.token_start, sentence.token_end, lexicon, token_of)
            foreign = {lexicon.iso3(s.side): s for s in spots if s.side and not _merge_keys([s]) & home
                       and not (s.entity is not None and (s.entity.cameo or "").endswith("MED"))  # (not «فرانس برس»)
                       and not spot_code(s).endswith(("CVL", "REF"))}  # (nor «اللاجئين الفلسطينيين» aid is for)
            if len(foreign) == 1:
                # «حيث يتجمع آلاف السكان على طول السياج الأمني مع إسرائيل للتظاهر»: the one foreign side named
                best = (0, list(foreign.values()))
        if best is not None:
            c.target = list(best[1])


CAMPAIGN_SENTENCES = 8  # sentences either way where a side's other strikes tell whom its campaign is against


def _campaign_targets(events: list[Candidate], lexicon: EventLexicon) -> None:
    """«قتلوا في هجمات جوية حكومية يوم الأحد» in a story of the government striking the Ghouta: a strike naming
    no target is aimed where the same side's other strikes nearby were, the most told of them."""
    for c in events:
        if c.target or not c.source or c.negated or c.match.trigger.code[:2] not in VIOLENCE_ROOTS \
                or any(s.generic and s.generic[0] in _EQUIPMENT and not s.country for s in c.source):
            continue  # («طائرات» of no side named may be either side's)
        keys = _campaign_keys(c.source)
        told: dict[frozenset[str], tuple[int, list[ActorSpot]]] = {}
        for e in events:
            if e is c or e.negated or not e.target or e.match.trigger.code[:2] not in VIOLENCE_ROOTS \
                    or abs(e.sentence - c.sentence) > CAMPAIGN_SENTENCES or not keys & _campaign_keys(e.source):
                continue
            key = frozenset(_merge_keys(e.target))
            n, _ = told.get(key, (0, e.target))
            told[key] = (n + 1 + len(e.merged), e.target)
        if told:
            c.target = other_side(c.source, max(told.values(), key=lambda t: t[0])[1], lexicon)


_OUTSIDE_THE_STATE = ("REB", "OPP", "INS", "UAF", "RAD")  # rebels, opposition, insurgents, gunmen, radicals


def _campaign_keys(spots: list[ActorSpot]) -> set[str]:
    """Who wages a campaign: the actors, and the country of those that fight for its state — the PKK is no
    side of the Turkish police that killed gunmen nearby."""
    return {s.key for s in spots} | _merge_keys([s for s in spots if not spot_code(s).endswith(_OUTSIDE_THE_STATE)])


def _places_of(c: Candidate, lexicon: EventLexicon) -> set[str]:
    """The places an event is told at: those struck («غارات على عفرين») and where it happened («في الغوطة»)."""
    spots = c.target + ([c.location] if c.location is not None else [])
    return {s.key for s in spots if _a_place(s, lexicon)}


def _a_place(spot: ActorSpot, lexicon: EventLexicon) -> bool:
    """«الحديدة», «الغوطة الشرقية»: a place that is no country (a country struck is a side)."""
    return spot.entity is not None and spot.entity.label == "LOC" and not names_its_country(spot.entity, lexicon) \
        and not (spot.entity.cameo or "")


def _spot_of(doc: Document, entity: Entity, token: int) -> ActorSpot | None:
    """A spot for the entity's mention nearest before the token (else its first), for an actor taken from context."""
    starts = token_starts(doc)
    spots = []
    for m in entity.mentions:
        a, b = bisect.bisect_right(starts, m.start) - 1, bisect.bisect_left(starts, m.end)
        if 0 <= a < b:
            spots.append(ActorSpot(a, b, m.start, m.end, entity))
    if not spots:
        return None
    earlier = [s for s in spots if s.token_start < token]
    return max(earlier, key=lambda s: s.token_start) if earlier else min(spots, key=lambda s: s.token_start)


def _violence_word(norm: str) -> bool:
    """«العنف», «بالعنف», «للمجزرة»: a violence word, with or without a preposition before it."""
    return norm in _VIOLENCE_WORDS or norm[1:] in _VIOLENCE_WORDS or norm.lstrip("بل") in _VIOLENCE_WORDS \
        or without_lam_or_ba(norm) in _VIOLENCE_WORDS  # «للقصف»


def _source_gap(c: Candidate) -> int:
    """Tokens between the trigger and the nearest source mention: «روسيا أنها ستتخذ» 1, across clauses many."""
    return min(c.token - s.token_end if s.token_end <= c.token else s.token_start - c.token for s in c.source)


def find_triggers(doc: Document, lexicon: EventLexicon) -> list[tuple[int, TriggerMatch]]:
    """Every trigger word (token index, match), whether or not it has actors: for detection benchmarks."""
    return [match for sentence in triggers_by_sentence(doc, lexicon) for match in sentence]


def triggers_by_sentence(doc: Document, lexicon: EventLexicon) -> list[list[tuple[int, TriggerMatch]]]:
    """The trigger words (token index, match) of each sentence, in order."""
    passed_over = _names_and_dates(doc)
    return [sentence_triggers(doc, sentence, lexicon, passed_over) for sentence in doc.sentences]


def sentence_triggers(doc: Document, sentence: Sentence, lexicon: EventLexicon,
                      passed_over: set[int] | None = None) -> list[tuple[int, TriggerMatch]]:
    """The trigger words of one sentence; a complement a trigger needs («عقد اجتماعا») is no trigger of its own.
    `passed_over` is `_names_and_dates(doc)` when the caller has it already."""
    lo, hi = sentence.token_start, sentence.token_end
    if passed_over is None:
        passed_over = _names_and_dates(doc)
    matches: list[tuple[int, TriggerMatch]] = []
    consumed = _first_names(doc, lo, hi)  # «دانا وايت»: a first name spelled like «دانا» (they condemned)
    for i in range(lo, hi):
        if doc.tokens[i].kind != "word" or i in consumed:
            continue
        m = _match_at(doc, i, hi, lexicon, passed_over)
        if m is None:
            continue
        if m.trigger.code[:2] == "03" and (_in_protasis(doc, i, lo) or (
                m.trigger.kind == "noun" and _intent_noun_not_told(doc, i, lo))):
            continue  # «ما دامت طهران تلتزم بالاتفاق»: the condition set, not an intent expressed (for the rules
            # and the argument model alike)
        matches.append((i, m))
        if m.complement is not None and m.trigger.code != _CLAIM:
            # «عقد اجتماعا»: «اجتماعا» is part of this trigger; so is «عرضا» in «رفضت تركيا عرضا … للوساطة»
            # (but the attack claimed, «تبنى التنظيم الهجوم», is an event of its own)
            consumed.update(range(i + 1, m.complement + 1))
    return matches


def _first_names(doc: Document, lo: int, hi: int) -> set[int]:
    """Tokens lo..hi that open a person's name of two words or more: a name, never a trigger."""
    return {k for k in once_per_document(doc, "first names", lambda: _all_first_names(doc)) if lo <= k < hi}


def _all_first_names(doc: Document) -> frozenset[int]:
    starts = token_starts(doc)
    out: set[int] = set()
    for entity in doc.entities:
        if entity.label != "PER":
            continue
        for mention in entity.mentions:
            if mention.kind != "name":
                continue
            first = bisect.bisect_right(starts, mention.start) - 1
            if doc.tokens[first].start == mention.start and bisect.bisect_left(starts, mention.end) - first >= 2:
                out.add(first)
    return frozenset(out)


# what opens a condition clause: «إذا», «لو», «طالما», «ما دامت»
_PROTASIS_OPENERS = frozenset({"اذا", "لو", "طالما", "دام", "دامت", "داموا", "دامتا"})
_PROTASIS_END = frozenset({"،", ",", ":", "؛"})
PROTASIS_WINDOW = 10  # words from «إذا» to what it conditions: «إذا لم يقدم الأوروبيون خلال عدة أسابيع ضمانا … عن التزامهم»


def _in_protasis(doc: Document, i: int, lo: int) -> bool:
    """«إذا بقي ترامب ملتزما بالاتفاقية», «ما دامت طهران تلتزم»: the trigger stands in the if-clause (but «إن
    أرادت طالبان السلام فنحن مستعدون»: the main clause after «فـ» is what is said)."""
    words = 0
    for k in range(i - 1, lo - 1, -1):
        tok = doc.tokens[k]
        if tok.text in _PROTASIS_END or tok.text in _QUOTE_MARKS:
            return False
        if tok.kind != "word":
            continue
        norm = strip_conj(tok.norm)
        if norm in _PROTASIS_OPENERS:
            return norm[:1] != "د" or (k > lo and doc.tokens[k - 1].norm == "ما")
        if tok.norm.startswith("ف") and tok.norm[1:] in ("نحن", "انا", "ان", "انه", "انها", "سوف"):
            return False  # «فنحن مستعدون», «فإن»: the answer to the condition
        words += 1
        if words > PROTASIS_WINDOW:
            return False
    return False


# nouns that govern an intent without telling it: «مدى التزام إيران», «للحفاظ على التزام», «ضمانا عن التزامهم»
_INTENT_QUESTIONED = frozenset({"مدي", "ضمان", "ضمانا", "ضمانات", "الحفاظ", "للحفاظ", "حول", "شكوك", "الشكوك"})


# verbs that take a commitment back: «وقد سحب ترامب مؤخرا التزام الولايات المتحدة بالاتفاق»
_INTENT_WITHDRAWN = frozenset({"سحب", "يسحب", "تسحب", "سحبت", "تخلي", "التخلي", "تخلت", "يتخلي", "تتخلي"})


def _intent_noun_not_told(doc: Document, i: int, lo: int) -> bool:
    """«خطوات للالتزام بتعهداتها» (a purpose), «الشكوك حول مدى التزام إيران» (a doubt), «سحب ترامب التزام
    الولايات المتحدة» (taken back): an intent noun that nobody is told to express."""
    if doc.tokens[i].norm.startswith("لل"):
        return True
    before = [strip_conj(doc.tokens[k].norm) for k in range(max(lo, i - 5), i) if doc.tokens[k].kind == "word"]
    return any(w in _INTENT_QUESTIONED for w in before[-2:]) or any(w in _INTENT_WITHDRAWN for w in before[-4:])


_POWER_SEATS = frozenset(normalize_word(w) for w in ("السلطة", "الحكم", "سدة", "الرئاسة", "البيت", "العرش"))
TO_POWER_WINDOW = 6  # words from «وصول» to «إلى» (its subject may stand between)


def _to_power(doc: Document, i: int, hi: int) -> bool:
    """«وصول ترامب إلى البيت الأبيض», «وصل إلى السلطة»: an arrival in office, not a visit."""
    for k in range(i + 1, min(hi - 1, i + 1 + TO_POWER_WINDOW)):
        if doc.tokens[k].norm == "الي":
            return doc.tokens[k + 1].norm in _POWER_SEATS
    return False


# the posts of a man who heads or speaks for a body: the titles before a name, and a founder or guide («رئيس حزب النور
# يونس مخيون», «القائد السابق للجيش الجمهوري», «المرشد العام للإخوان»)
_HEADS = TITLE_HEADS | {"مؤسس", "مرشد"}
_FORMER = frozenset(normalize_word(w) for w in ("السابق", "الأسبق", "الجديد", "الحالي", "العام"))


def _person_heading(doc: Document, spot: ActorSpot, spots: list[ActorSpot]) -> ActorSpot | None:
    """The man named right after a body his post governs («التقى … برئيس حزب النور يونس مخيون»): the one met is the
    man, whom the body's name only tells apart; None when no post and name frame the body."""
    if spot.entity is None or spot.entity.label == "PER":
        return None
    person = next((p for p in spots if p.token_start == spot.token_end and p.entity is not None
                   and p.entity.label == "PER"), None)
    if person is None:
        return None
    k = spot.token_start - 1
    while k >= 0 and strip_conj(doc.tokens[k].norm) in _FORMER:
        k -= 1  # «القائد السابق للجيش»
    if k < 0:
        return None
    post = without_lam_or_ba(strip_conj(doc.tokens[k].norm))
    return person if post in _HEADS or post.removeprefix("ال") in _HEADS else None


# unnamed groups that are sides of any act, not only of protest and violence: «دعا النظام اللاجئين إلى العودة»
# unnamed groups that are a side in words as well as in arms: «وجه النظام أصابع الاتهام إلى الثوار»
_NAMED_GROUPS = frozenset({"protesters", "refugees", "displaced people", "rebels", "jihadists", "separatists"})
_HELD_PEOPLE = frozenset({"detainees", "prisoners", "hostages", "journalists", "activists"})


_WATERS = frozenset({"البحر", "بحر", "المحيط", "محيط", "مضيق"})


def _water(doc: Document, spot: ActorSpot) -> bool:
    """«البحر الأحمر», «مضيق هرمز»: a sea or a strait, named by its first word."""
    word = strip_conj(doc.tokens[spot.token_start].norm)
    return spot.entity is not None and (word in _WATERS or without_lam_or_ba(word) in _WATERS)  # («بحر» opens with «ب»)


def _release_of_the_held(doc: Document, i: int, m: TriggerMatch, spots: list[ActorSpot], usable: list[ActorSpot],
                         lexicon: EventLexicon, triggers: set[int]
                         ) -> tuple[list[ActorSpot], list[ActorSpot], ActorSpot | None] | None:
    """«أفرجت السلطات الإيرانية عن المعتقلين»: those held, named by no country, are whom a release is of when no
    side is (not «السجناء الذي أفرجت عنهم موسكو مقابل إفراج الولايات المتحدة»: the other side of the exchange; and
    never who released: «أسرى أطلقت المعارضة المسلحة سراحهم»)."""
    held = {s.key for s in spots if s.generic and s.generic[0] in _HELD_PEOPLE}
    if not held:
        return None
    found = find_participants(doc, i, m, [s for s in spots if s in usable or s.key in held], lexicon, triggers)
    if found is None or not found[1] or any(s.key in held for s in found[0]):
        return None
    return found


def _sentence_candidates(doc: Document, si: int, sentence: Sentence, lexicon: EventLexicon,
                         token_of: dict[int, int], matches: list[tuple[int, TriggerMatch]]) -> list[Candidate]:
    lo, hi = sentence.token_start, sentence.token_end
    if not matches:
        return []
    spots = find_actor_spots(doc, lo, hi, lexicon, token_of)
    trigger_tokens = {i for i, _ in matches}
    out: list[Candidate] = []
    for i, m in matches:
        # a verb, or an indefinite participle told as a circumstance («متوعدا»), even once read as another code
        # («هاجم» as criticism): no relative pronoun after it has it for antecedent
        spelled_as_verb = m.trigger.kind == "verb" or (
            m.trigger.kind == "participle" and not strip_conj(doc.tokens[i].norm).startswith("ال"))
        if m.trigger.code[:2] in _GENERIC_ACTOR_ROOTS:
            # «مسلحون», «المتظاهرون» act in protest and violence; a bare demonym («جنود سوريون») is too vague there
            # civilians («المواطنين السوريين», «مدنيين») are struck; they do not strike
            usable = [s for s in spots if (not is_bare_demonym(s) or _adjective_of(doc, i, m, s)
                                           or owns_the_sites(doc, s)
                                           or names_a_people(doc, s, lexicon)
                                           or (m.trigger.code[:2] == "14" and counted_crowd(doc, s))) and not (
                m.trigger.code[:2] in ("18", "19", "20") and s.generic and s.generic[0] in _VICTIMS)
                and not (s.generic and s.generic[0] in _NOBODY_WITHOUT_A_COUNTRY and not s.country)
                # «بإطلاق الصواريخ الإيرانية»: the missiles fired are neither who fired them nor what they struck
                and not (s.generic and s.generic[0] == "missiles" and s.token_start == i + 1
                         and m.trigger.lemma in _FIRING)
                # «يحارب حزب العمال … من أجل حكم ذاتي للأكراد»: what is won for a people does not strike them
                and not (s.ethnic is not None and has_lam(doc.tokens[s.token_start]))]
            # «طائرات الركاب»: aircraft, tanks or ships of no named side are nobody (but «الطائرات الأمريكية»)
        else:
            usable = [s for s in spots if s.entity is not None or s.speaker or s.country or is_collective(s)
                      or (s.ethnic is not None and not _people_of_an_untold_act(doc, s, trigger_tokens))
                      or (s.generic and s.generic[0] in _NAMED_GROUPS)]
        found = find_participants(doc, i, m, usable, lexicon, trigger_tokens)
        if m.trigger.code[:3] == "084" and (found is None or not found[1]):
            found = _release_of_the_held(doc, i, m, spots, usable, lexicon, trigger_tokens) or found
        if found is None:
            continue
        source, target, location = found
        if m.trigger.code == "111" and m.complement is not None and m.complement > i:
            # «وتعتبر أنقرة وحدات حماية الشعب الكردية "جماعة إرهابية"»: what the side is called is no side itself
            # (but the complement of other rows may be a side: «الاعتراف بالقدس»)
            source, target = ([s for s in side if not s.token_start <= m.complement < s.token_end]
                              for side in (source, target))
        if m.trigger.code == "182" and m.trigger.lemma == _BEAT \
                and not any(spot_code(s).endswith("COP") for s in source) \
                and not any((t.entity is not None and t.entity.label == "PER")
                            or spot_code(t).endswith(_PEOPLE_BEATEN) for t in target) and (
                any(t.entity is not None and t.entity.label == "LOC" for t in target)
                or any(is_state_force(s) or (s.entity is not None and s.entity.label != "PER") for s in source)):
            # «أعلنت وزارة الدفاع البريطانية أنها ضربت "مجمعا عسكريا" بالقرب من حمص»: a state or an army that
            # «ضرب», or a place it struck, is a strike with arms, not a beating (as the police's of protesters is:
            # «ضربت الشرطة البريطانية المتظاهرين في لندن»)
            m = TriggerMatch(_STRUCK_WITH_ARMS, m.future, m.complement)
        if not (source and target) and len(source + target) == 2 and named_by_one_dual(*(source + target)):
            source, target = (source + target)[:1], (source + target)[1:]  # «اتفقت الكوريتان»: one state of the
            # dual with the other
        target = [_person_heading(doc, t, spots) or t for t in target  # «بالقائد السابق للجيش الجمهوري … مارتن ماكغينيس»
                  if not (_water(doc, t) and m.trigger.code[:3] != "154")  # «يشنها الحوثيون على سفن في البحر
                  # الأحمر», «مناورات في البحر المتوسط»: a sea is where, not whom (but where forces are sent: «نشرت
                  # بكين أسلحة … في بحر الصين»)
                  and not (m.trigger.code[:2] in VIOLENCE_ROOTS and _is_monitor(t))]  # «الغارات الإسرائيلية …
        # وفق حصيلة أوردها المرصد السوري»: the observatory counts the dead; no one strikes it
        if m.trigger.code == "163" and m.complement is not None \
                and (imposer := next((s for s in usable if is_bare_demonym(s)
                                      and _nisba_of_the_act(doc, m.complement, s)), None)) is not None:
            # «أعرب الاتحاد الأوروبي عن أسفه لإعادة فرض العقوبات الأمريكية على إيران»: the sanctions' own
            # adjective names who imposes them, not the subject of the verb the masdar hangs on
            source, target = [imposer], [t for t in target if t.key != imposer.key] or _sanctioned(doc, imposer, usable)
        if m.trigger.code[:2] == "11" and source and not target:
            # «دانت منظمة العفو الدولية اعتقال نشطاء في السعودية»: the state whose arrests are condemned
            target = _state_of_the_act(doc, max([i] + [x.token_end - 1 for x in source]), matches, spots, lexicon, hi) \
                or _doer_of_the_act_regretted(doc, i, m, matches, usable)
        if not source and m.trigger.code[:2] in VIOLENCE_ROOTS and death_noun(doc.tokens[i]) \
                and (shooter := shot_by(doc, i, usable)) is not None:
            # «مقتل فلسطينيين اثنين برصاص الجيش الإسرائيلي», «لقي فلسطينيان مصرعهما برصاص …»: who shot them
            source = actor_group(doc, shooter, [s for s in usable if s.token_start >= shooter.token_start])
            target = [t for t in target if t.key not in {s.key for s in source}] or _the_dead(doc, i, spots)
        if not source and m.trigger.kind == "noun" and (doers := _perpetrators_of(usable, i)):
            source = doers  # «هوية منفذي الهجمات»: those who carried the attack out, named by it
        if m.trigger.code[:2] == "11":
            # «أدانت العنف ضد الفلسطينيين»: those the violence was against are not the side condemned
            target = [t for t in target if not _victim_of_violence(doc, t)]
        if m.trigger.code[:2] in ("18", "19", "20"):
            # «قتلت الشرطة الإسرائيلية 12 فلسطينيا», «مقتل 193 هولنديا و43 ماليزيا»: people counted by their
            # nationality are struck; they do not strike
            source = [s for s in source if not _counted_people(doc, s)]
        if m.trigger.lemma in _DESCRIBING and (speaker := _describer(doc, i, source, out)):
            # «متهما الأمم المتحدة بما وصفه بالنفاق لتركيا»: «بما وصفه» is what the accuser called it; the side right
            # before «بما» is the object of his own verb
            source, target = speaker, [t for t in target if t.key not in {s.key for s in speaker}]
        if _reception_party(doc, i):
            source, target = _receivers(doc, i, spots, out)
            if not source:
                continue
        if m.trigger.code[:3] == "042" and _to_power(doc, i, hi):
            continue  # «منذ وصول ترامب إلى البيت الأبيض»: coming to power is no visit
        if passive_accusation(doc, i, m, spots):
            continue  # «واليمن أين تُتهم بدعم الحوثيين»: the accused is the subject; who accuses is untold
        if not source and m.trigger.kind == "verb" and (body := _body_referred_to(doc, i, hi)) is not None:
            source = [body]  # «كما طالبت الوزارة الدول كافة»: the ministry the story named before
            target = [t for t in target if t.key != body.key]
        target = [t for t in target if not _allied_with(doc, t)]  # «الحوثيون المتحالفون مع إيران»: an ally
        target = [t for t in target if not _whose_arm(doc, t, source + target)]  # «جبهة النصرة ذراع تنظيم القاعدة»
        if source and (loyalists := [t for t in target if _loyal_in_the_subject(doc, t)]):
            # «رفضتها ميليشيات الحوثيين والموالون للمخلوع صالح»: those loyal to Saleh rejected it with them
            source, target = source + loyalists, [t for t in target if t not in loyalists]
        if m.trigger.kind == "noun" and _met_with(doc, i, lo):
            # «لقي القرار الأمريكي ترحيبا من السعودية»: the subject met the act; who did it follows «من»
            doers = _doers_after_min(doc, i, hi, usable, trigger_tokens)
            if doers:
                source, target = doers, [s for s in source + target if s.key not in {d.key for d in doers}
                                         and s.token_end <= i]
        # a speaker named only by the quote acts; it is not acted on, nor is fighting the subject of a speech verb
        # («… مع اشتباكات ومناوشات متقطعة وأضاف الزوي أن …»)
        target = [t for t in target if not t.speaker
                  and not (m.trigger.code[:2] in ("18", "19", "20") and _says(doc, t))]
        if m.trigger.code[:2] in VIOLENCE_ROOTS and len(source) == 1 and not target and source[0].entity is None \
                and source[0].token_end == i and accusative_group(doc.tokens[source[0].token_start].norm, lexicon) \
                and not spot_code(source[0]).endswith(_ATTACKER_ROLES):
            # (but «بأن مهاجما انتحاريا فجر نفسه»: an attacker is who struck)
            # «أعلن الجيش أن جنديا أميركيا قتل»: the accusative after «أن» is the clause's subject, and with no
            # object the verb is the passive: the soldier was killed
            source, target = [], source
        if m.trigger.code[:2] in VIOLENCE_ROOTS and len(source) == 1 and target and source[0].token_start > i \
                and _called_by_name(doc, source[0], target[0]):
            source, target = [], [target[0]]  # «قتلت شابة بريطانية تدعى آنا كامبل»: the young woman is Anna Campbell,
            # who was killed; she is no one's killer and not her own victim
        if m.trigger.code[:2] in VIOLENCE_ROOTS and source and _own_members_after(doc, i, hi) \
                and not (m.trigger.kind == "verb" and i - 2 < max(s.token_end for s in source) <= i):
            # (but «إن مسلحين أكرادا قتلوا اثنين من جنوده»: the verb's own subject, right before it, killed them)
            # «أعلن الجيش التركي مقتل ثمانية من جنوده»: who announces the death of its own men lost them
            source, target = [], source
        if m.trigger.code[:2] in VIOLENCE_ROOTS and source and all(_media_of(doc, s) or is_medium(s) for s in source):
            source = []  # «أعلنت وسائل إعلام سورية اغتيال عزيز اسبر»: the media told the killing; they did not kill
        if not source and _causal_accusation(doc, i, m):
            # «قطعت السعودية … علاقاتها مع قطر … إثر اتهامها بدعم»: the main clause's sides, accuser → accused
            main = next((c for c in reversed(out) if c.source and c.target), None)
            if main is not None and main.match.trigger.code != "016":
                # (but «نفت دمشق الأمر … بعد اتهامها بشن هجوم»: who denies is the accused, by no one named)
                source, target = main.source, main.target
        if not source and m.trigger.code[:2] in _HOSTILE_ROOTS:
            source = _claimant(doc, i, lo, hi, spots, lexicon)  # «هجمات، أعلن تنظيم الدولة مسؤوليته عنها»
        if not source and m.trigger.kind == "noun" and out and out[-1].source and _after_participle(doc, i, lo):
            source = out[-1].source  # «ندد الملك سلمان بالأعمال …، مشددا على رفض تدخلاتها»: the main clause's subject
            if out[-1].target and _owned_object(doc, i, hi):
                target = out[-1].target  # «فرض عقوبات بحق الوزيرين … معلنة مصادرة ممتلكاتهما»: theirs
        if not source and target and m.trigger.kind == "noun" and i > 0 and doc.tokens[i - 1].norm in _PURPOSE_WORDS \
                and (main := next((c for c in reversed(out) if c.source and c.token < i and c.match.trigger.kind == "verb"
                                   and not _inside_reported(doc, c.token, lo)), None)) is not None \
                and (aimed := other_side(main.source, target, lexicon)):
            # «وحاصر الجيش التركي مدينة عفرين …، وذلك بغرض طرد وحدات حماية الشعب»: the purpose is the subject's of
            # the verb before it, aimed at another side
            source, target = main.source, aimed
        if m.trigger.kind == "participle" and any(c.source for c in out) and not held_by(doc, i, m, usable) \
                and not undergone_after_kana(doc, i, m):
            # (an event told in between with no source of its own — «الهجوم المروع» — leaves the clause's subject)
            # «قطعت السعودية العلاقات … متهمة إياها»: the participle's subject is the main clause's, not that
            # of an event told inside it («أعلنت تركيا أن قرار الولايات المتحدة نقل سفارتها …، متهمة واشنطن»)
            main = next((c for c in reversed(out) if c.source and c.token < i
                         and not _inside_reported(doc, c.token, lo) and not _subordinate_before(doc, c.token, i, lo)),
                        None)
            source = main.source if main is not None else (_main_subject(doc, i, lo, spots, lexicon) or out[-1].source)
            if i + 1 < hi and doc.tokens[i + 1].norm in _IYYA and out[-1].target:
                target = out[-1].target  # «إياها»: the main verb's object (Qatar), not «بمساندة إيران»
        elif (clause := _clause_event(doc, out, i)) is not None and m.trigger.kind == "verb" \
                and continues_clause(doc, i) and not _unnamed_subject_after(doc, i, hi) and (not source or (
                    verb_conjoined(doc.tokens[i]) and not any(s.token_start > i for s in source)
                    and not (m.trigger.code[:2] in VIOLENCE_ROOTS and joined_attack_carrier(doc, i) is not None))
                    or _met_on_the_visit(doc, clause, i, m)):
            # «سيجري محادثات مع أمير الكويت ويبحث معه …»: the same subject; «زار الجزائر، والتقى الرئيس
            # الجزائري»: whom the visitor met there (but «وعدت الحكومة … غداة هجوم انتحاري نسب إلى تنظيم داعش وضرب
            # مدينة سوروتش»: a verb going on describing an attack has its carrier for subject)
            if _met_on_the_visit(doc, clause, i, m):  # (the side read as its subject, right after it, was met)
                target = [t for t in [x for x in source if x.token_start > i] + target
                          if t.key not in {x.key for x in clause.source}]
            source = clause.source
            if received(doc, clause.token) and clause.target:
                source = clause.target  # «وتلقى العاهل الأردني اتصالات من … واستقبل»: who received the calls
            if not target and has_object_pronoun(doc.tokens[i].norm) and clause.target:
                target = clause.target  # «تحدث مع نظيره … على أن يلتقيه»: «ـه» is the one he spoke with
        if m.trigger.kind == "verb" and m.trigger.code[:2] == "04" and i + 1 < hi \
                and doc.tokens[i + 1].norm in _DURING_IT and any(
                    strip_conj(doc.tokens[k].norm).lstrip("بل").removeprefix("ال") in _VISITS
                    for k in range(max(lo, i - VISIT_BEFORE_DURING), i)) \
                and (visitor := next((c.source for c in reversed(out) if c.match.trigger.code[:3] == "042"
                                      and c.source and c.token < i), None)
                     or _main_subject(doc, i, lo, spots, lexicon)):
            # «غادر الأمير محمد بن سلمان … بعد زيارة عمل التقى خلالها الرئيس المصري»: «خلالها» takes up the visit;
            # the visitor met the side named after it
            target = [t for t in [x for x in source if x.token_start > i] + target
                      if t.key not in {x.key for x in visitor}]
            source = visitor
        if m.trigger.kind == "participle" and (subject := _relative_clause_subject(doc, i, lo, spots)):
            source = subject  # «لبوريس جونسون، الذي استقال، متهما ماي»: the relative clause's antecedent
        if m.trigger.lemma in _DESCRIBING and source and not target and si > 0 and _described_alone(doc, i, source) \
                and (before := _previous_subject(doc, si - 1, lexicon, token_of) or _speaker_in(doc, si - 1, token_of)) \
                and not {s.key for s in before} & {s.key for s in source}:
            # «كما وصف الرئيس السوري بأنه "حيوان قاتل بالغاز"»: the one side before «بأنه» is the one described;
            # who described him is the last sentence's subject
            source, target = before, source
        elif m.trigger.lemma in _DESCRIBING and source and not target and i > lo \
                and doc.tokens[i - 1].norm in _WHERE_CLAUSE and _described_alone(doc, i, source, opening=False) \
                and (describer := next((x for x in reversed(usable) if x.token_end <= i - 1 and x.token_start >= lo
                                        and not governed(doc, x) and can_act(x, lexicon)
                                        and x.key not in {y.key for y in source}), None)) is not None:
            # «في تصريحات القاها فوتيل في البنتاغون، حيث وصف سليماني بأنه "ذو طبيعة عدائية"»: the clause after
            # «حيث» goes on with the sentence's speaker; the side after the verb is the one described
            source, target = [describer], source
        if m.trigger.kind == "verb" and verb_conjoined(doc.tokens[i]) and not _accused_by_pronoun(doc.tokens[i]) \
                and _object_named_after(doc, i, m, source, target, lo, hi, spots) and not _inside_reported(doc, i, lo):
            # «وتعرض أبو مازن لقضية المصالحة واتهم حماس بالإقدام على …»: a joined accusation names the accused
            # right before the charge; who accuses is the sentence's subject (a side named inside the charge,
            # «بإفشال … لأجندة إيران», is not accused; with «وتتهمهن السلطات» the side after is the subject);
            # so does a joined description: «وتحدث أردوغان أمام أنصاره ووصف زعيم حزب الشعب الجمهوري بأنه ديكتاتور»,
            # and a joined demand: «وانتقد ماكين القمة وطالب ترامب بتوضيح تعليقاته» (but a demand opening its
            # sentence, «وطالب الرئيس بإجراء تحقيق», is mostly the subject's own, and a plural in «ـون» is the
            # subject: «ويطالب المحتجون بتغيير النهج»)
            named = {s.key for s in source}
            demand = m.trigger.lemma == _DEMANDING
            subject = [s for s in _main_subject(doc, i, lo, spots, lexicon) if s.key not in named]
            if not subject and si > 0 and _opening(doc, i, lo) is not None and not demand:
                # «… قال بيرقدار. واتهم النظام السوري بعدم منح …»: opening its sentence, it goes on with the last
                subject = [s for s in _previous_subject(doc, si - 1, lexicon, token_of) or _speaker_in(doc, si - 1, token_of)
                           if s.key not in named]
            if subject or not demand:  # («وطالبت منظمة مراسلون بلا حدود بحمايته»: with no other subject told, who
                source, target = subject, source  # demands is the side after the verb; the accused still accuses
                # no one)
        elif m.trigger.kind == "verb" and m.trigger.lemma != _DEMANDING and not has_object_pronoun(doc.tokens[i].norm) \
                and _object_named_after(doc, i, m, source, target, lo, hi, spots) and not _inside_reported(doc, i, lo) \
                and not _side_before_in_clause(doc, i, lo, spots):
            # «ومنذ بدء النزاع السوري في 2011، اتهمت قوات النظام مرارا باستخدام أسلحة كيميائية»: an accusation
            # naming one side before the charge, with no subject before it, was made of that side (the passive)
            source, target = [], source
        if not source and target and m.trigger.lemma in _HOLDING_LEMMAS and verb_conjoined(doc.tokens[i]) \
                and not has_object_pronoun(doc.tokens[i].norm) \
                and _comma_between(doc, lo, i) and not _inside_reported(doc, i, lo):
            # «لجأ الجيش الإسرائيلي إلى إلقاء منشورات، وحمّل حركة حماس … المسؤولية»: a blame joined after a comma,
            # whose object stands right after it, goes on with the sentence's first actor
            source = _main_subject_besides(doc, i, lo, spots, lexicon, target)
        if not source and m.trigger.kind == "verb" and i > lo and doc.tokens[i - 1].text in "،," \
                and verb_conjoined(doc.tokens[i]) and not is_passive(doc.tokens[i]) and not _inside_reported(doc, i, lo):
            # «تفقد رئيس الوزراء الإيطالي ماتيو رينزي المناطق المنكوبة أمس، وأشاد بجهود فرق الإغاثة»: a verb joined
            # after a comma, with no subject of its own, goes on with the sentence's first actor
            source = _main_subject_besides(doc, i, lo, spots, lexicon, target)
        if not source and m.trigger.kind == "noun" and (verb := _light_verb_joined_after_comma(doc, i, lo)) is not None \
                and not _inside_reported(doc, verb, lo):
            # «تعتبر الصين المنشقين مهاجرين غير شرعيين، وتعمل على ترحيلهم»: the masdar of a light verb joined after
            # a comma with no subject of its own is the act of the sentence's first actor
            source = _main_subject_besides(doc, verb, lo, spots, lexicon, target)
        if not source and m.trigger.kind == "verb" and si > 0 and (
                _opens_sentence(doc, i, lo, m.trigger) or _country_object_first(doc, i, lo, m.trigger, target)):
            source = _previous_subject(doc, si - 1, lexicon, token_of)  # «… اعتبر الوزراء … . كما دانوا»
        if not source and m.trigger.kind == "verb" and m.trigger.code[:2] == "04" and i > lo \
                and doc.tokens[i - 1].norm in _WHERE_CLAUSE and _no_subject_next(doc, i, hi):
            # «زار دي مستورا طهران اليوم حيث التقى مع وزير الشؤون الخارجية»: «حيث» goes on with the sentence's subject
            # — a reported clause's own («قال فوزي إن ولد الشيخ أحمد سيذهب إلى سلطنة عمان حيث التقى»)
            source = _main_subject_besides(doc, i, reported_clause_start(doc, i, lo), spots, lexicon, target) \
                or _main_subject_besides(doc, i, lo, spots, lexicon, target)
        if source and m.trigger.kind == "verb" \
                and (_we_do(doc.tokens[i].norm, m.trigger.lemma) or speaks_as_i(doc, i, m.trigger.lemma)) \
                and all(s.token_start > i for s in source):
            # «"… وندعم بقوة حق إسرائيل"», «"سنطرد طالبان من ولاية فارياب"»: who follows «نـ» is acted on, by the
            # speaker (unknown when the speaker is not named: «وقال الزعيم المتقدم في السن»); a side read as the
            # object of that false subject is further on («نحن نعتبر تركيا عدوانا غازيا …، لا يحق للولايات المتحدة»)
            source, target = _speaker_source(doc, i, spots), source + [t for t in target if _a_place(t, lexicon)]
        if not source and m.trigger.kind == "verb" and (
                is_first_person(doc.tokens[i].norm, m.trigger.lemma) or speaks_as_i(doc, i, m.trigger.lemma)
                or (i > lo and strip_conj(doc.tokens[i - 1].norm) == "كما" and not is_passive(doc.tokens[i])) or (
                (that := that_he_before(doc, i)) is not None and not is_passive(doc.tokens[i])
                and not spells_out_a_claim(doc, i - 1) and not another_man(doc, that))):
            source = _speaker_source(doc, i, spots)  # «قال لافروف: "سنرد"»: «نرد» is the speaker's act;
            # «وأضاف أنه يأمل»: «ـه» of a reported clause is its speaker; «وأكد ترامب أن لا علم له بالصفقة كما نفى
            # أن يكون …»: a verb after «كما» in what he said goes on with him
            if _they_not_him(doc, i, source):
                source = []  # «وأضاف [نيكولسن]: "أريد أن أشير إلى أنهم التقوا سرا"»: «ـهم» are others than the man
        elif not source and m.trigger.kind == "noun" and _our(doc.tokens[i].norm):
            source = _speaker_source(doc, i, spots)  # «قال الجبير "نجدد دعوتنا لتكثيف التعاون"»
        elif not source and m.trigger.kind == "noun" and m.trigger.code[:2] == "04" and target \
                and _with_next(doc, i, target[0]):
            # «أعلن ترامب أن المحادثات مع كوريا الشمالية تجري بشكل جيد»: talks with a side are held by the
            # nearest free actor before them («استعداد بيونغ يانغ لإجراء محادثات مع واشنطن»: Pyongyang's); a meeting
            # the clause was told during is its subject's («أعلن تشاوش أوغلو أن بلاده ستبدأ بمحاربة داعش، خلال لقاء مع
            # كيري»), and so is one an act is for, past that act's object («ويعتزم كيري زيارة الدوحة … للاجتماع مع
            # مجلس التعاون»: not Doha's)
            nearest = _nearest_actor_before(doc, i, lo, spots, target[0], lexicon)
            visited = has_lam(doc.tokens[i]) and bool(nearest) and nearest[0].token_start - 1 in trigger_tokens
            source = ((_circumstance_of_the_clause(doc, i, lo) or visited)
                      and _main_subject(doc, i, lo, spots, lexicon)) or nearest
        elif not source and m.trigger.kind == "verb" and _after_subordinator(doc, i):
            source = _speaker_source(doc, i, spots, after=True)  # «قال تميم "…"، قبل أن يشكر …»
        elif not source and m.trigger.kind == "verb" and m.complement is not None and m.complement < i \
                and i > lo and doc.tokens[i - 1].norm in RELATIVE_PRONOUNS and _no_subject_next(doc, i, hi) \
                and not is_first_person(doc.tokens[i].norm, m.trigger.lemma):
            # «أطلع الملك سلمان مجلس الوزراء على فحوى الاتصال الذي أجراه مع ترامب»: the relative verb with no subject
            # of its own is the clause's subject's act
            source = _main_subject_besides(doc, i, lo, spots, lexicon, target)
        elif not source and m.trigger.kind == "verb" and i > lo and doc.tokens[i - 1].norm in _BUT_HE \
                and (clause_before := next((c for c in reversed(out) if c.source and c.sentence == si), None)) \
                is not None:
            # «ولم يتعهد ترامب برفع العقوبات لكنه رحب»: «ـه» of «لكن» is the subject of the clause before it
            source = list(clause_before.source)
        if m.trigger.kind != "participle" and source and all(x.token_start > i for x in source) and _done_by_tamma(doc, i) \
                and not any(object_with_lam(doc, x) for x in source) \
                and strip_conj(doc.tokens[min(x.token_start for x in source) - 1].norm) != "بين":
            # (but «وجرت محادثات بين الولايات المتحدة وحركة طالبان»: the two sides «بين» names held them)
            # «حتى يتم بشكل مشترك طرد مقاتلي داعش»: the genitive of what «تم» says was done is who it was done to
            source, target = [], source + [t for t in target if t.key not in {x.key for x in source}]
        if (holder := _title_holder(doc, i, source, target)) is not None:
            # «وحذر رئيس وكالة الأمم المتحدة المعنية بالشؤون الإنسانية، مارك لوكوك»: the title's holder acts
            titled = {s.key for s in source} | {holder.key}
            source, target = [holder, *source], [t for t in target if t.key not in titled]
        if m.trigger.kind == "verb" and not any(x.token_end <= i for x in source) \
                and (paper := _document_subject(doc, i, hi, m.trigger.lemma)) is not None:
            # «ويتهم النص الإدارة الأمريكية», «وحث البيان جميع سكان الغوطة»: the text is the verb's subject and
            # speaks for whoever issued it; the side after it is the object, not the subject
            issuer = _document_issuer(doc, si, paper, hi, spots, lexicon, token_of)
            source, target = issuer, _acted_on_by_text(doc, paper, issuer, source, target, spots)
        if m.trigger.code not in ("042", "036"):
            # «عاد بحاح إلى اليمن»: going home is an event; but one does not meet one's own country
            target = other_side(source, target, lexicon)
        else:
            # (but a home behind another preposition is the visitor's description: «زيارة زعيم الحزب الاشتراكي
            # الديمقراطي الشريك في الائتلاف الحاكم في ألمانيا»; «يزور وفد من مجلس سوريا الديمقراطية دمشق» stays)
            away = {t.key for t in other_side(source, target, lexicon)}
            target = [t for t in target if t.key in away or not governed(doc, t)
                      or _word_before(doc, t.token_start) == "الي" or has_lam(doc.tokens[t.token_start])]
        at_thing = not target and ((m.trigger.kind == "noun" and thing_object(doc, i, spots) is not None)
                                   or (m.trigger.code[:2] == "07" and _helps_with_a_thing(doc, i, hi, spots))
                                   or (m.trigger.code[:2] == "13" and _threatens_a_thing(doc, i, hi, spots))
                                   or (m.trigger.code == "0841" and _releases_one_unlinked(doc, i, hi, spots)))
        if not target and source and m.trigger.code[:2] in ("02", "10"):
            # «طالبت إيران بالإفراج عن دبلوماسي إيراني محتجز في فرنسا»: a release is asked of whoever holds him
            after_subject = max([i] + [x.token_end - 1 for x in source if x.token_start > i])
            target = [h for h in _holder_of_the_released(doc, after_subject, hi, spots)
                      if h.key not in {x.key for x in source}]
        if not target and source and m.trigger.code[:2] in _CLAUSE_OBJECT_ROOTS and not at_thing:
            # «حذرت ماي من أنه إذا لم يكن هناك رد …، فإن … من قبل موسكو»: whom the warning is about
            target = _clause_target(doc, i, hi, source, spots, lexicon, _violent_tokens(matches))
        if m.trigger.code[:2] == "03" and not _agreed_that(doc, i, hi, m.trigger) and _pledges_hostility(
                doc, max([i] + [s.token_end - 1 for s in source if s.token_start > i]), hi):
            m = TriggerMatch(_THREATEN, m.future, m.complement)  # «تعهد بينس بالاستمرار في الضغط على كوريا الشمالية»
        if m.trigger.kind in ("noun", "verb") and _after_necessity(doc, i, lo):
            # «لا بد من سحب جميع القوات», «ضرورة اتخاذ إجراء»: saying it must happen is a demand (100)
            m = TriggerMatch(_DEMAND, False, None)
            source = _speaker_source(doc, i, spots) or _main_subject(doc, i, lo, spots, lexicon) or source
        if m.trigger.code[:2] in ("18", "19") and _an_attack_word(doc, i, m) and _verbal(doc, m, i, source, target):
            # «شن أردوغان هجوما لاذعا على ماكرون», «هاجم الرئيس نظيره»: words, not arms (111)
            m = TriggerMatch(_CRITICISE, m.future, m.complement)
        elif m.trigger.code == "180" and _an_attack_word(doc, i, m) and source \
                and any(map(is_state_force, source)) and all(is_state_force(s) or _a_state(s, lexicon) for s in source):
            # «بدأ التحالف بقيادة السعودية والإمارات هجومه»: a state's forces attack with arms (190) (not the state
            # named alone: «الهجمات … التي قام بها النظام الإيراني» may be rockets fired by its proxies)
            m = TriggerMatch(_MILITARY_ATTACK, m.future, m.complement)
        if m.trigger.code[:2] == "14" and m.trigger.kind == "noun" and i > lo \
                and without_lam_or_ba(strip_conj(doc.tokens[i - 1].norm)) in _NOTES \
                and (sender := source or _main_subject(doc, i, lo, spots, lexicon)):
            # «وسلمت الكويت مذكرة احتجاج إلى السفير العراقي»: a note of protest is an official complaint (114) by
            # the clause's subject; no crowd marched
            m, source = TriggerMatch(_OFFICIAL_COMPLAINT, m.future, m.complement), sender
            target = [t for t in target if t.key not in {x.key for x in sender}] or [
                t for t in _complained_to(doc, i, hi, spots, sender[0]) if t.entity is None or t.entity.label != "ORG"]
            # («إلى السفير العراقي»: the state it was handed to; a body it is lodged with, «إلى بعثة مراقبي الأمم
            # المتحدة», hears it, and the side complained of is found as for any complaint)
        elif m.trigger.code == "140" and m.trigger.kind == "noun" \
                and (protesting_state := _protesting_state(doc, i, spots, lexicon)) is not None:
            # «عبر عرقجي عن احتجاج إيران الشديد», «أثارت احتجاجا شديدا من طهران»: a state's protest is an official
            # complaint (114), made by the state; no crowd marched
            m, source = TriggerMatch(_OFFICIAL_COMPLAINT, m.future, m.complement), [protesting_state]
            target = [t for t in target if t.side != protesting_state.side] \
                or _complained_to(doc, i, hi, spots, protesting_state)
        elif m.trigger.code[:2] == "14" and m.trigger.lemma not in _DIPLOMATIC_PROTESTS \
                and not (source and all(is_armed(s) for s in source)) \
                and (source or not _one_mans_protest_verb(doc, i, m)):
            # «وشهدت عدة مدن إيرانية تظاهرات», «احتجاجات الأردن»: the crowd of the place that protests
            crowd = _protesters_of_place(doc, i, lo, hi, source, spots, lexicon)
            if crowd is not None:
                source, location = [crowd], location or next((s for s in source if s.entity is not None), None)
        if m.trigger.code == "140" and m.trigger.lemma in _PROTEST_LEMMAS and source \
                and strip_conj(doc.tokens[i].norm).lstrip("بل") not in _PROTESTS_PLURAL \
                and (not strip_conj(doc.tokens[i].norm).startswith("لل") or _after_a_summons(doc, i)) \
                and all((stands_for_its_country(s, lexicon) and not a_people_in_the_plural(doc, s)) or _in_office(s)
                        for s in source):
            # «احتجت مصر على …», «كانت احتجاجا على تصريحات أميركية»: a state or its officials complain officially (114)
            # (not «والإيرانيون يحتجون يوميا»: a people named in the plural protests in the street)
            m = TriggerMatch(_OFFICIAL_COMPLAINT, m.future, m.complement)
        if m.trigger.code[:2] == "14" and source and (shot := _shot_while_protesting(doc, i, si, source, out)):
            # «وقتل 62 فلسطينيا برصاص الجيش الإسرائيلي أثناء تظاهرهم … احتجاجا على نقل السفارة»: «ـهم» are
            # those shot, who protested (and so did the protest told after theirs), not the army that shot them
            source = list(shot.target)
            target = [t for t in target if t.key not in {x.key for x in source}]
        if m.trigger.code[:2] == "14" and source and all(is_armed(s) for s in source):
            # «قوات موالية للنظام تحتشد قبالة مواقعنا»: troops massing show force (150); they do not protest (but
            # «قدم الجيش الباكستاني مذكرة احتجاج إلى بعثة المراقبين»: an army's protest in words is a complaint)
            in_words = m.trigger.lemma in _PROTEST_LEMMAS \
                and strip_conj(doc.tokens[i].norm).lstrip("بل") not in _PROTESTS_PLURAL  # (a crowd's «احتجاجات»)
            m = TriggerMatch(_OFFICIAL_COMPLAINT if in_words else _FORCE_POSTURE, m.future, m.complement)
        if m.trigger.code == "191" and (m.complement is not None or m.trigger.lemma == "حصار") and target \
                and m.trigger.lemma != "اعترض" \
                and all(names_its_country(t.entity, lexicon) for t in target if t.entity is not None) \
                and all(t.entity is not None for t in target):
            # «فرضت السعودية والإمارات والبحرين ومصر حصارا على قطر»: a blockade of a whole country is a boycott
            # (163), not a siege laid to a town or a camp (nor a ship intercepted: «يعترض سفينة نرويجية»)
            m = TriggerMatch(_BOYCOTT, m.future, m.complement)
        if m.trigger.lemma in _WARNING_LEMMAS and source and all(map(_humanitarian_body, source)):
            # «حذر غوتيريش من أن الوضع قد "يخرج عن السيطرة"»: the UN or an aid group warning of a danger
            # threatens no one; it is a pessimistic comment (012)
            m = TriggerMatch(_PESSIMISTIC, m.future, m.complement)
        if not target and source and m.trigger.kind == "noun" and m.trigger.code[:2] in VIOLENCE_ROOTS:
            target = _struck_place_before(doc, i, lo, spots, matches)
        if strip_conj(doc.tokens[i].norm) == _IN_PROTEST and (march := _march_before(doc, out, i)) is not None:
            # «خرجت مظاهرات في عموم مدن الولايات المتحدة احتجاجا على سياسات الرئيس الأمريكي»: why the crowd
            # marched; what it protests is the march's other side, and no state complained
            march.target = march.target or [t for t in target if t.key not in {x.key for x in march.source}]
            continue
        m, negated, modality = as_told(doc, si, i, m, trigger_tokens)
        # (and a noun read as a verb is dated as one: «للاجتماع» as intent to meet)
        date, date_source = _event_date(doc, si, i, spelled_as_verb or m.trigger.kind == "verb",
                                        past=_told_as_past(doc, i, m), done=modality is None,
                                        made_now=_made_now(m, modality))
        out.append(Candidate(m, i, si, source, target, location, negated, modality, date, date_source,
                             at_thing=at_thing))
    _condemned_acts(doc, out, lexicon)
    _pledged_acts(doc, out, lexicon)
    return _hoped_meetings(_repressed_protests(doc, out))


ALLIES_LISTED = 4  # words from «مع حليفتيها» to the last ally listed: «دمشق وطهران»
_ITS_ALLIES = frozenset(normalize_word(w) for w in (
    "حليفتيها", "حليفتاها", "حليفتها", "حليفها", "حلفائها", "حلفاءها", "حليفيه", "حليفه", "حلفائه", "حلفائهم"))
_ALLIED = frozenset(normalize_word(w) for w in (
    "المتحالف", "المتحالفة", "المتحالفون", "المتحالفين", "متحالف", "متحالفة", "متحالفون", "متحالفين", "الحليف",
    "الحليفة", "حليف", "حليفة", "حلفاء"))


_IN_PROTEST = normalize_word("احتجاجا")
MARCH_BEFORE_PURPOSE = 12  # words from a march to the «احتجاجا» that says why: «خرجت مظاهرات في عموم مدن … احتجاجا»


def _march_before(doc: Document, found: list[Candidate], i: int) -> Candidate | None:
    """The crowd's protest told just before «احتجاجا» in its clause, which «احتجاجا» gives the reason of (not one
    of no crowd: «قمع التظاهرات الضخمة في 2009 احتجاجا على إعادة انتخاب أحمدي نجاد» keeps the students')."""
    for c in reversed(found):
        if c.token >= i:
            continue
        if c.match.trigger.code[:2] != "14" or c.match.trigger is _OFFICIAL_COMPLAINT or not c.source \
                or words_between(doc, c.token, i) > MARCH_BEFORE_PURPOSE \
                or any(doc.tokens[j].text[:1] in ".؛;:" for j in range(c.token + 1, i)):
            return None
        return c
    return None


def _perpetrators_of(spots: list[ActorSpot], i: int) -> list[ActorSpot]:
    """The «منفذ»/«مرتكب» spot right before the attack noun at `i` (see `actors._perpetrators`)."""
    return [s for s in spots if s.token_end == i and s.entity is None and s.generic is not None
            and s.generic[0] in PERPETRATOR_NAMES]


def _describer(doc: Document, i: int, source: list[ActorSpot], earlier: list[Candidate]) -> list[ActorSpot]:
    """Who says «بما وصفه» at i: the describing verb after the relative «ما», carrying its object pronoun, with the
    side read as its subject right before «ما» — the object of an earlier act of the sentence, whose doer describes
    ([] when no earlier act has that side for its object)."""
    if not (i > 1 and strip_conj(doc.tokens[i - 1].norm) in WHAT_RELATIVE and has_object_pronoun(doc.tokens[i].norm)
            and source and source[-1].token_end == i - 1):
        return []
    return next((c.source for c in reversed(earlier) if c.source and any(t.key == source[-1].key for t in c.target)), [])


def _whose_arm(doc: Document, spot: ActorSpot, sides: list[ActorSpot]) -> bool:
    """«خطفت جبهة النصرة ذراع تنظيم القاعدة في سوريا خمسة مقاتلين»: the body after «ذراع», «جناح» or «فرع» right
    behind another side says whose arm that side is; it is no side of the act."""
    k = spot.token_start - 1
    return k > 0 and strip_conj(doc.tokens[k].norm) in _ARM_OF and any(s.token_end == k for s in sides)


_ARM_OF = frozenset({"ذراع", "جناح", "فرع"})


def _allied_with(doc: Document, spot: ActorSpot) -> bool:
    """«المتحالفون مع إيران», «حليف لروسيا»: the side is named as an ally of someone in the sentence; «نفت موسكو
    مع حليفتيها دمشق وطهران»: the allies act with the subject."""
    k = spot.token_start - 1
    joined = doc.tokens[spot.token_start].norm.startswith("و")  # «… دمشق وطهران»: the list goes on
    for j in range(k, max(0, k - (ALLIES_LISTED if joined else 1)), -1):
        if strip_conj(doc.tokens[j].norm) in _ITS_ALLIES and doc.tokens[j - 1].norm == "مع":
            return True
    if k >= 1 and doc.tokens[k].norm == "مع":
        k -= 1
    elif not has_lam(doc.tokens[spot.token_start]):
        return False
    return k >= 0 and strip_conj(doc.tokens[k].norm) in _ALLIED


# those loyal to a side, in the nominative plural: part of the subject, not the object
_LOYALISTS = frozenset(normalize_word(w) for w in ("الموالون", "موالون", "التابعون", "المنتمون", "المرتبطون"))


def _loyal_in_the_subject(doc: Document, spot: ActorSpot) -> bool:
    """«والموالون للمخلوع علي عبدالله صالح», «والموالون لصالح»: the side the subject's loyalists serve."""
    k = spot.token_start - 1
    if not has_lam(doc.tokens[spot.token_start]):
        if k < 1 or not doc.tokens[k].norm.startswith("لل"):
            return False
        k -= 1  # «للمخلوع»: his epithet, glued to «لـ», between
    return k >= 0 and strip_conj(doc.tokens[k].norm) in _LOYALISTS


_SEATS_OF_POWER = frozenset(normalize_word(w) for w in ("الإليزيه", "الحكم", "السلطة", "الرئاسة", "سدة", "الكرملين"))
_HALTS_BEFORE_FIRE = _HALT_WORDS | frozenset(normalize_word(w) for w in ("وقفا", "وقفاً", "لوقفه", "وقفه"))
_TRUCES = frozenset(normalize_word(w) for w in ("اتفاق", "اتفاقا", "الاتفاق", "اتفاقية", "هدنة", "الهدنة", "تهدئة"))
TRUCE_REACH = 3  # words from the truce to «لإطلاق النار»: «اتفاق طويل الأمد لإطلاق النار»
COUNTED_AS_REACH = 16  # tokens from «وعدّ» to the «بمثابة» that makes it «عدّ» (counted as)
_BLOWN_UP = frozenset(normalize_word(w) for w in (
    "نفسيهما", "أنفسهما", "عبوة", "عبوتين", "سيارة", "سيارتين", "حزاما", "حزامين", "قنبلة", "قنبلتين"))
_RESPITE = ("يمهل", "تمهل", "امهل")  # «أمهل» gives time: an ultimatum, unless time is its subject
SUMMONS_REACH = 4  # tokens back from «للاحتجاج» to the summons: «استدعت إيران السفير الألماني للاحتجاج»
_SUMMONING = ("استدع", "يستدعي", "تستدعي")


def _after_a_summons(doc: Document, i: int) -> bool:
    """«استدعت إيران السفير الألماني للاحتجاج»: a protest made by summoning an envoy is the state's own."""
    return any(strip_conj(doc.tokens[k].norm).startswith(_SUMMONING) for k in range(max(0, i - SUMMONS_REACH), i))


def _body_referred_to(doc: Document, i: int, hi: int) -> ActorSpot | None:
    """«وطالبت الوزارة …»: the organisation last named before the verb at i whose name opens with the head noun
    right after it («وزارة الخارجية الفلسطينية»), when the linker did not take the head noun for it."""
    if i + 1 >= hi or (head := bare_body_reference(doc, i + 1)) is None:
        return None
    at = doc.tokens[i].start
    named = [(m.start, e) for e in doc.entities if e.label == "ORG" for m in e.mentions
             if m.kind == "name" and m.start < at and m.text.split()
             and normalize_word(m.text.split()[0]).removeprefix("ال") == head]  # (a name starts after its clitics)
    return _spot_of(doc, max(named, key=lambda n: n[0])[1], i) if named else None


# «لقي القرار ترحيبا», «قوبلت الخطوة برفض», «حظي الاتفاق بدعم», «واجهت الحكومة انتقادات»: the subject of these
# verbs is who an act is done to, not who does it
_MET_WITH = frozenset(normalize_word(w) for w in (
    "لقي", "لقيت", "لاقى", "لاقت", "يلقى", "تلقى", "يلاقي", "تلاقي", "قوبل", "قوبلت", "يقابل", "تقابل", "حظي",
    "حظيت", "يحظى", "تحظى", "واجه", "واجهت", "يواجه", "تواجه"))
MET_WITH_REACH = 4  # tokens back from the act to the verb: «لقي القرار الأمريكي ترحيبا»
DOER_GAP = 3  # words from the act to the «من» naming its doer: «ترحيبا واسعا من»


def _met_with(doc: Document, i: int, lo: int) -> bool:
    """Whether the masdar at `i` is what the subject of «لقي», «قوبل», «حظي» met, with no clause between."""
    for k in range(i - 1, max(lo, i - MET_WITH_REACH) - 1, -1):
        tok = doc.tokens[k]
        if tok.kind != "word":
            return False
        if strip_conj(tok.norm) in _MET_WITH:
            return True
    return False


def _doers_after_min(doc: Document, i: int, hi: int, spots: list[ActorSpot], triggers: set[int]) -> list[ActorSpot]:
    """«ترحيبا من السعودية وإسرائيل», «برفض من قبل الصين»: the sides named after the «من» that follows the act,
    with only its adjectives between (not «لقيت زيارة ترامب ترحيبا من»: the visit is the subject)."""
    for j in range(i + 1, min(hi, i + 1 + DOER_GAP)):
        tok = doc.tokens[j]
        if tok.kind != "word" or j in triggers or any(s.token_start <= j < s.token_end for s in spots):
            return []
        if tok.norm == "من":
            start = j + 2 if j + 1 < hi and doc.tokens[j + 1].norm == "قبل" else j + 1
            first = next((s for s in spots if s.token_start == start), None)
            return actor_group(doc, first, spots) if first is not None else []
    return []


TITLE_TO_NAME = 4  # words from a title's body or country to the name closing it («… بالشؤون الإنسانية، مارك لوكوك»)
TITLE_BEFORE_BODY = 3  # tokens from a title's head word to its body or country («رئيس وكالة الأمم المتحدة»)


def _title_holder(doc: Document, i: int, source: list[ActorSpot], target: list[ActorSpot]) -> ActorSpot | None:
    """«طالب وزير الداخلية البريطانية ساجد جاويد موسكو», «وحذر رئيس وكالة الأمم المتحدة …، مارك لوكوك»: the
    source is only the body or country of a title, and the person named right after it holds that title — he
    acts, and is not acted on (but «التقى وزير الخارجية الأمريكي نظيره الروسي سيرغي لافروف» names another, and
    «مدير الاستخبارات الأمريكية التقى زعيم كوريا الشمالية» has the trigger and another side between; nor does
    «هدد وزير الطاقة الإسرائيلي، يوفال شتاينتز، الرئيس السوري بشار الأسد», whose person has a title of his own)."""
    if not source or any(map(_is_person, source)):
        return None
    first, last = min(s.token_start for s in source), max(s.token_end for s in source)
    person = next((t for t in target if _is_person(t) and t.token_start >= last), None)
    if person is None or last <= i < person.token_start or person.mention_kind == "title" \
            or any(last <= t.token_start < person.token_start for t in target) \
            or not any(strip_conj(doc.tokens[k].norm) in TITLE_HEADS for k in range(max(0, first - TITLE_BEFORE_BODY), first)):
        return None
    between = doc.tokens[last:person.token_start]
    if sum(t.kind == "word" for t in between) > TITLE_TO_NAME \
            or any(t.kind != "word" and t.text not in "،," for t in between) \
            or any(t.kind == "word" and (t.norm in _TITLE_ENDS or strip_conj(t.norm).startswith("نظير")) for t in between):
        return None
    return person


_TITLE_ENDS = frozenset({"من", "ان", "الي", "علي", "مع", "عن"})  # the verb's own words after the subject
# a text that can be the subject of a verb of words: «ويتهم النص», «وحث البيان», «ويطالب القرار»
_DOCUMENTS = frozenset(normalize_word(w) for w in ("النص", "البيان", "الإعلان", "القرار", "التقرير", "الوثيقة",
                                                   "المذكرة", "الرسالة"))
# nouns that tell of a statement, in the sentence that names who issued it: «أصدرت الخارجية بيانا»
_STATEMENT_WORDS = _DOCUMENTS | frozenset(normalize_word(w) for w in (
    "بيان", "بيانا", "ببيان", "نص", "قرار", "قرارا", "تقرير", "تقريرا", "رسالة", "مذكرة", "وثيقة", "إعلان"))
ISSUER_REACH = 3  # words from a text to the side named as its issuer after it («البيان الختامي للقمة»)
STATEMENT_SENTENCES_BACK = 4  # sentences back to the one that told of the statement


def _document_subject(doc: Document, i: int, hi: int, lemma: str) -> int | None:
    """The token of a definite text standing right after verb `i` as its subject («ويتهم النص»), or None — also
    when the verb does not agree with it, so the text is the object («صحيفة خراسان وصفت القرار الأمريكي»)."""
    j = i + 1
    if j >= hi or doc.tokens[j].kind != "word":
        return None
    noun = strip_conj(doc.tokens[j].norm)
    if noun in _DRAFT_HEADS and j + 1 < hi and doc.tokens[j + 1].norm in _DOCUMENTS:
        j += 1  # «ويدعو مشروع القرار الأمين العام»: the draft is the subject, named by its head
    elif noun not in _DOCUMENTS:
        return None
    verb = strip_conj(doc.tokens[i].norm)  # («تعهد», «أدانت»: the lemma's own «ت» marks no gender)
    feminine_verb = (verb.startswith("ت") and not verb.startswith(lemma)) or (verb.endswith("ت") and not lemma.endswith("ت"))
    return j if feminine_verb == noun.endswith("ه") else None


_DRAFT_HEADS = frozenset(normalize_word(w) for w in ("مشروع", "مسودة", "نص"))  # «مشروع القرار», «مسودة البيان»


def _acted_on_by_text(doc: Document, paper: int, issuer: list[ActorSpot], source: list[ActorSpot],
                      target: list[ActorSpot], spots: list[ActorSpot]) -> list[ActorSpot]:
    """Whom a text as subject acts on: the sides the rules took for the verb's subject after the text (and after
    its issuer named there) in the same clause, else the side right after them («لمجلس التعاون الخليجي إيران»),
    else the target the rules found, less the issuer."""
    issuers = {s.key for s in issuer}
    named_end = max([paper] + [x.token_end - 1 for x in issuer if x.token_start > paper])
    taken = [s for s in source if s.token_start > named_end and s.key not in issuers
             and not any(doc.tokens[k].text in "،," for k in range(named_end + 1, s.token_start))]
    if taken:
        return taken
    right_after = next((s for s in spots if s.token_start > named_end and s.key not in issuers and not governed(doc, s)
                        and words_between(doc, named_end, s.token_start) <= 1
                        and all(doc.tokens[k].kind == "word" for k in range(named_end + 1, s.token_start))), None)
    if right_after is not None:
        return actor_group(doc, right_after, spots)
    told = issuers | {s.key for s in source}
    return [t for t in target if t.key not in told]


def _document_issuer(doc: Document, si: int, paper: int, hi: int, spots: list[ActorSpot], lexicon: EventLexicon,
                     token_of: dict[int, int]) -> list[ActorSpot]:
    """Who issued the text at token `paper`: the side named after it with «لـ» («البيان الختامي لمجلس التعاون»), else the
    subject or speaker of the last sentence before that told of a statement («أصدرت الخارجية بيانا …. وحث البيان»);
    none when neither names one."""
    named = _issuer_named_after(doc, paper, hi, spots, lexicon)
    if named:
        return named
    for sj in range(si - 1, max(-1, si - 1 - STATEMENT_SENTENCES_BACK), -1):
        sentence = doc.sentences[sj]
        words = [strip_conj(doc.tokens[k].norm) for k in range(sentence.token_start, sentence.token_end)]
        if _STATEMENT_WORDS.isdisjoint(words):
            continue
        # «بحسب تقرير للأمم المتحدة»: the text named there with its issuer
        told = [sentence.token_start + k for k, w in enumerate(words) if w in _STATEMENT_WORDS]
        there = find_actor_spots(doc, sentence.token_start, sentence.token_end, lexicon, token_of)
        named = next((n for k in told if (n := _issuer_named_after(doc, k, sentence.token_end, there, lexicon))), [])
        if named:
            return named
        if any(w in _DOCUMENTS for w in words[1:3]):
            continue  # («ويدعو البيان الختامي …»: a text as subject there too; its issuer is told further back)
        issuer = _previous_subject(doc, sj, lexicon, token_of) or _speaker_in(doc, sj, token_of)
        if issuer:
            return issuer  # (a sentence that names none, «وأكدت الدول الـ57 … في البيان», leaves it to one before)
    return []


def _issuer_named_after(doc: Document, paper: int, hi: int, spots: list[ActorSpot], lexicon: EventLexicon
                        ) -> list[ActorSpot]:
    """The side named with «لـ» right after the text at token `paper` («البيان الختامي لمجلس التعاون»)."""
    named = next((s for s in spots if paper < s.token_start <= paper + ISSUER_REACH + 1 and s.token_end <= hi
                  and words_between(doc, paper, s.token_start) <= ISSUER_REACH
                  and only_adjectives_between(doc, paper, s) and can_act(s, lexicon)
                  and doc.tokens[s.token_start].norm[:1] == "ل"), None)  # (a definite noun takes no genitive)
    return [named] if named is not None else []


STRUCK_PLACE_WINDOW = 8  # words from the place where people were killed back from the strike that killed them
KILLING_BEFORE_PLACE = 6  # tokens from the killing to that place («قتل عشرات المدنيين في الغوطة»)
_WHERE = frozenset({"حيث"})


NISBA_REACH = 3  # tokens from an attack noun to the nisba naming its agent: «الضربات الجوية الأمريكية»


def _adjective_of(doc: Document, i: int, m: TriggerMatch, spot: ActorSpot) -> bool:
    """«الضربات الجوية الأمريكية», «الغارات الإسرائيلية»: a people's adjective right after an attack (past other
    adjectives) names who made it, though the country is named nowhere else (but «مقتل الفلسطينيين» names the
    people killed: a plural is no adjective of the act; and «المظاهرات الفلسطينية» names a crowd, read as such)."""
    return m.trigger.code[:2] in VIOLENCE_ROOTS and _nisba_of_the_act(doc, i, spot)


def _nisba_of_the_act(doc: Document, i: int, spot: ActorSpot) -> bool:
    """A singular nisba a few words after the act at i with only adjectives between: the act's own adjective
    («الغارات الإسرائيلية», «الاحتجاجات الفلسطينية»), not a plural people («مقتل الفلسطينيين»)."""
    return doc.tokens[spot.token_start].norm.endswith(("ي", "يه")) and i < spot.token_start <= i + NISBA_REACH \
        and only_adjectives_between(doc, i, spot)


def _violent_tokens(matches: list[tuple[int, TriggerMatch]]) -> set[int]:
    """The tokens of a sentence's violence triggers."""
    return {k for k, m in matches if m.trigger.code[:2] in VIOLENCE_ROOTS}


def _struck_place_before(doc: Document, i: int, lo: int, spots: list[ActorSpot],
                         matches: list[tuple[int, TriggerMatch]]) -> list[ActorSpot]:
    """«قتل عشرات المدنيين في الغوطة الشرقية في قصف لقوات النظام», «الوضع في الغوطة حيث قتل … في قصف»: a strike
    that names no target struck the place of the killing told just before it (after «في», then a killing or «حيث»)."""
    violent = _violent_tokens(matches)
    for s in reversed([s for s in spots if lo <= s.token_start and s.token_end <= i]):
        if words_between(doc, s.token_end - 1, i) > STRUCK_PLACE_WINDOW:
            return []
        if s.entity is None or s.entity.label != "LOC" or not located_in(doc, s):
            continue
        between = range(s.token_end, i)
        if any(doc.tokens[j].text[:1] in "،,." for j in between):
            return []
        killing = any(j in violent for j in [*range(max(lo, s.token_start - KILLING_BEFORE_PLACE), s.token_start),
                                             *between])
        if killing or any(strip_conj(doc.tokens[j].norm) in _WHERE for j in between):
            return [s]
        return []
    return []


PLEDGED_ACT_WINDOW = 3  # words from a pledge («تعهد», «وعد») to the act pledged


def _pledged_acts(doc: Document, found: list[Candidate], lexicon: EventLexicon) -> None:
    """«تعهد أوباما بتطوير تعاون بلاده مع المحكمة»: a pledge with no side of its own is toward the side of the
    act it pledges, when that act names one and no one doing it."""
    for c in found:
        if c.match.trigger.code[:2] not in ("03", "13") or not c.source or c.target:
            continue  # («تعهد فيلق الرحمن بمواصلة القتال ضد قوات النظام»: a pledge of fighting is a threat to them)
        start = _subject_end(c)
        act = next((a for a in found if a.token > c.token and not a.source and a.target
                    and words_between(doc, start, a.token) <= PLEDGED_ACT_WINDOW
                    and (c.match.trigger.code[:2] == "03" or _pledged_with_ba(doc, start, a.token))), None)
        if act is not None:
            c.target = other_side(c.source, act.target, lexicon)


def _pledged_with_ba(doc: Document, start: int, act: int) -> bool:
    """«توعد بقصف», «تعهد بمواصلة القتال»: the act is what the «بـ» right after the threat (or its subject)
    promises (not «يتوعد المسؤولين عن الهجوم»: those he threatens are named first)."""
    first = next((k for k in range(start + 1, act + 1) if doc.tokens[k].kind == "word"), None)
    return first is not None and doc.tokens[first].norm.startswith("ب")


_PROTESTS = frozenset(normalize_word(w) for w in (
    "تظاهرة", "تظاهرات", "مظاهرة", "مظاهرات", "احتجاجات", "اعتصام", "اعتصاما", "مسيرة", "مسيرات"))


def _repressed_protests(doc: Document, found: list[Candidate]) -> list[Candidate]:
    """«قمع قوات النظام للمظاهرات», «قمع الاحتجاجات»: the protests a repression acts on are its object, so the
    protesters are its target and the protest word no event of the forces (who do not mass in a show of force)."""
    taken: set[int] = set()
    for c in found:
        if c.match.trigger.code[:2] != "17" or not c.source:
            continue
        if all(_crowd_of_no_country(s) for s in c.source):
            continue  # «قبل أن يوقفوا مظاهراتهم»: protesters ending their own protests repress no one
        after = _subject_end(c) + 1
        # (a protest word given the forces for its crowd was made a show of force, 150, above)
        protest = next((p for p in found if p.token == after and (
            (p.match.trigger.code[:2] == "14" and p.match.trigger.kind == "noun")
            or (p.match.trigger is _FORCE_POSTURE and p.source == c.source))
            and (after == c.token + 1 or c.match.trigger.kind == "verb"  # «قمعت قوات الأمن الاحتجاجات»
                 or strip_conj(doc.tokens[after].norm).startswith("لل"))
            and not has_object_pronoun(strip_conj(doc.tokens[after].norm))), None)
        if protest is not None and all(t.token_start > protest.token for t in c.target):
            # («الشرطة التركية تفرق تظاهرة ضد تنظيم داعش»: what the protest was against is not repressed)
            tok = doc.tokens[protest.token]
            c.target = [ActorSpot(protest.token, protest.token + 1, tok.start, tok.end, None, ("protesters", "CVL"))]
            taken.add(protest.token)
        elif (k := c.match.complement) is not None and strip_conj(doc.tokens[k].norm).removeprefix("ال") in _PROTESTS \
                and all(t.token_start > k for t in c.target):
            # «فرقت الشرطة تظاهرة»: the protest the verb needs as its complement is no trigger of its own
            tok = doc.tokens[k]
            c.target = [ActorSpot(k, k + 1, tok.start, tok.end, None, ("protesters", "CVL"))]
    return [c for c in found if c.token not in taken]


def as_told(doc: Document, si: int, i: int, m: TriggerMatch, triggers: set[int]) -> tuple[TriggerMatch, bool, str | None]:
    """(match, negated, modality) of a trigger as its sentence tells it; a plan recodes the match.

    CAMEO codes a meeting or visit not yet held as 036, express intent to meet («سيزور», «يعتزم زيارة»),
    and aid, cooperation or easing promised as intent, 03x («موسكو ستساعد بيونغ يانغ», «سيخفف العقوبات»).
    """
    sentence = doc.sentences[si]
    lo, hi = sentence.token_start, sentence.token_end
    # «ولم تعلق كوريا الشمالية على تصريحات ترامب»: declining to comment (011) is told by the negation
    negated = _is_negated(doc, i, lo, triggers) and m.trigger.lemma not in _SILENT_WHEN_NEGATED
    modality = _modality(doc, i, m, lo, hi, sentence)
    if m.trigger.code[:2] == "19" and not negated and (m.future or any(
            strip_conj(doc.tokens[j].norm) in _PLANS or doc.tokens[j].norm == "سوف"
            for j in range(max(lo, i - PLAN_REACH), i))):
        # (the future told before the attack or on it: «سيقصف»; not «التدخل الروسي "لن ينقذ" الأسد», said of it)
        return TriggerMatch(_FORCE_THREATENED, m.future, m.complement), negated, modality or "intent"
    if modality in ("future", "intent") and not negated:
        if m.trigger.code[:2] == "04":
            m = TriggerMatch(_INTENT_TO_MEET, m.future, m.complement)
        elif m.trigger.code[:2] in _INTENDED:
            m = TriggerMatch(_INTENDED[m.trigger.code[:2]], m.future, m.complement)
    return m, negated, modality


def event_at(doc: Document, si: int, i: int, m: TriggerMatch, source: list[ActorSpot], target: list[ActorSpot],
             triggers: set[int], lexicon: EventLexicon) -> Event:
    """The event of one trigger read with the given sides (`marsad.events.arguments` reads them by model);
    its id is set by the component."""
    m, negated, modality = as_told(doc, si, i, m, triggers)
    date, date_source = _event_date(doc, si, i, m.trigger.kind == "verb", past=_told_as_past(doc, i, m),
                                    done=modality is None, made_now=_made_now(m, modality))
    return _to_event(doc, 0, Candidate(m, i, si, source, target, None, negated, modality, date, date_source), lexicon)


CONDEMNED_ACT_WINDOW = 10  # words from «دان» to the act condemned, its subject's title between


def _condemned_acts(doc: Document, found: list[Candidate], lexicon: EventLexicon) -> None:
    """«دان لودريان الهجوم الذي شنته القوات الحكومية السورية»: condemning an act is aimed at whoever did it.

    A disapproval or rejection (11, 12), or support for an act (05: «أعربت المنامة عن تأييدها للضربات
    الإسرائيلية»), with no side named takes as target the source of the act that is its object: the next
    trigger, a noun, with nothing coded between.
    """
    for n, c in enumerate(found):
        if c.target or not c.source or c.match.trigger.code[:2] not in ("05", "11", "12"):
            continue
        if n > 0 and c.token + 1 < len(doc.tokens) and doc.tokens[c.token + 1].norm in ("به", "بها") \
                and found[n - 1].source and words_between(doc, found[n - 1].token, c.token) <= CONDEMNED_ACT_WINDOW * 2:
            # «تستعد الولايات المتحدة لنقل سفارتها …، في حين يندد به الفلسطينيون»: «به» is the act just told
            c.target = other_side(c.source, found[n - 1].source, lexicon)
            continue
        if n + 1 >= len(found):
            continue
        act = found[n + 1]
        if not (act.match.trigger.kind == "noun" or _masdar_read_as_verb(doc, c, act)) or not act.source \
                or words_between(doc, c.token, act.token) > CONDEMNED_ACT_WINDOW:
            continue
        if any(c.token < s.token_start < act.token and opens_next_clause(doc, s, act.source) for s in act.source):
            continue  # «فرنسا تدين والاتحاد الأوروبي يكرر دعوته»: the call is the next clause's, not what is condemned
        c.target = other_side(c.source, act.source, lexicon)


def _masdar_read_as_verb(doc: Document, condemnation: Candidate, act: Candidate) -> bool:
    """«وأدان بان كي مون بشدة قتل الطفل»: the act the dictionary read as a verb («قتل») stands right after the
    condemnation's subject, where only its object, a masdar, can stand."""
    ends = [s.token_end for s in condemnation.source if condemnation.token < s.token_start < act.token]
    return act.match.trigger.kind == "verb" and bool(ends) and words_between(doc, max(ends) - 1, act.token) <= 1


HOPE_WINDOW = 6  # words from «أعرب عن أمله» to the meeting hoped for


def _hoped_meetings(found: list[Candidate]) -> list[Candidate]:
    """«عبر كيري عن أمله في استكمال مناقشات … بينه وبين لافروف»: hoping for talks is intent to meet (036).

    The hope (013) gives the talks its source and is dropped: CAMEO codes the one act, the intent.
    """
    out = list(found)
    for hope in found:
        if hope.match.trigger.code != "013" or not hope.source or hope.negated:
            continue
        talks = next((c for c in found if c.match.trigger is _INTENT_TO_MEET and not c.negated
                      and 0 < c.token - hope.token <= HOPE_WINDOW + 2), None)
        if talks is None:
            continue
        talks.source = talks.source or hope.source
        talks.target = [t for t in talks.target if t.key not in {s.key for s in talks.source}]
        out.remove(hope)
    return out


_CONTINUERS = frozenset({"كما", "ثم", "وكما"})
SUBJECT_WORDS = 6  # words from a sentence's start where its subject stands («وحول سوريا، اعتبر الوزراء»)


# circumstantial participles of saying that carry the main clause's subject: «مشددا على رفض», «مؤكدا دعم»
_SAYING_PARTICIPLES = frozenset({"مشددا", "مشدده", "مشددين", "مؤكدا", "مؤكده", "مؤكدين", "مجددا", "مجدده", "معربا",
                                 "معربه", "معلنا", "معلنه", "معتبرا", "معتبره", "مضيفا", "مضيفه", "لافتا", "مشيرا",
                                 "مشيره"})


RELATIVE_CLAUSE_WORDS = 4  # words of «الذي استقال» between a participle's comma and the relative pronoun


# «ونددت دول غربية وعربية»: an unnamed group right after a conjoined verb is its own subject
_UNNAMED_SUBJECTS = frozenset(normalize_word(w) for w in (
    "دول", "منظمات", "جهات", "أطراف", "حكومات", "قادة", "زعماء", "عواصم", "هيئات", "جماعات", "أحزاب", "نشطاء",
    "ناشطون", "مسؤولون", "دبلوماسيون", "مراقبون", "محللون", "سكان", "شهود", "مصادر"))


def _unnamed_subject_after(doc: Document, i: int, hi: int) -> bool:
    """The word after the verb at i (before the sentence end hi) is an unnamed group that is its subject."""
    return i + 1 < hi and doc.tokens[i + 1].norm in _UNNAMED_SUBJECTS


def _relative_clause_subject(doc: Document, i: int, lo: int, spots: list[ActorSpot]) -> list[ActorSpot]:
    """«خلفا لبوريس جونسون، الذي استقال، متهما ماي»: a participle right after a relative clause set off by
    commas goes on from that clause, whose subject is the antecedent (Johnson), not the main clause's."""
    k = i - 1
    if k <= lo or doc.tokens[k].text not in "،,":
        return []
    for r in range(k - 1, max(lo, k - 1 - RELATIVE_CLAUSE_WORDS), -1):
        if doc.tokens[r].kind != "word":
            return []
        if doc.tokens[r].norm in RELATIVE_PRONOUNS:
            end = r - 1 if r - 1 >= lo and doc.tokens[r - 1].text in "،," else r
            return [s for s in spots if s.token_end == end][:1]
    return []


def _after_participle(doc: Document, i: int, lo: int) -> bool:
    """The masdar follows a participle of saying (its «على», «عن», «إلى» between): «مشددا على رفض»."""
    words = [j for j in range(max(lo, i - 3), i) if doc.tokens[j].kind == "word"]
    while words and is_preposition(doc.tokens[words[-1]].norm):
        words.pop()
    return bool(words) and strip_conj(doc.tokens[words[-1]].norm) in _SAYING_PARTICIPLES


def _owned_object(doc: Document, i: int, hi: int) -> bool:
    """The masdar's object carries a possessive pronoun: «مصادرة ممتلكاتهما», «تجميد أصولهم»."""
    j = i + 1
    return j < hi and doc.tokens[j].kind == "word" and len(doc.tokens[j].norm) > 5 \
        and doc.tokens[j].norm.endswith(("هما", "هم", "ها")) and not doc.tokens[j].text.endswith("ة")


def _opening(doc: Document, i: int, lo: int) -> int | None:
    """How the verb at i opens its sentence (from token lo): 0 first of all, 1 after a connective («كما», «ثم»);
    None after any other word."""
    words = [j for j in range(lo, i) if doc.tokens[j].kind == "word"]
    if not words:
        return 0
    return 1 if len(words) == 1 and doc.tokens[words[0]].norm in _CONTINUERS else None


# «وحضت على وقف القصف»: a verb's own preposition right after it leaves no room for a subject (VSO)
_COMPLEMENT_PREPOSITIONS = frozenset({"علي", "الي", "من", "عن"})
_SAID_OR_DONE = THINGS_DONE | frozenset({"وجود", "صحه", "ذلك", "اي", "هذه", "هذا", "تلك", "تقارير", "انباء",
                                        "ادعاءات", "هجوم", "هجمات"})
_SAYING_ROOTS = frozenset({"01", "02", "03", "05", "06", "07", "10", "11", "12", "13"})  # acts done in words


def _opens_sentence(doc: Document, i: int, lo: int, trigger: Trigger) -> bool:
    """«كما دانوا …», «كما أدان محاولاتها»: a verb opening its sentence after a connective carries the last subject.

    A plural verb always; a singular one only when an object follows it (a thing owned or done), since
    «كما سيعقد مؤتمر» has its subject after it. A verb joined by its own «و» carries it when its preposition
    follows at once and it is an act of words («وحضت على»): arriving, releasing or sentencing
    («ووصلت إلى إسرائيل … أول طائرة», «وحكم على لولا») put the subject after or leave it untold.
    """
    norm, code = doc.tokens[i].norm, trigger.code
    opening = _opening(doc, i, lo)
    if opening is None or is_first_person(norm, trigger.lemma):
        return False
    own_preposition = i + 1 < len(doc.tokens) and (
        doc.tokens[i + 1].norm in _COMPLEMENT_PREPOSITIONS
        or has_ba(doc.tokens[i + 1]))  # «وطالبت بضرورة تكثيف الجهود», «ورحب بالاتفاق»: «بـ» on the complement
    if opening == 0:
        # («ونفى وجود قوات إيرانية», «ورفض أي مفاوضات», «وانتقد سياسة واشنطن»: an act of words whose object is a
        # thing said or done in the construct state, no side that could be its subject, goes on with the last
        # sentence's subject; not a definite object, which the subject may follow: «وانتقدت القرار الأمريكي الصين»)
        return verb_conjoined(doc.tokens[i]) and ((code[:2] in _SAYING_ROOTS and (own_preposition or (
            i + 1 < len(doc.tokens) and strip_conj(doc.tokens[i + 1].norm) in _SAID_OR_DONE)))
            or _indefinite_object_next(doc, i))
    return norm.endswith(("وا", "ون")) or _owned_object(doc, i, len(doc.tokens)) or own_preposition or (
        i + 1 < len(doc.tokens) and strip_conj(doc.tokens[i + 1].norm) in THINGS_DONE) \
        or _indefinite_object_next(doc, i)


def _indefinite_object_next(doc: Document, i: int) -> bool:
    """«كما سيعقد اجتماعا مع …»: an indefinite accusative right after the verb is its object, so its subject is
    none named after it (a nominative would read «اجتماع»), and the verb goes on with the last sentence's."""
    j = i + 1
    if j >= len(doc.tokens) or doc.tokens[j].kind != "word":
        return False
    word = doc.tokens[j].norm
    if j + 1 < len(doc.tokens) and doc.tokens[j + 1].kind == "word" and (
            strip_conj(doc.tokens[j + 1].norm).startswith(("ال", "لل")) or _name_in(doc, doc.tokens[j + 1])):
        return False  # «والتقى زعيما البلدين»: a dual in construct, the subject, drops its «ن» before what it owns
    return len(word) >= 4 and word.endswith("ا") and not word.endswith(("يا", "وا")) \
        and word not in NOT_AN_OBJECT_IN_ALIF and not _name_in(doc, doc.tokens[j])


def _country_object_first(doc: Document, i: int, lo: int, trigger: Trigger, target: list[ActorSpot]) -> bool:
    """«. وطالب إيران بالتوقف عن التهديد»: a masculine act of words opening its sentence, the country right after
    it its object (`gender_clash`), has no subject of its own; it goes on with the last sentence's."""
    return _opening(doc, i, lo) == 0 and verb_conjoined(doc.tokens[i]) and trigger.code[:2] in _SAYING_ROOTS \
        and bool(target) and gender_clash(doc, i, target[0])


PROPPED_SENTENCES = 2  # sentences further back a subject is carried through verbs that open with none of their own


def _previous_subject(doc: Document, si: int, lexicon: EventLexicon, token_of: dict[int, int],
                      carried: int = 0) -> list[ActorSpot]:
    """The subject of the sentence before: the first free actor among its first words. A sentence that opens
    with a verb of no subject of its own («وأعرب عن أمله …», «وطالب إيران بالتوقف …», Iran its object) carries
    the subject of the one before it (up to PROPPED_SENTENCES further back)."""
    sentence = doc.sentences[si]
    lo = sentence.token_start
    limit = lo
    words = 0
    while limit < sentence.token_end and words < SUBJECT_WORDS:
        words += doc.tokens[limit].kind == "word"
        limit += 1
    spots = find_actor_spots(doc, lo, sentence.token_end, lexicon, token_of)
    bare_verb = _opens_with_a_verb(doc, lo, lexicon)
    for k, s in enumerate(spots):
        if s.token_start >= limit or (bare_verb and (gender_clash(doc, lo, s) or _reported_before(doc, lo, s))):
            break  # (a side inside what the verb says, «وأضاف أنه "ليس لدى نظام دمشق …"», is not who said it)
        if (s.entity is not None or s.speaker) and not governed(doc, s) \
                and (s.entity is None or lexicon.can_act(s.entity.label, s.entity.name_en, s.entity.cameo)):
            named = spots[k + 1] if k + 1 < len(spots) else None
            if named is not None and named.token_start == s.token_end and _is_person(named) and not _is_person(s):
                return [named]  # «الأمين العام لحركة مشروع تونس محسن مرزوق»: the country ends his title
            return [s]
    after = next((s for s in spots if s.token_start == lo + 1), None)
    if si > 0 and carried < PROPPED_SENTENCES and bare_verb and (after is None or gender_clash(doc, lo, after)):
        # «وأعرب عن أمله …», «وطالب إيران بالتوقف …»: a joined verb with no subject after it
        return _previous_subject(doc, si - 1, lexicon, token_of, carried + 1)
    return []


def _reported_before(doc: Document, lo: int, spot: ActorSpot) -> bool:
    """Whether «أن», «إنه», a colon or a quotation mark opens a reported clause between the verb at lo and the spot."""
    return any(doc.tokens[k].norm in THAT_WORDS or doc.tokens[k].text in _QUOTE_MARKS or doc.tokens[k].text == ":"
               for k in range(lo + 1, spot.token_start))


def _opens_with_a_verb(doc: Document, lo: int, lexicon: EventLexicon) -> bool:
    """«وأعرب …», «وقال …»: the sentence opens with a joined verb, a trigger or a word of saying (not «وحول»)."""
    first = doc.tokens[lo]
    return first.kind == "word" and verb_conjoined(first) and (strip_conj(first.norm) in SPEECH_CUES or any(
        t.kind == "verb" for t, _ in lexicon.match_word(first.norm, first.text)))


def _helps_with_a_thing(doc: Document, i: int, hi: int, spots: list[ActorSpot]) -> bool:
    """«ساعدت في تحضير الهجوم»: help given in doing something, with no one helped named."""
    j = next((k for k in range(i + 1, hi) if doc.tokens[k].kind == "word"), None)
    return j is not None and strip_conj(doc.tokens[j].norm) in ("في", "علي") and not any(
        s.token_start <= j + 1 < s.token_end for s in spots)


def _met_on_the_visit(doc: Document, visit: Candidate, i: int, m: TriggerMatch) -> bool:
    """«زار الجزائر، والتقى الرئيس الجزائري»: a meeting verb joined to a visit goes on with the visitor."""
    return visit.match.trigger.code[:3] == "042" and visit.match.trigger.kind == "verb" \
        and m.trigger.code[:2] == "04" and m.trigger.code[:3] != "042" and verb_conjoined(doc.tokens[i])


def _clause_event(doc: Document, found: list[Candidate], at: int) -> Candidate | None:
    """The last event of the clause so far whose subject is the clause's, for the verb at token `at`: «جدد الوزراء
    رفضهم قرار الولايات المتحدة نقل السفارة …، ودانوا»: «دانوا» continues «جدد الوزراء رفضهم», not the embedded
    «نقل» whose agent is its own genitive or nisba («السفارة الأمريكية»)."""
    for c in reversed(found):
        if c.match.trigger.kind == "noun" and c.source and all(s.token_start > c.token for s in c.source):
            continue
        if c.match.trigger.kind == "noun" and not c.source and is_definite(doc.tokens[c.token]):
            continue  # «نفى … تورط موسكو في الهجوم وطالب»: the attack told before, no one's here, is an object
            # (but «ردا على هجوم … واستهدف المدنيين»: an attack first told here is what «استهدف» goes on from)
        if c.match.trigger.kind == "verb" and c.token > 0 and doc.tokens[c.token - 1].norm in RELATIVE_PRONOUNS \
                and _comma_between(doc, c.token, at):
            continue  # «دان لودريان الهجوم الذي شنته القوات السورية …، ودعا»: past the comma, the relative clause's
            # subject is not the main verb's (but «التي انتقد فيها إسرائيل وحذرها» goes on inside the clause)
        return c if c.source else None
    return None


# Words that are no event in these contexts: a word among the next few tells the other sense.
# surface form → (how many following words to look at, the words that tell it)
_DAYS = frozenset({"السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "اليوم", "امس",
                   "الغد", "يوم"})
_RANKS = frozenset({"المركز", "مركز", "المرتبه", "مرتبه", "مراتب", "الصداره", "المراكز", "المراتب", "موقع", "مكانه",
                    "المرتبتين", "المركزين"})
# «ضرب مثلا», «ضرب موعدا», «ضرب عرض الحائط», «يضرب الأمن والاستقرار»: no one is beaten
_STRUCK_THINGS = frozenset({"مثلا", "المثل", "موعدا", "عرض", "بعرض", "الامن", "الاستقرار", "الاقتصاد", "السلم",
                            "الوحده", "رقما", "الرقم", "استقرار", "امن"})
_CAREERS = frozenset({"المهنيه", "الكرويه", "الفنيه", "السياسيه", "البطوليه", "التنمويه", "الرياضيه", "الاحترافيه",
                      "الحافله", "الاصلاحيه", "النضاليه", "مهنيه", "كرويه", "فنيه", "سياسيه", "حافله",
                      # «المسيرة الحضارية للمملكة», «المسيرة التعليمية»: a nation's course, not a march
                      "الحضاريه", "حضاريه", "التعليميه", "العلميه", "الديمقراطيه", "الاقتصاديه"})
# «مسيرة السلام», «مسيرة التنمية»: the course of a process, not a march; «اعتصم بالصمت»: kept silent
_PATH_WORDS = frozenset({"مسيره", "المسيره", "بمسيره", "لمسيره", "اعتصم", "اعتصمت", "يعتصم", "تعتصم"})
_PATH_FOLLOWERS = frozenset(normalize_word(w) for w in (
    "السلام", "التسوية", "المفاوضات", "التنمية", "الإصلاح", "الإصلاحات", "البناء", "التطبيع", "الديمقراطية",
    "التحول", "الحوار", "التعاون", "النهضة", "التقدم", "المصالحة", "بالصمت", "الإحسان", "الخير", "العطاء",
    "النجاح", "التميز", "الإنجاز", "الإنجازات", "التطوير", "التنمية",
    # «مسيرة مجلس التعاون الخليجي», «مسيرة العمل الخليجي المشترك»: a body's course
    "مجلس", "العمل"))
_SNATCHED_THINGS = frozenset(normalize_word(w) for w in (
    "الأضواء", "الأنظار", "الاهتمام", "الانتباه", "القلوب", "الإعجاب", "الفوز", "الصدارة", "اللقب",
    "البطاقة", "النقاط", "الكأس", "الميدالية", "الذهب", "التعادل", "هدف", "هدفا", "فوزا", "بطاقة"))
_KICKS = frozenset({"جزاء", "الجزاء", "حره", "ركنيه", "ترجيح", "الترجيح", "البدايه", "مرمي", "راس"})
_FIGURATIVE_WARS = frozenset(article + normalize_word(w) for article in ("", "ال") for w in (
    "اقتصادية", "تجارية", "قانونية", "قضائية", "إعلامية", "سياسية", "دبلوماسية", "انتخابية", "كلامية", "نفسية"))
# «مؤتمر صحفي», «لقاء صحفي»: what one holds for the press
_PRESS_EVENTS = ("مؤتمر", "لقاء")
_PRESS = frozenset(normalize_word(w) for w in ("صحفي", "صحفيا", "الصحفي", "صحافي", "صحافيا", "الصحافي", "صحفية",
                                               "الصحفية", "صحافية", "الصحافية"))
# («لقاء صحفيا»: a press briefing; the masculine words of the press, which agree with «لقاء»)
_MEDIA_WORDS = frozenset({"الاذاعه", "اذاعه", "التلفزيون", "تلفزيون", "التلفزيوني", "تلفزيوني", "قناه", "القناه",
                          "صحيفه", "الصحيفه", "مجله", "وكاله", "برنامج", "شبكه", "اذاعيه", "الصحفيين"}) \
    | {w for w in _PRESS if not w.endswith("ه")}
_RECEIVED_THINGS = frozenset(normalize_word(w) for w in (
    "مصابا", "مصابين", "المصابين", "جريحا", "جرحى", "الجرحى", "مريضا", "مرضى", "المرضى", "لاجئ", "لاجئا", "لاجئين",
    "نازح", "مهاجر",
    "اللاجئين", "نازحا", "نازحين", "النازحين", "مهاجرين", "المهاجرين", "طالبي", "طلبات", "طلبا", "اتصالا",
    "اتصالات", "جثث", "الجثث", "جثة", "صاروخ", "صواريخ", "الصواريخ", "شحنة", "شحنات", "زائر", "زائرا",
    "زوار", "الزوار", "سائح", "سياح", "السياح", "الحجاج", "حجاج", "العزاء", "التعازي", "المعزين"))
_LAUNCHED_THINGS = frozenset(normalize_word(w) for w in (
    "اسم", "اسما", "تسمية", "لقب", "لقبا", "حملة", "حملته", "حملتها", "مبادرة", "تطبيق", "تطبيقا", "منصة", "خدمة",
    "موقعا", "قناة", "برنامج", "برنامجا", "مشروع", "مشروعا", "صافرة", "العنان", "شعار", "شعارا",
    "نفسه", "نفسها", "أنفسهم", "نفسيهما"))  # «فصيل تطلق على نفسها "جيش الإسلام"»: the name a group calls itself
_FREED_THINGS = frozenset(normalize_word(w) for w in (
    "عملتها", "عملته", "العملة", "سعر", "أسعار", "الأسعار", "صرف", "التجارة", "محضر", "محضرا", "محاضر",
    "مخالفة", "مخالفات", "المخالفات", "رسالة", "مقال", "مقالا", "عقد", "عقدا", "الاقتصاد", "السوق"))
# a crowd that mourns, bids farewell or celebrates («احتشد أكثر من مليون شخص لوداع الأميرة ديانا») is no protest
_FUNERALS = frozenset({"تشييع", "لتشييع", "جنازه", "لجنازه", "جنازات", "توديع", "لتوديع", "جثمان", "جثامين", "وداع",
                       "لوداع", "للاحتفال", "احتفالا", "للاحتفاء"})
_ORIGINS = frozenset({"اصولها", "اصوله", "اصولهم", "اصول", "اصل", "اصله", "اصلها", "جذورها", "جذوره", "جذورهم", "جذور",
                      "ملكيتها", "ملكيته"})
# «عودته المفاجئة إلى العقوبات», «عادت الحياة إلى طبيعتها»: what follows «إلى» is a state of things, not a place
_STATES_RETURNED_TO = frozenset(normalize_word(w) for w in (
    "العقوبات", "المفاوضات", "طاولة", "الحوار", "العمل", "الواجهة", "الوراء", "طبيعتها", "طبيعته", "الهدوء",
    "الحرب", "القتال", "ممارسة", "عهد", "عصر", "الصدارة", "الملاعب", "التدريبات", "صفوف", "مجاريها", "نصابها",
    "الساحة", "الظهور", "الاتفاق", "الدراسة", "الاستقرار", "العنف", "المربع", "السلطة", "الحكم", "حضن", "أحضان",
    # «هدنة … تعود إلى العام 2013», «تعود إلى القرن الماضي»: a time something dates back to
    "العام", "عام", "الأعوام", "سنوات", "السنوات", "القرن", "قرون", "القرون", "الفترة", "فترة", "زمن", "الزمن",
    "تاريخ", "أيام", "الأيام", "العصور", "الستينيات", "السبعينيات", "الثمانينيات", "التسعينيات",
    "المسار", "مسار",  # «في محاولة للعودة إلى المسار السياسي»
    "المواجهة", "الملف", "الحديث", "موضوع", "القضية", "المسألة"))  # «بالعودة إلى المواجهة الكلامية بين نتنياهو …»
RETURN_COMPLEMENT_WINDOW = 4  # words from «عاد»/«عودة» to its «إلى»
# «في الجولة الثانية من التصويت», «الجولة الأخيرة من المباراة»: a round, not a tour
_ROUND_ORDINALS = frozenset(normalize_word(w) for w in (
    "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الأخيرة", "النهائية", "الحاسمة",
    "التمهيدية", "الفاصلة"))
# «تمكنت من السيطرة على حريق محدود», «السيطرة على الوضع»: a fire or a situation brought under control, no ground taken
_MASTERED_THINGS = frozenset(normalize_word(w) for w in (
    "حريق", "الحريق", "حرائق", "الحرائق", "النيران", "النار", "الوضع", "الأوضاع", "الموقف", "الأمور", "انتشار",
    "الوباء", "التضخم", "الأسعار", "نفسه", "أعصابه"))
_BLASTING_FORMS = frozenset({"فجر", "فجرت", "يفجر", "تفجر", "فجروا", "يفجرون"})
_FALLING_ON = frozenset(normalize_word(w) for w in ("يوافق", "توافق", "يصادف", "تصادف"))  # (not «وافقت الثلاثاء»)
_ROCKET_MAKES = frozenset(normalize_word(w) for w in ("طراز", "طرازي", "صواريخ", "الصواريخ", "صاروخ", "الصاروخ"))
FIGURATIVE_BLAST_REACH = 3  # tokens after «فجر» where what it sets off stands: «تفجر تركيا موجة غضب»
_FIGURATIVE_BLASTS = frozenset(normalize_word(w) for w in (
    "مفاجأة", "مفاجآت", "أزمة", "أزمات", "جدلا", "غضبا", "فضيحة", "فضائح", "خلافا", "خلافات",
    "موجة", "موجات", "جدل", "غضب"))  # «"مسرحية داعشية" في مسجد تركي تفجر موجة غضب بالنمسا»
# what «لقاء» (in exchange for) is paid with: «لقاء إفراج», «لقاء دفع فدية», «لقاء مبلغ», «مشروطة لقاء ضمانات»
_EXCHANGED = frozenset(normalize_word(w) for w in (
    "إفراج", "إطلاق", "دفع", "مبلغ", "مبالغ", "فدية", "تسليم", "رفع", "تعويض", "تعويضات", "ثمن", "أجر", "تنازل",
    "تنازلات", "تخلي", "ضمانات", "ضمان", "رسوم", "أموال"))
_LAWS = frozenset(normalize_word(w) for w in (
    "قانون", "القانون", "قوانين", "الدستور", "الميزانية", "ميزانية", "الموازنة", "موازنة", "التعديلات", "تعديلات",
    "الصيغة", "لائحة", "اللائحة", "مرسوم", "المرسوم", "الفصل"))
_ACHIEVED_THINGS = frozenset(normalize_word(w) for w in (
    "انتصار", "انتصارا", "انتصارات", "نصر", "النصر", "نصرا", "الفوز", "فوز", "اختراق", "اختراقا", "تقدم", "تقدما",
    "أهداف", "الأهداف", "أهدافها", "أهدافه", "هدف", "الهدف", "مكاسب", "المكاسب", "مكسب", "إنجاز", "إنجازات",
    "السلام", "الاستقرار", "الأمن", "التنمية", "النمو", "المصالحة", "الوحدة", "العدالة", "العدل", "حلم", "الحلم",
    "نتائج", "النتائج", "أرباح", "الأرباح", "نجاح", "النجاح", "نجاحات", "التوازن", "التكامل", "الرخاء",
    "الازدهار", "التطلعات", "تطلعات", "طموحات", "الطموحات", "مصالح", "المصالح", "الاكتفاء", "رؤية", "الرؤية",
    "أغلبية", "الأغلبية", "أكثرية", "الأكثرية", "مطالب", "المطالب", "التوافق", "توافق", "الشفافية"))
_CAST_THINGS = frozenset(normalize_word(w) for w in (
    "بظلاله", "بظلالها", "بظلالهما", "بظلالهم", "بظلال", "كلمة", "كلمته", "كلمتها", "خطابا", "خطابه", "خطابها",
    "محاضرة", "قصيدة"))
_OTHER_SENSES: dict[str, tuple[int, frozenset[str]]] = {
    **{form: (1, _ROUND_ORDINALS) for form in ("الجوله", "جوله", "بالجوله", "للجوله", "والجوله")},
    **{form: (3, _MASTERED_THINGS) for form in ("السيطره", "سيطره", "للسيطره", "بالسيطره", "والسيطره", "سيطر",
                                                  "سيطرت", "يسيطر", "تسيطر", "سيطروا", "يسيطرون")},
    "فجر": (2, _DAYS),  # «فجر السبت»: dawn, right after (but «فجر انتحاري نفسه يوم الجمعة» bombed)
    # «احتلت الولايات المتحدة المركز الأول», «تحتلان المرتبتين الأولى والثانية»
    **{form: (5, _RANKS) for form in ("احتل", "احتلت", "يحتل", "تحتل", "تحتلان", "يحتلان", "احتلتا")},
    # «طالب لجوء»: an asylum seeker; «طالب حقوق», «طالب بجامعة»: a student
    "طالب": (1, frozenset(normalize_word(w) for w in (
        "لجوء", "جامعي", "اللجوء", "حقوق", "طب", "هندسة", "بجامعة", "بكلية", "جامعة", "ثانوي", "دكتوراه", "دراسات"))),
    **{form: (1, _STRUCK_THINGS) for form in ("ضرب", "يضرب", "تضرب", "ضربت", "يضربون")},
    # «ألقت الأزمة بظلالها على الحج», «ألقى كلمة»: a shadow cast, a speech given, no blame laid
    # (the past only: «تلقى خطابا» received a letter, and its present «يلقي» is «يلقى»'s too)
    **{form: (1, _CAST_THINGS) for form in ("القي", "القت", "القوا", "والقي", "والقت")},
    "المسيره": (5, _CAREERS), "مسيره": (5, _CAREERS),  # «المسيرة البطولية»: a career
    # «صادق مجلس النواب على مشروع قانون مكافحة الإرهاب»: a law passed, no agreement signed with anyone
    **{form: (7, _LAWS) for form in ("صادق", "صادقت", "يصادق", "تصادق", "صادقوا", "المصادقه", "مصادقه", "بالمصادقه",
                                      "للمصادقه")},
    # «10 آلاف طرد غذائي», «طرد مشبوه», «طرود مفخخة»: parcels, no one expelled; «أجهزة طرد مركزي»: centrifuges
    **{form: (1, frozenset(normalize_word(w) for w in (
        "غذائي", "غذائيا", "غذائية", "الغذائية", "غذائيه", "بريدي", "بريدية", "البريدية", "مشبوه", "مشبوها",
        "مشبوهة", "مفخخ", "مفخخة", "مفخخا", "ملغوم", "ملغومة", "مركزي", "المركزي", "مركزية", "المركزية")))
       for form in ("طرد", "طردا", "طرود", "الطرود", "الطرد", "بطرد", "لطرد", "بالطرد", "للطرد")},
    # «نجح شافيز في خطف الأضواء», «خطف الفوز»: he drew the spotlight or snatched a win; no one was abducted
    **{form: (1, _SNATCHED_THINGS) for form in ("خطف", "يخطف", "تخطف", "خطفت", "خطفوا", "يخطفون")},
    # «ضربة جزاء», «ضربة حرة», «ضربة ركنية»: a kick in football
    **{form: (1, _KICKS) for form in ("ضربه", "ضربات", "بضربه", "بضربات")},
    # «تطبيع الحياة في عدن», «تطبيع الأوضاع»: life returning to normal, not relations normalised
    **{form: (1, frozenset({"الحياه", "الاوضاع", "الوضع"})) for form in ("تطبيع", "التطبيع")},
    # «طعنت في شرعية الاستفتاء»: challenged in court or in words, not stabbed
    **{form: (1, frozenset({"في"})) for form in ("طعن", "طعنت", "يطعن", "تطعن", "طعنوا")},
    # «تخوض حربا اقتصادية», «معركة قانونية»: a war of trade, law or words, not of arms
    **{form: (6, _FIGURATIVE_WARS) for form in ("خاض", "خاضت", "يخوض", "تخوض", "نخوض", "خاضوا", "يخوضون")},
    **{form: (1, _FIGURATIVE_WARS) for form in ("معركه", "المعركه", "معارك", "المعارك", "حرب", "الحرب", "حربا",
                                                # «يخوض معركته الانتخابية»: his own
                                                "معركته", "معركتها", "معركتهم", "حربه", "حربها", "حربهم")},
    # «تعود أصولها إلى تركيا»: the family's origins, not a return
    **{form: (1, _ORIGINS) for form in ("تعود", "يعود", "عادت", "عاد")},
    # «توجه أصابع اللوم إلى روسيا», «يوجه أنظاره»: directs blame or attention, goes nowhere (what «وجه» directs
    # as an event — «نداء», «دعوة», «رسالة», «التهم» — is its own trigger's complement)
    **{form: (1, frozenset(normalize_word(w) for w in (
        "أصابع", "اصابع", "اللوم", "لوما", "بوصلة", "بوصلتها", "أنظار", "الأنظار", "أنظاره", "أنظارها",
        "اهتمامها", "اهتمامه", "سؤالا", "أسئلة"))) for form in ("توجه", "يوجه", "وجهت")},
    # «تحقيق "انتصار هام"», «تحقيق أي اختراق», «لتحقيق الاستقرار»: achieving something, no investigation
    **{form: (2, _ACHIEVED_THINGS) for form in ("تحقيق", "لتحقيق", "بتحقيق")},
    # «صفقة القرن»: the name of a peace plan, no deal struck between sides
    **{form: (1, frozenset({"القرن"})) for form in ("صفقه", "بصفقه", "لصفقه", "وصفقه")},
    # «في لقاء مع الإذاعة الفرنسية»: an interview given to a medium, not a meeting
    **{form: (3, _MEDIA_WORDS) for form in ("لقاء", "لقائه", "لقائها", "اللقاء")},
    # «استقبلت 151 مصابا», «تستقبل الصواريخ»: patients, refugees or missiles received, not a visitor hosted
    # «يستضيف مليون زائر سنويا», «يستقبل دوستم الزوار في مقره»: visitors at large, not a visit hosted
    **{form: (5, _RECEIVED_THINGS) for form in ("استقبل", "استقبلت", "يستقبل", "تستقبل", "استقبلوا", "يستقبلون",
                                                 "نستقبل", "استقبال", "باستقبال", "لاستقبال", "استقباله", "استقبالها",
                                                 "استقبالهم", "استضاف", "استضافت", "يستضيف", "تستضيف")},
    # «أطلقت روسيا اسم كينزال على هذا الصاروخ», «أطلق حملة»: named or launched a campaign, fired nothing
    **{form: (3, _LAUNCHED_THINGS) for form in ("اطلق", "اطلقت", "يطلق", "تطلق", "اطلقوا", "يطلقون", "اطلاق")},
    # «حررت مصر عملتها», «تحرير 160 مخالفة»: a currency floated, violations written up, nothing liberated
    **{form: (2, _FREED_THINGS) for form in ("حرر", "حررت", "يحرر", "تحرر", "تحرير", "بتحرير", "وتحرير")},
    # «تجمهر الآلاف في شوارع الأهواز لتشييع ضحايا الهجوم»: a crowd gathered to mourn, not to protest
    **{form: (8, _FUNERALS) for form in ("احتشد", "احتشدت", "يحتشد", "تحتشد", "احتشدوا", "يحتشدون", "تجمهر",
                                          "تجمهرت", "يتجمهر", "تتجمهر", "تجمهروا", "يتجمهرون")},
}
# Nouns spelled like trigger forms: «مسيرته» (his career, not march), «موقفه» (his position, not «موقف» of
# «أوقف»), «يعمل مساعدا لغوارديولا» (an assistant, not helping), «بحذر» (caution, not «حذّر»).
_NOUN_LOOKALIKES = frozenset({"بحذر", "الحذر", "بالحذر", "حذرا", "وبحذر", "مسيرته", "مسيرتها", "مسيرتهم", "مسيرتي",
                              "بمسيرته", "بمسيرتها", "موقف", "موقفه", "موقفها", "موقفهم", "موقفا", "موقفنا",
                              "مساعدا", "مساعد", "مساعده", "مساعدين", "مساعدون",
                              # «توقفت المفاوضات» (stopped, not «تُوقِف» detains), «المعارضة» (the opposition, an
                              # actor), «رحلتها» (her trip, not «رحّلت»), «أُدين» (was convicted)
                              "توقف", "توقفت", "يتوقف", "تتوقف", "المعارضه", "للمعارضه", "بالمعارضه",
                              "رحلته", "رحلتها", "رحلتهم", "رحلتهما", "ادين",
                              "جولتنا",  # «في جولتنا عبر الصحف»: the press review's own round
                              # «وتحكم قوات النظام قبضتها على المنطقة»: a grip, not «قبضت» (arrested)
                              "قبضته", "قبضتها", "قبضتهم", "بقبضته", "بقبضتها", "القبضه", "قبضه",
                              # «تشد من أزرهم»: their support (أزر), not «أزور» (I visit)
                              "ازره", "ازرها", "ازرهم", "ازرهما"})
# bodies and outlets whose names may hold a trigger word: «منظمة حظر …», «تلفزيون المسيرة» (not a march)
_NAMED_BODIES = frozenset({"منظمه", "المنظمه", "معاهده", "اتفاقيه", "هيئه", "لجنه", "مجلس", "وكاله",
                           "قناه", "تلفزيون", "اذاعه", "صحيفه", "حزب",  # («حزب الدعوة الإسلامية»)
                           "شؤون"})  # «وزير شؤون انسحاب بريطانيا من الاتحاد الأوروبي»: an office's name
_CONTROL_FORMS = frozenset({"سيطره", "السيطره"})
_AREAS = frozenset({"مناطق", "منطقه", "المناطق", "المنطقه"})
_VILLAGES = frozenset({"قريه", "قريتي", "بلده", "بلدتي"})  # «قرية», «قريتي» (two villages), «بلدة»
# movements named for a liberation (but «تقدم الجيش لتحرير المدينة» fights: «جيش» only without the article)
_LIBERATION_BODIES = frozenset({"جبهه", "الجبهه", "حركه", "الحركه", "هيئه", "جيش", "منظمه", "المنظمه"})
# whole words, before a conjunction is stripped: «فدان» (an acre) is not «ف» + «دان»
_WORD_LOOKALIKES = frozenset({"فدان", "فدانا"})
_PHONE_WORDS = frozenset({"المحمول", "الجوال", "النقال", "الذكي", "الخلوي", "محمول", "جوال", "نقال", "ذكي", "خلوي",
                          "محمولا", "جوالا", "نقالا", "ذكيا", "الجديد", "جديد", "جديدا"})  # «هاتفها الجديد»: a device


_DEFENDANTS = frozenset({"متهم", "متهمين", "متهمون", "متهمه", "متهما"})  # («على 374 متهما»)
_MANNER_WORDS = frozenset({"بكل", "وبكل"})  # «بكل ترحيب», «بكل الترحيب»: with all …
_VISAS = frozenset({"تاشيره", "تاشيرات", "فيزا"})
# channels «عبر» carries words by (without the article): «عبر تويتر», «عبر حسابه على فيسبوك», «عبر الهاتف»
_CHANNELS = frozenset(normalize_word(w) for w in (
    "تويتر", "فيسبوك", "فايسبوك", "إنستغرام", "يوتيوب", "حسابه", "حسابها", "حساباتهم", "صفحته", "صفحتها",
    "موقع", "موقعه", "موقعها", "مواقع", "هاتف", "الهاتف", "تطبيق", "وسائل", "قناة", "قناته", "الإنترنت", "انترنت",
    "فيديو", "رسالة", "رسائل", "تغريدة", "تغريدات", "منصات", "منصة", "بيان", "البريد", "الأثير"))
_DRONE_WORDS = frozenset({"مسيره", "المسيره", "مسيرات", "المسيرات"})
_AIRCRAFT = frozenset({"طائره", "طائرات", "الطائره", "الطائرات", "طيران", "الطيران"})
DRONE_REACH = 2  # words back from «مسيرة» to the aircraft it describes: «الطائرة الإيرانية المسيرة»


# halting verbs before what was halted: «ستوقف دعمها» (support), «أوقفت تمويل» (funding), not an arrest
_HALTING_FORMS = frozenset({"اوقف", "اوقفت", "يوقف", "توقف", "ستوقف", "سيوقف", "اوقفوا", "يوقفون"})
# what hits without anyone striking: «زلزال يضرب», «أزمة تضرب», «فضيحة التلاعب بالمباريات تضرب صربيا»
_HITTING_FORMS = frozenset({"ضرب", "ضربت", "يضرب", "تضرب", "اجتاح", "اجتاحت", "يجتاح", "تجتاح"})
_BLIND_FORCES = frozenset(normalize_word(w) for w in (
    "زلزال", "الزلزال", "إعصار", "الإعصار", "عاصفة", "العاصفة", "فيضانات", "الفيضانات", "سيول", "السيول",
    "موجة", "أزمة", "الأزمة", "فضيحة", "الفضيحة", "وباء", "الوباء", "فيروس", "الفيروس", "الجفاف", "الركود",
    "هزة", "موجات", "أمطار", "الأمطار", "حرائق", "الحرائق", "حريق", "الحريق", "انفجار"))
_HITTING_OR_KILLING = _HITTING_FORMS | frozenset({"قتل", "قتلت", "يقتل", "تقتل"})
BLIND_FORCE_REACH = 4  # words from such a subject to its verb: «فضيحة التلاعب بالمباريات تضرب»


_BLESSINGS = frozenset({"ايده", "ايدها", "حفظه", "حفظها", "رعاه", "رعاها", "نصره", "وفقه", "يحفظه", "يرعاه"})


_FEASTS = frozenset(normalize_word(w) for w in ("حفل", "حفلة", "مأدبة", "قاعة", "صالة", "مراسم"))
_GATHERINGS = frozenset(normalize_word(w) for w in (
    "القمة", "الاجتماع", "المؤتمر", "الجلسة", "المنتدى", "الجمعية", "اجتماع", "مؤتمر", "قمة", "جلسة"))


def _person_starts_at(doc: Document, k: int) -> bool:
    """Whether a person's name starts at token k."""
    start = doc.tokens[k].start
    return any(m.start == start for e in doc.entities if e.label == "PER" for m in e.mentions)


_QUOTE_MARKS = QUOTE_MARKS | {"'"}


def _blind_force_before(doc: Document, i: int) -> bool:
    """Whether one of the words just before, in the same clause, names a blind force (past a name in quotation
    marks and «التي»: «العاصفة المدارية "لبان" التي ضربت مناطق من السلطنة»)."""
    words = 0
    j = i - 1
    while j >= 0 and words < BLIND_FORCE_REACH:
        tok = doc.tokens[j]
        if tok.kind == "punct":
            if tok.text not in _QUOTE_MARKS and not (tok.text in "،," and strip_conj(doc.tokens[j + 1].norm)
                                                     in RELATIVE_PRONOUNS):
                return False  # (but «الإعصار مايكل، الذي ضرب»: the relative clause after a comma goes on)
        elif tok.norm in _BLIND_FORCES or strip_conj(tok.norm) in _BLIND_FORCES:
            return True  # («فضيحة» starts with the letter of «فـ»)
        else:
            words += 1
        j -= 1
    return False


# nouns whose genitive a withdrawal is when it is spoken of as a topic: «ملف خروج بريطانيا من الاتحاد الأوروبي»
_EXIT_AS_TOPIC = frozenset(normalize_word(w) for w in (
    "ملف", "خطط", "خطة", "مفاوضات", "محادثات", "اتفاق", "مشروع", "عملية", "تداعيات", "استفتاء", "قضية", "مسألة",
    "شروط", "إجراءات", "مرحلة", "تكلفة", "كلفة"))


def _exit_as_topic(doc: Document, i: int) -> bool:
    """The withdrawal at token i is the genitive of a topic noun, or follows «الاتفاق على»."""
    k = i - 1
    if k > 0 and doc.tokens[k].norm == "علي":
        k -= 1
    return k >= 0 and without_lam_or_ba(strip_conj(doc.tokens[k].norm)).removeprefix("ال") in _EXIT_AS_TOPIC


def _time_starts(doc: Document) -> frozenset[int]:
    """Where the document's time expressions start (once per document: every trigger asks)."""
    return once_per_document(doc, "time starts", lambda: frozenset(tx.start for tx in doc.times))


_SNATCHING_FORMS = frozenset({"خطف", "يخطف", "تخطف", "خطفت", "يخطفون", "خطفوا"})
_EYES = frozenset(normalize_word(w) for w in ("أنظار", "الأنظار", "الأضواء", "أضواء", "قلوب", "القلوب", "الاهتمام"))


def _quoted_alone(doc: Document, i: int) -> bool:
    """«"خطف"»: a verb set in quotation marks by itself is meant figuratively."""
    return 0 < i < len(doc.tokens) - 1 and doc.tokens[i - 1].text in _QUOTE_MARKS and doc.tokens[i + 1].text in _QUOTE_MARKS


_ERUPTING_FORMS = frozenset({"تفجر", "تفجرت"})
_ERUPTING_THINGS = frozenset(normalize_word(w) for w in (
    "صراع", "الصراع", "نزاع", "النزاع", "أزمة", "الأزمة", "خلاف", "الخلاف", "حرب", "الحرب", "قتال", "القتال",
    "احتجاجات", "الاحتجاجات", "مظاهرات", "المظاهرات", "غضب", "الغضب", "الوضع", "العنف", "موجة", "الموجة",
    "فضيحة", "الفضيحة", "توتر", "التوتر", "الثورة", "ثورة", "الانتفاضة", "انتفاضة", "مواجهات", "المواجهات"))


_CIVIL_OPERATIONS = frozenset(normalize_word(w) for w in (
    "شراء", "الشراء", "بيع", "البيع", "إنقاذ", "الإنقاذ", "إغاثة", "الإغاثة", "تصويت", "التصويت", "اقتراع", "الاقتراع",
    "فرز", "الفرز", "تسجيل", "التسجيل", "تبادل", "التبادل", "إعمار", "الإعمار", "تجميل", "التجميل", "زرع", "الزرع",
    "تحويل", "التحويل", "دفع", "الدفع", "احتيال", "الاحتيال", "تزوير", "التزوير"))
_DURING_IT = frozenset({"خلالها", "خلاله", "اثناءها", "اثناءه"})  # «زيارة التقى خلالها»: during the visit
_VISITS = frozenset({"زياره", "جوله", "رحله", "زيارات", "جولات"})
VISIT_BEFORE_DURING = 4  # words from the visit to the verb «خلالها» follows: «بعد زيارة عمل التقى خلالها»
_ATTENDED = frozenset({"حضر", "يحضر", "حضره", "حضرها"})
_ATTENDED_GATHERINGS = frozenset({"الاستقبال", "اللقاء", "الاجتماع", "المباحثات", "المحادثات", "الجلسه"})


# wars of history named by their adjective: the Suez war, the world wars
_NAMED_WARS = frozenset((normalize_word(a), normalize_word(b)) for a, b in (
    ("العدوان", "الثلاثي"), ("عدوان", "الثلاثي"), ("الحرب", "العالمية"), ("حرب", "العالمية")))
SUEZ_REACH = 8  # words either side of «العدوان الثلاثي» where 1956 or Egypt tells the Suez war


def _suez_told(doc: Document, i: int, hi: int) -> bool:
    """«العدوان الثلاثي» at token i is the Suez war of 1956: the year, or Egypt, is named close by."""
    near = [doc.tokens[k] for k in range(max(0, i - SUEZ_REACH), min(hi, i + 2 + SUEZ_REACH))]
    return any(t.text in ("1956", "١٩٥٦", "56") or strip_conj(t.norm).removeprefix("عن") in ("مصر", "لمصر", "بمصر")
               for t in near)


EXILE_REACH = 6  # words from «نفي» (exile) to the «إلى» of where one was sent


def _sent_away_to(doc: Document, i: int, hi: int) -> bool:
    """«نفيه إلى السعودية»: a «إلى» follows «نفي» in its clause, with no act between — exile to a place; a denial
    takes «أن» or the act denied."""
    for j in range(i + 1, min(hi, i + 1 + EXILE_REACH)):
        tok = doc.tokens[j]
        if (tok.kind == "punct" and tok.text[:1] in ".،,؛:") or tok.norm in ("ان", "انه", "انها", "بان"):
            return False
        if tok.norm == "الي":
            return True
        if tok.kind == "word" and load_lexicon().match_word(tok.norm, tok.text):
            return False  # «نفي إيران إرسال أسلحة إلى الحوثيين»: the «إلى» of the act denied
    return False


_MIDDLE_FORMS = frozenset(normalize_word(w) for w in ("توسط", "توسطت", "يتوسط", "تتوسط"))
_MEDIATED_IN = frozenset({"بين", "في", "لدي", "لحل", "لانهاء", "لوقف"})


def _named_at(doc: Document, k: int) -> bool:
    """Whether a name's mention covers token k («وتوسط الأردن»: the mediator, not the middle of a thing)."""
    start = doc.tokens[k].start
    return any(m.start <= start < m.end for e in doc.entities for m in e.mentions)


_QUANTITY_BEFORE = frozenset({"من", "اكثر", "نحو", "بنحو", "حوالي", "بحوالي", "قرابه", "زهاء", "اقل"})  # «أكثر من نصف»


_RELEASE_WORDS = frozenset(normalize_word(w) for w in ("بالإفراج", "الإفراج", "للإفراج", "بإطلاق", "إطلاق", "لإطلاق"))
_HELD = frozenset(normalize_word(w) for w in (
    "محتجز", "المحتجز", "محتجزة", "المحتجزة", "محتجزين", "المحتجزين", "معتقل", "المعتقل", "معتقلة", "المعتقلة",
    "معتقلين", "المعتقلين", "المسجون", "مسجون", "المسجونين", "مسجونين", "المختطف", "المختطفين", "مختطف", "مختطفين",
    "الأسرى", "أسرى"))
_HELD_BY = frozenset({"في", "لدي", "بيد", "بايدي"})
RELEASE_REACH = 10  # words from a demand to the one held and where: «طالبت إيران بالإفراج عن دبلوماسي إيراني محتجز في»


def _holder_of_the_released(doc: Document, i: int, hi: int, spots: list[ActorSpot]) -> list[ActorSpot]:
    """The side a release is demanded of: after «بالإفراج عن …» (right after token i, the demand or its subject),
    the country or group that holds the men («محتجز في فرنسا», «المعتقلين لدى الحوثيين»), named right after the
    word of holding."""
    words = [k for k in range(i + 1, min(hi, i + 2 * RELEASE_REACH)) if doc.tokens[k].kind == "word"][:RELEASE_REACH]
    release = next((n for n, k in enumerate(words) if strip_conj(doc.tokens[k].norm) in _RELEASE_WORDS), None)
    if release is None or release > 2:
        return []
    for n in range(release + 1, len(words) - 1):
        if strip_conj(doc.tokens[words[n]].norm) in _HELD and doc.tokens[words[n + 1]].norm in _HELD_BY:
            at = words[n + 1] + 1
            spot = next((s for s in spots if s.token_start == at), None)
            return [spot] if spot is not None and spot.entity is not None else []
    return []


def _a_half(doc: Document, i: int, hi: int) -> bool:
    """«نصف» is «half» behind «بـ»/«لـ», after a word of quantity («أكثر من نصف»), or before an indefinite noun
    («نصف مساحة», «نصف مليون»); «نصف الحكومة بأنها …» may still be «we describe»."""
    if doc.tokens[i].norm.lstrip("و") != "نصف" or (i > 0 and strip_conj(doc.tokens[i - 1].norm) in _QUANTITY_BEFORE):
        return True
    nxt = doc.tokens[i + 1] if i + 1 < hi else None
    return nxt is None or nxt.kind != "word" or not strip_conj(nxt.norm).startswith("ال")


_TAKING_AS = frozenset(normalize_word(w) for w in ("تتخذ", "يتخذ", "اتخذت", "اتخذ", "تتخذان", "يتخذون"))
_SEAT_WORDS = SEAT_AFTER | frozenset(normalize_word(w) for w in ("مقر", "مركزا", "منطلقا", "قاعدة"))


_SUMS = frozenset(normalize_word(w) for w in ("مبلغ", "مبلغا", "دولار", "دولارا", "جنيه", "يورو", "ريال", "درهم", "ألف",
                                               "مليون", "مليار", "استرليني", "إسترليني", "أموال", "أموالا"))
SUM_BEFORE_PRICE = 4  # words from a sum to «لقاء» (in return for): «مبلغ 130 ألف جنيه استرليني … لقاء»


def _in_return_for(doc: Document, i: int, hi: int) -> bool:
    """«لقاء» at i is "in exchange for": an act exchanged follows it («لقاء إفراج النظام عن نساء»), or a sum stands
    just before it («تلقت مبلغ 130 ألف جنيه … لقاء صمتها»)."""
    if i + 1 < hi and strip_conj(doc.tokens[i + 1].norm).removeprefix("ال") in _EXCHANGED:
        return True
    return any(strip_conj(doc.tokens[j].norm) in _SUMS for j in range(max(0, i - SUM_BEFORE_PRICE), i))


def _traded_term(doc: Document, i: int, hi: int) -> bool:
    """«… مقابل رفع العقوبات», «لقاء إفراج عن …»: an act right after "in exchange for" is what a deal trades, not an
    act done; its doer is seldom the side read for it (the Iran that agreed, for the sanctions the West lifts). An
    act whose doer is named right after it stays («في مقابل رفع واشنطن العقوبات»)."""
    if i == 0 or strip_conj(doc.tokens[i - 1].norm) not in IN_EXCHANGE_FOR:
        return False
    if i + 1 >= hi:
        return True
    return not _name_in(doc, doc.tokens[i + 1])


def _name_in(doc: Document, tok: Token) -> bool:
    """Whether an entity's mention starts in the token («رفع واشنطن», «بومبيو»)."""
    starts = _mention_starts(doc)
    return any(k in starts for k in range(tok.start, tok.end))


def _subject_end(c: Candidate) -> int:
    """The last token of the candidate's subject when it follows the trigger, else the trigger's own token."""
    return max([c.token] + [s.token_end - 1 for s in c.source if s.token_start > c.token])


VICTORY_OVER_REACH = 2  # «انتصارات كبيرة على الحوثيين»: one adjective between the victory and «على»


# «علق أهمية/آمالا على»: to attach importance or hopes to, not to suspend
_HANGING = frozenset(normalize_word(w) for w in ("علق", "علقت", "يعلق", "تعلق", "نعلق", "يعلقون", "علقوا"))
_HUNG_ON = frozenset(normalize_word(w) for w in ("أهمية", "آمالا", "آمال", "الآمال", "أملا", "الأمل", "آماله", "آمالها"))


def _citing(doc: Document, i: int, hi: int) -> bool:
    """«استشهد/مستشهدا بـ» something other than bullets or fire: quoting it as evidence."""
    if strip_conj(doc.tokens[i].norm).startswith("مستشهد"):
        return True  # the participle is nearly always «citing»
    nxt = next((j for j in range(i + 1, hi) if doc.tokens[j].kind == "word"), None)
    return nxt is not None and has_ba(doc.tokens[nxt]) and strip_conj(doc.tokens[nxt].norm) not in _DIED_BY


# «استشهد برصاص», «بقصف», «متأثرا بجروحه»: what one died by after «بـ», no quotation
_DIED_BY = frozenset(normalize_word(w) for w in (
    "برصاص", "برصاصة", "بنيران", "بقصف", "بغارة", "بغارات", "بانفجار", "بقذيفة", "بصاروخ", "بهجوم", "بطلق", "بطلقات",
    "بشظايا", "بجروح", "بجراح", "بجروحه", "بجراحه"))


# «معارضة» as an adjective: the groups it describes, right before it
_OPPOSING_ADJECTIVES = frozenset(normalize_word(w) for w in ("معارضة", "معارض", "معارضين", "معارضون"))
_OPPOSABLE_GROUPS = frozenset(normalize_word(w) for w in (
    "فصائل", "فصيل", "جماعات", "جماعة", "أحزاب", "حزب", "قوى", "شخصيات", "شخصية", "مصادر", "مصدر", "احتجاجات",
    "تظاهرات", "مظاهرات", "حركات", "حركة", "مجموعات", "مجموعة", "منظمات", "تيارات", "تيار", "كتل", "كتلة", "أوساط",
    "وسائل", "صحف", "صحيفة", "ناشطين", "ناشطون", "نشطاء", "سياسيين", "سياسيون", "قيادات", "قوات", "ميليشيات"))


def _described_as_opposing(doc: Document, i: int) -> bool:
    """The indefinite «معارضة» at i describes the group or nisba right before it («لفصائل معارضة», «مصادر سورية
    معارضة»), or opens a bracketed label («(معارضة يمينية)»): an adjective, no act of opposing."""
    prev = doc.tokens[i - 1]
    if prev.text == "(":
        return True
    if prev.kind != "word":
        return False
    word = without_lam_or_ba(strip_conj(prev.norm))
    return word in _OPPOSABLE_GROUPS or (nisba_iso3(word, load_lexicon()) is not None and not word.startswith("ال"))


_DISTANCES = frozenset({"طريقا", "شوطا", "مسافه"})


_ENMITY = frozenset(normalize_word(w) for w in ("العداء", "العداوة", "الخصومة", "القطيعة"))
_ENDING = frozenset(normalize_word(w) for w in ("انتهاء", "إنهاء", "نهاية", "إنتهاء"))


def _other_sense(doc: Document, i: int, hi: int) -> bool:
    """«فجر السبت», «احتل المركز الثاني», «عبر الهاتف», «هاتفه المحمول»: the word is no trigger here."""
    norm = strip_conj(doc.tokens[i].norm)
    if norm in _NOUN_LOOKALIKES or doc.tokens[i].norm in _WORD_LOOKALIKES:
        return True
    if i > 0 and strip_conj(doc.tokens[i - 1].norm).lstrip("بل") in _NAMED_BODIES:
        return True  # «منظمة حظر الأسلحة الكيميائية», «تلفزيون المسيرة»: part of a name, no event
    if norm.removeprefix("ال") in ("مسؤوله", "مسؤول") and i > 0 \
            and strip_conj(doc.tokens[i - 1].norm).removeprefix("ال") in ("جهه", "جهات"):
        return True  # «لم تحدد السلطات الجهة المسؤولة عن الهجومين»: the party responsible, named by no one
    if norm in _ENMITY and i > 0 and without_lam_or_ba(strip_conj(doc.tokens[i - 1].norm)) in _ENDING:
        return True  # «إن انتهاء العداء مع إثيوبيا لحظة فرح»: an enmity ended, no one criticised
    if norm == "طالب" and counted_before(doc, i):
        return True  # «حوالي خمسة آلاف طالب سعودي»: students counted, no demand
    if norm.startswith(("استشهد", "يستشهد", "مستشهد")) and _citing(doc, i, hi):
        return True  # «مستشهدا بهجمات صاروخية شنها الحوثيون», «استشهد بآيات»: citing, not dying
    if a_victory(doc.tokens[i]) and not any(
            doc.tokens[j].norm == "علي" for j in range(i + 1, min(hi, i + 1 + VICTORY_OVER_REACH))):
        return True  # «شكلت "انتصارا واضحا" مؤكدا أن روسيا وافقت على»: a victory over a side has «على» right after it
    if norm.lstrip("بل") == "نصف" and _a_half(doc, i, hi):
        return True  # «سيطرت على أكثر من نصف مساحة المنطقة»: half of it, not «we describe»
    if norm.lstrip("بل") in _CONTROL_FORMS and i > 0 and strip_conj(doc.tokens[i - 1].norm).lstrip("بل") in _AREAS:
        return True  # «القريبين من مناطق سيطرة الحكومة السورية»: areas it holds, no taking of them told
    if i > 0 and strip_conj(doc.tokens[i - 1].norm).removeprefix("ب") in _VILLAGES and doc.tokens[i].norm == norm \
            and not doc.tokens[i].norm.startswith(("ل", "ب")):
        return True  # «في قريتي زيارة وعقيبه»: a village's name, no visit
    if norm.removeprefix("ل") in ("تحرير", "التحرير") and any(
            strip_conj(doc.tokens[j].norm) in _LIBERATION_BODIES for j in range(max(0, i - 2), i)):
        return True  # «الجبهة الشعبية لتحرير فلسطين», «حركة تحرير السودان»: a movement's name, no fighting
    if norm in _TAKING_AS and any(strip_conj(doc.tokens[j].norm) in _SEAT_WORDS for j in range(i + 1, min(hi, i + 5))):
        return True  # «المنظمة التي تتخذ من نيويورك مقرا لها»: where it sits, no measures taken
    if norm in _OPPOSING_ADJECTIVES and i > 0 and _described_as_opposing(doc, i):
        return True  # «لفصائل معارضة سورية», «مصادر سورية معارضة», «(معارضة يمينية)»: the group is of the opposition
    if norm in _HANGING and any(strip_conj(doc.tokens[j].norm) in _HUNG_ON for j in range(i + 1, min(hi, i + 4))):
        return True  # «إن الصين تعلق أهمية كبرى على علاقاتها مع تركيا»: attaches importance, suspends nothing
    if i + 2 < hi and strip_conj(doc.tokens[i + 1].norm) in _DISTANCES and doc.tokens[i + 2].norm.startswith("طويل"):
        return True  # «قطعنا طريقا طويلا وصعبا»: a long way come, no road blocked
    if norm == "هنا" and not doc.tokens[i].text.endswith("أ"):
        return True  # «هنا» (here): «هنأ» (congratulated) is written with its hamza
    if norm.startswith("للافراج") or (norm.startswith("لاطلاق") and any(
            strip_conj(doc.tokens[j].norm).startswith("سراح") for j in range(i + 1, min(hi, i + 3)))):
        return True  # «حملة لإطلاق سراحها», «جهود للإفراج عنه»: a release sought, not made
    if norm == "عبر" and i + 1 < hi and without_lam_or_ba(strip_conj(doc.tokens[i + 1].norm)).removeprefix("ال") \
            in _CHANNELS:
        return True  # «وكتب عبر تويتر», «عبر حسابه»: by way of a channel, no words expressed
    if norm in _DRONE_WORDS and any(without_lam_or_ba(strip_conj(doc.tokens[j].norm)) in _AIRCRAFT
                                    for j in range(max(0, i - DRONE_REACH), i)):
        return True  # «بطائرة مسيرة», «الطائرات المسيرة», «الطائرة الإيرانية المسيرة»: a drone, not a march
    if norm.lstrip("بل").removeprefix("ال") == "خروج" and _exit_as_topic(doc, i):
        return True  # «ملف خروج بريطانيا من الاتحاد», «الاتفاق على خروج بريطانيا»: Brexit as a topic, not an act
    if norm == "سافر" and i > 0 and strip_conj(doc.tokens[i - 1].norm) in _BLATANT_BEFORE:
        return True  # «تدخلها في اليمن بشكل سافر»: blatant, not travelled
    if doc.tokens[i].norm.startswith(("وصول", "ووصول")) and i + 2 < hi and doc.tokens[i + 1].norm == "الي" \
            and without_lam_or_ba(doc.tokens[i + 2].norm) in _SEATS_OF_POWER:
        return True  # «منذ وصوله إلى الإليزيه», «وصول ترامب إلى الحكم»: taking office, no visit
    if norm.lstrip("بل").removeprefix("ا") in ("طلاق", "الاطلاق") and i > 0 \
            and strip_conj(doc.tokens[i - 1].norm) in _HALTS_BEFORE_FIRE:
        return True  # «تمديد وقف إطلاق النار», «وقفا لإطلاق النار»: the ceasefire, no shooting
    if norm == "لاطلاق" and i + 1 < hi and strip_conj(doc.tokens[i + 1].norm) == "النار" and any(
            strip_conj(doc.tokens[j].norm) in _TRUCES for j in range(max(0, i - TRUCE_REACH), i)):
        return True  # «للتوصل إلى اتفاق طويل الأمد لإطلاق النار في غزة»: a truce agreed on, no shooting
    if doc.tokens[i].norm in ("وعد", "وعدت") and any(doc.tokens[j].norm in ("بمثابه", "بمثابة")
                                                     for j in range(i + 1, min(hi, i + COUNTED_AS_REACH))):
        return True  # «وعدّ الثني حكومة الإنقاذ … بمثابة حكومة غير شرعية»: «و» + «عدّ», he counted it as one
    if norm in _FALLING_ON and i + 1 < hi and covered_by_times(doc, i + 1, i + 2):
        return True  # «بالذكرى السبعين لقيام دولة إسرائيل الذي يوافق الثلاثاء»: falls on a day, no one agrees
    if norm == "فجر" and any(strip_conj(doc.tokens[j].norm) in _ROCKET_MAKES for j in range(max(0, i - 3), i)):
        return True  # «أطلقت 20 صاروخا من طرازي غراد وفجر»: the Fajr rocket, nothing blown up
    if doc.tokens[i].norm == "فجرا" and (i + 1 >= hi or strip_conj(doc.tokens[i + 1].norm) not in _BLOWN_UP):
        return True  # «نفذت الطائرات التركية فجرا ثلاث ضربات»: at dawn (but «فجّرا نفسيهما»: the two blew up)
    if norm in _HITTING_FORMS and any(strip_conj(doc.tokens[j].norm) in ("طوقا", "الطوق", "طوق")
                                      for j in range(i + 1, min(hi, i + 4))):
        return True  # «ضربت الشرطة طوقا أمنيا»: a cordon set up, no one struck
    if i + 1 < hi and (norm.lstrip("بل"), strip_conj(doc.tokens[i + 1].norm)) in _NAMED_WARS \
            and (norm.lstrip("بل") in ("الحرب", "حرب") or _suez_told(doc, i, hi)):
        return True  # «تطوع للدفاع عن مصر 1956 أثناء العدوان الثلاثي»: a war of history by its name, no act told
        # (but in 2018 Damascus named the American, British and French strikes «العدوان الثلاثي» too)
    if norm in _MIDDLE_FORMS and i + 1 < hi and doc.tokens[i + 1].kind == "word" \
            and strip_conj(doc.tokens[i + 1].norm).startswith("ال") and not _named_at(doc, i + 1):
        return True  # «بلدة مديرا التي تتوسط الأجزاء الثلاثة»: lies in the middle of them; one mediates «بين»,
        # «في» or «لدى» a dispute, never a definite noun right after the verb
    if norm.lstrip("بل").removeprefix("ال") in ("نفي", "نفيه") and _sent_away_to(doc, i, hi):
        return True  # «ونفيه إلى السعودية», «ونفي و40 شخصا من عائلته إلى السعودية»: exile, no denial
    if norm in ("متوسطه", "متوسطا") and (i + 1 >= hi or strip_conj(doc.tokens[i + 1].norm) not in _MEDIATED_IN):
        return True  # «مسؤولين من طالبان "من مستويات متوسطة وعالية"»: medium, an adjective; one mediates «بين» sides
    if norm.startswith(_RESPITE) and i + 1 < hi and strip_conj(doc.tokens[i + 1].norm) == "الوقت":
        return True  # «ولم يمهله الوقت لزيارة المغرب»: time did not allow him, no ultimatum
    if norm.startswith(_SUMMONING) and i > 0 and strip_conj(doc.tokens[i - 1].norm) in ("ما", "مما"):
        return True  # «ما استدعى الجيش اللبناني … إلى مراقبة التحركات»: which called for it, no one summoned
    if norm == "قاطع" and i > 0 and strip_conj(doc.tokens[i - 1].norm) in _MANNER_NOUNS:
        return True  # «رفض بشكل قاطع»: categorically, not boycotted
    if norm == "حذر" and i > 0 and strip_conj(doc.tokens[i - 1].norm) in _MANNER_NOUNS:
        return True  # «ويعمل ماكرون على هذه المسألة بشكل حذر»: cautiously, no one warned
    if norm.lstrip("بل") in ("عمليات", "عمليه", "العمليات", "العمليه") and i + 1 < hi \
            and without_lam_or_ba(strip_conj(doc.tokens[i + 1].norm)) in _CIVIL_OPERATIONS:
        return True  # «عمليات شراء السعودية لمعدات عسكرية», «عمليات الإنقاذ»: purchases, rescue; no military operation
    if norm == "قبل" and i > 0 and doc.tokens[i - 1].norm == "من":
        return True  # «سلما من قبل ميليشيات الحوثي إلى الحكومة»: by them (or «من قبل», before); nothing accepted
    if norm == "قاطع" and i > 0 and strip_conj(doc.tokens[i - 1].norm) in ("علي", "في", "من", "الي"):
        return True  # «فتحت النار على قاطع بونش»: a sector of the front, no boycott
    if norm in ("تقاطع", "تقاطعت") and i + 1 < hi and strip_conj(doc.tokens[i + 1].norm) == "مع":
        return True  # «بيان البيت الأبيض تقاطع مع تصريحات لوزارة الدفاع»: crossed, agreed with; one boycotts a side
        # itself, with no «مع»
    if norm in _SNATCHING_FORMS and ((i + 1 < hi and doc.tokens[i + 1].norm in _EYES) or _quoted_alone(doc, i)):
        return True  # «تخطف أنظار العالم», «فشل في "خطف" النجم البرازيلي»: eyes caught, a player signed
    if norm in _ERUPTING_FORMS and i > 0 and strip_conj(doc.tokens[i - 1].norm).lstrip("بل") in _ERUPTING_THINGS:
        return True  # «لإنهاء صراع تفجر منذ ثلاثة عقود», «أزمة تفجرت»: a conflict erupted, nothing was bombed
    if norm in _ASKING_FORMS and i + 2 < hi and strip_conj(doc.tokens[i + 1].norm) == "عدم" \
            and strip_conj(doc.tokens[i + 2].norm) in _NAMING_WORDS:
        return True  # «المسؤول الذي طلب عدم نشر اسمه»: asking not to be named is no appeal
    if norm in _REFUSING_FORMS and i + 2 < hi and strip_conj(doc.tokens[i + 1].norm) in _NAMING_WORDS \
            and any(strip_conj(doc.tokens[j].norm).startswith(("هويت", "اسم")) for j in range(i + 2, min(hi, i + 4))):
        return True  # «وقال مسؤول تركي رفض الكشف عن هويته»: declining to be named is no rejection
    if norm.startswith("توقف") and i > 0 and strip_conj(doc.tokens[i - 1].norm) in _WHEN_WORDS:
        return True  # «أثناء توقفه في نقطة»: its halt (a masdar after «أثناء»), no one detained
    if norm.removeprefix("ب").removeprefix("س") in _STABBING_FORMS and _challenges(doc, i, hi):
        return True  # «طعن رئيس الوزراء المنتهية ولايته، في أهلية خصمه», «رفضت محكمة الاستئناف طعنا تقدم به»:
        # challenged or appealed, not stabbed
    if norm in ("هاتف", "الهاتف", "هواتف") and i + 1 < hi and strip_conj(doc.tokens[i + 1].norm) in _MAKERS:
        return True  # «هاتف شركة أبل», «هواتف آي فون»: a handset, no phone call
    if norm in _TURNING_FORMS and i + 1 < hi and strip_conj(doc.tokens[i + 1].norm) in _ADDRESSED_WITH:
        return True  # «الجيش الليبي يتوجه بنداء إلى المواطنين», «توجه بالشكر إلى»: addressed words, no journey
    if doc.tokens[i].start in _time_starts(doc):
        return True  # «فجر أول من أمس», «فجر اليوم»: the word opens a time (dawn), no bombing
    if doc.tokens[i].norm in ("وعدا", "عدا") and i + 1 < hi and strip_conj(doc.tokens[i + 1].norm) == "عن":
        return True  # «وعدا عن الانقسام الداخلي»: apart from, no promise
    if norm in ("حظر", "الحظر") and i > 0 and strip_conj(doc.tokens[i - 1].norm) in ("منطقه", "مناطق"):
        return True  # «منطقة حظر طيران»: a no-fly zone, a place, not a ban imposed
    # «عن شن هجوم»: the act launched stands where its launching does
    act = i - 1 if i > 0 and strip_conj(doc.tokens[i - 1].norm) in _LAUNCHING_MASDARS else i
    if act > 0 and strip_conj(doc.tokens[act - 1].norm) in _PREVENTING:
        return True  # «حل سياسي يمنع شن هجوم على الميناء», «لتفادي مواجهة»: what is prevented does not happen
    if _kept_from(doc, act):
        return True  # «لمنع التحالف الذي تقوده السعودية من شن هجوم», «بثني التحالف عن شن هجوم»: nor what a side
        # is to be kept from
    if _warned_against(doc, i):
        return True  # «أنقرة تحذر النظام السوري من نشر قوات في عفرين»: what one warns against does not happen
    if norm in _PUBLISHING_FORMS and _publishes(doc, i, hi):
        return True  # «ونشرت وكالة الأنباء الإماراتية (وام) أن قوات التحالف …»: published, not deployed
    if norm == "فتح" and i > 0 and strip_conj(doc.tokens[i - 1].norm) in ("في", "عن", "علي", "الي", "حول", "بشان"):
        return True  # «قانون يوسع صلاحيات الشرطة في فتح النار»: the masdar after a preposition, no shots fired
    if norm in _ACCUSED_PARTICIPLES and i > 0 and doc.tokens[i - 1].kind == "word" and i + 1 < hi \
            and has_ba(doc.tokens[i + 1]) and doc.tokens[i - 1].norm.endswith(("ا", "ين")) \
            and not doc.tokens[i - 1].norm.startswith("ال"):
        return True  # «اعتقلت 590 شخصا متهمين بالارتباط بتنظيم داعش»: people accused (an adjective), no accuser
    if _returns_to_a_state(doc, i, hi):
        return True
    if norm in _BLASTING_FORMS and any(strip_conj(doc.tokens[j].norm) in _FIGURATIVE_BLASTS
                                       for j in range(i + 1, min(hi, i + 1 + FIGURATIVE_BLAST_REACH))):
        return True  # «رئيس كولومبيا يفجر مفاجأة», «فجّر أزمة», «تفجر تركيا موجة غضب»: sprang a surprise or a crisis,
        # or set off anger (past the subject), bombed nothing
    if norm in ("منتقدين", "منتقدون") and i + 1 < hi and SPEECH_CUES.get(strip_conj(doc.tokens[i + 1].norm)):
        return True  # «لكن منتقدين يقولون إن …»: critics who speak (what they say is the event), no one criticising
    if i + 1 < hi and doc.tokens[i + 1].norm == "الله" and norm in _BLESSINGS:
        return True  # «الملك سلمان أيده الله»: a blessing after a name, no backing
    if norm == "طالب" and i > 0 and strip_conj(doc.tokens[i - 1].norm) in ("هو", "كان", "مجرد"):
        return True  # «وهو طالب (20 عاما)»: a student, not one who demanded
    if norm in _HALTING_FORMS and i + 1 < hi and (is_masdar_shaped(doc.tokens[i + 1].norm) or any(
            p.role == "enclitic" and p.tag == "PRON" for p in doc.tokens[i + 1].pieces)):
        return True  # «إنها ستوقف دعمها لحزب الله», «أوقفت تمويل»: support or funding halted, no one arrested
    if norm in ("معارضه", "المعارضه") and i > 0 and strip_conj(doc.tokens[i - 1].norm) in _OPPOSITION_GROUPS:
        return True  # «جماعة معارضة مسلحة», «أحزاب المعارضة»: an opposition group, no one opposing
    if norm.removeprefix("ب").removeprefix("ل") in DEATH_NOUNS and _accident_after(doc, i, hi):
        return True  # «مقتل مدرب أمريكي في حادث تحطم مروحية»: an accident, no one killed him
    if norm in _JOURNEY_FORMS and _vehicle_before(doc, i):
        return True  # «الطائرة، التي كانت متوجهة إلى مطار وهران»: a plane's route, no side's journey
    if norm in _REACHING_FORMS and i + 1 < hi and strip_conj(doc.tokens[i + 1].norm) in _SPREADING_CONSEQUENCES:
        return True  # «ستصل تداعياتها إلى الجبهات الأخرى»: consequences reach, no one arrives
    if (norm in _REACHING_FORMS or doc.tokens[i].norm in _REACHING_FORMS) and _thing_arriving_after(doc, i, hi):
        return True  # «حتى تصل الرسالة إلى إيران», «وصلت أمس الطائرة الإغاثية السعودية»: a thing arrives, no visitor
    if norm in _HITTING_FORMS and _blind_force_before(doc, i):
        return True  # «فضيحة التلاعب بالمباريات تضرب صربيا», «زلزال يضرب اليابان»: no one struck
    if norm in _HITTING_OR_KILLING and i + 1 < hi and strip_conj(doc.tokens[i + 1].norm) in _BLIND_FORCES:
        return True  # «وقتل الإعصار مايكل 13 شخصا», «ضرب زلزال قوي»: the storm after the verb is its subject
    if norm in _PATH_WORDS and i + 1 < hi and strip_conj(doc.tokens[i + 1].norm) in _PATH_FOLLOWERS:
        return True  # «الاستمرار في مسيرة السلام», «اعتصمت بالصمت»: a process, kept silent; no march, no sit-in
    if i > 0 and strip_conj(doc.tokens[i - 1].norm) in _ATTENDED and norm in _ATTENDED_GATHERINGS:
        return True  # «حضر الاستقبال الأمير محمد بن نايف …»: those who attended it, told after the reception itself
    if i > 0 and strip_conj(doc.tokens[i - 1].norm) in _FEASTS and norm in ("الاستقبال", "استقبال"):
        return True  # «خلال حفل الاستقبال التقليدي»: a reception party, no visitor hosted
    if i > 0 and strip_conj(doc.tokens[i - 1].norm) == "امام" and norm in _GATHERINGS:
        return True  # «في كلماتهم أمام القمة»: the summit they spoke before is where, not an event told here
    defendants = norm.lstrip("بل")
    if defendants.removeprefix("ال") in _DEFENDANTS and (defendants.startswith("ال") or (
            counted_before(doc, i) and not (i + 1 < hi and doc.tokens[i + 1].norm.startswith("ايا")))):
        return True  # «تحيل أوراق عشرة متهمين», «بسجن المتهمين»: the defendants, no one accusing (but «في يونيو
        # 2017 متهمين إياها»: accusing her)
    if i > 0 and doc.tokens[i - 1].norm in _MANNER_WORDS:
        return True  # «استقبلت دولة الإمارات بكل الترحيب الرئيس الصيني»: how she received him, no welcome of its own
    if i > 0 and strip_conj(doc.tokens[i - 1].norm).removeprefix("ب") in _VISAS and norm.startswith("زياره"):
        return True  # «قدموا بتأشيرة زيارة عمل»: a kind of visa, no visit
    if norm.removeprefix("ب").removeprefix("ل") == "مسيره" and i + 1 < hi and _person_starts_at(doc, i + 1):
        return True  # «كلمة النهاية في مسيرة مورينيو»: a person's career, not a march
    if _confirm_or_deny(doc, i):
        return True  # «دون أن يتمكن المرصد من "تأكيد أو نفي" استخدام الغازات»: neither confirmed nor denied
    if i > 0 and strip_conj(doc.tokens[i - 1].norm).lstrip("ل") in _DISENGAGING and norm.lstrip("بل") in _CLASHES:
        return True  # «اتفاق فض الاشتباك بين القوات الإسرائيلية والسورية»: disengagement, no clash
    if i > 0 and without_lam_or_ba(strip_conj(doc.tokens[i - 1].norm)) == "قواعد" and norm.lstrip("بل") in _CLASHES:
        return True  # «وعملا بقواعد الاشتباك التي يعتمدها الجيش»: rules of engagement, no clash
    if norm == "عادا" and not (i + 1 < hi and strip_conj(doc.tokens[i + 1].norm) in ("الي", "من", "لي")):
        return True  # «، عادا استمرار مأساة الشعب السوري مرده إلى …»: considering, no one returned
    if norm == "رحب" and i > 0 and strip_conj(doc.tokens[i - 1].norm) == "صدر":
        return True  # «تحملنا ما فيه الكفاية بكل صدر رحب»: wholeheartedly, no one welcomed
    if norm == "لقاء" and _in_return_for(doc, i, hi):
        return True  # «لقاء إفراج النظام عن نساء», «مبلغ 130 ألف جنيه … لقاء صمتها»: in exchange for, no meeting
    if _traded_term(doc, i, hi):
        return True  # «وافقت إيران على الحد من برنامجها مقابل رفع العقوبات»: a term the deal trades, told by its event
    if i >= 2 and doc.tokens[i - 1].norm in ("ما", "من") and strip_conj(doc.tokens[i - 2].norm).removeprefix("ل") \
            == "كل" and norm[:1] in ("ي", "ت"):
        return True  # «في مواجهة كل ما يستهدف أمنها», «لكل من يهدد المملكة»: whatever or whoever would, no act
    if _regrets_deaths(doc, i, hi):
        return True  # «وأبدت إسرائيل أسفها على مقتل 15 من أفراد سلاح الجو الروسي»: condolence, no disapproval
    sense = _OTHER_SENSES.get(norm)
    if sense is None and norm not in _PROTEST_VERBS and "هاتف" not in norm:
        return False  # the common case, before looking at the words around
    words = [doc.tokens[j].norm for j in range(i + 1, min(hi, i + 8)) if doc.tokens[j].kind == "word"]
    if sense is not None and any(w in sense[1] for w in words[:sense[0]]):
        return True
    if norm in _PROTEST_VERBS and words and _pretends(words):
        return True  # «تظاهر حارس المرمى بالإصابة»: pretended
    if norm.startswith(("هاتف", "الهاتف", "بالهاتف")) and not norm.startswith("هاتفيا"):
        prev = doc.tokens[i - 1].norm if i > 0 else ""
        if i > 0 and (doc.tokens[i - 1].kind == "number" or strip_conj(prev) in _COUNTS_BEFORE_A_THING):
            return True  # «باعت 1.4 مليون هاتف»: phones sold, no call made
        latin_next = i + 1 < hi and doc.tokens[i + 1].text[:1].isascii() and doc.tokens[i + 1].text[:1].isalpha()
        return any(w in _PHONE_WORDS for w in words[:2]) or prev in ("عبر", "علي", "في", "من", "عن") \
            or norm.endswith(("كم", "ي")) or norm.startswith(("الهاتف", "بالهاتف")) or latin_next
        # («كشفت سامسونغ عن هاتفها Galaxy S9»: a handset unveiled, named in Latin letters)
    return False


_REGRET = frozenset({"اسف", "اسفه", "اسفها", "اسفهم", "اسفهما", "الاسف"})
_DEATHS = frozenset(normalize_word(w) for w in (
    "مقتل", "لمقتل", "وفاة", "لوفاة", "مصرع", "لمصرع", "موت", "لموت", "استشهاد", "لاستشهاد", "سقوط", "لسقوط",
    "ضحايا", "الضحايا", "للضحايا", "الخسائر", "للخسائر", "الأرواح", "قتلى", "القتلى", "للقتلى"))


def _regrets_deaths(doc: Document, i: int, hi: int) -> bool:
    """«أبدى أسفه على مقتل …», «أعرب عن أسفه لسقوط ضحايا»: regret at lives lost is sympathy with the dead (the
    row «أبدى أسفه» means regret at another's act: «أبدت أسفها لقرار واشنطن»)."""
    words = [strip_conj(doc.tokens[j].norm) for j in range(i + 1, min(hi, i + 6)) if doc.tokens[j].kind == "word"]
    at = next((k for k, w in enumerate(words[:3]) if w in _REGRET), None)
    return at is not None and any(w in _DEATHS for w in words[at + 1:at + 3])


_DISENGAGING = frozenset({"فض", "فك"})
_CLASHES = frozenset({"الاشتباك", "اشتباك", "الاشتباكات", "اشتباكات"})
_CONFIRMING = frozenset(normalize_word(w) for w in ("تأكيد", "يؤكد", "تؤكد", "أكد", "أكدت", "نؤكد", "بتأكيد"))


def _confirm_or_deny(doc: Document, i: int) -> bool:
    """«تأكيد أو نفي», «لم يؤكد أو ينفي», «رفض نفي أو تأكيد»: a denial offered only as the other of two answers is
    no denial."""
    if strip_conj(doc.tokens[i].norm) not in _DENIALS_OR_MASDAR:
        return False
    before = [doc.tokens[j].norm for j in range(max(0, i - 3), i) if doc.tokens[j].kind == "word"]
    after = [doc.tokens[j].norm for j in range(i + 1, min(len(doc.tokens), i + 4)) if doc.tokens[j].kind == "word"]
    return (len(before) >= 2 and before[-1] in ("او", "ولا") and strip_conj(before[-2]) in _CONFIRMING) \
        or (len(after) >= 2 and after[0] in ("او", "ولا") and strip_conj(after[1]) in _CONFIRMING)


def _returns_to_a_state(doc: Document, i: int, hi: int) -> bool:
    """«عودته المفاجئة إلى العقوبات ضد إيران»: a return whose «إلى» leads to a state of things is no journey."""
    if not without_lam_or_ba(strip_conj(doc.tokens[i].norm)).removeprefix("ال").startswith(
            ("عاد", "عود", "يعود", "تعود", "سيعود", "ستعود")):
        return False
    words = [doc.tokens[j].norm if doc.tokens[j].kind == "word" else "#"
             for j in range(i + 1, min(hi, i + RETURN_COMPLEMENT_WINDOW + 2))
             if doc.tokens[j].kind in ("word", "number")]  # («تعود إلى 2013»: a year, «#»)
    to = next((k for k, w in enumerate(words[:RETURN_COMPLEMENT_WINDOW]) if w in ("الي", "والي")), None)
    return to is not None and to + 1 < len(words) and (words[to + 1] in _STATES_RETURNED_TO or words[to + 1] == "#")


_PROTEST_VERBS = frozenset({"تظاهر", "يتظاهر", "تتظاهر"})
# «نشرت الوكالة أن …», «نشر صورا», «نشرت تقريرا»: «نشر» publishes what follows, it deploys nothing
PUBLISHED_REACH = 8  # tokens from «نشرت» past its subject («وكالة الأنباء الإماراتية (وام)») to «أن»
_PUBLISHING_FORMS = frozenset(normalize_word(w) for w in ("نشر", "نشرت", "ينشر", "تنشر", "نشروا", "ينشرون"))
_PUBLISHED_THINGS = frozenset(normalize_word(w) for w in (
    "أن", "بأن", "ان", "بيانا", "بيان", "تقريرا", "تقرير", "صورا", "صور", "صورة", "فيديو", "مقطع", "تغريدة", "مقالا",
    "مقال", "خبرا", "نص", "رسالة", "وثيقة", "قائمة", "تسجيلا", "تسجيل"))
_DEPLOYED_THINGS = frozenset(normalize_word(w) for w in (
    "قوات", "قواتها", "قواته", "جنود", "جندي", "جنديا", "عسكري", "عسكريين", "صواريخ", "منظومة", "بطاريات", "مقاتلات",
    "سفن", "حاملة", "تعزيزات", "وحدات"))


def _publishes(doc: Document, i: int, hi: int) -> bool:
    """«نشرت الوكالة أن», «نشر صورا»: what «نشر» takes is a text or a picture, before any force it could deploy."""
    for j in range(i + 1, min(hi, i + PUBLISHED_REACH)):
        word = strip_conj(doc.tokens[j].norm)
        if word in _DEPLOYED_THINGS:
            return False
        if word in _PUBLISHED_THINGS and strip_conj(doc.tokens[j - 1].norm) not in ("بعد", "قبل", "منذ"):
            return True
    return False


# warning verbs and nouns whose «من» governs the feared act: «تحذر النظام السوري من نشر قوات»
_WARNING_WORDS = frozenset(normalize_word(w) for w in (
    "حذر", "حذرت", "يحذر", "تحذر", "حذروا", "يحذرون", "محذرا", "محذرة", "تحذير", "تحذيرات", "التحذير"))
WARNING_REACH = 4  # words from a warning word to the «من» of the act it warns against


def _warned_against(doc: Document, i: int) -> bool:
    """Whether the masdar at i follows «من» after a warning word: the act feared, not one done."""
    if i == 0 or doc.tokens[i - 1].norm != "من":
        return False
    words = [j for j in range(i - 2, max(-1, i - 2 - WARNING_REACH), -1) if doc.tokens[j].kind == "word"]
    return any(strip_conj(doc.tokens[j].norm) in _WARNING_WORDS for j in words[:WARNING_REACH])


# «مخاوف من هجوم», «خشية هجوم», «تحسبا لهجوم»: the act feared; «هجوم محتمل», «هجوم وشيك»: one that may come (but
# «الهجوم الكيميائي "المحتمل"», in quotation marks, is the alleged one, which happened)
_FEARING = frozenset(normalize_word(w) for w in (
    "مخاوف", "المخاوف", "خشية", "خوفا", "تخوفا", "تخوف", "تخوفات", "تحسبا", "مخافة"))
_POSSIBLE = frozenset(normalize_word(w) for w in (
    "محتمل", "محتملة", "المحتمل", "المحتملة", "محتملا", "وشيك", "وشيكة", "الوشيك", "الوشيكة", "وشيكا"))
_FEARED_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
POSSIBLE_REACH = 3  # words after an act's noun to «محتمل»: its adjectives may stand between («ضربة عسكرية غربية وشيكة»)
# a threat that names the act it threatens: «هدد بتوجيه ضربة», «توعد بشن هجوم», «ملوحا بعملية عسكرية»
_THREATENING = ("هدد", "يهدد", "تهدد", "يهددون", "هددوا", "توعد", "يتوعد", "تتوعد", "توعدت", "تهديد", "تهديدات",
                "التهديد", "التهديدات", "لوح", "يلوح", "تلوح", "لوحت", "ملوحا", "متوعدا", "مهددا")
_THREATENING_NORMS = frozenset(normalize_word(w) for w in _THREATENING)
_THREATENING_VERBS = _THREATENING_NORMS - frozenset(normalize_word(w) for w in (
    "تهديد", "تهديدات", "التهديد", "التهديدات"))
_CARRYING_OUT = frozenset(normalize_word(w) for w in ("بتوجيه", "بشن", "بتنفيذ", "بإطلاق", "بالقيام"))
THREAT_SUBJECT_WORDS = 2  # words of the threatener's name between the threat and «بـ» the act: «هدد الرئيس بضربة»


def _threatened_with(doc: Document, i: int) -> bool:
    """Whether the act noun at i is what a threat just before it, in its clause, threatens: «هدد بضربة», «هدد
    بتوجيه ضربة», «وهدد الرئيس بضربة» (not «يتوعد بالانتقام لمقتل الصماد»: the killing avenged happened)."""
    words: list[str] = []
    for j in range(i - 1, max(-1, i - 3 - THREAT_SUBJECT_WORDS), -1):
        if doc.tokens[j].kind != "word":
            break  # «وحذر من التهديد، مستشهدا بهجمات»: the threat of another clause
        words.append(strip_conj(doc.tokens[j].norm))
    if words and not has_ba(doc.tokens[i]) and words[0] in _CARRYING_OUT:
        words = words[1:]  # «بتوجيه ضربة», «بشن هجوم»
    elif not has_ba(doc.tokens[i]):
        return False
    # the threat right before, or its verb before the threatener's name: «وهدد الرئيس بضربة»
    return bool(words) and (words[0] in _THREATENING_NORMS
                            or any(w in _THREATENING_VERBS for w in words[1:THREAT_SUBJECT_WORDS + 1]))


def _feared_or_possible(doc: Document, i: int, hi: int) -> bool:
    """Whether the noun at i names an act feared («وسط مخاوف من هجوم», «تحسبا لهجوم») or one that may come
    («هجوم أميركي محتمل», «هجوم حكومي وشيك»)."""
    fear = i - 2 if i > 1 and doc.tokens[i - 1].norm in ("من", "ل") else i - 1  # «مخاوف من هجوم», «خشية هجوم»
    if fear >= 0 and doc.tokens[fear].kind == "word" and strip_conj(doc.tokens[fear].norm) in _FEARING:
        return True
    if i > 0 and without_lam_or_ba(strip_conj(doc.tokens[i - 1].norm)) in _ANY and not _any_under_negation(doc, i, 0):
        return True  # «هددت إيران بالرد على أي هجوم إسرائيلي», «للتصدي لأي هجوم تشنه تركيا»: any attack that may
        # come (under a negator, none came)
    if _threatened_with(doc, i):
        return True  # «هدد ترامب بتوجيه ضربة عسكرية للنظام السوري»: the strike threatened is the threat's, not done
    after = [j for j in range(i + 1, min(hi, i + 1 + POSSIBLE_REACH)) if doc.tokens[j].kind == "word"]
    return any(doc.tokens[j].norm in _POSSIBLE and doc.tokens[j - 1].kind == "word" for j in after)


_LIKELY_TO = frozenset(normalize_word(w) for w in ("شأنه", "شأنها", "شأنهما", "شأنهم"))  # «من شأنه أن»: would
WOULD_REACH = 5  # words from an act to «من شأنه»: «رفض الاتفاق النووي مع إيران من شأنه»


def _would_do(doc: Document, i: int, hi: int) -> bool:
    """«رفض الاتفاق من شأنه أن يهدد …», «أي هجوم من شأنه أن …»: the act is the subject of what it would bring about,
    a supposition (not «الاتفاق الذي من شأنه»: a relative clause about the object)."""
    words = [j for j in range(i + 1, min(hi, i + 1 + 2 * WOULD_REACH)) if doc.tokens[j].kind == "word"][:WOULD_REACH + 1]
    for n, j in enumerate(words[:-1]):
        if doc.tokens[j].norm in RELATIVE_PRONOUNS or strip_conj(doc.tokens[j].norm) in RELATIVE_PRONOUNS:
            return False
        if doc.tokens[j].norm == "من" and doc.tokens[words[n + 1]].norm in _LIKELY_TO:
            return True
    return False


# what a pledge may promise against another side: pressure, punishment, a strike back, a fight to the end
_HOSTILE_PLEDGES = frozenset(normalize_word(w) for w in (
    "الضغط", "ضغط", "بالضغط", "الضغوط", "العقوبات", "عقوبات", "بفرض", "بمعاقبة", "بالرد", "الرد", "برد", "بالقضاء", "القضاء",
    "بمحاربة", "بملاحقة", "بسحق", "بالانتقام", "بالثأر", "بطرد", "بتدمير", "بهزيمة",
    "القتال", "بالقتال", "بقتال", "بمقاتلة", "التصدي", "بالتصدي",  # «تعهد فيلق الرحمن بمواصلة القتال»
    "بتطهير", "تطهير", "بتحرير", "تحرير",  # «متعهدا بتطهير بلدة عفرين من المسلحين»
    # «تعهدت الحكومة التركية ببدء الغارات ضد تنظيم داعش», «تعهد بشن هجوم»: strikes promised
    "بشن", "الغارات", "غارات", "الضربات", "ضربات", "هجوم", "الهجوم", "هجمات", "الهجمات"))
PLEDGE_REACH = 4  # words after «تعهد» (or its subject after it) to what it promises: «بالاستمرار في الضغط»


_AGREEING = frozenset({"اتفق", "وافق", "توافق", "توصل"})
AGREED_THAT_REACH = 3  # words from «اتفقا» to the «أن» of the view agreed on: «اتفقا على أن»


def _agreed_that(doc: Document, i: int, hi: int, trigger: Trigger) -> bool:
    """«اتفقا على أن الضربات الغربية أضرت بفرص الحل»: a view agreed on promises nothing (but «أن يوافق الاتحاد
    على فرض عقوبات» agrees to an act)."""
    return trigger.lemma in _AGREEING and any(doc.tokens[j].norm in SAYING_THAT
                                              for j in range(i + 1, min(hi, i + 1 + AGREED_THAT_REACH)))


def _pledges_hostility(doc: Document, at: int, hi: int) -> bool:
    """«تعهد بالاستمرار في الضغط على كوريا الشمالية», «توعد بالرد»: a pledge of pressure or force is a threat; what
    it promises is looked for after `at`, the pledge or its subject named after it."""
    words = [strip_conj(doc.tokens[j].norm) for j in range(at + 1, min(hi, at + 2 * PLEDGE_REACH))
             if doc.tokens[j].kind == "word"][:PLEDGE_REACH]
    hostile = next((n for n, w in enumerate(words) if w in _HOSTILE_PLEDGES), None)
    # («تعهد بإنهاء القتال», «لم يتعهد برفع العقوبات»: a fight ended or sanctions lifted are no threat)
    return hostile is not None and not any(w in _PREVENTING or w in _LIFTING for w in words[:hostile])


_BUT_HE = frozenset({"لكنه", "ولكنه", "لكنها", "ولكنها", "لكنهم", "ولكنهم"})
_LIFTING = frozenset(normalize_word(w) for w in (
    "رفع", "برفع", "لرفع", "تخفيف", "بتخفيف", "لتخفيف", "إلغاء", "بإلغاء", "لإلغاء", "وقف", "بوقف", "لوقف"))


_COUNTS_BEFORE_A_THING = frozenset(normalize_word(w) for w in ("مليون", "ملايين", "ألف", "آلاف", "مليار", "مئات"))
_PREVENTING = frozenset(normalize_word(w) for w in (
    "يمنع", "تمنع", "لمنع", "منع", "لتجنب", "تجنب", "يجنب", "لتفادي", "تفادي", "يحظر",
    # «60 يوما لإعاقة رفع العقوبات»: what is obstructed is not done
    "إعاقة", "لإعاقة", "بإعاقة", "عرقلة", "لعرقلة", "بعرقلة",
    # «بإنهاء الحرب», «لإنهاء الحصار»: what is to be ended is told, not done anew
    "إنهاء", "لإنهاء", "بإنهاء", "ينهي", "تنهي"))
# «منع X من …», «ثني X عن …»: keeping a side from an act (the act follows its «من» or «عن»)
_KEEPING_FROM = frozenset(normalize_word(w) for w in (
    "منع", "لمنع", "بمنع", "يمنع", "تمنع", "نمنع", "ثني", "لثني", "بثني", "يثني", "تثني"))
KEPT_FROM_REACH = 8  # words from «لمنع» to the «من» before the act: «لمنع التحالف الذي تقوده السعودية من شن»


def _kept_from(doc: Document, i: int) -> bool:
    """The trigger follows the «من»/«عن» of a verb or masdar of keeping a side from acting, in its clause."""
    if i < 2 or doc.tokens[i - 1].norm not in ("من", "عن"):
        return False
    words = 0
    for j in range(i - 2, -1, -1):
        tok = doc.tokens[j]
        if tok.kind != "word":
            if tok.text[:1] in ".،,؛:؟!":
                return False
            continue
        if strip_conj(tok.norm) in _KEEPING_FROM:
            return True
        words += 1
        if words >= KEPT_FROM_REACH:
            return False
    return False


_LAUNCHING_MASDARS = frozenset({"شن", "تنفيذ"})
_ACCUSED_PARTICIPLES = frozenset({"متهمين", "متهما", "متهمون"})

_BLATANT_BEFORE = frozenset(normalize_word(w) for w in (
    "بشكل", "بصورة", "تدخل", "تدخلا", "انتهاك", "انتهاكا", "عدوان", "عدوانا", "تحد", "تحديا", "اعتداء"))
_ASKING_FORMS = frozenset({"طلب", "طلبت", "طلبوا", "يطلب", "تطلب", "طالبا", "طالبين",
                           "اشترط", "اشترطت", "اشترطوا", "مشترطا", "مشترطين"})  # («اشترطوا عدم نشر أسمائهم»)
_REFUSING_FORMS = frozenset({"رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "رافضا"})
_NAMING_WORDS = frozenset(normalize_word(w) for w in ("نشر", "الكشف", "ذكر", "كشف", "الإفصاح", "الافصاح", "الإشارة"))
_WHEN_WORDS = frozenset({"اثناء", "خلال", "بعد", "قبل", "منذ", "عند", "لدي", "اثر", "عقب", "فور", "حين"})
_CHALLENGED = frozenset(normalize_word(w) for w in (
    "أهلية", "شرعية", "قرار", "القرار", "نتائج", "النتائج", "صحة", "دستورية", "حكم", "الحكم", "نزاهة", "مصداقية"))
CHALLENGE_REACH = 10  # words from «طعن» past its subject to «في» and what is challenged


_STABBING_FORMS = frozenset({"طعن", "طعنت", "يطعن", "تطعن", "طعنوا", "يطعنون", "طعنا"})
# a court or an appeal near «طعن» makes it a legal challenge: «رفضت محكمة الاستئناف طعنا تقدم به»
_COURT_WORDS = frozenset(normalize_word(w) for w in (
    "محكمة", "المحكمة", "محكمه", "القضاء", "القاضي", "قاض", "الاستئناف", "استئناف", "النقض", "التمييز",
    "الدستورية", "الإدارية", "دعوى", "الدعوى", "محامي", "محاميه", "محاميها", "محامو", "محامون", "تقدم", "قدم"))
COURT_REACH = 4  # words either side of «طعن» where a court or an appeal is named


def _challenges(doc: Document, i: int, hi: int) -> bool:
    """«في» or «على» then a thing one contests in court or in words («أهلية», «شرعية», «نتائج», «الحكم») after
    «طعن» and its subject, or a court or an appeal named close by."""
    words = [j for j in range(i + 1, min(hi, i + 2 * CHALLENGE_REACH)) if doc.tokens[j].kind == "word"][:CHALLENGE_REACH]
    if any(strip_conj(doc.tokens[j].norm) in ("في", "علي") and k + 1 < len(words)
           and doc.tokens[words[k + 1]].norm in _CHALLENGED for k, j in enumerate(words)):
        return True
    before = [j for j in range(i - 1, max(-1, i - 2 * COURT_REACH), -1) if doc.tokens[j].kind == "word"][:COURT_REACH]
    near = {strip_conj(doc.tokens[j].norm) for j in before + words[:COURT_REACH]}
    near |= {w.removeprefix("ب") for w in near}
    return bool(near & _COURT_WORDS) and not any("سكين" in doc.tokens[j].norm for j in words[:COURT_REACH])


_OPPOSITION_GROUPS = frozenset(normalize_word(w) for w in (
    "جماعة", "الجماعة", "جماعات", "فصيل", "فصائل", "الفصائل", "قوى", "القوى", "أحزاب", "الأحزاب", "حزب", "حركة",
    "حركات", "شخصيات", "الشخصيات", "تيار", "تيارات", "كتلة", "قوات", "مجموعة", "مجموعات", "جبهة", "ائتلاف", "أطراف",
    "زعيم", "زعماء", "قادة", "رموز", "ناشط", "ناشطو", "صحف", "وسائل"))
_ACCIDENT_WORDS = frozenset(normalize_word(w) for w in (
    "تحطم", "سير", "مروري", "مرورية", "غرق", "اصطدام", "انهيار", "انزلاق", "السير", "تصادم"))
ACCIDENT_REACH = 8  # words after a death where the accident that caused it is told


def _accident_after(doc: Document, i: int, hi: int) -> bool:
    """«مقتل مدرب أمريكي في حادث تحطم مروحية», «مصرع شخصين في حادث سير»: the death was an accident."""
    words = [strip_conj(doc.tokens[j].norm) for j in range(i + 1, min(hi, i + 2 * ACCIDENT_REACH))
             if doc.tokens[j].kind == "word"][:ACCIDENT_REACH]
    return any(w.lstrip("بل") in _ACCIDENT_WORDS or w in _ACCIDENT_WORDS for w in words)


# journeys a vehicle makes on its route: «الطائرة التي كانت متوجهة إلى», «سفينة متجهة إلى غزة»
_JOURNEY_FORMS = frozenset(normalize_word(w) for w in (
    "متوجهة", "متوجها", "متوجه", "متجهة", "متجها", "متجه", "توجهت", "تتوجه", "يتوجه", "توجه", "وصلت", "تصل", "يصل",
    "وصل", "غادرت", "تغادر", "يغادر", "غادر", "قادمة", "قادما", "عادت", "تعود"))
_VEHICLES = frozenset(normalize_word(w) for w in (
    "الطائرة", "طائرة", "الطائرات", "طائرات", "السفينة", "سفينة", "السفن", "سفن", "القطار", "قطار", "الحافلة",
    "حافلة", "الحافلات", "القارب", "قارب", "الباخرة", "باخرة", "الشاحنة", "شاحنة", "الشاحنات", "شاحنات", "القافلة",
    "قافلة", "الرحلة", "رحلة", "المروحية", "مروحية", "الزورق", "زورق", "ناقلة", "الناقلة"))
_RELATIVE_LINKS = frozenset(normalize_word(w) for w in ("التي", "الذي", "كانت", "كان", "وهي", "وهو", "اللتين"))
_VEHICLE_QUALIFIERS = frozenset(normalize_word(w) for w in (
    "إغاثة", "الإغاثة", "إغاثية", "الإغاثية", "مساعدات", "شحن", "نقل", "حربية", "الحربية", "تجارية", "محملة"))


VEHICLE_REACH = 3  # words back, past «التي كانت», to the vehicle


def _nisba_word(norm: str) -> bool:
    """«إماراتية», «السعودية»: a word that reads as a nisba adjective."""
    return len(norm) > 4 and norm.endswith(("يه", "ي"))


def _vehicle_before(doc: Document, i: int) -> bool:
    """Whether the journey word at i tells a vehicle's route: a vehicle just before it, past «التي كانت» and
    commas («الطائرة، التي كانت متوجهة»)."""
    words = 0
    lo = doc.sentences[sentence_of(doc, i)].token_start - 1 if doc.sentences else -1
    for j in range(i - 1, max(lo, i - 3 * VEHICLE_REACH), -1):  # (not into the headline before: «… "رحلة تاريخية"»)
        tok = doc.tokens[j]
        if tok.kind == "punct":
            continue
        if without_lam_or_ba(strip_conj(tok.norm)) in _VEHICLES or strip_conj(tok.norm) in _VEHICLES:
            return True
        if (tok.norm not in _RELATIVE_LINKS and tok.norm not in _VEHICLE_QUALIFIERS and not _nisba_word(tok.norm)) \
                or words >= VEHICLE_REACH:
            return False  # («سفينة إغاثة إماراتية تصل إلى ميناء عدن»: what it carries and whose it is between)
        words += 1
    return False


_REACHING_FORMS = frozenset(normalize_word(w) for w in ("تصل", "ستصل", "وصلت", "يصل", "سيصل", "وصل"))
# what reaches without anyone arriving: «ستصل تداعياتها إلى الجبهات الأخرى»
_SPREADING_CONSEQUENCES = frozenset(normalize_word(w) for w in (
    "تداعيات", "تداعياتها", "تداعياته", "آثار", "آثارها", "آثاره", "أصداء", "أصداؤها", "صدى", "نيران", "شظايا",
    "ارتدادات", "ارتداداتها", "انعكاسات", "انعكاساتها", "نتائج", "نتائجها", "قيمة", "قيمتها", "نسبة", "نسبتها",
    "عدد", "حصيلة", "أسعار", "سعر"))


def _thing_arriving_after(doc: Document, i: int, hi: int) -> bool:
    """The subject after the arrival verb at i, past a time word, is a message, a vehicle or goods."""
    for j in range(i + 1, min(hi, i + 3)):
        word = strip_conj(doc.tokens[j].norm)
        if word in _TIME_WORDS_BEFORE_SUBJECT:
            continue
        return word in _VEHICLES or word in _THINGS_SENT
    return False


_TIME_WORDS_BEFORE_SUBJECT = frozenset(normalize_word(w) for w in ("أمس", "اليوم", "مساء", "صباح", "فجر", "ظهر"))
_THINGS_SENT = frozenset(normalize_word(w) for w in (
    "الرسالة", "رسالة", "الرسائل", "رسائل", "المساعدات", "مساعدات", "الشحنة", "شحنة", "الأسلحة", "أسلحة",
    "الإمدادات", "إمدادات", "المعونات", "معونات", "الأموال", "أموال", "البرقية", "برقية"))


_MAKERS = frozenset(normalize_word(w) for w in ("شركة", "آي", "أي", "آيفون", "أيفون", "ايفون", "سامسونغ", "أبل", "ابل",
                                               "هواوي", "نوكيا", "ذكي", "ذكية", "محمول", "نقال"))
_TURNING_FORMS = frozenset(normalize_word(w) for w in ("توجه", "توجهت", "يتوجه", "تتوجه", "توجهوا", "يتوجهون"))
_ADDRESSED_WITH = frozenset(normalize_word(w) for w in (
    "بنداء", "بالنداء", "بالشكر", "بشكر", "بطلب", "بالطلب", "برسالة", "بالتهنئة", "بتهنئة", "بسؤال", "بالسؤال",
    "بكلمة", "بخطاب", "بالتحية", "بتحية", "بدعوة", "بالدعوة", "بالتعازي", "بتعازيه", "بالاعتذار", "بالنصح", "بمناشدة"))
_MANNER_NOUNS = frozenset(normalize_word(w) for w in ("بشكل", "بصورة", "بصوره", "نحو", "رفضا", "نفيا"))
_PLACES_AFTER_B = frozenset({"بالعاصمه", "بالقرب", "بالمدينه", "بالساحه", "بالشارع", "بالشوارع", "بالمنطقه",
                             "بالتزامن", "بالاضافه"})


def _pretends(words: list[str]) -> bool:
    """«تظاهر حارس المرمى بالإصابة»: one person «تظاهر بـ» something pretends; crowds («تظاهر آلاف») protest."""
    first = words[0]
    if first in CROWD or first.endswith(("ون", "ين", "ات")):
        return False
    return any((w.startswith("بال") and w not in _PLACES_AFTER_B) or w in ("بانه", "بانها") for w in words[:5])


def _names_and_dates(doc: Document) -> set[int]:
    """Tokens a complement window passes over: all but the first word of a name and every word of a date.

    «دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش يوم الاثنين، الأطراف … إلى»: a long title and a date
    stand between a verb and its own preposition; they weigh one word and none."""
    starts = token_starts(doc)
    over: set[int] = set()

    def cover(start: int, end: int, keep_first: bool) -> None:
        first = max(0, bisect.bisect_right(starts, start) - 1)  # the word a clitic-stripped name starts in
        over.update(range(first + (1 if keep_first else 0), bisect.bisect_left(starts, end)))

    for entity in doc.entities:
        for mention in entity.mentions:
            cover(mention.start, mention.end, True)
    for t in doc.times:
        if t.type in ("DATE", "TIME"):
            cover(t.start, t.end, False)
    return over


def _feminine_participle(lexicon: EventLexicon, norm: str, readings: list[tuple[Trigger, bool]]
                         ) -> list[tuple[Trigger, bool]]:
    """The participle rows whose masculine («مطالبا») the word in «ـة» («مطالبة») is the feminine of, for the codes
    its noun rows have; [] when there are none."""
    word = strip_conj(norm)
    if not word.endswith("ه") or len(word) < 5:
        return []
    codes = {t.code for t, _ in readings if t.kind == "noun"}
    return [(t, future) for t, future in lexicon.match_word(word[:-1] + "ا") if t.kind == "participle" and t.code in codes]


def _match_at(doc: Document, i: int, hi: int, lexicon: EventLexicon,
              passed_over: frozenset[int] | set[int] = frozenset()) -> TriggerMatch | None:
    tokens = doc.tokens
    readings = lexicon.match_word(tokens[i].norm, tokens[i].text)
    if not readings or _other_sense(doc, i, hi):
        return None  # most words are no trigger: the dictionary is asked before the senses around
    if all(t.code[:2] in _FEARED_ROOTS for t, _ in readings) and _feared_or_possible(doc, i, hi):
        return None  # «وسط مخاوف من هجوم حكومي وشيك», «تحسبا لهجوم أميركي», «أي مظاهرات محتملة»: an act feared or
        # one that may come has not happened (but «لقاء وشيك», a meeting ahead, is one planned)
    if _would_do(doc, i, hi):
        return None  # «حذر أوباما من أن رفض الاتفاق من شأنه أن يهدد مصداقية …»: an act supposed, to tell what it would do
    if "\u064b" in tokens[i].text and len(word := strip_conj(tokens[i].norm)) >= 5 and word[1] == "ا":
        # «وطالباً المساعدة»: no verb takes tanwin; a فاعل form written with it is the circumstantial participle
        readings = [(dataclasses.replace(t, kind="participle") if t.kind == "verb" else t, future) for t, future in readings]
    if i > 0 and tokens[i - 1].text in ("،", ",") and (feminine := _feminine_participle(lexicon, tokens[i].norm, readings)):
        # «واعتبرت بيونغ يانغ أن تلك المطالب تعكس عقلية أشبه بالعصابات، مطالبة واشنطن بتقديم تنازلات»: after a comma
        # the feminine of a circumstantial participle («مطالبا») is she demanding, not the masdar «مطالبة»
        readings = feminine
    if i == 0 or strip_conj(tokens[i - 1].norm) not in _NEGATORS:
        # «علق ترامب على»: a comment (but «علقت واشنطن مساعداتها»: a suspension, the verb's other sense)
        readings = [r for r in readings if r[0].lemma not in _SILENT_WHEN_NEGATED or r[0].code[:2] != "01"]
        if not readings:
            return None
    # «جدد الوزراء رفضهم قرار …»: after a light verb «رفضهم» is a masdar (their rejection), not «rejected them»;
    # «في قصف بالهاون», «جراء ضربات»: a verb never follows these; the word is the event noun
    if len({t.kind for t, _ in readings}) > 1 and (
            _after_light_verb(doc, i) or _after_participle(doc, i, 0)
            or (i > 0 and strip_conj(tokens[i - 1].norm) in _NOUN_BEFORE)
            # «عزم الجيش … على طرد الحوثيين»: no verb follows «على» before a side; the noun reading is the masdar
            or _bare_stem_after_preposition(doc, i, readings, lexicon)):
        readings = [r for r in readings if r[0].kind != "verb"]
    elif managed_masdar(doc, i) or (i > 0 and tokens[i - 1].norm in _PURPOSE_WORDS) or _after_act_noun(doc, i) \
            or _joined_to_a_masdar(doc, i, readings, lexicon) or (
            (_claimed_act(doc, i) or _bare_stem_after_preposition(doc, i, readings, lexicon) or _done_by_tamma(doc, i))
            and all(t.kind == "verb" for t, _ in readings)):
        # «تمكنت القوات من قتل 6 مسلحين», «تمكنت القوات العراقية من طرد داعش»: no verb follows «من» here, the word
        # is the light verb's masdar; nor «بغرض طرد وحدات حماية الشعب»: the purpose's
        readings = [(dataclasses.replace(t, kind="noun") if t.kind == "verb" else t, future) for t, future in readings]
    if readings and (_held_territory(doc, i, readings) or _fights_alongside(doc, i, hi, readings)
                     or _a_post(doc, i, hi, readings)):
        return None
    if i > 0 and is_preposition(strip_conj(tokens[i - 1].norm)):
        # «سترد على منتقدين»: the critics, a noun; «الحفاظ على قبضتهم الأمنية»: their grip — no verb «قبضت»
        # follows a plain preposition, and a masdar («على طلب», «إلى شن») takes no «ت» after its stem
        word = strip_conj(tokens[i].norm)
        plain = strip_conj(tokens[i - 1].norm) in _NO_VERB_AFTER
        readings = [r for r in readings if r[0].kind != "participle" and not (
            plain and r[0].kind == "verb" and word.startswith(r[0].lemma + "ت"))]
        if not readings:
            return None
        if strip_conj(tokens[i - 1].norm) in _REPORTED_ABOUT:
            # «تحقق المنظمة في تقارير حول شن هجوم»: the bare stem after «حول» is the masdar of what the reports tell,
            # not a verb whose subject stands before
            readings = [(dataclasses.replace(t, kind="noun") if t.kind == "verb" else t, future)
                        for t, future in readings]
    # (reach, whether a comma ends it) → the words in it; a word may have fifty readings
    windows: dict[tuple[int, bool], list[tuple[int, str]]] = {}
    # «العراق يستدعي سفير تركيا لمطالبته بسحب قوات بلاده»: of the rows whose complement stands in reach, a later
    # row takes over when its complement is clearly nearer (the ambassador summoned, not forces called in; but
    # «شنت الطائرات الحربية الإسرائيلية غارات»: «الحربية» inside the subject does not outweigh the strikes), and a
    # row that needs only a preposition yields to any that names a thing («دعا … إلى بدء حوار»: talks)
    nearest: TriggerMatch | None = None
    nearest_rank = (True, 0)
    for trigger, future in readings:
        if not trigger.with_:
            return nearest or TriggerMatch(trigger, future, None)
        # «وصل الرئيس الكوري الشمالي كيم جونغ أون إلى», «اتفق كيم ورئيس كوريا الجنوبية مون جاي إن على»:
        # a verb's subject, titles and all, stands before its own preposition
        clause_only = False
        if trigger.kind == "verb" and all(is_preposition(w) for w in trigger.with_):
            window = PREP_COMPLEMENT_WINDOW
        elif trigger.kind == "blame":
            window = 1  # «مسؤولة عن»: «مسؤول» alone is an official
        elif trigger.kind == "verb":
            window = VERB_COMPLEMENT_WINDOW  # «يعقد مجلس الأمن الدولي، التابع للأمم المتحدة، اجتماعا»
        elif trigger.kind == "noun" and all(is_preposition(w) for w in trigger.with_):
            # «عودة نائب الرئيس اليمني ورئيس وزراء الحكومة الشرعية خالد بحاح إلى عدن»: the masdar's genitive,
            # titles and all, stands before its preposition, in the same clause
            window, clause_only = VERB_COMPLEMENT_WINDOW, True
        else:
            window = COMPLEMENT_WINDOW
        words = windows.get((window, clause_only))
        if words is None:
            words = windows[window, clause_only] = _complement_window(doc, i, hi, window, passed_over, clause_only)
        # (a word inside a name is no complement: «دعوة … إلى منظمة حظر الأسلحة الكيميائية» bans nothing)
        # («مقطع فيديو، نشرته قوات الشرعية اليمنية، صواريخ»: «نشر» carrying its object pronoun published the thing
        # before it — a deployment is read from its antecedent, «القوات التي نشرتها» —, and takes no object after
        # it, only a complement behind a preposition)
        pronoun_object = trigger.kind == "verb" and trigger.lemma in _PUBLISHING and has_object_pronoun(tokens[i].norm)
        j = next((j for j, norm in words if j not in passed_over
                  and not (pronoun_object and j > i and not _behind_preposition(doc, i, j))
                  and not lexicon.complements_in(norm).isdisjoint(trigger.with_) and not _by_way_of(doc, j)
                  and not _press_conference(doc, j, i)
                  and not (trigger.code == "0871" and _halts_no_fighting(doc, j, hi))
                  and not (j > i + 1 and strip_conj(doc.tokens[j - 1].norm) in _PURPOSE_WORDS)), None)
        if j is None and window == VERB_COMPLEMENT_WINDOW and not clause_only:
            # «وقع رئيس الوزراء الإسرائيلي إسحاق رابين والزعيم الفلسطيني ياسر عرفات في البيت الأبيض على اتفاقية»:
            # an object the verb takes through «على» may stand as far as a preposition's complement
            words = windows.get((PREP_COMPLEMENT_WINDOW, False))
            if words is None:
                words = windows[PREP_COMPLEMENT_WINDOW, False] = _complement_window(doc, i, hi, PREP_COMPLEMENT_WINDOW,
                                                                                    passed_over)
            j = next((j for (_, before), (j, norm) in pairwise(words) if before == "علي" and j not in passed_over
                      and not lexicon.complements_in(norm).isdisjoint(trigger.with_)), None)
        if j is None and trigger.kind == "verb" and trigger.lemma in _DESCRIBING:
            j = next((j for j, norm in _described_as(doc, i, hi)
                      if not lexicon.complements_in(norm).isdisjoint(trigger.with_)), None)
        if j is not None and trigger.code == "057" and _signs_a_law(doc, i, j):
            continue  # «وبموجب قانون وقعه أوباما … للموافقة على الاتفاق»: a law signed, the agreement a later clause's
        if j is not None and trigger.with_ == _FROM and trigger.code == "192" and not has_object_pronoun(tokens[i].norm):
            continue  # «استعاد تحالف من الأكراد والعرب الرقة»: only «التي استعادتها … من» is retaken from someone
        if j is not None:
            rank = (all(is_preposition(w) for w in trigger.with_), j)
            if nearest is None or rank[0] < nearest_rank[0] or (
                    rank[0] == nearest_rank[0] and j <= nearest_rank[1] - CLEARLY_NEARER):
                nearest, nearest_rank = TriggerMatch(trigger, future, j), rank
                if not rank[0] and j - i <= CLEARLY_NEARER:
                    break  # no later row's complement can stand clearly nearer
            continue
        if nearest is not None:
            continue
        antecedent = _relative_object(doc, i, trigger, lexicon) if trigger.kind == "verb" else None
        if antecedent is None and trigger.code == "160" and _AGREEMENT in trigger.with_:
            antecedent = _withdrawn_from_it(doc, i, hi, trigger, lexicon)
        if antecedent is not None:
            return TriggerMatch(trigger, future, antecedent)
    return nearest


# «وفقا لما أعلن التحالف، بهدف دعم القوات الحكومية»: what follows a purpose word is the purpose's, no complement
_PURPOSE_WORDS = frozenset(normalize_word(w) for w in ("بهدف", "بغية", "سعيا", "لغرض", "بقصد", "بغرض", "هدفها",
                                                       "هدفه"))


# «محاولة قتل الجاسوس الروسي», «بتهمة قتل منشق», «جريمة قتل كيم جونغ نام», «عملية طرد»: nouns of an attempt, a
# charge or a crime, whose genitive is the act's masdar (no verb follows them)
_ACT_NOUNS = frozenset(normalize_word(w) for w in (
    "محاولة", "محاولات", "عملية", "عمليات", "جريمة", "جرائم", "تهمة", "تهم", "قضية", "قضايا", "حادثة", "واقعة"))


def _after_act_noun(doc: Document, i: int) -> bool:
    """The bare word at i follows a noun of an attempt, a charge or a crime: «محاولة قتل», «بتهمة دعم»."""
    return i > 0 and without_lam_or_ba(strip_conj(doc.tokens[i - 1].norm)) in _ACT_NOUNS \
        and doc.tokens[i].norm == strip_conj(doc.tokens[i].norm)


JOINED_MASDAR_WORDS = 8  # words back from «وقتل» to the masdar it is joined to: «في اغتيال رفيق الحريري وقتل …»


def _joined_to_a_masdar(doc: Document, i: int, readings: list[tuple[Trigger, bool]], lexicon: EventLexicon) -> bool:
    """«المتورط في اغتيال رفيق الحريري وقتل مواطنين فرنسيين», «ردا على خطف وقتل ثمانية»: a bare stem of violence or
    repression (`readings`) joined by «و» to a masdar of the same before it in its clause is a masdar too, not a verb
    whose subject stands before."""
    tok = doc.tokens[i]
    if not (tok.pieces and tok.pieces[0].tag == "CONJ" and tok.norm.startswith("و")) or len(tok.pieces) != 2:
        return False
    stem = tok.norm[1:]
    if not all(t.code[:2] in _HOSTILE_ROOTS and stem == t.lemma for t, _ in readings):
        return False
    lo = doc.sentences[sentence_of(doc, i)].token_start
    for k in range(i - 1, max(lo, i - JOINED_MASDAR_WORDS) - 1, -1):
        prev = doc.tokens[k]
        if prev.kind != "word":
            if prev.text[:1] in ".،,؛;:؟?!":
                return False
            continue
        earlier = lexicon.match_word(prev.norm, prev.text)
        if not earlier:
            continue
        behind_preposition = any(p.tag == "PREP" for p in prev.pieces) or (k > 0 and (
            is_preposition(strip_conj(doc.tokens[k - 1].norm)) or _after_act_noun(doc, k)))
        # the masdar behind a preposition or a noun of acts («في اغتيال», «عمليات تعذيب»), not the object of a
        # verb the stem goes on from («شن هجوما على موقع … وقتل 35 شخصا»), nor a verb itself
        return behind_preposition and any(t.code[:2] in _HOSTILE_ROOTS for t, _ in earlier)
    return False


def _by_way_of(doc: Document, j: int) -> bool:
    """«عن طريق البحر»: «طريق» after «عن» is a means (by way of), no road blocked."""
    return doc.tokens[j].norm == "طريق" and j > 0 and strip_conj(doc.tokens[j - 1].norm) == "عن"


_REPORTED_ABOUT = frozenset({"حول", "بشان", "حيال"})  # «حول», «بشأن», «حيال»: what is told of or talked about

# prepositions no verb can follow («من» asks who, «منذ» and «حتى» open clauses)
_NO_VERB_AFTER = frozenset({"علي", "في", "الي", "عن", "مع", "ضد", "حول", "لدي", "نحو", "تجاه", "بحق"})


def _mention_starts(doc: Document) -> frozenset[int]:
    """Where each entity mention begins (its character offset)."""
    return once_per_document(doc, "mention starts",
                             lambda: frozenset(m.start for e in doc.entities for m in e.mentions))


def _behind_preposition(doc: Document, i: int, j: int) -> bool:
    """«نشرها على موقعه»: a preposition (glued or standing alone) stands between the verb at i and its complement
    at j."""
    return any(any(p.tag == "PREP" for p in doc.tokens[k].pieces) or is_preposition(strip_conj(doc.tokens[k].norm))
               for k in range(i + 1, j + 1))


_PUBLISHING = frozenset({"نشر"})  # deploy (154) or publish: «نشرته» with no antecedent is what was published


def _bare_stem_after_preposition(doc: Document, i: int, readings: list[tuple[Trigger, bool]],
                                 lexicon: EventLexicon) -> bool:
    """«أقدم مع شاب آخر على طعن جندي», «خلاف حول قتل إسرائيل للفلسطينيين»: the bare stem right after a plain
    preposition, a side right after it, is the masdar (no verb follows «على»), so that side is its genitive.

    (Before a thing, «عن ضرب سفينة حربية», «في شن الغارات», the reading as a verb keeps the agent the rules find.)"""
    if i == 0 or i + 1 >= len(doc.tokens) or strip_conj(doc.tokens[i - 1].norm) not in _NO_VERB_AFTER \
            or doc.tokens[i - 1].text == "علي" or not all(strip_conj(doc.tokens[i].norm) == t.lemma for t, _ in readings):
        return False
    nxt = doc.tokens[i + 1]
    if i + 2 < len(doc.tokens) and nxt.norm.startswith("ال") and nxt.norm.endswith("ي") \
            and doc.tokens[i + 2].start in _mention_starts(doc):
        return True  # «في قتل التونسي أنيس العامري»: a nisba describing the man named after it
    if nxt.norm == "من" and i + 2 < len(doc.tokens) and doc.tokens[i + 2].start in _mention_starts(doc):
        return True  # «بناء على طلب من ترامب»: a request from him
    return nxt.start in _mention_starts(doc) or strip_conj(nxt.norm) in lexicon.generic_actors
_FROM_IT = frozenset({"منه", "منها"})
_AGREEMENT = "الاتفاق"
WITHDRAWN_FROM_WINDOW = 10  # words back from a withdrawal «منه» to the agreement it goes back to


def _withdrawn_from_it(doc: Document, i: int, hi: int, trigger: Trigger, lexicon: EventLexicon) -> int | None:
    """«مفاوضات للإبقاء على الاتفاق النووي بعد انسحاب واشنطن منه»: «منه» takes up the agreement named just
    before in the sentence, so the withdrawal is from it: the token of that agreement word, or None."""
    after = [k for k in range(i + 1, min(hi, i + 4)) if doc.tokens[k].kind == "word"]
    if not any(doc.tokens[k].norm in _FROM_IT for k in after):
        return None
    k, words = i - 1, 0
    while k >= 0 and words < WITHDRAWN_FROM_WINDOW and doc.tokens[k].text[:1] not in ".؟!":
        if doc.tokens[k].kind == "word":
            if not lexicon.complements_in(doc.tokens[k].norm).isdisjoint(trigger.with_):
                return k
            words += 1
        k -= 1
    return None


_SIGNED_LAWS = frozenset(normalize_word(w) for w in (
    "قانون", "قانونا", "القانون", "قوانين", "مرسوم", "مرسوما", "المرسوم", "مراسيم", "أمر", "أمرا", "الأمر", "أوامر",
    "قرار", "قرارا", "القرار", "تشريع", "تشريعا", "التشريع"))


def _signs_a_law(doc: Document, i: int, j: int) -> bool:
    """«قانون وقعه أوباما», «القانون الذي وقعه», «وقع ترامب أمرا تنفيذيا يمنع الاتفاق», «توقيع مرسوم»: what is
    signed is a law or an order, told right before the verb that carries it as «ـه» or between the trigger and the
    agreement word at j."""
    before = i - 1
    if before > 0 and doc.tokens[before].norm in RELATIVE_PRONOUNS:
        before -= 1
    if before >= 0 and has_object_pronoun(doc.tokens[i].norm) and strip_conj(doc.tokens[before].norm) in _SIGNED_LAWS:
        return True
    return any(without_lam_or_ba(strip_conj(doc.tokens[k].norm)) in _SIGNED_LAWS for k in range(i + 1, j))


def _complement_window(doc: Document, i: int, hi: int, reach: int, passed_over: frozenset[int] | set[int],
                       clause_only: bool = False) -> list[tuple[int, str]]:
    """(token, norm) of the words after trigger `i` where its complement may stand: `reach` words, not counting
    those `passed_over` (the rest of a name, a date) or a relative aside between commas, and not past a comma
    when `clause_only`."""
    out = []
    j, counted = i + 1, 0
    while j < hi and counted < reach and not (clause_only and doc.tokens[j].text in "،,"):
        if not clause_only and (closing := relative_aside(doc, j)) is not None and closing < hi:
            # «اتفقت الولايات المتحدة وتركيا، اللتان توترت علاقاتهما …، على»: the subject's aside is not counted
            j = closing + 1
            continue
        if j not in passed_over:
            counted += 1
        if doc.tokens[j].kind == "word":
            out.append((j, doc.tokens[j].norm))
        j += 1
    return out


# «منبج، التي استعادتها قوات سوريا الديمقراطية … من تنظيم الدولة»: a place retaken «من» a side
_FROM = ("من",)
# «ووصف ترامب الجمعة التحركات الروسية الأخيرة في سوريا بأنها "عار"»: what something is called follows «بأنها»,
# however long the object before it
_DESCRIBING = frozenset({"وصف"})
_AS_BEING = frozenset({"بانه", "بانها", "بانهم", "بانهما", "بانهن"})
DESCRIBED_AS_REACH = 20  # words from the verb to «بأنها»
DESCRIBED_AS_WORDS = 2  # words after «بأنها» where what it is called stands


def _speaker_in(doc: Document, si: int, token_of: dict[int, int]) -> list[ActorSpot]:
    """The linked speaker of the last quote told in sentence si: «قال ترامب في تغريدة "…"»."""
    sentence = doc.sentences[si]
    for q in reversed(doc.quotes):
        sp = q.speaker
        if sp is not None and sp.start is not None and sentence.start <= sp.start < sentence.end:
            spot = _quote_speaker_spot(doc, q, token_of)
            return [spot] if spot is not None else []
    return []


_WHERE_CLAUSE = frozenset({"حيث", "اذ"})  # «…، حيث وصف»: a clause going on with the sentence's subject


def _described_alone(doc: Document, i: int, source: list[ActorSpot], *, opening: bool = True) -> bool:
    """«كما وصف الرئيس السوري بأنه»: the verb opens its sentence (first, or after a connective; not asked when
    `opening` is False), and «بأنه» follows the one side named after it, with no other word between."""
    if opening and _opening(doc, i, doc.sentences[sentence_of(doc, i)].token_start) is None:
        return False
    end = max(s.token_end for s in source)
    return _right_after_the_verb(doc, i, min(s.token_start for s in source)) and end < len(doc.tokens) \
        and strip_conj(doc.tokens[end].norm) in _AS_BEING


# a title the knowledge base leaves outside the name it heads: «ووصف زعيم حزب الشعب الجمهوري»
_TITLES_OUTSIDE_A_NAME = frozenset(normalize_word(w) for w in ("زعيم", "رئيس", "قائد", "وزير", "أمين", "مرشد"))


def _right_after_the_verb(doc: Document, i: int, start: int) -> bool:
    """Whether a side starting at token `start` is the first thing after the verb at i (a head title may come
    before it)."""
    return start == i + 1 or (start == i + 2 and doc.tokens[i + 1].norm in _TITLES_OUTSIDE_A_NAME)


def _described_as(doc: Document, i: int, hi: int) -> list[tuple[int, str]]:
    """(token, norm) of the words right after the «بأنها» of «وصف X بأنها …» in the verb's sentence."""
    words = 0
    for k in range(i + 1, hi):
        tok = doc.tokens[k]
        if tok.kind == "punct" and tok.text[:1] in ".؛;؟?!":
            return []
        if tok.kind != "word":
            continue
        words += 1
        if words > DESCRIBED_AS_REACH:
            return []
        if strip_conj(tok.norm) in _AS_BEING:
            return [(j, doc.tokens[j].norm) for j in range(k + 1, hi) if doc.tokens[j].kind == "word"][:DESCRIBED_AS_WORDS]
    return []


RELATIVE_OBJECT_WINDOW = 3  # words from the relative pronoun back to the object it stands for


def _relative_object(doc: Document, i: int, trigger: Trigger, lexicon: EventLexicon) -> int | None:
    """«الاتفاق النووي الذي أبرمته إيران», «الصفقة التي وقعتها»: the verb's object is the antecedent of the
    relative pronoun before it, taken up again by «ـه»/«ـها»: the token of that antecedent, or None.

    An indefinite antecedent takes no pronoun: «اتفاق تاريخي وقعته الدول الكبرى» (its noun and adjective
    carry no article).
    """
    if i < 2 or not has_object_pronoun(doc.tokens[i].norm) or any(is_preposition(w) for w in trigger.with_):
        return None
    definite = doc.tokens[i - 1].norm in RELATIVE_PRONOUNS
    start = i - 2 if definite else i - 1
    for j in range(start, max(-1, start - RELATIVE_OBJECT_WINDOW), -1):
        tok = doc.tokens[j]
        if tok.kind != "word" or (not definite and (tok.norm.startswith(("ال", "وال")) or j < i - 2)):
            return None  # without a pronoun, only the noun or noun + adjective right before the verb
        if not lexicon.complements_in(tok.norm).isdisjoint(trigger.with_):
            return None if _press_conference(doc, j, i) else j
    return None


def _press_conference(doc: Document, j: int, verb: int) -> bool:
    """«المؤتمر الصحفي الذي عقده في الكويت», «عقد مؤتمرا صحفيا»: one side speaking to the press meets no one (but
    «مؤتمرا صحفيا مشتركا مع نظيره», «في مؤتمر صحافي عقده مع وزير الخارجية الألماني», «وعقد السيسي وإبيي أحمد
    مؤتمرا صحافيا» stand for the two who met)."""
    if any(doc.tokens[k].kind == "word" and conjoined(doc.tokens[k]) for k in range(verb + 1, j)):
        return False  # (two subjects between the verb and its object)
    word = strip_conj(doc.tokens[j].norm)
    if not any(w.removeprefix("ال").startswith(_PRESS_EVENTS) for w in (word, without_lam_or_ba(word))):
        return False  # («لقاء» keeps its «ل»; «للمؤتمر» loses it)
    words = [strip_conj(doc.tokens[k].norm) for k in range(j + 1, min(len(doc.tokens), j + 5))]
    return bool(words) and words[0] in _PRESS and not any(w.removeprefix("ال").startswith("مشترك") or w == "مع"
                                                          for w in words[1:])


_WAS = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان"})
RECEIVERS_WINDOW = 12  # words from «في استقبال» to the first of those who received


def _people_of_an_untold_act(doc: Document, spot: ActorSpot, trigger_tokens: set[int]) -> bool:
    """«واصفا استضافة الأكراد بأنه عداء»: a people right after the masdar of an act no trigger codes is whom it is
    done to (the hosted), never the side words are aimed at (the host)."""
    k = spot.token_start - 1
    return k >= 0 and k not in trigger_tokens and is_masdar_shaped(doc.tokens[k].norm)


STATE_ACT_WORDS = 3  # words from a condemnation to the arrest or execution it condemns («دانت … اعتقال»)
STATE_ACT_PLACE_WORDS = 6  # words from the act to the country it took place in («اعتقال نشطاء حقوقيين في السعودية»)
_EXECUTIONS = frozenset({"اعدام", "الاعدام", "اعدامات", "الاعدامات"})


def _sanctioned(doc: Document, imposer: ActorSpot, usable: list[ActorSpot]) -> list[ActorSpot]:
    """«فرض العقوبات الأمريكية على إيران وروسيا»: the sides after the «على» that follows the sanctions' adjective."""
    after = next((s for s in usable if s.token_start > imposer.token_end
                  and words_between(doc, imposer.token_end - 1, s.token_start) <= SANCTIONED_WORDS
                  and strip_conj(doc.tokens[s.token_start - 1].norm) == "علي"), None)
    return actor_group(doc, after, [s for s in usable if s.token_start >= after.token_start]) if after else []


SANCTIONED_WORDS = 2  # «العقوبات الأمريكية الجديدة على إيران»


def _doer_of_the_act_regretted(doc: Document, i: int, m: TriggerMatch, matches: list[tuple[int, TriggerMatch]],
                               usable: list[ActorSpot]) -> list[ActorSpot]:
    """«أعرب الاتحاد الأوروبي عن "أسفه" لإعادة فرض العقوبات الأمريكية»: a country's adjective on the act a regret or
    condemnation goes on to (or on that act's thing), in the same clause, names the side disapproved of — not the
    adjective of whom the act was done to («أدان قتل الطفل الفلسطيني»)."""
    start = m.complement if m.complement is not None and m.complement > i else i
    for j, act in matches:
        if j <= start or words_between(doc, start, j) > REGRETTED_ACT_WORDS or _comma_between(doc, start, j) \
                or act.trigger.code[:2] in ("01", "11"):
            continue  # («ألقى باللوم على ما وصفه بـ"قوات العدوان الأمريكية والسعودية"»: words, no act regretted)
        head = act.complement if act.complement is not None and act.complement > j else j
        found = [s for s in usable if is_bare_demonym(s) and _nisba_of_the_act(doc, head, s)]
        if found:
            return found[:1]
    return []


REGRETTED_ACT_WORDS = 2  # words from «أسفه» to the act it is about: «لإعادة فرض»


def _state_of_the_act(doc: Document, i: int, matches: list[tuple[int, TriggerMatch]], spots: list[ActorSpot],
                      lexicon: EventLexicon, hi: int) -> list[ActorSpot]:
    """The country whose arrests, trials or executions a condemnation (or its subject) ending at i names by where
    they took place; [] when it names none («دانت منظمة العفو اعتقال نشطاء في السعودية» → Saudi Arabia)."""
    act = next((j for j, mm in matches if i < j and words_between(doc, i, j) < STATE_ACT_WORDS
                and (mm.trigger.code[:2] == "17" or without_lam_or_ba(strip_conj(doc.tokens[j].norm)) in _EXECUTIONS)),
               None)
    if act is None:
        return []
    return [s for s in spots if act < s.token_start < hi and words_between(doc, act, s.token_start) < STATE_ACT_PLACE_WORDS
            and s.entity is not None and names_its_country(s.entity, lexicon) and located_in(doc, s)][:1]


def _the_dead(doc: Document, i: int, spots: list[ActorSpot]) -> list[ActorSpot]:
    """Who died in the death noun at i: its genitive, past a count («مقتل 3 فلسطينيين»), or the subject of «لقي»
    before it («لقي جنديان إسرائيليان مصرعهما»)."""
    after = i + 1 + count_length(doc, i + 1)
    dead = next((s for s in spots if s.token_start == after and not s.speaker), None)
    before = next((s for s in spots if s.token_end == i), None)
    if dead is None and before is not None:
        k = count_start(doc, before.token_start) - 1  # «لقي ثلاثة جنود أتراك مصرعهم»
        dead = before if k >= 0 and strip_conj(doc.tokens[k].norm) in MET_DEATH else None
    return [dead] if dead is not None else []


def _victim_of_violence(doc: Document, spot: ActorSpot) -> bool:
    """«العنف ضد الفلسطينيين», «الهجمات على المدنيين»: the spot follows «ضد»/«على» right after a violence word."""
    words = [j for j in range(spot.token_start - 1, max(-1, spot.token_start - 4), -1) if doc.tokens[j].kind == "word"]
    return len(words) >= 2 and strip_conj(doc.tokens[words[0]].norm) in ("ضد", "علي") \
        and _violence_word(strip_conj(doc.tokens[words[1]].norm))


def _counted_people(doc: Document, spot: ActorSpot) -> bool:
    """«12 فلسطينيا», «43 ماليزيا»: people of a country, told by their number (or a nisba standing as a noun)."""
    return spot.people or (spot.token_start > 0 and doc.tokens[spot.token_start - 1].kind == "number")


def _reception_party(doc: Document, i: int) -> bool:
    """«وكان في استقبال الملك …», «وكان في استقباله»: the formula that lists who received a visitor."""
    return i >= 2 and doc.tokens[i].norm.startswith("استقبال") and doc.tokens[i - 1].norm == "في" \
        and doc.tokens[i - 2].norm in _WAS


def _receivers(doc: Document, i: int, spots: list[ActorSpot],
               found: list[Candidate]) -> tuple[list[ActorSpot], list[ActorSpot]]:
    """(those who received, the one received) in «وكان في استقبال خادم الحرمين، الأمير سعود» (the prince received
    the king) and «وصل الملك … وكان في استقباله بمطار طنجة رئيس الحكومة المغربية» («ـه»: the one who came)."""
    after = [s for s in spots if s.token_start > i and words_between(doc, i, s.token_start) <= RECEIVERS_WINDOW]
    if doc.tokens[i].norm == "استقبال":
        guest = after[:1] if after and after[0].token_start == i + 1 else []  # one guest: a comma after him
        # opens the list of those who received him («خادم الحرمين الشريفين، الأمير سعود»), no apposition
    else:  # the subject of the clause before: «عبر كيم الحدود، حيث كان في استقباله الرئيس مون»
        guest = next((c.source for c in reversed(found) if c.source), []) or next(
            ([s] for s in spots if s.token_end <= i and not governed(doc, s)), [])
    guest_keys = {g.key for g in guest}
    hosts = next((actor_group(doc, s, after) for s in after if s.key not in guest_keys and not governed(doc, s)
                  and _can_host(s)), [])
    return hosts, guest


def _can_host(spot: ActorSpot) -> bool:
    """A person, body or country receives a visitor; the airport or port where it happened does not."""
    return spot.entity is None or not spot.entity.attrs.get("facility")


_HOLDING_CODES = frozenset({"191", "192"})  # besiege, occupy / take control


def _held_territory(doc: Document, i: int, readings: list[tuple[Trigger, bool]]) -> bool:
    """«الميناء الذي يسيطر عليه الحوثيون», «تعز التي يحاصرها الحوثيون»: a present-tense hold or siege in a
    relative clause tells who holds a place, not an act of taking it."""
    if i == 0 or strip_conj(doc.tokens[i - 1].norm) not in RELATIVE_PRONOUNS:
        return False
    return strip_conj(doc.tokens[i].norm)[:1] in "يت" and all(
        t.kind == "verb" and t.code[:3] in _HOLDING_CODES for t, _ in readings)


# «تقاتل إلى جانب القوات السورية», «القتال في صفوف داعش»: the side named after these fights with the one fighting
_ALONGSIDE = frozenset({("الي", "جانب"), ("في", "صفوف"), ("ضمن", "صفوف"), ("بجانب", ""), ("جنبا", "الي")})


def _fights_alongside(doc: Document, i: int, hi: int, readings: list[tuple[Trigger, bool]]) -> bool:
    """«فصائل تقاتل إلى جانب القوات السورية»: fighting on a side's side is no attack on it (nor on anyone told)."""
    if i + 1 >= hi or not all(t.code[:2] == "19" for t, _ in readings):
        return False
    first = strip_conj(doc.tokens[i + 1].norm)
    second = doc.tokens[i + 2].norm if i + 2 < hi else ""
    return (first, second) in _ALONGSIDE or (first, "") in _ALONGSIDE


# harms one is held responsible for besides the violence words (not a portfolio: «المسؤول عن نفط التنظيم»)
_HARMS = frozenset(normalize_word(w) for w in (
    "هجوم", "هجمات", "تفجير", "تفجيرات", "مقتل", "قتل", "اغتيال", "تسميم", "اختطاف", "خطف", "انفجار", "حادث", "حادثة",
    "إسقاط", "تدمير", "كارثة", "أزمة", "وضع", "تدهور", "انتهاكات", "سقوط", "إطلاق", "حرب", "هجومين", "عملية", "عمليات"))


def _a_harm(norm: str) -> bool:
    """«الهجوم», «اغتيال», «تفجير»: an act that harmed someone, with or without «ال», «لـ», «بـ»."""
    return _violence_word(norm) or without_lam_or_ba(norm).removeprefix("ال") in _HARMS


_COPULAS = frozenset(normalize_word(w) for w in ("هو", "هي", "هم", "هما", "أنها", "أنه", "إنها", "إنه", "أن", "إن",
                                                  "كانت", "كان", "باتت", "بات", "تعتبر", "يعتبر"))


def _a_post(doc: Document, i: int, hi: int, readings: list[tuple[Trigger, bool]]) -> bool:
    """«أبو سياف المسؤول عن نفط التنظيم»: «المسؤول» right after a name, with no «هو»/«هي» between, is his post,
    unless what he answers for is a harm done («روسيا المسؤولة عن الهجوم»)."""
    if not all(t.kind == "blame" for t, _ in readings) or not strip_conj(doc.tokens[i].norm).startswith("ال"):
        return False
    if i == 0 or doc.tokens[i - 1].kind != "word" or strip_conj(doc.tokens[i - 1].norm) in _COPULAS:
        return False
    what = doc.tokens[i + 2].norm if i + 2 < hi and doc.tokens[i + 2].kind == "word" else ""
    return not _a_harm(what)


# «اتهام», «الاتهامات», «تلك التهم»: a denial of these answers an accusation told before.
_ACCUSATION_WORDS = frozenset({"اتهام", "الاتهام", "اتهامات", "الاتهامات", "تهم", "التهم", "تهمه", "التهمه",
                               "مزاعم", "المزاعم", "ادعاءات", "الادعاءات"})
_CAUSES = frozenset({"اثر", "بعد", "عقب", "بسبب", "لـ", "اعقاب", "جراء", "بتهمه"})


_NOUN_BEFORE = frozenset({"في", "جراء", "اثر", "عقب", "خلال", "بسبب", "اعقاب", "خلفيه",
                          # what a list of measures included: «إجراءات شملت طرد جميع المواطنين القطريين»
                          "شملت", "شمل", "تشمل", "يشمل", "تضمنت", "تضمن", "تتضمن", "يتضمن"})


def passive_accusation(doc: Document, i: int, m: TriggerMatch, spots: list[ActorSpot]) -> bool:
    """«تُتهم بدعم», «اتُّهم بالتجسس»: an accuse verb with «بـ» right after it and no one between is passive, as is
    one in a relative clause whose charge points back to the antecedent («الذي اتهمت دمشق بارتكابه»).

    The active verb names the accused before the charge: «تتهم واشنطن طهران بدعم», «تتهمهم بمحاولة».
    """
    if m.trigger.code == "112" and m.trigger.kind == "participle" and _charge_at(doc, i + 1):
        return True  # «أربعة سعوديين متهمين بالإرهاب»: accused, with no one named as accused before the charge
    if m.trigger.code != "112" or m.trigger.kind != "verb" or i + 1 >= len(doc.tokens) or m.complement == i + 1:
        return False  # («ألقى باللائمة على»: the «بـ» word is the blame the verb takes, no charge)
    if _accused_by_pronoun(doc.tokens[i]):
        return False  # «تتهمهم بمحاولة»: the accused is the pronoun
    if i > 0 and strip_conj(doc.tokens[i - 1].norm) in RELATIVE_PRONOUNS and (named := next(
            (s for s in spots if i < s.token_start <= i + 2 and all(
                doc.tokens[j].kind == "word" for j in range(i + 1, s.token_start))), None)) is not None \
            and named.token_end < len(doc.tokens):
        # «الهجوم الذي اتهمت دمشق بارتكابه», «الذي اتهم النظام السوري بشنه», «والتي يتهم … بالوقوف وراءها»: the
        # charge's «ـه» is the antecedent, so the side between is the accused
        j = named.token_end
        charge = doc.tokens[j].norm
        # (not «التي اتهمت القاضي كافانو بأنه اعتدى»: «بأنه» is the accused)
        return charge.startswith("ب") and not charge.startswith("بان") and len(charge) >= 4 and (
            charge.endswith(("ه", "ها")) or any(
                strip_conj(doc.tokens[k].norm) in _POINTING_BACK for k in range(j + 1, min(len(doc.tokens), j + 3))))
    named = next((s for s in spots if s.token_start == i + 1 or (
        s.token_start == i + 2 and strip_conj(doc.tokens[i + 1].norm) in _TITLES_BEFORE_A_NAME)), None)
    # («القس أندرو برانسون»: his title first; but «وتتهم الدولتان إيران بالتدخل»: the two states accuse)
    if named is not None and m.trigger.lemma == "اتهم" and named.entity is not None and named.entity.label == "PER" \
            and _charge_at(doc, named.token_end) \
            and not any(x.token_start <= named.token_end < x.token_end for x in spots) \
            and doc.tokens[i - 1].norm not in RELATIVE_PRONOUNS and not any(
                x.token_end <= i and i - x.token_end <= SUBJECT_BEFORE_ACCUSATION for x in spots):
        # «ويتهم برانسون بالقيام بنشاطات»: a man, then straight away the charge, and no side before the verb to
        # accuse him (but «وكانت بريطانيا قد اتهمت روسيا بالمسؤولية»; and «كما اتهم الأمم المتحدة بالفشل», a body
        # after a masculine verb, is its object): he is the accused
        return True
    if not _charge_at(doc, i + 1):
        return False  # «تتهم باطراد كوريا الشمالية»: an adverb, then the accused
    return not any(s.token_start <= i + 1 < s.token_end for s in spots)  # «اتهم بوتين»: a name, not «بـ»


def _accused_by_pronoun(tok: Token) -> bool:
    """«تتهمهم», «وتتهمهن», «اتهمه»: an accuse verb carrying its object (but «تتهم», «اتهم» end in «هم» themselves)."""
    norm = strip_conj(tok.norm)
    return any(norm.endswith(suffix) and len(norm) - len(suffix) >= 4 for suffix in ("ه", "ها", "هم", "هما", "هن"))


# a preposition with the pronoun of the antecedent, after a charge: «بالوقوف وراءها», «بالمسؤولية عنه»
_POINTING_BACK = frozenset(normalize_word(w) for w in ("وراءه", "وراءها", "عنه", "عنها", "فيه", "فيها", "خلفه",
                                                        "خلفها"))
_TITLES_BEFORE_A_NAME = frozenset(normalize_word(w) for w in (
    "القس", "الشيخ", "السيد", "السيدة", "الدكتور", "الناشط", "الناشطة", "الصحفي", "الصحافي", "الصحفية", "المعارض",
    "الداعية", "الكاتب", "المدون", "الأمير", "الجنرال"))
SUBJECT_BEFORE_ACCUSATION = 3  # tokens from a side to the accuse verb it is the subject of: «بريطانيا قد اتهمت»


CHARGE_PAST_RELATIVE = 12  # words of a relative clause on the accused before the charge


def _charge_past_relative(doc: Document, j: int, hi: int, spots: list[ActorSpot]) -> bool:
    """«وتتهم حركة حماس التي خاضت معها ثلاث حروب منذ عام 2008 بالسعي إلى …»: a relative clause on the accused
    (opening at token j) runs, with no comma, to the charge, and no other side is named in the clause (in
    «واتهمت إيران التي لا تعترف بالجنسية المزدوجة رضائيان بجمع معلومات» Iran accuses: Rezaian is accused)."""
    if j >= hi or doc.tokens[j].norm not in RELATIVE_PRONOUNS:
        return False
    end = next((k for k in range(j, hi) if doc.tokens[k].kind == "punct" and doc.tokens[k].text in ".،,؛;:"), hi)
    if any(j < s.token_start < end for s in spots):
        return False
    return any(_charge_at(doc, k) for k in range(j + 2, min(end, j + 2 + CHARGE_PAST_RELATIVE)))


def _charge_at(doc: Document, j: int) -> bool:
    """A charge with «بـ» at token j: «بالقيام», «بالتجسس», «بدعم» (not an adverb such as «بشدة», nor a name that
    opens with «ب»: «ويتهم الديمقراطيون بومبيو»)."""
    tok = doc.tokens[j] if j < len(doc.tokens) else None
    if tok is not None and tok.norm == "ب" and j + 2 < len(doc.tokens) and doc.tokens[j + 1].text in ('"', "«", "“"):
        return doc.tokens[j + 2].kind == "word"  # «واتهمت ب"الدعاية لجماعة إرهابية"»: the charge in quotes
    return tok is not None and tok.kind == "word" and tok.norm.startswith("ب") and len(tok.norm) >= 4 \
        and strip_conj(tok.norm) not in _B_ADVERBS \
        and not _name_in(doc, tok)  # «بومبيو», «بوتين»: a name


# adverbs that begin with «بـ» and may stand right after a verb: «تتهم باطراد», «ندد بشدة»
_B_ADVERBS = frozenset({"باطراد", "بشده", "بقوه", "بوضوح", "باستمرار", "بدوره", "بدورها", "بدورهم", "بصراحه",
                        "بالفعل", "بحزم", "بصوره", "بشكل", "بالمقابل", "بدوام", "بانتظام"})


_CLAIM_VERBS = frozenset({"اعلن", "اعلنت", "تبني", "تبنت", "يتبني", "تتبني", "اعلنوا", "تبنوا"})
_RESPONSIBILITY = frozenset({"مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "المسؤوليه", "مسؤوليه"})
CLAIM_WINDOW = 6  # words between an attack and the clause claiming it


def _claimant(doc: Document, i: int, lo: int, hi: int, spots: list[ActorSpot],
              lexicon: EventLexicon) -> list[ActorSpot]:
    """«هجمات، أعلن تنظيم الدولة الإسلامية مسؤوليته عنها», «هجوم تبنته حركة الشباب»: who claimed the attack did it.

    The claim must stand next to the attack (its own clause, a few words on), with the claimant as the
    claim verb's subject; a claim told elsewhere in the sentence may be of another attack.
    """
    words = [j for j in range(i + 1, min(hi, i + 1 + 2 * CLAIM_WINDOW)) if doc.tokens[j].kind == "word"][:CLAIM_WINDOW]
    for j in words:
        norm = strip_conj(doc.tokens[j].norm)
        claim = norm in _CLAIM_VERBS or norm in CARRIED_OUT_PAST or (norm.startswith(("تبنت", "تبناه")) and len(norm) <= 6) \
            or (norm in CARRIED_OUT and words_between(doc, i, j) <= 1)  # «غارات مكثفة يشنها الطيران التركي»
        if not claim:
            continue
        if norm in ("اعلن", "اعلنت", "اعلنوا") and not any(
                strip_conj(doc.tokens[k].norm) in _RESPONSIBILITY for k in range(j + 1, min(hi, j + 8))):
            continue  # «أعلن» claims only with «مسؤوليته»
        for s in spots:
            if s.token_start <= j or s.token_start - j > 4:
                continue
            if any(_a_harm(doc.tokens[k].norm) for k in range(j + 1, s.token_start)):
                break  # «تبنت الحركة الكردية قتل شرطيين»: those after the act claimed are its victims
            if governed(doc, s):
                continue  # «الهجمات التي شنتها على السعودية»: the side struck, behind its preposition
            if (s.entity is not None and lexicon.can_act(s.entity.label, s.entity.name_en, s.entity.cameo)) \
                    or (s.entity is None and s.generic and not is_bare_demonym(s)):
                return actor_group(doc, s, spots)  # «تنظيم الدولة», «شنتها الولايات المتحدة وبريطانيا وفرنسا»
        return []
    return _claimed_before(doc, i, lo, spots, lexicon)


_CLAIMED = frozenset({"تبني", "تبنت", "يتبني", "تتبني", "تبنوا", "يتبنون"})


def _claimed_before(doc: Document, i: int, lo: int, spots: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«تبنى تنظيم "الدولة الإسلامية" الاثنين اعتداء»: the attack is the object of the claim, its subject did it."""
    for j in range(i - 1, max(lo, i - 2 * CLAIM_WINDOW) - 1, -1):
        if strip_conj(doc.tokens[j].norm) not in _CLAIMED:
            continue
        claimant = next((s for s in spots if j < s.token_start and s.token_end <= i and s.token_start - j <= 3), None)
        if claimant is not None and claimant.entity is not None \
                and lexicon.can_act(claimant.entity.label, claimant.entity.name_en, claimant.entity.cameo):
            return [claimant]
        return []
    return []


def _causal_accusation(doc: Document, i: int, m: TriggerMatch) -> bool:
    """«إثر اتهامها», «بعد اتهامه», «بسبب اتهامها»: an accusation masdar whose pronoun is the accused, given as a cause."""
    if m.trigger.code[:2] != "11" or m.trigger.kind != "noun" or i == 0:
        return False
    norm = doc.tokens[i].norm
    if not norm.endswith(("ه", "ها", "هم", "هما")) or doc.tokens[i].text.endswith("ة"):
        return False
    return strip_conj(doc.tokens[i - 1].norm) in _CAUSES


def _aim_denials(doc: Document, candidates: list[Candidate]) -> None:
    """«وتنفي قطر تلك الاتهامات»: the denial answers whoever accused the denier earlier in the article."""
    for c in candidates:
        if c.match.trigger.code != "016" or c.target or not c.source:
            continue
        words = [strip_conj(doc.tokens[j].norm) for j in range(c.token + 1, min(len(doc.tokens), c.token + 5))]
        if not any(w in _ACCUSATION_WORDS for w in words):
            continue
        denier = {s.key for s in c.source} | {s.side for s in c.source if s.side}
        earlier = [e for e in candidates if e.token < c.token and e.match.trigger.code[:2] == "11" and e.source
                   and denier & ({t.key for t in e.target} | {t.side for t in e.target if t.side})]
        if earlier:
            accuser = max(earlier, key=lambda e: e.token)
            c.target = [s for s in accuser.source if s.key not in denier]


_BACKED_BY = frozenset({"مدعوم", "مدعوما", "مدعومه", "مدعومين", "مدعومون", "المدعوم", "المدعومه", "المدعومين",
                        "المدعومون"})
_WITH_SUPPORT = frozenset({"بدعم", "بمسانده"})
_BACKING_TRIGGER = Trigger("070", "participle", "", (), "support (a side backed by another: «المدعومة من إيران»)", "marsad")
BACKER_GAP = 3  # words between «المدعومة» / «بدعم» and the side backing («من قبل», «من حلفائها»)
BACKED_GAP = 4  # words between the side backed and «المدعومة» («قوات الحكومة المعترف بها دوليا، المدعومة»)


def _backing_events(doc: Document, found: list[Candidate], token_of: dict[int, int],
                    lexicon: EventLexicon) -> list[Candidate]:
    """«الحوثيين، المدعومين من إيران», «تحاصرها القوات السورية … بدعم من حلفائها الروس والإيرانيين»: who backs
    whom, told in passing as the background of the story (070). The side backed stands right before the
    participle, or is the subject of the clause «بدعم من» ends; the backer follows «من» or «بـ»."""
    out: list[Candidate] = []
    for si, sentence in enumerate(doc.sentences):
        lo, hi = sentence.token_start, sentence.token_end
        spots: list[ActorSpot] | None = None
        for k in range(lo, hi):
            if "تلق" in doc.tokens[k].norm and strip_conj(doc.tokens[k].norm) in _RECEIVES:
                spots = spots if spots is not None else find_actor_spots(doc, lo, hi, lexicon, token_of)
                received = _support_received(doc, k, hi, spots, lexicon)
                if received is not None:
                    date, date_source = _event_date(doc, si, k)
                    out.append(Candidate(TriggerMatch(_BACKING_TRIGGER, False, None), k, si, received[0],
                                         received[1], None, False, None, date, date_source))
                continue
            if "دعوم" not in doc.tokens[k].norm and "دعم" not in doc.tokens[k].norm \
                    and "سانده" not in doc.tokens[k].norm:
                continue  # (every word of either set holds one of these: the scan stays cheap on every token)
            norm = strip_conj(doc.tokens[k].norm)
            participle = norm in _BACKED_BY
            if not participle and not (norm in _WITH_SUPPORT and k + 1 < hi and doc.tokens[k + 1].norm == "من"):
                continue
            spots = spots if spots is not None else find_actor_spots(doc, lo, hi, lexicon, token_of)
            backer = next((x for x in spots if k < x.token_start and words_between(doc, k, x.token_start) <= BACKER_GAP),
                          None)
            if backer is None or not (backer.entity is not None or backer.side or is_collective(backer)):
                continue
            backers = actor_group(doc, backer, spots)
            if participle:
                if _backs_unnamed_plural(doc, k, spots):
                    continue  # «على موسكو لإخراج المقاتلين المدعومين من إيران»: the fighters backed are no side named
                backed = [x for x in spots if x.token_end <= k and words_between(doc, x.token_end - 1, k) <= BACKED_GAP]
                backed = backed[-1:]
            else:  # «بدعم من»: the subject of the clause, the source of its event
                clause = next((c for c in reversed(found) if c.sentence == si and c.token < k and c.source), None)
                backed = clause.source if clause is not None else []
            backed = [x for x in other_side(backers, backed, lexicon) if x.entity is None
                      or lexicon.can_act(x.entity.label, x.entity.name_en, x.entity.cameo)]  # not «في مأرب»
            if not backed or any(is_armed(x) and x.entity is None and not x.side for x in backed):
                continue
            date, date_source = _event_date(doc, si, k)
            out.append(Candidate(TriggerMatch(_BACKING_TRIGGER, False, None), k, si, backers, backed, None, False,
                                 None, date, date_source))
    return out


def _backs_unnamed_plural(doc: Document, k: int, spots: list[ActorSpot]) -> bool:
    """«المقاتلين المدعومين من إيران»: the plural participle at k agrees with the plural noun right before it, which
    no spot names."""
    j = k - 1
    return j >= 0 and doc.tokens[j].kind == "word" and not any(x.token_start <= j < x.token_end for x in spots) \
        and doc.tokens[k].norm.endswith(("ين", "ون")) and strip_conj(doc.tokens[j].norm).endswith(("ين", "ون"))


_AGREEMENTS = frozenset({"اتفاق", "اتفاقيه", "معاهده", "صفقه", "اتفاقات", "اتفاقيات", "معاهدات", "صفقات"})
# words by which an agreement is told as concluded: «الموقع», «الذي أبرم», «الذي تم التوصل إليه»
_CONCLUDED = frozenset({"الموقع", "الموقعه", "المبرم", "المبرمه", "ابرم", "ابرمت", "وقع", "وقعت", "التوصل",
                        "توقيعه", "توقيعها", "ابرامه", "ابرامها", "المعمول"})
# before the agreement: one sought, drafted or denied, not one concluded («التوصل إلى اتفاق بين», «أي اتفاق»)
_NOT_CONCLUDED_BEFORE = frozenset({"الي", "اي", "مشروع", "مسوده", "نحو", "لابرام", "لتوقيع", "لعقد", "بدون",
                                   "دون", "عدم", "لا", "لم", "لن", "غياب", "علي"})
_NOT_CONCLUDED = frozenset({"المقترح", "المقترحه", "المحتمل", "المحتمله", "المرتقب", "المرتقبه", "المزمع",
                            "المزمعه", "المنتظر", "المنتظره", "المامول", "المقبل", "المقبله", "المتوقع",
                            "المتوقعه", "سيتم", "سيوقع", "ستوقع", "سيبرم"})
AGREEMENT_GAP = 8  # words from the agreement to its «بين»: «الاتفاق النووي الموقع في تموز/يوليو 2015 بين»
_AGREED = Trigger("057", "noun", "", (), "sign formal agreement (one told as made between two sides: "
                  "«الاتفاق الموقع بين إيران والقوى الكبرى»)", "marsad")


_RECEIVES = frozenset({"تلقي", "تلقت", "يتلقي", "تتلقي", "يتلقون", "تلقوا", "يتلقيان", "تتلقيان"})
_ASIDE_MARKS = DASHES | {"،", ","}  # «حكومة الأسد - التي تتلقى»: what may stand between a side and «التي»
_SUPPORT_RECEIVED = ("دعم", "مساعد", "اسلح", "تمويل", "مسانده")  # «دعما عسكريا», «مساعدات», «أسلحة»


def _support_received(doc: Document, k: int, hi: int, spots: list[ActorSpot],
                      lexicon: EventLexicon) -> tuple[list[ActorSpot], list[ActorSpot]] | None:
    """«حكومة الأسد - التي تتلقى دعما عسكريا من روسيا -», «ويتلقى الحوثيون أسلحة من إيران»: (the side giving
    support, the side receiving it), or None. The receiver is the relative pronoun's antecedent, the subject
    before the verb, or the one right after it; the giver follows «من» after the support word."""
    after = next((s for s in spots if s.token_start == k + 1), None)  # «ويتلقى الحوثيون أسلحة»: VSO
    support = after.token_end if after is not None else k + 1
    if support >= hi or not strip_conj(doc.tokens[support].norm).startswith(_SUPPORT_RECEIVED):
        return None
    frm = next((j for j in range(support + 1, min(hi, support + 4)) if doc.tokens[j].norm == "من"), None)
    giver = next((s for s in spots if frm is not None and s.token_start == frm + 1), None)
    if giver is None or not (giver.entity is not None or giver.side or is_collective(giver)):
        return None
    j = k - 1
    if j >= 0 and doc.tokens[j].norm in RELATIVE_PRONOUNS:
        j -= 1
        while j >= 0 and doc.tokens[j].kind == "punct" and doc.tokens[j].text in _ASIDE_MARKS:
            j -= 1  # «حكومة الأسد - التي تتلقى»
    receiver = after or next((s for s in spots if s.token_end == j + 1), None)
    if receiver is None or receiver.key == giver.key or not can_act(receiver, lexicon):
        return None
    return [giver], [receiver]


def _agreements_between(doc: Document, found: list[Candidate], token_of: dict[int, int],
                        lexicon: EventLexicon) -> list[Candidate]:
    """«الاتفاق النووي الموقع عام 2015 بين إيران والقوى العظمى», «الصفقة التي أبرمت بين إسرائيل ومصر»: an
    agreement told, in passing, as made between two sides is their signing it (057), the first side its source.

    A definite agreement («الاتفاق النووي بين طهران ومجموعة 5+1») is one concluded; an indefinite one only with
    a word that says so, since «اتفاق بين» is as often one sought. An agreement a trigger already governs
    («وقع اتفاقيات تعاون بين موسكو والرياض») is that trigger's event."""
    governed_by_trigger = {c.match.complement for c in found if c.match.complement is not None}
    out: list[Candidate] = []
    for si, sentence in enumerate(doc.sentences):
        lo, hi = sentence.token_start, sentence.token_end
        for k in range(lo, hi):
            norm = doc.tokens[k].norm
            if "تفاق" not in norm and "معاهد" not in norm and "صفق" not in norm:
                continue  # (a cheap look first: this runs on every word)
            word = without_lam_or_ba(norm)
            if word.removeprefix("ال") not in _AGREEMENTS or k in governed_by_trigger or _other_sense(doc, k, hi):
                continue  # («صفقة القرن … لتحقيق السلام بين الإسرائيليين والفلسطينيين»: a plan's name)
            j, between, concluded = k + 1, 0, -1
            while j < hi and between <= AGREEMENT_GAP and doc.tokens[j].text[:1] not in ".،,؛:":
                after = strip_conj(doc.tokens[j].norm)
                if after == "بين" or after in _NOT_CONCLUDED:
                    break
                if concluded < 0 and after in _CONCLUDED:
                    concluded = j
                between += doc.tokens[j].kind == "word"
                j += 1
            if j >= hi or strip_conj(doc.tokens[j].norm) != "بين":
                continue
            definite = word.startswith("ال") or (k + 1 < hi and doc.tokens[k + 1].norm.startswith("ال")
                                                 and doc.tokens[k + 1].kind == "word")
            if not (definite or concluded >= 0) or (k > lo and strip_conj(doc.tokens[k - 1].norm) in _NOT_CONCLUDED_BEFORE):
                continue
            spots = find_actor_spots(doc, lo, hi, lexicon, token_of)
            pair = sides_after_between(doc, j, [x for x in spots if x.token_start > j])
            if len(pair) < 2 or pair[0].key == pair[1].key or not all(
                    is_collective(x) or x.side or (x.entity is not None and can_act(x, lexicon)) for x in pair):
                continue
            told = concluded if concluded >= 0 else k
            date, date_source = _agreement_date(doc, si, k, pair[-1].token_end)
            if date is None:
                date, date_source = _event_date(doc, si, told)
            out.append(Candidate(TriggerMatch(_AGREED, False, k), told, si, pair[:1], actor_group(doc, pair[1], spots),
                                 None, False, None, date, date_source))
    return out


def _agreement_date(doc: Document, si: int, k: int, end: int) -> tuple[str | None, str | None]:
    """The date told inside an agreement's phrase («الموقع عام 2015 بين …», «… في 2015»), or (None, None)."""
    lo, hi = doc.tokens[k].start, doc.tokens[min(end + 2, len(doc.tokens) - 1)].end
    for tx in _times_by_sentence(doc)[si]:
        if tx.type == "DATE" and tx.value and _DATE_VALUE.match(tx.value) and lo <= tx.start < hi:
            return tx.value, "expression"
    return None, None


def _reported_accusations(doc: Document, found: list[Candidate], token_of: dict[int, int],
                          lexicon: EventLexicon) -> list[Candidate]:
    """«قال ماكرون إن الحكومة السورية هاجمت دوما»: telling that another side attacked is accusing it (112).

    CAMEO codes the speaker's claim as an event of its own, beside the reported act: the speaker
    accuses the act's source, or, when the act names none, the first other side it names.
    """
    out: list[Candidate] = []
    for q in doc.quotes:
        speaker = _quote_speaker_spot(doc, q, token_of)
        if speaker is None:
            continue
        blamed = _criticised(doc, q, speaker, lexicon, token_of)
        if blamed is not None:
            out.append(blamed)
        else:
            stance = _stance(doc, q, speaker, found + out, lexicon, token_of)
            if stance is not None:
                out.append(stance)

        if is_medium(speaker) or _is_monitor(speaker) or _monitors_man(doc, speaker) or _media_of(doc, speaker) \
                or _unnamed_sources(doc, speaker) or _reporting_man(doc, speaker) or _counts_casualties(speaker):
            continue  # «قال تلفزيون المنار إن الجيش السوري أرسل تعزيزات», «أوضح المرصد السوري أن … القصف الحكومي»,
            # «قالت مصادر محلية في أبين إن …»: a channel, a monitor or a source reporting an act accuses no one
        own_bodies = _bodies_spoken_for(doc, speaker)
        for c in found:
            if c.negated or c.modality in ("question", "condition") or c.match.trigger.code[:2] not in _HOSTILE_ROOTS \
                    or c.match.trigger.code[:2] == "16" or c.match.trigger.code == "192" \
                    or c.match.trigger.lemma in _DEFENDING:
                continue  # «مبدأ العقوبات الأمريكية يشكل رادعا»: sanctions spoken of are no crime charged, nor are
                # ties cut or diplomats expelled, which a state does openly («إن رد موسكو على قرار الحكومة البريطانية
                # بطرد 23 دبلوماسيا روسيا سيكون قاسيا»), nor is
                # ground held («قال تقرير الأمم المتحدة إن التنظيم لا يزال يسيطر على جيوب») or a withdrawal from
                # a treaty or a union («قالت ميركل إن الاتفاق على خروج بريطانيا من الاتحاد الأوروبي يجب …»)
            if not (q.start <= doc.tokens[c.token].start < q.end) or _liberating(doc, c.token) \
                    or backs_the_act(doc, c.token) or _aiming_at_a_deed(doc, c) \
                    or (_told_as_a_time(doc, c.token) and not any(_same_side(t, speaker) for t in c.target)):
                continue  # «زيارة بحاح إلى عدن بعد تحريرها من الميليشيات», «شاركت في معركة تحرير العند»: freeing a
                # place is no crime charged, nor are strikes backing a side («مدعومة بضربات جوية من التحالف»), nor
                # aiming at a deed («قال إنها تستهدف إعادة حكومة هادي»), nor an act that only tells when («قالت
                # الأمم المتحدة إن ثلثي السكان غادروا منذ بدأت تركيا حملتها», «بعد العملية العسكرية التركية»; but
                # «قالت إسرائيل إنها هاجمت … بعد أن أطلقت قوات إيرانية صواريخ على مناطق تحت سيطرة إسرائيل»: what
                # was done to the speaker's side is charged)
            accused = [s for s in c.source if s.key != speaker.key and not _same_side(s, speaker)
                       and (s.side or (s.entity is not None and s.entity.label != "LOC"))]  # «قوات الجيش»: no side
            if not accused or len(accused) < len(c.source) or any(_headed_by(doc, a, own_bodies) for a in accused) \
                    or state_against_armed_groups(accused, c.target):
                continue  # «نرفض»: the speaker's own act is no accusation, nor is his body's («قال المتحدث باسم
                # الجيش … إن "الجيش النيجيري شن هجوما"»), nor a state's fight against armed groups («إن قوات الأمن
                # العراقية قتلت 23 عنصرا من تنظيم داعش»: a success told, no one blamed)
            out.append(Candidate(TriggerMatch(_ACCUSE, False, None), c.token, c.sentence, [speaker], accused,
                                 None, False, None, c.date, c.date_source))
    return out


_TIME_OF_AN_ACT = frozenset(normalize_word(w) for w in ("منذ", "بعد", "عقب", "إثر", "قبل", "خلال", "أثناء", "إبان"))
TIME_OF_AN_ACT_WORDS = 4  # words from «منذ» to the act it dates: «منذ بدأت تركيا حملتها لطرد»


def _told_as_a_time(doc: Document, k: int) -> bool:
    """Whether the act at k is told after «منذ», «بعد», «عقب» … (no comma, and no «أن» of a clause of its own
    between): what dates another thing, not a deed charged."""
    for j in range(k - 1, max(-1, k - 1 - TIME_OF_AN_ACT_WORDS), -1):
        tok = doc.tokens[j]
        if tok.kind == "punct":
            return False
        word = strip_conj(tok.norm)
        if word in _TIME_OF_AN_ACT:
            return not covered_by_times(doc, j + 1, j + 2)  # («يحاصره الثوار منذ يومين تعرض لغارات»: a span)
        if word in ("ان", "انه", "انها") and not (j > 0 and strip_conj(doc.tokens[j - 1].norm) in _TIME_OF_AN_ACT):
            return False  # «وقال بعد لقائه إن القوات هاجمت»: the clause the act is told in
    return False


_DEFENDING = frozenset({"اعترض"})  # «أن الدفاعات الجوية السورية اعترضت … الصواريخ»: shooting down what was fired
_LIBERATING = ("تحرير", "تطهير")  # «بعد تحريرها من الميليشيات»: freeing a place, which no speaker charges


def _liberating(doc: Document, k: int) -> bool:
    """«تحريرها», «معركة تحرير العند», «عملية تطهير»: the act at k frees a place (itself, or the battle for it)."""
    return any(without_lam_or_ba(strip_conj(doc.tokens[j].norm)).removeprefix("ال").startswith(_LIBERATING)
               for j in (k, k + 1) if j < len(doc.tokens))
SPEAKER_TITLE_WORDS = 6  # words of a speaker's title before his name: «المتحدث باسم الجيش الكولونيل»
_ON_BEHALF_OF = "باسم"


def _bodies_spoken_for(doc: Document, speaker: ActorSpot) -> frozenset[str]:
    """«المتحدث باسم الجيش الكولونيل توكور غوساو»: the first word of each body the speaker's title puts him in
    («الجيش»), to compare with a side's first word («الجيش النيجيري»)."""
    title = [strip_conj(t.norm) for t in doc.tokens[max(0, speaker.token_start - SPEAKER_TITLE_WORDS):speaker.token_start]
             if t.kind == "word"]
    return frozenset(title[n + 1] for n in range(len(title) - 1) if title[n] == _ON_BEHALF_OF)


def _headed_by(doc: Document, spot: ActorSpot, bodies: frozenset[str]) -> bool:
    """Whether the side's first word is one of the bodies a speaker speaks for."""
    return strip_conj(doc.tokens[spot.token_start].norm) in bodies


def _quoted_demands(doc: Document, found: list[Candidate], token_of: dict[int, int],
                    lexicon: EventLexicon) -> list[Candidate]:
    """«قالت ناورت "يجب رفع الإقامة الجبرية عن برانسون"»: a speaker saying an act must happen demands it (100);
    «أكد ترمب أن على روسيا تقديم أجوبة» lays it on a side (`_duty_laid_on`).

    Only where the act after «يجب»/«ينبغي» is no trigger of its own (those are coded by `_after_necessity`),
    not negated («لا يجب») and not the speaker's own duty («يجب أن نعمل»); whom it is demanded of is the first
    other side the quote names («"أردوغان … يجب أن يبدأ"»), else the article's context (`_context_targets`).
    """
    taken = {c.token for c in found}
    out: list[Candidate] = []
    for q in doc.quotes:
        span = _quote_tokens(doc, q)
        if span is None:
            continue
        lo = span[0]
        duty = _duty_laid_on(doc, q, lo, span[1], found, lexicon, token_of)
        if duty is not None and duty.token not in taken:
            out.append(duty)
            taken.add(duty.token)
        speaker: ActorSpot | None = None
        for j in range(lo, len(doc.tokens)):
            tok = doc.tokens[j]
            if tok.end > q.end:
                break
            if strip_conj(tok.norm) not in ("يجب", "ينبغي") or (j > lo and doc.tokens[j - 1].norm in _NEGATORS):
                continue
            k = j + 1
            while k < len(doc.tokens) and doc.tokens[k].kind != "word" and doc.tokens[k].end <= q.end:
                k += 1
            if k < len(doc.tokens) and (doc.tokens[k].norm == "الا" or (
                    doc.tokens[k].norm == "ان" and k + 1 < len(doc.tokens) and doc.tokens[k + 1].norm == "لا")):
                continue  # «ينبغي ألا يتحول أمانو والوكالة إلى قطع شطرنج»: what must not be is a warning, no demand
            if k < len(doc.tokens) and doc.tokens[k].norm in ("ان", "علي"):
                k += 1  # «يجب أن تفرج», «ينبغي على تركيا»
            if k >= len(doc.tokens) or doc.tokens[k].end > q.end or doc.tokens[k].kind != "word" \
                    or k in taken or len(doc.tokens[k].norm) < 3 or is_first_person(doc.tokens[k].norm):
                continue
            speaker = speaker or _quote_speaker_spot(doc, q, token_of)
            if speaker is None:
                break
            si = sentence_of(doc, k)
            date, date_source = _event_date(doc, si, k)
            hi = next((n for n in range(k, len(doc.tokens)) if doc.tokens[n].end > q.end), len(doc.tokens))
            spots = find_actor_spots(doc, lo, hi, lexicon, token_of)
            target = _clause_target(doc, lo - 1, hi, [speaker], spots, lexicon)
            out.append(Candidate(TriggerMatch(_DEMAND, False, None), k, si, [speaker], target, None, False, None,
                                 date, date_source))
            taken.add(k)
    return out


def _duty_laid_on(doc: Document, q: Quote, lo: int, hi: int, found: list[Candidate], lexicon: EventLexicon,
                  token_of: dict[int, int]) -> Candidate | None:
    """«وأكد ترمب أن على روسيا تقديم أجوبة»: a reported clause opening «على» + another state or body lays a duty
    on it, a demand (100) of the speaker's. Not a duty of the speaker's own side («إن على بلاده»), not one laid
    on a person, and not where the clause goes on with an event of its own told of that side."""
    if hi - lo < 3 or strip_conj(doc.tokens[lo].norm) != "علي" or (lo > 0 and doc.tokens[lo - 1].norm in _NEGATORS):
        return None
    speaker = _quote_speaker_spot(doc, q, token_of)
    if speaker is None:
        return None
    spots = find_actor_spots(doc, lo, hi, lexicon, token_of)
    side = next((s for s in spots if s.token_start == lo + 1), None)
    if side is None or _same_side(side, speaker) or side.key == speaker.key or (side.entity is None and not side.country):
        return None
    if side.entity is not None and (side.entity.label == "PER"
                                    or not lexicon.can_act(side.entity.label, side.entity.name_en, side.entity.cameo)):
        return None  # «أكد الطيبي أن على عباس أن "يقضي بضعة أيام في المستشفى"»: advice to a person, not a demand
    if any(lo <= c.token < hi and any(s.key == side.key for s in c.source) for c in found):
        return None
    si = sentence_of(doc, lo)
    date, date_source = _event_date(doc, si, lo)
    return Candidate(TriggerMatch(_DEMAND, False, None), lo, si, [speaker], [side], None, False, None,
                     date, date_source)


CONDITION_WINDOW = 6  # words after «ما لم» where the side the condition is set for stands


def _conditional_demands(doc: Document, token_of: dict[int, int], lexicon: EventLexicon) -> list[Candidate]:
    """«قال البيت الأبيض إن الاجتماع لن يعقد ما لم تتخذ بيونغيانغ خطوات»: a condition set on a side is a demand (100).

    The refusal comes first («لن», «لا»), the condition after «ما لم» or «إلا إذا»; the speaker of the
    quote demands it of the first other side the condition names.
    """
    out: list[Candidate] = []
    for q in doc.quotes:
        span = _quote_tokens(doc, q)
        if span is None:
            continue
        lo, hi = span
        norms = [strip_conj(doc.tokens[j].norm) for j in range(lo, hi)]
        cond = next((k for k in range(1, len(norms)) if (norms[k - 1], norms[k]) in _CONDITIONAL_PAIRS), None)
        if cond is None or not any(w in ("لن", "لا") for w in norms[:cond - 1]):
            continue
        speaker = _quote_speaker_spot(doc, q, token_of)
        if speaker is None:
            continue
        at = lo + cond
        spots = [s for s in find_actor_spots(doc, at, min(hi, at + 2 * CONDITION_WINDOW), lexicon, token_of)
                 if words_between(doc, at, s.token_start) <= CONDITION_WINDOW and s.key != speaker.key
                 and not _same_side(s, speaker) and (s.entity is None or lexicon.can_act(
                     s.entity.label, s.entity.name_en, s.entity.cameo))]
        if not spots:
            continue
        si = sentence_of(doc, at)
        date, date_source = _event_date(doc, si, at)
        out.append(Candidate(TriggerMatch(_DEMAND, False, None), at, si, [speaker], spots[:1], None, False,
                             None, date, date_source))
    return out


# «ما لم», «إلا إذا», «إلا أن», «شريطة أن»: a condition after a refusal
_CONDITIONAL_PAIRS = frozenset({("ما", "لم"), ("الا", "اذا"), ("شريطه", "ان"), ("بشرط", "ان"), ("الا", "بعد")})


def _quote_tokens(doc: Document, q: Quote) -> tuple[int, int] | None:
    """The tokens [lo, hi) a quote spans, or None when no token starts inside it."""
    lo = bisect.bisect_left(token_starts(doc), q.start)
    if lo >= len(doc.tokens) or doc.tokens[lo].start >= q.end:
        return None
    hi = lo
    while hi < len(doc.tokens) and doc.tokens[hi].end <= q.end:
        hi += 1
    return lo, hi


def _other_sides_in(doc: Document, lo: int, hi: int, speaker: ActorSpot, lexicon: EventLexicon,
                    token_of: dict[int, int]) -> list[ActorSpot]:
    """Actors in tokens [lo, hi) of a quote that can act and are not on the speaker's side — nor joined by «و» to
    one who is («قال البيت الأبيض إن ترامب وماي يعتبران …»: May speaks with Trump)."""
    out: list[ActorSpot] = []
    ally: ActorSpot | None = None
    own_bodies = _bodies_spoken_for(doc, speaker)
    for s in find_actor_spots(doc, lo, hi, lexicon, token_of):
        if s.key == speaker.key or _same_side(s, speaker) or _headed_by(doc, s, own_bodies) or (
                ally is not None and s.token_start == ally.token_end and doc.tokens[s.token_start].norm.startswith("و")):
            # («المتحدث باسم الأمين العام محمود عفيفي … أن الأمين العام …»: whom the speaker speaks for is his side)
            ally = s
            continue
        ally = None
        if names_an_accord(doc, s, lexicon):
            continue  # «ومنها اتفاقية أوتاوا لحظر … الألغام»: the town names a treaty, no side
        if s.country if s.entity is None else lexicon.can_act(s.entity.label, s.entity.name_en, s.entity.cameo):
            out.append(s)
    return out


# what a ceasefire halts: «وقف إطلاق النار», «وقف القتال», «وقف الأعمال العدائية»
_FIGHTING_HALTED = frozenset(normalize_word(w) for w in (
    "إطلاق", "اطلاق", "القتال", "الاقتتال", "العدائية", "الأعمال", "العمليات", "الهجمات", "الحرب", "المعارك",
    "الاشتباكات", "القصف", "الغارات", "النار", "لإطلاق", "للقتال", "العنف", "التصعيد"))


def _halts_no_fighting(doc: Document, j: int, hi: int) -> bool:
    """«وأعلنت أيضا وقف استيراد الحبوب»: «وقف» halting trade or anything but fighting is no ceasefire."""
    if strip_conj(doc.tokens[j].norm).removeprefix("ب").removeprefix("ال") != "وقف":
        return False
    nxt = next((doc.tokens[k].norm for k in range(j + 1, hi) if doc.tokens[k].kind == "word"), None)
    return nxt is not None and nxt not in _FIGHTING_HALTED and not nxt.startswith(("لاطلاق", "للقتال"))


def _enters(doc: Document, j: int, hi: int) -> bool:
    """«تدخل حيز التنفيذ», «قد تدخل عفرين»: «تدخل» enters something or a place named right after it («تدخّل»,
    interfering, takes «في»); «عقوبات لم تدخل بعد حيز التنفيذ»: after «لم», «لن» it is a verb, and «تتدخل» the one
    that interferes."""
    if doc.tokens[j].norm not in _VERB_LOOKALIKES or j + 1 >= hi:
        return False
    if j > 0 and doc.tokens[j - 1].norm in _NEGATORS_OF_VERBS:
        return True
    nxt = doc.tokens[j + 1]
    if nxt.norm == "في" and j + 2 < hi and doc.tokens[j + 2].norm in _FRAMES:
        return True  # «إن تهديدات ترامب تدخل في إطار "الحرب النفسية"»: falls within it
    return nxt.norm in _ENTERS_INTO or any(m.start == nxt.start for e in doc.entities if e.label == "LOC"
                                           for m in e.mentions)


_FRAMES = frozenset({"اطار", "سياق", "خانه", "نطاق"})  # «تدخل في إطار …»: what a thing falls within


_VERB_NEGATORS = frozenset({"لم", "لن", "لا"})  # (not «ما»: «ما وصفته بتدخل أوتاوا» is "what it called")


def _denied_object(doc: Document, j: int, lo: int) -> bool:
    """«التحالف لم يرتكب جرائم حرب», «لم يرتكب أي جرائم»: the word at j is the object of the verb right before it
    (or before «أي»), which a negator opens, so the speaker denies the crime rather than condemns it."""
    words = [k for k in range(j - 1, max(lo, j - 4) - 1, -1) if doc.tokens[k].kind == "word"][:3]
    if words and strip_conj(doc.tokens[words[0]].norm) in ("اي", "ايه"):
        words = words[1:]  # «أي جرائم»: any crimes
    return len(words) >= 2 and strip_conj(doc.tokens[words[1]].norm) in _VERB_NEGATORS \
        and strip_conj(doc.tokens[words[0]].norm)[:1] in ("ي", "ت", "ن", "ا")  # an imperfect verb after it


def _criticised(doc: Document, q: Quote, speaker: ActorSpot, lexicon: EventLexicon,
                token_of: dict[int, int]) -> Candidate | None:
    """«قال منوتشين إن "الاعتقال الظالم … من جانب السلطات التركية مرفوض"»: condemning words about another side (111)."""
    span = _quote_tokens(doc, q)
    if span is None or span[1] - span[0] < 3:
        return None
    lo, hi = span
    word = next((j for j in range(lo, hi) if _condemning(doc.tokens[j].norm)
                 and not any(strip_conj(doc.tokens[k].norm) in _WE_DID for k in range(max(lo, j - OWN_DEED_REACH), j))
                 and not _of_any_kind(doc, j, lo)
                 and not (j > lo and doc.tokens[j].norm.startswith("ال")
                          and strip_conj(doc.tokens[j - 1].norm) in _EPITHET_TITLES)
                 and not (j > lo and strip_conj(doc.tokens[j - 1].norm) in _NEGATING_NOUNS
                          and _strip_article(doc.tokens[j].norm) not in _CONDEMNING_WHEN_DENIED)
                 and not _enters(doc, j, hi) and not _other_sense(doc, j, hi) and not _denied_object(doc, j, lo)
                 and not (j + 1 < hi and doc.tokens[j + 1].norm in _NOT_CONDEMNING_AFTER)), None)
    if word is None and not any(strip_conj(doc.tokens[j].norm) in _TERRORIST for j in range(lo + 1, hi)):
        return None  # no condemning word and no label: the quote's actors need not be looked for
    spots = _other_sides_in(doc, lo, hi, speaker, lexicon, token_of)
    labelled = _labelled_terrorist(doc, lo, hi, spots)
    if labelled is not None:
        # «ذكر الجبير أن أنشطة إيران الإرهابية …»: calling a side's acts terrorist accuses it (112)
        label_word, accused = labelled
        si = sentence_of(doc, label_word)
        date, date_source = _event_date(doc, si, label_word)
        return Candidate(TriggerMatch(_ACCUSE, False, None), label_word, si, [speaker], [accused], None, False, None,
                         date, date_source)
    if word is not None and any(s.token_start == word + 1 and _same_side(s, speaker)
                                for s in find_actor_spots(doc, word + 1, word + 2, lexicon, token_of)):
        return None  # «أن تدخل السعودية كان بناء على طلب من الرئيس هادي»: his own side's act, not condemned
    # «مؤامرة ضد نظام الأسد», «الاعتداء على السفارة», «الإدانة الظالمة … في حق مواطنين»: the side the condemned
    # act is against is its victim
    others = [s for s in spots if _word_before(doc, s.token_start) not in _AGAINST]
    if word is None or not others:
        return None
    # «نتيجة للعدوان التركي»: the side named right after the word is the one it condemns, else the doer «من قبل»
    # names («"الفعل الفاضح حقا قد ارتكب بشكل واضح من قبل روسيا"»), else the first side the quote names
    condemned = next((s for s in others if s.token_start == word + 1), None) \
        or next((s for s in others if _done_by(doc, s)), others[0])
    si = sentence_of(doc, word)
    date, date_source = _event_date(doc, si, word)
    return Candidate(TriggerMatch(_CRITICISE, False, None), word, si, [speaker], [condemned], None, False, None,
                     date, date_source)


def _done_by(doc: Document, spot: ActorSpot) -> bool:
    """«من قبل روسيا», «من جانب السلطات التركية», «على يد الحوثيين»: the spot is named as the doer of an act."""
    j = spot.token_start - 1
    if j < 1 or doc.tokens[j].kind != "word":
        return False
    return names_the_doer(doc, j) or (strip_conj(doc.tokens[j].norm) == "جانب" and doc.tokens[j - 1].norm == "من")


_REJECT = Trigger("120", "verb", "", (), "reject (refusal in reported speech)", "marsad")
# consent words, which reject only when negated: «لن نقبل», «غير مقبول», «لن نسمح»
_ACCEPTABLE = frozenset({"مقبول", "مقبوله"})
_CONSENT = frozenset({"مقبول", "مقبوله", "نقبل", "يقبل", "تقبل", "نتخلي", "نتنازل", "نسمح", "تسمح", "يسمح"})
_STANCE_NEGATORS = frozenset({"لن", "لا", "لم", "غير", "ولن", "ولا"})
_THREATEN = Trigger("130", "verb", "", (), "threaten (warning of consequences in reported speech)", "marsad")
_PRAISE = Trigger("051", "verb", "", (), "praise (approving words about another side, reported)", "marsad")
_REASSURE = Trigger("030", "verb", "", (), "reassure (no harm meant to another side, reported)", "marsad")
# harm words, which reassure only when negated: «لا تريد إلحاق الضرر بالشعب المصري», «لن نضر بكم»
_HARM = frozenset(normalize_word(w) for w in ("الضرر", "ضرر", "بالضرر", "نضر", "يضر", "تضر", "الأذى", "أذى",
                                               "بالأذى", "المساس", "نمس", "يمس", "تمس"))
_HARM_NEGATORS = _STANCE_NEGATORS | {"ليست", "ليس", "لسنا", "دون", "بدون"}
HARM_NEGATION_REACH = 6  # words from the negator to the harm: «ليست لدينا رغبة أو فكرة بإلحاق الضرر»
# Words that tell a speaker's stance toward the other side named in the quote (normalised, conjunction stripped).
_STANCE_WORDS: dict[str, Trigger] = {
    **{w: _REJECT for w in ("نرفض", "يرفض", "ترفض", "مرفوض", "مرفوضه")},
    **{w: _REJECT for w in _CONSENT},
    **{w: _THREATEN for w in ("عواقب", "العواقب", "سنرد", "سترد", "سيرد", "الثمن", "حازم", "حازما", "حازمه",
                              "بالمثل", "انتقام", "سننتقم")},
    **{w: _PRAISE for w in ("نرحب", "يرحب", "ترحب", "نشكر", "يشكر", "تشكر", "نثمن", "يثمن", "تثمن", "نقدر", "يقدر",
                            "تقدر", "مثمره", "مثمرا", "ايجابيه", "ايجابي", "ايجابيا", "بناءه", "بناء")},
    **{w: _REASSURE for w in _HARM},
}


_BASED_ON = frozenset({"علي", "عليه", "عليها"})
_RETALIATION_VERBS = frozenset({"سترد", "سيرد"})
# «مشددا على أن الحكومة الشرعية لليمن ترفض التفاوض»: a third person's stance, told of the side before it
_THIRD_PERSON_STANCE = frozenset({"يرفض", "ترفض", "يرحب", "ترحب", "يشكر", "تشكر", "يثمن", "تثمن", "يقدر", "تقدر"})
_OTHER_SIDES_OWN_STANCE = (_CONSENT - _ACCEPTABLE) | _RETALIATION_VERBS | _THIRD_PERSON_STANCE


def _building(doc: Document, j: int, hi: int) -> bool:
    """«إعادة بناء البنية التحتية», «بناء الدولة»: «بناء» is building, a masdar with its object, not «بنّاء»
    (constructive), which follows the noun it describes: «حوار بناء»."""
    if strip_conj(doc.tokens[j].norm).removeprefix("ل") != "بناء":
        return False
    return (j + 1 < hi and doc.tokens[j + 1].norm.startswith("ال")) or (
        j > 0 and strip_conj(doc.tokens[j - 1].norm).lstrip("ل") in _BUILDING_BEFORE)


# «إعادة بناء», «من أجل بناء», «عامل بناء», «مواد بناء», «قطاع البناء»: building, not «بنّاء» (constructive)
_BUILDING_BEFORE = frozenset({"اعاده", "اجل", "في", "عامل", "عمال", "مواد", "قطاع", "شركه", "شركات", "اعمال",
                              "مشروع", "مشاريع", "ورشه", "ورش"})


_HAVING = frozenset({"له", "لها", "لهم", "ذات", "ذو", "ذا", "ذي"})
_CONSEQUENCES = frozenset({"عواقب", "العواقب"})


def _consequences_had(doc: Document, j: int, lo: int) -> bool:
    """«في هجوم له عواقب وخيمة على المدنيين»: consequences an act has are told of, not threatened."""
    return strip_conj(doc.tokens[j].norm) in _CONSEQUENCES and j > lo and doc.tokens[j - 1].norm in _HAVING


_ESTIMATE_VERBS = frozenset({"نقدر", "يقدر", "تقدر"})
ESTIMATE_REACH = 3  # words from «تقدر» to the amount: «تقدر قيمتها بنحو مليار دولار»


def _estimated_at(doc: Document, j: int, hi: int) -> bool:
    """«السلع الصينية والتي تقدر بـ500 مليار دولار»: «تقدر» + «بـ» + an amount is "is estimated at", no praise."""
    if strip_conj(doc.tokens[j].norm) not in _ESTIMATE_VERBS:
        return False
    words = [k for k in range(j + 1, min(hi, j + 1 + ESTIMATE_REACH)) if doc.tokens[k].kind != "punct"]
    at = next((k for k in words if doc.tokens[k].norm.startswith("ب")), None)
    if at is None:
        return False
    # an amount right after «بـ» or «بنحو»: «بـ500 مليار دولار», «بنحو مليار دولار»
    return any(doc.tokens[at].start <= q.start <= doc.tokens[at].end + 1 for q in doc.quantities) or (
        at + 1 < hi and doc.tokens[at + 1].kind == "number")


STANCE_SUBJECT_GAP = 2  # words between another side and a consent word for that side to be its subject


def _stance(doc: Document, q: Quote, speaker: ActorSpot, found: list[Candidate], lexicon: EventLexicon,
            token_of: dict[int, int]) -> Candidate | None:
    """«قال لافروف إن موسكو "لن تقبل" اتهامات لندن»: a refusal, warning or praise about another side, in reported speech.

    Only when the quote names another side and nothing else was coded for this speaker in it.
    """
    span = _quote_tokens(doc, q)
    if span is None or span[1] - span[0] < 3:
        return None
    lo, hi = span
    if any(lo <= c.token < hi and any(x.key == speaker.key or _same_side(x, speaker) for x in c.source) for c in found):
        return None
    word = next((j for j in range(lo, hi) if strip_conj(doc.tokens[j].norm) in _STANCE_WORDS
                 and not (j + 1 < hi and doc.tokens[j + 1].norm in _BASED_ON)  # «بناء على»: based on
                 and not _building(doc, j, hi)
                 and not _estimated_at(doc, j, hi)
                 and not _consequences_had(doc, j, lo)
                 and not _firmness_called_for(doc, j, lo)
                 and not (strip_conj(doc.tokens[j].norm) == "الثمن" and not _price_paid(doc, j, lo))
                 and (strip_conj(doc.tokens[j].norm) not in _CONSENT or any(
                     doc.tokens[k].norm in _STANCE_NEGATORS for k in range(max(lo, j - 2), j)))
                 and (strip_conj(doc.tokens[j].norm) not in _HARM or _harm_denied(doc, j, lo))), None)
    if word is None:
        return None
    spots = _other_sides_in(doc, lo, hi, speaker, lexicon, token_of)
    if not spots:
        return None
    # «أن الحكومة لم تسمح إلا لقافلة واحدة»: the other side's own refusal, told by the speaker (but «إن لندن
    # ستواجه عواقب خطوتها» is the speaker's warning to London: only consent verbs are guarded; «المطالب
    # الأمريكية بإطلاق سراح برانسون "غير مقبولة"» is the speaker's verdict on what the side before it asks)
    if strip_conj(doc.tokens[word].norm) in _OTHER_SIDES_OWN_STANCE and any(
            word - STANCE_SUBJECT_GAP <= s.token_end <= word for s in spots):
        return None  # («واثق من أن إيران سترد بقوة»: Iran's own answer, not the speaker's threat to it)
    trigger = _STANCE_WORDS[strip_conj(doc.tokens[word].norm)]
    negated = trigger is _PRAISE and _is_negated(doc, word, lo, set())
    si = sentence_of(doc, word)
    date, date_source = _event_date(doc, si, word)
    return Candidate(TriggerMatch(trigger, False, None), word, si, [speaker], spots[:1], None, negated, None,
                     date, date_source)


_FIRMNESS = frozenset({"حازم", "حازما", "حازمه", "بالمثل"})
_CALLS_FOR = frozenset(normalize_word(w) for w in (
    "ضرورة", "بضرورة", "يجب", "ينبغي", "تستدعي", "يستدعي", "استدعى", "تتطلب", "يتطلب", "دعا", "دعت", "يدعو", "تدعو",
    "طالب", "طالبت", "يطالب", "تطالب", "طلب", "طلبت", "يطلب", "تطلب", "حث", "حثت", "يحث", "تحث"))
# «تعتزم العمل بشكل فوري وحازم»: firmness as the manner of one's own work is no threat either
_MANNER_OF_ACTING = frozenset(normalize_word(w) for w in ("بشكل", "بصورة", "بطريقة", "بموقف"))
CALLED_FIRMNESS_REACH = 8  # words back from «حازما» to the call: «على ضرورة أن يكون رد المجتمع الدولي "حازما"»


def _firmness_called_for(doc: Document, j: int, lo: int) -> bool:
    """«تستدعي ردا حازما», «على ضرورة أن يكون رد المجتمع الدولي "حازما"», «طلب من موسكو أن ترد بالمثل»: a firm or
    like answer asked of others is a call, not the speaker's threat."""
    return strip_conj(doc.tokens[j].norm) in _FIRMNESS and any(
        strip_conj(doc.tokens[k].norm) in _CALLS_FOR | _MANNER_OF_ACTING
        for k in range(max(lo, j - CALLED_FIRMNESS_REACH), j))


_PAYING = frozenset(normalize_word(w) for w in (
    "يدفع", "تدفع", "سيدفع", "ستدفع", "يدفعون", "سيدفعون", "دفع", "دفعت", "ندفع", "سندفع", "يدفعوا", "دفعوا"))


def _price_paid(doc: Document, j: int, lo: int) -> bool:
    """«ستدفع الثمن غاليا»: a price to pay threatens (but «وجهة سياحية رخيصة الثمن» is cheap)."""
    return any(strip_conj(doc.tokens[k].norm) in _PAYING for k in range(max(lo, j - 3), j))


def _harm_denied(doc: Document, j: int, lo: int) -> bool:
    """«لن نقوم بأي ضرر», «ليست لدينا رغبة … بإلحاق الضرر»: a negator a few words before the harm, in its clause."""
    for k in range(j - 1, max(lo, j - HARM_NEGATION_REACH) - 1, -1):
        if doc.tokens[k].text[:1] in "،,.؛;:":
            return False
        if strip_conj(doc.tokens[k].norm) in _HARM_NEGATORS or doc.tokens[k].norm in _HARM_NEGATORS:
            return True
    return False


_TERRORIST = frozenset({"ارهابي", "ارهابيه", "الارهابي", "الارهابيه", "الارهابيين", "ارهابيين"})


def _labelled_terrorist(doc: Document, lo: int, hi: int, spots: list[ActorSpot]) -> tuple[int, ActorSpot] | None:
    """(word, side) for «أنشطة إيران الإرهابية», «ميليشيات الحوثي الإرهابية»: the label right after the side's name.

    Only the word next to the name counts: «الهجمات الإرهابية» elsewhere in the quote names no one.
    """
    for s in spots:
        j = s.token_end
        state = s.entity is None and bool(s.country) or (s.entity is not None and s.entity.label == "LOC")
        if state and j < hi and doc.tokens[j].kind == "word" and strip_conj(doc.tokens[j].norm) in _TERRORIST:
            return j, s  # (a group's fixed epithet, «داعش الإرهابي», is no news and accuses no one)
    return None


# «نحن قمنا بالتدخل للدفاع عن أنفسنا»: the speaker's own deed, which he does not condemn
# «حكم الرئيس المعزول محمد مرسي»: an epithet after a title describes the man, no one condemns him in it
_EPITHET_TITLES = frozenset({"الرئيس", "الرئيسه", "الزعيم", "الحاكم"})
# «يرفض أي تدخل في الأراضي العربية»: any act of the kind, condemned in principle, is no side's act condemned
_ANY_OR_ALL = frozenset({"اي", "ايه", "كل", "جميع"})


def _of_any_kind(doc: Document, j: int, lo: int) -> bool:
    """«أي تدخل», «مثل هذه التدخلات»: the condemning word at j names acts of a kind, not one side's act."""
    before = [without_lam_or_ba(strip_conj(doc.tokens[k].norm)) for k in range(max(lo, j - 2), j)]  # («بأي»)
    return bool(before) and (before[-1] in _ANY_OR_ALL or (len(before) == 2 and before[0] == "مثل"))
# («أمرت القوات المسلحة الفرنسية بالتدخل»: what the speaker ordered his forces to do, a few words on; «إن تركيا لن
# تحتاج إلى التدخل»: what his side may need to do)
_WE_DID = frozenset(normalize_word(w) for w in ("قمنا", "نقوم", "سنقوم", "قمت", "أقوم", "نفذنا", "ننفذ", "أمرت", "أمرنا",
                                                "تحتاج", "يحتاج", "نحتاج", "اضطرت", "اضطر", "اضطررنا", "تضطر", "يضطر",
                                                "نضطر"))
OWN_DEED_REACH = 4  # words before the condemning word where the speaker's own doing of it is told
_ATTACKER_ROLES = ("UAF", "RAD", "REB", "INS")  # gunmen, bombers, rebels: who strike, not who is struck
_HOLDING_LEMMAS = frozenset({"حمل", "اتهم"})  # «حمّل X المسؤولية», «اتهم X بـ»: the object right after the verb
# «احتجاجات غير عدوانية»: not aggressive; «المصالحة الوطنية دون تدخل أجنبي»: without meddling; «أقل عدوانية»: less so
_NEGATING_NOUNS = frozenset({"غير", "لا", "ليس", "ليست", "عدم", "دون", "بدون", "اقل"})
_CONDEMNING_WHEN_DENIED = frozenset({"مبرر", "مبرره"})  # «غير مبرر»: unjustified, which condemns


def _condemning(norm: str) -> bool:
    """«عدوان», «للعدوان», «لعدوانه», «جرائمهم»: a condemning word, with its article or its owner's pronoun."""
    word = _strip_article(norm)
    if word in _CONDEMNING_WORDS:
        return True
    for pronoun in ("هم", "ها", "ه"):
        if word.endswith(pronoun) and word[:-len(pronoun)] in _CONDEMNING_WORDS:
            return True
    return False


def _strip_article(norm: str) -> str:
    for prefix in ("وال", "بال", "لل", "ال", "و", "ب", "ل"):
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 4:
            return norm[len(prefix):]
    return norm


AFFILIATION_WORDS = 3  # words from a title-only speaker to the body he speaks in: «مسؤول في قوات سوريا الديمقراطية»
_AFFILIATED = frozenset({"في", "باسم"})


def _quote_speaker_spot(doc: Document, q: Quote, token_of: dict[int, int]) -> ActorSpot | None:
    """The speaker of a quote as an actor spot, when it is a linked entity, or the body a title-only speaker
    speaks in («وقال مسؤول في قوات سوريا الديمقراطية ريدور خليل»)."""
    sp = q.speaker
    if sp is not None and sp.entity is None:
        return _speakers_body(doc, sp, token_of)
    if sp is None:
        return None
    entity = next((e for e in doc.entities if e.id == sp.entity), None)
    if entity is None:
        return None
    mention = next((m for m in entity.mentions if m.kind != "pronoun"), None)
    start, end = (sp.start, sp.end) if sp.start is not None and sp.end is not None else \
        ((mention.start, mention.end) if mention is not None else (None, None))
    if start is None or end is None:
        return None
    ts = token_of.get(start, 0)
    if entity.label == "LOC" and names_a_newspaper(doc, ts):
        return None  # «كشفت صحيفة "واشنطن تايمز"»: the newspaper told it, not the city
    return ActorSpot(ts, ts + 1, start, end, entity)


def _speakers_body(doc: Document, sp: Actor, token_of: dict[int, int]) -> ActorSpot | None:
    """«الكولونيل الأكاديمي الكبير في جيش الصين», «مسؤول في قوات سوريا الديمقراطية»: the organisation (or the state
    whose army or ministry it is) named right after «في»/«باسم» behind a speaker the linker could not name."""
    if sp.end is None or sp.start is None:
        return None
    words = doc.text[sp.end:sp.end + 80].split()
    if not words or words[0] not in _AFFILIATED:
        return _body_in_title(doc, sp.start, token_of)
    if len(words) > 1 and normalize_word(words[1]) in _CHANNELS:
        return None  # «وقال المركز في تغريدة على تويتر»: where he said it, not the body he speaks for
    reach = sp.end + len(" ".join(words[:AFFILIATION_WORDS + 1])) + 1
    return next((ActorSpot(token_of[m.start], token_of[m.start] + 1, m.start, m.end, e) for e, m in _bodies(doc)
                 if sp.end < m.start <= reach and m.start in token_of), None)


def _bodies(doc: Document) -> Iterator[tuple[Entity, Mention]]:
    """Each named mention of an organisation or a country: the bodies a speaker may speak for."""
    lexicon = load_lexicon()
    for e in doc.entities:
        if e.label == "ORG" or names_its_country(e, lexicon):
            yield from ((e, m) for m in e.mentions if m.kind != "pronoun")


def _body_in_title(doc: Document, name_start: int, token_of: dict[int, int]) -> ActorSpot | None:
    """«وقال مسؤول مكتب العلاقات العامة في قوات سوريا الديمقراطية ريدور خليل»: a named speaker the linker could not
    name speaks for the organisation his title puts him in, named right before his name after «في»/«باسم»."""
    for e, m in _bodies(doc):
        before = doc.text[max(0, m.start - 12):m.start].split()
        if 0 <= name_start - m.end <= 1 and before and before[-1] in _AFFILIATED and m.start in token_of:
            return ActorSpot(token_of[m.start], token_of[m.start] + 1, m.start, m.end, e)
    return None


def _humanitarian_body(spot: ActorSpot) -> bool:
    """The UN system, its officials, and non-governmental groups (CAMEO «IGOUNO…», «NGO…»): they hold no force."""
    return spot_code(spot).startswith(("IGOUNO", "NGO"))


def _says(doc: Document, spot: ActorSpot) -> bool:
    """Whether the actor is the subject of the speech verb right before it: «وأضاف الزوي»."""
    t = spot.token_start - 1
    if t < 0 or doc.tokens[t].kind != "word":
        return False
    cue = SPEECH_CUES.get(strip_conj(doc.tokens[t].norm))
    return cue is not None and cue.form == "verb" and cue.lemma in _TELLING


# speech verbs whose subject follows them and that act on no one («ودعا مجلس الأمن»: the council is called on;
# «تابع للحركة» belongs to the movement, «ذكر» is also "male")
_TELLING = frozenset({"قال", "أضاف", "أكد", "أوضح", "صرح", "أشار", "شدد", "أفاد", "نوه", "أردف", "استطرد"})


def _same_side(a: ActorSpot, b: ActorSpot) -> bool:
    """Two actors of one country («لافروف» and «روسيا») are one side."""
    ca, cb = a.side, b.side
    return bool(ca) and ca == cb


def _subordinate_before(doc: Document, j: int, i: int, lo: int) -> bool:
    """Whether the act at token j, before the participle at i, is told inside the main clause rather than being
    it: in quotation marks that close before i («بعد "حوادث إطلاق نار من قبل قوات تدعمها إيران"، محذرة»), or in
    a relative clause that runs unbroken from its pronoun to j («البصرة التي تشهد احتجاجات واسعة»)."""
    if word_in_clause_before(doc, j - 1, j - lo, RELATIVE_PRONOUNS, ".،,؛;:"):
        return True
    opening = next((k for k in range(j - 1, lo - 1, -1) if doc.tokens[k].text in QUOTE_MARKS), None)
    return opening is not None and opens_quote(doc, opening) \
        and any(doc.tokens[k].text in QUOTE_MARKS and not opens_quote(doc, k) for k in range(j + 1, i))


def _inside_reported(doc: Document, j: int, lo: int) -> bool:
    """Whether token j stands in a clause after «أن» (reported or embedded), within its sentence."""
    return any(doc.tokens[k].norm in SAYING_THAT for k in range(lo, j))


def _clause_target(doc: Document, i: int, hi: int, source: list[ActorSpot], spots: list[ActorSpot],
                   lexicon: EventLexicon, violent: set[int] | frozenset[int] = frozenset()) -> list[ActorSpot]:
    """The first actor of another side in the rest of the sentence: the clause a warning or demand is about
    (`violent`: the tokens of the sentence's violence triggers)."""
    countries = {s.side for s in source if s.side}
    keys = {s.key for s in source}
    channel_end: int | None = None  # where a channel the words went through ends
    for s in spots:
        if s.token_start <= i or s.token_start >= hi or s.key in keys or s.side in countries \
                or in_source_title(doc, s, source) or (channel_end is not None and nisba_after(doc, channel_end, s)) \
                or in_the_subjects_relative_clause(doc, i, s, source) or aim_of_weapons(doc, s, i):
            continue  # (nor the speaker's own organisation in his title, nor the channel's country, nor a side
            # named in a clause set off after the subject: «وحذر إينجه، الذي أعادت حملته الحياة إلى المعارضة، من»,
            # nor where the weapons acted on are fired: «تعهدت روسيا بإسقاط جميع الصواريخ الموجهة إلى سوريا»)
        if opens_next_clause(doc, s, spots):
            return []  # «فرنسا تدين والاتحاد الأوروبي يكرر دعوته»: a side with a verb of its own opens the next clause
        if saying_clause_between(doc, i + 1, s.token_start) or contrast_clause_between(doc, i + 1, s.token_start):
            return []  # «دعت فرنسا … إلى تجنب تصعيد جديد وقال وزير الخارجية الفرنسي»: who speaks next, in a clause of
            # his own; «حذرت موريتانيا من إخفاق الأمن الإقليمي … بينما استهدف جنود فرنسيون»: while another side acts
        if s.entity is None:
            if s.country:
                return [s]  # «من قبل السلطات التركية»
            continue
        if not lexicon.can_act(s.entity.label, s.entity.name_en, s.entity.cameo):
            continue
        if s.entity.label == "LOC" and _word_before(doc, s.token_start) == "في" \
                and not any(i < k < s.token_start for k in violent):
            continue  # «القوات الروسية في سوريا»: where, not whom (but «حذر بأنه سيقصف مواقع في سوريا»)
        if _word_before(doc, s.token_start) == "لدي":
            continue  # «نيبنزيا لدى الأمم المتحدة»: where an envoy is posted
        if without_lam_or_ba(strip_conj(_word_before(doc, s.token_start))).removeprefix("ال") in _RESOLUTIONS:
            continue  # «يجب أن تكون للضغط على تنفيذ قرار مجلس الأمن الدولي 2216»: who passed the resolution
        if backing(doc, s):
            continue  # «تطالب جبهة بوليساريو المدعومة من الجزائر باستقلالها»: who backs the source is no target
        if as_reported_by(doc, s) or by_means(doc, s) or is_medium(s):
            channel_end = s.token_end
            continue  # «حذرت تركيا، حسبما ذكرت رويترز، من …»: who reported the warning; «في مقابلة مع شبكة "سي بي إس"»:
            # the channel he spoke on
        return [s]
    return []


_RESOLUTIONS = frozenset({"قرار", "قرارات", "قراري"})  # a body's resolutions, whose genitive is who passed them


def _after_subordinator(doc: Document, i: int) -> bool:
    """«قبل أن يشكر», «بعد أن التقى»: the verb goes on from what its subject said or did just before."""
    prev = [strip_conj(doc.tokens[j].norm) for j in range(max(0, i - 2), i)]
    return len(prev) == 2 and prev[0] in ("قبل", "بعد") and prev[1] == "ان"


def _after_necessity(doc: Document, i: int, lo: int) -> bool:
    """«ضرورة سحب», «لا بد من سحب», «يجب رفع»: the masdar follows a word of necessity."""
    words = [strip_conj(doc.tokens[j].norm) for j in range(max(lo, i - 3), i)]
    return any(w in _NECESSITY for w in words[-2:]) or words[-3:] == ["لا", "بد", "من"]


def _no_subject_next(doc: Document, i: int, hi: int) -> bool:
    """«حيث التقى مع», «حيث يعقد حاليا اجتماعا», «حيث عقدت اليوم»: a preposition, a time or an accusative right after
    the verb, so no subject of its own follows it (not «حيث تجتمع بائعات الهوى», «حيث يلتقي الفائز»)."""
    if i + 1 >= hi or doc.tokens[i + 1].kind != "word":
        return False
    word = strip_conj(doc.tokens[i + 1].norm)
    return is_preposition(word) or doc.tokens[i + 1].start in _time_starts(doc) \
        or (word.endswith("ا") and not word.startswith("ال") and len(word) > 3)


def _main_subject_besides(doc: Document, i: int, lo: int, spots: list[ActorSpot], lexicon: EventLexicon,
                          others: list[ActorSpot]) -> list[ActorSpot]:
    """The clause's first actor (`_main_subject`), unless it is one of `others` (the verb's own object)."""
    keys = {x.key for x in others}
    return [s for s in _main_subject(doc, i, lo, spots, lexicon) if s.key not in keys]


def _main_subject(doc: Document, i: int, lo: int, spots: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«ويرى بوتين ضرورة سحب …»: the first actor of the clause, when nothing governs it (nor the noun it is the
    adjective of: «لحمايتهم من الرصاص الإسرائيلي، ورشقوا»)."""
    for s in spots:
        if s.token_end > i:
            break
        if s.token_start >= lo and s.entity is not None and not governed(doc, s) \
                and not adjective_of_a_governed_noun(doc, s) \
                and lexicon.can_act(s.entity.label, s.entity.name_en, s.entity.cameo):
            return [s]
    return []


_DURING = frozenset(normalize_word(w) for w in ("خلال", "أثناء", "لدى", "إبان"))


def _circumstance_of_the_clause(doc: Document, i: int, lo: int) -> bool:
    """«…، خلال لقاء مع كيري», «…»، وذلك خلال لقاء مع جنود»: the noun at i, after «خلال» that follows a comma (and
    «وذلك»), tells when the clause's act was done."""
    comma = i - 3 if i > 2 and doc.tokens[i - 2].norm in _THAT_WAS else i - 2
    return comma > lo and doc.tokens[i - 1].norm in _DURING and doc.tokens[comma].text in "،,"


_THAT_WAS = frozenset({"وذلك", "ذلك"})


def _nearest_actor_before(doc: Document, i: int, lo: int, spots: list[ActorSpot], other: ActorSpot,
                          lexicon: EventLexicon) -> list[ActorSpot]:
    for s in reversed(spots):
        if s.token_end > i or s.token_start < lo:
            continue
        if governed(doc, s) or _same_side(s, other) or (s.entity is None and not s.country) \
                or last_adjective_of_a_thing(doc, s):
            continue  # («الاتفاق النووي الإيراني … سيؤثر على المحادثات مع كوريا الشمالية»: the accord's nisba)
        if s.entity is None or lexicon.can_act(s.entity.label, s.entity.name_en, s.entity.cameo):
            return [s]
    return []


def _with_next(doc: Document, i: int, spot: ActorSpot) -> bool:
    """«المحادثات مع كوريا الشمالية»: the side comes right after the masdar's «مع» (an adjective may come between)."""
    words = [j for j in range(i + 1, spot.token_start) if doc.tokens[j].kind == "word"]
    return 1 <= len(words) <= 2 and doc.tokens[words[-1]].norm == "مع"


def _word_before(doc: Document, j: int) -> str:
    return doc.tokens[j - 1].norm if j > 0 else ""


_TAMMA = frozenset({"تم", "يتم", "سيتم", "تمت", "ستتم", "جري", "يجري", "جرت", "تجري"})
TAMMA_BACK = 3  # words from «تم» to its masdar: «حتى يتم بشكل مشترك طرد مقاتلي داعش»


def _done_by_tamma(doc: Document, i: int) -> bool:
    """«حتى يتم بشكل مشترك طرد مقاتلي داعش», «تم قتل»: what «تم» says was done is a masdar (the passive of
    news), so the side after it is who it was done to."""
    words = [k for k in range(i - 1, max(-1, i - 1 - 2 * TAMMA_BACK), -1) if doc.tokens[k].kind == "word"][:TAMMA_BACK]
    return any(strip_conj(doc.tokens[k].norm) in _TAMMA for k in words) \
        and not any(doc.tokens[k].kind == "punct" for k in range(min(words, default=i), i))


_CLAIMING = frozenset({"تبني", "تبنت", "يتبني", "تتبني", "تبنوا", "يتبنون"})
CLAIMED_ACT_BACK = 5  # words from «تبنى» past its subject to the act claimed


def _claimed_act(doc: Document, i: int) -> bool:
    """«تبنت الحركة الكردية قتل شرطيين تركيين»: what a side claims is an act done, a masdar whose genitive is
    who was killed, not a verb whose subject follows."""
    return word_in_clause_before(doc, i - 1, CLAIMED_ACT_BACK, _CLAIMING, ".،,؛;:؟?!")


def _after_light_verb(doc: Document, i: int) -> bool:
    """A light verb («جدد», «أعلن», «أكد») a few words before, in the same clause (a clause that «أن» opens
    is another: «أكدت مصادر الحكومة أن قوات الشرعية استعادت السيطرة» has a verb of its own)."""
    sentence_start = next((s.token_start for s in doc.sentences if s.token_start <= i < s.token_end), 0)
    aside = _prepositional_aside_before(doc, i, sentence_start)  # «أعلن تنظيم داعش عبر حسابات تابعة له، سيطرته»
    skipped = i - aside if aside is not None else 0
    for j in range(i - 1, max(sentence_start, i - LIGHT_VERB_BACK - skipped) - 1, -1):
        if aside is not None and aside <= j < i:
            continue
        tok = doc.tokens[j]
        if tok.kind == "punct" and tok.text[:1] in ".،,؛;:؟?!" and not _apposition_comma(doc, j):
            return False
        if j < i - 1 and tok.norm in SAYING_THAT:
            return False
        if light_verb(tok.norm) is not None:
            return True
    return False


PREPOSITIONAL_ASIDE_WORDS = 8  # words of a prepositional aside closed by a comma: «عبر حسابات إلكترونية تابعة له،»


def _prepositional_aside_before(doc: Document, i: int, lo: int) -> int | None:
    """Where a prepositional phrase closed by a comma right before token i opens («عبر حسابات إلكترونية تابعة
    له،», «، في بيان صادر عن وزارة الخارجية،»), with a word before it; None when there is none."""
    if i < 2 or doc.tokens[i - 1].text not in ("،", ","):
        return None
    opened = None
    for words, j in enumerate(range(i - 2, max(lo, i - 2 - PREPOSITIONAL_ASIDE_WORDS) - 1, -1), start=1):
        tok = doc.tokens[j]
        if tok.kind != "word":
            if tok.text in ("،", ",") and opened == j + 1:
                opened = j  # «، في بيان صادر عن وزارة الخارجية،»: set off on both sides
            break
        if words <= PREPOSITIONAL_ASIDE_WORDS and is_preposition(strip_conj(tok.norm)):
            opened = j
    return opened if opened is not None and opened > lo else None


APPOSITION_WORDS = 3  # «أعاد الرئيس الأمريكي، دونالد ترامب، فرض»: a name set off by two commas


def _apposition_comma(doc: Document, j: int) -> bool:
    """One of two commas around a short name in apposition, which does not end the clause."""
    if doc.tokens[j].text not in "،,":
        return False
    for step in (1, -1):
        k = j + step
        while 0 <= k < len(doc.tokens) and abs(k - j) <= APPOSITION_WORDS + 1:
            if doc.tokens[k].text in "،,":
                return abs(k - j) > 1
            if doc.tokens[k].kind != "word":
                break
            k += step
    return False


def _our(norm: str) -> bool:
    """«دعوتنا», «رفضنا», «إدانتنا»: a masdar with «ـنا», the speaker's own (not «الحسنا»-like words)."""
    return norm.endswith("نا") and len(norm) >= 6 and not norm.startswith("ال")


def _we_do(norm: str, lemma: str) -> bool:
    """«ندعم», «وسنرد»: the present tense of «we», not a verb whose root begins with «ن» («ندد», «نفى»)."""
    for prefix in ("وس", "فس", "و", "ف", "س", ""):
        if norm.startswith(prefix) and len(norm) > len(prefix) + 2:
            rest = norm[len(prefix):]
            return rest.startswith("ن") and not lemma.startswith("ن") and not rest.startswith(lemma)
    return False


def _speaker_source(doc: Document, i: int, spots: list[ActorSpot], *, after: bool = False) -> list[ActorSpot]:
    """In «قال لافروف: "سنرد"», the speaker is the source of an event in his own words with no other subject.

    With `after`, also a verb right after the quote: «قال تميم "…"، قبل أن يشكر للرئيس الأمريكي».
    """
    offset = doc.tokens[i].start
    for q in doc.quotes:
        inside = q.start <= offset < q.end
        just_after = after and q.end <= offset and len(doc.text[q.end:offset].split()) <= 3
        if (inside or just_after) and q.speaker is not None and q.speaker.entity:
            for s in spots:
                if s.entity is not None and s.entity.id == q.speaker.entity and not (q.start <= s.start < q.end):
                    return [s]
            for e in doc.entities:
                if e.id == q.speaker.entity and e.mentions:
                    m = next((m for m in e.mentions if m.kind != "pronoun"), None)
                    if m is not None:
                        return [ActorSpot(i, i, m.start, m.end, e)]
    return []


def _they_not_him(doc: Document, i: int, speaker: list[ActorSpot]) -> bool:
    """«أنهم» before the verb at i, told by one person: «ـهم» are others (but «قال المسؤولون إنهم» are they)."""
    that = that_he_before(doc, i)
    return that is not None and doc.tokens[that].norm.endswith("هم") and bool(speaker) and all(map(_is_person, speaker))


_EXCEPT = frozenset({"سوي", "الا"})
_FIRST_TIME = frozenset({"اول", "المره"})  # «ليست أول مرة», «ليست المرة الأولى»


def _is_negated(doc: Document, i: int, lo: int, triggers: set[int]) -> bool:
    """«لم يلتق», «لن يزور», «نفى … زيارة», «عدم توقيع»; the search stops at a clause boundary."""
    if _denied_report(doc, i, lo) or _any_under_negation(doc, i, lo) or _denied_that(doc, i, lo, triggers) \
            or _refrained_from(doc, i, lo):
        return True
    if any(doc.tokens[k].norm in _EXCEPT for k in range(i + 1, min(len(doc.tokens), i + 3))):
        return False  # «لا تستهدف سوى المسلحين», «لا يستهدف إلا»: it strikes only them, which it does
    outside: bool | None = None  # the act stands outside quotation marks (counted at the first mark met)
    quoted = False
    for j in range(i - 1, max(lo, i - NEGATION_WINDOW) - 1, -1):
        tok = doc.tokens[j]
        if tok.text in QUOTE_MARKS:
            if outside is None:
                outside = sum(doc.tokens[k].text in QUOTE_MARKS for k in range(lo, i)) % 2 == 0
            if outside:
                quoted = not quoted
                continue
        if quoted:
            continue  # «"على المستوى الصناعي دون أي قيود" مطالبا الدول الأوروبية»: a quotation closed before the act
            # negates nothing after it
        if tok.kind == "punct" and tok.text[:1] in ".،,؛;:؟?!":
            return False
        if tok.norm in BOUNDARY:
            return False
        if tok.norm not in _NEGATORS and strip_conj(tok.norm) in _DENYING:
            # «ونفت الخارجية الإيرانية زيارة ظريف»: the denial with its conjunction (but not a second verb of its own)
            return not (conjoined(doc.tokens[i]) or _other_verb_between(doc, j + 1, i))
        if j in triggers and tok.norm not in _NEGATORS:
            if j + 1 < i and doc.tokens[j + 1].norm in ("او", "ولا"):
                continue  # «لا وجود لحرب أو مفاوضات»: the negation spans the alternatives
            return False
        if j == i - 1 and _that_not(tok, doc.tokens[i]):
            return True  # «أتمنى أن يعود ترامب إلى صوابه وألا ينسحب من الاتفاق»: hoped he will not withdraw
        if j < i - 1 and tok.norm in _NEGATORS and _other_verb_between(doc, j + 1, i):
            return False  # «ولم يساهم وضع برانسون»: «لم» negates «يساهم», not what follows it
        if tok.norm in _NEGATORS:
            if tok.norm in _DENYING and conjoined(doc.tokens[i]) and j < i - 1:
                return False  # «نفت السلطات البريطانية الاتهامات ووصفتها بأنها مزاعم»: a second verb of its own
            if tok.norm in _NEGATOR_NOT_BEFORE_NOUN and j != i - 1 and doc.tokens[j + 1].norm not in _EXISTENCE \
                    and not (strip_conj(doc.tokens[j + 1].norm) in _INTENT_OR_ABLE and all(
                        doc.tokens[k].norm in _CARRYING_MASDARS for k in range(j + 2, i))) \
                    and doc.tokens[j + 1].norm not in CARRYING_OUT_VERBS:
                continue  # (but «لا وجود لمفاوضات», «لا يوجد اتفاق»: there is none; «لا تنوي عقد اجتماع», «لا
                # تعتزم توجيه ضربات جديدة»: no plan; «لا يستطيع استقبال الملايين»: no means; «لا تنفذ وزارة
                # الدفاع ضربات جوية في سوريا»: none carried out)
            if tok.norm == "غير" and j != i - 1:
                continue
            if tok.norm in ("ليس", "ليست") and strip_conj(doc.tokens[j + 1].norm) in _NOT_ONLY:
                continue  # «ليس منذ بدء الاحتجاجات … فحسب، بل»: not only since then; the protests took place
            if tok.norm in ("ليس", "ليست") and j + 1 < i and strip_conj(doc.tokens[j + 1].norm) in _FIRST_TIME:
                continue  # «وهذه ليست أول مرة تتهم فيها إسرائيل أسرى محررين»: not the first time; it does
            if tok.norm in ("دون", "بدون") and doc.tokens[j + 1].norm == "طيار":
                continue  # «طائرتين دون طيار أطلقهما الحوثيون لاستهداف»: a drone, unmanned
            if tok.norm in _NOT_ONLY_NEGATORS and _only_but_after(doc, i):
                continue  # «ولا يندد ترامب بتورط إيران … فحسب وإنما ينتقد»: not only does he condemn, he does
            return True
    return False


def _that_not(tok: Token, verb: Token) -> bool:
    """«ألا», «وألا» (أن لا) right before an imperfect verb, not «إلا» (except), which folds to the same letters."""
    return strip_conj(tok.norm) == "الا" and not tok.text.lstrip("وف").startswith("إ") \
        and verb.norm[:1] in ("ي", "ت", "ن")


_NOT_ONLY_NEGATORS = frozenset({"لا", "ولا", "ليس", "ليست"})
# verbs of holding back from an act, with «عن» («امتنعت روسيا عن إدانة», «أحجم عن تأييد») or its object («تجنب انتقاد»)
_REFRAINING = frozenset(normalize_word(w) for w in (
    "امتنع", "امتنعت", "يمتنع", "تمتنع", "امتنعوا", "امتناع", "أحجم", "أحجمت", "يحجم", "تحجم", "أحجموا", "إحجام"))
_AVOIDING = frozenset(normalize_word(w) for w in ("تجنب", "تجنبت", "يتجنب", "تتجنب", "تجنبوا", "تفادى", "تفادت"))


def _refrained_from(doc: Document, i: int, lo: int) -> bool:
    """«وأحجم عن تأييد السياسات السعودية», «امتنعت الصين عن التصويت», «تجنب انتقاد موسكو»: the act the subject held
    back from did not take place."""
    if i - 1 >= lo and strip_conj(doc.tokens[i - 1].norm) in _AVOIDING:
        return True
    return i - 2 >= lo and doc.tokens[i - 1].norm == "عن" and strip_conj(doc.tokens[i - 2].norm) in _REFRAINING


_ONLY = frozenset({"فحسب", "فقط"})
_BUT_ALSO = frozenset(normalize_word(w) for w in ("بل", "وإنما", "إنما", "ولكن", "لكن", "وانما"))
ONLY_REACH = 20  # tokens from the trigger to the «فحسب» of «لا … فحسب بل …»


def _only_but_after(doc: Document, i: int) -> bool:
    """«لا يندد … فحسب وإنما ينتقد», «ليس … فقط بل»: the negation says «not only», and the act took place."""
    end = doc.sentences[sentence_of(doc, i)].token_end
    for j in range(i + 1, min(end, i + ONLY_REACH)):
        if doc.tokens[j].norm in _ONLY:
            return any(doc.tokens[k].norm in _BUT_ALSO or strip_conj(doc.tokens[k].norm) in _BUT_ALSO
                       for k in range(j + 1, min(end, j + 4)))
    return False


# «نفى البحيري الخبر الذي تداولته بعض وسائل الإعلام بخصوص زيارته لشيبوب»: what a denied report is about
_REPORT_NOUNS = frozenset(normalize_word(w) for w in (
    "الخبر", "الأخبار", "الأنباء", "التقارير", "التقرير", "الشائعات", "الإشاعات", "المعلومات", "الادعاءات",
    "المزاعم", "ما"))
_ABOUT = frozenset(normalize_word(w) for w in ("بخصوص", "حول", "عن", "بشأن", "بشان"))
_DENYING = frozenset(normalize_word(w) for w in ("نفى", "ينفي", "نفت", "تنفي", "نفوا", "كذب", "كذبت", "يكذب", "تكذب",
                                                 # «استبعد لقاء روحاني وأوباما»: ruled out, no meeting
                                                 "استبعد", "استبعدت", "يستبعد", "تستبعد", "استبعدوا"))
_DENIALS_OR_MASDAR = _DENYING | {"نفي"}  # «تأكيد أو نفي»: the masdar too
REPORT_REACH = 16  # tokens from the masdar back to the report noun it is about, and from it back to the denial
_CLAUSE_ENDS = ".؛;:؟?!"


def _denied_report(doc: Document, i: int, lo: int) -> bool:
    """The trigger is what a report its clause denies is about: «نفى … الخبر … بخصوص زيارته»."""
    if i == 0 or strip_conj(doc.tokens[i - 1].norm) not in _ABOUT:
        return False
    report = index_in_clause_before(doc, i - 2, REPORT_REACH, _REPORT_NOUNS, _CLAUSE_ENDS)
    return report is not None and report > lo \
        and word_in_clause_before(doc, report - 1, min(REPORT_REACH, report - lo), _DENYING, _CLAUSE_ENDS)


DENIED_THAT_REACH = 8  # tokens from the act back to «أن», and from «أن» back to the denial (its subject between:
# «ونفى البنتاغون أن تكون الولايات المتحدة قد نفذت هذه الغارات»)
_BEING = frozenset(normalize_word(w) for w in ("يكون", "تكون", "يكونوا", "يكونا", "تكونا", "قد"))


def _denied_that(doc: Document, i: int, lo: int, triggers: set[int]) -> bool:
    """«ونفى اردوغان بقوة ان تكون تركيا تساعد تنظيم داعش»: the act of a «أن» clause a denial governs is said not
    to have happened (not one after another act in the clause: «نفى أن يكون الجيش انسحب ثم قصف»)."""
    that = index_in_clause_before(doc, i - 1, min(DENIED_THAT_REACH, i - lo), THAT_WORDS, _CLAUSE_ENDS + "،,")
    if that is None or any(k in triggers and strip_conj(doc.tokens[k].norm) not in _BEING for k in range(that + 1, i)):
        return False
    return word_in_clause_before(doc, that - 1, min(DENIED_THAT_REACH, that - lo), _DENYING, _CLAUSE_ENDS + "،,")


_ABLE = frozenset(normalize_word(w) for w in ("يستطيع", "تستطيع", "نستطيع", "يستطيعون", "يمكن", "يمكنه", "يمكنها",
                                               "يمكنهم", "يمكننا", "تمكن", "يتمكن", "تتمكن"))
_INTENT_OR_ABLE = _INTENT_WORDS | _ABLE
# masdars that carry the act their complement names: «توجيه ضربات», «شن هجوم», «إجراء محادثات»
_CARRYING_MASDARS = frozenset(normalize_word(w) for w in ("توجيه", "شن", "تنفيذ", "إجراء", "القيام", "بشن", "بتوجيه"))


_ANY = frozenset({"اي", "ايه"})
_KIND_WORDS = frozenset(normalize_word(w) for w in ("عملية", "عمليات", "نوع", "شكل")) | _CARRYING_MASDARS
ANY_NEGATION_REACH = 8  # tokens from «أي» back to the negator it stands under


def _any_under_negation(doc: Document, i: int, lo: int) -> bool:
    """«لم تشهد عدن خلال اليومين الأخيرين أي عملية استهداف»: «أي» before the act, under a negator earlier in its
    clause, says none happened."""
    k = i - 1
    while k > lo and strip_conj(doc.tokens[k].norm) in _KIND_WORDS:
        k -= 1
    if k < lo or without_lam_or_ba(strip_conj(doc.tokens[k].norm)) not in _ANY:
        return False  # («لم تتعرض لأي هجوم»)
    for j in range(k - 1, max(lo, k - ANY_NEGATION_REACH) - 1, -1):
        tok = doc.tokens[j]
        if tok.kind == "punct" and tok.text[:1] in ".،,؛;:؟?!":
            return False
        if tok.norm in _NEGATORS and tok.norm not in ("غير", "دون", "بدون"):
            return True
    return False


def _other_verb_between(doc: Document, a: int, b: int) -> bool:
    """A present-tense verb other than a light verb in tokens [a, b): «يساهم», but not «يعلن»."""
    for j in range(a, b):
        norm = strip_conj(doc.tokens[j].norm)
        if len(norm) >= 4 and norm[0] in "يت" and norm not in LIGHT_VERBS and norm not in ("يتم", "تتم") \
                and norm not in TAKING_VERBS and norm not in _CARRYING_MASDARS and norm not in _ABLE:
            return True  # (a masdar like «توجيه» or «تنفيذ» looks like one, and is none; «لا يستطيع استقبال»:
            # being unable negates what one is unable to do)
    return False


def _modality(doc: Document, i: int, m: TriggerMatch, lo: int, hi: int, sentence: Sentence) -> str | None:
    """question, condition, intent or future (None: asserted as happening or having happened)."""
    words = [doc.tokens[j].norm for j in range(lo, hi)]
    if "؟" in sentence.text or "?" in sentence.text or (words and words[0] in ("هل", "وهل")):
        return "question"
    window = [strip_conj(doc.tokens[j].norm) for j in range(max(lo, i - 6), i)]
    barrier = max((n for n, w in enumerate(window) if w in _TIME_OF), default=-1)
    window = window[barrier + 1:]  # «بدا "مستعدا" خلال محادثاتهما»: ready during talks held, not talks intended
    if any(w in _CONDITION_WORDS for w in window[-4:]) and any(w in ("اذا", "لو", "واذا", "حال") for w in window):
        return "condition"
    if m.trigger.kind == "noun" and any(w in ("اذا", "لو") and n + 1 < len(window)
                                        and window[n + 1] in CARRYING_OUT_VERBS for n, w in enumerate(window)):
        return "condition"  # «إذا نفذت الولايات المتحدة وبريطانيا وفرنسا ضربة عسكرية»: past the verb's subject
    if window and window[-1] in _UNREAL_THEN:
        return "condition"  # «لو لم أكن هنا، لكنا نخوض حربا مع كوريا الشمالية»: what would have been, and is not
    if any(w in _INTENT_WORDS for w in window):
        return "intent"
    if m.trigger.code[:2] == "04" and m.trigger.kind != "verb" and i > lo and (
            strip_conj(doc.tokens[i - 1].norm) in SEEKING_VERBS
            or any(w in SEEKING_VERBS for w in window[-LIGHT_VERB_TITLE - 2:-1])):
        return "intent"  # «سفير روسيا يطلب لقاء جونسون», «اقترح بوتين لقاء ترامب»: a meeting sought, not held
    after = [doc.tokens[j].norm for j in range(i + 1, min(hi, i + 7))]  # «لقاء ترامب-كيم "في طور الإعداد"»
    after = after[:next((k for k, w in enumerate(after) if strip_conj(w) in THAT_WORDS), len(after))]
    # («بعد لقائه بالملك بأنه من المتوقع أن يزور»: what is expected is told in the clause «بأنه» opens)
    if m.future or any(w in _FUTURE_WORDS for w in window) or any(w in _FUTURE_WORDS for w in after):
        return "future"
    if window and window[-1] == "قد" and m.trigger.kind == "verb" and _imperfect(strip_conj(doc.tokens[i].norm), m.trigger.lemma):
        return "future"  # «قد يعود»: may return, not yet happened (but «قد توجه إلى دمشق»: had gone)
    if any(w in _CAN for w in window[-3:]):
        return "future"  # «أكد أن قواته يمكنها "اقتحام" عفرين في أي وقت»: what one can do is not yet done
    return None


def _imperfect(verb: str, lemma: str) -> bool:
    """«يعود», «تتوجه»: a verb in the imperfect — not a past of «تـ» whose lemma opens so too: «توجه», «تعهدت»."""
    return verb[:1] in "يتن" and not (lemma[:1] == "ت" and verb[:2] == lemma[:2])


# «يمكنها اقتحام», «يستطيع الرد»: able to (not «تمكنت من», which tells it was done)
_CAN = frozenset(normalize_word(w) for w in ("يستطيع", "تستطيع", "نستطيع", "يستطيعون", "يمكن", "يمكنه", "يمكنها",
                                             "يمكنهم", "يمكننا", "بإمكانه", "بإمكانها", "بإمكاننا", "بامكانه", "بامكانها"))


# «انعقدت القمة غداة ضربات شنتها …»: the strikes were the day before the summit; «عشية الزيارة»: the day after
_DAY_SHIFT = {normalize_word("غداة"): -1, normalize_word("عشية"): 1}


def _event_date(doc: Document, si: int, i: int, verb: bool = False, *, past: bool = False, done: bool = False,
                made_now: bool = False) -> tuple[str | None, str | None]:
    """The date of the clause around the trigger (a `verb`, or a noun), a day earlier after «غداة» («the morning
    after») and a day later after «عشية» («on the eve of»): the clause's date is then that of the other act. Beside a
    verb in the `past`, a month named without its year that would fall after publication is last year's. An act
    told as `done` (not intended, expected or conditional) takes no date after publication from another clause, and
    one `made_now` (a call) none at all: that is the day of what it calls for."""
    date, source = _clause_date(doc, si, i, verb, past, done, made_now)
    word = i - 1
    while word >= doc.sentences[si].token_start and doc.tokens[word].kind != "word":
        word -= 1
    shift = _DAY_SHIFT.get(strip_conj(doc.tokens[word].norm)) if word >= doc.sentences[si].token_start else None
    if shift is None or date is None or not _FULL_DAY.match(date):
        return date, source
    if source == "expression" and any(tx.start > doc.tokens[word].start and tx.value == date
                                      for tx in _times_by_sentence(doc)[si]):
        return date, source  # «غداة ضربات السبت»: the act's own date is told
    day = _dt.date.fromisoformat(date) + _dt.timedelta(days=shift)
    return day.isoformat(), source


_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COMMAS = ("،", ",")


def _in_relative_aside(doc: Document, trigger_start: int, at: int, after_a_verb: bool = False) -> bool:
    """Whether the text at `at`, after the trigger, stands in a relative clause set off by commas after it
    («، الذي وصل مساء السبت إلى القاهرة،»), which tells another verb's circumstances; after a verb and past its
    complement, one that runs to the sentence's end does too, since no verb is a relative pronoun's antecedent
    («هاجم إسرائيل، متوعدا باستعادة الجولان، الذي احتلته عام 1967»; but «وصافح ماكغينيس، الذي كان نائب الوزير الأول
    الملكة أثناء زيارتها … في 2012»: an aside on the subject may lack its closing comma)."""
    if at <= trigger_start:
        return False
    comma = max(doc.text.rfind(c, trigger_start, at) for c in _COMMAS)
    if comma < 0:
        return False
    first = doc.text[comma + 1:at].split()
    if not first or normalize_word(first[0]) not in RELATIVE_PRONOUNS:
        return False
    if after_a_verb and _past_a_complement(doc.text[trigger_start:comma]):
        return True
    # closed by a comma: an aside, not a relative clause running to the end that describes the trigger
    # («الاتفاق النووي …، الذي تم التوصل إليه في الرابع عشر من الشهر الماضي»)
    rest = re.split(r"[.؛;:؟?!]", doc.text[at:at + 200], maxsplit=1)[0]
    return any(c in rest for c in _COMMAS)


SUBJECT_AFTER_VERB_WORDS = 4  # words of a subject named right after its verb, before a relative clause on it


def _in_the_subjects_relative_clause(doc: Document, i: int, at: int) -> bool:
    """The date at `at` stands in a relative clause with no comma before it, on the subject right after the verb
    at i, that a comma closes («ووعد داود أوغلو الذي يبدأ الثلاثاء جولة في المنطقة، أمام الصحافيين»)."""
    for j in range(i + 1, min(len(doc.tokens), i + 2 + SUBJECT_AFTER_VERB_WORDS)):
        tok = doc.tokens[j]
        if tok.start >= at or tok.kind != "word":
            return False
        if tok.norm in RELATIVE_PRONOUNS:
            closing = unmarked_relative_aside(doc, j) if j > i + 1 else None
            return closing is not None and doc.tokens[closing].start > at
    return False


def _past_a_complement(between: str) -> bool:
    """The words from a trigger to a comma hold another comma or a preposition: the clause after the comma does not
    follow the subject right after the verb."""
    return any(c in between for c in _COMMAS) or any(normalize_word(w) in _GOVERNING_PREPOSITIONS
                                                      for w in between.split()[1:])


# prepositions that govern a noun of their own after the trigger («اجتماع … في العاصمة التي …»); not «بين», whose
# sides the trigger's relative clause may follow («الاتفاق بين إيران والقوى الكبرى الذي وقع في 2015»)
_GOVERNING_PREPOSITIONS = frozenset({"في", "مع", "علي", "من", "الي", "حول", "بشان", "عن", "ضد"})


def _in_later_nouns_relative(doc: Document, i: int, at: int) -> bool:
    """Whether the text at `at`, after the trigger at token i, stands in a relative clause on a noun governed
    after the trigger («اجتماع تحضيري للقمة التي تحتضنها الظهران الأحد») or on a name («وتتهم إسرائيل حركة حماس
    التي … خاضت ثلاث حروب ضدها منذ نهاية 2008»), whose verb the date belongs to; a relative clause on the trigger
    itself («الاتفاق الذي وقع في 2015») dates the trigger."""
    governed = False
    for k in range(i + 1, len(doc.tokens)):
        tok = doc.tokens[k]
        if tok.start >= at or tok.kind != "word":
            if tok.start >= at or tok.text in ".،,؛;:":
                return False
            continue
        word = strip_conj(tok.norm)
        if word in RELATIVE_PRONOUNS:
            return governed or _ends_a_name(doc, k - 1)
        governed = governed or word in _GOVERNING_PREPOSITIONS or word.startswith(("لل", "بال"))
    return False


def _ends_a_name(doc: Document, k: int) -> bool:
    """Whether an entity's name mention ends with token k."""
    ends = once_per_document(doc, "name mention ends", lambda: frozenset(
        m.end for e in doc.entities for m in e.mentions if m.kind == "name"))
    return k > 0 and doc.tokens[k].end in ends


def _reported_after_comma(between: str) -> bool:
    """Text from the trigger to a later date holds a comma, then a participle and «أن» («، مؤكدة أنها …»); not
    a list of sides set off by commas («اجتماعا بين أردوغان، وبوتين، … من المقرر أن ينعقد في إبريل»)."""
    words = [normalize_word(w) for w in re.split(r"[،,]", between)[-1].split()]
    return bool(words) and words[0].startswith("م") and len(words[0]) >= 4 \
        and any(w in _THAT_OR_THAT_HE for w in words[1:3])


_THAT_OR_THAT_HE = SAYING_THAT | frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم", "وانه", "وانها", "وانهم"})


def _clause_date(doc: Document, si: int, i: int, verb: bool = False, past: bool = False, done: bool = False,
                 made_now: bool = False) -> tuple[str | None, str | None]:
    """A date expression in the sentence (nearest the trigger), else in the sentence before, else publication."""
    sentence = doc.sentences[si]
    offset = doc.tokens[i].start
    best: tuple[int, str] | None = None
    times = _times_by_sentence(doc)
    after_a_date = False  # «… بعد منع واشنطن الاثنين المجلس»: the act came after a date told, so not before it
    for tx in times[si]:
        if tx.type not in ("DATE", "TIME") or not tx.value or not _DATE_VALUE.match(tx.value):
            continue
        if made_now and doc.published_date is not None and _DAY_VALUE.match(tx.value) \
                and tx.value[:10] > doc.published_date.isoformat():
            continue  # «تدعو الأمم المتحدة الأطراف إلى محادثات بجنيف في 6 سبتمبر القادم»: the talks' day
        if _in_time_clause(doc, i, tx.start):
            after_a_date = True
        elif _names_another_event(doc, tx.start, i):
            continue  # «اعتقلت القوات الكردية جهاديا … متهما بالضلوع في هجمات 11 سبتمبر»: the attacks' day
        elif _compared_since(doc, tx.start):
            continue  # «الضربات … تعد الأكبر منذ 1982»: the year measures the record, it dates nothing
        elif _since_a_start(doc, tx.start, i):
            continue  # «غادروا هولندا منذ بدء الحرب في سوريا عام 2011، … محذرة»: when the war began
        elif _as_it_happened_before(doc, offset, tx.start):
            continue  # «وتضغط موسكو … عبر مفاوضات مثل ما حدث في حلب، … في ديسمبر 2016»: the day of what it is
            # likened to
        elif _in_relative_aside(doc, offset, tx.start, verb):
            continue  # «والتقى لودريان، الذي وصل مساء السبت إلى القاهرة، السيسي»: the arrival's day, not the meeting's
        elif verb and _in_the_subjects_relative_clause(doc, i, tx.start):
            continue  # «ووعد داود أوغلو الذي يبدأ الثلاثاء جولة في المنطقة، أمام الصحافيين»: the tour's day
        elif not _bounds_a_period(doc, tx.start) or _then_when(doc, tx, i):
            told = tx.value
            if past and doc.published_date is not None:
                # «واتفقت روسيا مع الولايات المتحدة والأردن في تموز/يوليو» (published in June): last July
                told = _as_past(doc, i, tx, doc.published_date.isoformat())
            dist = abs(tx.start - offset)
            between = doc.text[min(tx.end, offset):max(tx.start, offset)]
            if ("،" in between or "," in between) and tx.start > offset and not _DAY_VALUE.match(told) \
                    and _reported_after_comma(between):
                continue  # «نفت دمشق الأمر، مؤكدة أنها دمرت ترسانتها … في العام 2013»: the year of what she
                # says she did, told after the comma, is no date of the denial (a day told so may be the act's
                # own: «، مضيفا أن "بان أكد خلال الاتصال الذي جرى مساء أول من أمس"»)
            if "،" in between or "," in between:
                if tx.end <= offset and not _DAY_VALUE.match(told) and _closes_its_clause(doc, sentence, tx) \
                        and not (between.strip() in "،," and doc.tokens[i].norm.startswith("و")
                                 and not strip_conj(doc.tokens[i].norm).startswith(("ي", "ن", "س"))) \
                        and not (between.strip() in "،," and not verb and not doc.tokens[i].norm.startswith("و")):
                    # (but «استولوا على قاعدة العند في آذار/مارس 2015، وقبضوا على وزير الدفاع»: a past verb joined
                    # right after the comma goes on with the same story, in the same month; not «، ويلتقي»)
                    continue  # «عقب انسحاب … في وقت سابق من هذا العام، حيث يلتقي ظريف»: a year or month that
                    # closes the clause before a comma dates that clause, and says nothing of the day of this one
                    # (but «وفي عام 1990، غزا صدام الكويت»: a date opening the sentence dates what follows; and
                    # «وأعلنت وزارة الداخلية المصرية في نوفمبر 2017، اعتقال ليبي»: the masdar right after the comma
                    # is what the dated verb announced)
                if done and doc.published_date is not None and _DATE_VALUE.fullmatch(told) \
                        and told > doc.published_date.isoformat()[:len(told)]:
                    continue  # «هذا الإنذار النهائي موعده 12 مايو، وقد حاول ماكرون خلال زيارته إلى واشنطن»: a day
                    # still to come, told in another clause, is not when the act told here happened
                dist += len(doc.text)  # a date past a comma is another clause's, the last resort («شنت
                # تركيا عملية … في 20 يناير، واستولت على المدينة في 18 مارس»: the seizure's date is its own)
            elif _in_later_nouns_relative(doc, i, tx.start):
                if verb and not _DAY_VALUE.match(told):
                    continue  # «ونفى ساركوزي الحصول على أموال من القذافي الذي أطيح به وقتل في 2011»: a year or
                    # month a relative clause tells of a noun after a verb is that noun's past, not the act's date
                    # (after a noun the clause may be the noun's own: «الغزو الأمريكي للعراق الذي أطاح … في 2003»)
                dist += len(doc.text)  # «خلال اجتماع تحضيري للقمة التي تحتضنها الظهران الأحد»: the summit's day
            if best is None or dist < best[0]:
                best = (dist, told)
    if best is not None:
        return best[1], "expression"
    published = doc.published_date.isoformat() if doc.published_date is not None else ""
    if after_a_date and published:
        return published, "published"  # not an earlier sentence's date: the act is later than one told here
    later = ""  # the latest year or month a sentence between tells: the story has moved past an older day
    if not sentence.is_title:
        # «وصل بحاح إلى عدن أمس» … two sentences on «قبل أن يغادر إلى أبو ظبي»: the story's last date
        for k in range(si - 1, max(-1, si - 1 - CONTEXT_SENTENCES), -1):
            prev = doc.sentences[k]
            if prev.is_title:
                break
            values = [tx.value for tx in times[k] if tx.type == "DATE" and tx.value and _DAY_VALUE.match(tx.value)
                      and (not published or tx.value <= published) and not _in_relative_aside(doc, prev.start, tx.start)
                      and not _names_another_event(doc, tx.start, i)
                      and not (tx.value < published and _dates_an_attack(doc, tx.start))]
            if values and values[-1][:len(later)] < later:
                break  # «وبعد 11 سبتمبر/أيلول 2001، اتبع …» … «وفي أوائل 2015 حاصروا القصر» … «وبعد ثلاثة أعوام …
                # تمكنت القوات»: the day of 2001 is not when the forces took the land
            if values:  # a day already past: «أمس», «الخميس»; not «أيار المقبل» nor «منذ يناير»
                return values[-1], "context"
            later = max([later] + [tx.value[:7] for tx in times[k] if tx.type == "DATE" and tx.value
                                   and _DATE_VALUE.match(tx.value) and (not published or tx.value <= published)])
    lead = _lead_date(doc, published, si)
    if lead is not None and lead[:len(later)] >= later:
        return lead, "context"  # «أعلن وزراء الخارجية العرب … الخميس»: the day the story is about
    if doc.published_date is not None:
        return doc.published_date.isoformat(), "published"
    return None, None


def _made_now(m: TriggerMatch, modality: str | None) -> bool:
    """A call or appeal (02) told as made, not intended: it is made by the day of writing, whatever day it names."""
    return m.trigger.code[:2] == "02" and modality is None


def _told_as_past(doc: Document, i: int, m: TriggerMatch) -> bool:
    """The trigger at i is a verb in the past: its lemma bare or with a past ending («اتفقت», «اتفقا», «اتفقوا»,
    «ألغت»); a present or future form («يتفق», «ستزور») is not."""
    if m.trigger.kind != "verb":
        return False
    word, lemma = strip_conj(doc.tokens[i].norm), m.trigger.lemma  # (the dictionary's lemmas are normalised)
    stems = (lemma, lemma[:-1]) if lemma.endswith(("ي", "ا")) else (lemma,)
    return word == lemma or any(word == stem + end for stem in stems for end in ("ت", "تا", "وا", "ا"))


def _as_past(doc: Document, i: int, tx: TimeExpr, published: str) -> str:
    """The value of a date told with the past verb at token i: a month named without its year a few words from the
    verb, after publication («واتفقت روسيا مع الولايات المتحدة والأردن في تموز/يوليو»), is the last one before;
    any other date as it is (a later one may be another act's: «اتفقا على عقد قمة … في أيلول/سبتمبر»)."""
    value = tx.value or ""
    if not re.fullmatch(r"\d{4}-\d{2}", value) or value <= published[:7] or any(c.isdigit() for c in tx.text) \
            or _RELATIVE_MONTH.search(normalize_word(tx.text)):
        return value
    between = doc.text[min(doc.tokens[i].end, tx.start):max(doc.tokens[i].start, tx.end)]
    return f"{int(value[:4]) - 1:04d}{value[4:]}" if len(between.split()) <= PAST_MONTH_REACH else value


PAST_MONTH_REACH = 8  # words between a past verb and a month named without its year that dates it


# «الشهر المقبل», «الشهر الحالي», «هذا الشهر»: a month counted from the day of writing, never last year's
_RELATIVE_MONTH = re.compile(r"شهر|مقبل|قادم|ماض|حالي|جاري|هذا")


CLAUSE_OPENING_WORDS = 2  # words before a date that still open its clause: «وفي عام 1990،»
_DATE_APPOSITIONS = frozenset(normalize_word(w) for w in ("وهو", "وهي", "أي", "وذلك"))


def _closes_its_clause(doc: Document, sentence: Sentence, tx: TimeExpr) -> bool:
    """Whether a comma follows the date and more than a preposition stands before it in its clause (but
    «ومنذ عام 1990، وهو تاريخ غزو …»: what follows the comma describes the date)."""
    rest = doc.text[tx.end:tx.end + 12].lstrip()
    if not rest.startswith(_COMMAS):
        return False
    after = rest[1:].split()
    if after and normalize_word(after[0]) in _DATE_APPOSITIONS:
        return False
    opening = max([sentence.start] + [doc.text.rfind(c, sentence.start, tx.start) + 1 for c in _COMMAS])
    return len(doc.text[opening:tx.start].split()) > CLAUSE_OPENING_WORDS


def _in_time_clause(doc: Document, i: int, offset: int) -> bool:
    """Whether the date at `offset`, after trigger i, stands in a clause «بعد»/«منذ»/«عقب» opens between them
    («أعاد ترامب فرض عقوبات على إيران، بعد انسحابها من الاتفاق المبرم معها في عام 2015»): that clause's event is
    what it dates. «بعد يومين» right before the date is the date itself; «خلال اللقاء … الأربعاء» is the time of
    the act it accompanies."""
    k = bisect.bisect_left(token_starts(doc), offset)
    return any(doc.tokens[j].norm.endswith(_ANOTHER_TIME_ENDINGS) and strip_conj(doc.tokens[j].norm) in _ANOTHER_TIME
               and strip_conj(doc.tokens[j + 1].norm) not in _AFTER_WHAT_HOUR for j in range(i + 1, k - 1))


# «تشاورا بعد ظهر (أمس)», «بعد منتصف الليل»: a time of that day, not a clause of another event
_AFTER_WHAT_HOUR = frozenset(normalize_word(w) for w in ("ظهر", "الظهر", "ظهيرة", "الظهيرة", "منتصف", "العصر", "عصر"))


_ANOTHER_TIME = _TIME_OF - {"خلال", "اثناء"}  # «حذرت، حتى خلال اللقاء … الأربعاء»: during is the same time
_ANOTHER_TIME_ENDINGS = tuple(_ANOTHER_TIME)  # (a cheap look before the conjunction is stripped)


# «حتى عام 2024», «قبل نهاية نوفمبر»: the end of a period or a deadline, not the day of the act (but «منذ 19
# يونيو» dates an act still going on, and «منذ أسبوع» is a day);
# «العقد الموقع عام 2011»: the date of a thing the act concerns
_PERIOD_BOUNDS = frozenset({"حتي", "قبل", "بحلول", "لغايه", "الموقع", "الموقعه", "المبرم", "المبرمه"})


def _names_another_event(doc: Document, offset: int, i: int) -> bool:
    """The date at `offset` is the genitive of an event noun other than the trigger at i: «هجمات 11 سبتمبر»,
    «ثورة 25 يناير», «حرب 1967», «شارع 26 سبتمبر» name that event or place by its day, not the day of what the
    sentence tells."""
    k = bisect.bisect_left(token_starts(doc), offset) - 1
    if k < 0 or k == i or doc.tokens[k].kind != "word":
        return False
    return without_lam_or_ba(strip_conj(doc.tokens[k].norm)) in _EVENTS_NAMED_BY_DATE


SUPERLATIVE_REACH = 3  # words from a superlative to the «منذ» of its record: «الأكبر من نوعها منذ»


def _compared_since(doc: Document, offset: int) -> bool:
    """The date at `offset` follows «منذ» after a superlative («الأكبر», «الأعنف», «الأول», «الأسوأ»): the
    earlier time the record is measured against."""
    k = bisect.bisect_left(token_starts(doc), offset) - 1
    if k < 1 or doc.tokens[k].norm != "منذ":
        return False
    for j in range(k - 1, max(-1, k - 1 - SUPERLATIVE_REACH), -1):
        word = strip_conj(doc.tokens[j].norm).removeprefix("ال")
        if doc.tokens[j].norm.startswith(("ال", "وال")) and word.startswith("ا") and len(word) in (3, 4):
            return True
    return False


# what «منذ» dates by its own start: «منذ بدء الحرب في سوريا عام 2011», «منذ اندلاع الأزمة في 2011»
_STARTS = frozenset(normalize_word(w) for w in (
    "بدء", "بداية", "اندلاع", "انطلاق", "انطلاقة", "تأسيس", "نشوب", "تولي", "توليه", "وصول", "وصوله", "سقوط"))
SINCE_REACH = 6  # words from «منذ» to the date of the start it names


def _since_a_start(doc: Document, offset: int, i: int) -> bool:
    """The date at `offset` dates a start «منذ» names before it, not the trigger at i."""
    j = _since_before(doc, offset, SINCE_REACH, i)
    return j is not None and doc.tokens[j + 1].start < offset and strip_conj(doc.tokens[j + 1].norm) in _STARTS


def _as_it_happened_before(doc: Document, trigger_start: int, offset: int) -> bool:
    """Between the trigger and the date at `offset`, the act is likened to another («مثلما حدث», «مثل ما فعلت
    الولايات المتحدة», «على غرار ما حصل», «كما حدث في 2016»): the date tells when that other one happened. (Not
    «كما» for "also": «كما وقع هجوم … في ديسمبر 2016» tells an attack of its own.)"""
    if offset <= trigger_start:
        return False
    words = [normalize_word(w) for w in re.findall(r"\w+", doc.text[trigger_start:offset])][1:]
    for k in range(len(words) - 1):
        if strip_conj(words[k + 1]) not in _HAPPENED and words[k + 1] not in _HAPPENED:
            continue
        if words[k] in _LIKE_WHAT or (words[k] == "ما" and k > 0 and words[k - 1] in _LIKE):
            return True
        if words[k] in ("كما", "وكما") and (k + 2 == len(words) or words[k + 2] in _AFTER_LIKENED):
            return True
    return False


_HAPPENED = frozenset(normalize_word(w) for w in (
    "حدث", "جرى", "حصل", "وقع", "فعل", "فعلت", "فعله", "فعلته", "فعلوا", "كان", "كانت"))
_LIKE_WHAT = frozenset(normalize_word(w) for w in ("مثلما", "ومثلما"))
_LIKE = frozenset(normalize_word(w) for w in ("مثل", "غرار", "نحو", "شبيه", "شبيها", "شبيهة", "بمثل"))
# what follows a likened «كما حدث»: where, when or with whom the other act happened («كما حدث في حلب»)
_AFTER_LIKENED = frozenset(normalize_word(w) for w in (
    "في", "مع", "عندما", "حين", "حينما", "بعد", "قبل", "خلال", "العام", "عام", "الشهر", "الاسبوع", "سابقا", "من",
    "سنة", "لدى", "إبان", "ابان"))


# the attacks and wars a story goes on to tell the answers to: «الهجوم بالكيماوي في مدينة دوما السبت الماضي» (with
# their article and «حرب», unlike the attack nouns of `participants`, which name what an act was carried out as)
_ATTACKS_AND_WARS = frozenset(normalize_word(w) for w in (
    "الهجوم", "هجوم", "الهجمات", "هجمات", "الضربة", "الضربات", "الغارة", "الغارات", "القصف", "التفجير",
    "التفجيرات", "الاعتداء", "المجزرة", "الانفجار", "حرب", "الحرب"))
ATTACK_DATE_REACH = 8  # words from an attack noun to the date of that attack, no comma between


def _dates_an_attack(doc: Document, offset: int) -> bool:
    """The date at `offset` ends a phrase an attack noun opens, with no comma between («وسط تهديدات … على إثر الهجوم
    بالكيماوي في مدينة دوما السبت الماضي», «فإن الهجوم الكيميائي "المفترض" على دوما في السابع من نيسان»): the
    attack's day, which the vows and condemnations told after it, days later, do not share."""
    k = bisect.bisect_left(token_starts(doc), offset) - 1
    words = 0
    while k >= 0 and words < ATTACK_DATE_REACH:
        tok = doc.tokens[k]
        if tok.kind != "word":
            if tok.text in "،,.؛;:":
                return False
        else:
            if without_lam_or_ba(strip_conj(tok.norm)) in _ATTACKS_AND_WARS:
                return True  # (and «الذكرى الـ51 لحرب الأيام الستة في 5 حزيران/يونيو 1967»)
            words += 1
        k -= 1
    return False


def _since_before(doc: Document, offset: int, reach: int, stop: int = -1) -> int | None:
    """The token of «منذ» within `reach` tokens before the date at `offset` («منذ أواخر مارس»), with no comma, full
    stop or token `stop` between; None when there is none."""
    k = bisect.bisect_left(token_starts(doc), offset) - 1
    for j in range(k, max(-1, k - reach), -1):
        tok = doc.tokens[j]
        if j == stop or tok.text in ("،", ",", ".", "؛"):
            return None
        if strip_conj(tok.norm) == "منذ":
            return j
    return None


_EVENTS_NAMED_BY_DATE = frozenset(normalize_word(w) for w in (
    "هجمات", "هجوم", "أحداث", "ثورة", "حرب", "انتفاضة", "نكسة", "نكبة", "تفجيرات", "اعتداءات", "انقلاب", "مجزرة",
    "انتخابات", "استفتاء", "غزو", "احتجاجات", "مظاهرات", "تظاهرات",
    # places named for a day: «شارع 26 سبتمبر», «ميدان 30 يونيو», «جسر 6 أكتوبر»
    "شارع", "ميدان", "جسر", "مدينة", "ساحة", "كوبري",
    # and borders: «على حدود الرابع من حزيران/يونيو 1967»
    "حدود", "خطوط"))


_WHEN = frozenset(normalize_word(w) for w in ("عندما", "حين", "حينما", "حيث", "لما", "يوم"))


def _then_when(doc: Document, tx: TimeExpr, i: int) -> bool:
    """«استمر التوتر حتى عام 1975 عندما وقع شاه إيران … اتفاق مصالحة»: the time a period ran until dates the act
    told right after it with «عندما» or «حيث»."""
    k = bisect.bisect_left(token_starts(doc), tx.end)
    return k < i and k < len(doc.tokens) and strip_conj(doc.tokens[k].norm) in _WHEN and i - k <= WHEN_VERB_GAP


WHEN_VERB_GAP = 3  # words from «عندما» to the act it dates: «حيث توسطت», «عندما وقع»


def _bounds_a_period(doc: Document, offset: int) -> bool:
    """Whether the date at `offset` follows a word that makes it a period's bound or a thing's date."""
    k = bisect.bisect_left(token_starts(doc), offset) - 1
    words: list[str] = []
    while k >= 0 and len(words) < 2 and doc.tokens[k].kind == "word":
        words.append(strip_conj(doc.tokens[k].norm))
        k -= 1
    return bool(words) and (words[0] in _PERIOD_BOUNDS or (words[0] in ("عام", "العام", "في") and len(words) > 1
                                                            and words[1] in _PERIOD_BOUNDS))


def _times_by_sentence(doc: Document) -> list[list[TimeExpr]]:
    """The time expressions starting in each sentence, in the document's order."""
    def build() -> list[list[TimeExpr]]:
        starts = [sent.start for sent in doc.sentences]
        out: list[list[TimeExpr]] = [[] for _ in doc.sentences]
        for tx in doc.times:
            k = bisect.bisect_right(starts, tx.start) - 1
            if k >= 0 and tx.start < doc.sentences[k].end:
                out[k].append(tx)
        return out
    return once_per_document(doc, "times by sentence", build)


LEAD_SENTENCES = 3  # body sentences that may open the story: a summary often stands before the dated lead
LEAD_DAYS = 7  # a lead after the summary tells of the last days, not of «قمة 12 حزيران/يونيو 2016»


def _lead_date(doc: Document, published: str, si: int) -> str | None:
    """The day the lead names, when it names one already past: the first of the opening body sentences that
    names a day («… بحسب وكالة الأنباء. أكد وزير الخارجية الإيراني الثلاثاء أن …» after a summary), for the
    sentences from that one on and the headline (what a summary before it tells may be older: «كيري … أول من
    أمس»)."""
    body = [n for n, sent in enumerate(doc.sentences) if not sent.is_title][:LEAD_SENTENCES]
    for k, lead in enumerate(body):
        if k and lead >= si and not doc.sentences[si].is_title:
            return None  # (a later opening sentence dates those after it: its own dates its clause already read)
        values = [tx.value for tx in _times_by_sentence(doc)[lead] if tx.type == "DATE"
                  and tx.value and _DAY_VALUE.match(tx.value) and (not published or tx.value <= published)
                  and not _names_another_event(doc, tx.start, -1)
                  and not (k and (_in_relative_aside(doc, doc.sentences[lead].start, tx.start)
                                  or _days_apart(tx.value[:10], published) > LEAD_DAYS))
                  # (nor the day of an old war or attack: «مع الذكرى الـ51 لحرب الأيام الستة في 5 حزيران/يونيو 1967»)
                  and not (_days_apart(tx.value[:10], published) > LEAD_DAYS and _dates_an_attack(doc, tx.start))]
        if values:
            return values[0]
    return None


def _merge_candidates(doc: Document, candidates: list[Candidate], sourceless: list[Candidate]) -> list[Candidate]:
    """One event per code root, negation and source; targets must agree when both are named.

    «زار كيم روسيا» … «زيارة كيم» … «زيارته»: the second names no target and the third no
    source, so both are mentions of the first.
    """
    lexicon = load_lexicon()
    merged: list[Candidate] = []
    for c in candidates:
        src = _merge_keys(c.source)
        tgt = _merge_keys(c.target)
        hit = _act_protested_by(doc, c, src, merged)
        for e in [] if hit is not None else merged:
            if _merge_class(e.match.trigger.code) != _merge_class(c.match.trigger.code) or e.negated != c.negated:
                continue
            if not src & _merge_keys(e.source) or _told_apart(c.source, e.source):
                continue
            etgt = _merge_keys(e.target)
            if tgt and etgt and (not tgt & etgt or _targets_told_apart(c.target, e.target)):
                continue
            if tgt and c.match.trigger.code == "036" and e.match.trigger.code != "036" and _a_body_met(e):
                continue  # «قمة الناتو» … «ووافق الحلف على دعوة مقدونيا»: a plan with a party is not the summit held
            if _met_someone_on_a_visit(c, e) or _met_someone_on_a_visit(e, c):
                continue
            if e.date_source == c.date_source == "expression" and e.date != c.date:
                continue  # «التقى الرئيسان … في 11 كانون الأول»: another meeting, on another day
            if _an_older_campaign(doc, e, c) or _a_plan_and_an_earlier_act(doc, e, c):
                continue
            if "expression" in (e.date_source, c.date_source) and _told_as_done_before(doc, e.token) \
                    != _told_as_done_before(doc, c.token):
                continue  # «وسبق لوالد هارون … أن قتل في هجوم انتحاري أيضا … في شهر ديسمبر عام 2012»: an earlier act
            hit = e
            break
        if hit is None:
            merged.append(c)
            continue
        hit.merged.append(c.token)
        if {s.key for s in hit.source} < {s.key for s in c.source}:
            # «نفته دمشق» … «ونفت روسيا ودمشق»: the later mention names the whole group that did it (but never
            # the side it was done to: «بومبيو يشكر السعودية» is not thanks from Saudi Arabia)
            done_to = _merge_keys(hit.target) | _merge_keys(c.target)
            hit.source = hit.source + [s for s in c.source if s.key not in {x.key for x in hit.source}
                                       and not (_merge_keys([s]) & done_to)]
        elif hit.source and all(stands_for_its_country(s, lexicon) for s in hit.source):
            # «أن الجانبين اتفقا» (Germany and Davutoglu, from the call told before) … «إن ميركل وداود أوغلو
            # اتفقا»: the later mention names who acted for the country
            done_to = _merge_keys(hit.target) | _merge_keys(c.target)
            countries = {s.side for s in hit.source}
            hit.source = [s for s in c.source if s.side in countries and _is_person(s)
                          and s.key not in {x.key for x in hit.source} and s.key not in done_to] + hit.source
        if not hit.target and c.target:
            hit.target = [t for t in c.target if t.key not in {s.key for s in hit.source}]
        elif hit.target and {t.key for t in hit.target} < {t.key for t in c.target}:
            _add_targets(hit, c)
        if _DATE_RANK.get(c.date_source or "", 0) > _DATE_RANK.get(hit.date_source or "", 0) \
                and not (hit.date_source == "published" and doc.sentences[hit.sentence].is_title
                         and _long_before_the_report(doc, c.date, YEAR_DAYS)):
            hit.date, hit.date_source = c.date, c.date_source  # «زار كيم روسيا» (title) … «يوم الثلاثاء» (but
            # «داعش يعلن مسؤوليته عن الهجوم» (title) … «هجمات تبنى تنظيم داعش عددا منها، علما بأن المتمردين …
            # أعلنوا مبايعته في يونيو 2015»: a day years back does not date the headline's news)
    for c in sourceless:
        same = [e for e in merged if e.match.trigger.code[:3] == c.match.trigger.code[:3] and e.negated == c.negated
                and (c.match.trigger.code[:2] not in _HOSTILE_ROOTS
                     or abs(e.sentence - c.sentence) <= SOURCELESS_MERGE_SENTENCES)
                # «نددت السلطة بـ"مجزرة" فيما برر نتانياهو … ما وصفه بالأعمال»: another clause's act
                and not (e.sentence == c.sentence and contrast_clause_between(doc, min(e.token, c.token),
                                                                               max(e.token, c.token)))]
        if same:
            nearest = min(same, key=lambda e: abs(e.token - c.token))
            if _another_day_of_violence(c, nearest):
                if {x.key for x in nearest.source} & {x.key for x in c.target}:
                    continue  # «تم فجر الخميس طرد الحوثيين وقوات صالح»: those driven out did not drive themselves out
                # «بدء القصف الحكومي … قبل نحو أسبوع» … «قتلوا في غارات جوية السبت»: that day's strikes are an event
                # of their own, by the side the campaign is told of
                merged.append(dataclasses.replace(c, source=list(nearest.source), merged=[]))
                continue
            nearest.merged.append(c.token)
            if intercepts(doc, nearest.token) and not intercepts(doc, c.token):
                continue  # «أسقطت … طائرة معادية حاولت استهداف مطار أبها»: what the drone aimed at was not struck
            if not nearest.target and c.target:
                # «زيارته … إلى روسيا»: the mention names where the visit went (but never the source's own side:
                # «بإعلان طرد 60 دبلوماسيا اميركيا» is no American act on Americans, nor a town of another country
                # than where the event is: «عملية برية … في شرق سوريا» struck nothing in Hodeidah)
                nearest.target = other_side(nearest.source, [t for t in c.target if t.key not in {
                    s.key for s in nearest.source} and not _in_another_country(t, nearest.location)], lexicon)
            elif nearest.target and {t.key for t in nearest.target} < {t.key for t in c.target}:
                _add_targets(nearest, c)
            elif nearest.match.trigger.code[:2] in VIOLENCE_ROOTS and c.sentence == nearest.sentence \
                    and all(_a_place(t, lexicon) for t in nearest.target) \
                    and (sides_struck := [t for t in c.target if not _a_place(t, lexicon)
                                          and (t.entity is not None or t.country)
                                          and t.key not in {s.key for s in nearest.source}]):
                # «شن تنظيم داعش 3 هجمات انتحارية، استهدفت تجمعات لقوات حكومة الوفاق» … «استهدفت قواتنا في سرت»:
                # the side its own sentence says was struck, rather than the town another mention names
                nearest.target = sides_struck
            sides = _merge_keys(nearest.target) | _merge_keys(nearest.source)
            if _DATE_RANK.get(c.date_source or "", 0) > _DATE_RANK.get(nearest.date_source or "", 0) \
                    and _merge_keys(c.target) & sides and _days_apart(c.date, nearest.date) <= SOURCELESS_DATE_DAYS:
                # «قمة ترامب وكيم» (title) … «في قمة 12 حزيران/يونيو بين ترامب وكيم»: a mention naming the same
                # sides tells the day (a day years back is another act between them: «غارات أيلول 2017»)
                nearest.date, nearest.date_source = c.date, c.date_source
    return merged


def _told_as_done_before(doc: Document, k: int) -> bool:
    """Whether the act at token k is told in a clause that «سبق» opens («وسبق أن …», «سبق لوالد هارون أن قتل في
    هجوم»): one that happened before the story's, with no comma or full stop between."""
    words = 0
    for j in range(k - 1, doc.sentences[sentence_of(doc, k)].token_start - 1, -1):
        tok = doc.tokens[j]
        if tok.kind == "punct" and tok.text[:1] in ".،,؛;:":
            return False
        if tok.kind != "word":
            continue
        if strip_conj(tok.norm) in _IT_HAPPENED_BEFORE:
            return True
        words += 1
        if words > DONE_BEFORE_WORDS:
            return False
    return False


_IT_HAPPENED_BEFORE = frozenset({"سبق"})
DONE_BEFORE_WORDS = 12  # words from «سبق» to the act: «سبق لوالد هارون ويدعى بشير بيلور أن قتل في هجوم»


def _in_another_country(place: ActorSpot, location: ActorSpot | None) -> bool:
    """A town of one country and an event located in another."""
    return location is not None and place.entity is not None and place.entity.label == "LOC" \
        and bool(place.side) and bool(location.side) and place.side != location.side


def _add_targets(event: Candidate, mention: Candidate) -> None:
    """«لودريان يلتقي السيسي» (title) … «والتقى لودريان السيسي ونظيره المصري سامح شكري وكذلك أبو الغيط»: a
    mention naming everyone the event was done to adds those the event did not name."""
    known = {t.key for t in event.target} | {s.key for s in event.source}
    event.target = event.target + [t for t in mention.target if t.key not in known]


def _a_body_met(meeting: Candidate) -> bool:
    """«قمة الناتو», «اجتماع مجلس الأمن»: an organisation meeting as itself, with no other side."""
    return not meeting.target and bool(meeting.source) and all(
        s.entity is not None and s.entity.label == "ORG" for s in meeting.source)


def _met_someone_on_a_visit(meeting: Candidate, visit: Candidate) -> bool:
    """«بدأ لودريان زيارة إلى مصر» … «والتقى لودريان بالرئيس السيسي»: a meeting with a person during a visit
    to his country is an event of its own (both act for Egypt, so the sides alone would merge them); talks
    announced with a visit («سيزور الكويت … سيجري محادثات مع أمير الكويت») are the visit's plan."""
    return bool(meeting.target) and visit.match.trigger.code[:3] in ("042", "043") \
        and meeting.match.trigger.code != "036" \
        and _is_person(meeting.target[0]) and bool(visit.target) \
        and not any(_is_person(t) for t in visit.target)


OLDER_CAMPAIGN_DAYS = 60  # a campaign begun this long before publication is more than the act a report is of


def _an_older_campaign(doc: Document, e: Candidate, c: Candidate) -> bool:
    """Whether violence told as of the report's day (`e`, dated by publication or by the story's days) and a
    campaign waged since a date well before it (`c`, its start told after «منذ») are two acts: «تقارير استهداف
    التحالف لرصيف في ميناء الحديدة» … «ويشن التحالف عملية عسكرية منذ أواخر مارس/آذار عام 2015»: the strike
    reported is not the war."""
    if e.match.trigger.code[:2] not in VIOLENCE_ROOTS or e.date_source not in ("published", "context") \
            or c.date_source != "expression" or not _long_before_the_report(doc, c.date):
        return False
    return any(tx.value == c.date and _since_before(doc, tx.start, SINCE_DATE_REACH) is not None
               for tx in _times_by_sentence(doc)[c.sentence])


YEAR_DAYS = 365  # a mention dated this long before the report tells an older act, not the story's


def _long_before_the_report(doc: Document, value: str | None, days: int = OLDER_CAMPAIGN_DAYS) -> bool:
    """Whether a date value ends more than `days` before the publication day."""
    last = _last_day_of(value or "")
    return last is not None and doc.published_date is not None and (doc.published_date - last).days > days


def _a_plan_and_an_earlier_act(doc: Document, e: Candidate, c: Candidate) -> bool:
    """Whether one of two meetings is a plan still to come (036) and the other an act dated before the report's
    day: «ومن المتوقع أن يلتقي مارتن غريفيث الحوثيين» … «وكان الموفد الأممي قد زار صنعاء في 17 يونيو الماضي»: the
    earlier visit is not the meeting expected, and its day does not date it (nor do last week's talks); a readiness
    with no future in it («ولطالما قالت طالبان إنها مستعدة لإجراء محادثات») may be what the meeting fulfilled."""
    if (e.match.trigger.code == "036") == (c.match.trigger.code == "036"):
        return False
    plan, act = (e, c) if e.match.trigger.code == "036" else (c, e)
    return plan.modality == "future" and act.date_source == "expression" and _long_before_the_report(doc, act.date, 0)


SINCE_DATE_REACH = 2  # tokens from «منذ» to the date it opens: «منذ 2015», «منذ أواخر مارس»


def _last_day_of(value: str) -> _dt.date | None:
    """The last day a year, month, week or day value spans («2015» → 2015-12-31, «2015-03» → 2015-03-31,
    «2018-W26» → 2018-07-01)."""
    week = re.match(r"^(\d{4})-W(\d{2})$", value)
    if week is not None:
        try:
            return _dt.date.fromisocalendar(int(week[1]), int(week[2]), 7)
        except ValueError:
            return None
    told = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", value)
    if told is None:
        return None
    year, month = int(told[1]), int(told[2] or 12)
    try:
        return _dt.date(year, month, int(told[3]) if told[3] else calendar.monthrange(year, month)[1])
    except (ValueError, calendar.IllegalMonthError):
        return None


def _another_day_of_violence(c: Candidate, e: Candidate) -> bool:
    """Whether a sourceless attack mention is dated to another day than the attack it would merge into,
    with the same side struck: a new day's strikes in a campaign."""
    return c.match.trigger.code[:2] in ("18", "19", "20") and c.date_source == e.date_source == "expression" \
        and c.date != e.date and bool(c.date and _FULL_DAY.match(c.date)) \
        and bool(_merge_keys(c.target) & _merge_keys(e.target))


def _days_apart(a: str | None, b: str | None) -> int:
    """Days between two full dates; a large number when either is missing or not a full day."""
    if not a or not b or not _FULL_DAY.match(a) or not _FULL_DAY.match(b):
        return 1_000_000
    return abs((_dt.date.fromisoformat(a) - _dt.date.fromisoformat(b)).days)


def _told_apart(a: list[ActorSpot], b: list[ActorSpot]) -> bool:
    """Two sources of one country that act on their own: persons («ساندرز» and «منوتشين» both act for the USA, but
    what each said is a statement of its own), crowds of two countries («الفلسطينيون يتظاهرون» … «تظاهر الآلاف
    في إسطنبول»; a crowd of no country named is either's), or a state's forces and the rebels they fight."""
    def people(spots: list[ActorSpot]) -> set[str]:
        return {s.key for s in spots if s.entity is not None and s.entity.label == "PER"}

    def crowds(spots: list[ActorSpot]) -> set[str]:
        return {s.country for s in spots if s.entity is None and s.country}

    return _disjoint(people(a), people(b)) or _disjoint(crowds(a), crowds(b)) or fights_its_state(a, b)


def _disjoint(ka: set[str], kb: set[str]) -> bool:
    """Both sides name someone, and no one in common."""
    return bool(ka) and bool(kb) and not ka & kb


_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _targets_told_apart(a: list[ActorSpot], b: list[ActorSpot]) -> bool:
    """Two targets of one country that are not one side: persons («انتقد ترامب ماي» … «جونسون») or bodies outside
    the state («هاجم ترامب شبكة سي إن إن … وانتقد شبكة إن بي سي»); a ministry and its country are one side."""
    def named(spots: list[ActorSpot]) -> set[str]:
        return {s.key for s in spots if s.entity is not None and (
            s.entity.label == "PER" or (s.entity.label == "ORG" and (s.entity.cameo or "")[3:6] not in _STATE_ROLES
                                        and len(s.entity.cameo or "") >= 6))}
    return _disjoint(named(a), named(b))


def _act_protested_by(doc: Document, c: Candidate, keys: set[str], merged: list[Candidate]) -> Candidate | None:
    """«استدعت الجزائر سفير الاتحاد الأوروبي احتجاجا على فيديو»: a state's protest told as why it showed its
    disapproval is that disapproval, one event with the verb before it in the sentence (but «طلبت السعودية من السفير
    الكندي مغادرة أراضيها … احتجاجا» is a demand and a complaint, and «تصريحات … كانت احتجاجا» has no act)."""
    word = strip_conj(doc.tokens[c.token].norm)
    if c.match.trigger is not _OFFICIAL_COMPLAINT or not word.endswith("ا") or word.startswith("ال"):
        return None
    return next((e for e in reversed(merged) if e.sentence == c.sentence and e.token < c.token
                 and e.match.trigger.kind == "verb" and e.match.trigger.code[:2] == "11" and e.negated == c.negated
                 and keys & _merge_keys(e.source)), None)


def _merge_class(code: str) -> str:
    """Codes that can name the same event: a visit announced (036) and the visit (04x) are one meeting;
    «تظاهر» (141) and «احتجاجا» (140) in one story are one protest."""
    if code == "036" or code.startswith("04"):
        return "04"
    return "14" if code.startswith("14") else code[:3]


def _merge_keys(spots: list[ActorSpot]) -> set[str]:
    """Who an actor is, and the country it acts for: «واشنطن» and «وزارة الخزانة الأمريكية» both act for USA."""
    keys = {s.key for s in spots}
    lexicon = load_lexicon()
    keys.update(f"country:{lexicon.iso3(s.side)}" for s in spots if s.side)
    return keys


JOINED_LIGHT_VERB_BACK = 2  # tokens from a masdar back to its light verb: the verb's own preposition


def _light_verb_joined_after_comma(doc: Document, i: int, lo: int) -> int | None:
    """Where the light verb stands that the masdar at i is the object of («، وتعمل على ترحيلهم», «، وقررت طرد»),
    when that verb is joined after a comma right before it; None otherwise."""
    for j in range(i - 1, max(lo, i - 1 - JOINED_LIGHT_VERB_BACK), -1):
        tok = doc.tokens[j]
        word = strip_conj(tok.norm)
        if (word in MANAGING_VERBS and managed_masdar(doc, i)) or (light_verb(tok.norm) is not None and j == i - 1):
            return j if j > lo and doc.tokens[j - 1].text in "،," and verb_conjoined(tok) else None
        if tok.kind != "word" or not is_preposition(word):
            return None
    return None


def _to_event(doc: Document, n: int, c: Candidate, lexicon: EventLexicon) -> Event:
    code = c.match.trigger.code
    _name, goldstein, quad, plover, mode = lexicon.code_info(code)
    mentions = [_trigger_span(doc, c.token, lexicon)] + [_trigger_span(doc, j, lexicon) for j in sorted(set(c.merged))]
    source, target = _actors(doc, c.source, lexicon), _actors(doc, c.target, lexicon)
    if source and [a.name_en or a.text for a in target] == [a.name_en or a.text for a in source]:
        target = []  # «بدأ باحتجاجات سلمية» (Syria on Syria): a side is not what it does something to
    return Event(
        id=f"ev{n + 1}",
        cameo=code,
        trigger=mentions[0],
        source=source,
        target=target,
        cameo_root=code[:2],
        quad_class=quad,
        goldstein=goldstein,
        plover=plover,
        plover_mode=mode,
        location=build_actors(doc, c.location, lexicon)[0] if c.location else None,
        date=c.date,
        date_source=c.date_source,
        negated=c.negated,
        modality=c.modality,
        mentions=mentions,
        sentence=c.sentence,
    )


def _actors(doc: Document, spots: list[ActorSpot], lexicon: EventLexicon) -> list[Actor]:
    """Actors of the spots, each entity once («نائب الرئيس، مايك بينس» is one actor), countries after."""
    people: list[Actor] = []
    countries: list[Actor] = []
    seen: set[str] = set()
    for s in spots:
        if s.key in seen:
            continue
        seen.add(s.key)
        actor, *country = build_actors(doc, s, lexicon)
        people.append(actor)
        countries.extend(country)
    names = {a.name_en for a in people}
    for c in countries:
        if c.name_en not in names:
            names.add(c.name_en)
            people.append(c)
    return people


def _trigger_span(doc: Document, i: int, lexicon: EventLexicon) -> Span:
    """The trigger word without its proclitics: «وزار» → «زار» (but «وقفة», «وصل»: a «و» the segmenter split off a
    word the dictionary knows whole, when what is left is no trigger, is the word's own first letter)."""
    tok = doc.tokens[i]
    start = tok.start
    stem = tok.stem
    if stem is not None and stem.start > tok.start and all(p.tag in ("CONJ", "FUT") for p in tok.pieces
                                                          if p.end <= stem.start) \
            and not _whole_word_trigger(tok, lexicon):
        start = stem.start
    return doc.span(start, tok.end)


def _whole_word_trigger(tok: Token, lexicon: EventLexicon) -> bool:
    forms = lexicon.forms
    return tok.norm[:1] == "و" and tok.norm in forms and tok.norm[1:] not in forms
