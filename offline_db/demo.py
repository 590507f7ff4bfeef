"""The demo region in the kiosk's store: :func:`load_demo_region`.  Qt-free.

The data and its generator are the neutral :mod:`mfc_rules.demo` (the backend loads the same rows
into its own tables); this module only inserts the kiosk's share of them into a :class:`Store`,
with the kiosk's clock (:mod:`offline_db.clock`) as "now".
"""

from __future__ import annotations

import datetime as dt

from mfc_rules.demo import KIOSK_TABLES, demo_rows

from . import clock
from .store import Store


def load_demo_region(store: Store, today: dt.date | None = None, *, now: dt.datetime | None = None) -> dict[str, int]:
    """Insert the whole demo region in one transaction; returns the row count per table.

    Meant for an empty store: an existing row with the same key fails the load and nothing is kept.
    Personal account data (:data:`mfc_rules.demo.BACKEND_ONLY`) is not loaded: only the backend holds it.
    """
    tables = demo_rows(today, now=now or clock.now())
    counts: dict[str, int] = {}
    with store.atomic() as db:
        for table in KIOSK_TABLES:
            rows = tables[table]
            counts[table] = len(rows)
            if not rows:
                continue
            columns = list(rows[0])
            sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
                   f"VALUES ({', '.join('?' for _ in columns)})")
            db.conn.executemany(sql, [[row[c] for c in columns] for row in rows])
    if tables["offices"] and not store.get_setting("office_id"):
        # The demo kiosk stands in the region's first office (not the first id alphabetically, which
        # put it in Dimitrovgrad while its sample receipts name the Leninsky office).
        store.set_setting("office_id", tables["offices"][0]["id"])
    return counts
