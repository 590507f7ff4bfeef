"""Printing off the GUI thread: receipts and printer checks run on worker threads, results come
back on the GUI thread, and nothing waits longer than the bound however the spooler behaves.

A hung spooler can hold a CUPS call for minutes, so each job gets its own daemon thread (a stuck
one neither blocks the next check nor the kiosk's exit).  Threads are started by a dispatcher
thread, never by the GUI thread: ``Thread.start`` waits until the new thread runs, which on a
busy machine is a stall.  The GUI side gives up on its own timer: the caller hears "not printed" in time; the worker, once the spooler answers again,
still cancels its late job (``kiosk.printing.cups_print``).
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.receipts import Receipt, ReceiptError
from kiosk.printing import cups_print
from kiosk.printing.cups_print import PrinterState, PrintOutcome

from .widgets import WrapLabel

log = logging.getLogger(__name__)

GRACE_MS = 2000        # beyond the print bound, for the worker to report
CHECK_BOUND_MS = 5000  # a printer check that takes longer: the spooler does not answer


def _dispatch(jobs: queue.SimpleQueue[Callable[[], None] | None]) -> None:
    """Start each job on a thread of its own, until ``None``."""
    while (job := jobs.get()) is not None:
        threading.Thread(target=job, name="kiosk-print", daemon=True).start()


class PrintService(QObject):
    """Prints receipts and watches the printer for the kiosk window.

    Signals:
        state_changed(object): the printer's :class:`PrinterState` changed (a check or a print).
    """

    state_changed = Signal(object)
    _finished = Signal(int, object)  # emitted on a worker thread, delivered on the GUI thread

    def __init__(self, tasks: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.state: PrinterState | None = None
        self._ids = itertools.count(1)
        self._waiting: dict[int, tuple[Callable[[Any], None], Any]] = {}
        self._cancel = threading.Event()
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        threading.Thread(target=_dispatch, args=(self._jobs,), name="kiosk-print-dispatch", daemon=True).start()
        self.active = 0  # worker threads not finished yet (a hung spooler keeps them)
        self._finished.connect(self._deliver)

    # --- running --------------------------------------------------------------------------
    def _start(self, work: Callable[[], Any], on_done: Callable[[Any], None], bound_ms: int,
               on_overdue: Callable[[], Any]) -> None:
        job = next(self._ids)
        self._waiting[job] = (on_done, on_overdue)
        self.active += 1

        def run() -> None:
            try:
                result = work()
            except ReceiptError as exc:
                result = PrintOutcome(False, f"the receipt cannot be drawn: {exc}", state="error")
            except Exception as exc:  # reported, never swallowed: the caller shows "not printed"
                log.exception("printing job failed")
                result = PrintOutcome(False, f"printing failed: {type(exc).__name__}", state="error")
            if shiboken6.isValid(self):
                self._finished.emit(job, result)

        self._jobs.put(run)  # never blocks
        QTimer.singleShot(bound_ms, self, lambda: self._overdue(job))

    def _deliver(self, job: int, result: Any) -> None:
        self.active -= 1
        entry = self._waiting.pop(job, None)
        self._note(result)
        if entry is None:
            log.info("a late printing result arrived after its bound: %s", getattr(result, "message", ""))
            return
        entry[0](result)

    def _note(self, result: Any) -> None:
        """What a check or a print says about the printer."""
        if isinstance(result, PrinterState):
            self._set_state(result)
        elif isinstance(result, PrintOutcome):
            if result.ok and (self.state is None or not self.state.ready):
                self._set_state(PrinterState("ready", detail="a receipt has just printed"))
            elif not result.ok and result.state in cups_print.NOT_READY:
                self._set_state(PrinterState(result.state, detail=result.message))

    def _overdue(self, job: int) -> None:
        entry = self._waiting.pop(job, None)
        if entry is not None:
            log.warning("the print spooler did not answer in time")
            result = entry[1]()
            self._note(result)
            entry[0](result)

    def _set_state(self, state: PrinterState) -> None:
        previous = self.state
        self.state = state
        if previous is None or previous.state != state.state:
            if not state.ready:
                log.warning("printer %s: %s (%s)", state.name or "(default)", state.state, state.detail)
            self.state_changed.emit(state)

    # --- what screens call ----------------------------------------------------------------
    def print_receipt(self, receipt: Receipt, settings: dict[str, Any],
                      on_done: Callable[[PrintOutcome], None]) -> None:
        """Print ``receipt`` with the kiosk's print ``settings``; ``on_done(outcome)`` is called on
        the GUI thread within ``print_timeout_s`` + 2 s, whatever the spooler does."""
        timeout_s = float(settings.get("print_timeout_s") or 20)
        printer, paper = str(settings.get("printer", "")), str(settings.get("receipt_format", "auto"))
        self._start(lambda: cups_print.print_receipt(receipt, printer, paper, timeout_s=timeout_s,
                                                     cancelled=self._cancel),
                    on_done, int(timeout_s * 1000) + GRACE_MS,
                    lambda: PrintOutcome(False, "the print spooler did not answer", state="unreachable"))

    def check(self, printer_setting: str, on_done: Callable[[PrinterState], None] | None = None) -> None:
        """Ask the printer's state now; ``state_changed`` follows if it changed."""
        self._start(lambda: cups_print.check_printer(printer_setting), on_done or (lambda _state: None),
                    CHECK_BOUND_MS,
                    lambda: PrinterState("unreachable", printer_setting, detail="the print spooler does not answer"))

    def refresh(self) -> None:
        """Check the configured printer (read from the store first, on the database worker)."""
        if self.tasks is None:
            return
        from kiosk import settings

        self.tasks.submit(lambda store: settings.get(store, "printer"), self.check, owner=self)

    def shutdown(self) -> None:
        """Stop waiting: jobs still waiting are cancelled by their threads."""
        self._cancel.set()
        self._waiting.clear()
        self._jobs.put(None)


REFRESH_S = 10.0  # a printer checked this recently is not checked again when a screen opens


class PrinterNotice(WrapLabel):
    """Tells the visitor, before a flow that ends in a receipt, that the printer cannot print and
    that the receipt will be on screen instead.  It sits at the top of the current screen's
    scrolling page (so it never squeezes the bars at 200 % text); hidden on the staff console and
    on the receipt screen (which says it itself).

    Read aloud once per flow, not on every screen: it is part of the spoken summary on Home (and
    on the first screen it shows on), then ``quiet`` (``spoken.describe`` skips it) until the
    visitor is back on Home or a printer that could print stops."""

    def __init__(self, printing: PrintService, parent: QWidget | None = None) -> None:
        super().__init__(role="status", parent=parent)
        self.setObjectName("PrinterNotice")
        self.printing = printing
        self.screen_id = ""
        self._layout: Any = None
        self._checked = -REFRESH_S
        self._tells_itself = False
        self._shown = False  # on the current screen
        self._told = False   # read aloud on a screen of this flow already
        self._could_print = True
        printing.state_changed.connect(lambda _state: self._changed())
        self.retranslate()
        self._update()

    def on_screen(self, screen_id: str, screen: QWidget | None = None) -> None:
        """``screen`` is now shown: move to the top of its page, and check the printer again."""
        if screen_id == "home":
            self._told = False  # a new flow starts: tell it again
        elif self._shown:
            self._told = True   # it was on the screen being left: said once is enough
        self.screen_id = screen_id
        # a receipt screen (and its screenshot samples) says itself whether the receipt printed
        self._tells_itself = hasattr(screen, "print_state")
        citizen = not screen_id.startswith("console")
        body = getattr(screen, "body", None)
        if citizen and body is not None and body is not self._layout:
            if self._layout is not None:
                self._layout.removeWidget(self)
            body.insertWidget(0, self)
            self._layout = body
        if citizen and time.monotonic() - self._checked > REFRESH_S:
            self._checked = time.monotonic()
            self.printing.refresh()
        self._update()

    def _changed(self) -> None:
        state = self.printing.state
        can_print = state is None or state.ready
        if self._could_print and not can_print:
            self._told = False  # it has just stopped printing: news, read where the visitor is
        self._could_print = can_print
        self._update()

    def _update(self) -> None:
        state = self.printing.state
        self._shown = (self._layout is not None and state is not None and not state.ready
                       and not self._tells_itself and not self.screen_id.startswith("console"))
        self.setProperty("quiet", self._told)
        self.setVisible(self._shown)

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate(
            "Receipt", "The printer is not working now. At the end your receipt will be shown on the screen: "
                       "photograph its QR code or write down its number."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def printer_alert_text(state: PrinterState | None) -> str:
    """The staff console's line about a printer that cannot print ('' when it can)."""
    if state is None or state.ready:
        return ""
    why = {
        "stopped": QCoreApplication.translate("Console", "the printer is paused in CUPS"),
        "rejecting": QCoreApplication.translate("Console", "the printer does not accept jobs"),
        "paper_out": QCoreApplication.translate("Console", "the printer is out of paper"),
        "error": QCoreApplication.translate("Console", "the printer reports an error (paper jam, open cover or offline)"),
        "missing": QCoreApplication.translate("Console", "the configured printer is not found"),
        "unreachable": QCoreApplication.translate("Console", "the print service does not answer"),
    }.get(state.state, state.state)
    return QCoreApplication.translate(
        "Console", "Receipts are not printing: %1. Visitors see their receipts on screen. Fix the printer or call "
                   "the technician.").replace("%1", why)
