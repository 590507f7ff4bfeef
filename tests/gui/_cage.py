"""Running the kiosk under cage, the kiosk session's compositor, with its headless backend.

cage refuses to run as root, so as root (CI) the kiosk runs as an unprivileged test user, which
needs a Python and packages it can read: the test's own interpreter and site-packages if that
user can read them, else Debian's python3 of the same version, and the app and site-packages are
copied (hard links where possible) to a folder everyone can read.  As another user, cage runs as
that user.  Used by tests/gui/test_kiosk_session_cage.py.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEST_USER = "mfc-kiosk-test"
APP_PARTS = ("main.py", "kiosk", "offline_db", "resources", "deploy")
HEADLESS = {"WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_RENDERER": "pixman"}


@dataclass
class KioskUser:
    """Who the session runs as, and the Python, app and packages it can read."""

    name: str
    uid: int
    gid: int
    python: str = ""
    app: Path = ROOT
    pythonpath: list[str] = field(default_factory=list)
    scratch: list[Path] = field(default_factory=list)  # folders to remove at the end

    def command(self, argv: Sequence[str]) -> list[str]:
        if os.geteuid() == self.uid:
            return list(argv)
        # setpriv reaches its program with root's rights to the path (a Python under /root runs);
        # a shell started as the user execs it as anything the user starts would be.
        return ["setpriv", f"--reuid={self.uid}", f"--regid={self.gid}", "--clear-groups", "--",
                "/bin/sh", "-c", 'exec "$@"', "sh", *argv]

    def own_dir(self, parent: Path, name: str) -> Path:
        """A folder of this user's (0700) under a folder everyone may pass through."""
        path = parent / name
        path.mkdir(mode=0o700)
        os.chown(path, self.uid, self.gid)
        return path

    def runs(self, python: str, pythonpath: Sequence[str]) -> bool:
        env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": os.pathsep.join(pythonpath), "HOME": "/"}
        probe = "import PySide6.QtWidgets, PySide6.QtQuickWidgets, kiosk.cli, offline_db.store"
        proc = subprocess.run(self.command([python, "-c", probe]), env=env, capture_output=True,
                              text=True, timeout=120, cwd="/")
        return proc.returncode == 0


def public_dir(prefix: str) -> Path:
    """A temporary folder everyone may read and pass through (pytest's own are 0700)."""
    base = "/var/tmp" if os.access("/var/tmp", os.W_OK) else None
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=base))
    path.chmod(0o755)
    return path


def _link_or_copy(source: str, destination: str) -> None:
    try:
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)


def _readable_copy(target: Path, sources: Sequence[Path]) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for source in sources:
        if source.is_dir():
            shutil.copytree(source, target / source.name, ignore=ignore, copy_function=_link_or_copy,
                            symlinks=True)
        else:
            _link_or_copy(str(source), str(target / source.name))
    for folder, _dirs, files in os.walk(target):
        os.chmod(folder, 0o755)
        for name in files:
            path = os.path.join(folder, name)
            if os.path.islink(path) or os.stat(path).st_mode & 0o004:
                continue
            # A hard link shares its mode with the original: give the copy its own inode first.
            shutil.copy2(path, path + ".copy")
            os.replace(path + ".copy", path)
            os.chmod(path, os.stat(path).st_mode | 0o444)


def kiosk_user() -> KioskUser:
    """The user the session runs as (created as a system user when running as root)."""
    if os.geteuid() != 0:
        entry = pwd.getpwuid(os.geteuid())
    else:
        try:
            entry = pwd.getpwnam(TEST_USER)
        except KeyError:
            subprocess.run(["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                            "--shell", "/usr/sbin/nologin", "--user-group", TEST_USER], check=True)
            entry = pwd.getpwnam(TEST_USER)
    user = KioskUser(entry.pw_name, entry.pw_uid, entry.pw_gid)
    _find_python(user)
    return user


def _find_python(user: KioskUser) -> None:
    site = list(dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]))
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    interpreters = list(dict.fromkeys([os.path.realpath(sys.executable), f"/usr/bin/python{version}"]))
    for python in interpreters:
        if os.path.exists(python) and user.runs(python, [str(ROOT), *site]):
            user.python, user.pythonpath = python, [str(ROOT), *site]
            return
    # Not readable where they are (a checkout or a venv in root's home): a copy everyone can read.
    stage = public_dir("mfc-kiosk-python-")
    user.scratch.append(stage)
    (stage / "app").mkdir()
    _readable_copy(stage / "app", [ROOT / part for part in APP_PARTS])
    (stage / "site").mkdir()
    for index, folder in enumerate(site):
        target = stage / "site" / str(index)
        target.mkdir()
        _readable_copy(target, sorted(Path(folder).iterdir()))
    stage.chmod(0o755)
    paths = [str(stage / "app"), *(str(stage / "site" / str(i)) for i in range(len(site)))]
    for python in interpreters:
        if os.path.exists(python) and user.runs(python, paths):
            user.python, user.app, user.pythonpath = python, stage / "app", paths
            return
    raise RuntimeError(f"no Python {version} that {user.name} can run with the kiosk's packages "
                       f"(tried {interpreters}); install Debian's python{version}")


class Notifications:
    """systemd's end of NOTIFY_SOCKET, in the abstract namespace (no file the user must reach)."""

    def __init__(self) -> None:
        self.name = f"@mfc-kiosk-test-{uuid.uuid4().hex}"
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind("\0" + self.name[1:])
        self.seen: list[str] = []

    def wait_for(self, wanted: str, timeout: float, alive: subprocess.Popen | None = None) -> None:
        """Wait for a message with the line ``wanted``; give up early when ``alive`` has ended."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            self.sock.settimeout(min(left, 1.0))
            try:
                message = self.sock.recv(4096).decode()
            except TimeoutError:
                if alive is not None and alive.poll() is not None:
                    break
                continue
            self.seen.append(message)
            if wanted in message.splitlines():
                return
        raise AssertionError(f"no {wanted} within {timeout} s; got {self.seen}")

    def drain(self) -> None:
        """Take in what is already there (what was sent before the processes ended)."""
        self.sock.setblocking(False)
        while True:
            try:
                self.seen.append(self.sock.recv(4096).decode())
            except BlockingIOError:
                break

    def close(self) -> None:
        self.drain()
        self.sock.close()


@dataclass
class Session:
    """A running kiosk session: cage's process, its runtime folder and the kiosk's data folder."""

    user: KioskUser
    proc: subprocess.Popen
    runtime: Path
    home: Path
    notifications: Notifications

    def kiosk_pid(self) -> int:
        """The kiosk: cage's child (cage is the main process's child, or the main process)."""
        pid = self.proc.pid
        for _ in range(2):
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            assert len(children) == 1, children
            pid = int(children[0])
            if Path(f"/proc/{pid}/comm").read_text().strip() != "cage":
                return pid
        raise AssertionError("no kiosk under cage")

    def screenshot(self, path: Path) -> None:
        """What cage shows, taken by grim through cage's screencopy protocol, as the session's user."""
        env = {"PATH": "/usr/bin:/bin", "XDG_RUNTIME_DIR": str(self.runtime), "WAYLAND_DISPLAY": "wayland-0"}
        shot = self.home / "screen.png"
        subprocess.run(self.user.command(["grim", str(shot)]), env=env, check=True, timeout=60,
                       capture_output=True)
        shutil.copy(shot, path)

    def output(self) -> str:
        return (self.home / "session.out").read_text(errors="replace")


def start_session(user: KioskUser, base: Path, argv: Sequence[str], *, env: dict[str, str]) -> Session:
    """Start ``argv`` (the session script, or cage itself) as ``user`` with cage's headless backend.

    ``WATCHDOG_PID`` is set to the process's own pid, as systemd does for a service's main process;
    the process started is the service's main process (``sh`` execs the rest).
    """
    runtime = user.own_dir(base, "runtime")
    home = user.own_dir(base, "home")
    notifications = Notifications()
    full_env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime), "KIOSK_HOME": str(home),
                "PYTHONPATH": os.pathsep.join(user.pythonpath), "NOTIFY_SOCKET": notifications.name,
                "LANG": "C.UTF-8", **HEADLESS, **env}
    out = open(home / "session.out", "wb")  # noqa: SIM115 - closed with the session
    os.chown(home / "session.out", user.uid, user.gid)
    proc = subprocess.Popen(["sh", "-c", 'WATCHDOG_PID=$$; export WATCHDOG_PID; exec "$@"', "sh",
                             *user.command(argv)], env=full_env, stdout=out, stderr=subprocess.STDOUT, cwd="/")
    out.close()
    return Session(user, proc, runtime, home, notifications)


def stop_session(session: Session) -> None:
    """End the session as ``systemctl stop`` does with the unit's KillMode=mixed: SIGTERM to the
    service's main process (the session script, or cage when the test started cage itself)."""
    if session.proc.poll() is None:
        session.proc.send_signal(signal.SIGTERM)
        try:
            session.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            session.proc.kill()
            session.proc.wait(timeout=30)
    session.notifications.close()
