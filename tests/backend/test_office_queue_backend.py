"""The backend's office queue through its HTTP API (FastAPI TestClient on a real SQLite file): numbers per
category and local day, idempotent allocation, the 999 limit, ranges, and offline calls merging in
only forward (issue 16, finding 1)."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from regional_backend import clock
from regional_backend.app import create_app
from tests.e2e.backend_proc import SAMPLE_REFERENCE
from tests.pg_fixtures import open_test_storage

NOON = dt.datetime(2026, 11, 16, 8, 0, tzinfo=dt.UTC)  # 12:00 in Ulyanovsk (UTC+4)


@pytest.fixture
def api(tmp_path: Path):
    storage = open_test_storage(tmp_path / "backend.db")
    storage.upsert_rows(SAMPLE_REFERENCE)
    tokens = {name: storage.add_kiosk(name) for name in ("a", "b")}
    clock.set_pinned(NOON)
    with TestClient(create_app(storage)) as client:
        yield client, storage, {k: {"Authorization": f"Bearer {t}"} for k, t in tokens.items()}
    clock.set_pinned(None)
    storage.close()


def take(client, headers, category="cat-docs", uuid=None):
    return client.post("/api/v1/offices/off-1/queue/tickets", headers=headers,
                       json={"uuid": uuid or str(uuidlib.uuid4()), "category_id": category})


def test_numbers_run_per_category_and_restart_on_the_office_s_next_day(api):
    client, _storage, h = api
    assert [take(client, h["a"]).json()["ticket"] for _ in range(2)] == ["A-001", "A-002"]
    assert take(client, h["b"], "cat-family").json()["ticket"] == "B-001"
    third = take(client, h["b"]).json()
    assert (third["ticket"], third["waiting_ahead"], third["service_day"]) == ("A-003", 2, "2026-11-16")
    clock.set_pinned(dt.datetime(2026, 11, 16, 20, 30, tzinfo=dt.UTC))  # 00:30 next day in Ulyanovsk
    nxt = take(client, h["a"]).json()
    assert (nxt["ticket"], nxt["service_day"]) == ("A-001", "2026-11-17")


def test_asking_again_with_the_same_uuid_gives_the_same_number(api):
    client, _storage, h = api
    uuid = str(uuidlib.uuid4())
    first = take(client, h["a"], uuid=uuid).json()
    assert take(client, h["a"], uuid=uuid).json()["ticket"] == first["ticket"] == "A-001"
    assert take(client, h["a"]).json()["ticket"] == "A-002"
    clash = take(client, h["a"], "cat-family", uuid=uuid)  # the same uuid for another ticket
    assert clash.status_code == 409 and clash.json()["error"]["code"] == "uuid_conflict"


def test_after_999_the_office_says_so_and_the_kiosk_uses_its_range(api):
    client, storage, h = api
    take(client, h["a"])
    with storage.write_transaction() as conn:
        conn.execute("UPDATE office_queue_tickets SET ticket = 'A-999'")
    r = take(client, h["a"])
    assert r.status_code == 409 and r.json()["error"]["code"] == "office_range_exhausted"
    assert "999" in r.json()["error"]["message_ru"]


def test_each_kiosk_of_an_office_gets_its_own_range_until_all_nine_are_taken(tmp_path):
    storage = open_test_storage(tmp_path / "backend.db")
    storage.upsert_rows(SAMPLE_REFERENCE)
    with TestClient(create_app(storage)) as client:
        got = []
        for n in range(10):
            headers = {"Authorization": f"Bearer {storage.add_kiosk(f'k{n}')}"}
            got.append(client.post("/api/v1/queue/enrol", headers=headers, json={"office_id": "off-1"}))
        assert [r.json()["range_index"] for r in got[:9]] == list(range(1, 10))
        assert got[0].json()["range_first"] == 1001 and got[8].json()["range_last"] == 9999
        assert got[9].status_code == 409 and got[9].json()["error"]["code"] == "no_free_range"
        # another office has ranges of its own
        headers = {"Authorization": f"Bearer {storage.add_kiosk('far')}"}
        assert client.post("/api/v1/queue/enrol", headers=headers, json={"office_id": "off-2"}).json()["range_index"] == 1
    storage.close()


def test_a_call_made_offline_moves_the_office_ticket_forward_never_back(api):
    client, _storage, h = api
    uuid = str(uuidlib.uuid4())
    take(client, h["a"], uuid=uuid)
    called = client.post("/api/v1/offices/off-1/queue/call-next", headers=h["b"],
                         json={"category_id": "cat-docs", "counter": "4"}).json()
    assert called["ticket"]["ticket"] == "A-001" and called["ticket"]["counter"] == "4"
    served = client.post("/api/v1/offices/off-1/queue/tickets/actions", headers=h["b"],
                         json={"ticket": "A-001", "action": "served"})
    assert served.json()["ticket"]["status"] == "served"
    # kiosk a, offline meanwhile, had called the same visitor: its event arrives later
    event = {"uuid": str(uuidlib.uuid4()), "kind": "queue_event", "captured_at": "2026-11-16T08:00:00Z",
             "payload": {"event": "called", "ticket_uuid": uuid, "ticket": "A-001", "office_id": "off-1",
                         "service_day": "2026-11-16", "at": "2026-11-16T08:00:00Z", "counter": "9",
                         "category_id": "cat-docs"}}
    r = client.post("/api/v1/submissions/batch", headers=h["a"], json={"items": [event]})
    assert r.json()["results"][0]["result"] == "accepted"
    tickets = client.get("/api/v1/offices/off-1/queue", headers=h["a"]).json()["tickets"]
    assert [(t["ticket"], t["status"], t["counter"]) for t in tickets] == [("A-001", "served", "4")]
    # nobody waits now
    none = client.post("/api/v1/offices/off-1/queue/call-next", headers=h["a"],
                       json={"category_id": "cat-docs", "counter": "4"})
    assert none.status_code == 200 and none.json()["ticket"] is None


def test_clerk_actions_are_refused_with_reasons(api):
    client, _storage, h = api
    take(client, h["a"])

    def act(body):
        return client.post("/api/v1/offices/off-1/queue/tickets/actions", headers=h["a"], json=body)

    for body, status, code in (({"ticket": "A-001", "action": "served"}, 409, "not_called"),
                               ({"ticket": "A-001", "action": "redirect", "category_id": "cat-docs"}, 409,
                                "same_category"),
                               ({"ticket": "A-001", "action": "redirect"}, 404, "unknown_category"),
                               ({"ticket": "A-777", "action": "recall"}, 404, "unknown_ticket")):
        r = act(body)
        assert (r.status_code, r.json()["error"]["code"]) == (status, code), body
        assert r.json()["error"]["message_ru"]
    moved = act({"ticket": "A-001", "action": "redirect", "category_id": "cat-family"}).json()["ticket"]
    assert (moved["category_id"], moved["status"]) == ("cat-family", "waiting")
