"""Events a change adds and removes on random corpus articles: the false-positive check of a rule change.

Random articles (the first 20,000 lines of ant_v2 part 1 and ant_v1, `--seed`) go through the default
pipeline without `events` once, with the working tree's code; then the `events` step runs on them twice,
with the code of `--base` (a git revision, checked out in a temporary worktree) and with the working tree,
and every event that one has and the other has not is printed with its sentence, to be read by hand.

    python benchmarks/events_corpus_diff.py [--base HEAD] [--articles 400] [--seed 11] [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
import pickle
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def event_keys(docs_path: Path, out_path: Path) -> None:
    """Worker mode: the events of the pickled documents with whichever `marsad` is first on sys.path."""
    from marsad.events import extract

    docs = pickle.loads(docs_path.read_bytes())
    lexicon = extract.load_lexicon()
    keys = [sorted({(e.cameo, e.trigger.start, tuple(a.name_en for a in e.source), tuple(a.name_en for a in e.target))
                    for e in extract.extract_events(d, lexicon)}, key=str) for d in docs]
    out_path.write_text(json.dumps(keys, ensure_ascii=False), encoding="utf-8")


def sample_documents(shared: Path, n: int, seed: int) -> list:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from events_corpus_check import read_lines

    from marsad.doc import Document
    from marsad.factories import DEFAULT_PIPELINE
    from marsad.pipeline import Pipeline

    random.seed(seed)
    records = [json.loads(line) for line in random.sample(read_lines(shared / "data" / "corpus"), n)]
    before_events = Pipeline([name for name in DEFAULT_PIPELINE if name != "events"])
    return [before_events(Document.from_parts(r.get("title"), r.get("text") or "", published=r.get("published"),
                                              id=str(r.get("id")))) for r in records]


def keys_with(src: Path, docs_path: Path, out_path: Path) -> list:
    code = ("import sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(1, sys.argv[2]); "
            "import events_corpus_diff as m; m.event_keys(__import__('pathlib').Path(sys.argv[3]), "
            "__import__('pathlib').Path(sys.argv[4]))")
    subprocess.run([sys.executable, "-c", code, str(src), str(ROOT / "benchmarks"), str(docs_path), str(out_path)],
                   check=True)
    return json.loads(out_path.read_text(encoding="utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", default="HEAD", help="git revision to compare the working tree with")
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args()
    docs = sample_documents(a.shared, a.articles, a.seed)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        docs_path = tmp_path / "docs.pickle"
        docs_path.write_bytes(pickle.dumps(docs))
        base_tree = tmp_path / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base_tree), a.base],
                       check=True, capture_output=True)
        try:
            before = keys_with(base_tree / "src", docs_path, tmp_path / "before.json")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base_tree)], check=True)
        after = keys_with(ROOT / "src", docs_path, tmp_path / "after.json")
    sentences = sum(len(d.sentences) for d in docs)
    nb, na = sum(map(len, before)), sum(map(len, after))
    print(f"articles {len(docs)} sentences {sentences}: events {a.base} {nb} ({100 * nb / sentences:.2f} per 100 "
          f"sentences), working tree {na} ({100 * na / sentences:.2f})")
    for doc, old, new in zip(docs, before, after):
        old_set = {json.dumps(k, ensure_ascii=False) for k in old}
        new_set = {json.dumps(k, ensure_ascii=False) for k in new}
        for sign, keys in (("+", new_set - old_set), ("-", old_set - new_set)):
            for key in sorted(keys):
                cameo, start, source, target = json.loads(key)
                sentence = next(s for s in doc.sentences if s.start <= start < s.end)
                print(sign, cameo, source, "->", target, "|", doc.text[sentence.start:sentence.end][:200])


if __name__ == "__main__":
    main()
