"""Arabic → Latin names for people the KB does not know: «تزاناكوبولوس» → "Tzanakopoulos".

Two steps, chosen because the pure-Python transliterators on PyPI spell foreign names letter by
letter («بريستو» → "bryst") and vowels are what a reader needs:
1. a word table learned from CC0/Apache data (NETransliteration train slice and google ar2en train
   split: 44k Arabic name words with their usual Latin spelling, see MODELS.md) — it knows that
   «جونسون» is "Johnson" and «ياكوفليف» "Yakovlev";
2. for words it lacks, letter-in-context rules learned from the same pairs (each letter with its
   neighbours → a Latin chunk, so short vowels come back: «ديميتريس» → "demitris"); they doubled the
   hand-written rules' exact match on the NETransliteration dev split (13.7 % vs 7.5 %, within
   similarity 0.8: 50 % vs 38 %). The hand-written `_rules` remain as the documented baseline.
The article «ال» becomes "al-", «عبد الله» "Abdullah". Other spellings (`spelling_variants`, the
entities' `aliases_en`) add the table's other spellings and, for words it lacks, the three best of a
joint (graphone) model beam-decoded here (`spell_by_model`), which spells unseen words better than the
rules (NETransliteration test 0.203 vs 0.150 exact) but worse on the foreign names of the gold articles
(«ستورك» Sturk, «الجباوي» al-Jebawi), so it offers spellings rather than choosing the name.
"""
from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from marsad.kb.base import (
    NO_CHUNK,
    load_translit_alternates,
    load_translit_joint,
    load_translit_rules,
    load_translit_words,
)
from marsad.text.clitics import letters_of

_LETTERS = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ء": "", "ئ": "",
    "ؤ": "", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
}
# common Arabic given-name pieces, spelled as English news spells them (the table has "Fahid", "Qemali", and for
# a Turkish «أوغلو» standing alone "Beşikçioğlu")
_FIXED = {"الله": "Allah", "عبد": "Abdul", "ابو": "Abu", "بن": "bin", "ابن": "Ibn", "ال": "Al", "محمد": "Mohammed", "احمد": "Ahmed",
          "عبده": "Abdu", "عز": "Izz", "فهد": "Fahd", "كمال": "Kamal", "اوغلو": "Oğlu"}
# the divine names after «عبد» («عبد اللطيف», «عبد الرحمن»), as Arab news spells them; the word table,
# learned mostly from foreign names, has «لطيف» "Luttif", «رحمن» "Rehman", «ستار» "Starr"
_ABD_NAMES = {
    "رحمن": "Rahman", "لطيف": "Latif", "ستار": "Sattar", "جبار": "Jabbar", "منعم": "Moneim", "قادر": "Qader",
    "رزاق": "Razzaq", "فتاح": "Fattah", "حكيم": "Hakim", "كريم": "Karim", "عزيز": "Aziz", "مجيد": "Majid",
    "حميد": "Hamid", "رحيم": "Rahim", "ناصر": "Nasser", "سلام": "Salam", "غني": "Ghani", "هادي": "Hadi",
    "واحد": "Wahid", "مالك": "Malik", "رؤوف": "Raouf", "جليل": "Jalil", "عليم": "Alim", "حليم": "Halim",
    "وهاب": "Wahab", "باسط": "Basit", "قدوس": "Quddus", "معطي": "Moati", "اله": "Ilah", "حي": "Hay",
    "خالق": "Khaliq", "غفور": "Ghafour", "مهدي": "Mahdi", "امير": "Amir", "ودود": "Wadud", "حفيظ": "Hafiz",
}
_CONSONANTS = frozenset("بتثجحخدذرزسشصضطظعغفقكلمنه")


def _nisba(rest: str) -> str | None:
    """Arabic family names of three common shapes, which the word table and letter models (learned mostly
    on foreign names) vowel wrongly: «فَعْلي» («حجري» → Hajri), the diminutive «فُعَيْلي» («حذيفي» → Hudhaifi,
    «زبيدي» → Zubaidi, «عتيبي» → Otaibi) and «أفعلي» («أصبحي» → Asbahi, «أحمدي» → Ahmadi)."""
    if len(rest) == 4 and rest[-1] == "ي" and all(ch in _CONSONANTS for ch in rest[:3]) and rest[0] != "ع":
        c = [_LETTERS.get(ch, "") or "a" for ch in rest]  # «فَعْلي»: «حجري» → Hajri (a medial «ع» is "a")
        return f"{c[0]}a{c[1]}{c[2]}i"
    if len(rest) != 5 or rest[-1] != "ي":
        return None
    c = [_LETTERS.get(ch, "") for ch in rest]
    if rest[2] == "ي" and rest[0] in _CONSONANTS and rest[1] in _CONSONANTS and rest[3] in _CONSONANTS:
        first = "o" if rest[0] == "ع" else c[0] + "u"  # «عتيبي» → Otaibi
        return f"{first}{c[1]}ai{c[3]}i"
    if rest[0] == "ا" and all(ch in _CONSONANTS for ch in rest[1:4]) and rest[1] != "ل":
        return f"a{c[1]}{c[2]}a{c[3]}i"
    return None


def _rules(word: str) -> str:
    """Letter rules for one folded word without a table entry."""
    out = []
    n = len(word)
    for i, ch in enumerate(word):
        nxt = word[i + 1] if i + 1 < n else "$"  # "$": the word ends here
        if ch == "و":
            out.append("w" if i == 0 or nxt in "اوي" else ("o" if 0 < i < n - 1 else "u"))
        elif ch == "ي":
            out.append("y" if i == 0 or nxt in "اوي" else "i")
        elif ch == "ا":
            out.append("a")
        elif ch == "ه" and i == n - 1:
            out.append("a")  # «ة» was folded to «ه»: «فاطمة» → Fatima
        elif ch == "ت" and nxt == "ش":
            out.append("c")  # «تش» → ch
        else:
            out.append(_LETTERS.get(ch, ""))
    s = "".join(out).replace("csh", "ch")
    # short vowels are not written; guessing them back (an "a" between consonants) scored worse on
    # the NETransliteration dev split than leaving them out, so they stay out
    s = re.sub(r"(.)\1{2,}", r"\1\1", s)
    return s


def _arabic_letter(ch: str, chunk: str) -> str:
    """«غ» and «ج» as Arab names are spelled (gh, j), where rules learned on foreign names give g, zh."""
    if ch == "غ" and not chunk.startswith("gh"):
        return "gh" + chunk.removeprefix("g")
    if ch == "ج" and not chunk.startswith("j"):
        return "j" + (chunk[2:] if chunk.startswith(("zh", "dj")) else chunk[1:] if chunk[:1] in ("g", "z") else chunk)
    return chunk


def _learned(word: str, *, arabic: bool = False) -> str:
    """Learned letter-in-context rules (training/translit_model.py), most specific context first.

    With `arabic` (a name with the article, «الغامدي»), «غ» and «ج» keep their Arabic spellings.
    """
    rules = load_translit_rules()
    out = []
    n = len(word)
    for i, ch in enumerate(word):
        prev = "^" if i == 0 else ("^" + word[0] if i == 1 else word[i - 1])  # as in training/translit_model.py
        nxt = word[i + 1] if i + 1 < n else "$"
        for key in (f"F{prev}|{ch}|{nxt}", f"R{ch}|{nxt}", f"L{prev}|{ch}", ch):
            if key in rules:
                out.append(_arabic_letter(ch, rules[key]) if arabic else rules[key])
                break
        else:
            out.append(_LETTERS.get(ch, ""))
    for size in (6, 5, 4):  # an ending spelled by convention: «تزاناكوبولوس» → Tzanak + "opoulos"
        ending = rules.get("S" + word[-size:]) if n >= size + 2 else None
        if ending is not None:
            return "".join(out[:-size]) + ending
    return "".join(out)


_BEAM = 8  # spellings kept while decoding; 5 lost 0.003 exact on the NETransliteration test, 12 gained none
_CANDIDATES = 8  # chunks tried per letter: the most frequent for it and the next letter
_FLOOR = 1e-4  # probability of a chunk no context has seen
_parsed: dict[str, tuple[int, int, dict[str, int]] | None] = {}


def _context(key: str) -> tuple[int, int, dict[str, int]] | None:
    """(count, distinct chunks, chunk counts) of one joint-model context, parsed once."""
    found = _parsed.get(key, False)
    if found is not False:
        return found  # type: ignore[return-value]
    raw = load_translit_joint().get(key)
    value = None
    if raw:
        counts = {}
        for item in raw.split(" "):
            chunk, _, n = item.rpartition(":")
            counts["" if chunk == NO_CHUNK else chunk] = int(n)
        value = (sum(counts.values()), len(counts), counts)
    if len(_parsed) > 50_000:
        _parsed.clear()
    _parsed[key] = value
    return value


def _interpolate(p: float, contexts: list[tuple[int, int, dict[str, int]] | None], chunk: str) -> float:
    """Witten-Bell: each context, general to specific, mixes its own estimate with the one below."""
    for ctx in contexts:
        if ctx is not None:
            n, types, counts = ctx
            p = (counts.get(chunk, 0) + types * p) / (n + types)
    return p


@lru_cache(maxsize=20_000)
def spell_by_model(word: str, n: int = 3) -> tuple[tuple[str, ...], ...]:
    """The `n` likeliest spellings of folded Arabic letters under the joint model (training/translit_model.py,
    `train_joint`), each as its chunks, one per letter («لافروف» → ("l", "a", "v", "r", "o", "v"))."""
    def a(k: int) -> str:
        return "^" if k < 0 else ("$" if k >= len(word) else word[k])

    beam: list[tuple[float, tuple[str, ...]]] = [(0.0, ())]
    for i in range(len(word)):
        general = [_context(f"a{a(i)}"), _context(f"b{a(i)}{a(i + 1)}"), _context(f"0{a(i - 1)}{a(i)}{a(i + 1)}")]
        source = general[1] or general[0]
        if source is None:  # a letter no name had: not written
            beam = [(score, chunks + ("",)) for score, chunks in beam]
            continue
        candidates = sorted(source[2], key=lambda c: (-source[2][c], c))[:_CANDIDATES]
        base = {c: _interpolate(_FLOOR, general, c) for c in candidates}
        grown = []
        for score, chunks in beam:
            before = chunks[-1] if chunks else "^"
            two_before = chunks[-2] if len(chunks) > 1 else "^"
            specific = [_context(f"1{a(i - 1)}{before}|{a(i)}{a(i + 1)}"),
                        _context(f"3{a(i - 2)}{two_before}|{a(i - 1)}{before}|{a(i)}{a(i + 1)}{a(i + 2)}")]
            for c in candidates:
                grown.append((score + math.log(_interpolate(base[c], specific, c)), chunks + (c,)))
        grown.sort(key=lambda h: -h[0])
        beam = grown[:_BEAM]
    out: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for _, chunks in beam:
        spelled = "".join(chunks)
        if spelled and spelled not in seen:
            seen.add(spelled)
            out.append(chunks)
    return tuple(out[:n])


def _modelled(word: str, *, arabic: bool = False, n: int = 1) -> list[str]:
    """The joint model's `n` likeliest spellings of a folded word the table lacks, each ending spelled by
    convention when the training pairs agree on it («تزاناكوبولوس» → … "opoulos"). With `arabic`, «غ» and
    «ج» keep their Arabic spellings (gh, j), as in `_learned`."""
    rules = load_translit_rules()
    ending = next(((size, rules["S" + word[-size:]]) for size in (6, 5, 4)
                   if len(word) >= size + 2 and "S" + word[-size:] in rules), None)
    out: list[str] = []
    for chunks in spell_by_model(word, max(n, 1)):
        if arabic:
            chunks = tuple(_arabic_letter(ch, chunk) for ch, chunk in zip(word, chunks))
        spelled = "".join(chunks[:-ending[0]]) + ending[1] if ending else "".join(chunks)
        if spelled not in out:
            out.append(spelled)
    return out[:n] or [_learned(word, arabic=arabic)]


def _latin_letters(spelling: str) -> bool:
    """Whether a spelling is in plain Latin letters once accents are dropped (not "hacı", "østberg")."""
    return all(unicodedata.combining(ch) or ch.isascii() for ch in unicodedata.normalize("NFKD", spelling))


def transliterate_word(word: str) -> str:
    """One Arabic word in Latin letters, capitalised: «لافروف» → "Lavrov"."""
    w = letters_of(word)
    if not w:
        return word
    if w in _FIXED:
        return _FIXED[w]
    table = load_translit_words()
    article = word.lstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").startswith("ال")
    if article and w.startswith("ال") and len(w) > 4 and w != "الله":  # «الكعبي» → al-Kaabi; «ألستون» is Alston
        rest = w[2:]
        spelled = table.get(rest)  # the table learned «غربي» "Garbi" from a foreign name; an Arab one is Gharbi
        if spelled and not _latin_letters(spelled):
            spelled = None  # «الحاجي»: the table's «حاجي» is the Turkish "hacı"; an Arab family name is spelled al-Haji
        inner = _arabic_letter(rest[0], spelled) if spelled else _nisba(rest) or _learned(rest, arabic=True)
        return "al-" + inner.capitalize()
    if w in table:
        return table[w].capitalize()
    if w.startswith("عبد") and len(w) > 5:  # «عبدالله», «عبدالعزيز» written as one word
        rest = w[3:]
        if rest == "الله":
            return "Abdullah"
        rest = rest.removeprefix("ال")
        return "Abdul" + (_ABD_NAMES.get(rest) or transliterate_word(rest)).lower()
    return _learned(w).capitalize()


def transliterate_name(name: str) -> str:
    """An Arabic name in Latin letters, word by word: «سعد الكعبي» → "Saad al-Kaabi"."""
    return " ".join(options[0] for options in _name_pieces(name, _usual_spelling))


_OGLU = "اوغلو"  # «أوغلو», a Turkish surname's "son of": written apart in Arabic and joined in Latin


# other spellings English news gives the fixed pieces (the word table's own for «محمد» include Mehmet)
_FIXED_OTHERS = {"محمد": ("Mohamed", "Muhammad", "Mohammad"), "احمد": ("Ahmad",)}
MAX_SPELLINGS = 8  # a name's other spellings, fewest changes first
_MODEL_SPELLINGS = 3  # for a word the table lacks: the joint model's likeliest spellings


def spelling_variants(name: str) -> list[str]:
    """Other usual Latin spellings of an Arabic name the KB does not know, beyond `transliterate_name`'s.

    Why: the article's English coverage may spell «حسام» Hussam where the table says Hossam, or «الحكيم»
    al-Hakim where it says al-Hakeem; analysts search and match by either. A table word's other spellings
    come from the same training pairs (`load_translit_alternates`), a word the table lacks takes the joint
    model's three likeliest (`spell_by_model`: «هولبرووك» Holberwook → Holbrook), the fixed pieces take
    `_FIXED_OTHERS`, a divine name after «ال» `_ABD_NAMES`, a word with the article whose rest the table lacks
    the pairs' spelling of the whole word when it spells the same letters («الغرسلي» Gharsalli); a name changes
    one word at a time before two."""
    pieces = _name_pieces(name, _word_spellings)
    combos: list[tuple[int, ...]] = [()]
    for options in pieces:
        combos = [c + (i,) for c in combos for i in range(len(options))]
        if len(combos) > 4 * MAX_SPELLINGS:  # long names: keep the fewest changes
            combos = sorted(combos, key=lambda c: sum(1 for i in c if i))[:4 * MAX_SPELLINGS]
    combos.sort(key=lambda c: sum(1 for i in c if i))
    usual = " ".join(options[0] for options in pieces)
    out: list[str] = []
    for combo in combos:
        spelled = " ".join(options[i] for options, i in zip(pieces, combo))
        if spelled != usual and spelled not in out:
            out.append(spelled)
        if len(out) == MAX_SPELLINGS:
            break
    return out


def _word_spellings(word: str) -> tuple[str, ...]:
    """One word's Latin spellings, the usual (`transliterate_word`) first."""
    usual = transliterate_word(word)
    w = letters_of(word)
    if w in _FIXED:
        return (usual, *_FIXED_OTHERS.get(w, ()))
    table, others = load_translit_words(), load_translit_alternates()
    if usual.startswith("al-"):
        rest = w[2:]
        extra = [_ABD_NAMES[rest]] if rest in _ABD_NAMES else []
        extra += list(others.get(rest, ())) if rest in table else _modelled(rest, arabic=True, n=_MODEL_SPELLINGS)
        # the pairs' own spelling of this very name, article and all («الغرسلي» Gharsalli), when they lack its rest
        # and it spells the same letters (the pairs also hold «الاسود» "Montenegro", from «الجبل الأسود»)
        whole = [table[w].capitalize()] if rest not in table and w in table and _spells_alike(
            table[w], usual.removeprefix("al-")) else []
        return (usual, *dict.fromkeys(whole + ["al-" + o.capitalize() for o in extra if "al-" + o.capitalize() != usual]))
    spellings = list(others.get(w, ())) if w in table else _modelled(w, n=_MODEL_SPELLINGS)
    return (usual, *dict.fromkeys(o.capitalize() for o in spellings if o.capitalize() != usual))


WHOLE_SPELLING_LIKENESS = 0.6  # how alike the pairs' spelling of «الغرسلي» and ours of «غرسلي» must be


def _spells_alike(whole: str, rest: str) -> bool:
    """"gharsalli" and "Ghrsli" spell one name; "montenegro" and "Asud" do not (an article glued on is ignored)."""
    whole = whole.lower()
    if whole[:2] in ("al", "el") and len(whole) > 4:
        whole = whole[2:].lstrip("-")
    return difflib.SequenceMatcher(None, whole, rest.lower()).ratio() >= WHOLE_SPELLING_LIKENESS


def _usual_spelling(word: str) -> tuple[str, ...]:
    return (transliterate_word(word),)


def _name_pieces(name: str, spellings_of: Callable[[str], tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The name's Latin pieces, each with its spellings (usual first, the words' from `spellings_of`);
    «عبد الله» and «عز الدين» are one piece. `transliterate_name` asks only the usual spelling, so it never
    runs the joint model."""
    words = [w for w in re.split(r"[\s\-–_]+", name) if w]
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        if letters_of(words[i]) == "عبد" and i + 1 < len(words):  # «عبد الله» → Abdullah, «عبد اللطيف» → Abdul Latif
            nxt = letters_of(words[i + 1])
            if nxt == "الله":
                out.append(("Abdullah", "Abdallah"))
            else:  # written apart, apart in English («Abdul Hadi»); Gulf news joins them («Abdulaziz»), but
                # joining everywhere lost as many held-out names (Afghan, Iraqi) as it won (Saudi princes)
                stem = nxt.removeprefix("ال")
                divine = _ABD_NAMES.get(stem) or transliterate_word(stem)
                # after «بن» (a forefather in a Gulf genealogy) it is joined: «منصور بن سعود بن عبد العزيز» →
                # Mansour bin Saud bin Abdulaziz
                joined = i > 0 and letters_of(words[i - 1]) in ("بن", "ابن")
                apart, together = "Abdul " + divine, "Abdul" + divine.lower()
                out.append((together, apart) if joined else (apart, together, "Abdel" + divine.lower()))
            i += 2
            continue
        if i + 1 < len(words) and letters_of(words[i + 1]) == "الدين":  # «عز الدين» → Izz al-Din, «نور الدين»
            out.append(tuple(s + " al-Din" for s in spellings_of(words[i])))
            i += 2
            continue
        if i + 1 < len(words) and letters_of(words[i + 1]) == _OGLU:  # «بوستان أوغلو» → Bostanoğlu, Bostanoglu
            stems = spellings_of(words[i])
            out.append(tuple(s + "oğlu" for s in stems) + tuple(s + "oglu" for s in stems))
            i += 2
            continue
        spellings = spellings_of(words[i])
        if spellings[0]:
            out.append(spellings)
        i += 1
    return out
