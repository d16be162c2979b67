from __future__ import annotations

import pytest

from marsad.text import tokenize


def tokens(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in tokenize(text)]


def test_quote_glued_to_a_preposition_is_split_off():
    assert tokens('بـ"الازدهار"') == ["بـ", '"', "الازدهار", '"']


@pytest.mark.parametrize("text, expected", [
    ("(بترا)", ["(", "بترا", ")"]),
    ("«لروسيا»،", ["«", "لروسيا", "»", "،"]),
    ("بلغ 3.5% و2,000 و١٢٫٥", ["بلغ", "3.5", "%", "و", "2,000", "و", "١٢٫٥"]),
    ("الساعة 14:30 بتوقيت غرينتش", ["الساعة", "14:30", "بتوقيت", "غرينتش"]),
    ("زار http://example.org/a?b=1 أمس", ["زار", "http://example.org/a?b=1", "أمس"]),
    ("كيم\u200f جونغ", ["كيم", "جونغ"]),
    ("Demain Dès l'Aube", ["Demain", "Dès", "l'Aube"]),
])
def test_tokenize_real_news_fragments(text, expected):
    assert tokens(text) == expected


def test_token_kinds():
    kinds = [k for _, _, k in tokenize("قال 12 Putin .")]
    assert kinds == ["word", "number", "latin", "punct"]
