"""Opening the backend's storage from what ``--db`` (or ``RB_DATABASE_URL``) names.

Every failure to open -- no database named, a URL of another kind, a server that cannot be
reached, a wrong password, a missing database, a folder or a file that is not a database, a
schema newer than this backend's -- is a :class:`~regional_backend.db.engine.DatabaseError`
whose text is one line.

Until the app switches to the stores of :mod:`regional_backend.stores` (issue 19), a SQLite file
opens as ``SqliteStorage`` and a PostgreSQL database, once reached, is refused in one line
(``migrate`` already works on it); at the switch this body returns the new storage instead.
"""

from __future__ import annotations

import os

from .db import legacy_sqlite, migrate
from .db.engine import DatabaseUnavailable, describe, open_engine, write_transaction
from .storage import SqliteStorage, Storage


def open_storage(db: str | os.PathLike[str] | None) -> Storage:
    """The backend's storage on the database ``db`` names (``None``: ``RB_DATABASE_URL``)."""
    engine = open_engine(db, pool_size=1, max_overflow=0)
    try:
        revision = migrate.check_schema(engine)  # SchemaTooNew for a newer backend's database
        if engine.dialect.name != "sqlite":
            raise DatabaseUnavailable(f"{describe(engine.url)} is reachable, but this version serves only a SQLite "
                                      "file: the PostgreSQL storage arrives with the switch to the new stores "
                                      "(`migrate` works on it already)")
        if revision is not None:  # made or upgraded by `migrate`
            with write_transaction(engine) as conn:
                legacy_sqlite.record_as_applied(conn.connection.driver_connection)
        return SqliteStorage(str(engine.url.database))
    finally:
        engine.dispose()
