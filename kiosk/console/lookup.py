"""The clerk's submission look-up: what it is, its delivery state, personal data masked, reprint.

Qt-free.  :func:`find` returns the kiosk's record (``kiosk.domain.status.LocalStatus``) plus the
personal values *masked*; :func:`unmask` returns them in clear and writes an audit entry (role,
``unmask``, the receipt number; never the values).  :func:`reprint_data` gathers what a receipt
needs and audits ``reprint``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from kiosk.domain import status as st
from kiosk.domain.receipts import normalise_receipt_number
from kiosk.services import catalogue as cat
from kiosk.services import status as status_service
from offline_db import outbox
from offline_db.store import Store

# Payload keys that are not personal (ids, times, technical flags): never shown as personal data.
TECHNICAL_KEYS = frozenset({
    "service_id", "office_id", "category_id", "language", "consent", "captured_at", "kiosk_index",
    "ticket", "service_day", "issued_at", "mode", "readings", "kiosk_clock_offset_s", "clock_learned_at",
    "period_at_kiosk", "provider_id", "event", "ticket_uuid", "at", "counter", "from_category_id",
    "slot_id", "clinic_id", "practitioner_id", "appointment_uuid", "fields", "pii_purged",
})
MASK = "•"
#: Labels of personal payload values that are not form fields (meter readings: account and address).
PAYLOAD_LABELS: dict[str, tuple[str, str]] = {
    "account_number": ("Лицевой счёт", "Personal account number"),
    "house": ("Дом", "House"),
    "flat": ("Квартира", "Flat"),
}


@dataclass(frozen=True)
class PersonalValue:
    """One value of a submission.  ``personal`` False: an answer picked from the service's options
    (how to receive the result…), shown as the option's words in both languages and never masked."""

    name: str
    label_ru: str
    label_en: str
    value: str
    value_en: str = ""
    personal: bool = True

    def text(self, lang: str) -> str:
        return self.value_en if lang == "en" and self.value_en else self.value

    def masked(self) -> PersonalValue:
        return replace(self, value=mask(self.value), value_en="") if self.personal else self


@dataclass(frozen=True)
class Found:
    local: st.LocalStatus
    attempts: int
    last_error: str
    assisted_by: str
    purged: bool
    personal: list[PersonalValue] = field(default_factory=list)  # masked values
    delivery: str = ""   # appointments: pending | sending | delivered | not_sent

    @property
    def has_personal(self) -> bool:
        return any(p.personal for p in self.personal)


def mask(value: str) -> str:
    """Keep the first character and the last two of each word; dots for the rest."""
    words = []
    for word in str(value).split(" "):
        if len(word) <= 2:
            words.append(MASK * len(word))
        elif len(word) <= 4:
            words.append(word[0] + MASK * (len(word) - 1))
        else:
            words.append(word[0] + MASK * (len(word) - 3) + word[-2:])
    return " ".join(words)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "✓" if value else "—"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def _personal(store: Store, item: outbox.OutboxItem) -> list[PersonalValue]:
    try:
        payload = json.loads(item.payload_json)
    except ValueError:
        return []
    if not isinstance(payload, dict) or payload.get(outbox.REDACTED_MARK):
        return []
    labels: dict[str, tuple[str, str]] = dict(PAYLOAD_LABELS)
    options: dict[str, dict[str, tuple[str, str]]] = {}   # choice field -> value -> (ru, en)
    values: dict[str, Any] = {}
    if isinstance(payload.get("fields"), dict):
        values.update(payload["fields"])
        details = (cat.service_details(store, payload.get("service_id") or "", offered_only=False)
                   if payload.get("service_id") else None)
        for f in (details or {}).get("field_schema") or []:
            if isinstance(f, dict) and "name" in f:
                labels[f["name"]] = (f.get("label_ru") or f["name"], f.get("label_en") or f["name"])
                if f.get("type") == "choice":
                    options[f["name"]] = {str(c.get("value")): (c.get("ru") or str(c.get("value")),
                                                                c.get("en") or c.get("ru") or str(c.get("value")))
                                          for c in f.get("choices") or [] if isinstance(c, dict)}
    for key, value in payload.items():
        if key not in TECHNICAL_KEYS:
            values[key] = value
    out = []
    for name, value in values.items():
        text = _text(value)
        if not text or isinstance(value, bool):
            continue
        ru, en = labels.get(name, (name, name))
        if name in options:   # an option's code ("mfc"): its words, not personal data
            word_ru, word_en = options[name].get(text, (text, text))
            out.append(PersonalValue(name, ru, en, word_ru, word_en, personal=False))
        else:
            out.append(PersonalValue(name, ru, en, text))
    return out


def _item(store: Store, text: str) -> outbox.OutboxItem | None:
    number = normalise_receipt_number(text)
    if not number:
        raise ValueError("not a receipt number")
    return outbox.get_by_receipt(store, number)


_APPOINTMENT_PERSONAL = (("enp", "Полис ОМС (ЕНП)", "Policy (ENP)"), ("birth_date", "Дата рождения", "Date of birth"),
                         ("phone", "Мобильный телефон", "Mobile phone"))


def _appointment(store: Store, number: str) -> dict[str, Any] | None:
    from kiosk.clinic import booking

    return booking.by_receipt(store, number) if number else None


def _appointment_personal(row: dict[str, Any]) -> list[PersonalValue]:
    """An undelivered appointment's ENP, birth date and phone (cleared once the clinic has it)."""
    return [PersonalValue(name, ru, en, str(row[name])) for name, ru, en in _APPOINTMENT_PERSONAL if row.get(name)]


def find(store: Store, text: str, *, role: str) -> Found | None:
    """The submission with this receipt number (typed or scanned), personal values masked."""
    local = status_service.local_status(store, text)
    if local is None:
        store.audit(role, "find_submission", "(not found)")
        return None
    if local.is_appointment:
        row = _appointment(store, local.receipt_number)
        assert row is not None
        personal = [p.masked() for p in _appointment_personal(row)]
        store.audit(role, "find_submission", local.receipt_number)
        return Found(local, int(row.get("attempts") or 0), row.get("last_error") or "", row.get("assisted_by") or "",
                     row.get("enp") is None, personal, row.get("delivery") or "")
    item = outbox.get_by_receipt(store, local.receipt_number)
    assert item is not None
    personal = [p.masked() for p in _personal(store, item)]
    store.audit(role, "find_submission", local.receipt_number)
    return Found(local, item.attempts, item.last_error or "", item.assisted_by or "",
                 item.pii_purged_at is not None, personal)


def unmask(store: Store, text: str, *, role: str) -> list[PersonalValue]:
    """The personal values in clear, after an explicit tap; audited (never the values)."""
    item = _item(store, text)
    if item is None:
        row = _appointment(store, normalise_receipt_number(text))
        if row is None:
            return []
        values = _appointment_personal(row)
        store.audit(role, "unmask", row["receipt_number"], f"{len(values)} values")
        return values
    values = _personal(store, item)
    store.audit(role, "unmask", item.receipt_number, f"{sum(v.personal for v in values)} values")
    return values


def reprint_data(store: Store, text: str, *, role: str) -> dict[str, Any] | None:
    """What the receipt screen needs to print this submission's receipt again; audited."""
    item = _item(store, text)
    if item is None:
        return _appointment_reprint(store, normalise_receipt_number(text), role=role)
    local = status_service.local_status(store, item.receipt_number)
    assert local is not None
    try:
        payload = json.loads(item.payload_json)
    except ValueError:
        payload = {}
    office_id = payload.get("office_id") if isinstance(payload, dict) else None
    office = None
    if office_id:
        rows = store.query("SELECT * FROM offices WHERE id = ?", [office_id])
        office = rows[0] if rows else None
    office = office or cat.kiosk_office(store) or {"timezone": "Europe/Moscow"}
    data: dict[str, Any] = {
        "kind": item.kind, "receipt_number": item.receipt_number, "captured_at": item.captured_at,
        "office": office, "service_ru": local.service_ru, "service_en": local.service_en,
        "settings": cat.receipt_settings(store), "ticket": local.ticket,
    }
    if item.kind == "queue_ticket":
        rows = store.query("SELECT c.name_ru, c.name_en FROM queue_tickets q JOIN service_categories c"
                           " ON c.id = q.category_id WHERE q.outbox_uuid = ?", [item.uuid])
        if rows:
            data["category_ru"], data["category_en"] = rows[0]["name_ru"], rows[0]["name_en"]
    if local.service_ru or local.service_en:
        term = store.scalar("SELECT term_days FROM services WHERE name_ru = ? OR name_en = ? LIMIT 1",
                            [local.service_ru, local.service_en])
        data["term_days"] = int(term or 0)
    store.audit(role, "reprint", item.receipt_number)
    return data


def _appointment_reprint(store: Store, number: str, *, role: str) -> dict[str, Any] | None:
    """A doctor appointment's receipt data (kind ``appointment``), audited."""
    local = status_service.appointment_status(store, number) if number else None
    row = _appointment(store, number)
    if local is None or row is None:
        return None
    office = {"name_ru": row.get("clinic_ru") or "", "name_en": row.get("clinic_en") or "",
              "address_ru": row.get("address_ru") or "", "address_en": row.get("address_en") or "",
              "timezone": row.get("timezone") or "Europe/Ulyanovsk"}
    store.audit(role, "reprint", local.receipt_number)
    return {"kind": st.APPOINTMENT, "receipt_number": local.receipt_number, "captured_at": local.captured_at,
            "office": office, "service_ru": f"{local.service_ru}. {local.words_ru}",
            "service_en": f"{local.service_en}. {local.words_en}", "settings": cat.receipt_settings(store),
            "ticket": ""}
