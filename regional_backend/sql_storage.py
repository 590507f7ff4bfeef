"""The backend's storage on either engine: :class:`SqlStorage`, the stores of
:mod:`regional_backend.stores` (and the FHIR store, :mod:`regional_backend.fhir.sql`) over one
SQLAlchemy Engine, on a SQLite file or a PostgreSQL database.

Each operation's transaction, its isolation and what serialises it on PostgreSQL are stated in
the store that runs it; this class only hands each call of :class:`~regional_backend.storage.Storage`
to its store.  :func:`regional_backend.opening.open_storage` opens the database, brings its schema
to the head revision and returns one of these.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy.engine import Engine

from .db.engine import describe
from .db.tables.types import instant_text
from .fhir.interface import FhirStorage
from .fhir.leasing import LeasePolicy
from .fhir.sql import SqlFhirStore
from .office_queue_store import OfficeQueueStore
from .rejection import Validator
from .storage import Storage
from .stores.kiosks import Kiosk, KioskStore
from .stores.office_queue import SqlOfficeQueue
from .stores.reference import ReferenceStore
from .stores.reference_rules import ChangesPage
from .stores.submissions import SubmissionIn, SubmissionStore
from .stores.utilities import UtilityStore


class SqlStorage(Storage):
    """:class:`Storage` on a SQLite file or a PostgreSQL database: the stores of :mod:`.stores`
    over one SQLAlchemy Engine (:func:`open_storage` opens and upgrades it).  Safe to share between
    threads; several processes may open the same database (each operation's transaction and
    isolation are stated in its store)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.kiosks = KioskStore(engine)
        self.submissions = SubmissionStore(engine)
        self.reference = ReferenceStore(engine)
        self.utilities = UtilityStore(engine)
        self._office_queue = SqlOfficeQueue(engine)

    def __repr__(self) -> str:
        return f"SqlStorage({describe(self.engine.url)})"

    def close(self) -> None:
        self.engine.dispose()

    def office_queue(self) -> OfficeQueueStore:
        return self._office_queue

    def fhir(self, policy: LeasePolicy | None = None) -> FhirStorage:
        return SqlFhirStore(self.engine, policy)

    # kiosks and tokens
    def add_kiosk(self, kiosk_id: str) -> str:
        return self.kiosks.enrol(kiosk_id)

    def revoke_kiosk(self, kiosk_id: str) -> bool:
        return self.kiosks.revoke(kiosk_id)

    def authenticate(self, token: str) -> Kiosk | None:
        return self.kiosks.authenticate(token)

    def list_kiosks(self) -> list[dict[str, Any]]:
        return [{"kiosk_id": k.kiosk_id, "created_at": instant_text(k.created_at),
                 "revoked_at": instant_text(k.revoked_at) if k.revoked_at else None}
                for k in self.kiosks.list()]

    def record_auth_failure(self, address: str, now: float, since: float, limit: int) -> tuple[bool, list[float]]:
        return self.kiosks.record_auth_failure(address, now, since, limit)

    # submissions
    def push_batch(self, kiosk_id: str, items: Sequence[SubmissionIn],
                   validators: Mapping[str, Validator]) -> list[dict[str, Any]]:
        return self.submissions.push_batch(kiosk_id, items, validators)

    def get_submission(self, uuid: str, kiosk_id: str) -> dict[str, Any] | None:
        return self.submissions.get(uuid, kiosk_id)

    def find_by_receipt(self, receipt_number: str, kiosk_id: str) -> dict[str, Any] | None:
        return self.submissions.find_by_receipt(receipt_number, kiosk_id)

    def list_submissions(self, *, kind: str | None = None, limit: int | None = None,
                         with_payload: bool = False) -> list[dict[str, Any]]:
        return self.submissions.list(kind=kind, limit=limit, with_payload=with_payload)

    def count_submissions(self) -> int:
        return self.submissions.count()

    def reading_results(self, uuid: str) -> list[dict[str, Any]]:
        return self.submissions.reading_results(uuid)

    # reference data and the feed
    def upsert_rows(self, tables: Mapping[str, Iterable[Mapping[str, Any]]], *,
                    only_changed: bool = True) -> int:
        return self.reference.upsert_rows(tables, only_changed=only_changed)

    def delete_rows(self, entity: str, ids: Iterable[str]) -> int:
        return self.reference.delete_rows(entity, ids)

    def touch(self, entity: str, entity_id: str) -> int:
        return self.reference.touch(entity, entity_id)

    def get_row(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        return self.reference.get_row(entity, entity_id)

    def count_rows(self, entity: str) -> int:
        return self.reference.count_rows(entity)

    def changes(self, dataset: str, cursor: str | None, limit: int) -> ChangesPage:
        return self.reference.changes(dataset, cursor, limit)

    def feed_epoch(self) -> str:
        return self.reference.feed_epoch()

    def reset_reference_data(self) -> str:
        return self.reference.reset()

    # personal utility data
    def load_utilities(self, tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> int:
        return self.utilities.load(tables)

    def lookup_account(self, provider_id: str, account_number: str, house: str,
                       flat: str) -> list[dict[str, Any]] | None:
        return self.utilities.lookup_account(provider_id, account_number, house, flat)


