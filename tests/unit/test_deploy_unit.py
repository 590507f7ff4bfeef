"""The kiosk's systemd unit (deploy/mfc-kiosk.service) passes ``systemd-analyze verify``.

``verify`` needs what the unit names to exist: it runs against a temporary root holding the
unit, the real session script at the path the unit starts, and this machine's systemd units.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "deploy" / "mfc-kiosk.service"


def _unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # keys keep their case
    parser.read(UNIT)
    return parser


def _verify(tmp_path: Path, unit_text: str) -> tuple[int, str]:
    analyze = shutil.which("systemd-analyze")
    assert analyze, "scripts/setup.sh installs the systemd package (systemd-analyze)"
    root = tmp_path / "root"
    exec_start = _unit()["Service"]["ExecStart"]
    target = root / exec_start.lstrip("/")
    target.parent.mkdir(parents=True)
    shutil.copy2(ROOT / "deploy" / "mfc-kiosk-session", target)  # the real script, executable
    units = root / "etc/systemd/system"
    units.mkdir(parents=True)
    (units / UNIT.name).write_text(unit_text)
    (root / "usr/lib").mkdir(parents=True)
    (root / "usr/lib/systemd").symlink_to("/usr/lib/systemd")  # sysinit.target, getty@.service...
    proc = subprocess.run([analyze, "verify", f"--root={root}", UNIT.name], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path)
    # Noise about this machine's own absolute symlinks inside the borrowed unit folder is not ours.
    ours = [line for line in (proc.stdout + proc.stderr).splitlines() if "mfc-kiosk" in line]
    return proc.returncode, "\n".join(ours)


def test_the_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    status, complaints = _verify(tmp_path, UNIT.read_text())
    assert (status, complaints) == (0, "")


def test_verify_does_catch_a_broken_unit(tmp_path: Path) -> None:
    """The check above can fail: a mistyped setting and a missing program are reported."""
    broken = UNIT.read_text().replace("Type=notify", "Type=notfy").replace("mfc-kiosk-session", "no-such-session")
    status, complaints = _verify(tmp_path, broken)
    assert status != 0
    assert "notfy" in complaints and "no-such-session" in complaints


@pytest.mark.parametrize(("key", "value"), [
    ("Type", "notify"),            # started once the kiosk says READY=1 (Home on screen)
    ("NotifyAccess", "all"),       # the kiosk is cage's child, not the main process
    ("Restart", "always"),         # after a crash, an exit, or a watchdog kill
    ("User", "mfc-kiosk"),         # never root (cage refuses root anyway)
    ("PAMName", "mfc-kiosk"),      # a logind session on the seat: screen and touch panel access
])
def test_the_unit_keeps_the_kiosk_supervised(key: str, value: str) -> None:
    assert _unit()["Service"][key] == value


def test_the_watchdog_is_on() -> None:
    assert int(_unit()["Service"]["WatchdogSec"]) > 0
    assert _unit()["Unit"]["StartLimitIntervalSec"] == "0"  # systemd never gives up restarting it
