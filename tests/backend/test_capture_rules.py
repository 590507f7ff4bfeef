"""Capture-time rules (``mfc_rules.capture``), property-based over dates: the period the kiosk
prints is the period the backend books, or the backend refuses with the capture date in its reason
and the kiosk had said the date would be checked (or the readings arrived after the last day the
receipt gave); captures ahead of the backend's clock beyond the tolerance and captures too old for
an open period are refused, dated — across month ends, New Year and window edges."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mfc_rules import capture as c
from mfc_rules.meters import local_date
from regional_backend.meters import refusal

ZONES = ("Europe/Moscow", "Europe/Ulyanovsk", "Europe/Kaliningrad", "Asia/Vladivostok", "Europe/Berlin")
TOL = dt.timedelta(seconds=c.FUTURE_TOLERANCE_S)


@st.composite
def providers(draw) -> c.Provider:
    start = draw(st.integers(1, 28))
    return c.Provider(draw(st.sampled_from(ZONES)), start, draw(st.integers(start, 31)))


@st.composite
def moments(draw, provider: c.Provider) -> dt.datetime:
    """Any moment 2025–2029, or one within ten minutes of a local midnight that matters: the day
    after a window's end, the first of a month, New Year."""
    if draw(st.booleans()):
        return draw(st.datetimes(dt.datetime(2025, 1, 1), dt.datetime(2029, 12, 31), timezones=st.just(dt.UTC)))
    year, month = draw(st.integers(2025, 2029)), draw(st.integers(1, 12))
    day = draw(st.sampled_from(["after_end", "first", "new_year"]))
    if day == "new_year":
        midnight = dt.date(year, 1, 1)
    elif day == "first":
        midnight = dt.date(year, month, 1)
    else:
        midnight = c.first_date(c.add_months(dt.date(year, month, 1), 1), provider)
    local = dt.datetime.combine(midnight, dt.time(), ZoneInfo(provider.timezone))
    return local.astimezone(dt.UTC) + dt.timedelta(seconds=draw(st.integers(-600, 600)))


@st.composite
def visits(draw):
    """A provider, the true (backend's) time of capture, the kiosk's clock error, what the kiosk
    learned of it, and the delay before the backend gets the readings."""
    provider = draw(providers())
    true_capture = draw(moments(provider))
    learned = draw(st.sampled_from(["exact", "drifted", "never"]))
    # kiosk clock = true time - true offset; a kiosk that never learned its offset may be off by years
    bound = c.MAX_OFFSET_S if learned != "never" else 3 * 365 * 86400
    true_offset = draw(st.integers(-bound, bound) | st.integers(-900, 900))
    drift = draw(st.integers(-c.FUTURE_TOLERANCE_S + 1, c.FUTURE_TOLERANCE_S - 1)) if learned == "drifted" else 0
    kiosk_now = true_capture - dt.timedelta(seconds=true_offset)
    clock = None
    if learned != "never":
        clock = {"offset_s": float(true_offset + drift),
                 "learned_at": (kiosk_now - dt.timedelta(seconds=draw(st.integers(0, 90 * 86400)))).isoformat()}
    delay = dt.timedelta(seconds=draw(st.integers(0, 120 * 86400) | st.integers(0, 3600)))
    return provider, true_capture, kiosk_now, clock, true_capture + delay


def _dotted(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%d.%m.%Y")


@settings(max_examples=600, deadline=None)
@given(visits())
def test_the_receipt_period_is_the_booked_period_or_the_refusal_was_announced(visit):
    provider, _true_capture, kiosk_now, clock, delivered = visit
    notice = c.kiosk_notice(kiosk_now, clock, provider)
    offset = clock["offset_s"] if clock else None  # what the payload carries
    decision = c.decide(kiosk_now, offset, delivered, provider)
    if decision.ok:
        assert notice.period in (None, decision.window.period)
        assert notice.period is not None or notice.checked
        return
    assert decision.code in ("captured_in_future", "captured_too_old")
    rejection = refusal(decision)
    captured = _dotted(decision.params["captured"])
    assert captured in rejection.reason_ru and captured in rejection.reason_en
    late = local_date(delivered, provider.timezone) > notice.deliver_by if notice.deliver_by else False
    assert notice.checked or late, (notice, decision)
    if late and not notice.checked:
        assert decision.code == "captured_too_old"


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_ahead_of_the_backends_clock_beyond_the_tolerance_is_refused_with_the_date(data):
    provider = data.draw(providers())
    now = data.draw(moments(provider))
    ahead = dt.timedelta(seconds=data.draw(st.integers(c.FUTURE_TOLERANCE_S + 1, 4 * 365 * 86400)))
    offset = data.draw(st.none() | st.integers(-c.MAX_OFFSET_S, c.MAX_OFFSET_S))
    captured_at = now + ahead - dt.timedelta(seconds=offset or 0)
    decision = c.decide(captured_at, offset, now, provider)
    assert decision.code == "captured_in_future"
    assert decision.params == {"captured": local_date(now + ahead, provider.timezone).isoformat(),
                               "today": local_date(now, provider.timezone).isoformat()}
    within = c.decide(now + TOL, None, now, provider)
    assert within.code != "captured_in_future"


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_too_old_means_before_the_first_day_of_the_previous_period(data):
    provider = data.draw(providers())
    now = data.draw(moments(provider))
    earliest = c.earliest_date(now, provider)
    current = provider.window(local_date(now, provider.timezone)).period
    previous = c.add_months(current, -1)
    # the earliest day counts for the previous open period, the day before it for the one before
    assert provider.window(earliest).period == previous
    assert provider.window(earliest - dt.timedelta(days=1)).period == c.add_months(previous, -1)
    zone = ZoneInfo(provider.timezone)
    first_moment = dt.datetime.combine(earliest, dt.time(), zone).astimezone(dt.UTC)
    accepted = c.decide(first_moment, 0, now, provider)
    assert accepted.ok and accepted.window.period == previous
    before = first_moment - dt.timedelta(seconds=data.draw(st.integers(1, 3 * 365 * 86400)))
    refused = c.decide(before, 0, now, provider)
    assert refused.code == "captured_too_old"
    assert refused.params == {"captured": local_date(before, provider.timezone).isoformat(),
                              "earliest": earliest.isoformat()}
    rejection = refusal(refused)
    for date in (refused.params["captured"], earliest.isoformat()):
        assert _dotted(date) in rejection.reason_ru and _dotted(date) in rejection.reason_en


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_deliver_by_is_the_last_day_a_capture_still_counts(data):
    provider = data.draw(providers())
    capture = data.draw(moments(provider))
    notice = c.kiosk_notice(capture, {"offset_s": 0.0, "learned_at": capture.isoformat()}, provider)
    assert notice.clock == "verified" and not notice.checked
    zone = ZoneInfo(provider.timezone)
    last = dt.datetime.combine(notice.deliver_by, dt.time(23, 59, 59), zone).astimezone(dt.UTC)
    on_time = c.decide(capture, 0.0, max(last, capture), provider)
    assert on_time.ok and on_time.window.period == notice.period
    too_late = c.decide(capture, 0.0, last + dt.timedelta(seconds=1), provider)
    assert too_late.code == "captured_too_old"


@example(dt.datetime(2028, 6, 10, 9, 0, tzinfo=dt.UTC))
@example(dt.datetime(2024, 3, 10, 9, 0, tzinfo=dt.UTC))
@given(st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2035, 1, 1), timezones=st.just(dt.UTC)))
def test_a_kiosk_that_knows_its_clock_is_wrong_prints_no_period(kiosk_now):
    provider = c.Provider("Europe/Ulyanovsk", 15, 25)
    server_now = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
    # it heard the backend: its clock is more than a week off (an offset the backend would ignore)
    offset = (server_now - kiosk_now).total_seconds()
    if abs(offset) > c.MAX_OFFSET_S:
        notice = c.kiosk_notice(kiosk_now, {"offset_s": offset, "learned_at": kiosk_now.isoformat()}, provider)
        assert (notice.period, notice.deliver_by, notice.checked, notice.clock) == (None, None, True, "implausible")
    # its clock went back by more than the tolerance since it learned its offset
    later = (kiosk_now + dt.timedelta(days=1)).isoformat()
    notice = c.kiosk_notice(kiosk_now, {"offset_s": 3.0, "learned_at": later}, provider)
    assert notice.period is None and notice.checked


def test_the_two_cases_of_the_report():
    """Delivered on 7 December 2026: a reading dated June 2028 (it was booked for December with the
    flag ``clock_ahead`` while the receipt said June 2028) and one dated March 2024 (refused only as
    ``superseded``, or booked for March 2024 on a meter without a later reading)."""
    provider = c.Provider("Europe/Ulyanovsk", 15, 25)
    now = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
    ahead = c.decide(dt.datetime(2028, 6, 10, 9, 0, tzinfo=dt.UTC), None, now, provider)
    assert ahead.code == "captured_in_future"
    assert "10.06.2028" in refusal(ahead).reason_ru and "07.12.2026" in refusal(ahead).reason_en
    old = c.decide(dt.datetime(2024, 3, 10, 9, 0, tzinfo=dt.UTC), None, now, provider)
    assert old.code == "captured_too_old"
    # December's period (7 Dec) and November's are open: November counts from 26 October
    assert "10.03.2024" in refusal(old).reason_en and "26.10.2026" in refusal(old).reason_ru


def test_the_backend_shares_the_rules_without_importing_qt():
    """The backend imports the shared Qt-free rules, and nothing of Qt comes with them."""
    import subprocess
    import sys

    code = ("import sys, regional_backend.app, regional_backend.meters as b, mfc_rules.capture as c; "
            "assert b.capture is c; print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
