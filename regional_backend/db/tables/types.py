"""Column types that mean the same on SQLite and PostgreSQL.

* :class:`Instant` -- a moment in time: ``timestamptz`` on PostgreSQL; on SQLite the UTC text the
  backend has always stored there (``2026-11-21T09:30:00.000Z``, fixed width, so that moments
  compare and sort as text and an existing file's rows read back unchanged).  Python sees an
  aware :class:`datetime.datetime` in UTC on both engines; a bound ``str`` is read as RFC 3339.
* :data:`QUERIED_JSON` -- a JSON document the database looks into (``jsonb`` on PostgreSQL,
  text on SQLite, where ``json_extract`` reads it).  JSON that is only stored and sent back as
  it came (a submission's canonical payload, a feed change) stays text on both.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect

#: How many digits of the second an :class:`Instant` keeps as SQLite text.
MILLISECONDS, MICROSECONDS = 3, 6


def parse_instant(text: str) -> dt.datetime:
    """An RFC 3339 / ISO 8601 moment with a zone (``Z`` or an offset) as an aware UTC datetime."""
    moment = dt.datetime.fromisoformat(text.strip().replace("z", "Z").replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError(f"a moment without a time zone: {text!r}")
    return moment.astimezone(dt.UTC)


def instant_text(moment: dt.datetime, digits: int = MILLISECONDS) -> str:
    """``moment`` as the fixed-width UTC text SQLite keeps (``…T09:30:00.000Z`` for 3 digits)."""
    if moment.tzinfo is None:
        raise ValueError("a moment without a time zone cannot be stored")
    # isoformat, not strftime: glibc's %Y writes year 1 as "1", not "0001"
    text = moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    return text[: len(text) - (6 - digits)] + "Z"


class Instant(sa.types.TypeDecorator[dt.datetime]):
    """A moment: ``timestamptz`` on PostgreSQL, fixed-width UTC text on SQLite (see the module)."""

    impl = sa.Text
    cache_ok = True

    def __init__(self, digits: int = MILLISECONDS):
        super().__init__()
        self.digits = digits

    def __repr__(self) -> str:  # how Alembic's autogenerate writes the type into a revision
        return f"{type(self).__name__}({self.digits})"

    def load_dialect_impl(self, dialect: Dialect) -> sa.types.TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(postgresql.TIMESTAMP(timezone=True))
        return dialect.type_descriptor(sa.Text())

    def process_bind_param(self, value: dt.datetime | str | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        moment = parse_instant(value) if isinstance(value, str) else value
        if moment.tzinfo is None:
            raise ValueError("a moment without a time zone cannot be stored")
        if dialect.name == "postgresql":
            return moment
        return instant_text(moment, self.digits)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.astimezone(dt.UTC)
        return parse_instant(value)


#: JSON the database looks into: ``jsonb`` on PostgreSQL, text (for ``json_extract``) on SQLite.
QUERIED_JSON = sa.Text().with_variant(postgresql.JSONB(), "postgresql")
