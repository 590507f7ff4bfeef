"""Storage of the FHIR R4 subset in the backend's SQLite file (tables ``fhir_*``, own migrations).

Reference resources (Organization, Practitioner, PractitionerRole, Schedule) are kept as the kiosk
store's rows plus search keys; slots and appointments have their own tables.  Every write bumps
the resource's ``version`` and gives it a ``last_updated`` from a monotonic clock kept in the
database, so ``_lastUpdated=gt…`` pulls never miss a change.

No double booking, by construction: a partial UNIQUE index allows one active appointment per
slot, and every booking runs in one ``BEGIN IMMEDIATE`` transaction with its availability check.

Appointments belong to the kiosk that created them (``kiosk_id``): every read, search, update and
``If-None-Exist`` match of an appointment takes the asking kiosk and sees only that kiosk's rows;
another kiosk's appointment is answered exactly like one that does not exist.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import uuid as uuidlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .. import clock
from ..storage import SqliteStorage

migrations = Migrations("regional_backend_fhir")

REF_TYPES = ("Organization", "Practitioner", "PractitionerRole", "Schedule")
#: kiosk table of each reference type
REF_TABLES = {"Organization": "clinics", "Practitioner": "practitioners",
              "PractitionerRole": "practitioner_roles", "Schedule": "schedules"}
ACTIVE_APPOINTMENT = ("proposed", "pending", "booked", "arrived", "fulfilled", "checked-in", "waitlist")
#: Statuses an appointment never leaves (a cancelled one is booked again as a new appointment).
FINAL_APPOINTMENT = ("cancelled", "entered-in-error")
#: Statuses that give the slot back to the pool.
RELEASES_SLOT = ("cancelled", "entered-in-error")
#: What an update may change (besides ``meta``/``id``): the status, its reason, and a move.
MAY_CHANGE = frozenset({"status", "cancelationReason", "slot", "start", "end"})


@migrations(name="m001_fhir")
def _m001_fhir(db: Database) -> None:
    for statement in (
        """CREATE TABLE fhir_ref (
            type TEXT NOT NULL, id TEXT NOT NULL,
            version INTEGER NOT NULL, last_updated TEXT NOT NULL,
            k_org TEXT, k_prac TEXT, k_role TEXT, k_spec TEXT,
            data TEXT NOT NULL,                    -- the kiosk store's row as JSON
            PRIMARY KEY (type, id))""",
        "CREATE INDEX fhir_ref_updated ON fhir_ref(type, last_updated, id)",
        "CREATE TABLE fhir_specialties (code TEXT PRIMARY KEY, system TEXT NOT NULL, name_ru TEXT NOT NULL,"
        " name_en TEXT NOT NULL)",
        """CREATE TABLE fhir_slots (
            id TEXT PRIMARY KEY, schedule_id TEXT NOT NULL, role_id TEXT NOT NULL, practitioner_id TEXT NOT NULL,
            specialty TEXT NOT NULL, start TEXT NOT NULL, "end" TEXT NOT NULL,
            status TEXT NOT NULL, lease_kiosk TEXT, lease_until TEXT,
            version INTEGER NOT NULL, last_updated TEXT NOT NULL)""",
        "CREATE INDEX fhir_slots_schedule ON fhir_slots(schedule_id, start)",
        "CREATE INDEX fhir_slots_practitioner ON fhir_slots(practitioner_id, start)",
        "CREATE INDEX fhir_slots_updated ON fhir_slots(last_updated, id)",
        "CREATE INDEX fhir_slots_status ON fhir_slots(status, start)",
        "CREATE INDEX fhir_slots_lease ON fhir_slots(lease_kiosk, lease_until)",
        """CREATE TABLE fhir_appointments (
            id TEXT PRIMARY KEY, ident_system TEXT NOT NULL, ident_value TEXT NOT NULL,
            slot_id TEXT NOT NULL REFERENCES fhir_slots(id), patient_system TEXT, patient_value TEXT,
            status TEXT NOT NULL, kiosk_id TEXT NOT NULL, version INTEGER NOT NULL, last_updated TEXT NOT NULL,
            data TEXT NOT NULL)""",
        "CREATE INDEX fhir_appt_ident ON fhir_appointments(ident_value, ident_system)",
        "CREATE INDEX fhir_appt_patient ON fhir_appointments(patient_value, patient_system)",
        "CREATE INDEX fhir_appt_updated ON fhir_appointments(last_updated, id)",
        # The double-booking guard: one active appointment per slot, enforced by the database.
        "CREATE UNIQUE INDEX fhir_appt_one_per_slot ON fhir_appointments(slot_id)"
        " WHERE status NOT IN ('cancelled', 'entered-in-error', 'noshow')",
        "CREATE TABLE fhir_clock (id INTEGER PRIMARY KEY CHECK (id = 1), last TEXT NOT NULL)",
        "INSERT INTO fhir_clock VALUES (1, '1970-01-01T00:00:00.000000Z')",
    ):
        db.execute(statement)


def fmt_instant(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_instant(text: str) -> dt.datetime:
    """An ISO date-time (``Z`` or offset) or a date; naive values are taken as UTC."""
    text = text.strip()
    if len(text) == 10:
        return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _seconds(text: str) -> str:
    """FHIR instant with seconds precision, as appointments carry it."""
    return parse_instant(text).strftime("%Y-%m-%dT%H:%M:%SZ")


def utcnow() -> dt.datetime:
    return clock.now()


class FhirError(Exception):
    """An outcome for the client: HTTP status, issue code and a plain-words diagnostic (EN and RU)."""

    def __init__(self, status: int, code: str, message: str, message_ru: str = "",
                 extra: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.message_ru = status, code, message, message_ru or message
        self.extra = dict(extra or {})
        self.headers = dict(headers or {})


@dataclass(frozen=True)
class LeasePolicy:
    """Lease settings (environment: ``RB_FHIR_LEASES``, ``RB_FHIR_LEASE_SHARE``, ``…_TTL_S``, ``…_GRACE_S``)."""

    enabled: bool = True
    share: float = 0.25          # default share of upcoming free slots leased to a kiosk, per schedule
    ttl_s: int = 24 * 3600       # how long a lease lasts unless renewed
    grace_s: int = 24 * 3600     # after expiry, the slot stays with the lessee this long before returning
    horizon_days: int = 14

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> LeasePolicy:
        return cls(enabled=env.get("RB_FHIR_LEASES", "1") != "0",
                   share=min(1.0, max(0.0, float(env.get("RB_FHIR_LEASE_SHARE", "0.25")))),
                   ttl_s=int(env.get("RB_FHIR_LEASE_TTL_S", str(24 * 3600))),
                   grace_s=int(env.get("RB_FHIR_LEASE_GRACE_S", str(24 * 3600))))


class FhirStore:
    """The FHIR tables on a :class:`SqliteStorage` (same file, same connections)."""

    def __init__(self, storage: SqliteStorage, policy: LeasePolicy | None = None):
        self.storage = storage
        self.policy = policy or LeasePolicy()
        conn = storage._conn()
        with storage._write(conn):
            migrations.apply(Database(conn))

    # --- transactions and the clock -----------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[Any]:
        with self.storage._write() as conn:
            yield conn

    @contextlib.contextmanager
    def read(self) -> Iterator[Any]:
        with self.storage._read() as conn:
            yield conn

    @staticmethod
    def tick(conn: Any) -> str:
        """A ``last_updated`` later than every one given before (inside the write transaction)."""
        last = parse_instant(conn.execute("SELECT last FROM fhir_clock").fetchone()[0])
        now = max(utcnow(), last + dt.timedelta(microseconds=1))
        text = fmt_instant(now)
        conn.execute("UPDATE fhir_clock SET last = ?", [text])
        return text

    # --- loading reference data -----------------------------------------------------------------
    def load(self, tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> int:
        """Upsert clinics, specialties, practitioners, roles, schedules (kiosk rows) and slots.

        A changed reference row gets a new version; an existing slot is never changed here (it may
        be leased or booked), only new slots are added.  Returns the number of rows written.
        """
        n = 0
        with self.write() as conn:
            now = self.tick(conn)
            for row in tables.get("specialties", ()):
                conn.execute("INSERT INTO fhir_specialties(code, system, name_ru, name_en) VALUES (?,?,?,?)"
                             " ON CONFLICT(code) DO UPDATE SET system=excluded.system, name_ru=excluded.name_ru,"
                             " name_en=excluded.name_en", [row["code"], row["system"], row["name_ru"], row["name_en"]])
            roles = {r["id"]: r for r in tables.get("practitioner_roles", ())}
            for r in conn.execute("SELECT id, data FROM fhir_ref WHERE type = 'PractitionerRole'").fetchall():
                roles.setdefault(r[0], json.loads(r[1]))
            schedules = {s["id"]: s for s in tables.get("schedules", ())}
            for r in conn.execute("SELECT id, data FROM fhir_ref WHERE type = 'Schedule'").fetchall():
                schedules.setdefault(r[0], json.loads(r[1]))
            for rtype, table in REF_TABLES.items():
                for row in tables.get(table, ()):
                    keys = self._keys(rtype, row, roles)
                    data = json.dumps({k: v for k, v in row.items() if k != "updated_at"}, ensure_ascii=False,
                                      sort_keys=True)
                    old = conn.execute("SELECT data FROM fhir_ref WHERE type = ? AND id = ?", [rtype, row["id"]]).fetchone()
                    if old is not None and old[0] == data:
                        continue
                    conn.execute(
                        "INSERT INTO fhir_ref(type, id, version, last_updated, k_org, k_prac, k_role, k_spec, data)"
                        " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?) ON CONFLICT(type, id) DO UPDATE SET version = version + 1,"
                        " last_updated = excluded.last_updated, k_org = excluded.k_org, k_prac = excluded.k_prac,"
                        " k_role = excluded.k_role, k_spec = excluded.k_spec, data = excluded.data",
                        [rtype, row["id"], now, *keys, data])
                    n += 1
            slot_rows = []
            for s in tables.get("slots", ()):
                schedule = schedules[s["schedule_id"]]
                role = roles[schedule["practitioner_role_id"]]
                slot_rows.append([s["id"], s["schedule_id"], role["id"], role["practitioner_id"], role["specialty_code"],
                                  fmt_instant(parse_instant(s["start_utc"])), fmt_instant(parse_instant(s["end_utc"])),
                                  "busy" if s["status"] != "free" else "free", now])
            cur = conn.executemany(
                'INSERT INTO fhir_slots(id, schedule_id, role_id, practitioner_id, specialty, start, "end", status,'
                " version, last_updated) VALUES (?,?,?,?,?,?,?,?,1,?) ON CONFLICT(id) DO NOTHING", slot_rows)
            n += max(cur.rowcount, 0)
        return n

    @staticmethod
    def _keys(rtype: str, row: Mapping[str, Any], roles: Mapping[str, Mapping[str, Any]]) -> list[Any]:
        if rtype == "PractitionerRole":
            return [row["clinic_id"], row["practitioner_id"], row["id"], row["specialty_code"]]
        if rtype == "Schedule":
            role = roles.get(row["practitioner_role_id"], {})
            return [role.get("clinic_id"), role.get("practitioner_id"), row["practitioner_role_id"],
                    role.get("specialty_code")]
        return [None, None, None, None]

    # --- reading ----------------------------------------------------------------------------
    def specialty(self, code: str) -> dict[str, Any] | None:
        row = self.storage._conn().execute(
            "SELECT code, system, name_ru, name_en FROM fhir_specialties WHERE code = ?", [code]).fetchone()
        return dict(zip(("code", "system", "name_ru", "name_en"), row, strict=True)) if row else None

    def ref(self, rtype: str, rid: str) -> dict[str, Any] | None:
        row = self.storage._conn().execute(
            "SELECT data, version, last_updated FROM fhir_ref WHERE type = ? AND id = ?", [rtype, rid]).fetchone()
        if row is None:
            return None
        return {**json.loads(row[0]), "_version": row[1], "_last_updated": row[2]}

    def search_ref(self, rtype: str, where: list[str], params: list[Any], count: int,
                   after: tuple[str, str] | None) -> tuple[list[dict[str, Any]], int]:
        clauses = ["type = ?", *where]
        args: list[Any] = [rtype, *params]
        conn = self.storage._conn()
        total = conn.execute(f"SELECT count(*) FROM fhir_ref WHERE {' AND '.join(clauses)}", args).fetchone()[0]
        if after:
            clauses.append("(last_updated, id) > (?, ?)")
            args += list(after)
        rows = conn.execute(
            f"SELECT data, version, last_updated FROM fhir_ref WHERE {' AND '.join(clauses)}"
            " ORDER BY last_updated, id LIMIT ?", [*args, count + 1]).fetchall()
        return [{**json.loads(d), "_version": v, "_last_updated": lu} for d, v, lu in rows], total

    _SLOT_COLS = ('id', 'schedule_id', 'role_id', 'practitioner_id', 'specialty', 'start', '"end"', 'status',
                  'lease_kiosk', 'lease_until', 'version', 'last_updated')

    def _slot_dict(self, row: tuple) -> dict[str, Any]:
        return dict(zip([c.strip('"') for c in self._SLOT_COLS], row, strict=True))

    def slot(self, sid: str, conn: Any = None) -> dict[str, Any] | None:
        row = (conn or self.storage._conn()).execute(
            f"SELECT {', '.join(self._SLOT_COLS)} FROM fhir_slots WHERE id = ?", [sid]).fetchone()
        return self._slot_dict(row) if row else None

    def search_slots(self, where: list[str], params: list[Any], count: int,
                     after: tuple[str, str] | None) -> tuple[list[dict[str, Any]], int]:
        self.sweep_leases()
        conn = self.storage._conn()
        cond = " AND ".join(where) or "1"
        total = conn.execute(f"SELECT count(*) FROM fhir_slots WHERE {cond}", params).fetchone()[0]
        args = list(params)
        if after:
            cond += " AND (last_updated, id) > (?, ?)"
            args += list(after)
        rows = conn.execute(f"SELECT {', '.join(self._SLOT_COLS)} FROM fhir_slots WHERE {cond}"
                            " ORDER BY last_updated, id LIMIT ?", [*args, count + 1]).fetchall()
        return [self._slot_dict(r) for r in rows], total

    def _slot_write(self, conn: Any, sid: str, status: str, kiosk: str | None, until: str | None, now: str) -> None:
        conn.execute("UPDATE fhir_slots SET status = ?, lease_kiosk = ?, lease_until = ?, version = version + 1,"
                     " last_updated = ? WHERE id = ?", [status, kiosk, until, now, sid])

    # --- leases -----------------------------------------------------------------------------
    def sweep_leases(self, *, force: bool = False) -> int:
        """Return slots whose lease ran out (plus the grace period) to the pool."""
        grace = self.policy.grace_s
        cutoff = fmt_instant(utcnow() - dt.timedelta(seconds=grace))
        conn = self.storage._conn()
        if not force and conn.execute("SELECT 1 FROM fhir_slots WHERE status = 'busy-tentative' AND lease_until < ?"
                                      " LIMIT 1", [cutoff]).fetchone() is None:
            return 0
        with self.write() as conn:
            now = self.tick(conn)
            cur = conn.execute("UPDATE fhir_slots SET status = 'free', lease_kiosk = NULL, lease_until = NULL,"
                               " version = version + 1, last_updated = ? WHERE status = 'busy-tentative'"
                               " AND lease_until < ?", [now, cutoff])
            return cur.rowcount

    def lease(self, kiosk_id: str, *, share: float | None = None, count: int | None = None,
              ttl_s: int | None = None, release: bool = False) -> list[dict[str, Any]]:
        """Renew this kiosk's leases of upcoming slots and top them up to its share; returns its leased slots.

        ``share`` (0..1) of each schedule's upcoming free-or-own slots, or ``count`` slots in all
        (spread over schedules, earliest first).  ``release`` gives every unused lease back.
        """
        policy = self.policy
        self.sweep_leases()
        ttl = max(1, min(ttl_s or policy.ttl_s, policy.ttl_s))
        now_dt = utcnow()
        horizon = fmt_instant(now_dt + dt.timedelta(days=policy.horizon_days))
        start_after = fmt_instant(now_dt)
        with self.write() as conn:
            now = self.tick(conn)
            if release:
                conn.execute("UPDATE fhir_slots SET status = 'free', lease_kiosk = NULL, lease_until = NULL,"
                             " version = version + 1, last_updated = ? WHERE status = 'busy-tentative'"
                             " AND lease_kiosk = ?", [now, kiosk_id])
                return []
            until = fmt_instant(now_dt + dt.timedelta(seconds=ttl))
            conn.execute("UPDATE fhir_slots SET lease_until = ?, version = version + 1, last_updated = ?"
                         " WHERE status = 'busy-tentative' AND lease_kiosk = ? AND start > ?",
                         [until, now, kiosk_id, start_after])
            rows = conn.execute(
                "SELECT id, schedule_id, status, lease_kiosk FROM fhir_slots WHERE start > ? AND start < ?"
                " AND (status = 'free' OR (status = 'busy-tentative' AND lease_kiosk = ?)) ORDER BY schedule_id, start",
                [start_after, horizon, kiosk_id]).fetchall()
            by_schedule: dict[str, list[tuple]] = {}
            for r in rows:
                by_schedule.setdefault(r[1], []).append(r)
            picks: list[str] = []
            if count is not None:
                # round robin over schedules, earliest first, until ``count`` leases are held
                held = sum(1 for r in rows if r[2] == "busy-tentative")
                queues = [[r for r in lst if r[2] == "free"] for lst in by_schedule.values()]
                need = max(0, count - held)
                i = 0
                while need > 0 and any(queues):
                    q = queues[i % len(queues)]
                    if q:
                        picks.append(q.pop(0)[0])
                        need -= 1
                    i += 1
            else:
                frac = policy.share if share is None else min(1.0, max(0.0, share))
                for lst in by_schedule.values():
                    target = math.floor(frac * len(lst) + 0.5)
                    held = sum(1 for r in lst if r[2] == "busy-tentative")
                    free = [r for r in lst if r[2] == "free"]
                    want = max(0, target - held)
                    if want and free:
                        step = len(free) / want  # spread over the days, not only the first hours
                        picks += [free[min(len(free) - 1, int(k * step))][0] for k in range(min(want, len(free)))]
            conn.executemany("UPDATE fhir_slots SET status = 'busy-tentative', lease_kiosk = ?, lease_until = ?,"
                             " version = version + 1, last_updated = ? WHERE id = ? AND status = 'free'",
                             [(kiosk_id, until, now, sid) for sid in picks])
            out = conn.execute(f"SELECT {', '.join(self._SLOT_COLS)} FROM fhir_slots WHERE status = 'busy-tentative'"
                               " AND lease_kiosk = ? AND start > ? ORDER BY start, id", [kiosk_id, start_after]).fetchall()
        return [self._slot_dict(r) for r in out]

    # --- appointments -------------------------------------------------------------------------
    _APPT_COLS = ("id", "ident_system", "ident_value", "slot_id", "patient_system", "patient_value", "status",
                  "kiosk_id", "version", "last_updated", "data")

    def _appt(self, row: tuple | None) -> dict[str, Any] | None:
        if row is None:
            return None
        out = dict(zip(self._APPT_COLS, row, strict=True))
        out["data"] = json.loads(out["data"])
        return out

    def appointment(self, aid: str, kiosk_id: str, conn: Any = None) -> dict[str, Any] | None:
        """``kiosk_id``'s appointment ``aid``; ``None`` when there is none or it is another kiosk's."""
        return self._appt((conn or self.storage._conn()).execute(
            f"SELECT {', '.join(self._APPT_COLS)} FROM fhir_appointments WHERE id = ? AND kiosk_id = ?",
            [aid, kiosk_id]).fetchone())

    def find_appointments(self, kiosk_id: str, *, ident: tuple[str | None, str] | None = None,
                          patient: tuple[str | None, str] | None = None, status: str | None = None,
                          conn: Any = None, limit: int = 1000) -> list[dict[str, Any]]:
        """``kiosk_id``'s appointments matching the identifier, the patient and the status."""
        where, args = ["kiosk_id = ?"], [kiosk_id]
        for (column, value) in (("ident", ident), ("patient", patient)):
            if value is None:
                continue
            system, code = value
            where.append(f"{column}_value = ?")
            args.append(code)
            if system:
                where.append(f"{column}_system = ?")
                args.append(system)
        if status:
            where.append("status = ?")
            args.append(status)
        rows = (conn or self.storage._conn()).execute(
            f"SELECT {', '.join(self._APPT_COLS)} FROM fhir_appointments WHERE {' AND '.join(where)}"
            " ORDER BY last_updated, id LIMIT ?", [*args, limit]).fetchall()
        return [a for a in (self._appt(r) for r in rows) if a]

    def create_appointment(self, kiosk_id: str, data: dict[str, Any], ident: tuple[str, str], slot_id: str,
                           patient: tuple[str | None, str], *,
                           if_none_exist: tuple[str | None, str] | None) -> tuple[dict[str, Any], bool]:
        """Book ``slot_id``; returns (appointment, created).  Raises :class:`FhirError` (409/412/422).

        ``if_none_exist`` matches only this kiosk's appointments.  An appointment identifier belongs to
        the kiosk that first used it: another kiosk's create of an appointment with that identifier is
        refused (412 with ``If-None-Exist``, 409 without) and neither sees nor touches the existing one.
        """
        with self.write() as conn:
            if if_none_exist is not None:
                found = self.find_appointments(kiosk_id, ident=if_none_exist, conn=conn, limit=2)
                if len(found) > 1:
                    raise FhirError(412, "duplicate", "Several appointments match If-None-Exist; nothing was created.",
                                    "Условию If-None-Exist соответствуют несколько записей; ничего не создано.")
                if found:
                    return found[0], False
            if self._identifier_taken(conn, kiosk_id, ident):
                raise FhirError(412 if if_none_exist is not None else 409, "duplicate",
                                "This appointment identifier is already in use; nothing was created. "
                                "Make a new identifier for a new booking.",
                                "Этот идентификатор записи уже занят; ничего не создано. "
                                "Для новой записи создайте новый идентификатор.")
            # The lessee's booking is always accepted: it was confirmed on the kiosk's screen while the
            # slot was leased to it (even if the kiosk delivers it after the slot's time).
            self._bookable(conn, slot_id, kiosk_id, lessee_late=True)
            now = self.tick(conn)
            aid = str(uuidlib.uuid4())
            data = {**data, "status": data.get("status") or "booked"}
            if data["status"] not in ACTIVE_APPOINTMENT:
                raise FhirError(422, "invalid", "A new appointment must be booked (or proposed/pending).",
                                "Новая запись должна иметь статус booked.")
            conn.execute(
                f"INSERT INTO fhir_appointments({', '.join(self._APPT_COLS)}) VALUES (?,?,?,?,?,?,?,?,1,?,?)",
                [aid, ident[0], ident[1], slot_id, patient[0], patient[1], data["status"], kiosk_id, now,
                 json.dumps(data, ensure_ascii=False)])
            self._slot_write(conn, slot_id, "busy", None, None, now)
            created = self.appointment(aid, kiosk_id, conn)
            assert created is not None
            return created, True

    def _bookable(self, conn: Any, slot_id: str, kiosk_id: str, *, lessee_late: bool) -> dict[str, Any]:
        """The slot, if ``kiosk_id`` may book it now: free, or leased to that kiosk, and not past
        (``lessee_late``: the lessee may book its leased slot even after its time).  Raises 422/409."""
        slot = self.slot(slot_id, conn) if slot_id else None
        if slot is None:
            raise FhirError(422, "not-found", f"Slot/{slot_id} does not exist.", f"Слота Slot/{slot_id} нет.")
        lessee_ok = slot["status"] == "busy-tentative" and slot["lease_kiosk"] == kiosk_id
        if parse_instant(slot["start"]) <= utcnow() and not (lessee_late and lessee_ok):
            raise FhirError(409, "business-rule", "This time has already passed; choose another time.",
                            "Это время уже прошло; выберите другое время.", {"slot_status": "past"})
        if slot["status"] != "free" and not lessee_ok:
            raise FhirError(409, "conflict", "This time is no longer free; it was booked or held by another kiosk.",
                            "Это время уже занято: его записали или удерживает другой киоск.",
                            {"slot_status": slot["status"]})
        return slot

    @staticmethod
    def _identifier_taken(conn: Any, kiosk_id: str, ident: tuple[str | None, str]) -> bool:
        """Whether another kiosk has an appointment with this identifier."""
        system, value = ident
        sql = "SELECT 1 FROM fhir_appointments WHERE ident_value = ? AND kiosk_id <> ?"
        args: list[Any] = [value, kiosk_id]
        if system:
            sql += " AND ident_system = ?"
            args.append(system)
        return conn.execute(sql + " LIMIT 1", args).fetchone() is not None

    def update_appointment(self, aid: str, kiosk_id: str, data: dict[str, Any], if_match: int | None) -> dict[str, Any]:
        """A change of ``kiosk_id``'s appointment, guarded by the version: a new status (the kiosk's
        cancel; the clinic's ``fulfilled``, ``noshow``, ``entered-in-error``, …) or a move to another
        slot (``slot`` with its ``start``/``end``: the clinic reschedules).  A cancel or an
        entered-in-error gives the slot back to the pool; a move frees the old slot and books the new
        one.  Another kiosk's appointment is "not found" (404), before any other check."""
        with self.write() as conn:
            current = self.appointment(aid, kiosk_id, conn)
            if current is None:
                raise FhirError(404, "not-found", f"Appointment/{aid} does not exist.", f"Записи Appointment/{aid} нет.")
            if if_match is None:
                raise FhirError(428, "required", "An update needs If-Match: W/\"<versionId>\".",
                                "Для изменения нужен заголовок If-Match.")
            if if_match != current["version"]:
                raise FhirError(412, "conflict", "The appointment was changed meanwhile (stale version); read it again.",
                                "Запись за это время изменилась; прочитайте её заново.",
                                {"current_version": current["version"], "current_status": current["status"]})
            new_status = data.get("status")
            old = current["data"]
            changed = {k for k in set(old) | set(data) if old.get(k) != data.get(k)} - {"meta", "id"}
            if changed - MAY_CHANGE:
                raise FhirError(422, "business-rule", "Only the status, the cancellation reason and the slot "
                                "(with its start and end) may change.",
                                "Менять можно только статус записи, причину отмены и слот (со временем начала и конца).")
            if current["status"] in FINAL_APPOINTMENT and new_status != current["status"]:
                raise FhirError(422, "business-rule", "A cancelled appointment cannot be restored; book again.",
                                "Отменённую запись нельзя восстановить; запишитесь снова.")
            now = self.tick(conn)
            merged = {**old, **{k: v for k, v in data.items() if k in MAY_CHANGE}}
            slot_id = current["slot_id"]
            if changed & {"slot", "start", "end"}:
                slot_id = self._move(conn, current, data, kiosk_id, now)
                slot = self.slot(slot_id, conn)
                assert slot is not None
                merged.update(slot=[{"reference": f"Slot/{slot_id}"}], start=_seconds(slot["start"]),
                              end=_seconds(slot["end"]))
            conn.execute("UPDATE fhir_appointments SET status = ?, slot_id = ?, version = version + 1,"
                         " last_updated = ?, data = ? WHERE id = ?",
                         [new_status, slot_id, now, json.dumps(merged, ensure_ascii=False), aid])
            if new_status in RELEASES_SLOT and current["status"] not in RELEASES_SLOT:
                slot = self.slot(slot_id, conn)
                if slot and slot["status"] == "busy":
                    self._slot_write(conn, slot_id, "free", None, None, now)
            out = self.appointment(aid, kiosk_id, conn)
            assert out is not None
            return out

    def _move(self, conn: Any, current: dict[str, Any], data: dict[str, Any], kiosk_id: str, now: str) -> str:
        """Check a move to the slot ``data`` names; book it and free the old one.  Returns the new slot id."""
        refs = [s.get("reference", "") for s in data.get("slot") or [] if isinstance(s, dict)]
        new_id = refs[0].split("/", 1)[1] if len(refs) == 1 and refs[0].startswith("Slot/") else ""
        if new_id == current["slot_id"]:
            raise FhirError(422, "business-rule", "To move an appointment, name its new Slot; start and end "
                            "follow the slot.", "Чтобы перенести запись, укажите новый слот; время берётся из слота.")
        if current["status"] not in ACTIVE_APPOINTMENT or data.get("status") not in ACTIVE_APPOINTMENT:
            raise FhirError(422, "business-rule", "Only an active appointment can be moved to another time.",
                            "Перенести можно только действующую запись.")
        self._bookable(conn, new_id, kiosk_id, lessee_late=False)
        old = self.slot(current["slot_id"], conn)
        if old and old["status"] == "busy":
            self._slot_write(conn, current["slot_id"], "free", None, None, now)
        self._slot_write(conn, new_id, "busy", None, None, now)
        return new_id

    def double_bookings(self) -> int:
        """Slots with more than one active appointment (always 0; for tests and diagnostics)."""
        return self.storage._conn().execute(
            "SELECT count(*) FROM (SELECT slot_id FROM fhir_appointments WHERE status NOT IN"
            " ('cancelled','entered-in-error','noshow') GROUP BY slot_id HAVING count(*) > 1)").fetchone()[0]
