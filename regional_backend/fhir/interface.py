"""What the FHIR routes need from a storage engine: :class:`FhirStorage`.

The routes (``api.py``) call only this interface; :class:`regional_backend.fhir.sqlite.SqliteFhirStore`
implements it on the backend's SQLite file, and :class:`regional_backend.fhir.sql.SqlFhirStore`
on SQLAlchemy Core for SQLite and PostgreSQL (issue 19).  The engine-neutral rules it applies live beside it: :mod:`.booking` (what may be booked
and changed) and :mod:`.leasing` (how many slots a kiosk is leased).  Searches come in as
:class:`Condition` lists (parsed from FHIR parameters by :mod:`.search_params`), never as SQL.

Records handed back are plain dicts:

* directory entry (Organization, Practitioner, PractitionerRole, Schedule): the kiosk store's row
  plus ``_version`` and ``_last_updated``;
* slot: ``id, schedule_id, role_id, practitioner_id, specialty, start, end, status`` (``free``,
  ``busy``, ``busy-tentative`` = leased), ``lease_kiosk, lease_until, version, last_updated``;
* appointment: ``id, ident_system, ident_value, slot_id, patient_system, patient_value, status,
  kiosk_id, version, last_updated`` and ``data`` (the FHIR resource as the client sent it).

Every write gives the resource a new ``version`` and a ``last_updated`` later than every one given
before (a monotonic clock kept by the storage), so ``_lastUpdated=gt…`` pulls never miss a change.
Appointments belong to the kiosk that made them: every operation that takes ``kiosk_id`` sees only
that kiosk's appointments, and another kiosk's is answered exactly like one that does not exist.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .leasing import LeasePolicy

REF_TYPES = ("Organization", "Practitioner", "PractitionerRole", "Schedule")
#: The kiosk store's table of each directory type (the rows :meth:`FhirStorage.load` takes).
REF_TABLES = {"Organization": "clinics", "Practitioner": "practitioners",
              "PractitionerRole": "practitioner_roles", "Schedule": "schedules"}

#: Search keys each kind of record can be filtered by, and how (see :class:`Condition`).
#: ``last_updated``/``start`` compare instants (``=``, ``>``, ``>=``, ``<``, ``<=``); ``id``/``status``
#: take ``in`` with a tuple; ``identifier``/``patient`` take ``token`` with ``(system or None, value)``;
#: ``active`` takes ``=`` with a bool; the rest ``=`` with an id or code.
DIRECTORY_KEYS = frozenset({"last_updated", "id", "organization", "practitioner", "role", "specialty", "active"})
SLOT_KEYS = frozenset({"last_updated", "id", "schedule", "practitioner", "role", "specialty", "status", "start"})
APPOINTMENT_KEYS = frozenset({"last_updated", "id", "identifier", "patient", "status", "slot"})
OPERATORS = frozenset({"=", ">", ">=", "<", "<=", "in", "token"})


@dataclass(frozen=True)
class Condition:
    """One search filter: ``key op value``; a search ANDs its conditions."""

    key: str
    op: str
    value: Any


@dataclass(frozen=True)
class Page:
    """Which part of a search's results to answer: ``count`` after ``(last_updated, id)`` (exclusive)."""

    count: int
    after: tuple[str, str] | None = None


#: A page of records ordered by ``(last_updated, id)`` — up to ``count + 1`` of them, so that the
#: caller sees whether there is a next page — and the number of all matching records.
Found = tuple[list[dict[str, Any]], int]


class FhirStorage(abc.ABC):
    """The FHIR resources of the backend: the clinic directory, slots, leases and appointments.

    Atomicity is the implementation's duty, per operation as documented below; reads need only be
    consistent per record.  Refusals a client should see are raised as
    :class:`~regional_backend.fhir.errors.FhirError`.
    """

    #: lease settings (also read by the routes: is ``Slot/$lease`` served?)
    policy: LeasePolicy

    # --- the clinic directory -----------------------------------------------------------------
    @abc.abstractmethod
    def load(self, tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> int:
        """Upsert clinics, specialties, practitioners, roles, schedules (kiosk store rows) and slots.

        One transaction.  A changed directory row gets a new version, an unchanged one is left as it
        is; an existing slot is never changed (it may be leased or booked), only new slots are added.
        Returns the number of records written."""

    @abc.abstractmethod
    def specialty(self, code: str) -> dict[str, Any] | None:
        """``code, system, name_ru, name_en`` of a specialty, or ``None``."""

    @abc.abstractmethod
    def directory_entry(self, rtype: str, rid: str) -> dict[str, Any] | None:
        """One Organization, Practitioner, PractitionerRole or Schedule, or ``None``."""

    @abc.abstractmethod
    def search_directory(self, rtype: str, conditions: Sequence[Condition], page: Page) -> Found:
        """Directory entries of ``rtype`` matching every condition (keys: :data:`DIRECTORY_KEYS`)."""

    # --- slots and their leases -----------------------------------------------------------------
    @abc.abstractmethod
    def slot(self, sid: str) -> dict[str, Any] | None:
        """One slot, or ``None``."""

    @abc.abstractmethod
    def search_slots(self, conditions: Sequence[Condition], page: Page) -> Found:
        """Slots matching every condition (keys: :data:`SLOT_KEYS`), after expired leases were
        returned to the pool (:meth:`return_expired_leases`)."""

    @abc.abstractmethod
    def return_expired_leases(self) -> int:
        """Free every slot whose lease ran out more than ``policy.grace_s`` ago; one transaction.
        Returns how many slots were freed."""

    @abc.abstractmethod
    def lease_slots(self, kiosk_id: str, *, share: float | None = None, count: int | None = None,
                    ttl_s: int | None = None) -> list[dict[str, Any]]:
        """Renew ``kiosk_id``'s leases of upcoming slots and top them up (:func:`.leasing.slots_to_lease`);
        returns the kiosk's leased upcoming slots, earliest first.

        Atomically, in one transaction with the reads it decides on: a slot is leased only while it
        is free, so a slot never has two holders and a booked slot is never leased."""

    @abc.abstractmethod
    def release_leases(self, kiosk_id: str) -> None:
        """Give every slot leased to ``kiosk_id`` and not booked back to the pool; one transaction."""

    # --- appointments -----------------------------------------------------------------------------
    @abc.abstractmethod
    def appointment(self, aid: str, kiosk_id: str) -> dict[str, Any] | None:
        """``kiosk_id``'s appointment ``aid``; ``None`` when there is none or it is another kiosk's."""

    @abc.abstractmethod
    def search_appointments(self, kiosk_id: str, conditions: Sequence[Condition], page: Page) -> Found:
        """``kiosk_id``'s appointments matching every condition (keys: :data:`APPOINTMENT_KEYS`);
        another kiosk's are never counted or returned."""

    @abc.abstractmethod
    def book(self, kiosk_id: str, data: dict[str, Any], ident: tuple[str, str], slot_id: str,
             patient: tuple[str | None, str], *,
             if_none_exist: tuple[str | None, str] | None) -> tuple[dict[str, Any], bool]:
        """Book ``slot_id`` for ``kiosk_id`` (a conditional create); returns (appointment, created).

        Atomically, in one transaction: the ``If-None-Exist`` match (only this kiosk's appointments;
        one match → it is returned, not created; several → 412), the identifier check (one another
        kiosk uses → 412 with ``If-None-Exist``, 409 without), :func:`.booking.check_bookable` (the
        lessee's booking is accepted even after the slot's time), the insert and the slot marked
        ``busy``.  Never two active appointments on one slot: the engine enforces it by a constraint
        as well, so a race loses with an error rather than double-books."""

    @abc.abstractmethod
    def change(self, aid: str, kiosk_id: str, data: dict[str, Any], if_match: int | None) -> dict[str, Any]:
        """Change ``kiosk_id``'s appointment, guarded by its version (:func:`.booking.check_change`):
        a new status (a cancel or entered-in-error frees the slot) or a move to another slot (which
        must be bookable; the old slot is freed, the new one booked).  Atomically, in one
        transaction with the version check.  Returns the appointment as stored."""
