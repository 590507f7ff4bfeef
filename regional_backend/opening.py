"""Opening the backend's storage from what ``--db`` (or ``RB_DATABASE_URL``) names.

Every failure to open -- no database named, a URL of another kind, a server that cannot be
reached, a wrong password, a missing database, a folder or a file that is not a database, a
schema newer than this backend's -- is a :class:`~regional_backend.db.engine.DatabaseError`
whose text is one line.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from .db import migrate
from .db.engine import open_engine
from .sql_storage import SqlStorage


def open_storage(db: str | os.PathLike[str] | None, *, environ: Mapping[str, str] | None = None) -> SqlStorage:
    """The backend's storage on the database ``db`` names (a SQLite path or a ``postgresql://``
    URL; ``None``: the one ``RB_DATABASE_URL`` names), its schema first brought to the head
    revision (:func:`regional_backend.db.migrate.upgrade`: a file of the pre-Alembic schema is
    upgraded with its data; a newer backend's schema is refused as ``SchemaTooNew``).  Running
    it in several processes at once is safe: the upgrade takes the migration lock."""
    engine = open_engine(db, environ=environ)
    try:
        migrate.upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return SqlStorage(engine)
