"""Appointment times in words, in the clinic's time zone, in Russian or English, with no locale
installed (``пн, 23 ноября, 09:20`` / ``Mon, 23 November, 09:20``).  Pure.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря")
WEEKDAYS_RU = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def date_words(day: dt.date, lang: str) -> str:
    """``пн, 23 ноября`` / ``Mon, 23 November`` (no locale needed)."""
    if lang == "ru":
        return f"{WEEKDAYS_RU[day.weekday()]}, {day.day} {MONTHS_RU[day.month - 1]}"
    return f"{WEEKDAYS_EN[day.weekday()]}, {day.day} {MONTHS_EN[day.month - 1]}"


def when_words(start_utc: str, timezone: str, lang: str) -> str:
    """The slot's day and time in the clinic's time zone: ``пн, 23 ноября, 09:20``."""
    return f"{date_words(local_day(start_utc, timezone), lang)}, {local_time(start_utc, timezone)}"


def moment_words(stamp_utc: str, timezone: str, lang: str) -> str:
    """When something happened, in the clinic's time zone: ``5 декабря в 14:20`` / ``5 December at 14:20``."""
    day, time = local_day(stamp_utc, timezone), local_time(stamp_utc, timezone)
    if lang == "ru":
        return f"{day.day} {MONTHS_RU[day.month - 1]} в {time}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} at {time}"


def _local(stamp_utc: str, timezone: str) -> dt.datetime:
    # an ISO-8601 UTC stamp as the store keeps it (``…Z``; Python 3.11 reads the ``Z``)
    return dt.datetime.fromisoformat(stamp_utc).astimezone(ZoneInfo(timezone))


def local_day(start_utc: str, timezone: str) -> dt.date:
    return _local(start_utc, timezone).date()


def local_time(start_utc: str, timezone: str) -> str:
    return _local(start_utc, timezone).strftime("%H:%M")
