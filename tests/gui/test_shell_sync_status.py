"""The top bar tells citizens whether their requests are sent, from the real sync service."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor

from offline_db import outbox
from offline_db.opening import open_store
from tests.e2e import backend_proc

from .test_a11y_walk import colours, contrast

ROOT = Path(__file__).resolve().parents[2]


def configure(db: Path, url: str, token: str, home: Path, interval_s: int = 5) -> None:
    token_file = home / "token.txt"
    token_file.write_text(token)
    env = dict(os.environ, KIOSK_HOME=str(home))
    result = subprocess.run([sys.executable, "main.py", "--db", str(db), "configure", "--backend", url,
                             "--kiosk-id", "kiosk-e2e", "--token-file", str(token_file), "--interval", str(interval_s)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def enqueue_one(db: Path) -> str:
    with open_store(db) as store, store.atomic():
        item = outbox.enqueue(store, "application", {"service_id": "svc-1", "office_id": "uly-1", "fields": {}})
    return item.uuid


def test_unconfigured_kiosk_says_offline_demo(qtbot, make_window, db_path: Path) -> None:
    from kiosk.ui.sync_bridge.service import SyncService

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
    from kiosk.ui.sync_bridge.service import SyncService

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


def test_badge_tells_a_backend_that_refuses_deliveries_from_online(qtbot, make_window, db_path: Path,
                                                                  tmp_path: Path) -> None:
    """Reachable, but every push answered 503: not "Online" — then green only once all is sent."""
    from kiosk.ui.sync_bridge.indicator import SyncStatusWidget
    from kiosk.ui.sync_bridge.service import SyncService

    home = tmp_path / "home"
    home.mkdir()
    with backend_proc.running_backend(tmp_path / "rb.sqlite3", faults=True) as backend:
        backend.inject_fault(503, 1000, path_prefix="/api/v1/submissions")
        configure(db_path, backend.base_url, backend.token, home)
        enqueue_one(db_path)
        window = make_window()
        window.session.set_language("en")
        service = SyncService(db_path, network_hints=False)
        widget = SyncStatusWidget()
        qtbot.addWidget(widget)
        service.statusChanged.connect(widget.set_status)
        window.attach_sync(service)
        service.start()
        try:
            refusing = ("Server not accepting requests yet · waiting to be sent: 1")
            qtbot.waitUntil(lambda: window.status_label.text() == refusing, timeout=20_000)
            assert service.last_status["refusing"] is True and service.last_status["online"] is True
            assert widget.text().startswith("Online, but the backend refuses deliveries")
            assert window.status_label.property("role") == "status"
            window.session.set_language("ru")
            qtbot.waitUntil(lambda: window.status_label.text()
                            == "Сервер пока не принимает заявления · ждут отправки: 1")
            warning_bg = colours(window.status_label)[1]

            backend.clear_faults()
            service.sync_now()
            qtbot.waitUntil(lambda: window.status_label.text() == "На связи · всё отправлено", timeout=20_000)
            assert service.last_status["refusing"] is False
            # success is green, not the warning colour, and readable in both themes
            for high_contrast in (False, True):
                window.session.set_high_contrast(high_contrast)
                qtbot.waitUntil(lambda: window.status_label.property("role") == "success")
                fg, bg = colours(window.status_label)
                assert contrast(fg, bg) >= 4.5, (fg.name(), bg.name())
                assert bg.name() in ("#1b5e20", "#7cfc9a"), bg.name()  # the success colours of the themes
            assert bg.name() != warning_bg.name() and warning_bg != QColor("#1b5e20")
        finally:
            service.stop()


def test_badge_counts_items_another_process_added_without_waiting_for_a_sync(qtbot, make_window, db_path: Path,
                                                                             tmp_path: Path) -> None:
    """The CLI or another kiosk process adds to the outbox: the badge tells within seconds, not at the
    next sync run (the interval here is 10 minutes)."""
    import time

    from kiosk.ui.sync_bridge.service import SyncService

    home = tmp_path / "home"
    home.mkdir()
    with backend_proc.running_backend(tmp_path / "rb.sqlite3") as backend:
        configure(db_path, backend.base_url, backend.token, home, interval_s=600)
        window = make_window()
        window.session.set_language("en")
        service = SyncService(db_path, network_hints=False)
        window.attach_sync(service)
        service.start()
        try:
            qtbot.waitUntil(lambda: (service.last_status or {}).get("online") is True
                            and not service.last_status["running"], timeout=20_000)  # the first run is over
            assert window.status_label.text() == "Online · everything sent"
            code = ("import sys; from offline_db import outbox; from offline_db.opening import open_store\n"
                    "with open_store(sys.argv[1]) as s, s.atomic():\n"
                    "    outbox.enqueue(s, 'application', {'service_id': 'svc-001', 'office_id': 'off-1', 'fields': {}})")
            done = subprocess.run([sys.executable, "-c", code, str(db_path)], cwd=ROOT, capture_output=True, text=True,
                                  env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
            assert done.returncode == 0, done.stderr
            added = time.monotonic()
            qtbot.waitUntil(lambda: window.status_label.text() == "Online · waiting to be sent: 1",
                            timeout=5_000)
            assert time.monotonic() - added < 5
            assert window.status_label.property("role") == "status"
        finally:
            service.stop()
