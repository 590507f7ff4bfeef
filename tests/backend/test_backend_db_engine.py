"""regional_backend.db.engine: --db / RB_DATABASE_URL to an Engine, on SQLite and on a real
PostgreSQL server (the session's throwaway cluster), and its one-line errors."""

from __future__ import annotations

import re
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa

from regional_backend.db.engine import (
    DATABASE_URL_ENV,
    BadDatabaseUrl,
    DatabaseUnavailable,
    database_url,
    open_engine,
    write_transaction,
)
from tests.pg_cluster import free_port


@pytest.fixture
def engine_of():
    engines: list[sa.Engine] = []

    def open_(db, **options):
        engines.append(open_engine(db, **options))
        return engines[-1]

    yield open_
    for engine in engines:
        engine.dispose()


def _one_line_without(text: str, secret: str) -> None:
    assert "\n" not in text and text.strip() == text
    assert secret not in text


def test_select_1_on_either_engine(db_target, engine_of):
    engine = engine_of(db_target)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT 1")).scalar_one() == 1
    expected = "postgresql" if db_target.startswith("postgresql://") else "sqlite"
    assert engine.dialect.name == expected


def test_the_environment_variable_names_the_database_when_db_is_absent(pg_url, tmp_path, engine_of):
    engine = engine_of(None, environ={DATABASE_URL_ENV: pg_url})
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT current_database()")).scalar_one() == pg_url.rsplit("/", 1)[1]
    # --db wins over the environment.
    assert engine_of(tmp_path / "x.db", environ={DATABASE_URL_ENV: pg_url}).dialect.name == "sqlite"
    with pytest.raises(BadDatabaseUrl, match=f"use --db .* or set {DATABASE_URL_ENV}"):
        open_engine(None, environ={})


def test_sqlite_connections_get_the_backends_settings(tmp_path, engine_of):
    path = tmp_path / "data" / "backend.db"
    engine = engine_of(path, pool_size=2)
    with engine.connect() as a, engine.connect() as b:  # two pooled connections, both set up
        for conn in (a, b):
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 10_000
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_both_engines_refuse_a_row_referencing_nothing(db_target, engine_of):
    engine = engine_of(db_target)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE parent (id TEXT PRIMARY KEY)")
        conn.exec_driver_sql("CREATE TABLE child (id TEXT PRIMARY KEY, parent_id TEXT REFERENCES parent(id))")
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO child VALUES ('c', 'nobody')")


def test_write_transaction_commits_or_rolls_back_as_a_whole(db_target, engine_of):
    engine = engine_of(db_target)
    with write_transaction(engine) as conn:
        conn.exec_driver_sql("CREATE TABLE t (v INTEGER)")
        conn.exec_driver_sql("INSERT INTO t VALUES (1)")
    with pytest.raises(RuntimeError), write_transaction(engine) as conn:
        conn.exec_driver_sql("INSERT INTO t VALUES (2)")
        raise RuntimeError("half-way")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT v FROM t").scalars().all() == [1]


def test_sqlite_write_transaction_holds_the_write_lock_from_its_start(tmp_path, engine_of):
    path = tmp_path / "backend.db"
    engine = engine_of(path)
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with write_transaction(engine):  # nothing written yet
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the transaction ended
        other.execute("ROLLBACK")
        # A plain transaction does not take it.
        with engine.begin() as conn:
            conn.exec_driver_sql("SELECT 1")
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_pooled_connection_the_server_dropped_is_replaced(pg_cluster, pg_url, engine_of):
    engine = engine_of(pg_url, pool_size=1)
    with engine.connect() as conn:
        pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
    with pg_cluster.admin() as admin:  # as when the server restarts
        assert admin.execute("SELECT pg_terminate_backend(%s)", [pid]).fetchone()[0] is True
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one() != pid


def test_an_unreachable_server_is_one_clear_line(pg_cluster):
    url = pg_cluster.url("whatever").replace(f":{pg_cluster.port}/", f":{free_port()}/")
    with pytest.raises(DatabaseUnavailable) as caught:
        open_engine(url)
    text = str(caught.value)
    assert text.startswith("cannot open the database postgresql+psycopg://rb_test:***@127.0.0.1:")
    assert "Connection refused" in text
    _one_line_without(text, pg_cluster.password)


def test_a_wrong_password_is_one_clear_line(pg_cluster, pg_url):
    with pytest.raises(DatabaseUnavailable, match='password authentication failed for user "rb_test"') as caught:
        open_engine(pg_url.replace(pg_cluster.password, "not-the-password"))
    _one_line_without(str(caught.value), "not-the-password")


def test_a_missing_database_is_one_clear_line(pg_cluster):
    with pytest.raises(DatabaseUnavailable, match='database "no_such_db" does not exist') as caught:
        open_engine(pg_cluster.url("no_such_db"))
    _one_line_without(str(caught.value), pg_cluster.password)


@pytest.mark.parametrize("db, words", [
    ("mysql://u:secret@h/d", "unsupported database 'mysql'"),
    ("postgresql+asyncpg://u:secret@h/d", "unsupported database 'postgresql+asyncpg'"),
    ("postgresql://u:secret@h", "the URL names no database"),
    ("sqlite://", "an in-memory SQLite database keeps nothing"),
    ("http://h/secret", "unsupported database 'http'"),
    ("://secret", "not a database URL"),
    ("postgresql://u:secret@h:port/d", "not a database URL"),
])
def test_a_url_the_backend_cannot_use_is_refused_in_one_line(db, words):
    with pytest.raises(BadDatabaseUrl, match=re.escape(words)) as caught:
        open_engine(db)
    _one_line_without(str(caught.value), "secret")
    assert "file path or postgresql://USER:PASSWORD@HOST:PORT/DATABASE" in str(caught.value)


def test_postgres_urls_of_every_spelling_use_psycopg(tmp_path):
    for db in ("postgres://u:p@h/d", "postgresql://u:p@h/d", "postgresql+psycopg://u:p@h/d"):
        assert database_url(db).drivername == "postgresql+psycopg"
    assert database_url(f"sqlite:///{tmp_path}/a.db").database == f"{tmp_path}/a.db"
    assert database_url("relative.db").database == str(Path("relative.db").absolute())


def test_a_sqlite_path_that_cannot_be_a_database_is_one_clear_line(tmp_path):
    not_db = tmp_path / "notes.txt"
    not_db.write_text("this is not a database, just some text long enough to fill a header " * 20)
    with pytest.raises(DatabaseUnavailable, match=f"cannot open the database {not_db}: file is not a database"):
        open_engine(not_db)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(DatabaseUnavailable, match=f"cannot open the database {folder}: unable to open"):
        open_engine(folder)


# --- which database failures a client may simply retry (the app answers them 503 + Retry-After) ---

def _failure(engine: sa.Engine, statement: str) -> BaseException:
    with pytest.raises(sa.exc.DBAPIError) as raised, engine.connect() as conn:
        conn.exec_driver_sql(statement)
    return raised.value


def test_a_dropped_postgresql_connection_is_retryable_and_the_pool_reconnects(engine_of, pg_url, pg_cluster):
    from regional_backend.db.engine import is_retryable, one_line

    engine = engine_of(pg_url)
    with engine.connect() as conn:
        pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        with pg_cluster.admin() as admin:  # what a server restart or a network cut does to it
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        with pytest.raises(sa.exc.DBAPIError) as dropped:
            conn.exec_driver_sql("SELECT 1")
    assert is_retryable(dropped.value)
    assert "\n" not in one_line(dropped.value) and "SELECT" not in one_line(dropped.value)
    with engine.connect() as conn:  # the pool hands out a working connection again
        assert conn.exec_driver_sql("SELECT 2").scalar() == 2


def test_a_postgresql_mistake_is_not_retryable_but_a_deadlock_class_error_is(engine_of, pg_url):
    from regional_backend.db.engine import is_retryable

    engine = engine_of(pg_url)
    assert not is_retryable(_failure(engine, "SELECT * FROM no_such_table"))
    assert not is_retryable(_failure(engine, "SELECT 1/0"))
    raised = _failure(engine, "DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = 'serialization_failure'; END $$")
    assert is_retryable(raised)
    raised = _failure(engine, "DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = 'deadlock_detected'; END $$")
    assert is_retryable(raised)


def test_a_locked_sqlite_file_is_retryable_a_missing_table_is_not(engine_of, tmp_path: Path):
    from regional_backend.db.engine import is_retryable

    path = tmp_path / "b.db"
    engine = engine_of(path)
    assert not is_retryable(_failure(engine, "SELECT * FROM no_such_table"))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        quick = engine_of(path)
        with quick.connect() as conn:
            conn.exec_driver_sql("PRAGMA busy_timeout = 50")
            with pytest.raises(sa.exc.OperationalError) as locked:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
        assert is_retryable(locked.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
