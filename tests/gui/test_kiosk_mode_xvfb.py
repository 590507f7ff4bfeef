"""Kiosk mode on a real X server with no window manager: the window covers the whole screen, the
keys a citizen might try (Alt+F4, Ctrl+Q, Ctrl+W, Escape, the Super key) do not close or leave
it, and the log says plainly that X is a development set-up, not a kiosk (the kiosk session is
cage: tests/gui/test_kiosk_session_cage.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_kiosk_mode_fills_the_screen_and_ignores_escape_keys(tmp_path: Path) -> None:
    assert shutil.which("xvfb-run") and shutil.which("xdotool"), "scripts/setup.sh installs xvfb and xdotool"
    env = dict(os.environ, KIOSK_HOME=str(tmp_path), PYTHON=sys.executable, DB=str(tmp_path / "k.sqlite3"),
               LOG=str(tmp_path / "kiosk.out"))
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", "sh",
                           str(ROOT / "tests/gui/_kiosk_mode_probe.sh")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    out = proc.stdout
    assert "Position: 0,0" in out and "Geometry: 1920x1080" in out, out + proc.stderr
    assert out.strip().splitlines()[-1] == "alive", out + (tmp_path / "kiosk.out").read_text()
    log = (tmp_path / "logs" / "kiosk.log").read_text()
    assert "kiosk mode on X11: X with a window manager is not a kiosk" in log
