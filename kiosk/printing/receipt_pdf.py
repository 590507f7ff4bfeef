"""Paint a :class:`kiosk.domain.receipts.Receipt` with QPainter: PDF (80 mm roll or A4), image,
and the system printer through QtPrintSupport.

One painting routine serves every target, so what is printed, saved and shown on screen after a
failed print is the same receipt.  Runs on the GUI thread (QPainter on a paint device).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from kiosk.domain.receipts import Receipt, qr_matrix
from offline_db.private_files import create_private, make_private_dir

MM_PER_INCH = 25.4
ROLL_WIDTH_MM = 80.0
ROLL_PRINTABLE_MM = 72.0
QR_MM = 32.0


@dataclass
class PrintOutcome:
    ok: bool
    message: str = ""   # an English technical reason for the log; the UI shows its own text
    path: Path | None = None


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def paint_receipt(painter: QPainter, receipt: Receipt, width: float, dpi: float, *, dry_run: bool = False) -> float:
    """Paint ``receipt`` into a column ``width`` device pixels wide; returns the height used."""
    mm = dpi / MM_PER_INCH
    y = 0.0
    pad = 1.5 * mm

    def block(text: str, px: float, bold: bool = False, align: Qt.AlignmentFlag = Qt.AlignLeft) -> None:
        nonlocal y
        font = _font(px, bold)
        rect = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 10_000), int(align | Qt.TextWordWrap), text)
        if not dry_run:
            painter.setFont(font)
            painter.drawText(QRectF(0, y, width, rect.height()), int(align | Qt.TextWordWrap), text)
        y += rect.height() + pad

    small, normal, big = 3.0 * mm, 3.6 * mm, 5.0 * mm
    block(receipt.office_name, normal, True, Qt.AlignHCenter)
    if receipt.office_address:
        block(receipt.office_address, small, False, Qt.AlignHCenter)
    block(receipt.title, big, True, Qt.AlignHCenter)
    block(f"{receipt.labels.get('number', 'No.')} {receipt.receipt_number}", big, True, Qt.AlignHCenter)
    block(f"{receipt.labels.get('time', 'Date and time')}: {receipt.local_time}", small)
    for line in receipt.lines:
        block(f"{line.label}: {line.value}" if line.label else line.value, normal)
    if receipt.qr_text:
        matrix = qr_matrix(receipt.qr_text)
        side = min(QR_MM * mm, width)
        quiet = 4
        cell = side / (len(matrix) + 2 * quiet)
        x0 = (width - side) / 2
        if not dry_run:
            painter.fillRect(QRectF(x0, y, side, side), QColor("white"))
            for r, row in enumerate(matrix):
                for c, dark in enumerate(row):
                    if dark:
                        painter.fillRect(QRectF(x0 + (c + quiet) * cell, y + (r + quiet) * cell, cell, cell),
                                         QColor("black"))
        y += side + pad
    if receipt.footer:
        block(receipt.footer, small, False, Qt.AlignHCenter)
    return y


def _roll_height_mm(receipt: Receipt, dpi: float) -> float:
    image = QImage(8, 8, QImage.Format_RGB32)
    painter = QPainter(image)
    try:
        height = paint_receipt(painter, receipt, ROLL_PRINTABLE_MM * dpi / MM_PER_INCH, dpi, dry_run=True)
    finally:
        painter.end()
    return height / (dpi / MM_PER_INCH) + 8.0


def render_pdf(receipt: Receipt, path: Path, paper: str = "roll80") -> Path:
    """Write the receipt as a one-page PDF for an 80 mm roll (``roll80``) or ``a4``; the file is
    the owner's only (0600): a receipt can carry a citizen's name or appointment."""
    path = create_private(path)
    writer = QPdfWriter(str(path))
    dpi = 300
    writer.setResolution(dpi)
    writer.setTitle(receipt.title)
    writer.setCreator("MFC kiosk")
    if paper == "a4":
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                         QMarginsF(20, 20, 20, 20), QPageLayout.Millimeter))
        column_mm = 100.0
    else:
        size = QPageSize(QSizeF(ROLL_WIDTH_MM, _roll_height_mm(receipt, dpi)), QPageSize.Millimeter, "roll80")
        writer.setPageLayout(QPageLayout(size, QPageLayout.Portrait, QMarginsF(4, 4, 4, 4), QPageLayout.Millimeter))
        column_mm = ROLL_PRINTABLE_MM
    painter = QPainter(writer)
    try:
        page = writer.pageLayout().paintRectPixels(dpi)
        width = column_mm * dpi / MM_PER_INCH
        painter.translate((page.width() - width) / 2, 0)
        paint_receipt(painter, receipt, width, dpi)
    finally:
        painter.end()
    return path


def render_image(receipt: Receipt, dpi: float = 203, width_mm: float = ROLL_PRINTABLE_MM) -> QImage:
    """The receipt as a white image (thermal printers print at 203 dpi); used on screen too."""
    width = width_mm * dpi / MM_PER_INCH
    measure = QImage(8, 8, QImage.Format_RGB32)
    painter = QPainter(measure)
    try:
        height = paint_receipt(painter, receipt, width, dpi, dry_run=True)
    finally:
        painter.end()
    margin = int(4 * dpi / MM_PER_INCH)
    image = QImage(int(width) + 2 * margin, int(height) + 2 * margin, QImage.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.Antialiasing, False)
        painter.setPen(QColor("black"))
        painter.translate(margin, margin)
        paint_receipt(painter, receipt, width, dpi)
    finally:
        painter.end()
    return image


def print_receipt(receipt: Receipt, printer_setting: str, paper: str = "roll80") -> PrintOutcome:
    """Print to the configured printer: '' = system default, a name, or ``pdf:DIR`` to save PDFs.

    Never raises for a printer problem: the caller shows the receipt on screen when ``ok`` is False.
    """
    if printer_setting.startswith("pdf:"):
        folder = Path(printer_setting[4:])
        try:
            make_private_dir(folder)
            path = render_pdf(receipt, folder / f"receipt-{receipt.receipt_number}.pdf", paper)
        except OSError as exc:
            return PrintOutcome(False, f"cannot save the receipt PDF: {exc.strerror}")
        return PrintOutcome(True, path=path)
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(printer_setting) if printer_setting else QPrinterInfo.defaultPrinter()
    if info.isNull():
        return PrintOutcome(False, "no printer is configured or the configured printer is not found")
    printer = QPrinter(info, QPrinter.HighResolution)
    if not printer.isValid():
        return PrintOutcome(False, "the printer is not ready")
    painter = QPainter()
    if not painter.begin(printer):
        return PrintOutcome(False, "the printer refused the job")
    try:
        dpi = printer.resolution()
        page = printer.pageLayout().paintRectPixels(dpi)
        paint_receipt(painter, receipt, min(page.width(), ROLL_PRINTABLE_MM * dpi / MM_PER_INCH), dpi)
    finally:
        ok = painter.end()
    return PrintOutcome(ok, "" if ok else "the printer failed while printing")
