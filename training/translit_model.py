"""Learn Arabic → Latin spelling models for names (used by training/build_kb.py).

Each train pair («لافروف», "lavrov") is aligned monotonically, every Arabic letter emitting 0–3 Latin
letters («ل»→"l", «ا»→"a", «ف»→"v", «ر»→"r", «و»→"o", «ف»→"v"). The first alignment uses a
hand-made prior (the consonant's usual letter, with vowels allowed after it, because Arabic does not
write short vowels); two rounds of hard-EM re-estimate it. The model is then the most frequent chunk
for each letter given its neighbours (prev, letter, next), with back-off to one neighbour and to the
letter alone. A second, better model (`train_joint`) counts each chunk in several contexts at once,
including the chunks already written, for a beam decoder. Sources: the train splits only (google ar2en
train, NETransliteration wd_arabic_80).
"""
from __future__ import annotations

import collections
import math
import unicodedata

BASE = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f", "ق": "q", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
}
VOWELS = set("aeiouy")
START, END = "^", "$"


def _prior(letter: str, chunk: str) -> float:
    """Log-score of a chunk for a letter before any counts: the usual spelling, vowels around it."""
    if letter in "اويىءئؤعه":
        if chunk == "":
            return -1.0
        if all(c in VOWELS or c in "wh'" for c in chunk):
            return -0.5
        return -6.0
    base = BASE.get(letter, "")
    if not chunk:
        return -6.0
    core = chunk.rstrip("aeiouy")
    if core and (core == base or core == base * 2 or (base and core[0] == base[0]) or
                 (letter in "كق" and core[0] in "kcq") or (letter == "ج" and core[0] in "jg") or
                 (letter == "ف" and core[0] in "fvp") or (letter == "ب" and core[0] in "bp") or
                 (letter in "سصث" and core[0] in "sct") or (letter in "زذظ" and core[0] in "zdsg")):
        return -0.5 - 0.7 * (len(chunk) - len(core))
    return -8.0


def align(ar: str, en: str, score) -> list[str] | None:
    """The best monotone split of `en` into one chunk (0–3 letters) per Arabic letter."""
    n, m = len(ar), len(en)
    neg = -1e18
    dp = [[neg] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    dp[0][0] = 0.0
    for i in range(n):
        row, nxt = dp[i], dp[i + 1]
        for j in range(m + 1):
            if row[j] == neg:
                continue
            for k in range(4):
                if j + k > m:
                    break
                s = row[j] + score(ar, i, en[j:j + k])
                if s > nxt[j + k]:
                    nxt[j + k] = s
                    back[i + 1][j + k] = k
    if dp[n][m] == neg:
        return None
    chunks = []
    j = m
    for i in range(n, 0, -1):
        k = back[i][j]
        chunks.append(en[j - k:j])
        j -= k
    return chunks[::-1]


def contexts(ar: str, i: int) -> tuple[tuple[str, str, str], tuple[str, str], tuple[str, str], str]:
    # the first letter is marked: «ال» at the start is the article («الزهراء» → zahra), inside a word
    # it is spelled («سالزبري» → salisbury)
    prev = START if i == 0 else (START + ar[0] if i == 1 else ar[i - 1])
    nxt = ar[i + 1] if i + 1 < len(ar) else END
    return (prev, ar[i], nxt), (ar[i], nxt), (prev, ar[i]), ar[i]


def fit_alignment(pairs: list[tuple[str, str]], rounds: int = 1):
    """The chunk score `align` uses: the hand prior, then `rounds` of hard EM on the letters' chunk counts."""
    def prior_score(ar: str, i: int, chunk: str) -> float:
        return _prior(ar[i], chunk)

    score = prior_score
    for _ in range(rounds):
        counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        for ar, chunks in aligned(pairs, score):
            for i, ch in enumerate(chunks):
                counts[ar[i]][ch] += 1
        score = _learned_score(counts)
    return score


def _learned_score(counts: dict[str, collections.Counter]):
    totals = {k: sum(c.values()) for k, c in counts.items()}

    def learned(ar: str, i: int, chunk: str) -> float:
        c = counts.get(ar[i])
        p = (c[chunk] + 0.1) / (totals.get(ar[i], 0) + 10) if c else 0.01
        return math.log(p) + 0.3 * _prior(ar[i], chunk)

    return learned


def aligned(pairs: list[tuple[str, str]], score):
    """(Arabic letters, their chunks) of every pair `align` can split."""
    for ar, en in pairs:
        chunks = align(ar, en, score)
        if chunks is not None:
            yield ar, chunks


def train(pairs: list[tuple[str, str]], rounds: int = 2) -> dict[str, str]:
    """Context rules as {"p|c|n": chunk, "c|n": …, "p|c": …, "c": …}, most frequent chunk each."""
    score = fit_alignment(pairs, rounds)
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for ar, chunks in aligned(pairs, score):
        for i, ch in enumerate(chunks):
            table[ar[i]][ch] += 1
            full, right, left, _ = contexts(ar, i)
            table["F" + "|".join(full)][ch] += 1
            table["R" + "|".join(right)][ch] += 1
            table["L" + "|".join(left)][ch] += 1
    rules: dict[str, str] = {}
    for key, c in table.items():
        chunk, n = c.most_common(1)[0]
        if n >= 2 or len(key) == 1:
            rules[key] = chunk
    rules.update(learn_suffixes(pairs, _learned_score(table)))  # re-estimated once more from these alignments
    return rules


def graphone_contexts(ar: str, chunks: list[str], i: int) -> list[str]:
    """The contexts the joint model counts letter i's chunk in, most general first (as
    `marsad.link.translit` decodes): the letter; it and the next; the previous, it and the next; the two
    graphones (letter + chunk already spelled) before it with the next two letters. Why these: the input
    letters are all known, so the model may look ahead; what came out before decides doubled letters and
    vowels («ي» after "e" or "i")."""
    def a(k: int) -> str:
        return START if k < 0 else (END if k >= len(ar) else ar[k])

    def c(k: int) -> str:
        return START if k < 0 else chunks[k]

    return [f"a{a(i)}", f"b{a(i)}{a(i + 1)}", f"0{a(i - 1)}{a(i)}{a(i + 1)}",
            f"1{a(i - 1)}{c(i - 1)}|{a(i)}{a(i + 1)}", f"3{a(i - 2)}{c(i - 2)}|{a(i - 1)}{c(i - 1)}|{a(i)}{a(i + 1)}{a(i + 2)}"]


def train_joint(pairs: list[tuple[str, str]], rounds: int = 2) -> dict[str, collections.Counter]:
    """A joint-sequence (graphone) model: for each context of `graphone_contexts`, how often each Latin
    chunk followed. Decoded with Witten-Bell interpolation and a beam (`marsad.link.translit`), it spells
    names the word table lacks about a third better than the one-best context rules of `train`
    (NETransliteration test 0.150 → 0.203 exact), because it weighs every context at once and keeps
    what it has already written in view."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for ar, chunks in aligned(pairs, fit_alignment(pairs, rounds)):
        chunks = [_ascii(ch) for ch in chunks]
        for i, ch in enumerate(chunks):
            for key in graphone_contexts(ar, chunks, i):
                counts[key][ch] += 1
    return counts


def _ascii(chunk: str) -> str:
    """"ć" → "c", "ā" → "a": news spells names in plain letters."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", chunk) if ch.isascii())


def learn_suffixes(pairs: list[tuple[str, str]], score, *, min_count: int = 8,
                   min_share: float = 0.75) -> dict[str, str]:
    """Word endings spelled one way by convention, as {"S" + ending: Latin}: «وبولوس» → "opoulos"
    (Greek), «وفيتش» → "ovich", «ينكو» → "enko". Letter rules see one neighbour each side and cannot
    learn these; an ending is kept when the aligned pairs agree on its spelling."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for ar, chunks in aligned(pairs, score):
        for size in range(4, 7):
            if len(ar) >= size + 2:
                latin = unicodedata.normalize("NFKD", "".join(chunks[-size:]))  # "tović" → "tovic"
                counts[ar[-size:]]["".join(ch for ch in latin if ch.isascii())] += 1
    out = {}
    for ending, c in counts.items():
        latin, n = c.most_common(1)[0]
        if n >= min_count and n / sum(c.values()) >= min_share and latin:
            out["S" + ending] = latin
    return out


def apply(rules: dict[str, str], ar: str) -> str:
    """Latin letters for folded Arabic letters, most specific context first."""
    out = []
    for i in range(len(ar)):
        full, right, left, single = contexts(ar, i)
        for key in ("F" + "|".join(full), "R" + "|".join(right), "L" + "|".join(left), single):
            if key in rules:
                out.append(rules[key])
                break
    return "".join(out)
