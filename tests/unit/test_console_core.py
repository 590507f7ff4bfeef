"""Console core: PIN hashing and lockout (also across a restart), backup/restore, diagnostics."""

from __future__ import annotations

import datetime as dt
import json
import os
import pty
import re
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from kiosk.console import maintenance, pins
from offline_db import outbox
from offline_db.opening import open_store

ROOT = Path(__file__).resolve().parents[2]
T0 = dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC)


def test_pins_are_salted_scrypt_hashes(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.sqlite3") as store:
        pins.set_pin(store, "technician", "582139")
        pins.set_pin(store, "clerk", "904127")
        stored = store.get_setting("console.pin.technician")
        assert stored.startswith("scrypt$") and "582139" not in stored
        assert pins.hash_pin("582139") != pins.hash_pin("582139")  # salted
        assert pins.login(store, "582139", T0).role == "technician"
        assert pins.login(store, "904127", T0).role == "clerk"
        # not in settings, not in the audit log (long hex runs are salts and hashes: random digits)
        dump = re.sub(r"[0-9a-f]{16,}", "<hex>", "\n".join(store.conn.iterdump()))
        assert "582139" not in dump and "904127" not in dump


@pytest.mark.parametrize("pin, message", [
    ("12", "6 to 12 digits"), ("12ab56", "6 to 12 digits"), ("4821", "6 to 12 digits"), ("48217", "6 to 12 digits"),
    ("1" * 13, "6 to 12 digits"), ("123456", "too easy"), ("777777", "too easy"), ("987654", "too easy"),
    ("890123", "too easy"), ("121212", "too easy"), ("314314", "too easy"), ("12341234", "too easy")])
def test_weak_or_malformed_pins_are_refused(tmp_path: Path, pin: str, message: str) -> None:
    with open_store(tmp_path / "k.sqlite3") as store, pytest.raises(pins.PinError, match=message):
        pins.set_pin(store, "clerk", pin)


def test_clerk_and_technician_pins_must_differ(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.sqlite3") as store:
        pins.set_pin(store, "technician", "582139")
        with pytest.raises(pins.PinError, match="differ"):
            pins.set_pin(store, "clerk", "582139")


def test_five_wrong_pins_lock_for_five_minutes_even_after_restart(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    with open_store(path) as store:
        pins.set_pin(store, "technician", "582139")
        for i in range(4):
            result = pins.login(store, "00001", T0)
            assert not result.ok and result.locked_until is None and result.failures == i + 1
        result = pins.login(store, "00001", T0)
        assert result.locked_until == "2026-11-21T09:05:00Z"
    with open_store(path) as store:  # the kiosk was restarted
        during = pins.login(store, "582139", T0 + dt.timedelta(minutes=4))
        assert not during.ok and during.locked_until == "2026-11-21T09:05:00Z"
        after = pins.login(store, "582139", T0 + dt.timedelta(minutes=5, seconds=1))
        assert after.role == "technician"
        actions = [r["action"] for r in store.query("SELECT action FROM audit_log ORDER BY id")]
        assert actions.count("login_failed") == 5 and "login_refused_locked" in actions
        assert actions[-1] == "login"


def test_roles_technician_can_do_what_a_clerk_can() -> None:
    assert pins.can("technician", "clerk") and pins.can("clerk", "clerk")
    assert not pins.can("clerk", "technician")


def test_set_pin_command_asks_twice_without_echo(tmp_path: Path) -> None:
    db = tmp_path / "k.sqlite3"
    pid, fd = pty.fork()
    if pid == 0:  # child: the real command on a terminal
        os.chdir(ROOT)
        os.environ["KIOSK_HOME"] = str(tmp_path)
        os.execv(sys.executable, [sys.executable, "main.py", "--db", str(db), "set-pin", "--role", "technician"])
    output = b""

    def read_until(marker: bytes) -> None:
        nonlocal output
        while marker not in output:
            chunk = os.read(fd, 1024)
            if not chunk:
                raise AssertionError(output)
            output += chunk

    read_until(b"PIN: ")
    os.write(fd, b"582139\n")
    read_until(b"Repeat the PIN: ")
    os.write(fd, b"582139\n")
    read_until(b"PIN set")
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0
    assert b"582139" not in output  # no echo
    with open_store(db) as store:
        assert pins.login(store, "582139").role == "technician"


def test_backup_is_consistent_while_a_writer_runs_and_restores(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    store = open_store(path)
    stop = threading.Event()

    def writer() -> None:
        other = open_store(path)
        n = 0
        while not stop.is_set() and n < 2000:
            with other.atomic():
                outbox.enqueue(other, "application", {"n": n})
            n += 1
            # a busy writer, but one that lets go between writes: SQLite's busy handler is not fair,
            # and a loop that takes the lock again at once starved the backup's audit entry for
            # over the 5 s busy timeout on a loaded CI machine
            time.sleep(0.001)
        other.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        result = maintenance.backup(store, tmp_path / "b.sqlite3")
    finally:
        stop.set()
        thread.join()
    assert result.outbox_items >= 0
    copy = sqlite3.connect(tmp_path / "b.sqlite3")
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    live = store.scalar("SELECT count(*) FROM outbox")
    assert live >= result.outbox_items
    assert maintenance.restore(store, tmp_path / "b.sqlite3") == result.outbox_items
    assert store.scalar("SELECT count(*) FROM outbox") == result.outbox_items
    assert store.integrity_ok()
    assert [r["action"] for r in store.query("SELECT action FROM audit_log ORDER BY id")][-1] == "restore"
    with pytest.raises(maintenance.MaintenanceError, match="already exists"):
        maintenance.backup(store, tmp_path / "b.sqlite3")
    store.close()


def test_restore_refuses_damaged_or_foreign_files(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.sqlite3") as store:
        junk = tmp_path / "junk.sqlite3"
        junk.write_bytes(b"not a database" * 100)
        with pytest.raises(maintenance.MaintenanceError):
            maintenance.restore(store, junk)
        foreign = tmp_path / "foreign.sqlite3"
        sqlite3.connect(foreign).execute("CREATE TABLE x(a)").connection.commit()
        with pytest.raises(maintenance.MaintenanceError, match="not a kiosk store|cannot be read"):
            maintenance.restore(store, foreign)


def test_diagnostics_zip_holds_no_personal_data(tmp_path: Path) -> None:
    secrets = ["112-233-445 95", "11223344595", "2341998071655749", "+79271234567", "Иванова Мария Петровна",
               "maria.ivanova@example.ru", "ул. Гончарова, д. 17, кв. 42"]
    log_dir = tmp_path / "logs"
    log_dir.mkdir()
    (log_dir / "kiosk.log").write_text(
        "2026-11-21 INFO sync: delivered 3 items\n2026-11-21 ERROR bad: snils 112-233-445 95 phone +79271234567\n",
        encoding="utf-8")
    with open_store(tmp_path / "k.sqlite3") as store:
        with store.atomic():
            outbox.enqueue(store, "application", {"fields": {
                "full_name": secrets[4], "snils": secrets[1], "enp": secrets[2], "phone": secrets[3],
                "email": secrets[5], "address": secrets[6]}})
        store.set_setting("sync.token_file", "/var/lib/kiosk/sync-token-k1")
        pins.set_pin(store, "technician", "582139")
        path = maintenance.export_diagnostics(store, log_dir, tmp_path / "diag.zip")
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        blob = "\n".join(zf.read(n).decode("utf-8") for n in names)
    assert {"diagnostics.json", "audit.json", "logs/kiosk.log"} <= set(names)
    for secret in [*secrets, "582139", "scrypt$", "sync-token-k1"]:
        assert secret not in blob, secret
    data = json.loads(zipfile.ZipFile(path).read("diagnostics.json"))
    assert data["outbox_by_state"] == {"pending": 1} and data["integrity"] == ["ok"]
    assert "delivered 3 items" in blob  # the log itself is there
    assert data["sync_quarantine"] == []


def test_diagnostics_list_quarantined_reference_rows(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.sqlite3") as store:
        store.db.execute("INSERT INTO sync_quarantine(entity, id, dataset, code, field, detail, data, received_at)"
                         " VALUES ('offices', 'off-2', 'offices', 'missing', 'updated_at',"
                         " 'updated_at: required field is missing', '{}', '2026-11-21T09:00:12Z')")
        data = maintenance.diagnostics(store)
    assert data["sync_quarantine"] == [{"dataset": "offices", "entity": "offices", "id": "off-2", "code": "missing",
                                        "field": "updated_at", "detail": "updated_at: required field is missing",
                                        "received_at": "2026-11-21T09:00:12Z"}]


def test_console_commands_one_line_errors(tmp_path: Path) -> None:
    env = dict(os.environ, KIOSK_HOME=str(tmp_path))
    run = lambda *a: subprocess.run([sys.executable, "main.py", "--db", str(tmp_path / "k.sqlite3"), *a],  # noqa: E731
                                    cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    ok = run("backup", str(tmp_path / "b.sqlite3"))
    assert ok.returncode == 0 and "backup written" in ok.stdout
    again = run("backup", str(tmp_path / "b.sqlite3"))
    assert again.returncode == 2 and len(again.stderr.strip().splitlines()) == 1
    assert run("integrity").stdout.strip() == "ok"
    assert run("restore", str(tmp_path / "b.sqlite3"), "--yes").returncode == 0
    audit = run("audit").stdout
    assert "backup" in audit and "restore" in audit  # entries after the backup survive the restore
