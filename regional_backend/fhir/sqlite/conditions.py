"""Search :class:`~regional_backend.fhir.interface.Condition` lists as SQLite ``WHERE`` clauses, and paging."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..interface import Condition, Page

_COMPARE = {"=": "=", ">": ">", ">=": ">=", "<": "<", "<=": "<="}


def where(conditions: Sequence[Condition], columns: Mapping[str, str]) -> tuple[list[str], list[Any]]:
    """SQL clauses and their arguments; ``columns`` names each search key's column (a ``token`` key
    names the prefix of its ``_value``/``_system`` pair).  A key not in ``columns`` is a bug: ValueError."""
    clauses: list[str] = []
    args: list[Any] = []
    for c in conditions:
        column = columns.get(c.key)
        if column is None:
            raise ValueError(f"cannot search by {c.key!r} here")
        if c.op == "in":
            values = list(c.value)
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            args += values
        elif c.op == "token":
            system, code = c.value
            clauses.append(f"{column}_value = ?")
            args.append(code)
            if system:
                clauses.append(f"{column}_system = ?")
                args.append(system)
        elif c.op in _COMPARE:
            clauses.append(f"{column} {_COMPARE[c.op]} ?")
            args.append((1 if c.value else 0) if isinstance(c.value, bool) else c.value)
        else:
            raise ValueError(f"unknown operator {c.op!r}")
    return clauses, args


def page_of(conn: sqlite3.Connection, table: str, columns: str, clauses: list[str], args: list[Any], page: Page,
            row: Callable[[tuple], dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """Up to ``page.count + 1`` rows of ``table`` ordered by ``(last_updated, id)``, and the total."""
    cond = " AND ".join(clauses) or "1"
    total = conn.execute(f"SELECT count(*) FROM {table} WHERE {cond}", args).fetchone()[0]
    if page.after:
        cond += " AND (last_updated, id) > (?, ?)"
        args = [*args, *page.after]
    rows = conn.execute(f"SELECT {columns} FROM {table} WHERE {cond} ORDER BY last_updated, id LIMIT ?",
                        [*args, page.count + 1]).fetchall()
    return [row(r) for r in rows], total
