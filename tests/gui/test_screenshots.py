"""``main.py --screenshots DIR`` renders every registered screen, RU/EN, normal/contrast."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kiosk.ui.screens.registry import default_registry

REPO = Path(__file__).resolve().parents[2]


def test_screenshot_mode_writes_every_screen(tmp_path, db_path):
    out = tmp_path / "shots"
    env = {**os.environ, "KIOSK_HOME": str(tmp_path / "home")}
    env.pop("QT_IM_MODULE", None)
    proc = subprocess.run([sys.executable, "main.py", "--db", str(db_path), "--screenshots", str(out)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    names = {p.name for p in out.glob("*.png")}
    for spec in default_registry().specs():
        for lang in ("ru", "en"):
            for theme in ("normal", "contrast"):
                assert f"{spec.screen_id}-{lang}-{theme}.png" in names
    assert {"home-ru-normal-portrait.png", "home-ru-normal-200.png", "home-ru-contrast.png",
            "idle-ru-normal.png", "home-en-normal-notice.png"} <= names
    assert all((out / n).stat().st_size > 10_000 for n in names)
