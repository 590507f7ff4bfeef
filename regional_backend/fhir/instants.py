"""FHIR instants: how the FHIR layer writes, reads and compares moments (always UTC)."""

from __future__ import annotations

import datetime as dt

from .. import clock


def fmt_instant(moment: dt.datetime) -> str:
    """The stored and answered form: microseconds, ``Z`` (text order is time order)."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_instant(text: str) -> dt.datetime:
    """An ISO date-time (``Z`` or offset) or a date; naive values are taken as UTC."""
    text = text.strip()
    if len(text) == 10:
        return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def to_seconds(text: str) -> str:
    """FHIR instant with seconds precision, as appointments carry it."""
    return parse_instant(text).strftime("%Y-%m-%dT%H:%M:%SZ")


def utcnow() -> dt.datetime:
    return clock.now()
