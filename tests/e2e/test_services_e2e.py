"""An application submitted offline at the kiosk, delivered later by ``main.py sync --once`` to the
REAL reference backend, then seen as accepted by the status look-up the status screen uses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.domain import status as st
from kiosk.services import catalogue as cat
from kiosk.services import status as status_service
from kiosk.services.applications import submit_application
from offline_db.demo import load_demo_region
from offline_db.opening import open_store
from tests.e2e.backend_proc import REPO_ROOT, running_backend

pytestmark = pytest.mark.e2e

VALUES = {"full_name": "Иванова Мария Петровна", "birth_date": "14.03.2011",
          "registration_address": "г. Ульяновск, ул. Гончарова, д. 38, кв. 5", "receive_by": "mfc",
          "phone": "8 912 345-67-89", "email": "", "consent": True}


def kiosk_cli(home: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KIOSK_HOME": str(home), "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run([sys.executable, str(REPO_ROOT / "main.py"), "--db", str(db), *args], env=env,
                          capture_output=True, text=True, timeout=120, cwd=REPO_ROOT)


def test_submit_offline_then_deliver_and_see_accepted(tmp_path):
    home = tmp_path / "kiosk-home"
    home.mkdir()
    db = home / "kiosk.sqlite3"
    with open_store(db) as store:
        load_demo_region(store)
        office = cat.kiosk_office(store)
        done = submit_application(store, "svc-001", office["id"], VALUES, consent=True, lang="ru")
        # offline: not enrolled, so the status look-up shows the kiosk's own information
        local = status_service.local_status(store, done.receipt_number.lower().replace("-", ""))
        assert local.state == "pending"
        assert status_service.remote_status(status_service.remote_config(store), local.uuid) == st.RemoteStatus(online=False)

    with running_backend(tmp_path / "backend.db", reference="demo") as backend:
        token_file = home / "token.txt"
        token_file.write_text(backend.token + "\n")
        r = kiosk_cli(home, db, "configure", "--backend", backend.base_url, "--kiosk-id", backend.kiosk_id,
                      "--token-file", str(token_file))
        assert r.returncode == 0, r.stderr
        token_file.unlink()
        r = kiosk_cli(home, db, "sync", "--once", "--no-pull")
        assert r.returncode == 0, r.stderr
        assert "accepted 1" in r.stdout

        with open_store(db) as store:
            local = status_service.local_status(store, f"https://status.example.ru/r/{done.receipt_number}")
            config = status_service.remote_config(store)
        assert local.state == "accepted" and local.server_ref
        remote = status_service.remote_status(config, local.uuid)
        assert remote.online and remote.found and remote.result in ("accepted", "duplicate")
        assert remote.server_ref == local.server_ref

    # the backend is gone again: the look-up falls back to the kiosk's own record, quickly
    assert status_service.remote_status(config, local.uuid) == st.RemoteStatus(online=False)
