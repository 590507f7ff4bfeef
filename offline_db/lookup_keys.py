"""The clerk's search keys: keyed hashes of the phone numbers and policy numbers (ENP) that the
kiosk's undelivered submissions and bookings hold, so the clerk can find them without the store
keeping those values a second time in clear and without reading every payload.

A key is ``HMAC-SHA256(salt, "phone:9123456789")`` (``enp:`` + 16 digits), the salt a random value
of this store (``clerk_lookup_salt``).  The store's triggers (migration ``m010_clerk_lookup``) write
the keys when an outbox item or a clinic appointment is written, through the SQL function
``kiosk_lookup_digests`` that :class:`offline_db.store.Store` registers on every connection, and
delete them when the personal data goes (purge after delivery, cleared appointment).  The salt
sits in the same file as the payloads, so the keys protect nothing the payloads do not already
hold; they only keep the values out of a second table and out of the search's own work.

Qt-free; nothing here logs a value.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from typing import Any

PHONE, ENP = "phone", "enp"
FIELD_TYPES = (PHONE, ENP)
_DIGITS = re.compile(r"\d")


def normalise_phone(text: str) -> str | None:
    """The ten digits after +7 of a Russian number typed any usual way, or ``None``."""
    digits = "".join(_DIGITS.findall(str(text)))
    if len(digits) == 11 and digits[0] in "78":
        return digits[1:]
    if len(digits) == 10:
        return digits
    return None


def normalise_enp(text: str) -> str | None:
    """The 16 digits of a policy number (spaces and dashes allowed), or ``None``."""
    cleaned = re.sub(r"[\s-]", "", str(text))
    return cleaned if len(cleaned) == 16 and cleaned.isdigit() else None


def normalise(kind: str, text: str) -> str | None:
    return normalise_phone(text) if kind == PHONE else normalise_enp(text) if kind == ENP else None


def digest(salt: str, kind: str, value: str) -> str:
    """The key of a normalised value."""
    return hmac.new(salt.encode(), f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


def values_of(payload: Any, field_schema: Any = None) -> list[tuple[str, str]]:
    """``(kind, normalised value)`` of a payload: its top-level ``phone``/``enp``, and the form
    fields (``payload["fields"]``) whose type in the service's schema is phone or enp (or, with no
    schema, whose name is)."""
    if not isinstance(payload, dict):
        return []
    types: dict[str, str] = {}
    if isinstance(field_schema, list):
        types = {f["name"]: f.get("type", "") for f in field_schema if isinstance(f, dict) and "name" in f}
    found: list[tuple[str, str]] = []

    def take(kind: str, value: Any) -> None:
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            normal = normalise(kind, str(value))
            if normal and (kind, normal) not in found:
                found.append((kind, normal))

    for kind in FIELD_TYPES:
        take(kind, payload.get(kind))
    fields = payload.get("fields")
    if isinstance(fields, dict):
        for name, value in fields.items():
            kind = types.get(name) if types else name
            if kind in FIELD_TYPES:
                take(kind, value)
    return found


def payload_digests(payload_json: Any, schema_json: Any, salt: Any) -> str:
    """SQL function ``kiosk_lookup_digests(payload, field_schema, salt)``: a JSON array of keys.

    It runs inside the trigger of every outbox insert, so it never raises: anything it cannot read
    gives no keys (the item is then found by its receipt number only)."""
    try:
        if not salt or not isinstance(payload_json, str):
            return "[]"
        payload = json.loads(payload_json)
        schema = json.loads(schema_json) if isinstance(schema_json, str) and schema_json else None
        return json.dumps([digest(str(salt), kind, value) for kind, value in values_of(payload, schema)])
    except Exception:  # noqa: BLE001 - a submission must never fail because its search key cannot be made
        return "[]"


def register(conn: Any) -> None:
    conn.create_function("kiosk_lookup_digests", 3, payload_digests, deterministic=True)


def receipts_for(store: Any, kind: str, value: str) -> list[str]:
    """Receipt numbers whose submission or booking holds this phone or policy number (normalised)."""
    salt = store.scalar("SELECT salt FROM clerk_lookup_salt WHERE id = 1")
    if not salt:
        return []
    rows = store.execute("SELECT receipt_number FROM clerk_lookup WHERE digest = ?",
                         [digest(salt, kind, value)]).fetchall()
    return [r[0] for r in rows]
