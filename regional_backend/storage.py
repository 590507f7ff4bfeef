"""What the web app and the command line need from the backend's database: :class:`Storage`.

:class:`regional_backend.sql_storage.SqlStorage` implements it on either engine -- a SQLite file
(the embedded default) or a PostgreSQL database -- from the stores of :mod:`regional_backend.stores`,
and :func:`regional_backend.opening.open_storage` opens it from what ``--db`` names.  The types and
errors callers see (``SubmissionIn``, ``ChangesPage``, ``CursorExpired``, ``InvalidRows``, …) are
defined by the stores and re-exported here.

Reference data is kept twice: ``ref_rows`` holds the current rows (for validators) and
``changes`` is an append-only log with a global sequence number that the feed pages through.
A feed cursor names the store's *feed epoch* (random, made when the store is created or its
reference data is reset), the dataset and the last sequence number delivered; a cursor from
another epoch, another dataset, or beyond the end of the log is expired.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from . import clock
from .fhir.interface import FhirStorage
from .fhir.leasing import LeasePolicy
from .office_queue_store import OfficeQueueStore
from .rejection import Validator
from .stores.kiosks import Kiosk
from .stores.reference_rules import (
    DATASETS,
    ENTITIES,
    ChangesPage,
    CursorExpired,
    InvalidRows,
    UnknownEntity,
    decode_cursor,
    encode_cursor,
    entity_key,
)
from .stores.sql import StoreError
from .stores.submissions import SubmissionIn

#: What callers import from here (defined by the stores).
__all__ = ["DATASETS", "ENTITIES", "ChangesPage", "CursorExpired", "InvalidRows", "Kiosk", "Storage",
           "StorageError", "SubmissionIn", "UnknownEntity", "decode_cursor", "encode_cursor", "entity_key",
           "utcnow_iso"]


#: What the storage raises; the stores' base class (its subclasses for reference data
#: -- :class:`CursorExpired`, :class:`UnknownEntity`, :class:`InvalidRows` -- are imported above).
StorageError = StoreError


def utcnow_iso() -> str:
    now = clock.now()
    return now.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Storage(abc.ABC):
    """What the backend needs from its database; see :class:`regional_backend.sql_storage.SqlStorage`."""

    # kiosks
    @abc.abstractmethod
    def add_kiosk(self, kiosk_id: str) -> str:
        """Enrol (or re-enrol, replacing the token) a kiosk; return its new token, stored only hashed."""

    @abc.abstractmethod
    def revoke_kiosk(self, kiosk_id: str) -> bool: ...

    @abc.abstractmethod
    def authenticate(self, token: str) -> Kiosk | None: ...

    @abc.abstractmethod
    def list_kiosks(self) -> list[dict[str, Any]]: ...

    # submissions
    @abc.abstractmethod
    def push_batch(self, kiosk_id: str, items: Sequence[SubmissionIn],
                   validators: Mapping[str, Validator]) -> list[dict[str, Any]]:
        """Store a batch atomically; one result per item, in order (see the API contract)."""

    @abc.abstractmethod
    def get_submission(self, uuid: str, kiosk_id: str) -> dict[str, Any] | None:
        """Status of a submission that ``kiosk_id`` delivered; ``None`` for unknown and for others'."""

    @abc.abstractmethod
    def find_by_receipt(self, receipt_number: str, kiosk_id: str) -> dict[str, Any] | None:
        """As :meth:`get_submission`, by receipt number (normalised)."""

    @abc.abstractmethod
    def list_submissions(self, *, kind: str | None = None, limit: int | None = None,
                         with_payload: bool = False) -> list[dict[str, Any]]: ...

    # failed authentication (token guessing), shared by every process on the database
    @abc.abstractmethod
    def record_auth_failure(self, address: str, now: float, since: float, limit: int) -> tuple[bool, list[float]]:
        """Count one wrong token from ``address`` at ``now`` unless it already has ``limit`` failures
        after ``since``.  Returns (recorded, times of its failures after ``since``, oldest first).
        Failures at or before ``since`` (of every address) are forgotten."""

    # reference data and the feed
    @abc.abstractmethod
    def upsert_rows(self, tables: Mapping[str, Iterable[Mapping[str, Any]]], *,
                    only_changed: bool = True) -> int:
        """Upsert rows keyed by kiosk table name; returns the number of changes appended.

        With ``only_changed`` a row equal to the stored one (``updated_at`` aside) is skipped.
        """

    @abc.abstractmethod
    def delete_rows(self, entity: str, ids: Iterable[str]) -> int: ...

    @abc.abstractmethod
    def touch(self, entity: str, entity_id: str) -> int:
        """Re-publish a row with a fresh ``updated_at``; returns the change's sequence number."""

    @abc.abstractmethod
    def get_row(self, entity: str, entity_id: str) -> dict[str, Any] | None: ...

    @abc.abstractmethod
    def changes(self, dataset: str, cursor: str | None, limit: int) -> ChangesPage: ...

    # personal utility data (not in any feed)
    @abc.abstractmethod
    def load_utilities(self, tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> int:
        """Upsert utility accounts, meters and last readings (kiosk column names)."""

    @abc.abstractmethod
    def lookup_account(self, provider_id: str, account_number: str, house: str,
                       flat: str) -> list[dict[str, Any]] | None:
        """Meters with last readings of the account, only when number and address fragment match."""

    @abc.abstractmethod
    def reset_reference_data(self) -> str:
        """Drop all reference data and the feed; start a new feed epoch (old cursors expire)."""

    # the office queue and the FHIR resources (clinic directory, slots, leases, appointments)
    @abc.abstractmethod
    def office_queue(self) -> OfficeQueueStore:
        """The office queue kept with this storage."""

    @abc.abstractmethod
    def fhir(self, policy: LeasePolicy | None = None) -> FhirStorage:
        """The FHIR store kept with this storage (every engine keeps one), with ``policy``'s leases."""

    @abc.abstractmethod
    def close(self) -> None: ...
