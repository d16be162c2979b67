"""Closed-class Arabic words that several components read, in `normalize_word` form."""
from __future__ import annotations

# «الذي», «التي» and their plurals and duals: what follows is a relative clause about the noun before them
RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين"})
