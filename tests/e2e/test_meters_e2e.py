"""Meter readings against the REAL backend process: a reading captured inside the window and
delivered two days after it closed counts for the window's month; one captured just after the
window counts for the next; an unknown account is rejected with a reason that the status look-up
(the status screen's path) shows; a wrong address fragment reveals nothing."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import requests

from kiosk.domain import meters as m
from kiosk.services import meters as meter_service
from kiosk.services import status as status_service
from kiosk.sync import config as cfg
from mfc_rules import meters as rules
from offline_db.demo import load_demo_region
from offline_db.opening import open_store
from tests.e2e.backend_proc import REPO_ROOT, running_backend

pytestmark = pytest.mark.e2e

ENERGO = {"id": "util-energo", "account_pattern": r"^\d{12}$", "account_check": "luhn", "window_start_day": 15,
          "window_end_day": 25, "jump_factor": 3.0, "timezone": "Europe/Ulyanovsk"}
DELIVERED_AT = "2026-11-27T10:00:00Z"  # two days after the window (15–25 November) closed


def kiosk_cli(home: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KIOSK_HOME": str(home), "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), "--db", str(db), *args], env=env,
                          capture_output=True, text=True, timeout=120, cwd=REPO_ROOT)


def offline_meter(serial: str, kind: str = "electricity") -> rules.Meter:
    return rules.Meter(serial, kind, 1, 7, 1)  # offline: only the serial is known at the kiosk


@pytest.fixture
def backend(tmp_path, pin_clock):
    """The real backend with the demo region; its clock and the kiosk's run from DELIVERED_AT."""
    delivered = dt.datetime.fromisoformat(DELIVERED_AT.replace("Z", "+00:00"))
    pin_clock(delivered)
    with running_backend(tmp_path / "backend.db", reference="demo", now=delivered) as backend:
        yield backend


def test_captured_in_window_delivered_after_it_closed_counts_for_its_month(tmp_path, backend):
    home = tmp_path / "home"
    home.mkdir()
    db = home / "kiosk.sqlite3"
    with open_store(db) as store:
        load_demo_region(store)
        # offline at the kiosk: 25 November 23:30 local (19:30 UTC), inside the window
        in_window = meter_service.submit_readings(store, ENERGO, "732312225103", "12", "34",
                                      [rules.ReadingEntry(offline_meter("74454570"), "T1", Decimal("99990.5"))],
                                      online=False, lang="ru", now=dt.datetime(2026, 11, 25, 19, 30, tzinfo=dt.UTC))
        # 26 November 00:30 local: the window has closed → December
        late = meter_service.submit_readings(store, {**ENERGO}, "737387056549", "8", "5",
                                 [rules.ReadingEntry(offline_meter("22188550"), "T1", Decimal("9700.0"))],
                                 online=False, lang="ru", now=dt.datetime(2026, 11, 25, 20, 30, tzinfo=dt.UTC))
        unknown = meter_service.submit_readings(store, ENERGO, "732312225111", "12", "34",
                                    [rules.ReadingEntry(offline_meter("74454570"), "T1", Decimal("99999.0"))],
                                    online=False, lang="en", now=dt.datetime(2026, 11, 25, 19, 31, tzinfo=dt.UTC))
        assert in_window.period == "2026-11" and late.period == "2026-12"

    token_file = home / "token.txt"
    token_file.write_text(backend.token + "\n")
    r = kiosk_cli(home, db, "configure", "--backend", backend.base_url, "--kiosk-id", backend.kiosk_id,
                  "--token-file", str(token_file))
    assert r.returncode == 0, r.stderr
    r = kiosk_cli(home, db, "sync", "--once", "--no-pull")
    assert r.returncode == 0, r.stderr
    assert "accepted 2" in r.stdout and "rejected 1" in r.stdout, r.stdout

    with open_store(db) as store:
        ok = status_service.local_status(store, in_window.receipt_number)
        bad = status_service.local_status(store, unknown.receipt_number)
        config = status_service.remote_config(store)
    assert ok.state == "accepted" and ok.server_ref
    # the unknown account: rejected with a reason the status screen shows, in both languages
    assert bad.state == "rejected" and bad.reject_code == "account_not_found"
    assert "account" in bad.reason_en and "счёт" in bad.reason_ru
    remote = status_service.remote_status(config, bad.uuid)
    assert remote.online and remote.result == "rejected" and remote.reason_en == bad.reason_en

    session = backend.session()
    periods = {}
    for done in (in_window, late):
        status = session.get(backend.url(f"/api/v1/submissions/{done.outbox_uuid}"), timeout=5).json()
        [reading] = status["readings"]
        periods[done.receipt_number] = reading["period"]
        assert reading["result"] == "accepted" and reading["flags"] == []
    assert periods == {in_window.receipt_number: "2026-11", late.receipt_number: "2026-12"}
    # the accepted reading is now the account's last one, dated by the capture, not by the delivery
    found = session.post(backend.url("/api/v1/utilities/accounts/lookup"),
                         json={"provider_id": "util-energo", "account_number": "732312225103", "house": "12",
                               "flat": "34"}, timeout=5).json()
    last = found["account"]["meters"][0]["last_readings"][0]
    assert last == {"zone": "T1", "value": "99990.5", "read_on": "2026-11-25"}


def test_wrong_address_fragment_reveals_nothing_over_http(backend):
    url = backend.url("/api/v1/utilities/accounts/lookup")
    good = {"provider_id": "util-energo", "account_number": "732312225103", "house": "12", "flat": "34"}
    answers = [requests.post(url, json={**good, **change}, headers=backend.headers, timeout=5)
               for change in ({"flat": "35"}, {"house": "12а"}, {"account_number": "732312225111"})]
    assert all(r.status_code == 200 for r in answers)
    bodies = [{k: v for k, v in r.json().items() if k != "server_time"} for r in answers]
    assert bodies == [{"found": False, "account": None}] * 3
    assert requests.post(url, json=good, headers=backend.headers, timeout=5).json()["found"] is True
    assert requests.post(url, json=good, timeout=5).status_code == 401


def test_kiosk_lookup_through_the_client(tmp_path, backend):
    home = tmp_path / "home"
    home.mkdir()
    with open_store(home / "kiosk.sqlite3") as store:
        store.set_setting(cfg.K_URL, backend.base_url)
        store.set_setting(cfg.K_TOKEN_FILE, str(cfg.write_token(home, "kiosk-e2e", backend.token)))
        store.set_setting("kiosk_id", "kiosk-e2e")
        config = status_service.remote_config(store)
    found = meter_service.lookup_account(config, "util-energo", "7323 1222 5103", "12", "34")
    assert found.online and found.found and found.meters[0].serial == "74454570"
    assert found.meters[0].last["T1"].value == Decimal("99870.4")
    missing = meter_service.lookup_account(config, "util-energo", "732312225103", "12", "35")
    assert missing.online and not missing.found and missing.meters == ()
    backend.stop()
    assert meter_service.lookup_account(config, "util-energo", "732312225103", "12", "34") == m.Lookup(online=False)


def test_fast_kiosk_clock_is_corrected_by_the_offset_learned_at_sync(tmp_path, backend):
    """The kiosk's clock is 10 minutes fast and it never looked an account up: the sync engine's
    health check taught it the offset, so readings taken at 23:55 (really 23:45) on the window's
    last day, and at 00:05 the next day by its clock (really 23:55, still inside the window: beyond
    the 5-minute skew tolerance), both count for November when delivered two days later."""
    from kiosk.sync import clock
    from kiosk.sync.core import make_engine
    from offline_db.store import utcnow

    home = tmp_path / "home"
    home.mkdir()
    with open_store(home / "kiosk.sqlite3") as store:
        load_demo_region(store)
        store.set_setting(cfg.K_URL, backend.base_url)
        store.set_setting(cfg.K_TOKEN_FILE, str(cfg.write_token(home, "kiosk-e2e", backend.token)))
        store.set_setting("kiosk_id", "kiosk-e2e")
        engine = make_engine(store)
        engine.client.clock = lambda: utcnow() + dt.timedelta(minutes=10)
        try:
            engine.check_health()
            offset = clock.known_offset_s(store)
            assert offset is not None and -602 < offset < -598
            # the captures below are dated two days before the pinned "now": the offset was learned
            # just before them (a kiosk whose clock went back since it learned it is not trusted)
            store.set_setting(clock.SETTING, {**store.get_setting(clock.SETTING), "learned_at": "2026-11-25T19:50:00Z"})
            # by the kiosk's clock: 25 November 23:55 and 26 November 00:05 in Ulyanovsk (UTC+4)
            last_minutes = meter_service.submit_readings(
                store, ENERGO, "732312225103", "12", "34",
                [rules.ReadingEntry(offline_meter("74454570"), "T1", Decimal("99990.5"))],
                online=False, lang="ru", now=dt.datetime(2026, 11, 25, 19, 55, tzinfo=dt.UTC))
            after_midnight = meter_service.submit_readings(
                store, ENERGO, "737387056549", "8", "5",
                [rules.ReadingEntry(offline_meter("22188550"), "T1", Decimal("9700.0"))],
                online=False, lang="ru", now=dt.datetime(2026, 11, 25, 20, 5, tzinfo=dt.UTC))
            # the receipt already says what the backend will decide
            assert last_minutes.period == after_midnight.period == "2026-11"
            report = engine.run_once(pull=False)
        finally:
            engine.client.close()
    assert report.accepted == 2, report.error

    session = backend.session()
    for done, really in ((last_minutes, "2026-11-25T19:45"), (after_midnight, "2026-11-25T19:55")):
        status = session.get(backend.url(f"/api/v1/submissions/{done.outbox_uuid}"), timeout=5).json()
        [reading] = status["readings"]
        assert reading["result"] == "accepted" and reading["period"] == "2026-11", reading
        assert reading["flags"] == []  # decided with the offset, not by the skew tolerance
        moment = dt.datetime.fromisoformat(reading["effective_capture"].replace("Z", "+00:00"))
        assert abs(moment - dt.datetime.fromisoformat(really + ":00+00:00")) < dt.timedelta(seconds=3)
