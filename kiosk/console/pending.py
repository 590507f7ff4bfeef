"""The clerk's list of what waits or was refused on this kiosk, and the search by receipt number,
phone or policy number (ENP).

Qt-free; runs on the database worker.  The list shows submissions (applications, meter readings)
and polyclinic bookings that are not delivered yet or were refused, newest first, with the
visitor's phone or policy number masked.  A phone or ENP search looks up the keyed hashes of
:mod:`offline_db.lookup_keys` (never the payloads), and writes one audit entry: what was searched
by and how many were found, never the value searched for.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from kiosk.domain.receipts import normalise_receipt_number
from mfc_rules import identifiers as ids
from offline_db import lookup_keys
from offline_db.store import Store

SHOWN = 20   # rows on screen; the rest are counted, and the search narrows them down
LISTED_KINDS = ("application", "meter_readings")
RECEIPT = "receipt"


@dataclass(frozen=True)
class Listed:
    """One line of the clerk's list (personal data masked)."""

    receipt_number: str
    kind: str                  # application | meter_readings | appointment
    state: str                 # pending | sending | accepted | rejected | conflict (appointments: the same words)
    at: str                    # when it was made, UTC
    service_ru: str = ""
    service_en: str = ""
    contact: str = ""          # the masked phone or policy number, if it holds one


@dataclass(frozen=True)
class Listing:
    rows: list[Listed]
    total: int                 # how many there are in all (``rows`` holds the newest :data:`SHOWN`)
    by: str = ""               # "" (the list) | receipt | phone | enp


class NotASearch(ValueError):
    """The text is neither a receipt number nor a phone number nor a policy number."""


def search_kind(text: str) -> tuple[str, str]:
    """``(kind, normalised value)`` of what the clerk typed or scanned: a receipt number (also in a
    scanned status URL), a 16-digit policy number, or a phone number."""
    first = (text.strip().splitlines() or [""])[0]
    enp = lookup_keys.normalise_enp(first)
    if enp:
        return lookup_keys.ENP, enp
    phone = lookup_keys.normalise_phone(first)
    if phone and not any(c.isalpha() for c in first):
        return lookup_keys.PHONE, phone
    number = normalise_receipt_number(first)
    if number:
        return RECEIPT, number
    raise NotASearch("not a receipt, phone or policy number")


_OUTBOX_WHERE = (f"state IN ('pending', 'sending', 'rejected', 'conflict') AND kind IN "
                 f"({', '.join(repr(k) for k in LISTED_KINDS)})")
_CLINIC_WHERE = "((delivery IN ('pending', 'sending') AND status IN ('booked', 'requested')) OR status = 'refused')"
_CLINIC_STATE = ("CASE WHEN status = 'refused' THEN 'rejected' WHEN status = 'cancelled' THEN 'cancelled' WHEN delivery = 'sending' THEN 'sending'"
                 " WHEN delivery = 'pending' THEN 'pending' ELSE 'accepted' END")


def pending(store: Store, limit: int = SHOWN) -> Listing:
    """What waits to be sent or was refused here, newest first."""
    rows = store.query(
        f"SELECT receipt_number, kind, state, captured_at AS at FROM outbox WHERE {_OUTBOX_WHERE}"
        f" UNION ALL SELECT receipt_number, 'appointment', {_CLINIC_STATE}, created_at FROM clinic_appointments"
        f" WHERE {_CLINIC_WHERE} ORDER BY at DESC LIMIT ?", [limit])
    total = int(store.scalar(f"SELECT (SELECT count(*) FROM outbox WHERE {_OUTBOX_WHERE})"
                             f" + (SELECT count(*) FROM clinic_appointments WHERE {_CLINIC_WHERE})"))
    return Listing(_details(store, rows), total)


def search(store: Store, kind: str, value: str, *, role: str, limit: int = SHOWN) -> Listing:
    """Submissions and bookings holding this phone or policy number (``value`` normalised), newest
    first; audited as ``search_submissions`` with the kind and the count, never the value."""
    numbers = lookup_keys.receipts_for(store, kind, value)
    rows: list[dict[str, Any]] = []
    for chunk in (numbers[i:i + 500] for i in range(0, len(numbers), 500)):
        marks = ",".join("?" * len(chunk))
        rows += store.query(
            f"SELECT receipt_number, kind, state, captured_at AS at FROM outbox WHERE receipt_number IN ({marks})"
            f" UNION ALL SELECT receipt_number, 'appointment', {_CLINIC_STATE}, created_at FROM clinic_appointments"
            f" WHERE receipt_number IN ({marks})", [*chunk, *chunk])
    rows.sort(key=lambda r: r["at"], reverse=True)
    store.audit(role, "search_submissions", kind, f"{len(rows)} found")
    return Listing(_details(store, rows[:limit]), len(rows), kind)


def _details(store: Store, rows: list[dict[str, Any]]) -> list[Listed]:
    """Service names and the masked contact of the rows shown (a few dozen at most)."""
    schemas: dict[str, Any] = {}
    out = []
    for row in rows:
        service_ru = service_en = contact = ""
        if row["kind"] == "appointment":
            found = store.query("SELECT a.enp_masked, a.phone, a.enp, s.name_ru, s.name_en FROM clinic_appointments a"
                                " LEFT JOIN specialties s ON s.code = a.specialty_code WHERE a.receipt_number = ?",
                                [row["receipt_number"]])
            if found:
                appt = found[0]
                service_ru, service_en = appt["name_ru"] or "", appt["name_en"] or appt["name_ru"] or ""
                contact = (appt["enp_masked"] if appt["enp"] else "") or (ids.mask_phone(appt["phone"]) if appt["phone"] else "")
        else:
            payload = store.scalar("SELECT payload FROM outbox WHERE receipt_number = ?", [row["receipt_number"]])
            try:
                data = json.loads(payload or "{}")
            except ValueError:
                data = {}
            service_id = data.get("service_id") if isinstance(data, dict) else None
            if service_id:
                if service_id not in schemas:
                    names = store.query("SELECT name_ru, name_en, field_schema FROM services WHERE id = ?", [service_id])
                    schemas[service_id] = names[0] if names else None
                known = schemas[service_id]
                if known:
                    service_ru, service_en = known["name_ru"], known["name_en"]
            schema = _schema(schemas.get(service_id) if service_id else None)
            contact = _masked_contact(lookup_keys.values_of(data, schema))
        out.append(Listed(row["receipt_number"], row["kind"], row["state"], row["at"], service_ru, service_en, contact))
    return out


def _schema(service: dict[str, Any] | None) -> Any:
    try:
        return json.loads(service["field_schema"]) if service else None
    except ValueError:
        return None


def _masked_contact(values: list[tuple[str, str]]) -> str:
    """The first phone (else policy number) of a payload, masked as on every kiosk screen."""
    for wanted in (lookup_keys.PHONE, lookup_keys.ENP):
        for kind, value in values:
            if kind == wanted:
                return ids.mask_phone("+7" + value) if kind == lookup_keys.PHONE else "•" * 12 + value[-4:]
    return ""
