"""Clinic booking on the kiosk's local store: what may be booked, and the booking itself.

Modes (setting ``clinic.mode``, decided by the connector, see ``kiosk/clinic/sync.py``):
  * ``lease``: the backend leased slots to this kiosk.  Only those are offered, and a booking on one
    is confirmed on screen at once: the backend accepts the lessee's booking whenever it arrives.
  * ``provisional`` (a plain FHIR R4 server, or no backend yet): free slots are offered and a
    booking is a *request*; the connector books it online (at once when connected), or it is
    refused and the citizen sees the nearest free alternatives at the status check.

Everything is checked before anything is written: an invalid ENP, a birth date in the future, a
slot in the past, a practitioner without a schedule each raise :class:`BookingError` and leave
the store unchanged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid as uuidlib
from dataclasses import dataclass
from typing import Any

from mfc_rules import identifiers as ids
from mfc_rules.receipts import receipt_number
from offline_db import clock
from offline_db.store import Store, iso_utc, parse_utc, utcnow

MODE_KEY = "clinic.mode"
MODES = ("lease", "provisional")
#: A leased slot is not offered in its last minutes of lease (the kiosk clock may be a little off).
LEASE_MARGIN = dt.timedelta(minutes=5)
ACTIVE = ("booked", "requested")


class BookingError(ValueError):
    """A booking that cannot be made; ``code`` names the reason (the UI has a message for each)."""

    def __init__(self, code: str, field: str = ""):
        super().__init__(code)
        self.code, self.field = code, field


@dataclass(frozen=True)
class Patient:
    enp: str
    birth_date: dt.date
    phone: str | None = None

    @property
    def key(self) -> str:
        return patient_key(self.enp, self.birth_date)


def patient_key(enp: str, birth_date: dt.date) -> str:
    return hashlib.sha256(f"{ids.digits_only(enp)}|{birth_date.isoformat()}".encode()).hexdigest()


def mask_enp(enp: str) -> str:
    digits = ids.digits_only(enp)
    return "•" * (len(digits) - 4) + digits[-4:]


def parse_birth_date(text: str) -> dt.date | None:
    """``DD.MM.YYYY`` (or ISO ``YYYY-MM-DD``); ``None`` when it is not a date."""
    text = (text or "").strip()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def check_patient(enp: str, birth_text: str, phone: str = "", *, today: dt.date | None = None
                  ) -> tuple[dict[str, str], Patient | None]:
    """Field → error code (empty when all is well) and the patient when valid."""
    today = today or clock.today()
    errors: dict[str, str] = {}
    problem = ids.validate_enp(enp)
    if problem is not None:
        errors["enp"] = f"enp_{problem.value}"
    birth = parse_birth_date(birth_text)
    if not (birth_text or "").strip():
        errors["birth_date"] = "birth_empty"
    elif birth is None:
        errors["birth_date"] = "birth_format"
    elif birth > today:
        errors["birth_date"] = "birth_future"
    elif birth.year < today.year - 130:
        errors["birth_date"] = "birth_too_old"
    normal_phone = None
    if (phone or "").strip():
        if ids.validate_phone(phone, mobile=True) is not None:
            errors["phone"] = "phone_invalid"
        else:
            normal_phone = ids.normalize_phone(phone)
    if errors:
        return errors, None
    assert birth is not None
    return {}, Patient(ids.digits_only(enp), birth, normal_phone)


def mode(store: Store) -> str:
    value = store.get_setting(MODE_KEY, "provisional")
    return value if value in MODES else "provisional"


# --- browsing ----------------------------------------------------------------------------------
def clinics(store: Store) -> list[dict[str, Any]]:
    return store.query("SELECT id, name_ru, name_en, address_ru, address_en, timezone, phone FROM clinics"
                       " ORDER BY name_ru")


def specialties(store: Store, clinic_id: str) -> list[dict[str, Any]]:
    return store.query(
        "SELECT DISTINCT sp.code, sp.name_ru, sp.name_en FROM practitioner_roles r JOIN specialties sp"
        " ON sp.code = r.specialty_code WHERE r.clinic_id = ? ORDER BY sp.name_ru", [clinic_id])


def practitioners(store: Store, clinic_id: str, specialty: str) -> list[dict[str, Any]]:
    """Roles of ``specialty`` in the clinic with the practitioner's names; ``has_schedule`` 0/1."""
    return store.query(
        "SELECT r.id AS role_id, r.room, p.id AS practitioner_id, p.family_ru, p.given_ru, p.patronymic_ru,"
        " p.family_en, p.given_en, EXISTS(SELECT 1 FROM schedules s WHERE s.practitioner_role_id = r.id"
        " AND s.active = 1) AS has_schedule FROM practitioner_roles r JOIN practitioners p"
        " ON p.id = r.practitioner_id WHERE r.clinic_id = ? AND r.specialty_code = ?"
        " ORDER BY p.family_ru, p.given_ru", [clinic_id, specialty])


def _bookable(mode_: str, now: dt.datetime) -> tuple[str, list[Any]]:
    if mode_ == "lease":
        return "s.status = 'busy-tentative' AND s.leased_until > ?", [iso_utc(now + LEASE_MARGIN)]
    return "s.status = 'free'", []


def open_slots(store: Store, role_id: str, *, now: dt.datetime | None = None,
               mode_: str | None = None) -> list[dict[str, Any]]:
    """Bookable future slots of a practitioner role, earliest first (``start_utc``, ``end_utc``, ``id``)."""
    now = now or utcnow()
    cond, args = _bookable(mode_ or mode(store), now)
    return store.query(
        f"SELECT s.id, s.start_utc, s.end_utc, s.schedule_id, s.leased_until FROM schedules sc JOIN slots s"
        f" ON s.schedule_id = sc.id WHERE sc.practitioner_role_id = ? AND sc.active = 1 AND {cond}"
        f" AND s.start_utc > ? AND s.id NOT IN (SELECT slot_id FROM clinic_appointments WHERE status IN"
        f" ('booked','requested')) ORDER BY s.start_utc", [role_id, *args, iso_utc(now)])


def specialty_free_slots(store: Store, specialty: str, start_utc: str, end_utc: str, *, limit: int = 50,
                         indexed: bool = True) -> list[dict[str, Any]]:
    """The earliest free slots of a specialty in a time range, over all clinics: the search that
    ``benchmarks/clinic.py`` measures.  It walks the ``slots_free_by_start`` partial index in time
    order and stops after ``limit`` matches; ``indexed=False`` is the same query on a table scan."""
    hint = "INDEXED BY slots_free_by_start" if indexed else "NOT INDEXED"
    return store.query(
        f"SELECT s.id, s.start_utc, r.id AS role_id, r.clinic_id FROM slots s {hint}"
        " JOIN schedules sc ON sc.id = s.schedule_id JOIN practitioner_roles r ON r.id = sc.practitioner_role_id"
        " WHERE s.status = 'free' AND s.start_utc >= ? AND s.start_utc < ? AND r.specialty_code = ?"
        " ORDER BY s.start_utc, s.id LIMIT ?", [start_utc, end_utc, specialty, limit])


# --- booking -----------------------------------------------------------------------------------
def book(store: Store, slot_id: str, patient: Patient, *, now: dt.datetime | None = None,
         item_uuid: str | None = None, assisted_by: str | None = None) -> dict[str, Any]:
    """Book ``slot_id`` for ``patient`` in one transaction; returns the appointment row.

    ``assisted_by``: the clerk's marker when staff booked for a visitor (assisted mode).

    Raises :class:`BookingError`: ``slot_unknown``, ``slot_past``, ``no_schedule``, ``slot_taken``
    (booked here already, or not bookable in the current mode: e.g. not leased to this kiosk).
    """
    now = now or utcnow()
    problem = ids.validate_enp(patient.enp)
    if problem is not None:
        raise BookingError(f"enp_{problem.value}", "enp")
    if patient.birth_date > now.date():
        raise BookingError("birth_future", "birth_date")
    mode_ = mode(store)
    uid = str(uuidlib.UUID(item_uuid)) if item_uuid else str(uuidlib.uuid4())
    with store.atomic():
        rows = store.query(
            "SELECT s.id, s.schedule_id, s.start_utc, s.end_utc, s.status, s.leased_until, sc.active,"
            " r.id AS role_id, r.practitioner_id, r.clinic_id, r.specialty_code FROM slots s"
            " JOIN schedules sc ON sc.id = s.schedule_id JOIN practitioner_roles r ON r.id = sc.practitioner_role_id"
            " WHERE s.id = ?", [slot_id])
        if not rows:
            raise BookingError("slot_unknown", "slot")
        slot = rows[0]
        if not slot["active"]:
            raise BookingError("no_schedule", "slot")
        if parse_utc(slot["start_utc"]) <= now:
            raise BookingError("slot_past", "slot")
        if store.scalar("SELECT 1 FROM clinic_appointments WHERE slot_id = ? AND status IN ('booked','requested')",
                        [slot_id]):
            raise BookingError("slot_taken", "slot")
        if mode_ == "lease":
            ok = (slot["status"] == "busy-tentative" and slot["leased_until"] is not None
                  and parse_utc(slot["leased_until"]) > now + LEASE_MARGIN)
        else:
            ok = slot["status"] == "free"
        if not ok:
            raise BookingError("slot_taken", "slot")
        stamp = iso_utc(now)
        store.execute(
            "INSERT INTO clinic_appointments(uuid, receipt_number, slot_id, schedule_id, practitioner_role_id,"
            " practitioner_id, clinic_id, specialty_code, start_utc, end_utc, patient_key, enp_masked, enp,"
            " birth_date, phone, mode, lease_until, status, delivery, created_at, updated_at, assisted_by)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'pending',?,?,?)",
            [uid, receipt_number(uid), slot_id, slot["schedule_id"], slot["role_id"], slot["practitioner_id"],
             slot["clinic_id"], slot["specialty_code"], slot["start_utc"], slot["end_utc"], patient.key,
             mask_enp(patient.enp), patient.enp, patient.birth_date.isoformat(), patient.phone, mode_,
             slot["leased_until"] if mode_ == "lease" else None,
             "booked" if mode_ == "lease" else "requested", stamp, stamp, assisted_by or None])
        store.execute("UPDATE slots SET status = 'busy', updated_at = ? WHERE id = ?", [stamp, slot_id])
    return appointment(store, uid)  # type: ignore[return-value]


def appointment(store: Store, uid: str) -> dict[str, Any] | None:
    rows = store.query(_DISPLAY + " WHERE a.uuid = ?", [uid])
    return _decode(rows[0]) if rows else None


def by_receipt(store: Store, receipt: str) -> dict[str, Any] | None:
    from mfc_rules.receipts import normalise_receipt

    rows = store.query(_DISPLAY + " WHERE a.receipt_number = ?", [normalise_receipt(receipt)])
    return _decode(rows[0]) if rows else None


_DISPLAY = (
    "SELECT a.*, c.name_ru AS clinic_ru, c.name_en AS clinic_en, c.address_ru, c.address_en, c.timezone,"
    " c.phone AS clinic_phone, p.family_ru, p.given_ru, p.patronymic_ru, p.family_en, p.given_en,"
    " sp.name_ru AS specialty_ru, sp.name_en AS specialty_en, r.room FROM clinic_appointments a"
    " LEFT JOIN clinics c ON c.id = a.clinic_id LEFT JOIN practitioners p ON p.id = a.practitioner_id"
    " LEFT JOIN specialties sp ON sp.code = a.specialty_code LEFT JOIN practitioner_roles r ON r.id = a.practitioner_role_id")


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    row["alternatives"] = json.loads(row.get("alternatives") or "[]")
    row["timezone"] = row.get("timezone") or "Europe/Ulyanovsk"
    return row


def my_appointments(store: Store, enp: str, birth_date: dt.date, *, now: dt.datetime | None = None
                    ) -> list[dict[str, Any]]:
    """The patient's appointments booked at this kiosk: upcoming ones, plus refused and cancelled
    ones whose time has not passed (so the citizen sees every outcome), earliest first."""
    now = now or utcnow()
    rows = store.query(_DISPLAY + " WHERE a.patient_key = ? AND a.start_utc > ? ORDER BY a.start_utc",
                       [patient_key(enp, birth_date), iso_utc(now - dt.timedelta(hours=1))])
    return [_decode(r) for r in rows]


def cancel(store: Store, uid: str, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """Cancel at the citizen's request; returns the updated row.

    Not delivered yet → never sent (the slot returns to this kiosk's pool); being sent or delivered
    → the connector cancels it at the backend with ``If-Match`` (``cancel_state = 'pending'``).
    """
    now = now or utcnow()
    stamp = iso_utc(now)
    with store.atomic():
        row = appointment(store, uid)
        if row is None:
            raise BookingError("unknown_appointment")
        if row["status"] not in ACTIVE:
            raise BookingError("not_active")
        if parse_utc(row["start_utc"]) <= now:
            raise BookingError("slot_past")
        if row["delivery"] == "pending":
            store.execute("UPDATE clinic_appointments SET status = 'cancelled', delivery = 'not_sent', enp = NULL,"
                          " birth_date = NULL, phone = NULL, updated_at = ? WHERE uuid = ?", [stamp, uid])
            if row["mode"] == "lease":
                store.execute("UPDATE slots SET status = 'busy-tentative', leased_until = ?, updated_at = ?"
                              " WHERE id = ?", [row["lease_until"], stamp, row["slot_id"]])
            else:
                store.execute("UPDATE slots SET status = 'free', updated_at = ? WHERE id = ?", [stamp, row["slot_id"]])
        else:
            store.execute("UPDATE clinic_appointments SET status = 'cancelled', cancel_state = 'pending',"
                          " updated_at = ? WHERE uuid = ?", [stamp, uid])
    out = appointment(store, uid)
    assert out is not None
    return out


def undelivered_count(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM clinic_appointments WHERE delivery IN ('pending','sending')"
                            " OR cancel_state IN ('pending','sending')"))


def state_of(row: dict[str, Any]) -> str:
    """What to tell the citizen: booked | requested | cancelled | refused (| cancelling)."""
    return row["status"]
