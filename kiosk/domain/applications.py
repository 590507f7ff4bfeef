"""Submitting an application for a public service: validate, then queue it with its receipt.

The form is validated again here (the screen validated it field by field already): nothing
invalid is ever queued.  The application and its outbox item are one transaction; the outbox item
is the local effect (the kiosk keeps nothing else of the citizen).  Qt-free.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from offline_db import outbox
from offline_db.store import Store, iso_utc, utcnow

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


def service_schema(store: Store, service_id: str) -> list[dict[str, Any]]:
    from .catalogue import OFFERED

    raw = store.scalar(f"SELECT field_schema FROM services s WHERE id = ? AND {OFFERED}", [service_id])
    if raw is None:
        raise ApplicationError("unknown or withdrawn service")
    return json.loads(raw)


def submit_application(store: Store, service_id: str, office_id: str, values: dict[str, Any], *,
                       consent: bool, lang: str, assisted_by: str | None = None,
                       now: dt.datetime | None = None, today: dt.date | None = None) -> Submitted:
    if not consent:
        raise ApplicationError("consent to personal-data processing is required")
    now = now or utcnow()
    with store.atomic():
        schema = service_schema(store, service_id)
        errors = validate_form(schema, values, today=today)
        if errors:
            raise ApplicationError("the form has errors", errors)
        if not store.scalar("SELECT 1 FROM offices WHERE id = ? AND retired_at IS NULL", [office_id]):
            raise ApplicationError("unknown or withdrawn office")
        fields = {f["name"]: normalise_value(f, values.get(f["name"])) for f in schema}
        captured = iso_utc(now)
        item = outbox.enqueue(store, "application", {
            "service_id": service_id, "office_id": office_id, "fields": fields,
            "language": lang, "consent": True, "captured_at": captured,
        }, captured_at=captured, assisted_by=assisted_by)
    return Submitted(item.receipt_number, item.uuid, service_id, office_id, captured)
