"""What a push's validators see and write, bound to the connection of the push's transaction.

:class:`PushLookups` is the ``ref`` a validator is called with by
:meth:`regional_backend.stores.submissions.SubmissionStore.push_batch` (it replaces
``SqliteStorage``'s ``_ConnectionRef``): reference rows (``exists`` / ``get``), the backend's own
utility accounts for the meter-readings validator, and that validator's write-backs (the accepted
last reading, each reading's outcome), plus the office-queue hooks.  Every read and write is on the
push's connection, so what a validator records commits (or rolls back) with the submission.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from regional_backend.db.tables.submissions import meter_reading_results
from regional_backend.rejection import Rejection

from . import office_queue, utilities
from .ref_lookup import ref_exists, ref_get
from .sql import insert


@dataclass(frozen=True)
class SubmissionIn:
    """One pushed item, already checked structurally by the API layer."""

    uuid: str
    kind: str
    captured_at: str
    payload: dict[str, Any]
    receipt_number: str | None = None


#: Prefix of the advisory-lock key that serialises the meter readings of one utility account.
ACCOUNT_LOCK = "rb_util_account:"


class PushLookups:
    """Look-ups and write-backs for validators on ``conn`` (inside the push's write transaction).

    ``item`` is the submission being validated and ``kiosk_id`` the kiosk pushing it (set by
    ``push_batch``; the meter-readings validator reads ``item.uuid`` and ``item.captured_at``)."""

    def __init__(self, conn: Connection, kiosk_id: str = ""):
        self.conn = conn
        self.kiosk_id = kiosk_id
        self.item: SubmissionIn | None = None

    # --- reference rows ------------------------------------------------------------------------
    def exists(self, entity: str, entity_id: str) -> bool:
        return ref_exists(self.conn, entity, entity_id)

    def get(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        return ref_get(self.conn, entity, entity_id)

    # --- utility accounts (meter readings) -----------------------------------------------------
    def utility_account(self, provider_id: str, account_number: str) -> dict[str, Any] | None:
        """``{id, house_norm, flat_norm}`` of the account with this normalised number, or ``None``."""
        return utilities.utility_account(self.conn, provider_id, account_number)

    def utility_meters(self, account_id: str) -> list[dict[str, Any]]:
        """The account's meters with ``last_readings``, read for a decision this transaction then
        writes (a reading "not older than the last", the consumption jump, ``accept_reading``).

        On PostgreSQL (READ COMMITTED) a transaction-scoped advisory lock on the account is taken
        first: two pushes of readings of the same account (one meter or several) are validated one
        after the other, the second reading what the first accepted -- its next statement sees the
        first's commit, which released the lock.  Without it both would read the same last reading
        and both accept, and an older reading committing last would roll the meter back.  A row
        lock (``SELECT … FOR UPDATE``) would not do: a zone's first reading has no row to lock.
        On SQLite the push's ``BEGIN IMMEDIATE`` already makes it the only writer."""
        if self.conn.dialect.name == "postgresql":
            self.conn.execute(sa.select(sa.func.pg_advisory_xact_lock(
                sa.func.hashtextextended(ACCOUNT_LOCK + account_id, 0))))
        return utilities.utility_meters(self.conn, account_id)

    def accept_reading(self, meter_id: str, zone: str, value: str, read_on: str) -> None:
        utilities.accept_reading(self.conn, meter_id, zone, value, read_on)

    def record_reading(self, uuid: str, idx: int, outcome: Mapping[str, Any]) -> None:
        """Keep the outcome of reading ``idx`` of submission ``uuid`` (one
        ``INSERT … ON CONFLICT (uuid, idx) DO UPDATE``: the last outcome recorded stands)."""
        statement = insert(self.conn, meter_reading_results).values(
            uuid=uuid, idx=idx, meter_serial=outcome["meter_serial"], zone=outcome["zone"],
            value=outcome["value"], result=outcome["result"], code=outcome.get("code"),
            reason_ru=outcome.get("reason_ru"), reason_en=outcome.get("reason_en"), period=outcome.get("period"),
            flags=json.dumps(list(outcome.get("flags", ()))), effective_capture=outcome["effective_capture"])
        self.conn.execute(statement.on_conflict_do_update(
            index_elements=[meter_reading_results.c.uuid, meter_reading_results.c.idx],
            set_={c.name: statement.excluded[c.name] for c in meter_reading_results.columns
                  if c.name not in ("uuid", "idx")}))

    # --- the office queue ----------------------------------------------------------------------
    def register_ticket(self, payload: Mapping[str, Any]) -> Rejection | None:
        """Put a delivered queue ticket into its office's queue (``None``) or refuse a clash
        (:func:`.office_queue.register_pushed_ticket`, in the push's transaction)."""
        assert self.item is not None
        return office_queue.register_pushed_ticket(self.conn, self.kiosk_id, self.item.uuid, payload)

    def apply_queue_event(self, payload: Mapping[str, Any]) -> None:
        """Apply a clerk's action made offline (:func:`.office_queue.apply_pushed_event`)."""
        office_queue.apply_pushed_event(self.conn, payload)
