"""Files with personal data or secrets are the owner's only (0600, folders 0700) whatever the umask.

Each test runs under umask 022 (the usual default) and 000 (the worst case) in this process, so the
code's own explicit modes are what is checked; the kiosk and the backend as real processes are
checked in ``tests/e2e/test_private_files_e2e.py``.
"""

from __future__ import annotations

import csv
import logging
import os
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.console import maintenance, reports
from kiosk.logsetup import RotatingFile
from kiosk.sync import config as sync_config
from mfc_files import private_files
from offline_db import outbox
from offline_db.opening import open_store
from regional_backend.opening import open_storage

SNILS = "112-233-445 95"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask022", "umask000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_store_wal_and_shm_are_private_in_a_private_folder(tmp_path: Path, umask: int) -> None:
    db = tmp_path / "data" / "kiosk.sqlite3"
    with open_store(db) as store:
        with store.atomic():
            outbox.enqueue(store, "application", {"fields": {"snils": SNILS}})
        wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
        assert wal.exists() and shm.exists()
        assert (mode(db), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
    assert mode(db.parent) == 0o700


def test_a_store_left_readable_by_an_older_version_is_narrowed_when_opened(tmp_path: Path, umask: int) -> None:
    db = tmp_path / "kiosk.sqlite3"
    with open_store(db) as store:
        with store.atomic():
            outbox.enqueue(store, "application", {"fields": {"snils": SNILS}})
        os.chmod(db, 0o644)
        os.chmod(f"{db}-wal", 0o644)
        os.chmod(f"{db}-shm", 0o644)
        with open_store(db):
            assert {mode(db), mode(Path(f"{db}-wal")), mode(Path(f"{db}-shm"))} == {0o600}


def test_the_data_and_log_folders_are_private_even_when_they_existed(tmp_path: Path, umask: int,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    (home / "logs").mkdir(parents=True)
    os.chmod(home, 0o755)
    os.chmod(home / "logs", 0o755)
    monkeypatch.setenv("KIOSK_HOME", str(home))
    assert paths.data_dir() == home and mode(home) == 0o700
    assert mode(paths.log_dir()) == 0o700
    fresh = tmp_path / "fresh"
    monkeypatch.setenv("KIOSK_HOME", str(fresh))
    assert mode(paths.data_dir()) == 0o700 and mode(paths.log_dir()) == 0o700


def test_logs_and_rotated_logs_are_private(tmp_path: Path, umask: int) -> None:
    log_file = tmp_path / "kiosk.log"
    log_file.write_text("from an older version\n", encoding="utf-8")
    os.chmod(log_file, 0o644)
    handler = RotatingFile(log_file, max_bytes=200, backups=2)
    logger = logging.getLogger("test_private_files")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(20):
            logger.warning("line %d of the log, long enough to roll the file over soon", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(tmp_path.glob("kiosk.log*"))
    assert [f.name for f in files] == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]
    assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}


def test_backup_diagnostics_audit_export_and_token_are_private(tmp_path: Path, umask: int) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "kiosk.log").write_text("started\n", encoding="utf-8")
    with open_store(tmp_path / "kiosk.sqlite3") as store:
        with store.atomic():
            outbox.enqueue(store, "application", {"fields": {"snils": SNILS}})
        backup = maintenance.backup(store, tmp_path / "backups" / "kiosk-1.sqlite3").path
        diag = maintenance.export_diagnostics(store, logs, tmp_path / "diagnostics" / "diag.zip")
        audit = reports.export_audit(store, tmp_path / "audit" / "audit.csv")
    token = sync_config.write_token(tmp_path, "kiosk-01", "secret-token")
    assert {p.name: mode(p) for p in (backup, diag, audit, token)} == {
        p.name: 0o600 for p in (backup, diag, audit, token)}
    assert {mode(backup.parent), mode(diag.parent), mode(audit.parent)} == {0o700}
    # and they are what they claim to be
    assert maintenance.check_backup(backup) == 1
    with zipfile.ZipFile(diag) as zf:
        assert "diagnostics.json" in zf.namelist()
    with audit.open(encoding="utf-8-sig") as fh:
        assert next(csv.reader(fh))[0] == "at"


def test_a_folder_a_person_named_is_not_changed(tmp_path: Path, umask: int) -> None:
    shared = tmp_path / "usb-stick"
    shared.mkdir()
    os.chmod(shared, 0o755)
    with open_store(tmp_path / "kiosk.sqlite3") as store:
        result = maintenance.backup(store, shared / "kiosk.sqlite3")
    assert mode(result.path) == 0o600 and mode(shared) == 0o755


def test_receipt_pdfs_are_private(qapp, tmp_path: Path, umask: int) -> None:
    from kiosk.printing.cups_print import print_receipt
    from tests.unit.test_receipts import sample

    outcome = print_receipt(sample(), f"pdf:{tmp_path / 'receipts'}")
    assert outcome.ok and outcome.path is not None
    assert mode(outcome.path) == 0o600 and outcome.path.stat().st_size > 1000
    assert mode(tmp_path / "receipts") == 0o700


def test_backend_database_and_its_wal_are_private(tmp_path: Path, umask: int) -> None:
    db = tmp_path / "backend" / "rb.db"
    storage = open_storage(db)
    try:
        storage.add_kiosk("kiosk-01")
        files = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
        assert mode(db.parent) == 0o700
    finally:
        storage.close()


def test_restrict_umask_keeps_stricter_bits() -> None:
    old = os.umask(0o027)
    try:
        assert private_files.restrict_umask() == 0o027
        assert os.umask(0o022) == 0o077
        os.umask(0o007)
        private_files.restrict_umask()
        assert os.umask(0o022) == 0o077
    finally:
        os.umask(old)
