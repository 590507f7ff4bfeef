"""``main.py --screenshots DIR`` renders every screen state, RU/EN, at 100 % and 200 % text in the
three window sizes, and lists any text cut off (none)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.ui.screens.registry import default_registry

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # ~1000 pictures: about 2 min of CPU
def test_screenshot_mode_writes_every_screen_state_in_every_size(tmp_path, db_path):
    out = tmp_path / "shots"
    env = {**os.environ, "KIOSK_HOME": str(tmp_path / "home")}
    env.pop("QT_IM_MODULE", None)
    proc = subprocess.run([sys.executable, "main.py", "--db", str(db_path), "--screenshots", str(out)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    names = {p.name for p in out.glob("*.png")}
    for spec in default_registry().specs():
        for suffix, _prepare in spec.screenshot_states:
            for lang in ("ru", "en"):
                base = "-".join(p for p in (spec.screen_id, lang, "normal", suffix) if p)
                # every state at 100 % and 200 % text in the three sizes; high contrast at 1920x1080
                assert {f"{base}.png", f"{base}-200.png", f"{base}-1080x1920.png", f"{base}-1080x1920-200.png",
                        f"{base}-1280x1024.png", f"{base}-1280x1024-200.png",
                        f"{base.replace('-normal', '-contrast')}.png"} <= names
    assert {"idle-ru-normal.png", "idle-en-normal-1080x1920-200.png", "home-en-normal-notice.png"} <= names
    assert all((out / n).stat().st_size > 10_000 for n in names)
    # nothing is cut off in any of them (kiosk.ui.clipping)
    assert (out / "clipped.txt").read_text(encoding="utf-8") == ""
    assert "text that does not show whole: 0" in proc.stdout
