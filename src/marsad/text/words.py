"""Closed-class Arabic words that several components read, in `normalize_word` form."""
from __future__ import annotations

# «الذي», «التي» and their plurals and duals: what follows is a relative clause about the noun before them
RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين"})


def without_conjunction(norm: str) -> str:
    """A normalised word without a leading «و»/«ف» when the rest is long enough to be a word of its own:
    «وقال» → «قال» (not «وفد», «فوز»)."""
    return norm[1:] if len(norm) > 4 and norm[0] in "وف" else norm


def is_counterpart_word(norm: str) -> bool:
    """«نظيره», «ونظيرته», «نظيريه»: a word that names someone as another's counterpart («عقده ونظيره الألماني
    فرانك فالتر شتاينماير»: the German minister stood beside the speaker, and is not the one the story follows)."""
    return norm.removeprefix("و").startswith("نظير")
