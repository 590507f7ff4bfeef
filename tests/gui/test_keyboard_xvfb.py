"""The on-screen keyboard on a real X server (Xvfb): it appears for a text field, shows the Russian
layout in a Russian session and the English one after the switch, and the kiosk exits cleanly."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_virtual_keyboard_follows_the_session_language(tmp_path: Path) -> None:
    assert shutil.which("xvfb-run"), "xvfb-run is installed by scripts/setup.sh"
    env = dict(os.environ, KIOSK_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", sys.executable, str(ROOT / "tests/gui/_keyboard_probe.py"),
         str(tmp_path / "k.sqlite3")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("{"))
    result = json.loads(line)
    assert result == {"visible_ru": True, "locale_ru": "ru_RU", "keyboard_watched": True, "locale_en": "en_US"}


def test_virtual_keyboard_opens_in_latin_for_url_fields(tmp_path: Path) -> None:
    """In a Russian session the technician's address and proxy fields get the English layout, and a
    free-text field between them the Russian one again."""
    assert shutil.which("xvfb-run"), "xvfb-run is installed by scripts/setup.sh"
    env = dict(os.environ, KIOSK_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", sys.executable,
         str(ROOT / "tests/gui/_keyboard_latin_probe.py"), str(tmp_path / "k.sqlite3")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("{"))
    assert json.loads(line) == {"backend_url": "en_US", "tts_voice": "ru_RU", "proxy": "en_US"}


def _overlap(a: list[int], b: list[int]) -> bool:
    """Whether two [x, y, width, height] rectangles share any pixel."""
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _inside(inner: list[int], outer: list[int]) -> bool:
    return (outer[0] <= inner[0] and inner[0] + inner[2] <= outer[0] + outer[2]
            and outer[1] <= inner[1] and inner[1] + inner[3] <= outer[1] + outer[3])


def test_virtual_keyboard_covers_neither_the_field_nor_the_way_back(tmp_path: Path) -> None:
    """With the real keyboard up (its own window over the bottom of the screen), the field typed
    into (one low on the application form, the status screen's receipt field) is in view above it,
    and so is the navigation bar with Back."""
    assert shutil.which("xvfb-run"), "xvfb-run is installed by scripts/setup.sh"
    env = dict(os.environ, KIOSK_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", sys.executable,
         str(ROOT / "tests/gui/_keyboard_cover_probe.py"), str(tmp_path / "k.sqlite3")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(next(ln for ln in proc.stdout.splitlines() if ln.startswith("{")))
    assert set(result) == {"application", "status"}
    for where, seen in result.items():
        keyboard = seen["keyboard"]
        assert keyboard[3] > 100 and keyboard[1] + keyboard[3] == 1024, (where, keyboard)  # it is really up
        assert seen["focused"] and seen["back_visible"], (where, seen)
        assert not _overlap(seen["field"], keyboard), (where, seen)
        assert _inside(seen["field"], seen["viewport"]), (where, seen)  # in view, not scrolled away
        assert not _overlap(seen["back"], keyboard), (where, seen)
