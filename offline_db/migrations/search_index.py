"""Migrations of the full-text search index over services (m002, m005, m007)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sql_script import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database


def m002_service_search(db: Database) -> None:
    """Full-text search over services with stemmed texts (see ``offline_db/search.py``).

    One FTS5 table per language (``service_fts_ru``, ``service_fts_en``; rowid = services.rowid)
    holds the stemmed words, so a query ranks only the rows of its language.  Triggers keep them
    in step with ``services`` through the ``kiosk_stem`` SQL function that
    :class:`offline_db.store.Store` registers on every connection.
    """
    for lang in ("ru", "en"):
        run_script(
            db,
            f"""
            CREATE VIRTUAL TABLE service_fts_{lang} USING fts5(
                name, synonyms, description, tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE VIRTUAL TABLE service_fts_{lang}_vocab USING fts5vocab(service_fts_{lang}, 'row');
            CREATE TRIGGER services_fts_{lang}_insert AFTER INSERT ON services BEGIN
                INSERT INTO service_fts_{lang}(rowid, name, synonyms, description) VALUES
                  (NEW.rowid, kiosk_stem(NEW.name_{lang}, '{lang}'), kiosk_stem(NEW.synonyms_{lang}, '{lang}'),
                   kiosk_stem(NEW.description_{lang} || ' ' || NEW.who_{lang}, '{lang}'));
            END;
            CREATE TRIGGER services_fts_{lang}_delete AFTER DELETE ON services BEGIN
                DELETE FROM service_fts_{lang} WHERE rowid = OLD.rowid;
            END;
            CREATE TRIGGER services_fts_{lang}_update AFTER UPDATE OF name_{lang}, synonyms_{lang},
                description_{lang}, who_{lang} ON services BEGIN
                DELETE FROM service_fts_{lang} WHERE rowid = OLD.rowid;
                INSERT INTO service_fts_{lang}(rowid, name, synonyms, description) VALUES
                  (NEW.rowid, kiosk_stem(NEW.name_{lang}, '{lang}'), kiosk_stem(NEW.synonyms_{lang}, '{lang}'),
                   kiosk_stem(NEW.description_{lang} || ' ' || NEW.who_{lang}, '{lang}'));
            END;
            """,
        )
        # Services that existed before this migration get indexed too.
        db.execute(
            f"""INSERT INTO service_fts_{lang}(rowid, name, synonyms, description)
                SELECT rowid, kiosk_stem(name_{lang}, '{lang}'), kiosk_stem(synonyms_{lang}, '{lang}'),
                       kiosk_stem(description_{lang} || ' ' || who_{lang}, '{lang}') FROM services"""
        )
    run_script(
        db,
        """
        CREATE TABLE search_meta (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
        INSERT INTO search_meta VALUES (1, 0);
        CREATE TRIGGER services_search_version_i AFTER INSERT ON services BEGIN
            UPDATE search_meta SET version = version + 1;
        END;
        CREATE TRIGGER services_search_version_d AFTER DELETE ON services BEGIN
            UPDATE search_meta SET version = version + 1;
        END;
        CREATE TRIGGER services_search_version_u AFTER UPDATE OF name_ru, name_en, synonyms_ru,
            synonyms_en, description_ru, description_en, who_ru, who_en ON services BEGIN
            UPDATE search_meta SET version = version + 1;
        END;
        """,
    )


def m005_deferred_search_index(db: Database) -> None:
    """Index catalogue changes in bulk instead of row by row.

    Indexing each pulled row as it is written (m002's triggers) made a large catalogue pull
    several times slower than a bulk index of the same rows (one FTS5 segment, no merges).  Now a
    change to ``services`` only records its rowid in ``search_dirty``; ``offline_db.search.
    refresh_index`` indexes the recorded rows (all of them in one statement when there are many)
    before the next search, and the sync engine calls it once a pull is complete.
    """
    for lang in ("ru", "en"):
        for op in ("insert", "delete", "update"):
            db.execute(f"DROP TRIGGER IF EXISTS services_fts_{lang}_{op}")
    run_script(
        db,
        """
        CREATE TABLE search_dirty (service_rowid INTEGER PRIMARY KEY);
        CREATE TRIGGER services_search_dirty_i AFTER INSERT ON services BEGIN
            INSERT OR IGNORE INTO search_dirty VALUES (NEW.rowid);
        END;
        CREATE TRIGGER services_search_dirty_d AFTER DELETE ON services BEGIN
            INSERT OR IGNORE INTO search_dirty VALUES (OLD.rowid);
        END;
        CREATE TRIGGER services_search_dirty_u AFTER UPDATE OF name_ru, name_en, synonyms_ru, synonyms_en,
            description_ru, description_en, who_ru, who_en ON services BEGIN
            INSERT OR IGNORE INTO search_dirty VALUES (OLD.rowid);
            INSERT OR IGNORE INTO search_dirty VALUES (NEW.rowid);
        END;
        """,
    )


def m007_search_dirty_any_conflict_policy(db: Database) -> None:
    """m005's triggers used ``INSERT OR IGNORE``, but SQLite lets the outer statement's conflict
    policy override a trigger's: an upsert of a service (``ON CONFLICT DO UPDATE``) that marked the
    same rowid twice failed.  Mark rows only when not already marked, whatever the policy."""
    for name in ("services_search_dirty_i", "services_search_dirty_d", "services_search_dirty_u"):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    mark = ("INSERT INTO search_dirty SELECT {row} "
            "WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE service_rowid = {row});")
    run_script(
        db,
        f"""
        CREATE TRIGGER services_search_dirty_i AFTER INSERT ON services BEGIN
            {mark.format(row="NEW.rowid")}
        END;
        CREATE TRIGGER services_search_dirty_d AFTER DELETE ON services BEGIN
            {mark.format(row="OLD.rowid")}
        END;
        CREATE TRIGGER services_search_dirty_u AFTER UPDATE OF name_ru, name_en, synonyms_ru, synonyms_en,
            description_ru, description_en, who_ru, who_en ON services BEGIN
            {mark.format(row="OLD.rowid")}
            {mark.format(row="NEW.rowid")}
        END;
        """,
    )
