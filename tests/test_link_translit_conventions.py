"""Transliteration conventions for Arabic family and given names the learned rules get wrong."""
from __future__ import annotations

import pytest

from marsad.link import transliterate_name


@pytest.mark.parametrize("arabic, latin", [
    ("عبده الحذيفي", "Abdu al-Hudhaifi"),     # diminutive nisba «فعيلي»
    ("سعود العتيبي", "Saud al-Otaibi"),       # «ع» + u is written O
    ("عز الدين الأصبحي", "Izz al-Din al-Asbahi"),  # «X الدين» and the «أفعلي» nisba
    ("صلاح الدين", "Salah al-Din"),
])
def test_link_translit_arabic_name_conventions(arabic, latin):
    assert transliterate_name(arabic) == latin


@pytest.mark.parametrize("arabic, ending", [
    ("تزاناكوبولوس", "opoulos"),   # Greek
    ("كوزلوفسكايا", "vskaya"),      # Russian feminine
])
def test_link_translit_learned_word_endings(arabic, ending):
    assert transliterate_name(arabic).endswith(ending)


@pytest.mark.parametrize("arabic, latin", [
    ("رامي عبد الرحمن", "Rami Abdul Rahman"),     # not the table's Urdu "Rehman"
    ("عبد اللطيف بن عبد الله", "Abdul Latif bin Abdullah"),
    ("عبدالستار", "Abdulsattar"),
])
def test_link_translit_abd_compounds(arabic, latin):
    assert transliterate_name(arabic) == latin
