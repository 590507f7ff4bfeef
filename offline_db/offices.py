"""The offices in the local store, as the kiosk's screens show them.  Qt-free; runs on the database worker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store

ACTIVE_OFFICES_SQL = ("SELECT id, name_ru, name_en, address_ru, address_en, hours_ru, hours_en, phone "
                      "FROM offices WHERE retired_at IS NULL ORDER BY name_ru")  # not those kept only for records


def active_offices(store: Store) -> list[dict[str, Any]]:
    """Every office a citizen may visit, in Russian name order."""
    return store.query(ACTIVE_OFFICES_SQL)


def first_office_id(store: Store) -> str:
    """The office a kiosk with no ``office_id`` setting stands in (the lowest id; ``""``: none)."""
    return store.scalar("SELECT id FROM offices ORDER BY id LIMIT 1") or ""
