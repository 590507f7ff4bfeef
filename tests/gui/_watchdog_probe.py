"""The real kiosk (``kiosk.cli.main``) with a way for tests/gui/test_systemd_watchdog.py to block
its GUI thread: the line ``block`` on stdin makes the GUI thread print ``blocked`` and then wait,
inside a slot, for the line ``unblock``.  The process lives on meanwhile (its other threads run);
only the GUI thread stops.  Nothing else here: the pings are the kiosk's own."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])


def on_stdin() -> None:
    line = sys.stdin.readline().strip()
    if line == "block":
        print("blocked", flush=True)
        while sys.stdin.readline().strip() != "unblock":  # the GUI thread waits here
            pass
        print("unblocked", flush=True)


watch = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
watch.activated.connect(on_stdin)

from kiosk.cli import main  # noqa: E402

sys.exit(main(sys.argv[1:]))
