"""Records disk, print and network calls that kiosk UI code makes on the GUI thread.

An audit hook (``sys.addaudithook``; it cannot be removed, so it is installed once and switched on
per test) sees ``socket.connect``/``socket.getaddrinfo`` (network), ``subprocess.Popen`` and
``os.system``/``os.posix_spawn`` (printing with ``lp``, any helper program), ``sqlite3.connect``
and ``open`` (disk).  A call counts when it happens on the GUI thread with a frame of
``kiosk/ui/`` on the stack, or in kiosk code the event loop called (a slot, a timer): what a
test itself does on that thread (seeding a store) does not.
Reading Python modules (a screen's module imported on first use) is not counted, nor is what the
window does while it is built (start-up, before it is shown: it reads its style sheets then).
Printing goes through CUPS's C library, which no audit event reports: :func:`watch_printing`
wraps the entry points of ``kiosk.printing.cups_print`` (they still run) to see them called.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = str(ROOT / "kiosk" / "ui") + os.sep
PROJECT = (str(ROOT / "kiosk") + os.sep, str(ROOT / "offline_db") + os.sep)
TESTS = str(ROOT / "tests") + os.sep

NETWORK = frozenset({"socket.connect", "socket.getaddrinfo", "socket.sendto", "urllib.Request"})
PROGRAMS = frozenset({"subprocess.Popen", "os.system", "os.posix_spawn", "os.exec", "os.fork"})
DISK = frozenset({"sqlite3.connect", "open"})
PRINT = "print"
PRINT_ENTRIES = ("_connect", "check_printer", "print_receipt", "_save_to_folder")
START_UP = (str(ROOT / "kiosk" / "ui" / "shell.py"), "__init__")  # the window being built
CODE_SUFFIXES = (".py", ".pyc", ".so", ".pth")


@dataclass
class Call:
    event: str
    detail: str
    ui_frame: str    # the innermost kiosk/ui frame on the stack (else where the event loop entered the kiosk)
    inner_frame: str  # the innermost frame of the project (kiosk/, offline_db/) on the stack

    def __str__(self) -> str:
        return f"{self.event} {self.detail} from {self.ui_frame} (in {self.inner_frame})"


@dataclass
class Recorder:
    events: frozenset[str] = frozenset()
    calls: list[Call] = field(default_factory=list)
    gui_ident: int | None = None
    busy: bool = False

    def start(self, events: frozenset[str]) -> None:
        self.calls.clear()
        self.gui_ident = threading.main_thread().ident
        self.events = events

    def stop(self) -> list[Call]:
        self.events = frozenset()
        return list(self.calls)


RECORDER = Recorder()
_installed = False


def _detail(event: str, args: tuple) -> str | None:
    if event == "open":
        path = args[0]
        if isinstance(path, int):  # an already open descriptor
            return None
        text = os.fsdecode(path)
        if text.endswith(CODE_SUFFIXES) or "__pycache__" in text:
            return None  # a module imported on first use
        return f"{text} ({args[1]})"
    if event == "sqlite3.connect":
        return os.fsdecode(args[0]) if isinstance(args[0], (str, bytes, os.PathLike)) else repr(args[0])
    if event in ("socket.connect", "socket.sendto"):
        return repr(args[1])
    if event == "socket.getaddrinfo":
        return repr(args[0])
    return repr(args[:2])


def _where(frame) -> str:
    if isinstance(frame, str):
        return frame
    return f"{os.path.relpath(frame.f_code.co_filename, ROOT)}:{frame.f_lineno} {frame.f_code.co_name}"


def _culprit(frame, entry: str | None = None) -> tuple[str, str] | None:
    """``(ui frame or the outermost project frame, innermost project frame)`` when the kiosk made
    the call: a ``kiosk/ui`` frame is on the stack, or the project code was entered from the event
    loop (a slot, a timer) rather than called by the test itself; else ``None``.  ``entry`` names
    the kiosk function ``frame`` called (a wrapped one: it has no frame of its own)."""
    inner = outer = entry
    caller = ui = None
    while frame is not None:
        name = frame.f_code.co_filename
        if (name, frame.f_code.co_name) == START_UP:
            return None
        if name.startswith(UI_DIR) and ui is None:
            ui = (_where(frame), _where(inner or frame))
        if name.startswith(PROJECT):
            inner = inner or frame
            outer, caller = frame, None
        elif outer is not None and caller is None:
            caller = frame  # what called the outermost project frame seen so far
        frame = frame.f_back
    if ui is not None:
        return ui
    if outer is None or (caller is not None and caller.f_code.co_filename.startswith(TESTS)):
        return None  # not the kiosk's doing, or the test called it itself
    return _where(outer), _where(inner)


def _record(event: str, detail: str, frame, entry: str | None = None) -> None:
    rec = RECORDER
    if event not in rec.events or rec.busy or threading.get_ident() != rec.gui_ident:
        return
    rec.busy = True
    try:
        culprit = _culprit(frame, entry)
        if culprit is not None:
            rec.calls.append(Call(event, detail, *culprit))
    finally:
        rec.busy = False


def watch_printing(monkeypatch) -> None:
    """Wrap the printing entry points so that a call on the GUI thread is recorded (they still run)."""
    from kiosk.printing import cups_print

    for name in PRINT_ENTRIES:
        real = getattr(cups_print, name)

        def wrapper(*args, _real=real, _name=name, **kwargs):
            _record(PRINT, f"cups_print.{_name}", sys._getframe(1), f"kiosk/printing/cups_print.py {_name}")
            return _real(*args, **kwargs)

        monkeypatch.setattr(cups_print, name, wrapper)


def _hook(event: str, args: tuple) -> None:
    if event in RECORDER.events and (detail := _detail(event, args)) is not None:
        _record(event, detail, sys._getframe(1))


def install() -> Recorder:
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
    return RECORDER
