"""The FHIR store on SQLite: :class:`SqliteFhirStore`, the backend's SQLite file's ``fhir_*`` tables.

Per entity one module of SQL (``directory``, ``slots``, ``appointments``), the tables and their
clock in ``schema``; this class gives each operation of :class:`~regional_backend.fhir.interface.FhirStorage`
its transaction.  Every write is one ``BEGIN IMMEDIATE`` transaction holding its checks, so a
check and the write it allows are atomic (SQLite has one writer at a time).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol

from sqlite_utils import Database

from ..interface import Condition, FhirStorage, Found, Page
from ..leasing import LeasePolicy
from . import appointments, directory, slots
from .schema import migrations, tick


class SqliteDatabase(Protocol):
    """What this store needs of the backend's SQLite storage: its connection and transactions."""

    def connection(self) -> sqlite3.Connection: ...

    def write_transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]: ...


class SqliteFhirStore(FhirStorage):
    """:class:`FhirStorage` in the same SQLite file as the rest of the backend (same connections)."""

    def __init__(self, db: SqliteDatabase, policy: LeasePolicy | None = None):
        self.db = db
        self.policy = policy or LeasePolicy()
        with self._write() as conn:
            migrations.apply(Database(conn))

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self.db.write_transaction() as conn:
            yield conn

    def _conn(self) -> sqlite3.Connection:
        return self.db.connection()

    # --- the clinic directory -----------------------------------------------------------------
    def load(self, tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> int:
        with self._write() as conn:
            return directory.load(conn, tables, tick(conn))

    def specialty(self, code: str) -> dict[str, Any] | None:
        return directory.specialty(self._conn(), code)

    def directory_entry(self, rtype: str, rid: str) -> dict[str, Any] | None:
        return directory.entry(self._conn(), rtype, rid)

    def search_directory(self, rtype: str, conditions: Sequence[Condition], page: Page) -> Found:
        return directory.search(self._conn(), rtype, conditions, page)

    # --- slots and their leases -----------------------------------------------------------------
    def slot(self, sid: str) -> dict[str, Any] | None:
        return slots.slot(self._conn(), sid)

    def search_slots(self, conditions: Sequence[Condition], page: Page) -> Found:
        self.return_expired_leases()
        return slots.search(self._conn(), conditions, page)

    def return_expired_leases(self) -> int:
        if not slots.any_expired(self._conn(), self.policy):
            return 0
        with self._write() as conn:
            return slots.return_expired(conn, self.policy, tick(conn))

    def lease_slots(self, kiosk_id: str, *, share: float | None = None, count: int | None = None,
                    ttl_s: int | None = None) -> list[dict[str, Any]]:
        self.return_expired_leases()
        with self._write() as conn:
            return slots.lease(conn, kiosk_id, self.policy, tick(conn), share=share, count=count, ttl_s=ttl_s)

    def release_leases(self, kiosk_id: str) -> None:
        self.return_expired_leases()
        with self._write() as conn:
            slots.release(conn, kiosk_id, tick(conn))

    def double_bookings(self) -> int:
        """Slots with more than one active appointment (always 0; for tests and diagnostics)."""
        return slots.double_bookings(self._conn())

    # --- appointments -----------------------------------------------------------------------------
    def appointment(self, aid: str, kiosk_id: str) -> dict[str, Any] | None:
        return appointments.appointment(self._conn(), aid, kiosk_id)

    def search_appointments(self, kiosk_id: str, conditions: Sequence[Condition], page: Page) -> Found:
        return appointments.search(self._conn(), kiosk_id, conditions, page)

    def book(self, kiosk_id: str, data: dict[str, Any], ident: tuple[str, str], slot_id: str,
             patient: tuple[str | None, str], *,
             if_none_exist: tuple[str | None, str] | None) -> tuple[dict[str, Any], bool]:
        with self._write() as conn:
            return appointments.book(conn, kiosk_id, data, ident, slot_id, patient, if_none_exist,
                                     lambda: tick(conn))

    def change(self, aid: str, kiosk_id: str, data: dict[str, Any], if_match: int | None) -> dict[str, Any]:
        with self._write() as conn:
            return appointments.change(conn, aid, kiosk_id, data, if_match, lambda: tick(conn))
