"""Token features for the CRF tagger, shared by training and tagging so both see the same thing.

Arabic has no capital letters, so a name is recognised by its context, its letters and what we
know about the word: «بأوكرانيا» is ب + أوكرانيا, and the stem, not the surface word, is what a
gazetteer or a word cluster knows. Word-level features depend only on the surface string and are
cached; sequence features add the neighbours (±2) and multi-word gazetteer matches.
"""
from __future__ import annotations

import gzip
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from marsad.errors import ModelError
from marsad.text.clitics import segment_word
from marsad.text.normalize import normalize_word

RESOURCE_DIR = "data/ner"
GAZETTEER_FILE = "gazetteer.tsv.gz"
CLUSTERS_FILE = "clusters.tsv.gz"
NAME_GRAMS_FILE = "namegrams.tsv.gz"
_LONGEST_GAZETTEER_NAME = 4  # words


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What the tagger knows about one surface word, independent of its neighbours."""

    key: str  # normalised stem without conjunction, preposition or article: «وبالأمس» → «امس»
    norm: str  # normalised surface word
    features: tuple[str, ...]  # word-level features, without a position prefix
    context: tuple[str, ...]  # the few features a neighbour sees


def key_of(word: str) -> str:
    """The normalised stem of a surface word, the unit gazetteers and clusters are keyed by."""
    return _split(word)[1]


def enclitic_of(word: str) -> str:
    """The pronoun a surface word ends in, if any: «معسكره» → «ه»."""
    return _split(word)[2]


@lru_cache(maxsize=400_000)
def _split(word: str) -> tuple[str, str, str, str]:
    """(proclitic tags, stem key, enclitic, article) of a word: «للرئيس» → ("PREP+DET", "رييس", "", "ال")."""
    pieces = segment_word(word) if word[:1].isalpha() else ()
    pro: list[str] = []
    stem = word
    enclitic = ""
    article = ""
    for start, end, role, tag in pieces:
        if role == "proclitic":
            pro.append(tag)
            if tag == "DET":
                article = "ال"
        elif role == "stem":
            stem = word[start:end]
        else:
            enclitic = normalize_word(word[start:end])
    return "+".join(pro), normalize_word(stem), enclitic, article


class Resources:
    """Gazetteers, word clusters and name letter-grams shipped under `marsad/data/ner/`."""

    def __init__(self, single: dict[str, str], multi: dict[str, str], clusters: dict[str, tuple[str, ...]],
                 name_grams: dict[str, float] | None = None) -> None:
        self.name_grams = name_grams or {}  # letter n-gram → log-odds of a person name vs an ordinary word
        self.single = single  # key → "LOC" | "PER" | "LOC|PER"
        self.multi = multi  # "key key" → label, for names of two to four words: «كوريا الشمالية»
        self.clusters = clusters  # key → (coarse cluster, fine cluster, frequency bucket)

    @classmethod
    def load(cls, directory: Path | None = None) -> Resources:
        """From the package data, or from `directory` while a model is being trained."""
        single: dict[str, str] = {}
        multi: dict[str, str] = {}
        clusters: dict[str, tuple[str, ...]] = {}
        for line in _read_lines(GAZETTEER_FILE, directory):
            name, label = line.split("\t")
            (multi if " " in name else single)[name] = label
        for line in _read_lines(CLUSTERS_FILE, directory):
            key, *rest = line.split("\t")
            clusters[key] = tuple(rest)
        name_grams = {}
        for line in _read_lines(NAME_GRAMS_FILE, directory):
            gram, score = line.split("\t")
            name_grams[gram] = float(score)
        return cls(single, multi, clusters, name_grams)

    def name_likeness(self, key: str) -> int:
        """-4..4: how much a word's letters look like a (foreign) person name: «فينغر» high, «الحكومة» low."""
        grams = letter_grams(key)
        if not grams or not self.name_grams:
            return 0
        score = sum(self.name_grams.get(g, 0.0) for g in grams) / len(grams)
        return max(-4, min(4, round(score * 2)))


def _read_lines(name: str, directory: Path | None = None) -> list[str]:
    try:
        if directory is not None:
            raw = (directory / name).read_bytes()
        else:
            raw = resources.files("marsad").joinpath(f"{RESOURCE_DIR}/{name}").read_bytes()
    except FileNotFoundError as exc:
        raise ModelError(f"NER resource {name} missing: run `python training/train_ner.py` (see MODELS.md)") from exc
    return gzip.decompress(raw).decode("utf-8").splitlines()


@lru_cache(maxsize=1)
def shared_resources() -> Resources:
    return Resources.load()


class FeatureExtractor:
    """Turns a sentence of surface words into CRF feature lists (one list of strings per word)."""

    def __init__(self, res: Resources | None = None) -> None:
        self.res = res or shared_resources()
        self._cache: dict[str, WordInfo] = {}

    def word_info(self, word: str) -> WordInfo:
        info = self._cache.get(word)
        if info is None:
            info = self._cache[word] = self._describe(word)
            if len(self._cache) > 500_000:
                self._cache.clear()
        return info

    def _describe(self, word: str) -> WordInfo:
        norm = normalize_word(word)
        pro, key, enclitic, article = _split(word)
        feats = [f"w={norm}", f"k={key}", f"pro={pro}", f"enc={enclitic}"]
        if article:
            feats.append("det")
        for n in (1, 2, 3):
            if len(key) > n:
                feats.append(f"p{n}={key[:n]}")
                feats.append(f"s{n}={key[-n:]}")
        if len(norm) > 1 and norm[:1] != key[:1]:
            feats.append(f"wp1={norm[:1]}")
        feats.append(f"shape={_shape(word)}")
        feats.append(f"len={min(len(key), 10)}")
        likeness = f"nm={self.res.name_likeness(key)}" if key.isalpha() else "nm=x"
        feats.append(likeness)
        gaz = self.res.single.get(key) or self.res.single.get(norm)
        if gaz:
            feats.extend(f"gz={g}" for g in gaz.split("|"))
        cl = self.res.clusters.get(key)
        if cl:
            feats.append(f"c1={cl[0]}")
            feats.append(f"c2={cl[1]}")
            feats.append(f"fq={cl[2]}")
        else:
            feats.append("fq=none")
        context = [f"k={key}", f"pro={pro}", likeness, f"c1={cl[0] if cl else '-'}"]
        if gaz:
            context.extend(f"gz={g}" for g in gaz.split("|"))
        return WordInfo(key, norm, tuple(feats), tuple(context))

    def sentence_features(self, words: Sequence[str]) -> list[list[str]]:
        """Feature lists for the words of one sentence (surface strings as written)."""
        infos = [self.word_info(w) for w in words]
        n = len(infos)
        gaz_tags = self._match_multiword([i.key for i in infos])
        out: list[list[str]] = []
        for i, info in enumerate(infos):
            feats = ["bias", *info.features]
            if i == 0:
                feats.append("BOS")
            if i == n - 1:
                feats.append("EOS")
            for off in (-2, -1, 1, 2):
                j = i + off
                if 0 <= j < n:
                    ctx = infos[j].context if off in (-1, 1) else infos[j].context[:1]
                    feats.extend(f"{off}{f}" for f in ctx)
            if i > 0:
                feats.append(f"bg-={infos[i - 1].key}|{info.key}")
                feats.append(f"cb-={infos[i - 1].context[3]}|{info.context[3]}")
            if i + 1 < n:
                feats.append(f"bg+={info.key}|{infos[i + 1].key}")
            if gaz_tags[i]:
                feats.append(gaz_tags[i])
            out.append(feats)
        return out

    def _match_multiword(self, keys: list[str]) -> list[str]:
        """B-/I- gazetteer tags for the longest multi-word names: «كوريا الشمالية» → B-LOC I-LOC."""
        tags = [""] * len(keys)
        i = 0
        multi = self.res.multi
        while i < len(keys):
            for n in range(min(_LONGEST_GAZETTEER_NAME, len(keys) - i), 1, -1):
                label = multi.get(" ".join(keys[i:i + n]))
                if label:
                    tags[i] = f"mg=B-{label}"
                    for j in range(i + 1, i + n):
                        tags[j] = f"mg=I-{label}"
                    i += n
                    break
            else:
                i += 1
        return tags


def add_aux_features(features: list[list[str]], aux_tags: Sequence[str]) -> list[list[str]]:
    """Add a second tagger's opinion (trained on Wikipedia names, WikiFANE) for the word and its neighbours."""
    n = len(aux_tags)
    for i, feats in enumerate(features):
        feats.append(f"ax={aux_tags[i]}")
        feats.append(f"-1ax={aux_tags[i - 1] if i > 0 else 'BOS'}")
        feats.append(f"+1ax={aux_tags[i + 1] if i + 1 < n else 'EOS'}")
    return features


def letter_grams(word: str) -> list[str]:
    """Letter 2- and 3-grams with word boundaries: «كيم» → ^ك كي يم م$ ^كي كيم يم$."""
    w = f"^{word}$"
    return [w[i:i + n] for n in (2, 3) for i in range(len(w) - n + 1)]


def _shape(word: str) -> str:
    """A coarse shape: «2005» → d, «Google» → L, «(د» → p+a, «بوتين» → a."""
    if word.isdigit():
        return "d" if len(word) != 4 else "dddd"
    kinds: list[str] = []
    for ch in word[:4]:
        if "\u0600" <= ch <= "\u06ff":
            k = "a"
        elif ch.isdigit():
            k = "d"
        elif ch.isalpha():
            k = "L"
        else:
            k = "p"
        if not kinds or kinds[-1] != k:
            kinds.append(k)
    return "+".join(kinds)
