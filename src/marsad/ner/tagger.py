"""The shipped CRF tagger: surface words in, IOB2 tags (PER/LOC/ORG/MISC) out."""
from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from functools import lru_cache
from importlib import resources
from pathlib import Path

from marsad.errors import ModelError
from marsad.ner.corpora import chunks_of
from marsad.ner.features import (
    RESOURCE_DIR,
    FeatureExtractor,
    Resources,
    add_aux_features,
    key_of,
    shared_resources,
)

MODEL_FILE = "crf.model"
AUX_MODEL_FILE = "aux.model"  # optional: a CRF trained on WikiFANE whose tags are features of the main one


class NerTagger:
    """Tags the words of one sentence; `directory` overrides the package's model (for training runs)."""

    def __init__(self, directory: Path | None = None) -> None:
        try:
            import pycrfsuite
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise ModelError("python-crfsuite is not installed: `pip install python-crfsuite`") from exc
        self._files = ExitStack()
        path = self._model_path(MODEL_FILE, directory)
        if not path.exists():
            raise ModelError(f"NER model {path} missing: run `python training/train_ner.py` (see MODELS.md)")
        self.extractor = FeatureExtractor(shared_resources() if directory is None else Resources.load(directory))
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        aux_path = self._model_path(AUX_MODEL_FILE, directory)
        self._aux = None
        if aux_path.exists():
            self._aux = pycrfsuite.Tagger()
            self._aux.open(str(aux_path))

    def _model_path(self, name: str, directory: Path | None) -> Path:
        if directory is not None:
            return directory / name
        return Path(self._files.enter_context(resources.as_file(resources.files("marsad").joinpath(
            f"{RESOURCE_DIR}/{name}"))))

    def features(self, words: Sequence[str]) -> list[list[str]]:
        """The main CRF's features for one sentence (with the auxiliary tagger's tags when shipped)."""
        feats = self.extractor.sentence_features(words)
        if self._aux is not None:
            feats = add_aux_features(feats, self._aux.tag(feats))
        return feats

    def tag(self, words: Sequence[str]) -> list[str]:
        """IOB2 tags for one sentence of surface words: «زار بوتين بكين» → O B-PER B-LOC."""
        if not words:
            return []
        return list(self._tagger.tag(self.features(words)))

    def tag_with_scores(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        """Tags and the marginal probability of each chosen tag."""
        if not words:
            return [], []
        tags = self.tag(words)
        marginals = [self._tagger.marginal(t, i) for i, t in enumerate(tags)]
        return tags, marginals


@lru_cache(maxsize=1)
def shared_tagger() -> NerTagger:
    """One tagger per process: the model loads once (about a second)."""
    return NerTagger()


def propagate_names(sentences: Sequence[Sequence[str]], tags: list[list[str]], *,
                    min_share: float = 0.5) -> list[list[str]]:
    """Tag again, in the same article, a name the tagger found elsewhere but missed here.

    News repeats its names: «البنك التجاري» found once with context is the same bank five
    sentences later, with or without a clitic («للبنك التجاري»). A name is copied only to
    untagged words, and only when the tagger labelled at least `min_share` of its occurrences,
    so a word that is usually ordinary («العربي») is left alone.
    """
    keys = [[key_of(w) for w in s] for s in sentences]
    found: dict[tuple[str, ...], dict[str, int]] = {}
    for sk, st in zip(keys, tags):
        for start, end, kind in _chunks(st):
            name = tuple(sk[start:end])
            if len(name) == 1 and len(name[0]) < 3:
                continue
            found.setdefault(name, {}).setdefault(kind, 0)
            found[name][kind] += 1
    if not found:
        return tags
    longest = max(len(n) for n in found)
    missed: dict[tuple[str, ...], int] = {}  # untagged occurrences («شكري» in a headline)
    for sk, st in zip(keys, tags):
        for n in range(1, longest + 1):
            for i in range(len(sk) - n + 1):
                name = tuple(sk[i:i + n])
                if name in found and all(t == "O" for t in st[i:i + n]):
                    missed[name] = missed.get(name, 0) + 1
    labels: dict[tuple[str, ...], str] = {}
    for name, kinds in found.items():
        kind = max(kinds.items(), key=lambda kv: kv[1])[0]
        tagged = sum(kinds.values())
        if tagged >= min_share * (tagged + missed.get(name, 0)):
            labels[name] = kind
    out = []
    for sk, st in zip(keys, tags):
        st = list(st)
        i = 0
        while i < len(sk):
            for n in range(min(longest, len(sk) - i), 0, -1):
                name = tuple(sk[i:i + n])
                if name in labels and all(t == "O" for t in st[i:i + n]) and \
                        (i + n == len(st) or not st[i + n].startswith("I-")):
                    st[i] = "B-" + labels[name]
                    for j in range(i + 1, i + n):
                        st[j] = "I-" + labels[name]
                    i += n
                    break
            else:
                i += 1
        out.append(st)
    return out


def _chunks(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    return sorted(chunks_of(list(tags)))
