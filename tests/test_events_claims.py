"""Claims of responsibility (CAMEO 015): who claimed an attack, which attack, and whom it struck."""
from __future__ import annotations

from test_events_extract import names, unfiltered


def test_events_a_claim_of_responsibility_is_aimed_at_whom_the_attack_struck():
    doc = unfiltered("وأعلنت حركة طالبان مسؤوليتها عن الهجوم على القوات الأفغانية.", "2018-05-01")
    (claim,) = [e for e in doc.events if e.cameo == "015"]
    assert names(claim.source)[0] == "Taliban" and names(claim.target)[0] == "Afghan forces"
    # the attack stays an event of its own, by the claimer
    (attack,) = [e for e in doc.events if e.cameo_root == "18"]
    assert names(attack.source)[0] == "Taliban" and names(attack.target)[0] == "Afghan forces"


def test_events_an_attack_claimed_by_its_noun_stays_an_event():
    # «تبنى» with the attack right after it claims it (not «تبنى مجلس الأمن قرارا», which adopts a resolution)
    doc = unfiltered("وتبنت جماعة الحوثي الهجمات على مطار أبها.", "2018-05-01")
    (claim,) = [e for e in doc.events if e.cameo == "015"]
    assert names(claim.source)[0] == "Houthis" and names(claim.target)[0] == "Abha"
    assert [e for e in doc.events if e.cameo_root == "18" and names(e.source)[0] == "Houthis"]
    doc = unfiltered("وتبنى مجلس الأمن قرارا يدعو إلى وقف العمليات العسكرية في سوريا.", "2018-05-01")
    assert not [e for e in doc.events if e.cameo == "015"]


def test_events_the_claimer_named_after_the_attack_claimed_is_no_side_struck():
    # «وتبنت الهجوم حينها حركة طالبان»: the attack first, then who claimed it
    doc = unfiltered("ووفق شهود عيان فقد فجر انتحاري حزامه الناسف، وتبنت الهجوم حينها حركة طالبان باكستان.",
                     "2018-07-11")
    (claim,) = [e for e in doc.events if e.cameo == "015"]
    assert names(claim.source)[0] == "Taliban" and "Taliban" not in names(claim.target)
    assert not [e for e in doc.events if e.cameo_root == "18" and "Taliban" in names(e.target)]


def test_events_no_one_claiming_an_attack_is_no_claim():
    doc = unfiltered("وأكد وزير الخارجية الفرنسي جان إيف لو دريان أنه لم تعلن بعد أي جهة مسؤوليتها عن الهجوم الذي "
                     "وقع في بوركينا فاسو.", "2018-03-03")
    assert not [e for e in doc.events if e.cameo == "015"]
    assert not [e for e in doc.events if e.cameo_root == "18" and e.source
                and names(e.source)[0] == "Jean-Yves Le Drian"]
