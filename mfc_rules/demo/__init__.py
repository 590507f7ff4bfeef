"""The bundled demo region (Ulyanovsk region, fictional data): one source for the kiosk and the backend.

The committed ``<table>.json`` files beside this module are the source of truth.  Each holds the
rows of one kiosk store table with the store's column names; JSON-text columns (``documents``,
``field_schema``, synonyms, a provider's ``services``) are kept as real JSON lists there.

Polyclinic slots cannot be static: ``slot_templates.json`` holds weekly working hours per schedule
(ISO weekdays 1 = Monday .. 7 = Sunday, local ``start``/``end``, ``slot_minutes``) and
:func:`generate_slots` turns them into the slots of ``today .. today + 13`` in the clinic's time
zone, stored in UTC.  Slot ids and their free/busy status depend only on the schedule and the
start time, so every process that generates them for the same day agrees.

Meter dates are relative too, so the demo never ages into states nobody chose: a reading holds
``read_months_ago`` and ``read_day`` (the 19th of last month), a meter ``verification_due_in_days``
(negative: expired that many days ago).  :func:`demo_rows` turns them into ``read_on`` and
``verification_due`` dates for the day it loads.

Data and generator only (no Qt, no database, no clock of its own: callers pass ``now``); the kiosk
loads the rows into its store (``offline_db.demo``), the backend into its tables
(``regional_backend.cli load-demo``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import hashlib
import json
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

from mfc_rules.canonical import utc_text

DEMO_TIMEZONE = "Europe/Ulyanovsk"
SLOT_DAYS = 14
BUSY_PERCENT = 30  # share of generated slots that are already taken

# Tables in foreign-key order; every one has a <table>.json source except ``slots``.
TABLES = (
    "offices",
    "service_categories",
    "life_situations",
    "services",
    "service_life_situations",
    "service_offices",
    "clinics",
    "specialties",
    "practitioners",
    "practitioner_roles",
    "schedules",
    "slots",
    "utility_providers",
    "utility_accounts",
    "meters",
    "meter_readings",
)
SOURCES = tuple(t for t in TABLES if t != "slots") + ("slot_templates",)
#: Personal account data: loaded into the regional backend only, never into a kiosk store
#: (schema migration ``m003_no_personal_utility_data``).
BACKEND_ONLY = ("utility_accounts", "meters", "meter_readings")
KIOSK_TABLES = tuple(t for t in TABLES if t not in BACKEND_ONLY)

# Columns stored as JSON text in the store but kept as JSON values in the source files.
JSON_COLUMNS = {
    "services": ("synonyms_ru", "synonyms_en", "documents", "field_schema"),
    "utility_providers": ("services",),
}
# Tables with an ``updated_at`` column, set to the load time.
STAMPED = frozenset(TABLES) - {"service_life_situations", "service_offices", "specialties", "meter_readings"}


@functools.cache
def _source_text(name: str) -> str:
    return resources.files(__name__).joinpath(f"{name}.json").read_text(encoding="utf-8")


def read_demo_region() -> dict[str, list[dict[str, Any]]]:
    """The raw source rows keyed by table name (no slots, no load-time columns) plus ``slot_templates``.

    Schedules carry no planning dates here: those depend on the day of loading.  The result is a
    fresh copy; callers may change it.
    """
    return {name: json.loads(_source_text(name)) for name in SOURCES}


def demo_today(now: dt.datetime) -> dt.date:
    """The date in the demo region at ``now`` (not the machine's UTC date)."""
    return now.astimezone(ZoneInfo(DEMO_TIMEZONE)).date()


def _schedule_zones(region: dict[str, list[dict]]) -> dict[str, ZoneInfo]:
    clinic_tz = {c["id"]: c["timezone"] for c in region["clinics"]}
    role_tz = {r["id"]: clinic_tz[r["clinic_id"]] for r in region["practitioner_roles"]}
    return {s["id"]: ZoneInfo(role_tz[s["practitioner_role_id"]]) for s in region["schedules"]}


def _months_back(today: dt.date, months: int, day: int) -> dt.date:
    """``day`` of the month ``months`` before ``today``'s (clamped to the month's last day)."""
    index = today.year * 12 + today.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day, last))


def _dated(table: str, row: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """A meter or reading source row with its relative date made absolute for ``today``."""
    if table == "meters":
        days = row.pop("verification_due_in_days")
        row["verification_due"] = (today + dt.timedelta(days=days)).isoformat()
    elif table == "meter_readings":
        row["read_on"] = _months_back(today, row.pop("read_months_ago"), row.pop("read_day")).isoformat()
    return row


def _midnight_utc(day: dt.date, tz: ZoneInfo) -> str:
    return utc_text(dt.datetime.combine(day, dt.time(0, 0), tzinfo=tz))


def generate_schedules(region: dict[str, list[dict]], today: dt.date, *, now: str) -> list[dict[str, Any]]:
    """Schedule rows whose planning horizon is ``today 00:00 .. today + 14 days 00:00`` local time;
    ``now`` (UTC text) is their ``updated_at``."""
    stamp = now
    zones = _schedule_zones(region)
    rows = []
    for schedule in region["schedules"]:
        tz = zones[schedule["id"]]
        rows.append({
            **schedule,
            "planning_start": _midnight_utc(today, tz),
            "planning_end": _midnight_utc(today + dt.timedelta(days=SLOT_DAYS), tz),
            "updated_at": stamp,
        })
    return rows


def slot_id(schedule_id: str, start: dt.datetime) -> str:
    """``slot-<schedule>-<YYYYMMDDHHMM of the UTC start>``: the same slot has the same id everywhere."""
    return f"slot-{schedule_id}-{start.astimezone(dt.UTC):%Y%m%d%H%M}"


def slot_is_busy(slot_identifier: str) -> bool:
    """Deterministic pseudo-random ~``BUSY_PERCENT`` % of slots are taken (stable across days and runs)."""
    digest = hashlib.sha256(slot_identifier.encode("ascii")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < BUSY_PERCENT


def generate_slots(region: dict[str, list[dict]], today: dt.date, *, now: str) -> list[dict[str, Any]]:
    """Rows of the ``slots`` table for ``today .. today + 13`` (local dates in each clinic's zone).

    Ordered by schedule and start.  Raises ``ValueError`` on a template that is malformed or that
    overlaps another template of the same schedule.
    """
    stamp = now
    zones = _schedule_zones(region)
    by_schedule: dict[str, list[dict]] = {s["id"]: [] for s in region["schedules"]}
    for tpl in region["slot_templates"]:
        if tpl["schedule_id"] not in by_schedule:
            raise ValueError(f"slot template for an unknown schedule {tpl['schedule_id']!r}")
        by_schedule[tpl["schedule_id"]].append(tpl)

    rows: list[dict[str, Any]] = []
    for schedule_id, templates in by_schedule.items():
        tz = zones[schedule_id]
        spans: list[tuple[dt.datetime, dt.datetime]] = []
        for offset in range(SLOT_DAYS):
            day = today + dt.timedelta(days=offset)
            for tpl in templates:
                if day.isoweekday() not in tpl["weekdays"]:
                    continue
                step = dt.timedelta(minutes=int(tpl["slot_minutes"]))
                start = dt.datetime.combine(day, dt.time.fromisoformat(tpl["start"]), tzinfo=tz)
                end = dt.datetime.combine(day, dt.time.fromisoformat(tpl["end"]), tzinfo=tz)
                if step <= dt.timedelta(0) or end <= start:
                    raise ValueError(f"bad slot template for {schedule_id}: {tpl}")
                while start + step <= end:
                    spans.append((start.astimezone(dt.UTC), (start + step).astimezone(dt.UTC)))
                    start += step
        spans.sort()
        for (_, prev_end), (next_start, _) in zip(spans, spans[1:], strict=False):
            if next_start < prev_end:
                raise ValueError(f"overlapping slot templates in schedule {schedule_id} at {next_start}")
        for start_utc, end_utc in spans:
            sid = slot_id(schedule_id, start_utc)
            rows.append({
                "id": sid,
                "schedule_id": schedule_id,
                "start_utc": utc_text(start_utc),
                "end_utc": utc_text(end_utc),
                "status": "busy" if slot_is_busy(sid) else "free",
                "leased_until": None,
                "updated_at": stamp,
            })
    return rows


def demo_rows(today: dt.date | None = None, *, now: dt.datetime) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows, ready to insert: JSON columns as text, ``updated_at`` = ``now``.

    ``today`` (default: the current date in the region) starts the 14 days of schedules and slots
    and is the day the meters' relative dates count from.
    """
    today = today or demo_today(now)
    stamp = utc_text(now)
    region = read_demo_region()
    out: dict[str, list[dict[str, Any]]] = {}
    for table in TABLES:
        if table == "schedules":
            out[table] = generate_schedules(region, today, now=stamp)
            continue
        if table == "slots":
            out[table] = generate_slots(region, today, now=stamp)
            continue
        json_cols = JSON_COLUMNS.get(table, ())
        rows = []
        for src in region[table]:
            row = _dated(table, dict(src), today)
            for col in json_cols:
                row[col] = json.dumps(row[col], ensure_ascii=False)
            if table in STAMPED:
                row["updated_at"] = stamp
            rows.append(row)
        out[table] = rows
    return out


__all__ = [
    "BACKEND_ONLY",
    "BUSY_PERCENT",
    "KIOSK_TABLES",
    "DEMO_TIMEZONE",
    "SLOT_DAYS",
    "TABLES",
    "demo_rows",
    "demo_today",
    "generate_schedules",
    "generate_slots",
    "read_demo_region",
    "slot_id",
    "slot_is_busy",
]
