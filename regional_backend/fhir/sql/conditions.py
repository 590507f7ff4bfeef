"""Search :class:`~regional_backend.fhir.interface.Condition` lists as SQLAlchemy expressions, and paging.

The same conditions the SQLite store turns into SQL text (``fhir/sqlite/conditions.py``) become
expressions here, so one search runs on both engines.  Instants are compared as moments
(``timestamptz`` on PostgreSQL, fixed-width UTC text on SQLite, see
:class:`regional_backend.db.tables.types.Instant`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from regional_backend.db.tables.types import Instant

from ..instants import fmt_instant, parse_instant
from ..interface import Condition, Found, Page

#: A search key's column, or for a ``token`` key the pair (value column, system column).
Column = sa.ColumnElement[Any] | tuple[sa.ColumnElement[Any], sa.ColumnElement[Any]]

_COMPARE: dict[str, Callable[[Any, Any], Any]] = {
    "=": lambda c, v: c == v, ">": lambda c, v: c > v, ">=": lambda c, v: c >= v,
    "<": lambda c, v: c < v, "<=": lambda c, v: c <= v}


def moment(column: sa.ColumnElement[Any], value: Any) -> Any:
    """``value`` as the column wants it: an instant column takes an aware datetime."""
    if isinstance(column.type, Instant) and isinstance(value, str):
        return parse_instant(value)
    return value


def where(conditions: Sequence[Condition], columns: Mapping[str, Column]) -> list[sa.ColumnElement[bool]]:
    """One expression per condition (a search ANDs them).  A key not in ``columns`` is a bug: ValueError."""
    out: list[sa.ColumnElement[bool]] = []
    for c in conditions:
        column = columns.get(c.key)
        if column is None:
            raise ValueError(f"cannot search by {c.key!r} here")
        if c.op == "token":
            system, code = c.value
            value_col, system_col = column if isinstance(column, tuple) else (column, None)
            out.append(value_col == code)
            if system and system_col is not None:
                out.append(system_col == system)
            continue
        if isinstance(column, tuple):
            raise ValueError(f"{c.key!r} is searched by token only")
        if c.op == "in":
            out.append(column.in_([moment(column, v) for v in c.value]))
        elif c.op in _COMPARE:
            out.append(_COMPARE[c.op](column, moment(column, c.value)))
        else:
            raise ValueError(f"unknown operator {c.op!r}")
    return out


def page_of(conn: Connection, table: sa.Table, columns: Sequence[sa.ColumnElement[Any]],
            clauses: Sequence[sa.ColumnElement[bool]], page: Page, record: Callable[[RowMapping], dict[str, Any]]
            ) -> Found:
    """Up to ``page.count + 1`` rows of ``table`` ordered by ``(last_updated, id)``, and the total.
    Two statements at READ COMMITTED: each page is consistent per record, as the interface asks."""
    total = conn.execute(sa.select(sa.func.count()).select_from(table).where(*clauses)).scalar_one()
    return [record(r) for r in conn.execute(page_query(table, columns, clauses, page)).mappings()], total


def page_query(table: sa.Table, columns: Sequence[sa.ColumnElement[Any]],
               clauses: Sequence[sa.ColumnElement[bool]], page: Page) -> sa.Select[Any]:
    """The ``SELECT`` of one page (see :func:`page_of`)."""
    query = sa.select(*columns).where(*clauses)
    if page.after:
        last_updated, rid = page.after
        query = query.where(sa.tuple_(table.c.last_updated, table.c.id) > sa.tuple_(
            sa.literal(parse_instant(last_updated), table.c.last_updated.type), sa.literal(rid, sa.Text())))
    return query.order_by(table.c.last_updated, table.c.id).limit(page.count + 1)


def instants(row: Mapping[str, Any], keys: Sequence[str]) -> dict[str, Any]:
    """``row`` as a dict with its instants as the text the store answers (``…T09:30:00.000000Z``)."""
    out = dict(row)
    for key in keys:
        if isinstance(out.get(key), dt.datetime):
            out[key] = fmt_instant(out[key])
    return out
