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


def test_log_file_rotates_and_keeps_five_backups(tmp_path: Path) -> None:
    from kiosk.logsetup import RotatingFile

    handler = RotatingFile(tmp_path / "kiosk.log", max_bytes=200, backups=5)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("rotation-test")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for i in range(100):
            logger.warning("line %03d %s", i, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["kiosk.log", "kiosk.log.1", "kiosk.log.2", "kiosk.log.3", "kiosk.log.4", "kiosk.log.5"]
    assert all(p.stat().st_size < 400 for p in tmp_path.iterdir())
    assert "line 099" in (tmp_path / "kiosk.log").read_text()
    def numbers(name: str) -> list[int]:
        return [int(line.split()[1]) for line in (tmp_path / name).read_text().splitlines()]

    # newest in kiosk.log, then .1, .2 … each older than the one before
    for newer, older in [("kiosk.log", "kiosk.log.1"), ("kiosk.log.1", "kiosk.log.2")]:
        assert max(numbers(older)) + 1 == min(numbers(newer))
