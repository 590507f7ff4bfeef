"""A long simulated day at the kiosk, for ``benchmarks.longrun`` (run as a subprocess, offscreen).

``python -m benchmarks._kiosk_day --visits N --home DIR``: the kiosk window as ``run_gui`` builds
it (the DB worker, the sync service of an unenrolled kiosk, the demo region, receipts "printed" as
PDF files into DIR), inside the real event loop, driven through the five citizen flows in turn by
taps and typed characters:

1. public services: search "паспорт 14", the service card, the application form, review, send;
2. a queue ticket by topic;
3. a doctor appointment (clinic → specialty → doctor → day → time → patient), then "My
   appointments" with the same policy number and birth date, and the appointment cancelled (so
   the demo region's slots never run out);
4. meter readings offline (account, meter serial, reading, review, send);
5. the status of the previous visit's receipt.

Every visit switches the language (twice on every second visit); every seventh visitor first turns
on high contrast and 150 % text; every third visit (and every accessibility visit) ends with the
idle wipe, the others with Home.  The kiosk's clock is pinned to a weekday morning
(:data:`DAY`) so the flows do not depend on the date the benchmark runs.

Memory and handles are sampled at Home, between visits, after the event loop has run the deferred
deletions and the garbage collector has run: RSS, Python's allocated blocks and gc-tracked objects,
QObjects and widgets, open file descriptors and threads.  Prints one JSON object.
"""

from __future__ import annotations

import argparse
import ctypes
import datetime as dt
import gc
import json
import os
import sys
import time
import traceback
import tracemalloc
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

from mfc_rules.identifiers import luhn_check_digit

DAY = dt.datetime(2026, 11, 23, 5, 30, tzinfo=dt.UTC)  # a Monday, 09:30 in Ulyanovsk
FLOWS = ("services", "queue", "clinic", "meters", "status")
TICK_MS = 1  # the driver's timer: one step per event-loop turn, the loop runs in between
GAP_BUCKETS = 10_000  # ms

Step = Callable[[], bool] | str | None  # what a flow yields: wait until this is true (None: one loop turn)
UNTIMED = "untimed"  # yielded after the driver's own measuring: that time is not counted as a GUI stall
WARMED_UP = "warmed up"  # yielded after the first sample: stalls are counted from here (not screens being built)


def luhn_enp(seed: int) -> str:
    """A valid 16-digit policy number (ENP, Luhn check digit) made from ``seed``."""
    body = f"{seed:015d}"[-15:]
    return body + luhn_check_digit(body)


def proc_status() -> dict[str, int]:
    fields = {}
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "RssAnon", "RssFile", "Threads"):
                fields[key] = int(value.split()[0])
    return fields


def sqlite_memory_kib() -> int | None:
    """Memory the SQLite library holds (page caches of every open connection, statements), in KiB."""
    import _sqlite3

    try:
        used = ctypes.CDLL(_sqlite3.__file__).sqlite3_memory_used
    except (OSError, AttributeError):
        return None
    used.restype = ctypes.c_int64
    return int(used()) // 1024


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                     "fsmblks", "uordblks", "fordblks", "keepcost")]


def malloc_kib() -> dict[str, int | None]:
    """The C allocator (glibc): bytes in use by live allocations, and freed bytes it keeps for reuse."""
    try:
        info = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return {"malloc_inuse_kib": None, "malloc_free_kib": None}
    info.restype = _MallInfo2
    m = info()
    return {"malloc_inuse_kib": (m.uordblks + m.hblkhd) // 1024, "malloc_free_kib": m.fordblks // 1024}


class Day:
    """Drives one kiosk window through visits; measurements go into ``samples``."""

    def __init__(self, window: Any, app: Any, db_path: Path, role: dict[str, Any], visits: int, warmup: int,
                 sample_every: int) -> None:
        self.window = window
        self.role = role  # the practitioner every clinic visit books with (the demo region's first with slots)
        self.app = app
        self.db_path = db_path
        self.visits = visits
        self.warmup = warmup
        self.sample_every = sample_every
        self.samples: list[dict[str, Any]] = []
        self.flows = dict.fromkeys(FLOWS, 0)
        self.language_switches = 0
        self.appearance_switches = 0
        self.wipes = 0
        self.last_receipt = ""
        self.now = "starting"  # the visit under way, and its last action (for the report)
        self.action = ""
        self.snapshots: list[tracemalloc.Snapshot] = []

    # --- input ---------------------------------------------------------------------------------
    def tap(self, target: Any) -> Iterator[Step]:
        """A tap on ``target`` (a widget, or a function finding it) once it is on screen and enabled."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        find = target if callable(target) and not hasattr(target, "isVisible") else lambda: target

        def ready() -> bool:
            widget = find()
            return widget is not None and widget.isVisible() and widget.isEnabled()

        yield ready
        widget = find()
        self.action = f"tap {widget.objectName() or type(widget).__name__} on {self.window.current_id}"
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    def type(self, widget: Any, text: str) -> Iterator[Step]:
        """Key presses, one character per event-loop turn, as the on-screen keyboard types."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        widget.setFocus()
        self.action = f"typing into {widget.objectName() or type(widget).__name__} on {self.window.current_id}"
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
            yield None

    def screen(self, screen_id: str) -> Any:
        assert self.window.current_id == screen_id, (self.window.current_id, screen_id)
        return self.window.current_screen()

    def tile(self, screen_id: str) -> Iterator[Step]:
        home = self.screen("home")
        yield from self.tap(next(t for t, spec in home._tile_specs if spec.screen_id == screen_id))
        screen = self.screen(screen_id)
        yield screen.is_ready

    def receipt(self) -> Iterator[Step]:
        w = self.window
        yield lambda: w.current_id == "receipt" and w.current_screen().is_ready()
        self.last_receipt = w.current_screen().number.text()

    def switch_language(self) -> Iterator[Step]:
        yield from self.tap(self.window.language_button)
        self.language_switches += 1

    # --- the five flows ------------------------------------------------------------------------
    def services(self, n: int) -> Iterator[Step]:
        yield from self.tile("catalogue")
        catalogue = self.screen("catalogue")
        yield from self.type(catalogue.search, "паспорт 14")
        yield lambda: catalogue._state == "results" and catalogue.is_ready()
        yield from self.tap(next(b for item, b in catalogue.result_buttons if item.id == "svc-001"))
        card = self.screen("service_card")
        yield lambda: card._state == "ready"
        yield from self.tap(card.apply_button)
        form = self.screen("application")
        yield from self.type(form.editor("full_name").input, "Иванова Мария Петровна")
        for edit, text in zip(form.editor("birth_date").input.edits(), ("14", "03", "2011"), strict=True):
            yield from self.type(edit, text)
        yield from self.switch_language()  # in the middle of the form: what was typed stays
        yield from self.type(form.editor("registration_address").input, f"г. Ульяновск, ул. Гончарова, д. {n % 90 + 1}")
        yield from self.tap(form.editor("receive_by").options[0][1])
        yield from self.type(form.editor("phone").input, "8 912 345-67-89")
        yield from self.tap(form.editor("consent").options[0][1])
        yield from self.tap(form.next_button)
        yield from self.tap(self.screen("application_review").submit_button)
        yield from self.receipt()

    def queue(self, n: int) -> Iterator[Step]:
        yield from self.tile("queue_ticket")
        queue = self.screen("queue_ticket")
        yield lambda: bool(queue.buttons)
        yield from self.tap(queue.buttons[n % len(queue.buttons)][1])
        yield from self.receipt()

    def clinic(self, n: int) -> Iterator[Step]:
        from PySide6.QtWidgets import QAbstractButton

        yield from self.tile("clinic")
        pick = self.screen("clinic")
        while pick.step != "clinic":  # the last visitor's choice, if Home kept it
            yield from self.tap(pick.back_step)
            yield pick.is_ready
        role = self.role
        for step, key in (("clinic", role["clinic_id"]), ("specialty", role["specialty_code"]), ("doctor", role["id"])):
            yield lambda s=step: pick.step == s and pick.is_ready() and bool(pick.buttons)
            yield from self.tap(lambda s=step, k=key: pick.findChild(QAbstractButton, f"clinic-{s}-{k}"))
        yield lambda: pick.step == "day" and pick.is_ready() and bool(pick.buttons)
        # the last day offered: a time today could pass between choosing it and booking it
        # ("This time has already passed"), which would end the day's run
        yield from self.tap(pick.buttons[-1][1])
        yield lambda: pick.step == "time" and bool(pick.buttons)
        yield from self.tap(pick.buttons[0][1])
        patient = self.screen("clinic_patient")
        enp = luhn_enp(n + 1)
        yield from self.type(patient.enp.edit, enp)
        yield from self.type(patient.birth.edit, "14.03.1975")
        yield from self.tap(patient.confirm)
        yield from self.receipt()
        receipt_number = self.last_receipt
        # the same citizen: "My appointments", then cancel it (the time becomes free again)
        yield from self.tap(self.window.home_button)
        yield from self.tile("clinic")
        yield from self.tap(self.screen("clinic").mine_button)
        mine = self.screen("clinic_mine")
        yield from self.type(mine.enp.edit, enp)
        yield from self.type(mine.birth.edit, "14.03.1975")
        yield from self.tap(mine.find)
        yield lambda: bool(mine.rows)
        yield from self.tap(lambda: mine.findChild(QAbstractButton, f"cancel-{receipt_number}"))
        yield from self.tap(lambda: mine.findChild(QAbstractButton, f"confirm-cancel-{receipt_number}"))
        yield lambda: bool(mine.rows) and mine.rows[0]["status"] == "cancelled"

    def meters(self, n: int) -> Iterator[Step]:
        yield from self.tile("meters")
        account = self.screen("meters")
        yield lambda: len(account.provider_buttons) == 3
        yield from self.tap(next(b for p, b in account.provider_buttons if p["id"] == "util-vodokanal"))
        for field, text in ((account.account, "74БИ312121"), (account.house, "12"), (account.flat, "34")):
            yield from self.type(field.edit, text)
        yield from self.tap(account.next_button)
        w = self.window
        yield lambda: w.current_id == "meter_entry"
        entry = self.screen("meter_entry")
        meter = entry.offline_meters[0]
        yield from self.type(meter.serial, "79511264")
        yield from self.type(meter.rows[0].edit, f"{480 + n % 50},{n % 10}")
        yield from self.tap(entry.next_button)
        yield from self.tap(self.screen("meter_review").submit_button)
        yield from self.receipt()

    def status(self, n: int) -> Iterator[Step]:
        number = self.last_receipt
        yield from self.tile("status")
        status = self.screen("status")
        yield from self.type(status.number, number)
        yield from self.tap(status.check_button)
        yield lambda: status._state == "found" and status.is_ready()
        assert status.number.text() == number

    # --- the day -------------------------------------------------------------------------------
    def accessibility(self) -> Iterator[Step]:
        yield from self.tap(self.window.a11y_button)
        a11y = self.screen("accessibility")
        yield from self.tap(a11y.contrast_on)
        yield from self.tap(a11y.size_buttons[150])
        self.appearance_switches += 2
        yield None
        yield from self.tap(self.window.home_button)

    def visit(self, n: int) -> Iterator[Step]:
        flow = FLOWS[n % len(FLOWS)]
        self.now = f"visit {n} ({flow})"
        styled = n % 7 == 3
        if styled:
            yield from self.accessibility()
        if n % 2:
            yield from self.switch_language()  # at Home, before starting
        yield from getattr(self, flow)(n)
        self.flows[flow] += 1
        if flow != "services":
            yield from self.switch_language()  # on the last screen of the visit
        if styled or n % 3 == 2:
            self.action = "idle wipe"
            self.window.wipe_session()  # what the idle timeout does
            self.wipes += 1
        else:
            yield from self.tap(self.window.home_button)
        yield lambda: self.window.current_id == "home"

    def run(self) -> Iterator[Step]:
        w = self.window
        yield lambda: w.status.opened
        for n in range(self.warmup + self.visits):
            if n >= self.warmup and (n - self.warmup) % self.sample_every == 0:
                yield from self.sample(n - self.warmup)
            yield from self.visit(n)
        yield from self.sample(self.visits)

    def sample(self, visits: int) -> Iterator[Step]:
        from PySide6.QtCore import QObject
        from PySide6.QtWidgets import QApplication

        self.action = "idle wipe before a sample"
        self.window.wipe_session()  # measured at rest: Home after the idle wipe
        self.wipes += 1
        for _ in range(5):  # deferred deletions and queued work run
            yield None
        gc.collect()
        if tracemalloc.is_tracing():
            self.snapshots.append(tracemalloc.take_snapshot())
        tops = QApplication.topLevelWidgets()
        qobjects = len(self.app.findChildren(QObject)) + sum(1 + len(t.findChildren(QObject)) for t in tops)
        widgets = len(QApplication.allWidgets())
        del tops
        status = proc_status()
        self.samples.append({
            "visits": visits, "rss_kib": status["VmRSS"], "rss_anon_kib": status["RssAnon"],
            "rss_file_kib": status["RssFile"], "sqlite_kib": sqlite_memory_kib(),
            **malloc_kib(), "threads": status["Threads"],
            "py_blocks": sys.getallocatedblocks(), "gc_objects": len(gc.get_objects()),
            "qobjects": qobjects, "widgets": widgets, "fds": len(os.listdir("/proc/self/fd")),
            "store_kib": sum(p.stat().st_size for p in self.db_path.parent.glob(self.db_path.name + "*")) // 1024,
            "t": round(time.perf_counter(), 2),
        })
        yield WARMED_UP if visits == 0 else UNTIMED


def percentile(buckets: list[int], q: float) -> int | None:
    """The ``q`` quantile (ms) of the gaps counted in ``buckets`` (one per whole millisecond)."""
    total = sum(buckets)
    seen = 0
    for ms, n in enumerate(buckets):
        seen += n
        if total and seen >= q * total:
            return ms
    return None


class Driver:
    """Runs a generator of steps from a timer inside ``app.exec()``: each step waits until its
    condition holds (checked once per loop turn), so the kiosk's own event loop does the work."""

    def __init__(self, app: Any, steps: Generator[Step, None, None], timeout_s: float,
                 where: Callable[[], str] = str) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.app = app
        self.steps = steps
        self.timeout_s = timeout_s
        self.waiting: Step = None
        self.deadline = 0.0
        self.error: BaseException | None = None
        self.last_tick: float | None = None
        # gaps between ticks, counted per whole millisecond (fixed size: the driver must not grow)
        self.gaps = [0] * (GAP_BUCKETS + 1)
        self.where = where
        self.largest = (0.0, "")  # the largest gap and what the day was doing then
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        """One step; the time from one tick's start to the next is what the GUI thread spent on the
        kiosk (the taps and keys a step sends, then whatever the event loop ran in between)."""
        now = time.perf_counter()
        if self.last_tick is not None:
            gap = now - self.last_tick
            self.gaps[min(GAP_BUCKETS, int(gap * 1000))] += 1
            if gap > self.largest[0]:
                self.largest = (gap, self.where())
        self.last_tick = now
        try:
            if callable(self.waiting) and not self.waiting():
                if time.monotonic() > self.deadline:
                    code = getattr(self.waiting, "__code__", None)
                    where = f"{code.co_filename}:{code.co_firstlineno}" if code else repr(self.waiting)
                    raise TimeoutError(f"waited {self.timeout_s} s for the condition at {where}")
                return
            self.waiting = next(self.steps)
            self.deadline = time.monotonic() + self.timeout_s
            if self.waiting in (UNTIMED, WARMED_UP):
                self.last_tick = None
            if self.waiting == WARMED_UP:
                self.gaps = [0] * (GAP_BUCKETS + 1)
                self.largest = (0.0, "")
        except StopIteration:
            self.stop()
        except BaseException as exc:  # reported by main(); the loop must end either way
            traceback.print_exc()
            self.error = exc
            self.stop()

    def stop(self) -> None:
        self.timer.stop()
        self.app.exit(0)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, required=True)
    parser.add_argument("--home", type=Path, required=True, help="a new folder for the store and printed receipts")
    parser.add_argument("--warmup", type=int, default=14, help="visits before the first sample (not counted)")
    parser.add_argument("--samples", type=int, default=10)
    parser.add_argument("--step-timeout", type=float, default=60.0)
    parser.add_argument("--tracemalloc", type=int, default=0, metavar="N",
                        help="trace Python allocations (slow) and report the N places that grew most")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("QT_IM_MODULE", None)

    from offline_db import clock

    clock.set_pinned(DAY)
    from PySide6.QtWidgets import QApplication

    from kiosk.bootstrap import prepare_store
    from kiosk.clinic import booking
    from kiosk.ui.app import DEFAULT_WINDOW
    from kiosk.ui.screens.registry import default_registry
    from kiosk.ui.shell import KioskWindow
    from kiosk.ui.sync_bridge.service import SyncService
    from kiosk.ui.tasks import TaskRunner
    from offline_db.opening import open_store

    db_path = args.home / "kiosk.sqlite3"
    with prepare_store(db_path, load_demo=True) as store:
        store.set_setting("printer", f"pdf:{args.home / 'printed'}")
        store.set_setting("office_id", "off-ul-lenin")
        role = next(r for r in store.query("SELECT id, clinic_id, specialty_code FROM practitioner_roles ORDER BY id")
                    if booking.open_slots(store, r["id"]))
    app = QApplication([sys.argv[0]])
    app.setApplicationName("mfc-kiosk")
    tasks = TaskRunner(lambda: open_store(db_path))
    window = KioskWindow(tasks, default_registry(), kiosk_mode=False, tts_engine="")
    window.resize(*DEFAULT_WINDOW)
    window.show()
    service = SyncService(db_path, parent=window)
    window.attach_sync(service)
    service.start()

    day = Day(window, app, db_path, role, args.visits, args.warmup, max(1, args.visits // args.samples))
    driver = Driver(app, day.run(), args.step_timeout, lambda: f"{day.now}: {day.action}")
    if args.tracemalloc:
        tracemalloc.start(12)
    started = time.perf_counter()
    driver.timer.start()
    app.exec()
    elapsed = time.perf_counter() - started
    service.stop()
    window.shutdown()
    tasks.shutdown()
    gaps = driver.gaps
    result = {
        "ok": driver.error is None,
        "error": None if driver.error is None else f"{day.now}, after {day.action}: {driver.error!r}",
        "visits": args.visits, "warmup": args.warmup, "duration_s": round(elapsed, 1), "flows": day.flows,
        "language_switches": day.language_switches, "appearance_switches": day.appearance_switches,
        "wipes": day.wipes, "samples": day.samples,
        "largest_loop_gap_ms": max((ms for ms, n in enumerate(gaps) if n), default=None),
        "largest_loop_gap_during": driver.largest[1],
        "p99_loop_gap_ms": percentile(gaps, 0.99),
    }
    if len(day.snapshots) >= 2:
        grown = day.snapshots[-1].compare_to(day.snapshots[1 if len(day.snapshots) > 2 else 0], "traceback")
        result["tracemalloc"] = [{"size_diff": g.size_diff, "count_diff": g.count_diff,
                                  "where": g.traceback.format()[-12:]} for g in grown[:args.tracemalloc]]
    print(json.dumps(result), flush=True)
    return 0 if driver.error is None else 1


if __name__ == "__main__":
    sys.exit(main())
