"""The kiosk and the backend agree on queue events: what the clerk console queues
(``kiosk.console.queue_ops``) passes the backend's validator.  Needs both sides, so it lives beside
the kiosk's tests rather than in tests/backend (which runs without the kiosk)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.backend_proc import SAMPLE_REFERENCE
from tests.pg_fixtures import open_test_storage


@pytest.fixture
def storage(tmp_path: Path):
    s = open_test_storage(tmp_path / "backend.db")
    s.upsert_rows(SAMPLE_REFERENCE)
    yield s
    s.close()


def test_queue_events_from_the_clerk_console_pass_the_validator(tmp_path, storage):
    """The payloads kiosk.console.queue_ops really queues are accepted by the backend's rules."""
    import datetime as dt

    from kiosk.console import queue_ops
    from kiosk.services.queue import issue_ticket
    from offline_db.opening import open_store
    from regional_backend.validators import validate_queue_event

    class Ref:
        def exists(self, entity, entity_id):
            return storage.get_row(entity, entity_id) is not None

        def get(self, entity, entity_id):
            return storage.get_row(entity, entity_id)

    now = dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC)
    with open_store(tmp_path / "kiosk.sqlite3") as store:
        with store.atomic():
            for table in ("offices", "service_categories"):
                for row in SAMPLE_REFERENCE[table]:
                    cols = list(row)
                    store.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                                  [row[c] for c in cols])
        issue_ticket(store, "off-1", "cat-docs", kiosk_index=1, now=now)
        issue_ticket(store, "off-1", "cat-docs", kiosk_index=1, now=now)
        first = queue_ops.call_next(store, "off-1", "cat-docs", "3", role="clerk", now=now)
        queue_ops.recall(store, first.id, role="clerk", now=now)
        queue_ops.mark_served(store, first.id, role="clerk", now=now)
        second = queue_ops.call_next(store, "off-1", "cat-docs", "3", role="clerk", now=now)
        queue_ops.redirect(store, second.id, "cat-family", role="clerk", now=now)
        third = queue_ops.call_next(store, "off-1", "cat-family", "4", role="clerk", now=now)
        queue_ops.mark_no_show(store, third.id, role="clerk", now=now)
        payloads = [json.loads(r["payload"]) for r in store.query(
            "SELECT payload FROM outbox WHERE kind = 'queue_event' ORDER BY id")]
    assert [p["event"] for p in payloads] == ["called", "recalled", "served", "called", "redirected", "called",
                                             "no_show"]
    assert [validate_queue_event(p, Ref()) for p in payloads] == [None] * 7
