#!/usr/bin/env python3
"""Build the clitic segmenter's lexicon: src/marsad/data/clitics.tsv.gz.

Sources (all allowed to train shipped artefacts, see ../shared/data/README.md):
- word counts: Arabic words in the ant_v1 corpus (Apache-2.0), AQMAR train articles (CC BY-SA 3.0)
  and the clitic-segmented pieces of WikiFANE and NewsFANE (CC BY-SA 3.0; NewsFANE sentences
  labelled anercorp_test/ambiguous/unmatched are excluded, they overlap the evaluation text);
- segmentation decisions: NewsFANE's own segmentation of ANERcorp *train* words
  (../shared/data/segmentation, rows with portion=train and flag=ok; the test rows are never read);
- protected names: Arabic country and city names (dr5hn, ODbL; world-cities-translations, CC BY 4.0),
  so «لبنان» or «بيونغ» are not cut by letters that merely look like clitics.

Counts and decisions are stored for normalised letters (see marsad.text.clitics.letters_of).
The output is deterministic: sorted, gzip with a fixed mtime.

    python training/build_clitic_lexicon.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import collections
import csv
import gzip
import io
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marsad.text.clitics import letters_of

OUT = ROOT / "src" / "marsad" / "data" / "clitics.tsv.gz"
ARABIC_RUN = re.compile(r"[\u0621-\u064a\u0640\u064b-\u065f\u0670]+")
MIN_COUNT = 2


def count_words(texts, counts: collections.Counter) -> None:
    for text in texts:
        for w in ARABIC_RUN.findall(text):
            key = letters_of(w)
            if key:
                counts[key] += 1


def read_fane(path: Path, skip_sentences: set[int]) -> list[str]:
    pieces: list[str] = []
    sent_no = 1
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.rstrip("\r\n").replace("\u200e", "")
            if not line.strip():
                sent_no += 1
                continue
            if sent_no in skip_sentences:
                continue
            pieces.append(line.split("\t")[0])
    return pieces


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args()
    data = a.shared / "data"
    counts: collections.Counter[str] = collections.Counter()

    with gzip.open(data / "corpus" / "ant_v1.jsonl.gz", "rt", encoding="utf-8") as fh:
        count_words((json.loads(line).get("text") or "" for line in fh), counts)
    train_files = (data / "ner" / "aqmar" / "split_train_files.txt").read_text(encoding="utf-8").split()
    for name in train_files:
        path = data / "ner" / "aqmar" / name
        if path.exists():
            count_words([line.split()[0] for line in path.read_text(encoding="utf-8").splitlines() if line.split()],
                        counts)

    skip = set()
    with open(data / "ner" / "fane" / "NewsFANE_anercorp_portion.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["anercorp_portion"] != "anercorp_train":
                skip.add(int(row["sentence_no"]))
    fane = read_fane(data / "ner" / "fane" / "WikiFANE_Gold_2014_500K.txt", set())
    fane += read_fane(data / "ner" / "fane" / "NewsFANE_Gold_2014_170K.txt", skip)
    count_words(fane, counts)

    decisions: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    with open(data / "segmentation" / "newsfane_segmentation.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["portion"] != "train" or row["flag"] != "ok":
                continue
            pieces = [letters_of(p) for p in row["segmentation"].split("+")]
            if any(not p for p in pieces):
                continue
            decisions["".join(pieces)][",".join(str(len(p)) for p in pieces)] += 1

    names: set[str] = set()
    countries = json.loads((data / "linking" / "dr5hn_countries_states_cities" / "countries.json").read_text("utf-8"))
    for c in countries:
        for v in (c.get("translations") or {}).get("ar", ""), c.get("native") or "":
            for w in ARABIC_RUN.findall(v):
                names.add(letters_of(w))
    with open(data / "linking" / "world_cities_translations" / "world-cities.csv", encoding="utf-8") as fh:
        for row in csv.reader(fh):
            for cell in row:
                for w in ARABIC_RUN.findall(cell):
                    names.add(letters_of(w))

    # foreign names written in Arabic (CC0 and Apache-2.0 transliteration pairs): «بيونغ», «فلاديمير»
    translit = data / "linking" / "transliteration"
    for path in sorted(translit.glob("google_ar2en/*train*")) + [translit / "netransliteration_coling2018" / "wd_arabic_80"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            for w in ARABIC_RUN.findall(line.replace(" ", "")):
                key = letters_of(w)
                # a name unless the letters after its first are a far commoner word
                if len(key) >= 4 and counts.get(key[1:], 0) < 50 * max(1, counts.get(key, 0)):
                    names.add(key)

    lines = []
    for word, n in sorted(counts.items()):
        if n >= MIN_COUNT:
            lines.append(f"c\t{word}\t{n}")
    for word, votes in sorted(decisions.items()):
        pattern, n = votes.most_common(1)[0]
        total = sum(votes.values())
        lines.append(f"s\t{word}\t{pattern}\t{n}\t{total}")
    for word in sorted(names):
        if len(word) >= 2:
            lines.append(f"n\t{word}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    OUT.write_bytes(buf.getvalue())
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB): {sum(1 for l in lines if l[0] == 'c')} counts, "
          f"{len(decisions)} decisions, {len(names)} protected names")


if __name__ == "__main__":
    main()
