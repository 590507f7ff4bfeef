"""Submitting an application for a public service: check it, then queue it with its receipt.

The application and its outbox item are one transaction; the outbox item is the local effect (the
kiosk keeps nothing else of the citizen).  Runs on the database worker; Qt-free.  The rules are
:mod:`kiosk.domain.applications`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from kiosk.domain.applications import (
    ApplicationError,
    Submitted,
    application_payload,
    require_consent,
    valid_fields,
)
from offline_db import outbox
from offline_db.store import Store, iso_utc, utcnow

from .catalogue import OFFERED


def service_schema(store: Store, service_id: str) -> list[dict[str, Any]]:
    raw = store.scalar(f"SELECT field_schema FROM services s WHERE id = ? AND {OFFERED}", [service_id])
    if raw is None:
        raise ApplicationError("unknown or withdrawn service")
    return json.loads(raw)


def submit_application(store: Store, service_id: str, office_id: str, values: dict[str, Any], *,
                       consent: bool, lang: str, assisted_by: str | None = None,
                       now: dt.datetime | None = None, today: dt.date | None = None) -> Submitted:
    require_consent(consent)
    now = now or utcnow()
    with store.atomic():
        schema = service_schema(store, service_id)
        fields = valid_fields(schema, values, today=today)
        if not store.scalar("SELECT 1 FROM offices WHERE id = ? AND retired_at IS NULL", [office_id]):
            raise ApplicationError("unknown or withdrawn office")
        captured = iso_utc(now)
        item = outbox.enqueue(store, "application", application_payload(service_id, office_id, fields, lang, captured),
                              captured_at=captured, assisted_by=assisted_by)
    return Submitted(item.receipt_number, item.uuid, service_id, office_id, captured)
