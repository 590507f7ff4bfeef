"""The log never receives personal data, even when code passes it by mistake."""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.logsetup import mask_personal, setup_logging


def test_personal_data_is_masked_in_the_log_file(tmp_path: Path) -> None:
    log_file = setup_logging(log_file=tmp_path / "kiosk.log")
    try:
        logging.getLogger("test").warning(
            "citizen %s snils %s enp %s phone %s mail %s", "ok", "112-233-445 95",
            "2341998071655749", "+7 (927) 123-45-67", "ivan@example.ru")
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = log_file.read_text(encoding="utf-8")
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "_kiosk", False):
                root.removeHandler(handler)
                handler.close()
    assert "citizen ok" in text
    for secret in ("112-233-445", "2341998071655749", "123-45-67", "ivan@example.ru"):
        assert secret not in text


def test_short_numbers_are_left_alone() -> None:
    assert mask_personal("batch of 100 items in 2.5 s") == "batch of 100 items in 2.5 s"
