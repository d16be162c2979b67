"""The store on SQLite and PostgreSQL: schema, idempotent writes, near-duplicates, annotations, filters."""
from __future__ import annotations

import pytest
from storekit import BACKENDS, add_all, core_doc, fresh_store

from marsad.doc import Actor, Entity, Event, Mention, Span, TimeExpr
from marsad.io.readers import ReadFailure
from marsad.store import search
from marsad.store.ingest import ingest_documents
from marsad.store.schema import SCHEMA_VERSION

KIM = ("وصل الزعيم الكوري الشمالي كيم جونغ أون إلى روسيا صباح الثلاثاء في زيارة نادرة يلتقي خلالها الرئيس "
       "الروسي فلاديمير بوتين في قاعدة فوستوشني الفضائية، وقالت وكالة الأنباء الكورية المركزية إن القطار "
       "الخاص عبر الحدود في ساعة مبكرة من صباح اليوم وسط إجراءات أمنية مشددة.")
FOOTBALL = ("فاز الفريق الوطني لكرة القدم على منافسه بثلاثة أهداف مقابل هدف واحد في المباراة التي أقيمت "
            "مساء أمس على الملعب الأولمبي بحضور آلاف المشجعين الذين احتفلوا طويلا بعد صافرة النهاية.")


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    yield from fresh_store(request.param, tmp_path)


def test_store_migrations_are_recorded_and_idempotent(store):
    assert store.schema_version() == SCHEMA_VERSION
    assert store.migrate() == SCHEMA_VERSION  # opening again applies nothing twice
    assert store.count() == 0


def test_store_ingest_twice_adds_nothing_the_second_time(store):
    docs = [core_doc(KIM, title="كيم في روسيا", id="kim"), core_doc(FOOTBALL, title="فوز المنتخب", id="foot")]
    first = ingest_documents(store, docs, batch_size=1)
    assert (first.added, first.duplicates) == (2, 0)
    again = [core_doc(KIM, title="كيم في روسيا", id="kim-again"), core_doc(FOOTBALL, title="فوز المنتخب", id="foot")]
    second = ingest_documents(store, again)
    assert second.added == 0
    assert second.skipped["already stored (same text)"] == 2
    assert store.count() == 2


def test_store_reports_skips_and_failures_with_reasons(store):
    items = [core_doc(KIM, id="a"), core_doc(FOOTBALL, id="a"), ReadFailure("bad.jsonl:3", "bad JSON record"),
             core_doc(KIM, id="b")]
    report = ingest_documents(store, items)
    assert report.added == 1
    assert report.skipped == {"id already used by a different text": 1, "already stored (same text)": 1}
    assert [f.source for f in report.failed] == ["bad.jsonl:3"]
    assert report.to_dict()["failed"][0]["reason"] == "bad JSON record"


def test_store_links_a_near_copy_to_its_original(store):
    original = core_doc(KIM, title="كيم يصل إلى روسيا", id="orig", source="وكالة")
    copy = core_doc(KIM.replace("صباح الثلاثاء", "صباح اليوم الثلاثاء").replace("مشددة", "مشددة جدا"),
                    title="كيم يصل إلى روسيا", id="copy", source="موقع")
    other = core_doc(FOOTBALL, title="فوز المنتخب", id="other")
    results = add_all(store, [original, copy, other])
    assert results[0].duplicate_of is None
    assert results[1].duplicate_of == "orig" and results[1].similarity >= 0.8
    assert results[2].duplicate_of is None
    assert store.count() == 3 and store.count(originals_only=True) == 2
    assert [h.id for h in search(store, "فوستوشني")] == ["orig"]  # one story, not two hits
    assert [d for d, _ in store.duplicates_of("orig")] == ["copy"]


def _annotated():
    doc = core_doc(KIM, title="كيم في روسيا", id="ann", published="2023-09-12", source="kcna")
    text = doc.text
    k = text.index("كيم جونغ أون")
    r = text.index("روسيا", doc.body_start)
    doc.entities = [
        Entity("e1", "PER", "كيم جونغ أون", [Mention(k, k + 12, "كيم جونغ أون")], name_en="Kim Jong Un",
               wikidata="Q56226", country="PRK", cameo="PRKGOV"),
        Entity("e2", "LOC", "روسيا", [Mention(r, r + 5, "روسيا")], name_en="Russia", wikidata="Q159", country="RUS"),
    ]
    v = text.index("وصل")
    doc.times = [TimeExpr(text.index("الثلاثاء"), text.index("الثلاثاء") + 8, "الثلاثاء", "DATE", "2023-09-12")]
    doc.events = [Event("ev1", "043", Span(v, v + 3, "وصل"), cameo_root="04",
                        source=[Actor("كيم جونغ أون", k, k + 12, "e1", "Kim Jong Un", "Q56226", cameo_actor="PRKGOV",
                                      country="PRK")],
                        target=[Actor("روسيا", r, r + 5, "e2", "Russia", "Q159", country="RUS")])]
    assert doc.validate_offsets() == []
    return doc


def test_store_keeps_annotations_and_returns_them(store):
    add_all(store, [_annotated(), core_doc(FOOTBALL, id="foot", published="2023-09-13")])
    back = store.get_document("ann")
    assert back is not None and back.published == "2023-09-12"
    assert [e.wikidata for e in back.entities] == ["Q56226", "Q159"]
    assert back.events[0].source[0].name_en == "Kim Jong Un"
    assert back.validate_offsets() == []


@pytest.mark.parametrize("entity", ["Q159", "روسيا", "Russia", "e2"])
def test_store_filters_by_entity_id_arabic_or_english_name(store, entity):
    add_all(store, [_annotated(), core_doc(FOOTBALL + " روسيا", id="foot")])
    assert [h.id for h in search(store, "", entities=[entity])] == ["ann"]
    assert [h.id for h in search(store, "روسيا", entities=[entity])] == ["ann"]


def test_store_filters_by_an_other_english_name_of_an_entity(store):
    doc = core_doc("قال الأمير حسام بن سعود إن الخطة جاهزة.", id="hussam")
    a = doc.text.index("حسام بن سعود")
    doc.entities = [Entity("e1", "PER", "حسام بن سعود", [Mention(a, a + 12, "حسام بن سعود")], name_en="Hossam bin Saud",
                           aliases_en=["Hussam bin Saud", "Hossam bin Saoud"])]
    add_all(store, [doc, core_doc(FOOTBALL, id="foot")])
    assert [h.id for h in search(store, "", entities=["Hussam bin Saud"])] == ["hussam"]
    assert [h.id for h in search(store, "", entities=["hossam bin saud"])] == ["hussam"]  # the first name, any case
    assert search(store, "", entities=["Hussam"]) == []  # a whole name, not a word of it


def test_store_filters_events_by_an_other_english_name_of_an_actor(store):
    doc = _annotated()
    doc.events[0].source[0].aliases_en = ["Kim Jong-un"]
    add_all(store, [doc])
    assert [h.id for h in search(store, "", actors=("Kim Jong-un", "Russia"))] == ["ann"]
    assert search(store, "", actors=("Russia", "Kim Jong-un")) == []  # the name is the source's, not the target's


def test_store_version_2_gains_the_entity_names_table(store):
    store.execute("DROP TABLE entity_names")
    store.execute("DROP TABLE actor_names")
    store.execute("DELETE FROM marsad_schema WHERE version = 3")
    assert store.schema_version() == 2
    assert store.migrate() == SCHEMA_VERSION == 3
    add_all(store, [_annotated()])  # writes its entities' other names
    assert [h.id for h in search(store, "", entities=["Russia"])] == ["ann"]


def test_store_filters_by_event_code_actor_pair_date_and_source(store):
    add_all(store, [_annotated(), core_doc(FOOTBALL + " كيم", id="foot", published="2023-10-01", source="sport")])
    assert [h.id for h in search(store, "كيم", event="04")] == ["ann"]
    assert search(store, "كيم", event="19") == []
    assert [h.id for h in search(store, "", actors=("PRK", "RUS"))] == ["ann"]
    assert [h.id for h in search(store, "", actors=("Q56226", "روسيا"))] == ["ann"]
    assert search(store, "", actors=("RUS", "PRK")) == []  # direction matters
    assert {h.id for h in search(store, "كيم")} == {"ann", "foot"}
    assert [h.id for h in search(store, "كيم", date_from="2023-09-20")] == ["foot"]
    assert [h.id for h in search(store, "كيم", date_to="2023-09-20")] == ["ann"]
    assert [h.id for h in search(store, "كيم", sources=["sport"])] == ["foot"]


def test_store_ingest_with_worker_processes_stores_the_same(tmp_path):
    from marsad.store import open_store

    docs = [core_doc(f"{KIM} رقم {i}" if i % 2 else f"{FOOTBALL} رقم {i}", id=f"d{i}") for i in range(12)]
    with open_store(tmp_path / "jobs.db") as store:
        report = ingest_documents(store, [core_doc(d.text, id=d.id) for d in docs], jobs=2, batch_size=12)
        assert report.added + report.duplicates == 12
        assert store.count() == 12 and store.indexed_count() == report.added
        assert {h.id for h in search(store, "فوستوشني", limit=20)} <= {d.id for d in docs}
