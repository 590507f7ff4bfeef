"""Utility meter readings: provider and account → meters (online) or meters by serial (offline) →
readings checked at the field → review → receipt.  ``register`` adds the screens to the registry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..registry import Registry, ScreenSpec, TileSpec, lazy

SAMPLE_PROVIDER = {"id": "util-energo", "name_ru": "АО «Ульяновскэнерго-Демо»", "name_en": "Ulyanovskenergo-Demo JSC",
                   "services": ["electricity"], "account_pattern": r"^\d{12}$", "account_check": "luhn",
                   "window_start_day": 15, "window_end_day": 25, "jump_factor": 3.0, "timezone": "Europe/Ulyanovsk"}
SAMPLE_WATER = {"id": "util-vodokanal", "name_ru": "МУП «Ульяновскводоканал-Демо»",
                "name_en": "Ulyanovskvodokanal-Demo MUE", "services": ["cold_water", "hot_water"],
                "account_pattern": r"^\d{2}[А-Я]{2}\d{6}$", "account_check": "none", "window_start_day": 20,
                "window_end_day": 25, "jump_factor": 3.0, "timezone": "Europe/Ulyanovsk"}


def sample_meters() -> tuple[Any, ...]:
    import datetime as dt  # screenshot samples only: not imported when the kiosk starts
    from decimal import Decimal

    from kiosk.domain.meters import LastReading, Meter

    read = dt.date(2026, 10, 24)
    three = Meter("22188550", "electricity", 3, 6, 1, dt.date(2034, 12, 26), Decimal(180),
                  {"T1": LastReading(Decimal("9661.0"), read), "T2": LastReading(Decimal("24152.6"), read),
                   "T3": LastReading(Decimal("14491.6"), read)}, "m-el-02")
    old = Meter("74454570", "electricity", 1, 5, 1, dt.date(2025, 6, 30), Decimal(280),
                {"T1": LastReading(Decimal("99870.4"), dt.date(2026, 10, 19))}, "m-el-03")
    return three, old


def _visit(online: bool, provider: dict[str, Any] | None = None) -> Any:
    from .account import Visit

    return Visit(provider or SAMPLE_PROVIDER, "737387056549", "8", "5", online, sample_meters() if online else ())


# --- screenshot states: nothing is written to the store -----------------------------------------
def _account_errors(screen: Any) -> None:
    screen.set_providers([SAMPLE_PROVIDER, SAMPLE_WATER])
    screen.choose(SAMPLE_PROVIDER)
    screen.account.edit.setText("7373 8705 6548")
    screen.next()


def _account_not_found(screen: Any) -> None:
    screen.set_providers([SAMPLE_PROVIDER, SAMPLE_WATER])
    screen.choose(SAMPLE_PROVIDER)
    screen.account.edit.setText("737387056549")
    screen.house.edit.setText("8")
    screen._state = "failed"
    screen.retranslate()


def _entry_online(screen: Any) -> None:
    screen.start(_visit(True))
    rows = screen.cards[0].rows
    rows[0].edit.setText("9600.0")      # lower than the last: replacement / rollover choice
    rows[1].edit.setText("26000.0")     # a jump above 3 x the average: confirmation
    rows[2].edit.setText("14500.1")
    screen.next()
    screen.page.verticalScrollBar().setValue(0)


def _entry_offline(screen: Any) -> None:
    screen.start(_visit(False, SAMPLE_WATER))
    om = screen.offline_meters[0]
    om.serial.setText("79511264")
    om.rows[0].edit.setText("483,2")
    om.rows[0].check()


def _review(screen: Any) -> None:
    from decimal import Decimal

    from kiosk.domain.meters import ReadingEntry

    visit = _visit(True)
    three = visit.meters[0]
    visit.entries = [ReadingEntry(three, "T1", Decimal("9700.0")), ReadingEntry(three, "T2", Decimal("24190.1")),
                     ReadingEntry(three, "T3", Decimal("15100.0"), None, True, ("jump",))]
    screen.show_review(visit)


def _receipt(screen: Any) -> None:
    from decimal import Decimal

    from kiosk.domain.meters import ReadingEntry

    from ..services import SAMPLE_OFFICE
    from ..services.receipt import ReceiptData
    from .review import receipt_content

    visit = _visit(True)
    three = visit.meters[0]
    visit.entries = [ReadingEntry(three, "T1", Decimal("9700.0")), ReadingEntry(three, "T2", Decimal("24190.1")),
                     ReadingEntry(three, "T3", Decimal("15100.0"), None, True, ("jump",))]  # as on the review
    data = ReceiptData(kind="meter_readings", receipt_number="K7QW-3M2A-9XTP", captured_at="2026-11-21T09:30:00Z",
                       office=SAMPLE_OFFICE, content=receipt_content(visit, "2026-11", True),
                       qr_extra="\n22188550 T1 9700.0\n22188550 T2 24190.1\n22188550 T3 15100.0")
    screen.show_receipt(data, auto_print=False)
    screen.print_state = "printed"
    screen.retranslate()


def register(registry: Registry) -> None:
    AccountScreen = lazy("kiosk.ui.screens.meters.account", "AccountScreen")
    EntryScreen = lazy("kiosk.ui.screens.meters.entry", "EntryScreen")
    MeterReviewScreen = lazy("kiosk.ui.screens.meters.review", "MeterReviewScreen")

    registry.register(ScreenSpec(
        "meters", AccountScreen,
        tile=TileSpec(lambda: QCoreApplication.translate("Tiles", "Meter readings: electricity, water, heating, gas"), "⚡", 84),
        screenshot_states=(("", None), ("errors", _account_errors), ("not-found", _account_not_found)),
    ))
    registry.register(ScreenSpec("meter_entry", EntryScreen,
                                 screenshot_states=(("", _entry_online), ("offline", _entry_offline))))
    registry.register(ScreenSpec("meter_review", MeterReviewScreen,
                                 screenshot_states=(("", _review),)))
    registry.register(ScreenSpec("meter_receipt_sample", _ReceiptSample,
                                 screenshot_states=(("", _receipt),)))


def _ReceiptSample(ctx: Any) -> Any:  # noqa: N802 - a factory named like the screen it makes
    """The shared receipt screen showing a meter-readings receipt (screenshots only; no tile)."""
    from ..services.receipt import ReceiptScreen

    screen = ReceiptScreen(ctx)
    screen.screen_id = "meter_receipt_sample"
    screen.setObjectName("screen-meter_receipt_sample")
    return screen
