"""Utility meter readings: provider and account → meters (online) or meters by serial (offline) →
readings checked at the field → review → receipt.  ``register`` adds the screens to the registry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..registry import Registry, ScreenSpec, TileSpec, lazy

# The demo region's three providers (mfc_rules/demo/utility_providers.json), in the store's order.
SAMPLE_PROVIDER = {"id": "util-energo", "name_ru": "АО «Ульяновскэнерго-Демо»", "name_en": "Ulyanovskenergo-Demo JSC",
                   "services": ["electricity"], "account_pattern": r"^\d{12}$", "account_check": "luhn",
                   "window_start_day": 15, "window_end_day": 25, "jump_factor": 3.0, "timezone": "Europe/Ulyanovsk",
                   "phone": "+7 8422 50-00-01"}
SAMPLE_WATER = {"id": "util-vodokanal", "name_ru": "МУП «Ульяновскводоканал-Демо»",
                "name_en": "Ulyanovskvodokanal-Demo MUE", "services": ["cold_water", "hot_water"],
                "account_pattern": r"^\d{2}[А-Я]{2}\d{6}$", "account_check": "none", "window_start_day": 20,
                "window_end_day": 25, "jump_factor": 3.0, "timezone": "Europe/Ulyanovsk", "phone": "+7 8422 50-00-02"}
SAMPLE_HEAT_GAS = {"id": "util-teplogaz", "name_ru": "ООО «Симбирская теплогазовая компания-Демо»",
                   "name_en": "Simbirsk Heat and Gas Company-Demo LLC", "services": ["gas", "heat"],
                   "account_pattern": r"^\d{9}$", "account_check": "none", "window_start_day": 1, "window_end_day": 25,
                   "jump_factor": 2.5, "timezone": "Europe/Ulyanovsk", "phone": "+7 8422 50-00-03"}
SAMPLE_PROVIDERS = [SAMPLE_PROVIDER, SAMPLE_WATER, SAMPLE_HEAT_GAS]
#: One flat's accounts in the demo region (8 Karla Marksa St, flat 5): the same number on every sample.
SAMPLE_ACCOUNTS = {"util-energo": "737387056549", "util-vodokanal": "73ВС366537", "util-teplogaz": "918413375"}


def sample_meters() -> tuple[Any, ...]:
    import datetime as dt  # screenshot samples only: not imported when the kiosk starts
    from decimal import Decimal

    from mfc_rules.meters import LastReading, Meter

    read = dt.date(2026, 10, 24)
    three = Meter("22188550", "electricity", 3, 6, 1, dt.date(2034, 12, 26), Decimal(180),
                  {"T1": LastReading(Decimal("9661.0"), read), "T2": LastReading(Decimal("24152.6"), read),
                   "T3": LastReading(Decimal("14491.6"), read)}, "m-el-02")
    old = Meter("74454570", "electricity", 1, 5, 1, dt.date(2025, 6, 30), Decimal(280),
                {"T1": LastReading(Decimal("99870.4"), dt.date(2026, 10, 19))}, "m-el-03")
    return three, old


def _visit(online: bool, provider: dict[str, Any] | None = None) -> Any:
    from .account import Visit

    provider = provider or SAMPLE_PROVIDER
    return Visit(provider, SAMPLE_ACCOUNTS[provider["id"]], "8", "5", online, sample_meters() if online else ())


def _sample_entries(visit: Any) -> list[Any]:
    """The readings of the review sample; the receipt sample lists exactly these."""
    from decimal import Decimal

    from mfc_rules.meters import ReadingEntry

    three = visit.meters[0]
    return [ReadingEntry(three, "T1", Decimal("9700.0")), ReadingEntry(three, "T2", Decimal("24190.1")),
            ReadingEntry(three, "T3", Decimal("15100.0"), None, True, ("jump",))]


# --- screenshot states: nothing is written to the store -----------------------------------------
def _account_errors(screen: Any) -> None:
    screen.set_providers(SAMPLE_PROVIDERS)
    screen.choose(SAMPLE_PROVIDER)
    screen.account.edit.setText("737387056548")  # the sample account with its last digit mistyped
    screen.next()                                # and no house number


def _account_not_found(screen: Any) -> None:
    screen.set_providers(SAMPLE_PROVIDERS)
    screen.choose(SAMPLE_PROVIDER)
    screen.account.edit.setText(SAMPLE_ACCOUNTS["util-energo"])
    screen.house.edit.setText("8")
    screen.flat.edit.setText("6")  # the flat is 5: no such account at this address
    screen._state = "failed"
    screen.retranslate()
    screen.show_outcome()


def _entry_online(screen: Any) -> None:
    from kiosk.ui.i18n import local_decimal

    screen.start(_visit(True))
    rows = screen.cards[0].rows
    rows[0].edit.setText(local_decimal("9600.0"))   # lower than the last: replacement / rollover choice
    rows[1].edit.setText(local_decimal("26000.0"))  # a jump above 3 x the average: confirmation
    rows[2].edit.setText(local_decimal("14500.1"))
    screen.next()  # scrolls to the first reading to look at


def _entry_offline(screen: Any) -> None:
    from kiosk.ui.i18n import local_decimal

    screen.start(_visit(False, SAMPLE_WATER))
    om = screen.offline_meters[0]
    om.serial.setText("79511264")
    om.rows[0].edit.setText(local_decimal("483.2"))
    om.rows[0].check()


def _review(screen: Any) -> None:
    visit = _visit(True)
    visit.entries = _sample_entries(visit)
    screen.show_review(visit)


def _receipt(screen: Any) -> None:
    from kiosk.domain.meters import Submitted
    from mfc_rules.meters import format_value

    from ..services import SAMPLE_METER_RECEIPT, SAMPLE_OFFICE
    from ..services.receipt import ReceiptData
    from .review import receipt_content

    visit = _visit(True)
    visit.entries = _sample_entries(visit)  # as on the review
    done = Submitted(SAMPLE_METER_RECEIPT, "", "2026-11-21T09:30:00Z", "2026-11", "2026-12-25")
    qr_extra = "".join(f"\n{e.meter.serial} {e.zone} {format_value(e.value, e.meter.decimals)}" for e in visit.entries)
    data = ReceiptData(kind="meter_readings", receipt_number=SAMPLE_METER_RECEIPT, captured_at="2026-11-21T09:30:00Z",
                       office=SAMPLE_OFFICE, content=receipt_content(visit, done, True), qr_extra=qr_extra)
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
