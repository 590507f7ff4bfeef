"""The kiosk's clock: every "now" the kiosk and its store use comes from :func:`now`.

A test (or a demonstration) can pin it to a chosen moment.  A pinned clock keeps running from that
moment: it is the system clock plus an offset, so elapsed time stays real (countdowns and timeouts
behave), and a backend started with the same moment (``RB_TEST_NOW``) agrees with it.  It is one
process-wide setting, so the GUI thread and the workers see the same day.  Nothing else in the
kiosk calls ``datetime.now()`` or ``date.today()``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_offset: dt.timedelta | None = None  # pinned: added to the system clock


def now() -> dt.datetime:
    """The current time, aware, in UTC."""
    offset = _offset
    real = dt.datetime.now(dt.UTC)
    return real if offset is None else real + offset


def today(zone: dt.tzinfo | None = None) -> dt.date:
    """Today's date in ``zone`` (default: the machine's local zone)."""
    return now().astimezone(zone).date()


def set_pinned(moment: dt.datetime | None) -> None:
    """Run the clock from ``moment`` (aware) from now on; ``None`` returns to the system clock."""
    global _offset
    if moment is not None and moment.tzinfo is None:
        raise ValueError("pin the clock to an aware datetime")
    with _lock:
        _offset = None if moment is None else moment - dt.datetime.now(dt.UTC)


@contextlib.contextmanager
def pinned(moment: dt.datetime) -> Iterator[None]:
    """``with pinned(moment):`` the clock runs from ``moment``; afterwards it is as it was."""
    global _offset
    previous = _offset
    set_pinned(moment)
    try:
        yield
    finally:
        with _lock:
            _offset = previous
