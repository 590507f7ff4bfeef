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
