"""Capture-time rules against the REAL backend process (issue 16, finding 3): a kiosk whose clock
reads June 2028 and one whose clock reads March 2024 record readings on 7 December 2026.  Neither
receipt promises a period the backend will not use, and the backend refuses both with the capture
date in its reason, which the kiosk's status look-up shows in both languages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kiosk.services import meters as meter_service
from kiosk.services import status as st
from kiosk.sync import clock
from kiosk.sync import config as cfg
from kiosk.sync.core import make_engine
from mfc_rules import meters as rules
from offline_db.demo import load_demo_region
from offline_db.opening import open_store
from tests.e2e.backend_proc import running_backend

pytestmark = pytest.mark.e2e

ENERGO = {"id": "util-energo", "account_pattern": r"^\d{12}$", "account_check": "luhn", "window_start_day": 15,
          "window_end_day": 25, "jump_factor": 3.0, "timezone": "Europe/Ulyanovsk"}
NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)  # the backend's clock: 13:00 in Ulyanovsk
IN_2028 = dt.datetime(2028, 6, 10, 9, 0, tzinfo=dt.UTC)
IN_2024 = dt.datetime(2024, 3, 10, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def backend(tmp_path, pin_clock):
    pin_clock(NOW)
    with running_backend(tmp_path / "backend.db", reference="demo", now=NOW) as backend:
        yield backend


def kiosk(tmp_path, name, backend):
    home = tmp_path / name
    home.mkdir()
    store = open_store(home / "kiosk.sqlite3")
    load_demo_region(store)
    store.set_setting(cfg.K_URL, backend.base_url)
    store.set_setting(cfg.K_TOKEN_FILE, str(cfg.write_token(home, "kiosk-e2e", backend.token)))
    store.set_setting("kiosk_id", "kiosk-e2e")
    return store


def submit(store, now):
    return meter_service.submit_readings(store, ENERGO, "732312225103", "12", "34",
                             [rules.ReadingEntry(rules.Meter("74454570", "electricity", 1, 5, 1), "T1", Decimal("99990.5"))],
                             online=False, lang="ru", now=now)


def test_readings_dated_2028_and_2024_are_refused_with_their_date(tmp_path, backend):
    fast, slow = kiosk(tmp_path, "fast", backend), kiosk(tmp_path, "slow", backend)
    try:
        # the 2028 kiosk has talked to the backend: it knows its clock is wrong (1.5 years ahead)
        engine = make_engine(fast)
        engine.client.clock = lambda: IN_2028
        try:
            engine.check_health()
        finally:
            engine.client.close()
        assert clock.known_offset_s(fast) is None  # beyond a week: not a skew the backend applies
        ahead = submit(fast, IN_2028)
        assert ahead.period is None and ahead.deliver_by is None and ahead.checked  # no "June 2028"
        # the 2024 kiosk never heard the backend's clock: it says which period, but that it is checked
        behind = submit(slow, IN_2024)
        assert behind.period == "2024-03" and behind.checked

        for store, done, code, dates in ((fast, ahead, "captured_in_future", ("10.06.2028", "07.12.2026")),
                                         (slow, behind, "captured_too_old", ("10.03.2024", "26.10.2026"))):
            engine = make_engine(store)
            try:
                report = engine.run_once(pull=False)
            finally:
                engine.client.close()
            assert report.rejected == 1, report
            status = st.local_status(store, done.receipt_number)
            assert status.state == "rejected" and status.reject_code == code
            for date in dates:
                assert date in status.reason_ru and date in status.reason_en
            remote = backend.session().get(backend.url(f"/api/v1/submissions/{done.outbox_uuid}"), timeout=5).json()
            assert remote["status"] == "rejected" and remote["code"] == code
    finally:
        fast.close()
        slow.close()
    # nothing was booked: the meter's last reading is still the demo's
    found = backend.session().post(backend.url("/api/v1/utilities/accounts/lookup"),
                                   json={"provider_id": "util-energo", "account_number": "732312225103",
                                         "house": "12", "flat": "34"}, timeout=5).json()
    assert found["account"]["meters"][0]["last_readings"][0]["value"] == "99870.4"
