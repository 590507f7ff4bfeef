"""The FHIR tables in the backend's SQLite file (``fhir_*``) and their clock.  Their sqlite-utils
migration is frozen history in :mod:`regional_backend.db.legacy_sqlite` (one copy, shared with the
Alembic upgrade of an old file); ``migrations`` is that set, re-exported for the store.

No double booking, by construction: a partial UNIQUE index allows one active appointment per slot.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from ...db.legacy_sqlite import fhir_migrations as migrations  # noqa: F401  (re-exported)
from ..instants import fmt_instant, parse_instant, utcnow


def tick(conn: sqlite3.Connection) -> str:
    """A ``last_updated`` later than every one given before (inside the write transaction)."""
    last = parse_instant(conn.execute("SELECT last FROM fhir_clock").fetchone()[0])
    now = max(utcnow(), last + dt.timedelta(microseconds=1))
    text = fmt_instant(now)
    conn.execute("UPDATE fhir_clock SET last = ?", [text])
    return text
