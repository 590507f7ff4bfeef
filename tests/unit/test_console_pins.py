"""Console PINs against a real store file: the lockout holds under concurrent attempts (threads and
processes), the first technician PIN needs a one-time setup code, PINs have at least 6 digits and
an older shorter PIN still signs in but must be changed."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from kiosk.console import pins
from offline_db.opening import open_store

ROOT = Path(__file__).resolve().parents[2]
T0 = dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC)
TECH_PIN = "582139"
ATTEMPTS = 12


def _wrong_pin(db: str, barrier: Any, results: Any) -> None:
    """One attacker: its own connection to the store, a wrong PIN at the same moment as the others."""
    with open_store(db) as store:
        barrier.wait(timeout=60)
        result = pins.login(store, "000000", T0)
        results.put((result.ok, result.failures, result.locked_until))


def _check_lockout(db: Path, outcomes: list[tuple[bool, int, str | None]]) -> None:
    assert len(outcomes) == ATTEMPTS and not any(ok for ok, _f, _l in outcomes)
    # exactly MAX_FAILURES attempts were checked, each counted once (1, 2, … 5); the rest were refused
    counted = sorted(failures for _ok, failures, _l in outcomes if failures)
    assert counted == list(range(1, pins.MAX_FAILURES + 1))
    assert all(locked for _ok, failures, locked in outcomes if failures == pins.MAX_FAILURES or not failures)
    with open_store(db) as store:
        actions = [r["action"] for r in store.query("SELECT action FROM audit_log")]
        assert actions.count("login_failed") == pins.MAX_FAILURES
        assert actions.count("login_refused_locked") == ATTEMPTS - pins.MAX_FAILURES
        assert pins.lock_state(store, T0)[1] == "2026-11-21T09:05:00Z"
        refused = pins.login(store, TECH_PIN, T0 + dt.timedelta(minutes=4))  # even the right PIN, until it ends
        assert not refused.ok and refused.locked_until == "2026-11-21T09:05:00Z"
        assert pins.login(store, TECH_PIN, T0 + dt.timedelta(minutes=5, seconds=1)).role == "technician"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.sqlite3"
    with open_store(path) as store:
        pins.set_pin(store, "technician", TECH_PIN)
    return path


def test_concurrent_wrong_pins_from_processes_lock_after_exactly_five(db: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(ATTEMPTS), ctx.Queue()
    workers = [ctx.Process(target=_wrong_pin, args=(str(db), barrier, results)) for _ in range(ATTEMPTS)]
    for worker in workers:
        worker.start()
    try:
        outcomes = [results.get(timeout=120) for _ in workers]
    finally:
        for worker in workers:
            worker.join(timeout=60)
    assert [w.exitcode for w in workers] == [0] * ATTEMPTS
    _check_lockout(db, outcomes)


def test_concurrent_wrong_pins_from_threads_lock_after_exactly_five(db: Path) -> None:
    import queue

    barrier, results = threading.Barrier(ATTEMPTS), queue.Queue()
    threads = [threading.Thread(target=_wrong_pin, args=(str(db), barrier, results)) for _ in range(ATTEMPTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    _check_lockout(db, [results.get_nowait() for _ in threads])


def test_a_right_pin_clears_the_count(db: Path) -> None:
    with open_store(db) as store:
        for _ in range(pins.MAX_FAILURES - 1):
            pins.login(store, "000000", T0)
        assert pins.login(store, TECH_PIN, T0).role == "technician"
        assert pins.lock_state(store, T0) == (0, None)
        assert pins.login(store, "000000", T0).failures == 1


def test_an_older_four_digit_pin_signs_in_but_must_be_changed(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.sqlite3") as store:
        # as a version that allowed 4 digits stored it
        store.set_setting("console.pin.clerk", pins.hash_pin("4821"))
        pins.set_pin(store, "technician", TECH_PIN)
        old = pins.login(store, "4821", T0)
        assert old.role == "clerk" and old.must_change
        assert not pins.login(store, TECH_PIN, T0).must_change
        with pytest.raises(pins.PinError, match="6 to 12 digits"):
            pins.set_pin(store, "clerk", "4822")
        pins.set_pin(store, "clerk", "904127", actor="clerk")
        assert not pins.login(store, "4821", T0).ok
        renewed = pins.login(store, "904127", T0)
        assert renewed.role == "clerk" and not renewed.must_change


def test_a_setup_code_sets_the_first_technician_pin_once(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.sqlite3") as store:
        assert not pins.setup_pending(store, T0)
        code = pins.new_setup_code(store, now=T0)
        assert len(code) == pins.SETUP_DIGITS and code.isdigit()
        assert code not in "\n".join(store.conn.iterdump())  # only its hash is kept
        assert pins.setup_pending(store, T0)
        wrong = pins.check_setup_code(store, "1" * pins.SETUP_DIGITS, T0)
        assert not wrong.ok and wrong.failures == 1
        assert pins.check_setup_code(store, code, T0).ok
        assert pins.lock_state(store, T0) == (0, None)
        with pytest.raises(pins.PinError, match="too easy"):
            pins.set_first_pin(store, code, "123456", T0)
        pins.set_first_pin(store, code, TECH_PIN, T0)
        assert pins.login(store, TECH_PIN, T0).role == "technician"
        assert not pins.setup_pending(store, T0) and store.get_setting(pins.SETUP_KEY) is None
        with pytest.raises(pins.PinError, match="no longer valid"):   # used up
            pins.set_first_pin(store, code, "760193", T0)
        assert not pins.check_setup_code(store, code, T0).ok
        with pytest.raises(pins.PinError, match="already set"):
            pins.new_setup_code(store, now=T0)
        audit = [(r["action"], r["details"]) for r in store.query("SELECT action, details FROM audit_log")]
        assert ("set_pin", "setup code") in audit and ("setup_code_failed", "") in audit


def test_a_setup_code_expires_and_wrong_codes_lock_the_pad(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.sqlite3") as store:
        code = pins.new_setup_code(store, hours=1, now=T0)
        later = T0 + dt.timedelta(hours=1, seconds=1)
        assert pins.setup_pending(store, T0 + dt.timedelta(minutes=59)) and not pins.setup_pending(store, later)
        assert not pins.check_setup_code(store, code, later).ok
        with pytest.raises(pins.PinError, match="no longer valid"):
            pins.set_first_pin(store, code, TECH_PIN, later)
        code = pins.new_setup_code(store, now=T0)  # a new code replaces the old one
        for _ in range(pins.MAX_FAILURES):
            result = pins.check_setup_code(store, "0" * pins.SETUP_DIGITS, T0)
        assert result.locked_until == "2026-11-21T09:05:00Z"
        assert not pins.check_setup_code(store, code, T0 + dt.timedelta(minutes=1)).ok  # locked: not checked
        assert pins.check_setup_code(store, code, T0 + dt.timedelta(minutes=6)).ok


def test_set_pin_for_the_technician_voids_a_setup_code(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.sqlite3") as store:
        code = pins.new_setup_code(store, now=T0)
        pins.set_pin(store, "technician", TECH_PIN)
        assert store.get_setting(pins.SETUP_KEY) is None
        assert not pins.check_setup_code(store, code, T0).ok


def test_setup_code_command_prints_a_code_the_screen_accepts(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    env = dict(os.environ, KIOSK_HOME=str(tmp_path))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "main.py", "--db", str(db), *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60)

    printed = run("setup-code", "--hours", "2")
    assert printed.returncode == 0, printed.stderr
    code = printed.stdout.strip().replace(" ", "")
    assert len(code) == pins.SETUP_DIGITS and "valid until" in printed.stderr
    with open_store(db) as store:
        assert pins.check_setup_code(store, code).ok
        pins.set_first_pin(store, code, TECH_PIN)
    refused = run("setup-code")
    assert refused.returncode == 2 and "already set" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
