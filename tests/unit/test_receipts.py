"""Receipts: numbers, QR content, local time, and PDFs whose QR code a real decoder reads back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk.domain.receipts import (
    Receipt,
    ReceiptError,
    ReceiptLine,
    normalise_receipt_number,
    office_local_time,
    qr_matrix,
    qr_text,
)


@pytest.mark.parametrize("typed, number", [
    ("K7QW-3M2A-9XTP", "K7QW-3M2A-9XTP"), ("k7qw3m2a9xtp", "K7QW-3M2A-9XTP"),
    (" K7QW 3M2A 9XTP ", "K7QW-3M2A-9XTP"), ("https://mfc.example/status/K7QW-3M2A-9XTP", "K7QW-3M2A-9XTP"),
    ("K7QW-3M2A-9XTO", "K7QW-3M2A-9XT0"), ("K7QW-3M2A", ""), ("K7QW-3M2A-9XTU", ""), ("", ""),
])
def test_receipt_numbers_typed_or_scanned(typed: str, number: str) -> None:
    assert normalise_receipt_number(typed) == number


def test_qr_text_with_and_without_status_url() -> None:
    assert qr_text("K7QW-3M2A-9XTP") == "K7QW-3M2A-9XTP"
    assert qr_text("K7QW-3M2A-9XTP", "https://mfc.example/status/") == "https://mfc.example/status/K7QW-3M2A-9XTP"


def test_office_local_time_is_ulyanovsk_utc_plus_4() -> None:
    moment = dt.datetime(2026, 11, 21, 20, 30, tzinfo=dt.UTC)
    assert office_local_time(moment, "Europe/Ulyanovsk") == "22.11.2026 00:30 (UTC+4)"


def test_qr_overflow_is_a_domain_error() -> None:
    with pytest.raises(ReceiptError):
        qr_matrix("x" * 3000)


def sample(number: str = "K7QW-3M2A-9XTP", url: str = "") -> Receipt:
    return Receipt(
        receipt_number=number, title="Заявление принято", office_name="МФЦ «Мои документы», Ульяновск",
        office_address="ул. Гончарова, 1", local_time="21.11.2026 13:30 (UTC+4)",
        lines=(ReceiptLine("Услуга", "Выдача паспорта гражданина Российской Федерации"),),
        footer="Проверить статус: терминал МФЦ → «Статус по квитанции»", qr_text=qr_text(number, url),
        labels={"number": "Квитанция №", "time": "Дата и время"},
    )


def _pdf_page(path: Path):  # noqa: ANN202
    """The single page of a PDF: its size in points and a 4x raster image (QtPdf)."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument(None)
    try:
        assert doc.load(str(path)) == QPdfDocument.Error.None_
        assert doc.pageCount() == 1
        points = doc.pagePointSize(0)
        image = doc.render(0, QSize(int(points.width() * 4), int(points.height() * 4)))
    finally:
        doc.close()
        doc.deleteLater()
    return points, image


def _decode_pdf(path: Path) -> list[str]:
    import zxingcpp
    from PySide6.QtGui import QImage

    _, image = _pdf_page(path)
    gray = image.convertToFormat(QImage.Format_Grayscale8)
    width = gray.width()
    rows = bytes(gray.constBits())
    stride = gray.bytesPerLine()
    packed = b"".join(rows[y * stride: y * stride + width] for y in range(gray.height()))
    arr = memoryview(packed).cast("B", shape=[gray.height(), width])
    return [r.text for r in zxingcpp.read_barcodes(arr)]


@pytest.mark.parametrize("paper", ["roll80", "a4"])
def test_pdf_receipt_qr_decodes_to_the_receipt_number(qapp, tmp_path: Path, paper: str) -> None:
    from kiosk.printing.receipt_pdf import render_pdf

    path = render_pdf(sample(), tmp_path / "r.pdf", paper)
    assert path.stat().st_size > 1000
    assert _decode_pdf(path) == ["K7QW-3M2A-9XTP"]


def test_roll_receipt_is_80_mm_wide(qapp, tmp_path: Path) -> None:
    from kiosk.printing.receipt_pdf import render_pdf

    path = render_pdf(sample(), tmp_path / "r.pdf", "roll80")
    points, _ = _pdf_page(path)
    width_mm = points.width() / 72 * 25.4
    assert abs(width_mm - 80) < 0.5


def test_qr_with_status_url_decodes(qapp, tmp_path: Path) -> None:
    from kiosk.printing.receipt_pdf import render_pdf

    path = render_pdf(sample(url="https://mfc73.example/s"), tmp_path / "r.pdf", "roll80")
    assert _decode_pdf(path) == ["https://mfc73.example/s/K7QW-3M2A-9XTP"]


def test_printing_without_a_spooler_fails_visibly(qapp, monkeypatch) -> None:
    from kiosk.printing.cups_print import print_receipt

    monkeypatch.setenv("CUPS_SERVER", "127.0.0.1:1")  # nothing listens there
    outcome = print_receipt(sample(), "No Such Printer 9000", timeout_s=3)
    assert outcome.ok is False and outcome.state == "unreachable" and "CUPS" in outcome.message


@pytest.mark.parametrize("media, fmt, paper", [
    ("custom_80.08x200.03mm_80.08x200.03mm", "auto", ("roll80", 80)),
    ("oe_58mm-roll_58x3000mm", "auto", ("roll80", 58)),
    ("iso_a4_210x297mm", "auto", ("a4", 210)),
    ("na_letter_8.5x11in", "auto", ("a4", 210)),
    ("", "auto", ("roll80", 80)),
    ("iso_a4_210x297mm", "roll80", ("roll80", 80)),
    ("custom_80.08x200.03mm_80.08x200.03mm", "a4", ("a4", 210)),
])
def test_the_paper_follows_the_printer(media: str, fmt: str, paper: tuple[str, float]) -> None:
    from kiosk.printing.cups_print import PrinterState, choose_paper, media_width_mm

    assert choose_paper(fmt, PrinterState("ready", "p", media, media_width_mm(media))) == paper


def test_a_ticket_number_is_the_biggest_and_no_number_wraps(qapp) -> None:
    from PySide6.QtGui import QImage, QPainter

    from kiosk.printing import receipt_pdf

    drawn: list[tuple[str, int, int]] = []  # (text, pixel size, lines)

    class Recorder(QPainter):
        def drawText(self, rect, flags, text):  # noqa: N802, ANN001, ANN202
            drawn.append((text, self.font().pixelSize(), flags))
            return super().drawText(rect, flags, text)

    ticket = Receipt(receipt_number="K7QW-3M2A-9XTP", title="Талон электронной очереди", office_name="МФЦ",
                     office_address="", local_time="21.11.2026 13:30 (UTC+4)", lines=(ReceiptLine("Перед вами", "3"),),
                     footer="Следите за табло.", qr_text="K7QW-3M2A-9XTP", labels={"number": "Номер", "headline": "Талон"},
                     headline="G-3001")
    image = QImage(600, 2400, QImage.Format_RGB32)
    painter = Recorder(image)
    try:
        receipt_pdf.paint_receipt(painter, ticket, 72 * 203 / 25.4, 203)
    finally:
        painter.end()
    sizes = {text: px for text, px, _flags in drawn}
    assert sizes["G-3001"] == max(sizes.values()) and sizes["G-3001"] > 2 * sizes["K7QW-3M2A-9XTP"]
    from PySide6.QtCore import Qt

    for text, _px, flags in drawn:
        if text in ("G-3001", "K7QW-3M2A-9XTP"):
            assert flags & int(Qt.TextSingleLine) and not flags & int(Qt.TextWordWrap)


def test_printing_to_a_pdf_folder(qapp, tmp_path: Path) -> None:
    from kiosk.printing.cups_print import print_receipt

    outcome = print_receipt(sample(), f"pdf:{tmp_path / 'out'}")
    assert outcome.ok and outcome.path is not None and outcome.path.exists()
    assert _decode_pdf(outcome.path) == ["K7QW-3M2A-9XTP"]
