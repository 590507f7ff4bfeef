"""Meter readings at the kiosk: the window sentences (``kiosk.domain.meters``), the submission to the
outbox (``kiosk.services.meters``), no personal account data in the store.  The rules themselves:
tests/rules/test_rules_meters.py."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from kiosk.domain import meters as m
from kiosk.services import meters as meter_service
from mfc_rules import meters as rules
from offline_db import outbox
from offline_db.demo import load_demo_region
from offline_db.opening import open_store
from tests.rules.test_rules_meters import ENERGO, meter


# --- windows -------------------------------------------------------------------------------------
def test_window_sentences():
    inside = rules.window_for(dt.date(2026, 11, 21), 20, 25)
    assert inside.position == "inside" and inside.period_key == "2026-11"
    assert m.window_sentence(inside, "en") == ("Readings for November are accepted from 20 to 25 November. "
                                               "Your readings will count for November.")
    assert "с 20 по 25 ноября" in m.window_sentence(inside, "ru")
    after = rules.window_for(dt.date(2026, 12, 27), 20, 25)
    assert after.period_key == "2027-01" and "January 2027" in m.window_sentence(after, "en")
    before = rules.window_for(dt.date(2026, 11, 3), 20, 25)
    assert before.position == "before" and before.period_key == "2026-11"
    feb = rules.window_for(dt.date(2027, 2, 28), 20, 31)
    assert feb.end == dt.date(2027, 2, 28) and feb.position == "inside"


# --- submission ------------------------------------------------------------------------------------
def test_submit_queues_one_item_with_capture_time_and_clock_offset(tmp_path):
    with open_store(tmp_path / "k.sqlite3") as store:
        load_demo_region(store)
        assert store.scalar("SELECT count(*) FROM utility_accounts") == 0  # no personal data on the kiosk
        now = dt.datetime(2026, 11, 25, 15, 0, tzinfo=dt.UTC)
        meter_service.remember_server_clock(store, "2026-11-25T15:00:07Z", now)
        entry = rules.ReadingEntry(meter(), "T1", Decimal("99990.5"))
        offline = rules.ReadingEntry(rules.Meter("555", "gas", digits=5, decimals=3), "T1", Decimal("12.5"))
        done = meter_service.submit_readings(store, ENERGO, "732312225103", "12", "34", [entry, offline], online=True,
                                 lang="ru", now=now)
        item = outbox.get_by_uuid(store, done.outbox_uuid)
        payload = json.loads(item.payload_json)
        assert item.kind == "meter_readings" and item.captured_at == "2026-11-25T15:00:00Z"
        assert payload["kiosk_clock_offset_s"] == 7.0 and payload["period_at_kiosk"] == "2026-11"
        assert payload["readings"][0] == {"meter_serial": "74454570", "meter_kind": "electricity", "zone": "T1",
                                          "value": "99990.5", "declared": None, "jump_confirmed": False,
                                          "checked_at_kiosk": True, "previous_seen": "99870.4", "flags": []}
        assert payload["readings"][1]["checked_at_kiosk"] is False and payload["readings"][1]["value"] == "12.500"
        with pytest.raises(m.SubmitError):
            meter_service.submit_readings(store, ENERGO, "732312225103", "12", "34",
                              [rules.ReadingEntry(meter(), "T1", Decimal("10.0"))], online=True, lang="ru", now=now)
        assert outbox.counts(store)["pending"] == 1


def test_the_kiosk_store_refuses_personal_account_rows(tmp_path):
    import sqlite3

    with open_store(tmp_path / "k.sqlite3") as store, pytest.raises(sqlite3.IntegrityError, match="not kept"):
        store.execute("INSERT INTO utility_providers(id, name_ru, name_en, account_pattern, timezone, updated_at)"
                      " VALUES ('p', 'п', 'p', '.*', 'UTC', 'x')")
        store.execute("INSERT INTO utility_accounts VALUES ('a', 'p', '1', 'r', 'e', '1', '', 'x')")


def test_older_store_is_purged_of_account_data(tmp_path):
    from offline_db import schema
    from offline_db.store import Store

    path = tmp_path / "k.sqlite3"
    store = Store(path, migrate=False)
    schema.apply_migrations(store.db, stop_before="m003_no_personal_utility_data")
    store.execute("INSERT INTO utility_providers(id, name_ru, name_en, account_pattern, timezone, updated_at)"
                  " VALUES ('p', 'п', 'p', '.*', 'UTC', 'x')")
    store.execute("INSERT INTO utility_accounts VALUES ('a', 'p', '1', 'r', 'e', '1', '', 'x')")
    store.execute("INSERT INTO meters(id, account_id, serial, kind, digits, verification_due, updated_at)"
                  " VALUES ('m', 'a', 's', 'gas', 5, '2030-01-01', 'x')")
    store.execute("INSERT INTO meter_readings VALUES ('m', 'T1', 1.0, '2026-10-01')")
    store.close()
    with open_store(path) as upgraded:
        assert [upgraded.scalar(f"SELECT count(*) FROM {t}") for t in ("utility_accounts", "meters", "meter_readings")] == [0, 0, 0]
        assert upgraded.scalar("SELECT count(*) FROM utility_providers") == 1
