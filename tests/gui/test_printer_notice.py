"""The notice "the printer is not working" is told before a flow, never beside a receipt that
says itself whether it printed (the receipt screen and its samples for meters and the clinic)."""

from __future__ import annotations

from kiosk.printing.cups_print import PrinterState

from .conftest import show_screen


def test_the_printer_notice_is_shown_before_a_flow_and_never_on_a_receipt(window, qtbot):
    window.printing._set_state(PrinterState("missing", "roll", detail="not found"))
    home = show_screen(window, "home", qtbot)
    assert window.printer_notice.isVisible() and home.isAncestorOf(window.printer_notice)
    for receipt_screen in ("clinic_receipt_sample", "meter_receipt_sample"):
        screen = show_screen(window, receipt_screen, qtbot)
        assert hasattr(screen, "print_state")
        assert not window.printer_notice.isVisible(), receipt_screen
    show_screen(window, "home", qtbot)
    assert window.printer_notice.isVisible()
