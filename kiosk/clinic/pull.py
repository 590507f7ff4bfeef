"""Pull the clinic's FHIR resources (organizations, practitioners, roles, schedules, slots) into the local tables."""

from __future__ import annotations

import logging
from typing import Any

from offline_db.store import Store, iso_utc, parse_utc

from .fhir_client import ROOM_EXT, TIMEZONE_EXT, FhirClient, lease_of

log = logging.getLogger(__name__)

PAGE = 500


def protected_slots(store: Store) -> set[str]:
    """Slots of this kiosk's bookings and cancels that the server does not know yet."""
    return {r[0] for r in store.execute(
        "SELECT slot_id FROM clinic_appointments WHERE delivery IN ('pending','sending')"
        " OR cancel_state IN ('pending','sending')").fetchall()}


def pull(store: Store, client: FhirClient, rtype: str, *, kiosk_id: str) -> int:
    """Pull one resource type changed since the last pull into its local table; returns how many applied."""
    dataset = f"fhir:{rtype}"
    cursor = store.scalar("SELECT cursor FROM sync_datasets WHERE dataset = ?", [dataset])
    params: dict[str, Any] = {"_count": PAGE, "_sort": "_lastUpdated"}
    if cursor:
        params["_lastUpdated"] = f"ge{cursor}"
    n = 0
    batch: list[dict[str, Any]] = []
    last = cursor
    for resource in client.search(rtype, params):
        batch.append(resource)
        stamp = (resource.get("meta") or {}).get("lastUpdated")
        if stamp and (last is None or stamp > last):
            last = stamp
        if len(batch) >= PAGE:
            n += _apply(store, rtype, batch, kiosk_id)
            batch = []
    n += _apply(store, rtype, batch, kiosk_id)
    with store.atomic():
        store.execute(
            "INSERT INTO sync_datasets(dataset, cursor, last_pull_at) VALUES (?, ?, ?) ON CONFLICT(dataset)"
            " DO UPDATE SET cursor = excluded.cursor, last_pull_at = excluded.last_pull_at, last_error = NULL",
            [dataset, last, iso_utc()])
    return n


def _apply(store: Store, rtype: str, resources: list[dict[str, Any]], kiosk_id: str) -> int:
    if not resources:
        return 0
    now = iso_utc()
    applied = 0
    with store.atomic():
        protected = protected_slots(store) if rtype == "Slot" else set()
        for r in resources:
            try:
                if rtype == "Slot":
                    if r["id"] in protected:
                        continue
                    upsert_slot(store, r, now, kiosk_id=kiosk_id)
                else:
                    _UPSERTS[rtype](store, r, now)
                applied += 1
            except (KeyError, IndexError, TypeError, ValueError) as exc:
                log.error("%s/%s from the FHIR server is malformed and was skipped (%s)", rtype, r.get("id"),
                          exc.__class__.__name__)
    return applied


def _upsert(store: Store, table: str, row: dict[str, Any]) -> None:
    cols = list(row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    store.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                  f" ON CONFLICT(id) DO UPDATE SET {updates}", [row[c] for c in cols])


def _upsert_organization(store: Store, r: dict[str, Any], now: str) -> None:
    tz = next((e.get("valueCode") for e in r.get("extension", []) if e.get("url") == TIMEZONE_EXT), None)
    addresses = [a.get("text", "") for a in r.get("address", [])]
    phone = next((t.get("value", "") for t in r.get("telecom", []) if t.get("system") == "phone"), "")
    _upsert(store, "clinics", {
        "id": r["id"], "name_ru": r["name"], "name_en": (r.get("alias") or [r["name"]])[0],
        "address_ru": addresses[0] if addresses else "", "address_en": addresses[1] if len(addresses) > 1 else
        (addresses[0] if addresses else ""), "timezone": tz or "Europe/Moscow", "phone": phone, "updated_at": now})


def _upsert_practitioner(store: Store, r: dict[str, Any], now: str) -> None:
    names = r.get("name", [])
    ru = next((n for n in names if n.get("use") == "official"), names[0])
    en = next((n for n in names if n.get("use") == "usual"), ru)
    given = ru.get("given", [])
    _upsert(store, "practitioners", {
        "id": r["id"], "family_ru": ru.get("family", ""), "given_ru": given[0] if given else "",
        "patronymic_ru": given[1] if len(given) > 1 else "", "family_en": en.get("family", ""),
        "given_en": (en.get("given") or [""])[0], "gender": r.get("gender", "unknown"), "updated_at": now})


def _upsert_practitionerrole(store: Store, r: dict[str, Any], now: str) -> None:
    spec = r["specialty"][0]
    coding = spec["coding"][0]
    store.execute(
        "INSERT INTO specialties(code, system, name_ru, name_en) VALUES (?, ?, ?, ?) ON CONFLICT(code) DO UPDATE"
        " SET system = excluded.system, name_ru = excluded.name_ru, name_en = excluded.name_en",
        [coding["code"], coding.get("system", ""), spec.get("text") or coding.get("display", coding["code"]),
         coding.get("display") or spec.get("text", coding["code"])])
    room = next((e.get("valueString", "") for e in r.get("extension", []) if e.get("url") == ROOM_EXT), "")
    _upsert(store, "practitioner_roles", {
        "id": r["id"], "practitioner_id": r["practitioner"]["reference"].split("/", 1)[1],
        "clinic_id": r["organization"]["reference"].split("/", 1)[1], "specialty_code": coding["code"],
        "room": room, "updated_at": now})


def _upsert_schedule(store: Store, r: dict[str, Any], now: str) -> None:
    role = next(a["reference"].split("/", 1)[1] for a in r["actor"]
                if a.get("reference", "").startswith("PractitionerRole/"))
    horizon = r.get("planningHorizon", {})
    _upsert(store, "schedules", {
        "id": r["id"], "practitioner_role_id": role, "active": 1 if r.get("active", True) else 0,
        "planning_start": iso_utc(parse_utc(horizon.get("start", now))),
        "planning_end": iso_utc(parse_utc(horizon.get("end", now))), "updated_at": now})


def upsert_slot(store: Store, r: dict[str, Any], now: str, *, kiosk_id: str) -> None:
    """A Slot as its local row; ``leased_until`` only for a lease held by this kiosk."""
    lease = lease_of(r)
    leased_until = iso_utc(parse_utc(lease[1])) if lease and lease[0] == kiosk_id else None
    status = r["status"]
    if status not in ("free", "busy", "busy-unavailable", "busy-tentative", "entered-in-error"):
        raise ValueError(status)
    _upsert(store, "slots", {
        "id": r["id"], "schedule_id": r["schedule"]["reference"].split("/", 1)[1],
        "start_utc": iso_utc(parse_utc(r["start"])), "end_utc": iso_utc(parse_utc(r["end"])),
        "status": status, "leased_until": leased_until, "updated_at": now})


_UPSERTS = {"Organization": _upsert_organization, "Practitioner": _upsert_practitioner,
            "PractitionerRole": _upsert_practitionerrole, "Schedule": _upsert_schedule}
