"""Business validation of pushed submissions, one pluggable function per kind.

A validator gets the item's payload and a read-only view of the reference data (inside the
transaction that stores the item) and returns ``None`` to accept it or a :class:`Rejection`.
A rejection is final for the kiosk, so its reasons are sentences a clerk can act on.

The validator of ``meter_readings`` is :func:`regional_backend.meters.validate_meter_readings`;
the types a validator deals in are :mod:`regional_backend.rejection`.  Other issues add their kinds' validators with :func:`register` (or pass their own mapping to
``create_app(storage, validators=...)``); a kind without a validator is accepted as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .meters import validate_meter_readings
from .rejection import RefLookup, Rejection, Validator

KNOWN_KINDS: tuple[str, ...] = (
    "application",
    "queue_ticket",
    "queue_event",
    "meter_readings",
    "appointment",
    "appointment_cancel",
)


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
            "Услуга больше не оказывается в регионе, поэтому заявление не принято. Выберите "
            "действующую услугу и подайте заявление снова или обратитесь к сотруднику. "
            f"(Для сотрудников: кода услуги «{service_id}» нет в реестре региона.)",
            "The service is no longer provided in the region, so the application was not accepted. "
            "Choose a current service and apply again, or ask a member of staff. "
            f"(For staff: the service code '{service_id}' is not in the regional register.)",
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
        return _unknown_category(category_id)
    ticket = _text(payload, "ticket", max_len=16)
    if isinstance(ticket, Rejection):
        return ticket
    if not TICKET_RE.match(ticket):
        return _invalid_ticket(ticket)
    # The backend's office queue takes the ticket, or refuses a number another ticket holds
    # (``office_queue.register_pushed_ticket``); a plain reference view has no queue.
    register = getattr(ref, "register_ticket", None)
    return register(payload) if register is not None else None


def _invalid_ticket(ticket: str) -> Rejection:
    return Rejection(
        "invalid_ticket",
        f"Номер талона «{ticket}» не похож на номер талона (буква, дефис и число, например А-1001). "
        "Действие не учтено в региональной системе; сообщите технику.",
        f"'{ticket}' is not a ticket number (a letter, a hyphen and a number, for example A-1001). "
        "The action was not recorded by the regional system; call the technician.",
    )


#: Clerk queue actions as the kiosk sends them (``kiosk.console.queue_ops``).
QUEUE_EVENTS: tuple[str, ...] = ("called", "recalled", "served", "no_show", "redirected")
#: A ticket is the category's letter(s), a hyphen and the number: ``A-1001``, ``Б-2003``.
TICKET_RE = re.compile(r"^[A-ZА-ЯЁ]{1,3}-\d{1,5}$")
#: A counter (window) number: 1–8 letters, digits or hyphens.
COUNTER_RE = re.compile(r"^[0-9A-Za-zА-Яа-яЁё\-]{1,8}$")


def _unknown_category(category_id: str) -> Rejection:
    return Rejection(
        "unknown_category",
        f"Категория очереди «{category_id}» не найдена в реестре региона. Обновите справочник "
        "услуг на киоске; талон остаётся действительным в зале, проведите посетителя вручную.",
        f"The queue category '{category_id}' is not in the regional register. Update the service "
        "catalogue on the kiosk; the ticket still holds in the hall, serve the visitor manually.",
    )


def validate_queue_event(payload: Mapping[str, Any], ref: RefLookup) -> Rejection | None:
    """A clerk's queue action: a known action on a well-formed ticket at a known office.

    ``called`` and ``redirected`` name a known category (``redirected`` also the one it came
    from, when given); ``called`` names the counter, and any counter given has the counter format.
    """
    event = _text(payload, "event", max_len=20)
    if isinstance(event, Rejection):
        return event
    if event not in QUEUE_EVENTS:
        return Rejection(
            "invalid_action",
            f"Действие с очередью «{event[:20]}» неизвестно региональной системе (допустимы: вызов, "
            "повторный вызов, обслужен, не явился, перенаправлен). Возможно, версии киоска и сервера "
            "не совпадают — сообщите технику; посетителя обслужите как обычно.",
            f"The queue action '{event[:20]}' is unknown to the regional system (allowed: call, recall, "
            "served, no-show, redirect). The kiosk and server versions may not match: call the "
            "technician; serve the visitor as usual.",
        )
    office_id = _text(payload, "office_id")
    if isinstance(office_id, Rejection):
        return office_id
    if not ref.exists("offices", office_id):
        return _unknown_office(office_id)
    ticket = _text(payload, "ticket", max_len=16)
    if isinstance(ticket, Rejection):
        return ticket
    if not TICKET_RE.match(ticket):
        return _invalid_ticket(ticket)
    for field in ("category_id", "from_category_id"):
        required = field == "category_id" and event in ("called", "redirected")
        if payload.get(field) is None and not required:
            continue
        category_id = _text(payload, field)
        if isinstance(category_id, Rejection):
            return category_id
        if not ref.exists("service_categories", category_id):
            return _unknown_category(category_id)
    counter = payload.get("counter")
    if counter is None and event == "called":
        return _missing("counter")
    if counter is not None and not (isinstance(counter, str) and COUNTER_RE.match(counter)):
        return Rejection(
            "invalid_counter",
            "Номер окна указан неверно (от 1 до 8 букв или цифр). Вызовите талон заново с верным "
            "номером окна.",
            "The counter number is wrong (1 to 8 letters or digits). Call the ticket again with the "
            "right counter number.",
        )
    apply = getattr(ref, "apply_queue_event", None)  # the office queue follows calls made offline
    if apply is not None:
        apply(payload)
    return None


DEFAULT_VALIDATORS: dict[str, Validator] = {
    "application": validate_application,
    "queue_ticket": validate_queue_ticket,
    "queue_event": validate_queue_event,
    "meter_readings": validate_meter_readings,
}


def register(kind: str, validator: Validator) -> None:
    """Add or replace the default validator of ``kind`` (a known kind)."""
    if kind not in KNOWN_KINDS:
        raise ValueError(f"unknown submission kind {kind!r}")
    DEFAULT_VALIDATORS[kind] = validator
