"""Qt adapter: the sync service works on its own thread and reports status by signals."""

from __future__ import annotations

import threading
import time

import pytest
from test_sync_core import TOKEN, Reply, StubBackend, configure

from kiosk.sync.core import SyncEngine, make_engine
from kiosk.ui.sync_bridge.indicator import SyncStatusWidget
from kiosk.ui.sync_bridge.service import SyncService
from offline_db import outbox
from offline_db.opening import open_store
from tests.faulty_server import FaultyServer, stall_after_headers

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


def _stalled_service(tmp_path, url: str, **settings) -> SyncService:
    path = tmp_path / "stalled.sqlite3"
    with open_store(path) as s:
        configure(s, url, tmp_path, **settings)
        outbox.enqueue(s, "application", {"service_id": "svc-001", "fields": {"name": "Иван Петров"}})
    return SyncService(path, engine_factory=lambda store: make_engine(store, datasets=()), network_hints=False,
                       clinic_factory=None)


def _outbox_counts(svc: SyncService) -> dict[str, int]:
    with open_store(svc._worker.db_path) as s:
        return outbox.counts(s)


def test_a_stalled_request_ends_within_its_bound_then_the_next_try_follows_the_backoff(qtbot, tmp_path):
    with FaultyServer(stall_after_headers()) as server:
        svc = _stalled_service(tmp_path, server.url, **{"sync.request_limit_s": 1.0, "sync.backoff_base_s": 0.05,
                                                        "sync.backoff_cap_s": 0.2})
        try:
            start = time.monotonic()
            with qtbot.waitSignal(svc.statusChanged, timeout=10_000,
                                  check_params_cb=lambda s: not s["running"] and s["last_error"]):
                svc.start()
            elapsed = time.monotonic() - start
            status = svc.last_status
            assert elapsed < 2.5, f"the stalled request held the sync for {elapsed:.1f} s (bound 1 s)"
            assert "complete answer within 1 s" in status["last_error"]
            assert status["online"] is False and status["pending"] == 1
            assert _outbox_counts(svc)["sending"] == 0
            qtbot.waitUntil(lambda: server.connections >= 2, timeout=5_000)  # tried again after the back-off
        finally:
            svc.stop()
    counts = _outbox_counts(svc)
    assert counts["pending"] == 1 and counts["sending"] == 0 and counts["accepted"] == 0


def test_stopping_the_service_cuts_a_stalled_request(qtbot, tmp_path):
    with FaultyServer(stall_after_headers()) as server:
        svc = _stalled_service(tmp_path, server.url, **{"sync.request_limit_s": 60.0})
        try:
            svc.start()
            qtbot.waitUntil(lambda: len(server.requests) >= 1, timeout=5_000)
        finally:
            start = time.monotonic()
            svc.stop()
            stopped_in = time.monotonic() - start
    assert stopped_in < 1.5, f"stop waited {stopped_in:.1f} s for a stalled server"
    counts = _outbox_counts(svc)
    assert counts["pending"] == 1 and counts["sending"] == 0
