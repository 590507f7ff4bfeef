"""Business validation of pushed submissions, one pluggable function per kind.

A validator gets the item's payload and a read-only view of the reference data (inside the
transaction that stores the item) and returns ``None`` to accept it or a :class:`Rejection`.
A rejection is final for the kiosk, so its reasons are sentences a clerk can act on.

Other issues add their kinds' validators with :func:`register` (or pass their own mapping to
``create_app(storage, validators=...)``); a kind without a validator is accepted as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

KNOWN_KINDS: tuple[str, ...] = (
    "application",
    "queue_ticket",
    "queue_event",
    "meter_readings",
    "appointment",
    "appointment_cancel",
)


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


def _missing(field: str) -> Rejection:
    return Rejection(
        "missing_field",
        f"В данных обращения нет обязательного поля «{field}». Оформите обращение на киоске заново; "
        "если ошибка повторится, сообщите технику.",
        f"The submission lacks the required field '{field}'. Fill it in again at the kiosk; "
        "if this happens again, call the technician.",
    )


def _text(payload: Mapping[str, Any], field: str, max_len: int = 200) -> str | Rejection:
    value = payload.get(field)
    if value is None or value == "":
        return _missing(field)
    if not isinstance(value, str) or len(value) > max_len:
        return Rejection(
            "invalid_field",
            f"Поле «{field}» заполнено неверно. Оформите обращение на киоске заново; "
            "если ошибка повторится, сообщите технику.",
            f"The field '{field}' has a wrong value. Fill the submission in again at the kiosk; "
            "if this happens again, call the technician.",
        )
    return value


def validate_application(payload: Mapping[str, Any], ref: RefLookup) -> Rejection | None:
    """An application names an existing service and carries its form fields as an object."""
    service_id = _text(payload, "service_id")
    if isinstance(service_id, Rejection):
        return service_id
    if not ref.exists("services", service_id):
        return Rejection(
            "unknown_service",
            f"Услуга «{service_id}» не найдена в реестре региона (возможно, её отменили). "
            "Обновите справочник услуг и подайте заявление на действующую услугу.",
            f"The service '{service_id}' is not in the regional register (it may have been withdrawn). "
            "Update the service catalogue and apply for a current service.",
        )
    fields = payload.get("fields")
    if fields is None:
        return _missing("fields")
    if not isinstance(fields, dict):
        return Rejection(
            "invalid_field",
            "Поля заявления переданы в неверном виде. Оформите заявление на киоске заново; "
            "если ошибка повторится, сообщите технику.",
            "The application's form fields arrived in a wrong shape. Fill the application in again "
            "at the kiosk; if this happens again, call the technician.",
        )
    office_id = payload.get("office_id")
    if office_id is not None and not (isinstance(office_id, str) and ref.exists("offices", office_id)):
        return _unknown_office(str(office_id))
    return None


def _unknown_office(office_id: str) -> Rejection:
    return Rejection(
        "unknown_office",
        f"Офис «{office_id}» не найден в реестре региона. Проверьте настройки киоска "
        "(код офиса) и обратитесь к технику.",
        f"The office '{office_id}' is not in the regional register. Check the kiosk's office "
        "setting and call the technician.",
    )


def validate_queue_ticket(payload: Mapping[str, Any], ref: RefLookup) -> Rejection | None:
    """A queue ticket names an existing office and service category and carries its number."""
    office_id = _text(payload, "office_id")
    if isinstance(office_id, Rejection):
        return office_id
    if not ref.exists("offices", office_id):
        return _unknown_office(office_id)
    category_id = _text(payload, "category_id")
    if isinstance(category_id, Rejection):
        return category_id
    if not ref.exists("service_categories", category_id):
        return Rejection(
            "unknown_category",
            f"Категория очереди «{category_id}» не найдена в реестре региона. Обновите справочник "
            "услуг на киоске; талон остаётся действительным в зале, проведите посетителя вручную.",
            f"The queue category '{category_id}' is not in the regional register. Update the service "
            "catalogue on the kiosk; the ticket still holds in the hall, serve the visitor manually.",
        )
    ticket = _text(payload, "ticket", max_len=16)
    if isinstance(ticket, Rejection):
        return ticket
    return None


def validate_meter_readings(payload: Mapping[str, Any], ref: RefLookup) -> Rejection | None:
    """Meter readings: every rule re-checked with the backend's own account data (``meters.py``)."""
    from .meters import validate_meter_readings as validate

    return validate(payload, ref)


DEFAULT_VALIDATORS: dict[str, Validator] = {
    "application": validate_application,
    "queue_ticket": validate_queue_ticket,
    "meter_readings": validate_meter_readings,
}


def register(kind: str, validator: Validator) -> None:
    """Add or replace the default validator of ``kind`` (a known kind)."""
    if kind not in KNOWN_KINDS:
        raise ValueError(f"unknown submission kind {kind!r}")
    DEFAULT_VALIDATORS[kind] = validator
