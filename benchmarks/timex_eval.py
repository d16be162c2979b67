"""Recognizers-Text Arabic date/time specs: Marsad's timex beside dateparser's `search_dates`.

Run: python benchmarks/timex_eval.py [--shared ../shared] [--no-dateparser]
(the same as `marsad eval timex`). dateparser comes with the `dev` extra.
"""
from marsad.timex.evaluate import main

if __name__ == "__main__":
    main()
