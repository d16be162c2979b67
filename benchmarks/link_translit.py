#!/usr/bin/env python3
"""Accuracy of the Arabic→Latin name transliterator on held-out word pairs.

    python benchmarks/link_translit.py [--shared ../shared]

Test sets (never used to build the shipped table): google/transliteration `ar2en-test.txt`
(Apache-2.0) and NETransliteration `wd_arabic_20` (CC0). Exact match is strict (one Latin spelling
per word is gold); "close" also accepts a normalised edit similarity of at least 0.8. The joint model's
three best spellings are the `aliases_en` of a name the table lacks; "in its 3 best" says how often the
gold spelling is among them.
"""
from __future__ import annotations

import argparse
import difflib
from pathlib import Path

from marsad.link.translit import _learned, _modelled, _rules, transliterate_word
from marsad.text.clitics import letters_of

ROOT = Path(__file__).resolve().parent.parent


def score(pairs: list[tuple[str, str]], fn) -> tuple[float, float]:
    exact = close = 0
    for ar, en in pairs:
        out = fn(ar).lower()
        exact += out == en
        close += difflib.SequenceMatcher(None, out, en).ratio() >= 0.8
    return exact / len(pairs), close / len(pairs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    base = args.shared / "data/linking/transliteration"
    sets = {
        "google ar2en test": [tuple(line.split("\t")[:2]) for line in
                              (base / "google_ar2en/ar2en-test.txt").read_text(encoding="utf-8").splitlines() if "\t" in line],
        "NETransliteration wd_arabic_20": [(parts[1].replace(" ", ""), parts[0]) for parts in
                                           (line.split("\t") for line in (base / "netransliteration_coling2018/wd_arabic_20")
                                            .read_text(encoding="utf-8").splitlines()) if len(parts) >= 2],
    }
    for name, pairs in sets.items():
        pairs = [(a, e.strip().lower()) for a, e in pairs if a and e]
        t_exact, t_close = score(pairs, transliterate_word)
        r_exact, r_close = score(pairs, lambda w: _rules(letters_of(w)))
        l_exact, l_close = score(pairs, lambda w: _learned(letters_of(w)))
        j_exact, j_close = score(pairs, lambda w: _modelled(letters_of(w))[0])
        in_three = sum(en in _modelled(letters_of(ar), n=3) for ar, en in pairs) / len(pairs)
        print(f"{name} ({len(pairs)} words): table+learned exact {t_exact:.3f} close {t_close:.3f}; "
              f"learned rules only exact {l_exact:.3f} close {l_close:.3f}; "
              f"joint model only exact {j_exact:.3f} close {j_close:.3f}, in its 3 best {in_three:.3f}; "
              f"hand rules only exact {r_exact:.3f} close {r_close:.3f}")


if __name__ == "__main__":
    main()
