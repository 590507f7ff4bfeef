"""The clinic connector: keeps the local store in step with a FHIR R4 server.

One :meth:`ClinicSync.run` does, in this order:
  1. **deliver** bookings (conditional create on the client-made identifier, so a retry after a
     lost answer finds the first appointment instead of making a second) and cancels
     (read → ``PUT`` with ``If-Match``; a 412 means re-read and decide again);
  2. **mode**: ``lease`` when the server's CapabilityStatement names ``Slot/$lease`` (and the kiosk
     setting ``clinic.use_leases`` is not false), else ``provisional``;
  3. **pull** Organization, Practitioner, PractitionerRole, Schedule, Slot by search with
     ``_lastUpdated=ge<last seen>``; a pulled slot never overrides a booking of this kiosk that
     has not been delivered yet; then this kiosk's own Appointments with ``_lastUpdated=gt<last
     seen>``: what the clinic changed later (cancelled, moved, fulfilled, no-show) — ``changes.py``;
  4. in lease mode, **renew** the leases and top them up to the kiosk's share (setting
     ``clinic.lease_share``).

Qt-free.  Personal data leaves the local row as soon as the backend has the appointment.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kiosk.sync.client import ConnectionFailed, RequestRefused, SyncError, TransientError
from offline_db.store import Store, iso_utc, parse_utc, utcnow

from . import booking, changes
from .fhir_client import ROOM_EXT, TIMEZONE_EXT, FhirClient, appointment_resource, lease_of

log = logging.getLogger(__name__)

K_USE_LEASES = "clinic.use_leases"
K_SHARE = "clinic.lease_share"
#: the background sync renews leases at most this often (each renewal touches every leased slot at
#: the server, so every kiosk would pull them again); ``clinic-sync --once`` always renews
K_RENEW_EVERY = "clinic.lease_renew_s"
K_RENEWED_AT = "clinic.leases_renewed_at"
K_ENABLED = "clinic.enabled"
K_FHIR_BASE = "clinic.fhir_base"
RENEW_EVERY_S = 900.0
PULL_TYPES = ("Organization", "Practitioner", "PractitionerRole", "Schedule", "Slot")
PAGE = 500
ALTERNATIVES = 3


@dataclass
class ClinicReport:
    mode: str = "provisional"
    created: int = 0          # appointments the server created now
    matched: int = 0          # a retry found the appointment made before (lost answer)
    refused: int = 0
    cancelled: int = 0
    leased: int = 0
    clinic_changes: int = 0   # appointments the clinic changed since the last run (cancelled, moved, …)
    pulled: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    transient: bool = False   # the error may go away by itself (network, 5xx): try again later
    online: bool | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class ClinicSync:
    def __init__(self, store: Store, client: FhirClient, *, kiosk_id: str | None = None):
        self.store = store
        self.client = client
        self.kiosk_id = kiosk_id or client.kiosk_id
        #: test hook: called after an appointment was POSTed, before its answer is recorded
        self.after_post: Callable[[str], None] | None = None

    # --- one run ----------------------------------------------------------------------------------
    def run(self, *, pull: bool = True, renew_every_s: float | None = None) -> ClinicReport:
        """One run; never raises :class:`SyncError` (it is in ``report.error``).

        ``renew_every_s``: renew leases only when the last renewal is older than that (or the
        kiosk holds no valid lease, or the mode has just become ``lease``); ``None`` = always."""
        before = booking.mode(self.store)
        report = ClinicReport(mode=before)
        try:
            self.deliver(report)
            report.mode = self.detect_mode()
            report.online = True
            if pull:
                for rtype in PULL_TYPES:
                    report.pulled[rtype] = self.pull(rtype)
                # after the slots: a moved appointment's new slot is known here by then
                report.pulled["Appointment"], report.clinic_changes = changes.pull(self.store, self.client)
            if report.mode == "lease" and (renew_every_s is None or before != "lease"
                                           or self._renewal_due(renew_every_s)):
                report.leased = self.renew_leases()
                self.store.set_setting(K_RENEWED_AT, iso_utc())
        except SyncError as exc:
            report.error = str(exc)
            report.transient = isinstance(exc, TransientError)
            report.online = not isinstance(exc, ConnectionFailed)
            log.warning("clinic sync stopped: %s", exc)
        return report

    def _renewal_due(self, every_s: float) -> bool:
        last = self.store.get_setting(K_RENEWED_AT)
        if not last or (utcnow() - parse_utc(last)).total_seconds() >= every_s:
            return True
        # no lease left that is still good for booking: top up now rather than offer nothing
        return not self.store.scalar("SELECT 1 FROM slots WHERE leased_until > ? LIMIT 1", [lease_deadline()])

    # --- mode and leases --------------------------------------------------------------------------
    def detect_mode(self) -> str:
        wanted = self.store.get_setting(K_USE_LEASES, True)
        new = "lease" if wanted and self.client.supports_leases() else "provisional"
        if new != booking.mode(self.store):
            self.store.set_setting(booking.MODE_KEY, new)
            log.info("clinic booking mode: %s", new)
        return new

    def renew_leases(self) -> int:
        share = float(self.store.get_setting(K_SHARE, 0.25))
        slots = self.client.lease(share=share)
        if slots is None:  # the operation is gone: a plain FHIR server now
            self.store.set_setting(booking.MODE_KEY, "provisional")
            return 0
        now = iso_utc()
        with self.store.atomic():
            ours = {s["id"]: s for s in slots if (lease_of(s) or ("", ""))[0] == self.kiosk_id}
            protected = self._protected()
            # leases no longer held: the slot is not ours to book any more
            self.store.execute(
                "UPDATE slots SET leased_until = NULL, status = CASE WHEN status = 'busy-tentative' THEN 'busy-tentative'"
                " ELSE status END, updated_at = ? WHERE leased_until IS NOT NULL AND id NOT IN (SELECT value FROM"
                " json_each(?)) AND id NOT IN (SELECT value FROM json_each(?))",
                [now, json.dumps(list(ours)), json.dumps(sorted(protected))])
            for sid, s in ours.items():
                if sid in protected:
                    continue
                self._upsert_slot(s, now)
        return len(ours)

    # --- delivery ---------------------------------------------------------------------------------
    def deliver(self, report: ClinicReport) -> None:
        self.store.execute("UPDATE clinic_appointments SET delivery = 'pending' WHERE delivery = 'sending'")
        self.store.execute("UPDATE clinic_appointments SET cancel_state = 'pending' WHERE cancel_state = 'sending'")
        while True:
            with self.store.atomic():
                rows = self.store.query("SELECT * FROM clinic_appointments WHERE delivery = 'pending'"
                                        " ORDER BY created_at LIMIT 1")
                if rows:
                    self.store.execute("UPDATE clinic_appointments SET delivery = 'sending', attempts = attempts + 1"
                                       " WHERE uuid = ?", [rows[0]["uuid"]])
            if not rows:
                break
            self._deliver_one(rows[0], report)
        while True:
            with self.store.atomic():
                rows = self.store.query("SELECT * FROM clinic_appointments WHERE cancel_state = 'pending'"
                                        " AND delivery = 'delivered' LIMIT 1")
                if rows:
                    self.store.execute("UPDATE clinic_appointments SET cancel_state = 'sending' WHERE uuid = ?",
                                       [rows[0]["uuid"]])
            if not rows:
                break
            self._cancel_one(rows[0], report)

    def _deliver_one(self, row: dict[str, Any], report: ClinicReport) -> None:
        uid = row["uuid"]
        try:
            answer = self.client.create_appointment(appointment_resource(row))
            if self.after_post:
                self.after_post(uid)
        except BaseException as exc:
            self.store.execute("UPDATE clinic_appointments SET delivery = 'pending', last_error = ? WHERE uuid = ?",
                               [str(exc)[:300], uid])
            raise
        now = iso_utc()
        if answer.status in (200, 201):
            if answer.status == 200:
                report.matched += 1
            else:
                report.created += 1
            with self.store.atomic():
                self.store.execute(
                    "UPDATE clinic_appointments SET delivery = 'delivered', server_id = ?, server_version = ?,"
                    " status = CASE WHEN status = 'cancelled' THEN 'cancelled' ELSE 'booked' END,"
                    " enp = NULL, birth_date = NULL, phone = NULL, last_error = NULL, updated_at = ? WHERE uuid = ?",
                    [answer.resource.get("id"), answer.version, now, uid])
            return
        if answer.status in (409, 422):
            alternatives = self._alternatives(row)
            reason_en, reason_ru = _diagnostics(answer.resource)
            report.refused += 1
            with self.store.atomic():
                self.store.execute(
                    "UPDATE clinic_appointments SET delivery = 'delivered', status = 'refused', alternatives = ?,"
                    " reason_en = ?, reason_ru = ?, cancel_state = NULL, enp = NULL, birth_date = NULL, phone = NULL,"
                    " updated_at = ? WHERE uuid = ?", [json.dumps(alternatives), reason_en, reason_ru, now, uid])
            log.info("appointment request %s refused by the server (%d alternatives)", row["receipt_number"],
                     len(alternatives))
            return
        self.store.execute("UPDATE clinic_appointments SET delivery = 'pending', last_error = ? WHERE uuid = ?",
                           [f"server answered {answer.status}", uid])
        raise RequestRefused(f"appointment refused with {answer.status}")

    def _cancel_one(self, row: dict[str, Any], report: ClinicReport) -> None:
        uid = row["uuid"]
        try:
            for _ in range(5):
                current = self.client.read("Appointment", row["server_id"])
                if current is None or current.resource.get("status") == "cancelled":
                    break
                resource = dict(current.resource)
                resource["status"] = "cancelled"
                answer = self.client.update(resource, current.version or "")
                if answer.status == 200:
                    break
                if answer.status != 412:  # stale version: read again and decide again
                    raise RequestRefused(f"cancel refused with {answer.status}")
            else:
                raise RequestRefused("cancel: the appointment keeps changing at the server")
        except BaseException as exc:
            self.store.execute("UPDATE clinic_appointments SET cancel_state = 'pending', last_error = ? WHERE uuid = ?",
                               [str(exc)[:300], uid])
            raise
        report.cancelled += 1
        self.store.execute("UPDATE clinic_appointments SET cancel_state = 'delivered', status = 'cancelled',"
                           " updated_at = ? WHERE uuid = ?", [iso_utc(), uid])

    def _alternatives(self, row: dict[str, Any]) -> list[dict[str, str]]:
        """The nearest free times of the same practitioner (from the server; locally if that fails)."""
        wanted = parse_utc(row["start_utc"])
        now = utcnow()
        try:
            found = [{"slot_id": s["id"], "start_utc": s["start"], "end_utc": s["end"]}
                     for s in self.client.search("Slot", {"schedule": f"Schedule/{row['schedule_id']}",
                                                           "status": "free", "start": f"gt{iso_utc(now)}",
                                                           "_count": PAGE})]
        except SyncError:
            found = [{"slot_id": s["id"], "start_utc": s["start_utc"], "end_utc": s["end_utc"]}
                     for s in self.store.query("SELECT id, start_utc, end_utc FROM slots WHERE schedule_id = ?"
                                               " AND status = 'free' AND start_utc > ?", [row["schedule_id"], iso_utc(now)])]
        found.sort(key=lambda s: abs((parse_utc(s["start_utc"]) - wanted).total_seconds()))
        return sorted(found[:ALTERNATIVES], key=lambda s: s["start_utc"])

    # --- pull -------------------------------------------------------------------------------------
    def _protected(self) -> set[str]:
        """Slots of this kiosk's bookings and cancels that the server does not know yet."""
        return {r[0] for r in self.store.execute(
            "SELECT slot_id FROM clinic_appointments WHERE delivery IN ('pending','sending')"
            " OR cancel_state IN ('pending','sending')").fetchall()}

    def pull(self, rtype: str) -> int:
        dataset = f"fhir:{rtype}"
        cursor = self.store.scalar("SELECT cursor FROM sync_datasets WHERE dataset = ?", [dataset])
        params: dict[str, Any] = {"_count": PAGE, "_sort": "_lastUpdated"}
        if cursor:
            params["_lastUpdated"] = f"ge{cursor}"
        n = 0
        batch: list[dict[str, Any]] = []
        last = cursor
        for resource in self.client.search(rtype, params):
            batch.append(resource)
            stamp = (resource.get("meta") or {}).get("lastUpdated")
            if stamp and (last is None or stamp > last):
                last = stamp
            if len(batch) >= PAGE:
                n += self._apply(rtype, batch)
                batch = []
        n += self._apply(rtype, batch)
        with self.store.atomic():
            self.store.execute(
                "INSERT INTO sync_datasets(dataset, cursor, last_pull_at) VALUES (?, ?, ?) ON CONFLICT(dataset)"
                " DO UPDATE SET cursor = excluded.cursor, last_pull_at = excluded.last_pull_at, last_error = NULL",
                [dataset, last, iso_utc()])
        return n

    def _apply(self, rtype: str, resources: list[dict[str, Any]]) -> int:
        if not resources:
            return 0
        now = iso_utc()
        applied = 0
        with self.store.atomic():
            protected = self._protected() if rtype == "Slot" else set()
            for r in resources:
                try:
                    if rtype == "Slot":
                        if r["id"] in protected:
                            continue
                        self._upsert_slot(r, now)
                    else:
                        getattr(self, f"_upsert_{rtype.lower()}")(r, now)
                    applied += 1
                except (KeyError, IndexError, TypeError, ValueError) as exc:
                    log.error("%s/%s from the FHIR server is malformed and was skipped (%s)", rtype, r.get("id"),
                              exc.__class__.__name__)
        return applied

    def _upsert(self, table: str, row: dict[str, Any]) -> None:
        cols = list(row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
        self.store.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                           f" ON CONFLICT(id) DO UPDATE SET {updates}", [row[c] for c in cols])

    def _upsert_organization(self, r: dict[str, Any], now: str) -> None:
        tz = next((e.get("valueCode") for e in r.get("extension", []) if e.get("url") == TIMEZONE_EXT), None)
        addresses = [a.get("text", "") for a in r.get("address", [])]
        phone = next((t.get("value", "") for t in r.get("telecom", []) if t.get("system") == "phone"), "")
        self._upsert("clinics", {
            "id": r["id"], "name_ru": r["name"], "name_en": (r.get("alias") or [r["name"]])[0],
            "address_ru": addresses[0] if addresses else "", "address_en": addresses[1] if len(addresses) > 1 else
            (addresses[0] if addresses else ""), "timezone": tz or "Europe/Moscow", "phone": phone, "updated_at": now})

    def _upsert_practitioner(self, r: dict[str, Any], now: str) -> None:
        names = r.get("name", [])
        ru = next((n for n in names if n.get("use") == "official"), names[0])
        en = next((n for n in names if n.get("use") == "usual"), ru)
        given = ru.get("given", [])
        self._upsert("practitioners", {
            "id": r["id"], "family_ru": ru.get("family", ""), "given_ru": given[0] if given else "",
            "patronymic_ru": given[1] if len(given) > 1 else "", "family_en": en.get("family", ""),
            "given_en": (en.get("given") or [""])[0], "gender": r.get("gender", "unknown"), "updated_at": now})

    def _upsert_practitionerrole(self, r: dict[str, Any], now: str) -> None:
        spec = r["specialty"][0]
        coding = spec["coding"][0]
        self.store.execute(
            "INSERT INTO specialties(code, system, name_ru, name_en) VALUES (?, ?, ?, ?) ON CONFLICT(code) DO UPDATE"
            " SET system = excluded.system, name_ru = excluded.name_ru, name_en = excluded.name_en",
            [coding["code"], coding.get("system", ""), spec.get("text") or coding.get("display", coding["code"]),
             coding.get("display") or spec.get("text", coding["code"])])
        room = next((e.get("valueString", "") for e in r.get("extension", []) if e.get("url") == ROOM_EXT), "")
        self._upsert("practitioner_roles", {
            "id": r["id"], "practitioner_id": r["practitioner"]["reference"].split("/", 1)[1],
            "clinic_id": r["organization"]["reference"].split("/", 1)[1], "specialty_code": coding["code"],
            "room": room, "updated_at": now})

    def _upsert_schedule(self, r: dict[str, Any], now: str) -> None:
        role = next(a["reference"].split("/", 1)[1] for a in r["actor"]
                    if a.get("reference", "").startswith("PractitionerRole/"))
        horizon = r.get("planningHorizon", {})
        self._upsert("schedules", {
            "id": r["id"], "practitioner_role_id": role, "active": 1 if r.get("active", True) else 0,
            "planning_start": iso_utc(parse_utc(horizon.get("start", now))),
            "planning_end": iso_utc(parse_utc(horizon.get("end", now))), "updated_at": now})

    def _upsert_slot(self, r: dict[str, Any], now: str) -> None:
        lease = lease_of(r)
        leased_until = iso_utc(parse_utc(lease[1])) if lease and lease[0] == self.kiosk_id else None
        status = r["status"]
        if status not in ("free", "busy", "busy-unavailable", "busy-tentative", "entered-in-error"):
            raise ValueError(status)
        self._upsert("slots", {
            "id": r["id"], "schedule_id": r["schedule"]["reference"].split("/", 1)[1],
            "start_utc": iso_utc(parse_utc(r["start"])), "end_utc": iso_utc(parse_utc(r["end"])),
            "status": status, "leased_until": leased_until, "updated_at": now})


def _diagnostics(outcome: dict[str, Any]) -> tuple[str, str]:
    issues = outcome.get("issue", []) if outcome.get("resourceType") == "OperationOutcome" else []
    first = issues[0] if issues else {}
    en = first.get("diagnostics") or "This time is no longer free."
    ru = (first.get("details") or {}).get("text") or "Это время уже занято."
    return en, ru


def make_clinic_sync(store: Store, *, base_url: str | None = None) -> ClinicSync:
    """A connector for a configured kiosk (raises :class:`kiosk.sync.config.ConfigError` otherwise).

    ``base_url`` (or the setting ``clinic.fhir_base``) points at another FHIR R4 server.
    """
    from kiosk.sync import config as cfg

    conf = cfg.load(store)
    base = base_url or store.get_setting(K_FHIR_BASE) or None
    return ClinicSync(store, FhirClient(conf, base_url=base))


def background_clinic_sync(store: Store) -> ClinicSync | None:
    """The connector for the periodic sync (``SyncService`` worker, ``main.py sync --once``), or
    ``None`` when this kiosk has no FHIR base: sync not configured, or ``clinic.enabled`` false.
    The FHIR base is ``clinic.fhir_base`` when set, else ``<backend>/fhir/R4``."""
    from kiosk.sync import config as cfg

    if store.get_setting(K_ENABLED, True) is False or not (store.get_setting(cfg.K_URL)
                                                           or store.get_setting(K_FHIR_BASE)):
        return None
    try:
        return make_clinic_sync(store)
    except cfg.ConfigError as exc:
        log.info("clinic connector not started: %s", exc)
        return None


def run_in_background(store: Store, sync: ClinicSync, *, pull: bool = True) -> ClinicReport:
    """One periodic run: deliver, pull, renew leases when due (``clinic.lease_renew_s``)."""
    every = store.get_setting(K_RENEW_EVERY, RENEW_EVERY_S)
    try:
        every = float(every)
    except (TypeError, ValueError):
        every = RENEW_EVERY_S
    return sync.run(pull=pull, renew_every_s=every)


def lease_deadline(now: dt.datetime | None = None) -> str:
    return iso_utc((now or utcnow()) + booking.LEASE_MARGIN)
