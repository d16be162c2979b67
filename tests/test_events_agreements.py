"""Agreements told in passing as made between two sides («الاتفاق الموقع بين إيران والقوى الكبرى»): their signing."""
from __future__ import annotations

import marsad


def agreements(text: str, published: str = "2018-05-01") -> list[tuple[list[str], list[str], str | None]]:
    doc = marsad.analyze(text, published=published)
    return [([a.name_en for a in e.source], [a.name_en for a in e.target], e.date) for e in doc.events
            if e.cameo == "057"]


def test_an_agreement_signed_between_two_sides_is_their_signing():
    found = agreements("وسيعلن ترامب قراره بشأن الاتفاق النووي الموقع عام 2015 بين إيران والقوى العظمى.")
    assert found == [(["Iran"], ["world powers"], "2015")]


def test_an_agreement_concluded_after_talks_between_two_sides():
    found = agreements("ويسعى الأوروبيون إلى إنقاذ الاتفاق الذي أبرم بعد مفاوضات شاقة بين إيران والقوى الكبرى في 2015.")
    assert found == [(["Iran"], ["world powers"], "2015")]


def test_the_other_side_may_follow_on_the_one_hand():
    found = agreements("وكان الاتفاق الذي أبرم بين إيران من جهة، والولايات المتحدة وفرنسا من جهة أخرى قد رفع العقوبات.")
    assert found and found[0][0] == ["Iran"] and found[0][1][:2] == ["United States", "France"]


def test_a_definite_agreement_between_two_sides_was_made():
    found = agreements("وقالت المحكمة إن اتفاق الصيد بين الاتحاد الأوروبي والمغرب يظل نافذا.")
    assert [(source, target) for source, target, _ in found] == [(["European Union"], ["Morocco"])]


def test_an_agreement_sought_or_denied_is_not_made():
    assert agreements("ويسعى الوسطاء إلى التوصل إلى اتفاق بين الحكومة والمعارضة في سوريا.") == []
    assert agreements("وقال المتحدث إنه لا يوجد أي اتفاق بين روسيا وتركيا حول إدلب.") == []
    assert agreements("ويناقش البرلمان الاتفاق المقترح بين مصر والسودان حول المياه.") == []


def test_the_p5_plus_1_is_a_side():
    doc = marsad.analyze("وجاء ذلك بعد توصل دول 5+1 إلى اتفاق مع إيران حول الملف النووي.", published="2015-08-01")
    assert [([a.name_en for a in e.source], [a.name_en for a in e.target]) for e in doc.events
            if e.cameo == "057"] == [(["P5+1"], ["Iran"])]
