"""Rotating log in the data directory, with a filter that masks personal data.

Code must not log personal data in the first place; the filter is the second line of defence:
it masks anything shaped like a SNILS, ENP, INN, phone number or e-mail before it is written.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from mfc_files.private_files import open_private

from . import paths

_PATTERNS = [
    re.compile(r"\b\d{3}-\d{3}-\d{3}[ -]?\d{2}\b"),  # SNILS formatted
    re.compile(r"\+?\d[\d\s()-]{8,}\d"),              # long digit runs: ENP, INN, SNILS, phones
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),          # e-mail
]
MASK = "***"


def mask_personal(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(MASK, text)
    return text


class PersonalDataFilter(logging.Filter):
    """Masks personal-data-shaped substrings in every record's final message."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_personal(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


class RotatingFile(logging.FileHandler):
    """A log file that rolls over to ``.1`` … ``.N`` past ``max_bytes``.

    The same rotation as ``logging.handlers.RotatingFileHandler``; written here because importing
    ``logging.handlers`` (sockets, pickle, queues) cost about 10 ms of the kiosk's start-up.
    The file and its rolled-over copies are the owner's only (0600), whatever the umask.
    """

    def __init__(self, filename: Path, max_bytes: int, backups: int) -> None:
        super().__init__(filename, mode="a", encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._roll_over()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _open(self):  # noqa: ANN202 - logging.FileHandler's own hook
        return open_private(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def _roll_over(self) -> None:
        self.stream.close()
        self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        for n in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        if self.backups > 0 and os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def setup_logging(level: int = logging.INFO, log_file: Path | None = None) -> Path:
    """Log to a rotating file (5 x 1 MB) in the data directory; returns the file's path."""
    log_file = log_file or (paths.log_dir() / "kiosk.log")
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFile(log_file, max_bytes=1_000_000, backups=5)
    handler._kiosk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PersonalDataFilter())
    root.addHandler(handler)
    root.setLevel(level)
    return log_file
