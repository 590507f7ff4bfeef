"""Status of a submission by its receipt number: the kiosk's own record and the backend's answer.

:mod:`kiosk.services.status` reads the outbox (``local_status``, on the database worker) and asks
the backend (:class:`RemoteStatus`, on a network worker); this module is pure: what a status is and
how it reads in words.  No payload and no personal data is logged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from . import clinic_time
from .receipts import normalise_receipt_number

APPOINTMENT = "appointment"
#: the clinic's changes after which the citizen has no appointment any more
BOOK_AGAIN = ("cancelled", "entered-in-error", "noshow")


@dataclass(frozen=True)
class LocalStatus:
    """What the kiosk knows about one of its submissions (no personal data)."""

    receipt_number: str
    uuid: str
    kind: str
    state: str                 # pending | sending | accepted | rejected | conflict
    captured_at: str
    service_ru: str = ""
    service_en: str = ""
    ticket: str = ""
    reject_code: str = ""
    reason_ru: str = ""
    reason_en: str = ""
    server_ref: str = ""
    words_ru: str = ""         # the whole state in plain words (appointments), shown instead of the state name
    words_en: str = ""
    service_id: str = ""       # the service applied for: "Apply again" opens its card
    clinic_change: str = ""    # appointments: what the clinic changed later (cancelled, rescheduled, fulfilled,
    changed_at: str = ""       # noshow, entered-in-error) and when (UTC)

    @property
    def is_appointment(self) -> bool:
        """A doctor appointment (``kind`` ``appointment``): its state is booked | requested |
        cancelled | refused | fulfilled | noshow, kept up to date by the clinic connector (the clinic's
        own later changes too); the outbox backend is not asked."""
        return self.kind == APPOINTMENT

    @property
    def book_again(self) -> bool:
        """The clinic ended this appointment without a visit: the citizen should book again."""
        return self.is_appointment and self.clinic_change in BOOK_AGAIN


@dataclass(frozen=True)
class ReadingOutcome:
    """The backend's decision on one meter reading of a ``meter_readings`` submission."""

    meter_serial: str
    zone: str
    value: str
    result: str                # accepted | rejected | not_applied (fine, but the receipt was refused)
    code: str = ""
    reason_ru: str = ""
    reason_en: str = ""
    period: str = ""           # YYYY-MM: the billing month it counts for
    flags: tuple[str, ...] = ()


def reading_outcomes(data: Any) -> tuple[ReadingOutcome, ...]:
    """The ``readings`` of the backend's status answer, checked; malformed entries are skipped."""
    if not isinstance(data, list):
        return ()
    out = []
    for row in data[:60]:
        if not isinstance(row, dict):
            continue

        def text(key: str, limit: int = 500, row: dict = row) -> str:
            value = row.get(key)
            return value[:limit] if isinstance(value, str) else ""

        flags = row.get("flags")
        out.append(ReadingOutcome(text("meter_serial", 32), text("zone", 4), text("value", 16), text("result", 20),
                                  text("code", 40), text("reason_ru"), text("reason_en"), text("period", 7),
                                  tuple(f for f in flags if isinstance(f, str))[:8] if isinstance(flags, list) else ()))
    return tuple(out)


@dataclass(frozen=True)
class RemoteStatus:
    """The backend's answer: ``online`` False when it could not be asked (offline, not configured)."""

    online: bool
    found: bool = False
    result: str = ""           # accepted | duplicate | rejected | conflict
    status: str = ""           # the backend's processing status, e.g. received
    server_ref: str = ""
    reason_ru: str = ""
    reason_en: str = ""
    readings: tuple[ReadingOutcome, ...] = ()   # meter_readings: the outcome of each reading
    code: str = ""             # why it was refused (rejected/conflict), e.g. unknown_service


def receipt_of(text: str) -> str:
    """The receipt number in ``text`` (typed, scanned or a status URL); raises ``ValueError`` when
    ``text`` is not a receipt number at all."""
    number = normalise_receipt_number(text)
    if not number:
        raise ValueError("not a receipt number")
    return number


def payload_service_id(payload_json: str) -> str | None:
    """The service an outbox item's payload is about, if any."""
    try:
        payload = json.loads(payload_json)
    except ValueError:
        payload = {}
    return payload.get("service_id") if isinstance(payload, dict) else None


def item_status(number: str, item: Any, service_id: str | None, *, ticket: str = "", service_ru: str = "",
                service_en: str = "") -> LocalStatus:
    """The status of an outbox item (``offline_db.outbox``'s item) with its ticket and service names."""
    return LocalStatus(number, item.uuid, item.kind, item.state, item.captured_at, service_ru, service_en,
                       ticket, item.reject_code or "", item.reject_reason_ru or "", item.reject_reason_en or "",
                       item.server_ref or "", service_id=str(service_id) if service_id and service_ru else "")


def appointment_of_row(row: dict[str, Any]) -> LocalStatus:
    """The status of an appointment row (``kiosk.clinic.booking``'s display row)."""
    what_ru, what_en = (_appointment_what(row, lang) for lang in ("ru", "en"))
    words_ru, words_en = (appointment_words(row, lang) for lang in ("ru", "en"))
    change = row.get("clinic_change") or ""
    state = change if change in ("fulfilled", "noshow") else row["status"]
    return LocalStatus(row["receipt_number"], row["uuid"], APPOINTMENT, state, row["created_at"],
                       what_ru, what_en, "", "", row.get("reason_ru") or "", row.get("reason_en") or "",
                       row.get("server_id") or "", words_ru, words_en, clinic_change=change,
                       changed_at=row.get("clinic_changed_at") or "")


def _appointment_what(row: dict[str, Any], lang: str) -> str:
    if lang == "ru":
        doctor = " ".join(x for x in (row.get("family_ru"), row.get("given_ru"), row.get("patronymic_ru")) if x)
        specialty, clinic = row.get("specialty_ru"), row.get("clinic_ru")
    else:
        doctor = f"{row.get('given_en') or ''} {row.get('family_en') or ''}".strip()
        specialty, clinic = row.get("specialty_en") or row.get("specialty_ru"), row.get("clinic_en") or row.get("clinic_ru")
    parts = [p for p in (specialty, doctor) if p]
    when = clinic_time.when_words(row["start_utc"], row["timezone"], lang)
    return ", ".join([" — ".join(parts), when, *([clinic] if clinic else [])]) if parts else when


#: (ru, en) sentences of an appointment's state; %1 = the nearest free times
_WORDS = {
    "booked": ("Запись подтверждена.", "Appointment confirmed."),
    "booked_unsent": ("Вы записаны, время закреплено за вами. Терминал передаст запись в поликлинику, как только "
                      "появится связь; делать ничего не нужно.",
                      "Booked: this time is held for you. The kiosk sends the booking to the polyclinic as soon as "
                      "it is online; you do not need to do anything."),
    "requested": ("Заявка ждёт подтверждения. Это ещё не запись: поликлиника подтвердит её, когда терминал снова "
                  "будет на связи. Проверьте состояние позже по номеру этой расписки.",
                  "Requested, waiting for confirmation. This is a request, not yet an appointment: the polyclinic "
                  "confirms it when the kiosk is back online. Check the status later with this receipt."),
    "cancelled": ("Запись отменена.", "Cancelled."),
    "cancelling": ("Запись отменена. Терминал сообщит об отмене в поликлинику, как только появится связь.",
                   "Cancelled. The kiosk tells the polyclinic as soon as it is online."),
    "refused": ("Отказано: это время заняли раньше, чем пришла ваша заявка. Ближайшее свободное время у этого "
                "врача: %1. Запишитесь снова на удобное время.",
                "Refused: this time was taken before your request arrived. The nearest free times with this "
                "doctor: %1. Book again at a time that suits you."),
    "refused_none": ("Отказано: это время заняли раньше, чем пришла ваша заявка. Свободного времени у этого врача "
                     "сейчас нет: выберите другого врача или спросите в регистратуре поликлиники.",
                     "Refused: this time was taken before your request arrived. This doctor has no free time at "
                     "the moment: choose another doctor or ask at the polyclinic's registry."),
}


#: (ru, en) sentences of what the clinic changed later; %2 = when it did, %3 = the new time, %4 = the old one
_CLINIC_WORDS = {
    "cancelled": ("Запись отменена поликлиникой %2. Чтобы попасть к врачу, запишитесь снова.",
                  "The polyclinic cancelled this appointment on %2. To see a doctor, book again."),
    "entered-in-error": ("Поликлиника аннулировала эту запись %2: она была внесена по ошибке. Чтобы попасть к врачу, "
                         "запишитесь снова.",
                         "The polyclinic struck out this appointment on %2 as made in error. To see a doctor, "
                         "book again."),
    "rescheduled": ("Поликлиника перенесла запись %2. Новое время: %3 (было: %4). Если новое время не подходит, "
                    "отмените запись в разделе «Мои записи» и запишитесь снова.",
                    "The polyclinic moved this appointment on %2. New time: %3 (was: %4). If the new time does not "
                    "suit you, cancel it in “My appointments” and book again."),
    "fulfilled": ("Приём состоялся: так отметила поликлиника %2.",
                  "The visit took place, as the polyclinic recorded on %2."),
    "noshow": ("Поликлиника отметила %2, что на приём не пришли. Чтобы попасть к врачу, запишитесь снова.",
               "The polyclinic recorded on %2 that nobody came to the appointment. To see a doctor, book again."),
}


def clinic_words(row: dict[str, Any], lang: str) -> str:
    """What the clinic changed later, with when (``""`` when it changed nothing)."""
    change = row.get("clinic_change") or ""
    if change not in _CLINIC_WORDS or not row.get("clinic_changed_at"):
        return ""
    tz = row.get("timezone") or "Europe/Ulyanovsk"
    ru, en = _CLINIC_WORDS[change]
    text = (ru if lang == "ru" else en).replace("%2", clinic_time.moment_words(row["clinic_changed_at"], tz, lang))
    if change == "rescheduled":
        before = row.get("previous_start_utc")
        text = text.replace("%3", clinic_time.when_words(row["start_utc"], tz, lang))
        text = text.replace("%4", clinic_time.when_words(before, tz, lang) if before else "—")
    return text


def appointment_words(row: dict[str, Any], lang: str) -> str:
    """The appointment's state in plain words (``lang`` ru or en), alternatives included when refused;
    what the clinic changed later comes first when it did."""
    said = clinic_words(row, lang)
    if said:
        return said
    status = row["status"]
    key = status
    if status == "booked" and row.get("delivery") in ("pending", "sending"):
        key = "booked_unsent"
    elif status == "cancelled" and row.get("cancel_state") in ("pending", "sending"):
        key = "cancelling"
    elif status == "refused" and not row.get("alternatives"):
        key = "refused_none"
    ru, en = _WORDS.get(key, (status, status))
    text = ru if lang == "ru" else en
    if key == "refused":
        tz = row.get("timezone") or "Europe/Ulyanovsk"
        text = text.replace("%1", "; ".join(clinic_time.when_words(a["start_utc"], tz, lang) for a in row["alternatives"]))
    return text
