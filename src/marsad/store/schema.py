"""The store's schema as numbered migrations, one SQL list per dialect.

The same tables live in SQLite and PostgreSQL; only the search index differs (an FTS5
table in SQLite, a `tsvector` with a GIN index in PostgreSQL). `marsad_schema` records the
version reached, so opening an older store applies only the missing migrations.

Version 2 adds PostgreSQL's impact lists (`doc_impacts`: each article's most telling stems
with their ranking weight, see `terms.impact_terms`), filled for the articles already stored
from their tsvectors; SQLite's FTS5 ranks fast enough without them.

Version 3 adds `entity_names` and `actor_names`: an entity's and an event actor's other English names
(`aliases_en`, lower case), so that `--entity "Hussam bin Saud"` finds «حسام بن سعود», first spelled Hossam bin
Saud, and `--actors` finds its events. Articles stored before it were analysed without such names, so they have
none.
"""
from __future__ import annotations

from marsad.store.terms import _FUNCTION_WORDS, IMPACT_TERMS

SCHEMA_VERSION = 3

_TABLES = """
CREATE TABLE IF NOT EXISTS documents (
    doc_key {pk},
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    text TEXT NOT NULL,
    published TEXT,
    published_date TEXT,
    source TEXT,
    url TEXT,
    language TEXT,
    body_start INTEGER NOT NULL DEFAULT 0,
    meta TEXT,
    annotations TEXT,
    duplicate_of TEXT,
    similarity REAL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_published ON documents (published_date);
CREATE INDEX IF NOT EXISTS documents_source ON documents (source);
CREATE INDEX IF NOT EXISTS documents_duplicate ON documents (duplicate_of);
CREATE TABLE IF NOT EXISTS entities (
    doc_key BIGINT NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    label TEXT,
    text TEXT,
    text_norm TEXT,
    name_en TEXT,
    name_ar TEXT,
    wikidata TEXT,
    country TEXT,
    cameo TEXT,
    PRIMARY KEY (doc_key, entity_id)
);
CREATE INDEX IF NOT EXISTS entities_wikidata ON entities (wikidata);
CREATE INDEX IF NOT EXISTS entities_text_norm ON entities (text_norm);
CREATE INDEX IF NOT EXISTS entities_name_en ON entities (name_en);
CREATE TABLE IF NOT EXISTS mentions (
    doc_key BIGINT NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    text TEXT,
    kind TEXT
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc_key, entity_id);
CREATE TABLE IF NOT EXISTS times (
    doc_key BIGINT NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    text TEXT,
    type TEXT,
    value TEXT
);
CREATE INDEX IF NOT EXISTS times_doc ON times (doc_key);
CREATE INDEX IF NOT EXISTS times_value ON times (value);
CREATE TABLE IF NOT EXISTS quotes (
    doc_key BIGINT NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    text TEXT,
    direct INTEGER,
    speaker TEXT,
    speaker_entity TEXT,
    speaker_wikidata TEXT
);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes (doc_key);
CREATE TABLE IF NOT EXISTS events (
    doc_key BIGINT NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    cameo TEXT,
    cameo_root TEXT,
    plover TEXT,
    quad_class INTEGER,
    goldstein REAL,
    date TEXT,
    trigger_start INTEGER,
    trigger_end INTEGER,
    trigger_text TEXT,
    PRIMARY KEY (doc_key, event_id)
);
CREATE INDEX IF NOT EXISTS events_cameo ON events (cameo);
CREATE TABLE IF NOT EXISTS event_actors (
    doc_key BIGINT NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    role TEXT NOT NULL,
    text TEXT,
    text_norm TEXT,
    entity_id TEXT,
    wikidata TEXT,
    name_en TEXT,
    cameo_actor TEXT,
    country TEXT
);
CREATE INDEX IF NOT EXISTS event_actors_doc ON event_actors (doc_key, event_id);
CREATE TABLE IF NOT EXISTS minhashes (
    doc_key BIGINT PRIMARY KEY REFERENCES documents (doc_key) ON DELETE CASCADE,
    signature {blob} NOT NULL
);
CREATE TABLE IF NOT EXISTS lsh_buckets (
    bucket BIGINT NOT NULL,
    doc_key BIGINT NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS lsh_buckets_bucket ON lsh_buckets (bucket);
"""

# impact lists for the articles stored before version 2, from their tsvectors (stems are the 'A' positions);
# the same weights as terms.impact_terms
_BACKFILL_IMPACTS = f"""
INSERT INTO doc_impacts (term, impact, doc_key)
SELECT lexeme, impact, doc_key FROM (
    SELECT s.doc_key, s.lexeme, s.impact,
           row_number() OVER (PARTITION BY s.doc_key ORDER BY s.impact DESC) AS n
    FROM (
        SELECT i.doc_key, u.lexeme, t.tf / ln(l.positions + 1) AS impact
        FROM doc_index i
        CROSS JOIN LATERAL (SELECT sum(cardinality(x.positions)) AS positions FROM unnest(i.terms) AS x) l
        CROSS JOIN LATERAL unnest(i.terms) AS u
        CROSS JOIN LATERAL (SELECT count(*) AS tf FROM unnest(u.weights) AS w WHERE w = 'A') t
        WHERE t.tf > 0 AND length(u.lexeme) > 1
          AND u.lexeme <> ALL (ARRAY[{", ".join(f"'{w}'" for w in sorted(_FUNCTION_WORDS))}]::text[])
    ) s
) r
WHERE n <= {IMPACT_TERMS}
"""

_OTHER_NAMES = [
    ("CREATE TABLE IF NOT EXISTS entity_names ("
     " doc_key BIGINT NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,"
     " entity_id TEXT NOT NULL,"
     " name TEXT NOT NULL)"),
    "CREATE INDEX IF NOT EXISTS entity_names_name ON entity_names (name)",
    ("CREATE TABLE IF NOT EXISTS actor_names ("
     " doc_key BIGINT NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,"
     " event_id TEXT NOT NULL,"
     " role TEXT NOT NULL,"
     " name TEXT NOT NULL)"),
    "CREATE INDEX IF NOT EXISTS actor_names_name ON actor_names (name)",
]

MIGRATIONS: dict[str, list[tuple[int, list[str]]]] = {
    "sqlite": [
        (1, [
            *[s for s in _TABLES.format(pk="INTEGER PRIMARY KEY", blob="BLOB").split(";") if s.strip()],
            # stems and surfaces of the words, position-aligned; rowid = documents.doc_key.
            # contentless: the text lives once, in `documents`
            ("CREATE VIRTUAL TABLE IF NOT EXISTS doc_index USING fts5("
             "stems, surfaces, content='', tokenize='unicode61 remove_diacritics 0')"),
        ]),
        (2, []),  # PostgreSQL's impact lists; FTS5 needs none
        (3, _OTHER_NAMES),
    ],
    "postgres": [
        (1, [
            *[s for s in _TABLES.format(pk="BIGSERIAL PRIMARY KEY", blob="BYTEA").split(";") if s.strip()],
            # one tsvector: stems weighted A and surfaces weighted B at the same positions
            ("CREATE TABLE IF NOT EXISTS doc_index ("
             " doc_key BIGINT PRIMARY KEY REFERENCES documents (doc_key) ON DELETE CASCADE,"
             " terms TSVECTOR NOT NULL)"),
            "CREATE INDEX IF NOT EXISTS doc_index_terms ON doc_index USING GIN (terms)",
        ]),
        (2, [
            ("CREATE TABLE IF NOT EXISTS doc_impacts ("
             " term TEXT NOT NULL,"
             " impact REAL NOT NULL,"
             " doc_key BIGINT NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE)"),
            "CREATE INDEX IF NOT EXISTS doc_impacts_term ON doc_impacts (term, impact DESC, doc_key)",
            "CREATE INDEX IF NOT EXISTS doc_impacts_doc ON doc_impacts (doc_key)",
            _BACKFILL_IMPACTS,
        ]),
        (3, _OTHER_NAMES),
    ],
}
