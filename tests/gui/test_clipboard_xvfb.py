"""The X primary selection on a real X server (Xvfb): a citizen field never publishes what is
selected in it, a middle click pastes nothing, and Home and the idle wipe empty the clipboard and
the primary selection (issue 15, finding 4)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_primary_selection_and_clipboard_are_emptied_and_never_pasted(tmp_path: Path) -> None:
    assert shutil.which("xvfb-run"), "xvfb-run is installed by scripts/setup.sh"
    env = dict(os.environ, KIOSK_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("QT_IM_MODULE", None)
    proc = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", sys.executable, str(ROOT / "tests/gui/_clipboard_probe.py"),
         str(tmp_path / "k.sqlite3")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(next(line for line in proc.stdout.splitlines() if line.startswith("{")))
    assert result == {
        "selection_supported": True,
        "selected": "K7QW3M2A9XTP",            # selecting works in the field …
        "primary_after_select_all": "",        # … but is not published as the primary selection
        "primary_after_double_click": "",
        "field_after_middle_click": "K7QW3M2A9XTP",  # a middle click pastes nothing
        "asked_before_home": True,             # typed text: "Discard what you entered?" first
        "after_home": ["", ""],                # after "Discard": clipboard and primary selection emptied
        "after_idle_wipe": ["", ""],
    }, result
