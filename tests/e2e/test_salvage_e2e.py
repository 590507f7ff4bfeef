"""A damaged kiosk store with 50 items waiting (issue 14, finding 1): the REAL kiosk command line
salvages them into a fresh store and the REAL backend then receives each salvaged item exactly
once, with its original uuid, receipt and payload; a second sync sends nothing again."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from offline_db import outbox
from offline_db.opening import open_store
from tests.e2e.backend_proc import BackendProcess
from tests.e2e.test_sync_faults import Kiosk
from tests.unit.test_salvage import ITEMS, damage

pytestmark = pytest.mark.e2e


def _queue_and_damage(kiosk: Kiosk, how: str) -> dict[str, outbox.OutboxItem]:
    with open_store(kiosk.db) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        items = [outbox.enqueue(store, "application", {
            "service_id": "svc-001", "office_id": "off-1",
            "fields": {"n": i, "full_name": "Иванов Иван Иванович", "note": "x" * (300 + 5 * i)}})
            for i in range(ITEMS)]
        if how == "wal":  # the items only in the WAL, as after a power cut
            shutil.copy(kiosk.db, kiosk.home / "copy")
            shutil.copy(str(kiosk.db) + "-wal", str(kiosk.home / "copy") + "-wal")
        else:
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = {"outbox": [r[0] for r in store.conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'outbox' ORDER BY pageno")]}
    if how == "wal":
        shutil.move(kiosk.home / "copy", kiosk.db)
        shutil.move(str(kiosk.home / "copy") + "-wal", str(kiosk.db) + "-wal")
        Path(str(kiosk.db) + "-shm").unlink(missing_ok=True)
    damage(kiosk.db, how, {"pages": pages}, random.Random(f"e2e-{how}"))
    return {i.uuid: i for i in items}


@pytest.mark.parametrize("how", ["random_pages", "tail", "wal"])
def test_salvaged_items_reach_the_backend_exactly_once(backend: BackendProcess, tmp_path: Path, how: str) -> None:
    kiosk = Kiosk(tmp_path / "kiosk")
    kiosk.configure(backend.base_url, backend.token)
    queued = _queue_and_damage(kiosk, how)

    # Read-only status reports the damage and changes nothing; sync salvages and delivers.
    assert kiosk.run("status").returncode == 3
    assert not list(kiosk.home.glob("kiosk.sqlite3.corrupt-*"))
    result = kiosk.run("sync", "--once", "--deadline", "60", "--no-pull")
    assert result.returncode == 0, result.stderr

    with open_store(kiosk.db) as store:
        salvaged = {i.uuid: i for i in outbox.items(store)}
    assert len(salvaged) >= 20 and set(salvaged) <= set(queued)
    for uuid, item in salvaged.items():
        assert (item.captured_at, item.receipt_number, item.payload_json) == (
            queued[uuid].captured_at, queued[uuid].receipt_number, queued[uuid].payload_json)
        assert item.state == "accepted"

    arrived = backend.submissions()
    uuids = [s["uuid"] for s in arrived]
    assert sorted(uuids) == sorted(salvaged), "every salvaged item, once, and nothing else"
    assert all(s["payload"] == queued[s["uuid"]].payload for s in arrived)
    assert all(s["receipt_number"] == queued[s["uuid"]].receipt_number for s in arrived)

    # Nothing is sent twice, and status tells the technician what happened.
    assert kiosk.run("sync", "--once", "--deadline", "30", "--no-pull").returncode == 0
    assert len(backend.submissions()) == len(salvaged)
    recovery = kiosk.status()["store_recovery"]
    assert recovery["salvaged"]["outbox_undelivered"] == len(salvaged)
    assert recovery["salvaged"]["outbox_undelivered"] + recovery["lost"]["outbox"] <= ITEMS
    assert Path(recovery["damaged_file"]).exists()
