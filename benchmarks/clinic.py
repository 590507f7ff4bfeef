"""Free-slot search for a specialty over 14 days: 100 clinics, 2,000 practitioners, 300,000 slots.

The local store gets the demo region's specialties plus generated clinics, practitioners (one role
and one schedule each, specialties spread evenly) and 150 slots per practitioner over 14 days
(30 % busy).  Each query asks for the 50 earliest free slots of a specialty from a start time
through the end of the 14 days (:func:`kiosk.clinic.booking.specialty_free_slots`), walking the
``slots_free_by_start`` partial index; the baseline is the same query on a table scan
(``NOT INDEXED``), measured in the same run.  Target: p95 ≤ 10 ms.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from kiosk.clinic.booking import specialty_free_slots
from offline_db.opening import open_store
from offline_db.store import iso_utc

N_CLINICS = int(os.environ.get("BENCH_CLINICS", "100"))
N_PRACTITIONERS = int(os.environ.get("BENCH_PRACTITIONERS", "2000"))
N_SLOTS = int(os.environ.get("BENCH_SLOTS", "300000"))
SPECIALTIES = ["general-practice", "paediatrics", "cardiology", "neurology", "ophthalmology", "ent",
               "surgery", "gynaecology", "dermatology", "endocrinology"]
REPEAT = 4


def _generate(store, start: dt.datetime) -> None:
    rng = random.Random(5)
    stamp = iso_utc(start)
    per = N_SLOTS // N_PRACTITIONERS
    per_day = max(1, per // 14)
    with store.atomic():
        c = store.conn
        c.executemany("INSERT OR IGNORE INTO specialties(code, system, name_ru, name_en) VALUES (?, 'bench', ?, ?)",
                      [(s, s, s) for s in SPECIALTIES])
        c.executemany("INSERT INTO clinics(id, name_ru, name_en, address_ru, address_en, timezone, updated_at)"
                      " VALUES (?, ?, ?, '', '', 'Europe/Ulyanovsk', ?)",
                      [(f"bc-{i}", f"Поликлиника {i}", f"Clinic {i}", stamp) for i in range(N_CLINICS)])
        c.executemany("INSERT INTO practitioners(id, family_ru, given_ru, family_en, given_en, updated_at)"
                      " VALUES (?, 'Иванов', 'Иван', 'Ivanov', 'Ivan', ?)",
                      [(f"bp-{i}", stamp) for i in range(N_PRACTITIONERS)])
        c.executemany("INSERT INTO practitioner_roles(id, practitioner_id, clinic_id, specialty_code, updated_at)"
                      " VALUES (?, ?, ?, ?, ?)",
                      [(f"br-{i}", f"bp-{i}", f"bc-{i % N_CLINICS}", SPECIALTIES[i % len(SPECIALTIES)], stamp)
                       for i in range(N_PRACTITIONERS)])
        c.executemany("INSERT INTO schedules(id, practitioner_role_id, planning_start, planning_end, updated_at)"
                      " VALUES (?, ?, ?, ?, ?)",
                      [(f"bs-{i}", f"br-{i}", stamp, iso_utc(start + dt.timedelta(days=14)), stamp)
                       for i in range(N_PRACTITIONERS)])
        rows = []
        for i in range(N_PRACTITIONERS):
            offset = dt.timedelta(minutes=15 * rng.randrange(8))
            for k in range(per):
                day, n = divmod(k, per_day)
                begin = start + dt.timedelta(days=day, hours=4) + offset + dt.timedelta(minutes=15 * n)
                rows.append((f"slot-bs-{i}-{begin:%Y%m%d%H%M}", f"bs-{i}", iso_utc(begin),
                             iso_utc(begin + dt.timedelta(minutes=15)), "busy" if rng.random() < 0.3 else "free", stamp))
        c.executemany("INSERT INTO slots(id, schedule_id, start_utc, end_utc, status, updated_at) VALUES (?,?,?,?,?,?)",
                      rows)
    store.execute("ANALYZE")


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else samples[0]


def run() -> Iterator[dict]:
    start = dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    end = iso_utc(start + dt.timedelta(days=14))
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "k.sqlite3")
        t0 = time.perf_counter()
        _generate(store, start)
        build_s = time.perf_counter() - t0
        slots = store.scalar("SELECT count(*) FROM slots")
        fast, slow = [], []
        starts = [iso_utc(start + dt.timedelta(days=d, hours=h)) for d, h in ((0, 0), (3, 7), (7, 12), (12, 5))]
        for _ in range(REPEAT):
            for spec in SPECIALTIES:
                for begin in starts:
                    t = time.perf_counter()
                    got = specialty_free_slots(store, spec, begin, end)
                    fast.append((time.perf_counter() - t) * 1000)
                    assert got, (spec, begin)
        for spec in SPECIALTIES[:3]:  # the scan is slow: a few samples are enough
            for begin in starts[:2]:
                t = time.perf_counter()
                same = specialty_free_slots(store, spec, begin, end, indexed=False)
                slow.append((time.perf_counter() - t) * 1000)
                assert same == specialty_free_slots(store, spec, begin, end)
        store.close()
    value, baseline = _p95(fast), _p95(slow)
    yield {"name": "clinic_free_slot_search_p95", "value": round(value, 3), "unit": "ms",
           "baseline": round(baseline, 3), "ratio": round(value / baseline, 4), "target": "value <= 10 ms",
           "met": value <= 10.0, "clinics": N_CLINICS, "practitioners": N_PRACTITIONERS, "slots": slots,
           "queries": len(fast)}
    yield {"name": "clinic_bench_store_build", "value": round(build_s, 2), "unit": "s", "baseline": None,
           "ratio": None, "target": "informational", "met": None}


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure, ensure_ascii=False))
