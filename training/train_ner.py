"""Build the shipped NER model: gazetteer, word clusters and a CRF, into src/marsad/data/ner/.

    nice -n 10 python training/train_ner.py            # everything, ~5-10 minutes on 2 busy cores
    python training/train_ner.py --reuse-resources     # retrain the CRF only
    python training/train_ner.py --dev --out /tmp/x    # score settings on held-out dev sets

The CRF is trained twice: on ANERcorp + AQMAR, then again with the ant_v1 sentences that first
model tags confidently (self-training: +1.4 F1 on ANERcorp dev, +0.3 on AQMAR dev).

Deterministic: same data, same files (L-BFGS and our seeded k-means have no randomness left).
Reads only train-allowed or shippable sources of ../shared/data (see MODELS.md, section NER).
"""
from __future__ import annotations

import argparse
import gzip
import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))

import pycrfsuite
from ner_data import (
    build_clusters,
    build_gazetteer,
    build_name_grams,
    iter_corpus_sentences,
    load_training,
    self_labelled_sentences,
)

from marsad.ner.features import (
    CLUSTERS_FILE,
    GAZETTEER_FILE,
    NAME_GRAMS_FILE,
    FeatureExtractor,
    Resources,
    add_aux_features,
)
from marsad.ner.tagger import AUX_MODEL_FILE, NerTagger

MODEL_FILE = "crf.model"
# WikiFANE and NewsFANE lowered dev F1 as training sentences (no events or AQMAR-style MISC in their
# annotation: MISC recall fell from 50 to 27-37); WikiFANE's names feed the gazetteer instead
SOURCES = ("anercorp", "aqmar", "aqmardev")
ALL_SOURCES = ("anercorp", "aqmar", "wikifane", "newsfane")


def write_rows(path: Path, rows: list[tuple[str, ...]]) -> None:
    """A gzip'd TSV with a fixed header time, so rebuilding gives identical bytes."""
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write("".join("\t".join(r) + "\n" for r in rows).encode("utf-8"))
    path.write_bytes(buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "marsad" / "data" / "ner")
    ap.add_argument("--sources", default=",".join(SOURCES), help="of anercorp, aqmar, aqmardev, wikifane, newsfane")
    ap.add_argument("--c1", type=float, default=0.15)
    ap.add_argument("--c2", type=float, default=0.02)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--min-freq", type=int, default=1, help="drop features seen fewer times")
    ap.add_argument("--self-train", type=int, default=400_000, metavar="TOKENS",
                    help="retrain with up to TOKENS of ant_v1 sentences the first model tags confidently")
    ap.add_argument("--self-train-prob", type=float, default=0.9,
                    help="the lowest tag marginal a self-labelled sentence may have")
    ap.add_argument("--aux", action="store_true", help="also train the auxiliary WikiFANE CRF (stacked)")
    ap.add_argument("--reuse-resources", action="store_true", help="keep the gazetteer and clusters in --out")
    ap.add_argument("--dev", action="store_true",
                    help="hold out the last 10%% of ANERcorp train (and the matching end of NewsFANE) and score "
                         "on it and on AQMAR dev: for choosing settings without touching the test sets")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    sources = tuple(s for s in args.sources.split(",") if s)
    training = load_training(args.shared, sources=sources)
    dev: dict[str, list] = {}
    if args.dev:
        dev = hold_out_dev(training, args.shared)
    for name, sents in training.items():
        print(f"{name}: {len(sents)} sentences, {sum(len(w) for w, _ in sents)} tokens", flush=True)
    if not args.reuse_resources:
        wiki = load_training(args.shared, sources=("wikifane",))["wikifane"]
        gaz = build_gazetteer(args.shared, wiki)
        write_rows(args.out / GAZETTEER_FILE, gaz)
        print(f"gazetteer: {len(gaz)} names ({time.time() - t0:.0f}s)", flush=True)
        # unlabelled text for clusters: every train-allowed corpus, whatever the tagger trains on
        corpus = iter_corpus_sentences(args.shared, load_training(args.shared, sources=ALL_SOURCES))
        clusters = build_clusters(corpus)
        write_rows(args.out / CLUSTERS_FILE, clusters)
        print(f"clusters: {len(clusters)} words ({time.time() - t0:.0f}s)", flush=True)
        grams = build_name_grams(args.shared, corpus)
        write_rows(args.out / NAME_GRAMS_FILE, grams)
        print(f"name letter grams: {len(grams)} ({time.time() - t0:.0f}s)", flush=True)
    extractor = FeatureExtractor(Resources.load(args.out))
    aux = None
    if args.aux:
        aux = train_aux(args, extractor)
        print(f"auxiliary CRF on WikiFANE trained ({time.time() - t0:.0f}s)", flush=True)
    elif (args.out / AUX_MODEL_FILE).exists():
        (args.out / AUX_MODEL_FILE).unlink()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    n_tokens = 0
    for sents in training.values():
        for words, tags in sents:
            feats = extractor.sentence_features(words)
            if aux is not None:
                feats = add_aux_features(feats, aux.tag(feats))
            trainer.append(feats, tags)
            n_tokens += len(words)
    print(f"features for {n_tokens} tokens ({time.time() - t0:.0f}s)", flush=True)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True, "feature.minfreq": args.min_freq})
    t1 = time.time()
    trainer.train(str(args.out / MODEL_FILE))
    if args.self_train:
        extra = self_labelled_sentences(args.shared, NerTagger(args.out), max_tokens=args.self_train,
                                        min_prob=args.self_train_prob)
        print(f"self-labelled ant_v1: {len(extra)} sentences, {sum(len(w) for w, _ in extra)} tokens "
              f"({time.time() - t0:.0f}s)", flush=True)
        for words, tags in extra:
            feats = extractor.sentence_features(words)
            if aux is not None:
                feats = add_aux_features(feats, aux.tag(feats))
            trainer.append(feats, tags)
        trainer.train(str(args.out / MODEL_FILE))
    size = (args.out / MODEL_FILE).stat().st_size
    print(f"CRF trained in {time.time() - t1:.0f}s; model {size / 1e6:.1f} MB; total {time.time() - t0:.0f}s")
    if dev:
        from marsad.ner.evaluate import score_tagger

        tagger = NerTagger(args.out)
        for name, sents in dev.items():
            print(score_tagger(tagger, sents).report(name))


def train_aux(args: argparse.Namespace, extractor: FeatureExtractor) -> pycrfsuite.Tagger:
    """A CRF on WikiFANE (Wikipedia, 434k tokens), whose tags become features of the main CRF.

    As direct training data WikiFANE lowers F1 (its annotation has no events and a different
    MISC); as a second opinion the main CRF learns how far to trust it.
    """
    wiki = load_training(args.shared, sources=("wikifane",))["wikifane"]
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for words, tags in wiki:
        trainer.append(extractor.sentence_features(words), tags)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True, "feature.minfreq": args.min_freq})
    trainer.train(str(args.out / AUX_MODEL_FILE))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(args.out / AUX_MODEL_FILE))
    return tagger


def hold_out_dev(training: dict[str, list], shared: Path) -> dict[str, list]:
    """Dev sets: the last 10% of ANERcorp train (removed from training) and AQMAR dev.

    NewsFANE is the same text in another order, so its sentences sharing half their 12-letter
    shingles with the held-out text are dropped too, keeping the held-out news text unseen.
    """
    from marsad.ner.corpora import read_aqmar
    from marsad.text.clitics import letters_of

    def shingles(words: list[str]) -> set[str]:
        s = letters_of("".join(words)).replace("لال", "لل")
        return {s[i:i + 12] for i in range(max(1, len(s) - 11))}

    dev = {}
    if "anercorp" in training:
        sents = training["anercorp"]
        cut = int(len(sents) * 0.9)
        training["anercorp"], dev["ANERcorp train, last 10% (dev)"] = sents[:cut], sents[cut:]
        if "newsfane" in training:
            held = set().union(*(shingles(w) for w, _ in sents[cut:]))
            training["newsfane"] = [(w, t) for w, t in training["newsfane"]
                                    if len(shingles(w) & held) * 2 < len(shingles(w))]
    training.pop("aqmardev", None)
    dev["AQMAR dev"] = read_aqmar(shared / "data" / "ner" / "aqmar", "dev")
    return dev


if __name__ == "__main__":
    main()
