"""The utilities store (regional_backend.stores.utilities) on SQLite and on PostgreSQL: the account
look-up the meter tests assert through the API (test_backend_meters.py), at the store, plus the
rule that reloading never rolls a last reading back."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa

from mfc_rules.demo import BACKEND_ONLY, demo_rows
from regional_backend.db.engine import write_transaction
from regional_backend.stores.utilities import UtilityStore, accept_reading

EL = {"provider_id": "util-energo", "account_number": "732312225103", "house": "12", "flat": "34"}
NOW = dt.datetime(2026, 11, 21, 6, 0, tzinfo=dt.UTC)  # the demo's day


@pytest.fixture(scope="module")
def rows() -> dict[str, list[dict[str, Any]]]:
    return demo_rows(NOW.date(), now=NOW)


@pytest.fixture
def store(migrated_engine: sa.Engine, rows) -> UtilityStore:
    store = UtilityStore(migrated_engine)
    store.load({t: rows[t] for t in BACKEND_ONLY})
    return store


def lookup(store: UtilityStore, **changes: str):
    given = {**EL, **changes}
    return store.lookup_account(given["provider_id"], given["account_number"], given["house"], given["flat"])


def test_lookup_with_the_right_address_gives_meters_and_last_readings(store: UtilityStore):
    [meter] = lookup(store, account_number="7323 1222 5103", house="д. 12", flat="кв. 34")
    assert meter["serial"] == "74454570" and meter["digits"] == 5 and meter["decimals"] == 1
    assert meter["last_readings"] == [{"zone": "T1", "value": "99870.4", "read_on": "2026-10-19"}]


@pytest.mark.parametrize("changes", [{"account_number": "732312225111"}, {"flat": "35"}, {"house": "14"},
                                     {"flat": ""}, {"provider_id": "util-vodokanal"}])
def test_a_wrong_number_or_address_fragment_finds_nothing(store: UtilityStore, changes: dict[str, str]):
    assert lookup(store, **changes) is None


def test_three_zone_meter_and_two_meters_of_one_account(store: UtilityStore, rows):
    acc = next(a for a in rows["utility_accounts"] if a["id"] == "acc-el-02")
    meters = lookup(store, account_number=acc["account_number"], house=acc["house"], flat=acc["flat"])
    assert [r["zone"] for r in meters[0]["last_readings"]] == ["T1", "T2", "T3"]
    wt = next(a for a in rows["utility_accounts"] if a["id"] == "acc-wt-01")
    meters = lookup(store, provider_id="util-vodokanal", account_number=wt["account_number"].lower(),
                    house=wt["house"], flat=wt.get("flat") or "")
    assert {m["kind"] for m in meters} == {"cold_water", "hot_water"}


def test_reloading_never_rolls_back_a_reading_accepted_since(store: UtilityStore, migrated_engine: sa.Engine, rows):
    with write_transaction(migrated_engine) as conn:
        accept_reading(conn, "m-el-01", "T1", "99990.5", "2026-11-21")
    assert store.load({t: rows[t] for t in BACKEND_ONLY}) == sum(len(rows[t]) for t in BACKEND_ONLY)
    [meter] = lookup(store)
    assert meter["last_readings"] == [{"zone": "T1", "value": "99990.5", "read_on": "2026-11-21"}]
    newer = [{**r, "value": "99999.9", "read_on": "2026-11-22"} for r in rows["meter_readings"]
             if r["meter_id"] == "m-el-01"]
    store.load({"meter_readings": newer})
    [meter] = lookup(store)
    assert meter["last_readings"] == [{"zone": "T1", "value": "99999.9", "read_on": "2026-11-22"}]
