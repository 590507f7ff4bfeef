"""Translated texts for domain codes: form field errors, outbox states, fees and terms."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.domain.forms import FieldError


def _fmt(text: str, *values: Any) -> str:
    for i, value in enumerate(values, 1):
        text = text.replace(f"%{i}", str(value))
    return text


def _number(value: Any) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return str(int(number)) if number.is_integer() else str(number)


def field_error_text(error: FieldError, field: dict[str, Any]) -> str:
    """What is wrong with a field and how to fix it, in the screen's language."""
    kind = field.get("type", "text")
    code = error.code
    if code == "required" or code.endswith("_empty"):
        if kind == "choice":
            return QCoreApplication.translate("FieldErrors", "Choose one of the options.")
        if kind == "checkbox":
            return QCoreApplication.translate("FieldErrors", "Tick this box to continue.")
        if kind == "date":
            return QCoreApplication.translate("FieldErrors", "Enter the date: day, month and year.")
        return QCoreApplication.translate("FieldErrors", "Fill in this field.")
    messages = {
        "address_incomplete": QCoreApplication.translate("FieldErrors", "Enter the full address: town, street, house number and flat, if any."),
        "date_format": QCoreApplication.translate("FieldErrors", "This date does not exist. Enter the day (1–31), the month (1–12) and the year with four digits."),
        "date_in_future": QCoreApplication.translate("FieldErrors", "This date is in the future. Check the year."),
        "date_too_old": QCoreApplication.translate("FieldErrors", "The year must be 1900 or later. Check the year."),
        "not_a_number": QCoreApplication.translate("FieldErrors", "Enter a number using digits only."),
        "not_a_choice": QCoreApplication.translate("FieldErrors", "Choose one of the options."),
        "phone_not_digits": QCoreApplication.translate("FieldErrors", "Use digits only, for example +7 912 345-67-89."),
        "phone_length": QCoreApplication.translate("FieldErrors", "A phone number has 10 digits after +7 (or 11 digits starting with 8). Check the number."),
        "phone_not_mobile": QCoreApplication.translate("FieldErrors", "Enter a mobile number: it starts with +7 9."),
        "email_format": QCoreApplication.translate("FieldErrors", "Enter the e-mail address like name@example.ru, or leave the field empty."),
        "snils_not_digits": QCoreApplication.translate("FieldErrors", "SNILS has digits only (spaces and dashes are allowed)."),
        "snils_length": QCoreApplication.translate("FieldErrors", "SNILS has 11 digits, for example 112-233-445 95. Check that no digit is missing."),
        "snils_checksum": QCoreApplication.translate("FieldErrors", "This SNILS has a typing error: the last two digits do not match. Check every digit against the card."),
        "inn_not_digits": QCoreApplication.translate("FieldErrors", "INN has digits only."),
        "inn_length": QCoreApplication.translate("FieldErrors", "INN has 12 digits for a person (10 for an organisation). Check that no digit is missing."),
        "inn_checksum": QCoreApplication.translate("FieldErrors", "This INN has a typing error: the check digits do not match. Check every digit."),
        "enp_not_digits": QCoreApplication.translate("FieldErrors", "The policy number has digits only."),
        "enp_length": QCoreApplication.translate("FieldErrors", "The medical policy number (ENP) has 16 digits. Check that no digit is missing."),
        "enp_checksum": QCoreApplication.translate("FieldErrors", "This policy number has a typing error: the last digit does not match. Check every digit."),
    }
    if code == "date_no_such_day":
        return _no_such_day(error)
    if code == "too_long":
        return _fmt(QCoreApplication.translate("FieldErrors", "Too long: at most %1 characters. Shorten the text."), error.param("max"))
    if code == "too_small":
        return _fmt(QCoreApplication.translate("FieldErrors", "The smallest allowed value is %1."), _number(error.param("min")))
    if code == "too_large":
        return _fmt(QCoreApplication.translate("FieldErrors", "The largest allowed value is %1."), _number(error.param("max")))
    return messages.get(code, QCoreApplication.translate("FieldErrors", "Check this field."))


def _no_such_day(error: FieldError) -> str:
    """31.02.2011 → "February 2011 has 28 days: check the day." (the day itself is 1–31)."""
    year, days = error.param("year"), error.param("days")
    texts = {
        2: QCoreApplication.translate("FieldErrors", "February %1 has %2 days: check the day."),
        4: QCoreApplication.translate("FieldErrors", "April has 30 days: check the day."),
        6: QCoreApplication.translate("FieldErrors", "June has 30 days: check the day."),
        9: QCoreApplication.translate("FieldErrors", "September has 30 days: check the day."),
        11: QCoreApplication.translate("FieldErrors", "November has 30 days: check the day."),
    }
    text = texts.get(error.param("month"))
    if text is None:
        return _fmt(QCoreApplication.translate("FieldErrors", "This month has %1 days: check the day."), days)
    return _fmt(text, year, days)


def fee_text(fee: float) -> str:
    if not fee:
        return QCoreApplication.translate("Services", "Free of charge")
    return _fmt(QCoreApplication.translate("Services", "%1 roubles (state duty)"), _number(fee))


def term_text(days: int) -> str:
    return _fmt(QCoreApplication.translate("Services", "%1 working days"), days)


def kind_text(kind: str) -> str:
    return {"application": QCoreApplication.translate("Services", "Application for a public service"),
            "queue_ticket": QCoreApplication.translate("Services", "Queue ticket"),
            "appointment": QCoreApplication.translate("Services", "Doctor appointment"),
            "meter_readings": QCoreApplication.translate("Services", "Meter readings")}.get(kind, QCoreApplication.translate("Services", "Request made at the kiosk"))


def reading_outcome_lines(readings: Any, lang: str) -> list[str]:
    """One sentence per reading of a ``meter_readings`` submission, as the backend decided it
    (``kiosk.domain.status.ReadingOutcome``): meter, zone, value, accepted or not and why, the
    billing month it counts for."""
    import datetime as dt

    from kiosk.domain.meters import period_label
    from kiosk.ui.i18n import local_decimal

    notes = {"jump": QCoreApplication.translate("Status", "Large consumption: the provider will check it."),
             "rollover": QCoreApplication.translate("Status", "The meter went past zero."),
             "replacement": QCoreApplication.translate("Status", "New meter.")}
    lines = []
    for r in readings:
        head = _fmt(QCoreApplication.translate("Status", "Meter No. %1, %2: %3"), r.meter_serial, r.zone or "—",
                    local_decimal(r.value) if r.value else "—")
        try:
            period = period_label(dt.date.fromisoformat(r.period + "-01"), lang) if r.period else ""
        except ValueError:
            period = ""
        if r.result == "accepted":
            text = (_fmt(QCoreApplication.translate("Status", "%1 — accepted, counts for %2."), head, period) if period
                    else _fmt(QCoreApplication.translate("Status", "%1 — accepted."), head))
        elif r.result == "rejected":
            reason = (r.reason_en if lang == "en" else r.reason_ru) or r.reason_ru or r.reason_en or r.code
            text = _fmt(QCoreApplication.translate("Status", "%1 — not accepted: %2."), head, reason.rstrip("."))
        elif r.result == "not_applied":
            text = _fmt(QCoreApplication.translate("Status", "%1 — correct, but not counted because other readings on this receipt were not accepted: submit it again together with the corrected ones."), head)
        else:
            text = _fmt(QCoreApplication.translate("Status", "%1 — not decided yet."), head)
        lines.append(" ".join([text, *(notes[f] for f in r.flags if f in notes)]))
    return lines


def citizen_reason(code: str) -> str:
    """Why the regional system refused a request, for the citizen, with what to do next — for the
    refusals whose reason the backend words for staff (a service id, "update the catalogue");
    "" for the others, whose reason the backend gives in plain words."""
    return {
        "unknown_service": QCoreApplication.translate("Status", "This service is no longer provided in the region, so the application was not accepted. Choose a current service and apply again, or ask a member of staff for help."),
        "unknown_office": QCoreApplication.translate("Status", "The application was made for an office the region does not know, so it was not accepted. Please ask a member of staff: they will help you apply again."),
        "missing_field": QCoreApplication.translate("Status", "Part of the application did not reach the regional office, so it was not accepted. Please fill in the application again, or ask a member of staff for help."),
        "invalid_field": QCoreApplication.translate("Status", "Part of the application could not be read by the regional office, so it was not accepted. Please fill in the application again, or ask a member of staff for help."),
    }.get(code, "")


def state_text(state: str) -> str:
    """The kiosk's own record of a submission, in plain words."""
    return {
        "pending": QCoreApplication.translate("Services", "Saved on this kiosk, not sent yet. The kiosk sends it automatically as soon as it is online; you do not need to do anything."),
        "sending": QCoreApplication.translate("Services", "Being sent to the regional office right now."),
        "accepted": QCoreApplication.translate("Services", "Delivered and accepted by the regional office."),
        "rejected": QCoreApplication.translate("Services", "Delivered, but the regional office rejected it."),
        "conflict": QCoreApplication.translate("Services", "Not accepted: the regional office already holds a different request with this number. Please ask a member of staff."),
    }.get(state, QCoreApplication.translate("Services", "Unknown state. Please ask a member of staff."))


def state_short(state: str) -> str:
    return {"pending": QCoreApplication.translate("Services", "Waiting to be sent"), "sending": QCoreApplication.translate("Services", "Being sent"), "accepted": QCoreApplication.translate("Services", "Accepted"),
            "rejected": QCoreApplication.translate("Services", "Rejected"), "conflict": QCoreApplication.translate("Services", "Conflict")}.get(state, state)
