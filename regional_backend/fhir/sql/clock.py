"""The FHIR store's clock (table ``fhir_clock``, one row) and its transaction-scoped locks.

Every write gives its resources a ``last_updated`` from :func:`tick`, later than every one given
before.  The clock's row is updated in the writer's transaction and stays locked until that
transaction ends, so FHIR writers take their instants in commit order: a kiosk that pulled
``_lastUpdated=gt<t>`` never later finds a change committed with an instant at or before ``t``.

Lock order, the same in every write (so that no two writers wait on each other in a circle):
advisory locks first, then the rows the write will change (``SELECT … FOR UPDATE``), the clock
last -- a writer holding the clock never waits for a row, it only writes rows it already holds or
inserts new ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from regional_backend.db.tables.fhir import fhir_clock

from ..instants import fmt_instant, utcnow

_STEP = dt.timedelta(microseconds=1)


def tick(conn: Connection) -> str:
    """A ``last_updated`` later than every one given before, inside the caller's write transaction.

    PostgreSQL: one ``UPDATE fhir_clock SET last = greatest(last + 1 µs, now) … RETURNING last`` --
    the row lock it takes serialises every writer that ticks, across processes, until commit.
    SQLite: a read and an update inside ``BEGIN IMMEDIATE`` (one writer at a time)."""
    now = utcnow()
    if conn.dialect.name == "postgresql":
        last = conn.execute(
            sa.update(fhir_clock).where(fhir_clock.c.id == 1)
            .values(last=sa.func.greatest(fhir_clock.c.last + sa.literal(_STEP, sa.Interval()),
                                          sa.literal(now, fhir_clock.c.last.type)))
            .returning(fhir_clock.c.last)).scalar_one()
        return fmt_instant(last)
    last = conn.execute(sa.select(fhir_clock.c.last).where(fhir_clock.c.id == 1)).scalar_one()
    moment = max(now, last + _STEP)
    conn.execute(sa.update(fhir_clock).where(fhir_clock.c.id == 1).values(last=moment))
    return fmt_instant(moment)


def advisory_lock(conn: Connection, *keys: str) -> None:
    """PostgreSQL: transaction-scoped advisory locks on ``keys`` (taken in sorted order, released
    at commit or rollback), for decisions that read rows no constraint protects.  SQLite: nothing
    to do, ``BEGIN IMMEDIATE`` already made this transaction the only writer."""
    if conn.dialect.name != "postgresql":
        return
    for key in sorted(set(keys)):
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtextextended(key, 0))))


def chunks(ids: Iterable[str], size: int = 500) -> Iterable[list[str]]:
    """``ids`` in lists of at most ``size`` (to keep each ``IN (…)`` within the drivers' limits)."""
    batch: list[str] = []
    for sid in ids:
        batch.append(sid)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
