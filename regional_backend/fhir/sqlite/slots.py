"""Slots and their leases in SQLite (``fhir_slots``); a leased slot is ``busy-tentative`` with its lessee.

The functions that write run inside the caller's ``BEGIN IMMEDIATE`` transaction, so a read and the
write it decides on are one step (SQLite has one writer at a time).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from typing import Any

from ..instants import fmt_instant, utcnow
from ..interface import Condition, Found, Page
from ..leasing import Candidate, LeasePolicy, slots_to_lease
from .conditions import page_of, where

_COLS = ("id", "schedule_id", "role_id", "practitioner_id", "specialty", "start", '"end"', "status",
         "lease_kiosk", "lease_until", "version", "last_updated")
SELECT = ", ".join(_COLS)
COLUMNS = {"last_updated": "last_updated", "id": "id", "schedule": "schedule_id", "practitioner": "practitioner_id",
           "role": "role_id", "specialty": "specialty", "status": "status", "start": "start"}


def _slot(row: tuple) -> dict[str, Any]:
    return dict(zip([c.strip('"') for c in _COLS], row, strict=True))


def slot(conn: sqlite3.Connection, sid: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {SELECT} FROM fhir_slots WHERE id = ?", [sid]).fetchone()
    return _slot(row) if row else None


def search(conn: sqlite3.Connection, conditions: Sequence[Condition], page: Page) -> Found:
    clauses, args = where(conditions, COLUMNS)
    return page_of(conn, "fhir_slots", SELECT, clauses, args, page, _slot)


def set_status(conn: sqlite3.Connection, sid: str, status: str, now: str) -> None:
    """The slot booked (``busy``) or back in the pool (``free``); any lease on it ends."""
    conn.execute("UPDATE fhir_slots SET status = ?, lease_kiosk = NULL, lease_until = NULL, version = version + 1,"
                 " last_updated = ? WHERE id = ?", [status, now, sid])


def free_if_booked(conn: sqlite3.Connection, sid: str, now: str) -> None:
    """Give a booked slot back to the pool (a leased or already free one is left alone)."""
    found = slot(conn, sid)
    if found and found["status"] == "busy":
        set_status(conn, sid, "free", now)


def _expiry_cutoff(policy: LeasePolicy) -> str:
    return fmt_instant(utcnow() - dt.timedelta(seconds=policy.grace_s))


def any_expired(conn: sqlite3.Connection, policy: LeasePolicy) -> bool:
    """Whether a lease ran out (plus the grace period): a cheap read before taking the write lock."""
    return conn.execute("SELECT 1 FROM fhir_slots WHERE status = 'busy-tentative' AND lease_until < ? LIMIT 1",
                        [_expiry_cutoff(policy)]).fetchone() is not None


def return_expired(conn: sqlite3.Connection, policy: LeasePolicy, now: str) -> int:
    cur = conn.execute("UPDATE fhir_slots SET status = 'free', lease_kiosk = NULL, lease_until = NULL,"
                       " version = version + 1, last_updated = ? WHERE status = 'busy-tentative'"
                       " AND lease_until < ?", [now, _expiry_cutoff(policy)])
    return cur.rowcount


def release(conn: sqlite3.Connection, kiosk_id: str, now: str) -> None:
    conn.execute("UPDATE fhir_slots SET status = 'free', lease_kiosk = NULL, lease_until = NULL,"
                 " version = version + 1, last_updated = ? WHERE status = 'busy-tentative'"
                 " AND lease_kiosk = ?", [now, kiosk_id])


def lease(conn: sqlite3.Connection, kiosk_id: str, policy: LeasePolicy, now: str, *, share: float | None,
          count: int | None, ttl_s: int | None) -> list[dict[str, Any]]:
    """Renew and top up ``kiosk_id``'s leases; its leased upcoming slots.  Only a free slot is leased."""
    now_dt = utcnow()
    horizon = fmt_instant(now_dt + dt.timedelta(days=policy.horizon_days))
    start_after = fmt_instant(now_dt)
    until = fmt_instant(now_dt + dt.timedelta(seconds=policy.ttl(ttl_s)))
    conn.execute("UPDATE fhir_slots SET lease_until = ?, version = version + 1, last_updated = ?"
                 " WHERE status = 'busy-tentative' AND lease_kiosk = ? AND start > ?",
                 [until, now, kiosk_id, start_after])
    rows = conn.execute(
        "SELECT id, schedule_id, status FROM fhir_slots WHERE start > ? AND start < ?"
        " AND (status = 'free' OR (status = 'busy-tentative' AND lease_kiosk = ?)) ORDER BY schedule_id, start",
        [start_after, horizon, kiosk_id]).fetchall()
    picks = slots_to_lease([Candidate(r[0], r[1], r[2] == "busy-tentative") for r in rows], policy,
                           share=share, count=count)
    conn.executemany("UPDATE fhir_slots SET status = 'busy-tentative', lease_kiosk = ?, lease_until = ?,"
                     " version = version + 1, last_updated = ? WHERE id = ? AND status = 'free'",
                     [(kiosk_id, until, now, sid) for sid in picks])
    out = conn.execute(f"SELECT {SELECT} FROM fhir_slots WHERE status = 'busy-tentative'"
                       " AND lease_kiosk = ? AND start > ? ORDER BY start, id", [kiosk_id, start_after]).fetchall()
    return [_slot(r) for r in out]


def double_bookings(conn: sqlite3.Connection) -> int:
    """Slots with more than one active appointment (always 0; for tests and diagnostics)."""
    return conn.execute(
        "SELECT count(*) FROM (SELECT slot_id FROM fhir_appointments WHERE status NOT IN"
        " ('cancelled','entered-in-error','noshow') GROUP BY slot_id HAVING count(*) > 1)").fetchone()[0]
