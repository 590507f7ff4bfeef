"""Receipts: what every completed citizen action hands back, and the QR code that identifies it.

Qt-free: this module builds the receipt's content and the QR matrix (``qrcode``); rendering to
PDF and printing live in ``kiosk/printing``.  The QR code encodes the receipt number, or a status
URL ending in the receipt number when one is configured, so a barcode scanner at any kiosk, or a
phone, finds the submission again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import quote
from zoneinfo import ZoneInfo

from mfc_rules.receipts import ReceiptNumberError, normalise_receipt

QR_MAX_MODULES = 57  # version 10: beyond that a thermal roll can no longer print it scannably


class ReceiptError(ValueError):
    """The receipt cannot be built (for example its QR content is too long to print)."""


@dataclass(frozen=True)
class ReceiptLine:
    label: str
    value: str


@dataclass(frozen=True)
class Receipt:
    """A receipt in one language, ready to render.  Texts are already translated."""

    receipt_number: str
    title: str                       # what was done, e.g. "Application submitted"
    office_name: str
    office_address: str
    local_time: str                  # date and time in the office's time zone, formatted
    lines: tuple[ReceiptLine, ...] = ()
    footer: str = ""
    qr_text: str = ""
    labels: dict[str, str] = field(default_factory=dict)  # translated fixed labels
    #: What the holder reads first, printed biggest (a queue ticket's number); ``labels["headline"]``
    #: names it.  Empty for other receipts.
    headline: str = ""


def normalise_receipt_number(text: str) -> str:
    """What a citizen typed or a scanner sent → ``XXXX-XXXX-XXXX`` (or '' when it is not one).

    Accepts what :func:`mfc_rules.receipts.normalise_receipt` accepts (lower case, no dashes, the
    Crockford look-alikes I/L→1, O→0) and also a status URL that ends with the number.
    """
    text = (text or "").strip()
    if "/" in text:
        text = text.rstrip("/").rsplit("/", 1)[-1]
    try:
        return normalise_receipt(text)
    except ReceiptNumberError:
        return ""


def qr_text(receipt_number: str, status_url: str = "") -> str:
    if status_url:
        return status_url.rstrip("/") + "/" + quote(receipt_number)
    return receipt_number


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR modules of ``text`` (True = dark), with no quiet zone; error correction M."""
    import qrcode
    from qrcode.exceptions import DataOverflowError

    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    try:
        qr.add_data(text.encode("utf-8"))
        qr.make(fit=True)
    except (DataOverflowError, ValueError) as exc:
        raise ReceiptError("QR content too long") from exc
    matrix = qr.get_matrix()
    if len(matrix) > QR_MAX_MODULES:
        raise ReceiptError("QR content too long to print on a receipt")
    return [[bool(cell) for cell in row] for row in matrix]


def office_local_time(moment_utc: dt.datetime, timezone: str) -> str:
    """``21.11.2026 13:30 (UTC+4)`` in the office's time zone."""
    local = moment_utc.astimezone(ZoneInfo(timezone))
    offset = local.utcoffset() or dt.timedelta(0)
    hours, rem = divmod(int(offset.total_seconds()), 3600)
    minutes = rem // 60
    zone = f"UTC{'+' if hours >= 0 else '-'}{abs(hours)}" + (f":{minutes:02d}" if minutes else "")
    return f"{local:%d.%m.%Y %H:%M} ({zone})"
