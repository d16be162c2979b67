"""Training data and resources for the shipped NER model (used by training/train_ner.py).

- FANE re-glued to surface words: the corpora split و/ف and pronoun suffixes («و كان»,
  «تجارة ها»), while ANERcorp and our tagger see whole words («وكان», «تجارتها»).
- NewsFANE is ANERcorp's own text: its `anercorp_test`/`ambiguous` sentences are dropped.
- Gazetteers from shippable sources only (dr5hn ODbL, world-cities CC BY 4.0, NETransliteration
  train slice CC0); ANERGazet's licence is unclear, so it is not used.
- Word clusters computed here from train-allowed text (ant_v1, Apache-2.0; the training corpora).
"""
from __future__ import annotations

import csv
import gzip
import json
import math
from collections import Counter
from pathlib import Path

import numpy as np

from marsad.ner.corpora import Sentence, read_aqmar, read_conll
from marsad.ner.features import key_of

_PROCLITICS = {"و", "ف"}
_ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ني", "ي", "ك"}


def reglue_fane(words: list[str], tags: list[str]) -> Sentence:
    """«و» + «كان» → «وكان»; «تجارة» + «ها» → «تجارتها» (tags: the word's, not the clitic's)."""
    out_w: list[str] = []
    out_t: list[str] = []
    pending = ""
    pending_tag = "O"
    for w, t in zip(words, tags):
        if w == "ء":  # NewsFANE writes quotation marks as hamza
            w = '"'
        if w in _PROCLITICS and not pending:
            pending, pending_tag = w, t
            continue
        if w in _ENCLITICS and out_w and not pending and out_w[-1][-1:].isalpha():
            prev = out_w[-1]
            out_w[-1] = (prev[:-1] + "ت" if prev.endswith("ة") else prev) + w
            continue
        if pending:
            if w[:1].isalpha():
                w = pending + w
                t = t if pending_tag == "O" else pending_tag
            else:
                out_w.append(pending)
                out_t.append(pending_tag)
            pending = ""
        out_w.append(w)
        out_t.append(t)
    if pending:
        out_w.append(pending)
        out_t.append(pending_tag)
    for i, t in enumerate(out_t):  # a glued «و» inside a name can leave I- after O: repair to B-
        if t.startswith("I-") and (i == 0 or out_t[i - 1][2:] != t[2:]):
            out_t[i] = "B-" + t[2:]
    return out_w, out_t


def load_training(shared: Path, *, sources: tuple[str, ...]) -> dict[str, list[Sentence]]:
    """Training sentences by source: anercorp, aqmar (train split), aqmardev, wikifane, newsfane."""
    ner = shared / "data" / "ner"
    out: dict[str, list[Sentence]] = {}
    if "anercorp" in sources:
        out["anercorp"] = list(read_conll(ner / "anercorp" / "train.txt"))
    if "aqmar" in sources:
        out["aqmar"] = read_aqmar(ner / "aqmar", "train")
    if "aqmardev" in sources:  # settings are chosen first (train_ner.py --dev), then dev joins training
        out["aqmardev"] = read_aqmar(ner / "aqmar", "dev")
    if "wikifane" in sources:
        out["wikifane"] = [reglue_fane(w, t) for w, t in read_conll(ner / "fane" / "WikiFANE_Gold_2014_500K.txt",
                                                                      sep="\t")]
    if "newsfane" in sources:
        portion = {}
        with open(ner / "fane" / "NewsFANE_anercorp_portion.tsv", encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                portion[int(row["sentence_no"])] = row["anercorp_portion"]
        sents = list(read_conll(ner / "fane" / "NewsFANE_Gold_2014_170K.txt", sep="\t"))
        # the portion file counts every sentence of the file, in order
        out["newsfane"] = [reglue_fane(w, t) for no, (w, t) in enumerate(sents, 1)
                           if portion.get(no) not in ("anercorp_test", "ambiguous", None)]
    return out


def build_gazetteer(shared: Path, wiki: list[Sentence] | None = None) -> list[tuple[str, str]]:
    """(key of each word, joined by spaces; label) for places and person-name tokens.

    With `wiki` (WikiFANE, re-glued), its annotated names become lists too: W-PER, W-LOC, W-ORG,
    W-MISC for whole names, and PT for words seen inside person names («جونغ»). As training data
    WikiFANE hurt (its conventions differ: no events, no MISC like AQMAR's); as lists it helps.
    """
    link = shared / "data" / "linking"
    places: set[str] = set()
    countries = json.loads((link / "dr5hn_countries_states_cities" / "countries.json").read_text(encoding="utf-8"))
    for c in countries:
        for name in (c.get("translations", {}).get("ar"), c.get("native")):
            if name:
                places.add(name)
    with open(link / "dr5hn_countries_states_cities" / "cities.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("name_ar") and (rec.get("population") or 0) >= 20_000:
                places.add(rec["name_ar"])
    with open(link / "world_cities_translations" / "world-cities.csv", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            places.add(row["CityNameAr"])
            places.add(row["CountryNameAr"])
    persons: Counter[str] = Counter()
    with open(link / "transliteration" / "netransliteration_coling2018" / "wd_arabic_80", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                persons["".join(parts[1].split())] += int(parts[2])
    labels: dict[str, set[str]] = {}
    for name in places:
        key = " ".join(key_of(w) for w in name.split())
        if key and 1 <= len(name.split()) <= 4 and len(key) > 1:
            labels.setdefault(key, set()).add("LOC")
    for name, count in persons.items():
        key = key_of(name)
        if len(key) > 2 and count >= 2:
            labels.setdefault(key, set()).add("PER")
    if wiki:
        from marsad.ner.corpora import chunks_of

        seen: Counter[tuple[str, str]] = Counter()
        for words, tags in wiki:
            for start, end, kind in chunks_of(tags):
                key = " ".join(key_of(w) for w in words[start:end])
                if len(key) > 2 and end - start <= 4:
                    seen[(key, "W-" + kind)] += 1
                if kind == "PER":
                    for w in words[start:end]:
                        if len(key_of(w)) > 2:
                            seen[(key_of(w), "PT")] += 1
        for (key, label), count in seen.items():
            labels.setdefault(key, set()).add(label)
    return sorted((k, "|".join(sorted(v))) for k, v in labels.items())


def iter_corpus_sentences(shared: Path, training: dict[str, list[Sentence]]) -> list[list[str]]:
    """Unlabelled text for clusters: ant_v1 articles (whitespace words) and the training sentences."""
    out = [w for w, _ in (s for sents in training.values() for s in sents)]
    with gzip.open(shared / "data" / "corpus" / "ant_v1.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for para in (rec.get("text") or "").split("\n"):
                words = [w.strip(".,،:;؛!?؟\"'«»()[]") for w in para.split()]
                words = [w for w in words if w]
                if words:
                    out.append(words)
    return out


def build_clusters(sentences: list[list[str]], *, vocab_size: int = 60_000, n_contexts: int = 2000,
                   dims: int = 80, coarse: int = 128, fine: int = 600, seed: int = 13) -> list[tuple[str, ...]]:
    """(key, coarse cluster, fine cluster, frequency bucket) from PPMI context vectors, SVD and k-means."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.linalg import svds

    keyed = [[key_of(w) for w in s] for s in sentences]
    counts = Counter(k for s in keyed for k in s)
    vocab = [k for k, c in counts.most_common(vocab_size) if c >= 3 and k]
    index = {k: i for i, k in enumerate(vocab)}
    ctx_index = {k: i for i, k in enumerate(vocab[:n_contexts])}
    rows: list[int] = []
    cols: list[int] = []
    for s in keyed:
        ids = [index.get(k, -1) for k in s]
        cids = [ctx_index.get(k, -1) for k in s]
        for i, wid in enumerate(ids):
            if wid < 0:
                continue
            for slot, off in enumerate((-2, -1, 1, 2)):
                j = i + off
                if 0 <= j < len(s) and cids[j] >= 0:
                    rows.append(wid)
                    cols.append(slot * n_contexts + cids[j])
    mat = coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                     shape=(len(vocab), 4 * n_contexts)).tocsr()
    mat.sum_duplicates()
    total = mat.sum()
    row_sum = np.asarray(mat.sum(axis=1)).ravel()
    col_sum = np.asarray(mat.sum(axis=0)).ravel() ** 0.75
    col_sum = col_sum / col_sum.sum() * total
    coo = mat.tocoo()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col] + 1e-9))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=mat.shape).tocsr()
    rng = np.random.default_rng(seed)
    u, s, _ = svds(ppmi, k=dims, v0=rng.standard_normal(min(ppmi.shape)), random_state=seed)
    vec = u * np.sqrt(s)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    # sign of SVD vectors is arbitrary but fixed by v0; k-means from a seeded start is deterministic
    coarse_ids = _kmeans(vec, coarse, rng)
    fine_ids = _kmeans(vec, fine, rng)
    out = []
    for k, i in index.items():
        bucket = str(min(int(math.log2(counts[k])), 12))
        out.append((k, str(coarse_ids[i]), str(fine_ids[i]), bucket))
    return out


def _kmeans(vec: np.ndarray, k: int, rng: np.random.Generator, iterations: int = 15) -> np.ndarray:
    centres = vec[rng.choice(len(vec), size=k, replace=False)].copy()
    assign = np.zeros(len(vec), dtype=np.int64)
    for _ in range(iterations):
        assign = np.argmax(vec @ centres.T, axis=1)
        for c in range(k):
            members = vec[assign == c]
            if len(members):
                centre = members.mean(axis=0)
                centres[c] = centre / (np.linalg.norm(centre) + 1e-9)
    return assign


def build_name_grams(shared: Path, sentences: list[list[str]], *, min_count: int = 3) -> list[tuple[str, str]]:
    """(letter n-gram, log-odds name vs word) from person-name tokens (NETransliteration train, CC0)
    against ordinary words of ant_v1 and the training text: «فينغر», «بنفيكا» look foreign."""
    names: Counter[str] = Counter()
    with open(shared / "data" / "linking" / "transliteration" / "netransliteration_coling2018" / "wd_arabic_80",
              encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                names[key_of("".join(parts[1].split()))] += 1
    words = Counter(key_of(w) for s in sentences for w in s)
    common = [w for w, c in words.items() if c >= 5 and w not in names and w.isalpha()]
    name_grams: Counter[str] = Counter()
    word_grams: Counter[str] = Counter()
    for bag, vocab in ((name_grams, names), (word_grams, common)):
        for w in vocab:
            for g in letter_grams(w):
                bag[g] += 1
    n_name = sum(name_grams.values())
    n_word = sum(word_grams.values())
    rows = []
    for g in sorted(set(name_grams) | set(word_grams)):
        a, b = name_grams[g], word_grams[g]
        if a + b < min_count:
            continue
        ratio = math.log((a + 0.5) / n_name) - math.log((b + 0.5) / n_word)
        rows.append((g, f"{ratio:.2f}"))
    return rows


def letter_grams(word: str) -> list[str]:
    from marsad.ner.features import letter_grams as grams

    return grams(word)


def self_labelled_sentences(shared: Path, tagger, *, min_prob: float = 0.95,
                            max_tokens: int = 150_000) -> list[Sentence]:
    """Sentences of ant_v1 (Tunisian news, Apache-2.0) the first model tags with confidence everywhere.

    Self-training: names of another region and decade, labelled where the model is sure of every word.
    """
    from marsad.text import split_sentences, tokenize

    out: list[Sentence] = []
    n_tokens = 0
    with gzip.open(shared / "data" / "corpus" / "ant_v1.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            for start, end in split_sentences(text, 0):
                words = [text[s:e] for s, e, _ in tokenize(text, start, end)]
                if not 6 <= len(words) <= 60:
                    continue
                tags, probs = tagger.tag_with_scores(words)
                if min(probs) < min_prob or all(t == "O" for t in tags):
                    continue
                out.append((words, tags))
                n_tokens += len(words)
                if n_tokens >= max_tokens:
                    return out
    return out
