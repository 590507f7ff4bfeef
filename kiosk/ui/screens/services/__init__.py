"""Public services: catalogue and search, service cards, application forms with review, queue
tickets, receipts and the status check.  ``register`` adds all of them to the registry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..registry import Registry, ScreenSpec, TileSpec, lazy

SAMPLE_SERVICE = "svc-001"
SAMPLE_OFFICE = {"id": "sample", "name_ru": "МФЦ «Мои документы» — Ленинский район",
                 "name_en": "MFC “My Documents” — Leninsky District",
                 "address_ru": "г. Ульяновск, ул. Гончарова, д. 38", "address_en": "38 Goncharova St, Ulyanovsk",
                 "timezone": "Europe/Ulyanovsk"}


# --- screenshot states: nothing is written to the store ------------------------------------------
def _search(query_ru: str, query_en: str):
    def prepare(screen: Any) -> None:
        screen.set_query(query_en if screen.ctx.session.language == "en" else query_ru)
        screen._run_search()
    return prepare


def _card(screen: Any) -> None:
    screen.show_service(SAMPLE_SERVICE)


def _form_errors(screen: Any) -> None:
    def fill(form: Any) -> None:
        values = {"full_name": "Иванова Мария Петровна", "birth_date": "31.02.2011", "phone": "8 912 345",
                  "email": "maria@", "receive_by": ""}
        for name, value in values.items():
            if any(e.field["name"] == name for e in form.editors):
                form.editor(name).set_value(value)
        form.next()
        form.page.verticalScrollBar().setValue(0)
    screen.load(SAMPLE_SERVICE, fill)


def _review(screen: Any) -> None:
    # The service's own schema from the store (a copy here went out of date: it lacked the address).
    screen.load_sample(SAMPLE_SERVICE, {
        "full_name": "Иванова Мария Петровна", "birth_date": "14.03.2011",
        "registration_address": "г. Ульяновск, ул. Гончарова, д. 38, кв. 5", "receive_by": "mfc",
        "phone": "+7 912 345-67-89", "email": "maria@example.ru", "consent": True})


def _refresh_title(screen: Any) -> None:
    """The title bar was set when the screen was shown, before the sample arrived."""
    label = getattr(screen.ctx.navigator, "title_label", None)
    if label is not None:
        label.setText(screen.title())


def _receipt_data(kind: str) -> Any:
    from .receipt import ReceiptData

    if kind == "ticket":
        return ReceiptData(kind="queue_ticket", receipt_number="T4PX-9W2C-6HRN", captured_at="2026-11-21T09:30:00Z",
                           office=SAMPLE_OFFICE, category_ru="Паспорта и регистрация граждан",
                           category_en="Passports and residence registration", ticket="A-1007", waiting_ahead=6,
                           wait_min=60)
    return ReceiptData(kind="application", receipt_number="K7QW-3M2A-9XTP", captured_at="2026-11-21T09:30:00Z",
                       office=SAMPLE_OFFICE, service_ru="Выдача паспорта гражданина РФ в 14 лет",
                       service_en="First Russian internal passport at 14", term_days=10)


def _receipt(kind: str, failed: bool):
    def prepare(screen: Any) -> None:
        screen.show_receipt(_receipt_data(kind), auto_print=False)
        screen.print_state = "failed" if failed else "printed"
        screen.retranslate()
        _refresh_title(screen)
    return prepare


def _queue_service(screen: Any) -> None:
    screen.preselect({"id": SAMPLE_SERVICE, "category_id": "cat-passport",
                      "name_ru": "Выдача паспорта гражданина РФ в 14 лет",
                      "name_en": "First Russian internal passport at 14"})


def _status_withdrawn(screen: Any) -> None:
    """An application refused because the service was withdrawn (``unknown_service``)."""
    from kiosk.domain.status import LocalStatus, RemoteStatus

    local = LocalStatus("K7QW-3M2A-9XTP", "sample", "application", "rejected", "2026-11-21T09:30:00Z",
                        "Выдача паспорта гражданина РФ в 14 лет", "First Russian internal passport at 14",
                        reject_code="unknown_service", service_id=SAMPLE_SERVICE)
    screen.show_result(local, RemoteStatus(True, True, "rejected", "rejected", code="unknown_service"))


def _status(state: str):
    def prepare(screen: Any) -> None:
        from kiosk.domain.status import LocalStatus, RemoteStatus

        reason = {"rejected": ("Дата рождения в заявлении не совпадает со свидетельством о рождении. Подайте "
                               "заявление снова с верной датой.",
                               "The date of birth in the application does not match the birth certificate. "
                               "Apply again with the correct date.")}
        ru, en = reason.get(state, ("", ""))
        local = LocalStatus("K7QW-3M2A-9XTP", "sample", "application", state, "2026-11-21T09:30:00Z",
                            "Выдача паспорта гражданина РФ в 14 лет", "First Russian internal passport at 14",
                            reason_ru=ru, reason_en=en, service_id=SAMPLE_SERVICE)
        remote = (RemoteStatus(online=False) if state == "pending" else
                  RemoteStatus(True, True, state, "received", "RB-000123", ru, en))
        screen.show_result(local, remote)
    return prepare


SAMPLE_METER_RECEIPT = "M6KD-3W9A-5RTQ"  # the meter readings receipt sample; not an application's number


def sample_meter_status() -> tuple[Any, Any]:
    """A meter-readings receipt refused for one reading of three (screenshots, the clerk's Find)."""
    from kiosk.domain.status import LocalStatus, ReadingOutcome, RemoteStatus

    ru = ("Показания не приняты. Счётчик № 22188550, T1: показание меньше последнего принятого (9661,0); если "
          "счётчик заменили или он перешёл через ноль, укажите это при передаче.")
    en = ("The readings were not accepted. Meter No. 22188550, T1: the reading is lower than the last accepted one "
          "(9661.0); if the meter was replaced or rolled over, say so when submitting.")
    local = LocalStatus("M4RT-8Q2A-7XTP", "sample", "meter_readings", "rejected", "2026-11-25T19:30:00Z",
                        reject_code="lower_than_last", reason_ru=ru, reason_en=en)
    readings = (
        ReadingOutcome("22188550", "T1", "9600.0", "rejected", "lower_than_last",
                       "показание меньше последнего принятого (9661,0); если счётчик заменили или он перешёл "
                       "через ноль, укажите это при передаче",
                       "the reading is lower than the last accepted one (9661.0); if the meter was replaced or "
                       "rolled over, say so when submitting", "2026-11"),
        ReadingOutcome("22188550", "T2", "26000.0", "not_applied", period="2026-11"),
        ReadingOutcome("22188550", "T3", "14500.1", "not_applied", period="2026-11"),
    )
    return local, RemoteStatus(True, True, "rejected", "rejected", "", ru, en, readings)


def _status_meters(screen: Any) -> None:
    from dataclasses import replace

    from kiosk.domain.status import ReadingOutcome, RemoteStatus

    local, _remote = sample_meter_status()
    # the readings of the meter receipt sample (kiosk.ui.screens.meters), as the provider accepted them
    accepted = RemoteStatus(True, True, "accepted", "received", "RB-000124", "", "", (
        ReadingOutcome("22188550", "T1", "9700.0", "accepted", period="2026-11"),
        ReadingOutcome("22188550", "T2", "24190.1", "accepted", period="2026-11"),
        ReadingOutcome("22188550", "T3", "15100.0", "accepted", period="2026-11", flags=("jump",)),
    ))
    screen.show_result(replace(local, receipt_number=SAMPLE_METER_RECEIPT, state="accepted", reject_code="",
                               reason_ru="", reason_en=""), accepted)


def _status_meters_rejected(screen: Any) -> None:
    screen.show_result(*sample_meter_status())


def _status_clinic(change: str):
    def prepare(screen: Any) -> None:
        from ..clinic import sample_changed_status

        screen.show_result(sample_changed_status(change), None)
    return prepare


def _status_unknown(screen: Any) -> None:
    screen.number.setText("ZZZZ-ZZZZ-ZZZZ")
    screen.check()


def register(registry: Registry) -> None:
    ApplicationScreen = lazy("kiosk.ui.screens.services.application", "ApplicationScreen")
    ReviewScreen = lazy("kiosk.ui.screens.services.application", "ReviewScreen")
    CatalogueScreen = lazy("kiosk.ui.screens.services.catalogue", "CatalogueScreen")
    QueueTicketScreen = lazy("kiosk.ui.screens.services.queue_ticket", "QueueTicketScreen")
    ReceiptScreen = lazy("kiosk.ui.screens.services.receipt", "ReceiptScreen")
    ServiceCardScreen = lazy("kiosk.ui.screens.services.service_card", "ServiceCardScreen")
    StatusScreen = lazy("kiosk.ui.screens.services.status", "StatusScreen")

    registry.register(ScreenSpec(
        "catalogue", CatalogueScreen,
        tile=TileSpec(lambda: QCoreApplication.translate("Tiles", "Public services: find, learn what to bring, apply"), "☰", 81),
        screenshot_states=(("", _search("паспорта", "passport")), ("browse", None),
                           ("empty", _search("зюзюкабрра", "qwzx flurb"))),
    ))
    registry.register(ScreenSpec("service_card", ServiceCardScreen, screenshot_states=(("", _card),)))
    registry.register(ScreenSpec("application", ApplicationScreen, screenshot_states=(("", _form_errors),)))
    registry.register(ScreenSpec("application_review", ReviewScreen, screenshot_states=(("", _review),)))
    registry.register(ScreenSpec(
        "receipt", ReceiptScreen,
        screenshot_states=(("", _receipt("application", False)), ("ticket", _receipt("ticket", False)),
                           ("print-failed", _receipt("application", True))),
    ))
    registry.register(ScreenSpec(
        "queue_ticket", QueueTicketScreen,
        tile=TileSpec(lambda: QCoreApplication.translate("Tiles", "Take a queue ticket"), "№", 82),
        screenshot_states=(("", None), ("service", _queue_service)),
    ))
    registry.register(ScreenSpec(
        "status", StatusScreen,
        tile=TileSpec(lambda: QCoreApplication.translate("Tiles", "Check status by receipt"), "✓", 83),
        screenshot_states=(("", _status("accepted")), ("rejected", _status("rejected")),
                           ("pending", _status("pending")), ("unknown", _status_unknown),
                           ("withdrawn", _status_withdrawn),
                           ("meters", _status_meters), ("meters-rejected", _status_meters_rejected),
                           ("clinic-cancelled", _status_clinic("cancelled")),
                           ("clinic-moved", _status_clinic("rescheduled"))),
    ))
