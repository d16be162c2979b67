"""Draw ANT v1 articles to annotate for events (the fourth batch of `ant_v1/`; README.md says how earlier ones were drawn).

Candidates: ANT v1 records in `internationalNews` (the kind of news the held-out sets hold), 100–600 words, naming
at least one of the POLITICAL words, not annotated already; of texts that occur more than once only the first record
is a candidate. The draw is `random.Random(seed).sample` over the candidates sorted by id, so it is reproducible.

    python training/event_annotations/draw_articles.py --seed 2030 --count 192 [--shared ../shared] > ids.txt
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Words of the events CAMEO codes (office, force, violence, diplomacy, protest); one is enough in international news.
POLITICAL = ("رئيس", "وزير", "حكوم", "قوات", "الجيش", "الشرطة", "هجوم", "قتل", "اعتقال", "اتفاق", "مفاوضات",
             "عقوبات", "انتخابات", "زيار", "احتجاج", "تظاهر", "الأمم المتحدة")


def candidates(shared: Path) -> list[str]:
    annotated = {p.stem for p in (HERE / "ant_v1").glob("*.json")}
    seen: set[str] = set()
    ids = []
    with gzip.open(shared / "data" / "corpus" / "ant_v1.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            text = record.get("text") or ""
            if text in seen:
                continue
            seen.add(text)
            if record.get("category") != "internationalNews" or not 100 <= len(text.split()) <= 600:
                continue
            if record["id"] in annotated or not any(word in text for word in POLITICAL):
                continue
            ids.append(record["id"])
    return sorted(ids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, required=True)
    args = parser.parse_args()
    pool = candidates(args.shared)
    for record_id in random.Random(args.seed).sample(pool, min(args.count, len(pool))):
        print(record_id)


if __name__ == "__main__":
    main()
