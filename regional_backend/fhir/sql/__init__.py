"""The FHIR store on SQLAlchemy Core, for SQLite and PostgreSQL: :class:`SqlFhirStore`.

It implements :class:`~regional_backend.fhir.interface.FhirStorage` over the ``fhir_*`` tables
declared in :mod:`regional_backend.db.tables.fhir` (created by the Alembic revisions, see
:func:`regional_backend.db.migrate.upgrade`) and answers exactly what
:class:`regional_backend.fhir.sqlite.SqliteFhirStore` answers: the same dicts, ids, versions,
statuses and instants as text (``2026-03-02T09:00:00.000000Z``).  Per entity one module
(``directory``, ``slots``, ``appointments``), searches as expressions in ``conditions``, the clock
and the lock order in ``clock``; this class gives each operation its transaction.

Every write is one :func:`~regional_backend.db.engine.write_transaction`: ``BEGIN IMMEDIATE`` on
SQLite (one writer at a time, so a check and the write it allows are atomic); READ COMMITTED on
PostgreSQL, where each write locks what its decision reads (advisory locks, ``SELECT … FOR
UPDATE``), then ticks the clock, whose row serialises FHIR writers until they commit.  Reads are
plain connections: consistent per record, which is what the interface asks of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy.engine import Connection, Engine

from regional_backend.db.engine import connect, write_transaction

from ..interface import Condition, FhirStorage, Found, Page
from ..leasing import LeasePolicy
from . import appointments, directory, slots
from .clock import tick


def _ticker(conn: Connection) -> slots.Tick:
    return lambda: tick(conn)


class SqlFhirStore(FhirStorage):
    """:class:`FhirStorage` on ``engine`` (upgraded by ``db.migrate.upgrade``)."""

    def __init__(self, engine: Engine, policy: LeasePolicy | None = None):
        self.engine = engine
        self.policy = policy or LeasePolicy()

    # --- the clinic directory -----------------------------------------------------------------
    def load(self, tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> int:
        """One write transaction, the clock ticked first: loads take turns on the clock's row on
        PostgreSQL (a load changes many rows; nothing else waits on rows a load holds, because
        a load never changes an existing slot)."""
        with write_transaction(self.engine) as conn:
            return directory.load(conn, tables, tick(conn))

    def specialty(self, code: str) -> dict[str, Any] | None:
        with connect(self.engine) as conn:
            return directory.specialty(conn, code)

    def directory_entry(self, rtype: str, rid: str) -> dict[str, Any] | None:
        with connect(self.engine) as conn:
            return directory.entry(conn, rtype, rid)

    def search_directory(self, rtype: str, conditions: Sequence[Condition], page: Page) -> Found:
        with connect(self.engine) as conn:
            return directory.search(conn, rtype, conditions, page)

    # --- slots and their leases -----------------------------------------------------------------
    def slot(self, sid: str) -> dict[str, Any] | None:
        with connect(self.engine) as conn:
            return slots.slot(conn, sid)

    def search_slots(self, conditions: Sequence[Condition], page: Page) -> Found:
        self.return_expired_leases()
        with connect(self.engine) as conn:
            return slots.search(conn, conditions, page)

    def return_expired_leases(self) -> int:
        """A cheap read first (no write transaction when nothing expired), then
        :func:`.slots.return_expired` in a write transaction (``FOR UPDATE SKIP LOCKED``)."""
        with connect(self.engine) as conn:
            if not slots.any_expired(conn, self.policy):
                return 0
        with write_transaction(self.engine) as conn:
            return slots.return_expired(conn, self.policy, _ticker(conn))

    def lease_slots(self, kiosk_id: str, *, share: float | None = None, count: int | None = None,
                    ttl_s: int | None = None) -> list[dict[str, Any]]:
        """One write transaction; on PostgreSQL leasing kiosks take turns (:func:`.slots.lease`)."""
        self.return_expired_leases()
        with write_transaction(self.engine) as conn:
            return slots.lease(conn, kiosk_id, self.policy, _ticker(conn), share=share, count=count, ttl_s=ttl_s)

    def release_leases(self, kiosk_id: str) -> None:
        """One write transaction; the kiosk's leased rows locked ``FOR UPDATE`` before the clock."""
        self.return_expired_leases()
        with write_transaction(self.engine) as conn:
            slots.release(conn, kiosk_id, _ticker(conn))

    def double_bookings(self) -> int:
        """Slots with more than one active appointment (always 0; for tests and diagnostics)."""
        with connect(self.engine) as conn:
            return slots.double_bookings(conn)

    # --- appointments -----------------------------------------------------------------------------
    def appointment(self, aid: str, kiosk_id: str) -> dict[str, Any] | None:
        with connect(self.engine) as conn:
            return appointments.appointment(conn, aid, kiosk_id)

    def search_appointments(self, kiosk_id: str, conditions: Sequence[Condition], page: Page) -> Found:
        with connect(self.engine) as conn:
            return appointments.search(conn, kiosk_id, conditions, page)

    def book(self, kiosk_id: str, data: dict[str, Any], ident: tuple[str, str], slot_id: str,
             patient: tuple[str | None, str], *,
             if_none_exist: tuple[str | None, str] | None) -> tuple[dict[str, Any], bool]:
        """One write transaction: identifier advisory locks, the slot ``FOR UPDATE``, the clock
        (:func:`.appointments.book`)."""
        with write_transaction(self.engine) as conn:
            return appointments.book(conn, kiosk_id, data, ident, slot_id, patient, if_none_exist, _ticker(conn))

    def change(self, aid: str, kiosk_id: str, data: dict[str, Any], if_match: int | None) -> dict[str, Any]:
        """One write transaction: the appointment ``FOR UPDATE``, its slots, the clock
        (:func:`.appointments.change`)."""
        with write_transaction(self.engine) as conn:
            return appointments.change(conn, aid, kiosk_id, data, if_match, _ticker(conn))
