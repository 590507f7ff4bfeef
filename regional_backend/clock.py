"""The backend's clock: every "now" the backend uses comes from :func:`now`.

Test hooks, never honoured in a region's deployment:
- with the fault hooks on (``RB_FAULTS=1``), ``RB_TEST_NOW`` (ISO 8601 time) is what the clock
  read at the real moment ``RB_TEST_NOW_AT`` (ISO 8601; default: when the process started), so a
  test of the real process delivers "two days after the window closed", or runs a kiosk visit on
  New Year's Eve, without waiting, and a kiosk pinned the same way agrees with it to the
  millisecond;
- in-process tests call :func:`set_pinned`.
Either way the clock then runs on (elapsed time stays real): it is the system clock plus an offset.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import threading

_lock = threading.Lock()
_offset: dt.timedelta | None = None


def _aware(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


@functools.cache
def _from_environment() -> dt.timedelta | None:
    fake = os.environ.get("RB_TEST_NOW") if os.environ.get("RB_FAULTS") == "1" else None
    if not fake:
        return None
    at = os.environ.get("RB_TEST_NOW_AT")
    return _aware(fake) - (_aware(at) if at else dt.datetime.now(dt.UTC))


def now() -> dt.datetime:
    """The current time, aware, in UTC."""
    offset = _offset if _offset is not None else _from_environment()
    real = dt.datetime.now(dt.UTC)
    return real if offset is None else real + offset


def set_pinned(moment: dt.datetime | None) -> None:
    """In-process tests: run the clock from ``moment`` (aware); ``None`` returns to the default."""
    global _offset
    if moment is not None and moment.tzinfo is None:
        raise ValueError("pin the clock to an aware datetime")
    with _lock:
        _offset = None if moment is None else moment - dt.datetime.now(dt.UTC)
