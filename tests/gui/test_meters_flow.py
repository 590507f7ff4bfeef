"""Meter readings in the GUI: online against the REAL backend process (account found, meters and
last readings, lower-than-last → rollover, jump confirmation, expired meter refused, review, submit,
receipt with the readings in the QR) and offline (meters by serial, the deferred-check notice);
a wrong address; the idle wipe."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.domain import meters as m
from kiosk.services import meters as meter_service
from kiosk.sync import config as cfg
from kiosk.ui.untrusted import echo
from mfc_rules import meters as rules
from offline_db import outbox
from offline_db.demo import load_demo_region
from offline_db.opening import open_store
from tests.e2e.backend_proc import running_backend

from .test_services_flow import check_a11y, go_tile, type_into

#: The day these tests happen on, 09:30 in Ulyanovsk (UTC+4): inside the electricity provider's
#: window (15th–25th); the demo region's meters are dated relative to it (last readings in October).
NOW = dt.datetime(2026, 11, 21, 5, 30, tzinfo=dt.UTC)


@pytest.fixture
def moment() -> dt.datetime:
    return NOW


@pytest.fixture(autouse=True)
def _clock(pin_clock, moment):
    """The kiosk's clock runs from ``moment`` (and the backend's, see ``online``)."""
    pin_clock(moment)


@pytest.fixture
def db_path(tmp_path: Path, moment) -> Path:
    path = tmp_path / "kiosk.sqlite3"
    with open_store(path) as store:
        load_demo_region(store)
        store.set_setting("printer", f"pdf:{tmp_path / 'printed'}")
        store.set_setting("office_id", "off-ul-lenin")
    return path


@pytest.fixture
def online(tmp_path, db_path, moment):
    """The real backend with the demo region, its clock running from ``moment`` as the kiosk's,
    and the kiosk store configured for it."""
    with running_backend(tmp_path / "backend.db", reference="demo", now=moment) as backend:
        with open_store(db_path) as store:
            store.set_setting(cfg.K_URL, backend.base_url)
            store.set_setting(cfg.K_TOKEN_FILE, str(cfg.write_token(tmp_path, "kiosk-e2e", backend.token)))
            store.set_setting("kiosk_id", "kiosk-e2e")
        yield backend


@pytest.fixture(autouse=True)
def english(window):
    window.session.set_language("en")


def fill_account(qtbot, screen, provider_id: str, number: str, house: str, flat: str) -> None:
    qtbot.waitUntil(lambda: len(screen.provider_buttons) == 3)
    button = next(b for p, b in screen.provider_buttons if p["id"] == provider_id)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    for field, text in ((screen.account, number), (screen.house, house), (screen.flat, flat)):
        field.edit.clear()
        type_into(qtbot, field.edit, text)


def test_online_flow_with_the_real_backend(window, qtbot, online, db_path):
    screen = go_tile(window, qtbot, "meters")
    # a typing error in the account number is caught at the field
    fill_account(qtbot, screen, "util-energo", "732312225104", "8", "5")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.account.error.isVisible() and "check digit" in screen.account.error.text()
    # the right number with a wrong flat: the same answer as an unknown account
    fill_account(qtbot, screen, "util-energo", "737387056549", "8", "6")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen._state == "failed", timeout=10_000)
    assert "No account with this number and address" in screen.message.text()
    assert window.current_id == "meters"

    screen.flat.edit.clear()
    type_into(qtbot, screen.flat.edit, "5")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "meter_entry", timeout=10_000)
    entry = window.current_screen()
    assert entry.visit.online and not entry.notice.isVisible()
    [card] = entry.cards
    assert "22188550" in card.title.text() and "Meter dial: 6 digits, then 1 after" in card.details.text()
    # each zone's last accepted reading beside its own field
    assert "9661.0 on 24.10.2026" in card.rows[0].last_label.text()
    assert [r.zone for r in card.rows] == ["T1", "T2", "T3"]
    assert "Readings for November" in entry.window_label.text()
    t1, t2, t3 = card.rows
    type_into(qtbot, t1.edit, "9600.0")  # lower than 9661.0
    type_into(qtbot, t2.edit, "26000.0")  # +1847.4 kWh, limit 3 x 180
    type_into(qtbot, t3.edit, "14500,1")
    qtbot.mouseClick(entry.next_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "meter_entry"
    assert t1.code == "lower_than_last" and t1.rolled.isVisible() and t1.replaced.isVisible()
    assert t2.code == "jump_unconfirmed" and t2.confirm.isVisible()
    assert t3.code == ""
    check_a11y(window, "meter entry with errors")
    qtbot.mouseClick(t1.rolled, Qt.MouseButton.LeftButton)  # 9600.0 + 10^6 − 9661.0: implausible
    assert t1.code == "rollover_implausible"
    qtbot.mouseClick(t1.replaced, Qt.MouseButton.LeftButton)  # a new meter instead
    assert t1.code == "" and t1.declared == "replacement"
    qtbot.mouseClick(t2.confirm, Qt.MouseButton.LeftButton)
    assert t2.code == "" and "jump" in t2.verdict.flags
    qtbot.mouseClick(entry.next_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "meter_review"
    review = window.current_screen()
    assert "new meter" in review.readings_text() and "large consumption confirmed" in review.readings_text()
    check_a11y(window, "meter review")

    window.session.set_language("ru")
    qtbot.waitUntil(lambda: "Показания за ноябрь" in review.window_label.text())
    window.session.set_language("en")
    qtbot.waitUntil(lambda: "Readings for November" in review.window_label.text())

    qtbot.mouseClick(review.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "receipt", timeout=10_000)
    receipt = window.current_screen()
    assert "Meter readings saved on the kiosk" in receipt.what.text()  # queued, not delivered yet
    assert "sent to the provider automatically" in receipt.details.text()
    assert "22188550" in receipt.details.text() and "Counts for: November 2026" in receipt.details.text()
    assert receipt.data.qr_extra.count("22188550") == 3
    # nothing of the citizen stays on the earlier screens
    assert window.screen("meter_entry").visit is None and window.screen("meters").account.text() == ""
    with open_store(db_path) as store:
        [item] = outbox.items(store)
        payload = json.loads(item.payload_json)
        assert item.kind == "meter_readings" and payload["mode"] == "online"
        assert [r["declared"] for r in payload["readings"]] == ["replacement", None, None]
        assert payload["readings"][1]["jump_confirmed"] is True
        assert isinstance(payload["kiosk_clock_offset_s"], float)  # learned from the look-up
        assert store.scalar("SELECT count(*) FROM utility_accounts") == 0


def test_expired_meter_is_refused_with_what_to_do(window, qtbot, online):
    screen = go_tile(window, qtbot, "meters")
    from mfc_rules.demo import read_demo_region

    acc = next(a for a in read_demo_region()["utility_accounts"] if a["id"] == "acc-el-03")
    fill_account(qtbot, screen, "util-energo", acc["account_number"], acc["house"], acc["flat"])
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "meter_entry", timeout=10_000)
    [card] = window.current_screen().cards
    assert card.refused.isVisible() and "30.06.2025" in card.refused.text()
    assert "verification" in card.refused.text() and not any(r.isVisible() for r in card.rows)


def test_offline_flow_by_serial(window, qtbot, db_path):
    screen = go_tile(window, qtbot, "meters")
    fill_account(qtbot, screen, "util-vodokanal", "74би312121", "12", "34")  # lower case is fine
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "meter_entry", timeout=10_000)
    entry = window.current_screen()
    assert not entry.visit.online and entry.notice.isVisible()
    assert "checked and sent automatically" in entry.notice.text() and "Check status by receipt" in entry.notice.text()
    om = entry.offline_meters[0]
    type_into(qtbot, om.rows[0].edit, "483,2")
    qtbot.mouseClick(entry.next_button, Qt.MouseButton.LeftButton)
    assert om.serial_error.isVisible()  # a reading without the meter's serial number
    type_into(qtbot, om.serial, "79511264")
    qtbot.mouseClick(entry.add_button, Qt.MouseButton.LeftButton)
    second = entry.offline_meters[1]
    qtbot.mouseClick(next(b for k, b in second.kind_buttons if k == "hot_water"), Qt.MouseButton.LeftButton)
    type_into(qtbot, second.serial, "13410385")
    type_into(qtbot, second.rows[0].edit, "191")
    check_a11y(window, "offline entry")
    qtbot.mouseClick(entry.next_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "meter_review"
    review = window.current_screen()
    assert review.readings_text().count("checked on delivery") == 2
    assert [g.meter.serial for g in review.groups] == ["79511264", "13410385"]
    qtbot.mouseClick(review.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "receipt", timeout=10_000)
    with open_store(db_path) as store:
        [item] = outbox.items(store)
        payload = json.loads(item.payload_json)
    assert payload["mode"] == "offline" and payload["account_number"] == "74БИ312121"
    assert [(r["meter_serial"], r["meter_kind"], r["value"], r["checked_at_kiosk"]) for r in payload["readings"]] == [
        ("79511264", "cold_water", "483.200", False), ("13410385", "hot_water", "191.000", False)]


def test_idle_wipe_clears_everything(window, qtbot, db_path):
    screen = go_tile(window, qtbot, "meters")
    fill_account(qtbot, screen, "util-vodokanal", "74БИ312121", "12", "34")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "meter_entry", timeout=10_000)
    type_into(qtbot, window.current_screen().offline_meters[0].serial, "79511264")
    for spec in window.registry.specs():
        if spec.screen_id.startswith("meter"):
            window.screen(spec.screen_id).reset()
    entry = window.screen("meter_entry")
    assert entry.visit is None and entry.offline_meters == [] and not entry.heading.isVisible()
    assert screen.provider is None and all(f.text() == "" for f in (screen.account, screen.house, screen.flat))
    assert window.screen("meter_review").visit is None


def test_status_screen_shows_each_reading_outcome_from_the_backend(window, qtbot, online, db_path):
    """Delivered to the real backend: one receipt with a refused reading (and a fine one not
    applied), one accepted; the status screen lists each reading with its outcome and period."""
    from decimal import Decimal

    from kiosk.sync.core import make_engine
    from offline_db.store import utcnow

    now = utcnow()
    with open_store(db_path) as store:
        energo = next(p for p in meter_service.providers(store) if p["id"] == "util-energo")
        three = rules.Meter("22188550", "electricity", 3, 7, 1)
        refused = meter_service.submit_readings(store, energo, "737387056549", "8", "5",
                                    [rules.ReadingEntry(three, "T1", Decimal("9600.0")),
                                     rules.ReadingEntry(three, "T3", Decimal("14500.1"))],
                                    online=False, lang="en", now=now)
        accepted = meter_service.submit_readings(store, energo, "732312225103", "12", "34",
                                     [rules.ReadingEntry(rules.Meter("74454570", "electricity", 1, 7, 1), "T1",
                                                     Decimal("99990.5"))], online=False, lang="en", now=now)
        engine = make_engine(store)
        try:
            report = engine.run_once(pull=False)
        finally:
            engine.client.close()
    assert (report.accepted, report.rejected) == (1, 1), report.error
    on = rules.local_date(now, energo["timezone"])
    period = rules.window_for(on, energo["window_start_day"], energo["window_end_day"]).period

    status = go_tile(window, qtbot, "status")
    type_into(qtbot, status.number, refused.receipt_number)
    qtbot.mouseClick(status.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status._state == "found" and status.is_ready(), timeout=10_000)
    assert "Meter readings" in status.result_title.text()
    text = status.result_readings.text()
    assert status.result_readings.isVisible() and len(status.remote.readings) == 2
    assert "Meter No. 22188550, T1: 9600.0 — not accepted: the reading is lower than the last accepted one" in text
    assert "Meter No. 22188550, T3: 14500.1 — correct, but not counted" in text
    assert not status.result_reason.isVisible()  # the per-reading lines say it all
    check_a11y(window, "status of meter readings")
    window.session.set_language("ru")
    qtbot.waitUntil(lambda: "Показания счётчиков" in status.result_title.text())
    assert "показание меньше последнего принятого" in status.result_readings.text()
    assert "не принято" in status.result_readings.text()

    status.number.clear()
    type_into(qtbot, status.number, accepted.receipt_number)
    qtbot.mouseClick(status.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status._state == "found" and status.is_ready() and status.remote is not None
                    and bool(status.remote.readings), timeout=10_000)
    assert "74454570, T1: 99990,5" in status.result_readings.text()  # Russian: decimal comma
    assert f"учтено за {m.period_label(period, 'ru')}" in status.result_readings.text()
    window.session.set_language("en")
    qtbot.waitUntil(lambda: f"accepted, counts for {m.period_label(period, 'en')}" in status.result_readings.text())


def test_throttled_account_lookup_says_so_in_plain_words(window, qtbot, monkeypatch):

    asked = []

    def throttled(*args, **kwargs):
        asked.append(args)
        return m.Lookup(online=True, retry_after_s=420)

    monkeypatch.setattr(meter_service, "lookup_account", throttled)
    screen = go_tile(window, qtbot, "meters")
    fill_account(qtbot, screen, "util-energo", "737387056549", "8", "6")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen._state == "throttled", timeout=10_000)
    assert asked and window.current_id == "meters"  # no offline entry either
    assert "Too many tries" in screen.message.text() and "7 min" in screen.message.text()
    window.session.set_language("ru")
    qtbot.waitUntil(lambda: "7 мин" in screen.message.text())


# --- what the screenshot review found: outcome in view, marked fields, local numbers, grouping ----
def in_viewport(page, widget) -> bool:
    """``widget`` is shown and wholly inside the scroll page's visible part."""
    from PySide6.QtCore import QPoint, QRect

    if not widget.isVisible():
        return False
    rect = QRect(widget.mapTo(page.viewport(), QPoint(0, 0)), widget.size())
    return page.viewport().rect().contains(rect)


def test_not_found_answer_is_in_view_with_a_next_step(window, qtbot, monkeypatch):

    monkeypatch.setattr(meter_service, "lookup_account", lambda *a, **k: m.Lookup(online=True, found=False))
    screen = go_tile(window, qtbot, "meters")
    assert len(screen.provider_buttons) == 3  # electricity, water, heating and gas, as the intro says
    fill_account(qtbot, screen, "util-energo", "737387056549", "8", "6")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen._state == "failed", timeout=10_000)
    assert "No account with this number and address" in screen.message.text()
    assert "“Next: my meters” again" in screen.message.text()
    assert "+7 8422 50-00-01" in screen.message.text()  # the provider's phone: what to do if all is right
    # the answer, the fields to check and the button to try again are all on screen
    qtbot.waitUntil(lambda: all(in_viewport(screen.page, w) for w in
                                (screen.message, screen.next_button, screen.account.edit, screen.flat.edit)))


def test_wrong_fields_are_marked_and_the_first_error_is_scrolled_to(window, qtbot):
    screen = go_tile(window, qtbot, "meters")
    fill_account(qtbot, screen, "util-energo", "737387056548", "", "")  # a typo; no house number
    screen.page.verticalScrollBar().setValue(0)
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.account.edit.property("invalid") is True and screen.house.edit.property("invalid") is True
    assert not screen.flat.edit.property("invalid")
    qtbot.waitUntil(lambda: all(in_viewport(screen.page, w) for w in
                                (screen.account.edit, screen.account.error, screen.house.error, screen.next_button)))
    screen.account.edit.clear()
    type_into(qtbot, screen.account.edit, "737387056549")
    screen._field_left(screen.account)
    assert not screen.account.edit.property("invalid") and not screen.account.error.isVisible()
    assert screen.house.edit.property("invalid") is True
    assert screen.account.hint.text() == "As on the bill"  # the same hint whichever provider is chosen


def test_russian_readings_use_the_decimal_comma_and_take_either_mark(window, qtbot):
    from kiosk.ui.screens import meters

    window.session.set_language("ru")
    window.go("meter_entry")
    entry = window.current_screen()
    entry.start(meters._visit(True))
    t1, t2, t3 = entry.cards[0].rows
    assert "9661,0" in t1.last_label.text() and "9661.0" not in t1.last_label.text()
    type_into(qtbot, t1.edit, "9600,0")   # lower than the last
    type_into(qtbot, t2.edit, "26000.0")  # a point is fine in Russian too; a jump
    type_into(qtbot, t3.edit, "14500,1")
    entry.page.verticalScrollBar().setValue(entry.page.verticalScrollBar().maximum())
    qtbot.mouseClick(entry.next_button, Qt.MouseButton.LeftButton)
    assert (t1.code, t2.code, t3.code) == ("lower_than_last", "jump_unconfirmed", "")
    assert "(9661,0)" in t1.error.text() and "1847,4" in t2.error.text() and "540,0" in t2.error.text()
    assert t1.edit.property("invalid") is True and not t3.edit.property("invalid")
    # checked: the page shows the first reading to look at with its choices, not the top or the bottom
    qtbot.waitUntil(lambda: all(in_viewport(entry.page, w) for w in (t1.label, t1.edit, t1.error, t1.replaced, t1.rolled)))
    # the field sits beside its last reading, not across the screen from its label
    assert t1.edit.width() <= 400 and t1.edit.mapTo(t1, t1.edit.rect().topLeft()).x() == 0
    qtbot.mouseClick(t1.replaced, Qt.MouseButton.LeftButton)
    assert t1.replaced.selected and not t1.rolled.selected and not t1.edit.property("invalid")
    qtbot.mouseClick(t2.confirm, Qt.MouseButton.LeftButton)
    assert t2.code == "" and t2.error.property("role") == "success" and t2.error.text().startswith("✓")
    qtbot.mouseClick(entry.next_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "meter_review"
    review = window.current_screen()
    [group] = review.groups  # one heading for the meter, then its zones
    assert group.heading.text().count("22188550") == 1 and "22188550" not in group.plain_text()
    assert group.legend.isVisible() and group.legend.text().count("T1 —") == 1
    lines = group.plain_text().splitlines()
    assert [line.split(":")[0] for line in lines] == ["T1", "T2", "T3"]
    assert "9600,0" in lines[0] and "26000,0" in lines[1] and "14500,1" in lines[2]
    assert "<b>9600,0" in group.lines.text()  # the values stand out


def test_review_and_receipt_samples_list_the_same_readings(window, qtbot):
    from kiosk.ui.screens import meters

    window.go("meters")
    meters._account_errors(window.current_screen())
    assert len(window.current_screen().provider_buttons) == 3
    assert window.current_screen().account.text() == "737387056548"  # as the other samples, no spaces
    window.go("meter_review")
    review = window.current_screen()
    meters._review(review)
    reviewed = [(e.meter.serial, e.zone, str(e.value)) for e in review.visit.entries]
    window.go("meter_receipt_sample")
    receipt = window.current_screen()
    meters._receipt(receipt)
    in_qr = [tuple(line.split()) for line in receipt.data.qr_extra.strip().splitlines()]
    assert in_qr == reviewed and len(reviewed) == 3
    details = receipt.details.text()
    assert "Reading:" not in details  # the meter and zone are the label: no capital letter mid-line
    assert f"Electricity meter No. {echo('22188550')}, T3 (half-peak): 15100.0 kWh" in details  # serial isolated
    assert "Meter readings saved on the kiosk" in receipt.what.text()
    assert "check the provider's answer later at this kiosk" in details
    assert receipt.print_state == "printed" and receipt.print_message.property("role") == "success"  # green, not a warning


# --- the same visit on the days the calendar makes hard ----------------------------------------------
def _ulyanovsk(*args: int) -> dt.datetime:
    from zoneinfo import ZoneInfo

    return dt.datetime(*args, tzinfo=ZoneInfo("Europe/Ulyanovsk"))


@pytest.mark.e2e
@pytest.mark.parametrize(("moment", "sentence", "last_read", "counts_for", "period"), [
    pytest.param(_ulyanovsk(2026, 11, 30, 23, 0), "Readings for November were accepted until 25 November",
                 "24.10.2026", "December 2026", "2026-12", id="month-end"),
    pytest.param(_ulyanovsk(2026, 12, 14, 23, 58), "Readings for December are accepted from 15 to 25 December. "
                 "The kiosk takes them now too", "24.11.2026", "December 2026", "2026-12", id="window-opens-tomorrow"),
    pytest.param(_ulyanovsk(2026, 12, 15, 0, 1), "Readings for December are accepted from 15 to 25 December. "
                 "Your readings will count for December.", "24.11.2026", "December 2026", "2026-12", id="window-opened"),
    pytest.param(_ulyanovsk(2026, 12, 25, 23, 58), "Your readings will count for December.",
                 "24.11.2026", "December 2026", "2026-12", id="window-last-minutes"),
    pytest.param(_ulyanovsk(2026, 12, 26, 0, 1), "Readings for December were accepted until 25 December. The "
                 "kiosk takes them now too: they will count for January 2027.", "24.11.2026", "January 2027",
                 "2027-01", id="window-closed"),
    # 00:30 on New Year's Day in Ulyanovsk is still 2026 in UTC
    pytest.param(_ulyanovsk(2027, 1, 1, 0, 30), "Readings for January are accepted from 15 to 25 January",
                 "24.12.2026", "January 2027", "2027-01", id="new-year"),
])
def test_kiosk_and_backend_agree_on_the_period_whatever_the_date(window, qtbot, online, db_path, moment,
                                                                  sentence, last_read, counts_for, period):
    """The whole visit on a hard day: the window sentence and last reading on screen, the period on
    the receipt, and the period the real backend (its clock on the same day) books the readings for."""

    from kiosk.sync.core import make_engine

    screen = go_tile(window, qtbot, "meters")
    fill_account(qtbot, screen, "util-energo", "737387056549", "8", "5")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "meter_entry", timeout=10_000)
    entry = window.current_screen()
    assert sentence in entry.window_label.text()
    [card] = entry.cards
    assert f"9661.0 on {last_read}" in card.rows[0].last_label.text()
    for row, value in zip(card.rows, ("9671.0", "24162.6", "14501.6"), strict=True):
        type_into(qtbot, row.edit, value)
    qtbot.mouseClick(entry.next_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "meter_review", [r.code for r in card.rows]
    qtbot.mouseClick(window.current_screen().submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "receipt", timeout=10_000)
    assert f"Counts for: {counts_for}" in window.current_screen().details.text()

    with open_store(db_path) as store:
        engine = make_engine(store)
        try:
            report = engine.run_once(pull=False)
        finally:
            engine.client.close()
    assert report.accepted == 1, report.error
    booked = online.query("SELECT DISTINCT result, period FROM meter_reading_results")
    assert booked == [("accepted", period)]


@pytest.mark.parametrize(("clock", "on_screen", "counts_for", "checked"), [
    # it heard the backend on 20 November: its clock is right (7 s slow)
    ({"offset_s": 7.0, "learned_at": "2026-11-20T10:00:00Z"}, "Your readings will count for November.",
     "Counts for: November 2026\nCount if they reach the provider by: 25.12.2026", False),
    # never heard the backend's clock: the period by its own clock, and the provider checks the date
    (None, "Your readings will count for November.", "Counts for: November 2026", True),
    # it learned its clock is 1.5 years off (it reads June 2028): no period at all
    ({"offset_s": -48_000_000.0, "learned_at": "2026-11-21T05:00:00Z"}, "This kiosk's clock needs checking",
     "Counts for: decided by the provider from the date of the readings", True),
], ids=["verified", "unverified", "implausible"])
def test_screen_and_receipt_say_what_the_capture_time_rules_say(window, qtbot, db_path, clock, on_screen,
                                                                counts_for, checked):
    """Offline, the entry screen's window sentence and the receipt follow the kiosk's clock state
    (``mfc_rules.capture``): never a period the backend would not use."""

    if clock:
        with open_store(db_path) as store:
            store.set_setting(m.CLOCK_SETTING, clock)
    screen = go_tile(window, qtbot, "meters")
    fill_account(qtbot, screen, "util-vodokanal", "74би312121", "12", "34")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "meter_entry", timeout=10_000)
    entry = window.current_screen()
    assert on_screen in entry.window_label.text()
    om = entry.offline_meters[0]
    type_into(qtbot, om.serial, "79511264")
    type_into(qtbot, om.rows[0].edit, "483,2")
    qtbot.mouseClick(entry.next_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "meter_review"
    assert on_screen in window.current_screen().window_label.text()
    qtbot.mouseClick(window.current_screen().submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "receipt", timeout=10_000)
    details = window.current_screen().details.text()
    assert counts_for in details
    assert ("the provider checks the date of the readings" in details) is checked
    with open_store(db_path) as store:
        [item] = outbox.items(store)
    assert json.loads(item.payload_json)["period_at_kiosk"] == ("2026-11" if "November" in counts_for else None)
