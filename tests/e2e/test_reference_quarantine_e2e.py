"""No poison row (issue 16, finding 4), against a REAL backend process and the kiosk's own CLI: a bad
office row in the backend's feed (its database edited directly, as a backend before the row checks
let one in) is quarantined by the kiosk while the rest applies and ``sync --once`` succeeds; the
health record counts it; the backend's ``load-rows`` refuses the same bad row and accepts the
corrected one, which then replaces the quarantined row at the kiosk."""

from __future__ import annotations

import json

import pytest

from offline_db.opening import open_store
from regional_backend.db.engine import open_engine, write_transaction
from regional_backend.stores.reference import _append, lock_feed
from tests.e2e.backend_proc import SAMPLE_REFERENCE, running_backend
from tests.e2e.test_services_e2e import kiosk_cli

pytestmark = pytest.mark.e2e


def test_a_bad_row_is_quarantined_the_rest_applies_and_a_correction_clears_it(tmp_path):
    home = tmp_path / "kiosk-home"
    home.mkdir()
    db = home / "kiosk.sqlite3"
    with running_backend(tmp_path / "backend.db") as backend:
        token_file = home / "token.txt"
        token_file.write_text(backend.token + "\n")
        r = kiosk_cli(home, db, "configure", "--backend", backend.base_url, "--kiosk-id", backend.kiosk_id,
                      "--token-file", str(token_file))
        assert r.returncode == 0, r.stderr
        r = kiosk_cli(home, db, "sync", "--once")
        assert r.returncode == 0, r.stderr

        # the backend's database is edited by hand: off-2 loses updated_at, then a good off-3 follows
        bad = {k: v for k, v in SAMPLE_REFERENCE["offices"][1].items() if k != "updated_at"}
        bad["name_ru"] = "МФЦ №2 (переименован)"
        good = {**SAMPLE_REFERENCE["offices"][0], "id": "off-3", "name_ru": "МФЦ №3"}
        engine = open_engine(backend.db)  # its feed appended to unchecked, as a hand edit would
        try:
            with write_transaction(engine) as conn:
                lock_feed(conn)
                for row in (bad, good):
                    _append(conn, "offices", row["id"], "upsert", row, "2026-12-01T00:00:00.000Z")
        finally:
            engine.dispose()

        r = kiosk_cli(home, db, "sync", "--once")
        assert r.returncode == 0, r.stdout + r.stderr  # it used to exit 1 on every run from here on
        with open_store(db) as store:
            names = {o["id"]: o["name_ru"] for o in store.query("SELECT id, name_ru FROM offices")}
            held = store.query("SELECT entity, id, code, field FROM sync_quarantine")
        assert names == {"off-1": "МФЦ №1", "off-2": "МФЦ №2", "off-3": "МФЦ №3"}  # off-2's good version stays
        assert held == [{"entity": "offices", "id": "off-2", "code": "missing", "field": "updated_at"}]
        status = json.loads(kiosk_cli(home, db, "status", "--json").stdout)
        assert status["quarantined"] == 1 and status["datasets"]["offices"]["quarantined"] == 1
        assert "quarantined: 1 row(s) not applied" in kiosk_cli(home, db, "status").stdout
        log = (home / "logs" / "kiosk.log").read_text(encoding="utf-8")
        assert "offices off-2 not applied, kept in quarantine (missing: updated_at" in log

        # the backend's loader refuses the bad row, and takes the corrected one
        rows = tmp_path / "rows.json"
        rows.write_text(json.dumps({"offices": [bad]}), encoding="utf-8")
        refused = backend.cli("load-rows", str(rows), check=False)
        assert refused.returncode == 1
        assert "error: offices off-2: updated_at: required field is missing" in refused.stderr
        rows.write_text(json.dumps({"offices": [{**bad, "updated_at": "2026-12-02T00:00:00Z"}]}), encoding="utf-8")
        loaded = backend.cli("load-rows", str(rows))
        assert "1 changes" in loaded.stderr

        r = kiosk_cli(home, db, "sync", "--once")
        assert r.returncode == 0, r.stderr
        with open_store(db) as store:
            assert store.scalar("SELECT name_ru FROM offices WHERE id = 'off-2'") == "МФЦ №2 (переименован)"
            assert store.scalar("SELECT count(*) FROM sync_quarantine") == 0
        assert json.loads(kiosk_cli(home, db, "status", "--json").stdout)["quarantined"] == 0
