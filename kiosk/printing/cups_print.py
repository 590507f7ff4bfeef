"""Print a receipt through CUPS and know whether it came out; read the printer's state.

Blocking calls: run on a worker thread only (``kiosk.ui.printing``), never on the GUI thread.

Talks to cupsd through ``pycups`` (the CUPS API): it gives the job id, the job's state and the
printer's state, media and reasons as IPP attributes, which neither Qt's print support (no job
id, no job state) nor parsing ``lp``/``lpstat`` output (localised text) gives.  The server is
libcups' own: ``CUPS_SERVER`` or ``/etc/cups/client.conf``, otherwise the local cupsd.

A receipt is "printed" only when CUPS accepted the job *and* reports it completed within the
bound; a job that has not completed by then is cancelled, so it cannot come out later in front
of somebody else.
"""

from __future__ import annotations

import concurrent.futures
import logging
import re
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.domain.receipts import Receipt

log = logging.getLogger(__name__)

# IPP printer-state and job-state values (RFC 8011)
PRINTER_STOPPED = 5
JOB_CANCELED, JOB_ABORTED, JOB_COMPLETED = 7, 8, 9
ROLL_MAX_MM = 90.0  # a default medium at most this wide is a receipt roll
PAPER_OUT_REASONS = ("media-empty", "media-needed")
POLL_S = 0.2

#: Printer states: ``ready``; the kiosk cannot print: ``stopped`` (paused), ``rejecting`` (not
#: accepting jobs), ``paper_out``, ``error`` (jam, cover open, offline), ``missing`` (no such
#: queue / no default), ``unreachable`` (no answer from the spooler).
NOT_READY = ("stopped", "rejecting", "paper_out", "error", "missing", "unreachable")


@dataclass(frozen=True)
class PrinterState:
    state: str                        # see NOT_READY; "ready" or "folder" (pdf:DIR) when it can print
    name: str = ""                    # the CUPS queue
    media: str = ""                   # the printer's default medium (PWG name), e.g. iso_a4_210x297mm
    media_width_mm: float = 0.0
    detail: str = ""                  # English, for the log and the technician

    @property
    def ready(self) -> bool:
        return self.state not in NOT_READY


@dataclass(frozen=True)
class PrintOutcome:
    ok: bool
    message: str = ""                 # an English technical reason for the log; the UI shows its own text
    path: Path | None = None          # the PDF saved (pdf:DIR printer)
    state: str = ""                   # the printer's state when it failed (see NOT_READY), or "timeout"
    job_id: int = 0


# Receipts are painted on one long-lived thread: Qt's font caches are per thread, and a cold
# thread spends ~90 ms setting fonts up inside Qt calls that hold the GIL (the GUI would stall).
# Its thread is started by the first print job's thread, never by the GUI thread.
_RENDERER = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-render")


def _rendered(fn: Any, *args: Any) -> Any:
    return _RENDERER.submit(fn, *args).result()


def media_width_mm(media: str) -> float:
    """The width in mm of a PWG self-describing media name (``iso_a4_210x297mm`` → 210)."""
    match = re.search(r"_(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(mm|in)$", media or "")
    if not match:
        return 0.0
    width = float(match.group(1))
    return round(width * 25.4, 2) if match.group(3) == "in" else width


def choose_paper(receipt_format: str, printer: PrinterState) -> tuple[str, float]:
    """``("roll80", width_mm)`` or ``("a4", 210)``: what to print on.

    ``auto`` follows the printer: a default medium up to 90 mm wide is a roll of that width; a
    wider one gets the A4 layout; unknown media (a PDF folder) gets the 80 mm roll.
    """
    if receipt_format == "a4":
        return "a4", 210.0
    if receipt_format == "roll80":
        return "roll80", 80.0
    width = printer.media_width_mm
    if width and width > ROLL_MAX_MM:
        return "a4", 210.0
    return "roll80", round(width) if width else 80.0


def _cups() -> Any:
    import cups  # pycups; imported late: a kiosk without CUPS still starts and saves PDFs

    return cups


def _connect() -> Any:
    return _cups().Connection()


def _errors() -> tuple[type[BaseException], ...]:
    """What pycups raises when the spooler cannot be reached or answers with an error."""
    cups = _cups()
    return (RuntimeError, OSError, cups.IPPError, cups.HTTPError)


def _reasons(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value or ()]


def printer_state(conn: Any, name: str) -> PrinterState:
    """The state of queue ``name`` ('' = the default destination) from its IPP attributes."""
    cups = _cups()
    if not name:
        name = conn.getDefault() or ""
        if not name:
            return PrinterState("missing", detail="no default printer is set in CUPS")
    try:
        attrs = conn.getPrinterAttributes(name, requested_attributes=[
            "printer-state", "printer-state-reasons", "printer-is-accepting-jobs", "media-default"])
    except cups.IPPError as exc:
        status = exc.args[0] if exc.args else 0
        if status == cups.IPP_NOT_FOUND:
            return PrinterState("missing", name, detail=f"no printer {name!r} in CUPS")
        return PrinterState("unreachable", name, detail=f"CUPS refused the printer query: {exc}")
    media = str(attrs.get("media-default") or "")
    reasons = _reasons(attrs.get("printer-state-reasons"))
    base = {"name": name, "media": media, "media_width_mm": media_width_mm(media)}
    detail = ", ".join(r for r in reasons if r != "none")
    if not attrs.get("printer-is-accepting-jobs", True):
        return PrinterState("rejecting", **base, detail="the printer does not accept jobs " + detail)
    if any(r.startswith(PAPER_OUT_REASONS) for r in reasons):
        return PrinterState("paper_out", **base, detail=detail)
    if attrs.get("printer-state") == PRINTER_STOPPED:
        return PrinterState("stopped", **base, detail="the printer is stopped " + detail)
    if any(r.endswith("-error") for r in reasons):
        return PrinterState("error", **base, detail=detail)
    return PrinterState("ready", **base, detail=detail)


def check_printer(printer_setting: str) -> PrinterState:
    """Never raises: the state of the configured printer ('' = default, ``pdf:DIR`` = a folder)."""
    if printer_setting.startswith("pdf:"):
        return PrinterState("folder", printer_setting[4:])
    try:
        return printer_state(_connect(), printer_setting)
    except ImportError:
        return PrinterState("unreachable", printer_setting, detail="pycups is not installed")
    except _errors() as exc:  # RuntimeError "failed to connect to server", IPP/HTTP errors
        return PrinterState("unreachable", printer_setting, detail=f"CUPS does not answer: {exc}")


def _save_to_folder(receipt: Receipt, folder: Path, paper: str) -> PrintOutcome:
    from mfc_files.private_files import make_private_dir

    from .receipt_pdf import render_pdf

    try:
        make_private_dir(folder)
        path = _rendered(render_pdf, receipt, folder / f"receipt-{receipt.receipt_number}.pdf",
                         "a4" if paper == "a4" else "roll80")
    except OSError as exc:
        return PrintOutcome(False, f"cannot save the receipt PDF: {exc.strerror}", state="error")
    return PrintOutcome(True, path=path)


def print_receipt(receipt: Receipt, printer_setting: str, receipt_format: str = "auto", *,
                  timeout_s: float = 20.0, cancelled: threading.Event | None = None) -> PrintOutcome:
    """Print and wait (at most ``timeout_s``) until CUPS reports the job completed.

    Never raises for a printer problem (it returns ``ok=False`` and the printer's ``state``);
    raises :class:`ReceiptError` when the receipt itself cannot be drawn.  Blocking.
    """
    if printer_setting.startswith("pdf:"):
        return _save_to_folder(receipt, Path(printer_setting[4:]), receipt_format)
    deadline = time.monotonic() + timeout_s
    try:
        conn = _connect()
        printer = printer_state(conn, printer_setting)
    except ImportError:
        return PrintOutcome(False, "pycups is not installed", state="unreachable")
    except _errors() as exc:
        return PrintOutcome(False, f"CUPS does not answer: {exc}", state="unreachable")
    try:
        if printer.state in ("missing", "rejecting", "unreachable"):
            return PrintOutcome(False, printer.detail, state=printer.state)  # CUPS would refuse the job
        if time.monotonic() >= deadline:  # the spooler answered too late: the kiosk has said "not printed"
            return PrintOutcome(False, "the print spooler answered too late", state="unreachable")
        return _submit_and_wait(conn, receipt, printer, receipt_format, deadline, cancelled)
    except _errors() as exc:  # the spooler went away meanwhile
        return PrintOutcome(False, f"CUPS stopped answering: {exc}", state="unreachable")


def _submit_and_wait(conn: Any, receipt: Receipt, printer: PrinterState, receipt_format: str,
                     deadline: float, cancelled: threading.Event | None) -> PrintOutcome:
    from .receipt_pdf import page_size_mm, render_pdf

    cups = _cups()
    paper, width = choose_paper(receipt_format, printer)
    with tempfile.TemporaryDirectory(prefix="kiosk-print-") as tmp:  # 0700: only this user reads it
        path = _rendered(render_pdf, receipt, Path(tmp) / "receipt.pdf", paper, width)
        if paper == "a4":
            options = {"media": printer.media if printer.media_width_mm > ROLL_MAX_MM else "iso_a4_210x297mm"}
        else:
            w, h = _rendered(page_size_mm, receipt, paper, width)
            options = {"media": f"Custom.{w:g}x{h:g}mm"}
        options["fit-to-page"] = "false"
        try:  # CUPS copies the file into its spool before it answers: the temporary PDF can go
            job_id = conn.printFile(printer.name, str(path), receipt.receipt_number, options)
        except cups.IPPError as exc:
            return PrintOutcome(False, f"CUPS refused the job: {exc}", state="rejecting")
    log.info("receipt job %s sent to %s (%s, %s)", job_id, printer.name, paper, options["media"])
    state, reasons = 0, ""
    while time.monotonic() < deadline and not (cancelled is not None and cancelled.is_set()):
        try:
            attrs = conn.getJobAttributes(job_id, requested_attributes=["job-state", "job-state-reasons"])
        except cups.IPPError as exc:
            return PrintOutcome(False, f"the job vanished: {exc}", state="error", job_id=job_id)
        state, reasons = attrs.get("job-state", 0), ", ".join(_reasons(attrs.get("job-state-reasons")))
        if state == JOB_COMPLETED:
            return PrintOutcome(True, job_id=job_id)
        if state in (JOB_CANCELED, JOB_ABORTED):
            return PrintOutcome(False, f"the job ended unprinted: {reasons}", state="error", job_id=job_id)
        time.sleep(POLL_S)
    try:  # not out in time: cancel it, so that it does not come out later for somebody else
        conn.cancelJob(job_id, purge_job=False)
    except cups.IPPError as exc:
        attrs = conn.getJobAttributes(job_id, requested_attributes=["job-state"])
        if attrs.get("job-state") == JOB_COMPLETED:  # it finished between the last look and the cancel
            return PrintOutcome(True, job_id=job_id)
        log.error("could not cancel receipt job %s: %s", job_id, exc)
    after = printer_state(conn, printer.name)
    return PrintOutcome(False, f"job {job_id} not printed in time ({reasons or state}); cancelled",
                        state=after.state if not after.ready else "timeout", job_id=job_id)
