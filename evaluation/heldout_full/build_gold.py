"""Write full gold files (entities, times, quotes and events) for the held-out sets c, f, g, h, i and j.

The files here hold character spans, not text: the articles are evaluation-only corpus records, so the
annotated strings (mentions, time expressions, quoted words) are cut from ../shared/data/corpus when this
script runs, the same way the annotators read the article (title, a newline, then the text). The events come
from `evaluation/heldout_events/<set>/` (set j has none).

    python evaluation/heldout_full/build_gold.py --out /tmp/heldout_full
    python ../shared/tools/score_gold.py --gold /tmp/heldout_full/g
"""
from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVENTS = HERE.parent / "heldout_events"
SETS = ("c", "f", "g", "h", "i", "j")


def corpus_texts(shared: Path, ids: set[str]) -> dict[str, str]:
    """Title + newline + text of each wanted ANT v2 / SaudiNewsNet record."""
    texts: dict[str, str] = {}
    root = shared / "data" / "corpus"
    for part in sorted(root.glob("ant_v2.part*.jsonl.gz")) + sorted(root.glob("saudinewsnet.part*.jsonl.gz")):
        with gzip.open(part, "rt", encoding="utf-8") as fh:
            for line in fh:
                if not any(i in line for i in ids - set(texts)):
                    continue
                record = json.loads(line)
                if record.get("id") in ids:
                    texts[record["id"]] = (record.get("title") or "") + "\n" + record["text"]
    missing = ids - set(texts)
    if missing:
        raise SystemExit(f"articles not in {root}: {sorted(missing)[:5]}")
    return texts


def materialise(annotation: dict, text: str, events: dict) -> dict:
    def cut(span: list[int]) -> str:
        return text[span[0]:span[1]]

    return {
        "id": annotation["id"], "corpus": annotation["corpus"], "published": annotation["published"],
        "entities": [dict(e, mentions=[cut(m) for m in e["mentions"]]) for e in annotation["entities"]],
        "times": [{"text": cut(t["span"]), "type": t["type"], "value": t["value"]} for t in annotation["times"]],
        "durations": [{"text": cut(t["span"]), "type": t["type"], "value": t["value"]}
                      for t in annotation["durations"]],
        "quotes": [{"speaker": q["speaker"], "contains": cut(q["span"]), "direct": q["direct"]}
                   for q in annotation["quotes"]],
        "events": events.get("events", []),
        "negated_events": events.get("negated_events", []),
    }


def build(shared: Path, out: Path, sets: tuple[str, ...] = SETS) -> list[Path]:
    """Write out/<set>/<id>.json for every annotated article; returns the set folders."""
    annotations = {s: [json.loads(f.read_text(encoding="utf-8")) for f in sorted((HERE / s).glob("*.json"))]
                   for s in sets}
    texts = corpus_texts(shared, {a["id"] for batch in annotations.values() for a in batch})
    folders = []
    for s, batch in annotations.items():
        folder = out / s
        folder.mkdir(parents=True, exist_ok=True)
        for a in batch:
            events_file = EVENTS / s / f"{a['id']}.json"
            events = json.loads(events_file.read_text(encoding="utf-8")) if events_file.exists() else {}
            gold = materialise(a, texts[a["id"]], events)
            (folder / f"{a['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
        folders.append(folder)
    return folders


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("sets", nargs="*", default=list(SETS))
    args = parser.parse_args()
    for folder in build(args.shared, args.out, tuple(args.sets)):
        print(f"wrote {folder}")


if __name__ == "__main__":
    main()
