"""Demo region fits the kiosk store; volume figures over loopback (push 10,000; pull 50,000)."""

from __future__ import annotations

import time
import uuid as uuidlib

import pytest
import requests

from offline_db.opening import open_store
from tests.e2e.backend_proc import SAMPLE_REFERENCE

pytestmark = pytest.mark.e2e
TIMEOUT = 30


def pull_all(backend, session: requests.Session, dataset: str, limit: int = 1000) -> tuple[list[dict], int]:
    cursor, changes, pages = None, [], 0
    while True:
        params = {"limit": limit} | ({"cursor": cursor} if cursor else {})
        page = session.get(backend.url(f"/api/v1/changes/{dataset}"), params=params, timeout=TIMEOUT).json()
        changes += page["changes"]
        cursor, pages = page["cursor"], pages + 1
        if not page["more"]:
            return changes, pages


def test_demo_region_applies_to_the_kiosk_store(backend_factory, tmp_path):
    backend = backend_factory("demo", reference="demo")
    store = open_store(tmp_path / "kiosk.db")
    with backend.session() as session, store.atomic() as db:
        for dataset in ("offices", "catalogue", "utilities"):  # offices first: service_offices refers to them
            changes, _ = pull_all(backend, session, dataset, limit=100)
            assert changes, dataset
            for change in changes:
                assert change["op"] == "upsert"
                row = change["data"]
                columns = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                db.execute(f"INSERT OR REPLACE INTO {change['entity']} ({columns}) VALUES ({marks})",
                           list(row.values()))
    assert store.scalar("SELECT COUNT(*) FROM services") >= 100
    assert store.scalar("SELECT COUNT(*) FROM utility_providers") >= 1
    assert store.query("PRAGMA foreign_key_check") == []
    store.close()


@pytest.mark.slow
def test_push_10000_and_pull_50000_over_loopback(backend_factory, capsys):
    # the sample's services stay: its link rows refer to them (the backend refuses dangling references)
    many = {"services": SAMPLE_REFERENCE["services"]
            + [{**SAMPLE_REFERENCE["services"][0], "id": f"svc-{n:06d}"} for n in range(50_000)]}
    backend = backend_factory("volume", reference=dict(SAMPLE_REFERENCE, **many))
    with backend.session() as session:
        items = [{"uuid": str(uuidlib.uuid4()), "kind": "application", "captured_at": "2026-11-21T09:30:00Z",
                  "receipt_number": None, "payload": {"service_id": "svc-001", "fields": {"n": n}}}
                 for n in range(10_000)]
        started = time.perf_counter()
        for start in range(0, len(items), 500):
            r = session.post(backend.url("/api/v1/submissions/batch"), json={"items": items[start:start + 500]},
                             timeout=TIMEOUT)
            assert r.status_code == 200 and {x["result"] for x in r.json()["results"]} == {"accepted"}
        push_s = time.perf_counter() - started

        started = time.perf_counter()
        changes, pages = pull_all(backend, session, "catalogue")
        pull_s = time.perf_counter() - started
    assert len(changes) >= 50_000
    with capsys.disabled():
        print(f"\npush 10,000 items in 20 batches: {push_s:.2f} s; "
              f"pull {len(changes)} catalogue changes in {pages} pages: {pull_s:.2f} s")
    assert len({(c["entity"], c["id"]) for c in changes}) == len(changes)  # (how fast: printed above; benchmarks/ measure it)
