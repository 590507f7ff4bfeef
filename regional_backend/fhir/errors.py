"""The one error of the FHIR layer: an outcome for the client, raised by the store and the routes alike."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class FhirError(Exception):
    """An outcome for the client: HTTP status, issue code and a plain-words diagnostic (EN and RU)."""

    def __init__(self, status: int, code: str, message: str, message_ru: str = "",
                 extra: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.message_ru = status, code, message, message_ru or message
        self.extra = dict(extra or {})
        self.headers = dict(headers or {})
