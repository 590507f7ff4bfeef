"""A refused application, as the real backend refuses it, on the citizen's status screen: a reason
in plain words with what to do — never the service code, never "update the service catalogue" —
and a way forward that works (the catalogue, not the withdrawn service's card)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.sync.core import make_engine
from offline_db import outbox
from offline_db.opening import open_store
from tests.e2e.backend_proc import running_backend
from tests.e2e.test_partial_outage_e2e import configure

from .test_services_flow import check_a11y, go_tile, type_into

WITHDRAWN = "svc-999"  # not in the backend's register


def submit(store) -> str:
    with store.atomic():
        return outbox.enqueue(store, "application", {"service_id": WITHDRAWN, "office_id": "off-1",
                                                     "fields": {}}).receipt_number


def shown_text(status) -> str:
    return " ".join(w.text() for w in status.frame.findChildren(QLabel) if w.isVisibleTo(status))


def look_up(window, qtbot, status, receipt: str) -> None:
    status.number.clear()
    type_into(qtbot, status.number, receipt)
    qtbot.mouseClick(status.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status._state == "found" and status.is_ready() and status.remote is not None,
                    timeout=15_000)


def test_a_refused_application_says_what_the_citizen_can_do(make_window, qtbot, db_path: Path,
                                                            tmp_path: Path) -> None:
    with running_backend(tmp_path / "rb.sqlite3") as backend:
        with open_store(db_path) as store:
            configure(store, backend, tmp_path)
            synced = submit(store)       # refused at the backend, and the kiosk has heard so
            unsynced = submit(store)     # refused at the backend, the kiosk not told yet
            engine = make_engine(store)
            try:
                other = outbox.get_by_receipt(store, unsynced)
                store.db.execute("UPDATE outbox SET next_attempt_at = '2999-01-01T00:00:00Z' WHERE uuid = ?",
                                 [other.uuid])
                report = engine.run_once()
                assert report.rejected == 1
                [result] = engine.client.push([other])
                assert result.result == "rejected" and result.code == "unknown_service"
            finally:
                engine.client.close()
            assert outbox.get_by_receipt(store, synced).reject_code == "unknown_service"
            assert outbox.get_by_receipt(store, unsynced).state == "pending"

        window = make_window()
        status = go_tile(window, qtbot, "status")
        for receipt in (synced, unsynced):
            window.session.set_language("ru")
            look_up(window, qtbot, status, receipt)
            assert status.result_reason.text() == (
                "Причина: Эта услуга больше не оказывается в регионе, поэтому заявление не принято. Выберите "
                "действующую услугу и подайте заявление снова или обратитесь к сотруднику за помощью."), receipt
            text = shown_text(status)
            assert WITHDRAWN not in text and "справочник" not in text.lower()
            assert status.again_button.isVisible() and status.again_button.text() == "Выбрать услугу"
            window.session.set_language("en")
            qtbot.waitUntil(lambda: status.again_button.text() == "Choose a service")
            text = shown_text(status)
            assert "Choose a current service and apply again, or ask a member of staff" in text
            assert WITHDRAWN not in text and "catalogue" not in text.lower()
            check_a11y(window, f"refused application {receipt}")
        qtbot.mouseClick(status.again_button, Qt.MouseButton.LeftButton)
        assert window.current_id == "catalogue"
