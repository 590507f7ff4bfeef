"""Paint a :class:`kiosk.domain.receipts.Receipt` with QPainter: PDF (80 mm roll or A4), image,
and the system printer through QtPrintSupport.

One painting routine serves every target, so what is printed, saved and shown on screen after a
failed print is the same receipt.  It paints on images and PDF writers only (no window), so it
runs on the print worker thread too; sending the PDF to CUPS is ``kiosk.printing.cups_print``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from kiosk.domain.receipts import Receipt, qr_matrix
from mfc_files.private_files import create_private

MM_PER_INCH = 25.4
ROLL_WIDTH_MM = 80.0
ROLL_PRINTABLE_MM = 72.0
QR_MM = 32.0


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def _one_line(text: str, px: float, bold: bool, width: float) -> QFont:
    """A font for ``text`` on one line: ``px`` high, smaller when it would not fit ``width``."""
    font = _font(px, bold)
    wide = QFontMetricsF(font).horizontalAdvance(text)
    if wide > width:
        font = _font(px * width / wide * 0.98, bold)
    return font


def paint_receipt(painter: QPainter, receipt: Receipt, width: float, dpi: float, *, dry_run: bool = False) -> float:
    """Paint ``receipt`` into a column ``width`` device pixels wide; returns the height used.

    A queue ticket's number (``headline``) is the biggest text; numbers are never wrapped (a
    receipt number broken at its hyphen is misread), they are set smaller until they fit.
    """
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

    def line(text: str, px: float) -> None:
        nonlocal y
        font = _one_line(text, px, True, width)
        height = QFontMetricsF(font).height()
        if not dry_run:
            painter.setFont(font)
            painter.drawText(QRectF(0, y, width, height), int(Qt.AlignHCenter | Qt.TextSingleLine), text)
        y += height + pad

    small, normal, big, huge = 3.0 * mm, 3.6 * mm, 5.0 * mm, 14.0 * mm
    block(receipt.office_name, normal, True, Qt.AlignHCenter)
    if receipt.office_address:
        block(receipt.office_address, small, False, Qt.AlignHCenter)
    block(receipt.title, big if not receipt.headline else normal, True, Qt.AlignHCenter)
    if receipt.headline:
        block(receipt.labels.get("headline", ""), normal, False, Qt.AlignHCenter)
        line(receipt.headline, huge)
    block(receipt.labels.get("number", "No."), small, False, Qt.AlignHCenter)
    line(receipt.receipt_number, normal if receipt.headline else big)
    block(f"{receipt.labels.get('time', 'Date and time')}: {receipt.local_time}", small)
    for row in receipt.lines:
        block(f"{row.label}: {row.value}" if row.label else row.value, normal)
    if receipt.qr_text:
        matrix = qr_matrix(receipt.qr_text)
        side = min(QR_MM * mm, width)
        quiet = 4
        cell = side / (len(matrix) + 2 * quiet)
        x0 = (width - side) / 2
        if not dry_run:
            painter.fillRect(QRectF(x0, y, side, side), QColor("white"))
            for r, cells in enumerate(matrix):
                for c, dark in enumerate(cells):
                    if dark:
                        painter.fillRect(QRectF(x0 + (c + quiet) * cell, y + (r + quiet) * cell, cell, cell),
                                         QColor("black"))
        y += side + pad
    if receipt.footer:
        block(receipt.footer, small, False, Qt.AlignHCenter)
    return y


def printable_mm(roll_mm: float) -> float:
    """The printed column on a roll ``roll_mm`` wide (4 mm margins each side: 72 mm on 80 mm)."""
    return max(40.0, roll_mm - 8.0)


def page_size_mm(receipt: Receipt, paper: str = "roll80", roll_mm: float = ROLL_WIDTH_MM) -> tuple[float, float]:
    """Width and height of the receipt's page: A4, or the roll's width and as long as the content."""
    if paper == "a4":
        return 210.0, 297.0
    dpi = 300
    image = QImage(8, 8, QImage.Format_RGB32)
    painter = QPainter(image)
    try:
        height = paint_receipt(painter, receipt, printable_mm(roll_mm) * dpi / MM_PER_INCH, dpi, dry_run=True)
    finally:
        painter.end()
    return roll_mm, round(height / (dpi / MM_PER_INCH) + 8.0, 1)


def render_pdf(receipt: Receipt, path: Path, paper: str = "roll80", roll_mm: float = ROLL_WIDTH_MM) -> Path:
    """Write the receipt as a one-page PDF for a roll ``roll_mm`` wide (``roll80``) or ``a4``; the
    file is the owner's only (0600): a receipt can carry a citizen's name or appointment.

    Paints on a QPdfWriter, not a window: safe on a worker thread.
    """
    path = create_private(path)
    writer = QPdfWriter(str(path))
    dpi = 300
    writer.setResolution(dpi)
    writer.setTitle(receipt.receipt_number)
    writer.setCreator("MFC kiosk")
    if paper == "a4":
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                         QMarginsF(20, 20, 20, 20), QPageLayout.Millimeter))
        column_mm = 100.0
    else:
        width_mm, height_mm = page_size_mm(receipt, paper, roll_mm)
        size = QPageSize(QSizeF(width_mm, height_mm), QPageSize.Millimeter, f"roll{round(width_mm)}")
        writer.setPageLayout(QPageLayout(size, QPageLayout.Portrait, QMarginsF(4, 4, 4, 4), QPageLayout.Millimeter))
        column_mm = printable_mm(roll_mm)
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
