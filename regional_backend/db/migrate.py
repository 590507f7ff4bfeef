"""Creating and upgrading the backend's schema with Alembic, on SQLite and PostgreSQL alike.

The migrations live in :mod:`regional_backend.db.migrations` (``versions/``); Alembic is driven
from code (:func:`alembic_config`), so no ``alembic.ini`` is needed where the backend runs.
:func:`upgrade` runs in one write transaction: on SQLite ``BEGIN IMMEDIATE`` (one migrator at a
time), on PostgreSQL DDL is transactional and a transaction-scoped advisory lock makes a second
migrator wait for the first -- a half-upgraded schema is never seen.  A database whose revision
this code does not know (made by a newer backend) is refused with :class:`SchemaTooNew`.

A SQLite file made by the backend before Alembic (``SqliteStorage``'s sqlite-utils migrations, no
``alembic_version``) is upgraded in place with its data, in the same one transaction: the frozen
migrations it lacks are applied (:mod:`.legacy_sqlite`), which makes its schema revision
``0001``'s; it is stamped ``0001`` and upgraded from there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from . import legacy_sqlite
from .engine import DatabaseError, connect, describe, one_line, open_engine, write_transaction

MIGRATIONS = Path(__file__).with_name("migrations")
#: ``pg_advisory_xact_lock`` key held while migrating (any constant shared by all migrators).
_MIGRATION_LOCK = 0x5242_4D49  # "RBMI"
#: The revision whose schema is the one ``SqliteStorage``'s last sqlite-utils migrations made.
LEGACY_BASELINE = "0001"


class SchemaTooNew(DatabaseError):
    """The database is at a revision this backend does not know: a newer backend upgraded it."""


class MigrationFailed(DatabaseError):
    """A migration was refused by the database (e.g. a SQLite file of some other program's
    tables); nothing was changed."""


@dataclass(frozen=True)
class Upgrade:
    """What :func:`upgrade_database` did: the revision before (``None``: none), the frozen
    sqlite-utils migrations applied first to a pre-Alembic SQLite file (``legacy``: ``None`` when
    the file was not one), and the revision after."""

    before: str | None
    legacy: tuple[str, ...] | None
    after: str | None

    def describe(self) -> str:
        """One line for the person running ``migrate``."""
        if self.legacy is not None:
            done = f" (its missing sqlite-utils migrations {', '.join(self.legacy)} applied first)" if self.legacy else ""
            return f"schema upgraded in place from an older backend's SQLite file{done} to revision {self.after}"
        if self.before == self.after:
            return f"schema already at revision {self.after} (the newest this backend knows): nothing to do"
        return f"schema upgraded from revision {self.before or '(none: empty database)'} to {self.after}"


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
    return upgrade_database(db, revision).after


def upgrade_database(db: Engine | str | os.PathLike[str], revision: str = "head") -> Upgrade:
    """:func:`upgrade`, telling what it did (see :class:`Upgrade`); a pre-Alembic SQLite file
    is upgraded in place with its data (see the module)."""
    engine, owned = _engine(db)
    try:
        with write_transaction(engine) as conn:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
            _refuse_unknown(conn, engine)
            before = MigrationContext.configure(conn).get_current_revision()
            config = alembic_config()
            config.attributes["connection"] = conn
            legacy = _legacy_to_baseline(conn, config)
            command.upgrade(config, revision)
            return Upgrade(before, legacy, MigrationContext.configure(conn).get_current_revision())
    except sa.exc.DBAPIError as exc:
        raise MigrationFailed(f"the database {describe(engine.url)} refused the upgrade, nothing was changed: "
                              f"{one_line(exc)}") from None
    finally:
        if owned:
            engine.dispose()


def _legacy_to_baseline(conn: Connection, config: Config) -> tuple[str, ...] | None:
    """On a SQLite file of ``SqliteStorage`` (inside the upgrade's transaction): apply the frozen
    sqlite-utils migrations it lacks and stamp :data:`LEGACY_BASELINE`; ``None`` on any other
    database."""
    if conn.dialect.name != "sqlite":
        return None
    raw = conn.connection.driver_connection
    if not legacy_sqlite.is_legacy(raw):
        return None
    applied = tuple(legacy_sqlite.apply_missing(raw))
    command.stamp(config, LEGACY_BASELINE)
    return applied


def check_schema(engine: Engine) -> str | None:
    """The revision ``engine``'s database is at; :class:`SchemaTooNew` if a newer backend made it."""
    with connect(engine) as conn:
        _refuse_unknown(conn, engine)
        return MigrationContext.configure(conn).get_current_revision()


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
