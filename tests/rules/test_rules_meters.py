"""Meter-reading rules (``mfc_rules.meters``): accounts, formats, lower-than-last, rollover, jumps,
verification, windows and periods, the backend's look-up answer; property-based where it counts.
Neither Qt nor a server."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mfc_rules import meters as rules

ENERGO = {"id": "util-energo", "account_pattern": r"^\d{12}$", "account_check": "luhn", "window_start_day": 15,
          "window_end_day": 25, "jump_factor": 3.0, "timezone": "Europe/Ulyanovsk"}
VODA = {"id": "util-vodokanal", "account_pattern": r"^\d{2}[А-Я]{2}\d{6}$", "account_check": "none",
        "window_start_day": 20, "window_end_day": 25, "jump_factor": 3.0, "timezone": "Europe/Ulyanovsk"}
TODAY = dt.date(2026, 11, 21)


def meter(digits=5, decimals=1, last="99870.4", read_on="2026-10-19", avg="280", zones=1, due="2036-03-15"):
    lasts = {f"T{z}": rules.LastReading(Decimal(last), dt.date.fromisoformat(read_on)) for z in range(1, zones + 1)} if last else {}
    return rules.Meter("74454570", "electricity", zones, digits, decimals,
                   dt.date.fromisoformat(due) if due else None, Decimal(avg), lasts, "m-el-01")


# --- account numbers ---------------------------------------------------------------------------
def test_account_formats_and_checks():
    assert rules.check_account(ENERGO, "732312225103") is None  # Luhn ok (a demo account)
    assert rules.check_account(ENERGO, "7323 1222 5103") is None  # spaces are fine
    assert rules.check_account(ENERGO, "732312225104") == "account_checksum"
    assert rules.check_account(ENERGO, "73231222510") == "account_format"
    assert rules.check_account(ENERGO, "") == "account_empty"
    assert rules.check_account(ENERGO, "74БИ312121") is None  # the GIS ZhKKh unified number everywhere
    assert rules.check_account(VODA, "74би312121") is None
    assert rules.check_account(VODA, "74BE312121") is None  # Latin look-alikes typed in the EN layout
    assert rules.normalise_account("74BE312121") == "74ВЕ312121"
    assert rules.check_account(VODA, "74Б1312121") == "account_format"
    assert rules.mod11_ok("1234567890") and not rules.mod11_ok("1234567891")


def test_house_and_flat_normalised():
    assert {rules.normalise_house(t) for t in ("44к2", "44 К2", "д. 44/2", "44 корп. 2")} == {"44к2"}
    assert rules.normalise_house("кв. 34") == "34" and rules.normalise_house("") == ""


# --- reading format ----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("12345.6", Decimal("12345.6")), ("12345,6", Decimal("12345.6")), ("00012", Decimal("12.0")),
    ("", "reading_empty"), ("12a", "reading_not_number"), ("-5", "reading_not_number"),
    ("123456", "reading_too_many_digits"), ("1.25", "reading_too_many_decimals"), ("1.20", Decimal("1.2")),
])
def test_reading_format(text, expected):
    assert rules.parse_reading(text, 5, 1) == expected


def test_whole_cubic_metres_only_when_no_decimals():
    assert rules.parse_reading("480", 5, 0) == Decimal(480)
    assert rules.parse_reading("480.5", 5, 0) == "reading_too_many_decimals"


# --- rules ---------------------------------------------------------------------------------------
def test_lower_than_last_refused_unless_declared():
    v = rules.check_reading(meter(), "T1", Decimal("99000.0"), on=TODAY, jump_factor=3)
    assert v.code == "lower_than_last" and v.params["last"] == "99870.4"
    v = rules.check_reading(meter(), "T1", Decimal("99000.0"), on=TODAY, jump_factor=3, declared="replacement")
    assert v.ok and v.flags == ("replacement",) and v.consumption is None


def test_rollover_declared_counts_across_zero():
    v = rules.check_reading(meter(), "T1", Decimal("120.5"), on=TODAY, jump_factor=3, declared="rollover")
    assert v.ok and v.consumption == Decimal("250.1") and "rollover" in v.flags  # 120.5 + 100000 - 99870.4


def test_rollover_with_implausible_consumption_needs_confirmation():
    v = rules.check_reading(meter(), "T1", Decimal("5000.0"), on=TODAY, jump_factor=3, declared="rollover")
    assert v.code == "rollover_implausible"
    v = rules.check_reading(meter(), "T1", Decimal("5000.0"), on=TODAY, jump_factor=3, declared="rollover",
                        jump_confirmed=True)
    assert v.ok and set(v.flags) == {"rollover", "jump"}


def test_jump_needs_confirmation_and_is_flagged():
    mt = meter(last="1000.0")
    assert rules.check_reading(mt, "T1", Decimal("1840.0"), on=TODAY, jump_factor=3).ok  # 840 = 3 x 280
    v = rules.check_reading(mt, "T1", Decimal("1840.1"), on=TODAY, jump_factor=3)
    assert v.code == "jump_unconfirmed" and v.limit == Decimal("840.0")
    v = rules.check_reading(mt, "T1", Decimal("1840.1"), on=TODAY, jump_factor=3, jump_confirmed=True)
    assert v.ok and v.flags == ("jump",)


def test_jump_limit_grows_with_missed_months():
    mt = meter(last="1000.0", read_on="2026-08-23")  # three months covered
    assert rules.check_reading(mt, "T1", Decimal("3500.0"), on=TODAY, jump_factor=3).ok


def test_expired_verification_refused_first():
    v = rules.check_reading(meter(due="2025-06-30"), "T1", Decimal("1.0"), on=TODAY, jump_factor=3)
    assert v.code == "verification_expired" and v.params["due"] == "2025-06-30"
    assert rules.check_reading(meter(due="2026-11-21"), "T1", Decimal("99900.0"), on=TODAY, jump_factor=3).ok


def test_unknown_zone_and_no_history():
    assert rules.check_reading(meter(), "T2", Decimal("1"), on=TODAY, jump_factor=3).code == "unknown_zone"
    assert rules.check_reading(meter(last=None), "T1", Decimal("1"), on=TODAY, jump_factor=3).ok


# --- property-based: rollover arithmetic and the monotonic rule ---------------------------------
@st.composite
def dial(draw):
    digits = draw(st.integers(4, 8))
    decimals = draw(st.integers(0, 3))
    scale = 10 ** decimals
    top = 10 ** digits * scale
    prev = Decimal(draw(st.integers(0, top - 1))) / scale
    new = Decimal(draw(st.integers(0, top - 1))) / scale
    return digits, decimals, prev, new


@given(dial())
@settings(max_examples=300, deadline=None)
def test_rollover_consumption_is_the_distance_forward_on_the_dial(case):
    digits, _decimals, prev, new = case
    full_turn = Decimal(10) ** digits
    if new < prev:
        used = rules.rollover_consumption(prev, new, digits)
        assert 0 < used < full_turn
        assert (prev + used) % full_turn == new  # turning the dial forward by `used` lands on `new`
        assert rules.consumption(prev, new, digits, "rollover") == used == new + full_turn - prev
    else:
        assert rules.consumption(prev, new, digits, None) == new - prev
        assert rules.consumption(prev, new, digits, "rollover") == new - prev  # nothing rolled over


@given(dial(), st.sampled_from([None, "rollover", "replacement"]), st.booleans())
@settings(max_examples=300, deadline=None)
def test_never_lower_than_last_without_a_declaration(case, declared, confirmed):
    digits, decimals, prev, new = case
    mt = rules.Meter("1", "cold_water", 1, digits, decimals, None, Decimal(0),
                 {"T1": rules.LastReading(prev, dt.date(2026, 10, 20))}, "x")
    v = rules.check_reading(mt, "T1", new, on=TODAY, jump_factor=3, declared=declared, jump_confirmed=confirmed)
    if new < prev and declared is None:
        assert v.code == "lower_than_last"
    else:
        assert v.ok  # no average: no jump limit
        if declared != "replacement":
            assert v.consumption is not None and v.consumption >= 0


@given(dial())
@settings(max_examples=200, deadline=None)
def test_format_round_trip(case):
    digits, decimals, _prev, new = case
    assert rules.parse_reading(rules.format_value(new, decimals), digits, decimals) == new


@given(st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)), st.integers(1, 28), st.integers(1, 31))
def test_period_is_this_month_until_the_window_closes_then_next(day, start, length):
    end = min(31, start + length)
    w = rules.window_for(day, start, end)
    assert w.period.day == 1
    if w.position == "after":
        assert day > w.end and (w.period.year, w.period.month) == ((day.year + day.month // 12), day.month % 12 + 1)
    else:
        assert day <= w.end and w.period == day.replace(day=1)


def test_local_date_uses_the_provider_time_zone():
    late_evening = dt.datetime(2026, 11, 25, 20, 30, tzinfo=dt.UTC)  # 00:30 on the 26th in Ulyanovsk
    assert rules.local_date(late_evening, "Europe/Ulyanovsk") == dt.date(2026, 11, 26)


# --- backend answers -------------------------------------------------------------------------------
def test_parse_lookup_checks_the_answer():
    assert rules.parse_lookup({"found": False, "server_time": "x", "account": None}) is None
    good = {"found": True, "account": {"meters": [{"id": "m1", "serial": "123", "kind": "electricity",
            "tariff_zones": 2, "digits": 6, "decimals": 1, "verification_due": "2030-01-01", "avg_monthly": "180",
            "last_readings": [{"zone": "T1", "value": "100.5", "read_on": "2026-10-20"}]}]}}
    [mt] = rules.parse_lookup(good)
    assert mt.zones == ("T1", "T2") and mt.last["T1"].value == Decimal("100.5") and mt.known
    for bad in ({"found": "yes"}, {"found": True}, {"found": True, "account": {"meters": [{"kind": "water"}]}}):
        with pytest.raises(rules.LookupError_):
            rules.parse_lookup(bad)
