"""A backend that is up but refuses pushes (503 on ``/submissions``): the kiosk still pulls its
reference data, keeps its submissions for later, and sends them before it pulls once pushes work.
The reference backend runs as a real process; its fault hooks (``RB_FAULTS=1``) give the 503s."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import settings as ks
from kiosk.sync import config as cfg
from kiosk.sync.core import make_engine
from offline_db import outbox
from offline_db.opening import open_store
from offline_db.store import Store
from tests.e2e.backend_proc import BackendProcess

pytestmark = pytest.mark.e2e

SUBMISSIONS = "/api/v1/submissions"


def configure(store: Store, backend: BackendProcess, home: Path) -> None:
    """Enrol the store with the backend as ``configure`` does (token in a 0600 file)."""
    assert backend.kiosk_id and backend.token
    token_file = cfg.write_token(home, backend.kiosk_id, backend.token)
    ks.put(store, "kiosk_id", backend.kiosk_id)
    store.set_setting(cfg.K_URL, backend.base_url)
    store.set_setting(cfg.K_TOKEN_FILE, str(token_file))
    store.set_setting(cfg.K_TIMEOUT, [2, 5])


def enqueue(store: Store) -> str:
    with store.atomic():
        return outbox.enqueue(store, "application", {"service_id": "svc-001", "office_id": "off-1",
                                                     "fields": {}}).uuid


def test_a_refused_push_does_not_stop_the_pull(backend_factory, tmp_path: Path) -> None:
    backend = backend_factory("outage", faults=True)
    backend.inject_fault(503, 50, retry_after="1", path_prefix=SUBMISSIONS)
    with open_store(tmp_path / "kiosk.sqlite3") as store:
        configure(store, backend, tmp_path)
        uuid = enqueue(store)
        engine = make_engine(store)
        try:
            report = engine.run_once(ignore_schedule=True)
        finally:
            engine.client.close()
        # the reference data came down although every push was refused ...
        assert set(report.pulled) == {"offices", "catalogue", "utilities"}
        assert store.scalar("SELECT count(*) FROM offices") == 2
        assert store.scalar("SELECT count(*) FROM services") == 3
        assert store.scalar("SELECT count(*) FROM sync_datasets WHERE last_pull_at IS NOT NULL") == 3
        # ... and the run still reports the refused push, the item waits for the next try
        assert report.push_error and "HTTP 503" in report.push_error
        assert report.online is True and report.transient and "HTTP 503" in (report.error or "")
        item = outbox.get_by_uuid(store, uuid)
        assert item.state == "pending" and "HTTP 503" in item.last_error
    assert backend.submissions() == []


def test_when_pushes_work_submissions_go_before_the_pull(backend_factory, tmp_path: Path) -> None:
    backend = backend_factory("order", log_level="info")  # the access log shows the order of requests
    with open_store(tmp_path / "kiosk.sqlite3") as store:
        configure(store, backend, tmp_path)
        uuid = enqueue(store)
        engine = make_engine(store)
        try:
            report = engine.run_once(ignore_schedule=True)
        finally:
            engine.client.close()
        assert report.ok and report.push_error is None and report.accepted == 1
        assert outbox.get_by_uuid(store, uuid).state == "accepted"
    lines = [ln for ln in backend.log_tail(200_000).splitlines() if "/api/v1/" in ln]
    push = next(i for i, ln in enumerate(lines) if "POST /api/v1/submissions/batch" in ln)
    first_pull = next(i for i, ln in enumerate(lines) if "GET /api/v1/changes/" in ln)
    assert push < first_pull, lines
