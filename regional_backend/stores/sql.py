"""What every store shares: the dialect's ``INSERT`` (for ``ON CONFLICT``) and the store's errors."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection


class StoreError(Exception):
    """Base class of the stores' refusals; ``str()`` is one line fit to show as it is."""


def insert(conn: Connection, table: sa.Table) -> Any:
    """``INSERT INTO table`` of ``conn``'s dialect, which has ``on_conflict_do_nothing`` /
    ``on_conflict_do_update`` (SQLite and PostgreSQL spell ``ON CONFLICT`` the same way)."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    if conn.dialect.name == "sqlite":
        return sqlite.insert(table)
    raise StoreError(f"unsupported database engine {conn.dialect.name!r}")
