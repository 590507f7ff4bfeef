"""What the submissions store's tests share: reference rows written into ``ref_rows``, items to
push, the demo's meter readings."""

from __future__ import annotations

import datetime as dt
import functools
import uuid as uuidlib
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from mfc_rules.canonical import canonical_json
from mfc_rules.demo import BACKEND_ONLY, demo_rows
from regional_backend.db.engine import write_transaction
from regional_backend.db.tables.reference import ref_rows
from regional_backend.storage import ENTITIES, entity_key
from regional_backend.stores.submissions import SubmissionIn, SubmissionStore
from regional_backend.stores.utilities import UtilityStore
from regional_backend.validators import DEFAULT_VALIDATORS

NOW = dt.datetime(2026, 11, 21, 6, 0, tzinfo=dt.UTC)  # the demo's day (10:00 in Ulyanovsk)
EL = {"provider_id": "util-energo", "account_number": "732312225103", "house": "12", "flat": "34"}


def load_reference(engine: sa.Engine, tables: Mapping[str, list[dict[str, Any]]]) -> None:
    """Reference rows as the feed keeps them (``ref_rows``), written directly: the reference
    store is ported separately, and the validators only read ``ref_rows``."""
    with write_transaction(engine) as conn:
        for seq, (entity, row) in enumerate(((e, r) for e in ENTITIES for r in tables.get(e, ())), start=1):
            data = row if conn.dialect.name == "postgresql" else canonical_json(row)
            conn.execute(sa.insert(ref_rows).values(entity=entity, id=entity_key(entity, row),
                                                    dataset=ENTITIES[entity][0], data=data, seq=seq))


def item(n: int = 1, *, kind: str = "application", payload: dict | None = None, receipt: str | None = None,
         captured_at: str = "2026-11-21T09:30:00Z") -> SubmissionIn:
    return SubmissionIn(uuid=str(uuidlib.UUID(int=n)), kind=kind, captured_at=captured_at,
                        payload=payload if payload is not None else {"service_id": "svc-001", "fields": {"n": n}},
                        receipt_number=receipt)


def push(store: SubmissionStore, *items: SubmissionIn, kiosk_id: str = "kiosk-1") -> list[dict]:
    return store.push_batch(kiosk_id, list(items), DEFAULT_VALIDATORS)


@functools.cache
def demo_data() -> dict[str, list[dict[str, Any]]]:
    """The demo region dated for :data:`NOW`'s day (do not change what it returns: it is shared)."""
    return demo_rows(NOW.date(), now=NOW)


def load_demo(engine: sa.Engine, tables: tuple[str, ...] | None = None) -> None:
    """The demo's reference rows (all, or only ``tables``) and its utility accounts, meters and readings."""
    demo = demo_data()
    load_reference(engine, {t: demo[t] for t in ENTITIES if t in demo and (tables is None or t in tables)})
    UtilityStore(engine).load({t: demo[t] for t in BACKEND_ONLY})


def readings_item(n: int, *readings: dict[str, Any], captured_at: str = "2026-11-21T06:00:00Z",
                  account: Mapping[str, str] = EL) -> SubmissionIn:
    return item(n, kind="meter_readings", captured_at=captured_at,
                payload={"captured_at": captured_at, **account, "readings": list(readings)})


def reading(serial: str = "74454570", zone: str = "T1", value: str = "99990.5", **extra: Any) -> dict[str, Any]:
    return {"meter_serial": serial, "zone": zone, "value": value, "declared": None, "jump_confirmed": False,
            **extra}


def last_reading(engine: sa.Engine) -> dict[str, Any]:
    [meter] = UtilityStore(engine).lookup_account(**EL)
    return meter["last_readings"][0]
