"""Reading one current reference row (``ref_rows``) on a given connection, on either engine.

Used inside other stores' transactions: the push's validators (a service, an office, a meter
provider must exist), the office queue (an office's hours, a category's letter) and the feed's
own writes.  ``ref_rows.data`` is ``jsonb`` on PostgreSQL (psycopg hands back a ``dict``) and
JSON text on SQLite; callers get a ``dict`` from both.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from regional_backend.db.tables.reference import ref_rows


def as_dict(data: Any) -> dict[str, Any]:
    """A ``ref_rows.data`` value as read from either engine, as a ``dict``."""
    return json.loads(data) if isinstance(data, str | bytes) else dict(data)


def ref_get(conn: Connection, entity: str, entity_id: str) -> dict[str, Any] | None:
    """The current row ``entity_id`` of ``entity`` (the kiosk table's columns), ``None`` if none."""
    data = conn.execute(sa.select(ref_rows.c.data).where(
        ref_rows.c.entity == entity, ref_rows.c.id == entity_id)).scalar()
    return None if data is None else as_dict(data)


def ref_exists(conn: Connection, entity: str, entity_id: str) -> bool:
    """Whether ``entity`` has a current row ``entity_id``."""
    return conn.execute(sa.select(sa.literal(1)).where(
        ref_rows.c.entity == entity, ref_rows.c.id == entity_id)).first() is not None
