"""Reading the public-services catalogue for the screens: categories, life situations, service
cards, the office this kiosk stands in, and search with both languages' names.  Qt-free; every
function takes the store and runs on the database worker.  What the screens get back is
:mod:`kiosk.domain.catalogue`'s plain values.
"""

from __future__ import annotations

import weakref
from typing import Any

from kiosk import settings
from kiosk.domain.catalogue import Found, ServiceItem, query_language, service_card
from offline_db.search import CatalogueSearch
from offline_db.store import Store

_searchers: weakref.WeakKeyDictionary[Store, CatalogueSearch] = weakref.WeakKeyDictionary()

#: SQL condition (on ``services s``) of a service offered for new use: not kept only because local
#: records refer to it after the backend dropped it (``retired_at``, set by the sync), nor in such
#: a category.  Offices and categories have ``retired_at`` too.
OFFERED = ("s.retired_at IS NULL AND NOT EXISTS (SELECT 1 FROM service_categories rc"
           " WHERE rc.id = s.category_id AND rc.retired_at IS NOT NULL)")


def search(store: Store, query: str, screen_lang: str, limit: int = 50) -> Found:
    """Ranked services matching ``query``; names in both languages for an in-place language switch."""
    searcher = _searchers.get(store)
    if searcher is None:
        searcher = _searchers[store] = CatalogueSearch(store)
    lang = query_language(query, screen_lang)
    result = searcher.search(query, lang, limit=limit)
    if not result.hits:
        return Found(query, lang, (), dict(result.corrected))
    ids = [hit.service_id for hit in result.hits]
    names = {r["id"]: r for r in store.query(
        f"SELECT id, name_ru, name_en FROM services s WHERE id IN ({','.join('?' * len(ids))}) AND {OFFERED}", ids)}
    items = tuple(ServiceItem(h.service_id, names[h.service_id]["name_ru"], names[h.service_id]["name_en"],
                              h.category_id, h.name_html, lang) for h in result.hits if h.service_id in names)
    return Found(query, lang, items, dict(result.corrected))


def browse(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Categories (with their service counts) and life situations, in display order."""
    categories = store.query(
        "SELECT c.id, c.name_ru, c.name_en, c.queue_letter, count(s.id) AS services FROM service_categories c"
        " LEFT JOIN services s ON s.category_id = c.id AND s.retired_at IS NULL WHERE c.retired_at IS NULL"
        " GROUP BY c.id ORDER BY c.sort_order, c.id")
    situations = store.query(
        "SELECT id, name_ru, name_en, description_ru, description_en FROM life_situations"
        " WHERE retired_at IS NULL ORDER BY sort_order, id")
    return {"categories": categories, "situations": situations}


def services_in(store: Store, *, category_id: str | None = None,
                situation_id: str | None = None) -> tuple[ServiceItem, ...]:
    if situation_id is not None:
        rows = store.query(
            "SELECT s.id, s.name_ru, s.name_en, s.category_id FROM services s JOIN service_life_situations l"
            f" ON l.service_id = s.id WHERE l.situation_id = ? AND {OFFERED} ORDER BY s.name_ru", [situation_id])
    else:
        rows = store.query(f"SELECT id, name_ru, name_en, category_id FROM services s WHERE category_id = ?"
                           f" AND {OFFERED} ORDER BY name_ru", [category_id])
    return tuple(ServiceItem(r["id"], r["name_ru"], r["name_en"], r["category_id"]) for r in rows)


def service_details(store: Store, service_id: str, *, offered_only: bool = True) -> dict[str, Any] | None:
    """Everything a service card and an application form need; ``None`` for an unknown service, and
    (``offered_only``) for one kept only for local records (:data:`OFFERED`)."""
    offered = f" AND {OFFERED}" if offered_only else ""
    rows = store.query(
        "SELECT s.*, c.name_ru AS category_ru, c.name_en AS category_en, c.queue_letter"
        f" FROM services s JOIN service_categories c ON c.id = s.category_id WHERE s.id = ?{offered}", [service_id])
    if not rows:
        return None
    offices = store.query(
        "SELECT o.id, o.name_ru, o.name_en, o.address_ru, o.address_en, o.hours_ru, o.hours_en FROM offices o"
        " JOIN service_offices so ON so.office_id = o.id WHERE so.service_id = ? AND o.retired_at IS NULL"
        " ORDER BY o.name_ru", [service_id])
    return service_card(dict(rows[0]), offices)


def kiosk_office(store: Store) -> dict[str, Any] | None:
    """The office this kiosk stands in: the ``office_id`` setting, else the first office."""
    office_id = settings.get(store, "office_id")
    rows = store.query("SELECT * FROM offices WHERE id = ?", [office_id]) if office_id else []
    if not rows:
        rows = store.query("SELECT * FROM offices ORDER BY id LIMIT 1")
    return rows[0] if rows else None


def receipt_settings(store: Store) -> dict[str, str]:
    """What printing a receipt needs: ``printer``, ``receipt_format``, ``print_timeout_s``, ``status_url``."""
    return {key: settings.get(store, key) for key in ("printer", "receipt_format", "print_timeout_s", "status_url")}
