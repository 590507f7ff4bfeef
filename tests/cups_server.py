"""A private CUPS spooler for tests: its own cupsd on 127.0.0.1:<free port>, its own config,
spool and log directories, and CUPS-PDF queues whose PDFs land in a directory the test reads.

cupsd runs in the foreground as a child of the test and is stopped by it.  The CUPS-PDF backend
refuses to run without root (it is installed 0700 root), so cupsd and the test run as root, as
CI does; CUPS-PDF reads its settings only from ``/etc/cups/cups-pdf-<queue>.conf``, so a queue
has a unique name and its file is removed when the server stops.

Debian packages: cups-daemon, cups-client, printer-driver-cups-pdf (scripts/setup.sh).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
from pathlib import Path

CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
ROLL = "X80MMY200MM"  # the roll printer's default page: 80 mm wide (CUPS reports custom_80.08x200.03mm)


def missing_requirement() -> str:
    """Why a private CUPS with CUPS-PDF cannot run here ('' when it can)."""
    for tool in ("cupsd", "lpadmin", "cupsreject", "cupsdisable"):
        if shutil.which(tool) is None and not Path("/usr/sbin", tool).exists():
            return f"{tool} is not installed (Debian: cups-daemon, cups-client; scripts/setup.sh)"
    if not CUPS_PDF_BACKEND.exists() or not CUPS_PDF_PPD.exists():
        return "CUPS-PDF is not installed (Debian: printer-driver-cups-pdf; scripts/setup.sh)"
    if os.geteuid() != 0:
        return "the CUPS-PDF backend runs only when cupsd runs as root"
    return ""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def roll_ppd(path: Path) -> Path:
    """The CUPS-PDF driver as an 80 mm roll printer: its default page 80 x 200 mm (custom sizes allowed)."""
    text = CUPS_PDF_PPD.read_text(encoding="latin-1")
    w, h = 227, 567  # points
    code = f'"<</PageSize[{w} {h}]/ImagingBBox null>>setpagedevice"'
    for keyword, value in (("PageSize", code), ("PageRegion", code), ("ImageableArea", f'"0 0 {w} {h}"'),
                           ("PaperDimension", f'"{w} {h}"')):
        text = text.replace(f"*Default{keyword}: A4", f"*Default{keyword}: {ROLL}")
        text = re.sub(rf"(\*{keyword} A4/A4: [^\n]*\n)", lambda m, k=keyword, v=value: m.group(1) + f"*{k} {ROLL}/80 x 200 mm: {v}\n",
                      text, count=1)
    path.write_text(text, encoding="latin-1")
    return path


class PrivateCups:
    """``start()``, ``add_queue()``, ``stop()``; ``address`` goes into ``CUPS_SERVER``."""

    def __init__(self) -> None:
        # under /tmp and world-readable: cupsd runs its filters as user lp, which reads the spool
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
        self.root.chmod(0o755)
        self.port = _free_port()
        self.address = f"127.0.0.1:{self.port}"
        self.out = self.root / "out"
        self.proc: subprocess.Popen[bytes] | None = None
        self.queues: list[str] = []
        for name in ("conf", "spool", "spool/tmp", "cache", "state", "log", "out", "pdfspool"):
            (self.root / name).mkdir(exist_ok=True)
            (self.root / name).chmod(0o755)

    def _env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": self.address}

    def start(self) -> None:
        r = self.root
        (r / "conf/cupsd.conf").write_text(
            f"Listen 127.0.0.1:{self.port}\nLogLevel debug\nWebInterface No\nBrowsing Off\n"
            "BrowseLocalProtocols none\nDefaultAuthType None\nJobRetryInterval 3600\nErrorPolicy stop-printer\n"
            "<Location />\n  Order allow,deny\n  Allow 127.0.0.1\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
        (r / "conf/cups-files.conf").write_text(
            f"ServerRoot {r}/conf\nRequestRoot {r}/spool\nTempDir {r}/spool/tmp\nCacheDir {r}/cache\n"
            f"StateDir {r}/state\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\n"
            f"AccessLog {r}/log/access_log\nErrorLog {r}/log/error_log\nPageLog {r}/log/page_log\n"
            f"Printcap {r}/state/printcap\nSystemGroup root\nSandboxing Relaxed\n")
        with open(r / "log/stderr", "wb") as stderr:  # the child keeps its own copy of the descriptor
            self.proc = subprocess.Popen(["/usr/sbin/cupsd", "-f", "-c", f"{r}/conf/cupsd.conf",
                                          "-s", f"{r}/conf/cups-files.conf"], stdout=subprocess.DEVNULL, stderr=stderr)

    def ready(self) -> bool:
        """cupsd answers (``lpstat -r``)."""
        if self.proc is None or self.proc.poll() is not None:
            raise RuntimeError(f"cupsd exited: {(self.root / 'log/stderr').read_text(errors='replace')}")
        done = subprocess.run(["lpstat", "-r"], env=self._env(), capture_output=True, text=True)
        return done.stdout.strip() == "scheduler is running"  # lpstat -r exits 0 either way

    def add_queue(self, name: str, *, roll: bool = True) -> str:
        """A CUPS-PDF queue ``name`` (80 mm roll or A4 by default), enabled and accepting."""
        conf = Path(f"/etc/cups/cups-pdf-{name}.conf")
        conf.write_text(f"Out {self.out}\nAnonDirName {self.out}\nSpool {self.root}/pdfspool\n"
                        f"Log {self.root}/log\nGrp root\n")
        self.queues.append(name)
        ppd = roll_ppd(self.root / f"{name}.ppd") if roll else CUPS_PDF_PPD
        self.admin("lpadmin", "-p", name, "-E", "-v", f"cups-pdf:/{name}", "-P", str(ppd))
        return name

    def admin(self, *command: str) -> None:
        done = subprocess.run(list(command), env=self._env(), capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(f"{' '.join(command)}: {done.stderr.strip()}")

    def pdfs(self) -> list[Path]:
        return sorted(self.out.glob("*.pdf"))

    def pause(self) -> None:
        """The spooler hangs: cupsd stopped by SIGSTOP (it still accepts TCP connections)."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.resume()
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for name in self.queues:
            Path(f"/etc/cups/cups-pdf-{name}.conf").unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)
