"""The kiosk's clock as the backend sees it: the offset learned from the backend's ``server_time``.

Every successful answer that carries ``server_time`` (health check, batch push, account look-up)
tells the kiosk how far its own clock is off.  The offset (backend clock minus kiosk clock, seconds)
is kept in the store's settings under :data:`SETTING` with the kiosk time it was learned at; meter
readings send it as ``kiosk_clock_offset_s`` so the backend decides the billing period with the
corrected capture time.  Qt-free.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from mfc_rules.capture import offset_known  # beyond a week: not a skew (the backend ignores it too)

log = logging.getLogger(__name__)

SETTING = "meters.server_clock"  # the name the meter readings used first; kept for stored kiosks


def offset_s(server_time: str, local_now: dt.datetime) -> float:
    """``server_time`` (ISO 8601 with a zone) minus ``local_now``, in seconds (ms precision).

    Raises ``ValueError`` for a time that is not ISO 8601 with a zone."""
    server = dt.datetime.fromisoformat(server_time.replace("Z", "+00:00"))
    if server.tzinfo is None:
        raise ValueError("server_time has no time zone")
    return round((server - local_now).total_seconds(), 3)


def remember(store: Any, server_time: str, local_now: dt.datetime) -> float:
    """Keep the offset learned at this contact (``local_now``: the kiosk's time of the answer)."""
    from offline_db.store import iso_utc

    offset = offset_s(server_time, local_now)
    store.set_setting(SETTING, {"offset_s": offset, "learned_at": iso_utc(local_now)})
    return offset


def known_offset_s(store: Any) -> float | None:
    """The offset learned last, or ``None`` when the kiosk never heard the backend's clock."""
    value = (store.get_setting(SETTING) or {}).get("offset_s")
    if offset_known(value):
        return float(value)
    return None
