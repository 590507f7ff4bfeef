"""Run a multi-statement SQL script inside a migration's transaction."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def run_script(db: Database, script: str) -> None:
    """Run several statements inside the migration's transaction.

    ``sqlite3.Connection.executescript`` would COMMIT first and break the migration's
    atomicity, so statements are split with ``sqlite3.complete_statement`` and run one by one.
    """
    buf = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            db.execute(buf)
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buf[:60]!r}")
