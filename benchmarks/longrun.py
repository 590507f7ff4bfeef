"""A long simulated day at the kiosk: memory and handles at the start and at the end.

``python -m benchmarks longrun`` runs ``benchmarks/_kiosk_day.py`` as its own process (offscreen, a
fresh store with the demo region, the clock pinned to a weekday morning): the five citizen flows in
turn — public service search and application, queue ticket, doctor appointment (booked, then
cancelled under "My appointments"), meter readings, status by receipt — with language switches on
every visit, high contrast and 150 % text on every seventh, and the idle wipe after every third.
``BENCH_VISITS`` visits (default 150, about 1.5 minutes here) follow ``BENCH_WARMUP`` warm-up
visits (default 14: every screen built, every flow run once, both catalogues loaded).

Samples are taken at rest (Home, after the idle wipe, deferred deletions run, garbage collected).
The baseline of each figure is its value at the first sample, after the warm-up; the value is the
growth to the last sample.  Targets: RSS grows by at most :data:`RSS_LIMIT_MIB` (a constant: the
C allocator and Qt's caches reach their working size during the first ~150 visits, then RSS is
flat), Python's heap by at most 2 %, and QObjects, widgets, threads and file descriptors not at
all (descriptors: at most 2, a worker may hold its connection at the moment of the sample).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VISITS = int(os.environ.get("BENCH_VISITS", "150"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "14"))
RSS_LIMIT_MIB = 10.0


def _day(visits: int, warmup: int) -> dict:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_HOME=home)
        env.pop("QT_IM_MODULE", None)
        proc = subprocess.run([sys.executable, "-m", "benchmarks._kiosk_day", "--visits", str(visits),
                               "--warmup", str(warmup), "--home", home], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=600 + visits * 10)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    result = json.loads(lines[-1]) if lines else {}
    if proc.returncode != 0 or not result.get("ok"):
        raise RuntimeError(f"the kiosk day failed: {result.get('error')}\n{proc.stderr[-3000:]}")
    return result


def _slope_per_1000(samples: list[dict], key: str) -> float | None:
    """Least-squares growth of ``key`` per 1,000 visits over the second half of the samples."""
    half = samples[len(samples) // 2:]
    if len(half) < 2:
        return None
    xs = [s["visits"] for s in half]
    ys = [s[key] for s in half]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return None if not var else sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var * 1000


def _figure(name: str, start: float, end: float, unit: str, target: str, met: bool | None, **extra: object) -> dict:
    return {"name": name, "value": round(end - start, 3), "unit": unit, "baseline": round(start, 3),
            "ratio": round(end / start, 4) if start else None, "target": target, "met": met, **extra}


def run() -> Iterator[dict]:
    day = _day(VISITS, WARMUP)
    first, last = day["samples"][0], day["samples"][-1]
    rss0, rss1 = first["rss_kib"] / 1024, last["rss_kib"] / 1024
    slope = _slope_per_1000(day["samples"], "rss_kib")
    yield _figure("longrun_rss_growth", rss0, rss1, "MiB",
                  f"value <= {RSS_LIMIT_MIB:g} MiB over the day (baseline: RSS after the warm-up)",
                  rss1 - rss0 <= RSS_LIMIT_MIB, visits=day["visits"], warmup=day["warmup"], flows=day["flows"],
                  language_switches=day["language_switches"], appearance_switches=day["appearance_switches"],
                  idle_wipes=day["wipes"], duration_s=day["duration_s"],
                  rss_anon_kib=[first["rss_anon_kib"], last["rss_anon_kib"]],
                  malloc_inuse_kib=[first["malloc_inuse_kib"], last["malloc_inuse_kib"]],
                  malloc_free_kib=[first["malloc_free_kib"], last["malloc_free_kib"]],
                  sqlite_kib=[first["sqlite_kib"], last["sqlite_kib"]],
                  store_kib=[first["store_kib"], last["store_kib"]],
                  rss_second_half_kib_per_1000_visits=None if slope is None else round(slope),
                  rss_mib_by_visits=[[x["visits"], round(x["rss_kib"] / 1024, 1)] for x in day["samples"]])
    blocks0, blocks1 = first["py_blocks"], last["py_blocks"]
    yield _figure("longrun_python_heap_growth", blocks0, blocks1, "allocated blocks",
                  "value <= 2 % of the baseline", blocks1 - blocks0 <= 0.02 * blocks0,
                  gc_objects=[first["gc_objects"], last["gc_objects"]])
    for key, name, unit, allowed in (("qobjects", "longrun_qobjects_growth", "QObjects", 0),
                                     ("widgets", "longrun_widgets_growth", "widgets", 0),
                                     ("threads", "longrun_threads_growth", "threads", 0),
                                     ("fds", "longrun_open_fds_growth", "file descriptors", 2)):
        yield _figure(name, first[key], last[key], unit, f"value <= {allowed}", last[key] - first[key] <= allowed)
    yield {"name": "longrun_largest_gui_stall", "value": day["largest_loop_gap_ms"], "unit": "ms",
           "baseline": day["p99_loop_gap_ms"], "ratio": None,
           "target": "informational (baseline: p99 of the times between the driver's turns of the event loop)",
           "met": None, "during": day["largest_loop_gap_during"]}


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure, ensure_ascii=False))
