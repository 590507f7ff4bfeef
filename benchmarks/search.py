"""Catalogue search over 50,000 generated services: FTS5 + stemming vs a LIKE scan.

The catalogue is the demo region's 120 services repeated with varied district names and
numbered variants (realistic word distribution, 50,000 rows).  Each query of a fixed set of
citizen queries (inflected forms, several words, a typo, a prefix while typing) runs through
:class:`offline_db.search.CatalogueSearch` and through :func:`offline_db.search.like_search`.
Figures: p95 per query (target ≤ 10 ms) and the speed-up over LIKE (target ≥ 20×).
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from offline_db.demo import load_demo_region
from offline_db.opening import open_store
from offline_db.search import CatalogueSearch, like_search, refresh_index

N_SERVICES = int(os.environ.get("BENCH_SEARCH_SERVICES", "50000"))
QUERIES = ["паспорт", "паспорта", "регистрация по месту жительства", "пособие на ребенка", "пенсию",
           "водительского удостоверения", "пасспорт", "замена паспорта", "рег", "брак", "субсидия",
           "справка об отсутствии судимости", "налог", "земельный участок", "инвалидность"]
DISTRICTS = ["Засвияжский", "Ленинский", "Заволжский", "Железнодорожный", "Барышский", "Инзенский",
             "Карсунский", "Мелекесский", "Сенгилеевский", "Тереньгульский"]
REPEAT = 5


def _generate(store, n: int) -> None:
    base = store.query("SELECT * FROM services")
    rows = []
    for i in range(n - len(base)):
        src = dict(base[i % len(base)])
        district = DISTRICTS[(i // len(base)) % len(DISTRICTS)]
        src["id"] = f"gen-{i:06d}"
        src["name_ru"] = f"{src['name_ru']} ({district} район, вариант {i // len(base)})"
        src["name_en"] = f"{src['name_en']} ({district} district, variant {i // len(base)})"
        rows.append(src)
    cols = list(base[0].keys())
    sql = f"INSERT INTO services({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
    with store.atomic():
        store.conn.executemany(sql, [[r[c] for c in cols] for r in rows])


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else samples[0]


def run() -> Iterator[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "k.sqlite3")
        load_demo_region(store)
        started = time.perf_counter()
        _generate(store, N_SERVICES)
        refresh_index(store)  # the bulk index run a catalogue pull ends with
        build_s = time.perf_counter() - started
        search = CatalogueSearch(store)
        search.search("прогрев", "ru")  # build the vocabulary once, as the kiosk does at first use
        fts, like = [], []
        for _ in range(REPEAT):
            for q in QUERIES:
                t = time.perf_counter()
                search.search(q, "ru")
                fts.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                like_search(store, q, "ru")
                like.append((time.perf_counter() - t) * 1000)
        count = store.scalar("SELECT count(*) FROM services")
        store.close()
    fts_p95, like_p95 = _p95(fts), _p95(like)
    fts_mean, like_mean = statistics.mean(fts), statistics.mean(like)
    yield {"name": "search_p95_50k_services", "value": round(fts_p95, 3), "unit": "ms",
           "baseline": round(like_p95, 3), "ratio": round(fts_p95 / like_p95, 4),
           "target": "value <= 10 ms", "met": fts_p95 <= 10.0, "services": count}
    speedup = like_mean / fts_mean
    yield {"name": "search_speedup_vs_like", "value": round(speedup, 1), "unit": "x",
           "baseline": round(like_mean, 3), "ratio": round(fts_mean / like_mean, 4),
           "target": ">= 20x faster than a LIKE scan giving the same page (mean per query)",
           "met": speedup >= 20, "fts_mean_ms": round(fts_mean, 3), "like_p95_ms": round(like_p95, 3)}
    yield {"name": "search_index_build_50k", "value": round(build_s, 2), "unit": "s", "baseline": None,
           "ratio": None, "target": "informational", "met": None}


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure, ensure_ascii=False))
