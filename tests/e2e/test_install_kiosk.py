"""scripts/install-kiosk.sh for real, twice (it must be safe to run again), in a mount namespace of
its own so this machine keeps its users and files: /etc is a copy, /opt, /var/lib and
/usr/local/sbin are empty.  The Debian packages are there already (scripts/setup.sh installs the
same ones), so apt is skipped; pip installs the kiosk's Python packages into /opt/mfc-kiosk/venv
from the package index (or its cache).  systemd is not running on a test machine: the unit is
enabled, not started (tests/gui/test_kiosk_session_cage.py runs the session itself)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_install_kiosk_twice_in_a_sandbox(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("the installer needs root (creates a user, writes /etc); CI runs as root")
    if subprocess.run(["unshare", "--mount", "true"], capture_output=True).returncode != 0:
        pytest.skip("no mount namespaces here (unshare --mount refused): the installer would change this machine")
    etc = tmp_path / "etc"
    shutil.copytree("/etc", etc, symlinks=True, ignore_dangling_symlinks=True)
    proc = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh",
                           str(ROOT / "tests/e2e/_install_sandbox.sh"), str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-4000:]
    facts = out.splitlines()
    assert "first: install-kiosk: created the user mfc-kiosk" in facts
    assert not any(line.startswith("second: install-kiosk: created") for line in facts)  # found, not made again
    assert "user: mfc-kiosk /var/lib/mfc-kiosk:/usr/sbin/nologin" in facts
    assert "data: mfc-kiosk 700" in facts
    assert "app: root 755 root 644 root 755 " in facts  # the kiosk's user reads its code, cannot change it
    assert "app writable by the kiosk user: yes" not in facts
    assert "leftovers: app venv " in facts  # no app.new / app.old after an update
    assert "unit: installed" in facts
    assert "enabled: /etc/systemd/system/mfc-kiosk.service" in facts
    assert "masked: ctrl-alt-del.target /dev/null" in facts and "masked: getty@tty1.service /dev/null" in facts
    assert "pam: 1" in facts and "sysrq: kernel.sysrq = 0" in facts
    assert "admin: 90" in facts  # sudo mfc-kiosk runs main.py as the kiosk's user on its data
    assert "store: mfc-kiosk 600" in facts
