"""Pipeline components `ner` (named entities) and `quantities` (numbers, money, measures)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from marsad.doc import Document, Entity, Mention, Token
from marsad.kb.base import COMMON_GIVEN_NAMES, is_given_name, load_translit_words
from marsad.ner.corpora import chunks_of
from marsad.ner.features import Resources, enclitic_of, key_of
from marsad.ner.quantities import extract_quantities, pieces_of
from marsad.ner.tagger import NerTagger, propagate_names, shared_tagger
from marsad.pipeline import component
from marsad.quotes.descriptors import is_person_noun, not_a_name_word
from marsad.text.clitics import ends_a_name, letters_of, lexicon
from marsad.text.normalize import normalize_word


@component("ner", requires=("tokens",), assigns=("entities",))
class EntityRecognizer:
    """Tag PER/LOC/ORG/MISC names with the shipped CRF; one Entity per distinct name in the article.

    The tagger labels surface words as the training corpora do («بأوكرانيا» B-LOC); the mention
    then covers the name without its conjunction or preposition (أوكرانيا), and
    `surface_start/surface_end` keep the whole word.
    """

    def __init__(self, *, tagger: NerTagger | None = None, scores: bool = True, propagate: bool = True) -> None:
        self.tagger = tagger or shared_tagger()
        self.scores = scores
        self.propagate = propagate

    def __call__(self, doc: Document) -> Document:
        mentions: list[Candidate] = []
        sentences = [doc.sentence_tokens(s) for s in doc.sentences]
        sentences = [tokens for tokens in sentences if tokens]
        words = [[t.text for t in tokens] for tokens in sentences]
        tagged = [self.tagger.tag_with_scores(w) if self.scores else (self.tagger.tag(w), [1.0] * len(w))
                  for w in words]
        first_pass = [_corrected(w, tags) for w, (tags, _) in zip(words, tagged)]
        titled = [_titled_names(w, tags) for w, tags in zip(words, first_pass)]
        first_pass = [tags for tags, _ in titled]
        final = propagate_names(words, first_pass) if self.propagate else first_pass
        for tokens, (tags, probs), new_tags, (_, by_title) in zip(sentences, tagged, final, titled):
            # a name copied from elsewhere in the article scores 0.5: found by string, not by context
            probs = [TITLED_NAME_SCORE if i in by_title else p if t == n else 0.5
                     for i, (p, t, n) in enumerate(zip(probs, tags, new_tags))]
            for start, end, label in sorted(chunks_of(new_tags)):
                while start < end and tokens[start].kind in ("punct", "symbol"):
                    start += 1
                while end > start and (tokens[end - 1].kind in ("punct", "symbol") or ends_a_name(tokens[end - 1])):
                    end -= 1  # («السيد ظريف سينفي بوقاحة»: the name ends before the verb the segmenter finds)
                if start == end:
                    continue
                found = build_mention(doc, tokens[start:end], label, min(probs[start:end]))
                if found is not None:
                    mentions.append(found)
        restore_name_letters(mentions, self.tagger.extractor.res)
        for c in mentions:
            c.mention.text = doc.text[c.mention.start:c.mention.end]
        doc.entities = group_entities([(c.key, c.mention) for c in mentions])
        relabel_places(doc.entities, self.tagger.extractor.res)
        return doc


def _corrected(words: list[str], tags: list[str]) -> list[str]:
    """The CRF's tags with the names it runs into other words cut back (speech nouns, «لل» words, forces, titles)."""
    tags = _no_speech_noun_names(words, tags)
    tags = _no_lam_al_in_names(words, tags)
    tags = _forces_of_a_person(words, tags)
    tags = _no_mourning_names(words, tags)
    tags = _no_fighters_names(words, tags)
    tags = _no_ayatollah_in_names(words, tags)
    tags = _no_plural_names(words, tags)
    tags = _no_accusative_nouns(words, tags)
    return _names_apart_at_titles(words, tags)


# what a person said, before the name: «كلام سليماني», «خطاب روحاني» (the CRF may open the name on it, and the
# name copied to every «كلام» of the article would then be a person)
_SPEECH_NOUNS = frozenset(normalize_word(w) for w in (
    "كلام", "خطاب", "تصريحات", "تصريح", "حديث", "كلمة", "تهديدات", "تحذيرات", "تغريدة", "تغريدات"))


def _no_speech_noun_names(words: list[str], tags: list[str]) -> list[str]:
    """The tags with a person's name opened by a speech noun («كلام سليماني») starting at the name itself."""
    out = list(tags)
    for i, (word, tag) in enumerate(zip(words, tags)):
        bare = normalize_word(word)
        if tag == "B-PER" and (bare in _SPEECH_NOUNS or (bare[:1] in "وف" and bare[1:] in _SPEECH_NOUNS)):
            _name_resumes_after(out, i)
    return out


def _no_lam_al_in_names(words: list[str], tags: list[str]) -> list[str]:
    """The tags with a person's name ending before a word glued to «لل» («كارتر للصحافيين»: he told the
    journalists), which no name word begins with, and none opened by a plural of people behind «لل»."""
    out = list(tags)
    for i, (word, tag) in enumerate(zip(words, tags)):
        bare = normalize_word(word)
        if (tag == "I-PER" and bare.startswith("لل") and len(word) > 3) or (
                tag == "B-PER" and bare.startswith("لل") and bare.endswith("يين")):
            # («وصرح للصحافيين»: a plural of people behind «لل» opens no name either)
            out[i] = "O"
            for k in range(i + 1, len(out)):
                if out[k] != "I-PER":
                    break
                out[k] = "O"  # («… للصحافيين الأمريكيين»: the rest of the words the CRF ran on)
    return out


_FORCES = frozenset(normalize_word(w) for w in ("قوات", "وقوات", "لقوات", "بقوات", "ميليشيات", "مليشيات"))


def _forces_of_a_person(words: list[str], tags: list[str]) -> list[str]:
    """The tags with «قوات هادي», «قوات حفتر» (forces, then one bare name) as the forces' word and a person, not an
    organisation called "Gat Hadi" (but «قوات سوريا الديمقراطية», «قوات الدعم السريع» stay organisations)."""
    out = list(tags)
    for i in range(len(words) - 1):
        if out[i] == "B-ORG" and out[i + 1] == "I-ORG" and (i + 2 == len(words) or out[i + 2] != "I-ORG") \
                and normalize_word(words[i]) in _FORCES and not normalize_word(words[i + 1]).startswith("ال"):
            out[i], out[i + 1] = "O", "B-PER"
    return out


# «نحن في حداد», «أيام حداد», «حالة الحداد»: the words before mourning, which is no one called Haddad there
_IN_MOURNING = frozenset(normalize_word(w) for w in ("في", "حالة", "أيام", "يوم", "إعلان", "وإعلان", "وأعلن",
                                                     "أعلن", "أعلنت", "وأعلنت", "الحداد"))


def _no_mourning_names(words: list[str], tags: list[str]) -> list[str]:
    """The tags with «حداد» alone after «في», «أيام», «إعلان» (mourning) taken for no one's name."""
    out = list(tags)
    for i in range(1, len(words)):
        if out[i] == "B-PER" and normalize_word(words[i]) in ("حداد", "الحداد") \
                and (i + 1 == len(words) or out[i + 1] != "I-PER") and normalize_word(words[i - 1]) in _IN_MOURNING:
            out[i] = "O"
    return out


# plural nouns that head a construct with their group: «مسلحو بوكو حرام», «مقاتلو طالبان» (no person's first name)
_FIGHTERS_OF = frozenset(normalize_word(w) for w in (
    "مسلحو", "مسلحي", "مقاتلو", "مقاتلي", "عناصر", "أنصار", "مناصرو", "مناصري", "جنود", "متمردو", "متمردي"))
_HIRED = frozenset(normalize_word(w) for w in ("مرتزقة", "لمرتزقة", "بمرتزقة"))


def _no_fighters_names(words: list[str], tags: list[str]) -> list[str]:
    """The tags with a person's name opened by «مسلحو», «مقاتلي» … taken for no one's: the words after them are
    the group they fight for («مسلحو بوكو حرام» had read as a man named Masho Pokou); a name opened by «مرتزقة»
    starts again at the man whose mercenaries they are."""
    out = list(tags)
    for i, word in enumerate(words):
        bare = normalize_word(word)
        if out[i] == "B-PER" and (bare in _FIGHTERS_OF or (bare[:1] in "وف" and bare[1:] in _FIGHTERS_OF)):
            out[i] = "O"
            k = i + 1
            while k < len(out) and out[k] == "I-PER":
                out[k] = "O"
                k += 1
        elif out[i] == "B-PER" and (bare in _HIRED or (bare[:1] in "وف" and bare[1:] in _HIRED)):
            _name_resumes_after(out, i)  # «ومرتزقة علي عبدالله صالح»: his mercenaries, then the man himself
    return out


def _no_plural_names(words: list[str], tags: list[str]) -> list[str]:
    """The tags with a person's name of plurals only («تعهد جمهوريون بارزون», «مسؤولون إسرائيليون»: Republicans,
    officials — every word in «ـون», one a nisba in «ـيون») taken for no one's (it had read as a man, Jamhorion
    Barzun)."""
    out = list(tags)
    i = 0
    while i < len(words):
        if out[i] != "B-PER":
            i += 1
            continue
        k = i + 1
        while k < len(words) and out[k] == "I-PER":
            k += 1
        bare = [normalize_word(w).lstrip("وف") if n == i else normalize_word(w) for n, w in enumerate(words[i:k], i)]
        if k - i >= 2 and all(len(w) >= 5 and w.endswith("ون") for w in bare) and any(w.endswith("يون") for w in bare):
            out[i:k] = ["O"] * (k - i)
        i = k
    return out


ACCUSATIVE_STEM_COUNT = 5  # how often the lexicon must see the noun an accusative «ـا» is written on


def _no_accusative_nouns(words: list[str], tags: list[str]) -> list[str]:
    """The tags with a one-word name that is a noun of the vocabulary in the accusative taken for no one's
    («ويرفض الرئيس الأمريكي بندا ينص على …»: a clause, «بند» + «ـا», not a man "Nida" after his title); a given
    name stays («رضا», «دانا»)."""
    out = list(tags)
    lex = lexicon()
    for i, word in enumerate(words):
        if out[i] != "B-PER" or (i + 1 < len(out) and out[i + 1] == "I-PER"):
            continue
        letters = letters_of(word)
        stem = letters[:-1]
        if letters.endswith("ا") and not is_given_name(letters) and len(stem) >= 3 \
                and lex.count(stem) >= ACCUSATIVE_STEM_COUNT and lex.count(stem) > lex.count(letters):
            out[i] = "O"
    return out


def _name_resumes_after(tags: list[str], i: int) -> None:
    """Word i is no part of a person's name: the name the CRF ran on opens again at the word after it."""
    tags[i] = "O"
    if i + 1 < len(tags) and tags[i + 1] == "I-PER":
        tags[i + 1] = "B-PER"


_AYAT, _ALLAH = normalize_word("آية"), normalize_word("الله")


def _no_ayatollah_in_names(words: list[str], tags: list[str]) -> list[str]:
    """The tags with «آية الله» («آية الله علي السيستاني») a title before the name, not a name of its own (God)."""
    out = list(tags)
    for i in range(len(words) - 1):
        if normalize_word(words[i]).lstrip("و") == _AYAT and normalize_word(words[i + 1]) == _ALLAH:
            out[i] = "O"
            _name_resumes_after(out, i + 1)
    return out


# titles that open a person's name: after «و» inside a name the CRF ran on, a second person begins
# («الأمير طلال بن سعود بن عبد العزيز والأمير نايف بن سلمان»)
_NAME_TITLES = frozenset(normalize_word(w) for w in (
    "الأمير", "الأميرة", "الشيخ", "الشيخة", "الملك", "الملكة", "العاهل", "السلطان", "الرئيس", "الرئيسة", "السيد",
    "السيدة", "الدكتور", "الدكتورة", "المشير", "اللواء", "العميد", "الفريق", "العقيد", "الوزير", "الوزيرة"))


def _names_apart_at_titles(words: list[str], tags: list[str]) -> list[str]:
    """The tags with a person's name that runs over «والأمير …» ended before it, the next name opened after it."""
    out = list(tags)
    for i, word in enumerate(words):
        bare = normalize_word(word)
        if out[i] == "I-PER" and bare[:1] == "و" and bare[1:] in _NAME_TITLES:
            _name_resumes_after(out, i)
    return out


# honorifics and ranks before a person's full name: «الدكتورة مها المنيف», «اللواء منصور التركي», «الملا أختر
# منصور» (the CRF, trained on ANERcorp's few women and officers, often misses the name after them)
_ROYAL_TITLES = frozenset(normalize_word(w) for w in ("الأمير", "الأميرة"))
_HONORIFICS = frozenset(normalize_word(w) for w in (
    "الدكتور", "الدكتورة", "الشيخ", "الشيخة", "الملا", "العقيد", "اللواء", "العميد", "الفريق", "المهندس",
    "المهندسة", "الأستاذ", "الأستاذة", "السيد", "السيدة", "المقدم", "الرائد", "النقيب", "المشير", "الأمير",
    "الأميرة", "القاضي", "الجنرال", "الحاج", "الحاجة", "الإمام", "الأدميرال",
    # foreign ranks as spelled from English: «اللفتنانت جنرال كينيث مكينزي», «الكولونيل ريان ديلون»
    "اللفتنانت", "الليفتنانت", "الكولونيل", "الميجور",
    # lawmakers: «السيناتورة فرانسيس بلاك», «النائب محمد الحلبوسي» (not part of the name: «al-Snatora Black»)
    "السيناتور", "السيناتورة", "النائب", "النائبة"))
# words between the honorific and the name: «العقيد الركن تركي المالكي», «الفريق أول», «الأمير الدكتور»
_AFTER_HONORIFIC = _HONORIFICS | frozenset(normalize_word(w) for w in ("الركن", "ركن", "أول", "جنرال", "كولونيل"))
# words that join a name's parts and never end it: «بن», «آل», «عبد الله», «أبو علي»
_NAME_JOINERS = frozenset(letters_of(w) for w in ("بن", "بنت", "ابن", "آل", "أبو", "عبد", "أم"))
_NAME_OPENERS = frozenset(letters_of(w) for w in ("عبد", "أبو", "أم"))  # «اللواء أبو علي البريدي»
_LONGEST_TITLED_NAME = 6  # words
_RARE_WORD_COUNT = 60  # family names («المالكي» 42, «العنزي» 12) are rare in the lexicon's text
TITLED_NAME_SCORE = 0.95  # found by its title, not by the CRF: sure enough to stand unlinked


# offices named before a holder and the adjective of his country: «الرئيس النيكاراغوي دانيال أورتيغا», «وزير
# الخارجية البيروفي …» (the CRF, trained on ANERcorp, knows few foreign holders, and none behind an adjective)
_OFFICES = frozenset(normalize_word(w) for w in (
    "الرئيس", "الرئيسة", "رئيس", "رئيسة", "وزير", "وزيرة", "الوزير", "الوزيرة", "نائب", "نائبة", "زعيم", "زعيمة",
    "الزعيم", "الزعيمة", "المستشار", "المستشارة", "سفير", "سفيرة", "السفير", "السفيرة", "مبعوث", "المبعوث"))
_OFFICE_WORDS = 3  # definite words from the office to the name: «رئيس الوزراء الألباني», «وزير الخارجية الأمريكي»


def _after_office_and_country(words: list[str], i: int, definite: str) -> int | None:
    """The index after «office + definite words», the last an adjective («الرئيس النيكاراغوي»), when a given name
    follows; else None (`definite`: word i as `_definite` gives it)."""
    if definite not in _OFFICES:
        return None
    k = i + 1
    while k < len(words) and k - i <= _OFFICE_WORDS and normalize_word(words[k]).startswith("ال"):
        k += 1
    if k == i + 1 or k >= len(words) or not normalize_word(words[k - 1]).endswith(("ي", "يه")):
        return None
    first = letters_of(words[k])  # (not «لي», «ما»: two letters are a word far more often than a name)
    return k if is_given_name(first) and len(first) > 2 and not first.startswith("ال") else None


def _definite(word: str) -> str:
    """The word with its article restored and a conjunction or preposition dropped: «للدكتور» → «الدكتور»."""
    bare = normalize_word(word)
    if bare[:1] in "وف" and len(bare) > 4:
        bare = bare[1:]
    if bare.startswith("لل"):
        return "ا" + bare[1:]
    if bare.startswith("بال"):
        return bare[1:]
    return bare


def _name_word(word: str, *, known: bool = False, after_joiner: bool = False) -> bool:
    """A word that may carry a name on: a given name, a joiner, a family name («العنزي», «آل خليفة»), or a
    word no text has shown us; not a function word, a person's title («سفير», «مستشار» are rare too), a
    word with a pronoun, a known word («مبايعة») or one behind «و»/«ل» («وولي», «ليرأس»). `known`: the CRF
    put it in a name, so any name word of the transliteration table will do («صالح», «العزيز»);
    `after_joiner`: any word that is no function word or title («آل الشيخ», «عبد الملك»)."""
    letters = letters_of(word)
    if not_a_name_word(word) or enclitic_of(word):
        return False
    if after_joiner or letters in _NAME_JOINERS or letters.startswith("عبدال") or letters in COMMON_GIVEN_NAMES:
        return True
    if is_person_noun(letters) or _behind_a_clitic(letters):
        return False
    if is_given_name(letters) or (known and letters in load_translit_words()):
        return True
    count = lexicon().count(letters)
    return count == 0 or (letters.startswith("ال") and count < _RARE_WORD_COUNT)


def _behind_a_clitic(letters: str) -> bool:
    """«ومحمد», «وولي», «ليرأس», «بالدمام»: a known word behind «و/ف/ل/ب», where the whole is no word we
    know of its own («فيصل», «بلاتيني», «وولترز» are)."""
    rest = letters[1:]
    if letters[:1] not in "ولبف" or not rest:
        return False
    lex = lexicon()
    if lex.count(letters) == 0 and lex.count(rest) > 0:
        return True
    return letters not in load_translit_words() and (
        lex.is_common(rest) or rest in COMMON_GIVEN_NAMES or rest in _NAME_JOINERS)


def _joins(word: str) -> bool:
    """«بن», «آل», «عبد»: a word after which a name goes on."""
    return letters_of(word) in _NAME_JOINERS


def _titled_names(words: list[str], tags: list[str]) -> tuple[list[str], set[int]]:
    """The tags with a person named after an honorific tagged, and the words of such names.

    The name must open with a given name (or «عبد», «أبو»). One the CRF found right after the honorific is kept up
    to the first word no name has; one it missed runs on over name words (`_name_word`) for at most
    `_LONGEST_TITLED_NAME` words, two at least: «اللواء 35» (a brigade), «الفريق الذي صعد» (a team), «الشيخ وجه»
    are no names.
    """
    out = list(tags)
    found: set[int] = set()
    i = 0
    while i < len(words):
        definite = _definite(words[i])
        after_office = _after_office_and_country(words, i, definite)
        if after_office is not None:
            # «رئيس الوزراء الألباني إيدي راما»: the title and its country's adjective are no part of the name
            if out[after_office] == "I-PER" and all(t in ("O", "B-PER", "I-PER") for t in out[i + 1:after_office]):
                out[i + 1:after_office] = ["O"] * (after_office - i - 1)
                out[after_office] = "B-PER"
            start = after_office
        elif definite not in _HONORIFICS:
            i += 1
            continue
        else:
            start = i + 1
            while start < len(words) and normalize_word(words[start]) in _AFTER_HONORIFIC:
                start += 1
        title, i = i, start
        if start >= len(words):
            break
        first = letters_of(words[start])
        if not (is_given_name(first) or first in _NAME_OPENERS) or first.startswith("ال") \
                or not _name_word(words[start]):
            continue
        opened = next((k for k in range(title, start) if out[k] == "B-PER"), None)
        if after_office is None and opened is not None and all(t == "I-PER" for t in out[opened + 1:start + 1]):
            # «الكولونيل ريان ديلون», «اللفتنانت جنرال كينيث مكينزي» tagged with the rank: the rank is no part of
            # the name, which opens after it
            out[opened:start] = ["O"] * (start - opened)
            out[start] = "B-PER"
        if out[start] == "B-PER":  # the CRF's name, up to a word no name has: «للملا عمر مبايعة زعيم الحركة»
            end = start + 1
            while end < len(out) and out[end] == "I-PER" \
                    and _name_word(words[end], known=True, after_joiner=_joins(words[end - 1])):
                end += 1
            while end > start + 1 and _joins(words[end - 1]):
                end -= 1
            if after_office is not None and end - start < 2:
                continue  # «الرئيس السوري بشار) الأسد», «وزير النقل اليمني بدر باسلمة»: a name cut short, as tagged
            found.update(range(start, end))
            while end < len(out) and out[end] == "I-PER":
                out[end] = "O"
                end += 1
            continue
        if out[start] != "O":
            continue
        end = start + 1
        while end < len(words) and end - start < _LONGEST_TITLED_NAME and out[end] == "O" \
                and _name_word(words[end], after_joiner=_joins(words[end - 1])):
            end += 1
        while end > start and _joins(words[end - 1]):
            end -= 1
        if end - start >= 2 or (end - start == 1 and definite in _ROYAL_TITLES and is_given_name(first)):
            # («الأمير وليام»: a prince is named by his given name alone)
            out[start:end] = ["B-PER"] + ["I-PER"] * (end - start - 1)
            found.update(range(start, end))
            i = end
    return out, found


@dataclass(slots=True)
class Candidate:
    """A mention with its normalised name; `alt_*` keep a stripped ب/ل/ك in case it was the name's own."""

    key: str
    mention: Mention
    alt_key: str = ""
    alt_start: int = -1


def build_mention(doc: Document, tokens: list[Token], label: str, score: float) -> Candidate | None:
    """The mention over the name, without the first word's conjunction/preposition, and its key.

    «بأوكرانيا» → أوكرانيا; «والرئيس» keeps the article: «الرئيس»; «للعراق» (ل + ال written ل)
    → span «لعراق», key «العراق».
    """
    first = tokens[0]
    start = first.start
    prefix = ""
    alt_start = -1
    for piece in pieces_of(first):
        if piece.role == "proclitic" and piece.tag in ("CONJ", "PREP"):  # a name has no future «سـ»: «سامر»
            if piece.tag == "PREP":
                alt_start = start
            start = piece.end
            continue
        if piece.role == "proclitic" and piece.tag == "DET" and piece.text == "ل":
            prefix = "ا"  # the article after ل lost its alef: «للعراق» = ل + (ا)ل + عراق
        break
    end = tokens[-1].end
    if start >= end:
        return None
    text = doc.text[start:end]
    mention = Mention(start, end, text, label=label, kind="name", surface_start=first.start,
                      surface_end=end, score=round(score, 3))
    alt_key = name_key(doc.text[alt_start:end]) if alt_start >= 0 and not prefix else ""
    return Candidate(prefix + name_key(text), mention, alt_key, alt_start)


def name_key(text: str) -> str:
    """The normalised name an entity is grouped by: «كوريا الشمالية» → «كوريا الشماليه»."""
    return " ".join(normalize_word(w) for w in text.split())


def restore_name_letters(candidates: list[Candidate], res: Resources) -> None:
    """Give back a ب/ل/ك the clitic splitter took from a name: «وبيونغ يانغ» is و + بيونغ يانغ.

    The letter belongs to the name when the article names it with that letter elsewhere, when our
    gazetteer knows the longer name and not the shorter one, or when it is a person's «ك» (`_own_kaf`).
    """
    keys = {c.key for c in candidates if c.alt_start < 0}

    def known(k: str) -> bool:
        return k in res.multi or k in res.single

    for c in candidates:
        if not c.alt_key:
            continue
        gaz_alt = known(" ".join(key_of(w) for w in c.alt_key.split()))
        gaz_short = known(" ".join(key_of(w) for w in c.key.split()))
        if c.alt_key in keys or (gaz_alt and not gaz_short) or (_own_kaf(c) and c.key not in keys):
            m = c.mention
            m.start = c.alt_start
            c.key = c.alt_key


def _own_kaf(c: Candidate) -> bool:
    """«الرئيس كميل شمعون»: «ك» ("like") is rare before a person's name, so a person's first word that
    is a name with its «ك» («كميل», not «ميل») keeps it, unless the article writes the short form alone."""
    first = c.alt_key.split()[0]
    return (c.mention.label == "PER" and first.startswith("ك") and letters_of(first) in load_translit_words())


def group_entities(mentions: list[tuple[str, Mention]]) -> list[Entity]:
    """One Entity per distinct normalised name, labelled by its mentions' score-weighted vote, in order of first mention."""
    groups: dict[str, list[Mention]] = {}
    for key, mention in mentions:
        groups.setdefault(key, []).append(mention)
    entities = []
    for key, group in groups.items():
        votes: dict[str, float] = {}
        for m in group:  # confident mentions decide: «بيونغ يانغ» LOC twice at 0.97 beats PER at 0.5
            votes[m.label] = votes.get(m.label, 0.0) + (m.score if m.score is not None else 0.5)
        label = max(votes, key=lambda k: votes[k])
        text = Counter(m.text for m in group).most_common(1)[0][0]
        scores = [m.score for m in group if m.score is not None]
        entities.append(Entity(id=f"local:{key}", label=label, text=text, mentions=group,
                               score=round(max(scores), 3) if scores else None))
    return entities


def relabel_places(entities: list[Entity], res: Resources) -> None:
    """A place tagged ORG or PER as an actor («بيونغ يانغ ذكرت») is LOC, as the gold guidelines say,
    when the geographic lists know the name and no person or organisation list does."""
    for entity in entities:
        if entity.label not in ("ORG", "PER"):
            continue
        key = " ".join(key_of(w) for w in entity.text.split())
        labels = set((res.multi if " " in key else res.single).get(key, "").split("|"))
        if "LOC" in labels and not labels & {"W-ORG", "W-PER", "PER", "PT"}:
            entity.label = "LOC"
            for m in entity.mentions:
                m.label = "LOC"


@component("quantities", requires=("tokens",), assigns=("quantities",))
class QuantityExtractor:
    """Numbers in digits or words, percentages, money (ISO 4217) and measures with unit symbols."""

    def __call__(self, doc: Document) -> Document:
        out = []
        for sentence in doc.sentences:
            out.extend(extract_quantities(doc.sentence_tokens(sentence), doc.text))
        doc.quantities = out
        return doc
