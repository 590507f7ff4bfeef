"""Translated texts of the meter-reading screens (codes from ``mfc_rules.meters`` → sentences)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.domain import meters as m
from kiosk.ui.i18n import fmt, local_decimal
from kiosk.ui.untrusted import echo
from mfc_rules import meters as rules


def kind_name(kind: str) -> str:
    return {"electricity": QCoreApplication.translate("Meters", "Electricity"), "cold_water": QCoreApplication.translate("Meters", "Cold water"), "hot_water": QCoreApplication.translate("Meters", "Hot water"),
            "heat": QCoreApplication.translate("Meters", "Heating"), "gas": QCoreApplication.translate("Meters", "Gas")}.get(kind, kind)


def unit(kind: str) -> str:
    return {"electricity": QCoreApplication.translate("Meters", "kWh"), "heat": QCoreApplication.translate("Meters", "Gcal")}.get(kind, QCoreApplication.translate("Meters", "m³"))


def zone_name(zone: str, zones: int) -> str:
    if zones == 1:
        return QCoreApplication.translate("Meters", "Reading")
    names = {2: {"T1": QCoreApplication.translate("Meters", "T1, day"), "T2": QCoreApplication.translate("Meters", "T2, night")},
             3: {"T1": QCoreApplication.translate("Meters", "T1, peak"), "T2": QCoreApplication.translate("Meters", "T2, night"), "T3": QCoreApplication.translate("Meters", "T3, half-peak")}}
    return names.get(zones, {}).get(zone, zone)


def zone_word(zone: str, zones: int) -> str:
    """What a tariff zone code means ("peak", "night"…); "" for a single-tariff meter."""
    words = {2: {"T1": QCoreApplication.translate("Meters", "day"), "T2": QCoreApplication.translate("Meters", "night")},
             3: {"T1": QCoreApplication.translate("Meters", "peak"), "T2": QCoreApplication.translate("Meters", "night"),
                 "T3": QCoreApplication.translate("Meters", "half-peak")}}
    return words.get(zones, {}).get(zone, "")


def zone_legend(zones: int) -> str:
    """The tariff codes explained once: "Tariff zones: T1 — peak, T2 — night, T3 — half-peak"."""
    if zones < 2:
        return ""
    parts = [f"T{n} — {zone_word(f'T{n}', zones)}" for n in range(1, zones + 1)]
    return fmt(QCoreApplication.translate("Meters", "Tariff zones: %1"), ", ".join(parts))


def value_text(value: Decimal | str | None, decimals: int | None = None) -> str:
    """A reading or consumption with the language's decimal mark (ru: ``9700,0``)."""
    if value is None:
        return ""
    if isinstance(value, Decimal) and decimals is not None:
        value = rules.format_value(value, decimals)
    return local_decimal(str(value))


def dial_text(meter: rules.Meter) -> str:
    if meter.decimals == 0:
        return fmt(QCoreApplication.translate("Meters", "Meter dial: %1 digits, whole numbers only"), meter.digits)
    return fmt(QCoreApplication.translate("Meters", "Meter dial: %1 digits, then %2 after the decimal point"),
               meter.digits, meter.decimals)


def date_text(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else ""


def meter_title(meter: rules.Meter) -> str:
    return fmt(QCoreApplication.translate("Meters", "%1 meter No. %2"), kind_name(meter.kind), echo(meter.serial))


def account_error(code: str, example: str) -> str:
    if code == "account_empty":
        return QCoreApplication.translate("Meters", "Enter the personal account number from your bill.")
    if code == "account_checksum":
        return QCoreApplication.translate("Meters", "This account number has a typing error: the check digit does not match. Check every digit against the bill.")
    if example:
        return fmt(QCoreApplication.translate("Meters", "This provider's account numbers look like %1 (or the unified GIS ZhKKh number such as 73АБ123456). Check the number on the bill."), example)
    return QCoreApplication.translate("Meters", "Check the account number on the bill.")


def reading_error(code: str, meter: rules.Meter, params: dict[str, str] | None = None,
                  used: Decimal | None = None, limit: Decimal | None = None) -> str:
    params = params or {}
    if code == "reading_empty":
        return QCoreApplication.translate("Meters", "Enter the reading.")
    if code == "reading_not_number":
        return QCoreApplication.translate("Meters", "Use digits only, with a point or comma before the decimals.")
    if code == "reading_too_many_digits":
        return fmt(QCoreApplication.translate("Meters", "This meter shows at most %1 digits before the point. Copy only the black drums."), meter.digits)
    if code == "reading_too_many_decimals":
        if meter.decimals == 0:
            return QCoreApplication.translate("Meters", "This provider takes whole numbers only: leave out the red drums.")
        return fmt(QCoreApplication.translate("Meters", "At most %1 digits after the point."), meter.decimals)
    if code == "lower_than_last":
        return fmt(QCoreApplication.translate("Meters", "Less than the last reading (%1). Check it, or choose below what happened."),
                   value_text(params.get("last", "")))
    if code in ("jump_unconfirmed", "rollover_implausible"):
        return fmt(QCoreApplication.translate("Meters", "Unusually high: %1 %3 used (usually up to %2 %3). If the reading is right, confirm it below."),
                   value_text(used), value_text(limit), unit(meter.kind))
    if code == "verification_expired":
        return fmt(QCoreApplication.translate("Meters", "This meter's verification expired on %1, so its readings cannot be accepted for billing. "
                      "Order a verification or a replacement of the meter (the provider's phone is on the bill), "
                      "then give the certificate to the provider. Until then you are billed by the norm."),
                   date_text(dt.date.fromisoformat(params["due"])) if params.get("due") else "")
    if code == "unknown_zone":
        return QCoreApplication.translate("Meters", "This meter has no such tariff zone.")
    if code == "serial_empty":
        return QCoreApplication.translate("Meters", "Enter the meter's serial number: it is printed on the meter's face.")
    return QCoreApplication.translate("Meters", "Check this reading.")


def window_text(provider: dict[str, Any], clock: dict[str, Any] | None, lang: str) -> str:
    """The provider's window and the month the readings count for, by the capture-time rules
    (``mfc_rules.capture``) with the kiosk's learned clock offset, as the receipt will say."""
    from mfc_rules import capture
    from offline_db.store import utcnow

    _state, window = capture.kiosk_window(utcnow(), clock, capture.Provider.of(provider))
    if window is None:
        return QCoreApplication.translate("Meters", "This kiosk's clock needs checking: the provider will decide by the date of "
                                                    "your readings which month they count for.")
    return m.window_sentence(window, lang)
