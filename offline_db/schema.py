"""Schema migrations of the kiosk's local store (``sqlite_utils`` Migrations): their order and runner.

Every migration is a function of a :class:`sqlite_utils.Database`; each one runs in its own
transaction together with the record that it was applied.  Never edit an applied migration:
add a new one.  ``tests/unit/test_store.py`` applies every migration from an empty
store and from the previous version with data in it.

Conventions:
  * times are ISO 8601 text in UTC with a ``Z`` suffix (``2026-11-21T09:30:00Z``);
  * offices and clinics carry an IANA time zone (Ulyanovsk: ``Europe/Ulyanovsk``, UTC+4);
  * bilingual texts are ``*_ru`` / ``*_en`` columns; lists are JSON text;
  * clinic identifiers are the ``id`` of the FHIR R4 resource they map to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .migrations import clinic, initial, personal_data, quarantine, search_index

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "kiosk_store"
OUTBOX_STATES = ("pending", "sending", "accepted", "rejected", "conflict")

# Applied in this order; a name is recorded in the store once applied, so never rename or reorder.
_MIGRATIONS: list[tuple[str, Callable[[Any], None]]] = [
    ("m001_initial", initial.m001_initial),
    ("m002_service_search", search_index.m002_service_search),
    ("m003_no_personal_utility_data", personal_data.m003_no_personal_utility_data),
    ("m004_clinic_appointments", clinic.m004_clinic_appointments),
    ("m005_deferred_search_index", search_index.m005_deferred_search_index),
    ("m006_clinic_assisted_by", clinic.m006_clinic_assisted_by),
    ("m007_search_dirty_any_conflict_policy", search_index.m007_search_dirty_any_conflict_policy),
    ("m008_reference_quarantine", quarantine.m008_reference_quarantine),
    ("m009_clinic_changes", clinic.m009_clinic_changes),
    ("m010_clerk_lookup", personal_data.m010_clerk_lookup),
]


def migration_set():  # noqa: ANN201 - sqlite_utils.migrations.Migrations, imported lazily
    from sqlite_utils.migrations import Migrations

    migration_set = Migrations(MIGRATION_SET)
    for name, fn in _MIGRATIONS:
        migration_set(name=name)(fn)
    return migration_set


def apply_migrations(db: Database, *, stop_before: str | None = None) -> None:
    """Bring ``db`` to the newest schema (or to just before ``stop_before``), in one transaction.

    The transaction takes the write lock before it reads which migrations are pending: at a
    kiosk's first start its database worker and its sync thread open the new store at the same
    moment, and each migration must run once, not once per connection.
    """
    conn = db.conn
    if conn.in_transaction:  # the caller's transaction already holds the lock
        migration_set().apply(db, stop_before=stop_before)
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        migration_set().apply(db, stop_before=stop_before)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def applied_names(db: Database) -> list[str]:
    return [m.name for m in migration_set().applied(db)]


def migration_names() -> list[str]:
    return [name for name, _ in _MIGRATIONS]


def migrate(store: Any) -> None:
    """Apply pending migrations to an open :class:`offline_db.store.Store`.

    The common case (nothing pending) is answered with one plain query, without importing
    sqlite-utils, to keep the kiosk's start-up fast.
    """
    conn = store.conn
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone()
    if has_table:
        done = {row[0] for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
        if all(name in done for name in migration_names()):
            return
    apply_migrations(store.db)
