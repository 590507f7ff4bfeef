"""The kiosk's side of meter readings: what the screens show and what a submission hands back.
Qt-free and pure.

The rules themselves (accounts, readings, windows) are :mod:`mfc_rules.meters`, shared with the
backend; the I/O (the account look-up at the backend, queueing the readings, the providers from the
store, the learned clock offset) is :mod:`kiosk.services.meters`, run on the UI's workers.
Personal account data never stays on the kiosk: online, the account's meters and last readings
come from the backend for the session only; offline, readings are taken by meter serial number and
the check against the previous reading happens on delivery.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from mfc_rules.meters import Meter, Window

CLOCK_SETTING = "meters.server_clock"  # == kiosk.sync.clock.SETTING (kept by the sync engine too)

MONTHS_RU_NOM = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                 "октябрь", "ноябрь", "декабрь")
MONTHS_RU_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                 "октября", "ноября", "декабря")
MONTHS_EN = tuple(calendar.month_name[m] for m in range(1, 13))


def window_sentence(window: Window, lang: str) -> str:
    """The sentence shown at the kiosk (and the backend's reasons use the same month words)."""
    month = window.start.month
    if lang == "ru":
        name = MONTHS_RU_NOM[month - 1]
        gen = MONTHS_RU_GEN[month - 1]
        period = MONTHS_RU_NOM[window.period.month - 1]
        span = f"с {window.start.day} по {window.end.day} {gen}"
        if window.position == "inside":
            return f"Показания за {name} принимаются {span}. Ваши показания будут учтены за {period}."
        if window.position == "before":
            return (f"Показания за {name} принимаются {span}. Киоск примет их и сейчас: "
                    f"они будут учтены за {period}.")
        return (f"Показания за {name} принимались до {window.end.day} {gen}. Киоск примет их и сейчас: "
                f"они будут учтены за {period} {window.period.year} г.")
    name = MONTHS_EN[month - 1]
    period = MONTHS_EN[window.period.month - 1]
    span = f"from {window.start.day} to {window.end.day} {name}"
    if window.position == "inside":
        return f"Readings for {name} are accepted {span}. Your readings will count for {period}."
    if window.position == "before":
        return f"Readings for {name} are accepted {span}. The kiosk takes them now too: they will count for {period}."
    return (f"Readings for {name} were accepted until {window.end.day} {name}. The kiosk takes them now "
            f"too: they will count for {period} {window.period.year}.")


def period_label(period: dt.date, lang: str) -> str:
    if lang == "ru":
        return f"{MONTHS_RU_NOM[period.month - 1]} {period.year}"
    return f"{MONTHS_EN[period.month - 1]} {period.year}"


# --- submission --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Submitted:
    receipt_number: str
    outbox_uuid: str
    captured_at: str
    #: ``YYYY-MM`` the readings count for, or ``None`` when the kiosk's clock is known to be wrong.
    period: str | None
    #: The last day (``YYYY-MM-DD``, provider's zone) they must reach the provider to count.
    deliver_by: str | None = None
    #: The kiosk could not confirm its clock: the provider checks the capture date.
    checked: bool = False


class SubmitError(ValueError):
    """Nothing was queued: no readings, or a reading breaks a rule (a bug in the screen)."""


def receipt_qr_text(receipt_number: str, entries: Sequence[Mapping[str, Any]]) -> str:
    """The receipt number on the first line (what a scanner at the status screen needs), then each
    reading: ``serial zone value``."""
    lines = [receipt_number] + [f"{r['meter_serial']} {r['zone']} {r['value']}" for r in entries]
    return "\n".join(lines)


# --- online look-up (a network worker, never the GUI thread) --------------------------------------
@dataclass(frozen=True)
class Lookup:
    """``online`` False: no backend configured or reachable (take readings offline by serial)."""

    online: bool
    found: bool = False
    meters: tuple[Meter, ...] = ()
    server_time: str = ""
    #: The backend throttles this kiosk's look-ups (too many wrong confirmations): seconds to wait.
    retry_after_s: float | None = None
