"""Search latency (p50/p95 over 100 fixed queries) and clitic recall against a plain SQLite FTS5 index.

    python benchmarks/store_ingest.py            # first: builds /tmp/marsad-bench.db from ../shared
    python benchmarks/store_search.py            # then: latency and recall on that store

Recall: for each word, the oracle is every stored story where the word occurs bare or behind
proclitics (و ف ب ل ك, found by a regular expression on the raw text). Marsad's search must
find all of them; a plain FTS5 `unicode61` index over the same texts, queried in the same
run, finds only the bare forms.
"""
from __future__ import annotations

import argparse
import re
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marsad.store import open_store, search

WORDS = ["مصر", "السعودية", "الرياض", "جدة", "سوريا", "لبنان", "العراق", "اليمن", "إيران", "روسيا", "الصين", "أمريكا", "واشنطن", "فرنسا", "ألمانيا", "بريطانيا", "تركيا", "قطر", "الإمارات", "الكويت", "تونس", "المغرب", "الجزائر", "ليبيا", "السودان", "فلسطين", "غزة", "القدس", "إسرائيل", "الأردن", "أوباما", "ترامب", "بوتين", "أردوغان", "السيسي", "داعش", "الحوثيين", "الحكومة", "الاقتصاد", "النفط", "الانتخابات", "البرلمان", "الإرهاب", "اللاجئين", "الطاقة", "التعليم", "الصحة", "المنتخب", "الدوري", "الأسعار", "البنك", "الاستثمار", "السياحة", "الأمطار", "الحرب", "السلام", "المفاوضات", "الاتفاق", "الرئيس", "الوزير"]
CLITIC_FORMS = ["لمصر", "بالرياض", "وسوريا", "للحكومة", "والنفط", "بالسعودية", "لروسيا", "وترامب", "بتونس", "فالحكومة"]
PHRASES = ['"الأمم المتحدة"', '"مجلس الأمن"', '"البيت الأبيض"', '"الاتحاد الأوروبي"', '"كرة القدم"',
           '"وزير الخارجية"', '"رئيس الوزراء"', '"خادم الحرمين الشريفين"', '"ولي العهد"', '"الشرق الأوسط"',
           '"حقوق الإنسان"', '"صندوق النقد الدولي"', '"منظمة الصحة العالمية"', '"جامعة الدول العربية"',
           '"الهلال الأحمر"', '"المملكة العربية السعودية"', '"الولايات المتحدة"', '"سعر الصرف"']
COMBINED = ["روسيا سوريا", "النفط الأسعار", "مصر السياحة", "تونس الانتخابات", "الرياض الأمطار",
            "ترامب -أوباما", "إيران الاتفاق", "غزة المساعدات", "المنتخب المغرب", "اليمن الحوثيين",
            "الصين الاستثمار", "لبنان الحكومة"]
QUERIES = WORDS + CLITIC_FORMS + PHRASES + COMBINED
assert len(QUERIES) == 100, len(QUERIES)

RECALL_WORDS = ["مصر", "سوريا", "روسيا", "تونس", "ترامب", "بوتين", "لبنان", "قطر", "غزة", "جدة",
                "الحكومة", "الرياض", "السعودية", "النفط"]


# the word ends here: no letter and no diacritic follows («مصرّون» is not «مصر»)
_END = "(?![\\w\u064b-\u065f\u0670])"


def oracle_pattern(word: str) -> re.Pattern[str]:
    """The word bare or behind proclitics, on the raw text: «لمصر», «وبمصر»; «للحكومة», «بالحكومة»."""
    if word.startswith("ال"):
        bare = re.escape(word[2:])
        return re.compile(rf"(?<!\w)(?:[وف]?[بك]?ال|[وف]?لل){bare}{_END}")
    return re.compile(rf"(?<!\w)[وف]?[بلك]?{re.escape(word)}{_END}")


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="/tmp/marsad-bench.db")
    parser.add_argument("--limit", type=int, default=10, help="Hits per query (snippets are made for each).")
    parser.add_argument("--no-recall", action="store_true", help="Only the latency figures.")
    args = parser.parse_args()
    store = open_store(args.db)
    stories = store.count(originals_only=True)
    print(f"store: {args.db}: {store.count()} articles, {stories} stories (near-duplicates excluded from search)")

    for query in QUERIES:  # warm the page cache and the clitic cache once
        search(store, query, limit=args.limit)
    for snippets in (True, False):
        times = []
        for query in QUERIES:
            started = time.perf_counter()
            search(store, query, limit=args.limit, snippets=snippets)
            times.append((time.perf_counter() - started) * 1000)
        label = "with snippets" if snippets else "ranking only"
        print(f"search latency, 100 queries, top {args.limit} {label}: p50 {percentile(times, 50):.1f} ms, "
              f"p95 {percentile(times, 95):.1f} ms, max {max(times):.1f} ms, mean {statistics.mean(times):.1f} ms")
    if args.no_recall or store.dialect != "sqlite":
        return

    rows = store.query("SELECT id, text FROM documents WHERE duplicate_of IS NULL")
    plain = sqlite3.connect(":memory:")
    plain.execute("CREATE VIRTUAL TABLE plain USING fts5(id UNINDEXED, text, tokenize='unicode61')")
    plain.executemany("INSERT INTO plain (id, text) VALUES (?, ?)", rows)
    times = []
    for query in QUERIES:
        started = time.perf_counter()
        try:
            plain.execute("SELECT id FROM plain WHERE plain MATCH ? ORDER BY rank LIMIT ?",
                          (query.replace("-", "NOT "), args.limit)).fetchall()
        except sqlite3.OperationalError:
            pass
        times.append((time.perf_counter() - started) * 1000)
    print(f"plain FTS5 unicode61 latency (same queries, no snippets): p50 {percentile(times, 50):.1f} ms, "
          f"p95 {percentile(times, 95):.1f} ms")

    print(f"\nrecall of clitic forms ({len(rows)} stories; oracle = word bare or behind و ف ب ل ك (ال), by regex)")
    print(f"{'word':>12} {'oracle':>7} {'marsad':>7} {'plain':>7}   plain misses")
    total = found_ours = found_plain = 0
    for word in RECALL_WORDS:
        pattern = oracle_pattern(word)
        expected = {doc_id for doc_id, text in rows if pattern.search(text)}
        ours = {h.id for h in search(store, word, limit=len(rows) + 1, snippets=False)}
        plain_ids = {r[0] for r in plain.execute("SELECT id FROM plain WHERE plain MATCH ?", (f'"{word}"',))}
        total += len(expected)
        found_ours += len(expected & ours)
        found_plain += len(expected & plain_ids)
        print(f"{word:>12} {len(expected):>7} {len(expected & ours):>7} {len(expected & plain_ids):>7}   "
              f"{len(expected - plain_ids)}")
    print(f"{'all':>12} {total:>7} {found_ours:>7} {found_plain:>7}   recall: marsad {found_ours / total:.1%}, "
          f"plain FTS5 {found_plain / total:.1%}")


if __name__ == "__main__":
    main()
