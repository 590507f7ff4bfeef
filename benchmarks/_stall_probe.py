"""GUI event-loop stall probe for ``benchmarks.sync`` (run as a subprocess, offscreen).

``python benchmarks/_stall_probe.py --db PATH --mode sync``: the kiosk window as ``run_gui``
builds it, plus a :class:`kiosk.ui.sync_bridge.service.SyncService` and its status widget wired as
``kiosk/ui/sync_bridge/`` documents; once the window has settled, a 5 ms timer records the gaps
between its firings while the service runs one full sync (push everything, pull every dataset).
``--mode idle --duration S``: the same window and probe, no sync, for S seconds.
Prints one JSON object: ``max_gap_ms``, ``p99_gap_ms``, ``firings``, ``duration_s``, ...
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

SETTLE_MS = 1500  # let the window open its store and paint Home before probing (both modes)
PROBE_MS = 5


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--mode", choices=["sync", "idle"], required=True)
    parser.add_argument("--duration", type=float, default=None)
    parser.add_argument("--timeout", type=float, default=150.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.bootstrap import prepare_store
    from kiosk.ui.app import DEFAULT_WINDOW
    from kiosk.ui.screens.registry import default_registry
    from kiosk.ui.shell import KioskWindow
    from kiosk.ui.sync_bridge.indicator import SyncStatusWidget
    from kiosk.ui.sync_bridge.service import SyncService
    from kiosk.ui.tasks import TaskRunner

    app = QApplication([sys.argv[0]])
    app.setApplicationName("mfc-kiosk")
    tasks = TaskRunner(lambda: prepare_store(args.db, load_demo=False))
    window = KioskWindow(tasks, default_registry(), kiosk_mode=False)
    window.resize(*DEFAULT_WINDOW)
    indicator = SyncStatusWidget(window)
    indicator.move(16, 16)
    service = SyncService(args.db, parent=window)
    service.statusChanged.connect(indicator.set_status)
    indicator.clicked.connect(service.sync_now)
    window.show()

    gaps: list[float] = []
    big: list[tuple[float, float]] = []
    state: dict[str, float | bool | None] = {"last": None, "t0": 0.0, "running": False, "result": 1}
    statuses: list[dict] = []

    def tick() -> None:
        now = time.perf_counter()
        last = state["last"]
        if last is not None:
            gap = (now - last) * 1000  # type: ignore[operator]
            gaps.append(gap)
            if gap > 20:
                big.append((round(now - state["t0"], 3), round(gap, 1)))  # type: ignore[operator]
        state["last"] = now

    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(PROBE_MS)
    probe.timeout.connect(tick)

    def finish(ok: bool) -> None:
        probe.stop()
        duration = time.perf_counter() - state["t0"]  # type: ignore[operator]
        service.stop()
        ordered = sorted(gaps)
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0
        print(json.dumps({"mode": args.mode, "ok": ok, "max_gap_ms": round(max(gaps, default=0.0), 2),
                          "p99_gap_ms": round(p99, 2), "firings": len(gaps) + 1,
                          "duration_s": round(duration, 3), "gaps_over_20ms": len(big),
                          "largest_gaps": sorted(big, key=lambda g: -g[1])[:10],
                          "last_status": statuses[-1] if statuses else None}, default=str), flush=True)
        state["result"] = 0 if ok else 1
        window.shutdown()
        app.quit()

    def on_status(status: dict) -> None:
        statuses.append(status)
        if status.get("running"):
            state["running"] = True
        elif state["running"] and args.mode == "sync":
            state["running"] = False
            QTimer.singleShot(0, lambda: finish(not status.get("last_error") and status.get("pending") == 0))

    def begin() -> None:
        state["t0"] = time.perf_counter()
        probe.start()
        if args.mode == "sync":
            service.statusChanged.connect(on_status)
            service.start()
        else:
            QTimer.singleShot(int((args.duration or 10.0) * 1000), lambda: finish(True))

    QTimer.singleShot(SETTLE_MS, begin)
    QTimer.singleShot(int(args.timeout * 1000), lambda: finish(False))
    app.exec()
    tasks.shutdown()
    return int(state["result"])  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
