"""Ingest survives SIGKILL half-way: the rerun leaves every article stored exactly once."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid

import pytest
from storekit import BACKENDS, PG_URL

from marsad.store import open_store

WORDS = ["الحكومة", "الوزير", "روسيا", "الصين", "مصر", "لبنان", "سوريا", "الرئيس", "البرلمان", "الاقتصاد", "النفط", "الغاز", "الطاقة", "المياه", "الزراعة", "الصحة", "التعليم", "الجيش", "الشرطة", "المحكمة", "القانون", "الانتخابات", "الحزب", "المعارضة", "الشعب", "المدينة", "القرية", "الطريق", "الجسر", "المطار", "الميناء", "القطار", "السيارة", "البنك", "الدولار", "الدينار", "السوق", "الأسعار", "التضخم", "الشركة", "المصنع", "العمال", "الطلاب", "الجامعة", "المدرسة", "المستشفى", "الطبيب", "المرض", "اللقاح", "الفيروس", "المطر", "الثلج", "الحرارة", "الرياح", "البحر", "النهر", "الجبل", "الصحراء", "الغابة", "الزلزال", "الفيضان", "الحريق", "المساعدات", "اللاجئين", "الحدود", "السلام", "الحرب", "الهدنة", "المفاوضات", "الاتفاق", "المعاهدة", "القمة", "الزيارة", "المؤتمر", "البيان", "التقرير", "الصحيفة", "القناة", "الإذاعة", "الموقع", "الهاتف", "الحاسوب"]


def _write_corpus(path, n):
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            body = " ".join(rng.choice(WORDS) for _ in range(60)) + f" رقم {i}."
            fh.write(json.dumps({"id": f"a{i}", "title": f"خبر {i}", "text": body}, ensure_ascii=False) + "\n")


def _count(db):
    try:
        with open_store(db, migrate=False) as store:
            return store.count()
    except Exception:  # noqa: BLE001 - the schema may not exist yet
        return 0


@pytest.mark.parametrize("backend", BACKENDS)
def test_ingest_killed_half_way_then_rerun_stores_each_article_once(backend, tmp_path):
    n = 3000
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus, n)
    schema = None
    if backend == "sqlite":
        db = str(tmp_path / "marsad.db")
    else:
        schema = "t_" + uuid.uuid4().hex[:12]
        with open_store(PG_URL, migrate=False) as admin:
            admin.execute(f"CREATE SCHEMA {schema}")
        sep = "&" if "?" in PG_URL else "?"
        db = f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    cmd = [sys.executable, "-m", "marsad.cli.ingest", str(corpus), "--db", db, "--core", "--batch-size", "20",
           "--no-progress"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    try:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 90
        while _count(db) < 100 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        partial = _count(db)
        assert 0 < partial < n, f"the kill should land half-way (stored {partial} of {n})"
        rerun = subprocess.run([*cmd, "--json"], env=env, capture_output=True, text=True, timeout=300,
                               check=False)
        assert rerun.returncode == 0, rerun.stderr
        report = json.loads(rerun.stdout.strip().splitlines()[-1])
        assert report["added"] + report["near_duplicates"] == n - partial
        assert report["skipped"] == {"already stored (same text)": partial}
        with open_store(db) as store:
            assert store.count() == n
            assert store.query("SELECT COUNT(DISTINCT id), COUNT(DISTINCT content_hash) FROM documents")[0] == (n, n)
            originals = store.count(originals_only=True)
            assert store.indexed_count() == originals  # the index holds each story once
    finally:
        if schema:
            with open_store(PG_URL, migrate=False) as admin:
                admin.execute(f"DROP SCHEMA {schema} CASCADE")
