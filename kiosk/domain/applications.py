"""An application for a public service: the rules it must pass before it is queued.

The form is validated again here (the screen validated it field by field already): nothing
invalid is ever queued.  Pure (no store, no I/O); queuing the application with its outbox item,
in one transaction, is :mod:`kiosk.services.applications`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .forms import FieldError, normalise_value, validate_form


class ApplicationError(ValueError):
    """The application cannot be queued: unknown service, invalid fields or no consent."""

    def __init__(self, message: str, errors: dict[str, FieldError] | None = None):
        super().__init__(message)
        self.errors = errors or {}


@dataclass(frozen=True)
class Submitted:
    receipt_number: str
    outbox_uuid: str
    service_id: str
    office_id: str
    captured_at: str


def require_consent(consent: bool) -> None:
    if not consent:
        raise ApplicationError("consent to personal-data processing is required")


def valid_fields(schema: list[dict[str, Any]], values: dict[str, Any], *,
                 today: dt.date | None = None) -> dict[str, Any]:
    """The form's values, normalised, per the service's field ``schema``; raises
    :class:`ApplicationError` (with each field's error) when the form has errors."""
    errors = validate_form(schema, values, today=today)
    if errors:
        raise ApplicationError("the form has errors", errors)
    return {f["name"]: normalise_value(f, values.get(f["name"])) for f in schema}


def application_payload(service_id: str, office_id: str, fields: dict[str, Any], lang: str,
                        captured_at: str) -> dict[str, Any]:
    """The outbox payload of an application (consent was given: :func:`require_consent`)."""
    return {"service_id": service_id, "office_id": office_id, "fields": fields,
            "language": lang, "consent": True, "captured_at": captured_at}
