"""The kiosk's commands and the backend as real processes started with umask 000 (every file
world-writable unless the code says otherwise) leave every file with personal data or a secret
readable by its owner only, in folders only the owner can enter."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from offline_db import outbox
from offline_db.opening import open_store
from tests.e2e.backend_proc import REPO_ROOT, running_backend

pytestmark = pytest.mark.e2e


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def kiosk(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KIOSK_HOME": str(home),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, "main.py", *args], cwd=REPO_ROOT, env=env, capture_output=True,
                          text=True, timeout=120, umask=0)


def test_kiosk_and_backend_processes_keep_personal_data_private_under_umask_000(tmp_path: Path) -> None:
    db = tmp_path / "region" / "backend.db"
    # The backend's own files are the subject: on a SQLite file whatever engine the suite runs on.
    with running_backend(db, umask=0, log_path=tmp_path / "server.log", sqlite_file=True) as backend:
        home = tmp_path / "kiosk"
        token_file = tmp_path / "token"
        token_file.write_text(backend.token + "\n", encoding="utf-8")
        configured = kiosk(home, "configure", "--backend", backend.base_url, "--kiosk-id", "kiosk-e2e",
                           "--token-file", str(token_file))
        assert configured.returncode == 0, configured.stderr
        assert "main.py setup-code" in configured.stderr  # no technician PIN yet: how to set one
        store_path = home / "kiosk.sqlite3"
        with open_store(store_path) as store, store.atomic():
            outbox.enqueue(store, "application", {"service_id": "svc-001", "fields": {
                "full_name": "Иванова Мария Петровна", "snils": "112-233-445 95", "phone": "+79271234567"}})
        synced = kiosk(home, "sync", "--once", "--deadline", "60")
        assert len(backend.submissions()) == 1, synced.stderr
        backup = kiosk(home, "backup", str(home / "backups" / "kiosk-1.sqlite3"))
        diagnostics = kiosk(home, "diagnostics", str(home / "diagnostics" / "diag.zip"))
        assert backup.returncode == 0 and diagnostics.returncode == 0, backup.stderr + diagnostics.stderr

        # the backend, while it runs: its database, WAL and shared memory, and the folder it made
        backend_files = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
        assert {f.name: mode(f) for f in backend_files} == {f.name: 0o600 for f in backend_files}
        assert mode(db.parent) == 0o700

    kiosk_files = [store_path, home / "logs" / "kiosk.log", home / "sync-token-kiosk-e2e",
                   home / "backups" / "kiosk-1.sqlite3", home / "diagnostics" / "diag.zip"]
    assert {f.name: mode(f) for f in kiosk_files} == {f.name: 0o600 for f in kiosk_files}
    folders = [home, home / "logs", home / "backups", home / "diagnostics"]
    assert {f.name: mode(f) for f in folders} == {f.name: 0o700 for f in folders}
    # nothing else in the kiosk's folders is readable by others either (lock files, side files)
    loose = [str(p.relative_to(home)) for p in home.rglob("*") if mode(p) & 0o077]
    assert not loose
