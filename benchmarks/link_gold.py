#!/usr/bin/env python3
"""Entity linking on the article-level gold: run a pipeline on the gold articles, score with score_gold.py.

Writes the predictions as JSONL (one `doc.to_dict()` per line, as `marsad analyze --format jsonl`
does) and runs `../shared/tools/score_gold.py --pred` on them, so the figure does not depend on the
CLI. Figures are for reporting; do not tune on these articles.

    python benchmarks/link_gold.py [--shared ../shared] [--components sentences,tokens,clitics,ner,link] [--verbose]
"""
from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = "sentences,tokens,clitics,ner,link"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--components", default=DEFAULT)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--pred", type=Path, help="also keep the predictions here")
    ap.add_argument("--min-unlinked-score", type=float, default=0.9)
    ap.add_argument("--ner-dir", type=Path, help="an NER model folder other than the installed one (training runs)")
    args = ap.parse_args()

    sys.path.insert(0, str(args.shared / "tools"))
    score_gold = importlib.import_module("score_gold")
    from marsad.doc import Document
    from marsad.pipeline import Pipeline

    for module in ("marsad.ner.components", "marsad.link.component"):
        try:
            importlib.import_module(module)
        except ImportError:
            pass
    gold_dir = args.shared / "data" / "gold" / "dev"
    golds = score_gold.load_gold(gold_dir)
    config: dict = {"link": {"min_unlinked_score": args.min_unlinked_score}}
    if args.ner_dir:
        from marsad.ner.tagger import NerTagger

        config["ner"] = {"tagger": NerTagger(args.ner_dir)}
    pipeline = Pipeline(args.components.split(","), config=config)
    lines = []
    for g in golds:
        rec = score_gold.corpus_record(g, args.shared)
        doc = Document.from_parts(rec.get("title"), rec.get("text") or "", id=str(rec["id"]),
                                  published=rec.get("published"))
        doc = pipeline(doc)
        if doc.errors:
            print(f"{doc.id}: {doc.errors}", file=sys.stderr)
        lines.append(json.dumps(doc.to_dict(), ensure_ascii=False))
    with tempfile.TemporaryDirectory() as tmp:
        pred = args.pred or Path(tmp) / "pred.jsonl"
        pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
        cmd = [sys.executable, str(args.shared / "tools" / "score_gold.py"), "--gold", str(gold_dir),
               "--pred", str(pred), "--shared", str(args.shared)]
        if args.verbose:
            cmd.append("--verbose")
        subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
