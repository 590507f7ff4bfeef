"""Salvage of a damaged store (issue 14, finding 1): the store is damaged in several ways with 50
items waiting, and each case checks what the fresh store holds afterwards, that read-only
commands change nothing, and that the damaged file is kept."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kiosk.console import pins
from kiosk.sync import config as cfg
from offline_db import outbox
from offline_db.opening import open_store
from offline_db.salvage import latest_recovery
from offline_db.store import StoreDamaged

REPO_ROOT = Path(__file__).resolve().parents[2]
ITEMS = 50
TECH_PIN, CLERK_PIN = "583921", "902714"


def build_store(path: Path, *, keep_wal: bool = False) -> dict[str, Any]:
    """A kiosk store as it is in use: enrolled, PINs set, a lockout count, audit entries, reference
    rows, three delivered items and ``ITEMS`` waiting.  Returns what it holds.  With ``keep_wal``
    the waiting items stay in the WAL (copied while the store is open, as after a power cut)."""
    with open_store(path) as store:
        store.set_setting(cfg.K_URL, "http://127.0.0.1:9")
        store.set_setting("kiosk_id", "kiosk-e2e")
        store.set_setting(cfg.K_TOKEN_FILE, str(path.parent / "sync-token-kiosk-e2e"))
        pins.set_pin(store, "technician", TECH_PIN)
        pins.set_pin(store, "clerk", CLERK_PIN)
        store.set_setting("console.failures", 2)
        for i in range(30):
            store.audit("technician", "test_entry", str(i))
        with store.atomic():
            store.conn.executemany(
                "INSERT INTO offices(id, name_ru, name_en, address_ru, address_en, timezone, updated_at)"
                " VALUES (?, ?, ?, '', '', 'Europe/Ulyanovsk', '2026-11-01T00:00:00Z')",
                [(f"off-{i}", f"МФЦ {i}", f"MFC {i}") for i in range(200)])
        delivered = [outbox.enqueue(store, "application", {"service_id": "svc-001", "n": -i}) for i in range(3)]
        outbox.apply_results(store, [outbox.ItemResult(i.uuid, "accepted", f"R{n}") for n, i in enumerate(delivered)])
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        waiting = []
        for i in range(ITEMS):  # one transaction each, as at the kiosk
            waiting.append(outbox.enqueue(store, "application", {
                "service_id": "svc-001", "office_id": "off-1",
                "fields": {"n": i, "full_name": "Иванова Мария Петровна", "note": "x" * (200 + 7 * i)}}))
        if keep_wal:
            copy = path.with_name("copy.sqlite3")
            shutil.copy(path, copy)
            shutil.copy(str(path) + "-wal", str(copy) + "-wal")
        else:
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        settings = {row["key"]: row["value"] for row in store.query("SELECT key, value FROM settings")}
        pages = {name: [row[0] for row in store.conn.execute(
                     "SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", [name])]
                 for name in ("outbox", "settings", "audit_log")}
    if keep_wal:
        for suffix in ("", "-wal"):
            os.replace(str(copy) + suffix, str(path) + suffix)
        Path(str(path) + "-shm").unlink(missing_ok=True)
    return {"waiting": {i.uuid: i for i in waiting}, "delivered": {i.uuid for i in delivered},
            "settings": settings, "pages": pages}


def overwrite(path: Path, offset: int, size: int, rng: random.Random) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(rng.randbytes(size))


def damage(path: Path, how: str, built: dict[str, Any], rng: random.Random) -> None:
    page = 4096
    size = path.stat().st_size
    outbox_pages = built["pages"]["outbox"]
    if how == "random_pages":  # the outbox's root and three of its other pages
        for number in [outbox_pages[0], *rng.sample(outbox_pages[1:], 3)]:
            overwrite(path, (number - 1) * page, page, rng)
    elif how == "header":
        overwrite(path, 0, 100, rng)
    elif how == "tail":
        overwrite(path, size - 2048 - 512, 2048, rng)
    elif how == "truncated":
        with path.open("r+b") as fh:
            fh.truncate(size - 2 * page - 1000)
    elif how == "wal":  # 4 KB in the middle of the frames written since the last checkpoint
        wal = Path(str(path) + "-wal")
        overwrite(wal, 32 + (wal.stat().st_size - 32) // 2, 4096, rng)
    else:
        raise AssertionError(how)


#: how -> the fewest waiting items that must come back (the rest sat on the damaged bytes)
CASES = {"random_pages": 20, "header": ITEMS, "tail": 40, "truncated": 30, "wal": ITEMS}


@pytest.mark.parametrize("how", list(CASES))
def test_damaged_store_is_salvaged_into_the_fresh_one(tmp_path: Path, how: str) -> None:
    path = tmp_path / "kiosk.sqlite3"
    built = build_store(path, keep_wal=how == "wal")
    damage(path, how, built, random.Random(f"salvage-{how}"))
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    with open_store(path) as store:
        assert store.integrity_ok()
        kept = store.recovered_from
        assert kept is not None and hashlib.sha256(kept.read_bytes()).hexdigest() == before  # kept as it was
        if how == "wal":
            assert Path(str(kept) + "-wal").exists()
        items = outbox.items(store)
        record = latest_recovery(store)
        settings = {row["key"]: row["value"] for row in store.query("SELECT key, value FROM settings")}
        audit = store.query("SELECT role, action, target FROM audit_log ORDER BY id")
        tech_login = pins.login(store, TECH_PIN)

    waiting = built["waiting"]
    salvaged = [i for i in items if i.uuid in waiting]
    # Every item that came back is the one the citizen was given a receipt for, due to be sent.
    for item in salvaged:
        original = waiting[item.uuid]
        assert (item.captured_at, item.receipt_number, item.payload_json, item.kind) == (
            original.captured_at, original.receipt_number, original.payload_json, original.kind)
        assert item.state == "pending" and item.next_attempt_at is None
    assert all(i.uuid in waiting or i.uuid in built["delivered"] for i in items), "an item nobody queued"
    assert len(salvaged) >= CASES[how]
    assert {i.uuid for i in items if i.state == "accepted"} <= built["delivered"]

    # The record says what happened, and its counts are what the store holds.
    assert record is not None and record["error"] is None and record["damaged_file"] == str(kept)
    assert record["salvaged"]["outbox_undelivered"] == len(salvaged)
    assert len(salvaged) + record["lost"]["outbox"] <= ITEMS
    if how in ("header", "wal"):
        assert record["lost"]["outbox"] == 0
    if how == "tail":  # the damaged cells sit on a leaf page the walk reached: counted exactly
        assert len(salvaged) + record["lost"]["outbox"] == ITEMS

    # Enrolment, sync configuration, PIN hashes, lockout count and the audit log come back.
    for key in (cfg.K_URL, "kiosk_id", cfg.K_TOKEN_FILE, "console.pin.technician", "console.pin.clerk",
                "console.failures"):
        assert settings[key] == built["settings"][key], key
    assert tech_login.role == "technician"
    assert sum(a["action"] == "test_entry" for a in audit) == 30
    assert audit[-1]["action"] == "store_recovered" and audit[-1]["target"] == kept.name
    assert record["sync_configured"] and record["pins"] == ["clerk", "technician"]


def test_a_store_that_reopens_after_salvage_is_not_salvaged_again(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    built = build_store(path)
    damage(path, "header", built, random.Random(1))
    with open_store(path) as store:
        assert store.recovered_from is not None
    with open_store(path) as store:
        assert store.recovered_from is None
        assert outbox.undelivered_count(store) == ITEMS
        assert len(store.get_setting("store.recoveries")) == 1
    assert len(list(tmp_path.glob("kiosk.sqlite3.corrupt-*"))) == 1


def test_an_interrupted_recovery_is_completed_at_the_next_open(tmp_path: Path) -> None:
    """Cut off after the damaged file moved aside and before the salvaged one moved in."""
    path = tmp_path / "kiosk.sqlite3"
    built = build_store(path)
    damage(path, "header", built, random.Random(2))
    with open_store(path) as store:
        assert store.recovered_from is not None
    os.replace(path, path.with_name(path.name + ".salvaged"))
    with open_store(path) as store:
        assert outbox.undelivered_count(store) == ITEMS
        assert latest_recovery(store) is not None


def test_read_only_opening_refuses_a_damaged_store_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite3"
    built = build_store(path)
    damage(path, "random_pages", built, random.Random(3))
    listing = sorted(p.name for p in tmp_path.iterdir())
    data = path.read_bytes()
    with pytest.raises(StoreDamaged, match="damaged"):
        open_store(path, repair=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == listing
    assert path.read_bytes() == data


def _main(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KIOSK_HOME": str(path.parent / "home"), "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), "--db", str(path), *args], env=env,
                          capture_output=True, text=True, timeout=120, cwd=REPO_ROOT)


@pytest.mark.parametrize("how", ["random_pages", "wal"])
def test_read_only_commands_report_a_damaged_store_and_leave_it_untouched(tmp_path: Path, how: str) -> None:
    path = tmp_path / "kiosk.sqlite3"
    built = build_store(path, keep_wal=how == "wal")
    damage(path, how, built, random.Random(4))

    def snapshot() -> dict[str, tuple[str, int]]:
        """The store, its WAL and anything else in the folder, byte for byte.  Only SQLite's
        shared-memory index (-shm, rebuilt from the WAL by any reader) may appear beside a WAL."""
        return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
                for p in tmp_path.iterdir() if p.is_file() and not p.name.endswith("-shm")}

    before = snapshot()
    status = _main(path, "status")
    assert status.returncode == 3
    assert "damaged" in status.stderr and "nothing was changed" in status.stderr
    assert "Traceback" not in status.stderr
    as_json = _main(path, "status", "--json")
    assert as_json.returncode == 3
    assert json.loads(as_json.stdout)["store"] == {"damaged": True, "path": str(path),
                                                   "reason": json.loads(as_json.stdout)["store"]["reason"],
                                                   "changed": False}
    for args in (("integrity",), ("audit",), ("settings",), ("diagnostics", str(tmp_path / "out" / "d.zip"))):
        result = _main(path, *args)
        assert result.returncode != 0, args
        assert "damaged" in result.stdout + result.stderr, args
    assert snapshot() == before
    assert not (tmp_path / "out" / "d.zip").exists()

    # A command that writes repairs it, and status then says so.
    assert _main(path, "settings", "idle_timeout_s", "120").returncode == 0
    after = _main(path, "status", "--json")
    assert after.returncode == 0, after.stderr
    recovery = json.loads(after.stdout)["store_recovery"]
    assert recovery["salvaged"]["outbox_undelivered"] >= CASES[how] and recovery["damaged_file"].startswith(str(path))
    text = _main(path, "status").stdout
    assert "store recovered:" in text and "undelivered" in text


def test_check_of_a_healthy_store_with_a_wal_is_not_damage(tmp_path: Path) -> None:
    """A WAL whose last frame was torn by a crash (nothing committed after it) is normal."""
    path = tmp_path / "kiosk.sqlite3"
    build_store(path, keep_wal=True)
    wal = Path(str(path) + "-wal")
    with wal.open("r+b") as fh:  # half of a frame that was being written
        fh.seek(0, 2)
        fh.write(b"\x00\x00\x00\x05" + os.urandom(3000))
    with open_store(path) as store:
        assert store.recovered_from is None
        assert outbox.undelivered_count(store) == ITEMS
        assert store.scalar("SELECT count(*) FROM sqlite_master") > 0
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
