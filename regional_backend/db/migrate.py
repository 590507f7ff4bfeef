"""Creating and upgrading the backend's schema with Alembic, on SQLite and PostgreSQL alike.

The migrations live in :mod:`regional_backend.db.migrations` (``versions/``); Alembic is driven
from code (:func:`alembic_config`), so no ``alembic.ini`` is needed where the backend runs.
:func:`upgrade` runs in one write transaction: on SQLite ``BEGIN IMMEDIATE`` (one migrator at a
time), on PostgreSQL DDL is transactional and a transaction-scoped advisory lock makes a second
migrator wait for the first -- a half-upgraded schema is never seen.  A database whose revision
this code does not know (made by a newer backend) is refused with :class:`SchemaTooNew`.
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from .engine import DatabaseError, connect, describe, open_engine, write_transaction

MIGRATIONS = Path(__file__).with_name("migrations")
#: ``pg_advisory_xact_lock`` key held while migrating (any constant shared by all migrators).
_MIGRATION_LOCK = 0x5242_4D49  # "RBMI"


class SchemaTooNew(DatabaseError):
    """The database is at a revision this backend does not know: a newer backend upgraded it."""


def alembic_config() -> Config:
    """Alembic's configuration for the backend, built in code."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    return config


def head_revision() -> str:
    """The newest revision this code knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Engine | str | os.PathLike[str]) -> str | None:
    """The revision ``db`` is at (``None``: never migrated)."""
    engine, owned = _engine(db)
    try:
        with connect(engine) as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        if owned:
            engine.dispose()


def upgrade(db: Engine | str | os.PathLike[str], revision: str = "head") -> str | None:
    """Bring ``db`` (an Engine, a SQLite path or a ``postgresql://`` URL) to ``revision``; running
    it again is a no-op.  Returns the revision the database is then at."""
    engine, owned = _engine(db)
    try:
        with write_transaction(engine) as conn:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
            _refuse_unknown(conn, engine)
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        if owned:
            engine.dispose()


def stamp(db: Engine | str | os.PathLike[str], revision: str) -> None:
    """Record that ``db`` is at ``revision`` without running anything: for a database whose
    schema already is that revision's (a SQLite file made by ``SqliteStorage`` is ``0001``)."""
    engine, owned = _engine(db)
    try:
        with write_transaction(engine) as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.stamp(config, revision)
    finally:
        if owned:
            engine.dispose()


def _refuse_unknown(conn: Connection, engine: Engine) -> None:
    current = MigrationContext.configure(conn).get_current_revision()
    if current is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    if current not in {rev.revision for rev in script.walk_revisions()}:
        raise SchemaTooNew(f"the database {describe(engine.url)} has schema revision {current!r}, newer than "
                           f"this backend's {head_revision()!r}: upgrade the backend")


def _engine(db: Engine | str | os.PathLike[str]) -> tuple[Engine, bool]:
    if isinstance(db, Engine):
        return db, False
    return open_engine(db, pool_size=1, max_overflow=0), True
