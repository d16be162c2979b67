"""Event participants: who acted (source), on whom (target) and where, read from word order.

Arabic news puts the verb first: «وصل كيم إلى روسيا» (verb, subject, then the target after a
preposition); «روسيا قررت» puts the subject first. The source is the first actor after the verb
that no preposition governs, else the nearest actor before it; a masdar takes its source from
the genitive after it («زيارة كيم») for meetings, statements and protests, and from a light verb
or the clause otherwise («تستمر أنقرة في التنديد», «قطعت السعودية … متهمة إياها»).
"""
from __future__ import annotations

import bisect
from dataclasses import replace

from marsad.doc import Document, Token
from marsad.events.actors import (
    DEATH_NOUNS,
    POSTED_AT,
    ActorSpot,
    a_people_in_the_plural,
    behind_glued_lam,
    conjoined,
    is_armed,
    is_bare_demonym,
    is_collective,
    named_by_one_dual,
    names_its_country,
    nisba_iso3,
    spot_conjoined,
    stands_for_its_country,
    without_lam_or_ba,
)
from marsad.events.lexicon import EventLexicon, Trigger, TriggerMatch, is_preposition, load_lexicon
from marsad.events.memo import once_per_document, token_starts
from marsad.quotes.lexicon import SPEECH_CUES
from marsad.text import normalize_word
from marsad.text.words import RELATIVE_PRONOUNS
from marsad.timex.lexicon import CARDINALS

SOURCE_AFTER = 4  # words after a verb where its subject may stand (titles come between: «وزير الخارجية الأمريكي»)
SOURCE_BEFORE = 6  # words before a verb where a fronted subject may stand
LIGHT_VERB_TITLE = 3  # words of a title between a light verb and its subject's name: «بعث الرئيس الروسي بوتين»
LIGHT_VERB_WINDOW = 8  # «بدأت تركيا في 20 يناير عملية عسكرية»: words from the subject to the masdar
TARGET_WINDOW = 12  # words after the trigger where the target may stand
PAST_LIST_WINDOW = 8  # words after a list of subjects named after the verb where the target may stand

# A clause boundary stops the search for a subject or negator («… ، لكن كيم زار …»).
BOUNDARY = frozenset({"لكن", "ولكن", "بينما", "فيما", "حيث", "التي", "الذي", "الذين", "ان", "بان", "وان", "اذ",
                      "كما", "بعدما", "عندما", "حين", "قبل", "بعد"})
# A masdar's genitive is its agent for these roots («زيارة كيم», «مظاهرات الطلاب») and its
# patient for the rest («تحرير عدن», «اعتقال القس»), where the agent must be found elsewhere.
AGENT_GENITIVE_ROOTS = frozenset({"01", "03", "04", "05", "12", "13", "14"})
# «انسحاب واشنطن من الاتفاق», «خروج بلاده من الاتفاق»: what one withdraws from follows «من», so the bare
# genitive is who withdraws (a troops' withdrawal, 087, is mostly demanded, «طالب بانسحاب القوات», and keeps the
# rules of its root)
_WITHDRAWALS = frozenset({"انسحاب", "الانسحاب", "لانسحاب", "بانسحاب", "خروج", "الخروج", "لخروج", "بخروج"})
# «أعلن تبرع المملكة بمبلغ 150 مليون دولار»: a donation's genitive is the donor (no one donates a country; but
# «دعم المعارضة» is support given to the opposition, so «دعم» keeps the rules of its root)
_DONATIONS = frozenset({"تبرع", "تبرعات"})


# «عبء استضافة اللاجئين السوريين»: hosting's genitive is the guest (the host comes with «لـ» after it,
# «استضافة مصر للقمة», and is read there)
_HOSTINGS = frozenset({"استضافه", "استضافت"})


def _hosting(tok: Token) -> bool:
    return without_lam_or_ba(strip_conj(tok.norm)).removeprefix("ال") in _HOSTINGS


def is_definite(tok: Token) -> bool:
    """«الهجوم», «بالهجوم», «وللهجوم»: the word carries the article."""
    return any(p.tag == "DET" for p in tok.pieces)


def _article_written(tok: Token) -> bool:
    """«الاستقبال», «بالاستقبال»: the article stands whole (not «للقاء», where «لل» may be «لـ» and a construct)."""
    word = strip_conj(tok.norm)
    return word.removeprefix("ب").startswith("ال")


# words in «ـا» that are no indefinite object: adverbs («أيضا», «مجددا») and conjunctions in «ما»
NOT_AN_OBJECT_IN_ALIF = frozenset(normalize_word(w) for w in (
    "أيضا", "مجددا", "سابقا", "لاحقا", "قريبا", "غدا", "جدا", "معا", "دائما", "تماما", "فورا", "مؤخرا", "مسبقا",
    "أولا", "ثانيا", "فعلا", "أبدا", "كثيرا", "طويلا", "عندما", "بينما", "ربما", "كلما", "مثلما", "حينما", "طالما",
    "إنما", "لماذا", "مهما", "حيثما", "فيما", "هذا", "إذا", "لذا", "حتى", "عمدا", "علنا", "سرا", "صباحا",
    "مساء", "ظهرا", "ليلا", "نهارا", "مرارا", "تكرارا", "خصوصا", "أساسا", "مبدئيا", "نهائيا"))
# and those that follow a masdar's genitive without being its object: «إرسال ماكماستر فعلا», «إرسال قوات برا»
_ADVERBS = NOT_AN_OBJECT_IN_ALIF | frozenset(normalize_word(w) for w in (
    "حقا", "سويا", "أخيرا", "تحديدا", "جوا", "برا", "بحرا", "مباشرا", "مجانا", "مؤقتا", "عصرا", "فجرا"))
# words that open a masdar's object right after its genitive: «سحب طهران جميع قواتها»
_OBJECT_QUANTIFIERS = frozenset(normalize_word(w) for w in (
    "جميع", "كافة", "كل", "معظم", "بعض", "عشرات", "مئات", "آلاف", "مزيد", "المزيد"))


def _object_after_the_genitive(doc: Document, k: int) -> bool:
    """Token k, right after a masdar's genitive, opens the masdar's object: an accusative written with its alef
    («جنودا», not an adverb «عسكريا»), a quantifier, or a plural with a pronoun taking the genitive up
    («قواتها»)."""
    if k >= len(doc.tokens) or doc.tokens[k].kind != "word":
        return False
    tok = doc.tokens[k]
    word = strip_conj(tok.norm)
    if word.startswith("ال") or is_preposition(word) or word in _TIME_WORDS or len(word) < 3:
        return False
    if word in _OBJECT_QUANTIFIERS:
        return True
    if len(tok.pieces) > 1:
        return tok.pieces[-1].tag == "PRON" and tok.pieces[-2].text.endswith("ات")
    # an accusative noun with its alef («جنودا», «رسوما»): not an adverb («عسكريا», «فعلا», «برا»), a verb
    # («بدأ», «كانوا») or an adjective
    return len(word) >= 4 and word.endswith("ا") and not word.endswith(("يا", "وا", "ما", "اا")) \
        and word not in _ADVERBS and not is_adjective(tok) and not _verb_at(doc, k, only=False)


def _donation(tok: Token) -> bool:
    return strip_conj(tok.norm).removeprefix("ب").removeprefix("ال") in _DONATIONS


# «تدخل الجيش الفرنسي في الضربة», «توغل القوات الإسرائيلية في»: an intervention or incursion takes no object, so
# its genitive is who intervenes (a shelling's, «قصف المدينة», is what was struck)
_INTRUSIONS = frozenset(normalize_word(w) for w in ("تدخل", "تدخلات", "توغل"))


_VERB_PARTICLES_BEFORE = frozenset(normalize_word(w) for w in ("أن", "لن", "لم", "قد", "سوف", "كي", "لكي", "حتى"))


def _intrusion(doc: Document, i: int) -> bool:
    """The noun at i is an intervention or incursion (not the verb «تدخل» after «أن»: «على أن تدخل الشرطة
    العسكرية الروسية إلى المدينة», it enters)."""
    return without_lam_or_ba(strip_conj(doc.tokens[i].norm)) in _INTRUSIONS \
        and not (i > 0 and strip_conj(doc.tokens[i - 1].norm) in _VERB_PARTICLES_BEFORE)


# «اتفق الجانبان», «وقع البلدان», «لقاء الزعيمين», «اتفاق بين الطرفين»: the two sides an earlier event named
BOTH_PEOPLE = frozenset(normalize_word(w) for w in (
    "الزعيمان", "الزعيمين", "الرئيسان", "الرئيسين", "الوزيران", "الوزيرين"))
BOTH_SIDES = BOTH_PEOPLE | frozenset(normalize_word(w) for w in (
    "البلدان", "البلدين", "الجانبان", "الجانبين", "الطرفان", "الطرفين", "الدولتان", "الدولتين"))
NOT_DUAL_ENDINGS = ("ها", "هما", "نا")  # «إعلان الطرفين رفضهما»: an object pronoun, not the dual's «ا»
# «وأنهما تباحثا»: the two an event just told, taken up by a pronoun before a dual verb
THE_TWO_PRONOUNS = frozenset(normalize_word(w) for w in ("أنهما", "إنهما", "بأنهما"))


def _dual_before_its_verb(doc: Document, i: int, lemma: str) -> bool:
    """«إن الرئيسين دانا الأسد وروسيا وإيران»: the two sides told before stand right before the dual verb at i as
    its subject, so the sides after it are its object (a dual «ا» on the lemma, not an object pronoun «ها», «نا»).
    """
    verb = strip_conj(doc.tokens[i].norm)
    return i > 0 and doc.tokens[i].kind == "word" and verb.endswith("ا") \
        and (verb == lemma + "ا" or not verb.endswith(NOT_DUAL_ENDINGS)) \
        and strip_conj(doc.tokens[i - 1].norm) in BOTH_SIDES


def two_taken_up_before(doc: Document, i: int) -> bool:
    """«وأنهما تباحثا في الوضع في سوريا»: the subject of the dual verb at i is the pronoun of the two just told."""
    return i > 0 and strip_conj(doc.tokens[i - 1].norm) in THE_TWO_PRONOUNS \
        and strip_conj(doc.tokens[i].norm).endswith("ا")


def find_participants(doc: Document, i: int, m: TriggerMatch, spots: list[ActorSpot], lexicon: EventLexicon,
                      triggers: set[int]) -> tuple[list[ActorSpot], list[ActorSpot], ActorSpot | None] | None:
    """(source, target, location), or None when the trigger's own preposition has no actor after it."""
    survivors = _survivors(doc, i, spots) if m.trigger.code[:2] in VIOLENCE_ROOTS else []
    if survivors:
        # «طلاب نجوا من ثاني أكبر هجوم بالرصاص», «نجا الرئيس من محاولة اغتيال»: who survived an attack was struck
        found = _participants(doc, i, m, [s for s in spots if s not in survivors], lexicon, triggers)
        return (found[0], found[1] or survivors, found[2]) if found is not None else ([], survivors, None)
    found = _participants(doc, i, m, spots, lexicon, triggers)
    if found is not None and found[0] and len({s.key for s in found[0]}) == 1 and m.trigger.kind == "verb" \
            and found[0][0].entity is not None and found[0][0].entity.label == "PER" \
            and plural_form(doc.tokens[i].norm, m.trigger.lemma):
        # «وأقر ثلاثة مساعدين آخرين بينهم ريك جيتس … ويتعاونون مع مولر»: a plural verb is not one man's act (nor
        # of his title and name: «استغل الحوثيون ضعف الرئيس عبد ربه منصور هادي ليستولوا على صعدة»)
        found = [], found[1], found[2]
    if found is not None and m.trigger.code[:2] in VIOLENCE_ROOTS and all(_no_side_of(s) for s in found[0]) \
            and (ascribed := next((t for t in found[1] if _ascribed_to(doc, t)), None)) is not None:
        # «غداة هجوم انتحاري نسب إلى تنظيم داعش»: the side an attack is ascribed to carried it out (the bomber
        # named by «انتحاري» is no side)
        group = actor_group(doc, ascribed, found[1])
        found = group, [t for t in found[1] if t not in group], found[2]
    if found is not None and found[0] and m.trigger.kind == "verb" \
            and _unknown_subject_between(doc, i, found[0], spots):
        # «يتهم التحالف إيران بتهريب الأسلحة»: a definite noun no actor is stands between the verb and the side
        # after it — that noun is the verb's subject, and the side its object
        found = [], found[0][:1], found[2]
    if found is not None and not found[0] and m.trigger.kind == "verb" and m.trigger.code[:2] in VIOLENCE_ROOTS \
            and (by := _agent_phrase(doc, i, [s for s in spots if s.token_start > i], lexicon, triggers, by_only=True)):
        # «وقتل ما لا يقل عن 120 فلسطينيا على أيدي القوات الإسرائيلية»: a passive killing's doer, told after the
        # count of those killed, past the reach of the verb's subject
        found = by, [t for t in found[1] if t.key not in {b.key for b in by}], found[2]
    if found is not None and m.trigger.kind == "verb" and _object_pronoun_on(doc.tokens[i], m.trigger.lemma) \
            and (taken_up := [s for s in found[0] + found[1] if s.token_end <= i]) \
            and (next_side := next((s for s in spots if s.token_start > i), None)) is not None \
            and _subject_right_after(doc, i, next_side) and can_act(next_side, lexicon):
        # «إن الصحفيين الروس قتلهم مسلحون مجهولون»: the pronoun on the verb takes up the side before it, its
        # object; the side right after the verb is its subject, with those joined to it («الذي تعتبره أنقرة
        # وواشنطن والاتحاد الأوروبي»)
        found = _joined_without_comma(doc, actor_group(doc, next_side, [s for s in spots
                                                                        if s.token_start >= next_side.token_start])), \
            taken_up, found[2]
    if found is not None and found[0] and (aim := _made_a_target_for(doc, i)) is not None \
            and (aimed := [s for s in found[0] if s.token_end <= aim and words_between(doc, s.token_end - 1, aim) <= 2]):
        # «أصبحت بغداد ومحيطها هدفا لحملة قصف عنيف»: what became the target of the act is struck by it, not its doer
        found = [s for s in found[0] if s not in aimed], aimed + [t for t in found[1] if t not in aimed], found[2]
    if found is not None and found[0] and found[1] \
            and (head := next((t for t in found[1] if _heads_the_subject(doc, t, found[0])), None)) is not None:
        # «توعدت دول غربية على رأسها الولايات المتحدة وفرنسا بـ"رد قوي"»: the sides at the head of the subject act
        # with it; they are not what it acts on
        leaders = actor_group(doc, head, [s for s in spots if s.token_start >= head.token_start])
        found = found[0] + leaders, [t for t in found[1] if t not in leaders], found[2]
    if found is not None and found[1] and m.trigger.code[:2] == "11" \
            and _preceding_word(doc, found[1][0]) in _ADDRESSED_AT \
            and (against := _complained_against(doc, i, found[1][0], spots)) is not None:
        # «تقدم السودان بشكوى إلى الأمم المتحدة ضد مصر»: the body a complaint goes to hears it; the side after
        # «ضد» is the one complained of
        found = found[0], [against], found[2]
    if found is not None and not found[0] and m.trigger.kind == "verb" and m.trigger.code[:3] in _UNDERGONE_CODES \
            and _counted_after(doc, i) and (subject := _joined_verbs_subject(doc, i, spots, lexicon)):
        # «وشنت السعودية حملة على المعارضين، واعتقلت عشرات من رجال الدين»: not the passive a count after an arrest
        # verb reads as, but the opening subject's second act; those counted after it are who it was done to
        told = {s.key for s in subject}
        done_to = [s for s in spots if s.token_start > i and s.key not in told][:2]
        if len(done_to) == 2 and _is_crowd(done_to[0]) and _counted_from(doc, done_to[1]) \
                and words_between(doc, done_to[0].token_end - 1, done_to[1].token_start) <= 2:
            done_to = done_to[1:]  # «عشرات من أنصار الإخوان»: the supporters counted
        found = subject, [s for s in done_to[:1] if not governed(doc, s) or _counted_from(doc, s)], found[2]
    if found is not None and not found[0] and found[1] and m.trigger.kind == "verb" \
            and (named := _title_then_name(doc, i, found[1][0])) is not None:
        # «دعا المرجع الديني الأعلى للشيعة في العراق، آية الله علي السيستاني، إلى …»: the verb's subject is a
        # title, and the name set off by commas after it says who
        rest = found[1][1:] or [x for x in spots if x.token_start > named.token_end and not governed(doc, x)
                                and words_between(doc, named.token_end, x.token_start) <= OBJECT_AFTER_NAME
                                and can_act(x, lexicon)][:1]  # «… زيد رعد الحسين، الأربعاء، تركيا إلى»
        found = [named], rest, found[2]
    if found is not None and found[0] and found[1] and m.trigger.kind == "verb" \
            and (named := _name_after_titled_body(doc, i, found[0], found[1][0])) is not None:
        # «دعا مبعوث الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط، نيكولاي ملادينوف جميع الأطراف»: the body
        # read as the subject is in the title; the name after the comma is who the title describes
        found = [named], found[1][1:], found[2]
    if found is not None and found[0] and not found[1] and m.trigger.kind == "verb" \
            and m.trigger.code[:2] in VIOLENCE_ROOTS and (doer := found[0][0].token_start) - 1 > i \
            and names_the_doer(doc, doer - 1):
        # «وقتل أكثر من 120 فلسطينيا على أيدي القوات الإسرائيلية»: those named between the verb and whose hands
        # it was by were struck
        found = found[0], [s for s in spots if i < s.token_start and s.token_end <= doer - 1
                           and s.key not in {b.key for b in found[0]}][:1], found[2]
    if found is not None and not found[0] and (through := _offered_through(doc, i, spots, lexicon)) is not None:
        # «وجاء عرض الوساطة من خلال الرئيس الفرنسي إيمانويل ماكرون»: the act came through (by) him
        found = [through], [t for t in found[1] if t.key != through.key and t.token_start > through.token_end], found[2]
    if found is not None and found[0] and found[1]:
        # «ونفت السلطات التونسية، بما في ذلك الرئيس التونسي، وجود أي اتفاق»: the side the source includes is no
        # target, nor is the commander of the forces that act («قوات الجيش الوطني الليبي بقيادة حفتر»)
        leaders = [t for t in found[1] if _leading(doc, t) and t.token_start > i]
        found = found[0], [t for t in found[1] if not _included_in(doc, t, found[0]) and not _leading(doc, t)
                           and _preceding_word(doc, t) not in _ASCRIBED
                           and not _in_the_title_of(doc, t, found[0])], found[2]
        if not found[1] and leaders and m.trigger.kind == "verb":
            # «طالب ائتلاف الوطنية بزعامة علاوي الحكومة العراقية»: the object comes after the subject's leader
            found = found[0], [x for x in spots if x.token_start >= leaders[-1].token_end and not governed(doc, x)
                               and words_between(doc, leaders[-1].token_end - 1, x.token_start) <= OBJECT_AFTER_NAME
                               and can_act(x, lexicon)][:1], found[2]
        # («هجوم انتحاري نسبته الحكومة الى التنظيم»: who ascribed the attack was not attacked; «طالب مسعود
        # البارزاني رئيس إقليم كردستان العراق»: the body his title names is his own)
    if found is not None and found[1] and m.trigger.code[:2] == "17":
        # «وقضت المحكمة بسجن المتهمين في قضية خلية الظواهري»: the case a sentence is passed in is named after someone
        # who is not the one sentenced
        found = found[0], [t for t in found[1] if not _names_the_case(doc, t)], found[2]
    if found is not None and found[0] and len(found[1]) > 1 and any(_alongside(doc, t) for t in found[1]) \
            and not all(_alongside(doc, t) for t in found[1]):
        # «تدعم إيران، إلى جانب روسيا، الرئيس السوري»: the side named «alongside» the subject acts with it
        found = found[0] + [t for t in found[1] if _alongside(doc, t)], \
            [t for t in found[1] if not _alongside(doc, t)], found[2]
    if found is not None and found[0] and found[1] and m.trigger.code[:2] in VIOLENCE_ROOTS \
            and _own_men_struck(found[0], found[1]):
        # «اعلن الجيش التركي مقتل ثلاثة جنود اتراك … حين فتح عناصر من حزب العمال الكردستاني النار»: a force
        # that tells of its own men killed did not kill them
        return [], found[1], found[2]
    if found is not None and found[0] and _quoted_after_saying(doc, i, found[0][0]):
        # «وتوعد قائلا "أبلغنا الحكومة العراقية …"»: whoever the quotation names is not the verb's dropped subject;
        # it is told the words
        return [], found[0] + found[1], found[2]
    if found is not None and found[0] and m.trigger.kind == "noun" and found[0][0].token_start == i + 1 \
            and found[0][0].entity is None and doc.tokens[i + 1].norm == _SECURITY:
        # «ويجدد تهديد أمن المملكة»: the kingdom's security is what is threatened, not forces that threaten
        return [], found[0] + found[1], found[2]
    if found is not None and _called_to_meet(doc, i, m, found[0]):
        # «ودعا مجلس الأمن للاجتماع سريعا»: the body called on to meet is no caller; who called is the
        # clause's subject
        return [], found[0] + found[1], found[2]
    journey = _met_at_the_journey_s_end(doc, i, m, spots, lexicon)
    if journey is not None:
        return journey
    holder = held_by(doc, i, m, spots)
    if holder:
        # «سبعة ناشطين كانوا محتجزين لدى المتمردين الحوثيين»: who holds them detained them; the clause's subject
        # (who flew them home) did not; «صحفيين أمريكيين كانوا مختطفين لدى تنظيم داعش»: the side described is held
        at = i - 1 if i > 0 and strip_conj(doc.tokens[i - 1].norm) in _WERE else i  # «صحفيين كانوا مختطفين»
        return holder, [s for s in spots if s.token_end == at and s.key not in {h.key for h in holder}], \
            found[2] if found else None
    sender = _sender(doc, i, m, spots)
    if sender and found and can_act(sender[0], lexicon):
        # «تلقى طلبا رسميا من وزارة الداخلية», «تلقى أمير قطر اتصالا هاتفيا من الرئيس التركي»: who sent it acted on
        # the one who received it (named or not: «نائب خادم الحرمين يتلقى اتصالاً من سمو وزير الداخلية الإماراتي»)
        senders = {s.key for s in sender}
        return sender, [s for s in found[0] if s.key not in senders], found[2]
    met = _counterparts(doc, i, spots) if m.trigger.code[:2] in _WITH_COUNTERPARTS else None
    if not met:
        return found
    # «لدى وصوله للاجتماع بنظرائه الفرنسي والألماني», «يلتقي ظريف بنظرائه من الدول الخمسة … وهي الصين وفرنسا»:
    # the counterparts are whom he met, never who met them; «ـه» is who did
    counterparts = {s.key for s in met}
    source = [s for s in found[0] if s.key not in counterparts] if found else []
    if not source:
        source = _possessor(doc, met[0].token_start - 1, [s for s in spots if s.token_end <= i], lexicon)
    # «بعد اجتماع مع وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني ونظرائه الفرنسي»: she was met too
    also_met = [s for s in spots if i < s.token_start and s.token_end <= met[0].token_start
                and words_between(doc, i, s.token_start) <= COUNTERPART_REACH]
    if not also_met or not _listed_before_counterparts(doc, also_met[-1], met[0]):
        also_met = []
    return source, [s for s in also_met + met if s.key not in {x.key for x in source}], found[2] if found else None


_CASE_WORDS = frozenset(normalize_word(w) for w in ("قضية", "القضية", "بقضية", "وقضية", "ملف", "بملف"))
CASE_NAME_WORDS = 2  # words of a case's name before the side it is named after: «قضية خلية الظواهري»


def _names_the_case(doc: Document, spot: ActorSpot) -> bool:
    """The spot names a court case («في قضية خلية الظواهري», «بقضية خاشقجي»): «قضية» within two words before it."""
    for k in range(spot.token_start - 1, max(-1, spot.token_start - CASE_NAME_WORDS - 1), -1):
        if doc.tokens[k].kind != "word":
            return False
        if doc.tokens[k].norm in _CASE_WORDS:
            return True
    return False


_EXCHANGING = frozenset(normalize_word(w) for w in ("تبادل", "تبادلت", "يتبادل", "تتبادل", "تبادلا", "تبادلوا",
                                                      "يتبادلان", "تتبادلان", "يتبادلون"))


def _exchanged_between(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon
                       ) -> tuple[list[ActorSpot], list[ActorSpot]] | None:
    """«وتبادل التحالف والحوثيون الاتهام», «تبادلت القوات الهندية والباكستانية إطلاق النار»: the two sides joined
    between «تبادل» and its masdar at i act on each other (the first as source)."""
    verb = next((k for k in range(i - 1, max(-1, i - LIGHT_VERB_WINDOW - 2), -1)
                 if strip_conj(doc.tokens[k].norm) in _EXCHANGING), None)
    if verb is None or _crosses(doc, verb + 1, i, set()):
        return None
    sides = [s for s in before if verb < s.token_start and s.token_end <= i and not governed(doc, s)
             and can_act(s, lexicon)]
    if len(sides) != 2 or not spot_conjoined(doc, sides[1]) or sides[1].token_end != i:
        return None  # (the masdar right after them, the verb's object: not «… الاتهام بالوقوف خلف الهجمات»)
    return [sides[0]], [sides[1]]


_FOOTAGE = frozenset(normalize_word(w) for w in ("فيديو", "فيديوا", "تسجيلا", "تسجيل", "شريطا", "شريط", "مقطعا"))
_BROADCASTING = frozenset(normalize_word(w) for w in ("بث", "بثت", "يبث", "تبث", "نشر", "نشرت", "ينشر", "تنشر"))
_SURVIVING = frozenset(normalize_word(w) for w in (
    "نجا", "نجت", "نجوا", "نجيا", "ينجو", "تنجو", "ينجون", "ناجون", "ناجين", "الناجين", "الناجون"))
_ATTEMPT = frozenset(normalize_word(w) for w in ("محاولة", "محاولات", "ثاني", "أكبر", "أول"))
SURVIVOR_REACH = 4  # words from the survival verb to its subject, either side: «نجا الرئيس الأفغاني من»


def _survivors(doc: Document, i: int, spots: list[ActorSpot]) -> list[ActorSpot]:
    """The side that survived the attack at i («نجا … من هجوم», «من محاولة اغتيال»), before or after the verb."""
    j = i - 1
    while j > 0 and strip_conj(doc.tokens[j].norm) in _ATTEMPT:
        j -= 1  # «من محاولة اغتيال», «من ثاني أكبر هجوم»
    if j < 1 or doc.tokens[j].norm != "من":
        return []
    verb = next((k for k in range(j - 1, max(-1, j - SURVIVOR_REACH - 2), -1)
                 if strip_conj(doc.tokens[k].norm) in _SURVIVING), None)
    if verb is None:
        return []
    between = [s for s in spots if verb < s.token_start and s.token_end <= j]
    if between:
        return between[:1]
    return [s for s in spots if s.token_end <= verb and words_between(doc, s.token_end - 1, verb) <= 1][-1:]


_ENVOYS = frozenset(normalize_word(w) for w in ("سفير", "سفيرة", "مندوب", "مندوبة", "ممثل", "ممثلة", "مبعوث",
                                                 "مبعوثة"))
ENVOY_POSTING_WORDS = 4  # words of «لدى المنظمة الدولية» between an envoy's country and his verb


def _envoy_before(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon) -> ActorSpot | None:
    """«سفيرة الولايات المتحدة لدى المنظمة الدولية حثت»: the country of an envoy whose posting ends right before
    the verb (the country is governed by the title, so it is not found as the subject standing before it)."""
    k, words = i - 1, 0
    while k > 0 and words <= ENVOY_POSTING_WORDS and doc.tokens[k].kind == "word" and doc.tokens[k].norm != POSTED_AT:
        k, words = k - 1, words + 1
    if k <= 0 or doc.tokens[k].norm != POSTED_AT:
        return None
    country = next((s for s in before if s.token_end == k), None)
    if country is None or country.token_start == 0 or not can_act(country, lexicon):
        return None
    return country if strip_conj(doc.tokens[country.token_start - 1].norm).removeprefix("ال") in _ENVOYS else None


def undergone_after_kana(doc: Document, i: int, m: TriggerMatch) -> bool:
    """«الرهينة … التي كانت مختطفة في اليمن»: after «كان» a participle of arrest or violence tells what was done to
    the one described; the clause's subject did not do it (who did is told after «لدى» or «على أيدي»)."""
    return m.trigger.kind == "participle" and m.trigger.code[:2] in _DONE_TO_ROOTS and i > 0 \
        and strip_conj(doc.tokens[i - 1].norm) in _WERE


_SECURITY = "امن"  # «أمن», normalised: a country's security, or its security forces
_WERE = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})


def held_by(doc: Document, i: int, m: TriggerMatch, spots: list[ActorSpot]) -> list[ActorSpot]:
    """«محتجزين لدى المتمردين الحوثيين», «مختطفين لدى تنظيم داعش»: a participle of holding, then «لدى» and a
    side — the side holds them, so it detained or took them."""
    if m.trigger.kind != "participle" or m.trigger.code[:3] not in ("173", "181") or i + 2 >= len(doc.tokens) \
            or doc.tokens[i + 1].norm != POSTED_AT:
        return []
    holders = [s for s in spots if s.token_start >= i + 2]
    if not holders or holders[0].token_start != i + 2:
        return []
    first = holders[0]
    if first.entity is None and len(holders) > 1 and holders[1].token_start == first.token_end:
        first = holders[1]  # «المتمردين الحوثيين»: the rebels the name says
    return actor_group(doc, first, holders)


# «بما في ذلك», «بمن فيهم», «ومن بينهم»: the words that open a list of those a group includes
_INCLUDING = (("بما", "في", "ذلك"), ("بما", "فيها"), ("بما", "فيهم"), ("بمن", "فيهم"), ("بمن", "فيها"),
              ("ومن", "بينهم"), ("من", "بينهم"), ("وبينهم",), ("بينهم",))


# «قوات الجيش الوطني الليبي بقيادة حفتر», «قوات يقودها», «التحالف الذي تقوده السعودية»: the words before the one
# who leads the side before them
LEADING = frozenset(normalize_word(w) for w in ("بقيادة", "بزعامة", "بإمرة", "يقودها", "يقوده", "تقوده", "تقودها"))


def _leading(doc: Document, spot: ActorSpot) -> bool:
    """«بقيادة حفتر»: the side named as leading the one before it."""
    k = _word_before(doc, spot.token_start)
    return k >= 0 and strip_conj(doc.tokens[k].norm) in LEADING


def _included_in(doc: Document, spot: ActorSpot, group: list[ActorSpot]) -> bool:
    """The spot opens a list of whom a side of `group`, right before the phrase, includes."""
    for phrase in _INCLUDING:
        k = spot.token_start - len(phrase)
        if k >= 1 and tuple(doc.tokens[k + n].norm for n in range(len(phrase))) == phrase:
            j = k - 1
            while j >= 0 and doc.tokens[j].kind == "punct":
                j -= 1
            return any(g.token_end == j + 1 for g in group)
    return False


def _aimed_on_after(doc: Document, spot: ActorSpot, after: list[ActorSpot]) -> bool:
    """«هجوم الأسد على إدلب»: «على» or «ضد» and a place right after the side name what its attack struck (not
    «هجمات الرئيس الفلبيني على أنصار حقوق الإنسان», an attack in words)."""
    k = spot.token_end
    return k < len(doc.tokens) and doc.tokens[k].norm in ("علي", "ضد") and any(
        x.token_start == k + 1 and x.entity is not None and x.entity.label == "LOC" for x in after)


_BRACKET_REACH = 12  # words an aside in brackets runs on after the side it names


def _bracket_opening(doc: Document, i: int, spot: ActorSpot) -> int | None:
    """The opening bracket of an aside the spot stands in, opened after the trigger at token i and closed soon."""
    opening = next((k for k in range(spot.token_start - 1, i, -1) if doc.tokens[k].text in "()"), None)
    if opening is None or doc.tokens[opening].text != "(":
        return None
    end = min(len(doc.tokens), spot.token_end + _BRACKET_REACH)
    closing = next((k for k in range(spot.token_end, end) if doc.tokens[k].text in "()"), None)
    return opening if closing is not None and doc.tokens[closing].text == ")" else None


SPEAKER_TITLE_REACH = 6  # words from a verb of saying to the speaker it names, past his title: «وقال مدير المرصد»


def _speaker_named_after_saying(doc: Document, spot: ActorSpot) -> bool:
    """«وقال مدير المرصد رامي عبد الرحمن "استهدفت قوات النظام …"»: the side is the speaker a verb of saying just named;
    the quote he opens is his words, whose verb has a subject of its own (not «واشنطن "رحبت"», a side then its verb in
    quotation marks)."""
    lo = doc.sentences[sentence_of(doc, spot.token_start)].token_start
    for k in range(spot.token_start - 1, max(lo, spot.token_start - SPEAKER_TITLE_REACH) - 1, -1):
        if is_saying_verb(strip_conj(doc.tokens[k].norm)):
            return True
    return False


def _behind_a_governed_title(doc: Document, i: int, lemma: str, spot: ActorSpot, before: list[ActorSpot]) -> bool:
    """«دعوى ضد الرئيس دونالد ترامب تتهمه», «مذكرة رفعتها لرئيس الحكومة بنيامين نتنياهو … طالبت فيها»: the man
    named right after his title, which a preposition governs, is the preposition's object too, not the subject of
    the verb at i after him — when the verb takes him up as its object or is feminine after a man's title (but
    «معلومات نسبت للأمير القطري الشيخ تميم ينتقد فيها»: he criticises)."""
    if spot.entity is None or spot.entity.label != "PER" or governed(doc, spot):
        return False
    group = _group_back(doc, spot, before)
    if len(group) < 2 or not governed(doc, group[0]) or _list_behind_preposition(doc, group):
        return False
    verb = strip_conj(doc.tokens[i].norm)
    feminine = (verb.startswith("ت") and not lemma.startswith("ت")) or (verb.endswith("ت") and not lemma.endswith("ت"))
    return _carries_object_pronoun(verb, lemma) or (feminine and not doc.tokens[group[0].token_start].norm.endswith("ه"))


def _list_behind_preposition(doc: Document, group: list[ActorSpot]) -> bool:
    """«في مصر وتركيا»: sides joined by «و» whose first stands behind a preposition are its object, not a subject
    (but «للرئيس التركي رجب طيب أردوغان»: a name after its governed title is no list)."""
    return governed(doc, group[0]) and any(spot_conjoined(doc, s) for s in group[1:])


_IYYA = frozenset({"اياه", "اياها", "اياهم", "اياهما", "اياهن"})


_SECURITY_ROLES = frozenset({"MIL", "COP"})


def _own_men_struck(source: list[ActorSpot], target: list[ActorSpot]) -> bool:
    """Every side struck is soldiers or police no entity names («جنود اتراك», «شرطيين مصريين»), of a country
    the source, a state's body or forces, acts for."""
    if any(non_state_actor(s) for s in source):
        return False  # «المعارضة المسلحة في حربها ضد القوات الحكومية»: rebels fight their own country's forces
    countries = {s.side for s in source if s.side}
    return bool(countries) and all(t.entity is None and t.generic is not None
                                   and t.generic[1][-3:] in _SECURITY_ROLES  # («TURMIL»: the country's soldiers)
                                   and t.side in countries for t in target)


def _only_one_held(doc: Document, i: int, m: TriggerMatch, spot: ActorSpot, after: list[ActorSpot]) -> bool:
    """«حمّل X المسؤولية» names the one held responsible right before «المسؤولية», its subject before it: with one
    side (or one list) alone between the verb and «المسؤولية», that side is the object."""
    if m.trigger.lemma != "حمل" or m.complement is None or spot.token_start >= m.complement:
        return False
    if _carries_object_pronoun(strip_conj(doc.tokens[i].norm), m.trigger.lemma):
        return False  # «غولن الذي تحمله أنقرة مسؤولية انقلاب»: «ـه» is held responsible; the side after holds him
    group = actor_group(doc, spot, after)
    # «حماس والمنظمات الفلسطينية»: the nisba of a noun the list joins with «و» is still in it
    # («حماس التي تسيطر على قطاع غزة المسؤولية»: a place in a relative clause describing it is no second side)
    relative = next((k for k in range(group[-1].token_end, m.complement) if doc.tokens[k].norm in RELATIVE_PRONOUNS),
                    None)
    return all(x in group or (_is_nisba(doc, x) and conjoined(doc.tokens[x.token_start - 1]))
               or (relative is not None and x.token_start > relative)
               for x in after if x.token_start < m.complement)


def _listed_before_counterparts(doc: Document, spot: ActorSpot, first_counterpart: ActorSpot) -> bool:
    """«موغيريني ونظرائه الفرنسي»: the side ends where «ونظرائه» (conjoined) opens the counterparts."""
    gap = [t for t in doc.tokens[spot.token_end:first_counterpart.token_start] if t.kind == "word"]
    return len(gap) == 1 and conjoined(gap[0]) \
        and strip_conj(gap[0].norm).lstrip("بل").startswith(_COUNTERPART_STEMS)


_TO_MEET = frozenset(normalize_word(w) for w in ("للاجتماع", "للانعقاد", "لعقد"))


def _called_to_meet(doc: Document, i: int, m: TriggerMatch, source: list[ActorSpot]) -> bool:
    """An appeal whose complement is a meeting («دعا … للاجتماع») with only bodies between the verb and it."""
    return m.trigger.code == "020" and m.complement is not None and doc.tokens[m.complement].norm in _TO_MEET \
        and bool(source) and all(i < s.token_start and s.token_end <= m.complement and s.entity is not None
                                 and s.entity.label == "ORG" for s in source)


_RECEIVING = frozenset(normalize_word(w) for w in (
    "تلقى", "تلقت", "يتلقى", "تتلقى", "تلقوا", "تسلم", "تسلمت", "يتسلم", "تتسلم", "استلم", "استلمت", "يستلم", "تستلم"))
SENDER_REACH = 4  # words from what was received to the «من» of its sender: «طلبا رسميا من»


def received(doc: Document, i: int) -> bool:
    """The trigger at token i is a receiving verb («تلقى اتصالا») or the thing received right after one."""
    return strip_conj(doc.tokens[i].norm) in _RECEIVING or (i > 0 and strip_conj(doc.tokens[i - 1].norm) in _RECEIVING)


def _sender(doc: Document, i: int, m: TriggerMatch, spots: list[ActorSpot]) -> list[ActorSpot]:
    """The side after «من» that sent what a receiving verb took in: the trigger is «تلقى» itself («تلقى اتصالا») or
    the thing received right after it («تلقى طلبا»); [] otherwise."""
    toks = doc.tokens
    if not received(doc, i):
        return []
    thing = m.complement if m.complement is not None and strip_conj(toks[i].norm) in _RECEIVING else i
    for k in range(thing + 1, min(len(toks), thing + SENDER_REACH + 1)):
        if toks[k].kind != "word":
            return []
        if toks[k].norm == "من":
            after = [s for s in spots if s.token_start > k]
            start = k + 1  # «من صاحب السمو الملكي الأمير سلمان بن حمد»: the honorifics before the name
            while start < len(toks) and toks[start].norm in _SENDERS_HONORIFICS:
                start += 1
            # («من سمو وزير الداخلية الإماراتي»: a title the dictionary does not name, then the nisba that does)
            return actor_group(doc, after[0], after) if after and after[0].token_start <= start + SENDER_TITLE_WORDS \
                and all(toks[n].kind == "word" and not is_preposition(strip_conj(toks[n].norm))
                        for n in range(start, after[0].token_start)) else []
    return []


SENDER_TITLE_WORDS = 2
# the styles a head of state or minister is addressed by: «لفخامة الرئيس», «لجلالة الملك», «لسمو الأمير»
_STYLES = frozenset(normalize_word(w) for w in ("فخامة", "جلالة", "سمو", "معالي", "دولة", "سعادة", "صاحب"))
_SENDERS_HONORIFICS = _STYLES | frozenset(normalize_word(w) for w in (
    "السمو", "الملكي", "الشيخ", "الأمير", "الفريق", "الركن", "أول", "اللواء", "العميد", "الدكتور"))
_BODY_HEADS = frozenset(normalize_word(w) for w in ("منظمة", "هيئة", "وكالة", "مجلس", "لجنة", "رابطة", "اتحاد"))
LONG_NAME_REACH = 7  # words of a body's description before its short name: «منظمة البلدان المصدرة للبترول أوبك»


def _long_body_name(doc: Document, i: int, spot: ActorSpot) -> bool:
    """The masdar at i is followed by a body's head noun («منظمة») whose description ends in the spot, the body's
    own name, with no punctuation between: the body is the masdar's genitive."""
    toks = doc.tokens
    return i + 1 < len(toks) and strip_conj(toks[i + 1].norm) in _BODY_HEADS and spot.entity is not None \
        and spot.entity.label == "ORG" and 3 < spot.token_start - i <= LONG_NAME_REACH \
        and all(toks[j].kind == "word" for j in range(i + 1, spot.token_start))


_WITH_COUNTERPARTS = frozenset({"03", "04"})
_COUNTERPART_STEMS = ("نظير", "نظرا")  # «نظيره», «نظيرتها», «نظرائه», «نظراءه»
COUNTERPART_REACH = 8  # words from a meeting to «بنظرائه» past the subject: «يلتقي وزير الخارجية … ظريف بنظرائه»
COUNTERPART_LIST_REACH = 14  # words from «من» to the list of the counterparts' countries


def _counterparts(doc: Document, i: int, spots: list[ActorSpot]) -> list[ActorSpot]:
    """The sides of the counterparts met: the peoples' adjectives right after «نظرائه», or the countries after its
    «من» (past a description, as in «من الدول الخمسة الموقعة على الاتفاق … وهي الصين وفرنسا»)."""
    toks = doc.tokens
    k = next((j for j in range(i + 1, min(len(toks), i + COUNTERPART_REACH + 1))
              if toks[j].kind == "word" and strip_conj(toks[j].norm).lstrip("بل").startswith(_COUNTERPART_STEMS)), None)
    if k is None or any(toks[j].kind == "punct" for j in range(i + 1, k)):
        return []
    after = [s for s in spots if s.token_start > k]
    if not after:
        return []
    if after[0].token_start == k + 1 and _is_nisba(doc, after[0]):
        return actor_group(doc, after[0], after)
    if k + 1 < len(toks) and toks[k + 1].norm == "من":
        first = next((s for s in after if words_between(doc, k + 1, s.token_start) <= COUNTERPART_LIST_REACH
                      and s.entity is not None and s.entity.label == "LOC"
                      and not any(toks[j].text[:1] in ".؟!" for j in range(k + 1, s.token_start))), None)
        if first is not None:
            return actor_group(doc, first, after)
    return []


# participles of «قال» and «أضاف» (from the quotes' speech lexicon) that open what the subject said, right after its
# verb: «وتوعد قائلا "…"»
_QUOTING_PARTICIPLES = frozenset(form for form, cue in SPEECH_CUES.items()
                                 if cue.form == "participle" and cue.lemma in ("قال", "أضاف"))


def _quoted_after_saying(doc: Document, i: int, spot: ActorSpot) -> bool:
    """Whether the spot stands inside a quotation that a saying participle right after the verb at i opens."""
    j = i + 1
    if j >= len(doc.tokens) or strip_conj(doc.tokens[j].norm) not in _QUOTING_PARTICIPLES:
        return False
    j += 1
    while j < spot.token_start and doc.tokens[j].kind == "punct" and doc.tokens[j].text in ":،,":
        j += 1
    return j < spot.token_start and opens_quote(doc, j)


def _participants(doc: Document, i: int, m: TriggerMatch, spots: list[ActorSpot], lexicon: EventLexicon,
                  triggers: set[int]) -> tuple[list[ActorSpot], list[ActorSpot], ActorSpot | None] | None:
    """The sides the trigger's clause names around it, before a sender or counterparts are read over them."""
    spots = _led_by_folded(doc, _not_excepted(doc, spots))
    after = [s for s in spots if s.token_start > i]
    # «واتهمت منظمة الخوذ البيضاء (الدفاع المدني في مناطق سيطرة فصائل المعارضة) قوات النظام»: what brackets right
    # after a side say of it is an aside, no side of the event (but «مكتب التحقيقات الفيدرالي (أف بي آي)» names
    # the same side again, and «الدول الكبرى (روسيا والصين …)» lists the members of a collective)
    if after and "(" in doc.text[doc.tokens[i].end:after[-1].start]:
        after = [s for s in after if (opening := _bracket_opening(doc, i, s)) is None
                 or not any(x.token_end == opening and x.key != s.key and not is_collective(x) for x in spots)]
    before = [s for s in spots if s.token_end <= i]
    if m.trigger.kind == "verb" and done_together(m.trigger) and two_taken_up_before(doc, i):
        before = []  # «أن أردوغان تحادث مع بوتين وأنهما تباحثا»: the two, not the last one named
    aside = _relation_aside(doc, i, before) if m.trigger.kind == "verb" else None
    if aside is not None:  # «إن روسيا، حليفة دمشق، تقتل المدنيين»: the ally's genitive is no side of the act
        before = [s for s in before if s.token_end <= aside]
    if m.trigger.code[:2] in VIOLENCE_ROOTS:
        # «وأدان بان كي مون بشدة قتل الطفل»: who condemns the killing right before it neither killed nor was killed
        before = [s for s in before if not _reacting_subject(doc, s, triggers) and not _asking_subject(doc, s, i)]
    source: list[ActorSpot] = []
    patient: list[ActorSpot] = []
    protest_at = False  # «احتجاجا على قرار الحكومة»: the government is what the protest is at
    cataphoric = False  # the source is the subject of the clause after a circumstance («خلال لقائه …، أكد»)
    if m.trigger.kind == "blame":
        return _blame_participants(doc, i, before, lexicon)
    if m.trigger.kind == "participle":
        # «وذكر الجبير أن أنشطة إيران … معلنا دعم»: the subject of the main clause, the first free actor — but not
        # the side «إياهم» takes up again («وانتقد الملياردير الجمهوري المهاجرين المكسيكيين متهما اياهم»: the
        # Mexicans are accused; who accused them is unnamed)
        taken_up_group = _group_back(doc, before[-1], before) \
            if before and i + 1 < len(doc.tokens) and doc.tokens[i + 1].norm in _IYYA else []
        taken_up = {g.key for g in taken_up_group}
        for s in before if not undergone_after_kana(doc, i, m) else ():
            if not governed(doc, s) and can_act(s, lexicon) and s.key not in taken_up \
                    and not _object_of_his_act(doc, s, triggers) and _preceding_word(doc, s) not in _SHAKING:
                source = actor_group(doc, s, before)
                break
        if taken_up_group and not located_in(doc, taken_up_group[0]) and not _after_a_circumstance(doc, taken_up_group[0]):
            # «قطع ترامب المساعدات عن باكستان، متهما إياها بتوفير ملاذ … في أفغانستان»: the one accused is the side
            # taken up, not a place its charge names
            patient = [g for g in taken_up_group if g.key not in {x.key for x in source}]
    elif m.trigger.kind == "verb":
        that = that_he_before(doc, i)  # «أنها أوقفت», «وإنه يأمل»: where «أنه» stands right before the verb
        # «روسيا تستدعي», «واشنطن "رحبت"», «"هيومن رايتس ووتش" تطالب»: the subject stands right before the verb
        fronted = before and (before[-1].token_end == i or before[-1].token_end == aside or (before[-1].token_end == i - 1 and (
            (opens_quote(doc, i - 1) and not (_speaker_named_after_saying(doc, before[-1])
                                              and not (is_first_person(doc.tokens[i].norm, m.trigger.lemma)
                                                       or speaks_as_i(doc, i, m.trigger.lemma))))
            or doc.tokens[i - 1].text in _CLOSING_QUOTES or doc.tokens[i - 1].text == ")"
            or _armed_unit_of(doc, before[-1], i - 1) or _body_and_adjective(doc, before[-1], i - 1)))
            or _auxiliaries_between(doc, before[-1].token_end, i)) \
            and not _subject_after_its_object(doc, i, m.trigger.lemma, before[-1], after, lexicon) \
            and not _subject_before_its_complement(doc, i, m, after, lexicon)
        killed = m.trigger.lemma in _MARTYRED or (m.trigger.code.startswith(_DONE_TO_THE_NAMED) and not fronted
                  and _named_victim_where(doc, i, after) is not None) or (m.trigger.code[:3] == "182" and (
            ((fronted or _subject_before_qad(doc, i) or _after_relative_pronoun(doc, i))
             and (_no_object_after(doc, i, after) or _no_object_after_a_glued_word(doc, i, after)))
            or (not fronted and (_counted_after(doc, i) or _cause_after(doc, i) or _unnamed_victims_after(doc, i, after)
                                 or _named_victim_struck(doc, i, after) is not None)))) or (
            # «عزيز إسبر قد قتل في انفجار», «وقتل 7 جنود ليبيين», «وقتل في الغارة عدد من الخبراء»
            m.trigger.code[:3] in _UNDERGONE_CODES and m.complement is None and (
                (_after_relative_pronoun(doc, i) and _no_object_after(doc, i, after))
                # «وكان حيفيتز قد اعتقل الأحد»: a man before «قد» and no object after: he was arrested
                or (_subject_before_qad(doc, i) and _no_object_after(doc, i, after) and bool(before)
                    and before[-1].entity is not None and before[-1].entity.label == "PER")
                or (not fronted and _counted_after(doc, i) and that is None
                    and not _subject_before_qad(doc, i))))
        # («اعتقل عشرات الآلاف من الأفراد في مصر»: a count right after an arrest verb is who was arrested)
        # were killed, «الناشط … الذي اختطف الأربعاء الماضي» was abducted (but «الجيش الإسرائيلي قتل ثلاثة
        # فلسطينيين»: the subject stands before the verb)
        if fronted and not killed and verb_conjoined(doc.tokens[i]) \
                and not (m.trigger.code[:2] in VIOLENCE_ROOTS and joined_attack_carrier(doc, i) is not None):
            # a side right before a verb that carries «و» ends the clause before, which the verb goes on from with
            # its own subject: «وأكدت ألمانيا موقف الرئيس الفرنسي وطالبت إيران» (the genitive of the first verb's
            # object), «إسرائيل تمنع وفدًا من دخول الكنيست وتوبخ 5 سفراء», «وتلقى العاهل الأردني اتصالات من ولي
            # العهد السعودي … واستقبل», «أنه تحرك ضد أهداف إيرانية في سوريا ويهدد النظام السوري» (where it acted);
            # but not the clause of an attack it goes on describing («ودانت الحكومة عملية انتحارية نفذتها حركة
            # طالبان واستهدفت الشرطة»)
            source = _clause_opening_subject(doc, i, before, lexicon)
        elif fronted and not killed and not governed(doc, before[-1]) and can_act(before[-1], lexicon) \
                and not _behind_a_governed_title(doc, i, m.trigger.lemma, before[-1], before) \
                and not _deep_in_a_phrase(doc, before[-1]) and not _bracketed_place(doc, before[-1]) \
                and not _genitive_in_a_circumstance(doc, before[-1]) and not _after_compass(doc, before[-1]) \
                and (not located_in(doc, before[-1]) or _insider_side(doc, before[-1])):
            # (not «وإلى جانب أهداف حزب العمال قصفت طائرات تركية», nor «وفي البيضاء (وسط اليمن) شنت المقاومة», nor
            # «من سبها الواقعة … جنوب طرابلس "قتل حوالى 29"»)
            source = _group_back(doc, before[-1], before)  # «روسيا تستدعي السفير», «واشنطن "رحبت"»: subject first
            if _list_behind_preposition(doc, source):
                # not a list behind a preposition («مستخدمو البولي إثيلين في مصر وتركيا يفاوضون»), but the people
                # its last member names, whom the verb describes («بين الشرطة ومتظاهرين اجتاحوا مبنى البرلمان»)
                last = source[-1]
                source = [last] if last.entity is None and not strip_conj(doc.tokens[last.token_start].norm) \
                    .startswith("ال") else []
        elif not killed and (dashed := _subject_before_dashes(doc, i, before)
                             or _subject_before_apposition(doc, i, before)) is not None \
                and not governed(doc, dashed) and can_act(dashed, lexicon):
            source = _group_back(doc, dashed, before)  # «حكومة الأسد - التي تتلقى دعما من روسيا - تنفي»
        if not source and not killed and (envoy := _envoy_before(doc, i, before, lexicon)) is not None:
            source = [envoy]  # «وكانت سفيرة الولايات المتحدة لدى المنظمة الدولية حثت روسيا»: her country's act
        governed_end = -1
        # «ودانوا العملية التركية»: a plural past verb carries its subject, so what follows is its object
        # (and so a present plural: «لكن بعض نواب المعارضة يتهمون الرئيس التركي», unless «ن» is the root's: «يتعاون»)
        plural = doc.tokens[i].norm.endswith("وا") or (
            doc.tokens[i].norm.endswith("ون") and strip_conj(doc.tokens[i].norm)[:1] in ("ي", "ت")
            and not m.trigger.lemma.endswith("ن") and m.trigger.kind == "verb")
        no_object_word = m.complement is None or all(is_preposition(w) for w in m.trigger.with_)
        targeted = _targeted_by_means(doc, i, after)
        passive = is_passive(doc.tokens[i]) or killed or targeted
        # («خاشقجي قتل داخل القنصلية»: was killed; «واستهدف جنود فرنسيون بهجوم انتحاري»: were targeted)
        if not passive and m.trigger.code[:2] in _DONE_TO_ROOTS:
            # «أمجد وهبة … خطف في وسط المدينة من قبل أربعة مسلحين»: an agent after «من قبل», «على يد» makes it passive
            # (right after the verb, even when a side stands before it: «مقاتلين دربهم الجيش الأميركي اعتقلوا على
            # أيدي مقاتلي جبهة النصرة»)
            agent = _agent_phrase(doc, i, after, lexicon, triggers, by_only=True)
            passive = bool(agent) and (not source or words_between(doc, i, agent[0].token_start) <= AGENT_RIGHT_AFTER)
        # «واستهدفت قنبلة موكب رئيس الوزراء»: an attack noun as the subject names no one who acted
        # (but «شنت ضربات»: the strikes are what the verb launches, its own complement)
        attack_subject = m.complement is None and i + 1 < len(doc.tokens) \
            and without_lam_or_ba(strip_conj(doc.tokens[i + 1].norm)) in _ATTACK_NOUNS
        # «عملية نفذتها حركة طالبان واستهدفت الشرطة»: the verb goes on with the attack and whoever carried it out
        carried_by = joined_attack_carrier(doc, i) if m.trigger.code[:2] in VIOLENCE_ROOTS else None
        attack_before = attack_subject or carried_by is not None \
            or (m.trigger.code[:2] in VIOLENCE_ROOTS and _attack_antecedent(doc, i))
        unnamed_plural = _plural_noun_before(doc, i)
        subject_before = _subject_before_qad(doc, i) or _described_by(doc, i) or that is not None or attack_before \
            or _whoever(doc, i) or _demonstrative_subject(doc, i) or unnamed_plural \
            or _dual_before_its_verb(doc, i, m.trigger.lemma) \
            or (m.trigger.kind == "verb" and _apposed_name_before(doc, i, before))
        if not source and _possessed_subject_after_that(doc, i, lexicon):
            # «وأوضح الجيش الإسرائيلي أن مقاتلاته قصفت 70 هدفا عسكريا تخص إيران»: «مقاتلاته» is the subject, and
            # «ـه» the side it belongs to; what follows the verb is struck
            subject_before = True
            source = _possessor(doc, i - 1, before, lexicon)
        if carried_by is not None and not source:
            # «ضربات نفذتها الولايات المتحدة وفرنسا وبريطانيا فجر السبت ودمرت ثلاثة مواقع»: who carried it out
            first = next((s for s in before if s.token_start == carried_by + 1), None)
            source = actor_group(doc, first, before) if first is not None else []
        if not source:
            source = _statement_author(doc, i, before, after, lexicon)
        if not source and (met := _met_where_it_went(doc, i, m, before, after, lexicon)) is not None:
            return met
        if (named := _dual_named_sides(doc, i, after)) is not None:
            if done_together(m.trigger):
                return named  # «اتفق الجانبان المصري واليمني»: the sides named by their adjectives, each on the other
            source = named[0] + named[1]  # «وندد الرئيسان الأمريكي والفرنسي بالهجوم»: both condemn it
        # «وتتهم الدولتان إيران»: the two sides told before are the subject; the actor after them is the object
        # (but in «اتفق الجانبان المصري واليمني» the sides are named after it)
        dual_after = i + 1 < len(doc.tokens) and strip_conj(doc.tokens[i + 1].norm) in BOTH_SIDES
        subject_before = subject_before or (dual_after and not any(s.token_start == i + 2 and _is_nisba(doc, s)
                                                                   for s in after))
        relative = _relative_pronoun_before(doc, i)
        if not source and not passive and relative is not None \
                and not _carries_object_pronoun(strip_conj(doc.tokens[i].norm), m.trigger.lemma) \
                and not _resumptive_after(doc, i):
            # «تركيا التي تدعم المعارضة»: with no pronoun to take the antecedent up again, the antecedent is the
            # subject and what follows the object (but «الخطة التي وضعتها روسيا», «قطر التي قطعت السعودية
            # علاقاتها معها»: the subject follows)
            agreeing = any(s.token_start == i + 1 for s in after) \
                and _agrees_with_relative(doc, relative, i, m.trigger.lemma)
            source = [g for a in _relative_antecedent(doc, i, before, lexicon, agreeing=agreeing)
                      for g in _antecedent_group(doc, a, before)]
            # («عناصر الأمن، الذين كانوا يقاتلون مسلحي طالبان»: «كانوا» carries the antecedent as its subject, so
            # with the antecedent not found the side after is still the object)
            subject_before = subject_before or relative < i - 1 or _groups_before(doc, relative) or agreeing
        posting = 0  # words of «لدى الأمم المتحدة» between an envoy's title and his name
        for s in after if not source and not plural and not passive and not subject_before else ():
            if _long_body_name(doc, i, s) and can_act(s, lexicon):
                source = actor_group(doc, s, after)  # «تعهد منظمة البلدان المصدرة للبترول أوبك»: the body's own
                break  # name closes its description
            if _only_one_held(doc, i, m, s, after):
                source = _clause_opening_subject(doc, i, before, lexicon)
                break  # «ووصفت الخارجية الإسرائيلية التجمع … وحملت حماس المسؤولية»: one side before «المسؤولية» is
                # who is held responsible; the subject goes on from the clause before
            if words_between(doc, i, s.token_start) - posting > SOURCE_AFTER \
                    or _crosses(doc, i + 1, s.token_start, triggers) \
                    or (m.trigger.code[:2] == "04" and _with_between(doc, i, s)) \
                    or any(doc.tokens[j].norm in _HE_IS and doc.tokens[j - 1].text in "،,"
                           for j in range(i + 2, s.token_start)):
                break  # («إلى قتل جارهما، وهو مواطن تونسي»: who the object is, not the subject; but «التي لا زالت
                # تدعم الاستمرار فيه وهي الصين وفرنسا»: who the states are)
            if _envoy_posting(doc, s, after):
                posting += s.token_end - s.token_start + 1  # «المندوبة الأمريكية لدى الأمم المتحدة نيكي هايلي»:
                continue  # where the envoy is posted stands between her title and her name
            if _headed_by_title(doc, s) and can_act(s, lexicon):
                source = [s]  # «انتقد الأمين العام لجماعة حزب الله … الأمم المتحدة»: its unnamed head acts for it
                break
            if not no_object_word and m.complement is not None and m.complement > i \
                    and _in_object_chain(doc, m.complement, s):
                break  # «وحشد دعم قادة فرنسا»: France is in the genitive chain of the object «دعم», not the subject
            if not posting and _object_before(doc, i, s):
                break  # «يحرر مواقع جديدة في معقل الحوثيين»: an object and a preposition came first
            if s.token_start > i + 1 and _head_of_its_object(doc, s) \
                    and (m.trigger.code[:2] in _JUDGING_ROOTS or has_ba(doc.tokens[s.token_start - 1])):
                break  # «وأشاد الوزير بدور القوات الروسية», «وامتدح دور القوات الروسية»: whose role is praised
                # (but «وتلتقي المساعي الروسية مع»: the efforts are the subject of a verb that takes none)
            if m.trigger.code[:2] in VIOLENCE_ROOTS and _facility_struck_first(doc, i, s):
                break  # «يستهدف مصفاة شركة أرامكو»: the refinery is struck; the company owns it, it did not strike
            if m.trigger.code[:3] in ("042", "043") and s.token_start - 1 > i \
                    and _strip_prep(doc.tokens[s.token_start - 1]) in _VISITED_SITES:
                break  # «زار سفارة خادم الحرمين الشريفين في روما»: whose embassy was visited did not visit it
            if m.trigger.code[:2] in VIOLENCE_ROOTS and s.token_start - 1 > i \
                    and (_strip_prep(doc.tokens[s.token_start - 1]) in _PLACE_NOUNS
                         or strip_conj(doc.tokens[s.token_start - 1].norm).removeprefix("ال") in _STRUCK_SITES
                         or strip_conj(doc.tokens[s.token_start - 1].norm) in _PRESENCE):
                break  # «واستهدفت الطائرات مواقع الحوثيين», «ضربت كل البنية التحتية الإيرانية», «وقصفت أماكن تواجد
                # المقاومة»: the positions are struck; whose they are did not strike
            if s.token_start > i + 1 and (strip_conj(doc.tokens[i + 1].norm) in _UNNAMED_SUBJECTS
                                          or doc.tokens[i + 1].norm in _UNNAMED_SUBJECTS):  # («والدا»: its «و» is its own)
                break  # «واتهمت عائلة كامبل السلطات البريطانية»: the family, whom no entity names, accused
            if s.token_start > i + 1 and doc.tokens[i + 1].norm in HONORIFIC_PRONOUNS:
                break  # «والتقى سموه طياري التحالف»: «His Highness» is the subject; those after him are met
            if s.token_start > i + 2 and _unnamed_plural_subject(doc, i + 1):
                break  # «وتتهم دول غربية موسكو»: states no entity names accuse; Moscow is the object
            if s.token_start > i + 1 and bare_body_reference(doc, i + 1) is not None:
                break  # «وطالبت الوزارة الدول كافة ومؤسسات الأمم المتحدة»: the ministry named before asks
            if _plural_subject_between(doc, i, s):
                break  # «واتهم دبلوماسيون غربيون موسكو»: unnamed diplomats accused; Moscow is the object
            if m.trigger.code[:2] in VIOLENCE_ROOTS and _unnamed_subject_first(doc, i, s, lexicon):
                break  # «وحاصرت المقاومة ميليشيات الحوثي»: a subject the dictionary does not name came first
            if _counted_nisba(doc, s):
                break  # «طرد 23 دبلوماسيا روسيا»: «روسيًا» describes the diplomats expelled, the object
            if _plural_in_oblique(doc, i, s) and m.trigger.code[:2] != "14":
                break  # «وطالبت المواطنين البريطانيين بتوخي الحذر»: «ـين» is no subject's ending; they are asked
            if gender_clash(doc, i, s) or _man_after_feminine_verb(doc, i, s, m.trigger.lemma) \
                    or _woman_after_masculine_verb(doc, i, s, m.trigger.lemma):
                break  # «واتهم الولايات المتحدة بأنها …»: «he» accused; a country is feminine, so it is the object;
                # «عندما خطفت الزعيم الإيطالي بينيتو موسوليني»: «she» (Germany) seized him
            if m.trigger.code[:2] not in _COERCION_ROOTS and _insider_side(doc, s) and can_act(s, lexicon):
                source = [s]  # «رفضت مصادر سياسية في إسرائيل»: unnamed sources speak for where they sit
                break
            if s.token_start - 2 > i and not posting and _genitive_of_a_governed_noun(doc, s):
                continue  # «يجتمع مع قادة حوثيين»: the Houthis are the genitive of «قادة», behind «مع» (not the envoy
                # named after his post: «المبعوث الخاص إلى سوريا ستيفان دي مستورا»)
            if m.trigger.kind == "verb" and s.token_start - 2 > i and adjective_of_a_governed_noun(doc, s) \
                    and not (i > 0 and is_preposition(strip_conj(doc.tokens[i - 1].norm))):
                governed_end = s.token_end  # (and so is what is joined to it: «إلى الشعب الليبي والحكومة»)
                continue  # «طلبها من السفير الكندي»: the ambassador is asked, behind «من»; Canada did not ask
                # (but «بناء على طلب من السفير الفرنسي»: after «على» it is a request from him)
            apposition = governed_end >= 0 and words_between(doc, governed_end - 1, s.token_start) == 0
            # «وعبر كيري»: the verb itself spelled like a preposition («عبر») governs nothing
            right_after = s.token_start == i + 1 and not any(p.tag == "PREP" for p in doc.tokens[s.token_start].pieces)
            if apposition or (governed(doc, s) and not right_after):
                # «مع أمير الكويت الشيخ صباح»: the apposition is governed too (but not the envoy named after where
                # he is posted: «زار المبعوث الخاص إلى سوريا ستيفان دي مستورا طهران»)
                governed_end = -1 if _envoys_post(doc, s) else s.token_end
                continue
            if m.trigger.code[:3] == "042" and s.entity is not None and s.entity.label == "LOC" \
                    and (s.token_start == i + 1 or relative == i - 1):
                break  # «سيزور إيران», «زار روسيا»: the place right after a visit verb is where he went, as is
                # a place after a relative's visit verb («الوفد الأوروبي الذي زار مؤخرا العاصمة صنعاء»)
                # (but «استضافته باريس»: the host city hosts)
            if _nationality_of_a_person(doc, i, s, after):
                break  # «فقتل الداعشي السعودي والده»: a Saudi IS member killed; Saudi Arabia did not
            if _adjective_of_an_indefinite_object(doc, i, s) \
                    or (is_first_person(doc.tokens[i].norm, m.trigger.lemma) and _adjective_closing_a_chain(doc, i, s)):
                break  # «وقصفت أهدافا إيرانية هناك»: the targets are Iranian; Iran did not strike
            if can_act(s, lexicon) and (not is_bare_demonym(s) or (m.trigger.code[:2] == "14" and counted_crowd(doc, s))
                                         or _people_in_nominative(doc, s) or _after_title(doc, s, i + 1)):
                # («أشاد السفير العماني …»: an unnamed official's people's adjective is the side he acts for)
                source = actor_group(doc, s, after)  # «تظاهر آلاف اليونانيين»: a demonym counted as a crowd
            break  # «زار عدن»: the first free noun after the verb is its object when it cannot act;
            # «العملية التركية»: a bare demonym after the verb qualifies its object
        if unnamed_plural and not source and not passive:
            # «متطرفين إسلاميين استهدفوا العاصمة», «بدعم معارضين يقاتلون»: the plural noun the verb describes is its
            # subject, a side if it names one (even behind a masdar), and no side further back
            head = next((s for s in reversed(before) if s.token_end >= i - 1), None)
            source = _group_back(doc, head, before) if head is not None and can_act(head, lexicon) else []
        # («وقد ندد الزعيمان»: the dual right after the verb is its subject, the two the story just named)
        # (a meeting's «سيلتقي الزعيمان» keeps its reading: the two are each other's side)
        dual_subject = dual_after and not done_together(m.trigger)
        # («قال قرقاش إن أيام الحوثيين صارت معدودة وإنه يأمل»: the subject of a verb after a second «أنه» is its
        # pronoun, the speaker, not a side of the first clause)
        if not source and not passive and not _described_by(doc, i) and not attack_subject and not unnamed_plural \
                and not dual_subject and not (that is not None and doc.tokens[that].norm.startswith("و")):
            for s in reversed(before):
                if words_between(doc, s.token_end - 1, i) > SOURCE_BEFORE or _crosses(doc, s.token_end, i, triggers) \
                        or any((doc.tokens[j].text in "،," and not _apposed_name_ends(doc, s, j, i)
                                and not (j == i - 2 and _subject_before_qad(doc, i)))
                               or another_man(doc, j)
                               or ((j > s.token_end or _words_before_the_verb(doc, j + 1, i))
                                   and _quote_opens_clause(doc, j, i)) for j in range(s.token_end, i)):
                    break  # «أعلنت مقدونيا استقلالها عام 1991، يرفض …»: a comma ends the subject's clause (but not
                    # the one closing a name set off after a title: «سفيرة الولايات المتحدة …، نيكي هايلي، قد حثت»);
                    # «قالت ناورت في بيان "أجرى الوزير …"», «وأضافت الرئاسة الأمريكية "هذا الأسبوع أطلقت قوات
                    # الحرس الثوري"»: the speaker is not the subject inside her quote (but «إن الولايات المتحدة
                    # "أعربت عن …"» quotes the verb of the subject just named)
                if plural and s.entity is not None and s.entity.label == "PER" and not _coordinated(doc, s, before):
                    break  # «شيرين ليست الأولى.. هؤلاء النجوم أنكروا»: one person is not the subject of «أنكروا»
                if verb_conjoined(doc.tokens[i]) and (_genitive_of_a_thing(doc, s)
                                                      or _genitive_of_a_masdar_behind(doc, s)
                                                      or _adjective_of_an_earlier_object(doc, s)):
                    # as in the fronted case, a few words further: «صحيفة ذي تايمز اعتبرت قرار الرئيس الأمريكي مخاطرة
                    # كبيرة ودعت أوروبا», «وصف بوتين انتقادات مجموعة السبع "بالثرثرة" ودعاها»
                    source = _clause_opening_subject(doc, i, before, lexicon)
                    break
                if (not governed(doc, s) or _insider_side(doc, s)) and can_act(s, lexicon) \
                        and not _behind_a_governed_title(doc, i, m.trigger.lemma, s, before) \
                        and not (is_collective(s) and not _counted_up_to(doc, s, i)) and not _bracketed_place(doc, s) \
                        and not _after_compass(doc, s) and (not located_in(doc, s) or _insider_side(doc, s)):
                    # («محور اهتمام المجتمع الدولي إثر … شن هجوم»: a collective named before is no fronted subject;
                    # nor a list behind a preposition: «في مصر وتركيا يفاوضون»)
                    group = _group_back(doc, s, before)
                    source = [] if _list_behind_preposition(doc, group) and not _insider_side(doc, group[0]) else group
                    break
        if len(source) == 1 and source[0].entity is None and not source[0].country:
            # «قتل مسلح موال لحركة الشباب»: an unnamed gunman acts for the side he is loyal to;
            # «تظاهر الآلاف من المواطنين الأردنيين»: the crowd counted is the one named after «من»; armed men
            # «من تنظيم داعش» act for their group
            side = next((s for s in before + after if s.token_start >= source[0].token_end
                         and words_between(doc, source[0].token_end - 1, s.token_start) <= 3
                         and (_loyal_to(doc, s) or (_is_crowd(source[0]) and _counted_from(doc, s))
                              or (_is_unnamed_fighters(source[0]) and _group_member_from(doc, s)))
                         and can_act(s, lexicon)), None)
            if side is not None:
                source = [side]
        if source and not passive and all(x.token_start > i for x in source) \
                and (antecedent := _antecedent_as_subject(doc, i, m.trigger.lemma, before, lexicon)):
            # «حماس التي تتهم إسرائيل بخرق الهدنة»: with no pronoun to take the antecedent up, it is the subject
            # and the side after the verb its object
            source, patient = antecedent, patient or [x for x in source if x.key not in {a.key for a in antecedent}]
        if passive:
            # «قُتل خاشقجي على يد …», «أنه قُتل»: who is named is acted on; the agent follows «من قبل», «على يد»
            source = _agent_phrase(doc, i, after, lexicon, triggers, by_only=True)
            acted_on = next((x for x in reversed(before) if words_between(doc, x.token_end - 1, i) <= SOURCE_BEFORE
                             and not governed(doc, x) and not _relative_verbs_subject(doc, x)
                             and not any(doc.tokens[k].norm in SAYING_THAT for k in range(x.token_end, i))
                             and not _comma_ends_clause(doc, x.token_end, i)), None)
            # (past those killed: «قتل فيه 61 فلسطينيا برصاص الجيش الإسرائيلي»)
            shooter = shot_by(doc, i, after) if killed else None
            if shooter is not None and not source:
                source = actor_group(doc, shooter, after)  # «إنها قتلت "برصاص جيش الاحتلال"»: who shot her
            if killed and not source:
                source = _attacker_of_the_attack_after(doc, i, after, lexicon)  # «في هجوم لحركة طالبان»
            if acted_on is None and targeted:
                acted_on = after[0]  # «واستهدف جنود فرنسيون بهجوم»: the soldiers right after the verb
            if acted_on is None and killed:
                # «قتل زعيم تنظيم القاعدة … ناصر الوحيشي في غارة», «قتل … فادي البطش السبت في العاصمة كوالالمبور»
                acted_on = _named_victim_struck(doc, i, after) or _named_victim_where(doc, i, after)
            if acted_on is None and killed:
                # «قتل جنود أتراك في هجوم», «وقتل 7 جنود ليبيين»: those killed stand right after the verb (or its count)
                in_it = i + 1 < len(doc.tokens) and doc.tokens[i + 1].norm in _IN_IT_WORDS  # «قتل فيه 61 فلسطينيا»
                # (and past a longer count: «قتل أكثر من 50 فلسطينيا برصاص الجنود الإسرائيليين»)
                reach = in_it + max(1, count_length(doc, i + 1 + in_it))
                members = _members_of_after(doc, i + in_it, reach)  # «قتل خمسة من عناصر الميليشيات الحوثية»
                acted_on = next((x for x in after if ((words_between(doc, i, x.token_start) <= reach
                                                       and not governed(doc, x)) or x.token_start == members)
                                 and x is not shooter and x.key not in {y.key for y in source}), None)
            return source, [acted_on] if acted_on is not None and acted_on.key not in {x.key for x in source} else [], None
        if not source and m.trigger.lemma not in _TAKEN_FROM and not attack_before and that is None:
            # (not «ضربات استهدفت مواقع تابعة للنظام السوري»: the strikes are the subject, the positions struck;
            # nor «مشيرة إلى أنها تستهدف ناشطين من حزب العمال»: «ـها» is the subject, those after it are struck)
            source = _affiliation_subject(doc, i, after, lexicon, triggers, m.trigger.code[:2])
        if not source:
            source = _reported_subject(doc, i, before, lexicon)
        if not source:
            source = _subordinate_subject(doc, i, before, lexicon)
        if not source and not (after and after[0].token_start == i + 1 and not governed(doc, after[0])
                               and can_act(after[0], lexicon)):
            # (but «وهو ما نفته بوغوتا»: the verb's own subject follows it)
            source = _what_it_was_called_by(doc, i, before, lexicon)
        if not source and not patient and m.complement is not None and m.complement > i \
                and m.trigger.code[:2] in _MEETING_OR_ACCORD:
            # «وعقد اجتماع بين أردوغان وبوتين»: a passive verb's masdar names its sides after «بين» (not «رفض
            # الاتفاق بين إيران والقوى الكبرى»: who rejects is not a side of the accord)
            one, other = _between(doc, m.complement, after)
            if one and other:
                source, patient = one, other
        # «توجه», «نبه», «اتهم»: a root ending in «ه» or «هم» carries no object pronoun
        pronoun_object = _carries_object_pronoun(strip_conj(doc.tokens[i].norm), m.trigger.lemma)
        if not source and not pronoun_object:
            source = _relative_antecedent(doc, i, before, lexicon)
        if pronoun_object and (joined := _joined_relative_verb(doc, i)) is not None \
                and not any(x.token_end <= i for x in patient):
            # «التحالف الذي تقوده السعودية في اليمن، وتدعمه بريطانيا»: a verb joined to a relative clause goes on
            # describing its antecedent, whom «ـه» takes up; a side after its subject is no second object
            # (the coalition's name may take in its relative clause: «التحالف الذي تقوده السعودية» is one side)
            held = [x for x in _relative_antecedent(doc, joined, before, lexicon, object_pronoun=True)
                    or [y for y in before if y.token_start < joined - 1 < y.token_end]
                    if x.key not in {y.key for y in source}]
            patient = held or patient
        elif pronoun_object and not patient:
            # «قطر التي تتهمها الرياض بدعم الإرهاب»: «ـها» is the antecedent of «التي», the one acted on
            patient = [s for s in _relative_antecedent(doc, i, before, lexicon, object_pronoun=True)
                       if s.key not in {x.key for x in source}]
            if not source and patient and m.trigger.code[:2] in ("11", "12") and _no_subject_after(doc, i, after):
                # «أوضحت أنقرة … الارتباط بين الوحدات الكردية وحزب العمال الكردستاني الذي تصنفه كمنظمة إرهابية»:
                # with no subject after the verb, who labels or accuses is the sentence's subject before (not so
                # for help: «حضت تركيا الولايات المتحدة على استبعاد الوحدات من قوات سوريا الديمقراطية التي تدعمها»)
                first = _first_free_actor(doc, i, before, lexicon, besides={x.key for x in patient})
                source = _group_back(doc, first, before) if first is not None else []
        if pronoun_object and source and not patient and m.trigger.code[:2] in ("17", "18", "20"):
            # «ودفع السادات حياته ثمنا للاتفاق حيث اغتاله إسلاميون»: «ـه» of a killing or an arrest is the man the
            # sentence spoke of
            patient = _the_man_it_spoke_of(doc, i, before, source)
        if not patient and source and _resumptive_after(doc, i):
            # «قطر التي قطعت السعودية علاقاتها معها»: «معها» goes back to the antecedent, the other side
            patient = [s for s in _relative_antecedent(doc, i, before, lexicon) if s.key not in {x.key for x in source}]
    else:
        accusation = _accusation_genitives(doc, i, after) if m.trigger.code == "112" else None
        if accusation is None and m.trigger.code[:2] in ("02", "10"):
            accusation = _request_from(doc, i, before, after, lexicon)
        if accusation is not None:
            source, patient = accusation
        elif m.trigger.code == "112" and (accused := _accused_after_ila(doc, i, after)):
            patient = accused  # «وجه النظام أصابع الاتهام إلى الثوار»: the subject of «وجه» is found below
        if accusation is None and m.trigger.code[:2] == "04" and (taker := _taking_part_in(doc, i, before, lexicon)):
            # «وشارك الأمير محمد بن سلمان في القمة الخليجية الأمريكية»: who took part in it, not the summit's
            # adjective, is the one meeting
            accusation = (taker, [])
            source = taker
        seeker = _seeker(doc, i, before, triggers, lexicon) if m.trigger.code[:2] == "04" and accusation is None else []
        # «زيارة الرئيس الروسي بوتين»: the genitive right after the masdar (an adjective may come between)
        for s in after if accusation is None else ():
            if _long_body_name(doc, i, s):
                source = actor_group(doc, s, after)  # «تعهد منظمة البلدان المصدرة للبترول أوبك»: the body's own
                break  # name closes its description
            if s.token_start - i > 3 or _crosses(doc, i + 1, s.token_start, triggers) or any(
                    is_preposition(strip_conj(doc.tokens[j].norm)) or doc.tokens[j].norm in _NO_GENITIVE_ACROSS
                    or (m.trigger.code[:2] not in VIOLENCE_ROOTS and (any(p.tag == "PREP" for p in doc.tokens[j].pieces)
                                                                   or _lam_title(doc.tokens[j])))
                    for j in range(i + 1, s.token_start)):
                break  # «في مظاهرة أمام القنصلية السعودية», «برقية تهنئة لفخامة الرئيس …»: behind a preposition,
                # not the masdar's genitive (but «في قصف لقوات النظام السوري» names who shelled, see `_lam_agent`)
            if names_an_accord(doc, s, lexicon):
                break  # «قمة القدس», «اتفاق باريس»: the town names the summit or the accord
            if without_lam_or_ba(strip_conj(doc.tokens[i].norm)) in _LAUNCHING and m.complement is not None \
                    and s.token_start == i + 1 and s.token_end <= m.complement and can_act(s, lexicon):
                source = actor_group(doc, s, after)  # «تشير إلى شن دمشق هجوما كيميائيا»: who launched it, before
                break  # what was launched
            if m.trigger.code[:2] in VIOLENCE_ROOTS and _lam_agent(doc, i, s) and can_act(s, lexicon):
                source = actor_group(doc, s, after)  # «في قصف لقوات النظام السوري»: the shelling by them
                break
            if m.trigger.code[:2] in VIOLENCE_ROOTS and s.token_start == i + 1 and not governed(doc, s) \
                    and without_lam_or_ba(strip_conj(doc.tokens[i].norm)) in _ATTACK_NOUNS \
                    and (is_armed(s) or _aimed_on_after(doc, s, after)) and can_act(s, lexicon):
                source = actor_group(doc, s, after)  # «هجوم قوات الحكومة السورية على المدنيين», «لوقف هجوم
                break  # الأسد على إدلب»: theirs (but «استهداف قوات الأمن», «مقتل جنود»: those are struck)
            # «للضربات الإسرائيلية»: the adjective of an attack in a prepositional phrase agrees with it (but
            # «للتهديد الإيراني» is a standing threat, not an act)
            if s.token_start == i + 1 and _agreeing_indefinite_nisba(doc, i, s) \
                    and m.trigger.code[:2] not in VIOLENCE_ROOTS | {"17"}:
                source = actor_group(doc, s, after)  # «إدانة باكستانية و ألمانية و إسبانية للهجوم»: theirs
                break
            if s.token_start == i + 1 and s.start == doc.tokens[s.token_start].start \
                    and any(p.tag == "PREP" for p in doc.tokens[i].pieces) \
                    and (object_with_lam(doc, s) or _bare_object_after(doc, i, s)) \
                    and can_act(s, lexicon) and not (s.entity is not None and s.entity.label == "LOC"
                                                     and m.trigger.code[:2] == "04") \
                    and m.trigger.lemma not in _INVITATIONS:
                # «ونددت دمشق بإجلاء إسرائيل للمجموعة»: inside the prepositional phrase too, the genitive followed
                # by the object with «لـ» is the agent; so is one followed by a bare object («نددت موسكو برفض الدول
                # الغربية الثلاث انتظار تقرير المفتشين»)
                source = actor_group(doc, s, after)
                break
            if s.token_start == i + 1 and m.trigger.code[:2] in _REACTION_ROOTS and _reaction_object_after(doc, s) \
                    and can_act(s, lexicon):
                # «تنديد أحمد قريع بقيام مستوطنين», «رفض إيران للعقوبات»: a condemnation's or refusal's genitive,
                # its object after it with «بـ» or «لـ», is who condemns or refuses
                source = actor_group(doc, s, after)
                break
            if m.trigger.code[:2] in VIOLENCE_ROOTS and _attackers_nisba(doc, i, s):
                # «في قصف إسرائيلي على شمال القطاع», «بمساعدة غارات جوية روسية»: theirs (but «مقتل فرنسي» is a
                # Frenchman killed)
                source = actor_group(doc, s, after)
                break
            if not governed(doc, s) or (s.token_start == i + 1 and m.trigger.code[:2] in _ADJECTIVE_AGENT_ROOTS
                                        and _singular_adjective(doc, s)):
                # («بالعقوبات الأمريكية»: behind a preposition too, whose sanctions they are)
                if _has_possessive(doc.tokens[i]):
                    patient = actor_group(doc, s, after)  # «رفضهم قرار الولايات المتحدة»: «ـهم» is the agent
                    break
                group = actor_group(doc, s, after)
                second = next((x for x in after if x.token_start == group[-1].token_end and x.key != s.key
                               and not governed(doc, x)), None)
                city = s.entity is not None and s.entity.label == "LOC" and not names_its_country(s.entity, lexicon)
                titled = second is not None and second.entity is not None and second.entity.label == "PER" \
                    and _after_title(doc, s, i + 1)
                if second is not None and can_act(s, lexicon) and not city and not titled \
                        and m.trigger.code[:2] not in VIOLENCE_ROOTS:  # «مقتل العميد الأحمر …»: the one killed
                    # «دعوة الكويت مجلس الأمن للانعقاد», «اتهام واشنطن موسكو»: the masdar's subject, then its object
                    source, patient = group, actor_group(doc, second, after)
                    break
                place = s.entity is not None and s.entity.label == "LOC" and m.trigger.code[:2] == "04"
                if _counted_nisba(doc, s):
                    patient = actor_group(doc, s, after)  # «طرد 23 دبلوماسيا بريطانيا لديها»: the diplomats expelled
                    # are British; who expelled them is no genitive here
                elif object_with_lam(doc, s) and can_act(s, lexicon) and not place \
                        and m.trigger.lemma not in _INVITATIONS:
                    # «تحرير القوات المهاجمة لمناطق», «استهداف التحالف لمواقع»: the genitive is the agent,
                    # the object follows with «لـ»
                    source = actor_group(doc, s, after)
                elif ((_is_nisba(doc, s) and (not _plural_nisba(doc, s) or m.trigger.code[:2] in AGENT_GENITIVE_ROOTS
                                               or _attack_noun(without_lam_or_ba(strip_conj(doc.tokens[i].norm))
                                                               .removeprefix("ال"))))
                      or _launched_by(doc, i, s)) and not _qualifies_other_noun(doc, i, s) \
                        and not _a_death(doc.tokens[i]) and not _a_woman_of(doc, i, s) and not (
                            _is_nisba(doc, s) and second is not None and second.entity is not None
                            and second.entity.label == "PER"):
                    # «مقتل التونسي»: the Tunisian is the one who died; «قتل التونسي أنيس العامري»: the nisba
                    # describes the man named after it, who was killed
                    source = actor_group(doc, s, after)  # «الهجوم التركي»: the adjective names the agent
                elif (m.trigger.code[:2] in AGENT_GENITIVE_ROOTS and not _hosting(doc.tokens[i])
                      or (m.trigger.code[:2] == "16" and strip_conj(
                        doc.tokens[i].norm) in _WITHDRAWALS) or _donation(doc.tokens[i]) or _intrusion(doc, i)) \
                        and can_act(s, lexicon) and not place and not _meeting_sought(doc, i, m, group, after) \
                        and (m.trigger.code[:2] != "12" or only_adjectives_between(doc, i, s)) \
                        and (not _article_written(doc.tokens[i]) or (only_adjectives_between(doc, i, s) and not (
                            s.token_start == i + 1 and i > 0 and strip_conj(doc.tokens[i - 1].norm) in _DURING))):
                    # (not «وفي بداية الاستقبال نقل معالي وزير الخارجية»: a noun with the article heads no genitive;
                    # «اتهم يلديريم خلال التظاهرة إسرائيل»: the side after the time it happened is the verb's object,
                    # while «سيشارك في الاجتماع رئيس الكونغو» is the verb's subject, who takes part in it)
                    # «رفض تدخلات إيران»: Iran is the genitive of «تدخلات», the thing rejected
                    doer = _own_act_subject(doc, i, before, triggers, lexicon)
                    if doer and not {x.key for x in doer} & {x.key for x in group}:
                        source, patient = doer, group  # «تواصل تركيا تهديد الأكراد»: Turkey threatens the Kurds
                    else:
                        source = group  # «زيارة بوتين»; but «زيارة روسيا» is a visit to Russia
                elif s.token_start == i + 1 and m.trigger.code[:2] not in VIOLENCE_ROOTS and can_act(s, lexicon) \
                        and not place and _object_after_the_genitive(doc, group[-1].token_end):
                    # «إرسال فرنسا جنودا إلى سوريا», «سحب طهران جميع قواتها من سوريا»: the masdar's genitive with
                    # its object after it is who does it
                    source = group
                else:
                    patient = actor_group(doc, s, after)
                break
        if seeker and {x.key for x in seeker} != {x.key for x in source}:
            # «سفير روسيا يطلب لقاء جونسون», «اقترح بوتين لقاء ترامب»: who asks for the meeting seeks it; the
            # genitive is whom he would meet
            source, patient = seeker, patient or [x for x in source if x.key not in {y.key for y in seeker}]
        if not source:
            # «الغارات التي تشنها تركيا وحلفاؤها», «الاتفاق الذي وقعته طهران»: its relative clause's subject
            source = _relative_agent(doc, i, after, lexicon)
        if not source:
            source = _performer(doc, i, after, lexicon)  # «زيارة يقوم بها وزير الخارجية الأمريكي»
        if not source:
            source = _undertaker(doc, i, before, lexicon)  # «بقيام مستوطنين يهود باقتحام المسجد الأقصى»
        if not source:
            source = _decided_by(doc, i, before, lexicon)  # «قرار واشنطن الاعتراف بالقدس»
        if not source and not patient:
            one, other = _between(doc, i, after)  # «اتصال هاتفي بين السيسي والملك عبد الله»
            if one and other:
                source, patient = one, other
        if m.trigger.code[:2] == "14" and _purpose_masdar(doc.tokens[i]) and (not source or (
                i + 1 < len(doc.tokens) and doc.tokens[i + 1].norm == "علي" and all(s.token_start > i for s in source))):
            # «خرج مئات المتظاهرين احتجاجا على قرار الحكومة»: the protest of the clause's subject, at what follows «على»
            # («احتجاجا على تدخل كندا»: Canada, after «على», is protested at, never the one protesting)
            subject = _clause_subject(doc, i, before, lexicon)
            if subject:
                source, patient = subject, patient or _protested_at(doc, i, after)
                protest_at = bool(patient)
            else:
                source = [s for s in source if s.token_start < i]
        verb = exposure_verb(doc, i) if not source else -1
        exposed = verb >= 0
        faced = _faced_in_relative(doc, i, after, lexicon) if not exposed else None
        if faced is not None:
            # «الانتقادات التي تواجهها الولايات المتحدة من الاتحاد الأوروبي»: the side that faces it after the
            # relative verb is its target; who it is from follows «من»
            exposed = True
            source = [s for s in _agent_phrase(doc, faced.token_end - 1, after, lexicon, triggers, undergone=True)
                      if s.key != faced.key]
            patient = patient or [faced]
        elif exposed:
            # «وتتعرض ميركل لاتهامات بالتنازل», «السعودية … باتت تتعرض لقصف»: the subject is the one accused or
            # struck; who did it follows «من», «من قبل», or is untold
            source = _agent_phrase(doc, i, after, lexicon, triggers, undergone=True)
            patient = patient or _exposed(doc, verb, before, lexicon, struck=m.trigger.code[:2] in VIOLENCE_ROOTS)
        if not source and not exposed and not (_has_possessive(doc.tokens[i]) and m.trigger.code[:2] in ("17", "18")
                                               and not _an_assault_by(doc.tokens[i])) \
                and not (m.trigger.code[:2] in VIOLENCE_ROOTS and _discussed(doc, i)):
            # (an attack discussed is not the discussers': «يعقد مجلس الأمن اجتماعا طارئا لبحث الهجوم»)
            # «تستمر أنقرة في التنديد»: the subject of a light verb; a bare «الزيارة» only merges
            # (but «أكد الوليد … منذ احتجازه»: «ـه» of an arrest or a killing is the one it was done to, while
            # «يواصل الجيش هجومه»: «ـه» of an attack is who attacks)
            source = _light_verb_subject(doc, i, before, triggers, lexicon)
            if not source and i >= 2 and light_verb(doc.tokens[i - 1].norm) is not None:
                # «طائرات التحالف الذي تقوده الولايات المتحدة التي تقوم بقصف أهداف»: the light verb opens a relative
                # clause; its antecedent does the act
                source = _relative_antecedent(doc, i - 1, before, lexicon)
            if source and not patient and has_object_pronoun(strip_conj(doc.tokens[i].norm)):
                # «قوات سوريا الديمقراطية، التي تتولى الولايات المتحدة تسليحها»: «ـها» is the relative
                # pronoun's antecedent, before the light verb that opens the clause
                rel = min(x.token_start for x in source) - 2
                if rel > 0 and light_verb(doc.tokens[rel + 1].norm) is not None \
                        and doc.tokens[rel].norm in RELATIVE_PRONOUNS:
                    end = rel - 1 if doc.tokens[rel - 1].text in "،," else rel
                    patient = [x for x in before if x.token_end == end and x.key not in {y.key for y in source}][:1]
            if _opens_with_a_death(doc.tokens[i]) and not all(map(is_armed, source)):
                source = []  # «أعلنت الوزارة مقتل مواطن»: who announces a death did not kill (but «أعلن الجيش مقتل
                # 20 مسلحا»: an army announcing deaths reports its own fighting)
            if not source and not patient and (pair := _exchanged_between(doc, i, before, lexicon)):
                source, patient = pair  # «وتبادلت الهند وباكستان الاتهامات»: each side at the other
            if not source and m.trigger.code[:2] in VIOLENCE_ROOTS and has_lam(doc.tokens[i]) \
                    and (doc.tokens[i - 1].norm in _FOOTAGE or strip_conj(doc.tokens[i - 1].norm) in _FOOTAGE):
                # «بث تنظيم داعش فيديو لإعدام 21 قبطيا»: who puts out footage of a killing did it
                source = _light_verb_subject(doc, i, before, triggers, lexicon, verbs=_BROADCASTING)
            if source and m.trigger.code[:2] in VIOLENCE_ROOTS \
                    and (by := _agent_phrase(doc, i, after, lexicon, triggers, by_only=True)):
                source = by  # «الجيش التركي يعلن مقتل جنديين على أيدي متمردين أكراد»: whose hands it was by
        if not source and i >= 2 and strip_conj(doc.tokens[i - 2].norm) in _TAKE_PART and doc.tokens[i - 1].norm == "في":
            # «وشارك في اللقاء وزير الدولة … أنور قرقاش»: those who took part come after the meeting
            source = next((actor_group(doc, s, after) for s in after if words_between(doc, i, s.token_start) <= 6
                           and not governed(doc, s) and can_act(s, lexicon)), [])
        if not source and not exposed and m.trigger.code[:2] in VIOLENCE_ROOTS and not _in_a_death(doc, i, triggers):
            source = _agent_phrase(doc, i, after, lexicon, triggers)  # «لقصف صاروخي بالستي من الحوثيين»
        if not source and not exposed and m.trigger.code[:2] == "17":
            # «اعتقالهم واحتجازهم تعسفيا على أيدي القوات الإماراتية»: an arrest's hands are its doer's (only
            # «على أيدي», «من قبل» close by: a bare «من» is whence, «اعتقال شخصين من الجالية», and «باعتقال
            # المتسببين بسقوط الموصل بيد داعش» names whose hands the city fell into)
            source = [s for s in _agent_phrase(doc, i, after, lexicon, triggers, by_only=True)
                      if words_between(doc, i, s.token_start) <= ARREST_AGENT_WORDS]
        if not source and not exposed and m.trigger.code in _ARREST_OR_REPRESSION and m.trigger.kind == "noun" \
                and m.trigger.lemma not in _TRIALS \
                and (has_lam(doc.tokens[i]) or strip_conj(doc.tokens[i].norm)[:1] == "ل"):  # (no form of 17 opens with «ل»)
            # «أطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين», «شنت قوات الأمن حملة لاعتقال المطلوبين»: an
            # arrest or a dispersal that is the purpose of what the clause's subject did is that subject's (not an
            # expulsion: «حملتها لطرد مقاتلي وحدات حماية الشعب» drives fighters out, 190; nor a trial, sought by
            # whoever «جهودها» is: «هددت الولايات المتحدة … إذا أصرت على الاستمرار في جهودها لمحاكمة مواطنين امريكيين»)
            source = _nearest_free_actor(doc, i, before, lexicon)
        if not source and m.trigger.code[:2] in VIOLENCE_ROOTS:
            source = _government_strikes(doc, i, before, after, lexicon)  # «القصف الجوي الحكومي على الغوطة»
        if not source and m.trigger.code[:2] in VIOLENCE_ROOTS:
            source = _purpose_agent(doc, i, before, lexicon)  # «طائرتين أطلقهما الحوثيون لاستهداف مطار»
        if not source and _has_possessive(doc.tokens[i]) and m.trigger.code[:2] == "19":
            source = _possessor(doc, i, before, lexicon)  # «والتحالف يكثف غاراته»: its raids are its own
        if not source and _has_possessive(doc.tokens[i]) and (m.trigger.code[:2] in AGENT_GENITIVE_ROOTS
                                                               or _expressed(doc, i)):
            # «واتهامه»: for an accusation «ـه» is the accused; but «أعربت السعودية عن إدانتها للهجوم»: what one
            # expresses is one's own condemnation
            source = _possessor(doc, i, before, lexicon)
            if m.trigger.code[:3] == "042" and (guest := _guest_of(doc, i, source, before, after, lexicon)) is not None:
                source = [guest]
            if not source:
                source = _cataphoric_possessor(doc, i, after, lexicon)
                cataphoric = bool(source)
        elif not source and m.trigger.code[:2] == "04" and _opens_with_circumstance(doc, i):
            # «وبعد جولة على مخيم في جوبا …، قال أوبراين»: who toured is the subject of the sentence's main clause
            source = _cataphoric_possessor(doc, i, after, lexicon)
            cataphoric = bool(source)
        if not source and m.trigger.code[:2] == "04" and _with_his_counterpart(doc, i, after) \
                and (caller := _first_free_actor(doc, i, before, lexicon)) is not None:
            # «وطلب ماكرون خلال اتصال هاتفي بنظيره الإيراني»: «ـه» of the counterpart is the clause's subject, who
            # made the call
            source = [caller]
    if source and _answered(doc, i):
        source = [s for s in source if s.token_start > i]  # «ردا على خطف وقتل ثمانية من قوات الأمن»: the act
        # answered (a masdar, whatever verb it spells) is the other side's; the subject told before answers it
    envoy_posting = _posting_after(doc, source, after)
    if envoy_posting is not None:
        source = source + [envoy_posting[1]]  # «زار مبعوث الأمم المتحدة إلى اليمن مارتن جريفيث صنعاء»: the envoy by name
    elif (head := _titled_head(doc, source, after)) is not None:
        source = source + [head]  # «زيارة رئيس الوكالة الدولية للطاقة الذرية يوكيا أمانو»: the head by name
    source_keys = {s.key for s in source}
    closing = relative_aside(doc, i - 2) if m.trigger.kind == "verb" else None  # the verb's own aside, if any
    if closing is not None:
        after = [s for s in after if s.token_start < closing]  # «لودريان، الذي وصل إلى القاهرة، السيسي»: past the
        # aside is the main verb's object
    if m.complement is not None and all(is_preposition(w) for w in m.trigger.with_):
        # «وصل كيم إلى روسيا»: the actor right after the verb's own preposition is the target
        nxt = [s for s in after if s.token_start > m.complement and s.key not in source_keys
               and not names_an_accord(doc, s, lexicon)  # «وتنضم إلى اتفاق باريس»: the accord, no side
               and not (m.trigger.code[:2] == "13" and _own_side_will_act(doc, s, source))
               and not (_in_words(m.trigger.code, lexicon) and _spoken_from(doc, s, lexicon))]
        if nxt and words_between(doc, m.complement, nxt[0].token_start) <= 1 \
                and not _crosses(doc, m.complement + 1, nxt[0].token_start, set()) \
                and not (m.trigger.lemma in _MUTUAL_LEMMAS and words_between(doc, m.complement, nxt[0].token_start)
                         and (len({x.side for x in source}) > 1 or any(
                             s.token_end <= m.complement and _preceding_word(doc, s) == "مع" for s in after))) \
                and not (m.trigger.kind == "verb" and _object_before_complement(doc, i, m.complement, source, after)):
            return source, actor_group(doc, nxt[0], after), None
        if m.trigger.code[:2] == "04":
            return None  # «وصل إلى المطار»: a visit needs the place or actor it went to
        # «حذرت ماي من أنه إذا لم يكن هناك رد … من قبل موسكو»: the warning's object is a clause
    # the target follows a subject named after the verb, but not the main clause's subject after a circumstance
    named_after = [s for s in source if s.token_start > i and not cataphoric]
    subject_end = max([i] + [s.token_end - 1 for s in named_after])
    # (a list of sides named after the verb: «وندد قادة عرب بينهم الرئيس الفلسطيني محمود عباس … والرئيس المصري عبد
    # الفتاح السيسي، في كلماتهم أمام القمة، بالقرار الأمريكي»: the other side stands a few words past its end)
    list_end = subject_end if len({s.key for s in named_after}) > 1 else i
    start = max([subject_end] + [s.token_end - 1 for s in patient])
    if m.trigger.kind == "verb" and not patient and (aside := _circumstance_aside(doc, start, triggers)) is not None:
        start = aside  # «حذر الرئيس الأمريكي خلال استقباله للرئيس الفرنسي …، طهران»: the warning is to Tehran
    if m.trigger.kind == "verb" and not patient and (
            aside := relative_aside(doc, start + 1) or unmarked_relative_aside(doc, start + 1)
            or _adjective_aside(doc, start + 1, spots)) is not None:
        start = aside  # «والتقى لودريان، الذي وصل مساء السبت إلى القاهرة، السيسي»: whom he met follows the aside
        # (and so «حذرت حماس، المسيطرة على قطاع غزة، إسرائيل», «حذرت روسيا، الحليفة الرئيسية لدمشق، الولايات المتحدة»)
        # («وتسيطر قوات سوريا الديمقراطية والتي تشكل الوحدات الكردية عمودها الفقري …، على 28 بالمئة من مساحة البلاد»)
    if m.trigger.kind == "verb" and not patient and (aside := _arm_aside(doc, start + 1, after)) is not None:
        start = aside  # «يزور وفد من مجلس سوريا الديمقراطية الواجهة السياسية لقوات سوريا الديمقراطية …، دمشق»
    target: list[ActorSpot] = list(patient)
    location: ActorSpot | None = None
    channel_end: int | None = None  # where a channel the words went through ends
    # «كانت قد التقته … في منتجع بين كاليفورنيا ونيفادا»: whom she met is «ـه»; a place after it is where
    met_by_pronoun = m.trigger.kind == "verb" and m.trigger.lemma in _MEETING_A_PERSON \
        and has_object_pronoun(doc.tokens[i].norm)
    object_end = thing_object(doc, i, after) if m.trigger.kind == "noun" and not patient else None
    carrier = next((s for s in after if _carried_out_by(doc, s)), None)
    # «ضربات شنتها الولايات المتحدة وبريطانيا»: who carried it out is its agent, never what it struck
    agents = {g.key for g in actor_group(doc, carrier, after)} if carrier is not None and m.trigger.kind == "noun" else set()
    if agents and carrier is not None and carrier.entity is None:
        # «هجوم شنه متطرفون ينتمون إلى تنظيم أنصار بيت المقدس»: the group the carriers belong to carried it out too
        agents |= {s.key for s in after if s.token_start >= carrier.token_end and _loyal_to(doc, s)
                   and words_between(doc, carrier.token_end - 1, s.token_start) <= 3}
    loyal_title_end = None
    welcomed = _welcomed_act(doc, start, m, triggers)
    own_end = start  # where the last name of the subject's own side ends
    backer_end = None  # where the last side backing the act ends: «مدعومة من الطيران الروسي والميليشيات الإيرانية»
    for s in after:
        if s.key in agents or (envoy_posting is not None and s is envoy_posting[0]):
            continue  # (the country an envoy is posted to is not what he acts on)
        if object_end is not None and s.token_start >= object_end and not location:
            break  # «التهديدات الإيرانية للأمن القومي العربي …»: the threat is to security, not to a side named later
        if s.token_start <= start or s.key in source_keys or in_source_title(doc, s, source) \
                or _whose_forces(doc, s, source) or _posting_city(doc, s, after):
            continue  # «حذّر أوبراين نائب الأمين العام للأمم المتحدة من …»: his organisation is not warned; «قصف
            # الحوثيون وقوات صالح احياء سكنية»: whose forces shelled is on the shelling side
        if _spokesman_named(s, source) and not a_people_in_the_plural(doc, source[-1]):
            continue  # «رفض المتحدث باسم الخارجية الإيرانية بهرام قاسمي …»: the spokesman is not his own target
            # (but «ويتهم الديمقراطيون بومبيو»: a party named by its members in the plural has no man in apposition)
        if m.trigger.code[:2] == "13" and _own_side_will_act(doc, s, source):
            continue  # «حذر المالكي … أن التحالف سيرد»: his own side is who will strike back, not whom he warns
        # (a meeting's or a host's other side is counted from the subject's end: «استقبل خادم الحرمين الشريفين الملك
        # سلمان بن عبدالعزيز في قصر السلام بجدة مساء أمس رئيس حزب القوات اللبنانية سمير جعجع»)
        # («استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة بدولة الإمارات
        # العربية المتحدة في أبوظبي امس معالي وزير الخارجية …»: and past the names of his own country)
        reach_from = max(start, own_end) if m.trigger.code[:2] == "04" else i
        if (words_between(doc, reach_from, s.token_start) > TARGET_WINDOW
                and words_between(doc, list_end, s.token_start) > PAST_LIST_WINDOW) \
                or _crosses_outside_names(doc, start + 1, s.token_start, triggers - welcomed, after) \
                or saying_clause_between(doc, start + 1, s.token_start) \
                or contrast_clause_between(doc, start + 1, s.token_start) \
                or _since_an_event_between(doc, start + 1, s.token_start) \
                or _companions_between(doc, start + 1, s.token_start) \
                or _listed_subjects_between(doc, start + 1, s.token_start):
            break
        if opens_next_clause(doc, s, after):
            break  # «فرنسا تدين والاتحاد الأوروبي يكرر دعوته»: a side with a verb of its own opens the next clause
        if m.complement is not None and s.token_start == m.complement + 1 and object_with_lam(doc, s) \
                and not has_lam(doc.tokens[s.token_start]) \
                and strip_conj(doc.tokens[m.complement].norm).startswith(_SUPPORT_MASDARS):
            continue  # «جدد الملك دعم المملكة للشعب الفلسطيني»: the masdar's genitive, its object after it with
            # «لـ», is who gives the support, not who gets it (but «دعوة مقدونيا للبدء»: who is invited)
        if _preceding_word(doc, s) in _IN_EXCHANGE_FOR_SIDE:
            break  # «سيفرج عن القس مقابل غولن»: whom a deal trades for is not whom the act is done to
        if _preceding_word(doc, s) in _PREDICATE_AFTER:
            continue  # «وقتل مسلحون يشتبه بأنهم متطرفون 18 شخصا»: what the subject is said to be, no other side
        if _principal_of_an_envoy(doc, s):
            continue  # «مع المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن مارتن غريفيث»: the envoy is met
        if (located_in(doc, s) or met_by_pronoun) and s.entity is not None and s.entity.label == "LOC":
            location = location or s  # «في الدوحة», «في سماء الرياض»: where it happened, not whom it was done to
            continue
        if s.entity is not None and s.entity.label == "ORG" and _at_seat(doc, s):
            continue  # «التقى … في مقر وزارة الخارجية المصرية نظيره الأردني»: where they met, not whom
        if s.entity is not None and s.entity.label == "ORG" and (_preceding_word(doc, s) == "في" or (
                _preceding_word(doc, s) == "امام" and m.trigger.code[:2] in ("11", "12"))) \
                and not _member_before(doc, s):
            continue  # «بريطانيا تتهم في مجلس الأمن روسيا», «اتهمت بريطانيا أمام مجلس الأمن روسيا»: the council is
            # where she accused, not whom (but «تقبض على أمير في داعش»: a leader in the group is the group's)
        if s.entity is None and any(x.entity is None and x.token_end == s.token_start and _agrees(doc, x, s)
                                    for x in source):
            continue  # «سيطر الطوارق وإسلاميون متشددون على الشمال»: an unnamed source's adjective, no other side
            # (but «طعن مسلح جنديا إسرائيليا»: the accusative after him is the one stabbed)
        if backer_end is not None and s.token_start <= backer_end + 1 and spot_conjoined(doc, s):
            backer_end = s.token_end
            continue  # «مدعومة من الطيران الروسي والميليشيات الإيرانية»: a second backer joined by «و»
        # («رحب السيسي بمشاركة الأمير محمد بن سلمان»: a welcome's «بـ» names what was welcomed, his taking part)
        backer = backing(doc, s) and m.trigger.code[:2] != "05"
        if backer:
            backer_end = s.token_end
        if backer or (source and _loyalty_aside(doc, s) and words_between(doc, start, s.token_start) <= 3) \
                or (source and _loyal_to(doc, s)
                    and words_between(doc, start, s.token_start) <= 1 + (_preceding_word(doc, s) in _LOYAL_LINKS)) \
                or (source and _enrolled_under(doc, s) and words_between(doc, start, s.token_start) <= 3) \
                or (loyal_title_end == s.token_start and s.entity is not None and s.entity.label == "PER"):
            loyal_title_end = s.token_end if s.mention_kind == "title" else None  # («الموالية لشرعية الرئيس عبد
            # ربه منصور هادي»: and so is the name after the title)
            continue  # «يشن الجيش السوري، مدعوما بقوات روسية، هجوما»: the side backing the act is not its target,
            # nor the side the source is loyal to («ويخوض الجيش السوري الحر، الموالي للقوات التركية، معركة مع»,
            # «من قبل الميليشيا الحوثية التابعة لإيران»; but «قصفت … منشآت تابعة للقوات السورية» struck them)
        if _patron_of_joined_loyalists(doc, s, after):
            continue  # «لهجمات شنها المسلحون الحوثيون والموالون للرئيس السابق علي عبدالله صالح على مواقع المقاومة»
        if m.trigger.code[:2] in VIOLENCE_ROOTS and (_made_in_support_of(doc, s) or (
                _loyal_to(doc, s) and s.entity is not None and names_its_country(s.entity, lexicon))):
            continue  # «شنت ضربات جوية في الأيام الماضية دعما لقوات الأسد»: the side backed was not struck, nor the
            # state the struck are loyal to («أهدافا للمليشيات الموالية لإيران»; but «مسلحين موالين لتنظيم داعش»)
        if m.trigger.lemma in _FIGHT_VERBS and _fights_beside(doc, s):
            agents.add(s.key)  # (and so is its name again: «لصالح تنظيم الدولة الإسلامية (داعش)»)
            continue  # «فصيل يمني يقاتل مع قوات التحالف», «تقاتل إلى جانب تركيا»: whom one fights beside is an ally
        if by_means(doc, s):
            channel_end = s.token_end
            continue  # «نفى لافروف في مقابلة عبر "BBC" التهم», «أعلنت توقيع الاتفاق عبر موقع تويتر»: the channel
            # is not acted on
        if channel_end is not None and nisba_after(doc, channel_end, s):
            continue  # «في مقابلة مع شبكة "سي بي إس" التلفزيونية الأمريكية»: the channel's country, no side
        if _addressed_in_a_speech(doc, s):
            continue  # «انتقد ماكرون القومية والانعزالية، وذلك في كلمة له أمام مجلسي الكونغرس»: the audience
        if _preceding_word(doc, s) in _ALONG_WITH or _in_attendance(doc, s):
            continue  # «التي وقعت كلها الاتفاق، رفقة الولايات المتحدة، مع إيران»: who acted alongside is no target,
            # nor who attended («استقبل هادي مبعوث الأمين العام، بحضور نائب رئيس الجمهورية … خالد محفوظ بحاح»)
        if _describes_the_subject(doc, s, source) or in_the_subjects_relative_clause(doc, i, s, source):
            continue  # «وتسلح الولايات المتحدة حليفة أنقرة … وحدات حماية الشعب», «وحثت منظمات حقوقية عدة آخرها
            # هيومن رايتس ووتش الأردن»: whose ally the subject is, or its last member, is no other side; nor one
            # named in a clause set off after the subject («وحذر إينجه، الذي أعادت حملته الحياة إلى المعارضة، من»)
        if _in_capacity(doc, s):
            continue  # «بوصفه رئيسا للجنة العليا للاتحاد الإفريقي»: the body he acts for is no target
        if _where_it_lies(doc, s):
            continue  # «هجومه على المدينة الواقعة على البحر الأحمر»: where the place lies is not what was struck
        if aim_of_weapons(doc, s, i):
            continue  # «تعهدت روسيا بإسقاط جميع الصواريخ الموجهة إلى سوريا»: where the missiles fly is not whom
            # Russia vows to act on
        if m.trigger.code[:2] in _HELPING_ROOTS and _fought_with_help(doc, s):
            continue  # «تدعمها واشنطن في محاربة تنظيم الدولة»: the enemy the help is for is not the one helped
        if _by_order_of(doc, s):
            continue  # «الهجوم الذي شنته القوات العراقية بأمر من الرئيس السابق صدام حسين على المدينة»: who ordered
            # it is on its doer's side
        if m.trigger.code[:2] in VIOLENCE_ROOTS and _launched_from(doc, s, after):
            continue  # «الهجمات … التي قام بها النظام الإيراني من سوريا ضد رعايا إسرائيليين»: fired from Syria
        if _in_words(m.trigger.code, lexicon) and _spoken_from(doc, s, lexicon) \
                and (s.token_start < i or words_between(doc, start, s.token_start) <= 1):
            continue  # «حذر ظريف من نيويورك من أن طهران ستستأنف التخصيب»: where he spoke from, not whom he warned
            # (but «يرفض الطرف الروسي خروج أي شخص من درعا»: the «من» of another noun)
        if m.trigger.kind == "verb" and not target and (not source or (
                all(x.token_end <= i + 3 for x in source) and _plural_nisba(doc, source[-1]))) \
                and _among_them(doc, s):
            # «أعرب ساسة أمريكيون عن قلقهم، من بينهم باراك أوباما، سيناتور ولاية ألينوي»: one of the unnamed (or
            # the people) who acted, not whom they acted at; what follows him is his description (but after a named
            # subject those «بينهم» are of the object: «التقى ترامب عددا من القادة، من بينهم ماكرون»)
            source = source + actor_group(doc, s, after)
            break
        if m.trigger.kind == "verb" and m.trigger.code[:3] in ("111", "112") and s.token_start > i \
                and _genitive_of_a_governed_noun(doc, s) and _object_follows(doc, s, after):
            continue  # «اتهم مجلس حقوق الإنسان في تقرير عن حرب اليمن التحالف»: the war's country is in the
            # circumstance; the accused is the bare object after it
        if m.trigger.code[:2] == "04" and s.token_start > i and _topic_before_the_partner(doc, i, s, after):
            continue  # «أجرى لافروف محادثات حول سوريا مع نظيره الأمريكي ريكس تيلرسون»: what the talks were about,
            # when whom they were held with follows «مع»
        if m.trigger.code == "042" and source and s.token_start > i and _came_from(doc, s):
            continue  # «أثناء زيارة ابنته يوليا من روسيا»: whence the visitor came, not where she went
        if m.trigger.code[:2] == "04" and s.token_start > i and _heads_the_delegation(doc, i, s):
            own_end = s.token_end - 1
            continue  # «زار وفد من طالبان ترأسه مسؤول المكتب السياسي للحركة في قطر محمد عباس ستانكزاي اوزبكستان»:
            # who heads the delegation (and what his title names) goes with it; the place after him is visited
        if m.trigger.code.startswith("174") and _deported_from(doc, s, after):
            continue  # «رحّلت السلطات الفرنسية إمام مسجد من مرسيليا … إلى الجزائر»: the town he was sent from
        if names_an_accord(doc, s, lexicon):
            continue  # «الخروج من اتفاق باريس للمناخ», «مسار أستانا»: the town names the accord, it is no side
        if conjoined(doc.tokens[s.token_start]) and s.token_end in triggers and s.token_end > i:
            break  # «البحرين تؤيد وموسكو تدعو للحوار»: «وموسكو» opens the next clause as its verb's subject
        if _region(s) and (m.trigger.code[:2] != "04" or _some_countries_of(doc, s)):
            continue  # «الشرق الأوسط», «شبه الجزيرة الكورية»: a region is no side (but one visits «أفريقيا»; not
            # «جولة تشمل عددا من بلدان الشرق الأوسط», where the countries visited are told elsewhere)
        if source and m.trigger.code not in ("042", "036") and not other_side(source, [s], lexicon):
            own_end = s.token_end - 1
            continue  # «تعهد أوباما بتطوير تعاون بلاده مع المحكمة»: his own country is not the other side
        if not target:
            target = actor_group(doc, s, after)
        break
    if not target and (m.trigger.code[:2] == "11" or (m.complement is not None and m.trigger.code[:2] == "01")):
        # «عبر القادة عن القلق من الأنشطة المزعزعة للاستقرار التي تقوم بها إيران»: whose doings the concern is about
        # («ندد الجبير بالتصريحات العدائية التي صدرت عن مسؤولين ايرانيين»: a verb with no complement of its own)
        target = _doer_of_the_thing(doc, m.complement if m.complement is not None else start, after, lexicon)
    if not target and m.trigger.kind == "verb" and _topic_pronoun(doc, i):
        # «وتعد الغوطة الشرقية آخر معقل للمعارضة، وتحاصرها القوات السورية»: «ـها» is the place the sentence is about
        target = [s for s in before[:1] if s.key not in source_keys and not governed(doc, s) and _a_place_named(s)]
    if not target and location is None and m.trigger.code[:2] in VIOLENCE_ROOTS:
        location = _attack_place(doc, i, after, source_keys)
    if not target and m.trigger.code[:2] == "19" and intercepts(doc, i):
        target = _launcher(doc, i, after, source_keys)  # «اعترض صواريخ أطلقها الحوثيون»: who fired them
    others = [s for s in source if s.key != source[0].key]
    if target and others and done_together(m.trigger) and all(_talked_about(doc, t) for t in target) \
            and source[0].side != others[0].side:
        target = []  # «توصل واشنطن وأنقرة لاتفاق حول المدينة»: the town is what they agreed on; each is the other's side
    if target and others and (m.trigger.lemma in _MUTUAL_LEMMAS or done_together(m.trigger)) \
            and source[0].side != others[0].side and all(_in_what_was_agreed(doc, i, t) for t in target):
        target = []  # «اتفقت مصر والسعودية على محاربة تنظيم داعش», «توصلت تركيا والولايات المتحدة إلى اتفاق على
        # خطة لسحب مقاتلين أكراد»: the aim agreed on; each is the other's side
    if not target and others and done_together(m.trigger) and not _pronoun_is_the_other_side(doc, i, m) \
            and (m.trigger.code[:2] == "04" or source[0].side != others[0].side):
        # «لقاء ترامب وكيم», «وقعت أثينا وسكوبيي», «اتفق كيم ومون على»: coded first → rest (a title and the name
        # after it are one side: «رئيس الوزراء الإسرائيلي إسحاق رابين والزعيم الفلسطيني ياسر عرفات»)
        source, target = [s for s in source if s.key == source[0].key], others
    if not target and source and m.trigger.code[:2] == "04" and _with_him(doc, i):
        target = _last_other_side(doc, i, before, source, lexicon)
    if not target and location is not None and _parties_in(doc, location):
        target = [location]  # «دعا غوتيريش الأطراف المتحاربة في سوريا إلى»: the sides in a country are its own
    if not target and location is not None and m.trigger.code[:2] in _PLACE_TARGET_ROOTS and not met_by_pronoun \
            and not (m.trigger.code[:2] == "19" and intercepts(doc, i)) \
            and not (m.trigger.code[:2] in VIOLENCE_ROOTS and _launched_from(doc, location, after)) \
            and not (m.trigger.code[:2] == "11" and _seat_of(doc, i, location, source)) \
            and not (m.trigger.lemma in _MEETING_A_PERSON and _someone_titled_after(doc, location)):
        # «ألغى تيلرسون لقاءاته في كينيا»: the place is what the visit or meeting concerned («حفتر … لدى
        # اجتماعه مع عدد من النشطاء في مدينة بنغازي»: with the unnamed in the town, and the annotators' too);
        # «قتل … ثلاثة أشخاص … بجنوب فرنسا»: unnamed victims stand for the place they were struck in;
        # «دانوا التصعيد العسكري في الغوطة الشرقية»: what is condemned there is laid at the place's door (but not
        # where an attack was fired from: «بالهجمات الصاروخية للنظام الإيراني انطلاقا من سوريا»)
        target = [location]
    if not source and m.trigger.code[:2] == "04" and m.trigger.kind == "noun" and len(target) > 1 \
            and not governed(doc, target[0]) and doc.tokens[i].norm.endswith(("هما", "هم")):
        source, target = target[:1], target[1:]  # «خلال لقائهما … أكد كيم وبوتين»: the pair met each other
    if source and target and _neither_nor(doc, source, target[0]):
        # «ولم يعلق الإليزيه ولا وزارة الخارجية الفرنسية»: the side after «ولا» is a second subject, not the object
        source, target = source + actor_group(doc, target[0], after), []
    if m.trigger.code[:2] == "14" and target and not protest_at and not _protested(doc, target[0]):
        target = []  # «تظاهرات ضد الاتفاق مع سكوبيي»: the protest is against the deal, not against Skopje
    if not target and source and _answered_request(doc, i):
        target = _who_answered(doc, i, before, source, lexicon)
    if not target and source and m.trigger.code[:2] == "05":
        target = _role_player(doc, i, after, lexicon)
    return source, [t for t in target if t.key not in {s.key for s in source}], location


_WITH_HIM = frozenset({"معه", "معها", "معهم", "معهما", "به", "بها", "بهم", "بهما"})


def _with_him(doc: Document, i: int) -> bool:
    """«خلال اجتماعه معه», «لدى لقائه به»: a meeting's other side is a pronoun right after it."""
    return i + 1 < len(doc.tokens) and doc.tokens[i + 1].norm in _WITH_HIM


def _last_other_side(doc: Document, i: int, before: list[ActorSpot], source: list[ActorSpot],
                     lexicon: EventLexicon) -> list[ActorSpot]:
    """«طلب المعلم من ظريف …، وذلك خلال اجتماعه معه»: the pronoun is the side named last in the sentence before
    the meeting, other than who met."""
    lo = doc.sentences[sentence_of(doc, i)].token_start
    keys = {s.key for s in source}
    a_man = doc.tokens[i + 1].norm in ("معه", "به")  # (a man: «معه» takes up no country)
    other = next((s for s in reversed(before) if lo <= s.token_start and s.key not in keys and can_act(s, lexicon)
                  and not (s.entity is not None and s.entity.label == "LOC" and not stands_for_its_country(s, lexicon))
                  and (not a_man or (s.entity is not None and s.entity.label == "PER"))), None)
    return [other] if other is not None else []


def _in_what_was_agreed(doc: Document, i: int, spot: ActorSpot) -> bool:
    """«اتفقتا على رفع مشروع قرار إلى مجلس الأمن»: the spot stands in what «على» after the verb says was agreed."""
    return any(strip_conj(doc.tokens[j].norm) == "علي" for j in range(i + 1, spot.token_start)) \
        and not any(doc.tokens[j].kind == "punct" and doc.tokens[j].text in ".؛;" for j in range(i + 1, spot.token_start))


# what stands between a subject and its verb without opening a clause of its own: a negator («روسيا لم تنتقد»),
# «كان» or «قد» («إيران كانت تدعم», «كانت قد»), «سوف», and verbs of going on («ما تزال», «ظلت»)
_AUXILIARIES = frozenset(normalize_word(w) for w in (
    "لم", "لن", "لا", "ما", "قد", "لقد", "سوف", "كان", "كانت", "كانوا", "كانا", "تكون", "يكون", "ستكون", "سيكون",
    "تزال", "يزال", "زالت", "زال", "يزالون", "تزالان", "يزالان", "زالوا", "ظلت", "ظل", "ظلوا", "ستظل", "سيظل",
    "باتت", "بات"))
AUXILIARIES_BETWEEN = 2  # auxiliaries a subject may stand before its verb by: «كانت قد», «ما تزال»


def _auxiliaries_between(doc: Document, end: int, i: int) -> bool:
    """«إيران ما تزال تساعد», «روسيا لم تنتقد إسرائيل», «إيران كانت قد دعمت»: only auxiliaries stand between the
    subject ending at `end` and the verb at i."""
    between = range(end, i)
    return 0 < len(between) <= AUXILIARIES_BETWEEN and all(
        doc.tokens[j].kind == "word" and doc.tokens[j].norm in _AUXILIARIES for j in between)


THROUGH_WORDS = 3  # words from a noun to «من خلال» naming who it came through: «عرض الوساطة من خلال الرئيس»


def _offered_through(doc: Document, i: int, spots: list[ActorSpot], lexicon: EventLexicon) -> ActorSpot | None:
    """«جاء عرض الوساطة من خلال الرئيس الفرنسي»: a side that can act right after «من خلال», a few words past the
    noun at i in its clause, is who made it (not «من خلال الحوار»: no side)."""
    end = doc.sentences[sentence_of(doc, i)].token_end
    for j in range(i + 1, min(end - 2, i + 1 + THROUGH_WORDS + 1)):
        tok = doc.tokens[j]
        if tok.kind == "punct":
            return None
        if strip_conj(tok.norm) == "من" and doc.tokens[j + 1].norm == "خلال":
            return next((s for s in spots if s.token_start == j + 2 and can_act(s, lexicon)), None)
    return None


def _neither_nor(doc: Document, source: list[ActorSpot], spot: ActorSpot) -> bool:
    """The spot follows «ولا» right after the subject: «لم يعلق الإليزيه ولا وزارة الخارجية»."""
    j = spot.token_start - 1
    return j >= 1 and doc.tokens[j].norm == "ولا" and any(s.token_end == j for s in source)


def _whose_forces(doc: Document, spot: ActorSpot, source: list[ActorSpot]) -> bool:
    """The spot is the genitive of an unnamed force among the sources, past its title: «وقوات صالح», «وقوات
    الرئيس السابق علي عبد الله صالح» (not after forces a nisba names: «قاتلت القوات العراقية تنظيم داعش»)."""
    return any(x.entity is None and x.generic is not None and x.generic[0] in _FORCE_NAMES and not x.country
               and x.token_end <= spot.token_start and words_between(doc, x.token_end - 1, spot.token_start) <= 2
               and all(strip_conj(doc.tokens[j].norm).removeprefix("ال") in TITLE_HEADS or strip_conj(doc.tokens[j].norm) in _FORMER
                       or (is_adjective(doc.tokens[j]) and strip_conj(doc.tokens[j].norm).startswith("ال"))
                       for j in range(x.token_end, spot.token_start) if doc.tokens[j].kind == "word")
               for x in source)


_FORCE_NAMES = frozenset({"forces", "militias", "militia"})
_FORMER = frozenset(normalize_word(w) for w in ("السابق", "الأسبق", "المخلوع", "الراحل"))


def _someone_titled_after(doc: Document, location: ActorSpot) -> bool:
    """«التقى … في جدة أمس فخامة الرئيس رمضان أحمد قاديروف»: after where they met, a title names whom he met (a
    person NER did not find), so the town is no side."""
    end = doc.sentences[sentence_of(doc, location.token_start)].token_end
    for j in range(location.token_end, min(end, location.token_end + TITLED_AFTER_PLACE)):
        tok = doc.tokens[j]
        if tok.kind == "punct" and tok.text[:1] in ".،,؛:":
            return False
        word = strip_conj(tok.norm)
        if word.removeprefix("ال") in TITLE_HEADS or word in _HONORIFICS or word in _STYLES:
            return True
    return False


TITLED_AFTER_PLACE = 4  # words from the place met in to the title of whom was met («في جدة أمس فخامة الرئيس»)


_ROLES = frozenset(normalize_word(w) for w in ("بالدور", "بالجهود", "بالأدوار", "بالمساعي", "بالعمل"))
_PLAYS = frozenset(normalize_word(w) for w in (
    "يقوم", "تقوم", "قام", "قامت", "يلعب", "تلعب", "لعب", "لعبت", "يبذل", "تبذل", "بذل", "بذلت", "يبذلها", "تبذلها",
    "بذلها", "بذلتها"))
ROLE_REACH = 3  # words from the praise to «بالدور» past its adjectives: «مشيدا بالدور الإيجابي الذي …»


def _role_player(doc: Document, i: int, after: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«مشيدا بالدور الإيجابي الذي تقوم به دول التحالف وفي مقدمتها السعودية»: praise of a role or of efforts is
    for whoever plays or makes them, the subject of the relative clause after them."""
    words = [j for j in range(i + 1, min(len(doc.tokens), i + 12)) if doc.tokens[j].kind == "word"]
    role = next((n for n, j in enumerate(words[:ROLE_REACH]) if doc.tokens[j].norm in _ROLES), None)
    if role is None:
        return []
    rest = words[role + 1:]
    rel = next((n for n, j in enumerate(rest[:3]) if doc.tokens[j].norm in RELATIVE_PRONOUNS), None)
    if rel is None or rel + 1 >= len(rest) or strip_conj(doc.tokens[rest[rel + 1]].norm) not in _PLAYS:
        return []
    verb = rest[rel + 1]
    return next((actor_group(doc, s, after) for s in after if verb < s.token_start <= verb + 6
                 and not governed(doc, s) and can_act(s, lexicon)), [])


_ANSWERING = frozenset({"علي", "تلبيه", "استجابه", "بناء"})
ANSWERED_WINDOW = 8  # words back from «بناء على طلب» to the side whose act it answered


def _answered_request(doc: Document, i: int) -> bool:
    """«كان بناء على طلب من الرئيس هادي», «تلبية لطلب من بغداد»: a request told as the ground of an act."""
    word = strip_conj(doc.tokens[i].norm)
    return word.removeprefix("ل") == "طلب" and i > 0 and i + 1 < len(doc.tokens) \
        and strip_conj(doc.tokens[i - 1].norm) in _ANSWERING and doc.tokens[i + 1].norm == "من"


def _who_answered(doc: Document, i: int, before: list[ActorSpot], source: list[ActorSpot],
                  lexicon: EventLexicon) -> list[ActorSpot]:
    """«أن تدخل السعودية ودول التحالف كان بناء على طلب من الرئيس هادي»: the side whose act answered the request
    is the one asked, the nearest free actor before it in the clause."""
    keys = {s.key for s in source}
    for s in reversed(before):
        if words_between(doc, s.token_end - 1, i) > ANSWERED_WINDOW or any(
                doc.tokens[j].text[:1] in "،,.:؛" for j in range(s.token_end, i)):
            return []
        if s.key not in keys and not governed(doc, s) and can_act(s, lexicon):
            return _group_back(doc, s, before)
    return []


VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
_AGENTS_OF = frozenset(normalize_word(w) for w in ("مقاتلي", "عناصر", "مسلحي", "أعضاء", "أفراد", "قوات", "جنود",
                                                    "متمردي"))


def _relative_verbs_subject(doc: Document, spot: ActorSpot) -> bool:
    """«مقاتلين دربهم الجيش الأميركي اعتقلوا»: the side right after a verb with an object pronoun is that verb's
    subject in a clause describing the ones before it, not the one the main verb was done to."""
    k = spot.token_start - 1
    if k < 0 or doc.tokens[k].kind != "word":
        return False
    word = strip_conj(doc.tokens[k].norm)
    stem = next((word[:-len(p)] for p in ("هم", "هن") if word.endswith(p) and len(word) - len(p) >= 3), None)
    # (not «رئيسها فتحي الشطي», «قائدهم أبو محمد»: a title and its holder)
    return stem is not None and stem not in TITLE_HEADS and not word.startswith("ال") and word[:1] not in "لب"


AGENT_RIGHT_AFTER = 3  # words from a verb to its agent's name: «على أيدي مقاتلي»
# acts told in the passive with their agent after «من قبل» («فرضت عليه عقوبات من قبل وزارة الخزانة»)
_DONE_TO_ROOTS = VIOLENCE_ROOTS | {"16", "17"}
# «أعلنت الشرطة أن أمجد وهبة … خطف»: who announced it stands before «أن», not who it was done to
SAYING_THAT = frozenset({"ان", "بان", "وان"})
# «هجوم شنه مسلحون», «تفجير نفذته الحركة»: the attack noun's relative verb names who carried it out
CARRIED_OUT_PAST = frozenset({"شنه", "شنته", "شنها", "شنتها", "شنوه", "نفذه", "نفذته", "نفذها", "نفذتها", "نفذوه",
                              "ارتكبه", "ارتكبته", "ارتكبها", "ارتكبتها"})
# and going on: «حملة مكثفة من القصف يشنها التحالف الذي تقوده السعودية» (only right after the act, no claim of one
# further back: «سيؤدي مقتله إلى الحد من العمليات التي ينفذها تنظيم القاعدة»)
CARRIED_OUT = CARRIED_OUT_PAST | frozenset({
    "يشنه", "يشنها", "تشنه", "تشنها", "يشنونه", "يشنونها", "ينفذه", "ينفذها", "تنفذه", "تنفذها", "ينفذونه", "ينفذونها",
    "يرتكبه", "يرتكبها", "ترتكبه", "ترتكبها"})
# «في مظاهرة أمام القنصلية», «ضربات شنتها الولايات المتحدة»: the name after these is not the masdar's genitive
# (nor across «كان»: «قادة مظاهرات كانت السلطات … قد اعتقلتهم» opens a clause with its own subject)
_NO_GENITIVE_ACROSS = CARRIED_OUT | {"امام"} | _WERE
# what two sides do together besides meeting (04) and signing (057): agree, cooperate, exchange, normalise;
# named as a pair, each acts on the other (but «تعهدت السعودية والكويت», «أيدتا» act together on a third)
_MUTUAL_LEMMAS = frozenset({"اتفق", "تعاون", "تبادل", "طبع", "تطبيع"})


def _pronoun_is_the_other_side(doc: Document, i: int, m: TriggerMatch) -> bool:
    """«على أن تستقبلهم بريطانيا وألمانيا وكندا»: the object pronoun of a visit or a hosting is whom they all host
    (but «الصفقة التي أبرمتها واشنطن والرياض»: a deal's pronoun is the deal, the two sides sign it together)."""
    return m.trigger.code in ("042", "043") and m.trigger.kind == "verb" \
        and _carries_object_pronoun(strip_conj(doc.tokens[i].norm), m.trigger.lemma)


_ABOUT_WORDS = frozenset(normalize_word(w) for w in ("حول", "بشأن", "حيال", "بخصوص", "إزاء"))
ABOUT_REACH = 2  # words from «إزاء», «بشأن» to the masdar they are about: «إزاء تجدد الاشتباكات»
_DISCUSSING = frozenset(normalize_word(w) for w in ("بحث", "مناقشة", "دراسة", "تدارس"))


def _discussed(doc: Document, i: int) -> bool:
    """«لبحث الهجوم», «ومناقشة الهجمات»: the masdar at i is what a masdar of discussion right before it is about."""
    return i > 0 and without_lam_or_ba(strip_conj(doc.tokens[i - 1].norm)) in _DISCUSSING


def _talked_about(doc: Document, spot: ActorSpot) -> bool:
    """«حول المدينة», «بشأن مدينة منبج», «حول سوريا»: the spot is the topic behind «حول», «بشأن» (a place's head
    noun may come between)."""
    k = spot.token_start - 1
    if k >= 0 and without_lam_or_ba(strip_conj(doc.tokens[k].norm)).removeprefix("ال") in _PLACE_NOUNS:
        k -= 1
    return k >= 0 and strip_conj(doc.tokens[k].norm) in _ABOUT_WORDS


# «ترأسه», «يرأسه», «برئاسة»: the one named next heads the delegation that acts
_HEADED_BY = frozenset(normalize_word(w) for w in (
    "ترأسه", "يرأسه", "يترأسه", "ترأسها", "يرأسها", "تترأسه", "برئاسة", "يقوده", "يتقدمه"))
HEAD_TITLE_REACH = 8  # words from «ترأسه» to the name of the one heading: past his title


def _topic_before_the_partner(doc: Document, i: int, spot: ActorSpot, after: list[ActorSpot]) -> bool:
    """The spot stands after a «حول», «بشأن» (with no «مع» between) and a side after «مع» follows it in the clause:
    the spot is what a meeting at i was about, the side after «مع» whom it was held with."""
    about = next((j for j in range(spot.token_start - 1, i, -1) if strip_conj(doc.tokens[j].norm) in _ABOUT_WORDS), None)
    if about is None or any(strip_conj(doc.tokens[j].norm) == "مع" for j in range(about + 1, spot.token_start)):
        return False
    return any(x.token_start > spot.token_start and not _crosses(doc, spot.token_end, x.token_start, set())
               and any(strip_conj(doc.tokens[j].norm) == "مع" for j in range(spot.token_end, x.token_start))
               for x in after)


def _came_from(doc: Document, spot: ActorSpot) -> bool:
    """«زيارة ابنته يوليا من روسيا»: a place right after «من» — whence one came (not «كلا من دمشق وعمان», each of
    the places, nor «وفد من كوريا الجنوبية», whose delegation it is)."""
    k = spot.token_start - 1
    if not (spot.entity is not None and spot.entity.label == "LOC" and k >= 1 and doc.tokens[k].norm == "من"):
        return False
    before = strip_conj(doc.tokens[k - 1].norm)
    return before not in _DELEGATIONS and before not in _EACH


def _heads_the_delegation(doc: Document, i: int, spot: ActorSpot) -> bool:
    """«وفد من طالبان ترأسه مسؤول المكتب السياسي للحركة في قطر محمد عباس ستانكزاي»: the spot (or a place in the
    title of the one) after «ترأسه», «برئاسة» heads the delegation that acts at i."""
    for k in range(spot.token_start - 1, max(i, spot.token_start - 1 - HEAD_TITLE_REACH), -1):
        tok = doc.tokens[k]
        if tok.kind == "punct" and tok.text[:1] in ".،,؛:":
            return False
        if strip_conj(tok.norm) in _HEADED_BY:
            return True
    return False


_AMONG_THEM = frozenset(normalize_word(w) for w in ("بينهم", "منهم"))  # people (not «بينها»: «الأسماء …، من بينها»)


def _among_them(doc: Document, spot: ActorSpot) -> bool:
    """«، من بينهم باراك أوباما», «، بينهم وزير الخارجية»: the spot is one of the many the clause told of."""
    k = spot.token_start - 1
    return k >= 1 and strip_conj(doc.tokens[k].norm) in _AMONG_THEM and (
        doc.tokens[k - 1].text in "،," or (doc.tokens[k - 1].norm == "من" and doc.tokens[k].norm != "منهم"))


def _alongside(doc: Document, spot: ActorSpot) -> bool:
    """«، إلى جانب روسيا،», «بجانب روسيا»: the spot stands «alongside» another side, set off by a comma."""
    k = spot.token_start - 1
    if k >= 0 and doc.tokens[k].norm in ("بجانب", "وبجانب"):
        k -= 1
    elif k >= 1 and doc.tokens[k].norm == "جانب" and strip_conj(doc.tokens[k - 1].norm) == "الي":
        k -= 2
    else:
        return False
    return k >= 0 and doc.tokens[k].text in "،,"


def done_together(trigger: Trigger) -> bool:
    """A meeting, a signing or another act two sides do with each other (each is the other's target)."""
    return trigger.code[:2] == "04" or trigger.code == "057" or trigger.lemma in _MUTUAL_LEMMAS


_FIRED = ("اطلقها", "اطلقتها", "اطلقهما", "اطلقتهما", "اطلقوها", "يطلقها", "تطلقها", "اطلقه", "اطلقته")
# «صواريخ أطلقها الحوثيون», «طائرات أرسلتها إيران», «هجوم شنته القوات»: who fired, sent or carried it out
_SENT_IT = frozenset(_FIRED) | CARRIED_OUT | frozenset({"ارسلها", "ارسلتها", "ارسلهما", "ارسلتهما", "ارسله", "ارسلته"})


_MEMBER_NOUNS = frozenset({"امير", "قائد", "قيادي", "عضو", "اعضاء", "مسؤول", "مسؤولين", "عنصر", "عناصر", "مقاتل",
                           "مقاتلين", "زعيم", "ناشط", "ناشطين", "قيادات", "كوادر"})


def _place_from(doc: Document, spot: ActorSpot) -> bool:
    """A place named right after «من»."""
    return _preceding_word(doc, spot) == "من" and spot.entity is not None and spot.entity.label == "LOC"


_BASES = frozenset(normalize_word(w) for w in ("قاعدة", "مطار", "حاملة"))


_VERBAL_QUADS = frozenset({1, 3})  # CAMEO's quad classes of verbal cooperation (01–05) and verbal conflict (09–13)


def _in_words(code: str, lexicon: EventLexicon) -> bool:
    """Whether the code's quad class is verbal: words, not deeds."""
    return lexicon.code_info(code)[2] in _VERBAL_QUADS


def _spoken_from(doc: Document, spot: ActorSpot, lexicon: EventLexicon) -> bool:
    """A place after «من» that no government stands for («من نيويورك»), or any place with another «من» right
    after it («حذر ظريف من طهران من أن …»): where a word was said from."""
    if not _place_from(doc, spot):
        return False
    k = spot.token_end
    return not stands_for_its_country(spot, lexicon) or (k < len(doc.tokens) and doc.tokens[k].norm == "من")


def _launched_from(doc: Document, spot: ActorSpot, after: list[ActorSpot]) -> bool:
    """A place after «انطلاقا من», after «من قاعدة/مطار», or after «من» with a side after «ضد» or «على» next:
    where the attack came from, not what it struck."""
    k = spot.token_start - 1
    if k >= 1 and strip_conj(doc.tokens[k].norm) in _BASES and doc.tokens[k - 1].norm == "من" \
            and spot.entity is not None and spot.entity.label == "LOC":
        return True  # «قصفت إحدى طائرات سلاح الجو الليبي من قاعدة طبرق الجوية أحد المراكب»
    if not _place_from(doc, spot):
        return False
    j = spot.token_start - 2
    if j >= 0 and strip_conj(doc.tokens[j].norm) in ("انطلاقا", "انطلاق"):
        return True  # «إطلاق صواريخ على مواقع إسرائيلية انطلاقا من سوريا»
    return any(o.token_start > spot.token_end and o.token_start - spot.token_end <= 4
               and (_preceding_word(doc, o) in ("ضد", "علي") or _aimed_at_a_part(doc, o)) for o in after)


def _aimed_at_a_part(doc: Document, spot: ActorSpot) -> bool:
    """«على جنوب إسرائيل», «على مواقع في سوريا»: «على» before a place noun that the place named right after is part
    of."""
    j = _word_before(doc, spot.token_start)
    return j >= 1 and _strip_prep(doc.tokens[j]) in _PLACE_NOUNS and strip_conj(doc.tokens[j - 1].norm) == "علي"


DEPORTED_TO_REACH = 8  # words from the place after «من» to the place after «إلى»


def _deported_from(doc: Document, spot: ActorSpot, after: list[ActorSpot]) -> bool:
    """A place after «من» with a place after «إلى» soon after it: where the deported were sent from, not to."""
    if not _place_from(doc, spot):
        return False
    return any(o.token_start > spot.token_end and words_between(doc, spot.token_end, o.token_start) <= DEPORTED_TO_REACH
               and _preceding_word(doc, o) == "الي" for o in after)


# bare nouns (construct heads) of things said or done, whose genitive is whose they are: «قرار الرئيس الأمريكي»
_THING_HEADS = frozenset(normalize_word(w) for w in (
    "قرار", "قرارات", "تصريحات", "تصريح", "موقف", "خطة", "سياسة", "سياسات", "اقتراح", "مقترح", "مبادرة", "خطاب",
    "كلمة", "إعلان", "خطوة", "إجراءات", "تهديدات", "اتهامات", "دعوة", "رد", "ردود", "زيارة", "انسحاب", "انتقاد",
    "انتقادات", "مطالب", "مطالبات", "شروط", "جهود", "رسالة", "مواقف", "مقترحات",
    # a side's places, stormed or struck: «اقتحمت المقاومة معقل مليشيات الحوثي وسيطرت على …»
    "معقل", "معاقل", "مواقع", "مقر", "مقرات", "تجمعات", "ثكنات", "مخازن"))
# the fighters of a side between a thing and the side: «معقل مليشيات الحوثي», «مواقع عناصر التنظيم»
_FIGHTERS_OF = frozenset(normalize_word(w) for w in (
    "مليشيات", "ميليشيات", "مليشيا", "ميليشيا", "قوات", "عناصر", "مسلحي", "مقاتلي"))


def _genitive_of_a_thing(doc: Document, spot: ActorSpot) -> bool:
    """«قرار الرئيس الأمريكي», «معقل مليشيات الحوثي»: the spot is the genitive of a thing named just before it."""
    j = spot.token_start - 1
    if j >= 1 and doc.tokens[j].kind == "word" and strip_conj(doc.tokens[j].norm) in _FIGHTERS_OF:
        j -= 1
    return j >= 0 and doc.tokens[j].kind == "word" and strip_conj(doc.tokens[j].norm) in _THING_HEADS


def _adjective_of_an_earlier_object(doc: Document, spot: ActorSpot) -> bool:
    """«أنها استدعت القنصل التركي العام وطلبت منه»: a nisba on the definite object right after an earlier verb
    describes that object; the verb joined after it goes on with the earlier verb's subject."""
    k = spot.token_start - 1
    return _is_nisba(doc, spot) and k >= 1 and doc.tokens[k].kind == "word" \
        and strip_conj(doc.tokens[k].norm).startswith("ال") and _verb_at(doc, k - 1, only=False)


def _after_an_earlier_verb(doc: Document, spot: ActorSpot, triggers: set[int]) -> bool:
    """A trigger of its sentence that may be read as a verb stands before the spot: the spot ends that verb's clause."""
    lo = doc.sentences[sentence_of(doc, spot.token_start)].token_start
    return any(j in triggers and _verb_at(doc, j, only=False) for j in range(lo, spot.token_start))


def _object_pronoun_on(tok: Token, lemma: str) -> bool:
    """«قتلهم», «واستهدفها»: the segmenter split an object pronoun off the verb, leaving a stem as long as the
    verb's lemma (not «تتهم», whose «هم» is its own, nor «واتهم» split «و+ات+هم»)."""
    return len(tok.pieces) > 1 and tok.pieces[-1].tag == "PRON" and len(tok.pieces[-2].text) >= len(lemma) - 1


def _subject_right_after(doc: Document, i: int, spot: ActorSpot) -> bool:
    """The side stands right after the verb at i, past at most words of time («اغتالهم ليل الاثنين مسلحون»), and
    no preposition governs it."""
    k = i + 1
    while k < spot.token_start and (doc.tokens[k].kind != "word" or strip_conj(doc.tokens[k].norm) in _TIME_WORDS
                                    or doc.tokens[k].norm in _THEN):
        k += 1
    return k == spot.token_start and not governed(doc, spot)


_A_TARGET = frozenset(normalize_word(w) for w in ("هدفا", "هدف", "هدفين", "أهدافا"))  # («هدفاً» folds to «هدفا»)


def _made_a_target_for(doc: Document, i: int) -> int | None:
    """The token of «هدفا» when the act noun at i, or the noun right before it, carries «لـ» right after that word:
    «هدفا لقصف», «هدفا لحملة قصف»; None otherwise."""
    for k in (i - 1, i - 2):
        if k < 1 or not has_lam(doc.tokens[k + 1]):
            continue
        if doc.tokens[k].norm in _A_TARGET:
            return k
    return None


_AT_THE_HEAD = frozenset(normalize_word(w) for w in ("رأسها", "رأسهم", "مقدمتها", "مقدمتهم", "طليعتها", "طليعتهم"))


def _heads_the_subject(doc: Document, spot: ActorSpot, source: list[ActorSpot]) -> bool:
    """«دول غربية على رأسها الولايات المتحدة»: the spot follows «على رأسها» or «في مقدمتها» right after a side of
    the source."""
    j = _word_before(doc, spot.token_start)
    if j < 1 or doc.tokens[j].norm not in _AT_THE_HEAD or strip_conj(doc.tokens[j - 1].norm) not in ("علي", "في"):
        return False
    return any(s.token_end == j - 1 for s in source)


_ADDRESSED_AT = frozenset({"الي", "لدي", "امام", "في"})  # «إلى الأمم المتحدة», «أمام مجلس الأمن»
AGAINST_REACH = 6  # words from the body addressed to the side after «ضد»


def _complained_against(doc: Document, i: int, addressed: ActorSpot, spots: list[ActorSpot]) -> ActorSpot | None:
    """The side after «ضد» right after the body a complaint at i is lodged with, in the same clause."""
    for s in spots:
        if s.token_start <= addressed.token_end or words_between(doc, addressed.token_end - 1, s.token_start) > AGAINST_REACH:
            continue
        if _preceding_word(doc, s) == "ضد" and not any(doc.tokens[k].text in "،,.؛;" for k in range(i, s.token_start)):
            return s
    return None


def _joined_verbs_subject(doc: Document, i: int, spots: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«وشنت السعودية حملة على المعارضين، واعتقلت عشرات من رجال الدين»: a verb joined by «و» to the verb its
    sentence opens with goes on with that verb's subject, when both agree (not «وقصفت الطائرات … واعتقل عشرات»):
    the count after it is who it was done to, not who underwent it unnamed."""
    if not verb_conjoined(doc.tokens[i]):
        return []
    lo = doc.sentences[sentence_of(doc, i)].token_start
    first = next((s for s in spots if lo <= s.token_start and s.token_end <= i), None)
    if first is None or governed(doc, first) or not can_act(first, lexicon):
        return []
    opening = [k for k in range(lo, first.token_start) if doc.tokens[k].kind == "word"]
    if len(opening) != 1 or not verb_conjoined(doc.tokens[opening[0]]) \
            or doc.tokens[opening[0]].norm.endswith("ت") != doc.tokens[i].norm.endswith("ت"):
        return []
    return _group_back(doc, first, [s for s in spots if s.token_end <= i])


def _clause_opening_subject(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """The actor the sentence opens with, when at most its first verb stands before it («وأكدت ألمانيا …») and no
    comma or full stop parts it from token i: the subject its verbs go on with. A reported clause («ويقال إن ماتيس
    تجاهل اقتراح ترامب وأمر …») opens after its «إن»."""
    lo = reported_clause_start(doc, before[-1].token_start if before else i, doc.sentences[sentence_of(doc, i)].token_start)
    first = next((s for s in before if s.token_start >= lo), None)
    if first is None or not can_act(first, lexicon) or governed(doc, first):
        return []
    opening = [t for t in doc.tokens[lo:first.token_start] if t.kind == "word"]
    if len(opening) > 1 or any(t.text[:1] in ".،,؛;:؟?!" for t in doc.tokens[first.token_end:i]):
        return []
    return _group_back(doc, first, before)


def reported_clause_start(doc: Document, i: int, lo: int) -> int:
    """Where the last reported clause before token i opens, after its «إن» (lo when none does)."""
    return next((k + 1 for k in range(i - 1, lo - 1, -1) if doc.tokens[k].norm in SAYING_THAT), lo)


_COUNTERPART_WORDS = frozenset(normalize_word(w) for w in (
    "نظيره", "نظيرته", "نظيرها", "بنظيره", "بنظيرته", "بنظيرها", "لنظيره", "لنظيرته", "لنظيرها"))
COUNTERPART_AFTER_MASDAR = 3  # words from a call or meeting to «بنظيره»: «اتصال هاتفي مع نظيره»


def _with_his_counterpart(doc: Document, i: int, after: list[ActorSpot]) -> bool:
    """«اتصال هاتفي بنظيره الإيراني», «لقاء مع نظيره»: the masdar's other side is named as «his counterpart»,
    the first side after it (its title, or its name past the nisba)."""
    first = next((s for s in after if s.token_start > i), None)
    if first is None:
        return False
    return any(strip_conj(doc.tokens[k].norm) in _COUNTERPART_WORDS
               for k in range(i + 1, min(first.token_start + 1, i + 2 + COUNTERPART_AFTER_MASDAR)))


def _first_free_actor(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon,
                      besides: frozenset[str] | set[str] = frozenset()) -> ActorSpot | None:
    """The first actor of token i's sentence that no preposition governs and that can act (none of `besides`):
    the sentence's subject."""
    lo = doc.sentences[sentence_of(doc, i)].token_start
    return next((s for s in before if s.token_start >= lo and not governed(doc, s) and can_act(s, lexicon)
                 and s.key not in besides), None)


def _met_where_it_went(doc: Document, i: int, m: TriggerMatch, before: list[ActorSpot], after: list[ActorSpot],
                       lexicon: EventLexicon) -> tuple[list[ActorSpot], list[ActorSpot], None] | None:
    """«وصل دي ميستورا إلى دمشق حيث التقى وزير الخارجية وليد المعلم»: a meeting right after «حيث» goes on with the
    subject of the sentence's first clause; the one side named after it is whom he met (two sides would be its own
    subject and object: «حيث التقى الرئيس ماكرون نظيره الأمريكي»)."""
    if m.trigger.code[:2] != "04" or i == 0 or strip_conj(doc.tokens[i - 1].norm) != "حيث":
        return None
    stop = next((j for j in range(i + 1, len(doc.tokens)) if doc.tokens[j].text[:1] in ".؛:؟!،,"), len(doc.tokens))
    named = [s for s in after if s.token_start < stop and not governed(doc, s)]
    if not named or len({s.key for s in named}) > 1 or not _time_and_title_only(doc, i + 1, named[0]):
        return None
    subject = _first_free_actor(doc, i, before, lexicon)
    if subject is None or subject.key == named[0].key:
        return None
    return _group_back(doc, subject, before), actor_group(doc, named[0], after), None


MET_TITLE_WORDS = 3  # words of a title before the name of the one met: «الرئيس المعترف به»


def _time_and_title_only(doc: Document, k: int, named: ActorSpot) -> bool:
    """Whether only a time and a person's title stand between token k and the side named: «حيث التقى الأسبوع الماضي
    الرئيس المعترف به عبد ربه منصور هادي»."""
    while k < named.token_start and covered_by_times(doc, k, k + 1):
        k += 1
    gap = doc.tokens[k:named.token_start]
    return not gap or (named.entity is not None and named.entity.label == "PER" and len(gap) <= MET_TITLE_WORDS
                       and all(t.kind == "word" for t in gap)
                       and strip_conj(gap[0].norm).removeprefix("ال") in TITLE_HEADS)


def _unnamed_subject_first(doc: Document, i: int, spot: ActorSpot, lexicon: EventLexicon) -> bool:
    """«وحاصرت المقاومة ميليشيات الحوثي»: a definite noun right after the verb, no side the dictionary knows nor a
    time, and a side with a head of its own right after it: the noun is the subject, the side its object (not
    «أعلنت الرئاسة التركية», where the nisba qualifies the noun)."""
    if spot.token_start != i + 2 or is_bare_demonym(spot) or (spot.entity is None and spot.generic is None) \
            or (spot.entity is not None and spot.entity.label == "PER") or _after_title(doc, spot, i + 1):
        return False  # («أن يقتل النائبة كوبر»: her title, then her name)
    if doc.tokens[spot.token_start].norm.startswith("و") and strip_conj(doc.tokens[spot.token_start].norm) \
            != doc.tokens[spot.token_start].norm:
        return False  # «منذ سيطر الطوارق وإسلاميون متشددون على الشمال»: joined by «و», the side is a second subject
    tok = doc.tokens[i + 1]
    word = strip_conj(tok.norm)
    return tok.kind == "word" and word.startswith("ال") and len(word) > 4 and word not in lexicon.generic_actors \
        and i + 1 not in _inside_times(doc) and not any(tx.start == tok.start for tx in doc.times)


def _member_before(doc: Document, spot: ActorSpot) -> bool:
    """«أمير في داعش», «عناصر في حزب الله»: the word before «في» is a member of the body after it."""
    j = spot.token_start - 1
    while j >= 0 and (doc.tokens[j].kind != "word" or strip_conj(doc.tokens[j].norm) == "في"):
        j -= 1
    return j >= 0 and strip_conj(doc.tokens[j].norm) in _MEMBER_NOUNS


# tokens from an interception to «أطلقها»: «اعترضت منظومة الدفاعات الجوية التابعة لقوات التحالف العربي، مساء
# الجمعة، صاروخا باليستيا … أطلقته ميليشيا الحوثي»
LAUNCHER_REACH = 24


def _launcher(doc: Document, i: int, after: list[ActorSpot], source_keys: set[str]) -> list[ActorSpot]:
    """The subject of «أطلقها» a few words after an interception: the side whose missiles or drones were stopped."""
    for j in range(i + 1, min(len(doc.tokens), i + LAUNCHER_REACH)):
        if doc.tokens[j].kind == "punct" and doc.tokens[j].text[:1] in ".؛;:":
            return []
        if strip_conj(doc.tokens[j].norm).startswith(_FIRED):
            spot = next((s for s in after if s.token_start > j), None)
            if spot is not None and spot.token_start - j <= 2 and spot.key not in source_keys:
                return [spot]
            return []
    return []


_TITLE_LINKS = frozenset({"ل", "باسم", "لدي", "عن"})  # («النائب في برلمان الإقليم عن الحزب الديمقراطي الكردستاني»)
TITLE_HEADS = frozenset({"نائب", "النائب", "الامين", "امين", "العام", "وزير", "رئيس", "مدير", "المتحدث", "متحدث", "سفير",
                          "مندوب", "ممثل", "مبعوث", "المبعوث", "الممثل", "المندوب", "مستشار", "المستشار", "مساعد",
                          "مسؤول", "المسؤول", "قائد", "زعيم", "عضو", "الناطق", "ناطق", "المفوض", "مفوض", "السفير",
                          "الوزير", "القنصل", "قنصل", "المدير", "منسق", "المنسق"})
# «رئيسة مفوضية الاتحاد الأفريقي», «وزيرة الخارجية», «المتحدثة باسم»: a woman's title (not «مساعدة», aid, nor
# «العامة», the public)
TITLE_HEADS |= frozenset(w + "ه" for w in TITLE_HEADS - {"مساعد", "العام", "مسؤول", "المسؤول"})
TITLE_SPAN = 6  # words of a title after a person's name: «نائب الأمين العام للأمم المتحدة للشؤون الإنسانية»


def in_source_title(doc: Document, spot: ActorSpot, source: list[ActorSpot]) -> bool:
    """An organisation or country inside the title that follows the person who acts: his affiliation."""
    person = next((x for x in source if x.entity is not None and x.entity.label == "PER"), None)
    if person is None or spot.token_start < person.token_end:
        return False
    between = doc.tokens[person.token_end:spot.token_start]
    while between and between[-1].text in QUOTE_MARKS:
        between = between[:-1]  # «، مدير منظمة "هيومن رايتس ووتش"»: the body's name in quotation marks
    if sum(t.kind == "word" for t in between) > TITLE_SPAN or any(
            t.kind == "punct" and t.text[:1] in ".؛;:()«»\"" for t in between):
        return False
    if any(t.kind == "word" and (t.norm.startswith(("قال", "اكد", "اعلن")) or t.norm in ("من", "ان", "الي", "علي", "مع"))
           for t in between):
        return False  # a verb or the trigger's own preposition came between: the title is over
    if not any(t.kind == "word" and strip_conj(t.norm) in TITLE_HEADS for t in between):
        return False  # «زيارة ترامب للقدس»: right after the name, «لـ» is where he went
    tok = doc.tokens[spot.token_start]
    # («، المفوض السامي لحقوق الإنسان بالأمم المتحدة،»: «بـ» glues the body to a title set off by commas)
    glued = has_lam(tok) or tok.norm.startswith("لل") or (has_ba(tok) and bool(between) and between[0].text in "،,")
    return glued or _preceding_word(doc, spot) in _TITLE_LINKS or _title_in_apposition(between) \
        or _title_in_a_body(between)


APPOSED_TITLE_WORDS = 3  # words of a title set off by a comma before the body it names: «، رئيس أركان الجيش»


def _title_in_apposition(between: list[Token]) -> bool:
    """«الفريق محمد فريد، رئيس أركان الجيش المصري»: a comma after the name, then a title whose construct chain
    runs into the spot — his own body, named without «لـ» (but «الصيد، رئيس الوزراء التونسي، المجتمع الدولي»:
    the title closed with its comma)."""
    words = [t for t in between if t.kind == "word"]
    return bool(between) and between[0].text in "،," and all(t.kind == "word" for t in between[1:]) \
        and 1 <= len(words) <= APPOSED_TITLE_WORDS \
        and strip_conj(words[0].norm) in TITLE_HEADS and not any(
            is_preposition(strip_conj(t.norm)) or any(p.tag == "PREP" for p in t.pieces) for t in words)


_WORKPLACES = _BODY_HEADS | frozenset(normalize_word(w) for w in ("حركة", "حزب", "جماعة"))


def _title_in_a_body(between: list[Token]) -> bool:
    """«لوي شاربونو، مدير شؤون الأمم المتحدة في منظمة "هيومن رايتس ووتش"»: a comma after the name, then a title
    whose «في» (and the body's head noun) runs into the spot — the body he works in."""
    words = [strip_conj(t.norm) for t in between if t.kind == "word"]
    if not between or between[0].text not in "،," or not words or words[0] not in TITLE_HEADS \
            or any(t.kind != "word" for t in between[1:]):
        return False
    return words[-1] == "في" or (len(words) >= 2 and words[-2] == "في" and words[-1] in _WORKPLACES)


def located_in(doc: Document, spot: ActorSpot) -> bool:
    """«في الدوحة», «في سماء الرياض», «بشمال سوريا»: the spot names where, after «في» (and a place noun)."""
    return _preceding_word(doc, spot) == "في" or _after_place_noun(doc, spot, _PLACE_NOUNS) \
        or _town_of_a_place(doc, spot)


PLACE_PHRASE_WORDS = 3  # words from «في» to a town glued to «بـ»: «في قصر السلام بجدة»


def _town_of_a_place(doc: Document, spot: ActorSpot) -> bool:
    """«في قصر السلام بجدة», «في منزله بالرياض»: a town glued to «بـ» closes a phrase of where that «في» opens."""
    tok = doc.tokens[spot.token_start]
    if not (spot.start > tok.start and tok.norm.startswith("ب")):
        return False
    j, words = spot.token_start, 0
    while words < PLACE_PHRASE_WORDS:
        j = _word_before(doc, j)
        if j < 0:
            return False
        if strip_conj(doc.tokens[j].norm) == "في":
            return words > 0
        words += 1
    return False


def _after_place_noun(doc: Document, spot: ActorSpot, nouns: frozenset[str]) -> bool:
    """«في مقر …», «بشمال …»: one of `nouns` right before the spot, itself behind «في» or «بـ»."""
    j = _word_before(doc, spot.token_start)
    if j < 1 or _strip_prep(doc.tokens[j]) not in nouns:
        return False
    return strip_conj(doc.tokens[j - 1].norm) == "في" or doc.tokens[j].norm.startswith(("في", "ب"))


_COMPASS = frozenset(normalize_word(w) for w in ("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"))


def _after_compass(doc: Document, spot: ActorSpot) -> bool:
    """«جنوب طرابلس», «شمالي غرب سوريا»: a town or country after a point of the compass tells where something
    lies (a country named with one, «جنوب أفريقيا», is one spot)."""
    j = _word_before(doc, spot.token_start)
    return j >= 0 and strip_conj(doc.tokens[j].norm) in _COMPASS


def _word_before(doc: Document, t: int) -> int:
    """The index of the nearest word token before token t, or -1."""
    j = t - 1
    while j >= 0 and doc.tokens[j].kind != "word":
        j -= 1
    return j


_SEAT_NOUNS = frozenset({"مقر", "مبني"})


def _at_seat(doc: Document, spot: ActorSpot) -> bool:
    """«في مقر وزارة الخارجية», «بمقر الأمم المتحدة»: the spot names the building where it happened."""
    return _after_place_noun(doc, spot, _SEAT_NOUNS)


# «الواقعة على البحر الأحمر», «المطلة على», «المحاذية لـ»: what follows tells where a place lies
_LYING = frozenset({"الواقع", "الواقعه", "الواقعين", "الواقعتين", "الواقعان", "الواقعتان", "المطل", "المطله",
                    "المحاذي", "المحاذيه", "المتاخم", "المتاخمه"})
LYING_REACH = 4  # words from «الواقعة» to the place: «الواقعة في شمال غرب سوريا», «الواقعة قرب الحدود مع الأردن»


_HELPING_ROOTS = frozenset({"05", "06", "07"})  # cooperation, material help, aid
_FIGHTING_MASDARS = frozenset(normalize_word(w) for w in ("محاربة", "قتال", "مواجهة", "مكافحة", "ضد"))
# masdars of fighting whose enemy comes with a preposition: «للتصدي لتنظيم داعش», «للقضاء على الإرهاب»
_FIGHTING_MASDARS_WITH = {normalize_word(w): prep for w, prep in (
    ("التصدي", "ل"), ("تصدي", "ل"), ("القضاء", "على"), ("قضاء", "على"))}


def _fought_with_help(doc: Document, spot: ActorSpot) -> bool:
    """«في محاربة تنظيم الدولة», «لمواجهة الحوثيين», «ضد داعش», «أي جهود للتصدي لتنظيم داعش»: the side right
    after a fighting word, which a helper's aid is aimed against."""
    j = _word_before(doc, spot.token_start)
    if j < 0:
        return False
    word = strip_conj(doc.tokens[j].norm)
    if word in _FIGHTING_MASDARS:
        return word == "ضد" or (j > 0 and strip_conj(doc.tokens[j - 1].norm) == "في")
    if word == "علي" and j > 0:  # «للقضاء على»
        return _FIGHTING_MASDARS_WITH.get(without_lam_or_ba(doc.tokens[j - 1].norm)) == "على"
    if _FIGHTING_MASDARS_WITH.get(without_lam_or_ba(doc.tokens[j].norm)) == "ل":
        return doc.tokens[spot.token_start].norm.startswith("ل")  # «للتصدي لتنظيم داعش»
    return word[:1] in "لب" and word[1:] in _FIGHTING_MASDARS


def _where_it_lies(doc: Document, spot: ActorSpot) -> bool:
    """«المدينة الواقعة على البحر الأحمر», «الواقعة في شمال سوريا»: the spot says where another place lies."""
    words = 0
    for j in range(spot.token_start - 1, max(-1, spot.token_start - 1 - 2 * LYING_REACH), -1):
        tok = doc.tokens[j]
        if tok.kind != "word":
            if tok.text[:1] in ".،,؛:؟?!":
                return False
            continue
        if strip_conj(tok.norm).lstrip("ل") in _LYING or tok.norm in _LYING:
            return True
        words += 1
        if words >= LYING_REACH:
            return False
    return False


def aim_of_weapons(doc: Document, spot: ActorSpot, i: int) -> bool:
    """«الصواريخ الموجهة إلى سوريا», «أي صواريخ أمريكية تطلق على روسيا», «الصواريخ التي ستطلق على سوريا»: the
    spot, behind «إلى»/«على»/«نحو», is where weapons an act after the trigger at i is done to are fired, told by a
    participle or verb of firing or aiming right after them (not when that verb is the trigger itself)."""
    k = spot.token_start - 1
    if k <= i + 1 or strip_conj(doc.tokens[k].norm) not in _AIMED_AT:
        return False
    k -= 1
    if k <= i or doc.tokens[k].norm.removeprefix("و") not in _FIRED_OR_AIMED:
        return False
    for j in range(k - 1, max(i, k - 1 - WEAPON_REACH), -1):
        word = strip_conj(doc.tokens[j].norm).removeprefix("ال")
        if doc.tokens[j].kind != "word" or word in RELATIVE_PRONOUNS:
            continue
        if word in _FIRED_WEAPONS:
            return True
    return False


WEAPON_REACH = 3  # words from the weapons to the verb that fires them: «أي صواريخ أمريكية تطلق»
_AIMED_AT = frozenset({"الي", "علي", "نحو", "باتجاه", "صوب"})
_FIRED_OR_AIMED = frozenset(_FIRED) | frozenset(normalize_word(w) for w in (
    "الموجهة", "الموجه", "موجهة", "موجه", "المتجهة", "المتجه", "متجهة", "المطلقة", "تطلق", "يطلق", "ستطلق", "سيطلق",
    "أطلقت", "أطلق", "يطلقونها", "تستهدف", "يتم"))


_FIGHT_VERBS = frozenset({"قاتل", "حارب"})  # (but «اشتبك مع» clashes with the side after «مع»)
_ALONGSIDE = frozenset({"مع", "جانب", "بجانب", "لصالح"})  # («يقاتل لصالح تنظيم الدولة الإسلامية»: for it)


def _made_in_support_of(doc: Document, spot: ActorSpot) -> bool:
    """«دعما لقوات الأسد», «إسنادا للقوات الحكومية»: the side after a word of support glued to «لـ»."""
    first = spot.token_start
    if first >= 1 and without_lam_or_ba(strip_conj(doc.tokens[first - 1].norm)) in _FORCES_OF:
        first -= 1  # «دعما لقوات الأسد»: the forces of the side named
    return first >= 1 and has_lam(doc.tokens[first]) and strip_conj(doc.tokens[first - 1].norm) in _IN_SUPPORT_OF


_FORCES_OF = frozenset({"قوات", "القوات", "عناصر", "مقاتلي", "ميليشيات", "مليشيات"})


def _fights_beside(doc: Document, spot: ActorSpot) -> bool:
    """«مع قوات التحالف», «إلى جانب قوات صالح», «لصالح تنظيم الدولة»: the side named after «مع», «جانب» or «لصالح»
    (a word of forces between)."""
    j = spot.token_start - 1
    if j >= 0 and strip_conj(doc.tokens[j].norm) in ("قوات", "القوات", "عناصر", "مقاتلي"):
        j -= 1
    return j >= 0 and strip_conj(doc.tokens[j].norm) in _ALONGSIDE


# «الأطراف المتحاربة في سوريا», «الفرقاء في ليبيا»: the unnamed sides of a country's conflict
_PARTIES = frozenset({"الاطراف", "الفرقاء", "الاطراف المتحاربه", "الاطراف المتنازعه", "الاطراف المتصارعه",
                      "الاطراف السياسيه", "الفرقاء السياسيين", "الاطراف المعنيه", "الفصائل المتحاربه"})


def _parties_in(doc: Document, spot: ActorSpot) -> bool:
    """Whether «في X» qualifies «الأطراف (المتحاربة)» right before it."""
    j = spot.token_start - 1
    if j < 2 or strip_conj(doc.tokens[j].norm) != "في":
        return False
    one = strip_conj(doc.tokens[j - 1].norm)
    return one in _PARTIES or (strip_conj(doc.tokens[j - 2].norm) + " " + one) in _PARTIES


def intercepts(doc: Document, i: int) -> bool:
    """«اعترض صواريخ فوق الرياض», «أسقط طائرة مسيرة في أجواء جازان»: the place is where it was stopped, not struck."""
    norm = strip_conj(doc.tokens[i].norm)
    return norm.startswith(("اعترض", "يعترض", "تعترض", "اسقط", "يسقط", "تسقط", "دمر", "يدمر", "تدمر", "اعتراض", "تدمير"))
# «عبر "BBC"», «بحسب رويترز»: a channel or a source of news; «السفير الروسي لدى الأمم المتحدة»: where one is posted
_MEANS = frozenset({"عبر", "بحسب", "حسب", "وفق", "وفقا", "لدي", "بتوقيت", "توقيت"})  # «بتوقيت الإمارات»: a clock
_ALONG_WITH = frozenset({"رفقه", "برفقه", "بمعيه"})
_BELONGING = frozenset({"التابع", "التابعه"})
REPORTING_BODY_WORDS = 6  # words of a body's name between «بحسب» and «التابع لـ» its owner: «مكتب تنسيق الشؤون الإنسانية»


def _told_by_body(doc: Document, spot: ActorSpot) -> bool:
    """Whether «بحسب», «وفق» or «عبر» opens the name of the body that «التابع لـ» the spot is part of."""
    k = _word_before(doc, spot.token_start)
    for _ in range(REPORTING_BODY_WORDS):
        k -= 1
        if k < 0 or doc.tokens[k].kind != "word":
            return False
        if strip_conj(doc.tokens[k].norm) in _MEANS:
            return True
    return False


# words in apposition to the subject right after it: «حليفة أنقرة» (whose ally), «آخرها هيومن رايتس ووتش» (its latest)
_SUBJECT_APPOSITIONS = frozenset(normalize_word(w) for w in (
    "حليفة", "حليف", "حليفتها", "حليفها", "شريكة", "آخرها", "آخرهم", "أبرزها", "أبرزهم", "أحدها", "ومنها", "منها",
    "بينها"))


def _in_attendance(doc: Document, spot: ActorSpot) -> bool:
    """«بحضور نائب رئيس الجمهورية رئيس الوزراء خالد محفوظ بحاح»: the spot is named, past his titles, after
    «بحضور»."""
    for j in range(spot.token_start - 1, max(-1, spot.token_start - 1 - ATTENDANCE_REACH), -1):
        tok = doc.tokens[j]
        if tok.kind != "word":
            return False
        if tok.norm == "بحضور":
            return True
    return False


ATTENDANCE_REACH = 7  # words from «بحضور» to the name after the attendee's titles


def _describes_the_subject(doc: Document, spot: ActorSpot, source: list[ActorSpot]) -> bool:
    """The spot follows an apposition word that comes right after the subject, or after the subject's unnamed
    adjectives («منظمات حقوقية ودولية عدة آخرها …»)."""
    k = _word_before(doc, spot.token_start)
    if k < 0 or strip_conj(doc.tokens[k].norm) not in _SUBJECT_APPOSITIONS or not source:
        return False
    end = max(x.token_end for x in source)
    return end <= k and words_between(doc, end - 1, k) <= APPOSITION_AFTER_SUBJECT


APPOSITION_AFTER_SUBJECT = 4  # words between the subject and «آخرها»: «منظمات حقوقية ودولية عدة آخرها»


def in_the_subjects_relative_clause(doc: Document, i: int, spot: ActorSpot, source: list[ActorSpot]) -> bool:
    """The spot stands in a relative clause set off by commas right after the subject («إينجه، الذي …،»), and the
    trigger at i is not that clause's own verb."""
    if not source:
        return False
    comma = max(x.token_end for x in source)
    if comma + 1 >= spot.token_start or i > comma or doc.tokens[comma].text not in "،," \
            or strip_conj(doc.tokens[comma + 1].norm) not in RELATIVE_PRONOUNS:
        return False
    return not any(doc.tokens[k].text in "،," for k in range(comma + 1, spot.token_start))
# «عبر موقع تويتر», «على حسابه في فيسبوك»: the medium's noun between the channel word and its name
_MEDIUM_NOUNS = frozenset({"موقع", "حساب", "حسابه", "حسابها", "حسابهم", "منصه", "صفحه", "صفحته", "صفحتها", "تطبيق"})
_INTERVIEWS = frozenset({"مقابله", "مقابلات", "حديث", "لقاء", "حوار"})
_OUTLETS = frozenset({"شبكه", "قناه", "صحيفه", "وكاله", "اذاعه", "تلفزيون", "مجله"})
_SOCIAL_NETWORKS = frozenset({"Twitter", "Facebook", "YouTube", "Instagram", "Telegram", "WhatsApp", "Snapchat"})
_ON = frozenset({"علي", "في", "عبر"})
_REPORTING = frozenset(normalize_word(w) for w in (
    "أفاد", "أفادت", "ذكر", "ذكرت", "أورد", "أوردت", "نقل", "نقلت", "أعلن", "أعلنت", "قال", "قالت", "نشر", "نشرت",
    # «بحسب ما يقوله المرصد»: the present, with the pronoun of what is said
    "يقول", "تقول", "يقوله", "تقوله", "يفيد", "تفيد", "يذكر", "تذكر", "أعلنه", "أعلنته", "ذكره", "ذكرته", "قاله",
    # «بحسب ما نقلته وكالة الأنباء الفلسطينية»: the past, with the pronoun of what is reported
    "نقله", "نقلته", "أورده", "أوردته", "نشره", "نشرته", "قالته"))
_AS = frozenset({"حسبما", "بحسبما", "وفقما", "كما"})  # «حسبما أفادت», and «بحسب ما», «وفق ما» in two words
_ACCORDING_TO = _AS - {"كما"} | {"بحسب", "حسب", "وفق", "وفقا"}  # a clause that says who told the news
_OUTLET_NOUNS = frozenset({"وكاله", "صحيفه", "قناه", "موقع", "اذاعه", "شبكه"})


def as_reported_by(doc: Document, spot: ActorSpot) -> bool:
    """«بحسب ما أفادت وكالة فرانس برس», «حسبما ذكرت رويترز»: the spot names who reported the news, told after the
    act as its source; nothing was done to it."""
    k = _word_before(doc, spot.token_start)
    if k >= 0 and strip_conj(doc.tokens[k].norm) in _OUTLET_NOUNS:
        k = _word_before(doc, k)  # «وكالة فرانس برس», when the name alone is the spot
    if k < 0 or strip_conj(doc.tokens[k].norm) not in _REPORTING:
        return False
    k = _word_before(doc, k)
    if k >= 0 and strip_conj(doc.tokens[k].norm) in _AS:
        return True
    return k >= 1 and doc.tokens[k].norm == "ما" and (strip_conj(doc.tokens[_word_before(doc, k)].norm) in _MEANS
                                                     or doc.tokens[_word_before(doc, k)].norm == "علي")
    # («على ما أعلنت وكالة الأناضول»)


INTERVIEW_REACH = 6  # tokens from an interview to the outlet it was given to: «في مقابلة نشرها الموقع الإلكتروني لصحيفة»
_INTERVIEW_FORMS = frozenset(prefix + w for w in _INTERVIEWS for prefix in ("", "ال", "ب", "بال", "ل", "لل"))


def _interview_before(doc: Document, k: int) -> bool:
    """An interview noun stands a few words before token k, in its clause."""
    return word_in_clause_before(doc, k - 1, INTERVIEW_REACH, _INTERVIEW_FORMS, ".،,؛;:")


def by_means(doc: Document, spot: ActorSpot) -> bool:
    """The spot names the channel or source something went through: «عبر "BBC"», «عبر موقع تويتر», «بحسب رويترز»,
    «في تغريدة على تويتر» (a social network «على», «في» or «عبر» is the channel)."""
    prev = _preceding_word(doc, spot)
    if spot.entity is not None and spot.entity.name_en in _SOCIAL_NETWORKS and prev in _ON:
        return True  # (but «انتقد سوروس فيسبوك وغوغل»: the company)
    if as_reported_by(doc, spot):
        return True
    if prev is not None and (prev in _MEANS or strip_conj(prev) in _MEANS) and not _own_envoy_posted_to(doc, spot):
        return True  # («وبحسب مكتب تنسيق الشؤون الإنسانية»)
    if prev in _BELONGING and _told_by_body(doc, spot):
        return True  # «وبحسب مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة»: the body's owner told it too
    if spot.entity is not None and (spot.entity.cameo or "").endswith("MED"):
        # «اتهم الأسد في مقابلة مع وكالة فرانس برس "الخوذ البيضاء"», «خلال مقابلة مع شبكة "فوكس نيوز"»: the agency
        # or channel he spoke to is no side
        k = _word_before(doc, spot.token_start)
        if k >= 0 and without_lam_or_ba(doc.tokens[k].norm) in _OUTLETS:
            if doc.tokens[k].norm[:1] == "ل" and _interview_before(doc, k):
                return True  # «في مقابلة نشرها الموقع الإلكتروني لصحيفة "لوباريزيان"»: the paper it was given to
            k = _word_before(doc, k)
        if k < 0 or doc.tokens[k].norm != "مع":
            return False
        k = _word_before(doc, k)
        return k >= 0 and without_lam_or_ba(strip_conj(doc.tokens[k].norm)).removeprefix("ال") in _INTERVIEWS
    if prev not in _MEDIUM_NOUNS:
        return False
    k = _word_before(doc, _word_before(doc, spot.token_start))
    return k >= 0 and strip_conj(doc.tokens[k].norm) in _MEANS | {"علي", "في"}


def _own_envoy_posted_to(doc: Document, spot: ActorSpot) -> bool:
    """«استدعت الكويت سفيرها لدى مانيلا»: the country a side's own ambassador is posted to is a side (whom the
    recall is aimed at), not the post of someone else's envoy («السفير الروسي لدى الأمم المتحدة»)."""
    k = _word_before(doc, spot.token_start)
    k = _word_before(doc, k) if k >= 0 else -1
    return k >= 0 and strip_conj(doc.tokens[k].norm) in _OWN_ENVOYS


_OWN_ENVOYS = frozenset(normalize_word(w) for w in (
    "سفيرها", "سفيره", "سفيرهم", "سفيرتها", "سفراءها", "سفرائها", "سفيرنا", "سفيري"))


_CAPACITY = frozenset({"بوصفه", "بوصفها", "بوصفهم", "بصفته", "بصفتها", "بصفتهم"})
CAPACITY_WORDS = 4  # words from «بوصفه» to the body: «بوصفه رئيسا للجنة العليا للاتحاد الإفريقي»


def _in_capacity(doc: Document, spot: ActorSpot) -> bool:
    """«بوصفه رئيسا للجنة العليا للاتحاد الإفريقي»: the spot names the office one acts in."""
    words = [j for j in range(spot.token_start - 1, max(-1, spot.token_start - 1 - 2 * CAPACITY_WORDS), -1)
             if doc.tokens[j].kind == "word"][:CAPACITY_WORDS]
    return any(strip_conj(doc.tokens[j].norm) in _CAPACITY for j in words)


_PLACE_TARGET_ROOTS = frozenset({"04", "11", "15", "16"}) | VIOLENCE_ROOTS  # «نشرت كابول 5000 جندي في فارياب»
SEAT_WORDS = 3  # words from a body named after the verb to the place it sits in: «مكتب الأمم المتحدة لحقوق الإنسان في»


def _seat_of(doc: Document, i: int, place: ActorSpot, source: list[ActorSpot]) -> bool:
    """«وأدان مكتب الأمم المتحدة لحقوق الإنسان في جنيف "جريمة القتل"»: the place right after the body that
    condemns, named after the verb, is where the body sits, not where the condemned act was."""
    last = max((x.token_end for x in source if x.token_start > i), default=None)
    if last is None or last > place.token_start or words_between(doc, last - 1, place.token_start) > SEAT_WORDS:
        return False
    # the words between go on with the body's name («لحقوق الإنسان»), no object comes first («ودانت فرنسا التصعيد
    # العسكري في الغوطة»: the escalation there is condemned)
    nxt = doc.tokens[last] if last < len(doc.tokens) else None
    return nxt is not None and (nxt.norm == "في" or nxt.norm.startswith("لل") or nxt.norm.startswith("ل") and has_lam(nxt))


# «دعوة الممثل للزفاف»: an invitation's genitive is the one invited, «لـ» its purpose
_INVITATIONS = frozenset({"دعوه", "دعوات", "دعوة"})
_GOVERNMENT_ADJECTIVES = frozenset({"الحكومي", "الحكوميه", "الحكوميين", "النظامي", "النظاميه",
                                    "حكومي", "حكوميه", "نظامي", "نظاميه"})  # «هجمات جوية ومدفعية حكومية»


def _government_strikes(doc: Document, i: int, before: list[ActorSpot], after: list[ActorSpot],
                        lexicon: EventLexicon) -> list[ActorSpot]:
    """«القصف الجوي الحكومي على الغوطة», «الغارات الحكومية»: the government of the country struck attacks.

    The country is that of the nearest place named after the attack (else before it) in the sentence.
    """
    j = next((k for k in range(i + 1, min(len(doc.tokens), i + 4)) if doc.tokens[k].kind == "word"
              and strip_conj(doc.tokens[k].norm) in _GOVERNMENT_ADJECTIVES), None)
    if j is None or any(doc.tokens[k].kind != "word" or not (is_adjective(doc.tokens[k]) or doc.tokens[k].norm
                        .startswith("ال")) for k in range(i + 1, j)):
        return []
    places = [s for s in after if s.token_start > j and not _past_the_clause(doc, j, s.token_start)] \
        + list(reversed(before))
    country = next((s.entity.country for s in places
                    if s.entity is not None and s.entity.label == "LOC" and s.entity.country), None)
    iso3 = lexicon.iso3(country) if country else None
    if not iso3 or iso3 not in lexicon.countries:
        return []
    tok = doc.tokens[j]
    return [ActorSpot(j, j + 1, tok.start, tok.end, None, ("government forces", iso3 + "GOV"), country=country)]


def _past_the_clause(doc: Document, j: int, k: int) -> bool:
    """A comma, a stop or a relative pronoun stands between tokens j and k, or more than GOVERNMENT_PLACE_WORDS
    words: a country at k is another clause's («سيطرة القوات الحكومية على أجزاء كبيرة من المنطقة في الهجوم الذي تشنه
    عليها وصفقات … التي توسطت روسيا»: Russia brokered the deals; the forces are Syria's)."""
    return words_between(doc, j, k) > GOVERNMENT_PLACE_WORDS or any(
        doc.tokens[m].text in "،,.؛:" or strip_conj(doc.tokens[m].norm) in RELATIVE_PRONOUNS for m in range(j + 1, k))


GOVERNMENT_PLACE_WORDS = 8  # words from «الحكومية» to the place whose government it is: «… على الغوطة الشرقية»


def _past_adjectives(doc: Document, spot: ActorSpot) -> int:
    """The token after the genitive's adjectives (two at most): «القوات المهاجمة», «التحالف العربي» (but «إلى»,
    which the article's letters open too, is no adjective)."""
    j = spot.token_end
    while j < min(len(doc.tokens), spot.token_end + 2) and doc.tokens[j].kind == "word" and (
            is_adjective(doc.tokens[j]) or doc.tokens[j].norm.startswith("ال")) and not is_preposition(doc.tokens[j].norm):
        j += 1
    return j


def object_with_lam(doc: Document, spot: ActorSpot) -> bool:
    """After the masdar's genitive (and its adjectives) comes an object with «لـ»: «تحرير القوات المهاجمة لمناطق»."""
    j = _past_adjectives(doc, spot)
    if j >= len(doc.tokens) or doc.tokens[j].kind != "word":
        return False
    norm = doc.tokens[j].norm
    return norm[:1] == "ل" and len(norm) > 3 and norm[:2] != "لا" and norm not in ("لدي", "لكن", "لكنه", "لكنها") \
        and not norm.startswith(_NOT_OBJECT_LAM)


# words after a masdar's genitive that are no object of it: when, how, for how long
_NO_BARE_OBJECT = frozenset(normalize_word(w) for w in (
    "خلال", "بعد", "قبل", "منذ", "دون", "رغم", "بسبب", "جراء", "اثناء", "عقب", "اثر", "حيث", "غير", "كما", "امس",
    "غدا", "فيما", "بينما", "حين", "عندما", "وقت", "مساء", "صباح", "ظهر", "فجر", "ليل", "ليلة", "يوم", "عام", "شهر",
    "هناك", "هنا", "حاليا", "فقط"))


def _bare_object_after(doc: Document, i: int, spot: ActorSpot) -> bool:
    """After the masdar's genitive (and its adjectives) comes its object with no article and no preposition, the
    head of a construct: «برفض الدول الغربية الثلاث انتظار تقرير», «بقصف التحالف مواقع الحوثيين». Only a genitive
    named or with the article (after «بتوقيف نشطاء» the bare «معارضين» is an adjective), of a masdar with no
    possessive of its own («بمنحها إيران مساحة»: «ـها» gives), and no death («لمقتل صالح الصماد رئيس …»)."""
    first = strip_conj(doc.tokens[spot.token_start].norm).lstrip("بل")
    definite = first.startswith("ال")
    if _has_possessive(doc.tokens[i]) or _a_death(doc.tokens[i]) or _is_nisba(doc, spot) \
            or not (definite or spot.entity is not None) or (not definite and first.endswith(("يه", "يين", "يون"))):
        return False  # (nor «بعقوبات أمريكية تتجاوز»: an indefinite nisba is the masdar's adjective)
    j = _past_adjectives(doc, spot)
    if j >= len(doc.tokens) or doc.tokens[j].kind != "word":
        return False
    norm = doc.tokens[j].norm
    return strip_conj(norm) == norm and len(norm) >= 4 and not norm.startswith(("ال", "ل", "ب", "ي")) \
        and not norm.endswith("ا") and not is_preposition(norm) and norm not in _NO_BARE_OBJECT \
        and norm not in _TIME_WORDS and norm not in TITLE_HEADS


_REACTION_ROOTS = frozenset({"11", "12"})
_REACTED_WITH_BA = frozenset(normalize_word(w) for w in ("تنديد", "التنديد", "انتقاد", "الانتقاد"))


def _reaction_object_after(doc: Document, spot: ActorSpot) -> bool:
    """The masdar's genitive is followed by its object with «لـ» («رفض إيران للعقوبات»), or with «بـ» after a
    condemnation that takes it so («تنديد قريع بقيام»; not «إدانة المتهم بالقتل», a conviction)."""
    if object_with_lam(doc, spot):
        return True
    j = spot.token_end
    k = spot.token_start - 1
    return j < len(doc.tokens) and doc.tokens[j].kind == "word" and has_ba(doc.tokens[j]) \
        and without_lam_or_ba(strip_conj(doc.tokens[k].norm)) in _REACTED_WITH_BA


# «لـ» words that are no object: time, reason, purpose, benefit («للمرة الثانية», «لمدة», «لصالح»)
_NOT_OBJECT_LAM = ("للمره", "لمده", "لعده", "لفتره", "لاسباب", "لسبب", "لذلك", "لهذا",
                   "لصالح", "لمصلحه", "للمزيد", "لاول", "للاول", "للعام", "لليوم", "للشهر", "لحين", "لمنع", "لحمايه",
                   "لضمان", "لتحقيق", "لدعم", "لمواجهه",
                   "لدي")  # «بطرد السفير الكندي لديها»: where he is posted («لديها», «لديه»)


# Strikes and attacks whose «لـ» phrase right after names who carried them out: «غارات لطيران التحالف», «هجوم للجيش
# الفرنسي» (but «أقوى ضربة لميليشيات الحوثي» is a blow to them: «ضربة» is not here)
_LAM_AGENT_NOUNS = frozenset(normalize_word(w) for w in (
    "قصف", "القصف", "قصفا", "غارة", "الغارة", "غارات", "الغارات", "هجوم", "الهجوم", "هجوما", "هجمات", "الهجمات"))
# the armed body the «لـ» phrase may name before its side: «لقوات النظام», «لطائرات التحالف»
_FORCE_HEADS = frozenset(normalize_word(w) for w in (
    "قوات", "طيران", "طائرات", "مقاتلات", "مدفعيه", "جيش", "ميليشيات", "مليشيات", "ميليشيا", "مسلحي", "عناصر",
    "تحالف", "بوارج", "سفن", "وحدات"))


LAM_AGENT_ADJECTIVES = 2  # adjectives between a strike noun and the «لـ» of who struck: «قصف جوي عنيف للنظام»
# what news says of strikes besides their nisbas: «قصف جديد», «غارات مكثفة», «هجوم عنيف»
_STRIKE_ADJECTIVES = frozenset(normalize_word(w) for w in (
    "جديد", "جديدة", "عنيف", "عنيفة", "مكثف", "مكثفة", "كثيف", "كثيفة", "متواصل", "متواصلة", "مستمر", "مستمرة",
    "مماثل", "مماثلة", "مفاجئ", "مفاجئة", "جوي", "جوية"))  # («جوي» is too short for a nisba test)


def _lam_agent(doc: Document, i: int, spot: ActorSpot) -> bool:
    """«في قصف لقوات النظام السوري», «غارة للتحالف», «غارات جوية لطيران التحالف»: after a strike or attack noun (and
    an adjective), «لـ» and the forces that carried it out, the spot itself or the armed body right before it."""
    if without_lam_or_ba(strip_conj(doc.tokens[i].norm)) not in _LAM_AGENT_NOUNS:
        return False
    j = i + 1
    while j < spot.token_start and j - i <= LAM_AGENT_ADJECTIVES and (
            is_adjective(doc.tokens[j]) or strip_conj(doc.tokens[j].norm) in _STRIKE_ADJECTIVES):
        j += 1  # «غارات جوية», «قصف جديد», «قصف جوي عنيف»
    norm = doc.tokens[j].norm if j < len(doc.tokens) else ""
    if not norm.startswith("ل"):
        return False
    if spot.token_start == j:
        return spot.start > doc.tokens[j].start or any(p.tag == "PREP" for p in doc.tokens[j].pieces)  # «للتحالف»
    return spot.token_start == j + 1 and without_lam_or_ba(norm).removeprefix("ال") in _FORCE_HEADS


def _some_countries_of(doc: Document, spot: ActorSpot) -> bool:
    """«عددا من بلدان الشرق الأوسط», «دول المنطقة»: some countries of a region, not named."""
    return spot.token_start > 0 and strip_conj(doc.tokens[spot.token_start - 1].norm) in _COUNTRIES_OF


_COUNTRIES_OF = frozenset({"بلدان", "البلدان", "لبلدان", "ببلدان", "دول", "الدول", "لدول", "للدول", "بدول", "بالدول"})


def _region(spot: ActorSpot) -> bool:
    """A place of no one country: the Middle East, Europe, the Korean Peninsula, the Gulf."""
    return spot.entity is not None and spot.entity.label == "LOC" and not spot.entity.country and not spot.entity.cameo


def _attack_place(doc: Document, i: int, after: list[ActorSpot], source_keys: set[str]) -> ActorSpot | None:
    """«في سلسلة هجمات بجنوب فرنسا»: the place named after an attack in its clause, past other event nouns."""
    for s in after:
        if words_between(doc, i, s.token_start) > TARGET_WINDOW or any(
                doc.tokens[j].kind == "punct" and doc.tokens[j].text[:1] in ".؛;:؟?!" or doc.tokens[j].norm in BOUNDARY
                for j in range(i + 1, s.token_start)):
            return None
        if s.key in source_keys or s.entity is None or s.entity.label != "LOC" or _where_it_lies(doc, s) \
                or backing(doc, s) or aim_of_weapons(doc, s, i):
            continue  # («هجوما واسعا بدعم روسي»: who backs the attack is not where it was; nor is where the
            # missiles downed were fired: «ستسقط أي صواريخ تطلق على سوريا»)
        if _preceding_word(doc, s) == "في" or governed(doc, s):
            return s
    return None


PROTESTED_AT = frozenset({"ضد", "امام"})  # «تظاهروا ضد», «أمام السفارة»: what a protest is at


def _protested(doc: Document, spot: ActorSpot) -> bool:
    """«تظاهروا ضد الحكومة», «أمام السفارة الأمريكية»: a protest's target follows «ضد» or «أمام» directly."""
    prev = _preceding_word(doc, spot)
    j = spot.token_start - 1
    while j >= 0 and doc.tokens[j].kind != "word":
        j -= 1
    if prev in ("سفاره", "السفاره", "مقر") and j >= 1:
        prev = strip_conj(doc.tokens[j - 1].norm)
    return prev in PROTESTED_AT


ARREST_AGENT_WORDS = 5  # words from an arrest to its doer: «اعتقالهم واحتجازهم تعسفيا على أيدي القوات»
AGENT_WINDOW = 4  # words between an attack noun and «من (قبل)» naming who made it
ASCRIBED_WINDOW = 8  # … and «نُسب إلى», «من قبل», «على يد» naming whom it is ascribed to or who did it
_EXPOSED = frozenset({"تعرض", "تتعرض", "يتعرض", "تعرضت", "يتعرضون", "تعرضوا", "تعرضها", "تعرضه",
                      "تخضع", "يخضع", "خضعت", "خضع",  # «وتخضع لحصار من الجيش السوري»
                      # «ويواجه نظام السيسي انتقادات من قبل منظمات حقوق الإنسان»: faced, not made
                      "واجه", "واجهت", "يواجه", "تواجه", "يواجهون", "واجهوا"})


TITLE_WORDS = 8  # words of a title between a verb and the comma before the name it describes
NAME_AFTER_COMMA = 3  # words from that comma to the name («، آية الله علي السيستاني،»)
OBJECT_AFTER_NAME = 2  # words from the name to the verb's object («، الأربعاء، تركيا»)


def _title_then_name(doc: Document, i: int, spot: ActorSpot) -> ActorSpot | None:
    """The person named between commas right after the title that follows the verb at i, else None."""
    if spot.entity is None or spot.entity.label != "PER" or spot.token_end >= len(doc.tokens) \
            or doc.tokens[spot.token_end].text not in "،,":
        return None
    comma = next((j for j in range(spot.token_start - 1, i, -1) if doc.tokens[j].text in "،,"), None)
    if comma is None or words_between(doc, comma, spot.token_start) > NAME_AFTER_COMMA \
            or not 1 <= words_between(doc, i, comma) <= TITLE_WORDS \
            or any(doc.tokens[j].text in "،,.:\"«»" for j in range(i + 1, comma)):
        return None
    first = doc.tokens[i + 1]
    if is_preposition(strip_conj(first.norm)) or any(p.tag == "PREP" for p in first.pieces):
        return None  # «التقى مع وزير الشؤون الخارجية، محمد جواد ظريف،»: the man met, not the subject
    return spot


LONG_TITLE_WORDS = 12  # «مبعوث الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط»


def _name_after_titled_body(doc: Document, i: int, source: list[ActorSpot], spot: ActorSpot) -> ActorSpot | None:
    """The person named right after the comma that ends a title opening right after the verb at i, when the
    source found lies inside that title (the body the titled man serves); else None."""
    if spot.entity is None or spot.entity.label != "PER" or not all(
            s.entity is not None and s.entity.label != "PER" and i < s.token_start and s.token_end < spot.token_start
            for s in source):
        return None
    comma = next((j for j in range(spot.token_start - 1, i, -1) if doc.tokens[j].text in "،,"), None)
    if comma is None or words_between(doc, comma, spot.token_start) > NAME_AFTER_COMMA \
            or any(s.token_end > comma for s in source) or not 1 <= words_between(doc, i, comma) <= LONG_TITLE_WORDS \
            or any(doc.tokens[j].kind == "punct" for j in range(i + 1, comma)):
        return None
    head = strip_conj(doc.tokens[i + 1].norm)
    return spot if head in TITLE_HEADS or head.removeprefix("ال") in TITLE_HEADS else None


def names_the_doer(doc: Document, j: int) -> bool:
    """«من قبل», «على يد», «على أيدي», «بأيدي» ending at token j: what follows is the doer of the act."""
    marker, before = strip_conj(doc.tokens[j].norm), strip_conj(doc.tokens[j - 1].norm)
    return (marker == "قبل" and before == "من") or (marker in ("يد", "ايدي") and before == "علي") \
        or marker in ("بايدي", "بيد")  # «بمقتل منفذه خالد مسعود بأيدي الشرطة»


def _agent_phrase(doc: Document, i: int, after: list[ActorSpot], lexicon: EventLexicon,
                  triggers: set[int], *, by_only: bool = False, undergone: bool = False) -> list[ActorSpot]:
    """«إطلاق الصواريخ البالستية من قبل الحوثيين», «قصف صاروخي من الحوثيين»: the agent of an attack noun.
    What a side `undergone` is from whoever «من» names: «تواجه إدارة ترمب انتقادات شديدة من أعضاء في الحزب»."""
    for s in after:
        prev = _preceding_word(doc, s)
        j = s.token_start - 1
        while j > i and doc.tokens[j].kind != "word":
            j -= 1
        if j - 1 > i and (doc.tokens[j].kind == "number" or strip_conj(doc.tokens[j].norm) in _COUNT_WORDS
                          or strip_conj(doc.tokens[j].norm) in _AGENTS_OF):
            j -= 1  # «من قبل أربعة مسلحين»: the agents counted; «على أيدي مقاتلي جبهة النصرة»: its fighters
            prev = strip_conj(doc.tokens[j].norm)
        # «قصف بالهاون طاول منزلين ونسب إلى الحوثيين»: what it is ascribed to may come after a short clause
        # (or right before it: «ونسب الهجوم الى متمردي حزب العمال الكردستاني»; or with who ascribed it between:
        # «هجوم انتحاري دام نسبته الحكومة الى التنظيم»)
        ascribed = prev == "الي" and ((j - 1 > i and strip_conj(doc.tokens[j - 1].norm) in _ASCRIBED)
                                      or (i > 0 and strip_conj(doc.tokens[i - 1].norm) in _ASCRIBED)
                                      or (j - 2 > i and strip_conj(doc.tokens[j - 2].norm) in _ASCRIBED
                                          and any(x.start == doc.tokens[j - 1].start for x in after)))
        # («الهجمات الكيميائية المنسوبة للنظام السوري»: «لـ» glued to the side ascribed to, as «إلى»)
        ascribed = ascribed or (j == s.token_start - 1 and strip_conj(doc.tokens[j].norm) in _ASCRIBED
                                and has_lam(doc.tokens[s.token_start]))
        by = ascribed or (j - 1 > i and names_the_doer(doc, j))
        if by_only and not by:
            continue  # (a side before the «على أيدي» — «120 فلسطينيا» — is no agent, near or far)
        gap = words_between(doc, i, s.token_start)
        if gap > (ASCRIBED_WINDOW if by else AGENT_WINDOW) or any(
                j in triggers or doc.tokens[j].text[:1] in ".؛;:؟?!،," for j in range(i + 1, s.token_start)):
            return []
        # a bare «من» is «by» only right after the noun and its adjectives: «السيطرة على غزة من حماس» is «from»
        between = range(i + 1, j)
        bare = prev == "من" and (undergone or all(is_adjective(doc.tokens[k]) for k in between
                                                  if doc.tokens[k].kind == "word")) \
            and not any(doc.tokens[k].kind == "number" for k in between) \
            and not without_lam_or_ba(strip_conj(doc.tokens[i].norm)).removeprefix("ال").startswith(_FREEING)
        # («مقتل 250 من المحتجين»: of them; «تحريرها من المتمردين الحوثيين»: freed from them)
        if (by or bare) and can_act(s, lexicon) and (s.entity is None or s.entity.label != "LOC" or by):
            return actor_group(doc, s, after)
        tok = doc.tokens[s.token_start]
        if gap <= 2 and tok.norm.startswith("لل") and s.entity is None and s.country is not None:
            return actor_group(doc, s, after)  # «العملية العسكرية للقوات التركية»: the forces' operation
    return []


DEATH_REACH = 6  # words from a death to the «في» of the attack it names: «مقتل العامري (24 سنة) "المشتبه به" في هجوم»


def _in_a_death(doc: Document, i: int, triggers: set[int]) -> bool:
    """«مقتل العامري "المشتبه به" في هجوم برلين الإرهابي على يد الشرطة الإيطالية»: the attack noun at i sits behind
    «في» in the phrase of a death told before it, so whose hands follow are the killer's, not the attack's."""
    if i < 2 or doc.tokens[i - 1].norm != "في":
        return False
    words = 0
    for k in range(i - 2, -1, -1):
        tok = doc.tokens[k]
        if tok.kind == "punct" and tok.text[:1] in ".،,؛:":
            return False
        if tok.kind != "word":
            continue
        if k in triggers and _opens_with_a_death(tok):
            return True
        words += 1
        if words > DEATH_REACH:
            return False
    return False


_FREEING = ("تحرير", "تطهير", "استعاده", "طرد")  # masdars whose «من» names whom a place was freed from


def _ascribed_to(doc: Document, spot: ActorSpot) -> bool:
    """«نسب إلى تنظيم داعش», «المنسوبة للنظام السوري»: the side after a word of ascribing and «إلى» or «لـ»."""
    k = spot.token_start - 1
    if k >= 1 and strip_conj(doc.tokens[k].norm) in ("الي", "ل"):
        return strip_conj(doc.tokens[k - 1].norm) in _ASCRIBED
    return k >= 0 and has_lam(doc.tokens[spot.token_start]) and strip_conj(doc.tokens[k].norm) in _ASCRIBED


def _no_side_of(spot: ActorSpot) -> bool:
    """«انتحاري», «مسلحون»: an unnamed attacker of no country."""
    return spot.entity is None and not spot.country


# «قصف … نُسب إلى الحوثيين», «الهجوم المنسوب إلى»: the side an attack is ascribed to is its agent
_ASCRIBED = frozenset({"نسب", "نسبت", "ينسب", "تنسب", "المنسوب", "المنسوبه", "منسوب", "منسوبه", "نسبته", "نسبتها"})


_JOURNEYS = frozenset(normalize_word(w) for w in (
    "توجه", "يتوجه", "تتوجه", "توجهت", "وصل", "يصل", "تصل", "وصلت", "سافر", "يسافر", "تسافر", "سافرت", "انتقل",
    "ينتقل", "انتقلت", "زار", "يزور", "تزور", "زارت"))
JOURNEY_REACH = 14  # tokens from the verb of travelling (and its subject) to the meeting that is its purpose
TRAVELLER_REACH = 12  # words from the traveller back to the verb of travelling


def _met_at_the_journey_s_end(doc: Document, i: int, m: TriggerMatch, spots: list[ActorSpot],
                              lexicon: EventLexicon) -> tuple[list[ActorSpot], list[ActorSpot], None] | None:
    """«قبل أن يتوجه الى اسطنبول للقاء الرئيس التركي رجب طيب إردوغان»: a meeting that is the purpose of a
    journey is the traveller's, with the side named after it; None when the trigger is no such «لـ» meeting
    («لإجراء لقاءات مع المسؤولين الأتراك»: the «لـ» may be on the masdar holding the meeting, and «مع» before the
    side met)."""
    if m.trigger.code[:2] != "04" or m.trigger.kind != "noun":
        return None
    held = i > 0 and has_lam(doc.tokens[i - 1]) and strip_conj(doc.tokens[i - 1].norm)[1:] in _HOLDING_MASDARS
    if not has_lam(doc.tokens[i]) and not held:
        return None
    verb = next((k for k in range(i - 1, max(-1, i - 1 - JOURNEY_REACH), -1)
                 if strip_conj(doc.tokens[k].norm) in _JOURNEYS), None)
    if verb is not None and _crosses(doc, verb + 1, i, set()):
        return None
    met = [s for s in spots if s.token_start > i]
    first = i + 2 if i + 1 < len(doc.tokens) and doc.tokens[i + 1].norm == "مع" else i + 1
    if verb is None or not met or (met[0].token_start != first and not _after_title(doc, met[0], first) and not (
            met[0].token_start == first + 1 and doc.tokens[first].norm.startswith("ال"))):
        return None  # («للقاء الرئيس المصري عبد الفتاح السيسي»: the side met may follow its title; «المسؤولين
        # الأتراك»: the officials its adjective names)
    # «وصل وزير الخارجية الأمريكي إلى القاهرة للقاء …»: the traveller after the verb, else before it
    after_verb = next((s for s in spots if verb < s.token_start and s.token_end <= i and not governed(doc, s)
                       and not located_in(doc, s) and can_act(s, lexicon)
                       and (s.entity is None or s.entity.label != "LOC")), None)  # (not «زار تونس»: where he went)
    travellers = [x for x in actor_group(doc, after_verb, spots) if x.token_end <= i] if after_verb is not None else []
    if not travellers:
        travellers = [s for s in reversed(spots) if s.token_end <= verb and not governed(doc, s)
                      and can_act(s, lexicon) and words_between(doc, s.token_end - 1, verb) <= TRAVELLER_REACH][:1]
    if not travellers:
        return None
    keys = {t.key for t in travellers}
    return travellers, [x for x in actor_group(doc, met[0], met) if x.key not in keys], None


_HOLDING_MASDARS = frozenset({"اجراء", "عقد"})  # «لإجراء لقاءات», «لعقد اجتماع»: a meeting held for a purpose


def _in_the_title_of(doc: Document, spot: ActorSpot, source: list[ActorSpot]) -> bool:
    """«مسعود البارزاني رئيس إقليم كردستان العراق»: the spot is the genitive of a title standing right after a
    person of the source."""
    k = spot.token_start - 1  # (not «كيم جونغ أون ورئيس كوريا الجنوبية»: «و» opens another person)
    return k >= 1 and doc.tokens[k].norm in TITLE_HEADS and any(
        s.token_end == k and s.entity is not None and s.entity.label == "PER" for s in source)



EXPOSURE_WINDOW = 4  # words from «تتعرض» to what was undergone («وتتعرض ميركل حاليا لاتهامات»)
EXPOSED_SUBJECT_WINDOW = 9  # the same, when «لـ» or «إلى» leads to it


def exposure_verb(doc: Document, i: int) -> int:
    """The index of «تتعرض», «تعرضت» … when the trigger is what its subject underwent («تتعرض لقصف», «وتتعرض
    ميركل حاليا لاتهامات»), else -1."""
    # a long subject between comes before «لـ»/«إلى» and the act: «تعرض موكب رئيس المجلس الرئاسي الليبي فائز السراج
    # إلى إطلاق نار»
    led_in = i > 0 and (doc.tokens[i - 1].norm == "الي" or strip_conj(doc.tokens[i].norm)[:1] == "ل")
    for k in range(i - 1, max(-1, i - 1 - (EXPOSED_SUBJECT_WINDOW if led_in else EXPOSURE_WINDOW)), -1):
        tok = doc.tokens[k]
        if tok.kind != "word":
            return -1
        if strip_conj(tok.norm) in _EXPOSED:
            return k
    return -1


def _faced_in_relative(doc: Document, i: int, after: list[ActorSpot], lexicon: EventLexicon) -> ActorSpot | None:
    """«الانتقادات التي تواجهها الولايات المتحدة», «الضغوط التي تتعرض لها الحكومة»: the side right after a relative
    verb of undergoing whose pronoun takes up the masdar at i."""
    if i + 3 >= len(doc.tokens) or strip_conj(doc.tokens[i + 1].norm) not in RELATIVE_PRONOUNS:
        return None
    verb = doc.tokens[i + 2].norm
    if verb in _EXPOSED and doc.tokens[i + 3].norm in ("له", "لها"):
        subject = i + 4  # «الذي تتعرض له المدينة»
    elif verb.endswith(("ها", "ه")) and verb[:-2 if verb.endswith("ها") else -1] in _EXPOSED:
        subject = i + 3  # «التي تواجهها الولايات المتحدة»
    else:
        return None
    return next((s for s in after if s.token_start == subject and not governed(doc, s) and can_act(s, lexicon)), None)


def _exposed(doc: Document, j: int, before: list[ActorSpot], lexicon: EventLexicon, *, struck: bool = False
             ) -> list[ActorSpot]:
    """«السعودية … باتت تتعرض لقصف», «وتتعرض ميركل لاتهامات»: who underwent the act of «تعرض» (token `j`) is its
    target, the subject after the verb or before it; a place too when it was struck («تعرضت دوما لهجمات»)."""
    free = [s for s in before if not governed(doc, s) and (struck or can_act(s, lexicon))]
    after_verb = [s for s in free if s.token_start > j]
    if after_verb:
        return after_verb[:1]
    free = [s for s in free if s.token_end <= j]
    that = next((k for k in range(j - 1, (free[0].token_end - 1) if free else j, -1)
                 if doc.tokens[k].norm in SAYING_THAT or opens_quote(doc, k)), None)
    if that is not None:
        # «قال ناشطون إن 10 بلدات وقرى … تعرضت لقصف»: who said it is not what was struck (but «قالت السعودية إنها
        # تتعرض»: «إنها», which is no bare «إن», is the speaker; nor is who opened the quote it is told in: «الذي
        # قال "مدينتا درعا والسويداء … تخضع لقصف الجهاديين"»)
        free = [s for s in free if s.token_start > that]
    return free[:1]  # the sentence's topic: «والسعودية التي تقود …، باتت تتعرض»



# verbs of a relative clause whose subject is where, not who: «القمة التي شهدتها سنغافورة»
_PLACE_VERBS = ("شهد", "تشهد", "يشهد", "استضاف", "تستضيف", "يستضيف", "احتضن", "تحتضن", "يحتضن")


def _relative_agent(doc: Document, i: int, after: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """The subject right after the verb of the masdar's relative clause («التي تشنها تركيا»)."""
    j = i + 1
    while j < len(doc.tokens) and doc.tokens[j].kind == "word" and is_adjective(doc.tokens[j]) \
            and doc.tokens[j].norm not in RELATIVE_PRONOUNS:
        j += 1
    if j + 1 >= len(doc.tokens) or doc.tokens[j].norm not in RELATIVE_PRONOUNS:
        return []
    verb = doc.tokens[j + 1]
    if verb.kind != "word" or strip_conj(verb.norm).startswith(_PLACE_VERBS) or verb.norm in ("قد", "لم", "كان", "كانت"):
        return []
    if _spoke_of_it(verb.norm) or _spoke_of_it(strip_conj(verb.norm)):  # (the «و» of «وصفه» is its own)
        return []  # «في الهجوم الذي وصفه ماكرون بأنه "إرهاب إسلامي"»: who spoke of the attack did not carry it out
    first = next((s for s in after if s.token_start > j + 1), None)
    if first is None or first.token_start != j + 2 or governed(doc, first) or not can_act(first, lexicon):
        return []
    group = actor_group(doc, first, after)
    # the clause takes the masdar up again: «التي تشنها تركيا», «الذي اتهمت دمشق بارتكابه» (but «القمة التي
    # تسلمت السعودية رئاستها من الأردن» tells of the summit's chair, not of who held it)
    later = doc.tokens[group[-1].token_end:group[-1].token_end + 1]
    if not has_object_pronoun(strip_conj(verb.norm)) and not any(
            strip_conj(t.norm).startswith("ب") and has_object_pronoun(t.norm) for t in later):
        return []
    return group


_SPEAKING_OF = frozenset(normalize_word(w) for w in (
    "وصف", "وصفت", "يصف", "تصف", "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "دان", "دانت", "أدان", "أدانت", "يدين", "تدين",
    "استنكر", "استنكرت", "نفى", "نفت", "ينفي", "تنفي", "سمى", "سمت", "يسمي", "تسمي"))


def _spoke_of_it(norm: str) -> bool:
    """«وصفه», «أدانته», «نفته»: a verb of describing, condemning or denying, its object pronoun the act."""
    return any(norm.endswith(pron) and norm[:-len(pron)] in _SPEAKING_OF for pron in ("ها", "ه", "هما", "هم"))


THING_DONE_REACH = 6  # words from a concern or criticism to the relative pronoun of what it is about


_ISSUED = frozenset(normalize_word(w) for w in ("صدرت", "صدر", "تصدر", "يصدر", "الصادرة", "الصادر", "الصادرين"))
ISSUER_GAP = 1  # words between «عن» and the side that issued the words: «صدرت عن مسؤولين ايرانيين»


def _issuer_after(doc: Document, an: int, after: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """The side named right after «عن» (token an) of «صدرت عن»: who issued what is condemned; [] when none."""
    first = next((s for s in after if s.token_start > an), None)
    if first is None or words_between(doc, an, first.token_start) > ISSUER_GAP or not can_act(first, lexicon):
        return []
    return actor_group(doc, first, after)


def _doer_of_the_thing(doc: Document, k: int, after: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«عن القلق من الأنشطة … التي تقوم بها إيران», «مخاوفهم من الاختبارات الصاروخية التي تجريها طهران»: the
    subject of the relative clause telling who does what the concern (at token k) is about, or the side it is
    issued by or ascribed to («الصادرة عن», «نسب إلى»); [] when none."""
    words = 0
    j = k + 1
    while j < len(doc.tokens) and words <= THING_DONE_REACH:
        tok = doc.tokens[j]
        if tok.kind != "word":
            if tok.text[:1] in ".،,؛:؟!":
                return []  # (quotation marks around the thing named pass: «من "الأنشطة المزعزعة للاستقرار" التي»)
        elif tok.norm in RELATIVE_PRONOUNS:
            break
        elif tok.norm in _ISSUED and j + 1 < len(doc.tokens) and doc.tokens[j + 1].norm == "عن":
            return _issuer_after(doc, j + 1, after, lexicon)  # «التصريحات الصادرة عن طهران»
        elif strip_conj(tok.norm) in _ASCRIBED and j + 1 < len(doc.tokens) and doc.tokens[j + 1].norm == "الي":
            return _issuer_after(doc, j + 1, after, lexicon)  # «ودان … هجوما نسب إلى جماعة "بوكو حرام"»
        elif strip_conj(tok.norm) in _ASCRIBED and j + 1 < len(doc.tokens) and has_lam(doc.tokens[j + 1]):
            return _issuer_after(doc, j, after, lexicon)  # «… المنسوبة للنظام السوري»
        else:
            words += 1
        j += 1
    else:
        return []
    if j + 2 >= len(doc.tokens):
        return []
    verb, nxt = doc.tokens[j + 1], doc.tokens[j + 2]
    if strip_conj(verb.norm) in _ISSUED and nxt.norm == "عن":
        return _issuer_after(doc, j + 2, after, lexicon)  # «بالتصريحات العدائية التي صدرت عن مسؤولين ايرانيين»
    by_it = nxt.norm in _BY_IT
    if verb.kind != "word" or not (has_object_pronoun(strip_conj(verb.norm)) or by_it):
        return []
    at = j + 3 if by_it else j + 2
    first = next((s for s in after if s.token_start >= at), None)
    # («بها» is a whole prepositional phrase: the name right after it is the subject, not governed by it)
    if first is None or first.token_start != at or (not by_it and governed(doc, first)) \
            or not can_act(first, lexicon):
        return []
    return actor_group(doc, first, after)


# («تمثل خطوة السعودية بطرد السفير الكندي»: a step taken is decided on too)
_DECISION = frozenset({"قرار", "القرار", "بقرار", "بالقرار", "قرارها", "قراره", "لقرار", "للقرار", "وقرار",
                       "خطوه", "الخطوه", "بخطوه", "خطوتها", "خطوته"})
_STIPULATING = frozenset({"القاضي", "القاضيه"})  # «القرار القاضي بالاعتراف»: the decision that rules it


def _decided_by(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«قرار واشنطن الاعتراف بالقدس», «بالقرار الأمريكي الاعتراف», «قرار الولايات المتحدة القاضي بالاعتراف»: the
    masdar decided on is the decider's act."""
    j = i - 1
    reach = 4 if i > 0 and strip_conj(doc.tokens[i - 1].norm) in _STIPULATING else 3
    while j >= 0 and doc.tokens[j].kind == "word" and i - j <= reach:
        if strip_conj(doc.tokens[j].norm) in _DECISION:
            decider = [s for s in before if j < s.token_start and s.token_end <= i
                       and (not governed(doc, s) or is_bare_demonym(s))]  # «بالقرار الأمريكي»: the adjective
            if decider and can_act(decider[0], lexicon):
                return actor_group(doc, decider[0], before)
            return []
        j -= 1
    return []


_PERFORMS = frozenset({"يقوم", "تقوم", "قام", "قامت", "يجريها", "اجراها", "اجرتها", "تجريها"})
_BY_IT = frozenset({"بها", "به", "بهما"})


def _performer(doc: Document, i: int, after: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«زيارة يقوم بها وزير الخارجية الأمريكي», «أول زيارة للقاهرة يقوم بها»: who performs the masdar."""
    words = [j for j in range(i + 1, min(len(doc.tokens), i + 6)) if doc.tokens[j].kind == "word"]
    for n, j in enumerate(words[:-1]):
        if strip_conj(doc.tokens[j].norm) in _PERFORMS and doc.tokens[words[n + 1]].norm in _BY_IT:
            if any(strip_conj(doc.tokens[k].norm) in _CIRCUMSTANCES for k in words[:n]):
                return []  # «ويأتي هجوم مايدوغوري عقب زيارة قام بها الرئيس»: he performs the visit, not the attack
            first = next((s for s in after if s.token_start > words[n + 1]), None)
            # «بها» is a whole prepositional phrase: the name right after it is the subject, not governed by it
            if first is not None and words_between(doc, words[n + 1], first.token_start) <= TITLE_SPAN \
                    and (first.token_start == words[n + 1] + 1 or not governed(doc, first)) \
                    and not _own_preposition(doc, first) and can_act(first, lexicon):
                # (but «زيارة الدولة التي يقوم بها لواشنطن»: a side with a preposition of its own is where he goes)
                return actor_group(doc, first, after)
            return []
    return []


def _own_preposition(doc: Document, spot: ActorSpot) -> bool:
    """«لواشنطن», «بالرياض»: a preposition glued to the spot's own word."""
    tok = doc.tokens[spot.token_start]
    return any(p.tag == "PREP" for p in tok.pieces if p.end <= spot.start)


_UNDERTAKING = frozenset(normalize_word(w) for w in ("قيام", "بقيام", "لقيام", "وقيام", "إقدام", "بإقدام", "لإقدام"))
UNDERTAKER_WORDS = 4  # words of the doer between «قيام» and the «بـ» masdar: «بقيام مستوطنين يهود باقتحام»


def _undertaker(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«بقيام مستوطنين يهود باقتحام», «إقدام الشرطة على اعتقال»: the genitive of «قيام» or «إقدام» does the masdar
    at i (with «بـ» or after «على»), named right after it."""
    if not (has_ba(doc.tokens[i]) or (i > 0 and doc.tokens[i - 1].norm == "علي")):
        return []
    for s in reversed(before):
        if i - s.token_end > 2 or words_between(doc, s.token_start - 1, i) > UNDERTAKER_WORDS:
            return []
        if s.token_start > 0 and doc.tokens[s.token_start - 1].norm in _UNDERTAKING and can_act(s, lexicon):
            return actor_group(doc, s, before)
    return []


BETWEEN_WINDOW = 3  # words from a masdar to its «بين»: «الاتفاق النووي بين طهران ومجموعة 5+1»
BETWEEN_RELATIVE_WORDS = 3  # words of a relative clause telling where: «القمة التي شهدتها سنغافورة بين»
BETWEEN_OCCURRENCE_WORDS = 5  # words telling when or where after «دارت»: «اشتباكات دارت منتصف ليل أمس (الأول) بين»
_TOOK_PLACE = frozenset({"دارت", "دار", "تدور", "يدور", "جرت", "جري", "تجري", "يجري", "اندلعت", "اندلع", "تندلع",
                         "وقعت", "وقع", "نشبت", "نشب", "حصلت", "حصل"})


_MEETING_OR_ACCORD = frozenset({"04", "05"})  # «عقد اجتماع», «وقع اتفاق»: roots a verb holds with its masdar


def _between(doc: Document, i: int, after: list[ActorSpot]) -> tuple[list[ActorSpot], list[ActorSpot]]:
    """«بين X و(بين) Y» after a masdar: the two sides of a call, talks, an agreement or clashes."""
    limit = BETWEEN_WINDOW + 1 + max(BETWEEN_RELATIVE_WORDS, BETWEEN_OCCURRENCE_WORDS)
    j = next((k for k in range(i + 1, min(len(doc.tokens), i + 1 + 2 * limit))
              if doc.tokens[k].kind == "word" and strip_conj(doc.tokens[k].norm) == "بين"), None)
    if j is None or not _describes_masdar(doc, i, j):
        return [], []  # «الاحتجاجات على الحدود بين غزة وإسرائيل»: the «بين» of another noun
    return between_groups(doc, j, after)


def _describes_masdar(doc: Document, i: int, j: int) -> bool:
    """Only adjectives between the masdar and its «بين», then perhaps a short relative clause telling where or
    when it was held («القمة التاريخية التي شهدتها سنغافورة بين», «المحادثات التي جرت في جنيف بين»)."""
    words = [k for k in range(i + 1, j) if doc.tokens[k].kind == "word"]
    took_place = next((n for n, k in enumerate(words) if doc.tokens[k].norm in _TOOK_PLACE), None)
    if took_place is not None and took_place <= BETWEEN_WINDOW and not any(
            is_preposition(strip_conj(doc.tokens[k].norm)) or doc.tokens[k].norm in RELATIVE_PRONOUNS
            for k in words[:took_place]):
        # «اشتباكات عنيفة دارت منتصف ليل أمس (الأول) بين»: an indefinite masdar's clause of taking place needs no
        # relative pronoun, and may tell when or where in brackets before its «بين» (what qualifies the masdar
        # before the verb is its adjective, relative or not: «عنيفة», «متقطعة»)
        return len(words) - took_place <= 1 + BETWEEN_OCCURRENCE_WORDS and not any(
            doc.tokens[k].kind == "punct" and doc.tokens[k].text not in "()" for k in range(i + 1, j))
    rel = next((n for n, k in enumerate(words) if doc.tokens[k].norm in RELATIVE_PRONOUNS), len(words))
    if rel < len(words) and (len(words) - rel > 1 + BETWEEN_RELATIVE_WORDS
                             or any(doc.tokens[k].kind == "punct" for k in range(i + 1, j))):
        return False
    return rel <= BETWEEN_WINDOW and all(is_adjective(doc.tokens[k]) or strip_conj(doc.tokens[k].norm) in _HOW_FOUGHT
                                         for k in words[:rel])


# «اشتباكات عنيفة بين», «محادثات مباشرة بين»: how fierce, how often or how direct, no relative adjective
_HOW_FOUGHT = frozenset(normalize_word(w) for w in (
    "عنيفة", "عنيف", "ضارية", "شرسة", "متقطعة", "مكثفة", "دامية", "طاحنة", "محدودة", "مباشرة", "مباشر", "جديدة",
    "جديد", "مسلحة", "متواصلة", "مستمرة", "قوية", "حادة", "شديدة", "مطولة", "مغلقة", "سرية", "مكثف"))


_ONE_HAND = (("من", "جهه"), ("من", "ناحيه"))  # «بين إيران من جهة، والقوى الكبرى من جهة أخرى»


def sides_after_between(doc: Document, j: int, after: list[ActorSpot]) -> list[ActorSpot]:
    """The two sides named after the «بين» at token `j` («بين السيسي والملك عبد الله», «بين إيران من جهة،
    والولايات المتحدة»): both, the first only, or none (the first of each group `between_groups` finds)."""
    one, other = between_groups(doc, j, after)
    return one[:1] + other[:1]


def between_groups(doc: Document, j: int, after: list[ActorSpot]) -> tuple[list[ActorSpot], list[ActorSpot]]:
    """The two groups of sides after the «بين» at token `j`: one side each («بين السيسي والملك عبد الله»), or, with
    «من جهة» closing a group, the sides joined before it against those after it («بين قوات النظام وحزب الله من جهة
    وبين فصائل معارضة»: the regime and Hezbollah on one side)."""
    first = next((s for s in after if s.token_start > j), None)
    if first is None or words_between(doc, j, first.token_start) > 3:
        return [], []
    groups: tuple[list[ActorSpot], list[ActorSpot]] = ([first], [])
    g = 0
    listing = False  # the second group began without «من جهة»: a list of sides, each joined by «و»
    end = first.token_end  # where the sides (and their descriptions) read so far end
    for s in after[after.index(first) + 1:]:
        last = groups[g][-1] if groups[g] else groups[0][-1]
        if named_by_one_dual(first, s):
            groups[1].append(s)  # «بين الكوريتين»: the dual names both sides at once
            break
        if s.key == last.key and not (listing and words_between(doc, end - 1, s.token_start) > 1):
            # (a side named again further on ends the list: «الاتفاق بين الأميركيين والأتراك يتضمن القيام بعملية
            # عسكرية مشتركة بين الأتراك والمعارضة»)
            groups[g if groups[g] else 0][-1] = s  # «الرئيس المصري عبد الفتاح السيسي»: the title and the name are one side
            end = s.token_end
            continue
        if s.token_start == last.token_end and _hand_ahead(doc, s, after):
            groups[g if groups[g] else 0].append(s)  # «الحوثيين وقوات صالح من جهة»: Saleh's forces, his own genitive
            end = s.token_end
            continue
        gap = [t for t in doc.tokens[end:s.token_start] if t.kind == "word"]
        marked = any(tuple(t.norm for t in gap[n:n + 2]) in _ONE_HAND for n in range(len(gap)))
        # «السيسي والعاهل الأردني الملك عبد الله»: «و» (or «وبين») and a title may come between
        conjoined_side = conjoined(doc.tokens[s.token_start]) or any(t.norm in ("و", "وبين") or conjoined(t) for t in gap)
        if len(gap) > (1 if listing else 4 + 2 * marked) or not conjoined_side:
            if g == 0 and not marked and _hand_ahead(doc, s, after):
                end = s.token_end  # «وقوات النظام والمسلحين الموالين لها من جنسيات سوريا … من جهة»: Syria only
                continue  # says who the gunmen are, inside the group «من جهة» closes
            break
        punct = [t.text for t in doc.tokens[end:s.token_start] if t.kind == "punct"]
        if any(p[:1] in ".،,؛:" for p in punct) and not marked and not (
                punct in (["،"], [","]) and conjoined_side and not own_present_verb(doc, s, after, only=False)):
            break  # (but «بين أردوغان، وبوتين، والرئيس الإيراني»: a list of sides with its commas)
        end = s.token_end
        if g == 0 and (marked or not _hand_ahead(doc, s, after)):
            g = 1  # the other side: after «من جهة», or the second and those joined to it
            groups[1].append(s)
            listing = not marked
            continue
        if g == 1 and marked:
            break
        groups[g].append(s)  # «قوات النظام وحزب الله من جهة»: joined to the group «من جهة» closes
        if g == 1 and _one_hand_after(doc, _chain_end(s, after)):
            break
    return groups


ONE_HAND_REACH = 12  # words from a side to the «من جهة» that closes its group («… الموالين لها من جنسيات سوريا وعربية وآسيوية من جهة»)


def _hand_ahead(doc: Document, spot: ActorSpot, after: list[ActorSpot]) -> bool:
    """Whether «من جهة» (or «من ناحية») closes the group of sides the spot is in: it comes within a few words of
    the spot and the sides that follow it at once, before a comma («بين حزب الله وقوات النظام والمسلحين الموالين
    لها من جهة»: Hezbollah, the forces and the gunmen are one group)."""
    k = _chain_end(spot, after)
    words = 0
    while k < len(doc.tokens) and words <= ONE_HAND_REACH:
        tok = doc.tokens[k]
        if tok.kind == "punct" and tok.text[:1] in ".،,؛:":
            return False
        if tok.kind == "word":
            if _one_hand_after(doc, k):
                return True
            words += 1
        k += 1
    return False


def _chain_end(spot: ActorSpot, after: list[ActorSpot]) -> int:
    """Where the spot ends with the sides that follow it at once («قوات صالح»: the forces and whose they are)."""
    end = spot.token_end
    for s in after:
        if s.token_start == end:
            end = s.token_end
    return end


_ADJECTIVE_AGENT_ROOTS = VIOLENCE_ROOTS | {"16"}  # «بالهجوم التركي», «بالعقوبات الأمريكية»: the nisba's side acted
_ARREST_OR_REPRESSION = frozenset({"173", "175"})
_TRIALS = frozenset({"محاكمه", "حكم"})


def _one_hand_after(doc: Document, k: int) -> bool:
    """«من جهة» (or «من ناحية») opens the words from token k on: a group of sides ends there."""
    words = [t.norm for t in doc.tokens[k:k + 3] if t.kind == "word"][:2]
    return tuple(words) in _ONE_HAND


PURPOSE_SUBJECT_WINDOW = 12  # words back from «احتجاجا» to the subject of its clause


def _purpose_masdar(tok: Token) -> bool:
    """«احتجاجا», «احتجاجاً», «للاحتجاج», «تنديدا»: a masdar telling why the clause's subject acted."""
    norm = tok.norm
    return (norm.endswith("ا") and not norm.startswith("ال")) or norm.startswith("لل")


def _meeting_sought(doc: Document, i: int, m: TriggerMatch, group: list[ActorSpot], after: list[ActorSpot]) -> bool:
    """«قدم إلى تركيا للقاء مستشار وزارة الخارجية التركية»: a meeting behind the «لـ» of purpose is what the
    clause's subject went for, so its genitive is whom he would meet, not who meets — unless a second side is
    joined to it («تستعد هلسنكي للقاء الرئيس الأمريكي دونالد ترامب ونظيره الروسي»: the meeting of the two)."""
    if m.trigger.code[:2] != "04" or m.trigger.kind != "noun":
        return False
    word = strip_conj(doc.tokens[i].norm)
    if not (word.startswith("لل") and word[2:] in _MEETINGS_SOUGHT) and not (
            word.removeprefix("ل") in _MEETINGS_SOUGHT and i > 0
            and doc.tokens[i - 1].norm in _FOR_THE_SAKE_OF):
        return False  # («ذهب غريفيث إلى صنعاء من أجل لقاء قادة الحوثيين»: so does «من أجل»)
    if any(spot_conjoined(doc, g) for g in group[1:]):
        return False
    end = max(g.token_end for g in group)
    nxt = next((s for s in after if s.token_start >= end), None)
    return nxt is None or words_between(doc, end - 1, nxt.token_start) > SECOND_SIDE_REACH \
        or not any(conjoined(doc.tokens[k]) for k in range(end, nxt.token_start + 1))


SECOND_SIDE_REACH = 3  # words from a met side to a second side joined by «و» («ونظيره الروسي فلاديمير بوتين»)


_MEETINGS_SOUGHT = frozenset({"قاء", "قاءات", "اجتماع"})  # what follows «لل»: «للقاء», «للقاءات», «للاجتماع»
_FOR_THE_SAKE_OF = frozenset(normalize_word(w) for w in ("أجل", "لأجل", "بهدف", "بغية"))  # «من أجل لقاء»


REQUEST_TITLE_WORDS = 2  # words between «بطلب من» and the asker's name: «الرئيس الأمريكي»


def _request_from(doc: Document, i: int, before: list[ActorSpot], after: list[ActorSpot], lexicon: EventLexicon
                  ) -> tuple[list[ActorSpot], list[ActorSpot]] | None:
    """«دفع كوهين الأموال بناء على طلب من ترامب»: a request «من» a side is that side's, made of the clause's
    subject (who acted on it); None when no side follows «من» at once."""
    if i + 1 >= len(doc.tokens) or doc.tokens[i + 1].norm != "من":
        return None
    # («بدعوة من الرئيس الامركي باراك اوباما»: a title the dictionary missed, misspelled, before the name)
    asker = next((s for s in after if i + 2 <= s.token_start <= i + 2 + REQUEST_TITLE_WORDS and can_act(s, lexicon)
                  and all(doc.tokens[k].kind == "word" and not is_preposition(strip_conj(doc.tokens[k].norm))
                          for k in range(i + 2, s.token_start))), None)
    if asker is None:
        return None
    source = actor_group(doc, asker, after)
    keys = {s.key for s in source}
    asked = next((s for s in before if not governed(doc, s) and can_act(s, lexicon) and s.key not in keys), None)
    return source, [] if asked is None else actor_group(doc, asked, before)


def _subject_after_its_object(doc: Document, i: int, lemma: str, fronted: ActorSpot, after: list[ActorSpot],
                              lexicon: EventLexicon) -> bool:
    """«عمليات شنها الجيش ووصفتها الأمم المتحدة بأنها»: a joined verb that carries its object pronoun (not a root's
    own letters: «واتهم أنقرة») has its subject right after it; the side before it ends the clause before. So has
    any such verb after a bare demonym, a person it describes: «بريطانية قتلتها تركيا» (a British woman Turkey
    killed). So has a joined verb whose object is a pronoun after its own preposition: «تأسفت له باريس ونددت به
    الصين» (China condemned it)."""
    tok = doc.tokens[i]
    if not (verb_conjoined(tok) or is_bare_demonym(fronted) or _indefinite_nisba(doc, fronted)) or not after:
        return False
    if _carries_object_pronoun(tok.norm, lemma):
        gap = words_between(doc, i, after[0].token_start) == 0
    else:
        gap = verb_conjoined(tok) and after[0].token_start == i + 2 \
            and strip_conj(doc.tokens[i + 1].norm) in _PRONOUNS_AFTER_PREPOSITIONS
    return gap and not governed(doc, after[0]) and can_act(after[0], lexicon)


def _subject_before_its_complement(doc: Document, i: int, m: TriggerMatch, after: list[ActorSpot],
                                   lexicon: EventLexicon) -> bool:
    """«… بينهم 7 إيرانيون ورفضت الحكومة الإسرائيلية التعليق»: a joined verb whose own noun complement («التعليق»)
    comes right after the side right after it has that side as its subject; the side before the verb ends the clause
    before."""
    if not verb_conjoined(doc.tokens[i]) or m.complement is None or not after or after[0].token_start != i + 1:
        return False
    return m.complement == after[0].token_end and not is_preposition(doc.tokens[m.complement].norm) \
        and can_act(after[0], lexicon)


_PRONOUNS_AFTER_PREPOSITIONS = frozenset({"به", "بها", "له", "لها", "عليه", "عليها", "منه", "منها", "عنه", "عنها",
                                          "اليه", "اليها"})


# someone's kin, a group no one names, or plurals in construct of people who do not act for their genitive, as the
# subject: «واتهمت عائلة كامبل السلطات البريطانية», «وهاجمت مجموعة أخرى سيارة شرطة», «ويتهم منتقدو النظام التركي
# الحكومة» (not «محامو الرئيس ترامب», «مسؤولو الحكومة», who act for them)
# «سموه», «معاليه», «فخامته»: a dignitary named by his style of address and «ـه»
HONORIFIC_PRONOUNS = frozenset({"سموه", "سموها", "معاليه", "معاليها", "فخامته", "جلالته", "سيادته", "دولته"})
_UNNAMED_SUBJECTS = frozenset(normalize_word(w) for w in (
    "عائلة", "أسرة", "أهالي", "أهل", "ذوو", "ذوي", "والدة", "والد", "والدا", "والدي", "شقيق", "شقيقة", "زوجة", "أرملة",
    "نجل", "ابنة", "أقارب", "مجموعة", "مجموعات", "عصابة", "خلية",
    "منتقدو", "معارضو", "مؤيدو", "ناشطو", "مراقبو", "محللو", "منظمو",
    # «ويتهم حلفاء تركيا منذ اشهر انقرة»: the allies of a side, unnamed, are not that side
    "حلفاء", "أصدقاء", "خصوم", "أعداء", "جيران"))


# plurals of sides that an indefinite adjective leaves unnamed: «دول غربية», «جهات دولية», «أطراف عدة»
_UNNAMED_PLURALS = frozenset(normalize_word(w) for w in (
    "دول", "جهات", "أطراف", "حكومات", "منظمات", "قوى", "عواصم", "مؤسسات", "هيئات"))
_SOME_WORDS = frozenset(normalize_word(w) for w in ("عدة", "عديدة", "كثيرة", "أخرى", "كبرى", "بعينها"))
_MORE_BODIES = frozenset(normalize_word(w) for w in ("مراكز", "جمعيات", "أحزاب", "نقابات", "شخصيات", "جماعات"))


GROUP_ADJECTIVES = 3  # definite adjectives between a group and its relative pronoun
# groups that act, named by a plural with the article: «الجماعات الجهادية المسلحة التي تقاتل قوات الأمن»
_ACTING_GROUPS = frozenset("ال" + w for w in _UNNAMED_PLURALS | _MORE_BODIES) | frozenset(normalize_word(w) for w in (
    "الفصائل", "التنظيمات", "الحركات", "الميليشيات", "المليشيات"))


def _relative_pronoun_before(doc: Document, i: int) -> int | None:
    """The index of «الذي/التي …» right before the verb at i, or before «كان» and it («الذين كانوا يقاتلون»)."""
    if i >= 1 and strip_conj(doc.tokens[i - 1].norm) in RELATIVE_PRONOUNS:
        return i - 1
    if i >= 2 and doc.tokens[i - 1].norm in _WERE and strip_conj(doc.tokens[i - 2].norm) in RELATIVE_PRONOUNS:
        return i - 2
    return None


# the pronoun suffix that takes each relative pronoun's antecedent up again in its clause
_RESUMPTIVE = {"التي": "ها", "الذي": "ه", "الذين": "هم"}
# words after the verb a resumptive pronoun may stand, past an aside set off by commas: «والتي تطالب جبهة بوليساريو
# "الجبهة الشعبية لتحرير الساقية الحمراء ووادي الذهب" المدعومة من الجزائر، باستقلالها»
RESUMPTIVE_REACH = 16


def _agrees_with_relative(doc: Document, relative: int, i: int, lemma: str) -> bool:
    """«دول شرق أفريقيا التي تحارب حركة الشباب»: a verb right after the relative pronoun, agreeing with it and
    with no pronoun to take the antecedent up, has the antecedent for subject, so the side right after it is the
    object («التي» with «تـ» or «ـت», «الذي» with «يـ» or a bare past, «الذين» with «ـون» or «ـوا»)."""
    pronoun, verb = strip_conj(doc.tokens[relative].norm), strip_conj(doc.tokens[i].norm)
    if relative != i - 1 or len(verb) < 3 or pronoun not in _RESUMPTIVE or _resumed_later(doc, pronoun, i):
        return False
    if pronoun == "التي":
        return (verb.startswith("ت") and not lemma.startswith("ت")) or (verb.endswith("ت") and not lemma.endswith("ت"))
    if pronoun == "الذي":
        return (verb.startswith("ي") and not verb.endswith(("ون", "ان"))) or (
            verb[:1] == lemma[:1] and not verb.endswith(("ت", "وا")))
    return pronoun == "الذين" and verb.endswith(("ون", "وا"))


def _resumed_later(doc: Document, pronoun: str, i: int) -> bool:
    """A pronoun further in the relative clause takes the antecedent up («الانتهاكات التي تتهم المعارضة … بارتكابها»,
    «منبج، التي تهدد أنقرة بمهاجمتها»), so the relative is no subject and the side after the verb is."""
    suffix, words = _RESUMPTIVE[pronoun], 0
    for k in range(i + 1, len(doc.tokens)):
        tok = doc.tokens[k]
        if tok.kind == "punct" and tok.text[:1] in ".؛;:؟?!":
            return False
        if tok.kind != "word":
            continue
        if len(tok.pieces) > 1 and tok.pieces[-1].text == suffix:
            return True
        words += 1
        if words >= RESUMPTIVE_REACH:
            return False
    return False


def _groups_before(doc: Document, relative: int) -> bool:
    """The relative pronoun at `relative` follows a plural of acting groups (with its adjectives): the groups are
    its verb's subject, so a side after the verb is its object («المنظمات المتطرفة التي تقاتل النظام السوري»)."""
    for j in range(relative - 1, max(-1, relative - 1 - GROUP_ADJECTIVES), -1):
        word = strip_conj(doc.tokens[j].norm)
        if word in _ACTING_GROUPS:
            return True
        if doc.tokens[j].kind != "word" or not word.startswith("ال"):
            return False  # («الجهادية المسلحة»: adjectives with the article go back to the group)
    return False


def _unnamed_plural_subject(doc: Document, k: int) -> bool:
    """«دول غربية», «جهات عدة», «منظمات ومراكز بحث» at token k: an indefinite plural and its indefinite adjective,
    or another indefinite plural joined to it, name no one."""
    if strip_conj(doc.tokens[k].norm) not in _UNNAMED_PLURALS or k + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[k + 1]
    return nxt.kind == "word" and not strip_conj(nxt.norm).startswith("ال") and not any(p.tag == "PREP" for p in nxt.pieces) \
        and (is_adjective(nxt) or strip_conj(nxt.norm) in _SOME_WORDS
             or (conjoined(nxt) and strip_conj(nxt.norm) in _UNNAMED_PLURALS | _MORE_BODIES))


# a body named before, referred to by its head noun alone: «الوزارة» after «وزارة الخارجية الفلسطينية» (the head
# without its article, which the body's name opens with)
BODY_REFERENCES = {normalize_word(w): normalize_word(w).removeprefix("ال") for w in (
    "الوزارة", "الحركة", "الجماعة", "الهيئة", "اللجنة", "المنظمة", "الحزب", "التنظيم", "الوكالة", "الجبهة",
    "المفوضية", "البعثة", "السفارة", "الرئاسة", "الجمعية", "المجلس")}


def bare_body_reference(doc: Document, k: int) -> str | None:
    """The head noun of a body named before when token k is «الوزارة», «المنظمة» alone (the head without its
    article), else None: «السفارة الأميركية», «اللجنة الأولمبية المصرية» are named by the adjective after."""
    head = BODY_REFERENCES.get(strip_conj(doc.tokens[k].norm))
    if head is None or (k + 1 < len(doc.tokens) and doc.tokens[k + 1].norm.startswith("ال")
                        and doc.tokens[k + 1].norm.endswith(("ي", "يه", "يين", "يون"))):
        return None
    return head


def _agreeing_indefinite_nisba(doc: Document, i: int, spot: ActorSpot) -> bool:
    """«إدانة باكستانية», «دعم أمريكي»: an indefinite nisba of the masdar's gender right after the indefinite masdar
    at i is its adjective, the side whose act it is (not «اعتقال فرنسي», a man arrested: acts done to people are
    left to their rules)."""
    masdar = strip_conj(doc.tokens[i].norm)
    if masdar.startswith(("ال", "بال", "لل")) or not _indefinite_nisba(doc, spot):
        return False
    return masdar.endswith("ه") == strip_conj(doc.tokens[spot.token_start].norm).endswith("يه")


def _attackers_nisba(doc: Document, i: int, spot: ActorSpot) -> bool:
    """«قصف إسرائيلي», «غارات جوية روسية», «ضربات صاروخية أمريكية»: a nisba of nationality after an indefinite
    attack noun (and one adjective of its kind) names who attacked; a plural takes the feminine."""
    masdar = without_lam_or_ba(strip_conj(doc.tokens[i].norm))
    if not _attack_noun(masdar) or masdar.startswith("ال") or not _indefinite_nisba(doc, spot):
        return False
    if not (spot.token_start == i + 1 or (spot.token_start == i + 2 and is_adjective(doc.tokens[i + 1])
                                          and not doc.tokens[i + 1].norm.startswith("ال"))):
        return False
    feminine = masdar.endswith(("ه", "ات"))
    return feminine == strip_conj(doc.tokens[spot.token_start].norm).endswith("يه")


def _indefinite_nisba(doc: Document, spot: ActorSpot) -> bool:
    """«بريطانية», «فرنسي»: one indefinite word of nationality, a person of that country (not its name, «مالي»)."""
    if spot.token_end - spot.token_start != 1:
        return False
    if spot.mention_kind == "name" and spot.entity is not None and spot.entity.label == "LOC" \
            and not names_its_country(spot.entity, load_lexicon()):
        return False  # «هجوم مايدوغوري»: a town whose name ends like a nisba is where it struck
    norm = strip_conj(doc.tokens[spot.token_start].norm)
    name = normalize_word(spot.entity.name_ar or "") if spot.entity is not None else ""
    return not norm.startswith("ال") and norm.endswith(("يه", "ي")) and len(norm) > 4 and norm != name


def has_ba(tok: Token) -> bool:
    """«بالعمل», «بدعم»: the segmenter split the preposition «بـ» off the word."""
    return _split_preposition(tok, "ب")


def has_lam(tok: Token) -> bool:
    """«لاستهداف», «لإيصال»: the segmenter split the preposition «لـ» off the word."""
    return _split_preposition(tok, "ل")


def _split_preposition(tok: Token, letter: str) -> bool:
    return any(p.tag == "PREP" and p.text == letter for p in tok.pieces)


def _purpose_agent(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«طائرتين أطلقهما الحوثيون لاستهداف مطار»: an attack told as the purpose («لـ») of what the actor right
    before it did is that actor's."""
    if not has_lam(doc.tokens[i]) or not before:
        return []
    s = before[-1]
    if words_between(doc, s.token_end - 1, i) > 0 or governed(doc, s) or not can_act(s, lexicon):
        return []
    group = _group_back(doc, s, before)
    first = min(g.token_start for g in group)
    # the subject of a verb that fired or sent the weapon (not «حشد دعم قادة فرنسا وبريطانيا لعملية»)
    return group if first > 0 and strip_conj(doc.tokens[first - 1].norm) in _SENT_IT else []


def _no_subject_after(doc: Document, i: int, after: list[ActorSpot]) -> bool:
    """No side right after the verb at i (past a time word): its subject is not told after it."""
    j = i + 1
    while j < len(doc.tokens) and doc.tokens[j].kind == "word" and strip_conj(doc.tokens[j].norm) in _TIME_WORDS:
        j += 1
    return not any(s.token_start == j for s in after)


def _clause_subject(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """The nearest free actor before the masdar in its clause: «مئات من المتظاهرين … احتجاجا»; a crowd first
    («تجمع المئات خارج مكتب … «أونروا» في الأردن أمس، للاحتجاج»: the office's body is where they gathered)."""
    for s in reversed(before):
        if words_between(doc, s.token_end - 1, i) > 2 * PURPOSE_SUBJECT_WINDOW or any(
                doc.tokens[j].kind == "punct" and doc.tokens[j].text[:1] in ".؛;:؟?!" for j in range(s.token_end, i)):
            break
        if s.entity is None and s.generic is not None and s.generic[0] in _CROWDS \
                and (not governed(doc, s) or _preceding_word(doc, s) == "من"):
            return [s]
    return _nearest_free_actor(doc, i, before, lexicon)


def _nearest_free_actor(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """The nearest actor before the masdar in its clause that is no object or genitive: the clause's subject (crowd
    or not: «تدخلت الشرطة لتفريق المتظاهرين»)."""
    for s in reversed(before):
        if words_between(doc, s.token_end - 1, i) > PURPOSE_SUBJECT_WINDOW or any(
                doc.tokens[j].kind == "punct" and doc.tokens[j].text[:1] in ".؛;:؟?!" for j in range(s.token_end, i)):
            return []
        if _title_behind_a_preposition(doc, s):
            continue  # «طلبت السعودية من السفير الكندي مغادرة أراضيها … احتجاجا»: the envoy asked is no subject
        if _envoy_after_subject(doc, s, before):
            continue  # «استدعت الجزائر سفير الاتحاد الأوروبي احتجاجا»: the envoy summoned is the object
        if can_act(s, lexicon) and not is_bare_demonym(s) and (not governed(doc, s) or _preceding_word(doc, s) == "من"):
            return [s]  # «مئات من المتظاهرين»: those counted protest
    return []


_CROWDS = frozenset({"people", "crowds", "protesters"})


def _envoy_after_subject(doc: Document, spot: ActorSpot, before: list[ActorSpot]) -> bool:
    """«استدعت الجزائر سفير الاتحاد الأوروبي»: the country of an envoy named right after another actor, so the
    envoy is the object of what that actor did."""
    j = spot.token_start - 1
    return j >= 1 and strip_conj(doc.tokens[j].norm) in _ENVOYS \
        and any(o.token_end == j for o in before)


def _title_behind_a_preposition(doc: Document, spot: ActorSpot) -> bool:
    """«من السفير الكندي»: the nisba of a title that a preposition governs."""
    j = spot.token_start - 1
    return j >= 1 and doc.tokens[j].norm.removeprefix("ال") in _PERSON_HEADS and is_preposition(doc.tokens[j - 1].norm)


def _protested_at(doc: Document, i: int, after: list[ActorSpot]) -> list[ActorSpot]:
    """«احتجاجا على قرار الحكومة», «على تعامل الحكومة»: the actor in the phrase after «على»."""
    j = i + 1
    while j < len(doc.tokens) and doc.tokens[j].kind != "word":
        j += 1
    if j >= len(doc.tokens) or strip_conj(doc.tokens[j].norm) not in ("علي", "ضد"):
        return []
    for s in after:
        if s.token_start <= j:
            continue
        # (not «على احتمال خفض المساعدات للاجئين»: whom the aid is for is not protested at)
        return [s] if words_between(doc, j, s.token_start) <= 3 and not has_lam(doc.tokens[s.token_start]) else []
    return []


def thing_object(doc: Document, i: int, after: list[ActorSpot]) -> int | None:
    """The token after a masdar's «لـ» object when that object is a thing, not an actor: «للأمن القومي».

    Adjectives of the masdar come first («التهديدات الإيرانية للأمن»); None when the next word is no
    such object or is an actor itself («زيارة لروسيا»).
    """
    j = i + 1
    while j < len(doc.tokens) and (doc.tokens[j].kind != "word" or is_adjective(doc.tokens[j])):
        if doc.tokens[j].kind == "punct" and doc.tokens[j].text[:1] in ".،,؛:":
            return None
        j += 1
    if j >= len(doc.tokens) or any(s.token_start <= j < s.token_end for s in after):
        return None  # «لروسيا»: an actor
    tok = doc.tokens[j]
    lam = tok.norm.startswith("لل") or has_lam(tok)
    if not lam or ("ال" + tok.norm[2:]) in _TROOPS or tok.norm[1:] in _TROOPS:
        return None  # «للوحدات العسكرية الروسية»: forces act and are acted on (but «للأمن القومي» is a thing)
    if tok.norm[2:] in _PERSON_HEADS or tok.norm[1:] in _PERSON_HEADS or tok.norm[1:].startswith("نظير") \
            or tok.norm[1:] in _STYLES:
        return None  # «استقبالها لنظيرها المجري», «للرئيس الفرنسي», «لفخامة الرئيس»: a person, named by title
    if tok.norm[1:] in _THING_HEADS and any(s.token_start == j + 1 for s in after):
        return None  # «تأييده لخطة الرئيس الأمريكي»: a side's plan, so the support is for the side
    return j + 1


# nouns of office that head a person's title («للرئيس», «لنظيره»), written without the article
_PERSON_HEADS = frozenset({"رئيس", "وزير", "ملك", "ملكه", "امير", "زعيم", "عاهل", "مستشار", "مستشاره", "سفير", "مبعوث",
                           "مندوب", "وفد", "نائب", "ولي", "رئيسه", "وزيره"})


def _lam_title(tok: Token) -> bool:
    """«لأمير», «لولي»: a title behind «لـ» that the segmenter left whole."""
    norm = strip_conj(tok.norm)
    return norm[:1] == "ل" and norm[1:] in _PERSON_HEADS


def _in_object_chain(doc: Document, complement: int, spot: ActorSpot) -> bool:
    """«دعم قادة فرنسا», «قرار نقل السفارة الأمريكية»: the object word is a construct head, so what follows is its genitive.

    A construct head has no article and no tanwin «ا»; «قطع الطريقَ محتجون» (a definite object, then the
    subject) keeps «محتجون».
    """
    if spot.token_start <= complement:
        return False
    norm = doc.tokens[complement].norm
    if norm.startswith(("ال", "وال", "فال", "بال", "وبال", "لل", "ولل")):
        return False
    return not norm.endswith("ا")


def _coordinated(doc: Document, spot: ActorSpot, before: list[ActorSpot]) -> bool:
    """«ترامب وماي»: the person is one of several joined by «و» (a plural subject)."""
    return len(_group_back(doc, spot, before)) > 1 or conjoined(doc.tokens[spot.token_start])


def continues_clause(doc: Document, i: int) -> bool:
    """A verb that goes on from the one before: «ويبحث», «وقد وضعته», «على أن يلتقيه»."""
    if verb_conjoined(doc.tokens[i]):
        return True
    prev = [doc.tokens[j].norm for j in range(max(0, i - 2), i)]
    return bool(prev) and (prev[-1] in ("وقد", "فقد", "ثم", "كما", "وكذلك") or prev[-2:] == ["علي", "ان"])


def _topic_pronoun(doc: Document, i: int) -> bool:
    """«، وتحاصرها»: a verb joined after a comma whose object «ـها» points back to what its sentence is about."""
    word = strip_conj(doc.tokens[i].norm)
    return i >= 1 and doc.tokens[i - 1].text in "،," and verb_conjoined(doc.tokens[i]) \
        and word.endswith("ها") and not word.endswith("يها")


def _a_place_named(spot: ActorSpot) -> bool:
    return spot.entity is not None and spot.entity.label == "LOC"


PRONOUN_REACH = 16  # words back from a verb to the man its object pronoun stands for


def _the_man_it_spoke_of(doc: Document, i: int, before: list[ActorSpot], source: list[ActorSpot]) -> list[ActorSpot]:
    """The person named last before the verb at token i whose pronoun «ـه» (not «ـها», «ـهم») is its object."""
    norm = strip_conj(doc.tokens[i].norm)
    if not norm.endswith("ه") or norm.endswith("يه") or min(x.token_start for x in source) < i \
            or (i > 0 and doc.tokens[i - 1].norm in RELATIVE_PRONOUNS):
        return []  # the doer named after the verb («اغتاله إسلاميون»); «القس الذي تعتقله تركيا»: the antecedent
    taken = {x.key for x in source}
    man = next((x for x in reversed(before) if x.entity is not None and x.entity.label == "PER"
                and x.key not in taken and words_between(doc, x.token_end - 1, i) <= PRONOUN_REACH), None)
    return [man] if man is not None else []


JOINED_RELATIVE_REACH = 8  # words from a relative clause's verb to a verb joined to it («الذي تقوده السعودية في اليمن، وتدعمه»)


def _joined_relative_verb(doc: Document, i: int) -> int | None:
    """The verb right after a relative pronoun that the verb at i, joined by «و», goes on from: «الذي تقوده السعودية
    في اليمن، وتدعمه» (within a few words, across one comma at most); None if none."""
    if not conjoined(doc.tokens[i]):
        return None
    words = commas = 0
    for k in range(i - 1, 0, -1):
        tok = doc.tokens[k]
        if tok.kind == "punct":
            commas += tok.text in "،,"
            if tok.text not in "،," or commas > 1:
                return None
            continue
        words += 1
        if words > JOINED_RELATIVE_REACH:
            return None
        if strip_conj(tok.norm) in RELATIVE_PRONOUNS:
            if _disagrees(doc.tokens[i].norm, strip_conj(tok.norm)):
                return None  # «نظام الأسد الذي تحاربه المعارضة وتدعمها تركيا»: «ـها» is the opposition
            return k + 1 if k + 1 < i and (doc.tokens[k + 1].norm[:1] in "يت" or _verb_at(doc, k + 1)) else None
    return None


def _disagrees(verb: str, relative: str) -> bool:
    """The object pronoun on `verb` cannot take up the antecedent of `relative`: «ـها» after «الذي» / «الذين», «ـه»
    after «التي» (the dual «ـهما» and the plural «ـهم» are left alone)."""
    if verb.endswith("ها"):
        return relative in ("الذي", "الذين")
    return verb.endswith("ه") and relative == "التي"


def _carries_object_pronoun(norm: str, lemma: str) -> bool:
    """«تتهمها», «وصفه», «وجهه»: the verb ends in an object pronoun — not in the last letters of its own root
    («تتهم» of «اتهم», «توجه» of «وجه», «تداهم»)."""
    return has_object_pronoun(norm) and not norm.endswith(lemma[-2:])


def has_object_pronoun(norm: str) -> bool:
    return norm.endswith(("ه", "ها", "هم", "هما")) and not norm.endswith("يه")


_ASSAULT_STEMS = ("هجوم", "هجم", "اعتداء")


def _an_assault_by(tok: Token) -> bool:
    """«هجومه», «هجماتها», «اعتداءاتهم»: an attack, whose pronoun is the attacker (not «مقتله», «اعتقاله»)."""
    word = strip_conj(tok.norm).lstrip("بل")
    return word.startswith(_ASSAULT_STEMS)


def _has_possessive(tok: Token) -> bool:
    """«رفضهم», «زيارته», «لقائه»: a masdar whose agent is a pronoun."""
    if any(p.tag == "PRON" for p in tok.pieces):
        return True
    return tok.text.endswith(("ه", "ها", "هم", "هما", "هن")) and not tok.text.endswith("ة")


# «هزت تركيا اليوم سلسلة هجمات، وقع اثنان منها … مستهدفين القنصلية»: the place shaken is struck, not the subject
_SHAKING = frozenset({"هز", "هزت", "يهز", "تهز"})


def _object_of_his_act(doc: Document, spot: ActorSpot, triggers: set[int]) -> bool:
    """«لدى مغادرته الرياض، متوجها إلى مصر», «بعد لقائه بوتين، مؤكدا»: the side right after a masdar whose agent is
    a pronoun is what he did it to, not the subject the participle goes on with."""
    j = spot.token_start - 1
    if j < 0 or not _has_possessive(doc.tokens[j]):
        return False
    # («مغادرة» is no event of the dictionary's, but he left the place all the same)
    return j in triggers or without_lam_or_ba(strip_conj(doc.tokens[j].norm)).startswith("مغادرت")


def is_first_person(norm: str, lemma: str = "") -> bool:
    """«نرفض», «سنرد», «التقينا», «رفضنا»: we (the speaker's side) act; with the verb's `lemma`, not a verb whose
    root begins with «ن» («ونفى», «ندد»: he denied, condemned; «ننفي» is still ours)."""
    for prefix in ("وس", "فس", "س", "و", "ف", ""):
        if norm.startswith(prefix):
            rest = norm[len(prefix):]
            own_nun = lemma.startswith("ن") and rest.startswith(lemma[:2])
            if (rest.startswith("ن") and not own_nun) or rest.endswith("نا"):
                return True
    return False


def speaks_as_i(doc: Document, i: int, lemma: str) -> bool:
    """«أدعو الحكومات», «وسأفرض عقوبات»: the present tense of «I», whose «أ» the lemma lacks (a form IV verb keeps
    it in its lemma: «أعلن» is «اعلن»'s past, never read as «I»); not a word standing alone, which may be an
    imperative slogan («"ديقاج" (ارحل)»)."""
    if i + 1 >= len(doc.tokens) or doc.tokens[i + 1].kind != "word":
        return False
    norm = doc.tokens[i].norm
    for prefix in ("وسا", "فسا", "سا", "وا", "فا", "ا"):
        if norm.startswith(prefix) and len(norm) > len(prefix) + 1:
            rest = norm[len(prefix):]
            return not lemma.startswith("ا") and len(lemma) >= 2 and rest[:2] == lemma[:2]
    return False


def _dual_named_sides(doc: Document, i: int, after: list[ActorSpot]
                      ) -> tuple[list[ActorSpot], list[ActorSpot], None] | None:
    """«اتفق الجانبان المصري واليمني»: a dual subject right after the verb, then two coordinated adjectives
    naming its sides: the first side and the second."""
    if i + 1 >= len(doc.tokens) or strip_conj(doc.tokens[i + 1].norm) not in BOTH_SIDES:
        return None
    first = next((s for s in after if s.token_start == i + 2 and _is_nisba(doc, s)), None)
    if first is None:
        return None
    second = next((s for s in after if s.token_start == first.token_end and s.side and s.side != first.side
                   and s.token_end - s.token_start == 1 and doc.tokens[s.token_start].norm.startswith("وال")
                   and doc.tokens[s.token_start].norm.endswith(("ي", "يه"))), None)  # «واليمني»
    return ([first], [second], None) if second is not None else None




def _a_death(tok: Token) -> bool:
    """«مقتل», «بمصرع»: a death, whose genitive, noun or adjective, is always who died."""
    return without_lam_or_ba(tok.norm) in DEATH_NOUNS


def _is_nisba(doc: Document, spot: ActorSpot) -> bool:
    """A relative adjective naming a country: «التركي», «الإيرانية» (a demonym mention)."""
    if spot.mention_kind == "demonym":
        return True
    if spot.token_end - spot.token_start != 1 or (spot.entity is not None and spot.entity.label == "PER"):
        return False  # «اغتيال الحريري»: a family name in «ال…ي» is a person, the one acted on
    if spot.mention_kind == "name" and spot.entity is not None and spot.entity.label == "LOC" \
            and not names_its_country(spot.entity, load_lexicon()):
        return False  # «معارك الرمادي»: a town whose name ends like a nisba is where, no adjective of the act
    norm = doc.tokens[spot.token_start].norm
    return norm.startswith("ال") and norm.endswith(("ي", "يه", "يين", "يون"))


def is_masdar_shaped(norm: str) -> bool:
    """«تحويل», «تعزيز», «إعلاء», «إعادة», «استعادة», «زيادة»: a verbal noun of the common derived shapes (taf'il,
    if'al and its hollow ifala, istif'al) or of the few bare ones news aims at."""
    word = strip_conj(norm)
    if word == "تنظيم":
        return False  # «استهدفت تنظيم جبهة النصرة»: the organisation, not its organising
    if word in _PLAIN_AIMS:
        return True
    if len(word) == 5 and ((word[0] == "ت" and word[3] == "ي") or (word[0] == "ا" and (word[3] == "ا" or word[2::2] == "اه"))):
        return True  # taf'il «تحويل»; if'al «إعلاء» and its hollow ifala «إعادة»
    return len(word) >= 7 and word.startswith("است") and "ا" in word[-3:-1]  # istif'al «استخدام», «استعادة»


_PLAIN_AIMS = frozenset(normalize_word(w) for w in (
    "زيادة", "رفع", "خفض", "دعم", "بناء", "جذب", "حماية", "مكافحة", "محاربة", "مواجهة", "الحد", "ضمان", "خلق"))


def _genitive_of_a_masdar_behind(doc: Document, spot: ActorSpot) -> bool:
    """«من ترسيخ إيران لوجودها»: the spot is the genitive of a bare noun right behind a preposition — not the subject
    of a verb («بشهر تمكن هادي من الفرار»)."""
    j = spot.token_start - 1
    if j < 1 or doc.tokens[j].kind != "word" or any(p.tag == "DET" for p in doc.tokens[j].pieces) \
            or _verb_at(doc, j, only=False) or not is_masdar_shaped(doc.tokens[j].norm):
        return False
    return _behind_a_preposition(doc, j)


# «شن دمشق هجوما», «إطلاق الحوثيين صاروخا»: the masdar of launching, its agent then what it launches
_LAUNCHING = frozenset({"شن", "الشن", "اطلاق", "الاطلاق"})


def _adjective_closing_a_chain(doc: Document, i: int, spot: ActorSpot) -> bool:
    """«هاجمنا قلب برنامج الأسلحة الكيماوية السوري»: after a verb whose «ـنا» is its subject, a definite nisba closing
    a construct chain that opens right after the verb at i with an indefinite head describes that chain, the object
    (after any other verb such a chain is as often the subject: «رفض نائب وزير الخارجية الإيراني»)."""
    head = i + 1
    if spot.token_end - spot.token_start != 1 or spot.token_start < head + CHAIN_BEFORE_ADJECTIVE \
            or not _is_nisba(doc, spot) or not doc.tokens[spot.token_start].norm.startswith("ال"):
        return False
    words = doc.tokens[head:spot.token_start]
    return all(t.kind == "word" for t in words) and not words[0].norm.startswith(("ال", "و")) \
        and words[-1].norm.startswith("ال") and not is_preposition(words[0].norm)


CHAIN_BEFORE_ADJECTIVE = 3  # words of the chain at least: «قلب برنامج الأسلحة»


def _adjective_of_an_indefinite_object(doc: Document, i: int, spot: ActorSpot) -> bool:
    """«قصفت أهدافا إيرانية», «اعتقلت ناشطين أتراكا»: an indefinite relative adjective right after an indefinite
    accusative noun right after the verb at i describes the object; it is no subject."""
    n = i + 2 if i + 1 < len(doc.tokens) and _resumptive(doc.tokens[i + 1]) else i + 1  # («اتهمت فيه مسؤولين يمنيين»)
    if spot.token_start != n + 1 or spot.token_end - spot.token_start != 1:
        return False
    noun, adjective = strip_conj(doc.tokens[n].norm), doc.tokens[spot.token_start].norm
    # («أسقطت مقاتلة سورية»: a feminine noun in «ة» takes no «ا» in the accusative; its adjective is feminine too,
    # and «سورية» the adjective is spelled like the country's name)
    feminine = doc.tokens[n].text.endswith("ة") and doc.tokens[spot.token_start].text.endswith("ية") \
        and _nothing_governed_after(doc, spot.token_end)  # (not «قصفت طائرة سورية مواقع»: a plane, then its object)
    if spot.mention_kind == "name" and not feminine:
        return False  # («على أن تستقبلهم لاحقا بريطانيا»: a country by name is no adjective)
    return doc.tokens[n].kind == "word" and not noun.startswith("ال") and (noun.endswith(("ا", "ين")) or feminine) \
        and len(noun) > 3 and not adjective.startswith("ال") and adjective.endswith(("يه", "يا", "يين", "ي"))


_PLACE_PREPOSITIONS = frozenset({"فوق", "في", "قرب", "داخل", "خارج", "شمال", "جنوب", "شرق", "غرب", "علي", "الي"})


def _nothing_governed_after(doc: Document, k: int) -> bool:
    """Token k ends the clause or opens a place phrase: no second noun follows that a verb could take as object."""
    if k >= len(doc.tokens) or doc.tokens[k].kind != "word":
        return True
    norm = strip_conj(doc.tokens[k].norm)
    return norm in _PLACE_PREPOSITIONS or any(p.tag == "PREP" for p in doc.tokens[k].pieces)


def _plural_nisba(doc: Document, spot: ActorSpot) -> bool:
    """«الحوثيين», «الأمريكيون»: the nisba in the plural, people (no adjective of a masdar, which is singular: after
    «تسليح» they are armed; after «هجمات», «تهديدات» they attack and threaten)."""
    return doc.tokens[spot.token_end - 1].norm.endswith(("يين", "يون"))


def _same_number(doc: Document, a: ActorSpot, b: ActorSpot) -> bool:
    """«الأمريكية الفرنسية» agree and are listed; «الحكومة اليمنية الحوثيين» do not: the plural is the object."""
    return _plural_nisba(doc, a) == _plural_nisba(doc, b)


_FEMININE_WITHOUT_TA = frozenset({"حرب", "حربا"})  # event nouns that are feminine with no «ة»


def _a_woman_of(doc: Document, i: int, spot: ActorSpot) -> bool:
    """«اختطاف التونسية الفرنسية نوران حواس»: a feminine nisba right after a masculine masdar agrees with no act; it
    is a woman of that country, the one the act was done to."""
    masdar = without_lam_or_ba(strip_conj(doc.tokens[i].norm)).removeprefix("ال")
    return spot.token_start == i + 1 and doc.tokens[i + 1].norm.endswith("يه") \
        and not masdar.endswith(("ه", "ات", "ها", "هم")) and masdar not in _FEMININE_WITHOUT_TA  # «الحرب الأمريكية»


def _qualifies_other_noun(doc: Document, i: int, spot: ActorSpot) -> bool:
    """«استهداف المدن والأراضي السعودية»: a nisba after another noun describes that noun, not the act.

    Adjectives may stand between («الهجوم العسكري التركي»), and so may a force that acts
    («الاغتيال … المخابرات الإسرائيلية», «قصف الطائرات الروسية»).
    """
    launch = doc.tokens[i].norm.endswith("اطلاق")
    for j in range(i + 1, spot.token_start):
        tok = doc.tokens[j]
        if tok.kind == "number":
            return True  # «طرد 23 دبلوماسيا روسيا»: the noun counted is what the nisba describes
        if tok.kind != "word" or is_adjective(tok) or strip_conj(tok.norm) in _FORCES or tok.norm in _BEHIND:
            continue  # «عملية الاغتيال وراءها المخابرات الإسرائيلية»: who is behind it did it
        if launch and tok.norm in _MISSILES and not _made_in(doc, spot):
            continue  # «إطلاق صواريخ إيرانية»: whose missiles are launched launched them
        return True
    return False


_MILITANTS = frozenset(normalize_word(w) for w in (
    "الداعشي", "الإرهابي", "الانتحاري", "الجهادي", "المتطرف", "المسلح", "القاعدي", "الداعشية", "الإرهابية",
    "الانتحارية", "الجهادية", "المسلحة"))


def _nationality_of_a_person(doc: Document, i: int, spot: ActorSpot, after: list[ActorSpot]) -> bool:
    """«الداعشي السعودي», «الإرهابي التونسي»: a people's adjective after a militant gives his nationality; the
    country is not the subject."""
    k = spot.token_start - 1
    if k <= i or not _is_nisba(doc, spot) or any(s.token_start <= k < s.token_end for s in after):
        return False
    return doc.tokens[k].kind == "word" and strip_conj(doc.tokens[k].norm) in _MILITANTS


def _counted_nisba(doc: Document, spot: ActorSpot) -> bool:
    """«23 دبلوماسيا روسيا»: a country name in «…يا» right after a counted noun is the accusative adjective
    («روسيًا», Russian) of what was counted."""
    k = spot.token_start
    return spot.token_end - k == 1 and k >= 2 and doc.tokens[k - 2].kind == "number" \
        and doc.tokens[k].norm.endswith("يا") and doc.tokens[k - 1].norm.endswith("ا")


def _launched_by(doc: Document, i: int, spot: ActorSpot) -> bool:
    """«إطلاق صواريخ إيرانية»: the adjective on the missiles launched names who launched them, linked or not."""
    if not doc.tokens[i].norm.endswith("اطلاق") or spot.token_start < 1 \
            or doc.tokens[spot.token_start - 1].norm not in _MISSILES:
        return False
    return spot.country is not None or (spot.entity is not None and spot.entity.label == "LOC")


_MISSILES = frozenset({"صواريخ", "الصواريخ", "صاروخ", "الصاروخ", "صاروخا", "قذائف", "القذائف", "قذيفه", "القذيفه"})
# what is fired at a place, without its article: the missiles and shells, and aircraft and bombs
_FIRED_WEAPONS = frozenset(w.removeprefix("ال") for w in _MISSILES) | frozenset(normalize_word(w) for w in (
    "طائرات", "طائرة", "مقذوفات", "قنابل"))


def _made_in(doc: Document, spot: ActorSpot) -> bool:
    """«صواريخ إيرانية الصنع»: where a weapon was made, not who fired it."""
    return spot.token_end < len(doc.tokens) and doc.tokens[spot.token_end].norm in ("الصنع", "صنع")


# Bodies that act by force or authority: a nisba after them names whose they are.
_FORCES = frozenset({"القوات", "قوات", "الجيش", "جيش", "المخابرات", "الاستخبارات", "الطائرات", "طائرات",
                     "المقاتلات", "مقاتلات", "الشرطه", "الامن", "البحريه", "الحكومه", "السلطات", "الميليشيات",
                     "الفصائل", "الوحدات", "المدفعيه", "الدبابات", "البوارج", "الطيران", "القوه"})


_TROOPS = frozenset({"القوات", "قوات", "الوحدات", "الجيش", "جيش", "الميليشيات", "الفصائل", "الشرطه", "المقاتلين"})
_BEHIND = frozenset({"وراء", "وراءها", "وراءه", "خلف", "خلفها", "خلفه"})


# «ضربات شمالي العراق»: an indefinite side of a place is where (north of), no adjective
_SIDES_OF = frozenset(w for w in _COMPASS if w.endswith("ي"))


# words that open a clause, so no construct chain runs across them: «إلى أن السيسي استقبل», «ولكن مورينيو رفض»
_CHAIN_BREAKERS = frozenset({"ان", "انه", "انها", "لكن", "لكنه", "لكنها", "حيث", "بينما", "فيما", "كما", "ثم", "عندما"})


def _deep_in_a_phrase(doc: Document, spot: ActorSpot) -> bool:
    """«وإلى جانب أهداف حزب العمال قصفت»: the spot closes a construct chain a preposition opens, with no word
    that opens a clause in it."""
    if not _genitive_of_a_governed_noun(doc, spot):
        return False
    words = [k for k in range(spot.token_start - 1, max(-1, spot.token_start - 1 - 2 * GENITIVE_CHAIN), -1)
             if doc.tokens[k].kind == "word"][:GENITIVE_CHAIN + 1]
    return not any(strip_conj(doc.tokens[k].norm) in _CHAIN_BREAKERS for k in words)


def _bracketed_place(doc: Document, spot: ActorSpot) -> bool:
    """«وفي البيضاء (وسط اليمن) شنت»: where the place before it lies, told in brackets; no subject."""
    k = spot.token_start - 1
    return k >= 1 and strip_conj(doc.tokens[k].norm) in _PLACE_NOUNS and doc.tokens[k - 1].text == "("


def _body_and_adjective(doc: Document, spot: ActorSpot, k: int) -> bool:
    """«الحكومة الانتقالية تطالب», «داعش الإرهابي أعدم»: a body (no entity names it, or a named group or person),
    then its definite adjective at token k, then the verb."""
    body = (spot.entity is None and spot.generic is not None) or (
        spot.entity is not None and spot.entity.label in ("ORG", "PER"))
    if body and spot.entity is None and not doc.tokens[spot.token_start].norm.startswith("ال"):
        # «إن مسلحين أكرادا قتلوا اثنين من جنوده»: an unnamed group, then its people's indefinite adjective
        word = strip_conj(doc.tokens[k].norm)
        return word in _PEOPLES or (not word.startswith("ال") and is_adjective(doc.tokens[k]))
    return body and strip_conj(doc.tokens[k].norm).startswith("ال") and is_adjective(doc.tokens[k])


# peoples' broken plurals that follow an unnamed group as its adjective: «مسلحين أكرادا», «مقاتلين عربا»
_PEOPLES = frozenset(normalize_word(w) for w in ("أكراد", "أكرادا", "عرب", "عربا", "أتراك", "أتراكا", "أفغان",
                                                 "أفغانا", "روس", "روسا", "شيشان", "بلوش"))


def is_adjective(tok: Token) -> bool:
    """«العسكري», «صاروخي», «البالستية»: a relative adjective (the commonest kind after an event noun)."""
    norm = strip_conj(tok.norm)
    return len(norm) >= 4 and norm.endswith(("ي", "يه")) and norm not in RELATIVE_PRONOUNS and norm not in _SIDES_OF


def can_act(spot: ActorSpot, lexicon: EventLexicon) -> bool:
    """A person, organisation, country or capital acts; another place («عدن», «مطار») is where, not who."""
    e = spot.entity
    return e is None or lexicon.can_act(e.label, e.name_en, e.cameo)


_THAT_HE = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "وانه", "وانها"})


def that_he_before(doc: Document, i: int) -> int | None:
    """Where «أنه», «أنها» stands right before the verb at i (past a particle: «إنه لن يلتقي»); None: it does not.
    («أنها أوقفت أربعة مشتبه بهم»: the verb's subject is the pronoun, and who follows is the object.)"""
    if i > 1 and doc.tokens[i - 1].norm in PARTICLES_BEFORE_VERB:
        i -= 1
    return i - 1 if i > 0 and doc.tokens[i - 1].norm in _THAT_HE else None


def _reported_subject(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«قال بوتين إنه يأمل …», «أعلن ترامب أنه سيلتقي …», «مؤكدة أنها "تدعم …"», «قال غريفيث إنه ربما يلتقي»:
    «ـه» is the one who spoke."""
    j = i - 1
    if j > 0 and opens_quote(doc, j):
        j -= 1  # the verb quoted after «أنها»
    if j < 0 or doc.tokens[j].norm not in _THAT_HE:
        if not (j >= 1 and doc.tokens[j - 1].norm in _THAT_HE and doc.tokens[j].norm in PARTICLES_BEFORE_VERB):
            return []
        j -= 1
    if j > 0 and strip_conj(doc.tokens[j - 1].norm) in _PRETEXTS:
        return []  # «بدعوى أنها "تحث على القتل"»: the pretext's «ـها» is the thing blamed, not who spoke
    if spells_out_a_claim(doc, j):
        return []  # «بعد ادعاءات باطلة ضد إيران بأنها خرقت الاتفاق»: «ـها» is the accused, told as a claim
    if another_man(doc, j):
        return []  # «قالت ميركل إنه هدد ماكرون»: «ـه» is another man, not she who spoke
    # the speaker stands before any clause he reports («قال قرقاش إن أيام الحوثيين في الحديدة صارت معدودة وإنه
    # يأمل»: not a side of the first «إن»)
    said = _saying_verb_before(doc, j)
    lo = doc.sentences[sentence_of(doc, j)].token_start if said is None else said + 1
    end = next((k for k in range(lo, j) if doc.tokens[k].norm in SAYING_THAT), j)
    if said is not None:
        # «عقب إعلان ترامب …، أعلن الجيش الإسرائيلي أنه استهدف»: the one the saying verb has speak, right after it
        speaker = next((s for s in before if said < s.token_start and s.token_end <= end
                        and words_between(doc, said, s.token_start) <= SAYING_SUBJECT_WORDS
                        and not governed(doc, s) and can_act(s, lexicon)), None)
        if speaker is not None:
            return [speaker]
    for s in before:  # else («وكان جونسون قد قال في تغريدة إنه»): the first free side of the sentence
        if s.token_end <= end and not governed(doc, s) and can_act(s, lexicon):
            return [s]
    return []


_HE = frozenset(w for w in _THAT_HE if w.endswith("انه"))  # «أنه», «بأنه», «وأنه»: a man, or a masculine body


def _feminine_cue(norm: str) -> bool:
    """«قالت», «أضافت», «مشيرة», «مضيفة»: a word of saying whose subject is feminine (a woman, a state, a body)."""
    word = strip_conj(norm)
    return len(word) > 3 and word.endswith(("ت", "ه")) and not word.startswith("ي") and word not in ("امله", "ختامه")


def another_man(doc: Document, that: int) -> bool:
    """«قالت ميركل إنه هدد ماكرون», «مشيرة إلى أنه طالب»: «أنه» at `that` after a feminine word of saying is
    another man than the one who spoke."""
    if doc.tokens[that].norm not in _HE:
        return False
    said = _saying_verb_before(doc, that)
    return said is not None and _feminine_cue(doc.tokens[said].norm)


SAYING_SUBJECT_WORDS = 2  # words between a verb of saying and its subject: «أعلن الجيش الإسرائيلي ليل الأربعاء»


SAYING_VERB_REACH = 12  # words back from «أنه» to the verb of saying whose subject «ـه» is


def _saying_verb_before(doc: Document, that: int) -> int | None:
    """The word of saying («أعلن», «قال», «مؤكدا», «إعلان»; the quotes' speech lexicon) whose «أن» clause opens at
    `that`, in its sentence."""
    lo = doc.sentences[sentence_of(doc, that)].token_start
    return next((k for k in range(that - 1, max(lo, that - SAYING_VERB_REACH) - 1, -1)
                 if doc.tokens[k].kind == "word" and strip_conj(doc.tokens[k].norm) in SPEECH_CUES
                 and strip_conj(doc.tokens[k].norm) not in _IN_RESPONSE), None)


# «ردا على قرار ترامب، وإنه سيرفع قضية»: «in response to» says nothing; the one it responds to is no speaker
_IN_RESPONSE = frozenset({"ردا"})


def _comma_ends_clause(doc: Document, a: int, b: int) -> bool:
    """«دعوة … العبادي "بالقصاص" من المحكومين، ردا على خطف وقتل ثمانية»: a comma in tokens [a, b) ends the clause
    of the side before it (but «الصحفي ياسر مرتجى، الذي قتل»: a relative clause after the comma describes him)."""
    comma = next((k for k in range(a, b) if doc.tokens[k].text in "،,"), None)
    return comma is not None and not all(doc.tokens[k].norm in RELATIVE_PRONOUNS or doc.tokens[k].text in "،,"
                                         for k in range(comma, b))


def _answered(doc: Document, i: int) -> bool:
    """«ردا على خطف»: the masdar at i is the act something answers."""
    return i >= 2 and doc.tokens[i - 1].norm == "علي" and strip_conj(doc.tokens[i - 2].norm) in _IN_RESPONSE


_HE_IS = frozenset({"وهو", "وهي", "وهم", "وهما"})
# «إنه لن يلتقي», «إنه ربما يلتقي الرئيس اليمني»: a particle between «أنه» and its verb
PARTICLES_BEFORE_VERB = frozenset({"لن", "لا", "لم", "قد", "ربما", "سوف"})
_PRETEXTS = frozenset({"بدعوي", "بحجه", "بزعم", "بذريعه"})
_CLAIMS = frozenset(normalize_word(w) for w in ("ادعاءات", "اتهامات", "مزاعم", "ادعاء", "اتهام", "اتهامه",
                                                "اتهامها", "اتهاماتها", "اتهاماته", "تهمة", "تهم", "بتهمة"))
CLAIM_REACH = 5  # words back from «بأنها» to the accusation it spells out


def spells_out_a_claim(doc: Document, that: int) -> bool:
    """«ادعاءات باطلة ضد إيران بأنها …»: the «أنها» at `that` spells out an accusation, so «ـها» is the accused."""
    return any(strip_conj(doc.tokens[k].norm) in _CLAIMS for k in range(max(0, that - CLAIM_REACH), that))
_STATEMENT_NOUNS = frozenset(normalize_word(w) for w in (
    "تغريدة", "بيان", "بيانا", "كلمة", "رسالة", "خطاب", "خطابا", "مقابلة", "تصريح", "تصريحات", "مؤتمر", "مقال",
    "مقالا", "تقرير", "تقريرا", "منشور", "منشورا", "تسجيل", "رسالته", "كلمته", "خطابه", "بيانه", "تغريدته",
    # «تقدم السودان بشكوى إلى الأمم المتحدة، يتهم فيها مصر»: a complaint or note says what its sender says
    "شكوى", "بشكوى", "مذكرة", "بمذكرة", "برسالة"))
_IN_IT = frozenset({"فيه", "فيها"})
# what one says before an audience: «كلمة له أمام», «خطاب ألقاه أمام», «في شهادته أمام»
_SPEECH_NOUNS = frozenset(normalize_word(w) for w in (
    "كلمة", "كلمته", "كلمتها", "خطاب", "خطابه", "خطابها", "شهادة", "شهادته", "شهادتها", "إفادة", "إفادته", "حديث",
    "حديثه", "حديثها", "تصريحات", "تصريحاته", "تصريحاتها"))
_SPEECH_FORMS = frozenset(prefix + w for w in _SPEECH_NOUNS for prefix in ("", "ال", "ب", "بال"))
SPEECH_TO_AUDIENCE = 3  # words from the speech noun to «أمام»: «كلمة ألقاها الأربعاء أمام»


def _addressed_in_a_speech(doc: Document, spot: ActorSpot) -> bool:
    """«في كلمة له أمام مجلسي الكونغرس», «في خطاب ألقاه أمام الجمعية العامة»: the body a speech was given before
    is its audience, not what the speaker acted on."""
    words = [k for k in range(spot.token_start - 1, max(-1, spot.token_start - 4), -1) if doc.tokens[k].kind == "word"]
    # «أمام» right before the body, or before the head of its name («أمام مجلسي الكونغرس»)
    k = next((k for k in words[:2] if doc.tokens[k].norm == "امام"), None)
    if k is None or (k != words[0] and is_preposition(strip_conj(doc.tokens[words[0]].norm))):
        return False
    return word_in_clause_before(doc, k - 1, SPEECH_TO_AUDIENCE, _SPEECH_FORMS, ".،,؛;:؟?!")
STATEMENT_WINDOW = 5  # words from a statement noun to the verb of its relative clause


_DRAFTS = _STATEMENT_NOUNS | frozenset(normalize_word(w) for w in ("قرار", "قرارا", "مشروع", "مقترح", "مقترحا"))


def _drafted_by(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«ووزعت الولايات المتحدة مشروع بيان يدعو مجلس الأمن إلى …»: a verb right after an indefinite statement or
    draft («بيانا», «مشروع قرار») is its author's, the side that issued it just before."""
    if i < 1 or doc.tokens[i - 1].kind != "word":
        return []
    noun = strip_conj(doc.tokens[i - 1].norm)
    if noun.startswith("ال") or noun not in _DRAFTS:
        return []
    if i >= 2 and _his_issuing(doc.tokens[i - 2]):
        return _possessor(doc, i - 2, before, lexicon)  # «بإعلانه قرار فرض رسوم»: the decision is his who announced it
    author = _issuer(doc, i - 1, before, lexicon, STATEMENT_WINDOW)
    return _group_back(doc, author, before) if author is not None else []


# masdars of issuing a statement or decision: «بإعلانه», «إصدارها», «اتخاذه»
_ISSUING = frozenset(normalize_word(w) for w in ("إعلان", "إصدار", "اتخاذ"))


def _his_issuing(tok: Token) -> bool:
    """«بإعلانه», «وإصدارها»: a masdar of issuing whose agent is a pronoun, so whatever it issues is his."""
    if tok.kind != "word" or not _has_possessive(tok):
        return False
    word = without_lam_or_ba(strip_conj(tok.norm))
    return any(word == stem + end for stem in _ISSUING for end in ("ه", "ها", "هم", "هما"))


def _issuer(doc: Document, noun: int, before: list[ActorSpot], lexicon: EventLexicon, reach: int) -> ActorSpot | None:
    """Who issued the statement or draft at token `noun`: the nearest free actor before it, within `reach` words
    (but «عرقلة روسيا مشروع قرار»: who blocked a draft did not write it)."""
    issuer = next((s for s in reversed(before) if s.token_end <= noun and not governed(doc, s)
                   and words_between(doc, s.token_end - 1, noun) <= reach and can_act(s, lexicon)
                   and not _in_time_aside(doc, s, noun)), None)
    if issuer is not None and any(without_lam_or_ba(strip_conj(doc.tokens[j].norm)).removeprefix("ال") in _BLOCKING
                                  for j in range(max(0, issuer.token_start - 2), noun)):
        return None
    return issuer


def _nisba_of_a_governed_name(doc: Document, spot: ActorSpot) -> bool:
    """«قمة مجموعة السبع المجتمعة في فانكوفر الكندية»: a nisba right after a place's name that a preposition governs
    says where that place lies; it is inside the prepositional phrase too, no side of its own."""
    k = spot.token_start - 1
    if spot.token_end - spot.token_start != 1 or not _is_nisba(doc, spot) or k < 1 or doc.tokens[k].kind != "word" \
            or strip_conj(doc.tokens[k].norm).startswith("ال") or doc.tokens[k].end not in _place_name_ends(doc):
        return False
    return _behind_a_preposition(doc, k)


def _place_name_ends(doc: Document) -> frozenset[int]:
    """Where the names of places end in the text (once per document)."""
    return once_per_document(doc, "place name ends", lambda: frozenset(
        mention.end for e in doc.entities if e.label == "LOC" for mention in e.mentions if mention.kind == "name"))


# verbs whose object pronoun is a person met (not «اجتماع عقده», «محادثات استضافها»: the meeting itself)
_MEETING_A_PERSON = frozenset({"التقي", "قابل", "استقبل", "زار"})


def _after_a_circumstance(doc: Document, spot: ActorSpot) -> bool:
    """«مع إدارة برشلونة عقب رحيله إلى صفوف باريس سان جيرمان»: the spot is told within a few words after «عقب»,
    «بعد» …, in a circumstance; a pronoun after it goes back past it."""
    return any(strip_conj(doc.tokens[j].norm) in _TIME_ASIDE_OPENERS
               for j in range(max(0, spot.token_start - CIRCUMSTANCE_REACH), spot.token_start))


CIRCUMSTANCE_REACH = 5  # words back from a side to a circumstance word


def _genitive_in_a_circumstance(doc: Document, spot: ActorSpot) -> bool:
    """«وإثر تسميم سكريبال طردت الحكومة البريطانية …»: the spot is the genitive of a masdar right after «إثر»,
    «بعد» …, so the verb after it has a subject of its own."""
    k = spot.token_start - 2
    return k >= 0 and doc.tokens[k + 1].kind == "word" and strip_conj(doc.tokens[k].norm) in _CIRCUMSTANCE_WORDS \
        and strip_conj(doc.tokens[k + 1].norm) not in _THING_HEADS  # (but «بعد قرار الكويت طرد السفير»: hers)


def _in_time_aside(doc: Document, spot: ActorSpot, end: int) -> bool:
    """«فأصدر، قبيل التئام مجلس الأمن، بياناً»: the spot stands in an aside set off by commas that tells when
    (it opens with «قبيل», «بعد», «خلال» …), closed before token `end`; whoever it names issued nothing."""
    opening = next((j for j in range(spot.token_start - 1, max(-1, spot.token_start - ASIDE_WORDS), -1)
                    if doc.tokens[j].kind == "punct"), None)
    if opening is None or doc.tokens[opening].text not in "،," or opening + 1 >= spot.token_start \
            or strip_conj(doc.tokens[opening + 1].norm) not in _TIME_ASIDE_OPENERS:
        return False
    return any(doc.tokens[k].text in "،," for k in range(spot.token_end, end))


_TIME_ASIDE_OPENERS = frozenset({"قبيل", "قبل", "بعد", "بعيد", "عقب", "اثر", "خلال", "اثناء", "عشيه", "ابان",
                                 "منذ"})


# what one does to another's draft: «عرقلة روسيا مشروع قرار», «استخدمت الفيتو لوقف مشروع قرار»
_BLOCKING = frozenset(normalize_word(w) for w in (
    "عرقلة", "عرقلت", "فيتو", "الفيتو", "وقف", "رفض", "رفضت", "أسقط", "أسقطت", "إسقاط", "عارض", "عارضت",
    "معارضة", "تعطيل", "عطلت", "أفشل", "أفشلت", "إفشال", "منع", "منعت"))


def _statement_author(doc: Document, i: int, before: list[ActorSpot], after: list[ActorSpot],
                      lexicon: EventLexicon) -> list[ActorSpot]:
    """«نشر ترامب تغريدة على تويتر توعد فيها روسيا»: a verb with «فيها» after a statement noun is its author's,
    and the one actor after it is the object (but «في كلمة هاجم فيها أردوغان إسرائيل» names its subject)."""
    if i + 1 >= len(doc.tokens) or doc.tokens[i + 1].norm not in _IN_IT:
        return _drafted_by(doc, i, before, lexicon)
    noun, words = None, 0
    for j in range(i - 1, -1, -1):
        tok = doc.tokens[j]
        if tok.kind != "word":
            if tok.text[:1] in ".؛:؟!":
                return []
            continue
        word = strip_conj(tok.norm)
        if word in _STATEMENT_NOUNS or (word[:1] == "ب" and word[1:] in _STATEMENT_NOUNS):  # «ببيان»
            noun = j
            break
        words += 1
        if words >= STATEMENT_WINDOW:
            return []
    if noun is None:
        return []
    # «مقال سابق لصائب عريقات اتهم فيه»: the author named with «لـ» right after the noun, else the one before it
    author = next((s for s in before if noun < s.token_start and s.token_end <= i
                   and words_between(doc, noun, s.token_start) <= 2 and has_lam(doc.tokens[s.token_start])
                   and can_act(s, lexicon)), None) or _issuer(doc, noun, before, lexicon, SOURCE_BEFORE)
    if author is None:
        return []
    # (the words it quotes after a colon are not its object: «يهدد فيها الرئيس الإيراني: "لا تهدد الولايات المتحدة"»)
    stop = next((j for j in range(i + 1, len(doc.tokens)) if doc.tokens[j].text[:1] in ".؛:؟!"), len(doc.tokens))
    # (nor the sides its charge names after «بـ»: «اتهم فيه مسؤولين أميركيين بالعمل "كمتحدثين باسم" إسرائيل», nor
    # those of the clause it opens: «يحذر فيها إيران من أن الدولة العبرية ستنضم»)
    stop = next((j for j in range(i + 2, stop) if has_ba(doc.tokens[j]) or doc.tokens[j].norm in THAT_WORDS), stop)
    named = [s for s in after if not governed(doc, s) and words_between(doc, i, s.token_start) <= SOURCE_AFTER + 2
             and s.token_start < stop]
    if not named or named[0].key == author.key or len({s.key for s in named}) > 1:
        return []
    if named[0].token_start == i + 2 and _indefinite_accusative(doc, named[0].token_end):
        return []  # «في بيان لوزارة الخارجية قدمت فيه بكين دعما معنويا لتركيا»: the side with the verb's object
        # after it is its subject
    if any(s.key == named[0].key and not governed(doc, s) for s in before if s.token_end <= noun):
        return []  # «أصدرت السعودية وبريطانيا … بيانا مشتركا أشادت فيه بريطانيا بجهود السعودية»: one of those who
        # issued it is named as the verb's subject
    return _group_back(doc, author, before)


def _indefinite_accusative(doc: Document, k: int) -> bool:
    """«دعما», «تحذيرا»: an indefinite noun in the accusative at k, a verb's object (not «بالرد», «بشدة»)."""
    if k >= len(doc.tokens) or doc.tokens[k].kind != "word":
        return False
    tok = doc.tokens[k]
    return len(tok.pieces) == 1 and tok.norm.endswith("ا") and not tok.norm.startswith("ال") and len(tok.norm) > 3 \
        and tok.norm not in SPEECH_CUES  # (not «توعد فيها روسيا قائلا»: the words said)


WHAT_RELATIVE = frozenset({"ما", "بما", "لما"})  # «ما وصفه», «بما وصفه»: what someone called it


def _what_it_was_called_by(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«برر نتانياهو اللجوء إلى العنف بحق تل أبيب … إزاء ما وصفه بالأعمال "الإرهابية"»: «ما وصفه» (what he
    called) is said by the nearest actor of its sentence that can act and stands free, however far back; sides
    behind a preposition in between («بحق تل أبيب») are passed over."""
    if i == 0 or doc.tokens[i - 1].norm not in WHAT_RELATIVE or not has_object_pronoun(doc.tokens[i].norm):
        return []
    lo = doc.sentences[sentence_of(doc, i)].token_start
    free = [s for s in before if s.token_start >= lo and not governed(doc, s) and can_act(s, lexicon)]
    return _group_back(doc, free[-1], before) if free else []


def _relative_antecedent(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon, *,
                         object_pronoun: bool = False, agreeing: bool = False) -> list[ActorSpot]:
    """«برانسون الذي يرفض كل الاتهامات», «تركيا التي تصر»: the actor just before the relative pronoun acts.

    Tried only when the verb has no subject of its own after it («الخطة التي وضعتها روسيا»).
    """
    j = i - 1
    if j >= 1 and (doc.tokens[j].norm in ("قد", "لا", "لم", "لن") or doc.tokens[j].norm in _WERE):
        j -= 1  # «الذي لم يزر», «الذين كانوا يقاتلون»
    if j < 1 or strip_conj(doc.tokens[j].norm) not in RELATIVE_PRONOUNS:
        return []  # («ترامب، والذي توعد»: the relative joined by «و» after a comma)
    end = j
    if doc.tokens[j - 1].text == ")":  # «الحوثيين (شيعة) الذين»: an aside in brackets after the antecedent
        end = next((k for k in range(j - 2, max(-1, j - 2 - BRACKET_ASIDE), -1) if doc.tokens[k].text == "("), j)
    if end >= 2 and doc.tokens[end - 1].text in QUOTE_MARKS and not opens_quote(doc, end - 1):
        end -= 1  # «"حماس" التي»: the antecedent's name in quotation marks
    s = next((s for s in reversed(before) if s.token_end == end), None)
    if s is None and end >= 2 and is_adjective(doc.tokens[end - 1]) and doc.tokens[end - 1].norm.startswith("ال"):
        # «القوات الأمنية التي تقاتل طالبان»: an unnamed side's adjective stands between it and the relative
        s = next((x for x in reversed(before) if x.token_end == end - 1 and x.entity is None and x.generic), None)
    if s is not None and doc.tokens[j].norm != strip_conj(doc.tokens[j].norm) and governed(doc, s):
        return []  # «كولن … المقيم في الولايات المتحدة والذي تتهمه أنقرة»: «والذي» goes on describing the noun
        # the first description was of, not the place behind its preposition
    if s is None and doc.tokens[j - 1].kind == "punct" and doc.tokens[j - 1].text in "،,":
        # «أقوال وزير الخارجية الأميركي جون كيري، التي انتقد فيها إسرائيل»: the speaker of the words, after a comma
        comma = j - 1
        if comma >= 2 and doc.tokens[comma - 1].text in QUOTE_MARKS and not opens_quote(doc, comma - 1):
            comma -= 1  # «"حزب العمال الكردستاني"، الذي تعتبره أنقرة»
        s = next((s for s in reversed(before) if s.token_end == comma), None)
        topic = s is not None and s.token_start > 0 and doc.tokens[s.token_start - 1].text in _AS_FOR
        if s is not None and not topic and (s.entity is None or s.entity.label != "PER") \
                and (not object_pronoun or governed(doc, s)) and not (agreeing and not governed(doc, s)):
            # (a verb agreeing with the relative, with no pronoun, has it for subject: «ويتلقى التحالف، الذي
            # يقاتل الحوثيين، دعما»)
            s = None  # (but «القدس الشرقية، التي احتلتها إسرائيل»: «ـها» takes up any side, not one behind a
            # preposition: «على أهداف إيرانية في سوريا، التي تتهم طهران إسرائيل»; and «أما روسيا، التي تنفي»: the
            # topic «أما» opens)
    if s is not None and object_pronoun and s.entity is not None and s.entity.label == "LOC" and located_in(doc, s):
        # «لحركة حماس في غزة التي تعتبرها إسرائيل حركة إرهابية»: the clause describes the side where it is, not
        # the place behind «في»
        s = next((x for x in reversed(before) if x.token_end == s.token_start - 1
                  and (x.entity is None or x.entity.label != "LOC")), s)
    if s is not None and _bare_nisba(doc, s):
        return []  # «بند … للكفيل الكويتي التي طالب»: the adjective describes the noun the clause is about
    if s is not None and governed(doc, s) and backing(doc, s) and not _backed_by_masdar(doc, s):
        # «ميليشيات الحشد الشعبي المدعومة من إيران التي ترفض واشنطن التنسيق معها»: the relative goes on describing
        # the side backed, not its backer (but «تتهم مصر قطر بدعم جماعة الإخوان التي حظرتها القاهرة»: the side
        # right after the masdar is the relative's own antecedent)
        k = s.token_start - 1
        while k >= 0 and strip_conj(doc.tokens[k].norm) not in _BACKING:
            k -= 1
        s = next((x for x in reversed(before) if x.token_end == k), None)
    if s is not None and strip_conj(doc.tokens[j].norm) == "الذي" and _feminine_place_behind_in(doc, s):
        return []  # «بالهجوم الإرهابي في مالي الذي قتل خلاله»: «الذي» takes up the attack, not the place
    return [s] if s is not None and can_act(s, lexicon) else []


def _feminine_place_behind_in(doc: Document, spot: ActorSpot) -> bool:
    """«في مالي», «في تركيا»: a place named without the article behind «في» — feminine, so never what a masculine
    relative pronoun after it describes (but «في العراق الذي», «في لبنان الذي» may be)."""
    return spot.entity is not None and spot.entity.label == "LOC" and located_in(doc, spot) \
        and not strip_conj(doc.tokens[spot.token_start].norm).lstrip("بل").startswith("ال") \
        and not doc.tokens[spot.token_start].norm.endswith(_MASCULINE_PLACE_ENDINGS)


_MASCULINE_PLACE_ENDINGS = ("لبنان", "السودان", "اليمن", "العراق", "الاردن", "المغرب")


def _antecedent_as_subject(doc: Document, i: int, lemma: str, before: list[ActorSpot], lexicon: EventLexicon
                           ) -> list[ActorSpot]:
    """«حماس التي تتهم إسرائيل», «شريف الذي يتهم الجيش»: a verb right after «الذي/التي», agreeing with it, that
    carries no pronoun and has none after it («المدينة التي تسيطر عليها داعش») has the antecedent for subject."""
    if i < 1 or i + 1 >= len(doc.tokens):
        return []
    rel, verb = doc.tokens[i - 1].norm, doc.tokens[i]
    if _carries_object_pronoun(verb.norm, lemma) or (rel, verb.norm[:1]) not in (("الذي", "ي"), ("التي", "ت")):
        return []
    if any(_resumptive(doc.tokens[k]) for k in range(i + 1, min(len(doc.tokens), i + 5))):
        return []  # a resumptive pronoun: «التي تسيطر عليها داعش», «الذي تتهم إسرائيل فيه»
    return _relative_antecedent(doc, i, before, lexicon, agreeing=True)


def _resumptive(tok: Token) -> bool:
    """«عليها», «فيه», «بها», «منهم»: a preposition carrying a pronoun."""
    return strip_conj(tok.norm) in _PREPOSITION_PRONOUNS


_PREPOSITION_PRONOUNS = frozenset(p + s for p in ("علي", "في", "ب", "ل", "من", "عن", "مع", "الي", "عند", "ضد")
                                  for s in ("ه", "ها", "هم", "هما", "هن"))


def _bare_nisba(doc: Document, spot: ActorSpot) -> bool:
    """«الكويتي» of «للكفيل الكويتي»: a relative adjective standing alone for its country (but «القوات التركية»
    and «الجانب الفلبيني» name a side)."""
    if not _is_nisba(doc, spot) or spot.token_start < 1 or (spot.entity is not None and spot.entity.label != "LOC"):
        return False  # («الحوثيين الذين سيطروا»: a group's name shaped like an adjective)
    return strip_conj(doc.tokens[spot.token_start - 1].norm).lstrip("بل") not in _SIDE_NOUNS


_SIDE_NOUNS = frozenset({"الجانب", "جانب", "الطرف", "طرف", "الوفد", "وفد"})


BRACKET_ASIDE = 4  # tokens inside brackets between an antecedent and its relative pronoun


_RESUMPTIVES = frozenset({"معها", "معه", "معهم", "عليها", "عليه", "عليهم", "اليها", "اليه", "اليهم", "ضدها", "ضده",
                          "ضدهم", "لها", "له", "لهم", "بها", "به", "بهم",
                          # «الاتفاق النووي الذي انسحب منه الرئيس ترامب», «الاتفاق الذي تراجعت عنه واشنطن»
                          "منه", "منها", "منهم", "عنه", "عنها", "عنهم", "فيه", "فيها",
                          # «الجواسيس الذين أطلقت الولايات المتحدة سراحهم»: the release's object takes them up
                          "سراحها", "سراحه", "سراحهم", "سراحهما"})
RESUMPTIVE_WINDOW = 4  # words after a relative clause's verb where «معها» may stand


def _resumptive_after(doc: Document, i: int) -> bool:
    """«التي قطعت السعودية علاقاتها معها»: a preposition with a pronoun soon after the verb of a relative clause."""
    words = 0
    for k in range(i + 1, len(doc.tokens)):
        tok = doc.tokens[k]
        if tok.kind != "word":
            if tok.text[:1] in ".،,؛:":
                return False
            continue
        words += 1
        if words > RESUMPTIVE_WINDOW:
            return False
        if strip_conj(tok.norm) in _RESUMPTIVES:
            return True
    return False


_SUBORDINATORS = frozenset({"عندما", "حين", "حينما", "بعدما", "لما"})  # (not «بينما»: "whereas" brings its own subject)


def _subordinate_subject(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«وصدم ترامب المراقبين عندما وافق», «أمضى بحاح ساعات قبل أن يغادر»: the main clause's subject."""
    lo = max(0, i - 2)
    sub = next((j for j in range(i - 1, lo - 1, -1) if strip_conj(doc.tokens[j].norm) in _SUBORDINATORS
                or (strip_conj(doc.tokens[j].norm) in ("قبل", "بعد") and doc.tokens[j + 1].norm == "ان")), None)
    if sub is None:
        return []
    singular = not doc.tokens[i].norm.endswith(("وا", "ون"))
    # «الدور الذي يمكن أن تلعبه إيران عندما يلتقي مع نظيره»: «يـ» is a man's verb; the country is no subject of it
    masculine = strip_conj(doc.tokens[i].norm).removeprefix("س").startswith("ي") and singular
    for s in reversed(before):
        if s.token_end > sub:
            continue
        if words_between(doc, s.token_end - 1, sub) > 4 or _quote_closes_between(doc, s.token_end, sub):
            return []  # («وأضاف أردوغان "ما تفعله إسرائيل إجرام" بعد أن وصف»: quoted words are no main clause)
        if masculine and s.entity is not None and s.entity.label == "LOC" and names_its_country(s.entity, lexicon) \
                and strip_conj(doc.tokens[s.token_start].norm) not in _MASCULINE_PLACES:
            continue
        if not governed(doc, s) and can_act(s, lexicon) and not (singular and _plural_people(doc, s)) \
                and not _of_those_counted(doc, s):
            return [s]
    return []


def _quote_closes_between(doc: Document, lo: int, hi: int) -> bool:
    """A quotation that token lo stands in closes before token hi: an odd number of quotation marks lies between
    (not «ووصف أردوغان نتنياهو "بالإرهابي" بعدما»: a word quoted whole after the side)."""
    return sum(doc.tokens[k].text in QUOTE_MARKS for k in range(lo, hi)) % 2 == 1


def _of_those_counted(doc: Document, spot: ActorSpot) -> bool:
    """«المئات من مسلحي تنظيم الدولة»: the spot is the genitive of people a preposition governs (the object's
    group, not the clause's subject); «مسلحي» ends like an adjective, which `_genitive_of_a_governed_noun` passes by."""
    k = spot.token_start
    return k >= 2 and doc.tokens[k - 1].kind == "word" and doc.tokens[k - 1].norm.endswith("ي") \
        and is_preposition(strip_conj(doc.tokens[k - 2].norm))


def _plural_people(doc: Document, spot: ActorSpot) -> bool:
    """«الفلسطينيين», «المسؤولين الروس»: unnamed people in the plural, whom a singular verb or «ـه» with its
    referent dropped does not take up."""
    if spot.entity is not None or spot.token_end - spot.token_start != 1:
        return False
    k = spot.token_start
    head = strip_conj(doc.tokens[k - 1].norm) if k > 0 else ""
    return doc.tokens[k].norm.endswith(("يين", "يون")) or (head.endswith(("ين", "ون")) and len(head) > 4)


POSSESSOR_REACH = 12  # tokens back from a masdar with «ـه» to a time clause's «حين», «عندما»


# «أعرب عن», «عبر عن»: verbs of expressing a feeling or a stand, whose subject holds it
_EXPRESSING = frozenset(normalize_word(w) for w in (
    "أعرب", "أعربت", "يعرب", "تعرب", "أعربوا", "يعربون", "عبر", "عبرت", "يعبر", "تعبر", "عبروا", "يعبرون"))
EXPRESSER_WORDS = 8  # tokens from «عن» back to the verb of expressing, its subject between


def _expressed(doc: Document, i: int) -> bool:
    """«أعربت السعودية عن إدانتها», «عبر الوزير عن إدانته واستنكاره»: the masdar after «عن» of a verb of
    expressing (or joined to one that is)."""
    j = i - 1
    while j >= 1 and doc.tokens[j].kind == "word" and verb_conjoined(doc.tokens[i]) and _has_possessive(doc.tokens[j]):
        j -= 1  # «عن إدانتها واستنكارها»: the first of the joined masdars
    if j < 1 or doc.tokens[j].norm != "عن":
        return False
    for k in range(j - 1, max(-1, j - 1 - EXPRESSER_WORDS), -1):  # past the subject: «أعربت السعودية عن»
        if doc.tokens[k].kind == "punct" and doc.tokens[k].text[:1] in ".؛;:؟?!":
            return False
        if strip_conj(doc.tokens[k].norm) in _EXPRESSING:
            return True
    return False



def _possessor(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«وكان الوزير ريكس تيلرسون، في زيارته …»: «ـه» is the subject just named — but past a time clause's verb
    («وأثار ترامب غضب الفلسطينيين حين أعلن … اعترافه»), the main clause's subject the verb refers to."""
    sub = next((j for j in range(i - 1, max(-1, i - POSSESSOR_REACH), -1)
                if strip_conj(doc.tokens[j].norm) in _SUBORDINATORS and j + 1 < i), None)
    if sub is not None and not any(s.token_start > sub for s in before):
        return _subordinate_subject(doc, sub + 1, before, lexicon)
    that = _that_being(doc, max(0, i - POSSESSOR_REACH), i)
    if that is not None and not any(s.token_start > that for s in before):
        # «أكد وزير الخارجية الإيراني … أن الجهود …، وذلك لدى بدء محادثاته»: the main clause's subject
        lo = doc.sentences[sentence_of(doc, that)].token_start
        free = [s for s in before if lo <= s.token_start and not governed(doc, s) and can_act(s, lexicon)]
        if doc.tokens[i].norm.endswith("ه") and not doc.tokens[i].norm.endswith(("ها", "هم", "هما")):
            # «أعلنت السلطات القطرية … أن أمير قطر الشيخ تميم … قرر …، وذلك خلال زيارته»: «ـه» is a man
            free = [s for s in free if s.entity is not None and s.entity.label == "PER"] or free
        return free[:1]
    singular = not doc.tokens[i].norm.endswith(("هم", "هما", "هن"))
    his = doc.tokens[i].text.endswith("ه") and not doc.tokens[i].text.endswith(("هم", "هما", "هن"))
    for s in reversed(before):
        if (rel := _closed_relative_clause(doc, s, i)) is not None:
            # «الرئيس اليمني، عبد ربه منصور، الذي تعترف الأمم المتحدة بحكومته، في حربه»: the clause's antecedent
            return _relative_antecedent(doc, rel + 1, before, lexicon)
        if words_between(doc, s.token_end - 1, i) > 4:
            return []
        if his and _a_woman(s):
            continue  # «محادثات مع رئيسة الوزراء تيريزا ماي، إلا أن وصوله إلى لندن»: «ـه» is a man, not her
        if last_adjective_of_a_thing(doc, s):
            continue  # «إعلان ترامب الانسحاب من الاتفاق النووي الإيراني وتعهده»: the agreement's, not a side
        if doc.tokens[i].norm.endswith("هما") and _genitive_of_a_feminine_noun(doc, s):
            continue  # «الطرفين اللذين ناقشا مبادرة موسكو … خلال لقائهما»: the two met, not the initiative's town
        if (not governed(doc, s) or _quoted_as_saying(doc, s)) and can_act(s, lexicon) \
                and not (singular and _plural_people(doc, s)):  # «مع المسؤولين الروس لدى زيارته»: not theirs
            if (verb := _verb_after_that_he(doc, s)) is not None:
                # «قال غريفيث إنه سيطلع غدا مجلس الأمن على نتائج مباحثاته»: «ـه» is his who «أنه» names, the
                # speaker, not the object's
                return _reported_subject(doc, verb, before, lexicon)
            if _his_circumstance(doc, i) and (s.entity is None or s.entity.label != "PER"):
                # «وزير خارجية إيران ينتقد "تطرف" الاتحاد الأوروبي ساعات قبل استقباله»: a man's «ـه» in a
                # circumstance of the clause is its subject's, the man named before the object
                lo = doc.sentences[sentence_of(doc, i)].token_start
                man = next((x for x in before if lo <= x.token_start < s.token_start and x.entity is not None
                            and x.entity.label == "PER" and not governed(doc, x) and can_act(x, lexicon)), None)
                if man is not None:
                    return [man]
            return [s]
    return []


def _closed_relative_clause(doc: Document, spot: ActorSpot, i: int) -> int | None:
    """Where the relative pronoun stands whose clause («الذي تعترف الأمم المتحدة بحكومته،») has the spot as its
    verb's subject and closes with a comma before token i."""
    r = spot.token_start - 2
    if r < 1 or strip_conj(doc.tokens[r].norm) not in RELATIVE_PRONOUNS or doc.tokens[r + 1].kind != "word":
        return None
    return r if any(doc.tokens[k].text in "،," for k in range(spot.token_end, i)) else None


THAT_HE_OBJECT_REACH = 4  # words from the verb after «أنه» to its object: «سيطلع غدا الخميس مجلس الأمن»


def _verb_after_that_he(doc: Document, spot: ActorSpot) -> int | None:
    """The verb the spot follows as its object, past words of time only, whose subject is the pronoun of «أنه»
    just before the verb (not «إنه يأتي بعد أن تمادت إيران»: Iran is the subject of a verb of its own)."""
    for j in range(spot.token_start - 1, max(0, spot.token_start - 1 - THAT_HE_OBJECT_REACH), -1):
        if that_he_before(doc, j) is not None:
            return j
        if strip_conj(doc.tokens[j].norm) not in _TIME_WORDS and doc.tokens[j].norm != "غدا":
            return None
    return None


def _guest_of(doc: Document, i: int, source: list[ActorSpot], before: list[ActorSpot], after: list[ActorSpot],
              lexicon: EventLexicon) -> ActorSpot | None:
    """«يلتقي بومبيو بولي العهد، محمد بن سلمان، خلال زيارته للرياض»: the man whose «ـه» a visit to a place of his
    own country was given to is at home; the visitor is the other man of the clause, from elsewhere."""
    place = next((s for s in after if s.token_start <= i + 1), None)
    if not (source and place is not None and _his_circumstance(doc, i) and _at_home(source[0], place)):
        return None
    lo = doc.sentences[sentence_of(doc, i)].token_start
    return next((x for x in before if lo <= x.token_start and x.key != source[0].key and x.entity is not None
                 and x.entity.label == "PER" and x.entity.country and not governed(doc, x) and can_act(x, lexicon)
                 and not _at_home(x, place)), None)


def _at_home(person: ActorSpot, place: ActorSpot) -> bool:
    """Whether a person belongs to the country of a place: «محمد بن سلمان» and «الرياض»."""
    country = person.entity.country if person.entity is not None else None
    return bool(country) and place.entity is not None and place.entity.label == "LOC" \
        and place.entity.country == country


def _genitive_of_a_feminine_noun(doc: Document, spot: ActorSpot) -> bool:
    """«مبادرة موسكو», «سياسة واشنطن»: the spot is the genitive of the noun in «ـة» right before it, no side of its own."""
    j = spot.token_start - 1
    if j < 0 or spot.start != doc.tokens[spot.token_start].start or doc.tokens[j].kind != "word":
        return False
    norm = strip_conj(doc.tokens[j].norm)
    return doc.tokens[j].text.endswith("ة") and not norm.startswith("ال") and len(norm) >= 4


def _his_circumstance(doc: Document, i: int) -> bool:
    """«قبل استقباله», «خلال زيارته»: a masdar with a man's «ـه» right after a word of time."""
    norm = doc.tokens[i].norm
    return i > 0 and strip_conj(doc.tokens[i - 1].norm) in _CIRCUMSTANCES and norm.endswith("ه") \
        and not norm.endswith(("ها", "هم", "هما"))


_SAYING = frozenset({"قوله", "قولها", "قولهم", "قولهما"})


def _that_being(doc: Document, lo: int, hi: int) -> int | None:
    """The token of «وذلك» right after a comma in [lo, hi): the clause it opens tells the main clause's
    circumstances («…، وذلك خلال لقائه»)."""
    return next((j for j in range(hi - 1, max(lo, 1) - 1, -1) if doc.tokens[j].norm == "وذلك"
                 and doc.tokens[j - 1].text in "،,"), None)


def _quoted_as_saying(doc: Document, spot: ActorSpot) -> bool:
    """«نقلت الوكالة عن حفتر قوله، لدى اجتماعه …»: who is quoted as saying is the «ـه» of what follows."""
    j = spot.token_end
    while j < len(doc.tokens) and doc.tokens[j].kind != "word":
        j += 1
    return j < len(doc.tokens) and strip_conj(doc.tokens[j].norm) in _SAYING


_TAKE_PART = frozenset({"شارك", "شاركت", "يشارك", "تشارك", "شاركوا", "يشاركون"})
TAKING_PART_WORDS = 8  # tokens from «في» before the meeting back to the verb of taking part, its subject between


def _taking_part_in(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«شارك الأمير محمد بن سلمان في القمة»: the subject between a verb of taking part and «في» before the
    meeting noun at i."""
    if i < 3 or strip_conj(doc.tokens[i - 1].norm) != "في":
        return []
    for k in range(i - 2, max(-1, i - 2 - TAKING_PART_WORDS), -1):
        tok = doc.tokens[k]
        if tok.kind == "punct" and tok.text[:1] in ".،,؛;:؟?!":
            return []
        if strip_conj(tok.norm) in _TAKE_PART:
            subject = next((s for s in before if k < s.token_start and s.token_end <= i - 1 and not governed(doc, s)
                            and can_act(s, lexicon)), None)
            return actor_group(doc, subject, before) if subject is not None else []
    return []
_DURING = frozenset({"خلال", "اثناء", "عقب", "لدي", "اثر", "اعقاب", "بعد", "قبل"})
CATAPHORA_WINDOW = 25  # words from the circumstance's masdar to the comma that ends it


def sentence_of(doc: Document, token: int) -> int:
    """The index of the sentence holding a token (0 when none does)."""
    return next((n for n, sent in enumerate(doc.sentences) if sent.token_start <= token < sent.token_end), 0)


def _opens_with_circumstance(doc: Document, i: int) -> bool:
    """«وبعد جولة …», «وخلال زيارة …» at the head of a sentence: a circumstance before the main clause."""
    return bool(doc.sentences) and words_between(doc, doc.sentences[sentence_of(doc, i)].token_start - 1, i) <= 1


THAT_WORDS = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها"})  # words that open a reported clause


def _cataphoric_possessor(doc: Document, i: int, after: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«خلال لقائه الرئيس الأمريكي …، أكد أمير قطر»: «ـه» is the subject of the clause after the comma."""
    prev = strip_conj(doc.tokens[i - 1].norm) if i > 0 else ""
    if prev not in _DURING and not (prev.startswith(("ب", "ل")) and prev[1:] in _DURING):
        return []
    comma = next((j for j in range(i + 1, min(len(doc.tokens), i + CATAPHORA_WINDOW)) if doc.tokens[j].text in "،,"),
                 None)
    if comma is None or (comma + 1 < len(doc.tokens) and strip_conj(doc.tokens[comma + 1].norm) in THAT_WORDS):
        return []  # («وأوضح ياسين …، عقب لقائه مع نظيره …، أن إيران»: what he said after it, not who met)
    if comma + 1 < len(doc.tokens) and strip_conj(doc.tokens[comma + 1].norm) in _ACCORDING_TO:
        return []  # «إثر اعترافها بالقدس …، حسبما أعلن الاثنين مسؤولون فلسطينيون»: who told the news, not whose act
    for s in after:
        if s.token_start <= comma:
            continue
        if words_between(doc, comma, s.token_start) > 3:
            return []
        if not governed(doc, s) and can_act(s, lexicon):
            return actor_group(doc, s, after)
    return []


def _affiliation_subject(doc: Document, i: int, after: list[ActorSpot], lexicon: EventLexicon,
                         triggers: set[int], root: str) -> list[ActorSpot]:
    """«وصل مسؤولون من الحكومة اليمنية», «اجتمع مبعوثون من كوريا الجنوبية»: the subject's side after «من».

    So is the side a subject is loyal to: «قتل رجل موال للتنظيم», «هاجم مسلحون تابعون لحركة الشباب».
    """
    for s in after:
        if words_between(doc, i, s.token_start) > 3 or _crosses(doc, i + 1, s.token_start, triggers):
            return []
        if words_between(doc, i, s.token_start) >= 2 and can_act(s, lexicon) and (
                _preceding_word(doc, s) == "من" or _loyal_to(doc, s)):
            if any(doc.tokens[j].kind == "word" and (is_preposition(strip_conj(doc.tokens[j].norm)) or any(
                    p.tag == "PREP" for p in doc.tokens[j].pieces)) for j in range(i + 1, s.token_start - 1)) \
                    and not _by_order_of(doc, s):
                return []  # «وطالب بدليل مادي من بريطانيا»: behind a preposition, the noun is no subject
            if _preceding_word(doc, s) == "من" and s.token_start >= 2 \
                    and strip_conj(doc.tokens[s.token_start - 2].norm) in _MANNER_ADVERBS:
                return []  # «انسحبت الشركات الأوروبية بسرعة من إيران»: whence, after how; no one's members
            if _preceding_word(doc, s) == "من" and root in _COERCION_ROOTS and _counted(doc, i):
                return []  # «قتل عدد من قيادات الحوثي», «اعتقلت العشرات من»: those counted are acted on
                # (but «تظاهر الآلاف من المواطنين»: those counted protest)
            return [s]
    return []


# how an act was done: no people a «من» after it could name the members of
_MANNER_ADVERBS = frozenset(normalize_word(w) for w in (
    "بسرعة", "سريعا", "فورا", "تدريجيا", "كليا", "نهائيا", "رسميا", "مؤقتا", "جزئيا", "تماما"))


_COERCION_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
# «استعادت مساحات شاسعة من التنظيم»: after these «من» names whom the place was taken from, never the subject's side
_TAKEN_FROM = frozenset({"استعاد", "انتزع"})
_ORDERS = frozenset({"بامر", "باوامر", "بتوجيه", "بتوجيهات", "بتعليمات"})


def _by_order_of(doc: Document, spot: ActorSpot) -> bool:
    """«اختطفت بأمر من كيم», «بأمر من الرئيس السابق صدام حسين»: who gave the order did it (his title may stand
    between «من» and his name)."""
    k = spot.token_start - 1
    while k >= 0 and spot.token_start - k <= ORDER_TITLE_WORDS and strip_conj(doc.tokens[k].norm) != "من":
        k -= 1
    return k >= 1 and strip_conj(doc.tokens[k].norm) == "من" and strip_conj(doc.tokens[k - 1].norm) in _ORDERS \
        and all(doc.tokens[j].kind == "word" for j in range(k + 1, spot.token_start))


ORDER_TITLE_WORDS = 3  # words of a title between «بأمر من» and the name: «الرئيس السابق»


# Unnamed people who speak or act for the body or country they are «في» or «من»: «مصادر في الحكومة».
_INSIDERS = frozenset(normalize_word(w) for w in (
    "مصادر", "مصدر", "مسؤول", "مسؤولون", "مسؤولين", "أوساط", "دوائر", "جهات", "دبلوماسي", "دبلوماسيون",
    "دبلوماسيين", "عضو", "أعضاء", "قيادي", "قياديون", "قياديين", "ضابط", "ضباط", "نواب", "مستشار",
    # after «إن» / «لكن»: «لكن مصدرًا مقربا من دوستم ينفي ذلك»
    "مصدرا", "مسؤولا", "دبلوماسيا", "عضوا", "قياديا", "ضابطا", "مستشارا"))
# what may stand between the insider and «في»: «مصادر سياسية», «مسؤول أمريكي رفيع»
_INSIDER_WORDS = 2


def _insider_side(doc: Document, spot: ActorSpot) -> bool:
    """«مصادر سياسية في إسرائيل», «مسؤول رفيع في الخارجية»: the spot after «في»/«من» is the side of an
    unnamed insider named just before it (the insider has no name of its own to be the source)."""
    if _preceding_word(doc, spot) not in ("في", "من"):
        return False
    j = spot.token_start - 2
    words = 0
    while j >= 0 and words <= _INSIDER_WORDS:
        tok = doc.tokens[j]
        if tok.kind == "word":
            if strip_conj(tok.norm) in _INSIDERS:
                return True
            words += 1
        elif tok.text[:1] in "،,.:؛":
            return False
        j -= 1
    return False


# the head of a body named after «لـ»: «الأمين العام لجماعة حزب الله», «زعيم حركة طالبان» (with «لـ»)
_HEAD_TITLES = frozenset(normalize_word(w) for w in ("زعيم", "قائد", "رئيس", "العام", "عام"))
_BODY_NOUNS = frozenset(normalize_word(w) for w in ("جماعة", "حركة", "حزب", "تنظيم", "ميليشيا", "منظمة"))


def _headed_by_title(doc: Document, spot: ActorSpot) -> bool:
    """Whether a head's title stands right before the body with «لـ»: «الأمين العام لجماعة حزب الله»,
    «الأمين العام لحزب الله», «زعيم لحركة» (its holder unnamed, the body is the side that acts)."""
    k = spot.token_start
    tok = doc.tokens[k]
    if any(p.tag == "PREP" and p.text in ("ل", "لـ") for p in tok.pieces if p.end <= spot.start + 1):
        j = k - 1  # «لحزب الله»
    elif k >= 2 and doc.tokens[k - 1].norm[:1] == "ل" and doc.tokens[k - 1].norm[1:] in _BODY_NOUNS:
        j = k - 2  # «لجماعة حزب الله»
    else:
        return False
    if j < 0 or doc.tokens[j].norm not in _HEAD_TITLES:
        return False
    return doc.tokens[j].norm not in ("العام", "عام") or (j >= 1 and doc.tokens[j - 1].norm in ("الامين", "امين"))


_QUANTIFIERS = frozenset({"عدد", "عددا", "العشرات", "عشرات", "المئات", "مئات", "الاف", "آلاف", "بعض", "العديد",
                          "جميع", "كل", "اثنين", "ثلاثه", "اربعه", "خمسه"})


def _counted(doc: Document, i: int) -> bool:
    """«قتل عدد من …»: the word after the verb counts its object."""
    nxt = next((doc.tokens[j] for j in range(i + 1, min(len(doc.tokens), i + 3)) if doc.tokens[j].kind == "word"), None)
    return nxt is not None and strip_conj(nxt.norm) in _QUANTIFIERS


# «الموالية لشرعية الرئيس هادي», «الموالية لحكومة هادي»: loyal to a man through his legitimacy or his government
_LOYAL_THROUGH = frozenset({"لشرعيه", "لحكومه"})
# «موال», «تابعون», «المنتمي»: the words that tie an unnamed subject to the side it acts for.
_LOYAL = frozenset(normalize_word(w) for w in (  # (normalised: «الموالية» is written «المواليه»)
    "موال", "موالي", "الموالي", "موالية", "الموالية", "الموالين", "الموالون", "موالون", "موالين", "تابع", "التابع",
    "تابعة", "التابعة", "تابعون", "تابعين", "التابعين", "المنتمي", "منتمي", "ينتمي", "ينتمون", "المنتمين", "منتمين",
    "مرتبط", "المرتبط", "مرتبطون", "مرتبطين", "المرتبطين", "مرتبطة", "المرتبطة", "منتمية", "المنتمية", "تنتمي"))


_LOYAL_LINKS = _LOYAL_THROUGH | {"الي"}  # what stands between the loyal word and the side: «الموالية إلى», «لحكومة»
_BACKED = frozenset({"مدعومه", "المدعومه", "مدعومين", "المدعومين", "مدعومون", "المدعومون", "مدعوم", "المدعوم"})


CARRIER_HEADS = 2  # unnamed heads between «نفذتها» and whose they are: «طائرات نظام بشار الأسد»


def _carried_out_by(doc: Document, spot: ActorSpot) -> bool:
    """«ضربات شنتها الولايات المتحدة», «مجزرة نفذتها طائرات نظام بشار الأسد»: the spot follows a verb of carrying
    out, right after it or as the genitive of indefinite heads (aircraft, a regime) that are its own."""
    k = spot.token_start - 1
    for _ in range(CARRIER_HEADS + 1):
        if k < 0 or doc.tokens[k].kind != "word":
            return False
        if doc.tokens[k].norm in CARRIED_OUT:
            return True
        norm = doc.tokens[k].norm
        if norm.startswith(("ال", "و")) or is_preposition(norm) or any(p.tag == "PREP" for p in doc.tokens[k].pieces):
            return False
        k -= 1
    return False


def _loyal_to(doc: Document, spot: ActorSpot) -> bool:
    """«رجل موال للتنظيم», «مسلحون ينتمون إلى الحركة»: the spot is the side an unnamed subject is loyal to."""
    prev = _preceding_word(doc, spot)
    if prev == "من" and spot.token_start >= 2 and strip_conj(doc.tokens[spot.token_start - 2].norm) in _BACKED:
        return True  # «قوات مدعومة من التحالف»: forces backed by the coalition fight on its side
    if prev in ("الي", "ل"):
        j = spot.token_start - 2
        prev = doc.tokens[j].norm if j >= 0 else None
    elif prev in _LOYAL_THROUGH and spot.token_start >= 2:
        # «المقاومة الموالية لشرعية الرئيس عبد ربه منصور هادي», «القوات الموالية لحكومة هادي»: loyal to his
        # legitimacy or his government, to him
        return strip_conj(doc.tokens[spot.token_start - 2].norm) in _LOYAL
    tok = doc.tokens[spot.token_start]
    glued = tok.norm[:1] == "ل" or _own_preposition(doc, spot)
    return prev in _LOYAL and (glued or (_preceding_word(doc, spot) in ("الي", "ل")))


def _blame_participants(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon
                        ) -> tuple[list[ActorSpot], list[ActorSpot], ActorSpot | None] | None:
    """«قالت ماي إن روسيا مسؤولة عن الاعتداء»: May (the first free actor) blames Russia (right before) — or the
    speaker of the words the blame stands in, where another side acted first («ندد عباس بالهجوم، وقالت الحكومة
    المصرية إن إسرائيل تتحمل المسؤولية»: Egypt blames Israel, not Abbas)."""
    held = next((s for s in reversed(before) if words_between(doc, s.token_end - 1, i) <= 2), None)
    if held is None or governed(doc, held):
        return None
    # «بوتين وروسيا وإيران مسؤولون عن»: a plural or dual blame word holds the whole list before it
    group = _group_back(doc, held, before) if strip_conj(doc.tokens[i].norm).endswith(("ون", "ين", "ان")) else [held]
    keys = {x.key for x in group}
    free = [s for s in before if s not in group and not governed(doc, s) and can_act(s, lexicon) and s.key not in keys]
    at = doc.tokens[i].start
    said = next(((q.speaker.start, q.speaker.end) for q in doc.quotes if q.start <= at < q.end
                 and q.speaker is not None and q.speaker.start is not None and q.speaker.end is not None), None)
    speaker = next((s for s in free if said is not None and s.start < said[1] and said[0] < s.end), None) \
        or next(iter(free), None)
    if speaker is None:
        return None
    return [speaker], group, None


def words_between(doc: Document, a: int, b: int) -> int:
    """Words strictly between token a and token b; a date («في 20 يناير الماضي») counts as one word."""
    inside = _inside_times(doc)
    return sum(1 for j in range(a + 1, b) if doc.tokens[j].kind != "punct" and j not in inside)


def covered_by_times(doc: Document, a: int, b: int) -> bool:
    """Whether every token in [a, b) is inside a time expression («الأسبوع الماضي», «يومين»); true when none is."""
    return all(any(tx.start <= doc.tokens[k].start < tx.end for tx in doc.times) for k in range(a, b))


def _inside_times(doc: Document) -> set[int]:
    """Tokens inside a time expression but not at its start."""
    def build() -> set[int]:
        starts = token_starts(doc)
        return {j for tx in doc.times
                for j in range(bisect.bisect_right(starts, tx.start), bisect.bisect_left(starts, tx.end))}
    return once_per_document(doc, "inside times", build)


# «نفذ مسلحون هجوما», «أصدرت الوزارة تحذيرا», «عقد السيسي جلسة مباحثات»: light verbs whose masdar is their
# direct object (not «تنفذ الحكومة إثر هذه الاعتداءات سلسلة اعتقالات», where the attacks after «إثر» are what
# the arrests answer, nor «أصدرت عمان إدانات للهجوم», where the attack is what was condemned)
# «شنت أنقرة مداهمات»: launching carries out what it launches, unless «شن» is an attack of its own («شن هجمات»)
_LAUNCHING_VERBS = frozenset({"شن", "شنت", "يشن", "تشن"})
CARRYING_OUT_VERBS = frozenset({"نفذ", "نفذت", "ينفذ", "تنفذ"}) | _LAUNCHING_VERBS
_ACHIEVING_VERBS = frozenset({"حقق", "حققت", "يحقق", "تحقق", "حققوا", "يحققون"})  # «حقق الجيش انتصارات»


def a_victory(tok: Token) -> bool:
    """«انتصارات», «الانتصار», «بانتصار»: a victory, the one act «حقق» makes its subject's («حققت في ظروف اعتقال»:
    no arrest)."""
    return strip_conj(tok.norm).lstrip("بل").removeprefix("ال").startswith("انتصار")


_DIRECT_OBJECT_VERBS = CARRYING_OUT_VERBS | _ACHIEVING_VERBS | frozenset({"اصدر", "اصدرت", "يصدر", "تصدر", "عقد", "عقدت",
                                                                      "يعقد", "تعقد"})
_CIRCUMSTANCE_WORDS = frozenset({"اثر", "بعد", "عقب", "قبل", "خلال", "منذ", "جراء", "بسبب", "رغم"})
# «تقدم السودان الأربعاء بشكوى إلى الأمم المتحدة»: who lodged it, with «بـ» on the masdar only («أرجع تعثر تحقيق
# تقدم في المفاوضات»: «تقدم» is also the noun "progress")
_APPLYING_VERBS = frozenset({"تقدم", "تقدمت", "يتقدم", "تتقدم"})
# «لم يعلن الكرملين عن توقيع أي اتفاق»: the masdar's agent is the subject of the light verb before it.
# «بعث بوتين برسائل تعزية», «وجه أردوغان انتقادات», «أرسل رسالة شكر»: who sent it (but in «وجه دعوة إلى كيم
# لزيارة موسكو» the visit is the purpose of the invitation, Kim's, not the sender's)
SENDING_VERBS = frozenset({"بعث", "بعثت", "يبعث", "تبعث", "وجه", "وجهت", "يوجه", "توجه", "ارسل", "ارسلت", "يرسل",
                           "ترسل"})
LIGHT_VERBS = frozenset({"نظم", "نظمت", "ينظم", "تنظم", "نظموا", "جدد", "جددت", "يجدد", "تجدد", "جددوا", "تستمر", "يستمر", "استمر", "استمرت", "يخطط", "تخطط", "خطط", "خططت", "يستعد", "تستعد", "استعد", "استعدت", "قام", "قامت", "يقوم", "تقوم", "يقومون", "قاموا", "يبدا", "بدء", "باشر", "باشرت",
                          "اعلن", "يعلن", "اعلنت", "تعلن", "قرر", "قررت", "يقرر", "تقرر", "بدا", "بدات", "تبدا", "اجري", "اجرت", "يجري", "تجري", "اكد", "اكدت", "يؤكد", "تؤكد", "نفي", "نفت",
                          "ينفي", "تنفي", "واصل", "واصلت", "يواصل", "تواصل", "استانف", "استانفت", "يعتزم",
                          "تعتزم", "ينوي", "تنوي", "شارك", "شاركت", "يشارك", "تشارك", "اختتم", "اختتمت",
                          "امر", "امرت", "يامر", "تامر",  # «أمر بوتين بانسحاب»: who ordered it acts
                          "اقدم", "اقدمت", "اقدموا",  # «أقدم مسلحون على قتل ثلاثة جنود»: who went on to do it
                          "عقد", "عقدت", "يعقد", "تعقد",  # «عقد السيسي جلسة مباحثات»
                          "قدم", "قدمت", "يقدم", "قدموا",  # «قدم السودان احتجاجا رسميا»
                          *_APPLYING_VERBS,
                          "كثف", "كثفت", "يكثف", "تكثف",  # «كثف الغارات»
                          "تولت", "يتولي", "تتولي",  # «التي تتولى الولايات المتحدة تسليحها» (the masdar «تولي» is also his taking office)
                          *CARRYING_OUT_VERBS,
                          "اعاد", "اعادت", "يعيد", "تعيد",  # «أعاد ترامب فرض العقوبات»
                          "كرر", "كررت", "يكرر", "تكرر",  # «كرر تحذيرا»
                          "اصدر", "اصدرت", "يصدر", "تصدر",  # «أصدرت الوزارة تحذيرا»
                          *_ACHIEVING_VERBS}) | SENDING_VERBS  # «حقق الجيش انتصارات على الحوثيين» (a direct object only:
# «تحقق الشرطة في مقتل …» investigates, the police killed no one)
# «لم يتخذ ترامب قرارا بالانسحاب»: who takes a decision to act is who acts — but only the masdar of the decision
# («يتخذ المجلس قرارات متعلقة بالخدمة، من قبيل الترقيات والعقوبات»: penalties decided are not his sanctions)
TAKING_VERBS = frozenset({"اتخذ", "اتخذت", "يتخذ", "تتخذ", "اتخذوا"})
_DECISIONS = frozenset({"قرار", "قرارا", "القرار", "قرارات"})
# «تمكنت القوات من قتل 6 مسلحين», «نجح الجيش في صد الهجوم»: who managed it did it — but only the masdar right
# after «من»/«في» («تمكنت السلطات من احتواء التظاهرات»: the protests are not the authorities')
_SUCCEEDING_VERBS = frozenset({"تمكن", "تمكنت", "يتمكن", "تتمكن", "تمكنوا", "نجح", "نجحت", "ينجح", "تنجح", "نجحوا"})
# «تعمل الصين على ترحيلهم», «يسعى الجيش لطرد المسلحين», «حاولت القوات اقتحام المدينة»: who works, strives or
# tries to do it is who would do it — again only the masdar right after the verb's own preposition (none for «حاول»)
_WORKING_VERBS = frozenset({"عمل", "عملت", "يعمل", "تعمل", "عملوا", "يعملون"})
_STRIVING_VERBS = frozenset({"سعي", "سعت", "يسعي", "تسعي", "سعوا", "يسعون"})
_TRYING_VERBS = frozenset({"حاول", "حاولت", "يحاول", "تحاول", "حاولوا", "يحاولون"})
MANAGING_VERBS = _SUCCEEDING_VERBS | _WORKING_VERBS | _STRIVING_VERBS | _TRYING_VERBS
_MANAGED_PREPS = frozenset({"من", "في"})
_CLAUSE_STOPS = ".؛;:؟?!"
TRIED_OBJECT_WINDOW = 4  # tokens from «حاولت» to the masdar it takes: the subject, a title, a name


def managed_masdar(doc: Document, i: int) -> bool:
    """«تمكنت القوات الجوية من قتل», «تعمل الحكومة على ترحيل», «تسعى تركيا إلى طرد», «يسعى الجيش لطرد»,
    «حاولت القوات اقتحام»: the word at i is the masdar a managing, working, striving or trying verb in its clause
    takes."""
    if i < 1:
        return False
    tok, prev = doc.tokens[i], strip_conj(doc.tokens[i - 1].norm)
    if any(p.tag == "PREP" for p in tok.pieces):
        return has_lam(tok) and word_in_clause_before(doc, i - 1, LIGHT_VERB_WINDOW, _STRIVING_VERBS, _CLAUSE_STOPS)
    if prev in _MANAGED_PREPS:
        verbs = _SUCCEEDING_VERBS
    elif prev == "علي":
        verbs = _WORKING_VERBS
    elif prev == "الي":
        verbs = _STRIVING_VERBS
    else:
        verb = index_in_clause_before(doc, i - 1, TRIED_OBJECT_WINDOW, _TRYING_VERBS, _CLAUSE_STOPS + "،,")
        return verb is not None and not any(is_preposition(strip_conj(doc.tokens[j].norm))
                                            or any(p.tag == "PREP" for p in doc.tokens[j].pieces)
                                            for j in range(verb + 1, i))
    return i >= 2 and word_in_clause_before(doc, i - 2, LIGHT_VERB_WINDOW, verbs, _CLAUSE_STOPS)


def word_in_clause_before(doc: Document, last: int, reach: int, words: frozenset[str], stops: str) -> bool:
    """Whether one of `words` (with or without «و»/«ف») stands in the `reach` tokens from `last` back, before a
    punctuation mark in `stops` ends the clause."""
    return index_in_clause_before(doc, last, reach, words, stops) is not None


def index_in_clause_before(doc: Document, last: int, reach: int, words: frozenset[str], stops: str) -> int | None:
    """Where the nearest of `words` stands in the `reach` tokens from `last` back, within the clause (None: nowhere)."""
    for j in range(last, max(-1, last - reach), -1):
        tok = doc.tokens[j]
        if tok.kind == "punct" and tok.text[:1] in stops:
            return None
        if strip_conj(tok.norm) in words:
            return j
    return None


def light_verb(norm: str) -> str | None:
    """The light verb a word is, with or without «و»/«ف»: «وجهت» and «واصلت» keep the «و» of their root."""
    if norm in LIGHT_VERBS:
        return norm
    bare = strip_conj(norm)
    return bare if bare in LIGHT_VERBS else None


def _joined_after_comma(doc: Document, last: int, verb: int) -> bool:
    """«استقبلت الحكومة آلاف اللاجئين، وقررت طرد السفير»: the verb at `verb` is joined after a comma that follows
    the actor ending at `last` — that actor closed the clause before and is not the verb's subject."""
    return verb > last and verb_conjoined(doc.tokens[verb]) and any(
        doc.tokens[k].text in "،," for k in range(last, verb))


def _after_an_actor(doc: Document, group: list[ActorSpot], before: list[ActorSpot], lexicon: EventLexicon) -> bool:
    """«استقبلت الحكومة الأردنية آلاف اللاجئين»: another actor that can act stands before the group in its clause,
    with no punctuation between — the group is its object."""
    first = min(g.token_start for g in group)
    keys = {g.key for g in group}
    return any(s.token_end <= first and s.key not in keys and can_act(s, lexicon) and not governed(doc, s)
               and not any(doc.tokens[k].kind == "punct" for k in range(s.token_end, first)) for s in before)


def plural_form(norm: str, lemma: str) -> bool:
    """«يتعاونون», «أعلنوا», «التقوا»: the verb's stem (its lemma's last letter kept, or a weak «ي» dropped) with the
    plural ending «ون»/«وا» («يعاون» is singular: its «ون» is the root's)."""
    word = strip_conj(norm)
    if not lemma or not word.endswith(("ون", "وا")) or len(word) <= len(lemma):
        return False
    # («التقوا», «ليستولوا»: a stem in «ي» drops it before the ending)
    return word[:-2].endswith(lemma[-1]) or (len(lemma) > 2 and lemma[-1] in "يا" and word[:-2].endswith(lemma[-2]))


def _plural_light_verb(norm: str) -> bool:
    """«أعلنوا», «يواصلون»: a light verb with the plural ending, which agrees with a plural subject before it."""
    return any(word.endswith(("وا", "ون")) and word[:-2] in LIGHT_VERBS for word in (norm, strip_conj(norm)))



def _light_verb_subject(doc: Document, i: int, before: list[ActorSpot], triggers: set[int],
                        lexicon: EventLexicon, verbs: frozenset[str] | None = None) -> list[ActorSpot]:
    """The subject of the light verb whose object the masdar at i is: «لم يعلن الكرملين عن توقيع»; with `verbs`,
    of one of those verbs only («طلب السفير لقاء جونسون»)."""
    purpose = has_lam(doc.tokens[i])
    managed = managed_masdar(doc, i)
    if any(strip_conj(doc.tokens[j].norm) in _ABOUT_WORDS for j in range(max(0, i - ABOUT_REACH), i)):
        return []  # «أعربت البعثة عن قلقها إزاء تجدد الاشتباكات»: what one spoke about, not what one did
    for s in reversed(before):
        if words_between(doc, s.token_end - 1, i) > LIGHT_VERB_WINDOW or _crosses(doc, s.token_end, i, triggers) \
                or _that_being(doc, s.token_end, i) is not None:
            return []  # («…، وذلك لدى بدء محادثاته»: «وذلك» takes the main clause up again, see `_possessor`)
        if governed(doc, s) or not can_act(s, lexicon):
            continue  # «جبهة جديدة بمديرية الظاهر (جنوبي غرب صعدة)، وتمكن من تحرير»: where, not who
        group = _group_back(doc, s, before)  # «بعث الرئيس الروسي فلاديمير بوتين»: the verb is before the title
        if _list_behind_preposition(doc, group) and _preceding_word(doc, group[0]) == "في" \
                and all(g.entity is not None and g.entity.label == "LOC" for g in group):
            continue  # «التحالف … ضد تنظيم الدولة في سوريا والعراق إنه نفذ ضربة»: where it fights, not who struck
        first = min(g.token_start for g in group)
        if (k := _word_before(doc, first)) in triggers and _opens_with_a_death(doc.tokens[k]):
            return []  # «يعلن مقتل "إرهابيين اثنين" في غارة جوية»: those whose death is told did not strike
        around = range(max(0, first - LIGHT_VERB_TITLE), i)
        if verbs is not None:
            return group if any(strip_conj(doc.tokens[j].norm) in verbs for j in around
                                if not any(g.token_start <= j < g.token_end for g in group)) else []
        last = max(g.token_end for g in group)
        light = next((j for j in around if not any(g.token_start <= j < g.token_end for g in group) and (
                ((verb := light_verb(doc.tokens[j].norm)) is not None and not (purpose and verb in SENDING_VERBS)
                and not (_joined_after_comma(doc, last, j) and _after_an_actor(doc, group, before, lexicon))
                and not (verb in _DIRECT_OBJECT_VERBS and _not_direct_object(doc, j, i))
                and not (verb in _ACHIEVING_VERBS and not a_victory(doc.tokens[i]))
                and not (verb in _APPLYING_VERBS and not has_ba(doc.tokens[i]))
                and not (verb in _LAUNCHING_VERBS and j in triggers)  # «شن 3 هجمات انتحارية»: one event
                and not _unnamed_doer_between(doc, group, j, triggers)
                and not _remembered(doc, j, i))
               or (managed and strip_conj(doc.tokens[j].norm) in MANAGING_VERBS)
               or (strip_conj(doc.tokens[j].norm) in TAKING_VERBS and _decided_masdar(doc, i)))), None)
        if purpose and light is not None and light < first - 1 and first - 1 in triggers \
                and not any(light_verb(doc.tokens[j].norm) for j in range(last, i)):
            continue  # «ويعتزم كيري زيارة الدوحة … للاجتماع»: the side right after another masdar of the light verb
            # is that masdar's genitive, not the subject of the verb the purpose goes with (but «يعلن استقبال فرنسا …
            # ويوجه انتقادات»: a light verb of its own after it)
        if light is not None and light >= last and verb_conjoined(doc.tokens[light]) \
                and (_after_an_earlier_verb(doc, group[0], triggers) or _genitive_of_a_thing(doc, group[0])):
            # «بوتين ينتقد مجموعة السبع ويؤكد استعداده للقاء ترامب»: the object of the first verb ends its clause;
            # the light verb joined after it goes on with the clause's own subject («إن ماتيس تجاهل اقتراح ترامب
            # وأمر بتنفيذ غارة»: Trump's is the proposal, Mattis ordered the strike)
            return _clause_opening_subject(doc, i, before, lexicon)
        if light is not None:
            return group
        if last < i and _plural_light_verb(doc.tokens[last].norm):
            return group  # «وكان الحوثيون أعلنوا في وقت سابق استهداف المطار»: they announced their own attack
        return []
    return []


# verbs whose subject does the act their masdar object names, so that the masdar's genitive is whom it is done to:
# «تواصل تركيا تهديد الأكراد», «قررت الحكومة طرد السفير», «جددت مصر دعوة الأطراف» (but «أعلنت الوزارة زيارة
# بوتين»: Putin visits; announcing tells of another's act)
_OWN_ACT_VERBS = frozenset({"واصل", "واصلت", "يواصل", "تواصل", "استانف", "استانفت", "يستانف", "تستانف", "يعتزم",
                            "تعتزم", "ينوي", "تنوي", "قرر", "قررت", "يقرر", "تقرر", "كثف", "كثفت", "يكثف", "تكثف",
                            "اعاد", "اعادت", "يعيد", "تعيد", "جدد", "جددت", "يجدد", "تجدد", "كرر", "كررت", "يكرر",
                            "تكرر"})


def _own_act_subject(doc: Document, i: int, before: list[ActorSpot], triggers: set[int],
                     lexicon: EventLexicon) -> list[ActorSpot]:
    """The subject standing right before the masdar at i, of a verb that makes the masdar its own act
    («تواصل تركيا تهديد»); [] when there is none."""
    group = _light_verb_subject(doc, i, before, triggers, lexicon, verbs=_OWN_ACT_VERBS)
    return group if group and max(g.token_end for g in group) == i else _pushed_to(doc, i, before, lexicon)


_PUSHING = frozenset(normalize_word(w) for w in ("دفع", "دفعت", "يدفع", "تدفع", "دفعا", "دفعوا"))


def _pushed_to(doc: Document, i: int, before: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«الأمر الذي دفع بوزير خارجية فرنسا إلى تحذير طهران»: the side pushed to the masdar at i does it (so the
    genitive after the masdar is whom it was done to); [] when the masdar follows no such push."""
    if i < 3 or doc.tokens[i - 1].norm != "الي":
        return []
    pushed = next((s for s in reversed(before) if s.token_end == i - 1), None)
    if pushed is None or not can_act(pushed, lexicon):
        return []
    # («بوزير خارجية فرنسا»: the verb stands before the title the name is read in)
    first = min((s.token_start for s in before if s.token_end <= pushed.token_start
                 and words_between(doc, s.token_end - 1, pushed.token_start) == 0), default=pushed.token_start)
    if first == 0 or strip_conj(doc.tokens[first - 1].norm) not in _PUSHING:
        return []
    return _group_back(doc, pushed, before)


# «طلب», «اقترح», «يريد», «عرض»: verbs whose object a meeting sought or offered is (CAMEO 036, intent to meet)
SEEKING_VERBS = frozenset({"طلب", "طلبت", "يطلب", "تطلب", "طلبوا", "اقترح", "اقترحت", "يقترح", "تقترح", "اراد",
                           "ارادت", "يريد", "تريد", "عرض", "عرضت", "يعرض", "تعرض", "يلتمس", "التمس"})


def _seeker(doc: Document, i: int, before: list[ActorSpot], triggers: set[int], lexicon: EventLexicon) -> list[ActorSpot]:
    """«سفير روسيا يطلب لقاء جونسون», «اقترح الرئيس الروسي بوتين لقاء ترامب»: the subject of a seeking verb the
    meeting at i is the object of — right after the verb or its subject."""
    if i == 0 or _has_possessive(doc.tokens[i]) or any(p.tag == "PREP" for p in doc.tokens[i].pieces):
        return []
    prev = i - 1
    if strip_conj(doc.tokens[prev].norm) in SEEKING_VERBS:
        return _light_verb_subject(doc, i, before, triggers, lexicon, verbs=SEEKING_VERBS)
    subject = next((s for s in before if s.token_end == i), None)
    if subject is None:
        return []
    group = _light_verb_subject(doc, i, before, triggers, lexicon, verbs=SEEKING_VERBS)
    return group if any(g.key == subject.key for g in group) else []


def _unnamed_doer_between(doc: Document, group: list[ActorSpot], verb: int, triggers: set[int]) -> bool:
    """«قتلت قوات الأمن الفرنسية، الجمعة، محتجز رهائن نفذ ثلاثة هجمات»: the group is the subject of a verb of its
    own, and the light verb after it follows an indefinite noun — that noun (a man no entity names) carried it out."""
    first, last = min(g.token_start for g in group), max(g.token_end for g in group)
    if verb <= last or first == 0 or first - 1 not in triggers:
        return False
    prev = doc.tokens[verb - 1]
    return verb - 1 >= last and prev.kind == "word" and not prev.norm.startswith("ال") and len(prev.norm) >= 3 \
        and strip_conj(prev.norm) not in _TIME_WORDS and not is_preposition(strip_conj(prev.norm))


_REMEMBRANCE = frozenset(normalize_word(w) for w in ("ذكرى", "الذكرى", "لذكرى", "بذكرى", "ذكريات", "الذكريات"))


def _remembered(doc: Document, verb: int, i: int) -> bool:
    """«شارك آلاف الأكراد في إحياء الذكرى الثلاثين للهجوم الكيميائي على حلبجة»: the act is what a remembrance
    between the light verb and it recalls, not what the verb's subject does."""
    return any(strip_conj(doc.tokens[j].norm) in _REMEMBRANCE for j in range(verb + 1, i))


def _not_direct_object(doc: Document, verb: int, i: int) -> bool:
    """«تنفذ الحكومة إثر هذه الاعتداءات», «إدانات للهجوم»: the masdar at i sits right behind a preposition or a
    circumstance word, so it is not the object of the verb at `verb`."""
    return _behind_a_preposition(doc, i) \
        or any(strip_conj(doc.tokens[j].norm) in _CIRCUMSTANCE_WORDS for j in range(max(verb + 1, i - 3), i))


DASHES = frozenset({"-", "–", "—"})
DASH_ASIDE = 15  # tokens of an aside set off by dashes between a subject and its verb


def _subject_before_dashes(doc: Document, i: int, before: list[ActorSpot]) -> ActorSpot | None:
    """«حكومة الرئيس بشار الأسد - التي تتلقى دعما عسكريا من روسيا - تنفي»: the actor right before an aside set
    off by two dashes that ends right before the verb; None when there is no such aside."""
    if i < 2 or doc.tokens[i - 1].text not in DASHES:
        return None
    lo = doc.sentences[sentence_of(doc, i)].token_start
    opened = next((j for j in range(i - 2, max(lo - 1, i - 2 - DASH_ASIDE), -1) if doc.tokens[j].text in DASHES), None)
    if opened is None or any(doc.tokens[j].text[:1] in ".،,؛:" for j in range(opened + 1, i - 1)):
        return None
    return next((s for s in reversed(before) if s.token_end == opened), None)


APPOSITION_WORDS = 8  # words of «، الفصيل الأقوى في الغوطة،» between a subject and its verb


def _subject_before_apposition(doc: Document, i: int, before: list[ActorSpot]) -> ActorSpot | None:
    """The side right before «، الفصيل الأقوى في الغوطة،» when the verb at i follows the closing comma (as
    `_subject_before_dashes` for dashes): the aside opens on a definite noun and holds no other punctuation; the
    verb carries no «و»."""
    if i < 2 or doc.tokens[i - 1].text not in "،," or doc.tokens[i].norm[:1] in "وف" or not before:
        return None
    lo = doc.sentences[sentence_of(doc, i)].token_start
    opened = next((j for j in range(i - 2, max(lo - 1, i - 3 - APPOSITION_WORDS), -1)
                   if doc.tokens[j].kind == "punct"), None)
    if opened is None or doc.tokens[opened].text not in "،," or opened + 1 >= i - 1:
        return None
    first = doc.tokens[opened + 1]
    one_of = first.norm in _ONE_OF and opened + 2 < i and doc.tokens[opened + 2].norm.startswith("ال")
    if first.kind != "word" or not (first.norm.startswith("ال") or one_of) or first.norm in RELATIVE_PRONOUNS \
            or any(tx.start <= first.start < tx.end for tx in doc.times):
        return None  # (not «قدمته الكويت، الجمعة، يدعو»: a day set off by commas, no apposition; but «، أحد الفصائل
        # الرئيسية المسلحة في سوريا،» is one)
    closing = doc.tokens[opened - 1].text if opened >= 1 else ""
    end = opened - 1 if closing in QUOTE_MARKS or closing == ")" else opened  # «"جيش الإسلام"،»
    return next((s for s in reversed(before) if s.token_end == end), None)


# «أحد», «إحدى», «أبرز», «أكبر»: an indefinite word in construct with the definite plural it is one of
_ONE_OF = frozenset(normalize_word(w) for w in ("أحد", "إحدى", "أبرز", "أكبر", "أقوى", "أهم", "كبرى"))


def _decided_masdar(doc: Document, i: int) -> bool:
    """«قرارا بالانسحاب», «قرار الانسحاب»: the masdar at i is what a decision right before it decides."""
    return i > 0 and strip_conj(doc.tokens[i - 1].norm) in _DECISIONS


_NOT_SUBJECTS = frozenset({"و", "ف", "ثم", "ان", "انه", "انها", "كما", "لقد", "وقد", "فقد", "كان", "وكان", "كانت",
                           "وكانت", "فكان", "فكانت"})


# countries whose names are masculine: «أعلن العراق», «رحب الأردن» (most are feminine: «أعلنت روسيا»)
_MASCULINE_PLACES = frozenset({"العراق", "الاردن", "لبنان", "السودان", "اليمن", "المغرب", "البحرين", "الكويت",
                               "الفاتيكان", "الصومال", "الكاميرون", "الغابون", "البرتغال", "السنغال", "النيجر",
                               "تشاد", "الجابون", "البيرو", "الاكوادور", "المكسيك", "الباكستان"})


_CLOSING_QUOTES = frozenset({"»", "”"})


def gender_clash(doc: Document, i: int, spot: ActorSpot) -> bool:
    """A masculine singular verb («واتهم», «يتهم») does not take the country named right after it as subject.

    Only a country's own name counts («الولايات المتحدة», not «النظام السوري» nor «الروسي»), and only a
    word that cannot be read as a masdar («فرض الولايات المتحدة رسوما»: the imposing by the United States).
    """
    lexicon = load_lexicon()
    if spot.token_start != i + 1 or spot.entity is None or spot.entity.label != "LOC" \
            or not (names_its_country(spot.entity, lexicon) or _capital(spot, lexicon)) \
            or spot.start != doc.tokens[spot.token_start].start:
        return False  # (a capital stands for its state: «أن يدعو واشنطن ولندن» calls on them)
    if spot.mention_kind != "name" or strip_conj(doc.tokens[spot.token_start].norm) in _MASCULINE_PLACES:
        return False
    verb = strip_conj(doc.tokens[i].norm)
    verb = _without_pronoun(verb) or verb
    if verb.endswith(("ت", "وا", "ون", "ان", "نا")) or verb.startswith(("ت", "ن", "س")) or len(verb) < 3:
        return False  # «اتهمت», «تتهم», plurals, «we», «will»: no clash to read
    return not any(t.kind == "noun" for t, _ in lexicon.match_word(doc.tokens[i].norm, doc.tokens[i].text))


# titles only men bear in the news told here: a feminine verb does not take one as its subject
_MASCULINE_TITLES = frozenset(normalize_word(w) for w in (
    "الرئيس", "الزعيم", "الوزير", "الملك", "الأمير", "السفير", "المبعوث", "الجنرال", "العاهل", "الشيخ", "السلطان",
    "الأمين", "المتحدث", "القائد", "العقيد", "اللواء", "الفريق"))


# head nouns of bodies that are masculine: a feminine verb does not take one as its subject either
_MASCULINE_BODIES = frozenset(normalize_word(w) for w in (
    "تنظيم", "التنظيم", "حزب", "الحزب", "الجيش", "جيش", "المجلس", "مجلس", "الحرس", "التحالف", "الاتحاد"))


def _man_after_feminine_verb(doc: Document, i: int, spot: ActorSpot, lemma: str) -> bool:
    """«خطفت الزعيم الإيطالي», «واتهمت تنظيم الدولة الإسلامية», «تستقبل الرئيس»: a verb with the feminine past
    «ـت» or present «تـ» (a prefix its lemma lacks) right before a man's title or a masculine body's head has it
    as object."""
    if spot.entity is None or spot.token_start <= i \
            or any(doc.tokens[j].kind == "word" for j in range(i + 2, spot.token_start)):
        return False  # right after the verb («تنظيم "الدولة الإسلامية"»: the head may stand before a quote mark)
    heads = _MASCULINE_TITLES if spot.entity.label == "PER" else _MASCULINE_BODIES
    verb = strip_conj(doc.tokens[i].norm).removeprefix("س")
    feminine = (verb.endswith("ت") and not verb.endswith(("نت", "يت")) and (len(verb) >= 4 or not lemma.endswith("ت"))) \
        or (verb.startswith("ت") and not lemma.startswith("ت") and len(verb) >= 4)  # («دعت» of «دعا», not «بات»)
    return feminine and strip_conj(doc.tokens[i + 1].norm) in heads


# titles of women: a masculine verb does not take one as its subject
_FEMININE_TITLES = frozenset(normalize_word(w) for w in (
    "المستشارة", "الرئيسة", "الوزيرة", "السفيرة", "المبعوثة", "الملكة", "الأميرة", "المتحدثة", "رئيسة", "وزيرة",
    "السيدة", "النائبة", "المندوبة"))


def _a_woman(spot: ActorSpot) -> bool:
    """A person the text gives a woman's title: «رئيسة الوزراء تيريزا ماي», «المستشارة أنغيلا ميركل»."""
    return spot.entity is not None and spot.entity.label == "PER" and any(
        mention.kind == "title" and normalize_word(mention.text.split()[0]) in _FEMININE_TITLES
        for mention in spot.entity.mentions if mention.text)


def _woman_after_masculine_verb(doc: Document, i: int, spot: ActorSpot, lemma: str) -> bool:
    """«إذ حذر المستشارة أنغيلا ميركل»: a masculine singular verb (past with no «ـت», or present in «يـ») right
    before a woman's title has her as its object."""
    if spot.entity is None or spot.entity.label != "PER" or spot.token_start != i + 1:
        return False
    verb = strip_conj(doc.tokens[i].norm).removeprefix("س")
    if verb.endswith(("وا", "ون", "ان", "نا")) or len(verb) < 3:
        return False
    present = verb.startswith("ي")
    past = not verb.endswith("ت") and (not verb.startswith(("ت", "ن", "ا"))
                                       or (verb[:1] == lemma[:1] and len(verb) <= len(lemma)))  # («ترأس», not «تترأس»)
    return (present or past) and strip_conj(doc.tokens[i + 1].norm) in _FEMININE_TITLES


# the count or rank of a group right after it: «الدول الغربية الثلاث», «القوى الكبرى الست»
_GROUP_COUNTS = frozenset(normalize_word(w) for w in (
    "الثلاث", "الثلاثة", "الأربع", "الأربعة", "الخمس", "الخمسة", "الست", "الستة", "السبع", "الكبرى"))


def _counted_up_to(doc: Document, spot: ActorSpot, i: int) -> bool:
    """The group ends right before token i, or only its count stands between: «الدول الغربية الثلاث أطلقت»."""
    return all(doc.tokens[j].norm in _GROUP_COUNTS for j in range(spot.token_end, i))


def only_adjectives_between(doc: Document, i: int, spot: ActorSpot) -> bool:
    """«رفض الولايات المتحدة», «معارضة بريطانيا»: nothing but adjectives between the masdar and the name."""
    return all(is_adjective(doc.tokens[j]) for j in range(i + 1, spot.token_start) if doc.tokens[j].kind == "word")


def _plural_subject_between(doc: Document, i: int, spot: ActorSpot) -> bool:
    """A sound plural in the nominative («دبلوماسيون», «مسؤولون») right after the verb is its unnamed subject."""
    words = [j for j in range(i + 1, spot.token_start) if doc.tokens[j].kind == "word"]
    if not words:
        return False
    first = strip_conj(doc.tokens[words[0]].norm)
    return len(first) > 5 and first.endswith("ون") and first not in _TIME_WORDS and not first.startswith(("ي", "ت"))


_POSTED = frozenset({POSTED_AT, "الي"})
_POSTED_IN = frozenset({"في"})  # «السفير الروسي في الأمم المتحدة»


def _envoys_post(doc: Document, spot: ActorSpot, posted: frozenset[str] = _POSTED) -> bool:
    """«المبعوث الخاص إلى سوريا», «سفير روسيا لدى لبنان»: the spot is where an envoy named just before is posted."""
    k = _word_before(doc, spot.token_start)
    if k < 0 or strip_conj(doc.tokens[k].norm) not in posted:
        return False
    return _envoy_title_within(doc, k, 3)


def _envoy_title_within(doc: Document, k: int, reach: int) -> bool:
    """An envoy's title word («سفير», «المبعوث») among the `reach` tokens before token k."""
    return any(strip_conj(doc.tokens[j].norm).removeprefix("ال") in _ENVOYS for j in range(max(0, k - reach), k))


def _posting_city(doc: Document, spot: ActorSpot, spots: list[ActorSpot]) -> bool:
    """«مبعوث سوريا لدى الأمم المتحدة في جنيف»: the spot, after «في», is the city of the post named just before."""
    k = _word_before(doc, spot.token_start)
    return k >= 1 and strip_conj(doc.tokens[k].norm) == "في" and any(
        s.token_end == k and _preceding_word(doc, s) == POSTED_AT for s in spots)


def _posting_after(doc: Document, source: list[ActorSpot], after: list[ActorSpot]) -> tuple[ActorSpot, ActorSpot] | None:
    """(where, who) when the source is an envoy's title followed by where he is posted and his name:
    «مبعوث الأمم المتحدة إلى اليمن مارتن جريفيث», «سفير روسيا لدى لبنان ألكسندر زاسيبكين», «السفير العماني في
    المملكة الدكتور أحمد بن هلال البوسعيدي»."""
    if not source or any(s.entity is not None and s.entity.label == "PER" for s in source):
        return None
    last = source[-1]
    rest = [s for s in after if s.token_start >= last.token_end]
    if len(rest) < 2:
        return None
    place, person = rest[0], rest[1]
    honorific = [t for t in doc.tokens[place.token_end:person.token_start] if t.text not in "،,"]  # «لليمن، مارتن»
    if len(honorific) > 1 or (honorific and strip_conj(honorific[0].norm) not in _HONORIFICS):
        return None
    between = doc.tokens[last.token_end:place.token_start]
    if person.entity is None or person.entity.label != "PER" or len(between) > 1 \
            or not (_preceding_word(doc, place) in _POSTED or _envoys_post(doc, place, _POSTED_IN)
                    or _posted_with_lam(doc, place)):
        return None
    return place, person


def _named_after_his_post(doc: Document, spot: ActorSpot, k: int) -> bool:
    """«مبعوث الأمم المتحدة لليمن مارتن غريفيث»: the person right after the word at k, a place glued to «لـ» that
    an envoy's title before it makes his post, is the envoy by name, no genitive of the place."""
    return spot.entity is not None and spot.entity.label == "PER" and doc.tokens[k].norm.startswith("ل") \
        and _envoy_title_within(doc, k, 4)


def _posted_with_lam(doc: Document, place: ActorSpot) -> bool:
    """«مبعوث الأمم المتحدة لليمن»: a place glued to «لـ» a few words after an envoy's title is where he is posted."""
    return place.entity is not None and place.entity.label == "LOC" and behind_glued_lam(doc, place) \
        and _envoy_title_within(doc, place.token_start, 4)


_ASIDES = frozenset({"خلال", "اثناء", "لدي"})
ASIDE_WORDS = 12  # most words of an aside «خلال استقباله للرئيس الفرنسي إيمانويل ماكرون،»


def _circumstance_aside(doc: Document, start: int, triggers: set[int]) -> int | None:
    """The last token of «خلال استقباله …،» right after a verb and its subject: an act the sentence happened
    during, set off by a comma, whose sides are not the verb's; None when there is none."""
    j = start + 1
    if j + 1 >= len(doc.tokens) or strip_conj(doc.tokens[j].norm) not in _ASIDES \
            or not (j + 1 in triggers or _has_possessive(doc.tokens[j + 1])):
        return None  # «خلال استقباله», «أثناء زيارته»: an act of his; «خلال الاجتماع» is told on
    for k in range(j + 2, min(len(doc.tokens), j + 2 + ASIDE_WORDS)):
        if doc.tokens[k].kind == "punct":
            return k if doc.tokens[k].text in "،," else None
    return None


# nouns that open an aside telling what a side is to another: «روسيا، حليفة دمشق، تقتل», «إيران، الداعم الرئيسي
# للأسد، ترسل»
_RELATION_NOUNS = frozenset(normalize_word(w) for w in (
    "حليف", "حليفة", "الحليف", "الحليفة", "حليفه", "حليفها", "حليفتها", "حليفته", "الداعم", "الداعمة", "داعم",
    "داعمة", "شريك", "شريكة", "الشريك", "جارة", "الجارة", "عدو", "العدو", "خصم", "الخصم", "عضو", "العضو"))


def _relation_aside(doc: Document, i: int, before: list[ActorSpot]) -> int | None:
    """Where the aside between a subject and its verb at i opens («روسيا، حليفة دمشق، تقتل», «روسيا حليفة دمشق
    تعارض», «وكان ترامب، الذي سعى إلى تحسين العلاقات مع روسيا، انتقد بوتين»): the opening comma's token, or the
    relation noun's; None when there is none."""
    if before and before[-1].token_end == i and before[-1].token_start > 0 \
            and strip_conj(doc.tokens[before[-1].token_start - 1].norm) in _RELATION_NOUNS \
            and any(s.token_end == before[-1].token_start - 1 for s in before):
        return before[-1].token_start - 1  # the ally's name right before the verb is its genitive, not its subject
    if (relative := _relative_clause_aside(doc, i, before)) is not None:
        return relative
    if i < 3 or doc.tokens[i - 1].text not in "،,":
        return None
    for j in range(i - 3, max(-1, i - 2 - ASIDE_WORDS), -1):
        tok = doc.tokens[j]
        if tok.kind == "punct":
            return j if tok.text in "،," and strip_conj(doc.tokens[j + 1].norm) in _RELATION_NOUNS else None
    return None


def _relative_clause_aside(doc: Document, i: int, before: list[ActorSpot]) -> int | None:
    """The comma opening «، الذي سعى إلى تحسين العلاقات مع روسيا،» when it stands right after a side and the
    comma closing it right before the verb at i (or before «قد» and the verb): the side is the verb's subject, and
    the sides the clause names are not; None when there is none. (A verb joined by «و» after such a clause goes on
    with the sentence's subject: «وقف المهندي ضد عمليات … من تنظيم داعش، والتي أطلقها …، وعلق على».)"""
    if verb_conjoined(doc.tokens[i]):
        return None
    close = i - 1
    if close > 0 and doc.tokens[close].norm in ("قد", "لقد"):
        close -= 1
    if close < 3 or doc.tokens[close].text not in "،,":
        return None
    for j in range(close - 2, max(-1, close - 1 - ASIDE_WORDS), -1):
        tok = doc.tokens[j]
        if tok.kind == "punct":
            if tok.text in "،," and strip_conj(doc.tokens[j + 1].norm) in RELATIVE_PRONOUNS \
                    and any(s.token_end == j and can_act(s, load_lexicon()) for s in before):
                return j
            return None
    return None


def relative_aside(doc: Document, j: int) -> int | None:
    """The closing comma of «، الذي وصل مساء السبت إلى القاهرة،» when a comma at token j opens a relative clause;
    None when it does not, or the clause runs on to the sentence's end."""
    if j < 0 or j + 1 >= len(doc.tokens) or doc.tokens[j].text not in "،," or doc.tokens[j + 1].norm not in RELATIVE_PRONOUNS:
        return None
    return _aside_closing(doc, j + 2)


def _adjective_aside(doc: Document, j: int, spots: list[ActorSpot]) -> int | None:
    """The closing comma of «، المسيطرة على قطاع غزة،» or «، الحليفة الرئيسية لدمشق،» when a comma at token j
    opens, right after the subject, an aside that starts with a definite word naming no side (a participle, an
    adjective or a relation noun telling what the subject is); None when there is none."""
    if j < 0 or j + 2 >= len(doc.tokens) or doc.tokens[j].text not in "،," or doc.tokens[j + 1].kind != "word" \
            or not doc.tokens[j + 1].norm.startswith("ال") or is_preposition(doc.tokens[j + 1].norm) \
            or any(s.token_start <= j + 1 < s.token_end for s in spots):  # (not «، إلى جانب روسيا،»)
        return None
    closing = _aside_closing(doc, j + 2)
    if closing is None or closing + 1 >= len(doc.tokens) or any(t.norm == "و" for t in doc.tokens[j + 1:closing]):
        return None
    return closing


def unmarked_relative_aside(doc: Document, j: int) -> int | None:
    """The closing comma of «والتي تشكل الوحدات الكردية عمودها الفقري وتحظى بدعم الولايات المتحدة،» when a
    relative pronoun at token j opens a clause right after the subject with no comma before it, and what follows
    the comma can be the verb's complement (a preposition, a definite or an accusative noun: «، وفدا عشائريا»)."""
    if j >= len(doc.tokens) or strip_conj(doc.tokens[j].norm) not in RELATIVE_PRONOUNS:
        return None
    closing = _aside_closing(doc, j + 1)
    if closing is None or closing + 1 >= len(doc.tokens):
        return None
    nxt = doc.tokens[closing + 1].norm  # (unlike «وبعد رفض دمشق التي اعتبرت …، عاد السيناريو الروسي»: a new clause)
    return closing if is_preposition(nxt) or nxt.startswith("ال") or nxt.endswith("ا") else None


def _aside_closing(doc: Document, k: int) -> int | None:
    """The comma closing an aside whose words start at token k; None when the sentence ends first or the aside
    runs past ASIDE_WORDS."""
    end = min(len(doc.tokens), k + ASIDE_WORDS)
    while k < end:
        if doc.tokens[k].kind == "punct" and doc.tokens[k].text[:1] in ".؛;:؟?!":
            return None
        if doc.tokens[k].text in "،,":
            if k + 1 < len(doc.tokens) and doc.tokens[k + 1].norm in RELATIVE_PRONOUNS:
                # «منبج، التي استعادتها قوات سوريا الديمقراطية، التي تهيمن عليها الوحدات، من تنظيم الدولة»: an
                # aside within the aside, after which the clause goes on
                inner = relative_aside(doc, k)
                if inner is None:
                    return None
                k, end = inner + 1, min(len(doc.tokens), inner + 1 + ASIDE_WORDS)
                continue
            return k
        k += 1
    return None


# «مجلس سوريا الديمقراطية الجناح السياسي لقوات سوريا الديمقراطية»: the arm one body is of another, in apposition
_ARMS = frozenset(normalize_word(w) for w in ("الجناح", "الذراع", "الواجهة", "المظلة"))


def _arm_aside(doc: Document, j: int, after: list[ActorSpot]) -> int | None:
    """The closing comma of «الواجهة السياسية لقوات سوريا الديمقراطية التي تدعمها واشنطن،» when the words from
    token j, right after the subject, say whose arm it is and another side follows the comma; None otherwise
    («استهدفت إسرائيل الجناح العسكري لحركة حماس»: the arm named with nothing after it is the object)."""
    k = j + (j < len(doc.tokens) and doc.tokens[j].text in "،,")
    if k >= len(doc.tokens) or doc.tokens[k].norm not in _ARMS:
        return None
    body = next((s for s in after if s.token_start in (k + 1, k + 2)), None)
    if body is None or not behind_glued_lam(doc, body) \
            or (body.token_start == k + 2 and not doc.tokens[k + 1].norm.endswith(("ي", "يه"))):
        return None  # «الواجهة السياسية لقوات …»: the body glued to «لـ», after at most the arm's nisba
    for c in range(body.token_end, min(len(doc.tokens), body.token_end + ASIDE_WORDS)):
        if doc.tokens[c].kind == "punct" and doc.tokens[c].text[:1] in ".؛;:؟?!":
            return None
        if doc.tokens[c].text in "،,":
            return c if any(s.token_start > c for s in after) else None
    return None


def _titled_head(doc: Document, source: list[ActorSpot], after: list[ActorSpot]) -> ActorSpot | None:
    """The person named right after a body that follows his title: «رئيس الوكالة … يوكيا أمانو»."""
    if not source or any(s.entity is not None and s.entity.label == "PER" for s in source):
        return None
    person = next((s for s in after if s.token_start >= source[-1].token_end), None)
    if person is None or person.entity is None or person.entity.label != "PER" or person.mention_kind == "title" \
            or not _title_apposition_gap(doc, source[-1].token_end, person.token_start):
        return None  # (a title of its own names another man: «التقى مستشار الأمن القومي الأمريكي الأمين العام للأمم
        # المتحدة أنطونيو غوتيريس»)
    return person if _after_title(doc, source[0], 0) else None


def _title_apposition_gap(doc: Document, a: int, b: int) -> bool:
    """Only an honorific, where the holder serves, or his portfolio between a title and the name in apposition
    to it: «السفير العماني في المملكة الدكتور أحمد بن هلال البوسعيدي», «مفوض الأمم المتحدة لحقوق الإنسان زيد بن
    رعد الحسين»; or the body's nisba and a comma: «الأمين العام لحزب الله اللبناني، حسن نصر الله»."""
    words = [strip_conj(t.norm) for t in doc.tokens[a:b] if t.text not in ("،", ",")]
    if words and words[-1] in _HONORIFICS:
        words = words[:-1]
    if len(words) == 1 and words[0].startswith("ال") and words[0].endswith(("ي", "يه")) and any(
            t.text in ("،", ",") for t in doc.tokens[a:b]):
        return True  # «الأمين العام لحزب الله اللبناني، حسن نصر الله،»: the body's nisba, then the name set off
    if 2 <= len(words) <= 3 and words[0][:1] == "ب" and words[0][1:] in _SEATS:
        return True  # «رئيس كتلة حركة النهضة بمجلس النواب، نور الدين البحيري»: where he serves, glued to «بـ»
    return not words or (len(words) == 2 and (words[0] in ("في", "لدي") or words[0] in _PORTFOLIOS))


_SEATS = frozenset(normalize_word(w) for w in ("مجلس", "المجلس", "البرلمان", "الكونغرس", "الكنيست", "الحكومة", "الأمم"))


_PORTFOLIOS = frozenset(normalize_word(w) for w in ("لحقوق", "لشؤون", "للشؤون"))  # «لحقوق الإنسان»


TITLE_CHAIN = 3  # words from a title's head to the nisba of its side: «رئيس مركز المصالحة الروسي»


def _after_title(doc: Document, spot: ActorSpot, lo: int) -> bool:
    """A person's title in the two words before the spot (from token lo on): «رئيس الوكالة», «زيارة رئيس …»; or
    three, when no preposition stands between: «رئيس مركز المصالحة الروسي» (not «الرئيس مع الوفد الروسي»)."""
    for j in range(max(lo, spot.token_start - TITLE_CHAIN), spot.token_start):
        if strip_conj(doc.tokens[j].norm) not in TITLE_HEADS:
            continue
        if spot.token_start - j <= 2 or all(
                doc.tokens[k].kind == "word" and not is_preposition(strip_conj(doc.tokens[k].norm))
                and not any(p.tag == "PREP" for p in doc.tokens[k].pieces) for k in range(j + 1, spot.token_start)):
            return True
    return False


def _envoy_posting(doc: Document, spot: ActorSpot, spots: list[ActorSpot]) -> bool:
    """«السفير الروسي لدى الأمم المتحدة فاسيلي نيبنزيا»: the spot is where the person named next is posted."""
    return (_preceding_word(doc, spot) == POSTED_AT or _envoys_post(doc, spot)) and any(
        s.token_start == spot.token_end and s.entity is not None and s.entity.label == "PER" for s in spots)


# what a strike hits, named right after its verb: «يستهدف مصفاة», «قصفت مقر», «استهدف موكب»
_FACILITIES = frozenset(normalize_word(w) for w in (
    "مصفاة", "مطار", "مطارا", "مقر", "مقرا", "مقار", "موقع", "موقعا", "مواقع", "منشأة", "منشآت", "مستودع", "مستودعا",
    "مستودعات", "قاعدة", "قواعد", "سوق", "سوقا", "منزل", "منزلا", "منازل", "مبنى", "مباني", "سفينة", "ناقلة",
    "مدرسة", "مستشفى", "مخيم", "مخيما", "حافلة", "قافلة", "موكب", "محطة", "ميناء", "جسر", "معسكر", "معسكرا",
    "ثكنة", "حاجز", "حاجزا", "دورية", "سيارة", "مسجد", "كنيسة", "فندق"))


def _facility_struck_first(doc: Document, i: int, spot: ActorSpot) -> bool:
    """The first word after an attack verb, before the spot, names a facility: the spot owns what was hit."""
    first = next((j for j in range(i + 1, spot.token_start) if doc.tokens[j].kind == "word"
                  and strip_conj(doc.tokens[j].norm) not in _TIME_WORDS), None)
    return first is not None and strip_conj(doc.tokens[first].norm) in _FACILITIES


def _object_before(doc: Document, i: int, spot: ActorSpot) -> bool:
    """Whether a bare noun and then a preposition stand between the verb and the spot.

    In «يحرر مواقع جديدة في معقل الحوثيين» the verb's object and a prepositional phrase come first, so
    the name is inside that phrase; in «أعلن الخميس في بيان وزير الخارجية» no bare noun comes first.
    """
    saw_noun = False
    words = [j for j in range(i + 1, spot.token_start) if doc.tokens[j].kind == "word"]
    if len(words) == 1 and strip_conj(doc.tokens[words[0]].norm) in THINGS_DONE:
        return True  # «أدان تصريحات قطر»: Qatar is the genitive of the object, not the subject
    for j in range(i + 1, spot.token_start):
        tok = doc.tokens[j]
        if tok.kind != "word":
            continue
        norm = strip_conj(tok.norm)
        if norm in EACH_OF or (norm == "من" and j > 0 and strip_conj(doc.tokens[j - 1].norm) in EACH_OF):
            continue  # «تعهدت كل من السعودية والإمارات»
        if is_preposition(norm) or any(p.tag == "PREP" for p in tok.pieces):
            if saw_noun:
                return True
        elif norm not in _TIME_WORDS and not is_adjective(tok):
            saw_noun = True
    return False


# What a side says or does, as the object of a verb: «أدان تصريحات قطر», «رفض سياسة واشنطن».
THINGS_DONE = frozenset({"تصريحات", "تصريح", "اقوال", "كلام", "خطاب", "موقف", "مواقف", "سياسه", "سياسات", "قرار",
                          "قرارات", "تدخل", "تدخلات", "ممارسات", "انتهاكات", "اعمال", "محاولات", "خطط", "خطه",
                          "اجراءات", "خطوه", "خطوات", "اتهامات", "مزاعم", "تهديدات", "دعوات", "مطالب", "شروط"})
_TIME_WORDS = frozenset({"اليوم", "امس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
                         "مساء", "صباح", "ليل", "فجر", "ظهر", "يوم", "الليله", "الماضي", "الماضيه", "الحالي", "الاول", "ايضا", "كذلك", "بدوره", "بدورها", "رسميا"})


def _unknown_subject_between(doc: Document, i: int, source: list[ActorSpot], spots: list[ActorSpot]) -> bool:
    """«يتهم التحالف إيران»: the words right after the verb at i are a definite noun (or a noun and its definite
    genitive) that no actor spot covers, no time word and no title, and the source found starts right after them."""
    first = min(source, key=lambda s: s.token_start)
    between = doc.tokens[i + 1:first.token_start]
    if not 1 <= len(between) <= UNKNOWN_SUBJECT_WORDS or any(t.kind != "word" for t in between) \
            or _nisba_adjective(doc, first) or (first.entity is None and (len(between) == 1 or not first.country)) \
            or (first.entity is not None and first.entity.label == "PER"):
        return False  # («اتفق الجانبان المصري واليمني», «وتلتقي المساعي الروسية»: the noun's own adjective;
        # «ورفع المحامي مايكل أفيناتي الدعوى»: a man's name after the word that describes him; «وقطع الطريق
        # محتجون»: an unnamed group after a definite object is the subject)
    nouns = [strip_conj(t.norm) for t in between]
    # «واتهمت جماعات حقوق الإنسان القوات الإسرائيلية»: a noun and its definite genitives, no actor
    heads = all(not w.startswith("ال") and not is_preposition(w) and w not in _TIME_WORDS and w not in TITLE_HEADS
                and len(w) > 3 for w in nouns[:-1])
    word = nouns[-1]
    return heads and word.startswith("ال") and len(word) > 4 \
        and not any(word in words for words in (_TIME_WORDS, TITLE_HEADS, _TITLES_BEFORE_NAMES, _HONORIFICS, _STYLES,
                                                RELATIVE_PRONOUNS)) \
        and not any(s.token_start <= k < s.token_end for s in spots for k in range(i + 1, first.token_start))


UNKNOWN_SUBJECT_WORDS = 3  # a subject no actor is: «التحالف», «جماعات حقوق الإنسان»


# ranks and offices before a name: «يدعو الجنرال عبد الرشيد دوستم», «استقبل الأمير محمد بن سلمان»
_TITLES_BEFORE_NAMES = frozenset(normalize_word(w) for w in (
    "الجنرال", "اللواء", "العقيد", "العميد", "الفريق", "المشير", "الرائد", "النقيب", "الملازم", "الأدميرال",
    "الأمير", "الأميرة", "الملك", "الملكة", "الرئيس", "الرئيسة", "الملا", "السلطان", "الإمام", "المرشد",
    "الحاخام", "البابا", "الكاردينال", "المطران", "القاضي", "المستشارة"))


_TIME_PREPOSITIONS = frozenset({"قبل", "بعد", "منذ", "خلال"})
# a masdar's circumstance: the time words (but «منذ», which dates a span), the asides and «عقب», «إثر», «إبان»
_CIRCUMSTANCES = (_TIME_PREPOSITIONS - {"منذ"}) | _ASIDES | {"عقب", "اثر", "ابان"}
# attacks with no agent in them: a verb after one describes it («انفجار استهدف», «صاروخ أصاب»)
_TARGETED = frozenset({"استهدف", "استهدفت"})
MEANS_OBJECT_REACH = 3  # words after «بهجوم» where an active verb's object would still come: «بصاروخ موقعا»


def _targeted_by_means(doc: Document, i: int, after: list[ActorSpot]) -> bool:
    """«واستهدف جنود فرنسيون بهجوم انتحاري في مالي»: «استهدف», the side right after it, then the attack or weapon
    behind «بـ» and no object after that — the passive (the active names what it struck: «استهدف الجيش بصاروخ
    موقعا لحماس»)."""
    if strip_conj(doc.tokens[i].norm) not in _TARGETED or not after or after[0].token_start != i + 1:
        return False
    k = after[0].token_end
    while k < len(doc.tokens) and is_adjective(doc.tokens[k]):
        k += 1  # «جنود فرنسيون»: the side's nisba
    if k >= len(doc.tokens) or not doc.tokens[k].norm.startswith("ب") \
            or without_lam_or_ba(strip_conj(doc.tokens[k].norm)) not in _ATTACK_NOUNS:
        return False
    for j in range(k + 1, min(len(doc.tokens), k + 1 + MEANS_OBJECT_REACH)):
        tok = doc.tokens[j]
        if tok.kind == "punct" or is_preposition(strip_conj(tok.norm)):
            return True  # «بهجوم انتحاري في مالي»: the clause goes on with where, not with an object
        if not is_adjective(tok):
            return False  # «بصاروخ موقعا»: an object after the means, so the side before it struck
    return True


_ATTACK_NOUNS = frozenset(normalize_word(w) for w in (
    "انفجار", "انفجارات", "تفجير", "تفجيرات", "هجوم", "هجمات", "هجومات", "اعتداء", "اعتداءات", "قصف", "غارة", "غارات", "صاروخ", "صواريخ", "قذيفة",
    "قذائف", "عبوة", "عبوات", "قنبلة", "قنابل", "ضربة", "ضربات",
    "حادث", "حادثة", "حوادث", "جريمة"))  # «الحادث الإجرامي الذي استهدف رجال الأمن», «الجريمة الإرهابية التي استهدفت»


def _attack_noun(word: str) -> bool:
    """«هجوم», and «هجوماً» as the object of «نفذت»: the alef of the accusative stays when the vowels go."""
    return word in _ATTACK_NOUNS or (word.endswith("ا") and word[:-1] in _ATTACK_NOUNS)


ATTACK_ANTECEDENT_REACH = 3  # words from an attack noun to «التي»: «الغارة الجوية التي»
_COWARDLY = frozenset(normalize_word(w) for w in ("الجبان", "الغادر", "الآثم", "الأثيم", "الشنيع", "البشع"))


def _attack_antecedent(doc: Document, i: int) -> bool:
    """«الغارة الجوية التي استهدفت تنظيم جبهة النصرة», «تفجير انتحاري يستهدف مطار كابل»: the verb's subject is the
    attack before it (or before «التي»), so the side after the verb is what it struck."""
    if i < 1 or has_object_pronoun(strip_conj(doc.tokens[i].norm)):
        return False  # («الغارات التي شنتها تركيا»: «ـها» takes the attack up, Turkey is the subject)
    if strip_conj(doc.tokens[i - 1].norm) not in RELATIVE_PRONOUNS:
        # «هجومات متفرقة تستهدف تركيا»: the attack, two adjectives at most after it, right before the verb
        # («أول عملية خطف تستهدف كرواتيا», «عملية تطهير واسعة استهدفت جيوب الحوثيين»: the operation's act in the
        # genitive between)
        return any(_attack_or_campaign(without_lam_or_ba(strip_conj(doc.tokens[j].norm)).removeprefix("ال"))
                   and all(doc.tokens[k].kind == "word" and (is_adjective(doc.tokens[k]) or strip_conj(
                       doc.tokens[k].norm).endswith("ه") or doc.tokens[k].norm in _OPERATION_ACTS) for k in range(j + 1, i))
                   and "\n" not in doc.text[doc.tokens[j].end:doc.tokens[i].start]  # (a headline's last word)
                   for j in range(max(0, i - 3), i)) or _attack_by_means_before(doc, i)
    if i < 2:
        return False
    # «للهجوم الإرهابي الإجرامي الجبان» الذي استهدف»: the attack and its adjectives, a closing mark between
    j = i - 2
    while j > 0 and (doc.tokens[j].kind != "word" or is_adjective(doc.tokens[j])
                     or strip_conj(doc.tokens[j].norm) in _COWARDLY):
        j -= 1
    return any(_attack_or_campaign(without_lam_or_ba(strip_conj(doc.tokens[k].norm)).removeprefix("ال"))
               for k in range(max(0, min(j, i - 1 - ATTACK_ANTECEDENT_REACH)), i - 1))


def nisba_after(doc: Document, end: int, spot: ActorSpot) -> bool:
    """The spot is a nisba describing what ends at token `end`, past quotation marks and at most two adjectives:
    «شبكة "سي بي إس" التلفزيونية الأمريكية»."""
    between = doc.tokens[end:spot.token_start]
    words = [t for t in between if t.kind == "word"]
    return _is_nisba(doc, spot) and len(words) <= 2 and all(is_adjective(t) for t in words) \
        and all(t.kind == "word" or t.text in QUOTE_MARKS for t in between)


MEANS_WORDS = 3  # words of the means between an attack and its verb: «هجوم بغاز أعصاب استهدف»


def _attack_by_means_before(doc: Document, i: int) -> bool:
    """«هجوم بغاز أعصاب استهدف العميل», «تفجير بسيارة مفخخة يستهدف»: the attack, then the means it was made with
    (behind «بـ»), right before the verb."""
    for j in range(i - 2, max(-1, i - 2 - MEANS_WORDS), -1):
        tok = doc.tokens[j]
        if tok.kind != "word":
            return False
        if j + 1 < i and doc.tokens[j + 1].norm.startswith("ب") and any(p.tag == "PREP" for p in doc.tokens[j + 1].pieces) \
                and _attack_noun(without_lam_or_ba(strip_conj(tok.norm)).removeprefix("ال")):
            return all(doc.tokens[k].kind == "word" for k in range(j + 1, i))
    return False


# «في إطار حملة استهدفت الدولة الإسلامية», «العملية استهدفت شرطيين»: a campaign or an operation strikes too
_CAMPAIGNS = frozenset(normalize_word(w) for w in ("حملة", "حملات", "عملية", "عمليات"))
_OPERATION_ACTS = frozenset(normalize_word(w) for w in ("خطف", "اختطاف", "اغتيال", "قتل", "اقتحام", "تسلل", "تطهير",
                                                          "تطهر", "تمشيط", "دهم", "مداهمة"))


def _attack_or_campaign(word: str) -> bool:
    return _attack_noun(word) or word in _CAMPAIGNS


JOINED_ATTACK_REACH = 6  # words from «واستهدفت» back to the verb that took the attack up: «نفذتها حركة طالبان»
ASCRIBER_WORDS = 3  # words of who ascribed an attack, between «نسبته» and «إلى»: «نسبته السلطات التركية الى»
_OPERATIONS = frozenset({"عمليه", "العمليه"})


def joined_attack_carrier(doc: Document, i: int) -> int | None:
    """«عملية انتحارية نفذتها حركة طالبان واستهدفت الشرطة», «هجوم بقاذفة صواريخ شنه متمردون واستهدف طوافة»: a verb
    joined by «و» to a clause on an attack goes on describing the attack, so the side after it is what was struck
    (and who carried the attack out struck it): the token of the verb that carried it out, or None."""
    if doc.tokens[i].norm == strip_conj(doc.tokens[i].norm) or not doc.tokens[i].norm.startswith("و") \
            or has_object_pronoun(strip_conj(doc.tokens[i].norm)):
        return None  # («واستهدفته»: «ـه» is what it struck, see `_attack_antecedent`)
    for j in range(i - 1, max(0, i - JOINED_ATTACK_REACH) - 1, -1):
        tok = doc.tokens[j]
        if tok.kind != "word":
            return None
        # («هجوم انتحاري دام نسبته انقرة الى التنظيم المتطرف واستهدف ناشطين»: who ascribed it may stand between)
        verb = None
        for v in range(j - 1, max(0, j - 1 - ASCRIBER_WORDS) - 1, -1) if strip_conj(tok.norm) == "الي" else ():
            if doc.tokens[v].kind != "word":
                break
            if strip_conj(doc.tokens[v].norm) in _ASCRIBED:
                verb = v
                break
        if strip_conj(tok.norm) in _SENT_IT or verb is not None:
            # the attack a few words before the verb that took it up, no mark between («هجوم انتحاري نسب إلى
            # تنظيم داعش وضرب مدينة سوروتش»: the side it is ascribed to, after «إلى»)
            at = j if verb is None else verb
            for k in range(at - 1, max(0, at - 4) - 1, -1):
                if doc.tokens[k].kind != "word":
                    return None
                word = without_lam_or_ba(strip_conj(doc.tokens[k].norm))
                if _attack_noun(word.removeprefix("ال")) or word in _OPERATIONS:
                    return j
            return None
    return None


CROWD = frozenset({"الاف", "آلاف", "مئات", "عشرات", "الالاف", "المئات", "العشرات", "حشود", "الاهالي"})


def _counted_from(doc: Document, spot: ActorSpot) -> bool:
    """«الآلاف من المواطنين», «العشرات من عناصر الشرطة»: the spot is who the crowd is counted from."""
    prev = _preceding_word(doc, spot)
    if prev == "من":
        return True
    j = spot.token_start - 1
    return prev in ("عناصر", "افراد", "اعضاء", "رجال") and j >= 1 and strip_conj(doc.tokens[j - 1].norm) == "من"


def _is_crowd(spot: ActorSpot) -> bool:
    """«الآلاف», «مئات»: a number of people, not yet who they are."""
    return spot.entity is None and spot.generic is not None and spot.generic[0] in ("people", "crowds")


def _is_unnamed_fighters(spot: ActorSpot) -> bool:
    """«متشددون», «مسلحون»: armed men not yet said to be whose («اقتحم متشددون من تنظيم داعش نقطة تفتيش»)."""
    return spot.entity is None and spot.generic is not None and spot.generic[1] in ("UAF", "REB", "RAD")


_GROUP_HEADS = frozenset(normalize_word(w) for w in ("تنظيم", "حركة", "جماعة", "جبهة", "ميليشيا", "حزب"))


def _group_member_from(doc: Document, spot: ActorSpot) -> bool:
    """«متشددون من تنظيم (داعش)», «مسلحون من حركة الشباب»: the organisation named right after «من» (and its
    head noun, if the name leaves it out) is the group they come from — not a town («مسلحون من حلب»)."""
    if spot.entity is None or spot.entity.label != "ORG":
        return False
    j = spot.token_start - 1
    while j >= 0 and doc.tokens[j].kind != "word":
        j -= 1
    if j >= 0 and strip_conj(doc.tokens[j].norm) in _GROUP_HEADS:
        j -= 1
    return j >= 0 and doc.tokens[j].norm == "من"


def counted_crowd(doc: Document, spot: ActorSpot) -> bool:
    """«آلاف اليونانيين»: a demonym counted as a crowd names people, not only a country's adjective."""
    return spot.token_start > 0 and strip_conj(doc.tokens[spot.token_start - 1].norm) in CROWD


_COUNT_WORDS = frozenset(CARDINALS) | {"نحو", "اكثر", "حوالي", "قرابه", "عشرات", "مئات", "الاف", "عدد", "العشرات"}


# abducting and arresting: in a relative clause on the one who underwent them, a verb with no object is the
# passive (outside one, «أنها أوقفت أربعة», «ألقت القبض على» are active)
_UNDERGONE_CODES = frozenset({"181", "173"})


_COUNTING = _COUNT_WORDS | _QUANTIFIERS


def counted_before(doc: Document, i: int) -> bool:
    """«عشرة متهمين», «5 متهمين», «بعض المعتقلين»: a number or a counting word right before token i."""
    return i > 0 and (doc.tokens[i - 1].kind == "number" or strip_conj(doc.tokens[i - 1].norm) in _COUNTING)


_IN_IT_WORDS = frozenset({"فيه", "فيها", "خلاله", "خلالها"})  # the day or the clash a killing took place in


def _counted_after(doc: Document, i: int) -> bool:
    """«وقتل 7 جنود ليبيين», «قتل سبعة متشددين»: a killing verb right before a count is the passive (the
    active names its subject first: «قتل الجيش سبعة متشددين»)."""
    j = i + 1
    while j < len(doc.tokens) and (strip_conj(doc.tokens[j].norm) in _THEN or doc.tokens[j].norm in _IN_IT_WORDS):
        j += 1  # «وقد قتل آنذاك خمسة جنود أفغان», «يوم دام … قتل فيه 61 فلسطينيا»
    if j >= len(doc.tokens):
        return False
    norm = strip_conj(doc.tokens[j].norm)
    # («قتل عنصران من الشرطة التركية»: two of them, the dual of a member)
    return doc.tokens[j].kind == "number" or norm in _COUNT_WORDS or (norm.endswith("ان") and norm[:-2] in _MEMBERS)


def _nisba_adjective(doc: Document, spot: ActorSpot) -> bool:
    """«الروسية» in «المساعي الروسية»: one definite word of nisba shape, the adjective of the noun before it
    («السعودية», the country too, reads as one as well; narrower than `_is_nisba`: singular only, past «و»)."""
    word = strip_conj(doc.tokens[spot.token_start].norm)
    return spot.token_end - spot.token_start == 1 and word.startswith("ال") and word.endswith(("ي", "يه")) \
        and len(word) > 4


_COUNT_LINKS = frozenset({"من", "ما", "لا", "يقل", "عن", "الف", "مئه", "اقل"})  # «ما لا يقل عن 20», «أكثر من 50»
_COUNT_TOKENS = _COUNT_WORDS | _COUNT_LINKS


def count_start(doc: Document, end: int) -> int:
    """Where the count that ends right before token `end` opens with a number or a count word («أكثر من 50» before
    «فلسطينيا», «ثلاثة» before «جنود»); `end` itself when none does."""
    k = end - 1
    while k >= 0 and (doc.tokens[k].kind == "number" or strip_conj(doc.tokens[k].norm) in _COUNT_TOKENS):
        k -= 1
    return k + 1 if count_length(doc, k + 1) == end - k - 1 else end


def _count_runs_to(doc: Document, spot: ActorSpot) -> bool:
    """Whether a count of two words or more runs up to the spot: «أكثر من 50 فلسطينيا»."""
    return spot.token_start - count_start(doc, spot.token_start) > 1


def count_length(doc: Document, j: int) -> int:
    """How many tokens the count opening at token j spans: «7», «أكثر من 50», «ما لا يقل عن 20»; 0 when none."""
    k = j
    while k < len(doc.tokens) and (doc.tokens[k].kind == "number" or strip_conj(doc.tokens[k].norm) in _COUNT_WORDS
                                   or (k > j and doc.tokens[k].norm in _COUNT_LINKS)):
        k += 1
    return k - j


# «قتلوا جراء ضربات التحالف», «بسبب القصف»: what a death came from, after a passive killing verb
_CAUSES = frozenset({"جراء", "بسبب", "اثر", "بفعل", "نتيجه", "برصاص", "بنيران"})


_WHERE_OR_WHY_DIED = _CAUSES | {"في", "خلال", "اثناء"}
SHOT_BY_REACH = 8  # words from a killing to the side whose bullets it names: «قتل ثلاثة فلسطينيين برصاص الجيش»,
# «قتل خمسة من عناصر الميليشيات الحوثية بنيران الجيش السعودي»
# «برصاص جيش الاحتلال»: the side named after shot; «بالرصاص الإسرائيلي»: the bullets' nisba
_SHOT_BY = frozenset({"برصاص", "بنيران", "برصاصه", "بالرصاص", "بالنيران"})


def shot_by(doc: Document, i: int, after: list[ActorSpot]) -> ActorSpot | None:
    """The side whose bullets a death at i names: «قتل ثلاثة فلسطينيين برصاص الجيش الإسرائيلي», «مقتل فلسطينيين
    اثنين برصاص الجيش»; None when none follows in its clause."""
    return next((x for x in after if x.token_start > i and words_between(doc, i, x.token_start) <= SHOT_BY_REACH
                 and _preceding_word(doc, x) in _SHOT_BY and not _comma_ends_clause(doc, i + 1, x.token_start)), None)


def _opens_with_a_death(tok: Token) -> bool:
    """«مقتل», «بمقتل», «لمصرع», «مقتلهم»: a word that opens with a noun of death, whatever follows it (`death_noun`
    asks for the bare noun or its pronoun only)."""
    return strip_conj(tok.norm).lstrip("بل").startswith(tuple(DEATH_NOUNS))


def death_noun(tok: Token) -> bool:
    """«مقتل», «بمصرع», «مصرعهما»: a noun of someone's death, with or without its pronoun."""
    word = without_lam_or_ba(tok.norm)
    return any(word.startswith(d) and (len(word) == len(d) or has_object_pronoun(word)) for d in DEATH_NOUNS)


def _cause_after(doc: Document, i: int) -> bool:
    """«وقتل في الغارة عدد من الخبراء», «قتل جراء القصف»: where or what a death came from right after the
    verb, before any subject (the active names its subject first)."""
    j = i + 1
    while j < len(doc.tokens) and opens_quote(doc, j):
        j += 1  # «وقال إنها قتلت "برصاص جيش الاحتلال"»
    return j < len(doc.tokens) and strip_conj(doc.tokens[j].norm) in _WHERE_OR_WHY_DIED


def _unnamed_victims_after(doc: Document, i: int, after: list[ActorSpot]) -> bool:
    """«قتل جنود أتراك في هجوم», «قتل جندي إسرائيلي برصاص قناص»: indefinite men of a group right after a killing
    verb, then where or how they died, are who was killed (the active goes on to its object: «قتل جندي إسرائيلي
    فلسطينيا»)."""
    first = after[0] if after else None
    # («قتل رقيب شرطة»: a rank the dictionary does not name before the body he served)
    ranked = first is not None and first.token_start == i + 2 and doc.tokens[i + 1].kind == "word" \
        and strip_conj(doc.tokens[i + 1].norm) in _RANKS
    if first is None or (first.token_start != i + 1 and not ranked) or first.entity is not None \
            or first.generic is None or strip_conj(doc.tokens[i + 1].norm).startswith("ال"):
        return False
    j = first.token_end
    if j + 1 < len(doc.tokens) and doc.tokens[j].kind == "word" and doc.tokens[j].norm.startswith("و") \
            and doc.tokens[j].norm[1:] in _ALSO_KILLED:
        j += 1  # «قتل شرطي تركي ومدني في هجوم»: another killed with him
    return j >= len(doc.tokens) or doc.tokens[j].kind == "punct" \
        or strip_conj(doc.tokens[j].norm) in _WHERE_OR_WHY_DIED | _WOUNDED  # «قتل جندي فرنسي وأصيب آخر»


# the unnamed killed joined to the first: «قتل شرطي تركي ومدني», «وآخر», «وطفل»
_ALSO_KILLED = frozenset(normalize_word(w) for w in ("مدني", "مدنيان", "آخر", "آخران", "آخرون", "طفل", "امرأة",
                                                    "جندي", "شرطي", "مواطن"))


_WOUNDED = frozenset({"اصيب", "اصيبت", "اصيبوا", "جرح", "جرحت"})
NAMED_VICTIM_REACH = 10  # words from a killing verb to the named man its title leads to


def _named_victim_struck(doc: Document, i: int, after: list[ActorSpot]) -> ActorSpot | None:
    """«قتل زعيم تنظيم القاعدة في شبه جزيرة العرب ناصر الوحيشي في غارة»: the first man named after a killing
    verb, then «في غارة», «بقصف» (how he died), is who was killed; None when that is not the shape."""
    person = next((s for s in after if s.entity is not None and s.entity.label == "PER"), None)
    if person is None or words_between(doc, i, person.token_start) > NAMED_VICTIM_REACH or any(
            doc.tokens[k].kind == "punct" for k in range(i + 1, person.token_start)) or person.token_end + 1 >= len(doc.tokens):
        return None
    nxt, then = strip_conj(doc.tokens[person.token_end].norm), doc.tokens[person.token_end + 1].norm
    struck = (nxt in ("في", "اثر", "جراء") and without_lam_or_ba(then).removeprefix("ال") in _ATTACK_NOUNS) \
        or (nxt.startswith("ب") and nxt[1:].removeprefix("ال") in _ATTACK_NOUNS)
    return person if struck else None


# killings, assassinations, abductions: a man named right after one of these verbs, and then only where it
# happened, is the one it was done to («قُتل»), as news leaves the passive unvowelled
_DONE_TO_THE_NAMED = ("181", "1823", "186")
KILLED_TITLE_WORDS = 4  # words of what he was between the verb and the man's name: «عالم الطاقة الفلسطيني»
# times of day in «ـا», which may stand between the man and the place: «قتل … صباحا في»
_TIMES_OF_DAY = frozenset(normalize_word(w) for w in ("صباحا", "ليلا", "ظهرا", "فجرا", "عصرا", "مساء", "نهارا"))


def _named_victim_where(doc: Document, i: int, after: list[ActorSpot]) -> ActorSpot | None:
    """«قتل عالم الطاقة الفلسطيني فادي البطش السبت في العاصمة كوالالمبور»: a man named right after the verb (past his
    title), then nothing but a time before where it happened: no victim is told, so he is the one it was done to,
    and he killed no one in the capital (but «قتل بريفيك 77 شخصا في أوسلو» counts those he killed)."""
    if not after or words_between(doc, i, after[0].token_start) > KILLED_TITLE_WORDS:
        return None
    group = after[:1]  # the side right after the verb, its names run together: «زعيم تنظيم داعش أبو بكر البغدادي»
    for s in after[1:]:
        if s.token_start != group[-1].token_end:
            break
        group.append(s)
    person = next((s for s in group if s.entity is not None and s.entity.label == "PER"), None)
    end = group[-1].token_end
    place = next((s for s in after if s.token_start >= end), None)
    if person is None or place is None or place.entity is None or place.entity.label != "LOC" \
            or not located_in(doc, place):
        return None  # (not «قتلت القوات التركية المقاتلة البريطانية آنا كامبل في عفرين»: the forces killed her)
    return None if any(
        doc.tokens[k].kind == "number" or (doc.tokens[k].kind == "word" and doc.tokens[k].norm.endswith("ا")
                                           and len(doc.tokens[k].norm) > 3 and doc.tokens[k].norm not in _TIMES_OF_DAY)
        for k in range(end, place.token_start)) else person


KILLED_IN_ATTACK_WORDS = 8  # words from a killing verb to the attack it died in: «قتل جنديان أمريكيان في هجوم»


def _attacker_of_the_attack_after(doc: Document, i: int, after: list[ActorSpot], lexicon: EventLexicon
                                  ) -> list[ActorSpot]:
    """«قتل جنديان أمريكيان في هجوم لحركة طالبان»: who made the attack the killed died in, named with «لـ» after
    it (past its adjectives: «في هجوم انتحاري لتنظيم داعش»)."""
    for k in range(i + 1, min(len(doc.tokens) - 1, i + 1 + KILLED_IN_ATTACK_WORDS)):
        tok = doc.tokens[k]
        if tok.kind == "punct" and tok.text[:1] in ".،,؛;:؟?!":
            return []
        if strip_conj(tok.norm) not in ("في", "اثر", "جراء") \
                or not _attack_noun(without_lam_or_ba(doc.tokens[k + 1].norm).removeprefix("ال")):
            continue
        owner = next((s for s in after if s.token_start > k + 1), None)
        if owner is not None and has_lam(doc.tokens[owner.token_start]) and can_act(owner, lexicon) \
                and only_adjectives_between(doc, k + 1, owner) and not (
                    owner.entity is not None and owner.entity.label == "LOC"):
            return actor_group(doc, owner, after)
        return []
    return []


_THEN = frozenset(normalize_word(w) for w in ("آنذاك", "حينها", "حينذاك", "وقتها", "أمس", "اليوم", "أيضا"))
_MEMBERS = frozenset(normalize_word(w) for w in ("عنصر", "جندي", "شرطي", "مدني", "ضابط", "مقاتل", "مسلح", "طفل"))
_RANKS = frozenset(normalize_word(w) for w in (
    "رقيب", "عريف", "ملازم", "نقيب", "رائد", "مقدم", "عقيد", "عميد", "لواء", "ضابط", "مجند", "أمين", "فرد", "عنصر"))


def _after_relative_pronoun(doc: Document, i: int) -> bool:
    """«عدد الفلسطينيين الذين قتلوا منذ», «مريم مصطفى والتي قتلت»: the verb opens a relative clause on the noun
    before."""
    return i > 0 and strip_conj(doc.tokens[i - 1].norm) in RELATIVE_PRONOUNS


def _no_object_after_a_glued_word(doc: Document, i: int, after: list[ActorSpot]) -> bool:
    """«قتل بمواجهات مع قوات المقاومة», «والتي قتلت بوحشية في مدينة نوتينجهام»: a word with «بـ» glued on it right
    after the killing verb, and no object after that word either (but «قتل بالرصاص ثلاثة فلسطينيين» names its own)."""
    j = next((k for k in range(i + 1, len(doc.tokens)) if doc.tokens[k].kind == "word"), None)
    return j is not None and any(p.tag == "PREP" for p in doc.tokens[j].pieces[:1]) \
        and not any(s.token_start == j for s in after) and _no_object_after(doc, j, after)


def _no_object_after(doc: Document, i: int, after: list[ActorSpot]) -> bool:
    """«خاشقجي قتل داخل القنصلية», «قتل هناك»: a killing verb with no object after it reads as the passive
    (news writes «قُتل» without its vowel); «X قتل Y» names its object right after."""
    j = next((k for k in range(i + 1, len(doc.tokens)) if doc.tokens[k].kind == "word"), None)
    if j is None or any(s.token_start == j for s in after):
        return False
    if any(tx.start == doc.tokens[j].start for tx in doc.times):
        # «قد قتلا أوائل الأسبوع في قصف إسرائيلي»: past a time told right after it, a preposition or a stop
        inside = _inside_times(doc)
        k: int | None = next((k for k in range(j + 1, len(doc.tokens)) if k not in inside), None)
        if k is None or doc.tokens[k].kind == "punct" or (doc.tokens[k].kind == "word" and not any(
                s.token_start == k for s in after) and is_preposition(strip_conj(doc.tokens[k].norm))):
            return True
    nxt = strip_conj(doc.tokens[j].norm)
    return is_preposition(nxt) or nxt in ("هناك", "داخل", "خارج", "بعد", "قبل", "اثناء", "خلال", "منذ") \
        or nxt in _TIME_WORDS or nxt in _CAUSES or nxt in _WOUNDED or doc.tokens[j - 1].kind == "punct" \
        or (nxt in ("عام", "العام") and j + 1 < len(doc.tokens) and doc.tokens[j + 1].kind == "number")
    # («وكانت النجار قتلت وأصيب نحو مئة شخص»: killed, and others wounded; «قد أعدم عام 2012»: in a year)


# «ألقي القبض عليه», «أجري الاستفتاء»: a defective verb whose past ends in «ي», not the active «ألقى», «أجرى»
_PASSIVE_DEFECTIVES = frozenset({"ألقي", "القي", "أجري", "اجري"})


def is_passive(tok: Token) -> bool:
    """«قُتل», «يُعتقد», «تُتهم»: a damma on the first letter of the stem (or on the person prefix) marks the passive;
    after the alef of forms VII, VIII and X, on the letter that follows it: «اتُّهم», «اُستُخدم».

    News rarely writes vowels, so this only catches what the writer chose to mark (and the «ي» that ends the passive
    of a defective verb: «ألقي القبض»).
    """
    text = strip_conj(tok.text) if tok.text[:1] not in "وف" else tok.text[1:]
    if text.replace("\u064f", "").replace("\u0650", "") in _PASSIVE_DEFECTIVES:
        return True
    if text[:1] in "اإ":
        text = text[1:].lstrip("\u064f")  # «اُتُّهم»: the alef's own damma, then its next letter's
        if text.startswith("ست"):
            text = text[1:]  # «استُخدم»: form X, on the «ت»
    return len(text) > 2 and text[1] == "\u064f"


_ANOTHER = frozenset(normalize_word(w) for w in ("آخر", "جديد", "ثان", "ثالث", "مماثل"))


def _plural_noun_before(doc: Document, i: int) -> bool:
    """«بدعم معارضين يقاتلون قوات حكومته», «متطرفين إسلاميين استهدفوا»: a plural verb right after an indefinite
    plural noun agrees with it, which describes that noun: the noun is the subject, not a side further back nor one
    after the verb."""
    if i < 1 or not strip_conj(doc.tokens[i].norm).endswith(("ون", "وا")) or doc.tokens[i - 1].kind != "word":
        return False
    prev = doc.tokens[i - 1]
    norm = strip_conj(prev.norm)
    return norm.endswith(("ين", "ون")) and len(norm) >= 5 and not norm.startswith("ال") \
        and not any(p.tag == "PREP" for p in prev.pieces)


def _described_by(doc: Document, i: int) -> bool:
    """«وأعمال تجارية تساعد كوريا الشمالية», «جماعة مسلحة تحارب الحكومة»: a verb right after an indefinite
    noun phrase describes that noun (an Arabic relative clause needs no «التي» after an indefinite), so
    the noun is its subject and the name after the verb its object."""
    if i == 0 or doc.tokens[i - 1].kind != "word" or "\n" in doc.text[doc.tokens[i - 1].end:doc.tokens[i].start]:
        return False  # (a headline line above is another sentence)
    if any(_attack_noun(without_lam_or_ba(strip_conj(doc.tokens[j].norm))) for j in range(max(0, i - 2), i)
           if doc.tokens[j].kind == "word") and strip_conj(doc.tokens[i].norm) not in _FIRED:
        return True  # «في انفجار استهدف سيارته», «بتفجير غامض استهدف موكب»: the blast did it, no one named
        # (but in «صاروخا باليستيا أطلقته ميليشيات الحوثي» «ـه» is the missile, and who fired it follows; the
        # strikes of «غارات شنتها مقاتلات التحالف» are a trigger of their own, which takes the coalition)
    if any(p.role == "enclitic" and p.tag == "PRON" for p in doc.tokens[i].pieces):
        return False  # «اتفاق تاريخي وقعته الدول الكبرى»: «ـه» takes the noun up as the object; the subject follows
    prev = doc.tokens[i - 1]
    norm = strip_conj(prev.norm)
    if i >= 2 and norm in _ANOTHER and strip_conj(doc.tokens[i - 2].norm) in _DRAFTS:
        return True  # «مشروع قرار آخر يدين بوضوح حماس»: the draft condemns
    if prev.norm.startswith(("ال", "وال", "فال")) or norm in _NOT_SUBJECTS or norm in _TIME_WORDS \
            or is_preposition(norm) or len(norm) < 4 or any(p.tag == "PREP" for p in prev.pieces):
        return False
    if i >= 2 and strip_conj(doc.tokens[i - 2].norm) in _TIME_PREPOSITIONS:
        return False  # «وقبل ساعات دعا بوغدانوف»: a time, not a noun the verb describes
    return norm.endswith(("يه", "ات")) or (norm.endswith("ه") and is_adjective(prev)) \
        or (norm.endswith("ي") and len(norm) >= 5) or norm in _DRAFTS  # «مشروع قرار يحمّل طهران»


def _whoever(doc: Document, i: int) -> bool:
    """«من يهاجم رئيس الحكومة تمام سلام ويدفعه للاستقالة»: «من» (whoever) before a present verb is its subject, so
    the side after the verb is its object (a preposition never stands before a verb in the present; «ي» is its
    mark — «ت» also opens masdars and past verbs: «بعد أيام من تعهد زعيم كوريا الشمالية»)."""
    if i >= 2 and doc.tokens[i].norm.startswith("وي") and doc.tokens[i - 1].norm.startswith("ي"):
        i -= 1  # «فمن يمول ويدعم "داعش"»: the verb joined to the first goes on with its «من»
    return i >= 1 and doc.tokens[i - 1].norm in ("من", "ومن", "فمن") and doc.tokens[i].norm.startswith("ي")


def last_adjective_of_a_thing(doc: Document, spot: ActorSpot) -> bool:
    """«الاتفاق النووي الإيراني»: a nisba after another adjective describes the thing before them, no side."""
    return _is_nisba(doc, spot) and spot.token_start > 0 and is_adjective(doc.tokens[spot.token_start - 1])


_THAT = SAYING_THAT | {"لان"}


def _possessed_subject_after_that(doc: Document, i: int, lexicon: EventLexicon) -> bool:
    """«أن مقاتلاته قصفت», «إن جنودها أطلقوا النار»: a state's forces or body with a possessive pronoun between «أن»
    and the verb are its subject, and act for the one «ـه» stands for (not «إن موكلتها ترحب»: her client is no
    force of hers)."""
    if i < 2 or doc.tokens[i - 1].kind != "word" or doc.tokens[i - 2].norm not in _THAT:
        return False
    stem = _without_pronoun(strip_conj(doc.tokens[i - 1].norm))
    if stem is None:
        return False
    stem = stem[:-1] + "ه" if stem.endswith("ت") and stem not in lexicon.generic_actors else stem  # «قواته», «حكومته»
    generic = lexicon.generic_actors.get(stem)
    return generic is not None and generic[1] in _STATE_SIDES


def _without_pronoun(word: str) -> str | None:
    """«مقاتلاته» → «مقاتلات», «اتهمها» → «اتهم»: the word without a pronoun suffix (a stem of three letters at
    least left), or None when it ends in none."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return None


_STATE_SIDES = frozenset({"MIL", "COP", "GOV"})


DEMONSTRATIVES = frozenset({"هذا", "هذه", "هؤلاء", "ذلك", "تلك", "اولئك"})


def _demonstrative_subject(doc: Document, i: int) -> bool:
    """«هذا الجاهل يتهم قضاة مصر بأنهم …»: «هذا» and its noun, right before the verb, are its subject (one no
    entity names), so the side after the verb is its object."""
    return i >= 2 and doc.tokens[i - 1].kind == "word" and doc.tokens[i - 1].norm.startswith("ال") \
        and strip_conj(doc.tokens[i - 2].norm) in DEMONSTRATIVES


_MARTYRED = frozenset({"استشهد"})  # «استشهد جندي سعودي»: the subject died; it is always the one killed


_MEMBERS_OF_A_SIDE = frozenset(normalize_word(w) for w in ("عناصر", "أفراد", "مقاتلي", "أعضاء", "منتسبي", "جنود"))


def _members_of_after(doc: Document, k: int, count: int) -> int:
    """«خمسة من عناصر الميليشيات الحوثية», «ثلاثة من الحوثيين»: in the count of `count` words after token k, the
    token where the side its members are counted of begins, past «من» (-1 when no «من» ends the count)."""
    j = next((j for j in range(k + 1, min(len(doc.tokens), k + count + 2)) if doc.tokens[j].norm == "من"), None)
    if j is None:
        return -1
    j += 1
    return j + 1 if j < len(doc.tokens) and doc.tokens[j].norm in _MEMBERS_OF_A_SIDE else j


_MAY_HAVE = frozenset({"قد", "ربما"})  # «إن روسيا ربما تزود طالبان بالسلاح»: the same, with «perhaps»


def _subject_before_qad(doc: Document, i: int) -> bool:
    """«وكان القاضي كفانو قد نفى مزاعم فورد», «إن بلاده قد تقتل الأسد»: a noun before «قد» is the verb's
    subject, so the name after the verb is its object. «وقد أعلن الرئيس» (VSO) has no noun before «قد»."""
    j = i - 1
    if j < 1 or doc.tokens[j].norm not in _MAY_HAVE or "\n" in doc.text[doc.tokens[j - 1].end:doc.tokens[i].start]:
        return False
    if j >= 2 and opens_quote(doc, j - 1):
        j -= 1  # «دونالد ترامب "قد يلتقي ملكة بريطانيا"»: the headline quotes the verb of the subject before it
    prev = doc.tokens[j - 1]
    if prev.text in "،," and j >= 2 and any(strip_conj(doc.tokens[k].norm) in _KANA_FORMS
                                            for k in range(max(0, j - 1 - WAS_BEFORE_QAD), j - 1)):
        prev = doc.tokens[j - 2]  # «وكان وزير الخارجية، قد زار»: a comma after the subject that «كان» opens
    return prev.kind == "word" and prev.norm not in _NOT_SUBJECTS and not is_preposition(prev.norm)


_KANA_FORMS = frozenset({"كان", "كانت", "كانوا"})  # «كان» without its «و» (extract's `_WAS` keeps it)
WAS_BEFORE_QAD = 5  # tokens from «كان» to the comma before «قد»: «وكان وزير الخارجية السعودي،»


_GOVERNING_QUOTE = frozenset({"عن", "علي", "الي", "من", "في"})


def _apposed_name_before(doc: Document, i: int, before: list[ActorSpot]) -> bool:
    """«وزير الخارجية الموريتاني، إسماعيل ولد الشيخ أحمد، استقبل السفير المغربي»: a name set off by commas after a
    title ends right before the verb (or its «قد»), so the subject stands before it and what follows is the object."""
    return any(_apposed_name_ends(doc, s, s.token_end, i) for s in before if s.token_end < i)


def _verb_opens_title(doc: Document, comma: int) -> bool:
    """A verb stands in the title's clause before the comma that opens the name: «انتقد الرئيس التركي، رجب طيب
    أردوغان، عرض الوساطة» is that verb's subject, and «عرض» its object."""
    k = comma - 1
    while k >= 0 and doc.tokens[k].kind == "word":
        if _verb_at(doc, k, only=False):
            return True
        k -= 1
    return False


def _apposed_name_ends(doc: Document, s: ActorSpot, j: int, i: int) -> bool:
    """The comma at j closes a person's name set off by commas after his title, right before the verb at i (or its
    «قد»): «وكانت سفيرة الولايات المتحدة لدى الأمم المتحدة، نيكي هايلي، قد حثت موسكو»."""
    return j == s.token_end and j < i and doc.tokens[j].text in "،," and s.entity is not None \
        and s.entity.label == "PER" and s.token_start >= 2 \
        and doc.tokens[s.token_start - 1].text in "،," and doc.tokens[s.token_start - 2].kind == "word" \
        and all(doc.tokens[k].kind == "word" and strip_conj(doc.tokens[k].norm) in ("قد", "لقد")
                for k in range(j + 1, i)) \
        and not _verb_opens_title(doc, s.token_start - 1)


_VERB_PARTICLES = frozenset({"قد", "لقد", "لن", "لم", "لا", "سوف", "ما"})
_QUOTE_MARKS = frozenset({'"', "»", "”"})  # a straight quote after words closes the quotation they were in


def _words_before_the_verb(doc: Document, lo: int, i: int) -> bool:
    """Words other than the verb's particles stand from token lo to the verb at i, in a quotation still open: «"هذا
    الأسبوع أطلقت», not «"قد أعربت», «"لن ترفع العقوبات"», nor «انتقادات مجموعة السبع "بالثرثرة" ودعاها»."""
    return any(doc.tokens[k].kind == "word" and strip_conj(doc.tokens[k].norm) not in _VERB_PARTICLES
               for k in range(lo, i)) and not any(doc.tokens[k].text in _QUOTE_MARKS for k in range(lo, i))


def _quote_opens_clause(doc: Document, j: int, i: int) -> bool:
    """A quotation opening at j holds a clause of its own, unless a preposition before it governs the trigger
    at i that it opens: «أعربت سوريا عن "إدانتها الشديدة"» quotes only the words of the subject's own clause."""
    return opens_quote(doc, j) and not (j == i - 1 and j > 0 and doc.tokens[j - 1].norm in _GOVERNING_QUOTE)


def opens_quote(doc: Document, j: int) -> bool:
    """Whether token j opens a quotation: «, “, or a straight quote with a word right after it."""
    tok = doc.tokens[j]
    if tok.text in ("«", "“"):
        return True
    if tok.text != '"':
        return False
    after = doc.text[tok.end:tok.end + 1]
    before = doc.text[tok.start - 1:tok.start] if tok.start else " "
    return bool(after) and not after.isspace() and (before.isspace() or before in "(:،,")


# words whose own first letter is «و» or «ف», never a conjunction: «وزير» is not «و» + «زير»
_OWN_WAW_OR_FA = frozenset(normalize_word(w) for w in (
    "وزير", "وزيرة", "وزراء", "وزارة", "وزارات", "وكالة", "وكالات", "وكيل", "وفود", "وسيط", "وسطاء", "وحدات",
    "وحدة", "وثيقة", "وفاة", "ورشة", "فريق", "فريقه", "فصائل", "فصيل", "فضيحة", "فضائح", "فدية", "فخامة", "وجود"))


def strip_conj(norm: str) -> str:
    """«والرئيس» → «الرئيس»: the word without a leading «و» or «ف» (but «وزير» keeps its own «و»)."""
    return norm[1:] if len(norm) > 3 and norm[0] in "وف" and norm not in _OWN_WAW_OR_FA else norm


_NOT_CONSTRUCT_HEADS = frozenset({"بين", "لدي", "ضد", "عبر", "بعد", "قبل"})
GENITIVE_CHAIN = 3  # bare nouns in a construct chain before the spot: «بفضائل زعيم تنظيم القاعدة»


OBJECT_AFTER_CIRCUMSTANCE = 3  # words from a circumstance's genitive to the bare object after it


def _object_follows(doc: Document, spot: ActorSpot, after: list[ActorSpot]) -> bool:
    """A side behind no preposition comes within a few words after the spot, before any punctuation."""
    for x in after:
        if x.token_start < spot.token_end:
            continue
        if words_between(doc, spot.token_end - 1, x.token_start) > OBJECT_AFTER_CIRCUMSTANCE or any(
                t.kind == "punct" for t in doc.tokens[spot.token_end:x.token_start]):
            return False
        if not governed(doc, x) and not conjoined(doc.tokens[x.token_start]):
            return True
    return False


def _genitive_of_a_governed_noun(doc: Document, spot: ActorSpot) -> bool:
    """«مع قادة حوثيين», «إلى مسؤولين أمريكيين», «بفضائل زعيم تنظيم القاعدة»: a preposition, then a chain of bare
    nouns (the first may carry the preposition glued), then the spot: the genitive or adjective of that chain."""
    j = spot.token_start - 1
    chain = 0
    while j >= 0 and chain < GENITIVE_CHAIN and doc.tokens[j].kind == "word" \
            and not is_preposition(strip_conj(doc.tokens[j].norm)) \
            and not any(p.tag in ("DET", "PREP") for p in doc.tokens[j].pieces) and not is_adjective(doc.tokens[j]):
        j -= 1
        chain += 1
    if j < 0 or doc.tokens[j].kind != "word":
        return False
    head = doc.tokens[j]
    if chain and is_preposition(strip_conj(head.norm)):
        return True
    return any(p.tag == "PREP" for p in head.pieces) and not any(p.tag == "DET" for p in head.pieces) \
        and chain >= 1 and head.norm not in _NOT_CONSTRUCT_HEADS


# verbs of reaction to another's act: «أدان», «ندد», «استنكر», «شجب», «انتقد», «رفض» (past and present, normalised)
_REACTING = frozenset(stem + ending for stem in ("ادان", "دان", "ندد", "استنكر", "شجب", "انتقد", "رفض")
                      for ending in ("", "ت", "وا")) | frozenset(
    prefix + stem for stem in ("دين", "ندد", "ستنكر", "شجب", "نتقد", "رفض") for prefix in ("ي", "ت")) | frozenset(
    ("ادانه", "استنكار", "تنديد", "انتقاد"))  # the masdar, its doer after it: «إدانة الأردن للهجوم»


def _reacting_subject(doc: Document, spot: ActorSpot, triggers: set[int]) -> bool:
    """«وأدان الأمين العام للأمم المتحدة بان كي مون قتل الطفل», «إدانة الأردن للهجوم»: the spot is the subject of a
    verb of condemning or rejecting (or the doer after its masdar) a few words before it (its title between), so an
    act of violence after it is another's."""
    k = max((t for t in triggers if t < spot.token_start), default=-1)
    # (a named side: «تدين تفجيرين إرهابيين» names who bombed by an adjective of the object)
    return k >= 0 and spot.entity is not None and strip_conj(doc.tokens[k].norm) in _REACTING \
        and words_between(doc, k, spot.token_start) <= TITLE_SPAN \
        and all(doc.tokens[j].kind == "word" for j in range(k + 1, spot.token_start))


# verbs of asking or talking about a thing: «سأل», «تساءل», «استفسر», «تحدث», «تكلم» (past, present, passive)
_ASKING = frozenset(normalize_word(w) for w in (
    "سأل", "سألت", "سألوا", "يسأل", "تسأل", "يسألون", "سئل", "تساءل", "تساءلت", "يتساءل", "تتساءل",
    "استفسر", "استفسرت", "يستفسر", "تحدث", "تحدثت", "تحدثوا", "يتحدث", "تتحدث", "يتحدثون", "تكلم", "تكلمت", "يتكلم"))
_ABOUT = frozenset({"عن", "حول", "بشان"})


def _asking_subject(doc: Document, spot: ActorSpot, i: int) -> bool:
    """«وعندما يسأل الوزير المشنوق عن خطف المواطنين التشيكيين»: the spot is the subject of a verb of asking or
    talking a few words before it, and the act at token i is what he asks or talks «about»: his topic, not his act."""
    words = [j for j in range(spot.token_end, i) if doc.tokens[j].kind == "word"]
    if not words or strip_conj(doc.tokens[words[-1]].norm) not in _ABOUT or len(words) > 2:
        return False  # (one word may stand between: «سأل الوزير أمس عن خطف»)
    k = spot.token_start - 1
    seen = 0
    while k >= 0 and seen <= TITLE_SPAN:
        if doc.tokens[k].kind == "word":
            if strip_conj(doc.tokens[k].norm) in _ASKING:
                return True
            seen += 1
        elif doc.tokens[k].text in ".،,؛;:":
            return False
        k -= 1
    return False


def adjective_of_a_governed_noun(doc: Document, spot: ActorSpot) -> bool:
    """«من السفير الكندي», «للسفير الكندي», «من تعاظم الوجود الإيراني»: a nisba after a definite noun that a
    preposition governs (or that is the genitive of a noun it governs)."""
    k = spot.token_start - 1
    if not _is_nisba(doc, spot) or k < 1 or doc.tokens[k].kind != "word" \
            or not strip_conj(doc.tokens[k].norm).startswith(("ال", "لل", "بال")):
        return False
    if _behind_a_preposition(doc, k):
        return True
    head = k - 1  # the construct's head, indefinite: «تعاظم» in «من تعاظم الوجود»
    return head >= 1 and doc.tokens[head].kind == "word" and not strip_conj(doc.tokens[head].norm).startswith("ال") \
        and _behind_a_preposition(doc, head)


def _behind_a_preposition(doc: Document, k: int) -> bool:
    """The word at token k carries a preposition glued to it («بالمدينة») or stands right after one («في المدينة»)."""
    return any(p.tag == "PREP" for p in doc.tokens[k].pieces) or is_preposition(strip_conj(doc.tokens[k - 1].norm))


# «كل من», «كلا من» (after «لكن», «إن»): the «من» lists the sides, it governs none
EACH_OF = frozenset({"كل", "كلا"})


def _each_of_subjects(doc: Document, k: int) -> bool:
    """«كل» at token k lists subjects: «كلٌّ من» in the nominative, or «كلا من» after «لكن», «إن» (not «زار كلا من
    الصين وتركيا», the accusative of an object)."""
    norm = strip_conj(doc.tokens[k].norm)
    if norm == "كل":
        return True
    return norm == "كلا" and k > 0 and strip_conj(doc.tokens[k - 1].norm) in ("لكن", "ان", "بان", "لان", "الا")


def _listed_subjects_between(doc: Document, lo: int, hi: int) -> bool:
    """«بينما عارضته السويد وهولندا، وامتنعت كل من البيرو وكازاخستان عن التصويت»: another verb joined by «و» and
    followed by «كل من» stands between tokens lo and hi, so the sides listed after it are its subjects."""
    for k in range(lo, hi - 2):
        if doc.tokens[k].kind != "word" or not conjoined(doc.tokens[k]) or strip_conj(doc.tokens[k + 2].norm) != "من" \
                or not _each_of_subjects(doc, k + 1):
            continue
        verb = strip_conj(doc.tokens[k].norm)  # a verb that agrees with a list: «وامتنعت», «وتدعم», «ويرفض»
        if _verb_at(doc, k, only=False) or ((verb.startswith(("ت", "ي")) or verb.endswith("ت"))
                                             and not verb.startswith("ال") and not is_preposition(verb)):
            return True
    return False


def governed(doc: Document, spot: ActorSpot) -> bool:
    """Whether a preposition governs the mention: «إلى روسيا», «لروسيا», «مع بوتين»."""
    tok = doc.tokens[spot.token_start]
    if _own_preposition(doc, spot):
        return True
    if tok.pieces and tok.pieces[0].tag == "PREP" and spot.start == tok.start:
        return True  # «جمعيات مساندة للفلسطينيين»: a people's spot taken from the whole word, preposition and all
    if spot.start > tok.start and tok.norm[:1] in ("ب", "ل") and tok.norm[1:2] != "ل":
        return True  # a one-letter preposition glued to the name the segmenter did not split
    if _line_break_before(doc, spot.token_start):
        return False  # «… ميناء الحديدة باليمن⏎بريطانيا تطلب»: a headline's last word governs nothing on the next line
    if _nisba_of_a_governed_name(doc, spot):
        return True
    prev = _preceding_word(doc, spot)
    if prev == "من" and spot.token_start >= 2 and _each_of_subjects(doc, spot.token_start - 2):
        return False  # «تعهدت كل من السعودية والإمارات», «لكن كلا من موسكو ودمشق اتهمتا»: «كل من» lists the subjects
    if prev == "نحو" and (doc.tokens[spot.token_start - 1].kind == "number"
                          or strip_conj(doc.tokens[spot.token_start].norm) in _COUNT_WORDS):
        return False  # «فإن نحو 10 آلاف يمني وصلوا»: «نحو» before a count is "about", not "towards"
    if prev in _COUNT_LINKS and _count_runs_to(doc, spot):
        return False  # «أكثر من 50 فلسطينيا», «ما لا يقل عن 20 مدنيا»: the «من» of a count governs no one
    if prev is not None and is_preposition(prev):
        return True
    j = spot.token_start - 1
    while j >= 0 and opens_quote(doc, j):
        j -= 1  # «تندد بجرائم «داعش»»
    if j >= 0 and any(p.tag == "PREP" for p in doc.tokens[j].pieces) and doc.tokens[j].kind == "word" \
            and not _named_after_his_post(doc, spot, j):
        return True  # «بدعم الحوثيين»: the genitive of a masdar inside a prepositional phrase
    # «مع الدكتور جميل البقعاوي»: an honorific between the preposition and the name
    j = spot.token_start - 1
    if j >= 1 and strip_conj(doc.tokens[j].norm) in _HONORIFICS and is_preposition(strip_conj(doc.tokens[j - 1].norm)):
        return True
    # «في شمال سوريا», «بمدينة عفرين»: a place noun between the preposition and the name
    if j >= 1 and _strip_prep(doc.tokens[j]) in _PLACE_NOUNS:
        tok = doc.tokens[j]
        return is_preposition(strip_conj(doc.tokens[j - 1].norm)) or any(p.tag == "PREP" for p in tok.pieces)
    return False


_ACCUSATION_MASDARS = frozenset({"اتهام", "الاتهام", "باتهام", "لاتهام", "واتهام"})


def _accused_after_ila(doc: Document, i: int, after: list[ActorSpot]) -> list[ActorSpot]:
    """«وجه أصابع الاتهام إلى الثوار», «توجيه الاتهام لإيران»: whom an accusation is directed to follows «إلى» (or
    «لـ») right after the masdar."""
    if doc.tokens[i].norm not in _ACCUSATION_MASDARS or i + 1 >= len(doc.tokens):
        return []
    nxt = doc.tokens[i + 1]
    if nxt.norm == "الي":
        at = i + 2
    elif has_lam(nxt) or _split_preposition(nxt, "لـ"):
        at = i + 1  # «لإيران», «للثوار»: the side carries the «لـ»
    else:
        return []
    spot = next((s for s in after if s.token_start == at), None)
    return actor_group(doc, spot, after) if spot is not None else []


def _accusation_genitives(doc: Document, i: int, after: list[ActorSpot]) -> tuple[list[ActorSpot], list[ActorSpot]] | None:
    """(accuser, accused) of «اتهام X Y بـ…» or «اتهام Y بـ…»: before the charge, a lone genitive is the accused.

    «غداة اتهام واشنطن الحكومة السورية بشن هجوم»: Washington accuses the Syrian government;
    «وصف مصدر سوري اتهام الحكومة السورية باستخدام الأسلحة بالفبركات»: the government is accused.
    """
    if doc.tokens[i].norm not in _ACCUSATION_MASDARS or not after or after[0].token_start != i + 1 \
            or governed(doc, after[0]):
        return None
    first = after[0]
    second = next((s for s in after[1:] if s.token_start == first.token_end and not governed(doc, s)
                   and s.key != first.key and s.side != first.side and not conjoined(doc.tokens[s.token_start])),
                  None)  # not «الرئيس السوري بشار الأسد», not «روسيا وإيران»
    last = (actor_group(doc, second, after) if second is not None else actor_group(doc, first, after))[-1]
    charge = doc.tokens[last.token_end] if last.token_end < len(doc.tokens) else None
    if charge is None or charge.kind != "word" or not charge.norm.startswith("ب") or len(charge.norm) < 3:
        return None
    return ([first], actor_group(doc, second, after)) if second is not None else ([], actor_group(doc, first, after))


def _object_before_complement(doc: Document, i: int, complement: int, source: list[ActorSpot],
                              after: list[ActorSpot]) -> bool:
    """«حضت تركيا الولايات المتحدة على استبعاد …»: a side of another country right after the verb's subject,
    before the verb's own preposition, is its object; what follows the preposition is what it is urged to."""
    if not source:
        return False  # «تعاون بلاده مع المحكمة»: the actor right after a verb with no subject yet is its subject
    start = max([i] + [s.token_end - 1 for s in source if s.token_start > i])
    sides = {s.side for s in source}
    k = start + 1  # past a time set off by commas: «دعا ليبرمان، الجمعة، رئيس النظام السوري، بشار الأسد، إلى»
    while k < complement and (doc.tokens[k].kind == "punct" or covered_by_times(doc, k, k + 1)):
        k += 1
    if k < complement and doc.tokens[k].norm in TITLE_HEADS:
        k += 1  # «رئيس النظام السوري»: the head of the side named after his title
    return any(s.token_start == k and s.token_end <= complement and s.side not in sides
               and not governed(doc, s) and not _glued_preposition(doc.tokens[s.token_start]) for s in after)


def _glued_preposition(tok: Token) -> bool:
    """«للكيرلنغ», «بالولايات»: a word with «لـ» or «بـ» on it, segmented or not, is no verb's object."""
    return tok.norm.startswith(("لل", "بال")) or any(p.tag == "PREP" for p in tok.pieces)


def _people_in_nominative(doc: Document, spot: ActorSpot) -> bool:
    """«يندد به الفلسطينيون»: a people named by a plural nisba in the nominative is the verb's subject (an adjective
    «التركية» or an object «الإيرانيين» is not)."""
    return spot.token_end - spot.token_start == 1 and strip_conj(doc.tokens[spot.token_start].norm).startswith("ال") \
        and doc.tokens[spot.token_start].norm.endswith("يون")


def _armed_unit_of(doc: Document, unit: ActorSpot, k: int) -> bool:
    """«طيران التحالف استهدف»: an armed unit of no side named, then the definite noun it belongs to."""
    return unit.entity is None and unit.generic is not None and not unit.country and is_armed(unit) \
        and doc.tokens[k].kind == "word" and strip_conj(doc.tokens[k].norm).startswith("ال")


def _plural_in_oblique(doc: Document, i: int, spot: ActorSpot) -> bool:
    """«المواطنين», «مواطنين»: unnamed people in a sound plural's «ـين», right after the verb, are its object (the
    subject would read «المواطنون»), and so past a quotation mark opening after the verb («ودعت "المواطنين الأبطال
    في كردستان …"»); named groups are left alone, news spells «الحوثيين» in any case."""
    k = spot.token_start
    after_verb = i + 2 if i + 2 == k and doc.tokens[i + 1].text in QUOTE_MARKS else i + 1
    return spot.entity is None and spot.generic is not None and k == after_verb and doc.tokens[k].norm.endswith("ين")


def _own_side_will_act(doc: Document, spot: ActorSpot, source: list[ActorSpot]) -> bool:
    """The subject of the «أن» clause a warning goes on to, of the warner's own country."""
    return spot.side is not None and any(s.side == spot.side for s in source) \
        and _preceding_word(doc, spot) in ("ان", "بان")


def _spokesman_named(spot: ActorSpot, source: list[ActorSpot]) -> bool:
    """A person of the body named as source, right after it in apposition («… الخارجية الإيرانية بهرام قاسمي»).

    After a person, another person of the same side is the object: «استقبل الرئيس هادي رئيس الوزراء بحاح».
    """
    return bool(source) and spot.token_start == source[-1].token_end and spot.entity is not None \
        and spot.entity.label == "PER" and spot.side is not None and spot.side == source[-1].side \
        and (source[-1].entity is None or source[-1].entity.label != "PER")


# «مدعوما بقوات روسية», «برعاية الأردن», «بمشاركة مصر»: who backs, sponsors or joins an act
_BACKING = frozenset({"مدعوما", "مدعومه", "مدعومين", "المدعوم", "المدعومه", "المدعومين", "المدعومون", "مدعومون",
                      "مدعوم", "برعايه", "بدعم",
                      "بمسانده", "بمشاركه", "بوساطه", "بتمويل", "لمسانده", "لدعم",
                      "باسناد", "بمؤازره", "بغطاء"})  # «سيطرت القوات الشرعية، بإسناد من قوات التحالف، على»
# «شنت ضربات جوية … دعما لقوات الأسد»: the side an attack is made in support of
_IN_SUPPORT_OF = frozenset({"دعما", "اسنادا", "مسانده", "نصره"})


def _patron_of_joined_loyalists(doc: Document, spot: ActorSpot, after: list[ActorSpot]) -> bool:
    """«المسلحون الحوثيون والموالون للرئيس السابق علي عبدالله صالح»: the side men joined by «و» to the actors are
    loyal to (his title before his name, or the name alone) acts with them; it is no target. (`extract` adds him to
    a source found by then, «_loyal_in_the_subject»; here the carriers of an attack are not yet its source.)"""
    title = next((t for t in after if t.token_end == spot.token_start and t.mention_kind == "title"), None)
    head = title or spot
    j = _word_before(doc, head.token_start)
    behind_lam = j >= 0 and doc.tokens[j].norm in ("الي", "ل")
    if behind_lam:
        j = _word_before(doc, j)
    return j >= 0 and doc.tokens[j].norm.startswith("و") and strip_conj(doc.tokens[j].norm) in _LOYAL \
        and (behind_lam or doc.tokens[head.token_start].norm.startswith("ل"))


# «المنضوية في إطار تنظيم القاعدة», «المنضوين تحت لواء الجيش الحر»: enrolled in or under a side's banner
_ENROLLED = frozenset(normalize_word(w) for w in (
    "منضوية", "المنضوية", "منضوي", "المنضوي", "منضوون", "المنضوون", "منضوين", "المنضوين", "تنضوي", "ينضوي",
    "ينضوون"))
_ENROLLED_IN = frozenset({"في", "تحت"})
_BANNERS = frozenset(normalize_word(w) for w in ("إطار", "لواء", "راية", "مظلة", "صفوف", "كنف"))


def _enrolled_under(doc: Document, spot: ActorSpot) -> bool:
    """«حركة الشباب المنضوية في إطار تنظيم القاعدة»: the spot is the side a subject is enrolled in, through «في»
    or «تحت» and perhaps a banner word («إطار», «لواء»)."""
    j = _word_before(doc, spot.token_start)
    if j >= 0 and doc.tokens[j].norm in _BANNERS:
        j = _word_before(doc, j)
    if j < 0 or doc.tokens[j].norm not in _ENROLLED_IN:
        return False
    j = _word_before(doc, j)
    return j >= 0 and strip_conj(doc.tokens[j].norm) in _ENROLLED


def _loyalty_aside(doc: Document, spot: ActorSpot) -> bool:
    """«، الموالي للقوات التركية،», «، التابع للأمم المتحدة،»: an aside after a comma names the side one is loyal to."""
    j = next((k for k in range(spot.token_start - 1, max(-1, spot.token_start - 4), -1)
              if strip_conj(doc.tokens[k].norm) in _LOYAL), -1)
    # «الموالي للقوات التركية»: the demonym right after the forces the aside names; else «، الموالي للتنظيم»
    forces = j == spot.token_start - 2 and doc.tokens[j + 1].norm.startswith("لل")
    return j >= 1 and doc.tokens[j - 1].text in "،," and (forces or _loyal_to(doc, spot))


def backing(doc: Document, spot: ActorSpot) -> bool:
    """A backing word one or two words before the spot: «مدعوما من روسيا», «مدعوما بقوات روسية»; or three, past
    what backs behind «بـ» or «من»: «مدعومة بغارات جوية روسية», «بدعم من الطيران الروسي»."""
    words = [j for j in range(spot.token_start - 1, max(-1, spot.token_start - 5), -1) if doc.tokens[j].kind == "word"]
    if any(strip_conj(doc.tokens[j].norm) in _BACKING for j in words[:2]):  # «مدعوما بقوات روسية»
        return True
    if len(words) >= 3 and strip_conj(doc.tokens[words[2]].norm) in _BACKING \
            and (doc.tokens[words[1]].norm == "من" or doc.tokens[words[1]].norm.startswith("ب")):
        return True
    # «مدعومة بغطاء جوي كثيف لطائرات التحالف العربي»: further, past the backing behind «بـ» and what it is, the
    # side whose it is
    k = spot.token_start - 1
    if k < 0 or not (has_lam(doc.tokens[k]) or doc.tokens[k].norm == "من"):
        return False
    for j in range(k - 1, max(-1, k - 1 - BACKING_REACH), -1):
        tok = doc.tokens[j]
        if tok.kind != "word":
            return False
        if strip_conj(tok.norm) in _BACKING:  # «بغطاء جوي … لطائرات», «مدعومة بغطاء … لطائرات» (not «لدعم»)
            return strip_conj(tok.norm).startswith("ب") or (j + 1 < k and doc.tokens[j + 1].norm.startswith("ب"))
    return False


BACKING_REACH = 4  # words from a backing participle to the side whose backing it is: «مدعومة بغطاء جوي كثيف لـ»


def _backed_by_masdar(doc: Document, spot: ActorSpot) -> bool:
    """«بدعم جماعة الإخوان», «لدعم الحوثيين»: the spot is the genitive right after a masdar of backing."""
    k = spot.token_start - 1
    return k >= 0 and doc.tokens[k].kind == "word" and strip_conj(doc.tokens[k].norm) in _BACKING \
        and not strip_conj(doc.tokens[k].norm).lstrip("ال").startswith("مدعوم")


def backs_the_act(doc: Document, k: int) -> bool:
    """«مدعومة بضربات جوية من التحالف»: the act at token k is the backing a side was given, right after the word."""
    j = k - 1
    while j >= 0 and doc.tokens[j].kind != "word":
        j -= 1
    return j >= 0 and strip_conj(doc.tokens[j].norm) in _BACKING


_AS_TOLD = frozenset({"وفق", "وفقا", "بحسب", "حسب", "طبقا"})  # «وفق ما نقلت وكالتا الأناضول ودوغان»


_TALKED_OF = frozenset(normalize_word(w) for w in ("تحدث", "تحدثت", "يتحدث", "تتحدث", "تحدثوا", "يتحدثون"))


def saying_clause_between(doc: Document, lo: int, hi: int) -> bool:
    """«ودانت الولايات المتحدة ما حصل، وقالت المتحدثة باسم وزارة الخارجية», «دعت فرنسا … إلى تجنب تصعيد جديد وقال
    وزير الخارجية الفرنسي»: a new clause of saying begins, with or without a comma before its «و», or right after a
    comma («، تكتب لوموند»); «، وفق ما نقلت وكالتا الأناضول ودوغان»: so does the attribution of what was told."""
    for j in range(lo, hi):
        if j + 1 < hi and strip_conj(doc.tokens[j].norm) in _AS_TOLD and doc.tokens[j + 1].norm in ("ما", "لما"):
            return True
        if j > lo and doc.tokens[j - 1].text in "،," and strip_conj(doc.tokens[j].norm) in _AS_TOLD:
            return True  # «، بحسب بيان للتنظيم»: after a comma, who told it (not whom it was done to)
        if doc.tokens[j].kind == "word" and doc.tokens[j].norm[:1] in ("و", "ف") \
                and (is_saying_verb(doc.tokens[j].norm[1:]) or doc.tokens[j].norm[1:] in _TALKED_OF):
            return True  # («وتتوعد دول غربية بـ"رد قوي"، وتحدثت واشنطن عن قرار»: Washington spoke, no one warned it)
        if j > lo and doc.tokens[j - 1].text in "،," and doc.tokens[j].kind == "word" \
                and is_saying_verb(doc.tokens[j].norm):
            return True  # «… والذي يرفضه ترامب رغم إعلانه الاستعداد لتعديله، تكتب لوموند»: who tells it, after a comma
        if doc.tokens[j].kind == "word" and is_saying_verb(doc.tokens[j].norm) and _after_comma_and_when(doc, lo, j):
            return True  # «انسحاب الولايات المتحدة من الاتفاق، وفي يوم الاثنين قال وزير خارجيته»
    return False


def _after_comma_and_when(doc: Document, lo: int, j: int) -> bool:
    """Whether the words before token j since a comma at or after `lo` are a «و» and a time: «، وفي يوم الاثنين»,
    «، والأحد»."""
    k = j - 1
    while k >= lo and doc.tokens[k].kind == "word" and j - k <= CLAUSE_TIME_WORDS:
        k -= 1
    if k < lo or k == j - 1 or doc.tokens[k].text not in "،,":
        return False
    opening = doc.tokens[k + 1].norm
    return opening[:1] == "و" and any(strip_conj(doc.tokens[t].norm) in _TIME_WORDS or t in _inside_times(doc)
                                      for t in range(k + 1, j))


CLAUSE_TIME_WORDS = 4  # words of «وفي يوم الاثنين» between a comma and the verb of saying that opens a clause


def is_saying_verb(norm: str) -> bool:
    """«قال», «تكتب», «أضافت»: a verb of saying the quotes' cues know (not a noun of saying: «تصريح»)."""
    cue = SPEECH_CUES.get(norm)
    return cue is not None and cue.form == "verb"


_CONTRASTS = frozenset({"فيما", "بينما"})
_REGARDING = frozenset({"يتعلق", "يخص", "يتصل"})  # «فيما يتعلق بـ»: regarding, no new clause


def contrast_clause_between(doc: Document, lo: int, hi: int) -> bool:
    """«نددت السلطة الفلسطينية بـ"مجزرة" فيما برر نتانياهو …»: «فيما», «بينما», «في حين» (while), or a comma and
    «وقد», «كما», «لكن», open another clause, whose sides are not the first clause's target."""
    for j in range(lo, hi):
        norm = doc.tokens[j].norm.removeprefix("و")  # «وفيما»; «فيما» keeps its «ف»
        nxt = doc.tokens[j + 1].norm if j + 1 < len(doc.tokens) else ""
        if (norm in _CONTRASTS and nxt not in _REGARDING) or (norm == "في" and nxt == "حين"):
            return True
        if j > lo and doc.tokens[j - 1].text in "،," and doc.tokens[j].norm in _CLAUSE_OPENERS:
            return True  # «عارض بوش تشكيل هذه الهيئة، وقد عمل بولتون …»: a comma and «وقد» open the next clause
    return False


# words that open a new clause right after a comma: «، وقد عمل», «، وكان قد», «، كما أعلن»
_CLAUSE_OPENERS = frozenset({"وقد", "وكان", "وكانت", "كما", "ثم", "لكن", "ولكن", "غير", "الا"})


def _singular_adjective(doc: Document, spot: ActorSpot) -> bool:
    """«للضربات الإسرائيلية», «بالهجوم التركي»: a singular nisba agrees with the noun before it, not a genitive."""
    norm = doc.tokens[spot.token_start].norm
    return spot.token_end - spot.token_start == 1 and norm.startswith("ال") and norm.endswith(("ي", "يه")) \
        and (spot.entity is None or spot.entity.label != "PER") and _is_nisba(doc, spot)


_PLACE_NOUNS = _COMPASS | frozenset({"مقر", "مبني", "سفاره", "وسط", "مدينه", "عاصمه", "منطقه", "محافظه", "اقليم",
                                     "ولايه", "قرب", "انحاء", "ضواحي", "مركز", "معقل", "معاقل",
                                     "مواقع", "موقع", "مناطق", "اراضي", "حدود", "سماء", "اجواء", "اطراف", "محيط",
                                     "حديقه", "ساحه", "باحه", "قاعه"})  # «في حديقة البيت الأبيض», «في قاعة الأمم المتحدة»


# buildings one visits, whose owner named after them is visited: «زار سفارة خادم الحرمين الشريفين»
_VISITED_SITES = frozenset({"مقر", "مبني", "سفاره", "قنصليه", "منزل", "مكتب", "قصر", "مخيم", "مستشفي", "معسكر"})


_JUDGING_ROOTS = frozenset({"05", "11", "12"})  # praise, criticism, rejection: their object is a stance or a role
# nouns a side follows as their genitive inside a verb's object: «أشاد بدور القوات الروسية», «ثمن جهود مصر»
_OBJECT_HEADS = frozenset(normalize_word(w) for w in (
    "دور", "جهود", "موقف", "مواقف", "مبادرة", "سياسة", "سياسات", "مساعي", "حرص", "التزام", "تصريحات", "وقوف"))


def _head_of_its_object(doc: Document, spot: ActorSpot) -> bool:
    """The word right before the spot is a noun of a stance or a role («بدور», «جهود»), so the spot is its genitive."""
    word = without_lam_or_ba(strip_conj(doc.tokens[spot.token_start - 1].norm)).removeprefix("ال")
    return doc.tokens[spot.token_start - 1].kind == "word" and word in _OBJECT_HEADS


# what an attack strikes that a side's nisba or genitive owns: «البنية التحتية الإيرانية», «المواقع الإيرانية»
# «أماكن تواجد المقاومة», «مناطق انتشار القوات»: where a side is, struck
_PRESENCE = frozenset({"تواجد", "وجود", "تمركز", "انتشار", "تجمع", "تجمعات", "تحصن"})
_STRUCK_SITES = frozenset({"تحتيه", "مواقع", "منشات", "قواعد", "مصالح", "اهداف", "مقرات", "معسكرات", "مخازن"})


_HONORIFICS = frozenset(normalize_word(w) for w in (
    "الدكتور", "الدكتورة", "السيد", "السيدة", "الشيخ", "المهندس", "الأستاذ", "الأستاذة", "د."))


def _strip_prep(tok: Token) -> str:
    """«بشمال» → «شمال»: the token without its proclitics."""
    stem = tok.stem
    norm = tok.norm
    if stem is not None and stem.start > tok.start:
        norm = norm[stem.start - tok.start:] if len(norm) == len(tok.text) else norm
    for prefix in ("وب", "ب", "ول", "ل", "و"):
        if norm.startswith(prefix) and norm[len(prefix):] in _PLACE_NOUNS:
            return norm[len(prefix):]
    return norm


def _line_break_before(doc: Document, k: int) -> bool:
    """Whether a new line starts at token `k`: a headline without a full stop ends before it."""
    return k > 0 and "\n" in doc.text[doc.tokens[k - 1].end:doc.tokens[k].start]


# accords, talks and conferences named after the town they were made or held in: «اتفاق باريس», «مسار أستانا»
_NAMED_AFTER_A_TOWN = frozenset(normalize_word(w) for w in (
    "اتفاق", "اتفاقية", "اتفاقات", "اتفاقيات", "معاهدة", "بروتوكول", "مسار", "محادثات", "مفاوضات", "مؤتمر",
    "إعلان", "تفاهمات", "مذكرة", "قمة", "معركة"))  # («معركة الزبداني»: the town the battle is named for)


def names_an_accord(doc: Document, spot: ActorSpot, lexicon: EventLexicon) -> bool:
    """«اتفاق باريس للمناخ», «محادثات أستانا»: a town (not a country) right after an accord's or talks' word is
    the accord's name."""
    e = spot.entity
    if e is None or e.label != "LOC" or names_its_country(e, lexicon):
        return False
    word = _preceding_word(doc, spot)
    return word is not None and without_lam_or_ba(strip_conj(word)).removeprefix("ال") in _NAMED_AFTER_A_TOWN


_EXCEPT = frozenset(normalize_word(w) for w in ("باستثناء", "استثناء", "عدا", "ماعدا", "بخلاف"))


def _not_excepted(doc: Document, spots: list[ActorSpot]) -> list[ActorSpot]:
    """The spots less those excepted: «15 دولة في مجلس الأمن (باستثناء الولايات المتحدة) تؤيد الاتفاق», and the
    sides joined to them by «و» («باستثناء روسيا والصين»): not among those who act or are acted on (but «سوى»
    keeps its side: «لم ينسحب سوى الولايات المتحدة»)."""
    kept: list[ActorSpot] = []
    excepted_end = -1
    for s in spots:
        prev = _preceding_word(doc, s)
        joined = excepted_end >= 0 and s.token_start - excepted_end <= 1 and doc.tokens[s.token_start].norm[:1] == "و"
        if (prev is not None and strip_conj(prev) in _EXCEPT) or joined:
            excepted_end = s.token_end
            continue
        kept.append(s)
    return kept


def _led_by_folded(doc: Document, spots: list[ActorSpot]) -> list[ActorSpot]:
    """«قوات التحالف العربي الذي تقوده السعودية»: the side that leads a named side, in the relative clause right
    after it, is part of its description; the named side spans both and the object is sought after them."""
    out: list[ActorSpot] = []
    for s in spots:
        last = out[-1] if out else None
        if last is not None and last.entity is not None and s.token_start == last.token_end + 2 \
                and doc.tokens[last.token_end].norm in RELATIVE_PRONOUNS \
                and doc.tokens[last.token_end + 1].norm in LEADING:
            out[-1] = replace(last, token_end=s.token_end, end=s.end)
            continue
        out.append(s)
    return out


# masdars of support, whose genitive gives it: «دعم المملكة للشعب الفلسطيني»
_SUPPORT_MASDARS = (normalize_word("دعم"), normalize_word("تأييد"))
# «مقابل», «لقاء»: in exchange for
IN_EXCHANGE_FOR = frozenset(normalize_word(w) for w in ("مقابل", "بمقابل", "لقاء"))
# (before a side, «لقاء» is as often a meeting: «خلال لقاء الرئيس السيسي»)
_IN_EXCHANGE_FOR_SIDE = IN_EXCHANGE_FOR - {normalize_word("لقاء")}


def _preceding_word(doc: Document, spot: ActorSpot) -> str | None:
    j = spot.token_start - 1
    while j >= 0 and doc.tokens[j].kind != "word":
        if doc.tokens[j].text[:1] in ".؟?!":
            return None
        j -= 1
    if j < 0:
        return None
    norm = doc.tokens[j].norm
    return norm[1:] if len(norm) > 2 and norm[0] in "وف" and is_preposition(norm[1:]) else norm


def _crosses(doc: Document, a: int, b: int, triggers: set[int]) -> bool:
    """Whether tokens [a, b) hold a clause boundary or another trigger."""
    for j in range(a, b):
        if j in triggers and not _time_of_the_clause(doc, j):
            return True
        tok = doc.tokens[j]
        if tok.kind == "punct" and tok.text[:1] in ".؛;:؟?!" and not _abbreviation_dot(doc, j):
            return True
        if (tok.norm in BOUNDARY and not _how_long_ago(doc, j)) or tok.text in _AS_FOR:
            return True
    return False


_ROUGHLY = frozenset({"نحو", "حوالي", "قرابه", "زهاء"})
_WHILE = frozenset({"خلال", "اثناء"})


def _time_of_the_clause(doc: Document, j: int) -> bool:
    """«اتهم يلديريم خلال التظاهرة إسرائيل»: a definite event noun after «خلال», «أثناء» tells when the clause
    happened; it opens no clause of its own."""
    return j > 0 and strip_conj(doc.tokens[j - 1].norm) in _WHILE and doc.tokens[j].norm.startswith("ال")


def _how_long_ago(doc: Document, j: int) -> bool:
    """«زار قبل نحو أسبوعين كلا من دمشق وعمان», «بعد يومين»: «قبل», «بعد» before a span of time tell when, and
    open no clause (unlike «قبل أن», «بعد وصوله», or «على بعد 100 كيلومتر», which tells how far)."""
    if doc.tokens[j].norm not in ("قبل", "بعد") or (j > 0 and doc.tokens[j - 1].norm == "علي"):
        return False
    k = j + 1
    if k < len(doc.tokens) and doc.tokens[k].norm in _ROUGHLY:
        k += 1
    if k >= len(doc.tokens) or not (doc.tokens[k].kind == "number" or doc.tokens[k].norm in _SPANS_AGO):
        return False
    if doc.tokens[k].kind == "number" and k + 1 < len(doc.tokens) and doc.tokens[k + 1].norm in _SPANS:
        k += 1  # «بعد 10 أيام»
    if k + 1 < len(doc.tokens) and doc.tokens[k + 1].norm == "فقط":
        k += 1
    # «قبل يومين من الهجوم», «بعد يومين على ضربات»: a span before or after another act opens that act's phrase
    return not (k + 1 < len(doc.tokens) and doc.tokens[k + 1].norm in ("من", "علي"))


def _welcomed_act(doc: Document, start: int, m: TriggerMatch, triggers: set[int]) -> set[int]:
    """«رحب ليبرمان أمس بسيطرة قوات بشار الأسد على الحدود»: the act a welcome or praise names with «بـ» right after
    its subject (and its time) opens no clause of its own; whose act it is, is what was welcomed."""
    if m.trigger.code[:2] != "05" or m.trigger.kind != "verb":
        return set()
    k = start + 1
    while k < len(doc.tokens) and any(t.start <= doc.tokens[k].start < t.end for t in doc.times):
        k += 1  # «أمس»
    return {k} if k in triggers and _split_preposition(doc.tokens[k], "ب") else set()


def _crosses_outside_names(doc: Document, a: int, b: int, triggers: set[int], spots: list[ActorSpot]) -> bool:
    """`_crosses`, but not inside a side's own name: «غارات شنها التحالف الذي تقوده السعودية على اليمن» (the
    relative pronoun in the coalition's name opens no clause)."""
    named = {j for s in spots if s.token_end - s.token_start > 1 and a <= s.token_start and s.token_end <= b
             for j in range(s.token_start, s.token_end)}
    return any(_crosses(doc, j, j + 1, triggers) for j in range(a, b) if j not in named) if named \
        else _crosses(doc, a, b, triggers)


_AS_FOR = frozenset({"أما", "وأما"})  # «قد أعدم عام 2012 أما طارق عزيز …»: «as for» opens another topic (not «إما»)


def _abbreviation_dot(doc: Document, j: int) -> bool:
    """«د.نبيل العربي», «م. إبراهيم محلب»: the dot after a title's one letter ends no clause."""
    return doc.tokens[j].text == "." and j > 0 and doc.tokens[j - 1].kind == "word" and len(doc.tokens[j - 1].text) == 1


# how long ago, after «منذ»: «منذ يومين», «منذ العام 2013», «منذ أكثر من عام»
_SPANS = frozenset({"ذلك", "يوم", "يومين", "ايام", "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "شهور",
                    "ساعتين", "دقائق", "لحظات",
                    "عام", "العام", "عامين", "اعوام", "سنه", "السنه", "سنتين", "سنوات", "ساعه", "ساعات", "فتره", "وقت",
                    "مده", "عقد", "عقود", "زمن", "مطلع", "الان", "اكثر", "اقل"})
_SPANS_AGO = _SPANS - {"عقد"}  # «قبل عقد اجتماعات أخرى»: before holding them, not a decade ago


def _companions_between(doc: Document, a: int, b: int) -> bool:
    """«ويرافق ساركوزي في زيارته وفد يضم …»: those a delegation holds, or who go along, come with the one acting
    (but «ضم شبه جزيرة القرم» is an annexation)."""
    return any(strip_conj(doc.tokens[j].norm) in _GOING_ALONG or (
        strip_conj(doc.tokens[j].norm) in _HOLDING and j > 0 and strip_conj(doc.tokens[j - 1].norm) in _DELEGATIONS)
        for j in range(a, b))


_GOING_ALONG = frozenset(normalize_word(w) for w in (
    "يرافقه", "يرافقها", "يرافقهم", "رافقه", "رافقها", "رافقهم", "يرافق", "ترافق"))
_HOLDING = frozenset(normalize_word(w) for w in ("يضم", "تضم", "ضم", "ضمت"))
_DELEGATIONS = frozenset(normalize_word(w) for w in ("وفد", "وفدا", "الوفد", "وفود"))
_EACH = frozenset({"كل", "كلا"})  # «كلا من دمشق وعمان»: each of the places


def _since_an_event_between(doc: Document, a: int, b: int) -> bool:
    """«أول هجوم لطالبان منذ إعلان وفاة الملا عمر», «بعد ساعات من دعوة رئيس الوزراء»: «منذ» (or a span before or
    after, «من») and an event of its own date the trigger; the sides after it are that event's, not the trigger's
    (but «منذ يومين», «منذ العام 2013» only say how long ago)."""
    for j in range(a, min(b, len(doc.tokens) - 1)):
        norm = strip_conj(doc.tokens[j].norm)
        if norm in ("بعد", "قبل") and j + 3 < b and strip_conj(doc.tokens[j + 1].norm) in _SPANS \
                and doc.tokens[j + 2].norm == "من":
            j += 2  # «بعد ساعات من», «قبل يوم من»
        elif norm != "منذ":
            continue
        nxt = doc.tokens[j + 1]
        return nxt.kind == "word" and strip_conj(nxt.norm) not in _SPANS | _COUNT_WORDS | _TIME_WORDS \
            and not any(tx.start <= nxt.start < tx.end for tx in doc.times)  # («منذ يوليو الماضي»)
    return False


# «السيسي ونظيره المصري سامح شكري وكذلك الأمين العام للجامعة العربية»: "and also" goes on with the list
_ALSO = frozenset({"وكذلك", "كذلك", "وكذا"})


def _also_alone(gap: list[Token]) -> bool:
    """«اتهمت الصحيفة كذلك النظام السوري»: a bare «كذلك» between subject and object is the adverb "also"; only
    after «و» or a comma does it go on with a list."""
    return bool(gap) and gap[0].norm == "كذلك"


# «أوكرانيا والعديد من الدول الغربية»: a count of the sides after «و» and before «من» still lists them
_SOME_OF = frozenset({"العديد", "عدد", "بعض", "معظم", "غالبيه", "اغلب", "كثير"})


def _some_of(gap: list[Token]) -> bool:
    """The gap between two sides is «والعديد من», «وبعض من»: the second is counted into the list."""
    words = [t for t in gap if t.kind != "punct"]
    return len(words) == 2 and conjoined(words[0]) and strip_conj(words[0].norm) in _SOME_OF and words[1].norm == "من"


QUOTE_MARKS = frozenset('"«»“”')


def actor_group(doc: Document, first: ActorSpot, following: list[ActorSpot]) -> list[ActorSpot]:
    """The actor and those coordinated or in apposition with it: «السعودية والإمارات والبحرين ومصر»."""
    group = [first]
    for s in following[following.index(first) + 1:]:
        if s.token_start == group[-1].token_start:
            group.append(s)  # «الدول الأربع»: the countries counted stand at one place
            continue
        gap = doc.tokens[group[-1].token_end:s.token_start]
        # only «،», «-», a lone «و» or «وكذلك» between them; «والإمارات» carries its «و» itself (quotation marks
        # around either name are not counted: «"حماس" و"الجهاد الإسلامي"»)
        if not _some_of(gap) and not _genitive_of_unnamed(doc, group[-1], gap, s) and (
                sum(t.text not in QUOTE_MARKS for t in gap) > 2 or _also_alone(gap)
                or any(t.kind != "punct" and t.norm != "و" and t.norm not in _ALSO and not _coordinated_title(t.norm)
                       and not _joined_armed_head(t.norm) and not _joined_adjective(t.norm) for t in gap)):
            break
        if any(t.kind == "punct" and t.text[:1] in ".!?؟" for t in gap):
            break  # «واشنطن تدعم لندن.. وروسيا تهدد»: «..» ends the headline's first clause; no list runs across it
        # «الضربات الأمريكية الفرنسية البريطانية»: nisba adjectives side by side are listed, not subject and object
        listed = _is_nisba(doc, s) and _is_nisba(doc, group[-1]) and _same_number(doc, s, group[-1])
        joined = (bool(gap) and not _two_names_quoted_apart(doc, group[-1], gap, s)) or spot_conjoined(doc, s) \
            or s.key == group[-1].key or listed
        if not joined:
            break  # «هنأ بوتين الرئيس السوري»: subject then object, side by side
        if gap and gap[0].text in "،," and spot_conjoined(doc, s) and (
                (spot_conjoined(doc, group[-1]) and _verb_at(doc, s.token_end))
                or own_present_verb(doc, s, following, only=False)):
            break  # «تدعم حزب الله والحوثيين، وواشنطن تدين»: a side with its own verb after it opens a clause; so
            # does one after a comma with a present verb that may also be read as a noun («إلى عدن، والمقاومة
            # الشعبية اليمنية تواصل زحفها»)
        if not gap and opens_next_clause(doc, s, following):
            break  # «الجامعة العربية تدعم الرياض ولندن تدعو»: so does «و» and a side with a verb of its own
        if len(group) > 1 and _named_after_its_title(doc, group[-2], group[-1]) and group[-1].key != s.key and gap \
                and all(t.kind == "punct" for t in gap) and not spot_conjoined(doc, s) \
                and not _list_goes_on(doc, s, following):
            break  # «دعا وزير الخارجية الإيراني، جواد ظريف، الرئيس الأمريكي»: after a title and its name, another
            # side set off by a comma is the object, unless a «و» closes a list («…، والرئيس الصيني»)
        if len(gap) == 1 and gap[0].text in "،," and not spot_conjoined(doc, s) and _spokesmans_body(doc, group[-1]) \
                and s.key != group[-1].key and not (s.entity is not None and s.entity.label == "PER"):
            break  # «ودعت المتحدثة باسم البنتاغون، روسيا إلى»: the side after a spokesman's body and a comma is whom
            # the unnamed spokesman addresses (but «المتحدث باسم الخارجية الإيرانية، بهرام قاسمي»: his name)
        if len(gap) == 1 and gap[0].text in "،," and spot_conjoined(doc, s) and _object_in_relative_clause(doc, group[0]):
            break  # «وتوصلت تركيا التي تدعم الفصائل المعارضة، وإيران وروسيا … إلى اتفاق»: the comma closes the
            # relative clause the object stood in; what «و» adds after it is joined to the clause's antecedent
        if gap and all(t.text in "،," for t in gap) and governed(doc, group[-1]) and not governed(doc, s) \
                and not spot_conjoined(doc, s) and (s.entity is None or s.entity.label != "PER"):
            break  # «المدعومة من واشنطن، دمشق»: what a comma sets after a side behind «من» is no list with it (but
            # «لحليف إيران، الرئيس السوري بشار الأسد»: a person so set off is who the words before describe)
        group.append(s)
    return group


def _spokesmans_body(doc: Document, spot: ActorSpot) -> bool:
    """«المتحدثة باسم البنتاغون», «المتحدث باسم وزارة الخارجية الأمريكية»: the spot is the body a spokesman
    speaks for."""
    k = spot.token_start - 1
    if k > 0 and strip_conj(doc.tokens[k].norm) in _MINISTRY_HEADS:
        k -= 1
    return k >= 0 and strip_conj(doc.tokens[k].norm) == "باسم"


_MINISTRY_HEADS = frozenset(normalize_word(w) for w in ("وزارة", "مكتب", "رئاسة", "قيادة"))


def _named_after_its_title(doc: Document, title: ActorSpot, name: ActorSpot) -> bool:
    """«وزير الخارجية الإيراني، جواد ظريف»: the name set off by a comma is the man the title before it names — his
    own title's spot, or the body a title head names («نائب رئيس الحرس الثوري الإيراني، حسين سلامي»)."""
    if title.key == name.key:
        return True
    head = title.token_start - 1
    return name.entity is not None and name.entity.label == "PER" and head >= 0 \
        and strip_conj(doc.tokens[head].norm) in TITLE_HEADS \
        and all(t.text in "،," for t in doc.tokens[title.token_end:name.token_start])


def _two_names_quoted_apart(doc: Document, first: ActorSpot, gap: list[Token], second: ActorSpot) -> bool:
    """«تتهم إسرائيل "فيلق القدس" الإيراني», «يتهم «داعش» الملا محمد عمر»: two named sides with only quotation marks
    between are subject and object, like names side by side (but «قوات "وحدات حماية الشعب"» names the forces, and
    «هيئة تحرير الشام "جبهة النصرة سابقا"» the body's former name)."""
    if not gap or any(t.text not in QUOTE_MARKS for t in gap) or first.entity is None or second.entity is None:
        return False
    after = second.token_end
    while after < len(doc.tokens) and doc.tokens[after].text in QUOTE_MARKS:
        after += 1
    return after >= len(doc.tokens) or strip_conj(doc.tokens[after].norm) not in _FORMERLY


_FORMERLY = frozenset({"سابقا", "السابق", "السابقه"})  # «جبهة النصرة سابقا»: a former name


def _joined_without_comma(doc: Document, group: list[ActorSpot]) -> list[ActorSpot]:
    """The group up to the first side set off by a comma («الثوار الذين تدعمهم تركيا، والسوريين الأكراد»: the
    comma ends the relative clause its subject stood in)."""
    for n in range(1, len(group)):
        if any(t.text in "،," for t in doc.tokens[group[n - 1].token_end:group[n].token_start]):
            return group[:n]
    return group


def _object_in_relative_clause(doc: Document, first: ActorSpot) -> bool:
    """«تركيا التي تدعم الفصائل المعارضة»: the side is the object of a verb right after a relative pronoun that
    follows another side."""
    verb, pronoun = first.token_start - 1, first.token_start - 2
    return pronoun >= 1 and _verb_at(doc, verb, only=False) and doc.tokens[pronoun].norm in RELATIVE_PRONOUNS \
        and doc.tokens[pronoun - 1].end in once_per_document(doc, "mention ends", lambda: frozenset(
            mention.end for e in doc.entities for mention in e.mentions))


# the regions' adjectives a second «و» adds to an unnamed group: «ونددت دول غربية وعربية ومنظمات غير حكومية»
_REGION_ADJECTIVES = frozenset(normalize_word(w) for w in (
    "عربية", "غربية", "إسلامية", "أوروبية", "أفريقية", "إفريقية", "آسيوية", "خليجية", "أجنبية", "إقليمية", "دولية"))


def _joined_adjective(norm: str) -> bool:
    """«وعربية» in «دول غربية وعربية ومنظمات»: one more adjective of the group before, not a word that ends a list."""
    return norm[:1] == "و" and (norm[1:] in _REGION_ADJECTIVES or nisba_iso3(norm[1:], load_lexicon()) is not None)


# «الجيش السوري وجماعة حزب الله»: the head of a group joined by «و», whose name follows
_ARMED_HEADS = frozenset({"جماعه", "حركه", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "قوات", "عناصر", "مسلحي",
                          "مقاتلي", "تنظيم"})


def _with_between(doc: Document, i: int, spot: ActorSpot) -> bool:
    """«التقى مع وزير الشؤون الخارجية، محمد جواد ظريف»: «مع» after the verb names whom he met, and what is set
    after it by a comma is that side again, not the subject."""
    return any(strip_conj(doc.tokens[j].norm) == "مع" for j in range(i + 1, spot.token_start))


def _agrees(doc: Document, noun: ActorSpot, adjective: ActorSpot) -> bool:
    """«إسلاميون متشددون»: a plural word right after an unnamed side, with its ending, describes it."""
    a, b = doc.tokens[noun.token_end - 1].norm, doc.tokens[adjective.token_start].norm
    return a[-2:] in ("ون", "ين") and a[-2:] == b[-2:]


_SERVING_TITLES = _ENVOYS | {"مستشار", "مستشاره", "موفد"}  # «المبعوث الخاص», «مستشار»: who serves another


_PREDICATE_AFTER = frozenset({"بانه", "بانها", "بانهم", "انهم"})


def _principal_of_an_envoy(doc: Document, spot: ActorSpot) -> bool:
    """«المبعوث الخاص للأمين العام», «ممثل الأمين العام»: the title after an envoy's is whom he serves, not him."""
    if spot.entity is None or spot.entity.label != "PER" or spot.mention_kind != "title":
        return False
    words = [strip_conj(doc.tokens[j].norm).removeprefix("ال")
             for j in range(max(0, spot.token_start - 2), spot.token_start) if doc.tokens[j].kind == "word"]
    return any(w in _SERVING_TITLES for w in words)


def _joined_armed_head(norm: str) -> bool:
    """«وجماعة», «وميليشيات»: «و» and the head of an armed group, whose name comes next."""
    return norm.startswith("و") and norm[1:] in _ARMED_HEADS


def _genitive_of_unnamed(doc: Document, last: ActorSpot, gap: list[Token], spot: ActorSpot) -> bool:
    """«قوات المخلوع وميليشيات الحوثي»: an unnamed side's genitive (one definite word), then «و» and the next side."""
    return last.entity is None and last.generic is not None and not _is_nisba(doc, last) \
        and last.token_end - last.token_start == 1 and len(gap) == 1 and gap[0].kind == "word" \
        and gap[0].norm.startswith("ال") and spot_conjoined(doc, spot)


def opens_next_clause(doc: Document, spot: ActorSpot, following: list[ActorSpot]) -> bool:
    """«والاتحاد الأوروبي يكرر», «ولندن تدعو»: a side joined by «و» with a verb of its own opens the next clause."""
    return spot_conjoined(doc, spot) and own_present_verb(doc, spot, following)


def own_present_verb(doc: Document, spot: ActorSpot, following: list[ActorSpot], *, only: bool = True) -> bool:
    """«ولندن تدعو», «وداعش يتبنى»: a present verb in the singular right after the side, so the side is its subject
    alone (a list before its verb would take «تدعوان»); not a time («فجر السبت»), «قبل», nor another side. With
    `only=False` the word may also spell a noun («تواصل»)."""
    k = spot.token_end
    if k >= len(doc.tokens) or any(x.token_start == k for x in following) \
            or any(tx.start <= doc.tokens[k].start < tx.end for tx in doc.times):
        return False
    norm = strip_conj(doc.tokens[k].norm)
    return norm.startswith(("ي", "ت")) and not norm.endswith(("ان", "ون", "وا")) \
        and (_verb_at(doc, k, only=only) or light_verb(norm) is not None) \
        and norm not in _TIME_PREPOSITIONS | _CIRCUMSTANCES | _TIME_WORDS and not is_preposition(norm)


def _verb_at(doc: Document, k: int, *, only: bool = True) -> bool:
    """Token k is a verb the dictionary knows: only a verb (no noun it also spells), or with `only=False` among
    its readings."""
    if k >= len(doc.tokens) or doc.tokens[k].kind != "word":
        return False
    kinds = [t.kind == "verb" for t, _ in load_lexicon().match_word(doc.tokens[k].norm, doc.tokens[k].text)]
    return bool(kinds) and (all(kinds) if only else any(kinds))


def _verb_before(doc: Document, k: int) -> bool:
    """A verb stands in token k's sentence before it."""
    lo = doc.sentences[sentence_of(doc, k)].token_start
    return any(_verb_at(doc, j) for j in range(lo, k))


def _list_goes_on(doc: Document, spot: ActorSpot, following: list[ActorSpot]) -> bool:
    """Whether the run of comma-separated actors from `spot` on ends in one joined by «و» (past another comma: in
    «دعا وزير الخارجية الإيراني، جواد ظريف، الولايات المتحدة وإسرائيل» the two joined right after the name are
    his objects)."""
    prev = spot
    for s in following[following.index(spot) + 1:]:
        gap = doc.tokens[prev.token_end:s.token_start]
        if len(gap) > 2 or any(t.kind != "punct" and t.norm != "و" for t in gap):
            return False
        if any(t.norm == "و" for t in gap) or conjoined(doc.tokens[s.token_start]):
            return prev is not spot
        if not gap:
            return False
        prev = s
    return False


def verb_conjoined(tok: Token) -> bool:
    """«ويبحث», «ودانوا», «فقرر»: a verb after «و»/«ف» (not «وصل», «وقع», «وافق», whose «و» is the root's)."""
    if tok.pieces and tok.pieces[0].tag == "CONJ":
        return True
    forms = load_lexicon().forms
    if tok.pieces and tok.pieces[0].role == "stem" and normalize_word(tok.pieces[0].text) in forms:
        return False  # «ما وصفه بالأعمال»: «وصف» + «ـه», the root's «و»
    return tok.norm[:1] in ("و", "ف") and tok.norm not in forms  # the dictionary knows «وصل»


# «ترامب ونائبه مايك بنس»: «و» + a title with «ـه» joins the next name to the group.
_TITLES = frozenset({"نائب", "نظير", "وزير", "مستشار", "مساعد", "رئيس", "ولي"})


# «الولايات المتحدة وحليفتاها فرنسا وبريطانيا»: the allies named after join the group
_ALLIES = frozenset({"وحليفتاها", "وحليفتيها", "وحلفاؤها", "وحلفائها", "وحلفاءها", "وحليفتها", "وحليفها", "وحلفاؤه",
                     "وحلفائه", "وحليفه"})


def _coordinated_title(norm: str) -> bool:
    if norm in _ALLIES:
        return True
    if not norm.startswith("و"):
        return False
    rest = norm[1:]
    for suffix in ("ه", "ها", "هم"):
        if rest.endswith(suffix) and rest[:-len(suffix)] in _TITLES:
            return True
    return False


def _joined_title_head(tok: Token) -> bool:
    """«ومبعوث», «ووزير»: «و» glued to the head of a title, which opens the next side of a list."""
    return tok.kind == "word" and tok.norm.startswith("و") and tok.norm[1:] in TITLE_HEADS


_LIST_MARKS = frozenset({"،", ",", "-", "–", "و"})


def _singular_relative_after(doc: Document, spot: ActorSpot) -> bool:
    """«الذي» or «التي» right after the spot (past a closing quotation mark)."""
    k = spot.token_end
    if k < len(doc.tokens) and doc.tokens[k].text in QUOTE_MARKS:
        k += 1
    return k < len(doc.tokens) and doc.tokens[k].norm in ("الذي", "التي")


def _antecedent_group(doc: Document, antecedent: ActorSpot, preceding: list[ActorSpot]) -> list[ActorSpot]:
    """The list a relative clause's antecedent closes, from after the verb's subject it follows, if any: in «وزار كيري
    إسرائيل التي تعارض الاتفاق» Israel opposes, not Kerry, who is the subject of «زار» right before his object."""
    if antecedent.token_start >= 1 and doc.tokens[antecedent.token_start - 1].text in "،," \
            and spot_conjoined(doc, antecedent) and _singular_relative_after(doc, antecedent):
        return [antecedent]  # «تساندان دمشق، وأنقرة التي تدعم»: one side after the comma, a singular «التي»
    group = _group_back(doc, antecedent, preceding)
    for n in range(len(group) - 1, 0, -1):
        s, t = group[n - 1], group[n]
        if s.token_end != t.token_start or s.key == t.key or spot_conjoined(doc, t):
            continue
        first = n - 1  # the subject's title and name («الرئيس المصري عبد الفتاح السيسي») are one side
        while first > 0 and group[first - 1].key == s.key and group[first - 1].token_end == group[first].token_start:
            first -= 1
        if _verb_at(doc, group[first].token_start - 1, only=False):
            return group[n:]
    return group


def _group_back(doc: Document, last: ActorSpot, preceding: list[ActorSpot]) -> list[ActorSpot]:
    """The same, walking back from a subject that stands before its verb."""
    group = [last]
    for s in reversed(preceding[:preceding.index(last)]):
        if s.token_start == group[0].token_start:
            group.insert(0, s)  # «الدول الأربع»: the countries counted stand at one place
            continue
        gap = doc.tokens[s.token_end:group[0].token_start]
        if len(gap) == 1 and spot_conjoined(doc, group[0]) and _describes_the_side(gap[0]):
            gap = []  # «قامت جماعة الحوثي المسلحة وأنصار الرئيس السابق»: the adjective closes the first side
        if len(gap) == 1 and _joined_title_head(gap[0]) and s.entity is not None and s.entity.label == "PER":
            gap = []  # «أن … سيرغي لافروف ومبعوث الأمم المتحدة … سيعقدان»: a man, then «و» and another's title
        if len(gap) > 1 or any(t.text not in _LIST_MARKS for t in gap):
            break  # «الاتفاق النووي الإيراني: فرنسا تطالب»: a colon ends a headline's topic, it lists no one
        if gap and gap[0].text in "،," and spot_conjoined(doc, group[0]) and spot_conjoined(doc, s) \
                and _verb_before(doc, s.token_start):
            break  # «أنها تدعم حزب الله والحوثيين، وواشنطن تدين»: a list closed by its own «و» after a verb is its
            # object; the «و» after the comma opens a clause (but «السعودية، الإمارات، والبحرين» lists them)
        if spot_conjoined(doc, group[0]) and (_verb_at(doc, s.token_start - 1, only=False) or _is_nisba(doc, s)) \
                and own_present_verb(doc, last, preceding + [last]):
            break  # «الجامعة العربية تدعم الرياض ولندن تدعو»: the side right after a verb is its object, and the one
            # joined by «و» before a singular verb of its own opens the next clause; so does one after an adjective
            # («ضربات جوية تستهدف مطار التيفور العسكري السوري وواشنطن تنفي تنفيذها»)
        if _alongside(doc, s):
            break  # «تدعم إيران، إلى جانب روسيا، الرئيس السوري»: the side alongside the subject is no list with the object
        if _preceding_word(doc, s) in _POSTED or _envoys_post(doc, s, _POSTED_IN) or _posted_with_lam(doc, s):
            break  # «مندوب قطر لدى واشنطن، مشعل بن حمد», «المبعوث الخاص إلى سوريا، ستافان دي ميستورا», «السفير
            # الروسي في الأمم المتحدة فاسيلي نيبينزيا»: where the envoy serves is not one of the subjects (but an
            # official's «في»: «المسؤول … في الصين، ليو هي»)
        if not gap and group[0].entity is not None and group[0].entity.label == "LOC" and s.side != group[0].side \
                and not _is_nisba(doc, group[0]) and not spot_conjoined(doc, group[0]) \
                and _adjective_of_a_noun_before(doc, s, preceding):
            break  # «إلى الموضوع الليبي باريس تعقد»: the adjective of a topic before another country's town (but
            # «السعودية والإمارات تؤيدان» lists two)
        group.insert(0, s)
    return group


_ARMED = frozenset({"المسلحه", "المسلح", "المسلحين", "المسلحون"})


def _describes_the_side(tok: Token) -> bool:
    """«المسلحة», «الموالية», «الشعبية»: a definite adjective that ends the side before it."""
    word = tok.norm
    return tok.kind == "word" and word.startswith("ال") and (
        word in _ARMED or word.endswith(("يه", "يين", "يون")) or (word.endswith("ي") and len(word) >= 6))


def _adjective_of_a_noun_before(doc: Document, spot: ActorSpot, spots: list[ActorSpot]) -> bool:
    """«الموضوع الليبي»: a nisba right after a definite noun no side or title names, which it describes."""
    k = spot.token_start - 1
    if k < 0 or doc.tokens[k].kind != "word" or any(x.token_start <= k < x.token_end for x in spots):
        return False
    word = strip_conj(doc.tokens[k].norm)
    return (is_bare_demonym(spot) or _is_nisba(doc, spot)) and word.startswith("ال") \
        and word.removeprefix("ال") not in TITLE_HEADS and word not in TITLE_HEADS


def other_side(source: list[ActorSpot], target: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """Targets without the source itself or its own country or capital: «انتقد أردوغان … لتركيا» is not
    Erdogan → Turkey, and the United States does not accuse «واشنطن»."""
    keys = {s.key for s in source}
    countries = {s.side for s in source if s.side}
    # «هاجمت طالبان القوات الأفغانية»: an armed group or opposition is not the side of its country's state, nor is a
    # body of its civil society («واتهمت منظمة الخوذ البيضاء قوات النظام»; but «الحوثيين في اليمن»: its country's
    # name is where it is)
    rebels = _all_rebels(source) or _all_parties(source) or _all_civil_bodies(source)
    return [t for t in target if t.key not in keys and not any(names_part_of(t, s) for s in source)
            and not (t.side in countries and not _non_state(t) and (
        t.country or (t.entity is not None and (t.entity.name_en or "") in lexicon.country_names)
        or _capital(t, lexicon))
        and not (rebels and (_state_body(t) or _capital(t, lexicon))))]


def names_part_of(part: ActorSpot, whole: ActorSpot) -> bool:
    """«كيم» left apart from «كيم جونغ أون» where several Kims are named: a person named by one word of another's
    name (its first or last) is taken for that person, never his other side."""
    if part.entity is None or whole.entity is None or part.entity.label != "PER" or whole.entity.label != "PER":
        return False
    words = (whole.entity.name_en or "").split()
    return len(words) > 1 and (part.entity.name_en or "") in (words[0], words[-1])


def _capital(spot: ActorSpot, lexicon: EventLexicon) -> bool:
    """«صنعاء»: a capital city, which rebels may seize or strike («الحوثيين الذين سيطروا على العاصمة صنعاء»)."""
    return spot.entity is not None and (spot.entity.name_en or "") in lexicon.capitals


_STATE_ROLES = frozenset({"GOV", "MIL", "COP"})


_NON_STATE_ROLES = frozenset({"REB", "OPP", "INS", "UAF", "SEP"})


def _role(spot: ActorSpot) -> str:
    """The role part of a spot's CAMEO code: «MIL» of «AFGMIL» (a generic word's) or «REB» of «AFGREB»."""
    if spot.generic is not None:
        return spot.generic[1][3:]
    return ((spot.entity.cameo or "") if spot.entity is not None else "")[3:6]


def fights_its_state(a: list[ActorSpot], b: list[ActorSpot]) -> bool:
    """«بوكو حرام» and «القوات النيجيرية»: one side all rebels or insurgents, the other its country's forces or
    government; both act «for» Nigeria, yet they are enemies, never one actor."""
    def state(spots: list[ActorSpot]) -> bool:
        return bool(spots) and all(map(_state_body, spots))
    return (_all_rebels(a) and state(b)) or (state(a) and _all_rebels(b))


def non_state_actor(spot: ActorSpot) -> bool:
    """A rebel, insurgent or opposition body by its CAMEO code («AFGREB» Taliban), or non-state people."""
    return _non_state(spot) or (spot.entity is not None and _role(spot) in _NON_STATE_ROLES)


def state_against_armed_groups(accused: list[ActorSpot], struck: list[ActorSpot]) -> bool:
    """«إن قوات الأمن العراقية قتلت 23 عنصرا من تنظيم داعش»: a state's forces or government against armed groups
    that are no state («داعش», «مسلحين»), every one of them."""
    return bool(accused) and bool(struck) and all(_role(a) in _STATE_ROLES for a in accused) \
        and all(is_armed(t) and _role(t) not in _STATE_ROLES for t in struck)


def is_state_force(spot: ActorSpot) -> bool:
    """«الجيش السوري», «التحالف بقيادة السعودية», «القوات التركية»: a state's armed forces (…MIL)."""
    return _role(spot) == "MIL"


def _all_parties(spots: list[ActorSpot]) -> bool:
    """«حزب النور», «الديمقراطيون», «المتحدث باسم حزب التجمع نبيل زكي»: a party, and any man named with it who holds
    no state post, which may oppose its own country's government."""
    parties = [s for s in spots if s.entity is not None and _role(s) == "PTY"]
    return bool(parties) and all(s in parties or (s.entity is not None and s.entity.label == "PER"
                                                  and _role(s) not in _STATE_ROLES) for s in spots)


def _all_civil_bodies(spots: list[ActorSpot]) -> bool:
    """«منظمة الخوذ البيضاء» (SYRNGO), «المرصد السوري لحقوق الإنسان»: every one a non-governmental body."""
    return bool(spots) and all(s.entity is not None and _role(s) in _CIVIL_ROLES for s in spots)


_CIVIL_ROLES = frozenset({"NGO", "HRI"})


def _all_rebels(spots: list[ActorSpot]) -> bool:
    """«طالبان», «الحوثيون»: every one an armed group or opposition, none a state."""
    return bool(spots) and all(map(non_state_actor, spots))


# the words that open a country's government, authorities or forces named by its nisba («الحكومة الأفغانية»)
_STATE_BODY_WORDS = frozenset(normalize_word(w) for w in (
    "الحكومة", "حكومة", "السلطات", "سلطات", "النظام", "نظام", "القوات", "قوات", "الجيش", "الشرطة", "الرئاسة"))


def _state_body(spot: ActorSpot) -> bool:
    """«القوات الأفغانية», «الحكومة اليمنية»: a country's forces, government or police, not its bare name (by its
    CAMEO role, or by the word its nisba mention opens with, when it is linked to the country itself)."""
    if _role(spot) in _STATE_ROLES:
        return True
    text = next((m.text for m in spot.entity.mentions if m.start == spot.start), "") if spot.entity is not None else ""
    return bool(text) and without_lam_or_ba(normalize_word(text.split()[0])) in _STATE_BODY_WORDS


def _non_state(spot: ActorSpot) -> bool:
    """«المعارضة السورية», «المحتجين الإيرانيين»: people of a country who are not its state, so not the side of
    its army or government («قصف الجيش السوري مواقع المعارضة السورية»)."""
    return spot.entity is None and spot.generic is not None and len(spot.generic[1]) > 3 \
        and _role(spot) not in _STATE_ROLES
