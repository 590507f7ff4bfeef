"""Status of a submission by its receipt number: the kiosk's own record and the backend's answer.

:func:`local_status` reads the outbox (database worker); :func:`remote_config` reads the sync
settings (database worker) and :func:`remote_status` asks the regional backend with a short time-out
(a network worker, never the GUI thread).  Qt-free; no payload and no personal data is logged.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from offline_db import outbox
from offline_db.store import Store

from .receipts import normalise_receipt_number

log = logging.getLogger(__name__)

REMOTE_TIMEOUT_S = (2.0, 4.0)  # connect, read: the citizen is waiting at the screen
REMOTE_LIMIT_S = 8.0  # the whole look-up, however slowly the answer comes
APPOINTMENT = "appointment"


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

    @property
    def is_appointment(self) -> bool:
        """A doctor appointment (``kind`` ``appointment``): its state is booked | requested |
        cancelled | refused, kept up to date by the clinic connector; the outbox backend is not asked."""
        return self.kind == APPOINTMENT


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


def local_status(store: Store, text: str) -> LocalStatus | None:
    """The submission with this receipt number (typed, scanned or a status URL), or ``None``.

    Raises ``ValueError`` when ``text`` is not a receipt number at all.
    """
    number = normalise_receipt_number(text)
    if not number:
        raise ValueError("not a receipt number")
    item = outbox.get_by_receipt(store, number)
    if item is None:
        return appointment_status(store, number)
    service_ru = service_en = ticket = ""
    try:
        payload = json.loads(item.payload_json)
    except ValueError:
        payload = {}
    service_id = payload.get("service_id") if isinstance(payload, dict) else None
    if item.kind == "queue_ticket":
        ticket = store.scalar("SELECT ticket FROM queue_tickets WHERE outbox_uuid = ?", [item.uuid]) or ""
    if service_id:
        rows = store.query("SELECT name_ru, name_en FROM services WHERE id = ?", [service_id])
        if rows:
            service_ru, service_en = rows[0]["name_ru"], rows[0]["name_en"]
    return LocalStatus(number, item.uuid, item.kind, item.state, item.captured_at, service_ru, service_en,
                       ticket, item.reject_code or "", item.reject_reason_ru or "", item.reject_reason_en or "",
                       item.server_ref or "", service_id=str(service_id) if service_id and service_ru else "")


def appointment_status(store: Store, number: str) -> LocalStatus | None:
    """A doctor appointment booked at this kiosk with this receipt number, or ``None``."""
    from kiosk.clinic import booking

    row = booking.by_receipt(store, number)
    if row is None:
        return None
    what_ru, what_en = (_appointment_what(row, lang) for lang in ("ru", "en"))
    words_ru, words_en = (appointment_words(row, lang) for lang in ("ru", "en"))
    return LocalStatus(row["receipt_number"], row["uuid"], APPOINTMENT, row["status"], row["created_at"],
                       what_ru, what_en, "", "", row.get("reason_ru") or "", row.get("reason_en") or "",
                       row.get("server_id") or "", words_ru, words_en)


def _appointment_what(row: dict[str, Any], lang: str) -> str:
    from kiosk.clinic import booking

    if lang == "ru":
        doctor = " ".join(x for x in (row.get("family_ru"), row.get("given_ru"), row.get("patronymic_ru")) if x)
        specialty, clinic = row.get("specialty_ru"), row.get("clinic_ru")
    else:
        doctor = f"{row.get('given_en') or ''} {row.get('family_en') or ''}".strip()
        specialty, clinic = row.get("specialty_en") or row.get("specialty_ru"), row.get("clinic_en") or row.get("clinic_ru")
    parts = [p for p in (specialty, doctor) if p]
    when = booking.when_words(row["start_utc"], row["timezone"], lang)
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


def appointment_words(row: dict[str, Any], lang: str) -> str:
    """The appointment's state in plain words (``lang`` ru or en), alternatives included when refused."""
    from kiosk.clinic import booking

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
        text = text.replace("%1", "; ".join(booking.when_words(a["start_utc"], tz, lang) for a in row["alternatives"]))
    return text


def remote_config(store: Store) -> Any:
    """The sync configuration, or ``None`` when this kiosk is not enrolled with a backend."""
    from dataclasses import replace

    from kiosk.sync import config as cfg

    try:
        config = cfg.load(store)
    except (cfg.ConfigError, OSError) as exc:
        log.info("status look-up stays local: %s", exc)
        return None
    return replace(config, connect_timeout_s=min(config.connect_timeout_s, REMOTE_TIMEOUT_S[0]),
                   read_timeout_s=min(config.read_timeout_s, REMOTE_TIMEOUT_S[1]),
                   request_limit_s=min(config.request_limit_s, REMOTE_LIMIT_S))


def remote_status(config: Any, item_uuid: str) -> RemoteStatus:
    """Ask the backend about one submission.  Never raises for a network or backend problem."""
    if config is None:
        return RemoteStatus(online=False)
    from kiosk.sync.client import BackendClient, SyncError

    client = BackendClient(config)
    try:
        data = client.submission(item_uuid)
    except SyncError as exc:
        log.info("status look-up at the backend failed: %s", exc)
        return RemoteStatus(online=False)
    finally:
        client.close()
    if data is None:
        return RemoteStatus(online=True, found=False)

    def text(key: str) -> str:
        value = data.get(key)
        return value[:500] if isinstance(value, str) else ""

    return RemoteStatus(True, True, text("result"), text("status"), text("server_ref"),
                        text("reason_ru"), text("reason_en"), reading_outcomes(data.get("readings")),
                        text("code")[:40])
