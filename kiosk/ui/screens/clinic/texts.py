"""Translated texts of the clinic screens (codes from ``kiosk.clinic.booking`` → sentences)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.domain import clinic_time
from kiosk.domain import status as st
from kiosk.ui.i18n import fmt  # noqa: F401 - used by this package's screens


def error_text(code: str) -> str:
    return {
        "enp_empty": QCoreApplication.translate("Clinic", "Enter the 16-digit number of your medical insurance policy (ENP)."),
        "enp_not_digits": QCoreApplication.translate("Clinic", "The policy number has digits only: 16 digits."),
        "enp_length": QCoreApplication.translate("Clinic", "The policy number has 16 digits. Check the number on your policy."),
        "enp_checksum": QCoreApplication.translate("Clinic", "This policy number is not valid: a digit is probably mistyped. Check it against your policy."),
        "birth_empty": QCoreApplication.translate("Clinic", "Enter your date of birth, for example 14.03.1975."),
        "birth_format": QCoreApplication.translate("Clinic", "Enter the date of birth as day.month.year, for example 14.03.1975."),
        "birth_future": QCoreApplication.translate("Clinic", "The date of birth is in the future: check the year. Format: 14.03.1975."),
        "birth_too_old": QCoreApplication.translate("Clinic", "Check the year of birth."),
        "phone_invalid": QCoreApplication.translate("Clinic", "Enter a mobile number such as +7 927 123-45-67, or leave the field empty."),
        "slot_past": QCoreApplication.translate("Clinic", "This time has already passed. Choose another time."),
        "slot_taken": QCoreApplication.translate("Clinic", "This time has just been taken. Choose another time."),
        "slot_unknown": QCoreApplication.translate("Clinic", "This time is no longer in the schedule. Choose another time."),
        "no_schedule": QCoreApplication.translate("Clinic", "This doctor has no schedule for booking. Choose another doctor."),
        "not_active": QCoreApplication.translate("Clinic", "This appointment is no longer active."),
        "unknown_appointment": QCoreApplication.translate("Clinic", "This appointment was not found."),
    }.get(code, QCoreApplication.translate("Clinic", "Something went wrong. Please try again or ask the staff in the hall."))


def state_text(row: dict[str, Any]) -> str:
    status = row["status"]
    if status == "booked":
        return QCoreApplication.translate("Clinic", "Appointment confirmed.")
    if status == "requested":
        return QCoreApplication.translate("Clinic", "Requested, waiting for confirmation. This is a request, not yet an appointment: "
                 "the polyclinic confirms it when the kiosk is back online. To check it later, use “Check status by receipt” "
                 "with the receipt number, or “My appointments” with your policy number and date of birth.")
    if status == "cancelled":
        return QCoreApplication.translate("Clinic", "Cancelled.")
    return QCoreApplication.translate("Clinic", "Refused: this time was taken before your request arrived. Nearest free times: %1.")


def state_role(row: dict[str, Any]) -> str:
    """The style role of a state line: green when confirmed, a warning banner while waiting or refused
    or moved by the clinic, red when the clinic ended it without a visit."""
    change = row.get("clinic_change") or ""
    if change in st.BOOK_AGAIN:
        return "error"
    if change:
        return "status" if change == "rescheduled" else "muted"
    return {"booked": "success", "requested": "status", "refused": "status"}.get(row["status"], "muted")


def short_enp(masked_or_digits: str) -> str:
    """``••••5749``: enough for the citizen to recognise the policy, nothing more."""
    digits = "".join(ch for ch in masked_or_digits if ch.isdigit())
    return "••••" + digits[-4:]


def date_text(day: dt.date, lang: str) -> str:
    return clinic_time.date_words(day, lang)


def when_text(row: dict[str, Any], lang: str) -> str:
    tz = row.get("timezone") or "Europe/Ulyanovsk"
    day = clinic_time.local_day(row["start_utc"], tz)
    return f"{date_text(day, lang)}, {clinic_time.local_time(row['start_utc'], tz)}"


def alternatives_text(row: dict[str, Any], lang: str) -> str:
    tz = row.get("timezone") or "Europe/Ulyanovsk"
    alts = [f"{date_text(clinic_time.local_day(a['start_utc'], tz), lang)} {clinic_time.local_time(a['start_utc'], tz)}"
            for a in row.get("alternatives", [])]
    return "; ".join(alts) or QCoreApplication.translate("Clinic", "none at the moment")


def doctor_name(row: dict[str, Any], lang: str) -> str:
    if lang == "en":
        return f"{row.get('given_en', '')} {row.get('family_en', '')}".strip()
    return " ".join(x for x in (row.get("family_ru"), row.get("given_ru"), row.get("patronymic_ru")) if x)


def full_state(row: dict[str, Any], lang: str) -> str:
    said = st.clinic_words(row, lang)  # what the clinic changed later, with when (the status screen's words)
    if said:
        return said
    text = state_text(row)
    return fmt(text, alternatives_text(row, lang)) if row["status"] == "refused" else text
