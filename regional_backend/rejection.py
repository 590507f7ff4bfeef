"""What a validator of pushed submissions deals in: its verdict (:class:`Rejection`) and its read-only
view of the reference data (:class:`RefLookup`).  Its own module so that the validators of each kind
(:mod:`regional_backend.validators`, :mod:`regional_backend.meters`, :mod:`regional_backend.office_queue`)
and the storage that runs them import it without importing each other.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Rejection:
    """A business rule refused an item: a machine code and reasons in Russian and English."""

    code: str
    reason_ru: str
    reason_en: str


class RefLookup(Protocol):
    """Read access to the backend's current reference data (kiosk table names and ids)."""

    def exists(self, entity: str, entity_id: str) -> bool: ...

    def get(self, entity: str, entity_id: str) -> dict[str, Any] | None: ...


Validator = Callable[[Mapping[str, Any], RefLookup], Rejection | None]
