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


def test_printing_to_a_missing_printer_fails_visibly(qapp) -> None:
    from kiosk.printing.receipt_pdf import print_receipt

    outcome = print_receipt(sample(), "No Such Printer 9000")
    assert outcome.ok is False and "printer" in outcome.message


def test_printing_to_a_pdf_folder(qapp, tmp_path: Path) -> None:
    from kiosk.printing.receipt_pdf import print_receipt

    outcome = print_receipt(sample(), f"pdf:{tmp_path / 'out'}")
    assert outcome.ok and outcome.path is not None and outcome.path.exists()
    assert _decode_pdf(outcome.path) == ["K7QW-3M2A-9XTP"]
