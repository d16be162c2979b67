"""Impact lists: the stems that make an article a strong hit, and the search that starts from them (both backends)."""
from __future__ import annotations

import pytest
from storekit import BACKENDS, PG_URL, add_all, core_doc, fresh_store

from marsad.store import search, terms
from marsad.store.schema import SCHEMA_VERSION
from marsad.store.terms import impact_terms

# one article about the government (the word four times), and many that mention it once in passing
FOCUSED = "ناقشت الحكومة الموازنة ثم أقرت الحكومة خطة الحكومة للإسكان وأعلنت الحكومة موعد التنفيذ."
PASSING = ["وصل المنتخب إلى العاصمة استعدادا للمباراة بعد تصريح من الحكومة في المطار.",
           "ارتفعت أسعار الذهب في الأسواق المحلية وعلقت الحكومة على ذلك في بيان.",
           "افتتح المعرض الدولي للكتاب في العاصمة بحضور ممثل عن الحكومة وعدد من الناشرين.",
           "هطلت أمطار غزيرة على المدن الساحلية ودعت الحكومة السكان إلى الحذر.",
           "سجل المهاجم هدفين في الشوط الثاني وهنأت الحكومة النادي بالفوز.",
           "أعلنت الشركة عن أرباح قياسية في الربع الأخير بعد دعم من الحكومة.",
           "زار وفد من الأطباء القرى النائية في العاصمة وشكرت الحكومة المتطوعين."]


def passing_docs() -> list:
    """Seven different articles that mention the government once each."""
    return [core_doc(text, id=f"passing-{n}") for n, text in enumerate(PASSING)]


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    yield from fresh_store(request.param, tmp_path)


def test_impact_terms_weigh_frequency_and_length_and_skip_function_words():
    stems = ["حكومه", "في", "حكومه", "موازنه", "في", "في", "من", "خطه"]
    weights = dict(impact_terms(stems))
    assert "في" not in weights and "من" not in weights  # function words are never telling
    assert weights["حكومه"] > weights["موازنه"]  # twice beats once
    assert dict(impact_terms(stems + ["تقرير"] * 500))["حكومه"] < weights["حكومه"]  # the same count in a longer text
    assert dict(impact_terms(stems, ["وحكومه", *stems[1:]]))["حكومه"] < weights["حكومه"]  # a surface is a position too
    assert len(impact_terms([f"كلمه{i}" for i in range(200)])) == terms.IMPACT_TERMS


def test_search_frequent_word_ranks_the_focused_article_first(store):
    add_all(store, [*passing_docs(), core_doc(FOCUSED, id="focused")])
    assert search(store, "الحكومة", limit=3)[0].id == "focused"
    assert search(store, "للحكومة", limit=3)[0].id == "focused"  # a clitic form of the query: same best hit
    assert len(search(store, "الحكومة", limit=50)) == 8  # and every article that mentions it


def test_search_finds_words_missing_from_every_impact_list(store, monkeypatch):
    # each article keeps a single telling stem: the others are found by ranking every match
    monkeypatch.setattr(terms, "IMPACT_TERMS", 1)
    add_all(store, [*passing_docs(), core_doc(FOCUSED, id="focused")])
    assert {h.id for h in search(store, "الموازنة")} == {"focused"}
    assert {h.id for h in search(store, "العاصمة", limit=50)} == {"passing-0", "passing-2", "passing-6"}
    assert len(search(store, "الحكومة", limit=5)) == 5


@pytest.mark.skipif(not PG_URL, reason="MARSAD_TEST_POSTGRES_URL is not set")
def test_postgres_migration_fills_impact_lists_of_stored_articles(tmp_path):
    for store in fresh_store("postgres", tmp_path):
        add_all(store, [core_doc(FOCUSED, id="focused"), core_doc(PASSING[0], id="passing")])
        # back to a version-1 store: no impact lists
        store.execute("DROP TABLE doc_impacts")
        store.execute("DELETE FROM marsad_schema WHERE version >= 2")
        assert store.migrate() == SCHEMA_VERSION
        top = store.query("SELECT i.term FROM doc_impacts i JOIN documents d ON d.doc_key = i.doc_key"
                          " WHERE d.id = 'focused' ORDER BY i.impact DESC LIMIT 1")
        assert top == [("حكومه",)]
        assert store.query("SELECT count(*) FROM doc_impacts WHERE term = 'في'") == [(0,)]
        assert [h.id for h in search(store, "الحكومة")] == ["focused", "passing"]
