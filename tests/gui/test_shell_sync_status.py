"""The top bar tells citizens whether their requests are sent, from the real sync service."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from offline_db import outbox
from offline_db.store import open_store
from tests.e2e import backend_proc

ROOT = Path(__file__).resolve().parents[2]


def configure(db: Path, url: str, token: str, home: Path) -> None:
    token_file = home / "token.txt"
    token_file.write_text(token)
    env = dict(os.environ, KIOSK_HOME=str(home))
    result = subprocess.run([sys.executable, "main.py", "--db", str(db), "configure", "--backend", url,
                             "--kiosk-id", "kiosk-e2e", "--token-file", str(token_file), "--interval", "5"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def enqueue_one(db: Path) -> str:
    with open_store(db) as store, store.atomic():
        item = outbox.enqueue(store, "application", {"service_id": "svc-1", "office_id": "uly-1", "fields": {}})
    return item.uuid


def test_unconfigured_kiosk_says_offline_demo(qtbot, make_window, db_path: Path) -> None:
    from kiosk.sync.qt import SyncService

    window = make_window()
    window.session.set_language("en")
    service = SyncService(db_path, network_hints=False)
    window.attach_sync(service)
    service.start()
    try:
        qtbot.waitUntil(lambda: service.last_status is not None, timeout=10_000)
        assert window.status_label.isVisible()
        qtbot.waitUntil(lambda: window.status_label.text() == "Offline · demo data")
    finally:
        service.stop()


def test_offline_kiosk_counts_waiting_requests_then_shows_all_sent(qtbot, make_window, db_path: Path,
                                                                 tmp_path: Path) -> None:
    from kiosk.sync.qt import SyncService

    home = tmp_path / "home"
    home.mkdir()
    configure(db_path, f"http://127.0.0.1:{backend_proc.free_port()}", "not-a-real-token", home)  # nobody listens there
    uuid = enqueue_one(db_path)
    window = make_window()
    window.session.set_language("en")
    service = SyncService(db_path, network_hints=False)
    window.attach_sync(service)
    service.start()
    try:
        qtbot.waitUntil(lambda: (service.last_status or {}).get("online") is False, timeout=20_000)
        qtbot.waitUntil(lambda: window.status_label.text() == "Offline · waiting to be sent: 1")
        window.session.set_language("ru")
        qtbot.waitUntil(lambda: window.status_label.text() == "Нет связи · ждут отправки: 1")
    finally:
        service.stop()

    with backend_proc.running_backend(tmp_path / "rb.sqlite3", reference=None) as backend:
        configure(db_path, backend.base_url, backend.token, home)
        window.session.set_language("en")
        service = SyncService(db_path, network_hints=False)
        window.attach_sync(service)
        service.start()
        try:
            service.sync_now()
            qtbot.waitUntil(lambda: window.status_label.text() == "Online · everything sent", timeout=30_000)
        finally:
            service.stop()
        with open_store(db_path) as store:
            assert outbox.get_by_uuid(store, uuid).state in ("accepted", "rejected")
        assert [s["uuid"] for s in backend.submissions()] == [uuid]
