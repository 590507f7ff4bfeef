"""Rotating log in the data directory, with a filter that masks personal data.

Code must not log personal data in the first place; the filter is the second line of defence:
it masks anything shaped like a SNILS, ENP, INN, phone number or e-mail before it is written.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

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


def setup_logging(level: int = logging.INFO, log_file: Path | None = None) -> Path:
    """Log to a rotating file (5 x 1 MB) in the data directory; returns the file's path."""
    log_file = log_file or (paths.log_dir() / "kiosk.log")
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler._kiosk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PersonalDataFilter())
    root.addHandler(handler)
    root.setLevel(level)
    return log_file
