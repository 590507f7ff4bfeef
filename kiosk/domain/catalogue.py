"""The public-services catalogue as the screens see it: list items, search results, which language a
query is in, and a service card built from its stored row.  Pure (no store, no I/O); reading the
catalogue is :mod:`kiosk.services.catalogue`, run on the database worker.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


@dataclass(frozen=True)
class ServiceItem:
    """A service in a list: its names in both languages and, for a search hit, the highlighted name."""

    id: str
    name_ru: str
    name_en: str
    category_id: str
    name_html: str = ""      # matched words in <b>…</b> (HTML-escaped), in ``html_lang``
    html_lang: str = ""

    def name(self, lang: str) -> str:
        return (self.name_en if lang == "en" else self.name_ru) or self.name_ru or self.name_en


@dataclass(frozen=True)
class Found:
    query: str
    lang: str                                  # the language whose texts were searched
    items: tuple[ServiceItem, ...] = ()
    corrected: dict[str, str] = field(default_factory=dict)


def query_language(query: str, screen_lang: str) -> str:
    """Search the texts of the script the citizen typed in (Cyrillic → ru, Latin → en)."""
    has_ru, has_en = bool(_CYRILLIC.search(query)), bool(_LATIN.search(query))
    if has_ru and not has_en:
        return "ru"
    if has_en and not has_ru:
        return "en"
    return screen_lang


def _json_list(text: Any) -> list[Any]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def service_card(row: dict[str, Any], offices: list[Any]) -> dict[str, Any]:
    """A service card from its stored row: the field schema when it is valid (else none), the
    documents that are records, and the offices that provide the service."""
    from .forms import check_schema

    card = dict(row)
    schema = _json_list(card.pop("field_schema"))
    card["field_schema"] = schema if schema and not check_schema(schema) else []
    card["documents"] = [d for d in _json_list(card.get("documents")) if isinstance(d, dict)]
    card["offices"] = offices
    return card
