"""Matching forms of tokens: the folded letters a KB alias word is compared with.

«وبالولايات» → «الولايات» (و and ب are clitics; the article stays, it is part of the alias);
«للرئيس» → «الرئيس» (ل + the article written «ل»); the whole word is tried too, in case the
segmenter cut a name that merely starts like a clitic.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.doc import Token
from marsad.text.clitics import is_accusative_form
from marsad.text.clitics import letters_of as _letters_of


@lru_cache(maxsize=200_000)
def letters_of(word: str) -> str:
    """Cached: the same words come back in every article."""
    return _letters_of(word)


@dataclass(slots=True)
class TokenForm:
    """One token's matching forms and where its name part starts and ends in the text."""

    forms: tuple[str, ...]  # most likely first; empty for punctuation and numbers
    start: int  # after proclitics: «وبالولايات» starts at «ال»
    end: int  # the token end (enclitics are kept: names rarely carry them)
    bare_end: int  # end without enclitic pronouns
    has_det: bool
    is_hyphen: bool = False
    alt_start: int = -1  # where the name starts when the last form (a cut the segmenter did not make) matched
    has_prep: bool = False  # «للأمم»: a preposition is attached
    is_dot: bool = False  # «.» between the letters of an abbreviation: «د.ب.أ»
    whole: str = ""  # the whole word's letters, clitics and all: a name may be «واس», not «و» + «اس»
    token_start: int = -1  # where the whole word starts
    short_cut: bool = False  # the cut form is three letters («وجزر»): it may only open a longer name


def form_token(token: Token) -> TokenForm:
    """Forms of one token; punctuation gets none («-» is marked so names can span «جونغ-أون», and a hashtag's «_»
    so they span «#الأمم_المتحدة»)."""
    if token.kind != "word":
        return TokenForm((), token.start, token.end, token.end, False, token.text in ("-", "–", "‐", "_"),
                         is_dot=token.text == ".")
    full = letters_of(token.text)
    pieces = token.pieces
    start = token.start
    has_det = False
    has_prep = False
    rest: list[str] = []
    bare_end = token.end
    for p in pieces:
        if p.role == "proclitic":
            if p.tag == "DET":
                has_det = True
            else:
                has_prep = has_prep or p.tag == "PREP"
                start = p.end
            continue
        rest.append(p.text)
        if p.role == "stem":
            bare_end = p.end
    if not pieces or any(p.tag == "FUT" for p in pieces):
        # «ستامبا» read as «سـ» + «تامبا» is a verb's future: a name carries no «سـ», so only the whole word is tried
        return TokenForm((full,) if full else (), token.start, token.end, token.end, False, whole=full,
                         token_start=token.start)
    core = letters_of("".join(rest))
    main = ("ال" + core) if has_det else core
    if has_det:  # the article's own offset: «للرئيس» keeps its «ل» (the article) inside the span
        for p in pieces:
            if p.tag == "DET":
                start = p.start
                break
    # the stem without an enclitic is not tried: «بروجردي» is a name, not «بروجرد» + ي
    forms = tuple(f for f in dict.fromkeys((main, full)) if f)
    alt_start = start
    if start == token.start and not has_det and len(full) >= 4 and full[0] in "وفبل" \
            and not is_accusative_form(token.text):  # «وشيكا» (imminent) is not و + Sheka
        # the segmenter keeps «لوكالة» whole (it does not know «وكالة» after ل): try the cut too
        # (not after «ك», "like", which is rare before a name: «كبيرا» is not «ك» + Beira)
        rest_letters = full[2:] if full.startswith("لل") else full[1:]
        alt = ("ال" + rest_letters) if full.startswith("لل") else rest_letters
        forms = forms + (alt,)
        alt_start = token.start + 1
    return TokenForm(forms, start, token.end, bare_end, has_det, alt_start=alt_start, has_prep=has_prep, whole=full,
                     token_start=token.start, short_cut=len(full) == 4 and alt_start != start)


def form_tokens(tokens: list[Token]) -> list[TokenForm]:
    return [form_token(t) for t in tokens]
