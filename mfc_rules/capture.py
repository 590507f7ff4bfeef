"""Capture-time rules of meter readings: which billing period a reading counts for.  Qt-free.

One set of rules, imported by both sides: the kiosk (:func:`kiosk_notice`, when it records the
readings and prints the receipt) and the backend (``regional_backend.meters`` → :func:`decide`, when
the readings are delivered).  Written down in ``docs/api.md`` ("Capture-time rules").

- **The capture moment** is the kiosk's ``captured_at`` corrected by the kiosk's clock offset
  (backend clock − kiosk clock, learned at its last contact; ignored beyond :data:`MAX_OFFSET_S`).
- **The period** is decided by the capture moment's local date in the provider's time zone: on or
  before the window's last day → that month; after it → the next month.  Without an offset, a
  capture up to :data:`FUTURE_TOLERANCE_S` after the window's end still counts as inside it.
- **Ahead of the backend's clock** by more than :data:`FUTURE_TOLERANCE_S` → refused
  (``captured_in_future``), naming the capture date.
- **Too old**: only two periods are open — the one the backend's today counts for and the one before
  it.  A capture that counts for an earlier period (its date is before :func:`earliest_date`, the
  first day counting for the previous period) is refused (``captured_too_old``), naming its date.
  So a capture counting for period P is accepted while the backend's local date is on or before
  :func:`deliver_by` (P) — the last day of the next month's window — and the receipt says so.
- **The kiosk's clock**: the kiosk prints the period only when it trusts its clock (an offset was
  learned and the clock has not gone back since); otherwise the receipt says the provider checks
  the date (:class:`Notice` ``checked``), and with a clock known to be wrong (an offset beyond
  :data:`MAX_OFFSET_S`, or a clock that went back) it prints no period at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .meters import Window, _clamp_day, local_date, window_for

#: How far ahead of the backend's clock a capture may be (and the skew allowed at a window's end).
FUTURE_TOLERANCE_S = 300
#: An offset beyond this is not a clock skew: the backend ignores it, the kiosk distrusts its clock.
MAX_OFFSET_S = 7 * 24 * 3600
#: How many billing periods are open: the current one and the one before it.
OPEN_PERIODS = 2


@dataclass(frozen=True)
class Provider:
    """The provider's window and time zone (from its ``utility_providers`` row)."""

    timezone: str = "Europe/Moscow"
    start_day: int = 1
    end_day: int = 25

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Provider:
        return cls(str(row.get("timezone") or "Europe/Moscow"), int(row.get("window_start_day") or 1),
                   int(row.get("window_end_day") or 25))

    def window(self, on: dt.date) -> Window:
        return window_for(on, self.start_day, self.end_day)


def add_months(period: dt.date, months: int) -> dt.date:
    index = period.year * 12 + period.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def first_date(period: dt.date, provider: Provider) -> dt.date:
    """The first local date that counts for ``period``: the day after the previous month's window."""
    before = add_months(period, -1)
    return _clamp_day(before.year, before.month, provider.end_day) + dt.timedelta(days=1)


def deliver_by(period: dt.date, provider: Provider) -> dt.date:
    """The last local date (the backend's) on which a capture counting for ``period`` is accepted."""
    after = add_months(period, 1)
    return _clamp_day(after.year, after.month, provider.end_day)


def earliest_date(server_now: dt.datetime, provider: Provider) -> dt.date:
    """The earliest capture date the backend accepts at ``server_now``."""
    current = provider.window(local_date(server_now, provider.timezone)).period
    return first_date(add_months(current, 1 - OPEN_PERIODS), provider)


def offset_known(offset: Any) -> bool:
    return isinstance(offset, int | float) and not isinstance(offset, bool) and abs(offset) <= MAX_OFFSET_S


def capture_moment(captured_at: dt.datetime, offset: Any) -> dt.datetime:
    """``captured_at`` on the backend's clock (corrected by a usable offset)."""
    moment = captured_at.astimezone(dt.UTC)
    return moment + dt.timedelta(seconds=float(offset)) if offset_known(offset) else moment


def period_window(moment: dt.datetime, known: bool, provider: Provider) -> tuple[Window, dt.date, tuple[str, ...]]:
    """The window (and period) of a capture moment, its local date, and flags (``skew_tolerance``)."""
    on = local_date(moment, provider.timezone)
    window = provider.window(on)
    if window.position == "after" and not known:
        earlier = local_date(moment - dt.timedelta(seconds=FUTURE_TOLERANCE_S), provider.timezone)
        alt = provider.window(earlier)
        if alt.position == "inside":
            return alt, earlier, ("skew_tolerance",)
    return window, on, ()


@dataclass(frozen=True)
class Decision:
    """The backend's decision on a capture time: a period, or a refusal ``code`` with dated ``params``."""

    moment: dt.datetime
    on: dt.date
    window: Window | None = None
    flags: tuple[str, ...] = ()
    code: str | None = None
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.code is None


def decide(captured_at: dt.datetime, offset: Any, server_now: dt.datetime, provider: Provider) -> Decision:
    """The backend's rule (see the module's docstring).  Dates in ``params`` are ISO local dates."""
    moment = capture_moment(captured_at, offset)
    known = offset_known(offset)
    on = local_date(moment, provider.timezone)
    if moment > server_now + dt.timedelta(seconds=FUTURE_TOLERANCE_S):
        return Decision(moment, on, code="captured_in_future",
                        params={"captured": on.isoformat(), "today": local_date(server_now, provider.timezone).isoformat()})
    window, on, flags = period_window(moment, known, provider)
    earliest = earliest_date(server_now, provider)
    if on < earliest:
        return Decision(moment, on, code="captured_too_old",
                        params={"captured": on.isoformat(), "earliest": earliest.isoformat()})
    return Decision(moment, on, window, flags)


@dataclass(frozen=True)
class Notice:
    """What the kiosk tells the citizen at capture: the period (``None``: the kiosk cannot say), the
    last day it must reach the provider, and whether the provider still checks the date."""

    period: dt.date | None
    deliver_by: dt.date | None
    checked: bool
    clock: str  # verified | unverified | implausible

    @property
    def period_key(self) -> str | None:
        return f"{self.period:%Y-%m}" if self.period else None


def clock_state(kiosk_now: dt.datetime, learned: Mapping[str, Any] | None) -> tuple[str, float | None]:
    """``verified`` (an offset is known and the clock has not gone back since it was learned),
    ``unverified`` (never heard the backend's clock) or ``implausible``; and the usable offset."""
    learned = learned or {}
    offset = learned.get("offset_s")
    if offset is None:
        return "unverified", None
    if not offset_known(offset):
        return "implausible", None
    try:
        at = dt.datetime.fromisoformat(str(learned.get("learned_at")).replace("Z", "+00:00"))
    except ValueError:
        at = None
    if at is not None and at.tzinfo is not None and kiosk_now < at - dt.timedelta(seconds=FUTURE_TOLERANCE_S):
        return "implausible", None  # the clock went back since the offset was learned
    return "verified", float(offset)


def kiosk_window(kiosk_now: dt.datetime, learned: Mapping[str, Any] | None,
                 provider: Provider) -> tuple[str, Window | None]:
    """The kiosk's clock state and the window of a capture at ``kiosk_now`` (``None``: implausible)."""
    state, offset = clock_state(kiosk_now, learned)
    if state == "implausible":
        return state, None
    return state, period_window(capture_moment(kiosk_now, offset), offset is not None, provider)[0]


def kiosk_notice(kiosk_now: dt.datetime, learned: Mapping[str, Any] | None, provider: Provider) -> Notice:
    """The kiosk's side of the rule, applied when it records readings taken at ``kiosk_now``."""
    state, window = kiosk_window(kiosk_now, learned, provider)
    if window is None:
        return Notice(None, None, True, state)
    return Notice(window.period, deliver_by(window.period, provider), state != "verified", state)
