"""Qt adapter: the sync service works on its own thread and reports status by signals."""

from __future__ import annotations

import threading

import pytest
from test_sync_core import TOKEN, Reply, StubBackend, configure

from kiosk.sync.core import SyncEngine, make_engine
from kiosk.sync.qt import SyncService, SyncStatusWidget
from offline_db import outbox
from offline_db.store import open_store

pytestmark = pytest.mark.gui


@pytest.fixture
def stub():
    s = StubBackend()
    yield s
    s.close()


@pytest.fixture
def db_path(tmp_path, stub):
    path = tmp_path / "kiosk.sqlite3"
    with open_store(path) as s:
        configure(s, stub.url, tmp_path)
    return path


@pytest.fixture
def service(qtbot, db_path):
    threads: list[int] = []

    def factory(store) -> SyncEngine:
        threads.append(threading.get_ident())
        return make_engine(store, datasets=())

    svc = SyncService(db_path, engine_factory=factory, network_hints=False)
    svc.threads = threads
    yield svc
    svc.stop()


def test_service_syncs_off_the_gui_thread_and_reports(qtbot, service, db_path, stub):
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    service.statusChanged.connect(widget.set_status)
    with qtbot.waitSignal(service.statusChanged, check_params_cb=lambda s: not s["running"], timeout=10_000):
        service.start()
    assert service.threads and service.threads[0] != threading.get_ident()
    assert service.last_status["online"] is True and service.last_status["pending"] == 0
    assert widget.text().startswith("Online")
    # a citizen action is committed (GUI side uses its own connection), then the hook is called
    with open_store(db_path) as s:
        item = outbox.enqueue(s, "application", {"service_id": "svc-001", "fields": {}})
    with qtbot.waitSignal(service.statusChanged,
                          check_params_cb=lambda s: not s["running"] and s["pending"] == 0, timeout=10_000):
        service.notify_new_item()
    with open_store(db_path) as s:
        assert outbox.get_by_uuid(s, item.uuid).state == "accepted"
    assert TOKEN not in widget.toolTip()


def test_service_reports_offline_then_pause_alert(qtbot, service, db_path, stub):
    with open_store(db_path) as s:
        outbox.enqueue(s, "application", {"service_id": "svc-001", "fields": {}})
    stub.script.append(Reply(503, {"error": {"code": "unavailable", "message": "busy"}}))
    with qtbot.waitSignal(service.statusChanged,
                          check_params_cb=lambda s: not s["running"] and s["last_error"], timeout=10_000):
        service.start()
    assert service.last_status["pending"] == 1 and "503" in service.last_status["last_error"]
    stub.script.append(Reply(401, {"error": {"code": "unauthorized", "message": "bad"}}))
    with qtbot.waitSignal(service.alertRaised, timeout=10_000) as blocker:
        service.sync_now()
    assert "technician" in blocker.args[0]
    qtbot.waitUntil(lambda: service.last_status["paused"] and not service.last_status["running"], timeout=10_000)
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    widget.set_status(service.last_status)
    assert "paused" in widget.text() and "1 waiting" in widget.text()


def test_unconfigured_store_reports_not_configured(qtbot, tmp_path):
    svc = SyncService(tmp_path / "empty.sqlite3", network_hints=False)
    try:
        with qtbot.waitSignal(svc.statusChanged, timeout=10_000) as blocker:
            svc.start()
        assert blocker.args[0]["configured"] is False
    finally:
        svc.stop()
