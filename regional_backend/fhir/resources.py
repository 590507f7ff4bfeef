"""Stored rows → FHIR R4 JSON (Organization, Practitioner, PractitionerRole, Schedule, Slot, …).

Conventions the kiosk's connector relies on (``docs/fhir-leases.md``):
  * bilingual names: Organization.name is Russian, ``alias[0]`` English; Practitioner.name[0]
    (``official``) Russian with given + patronymic, name[1] (``usual``) English; address[0]
    Russian, address[1] English; a specialty's coding display is English, its text Russian;
  * a clinic's IANA time zone is the standard ``timezone`` extension on Organization;
  * a leased slot is ``busy-tentative`` and carries the ``slot-lease`` extension (kiosk, expiry).
"""

from __future__ import annotations

from typing import Any

from . import FHIR_BASE, LEASE_EXT, ROOM_EXT, TIMEZONE_EXT
from .instants import fmt_instant, parse_instant, utcnow


def _meta(version: int, last_updated: str) -> dict[str, Any]:
    return {"versionId": str(version), "lastUpdated": last_updated}


def _instant(text: str) -> str:
    """FHIR instant with seconds precision (``2026-11-21T05:30:00Z``)."""
    return parse_instant(text).strftime("%Y-%m-%dT%H:%M:%SZ")


def organization(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "resourceType": "Organization", "id": row["id"], "meta": _meta(row["_version"], row["_last_updated"]),
        "extension": [{"url": TIMEZONE_EXT, "valueCode": row["timezone"]}],
        "active": True, "name": row["name_ru"], "alias": [row["name_en"]],
        "address": [{"use": "work", "text": row["address_ru"]}, {"use": "work", "text": row["address_en"]}],
    }
    if row.get("phone"):
        out["telecom"] = [{"system": "phone", "value": row["phone"], "use": "work"}]
    return out


def practitioner(row: dict[str, Any]) -> dict[str, Any]:
    given_ru = [g for g in (row["given_ru"], row.get("patronymic_ru") or "") if g]
    return {
        "resourceType": "Practitioner", "id": row["id"], "meta": _meta(row["_version"], row["_last_updated"]),
        "active": True,
        "name": [{"use": "official", "family": row["family_ru"], "given": given_ru},
                 {"use": "usual", "family": row["family_en"], "given": [row["given_en"]]}],
        "gender": row.get("gender") or "unknown",
    }


def _specialty(spec: dict[str, Any] | None, code: str) -> dict[str, Any]:
    if spec is None:
        return {"coding": [{"code": code}]}
    return {"coding": [{"system": spec["system"], "code": spec["code"], "display": spec["name_en"]}],
            "text": spec["name_ru"]}


def practitioner_role(row: dict[str, Any], spec: dict[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "resourceType": "PractitionerRole", "id": row["id"], "meta": _meta(row["_version"], row["_last_updated"]),
        "active": True,
        "practitioner": {"reference": f"Practitioner/{row['practitioner_id']}"},
        "organization": {"reference": f"Organization/{row['clinic_id']}"},
        "specialty": [_specialty(spec, row["specialty_code"])],
    }
    if row.get("room"):
        out["extension"] = [{"url": ROOM_EXT, "valueString": row["room"]}]
    return out


def schedule(row: dict[str, Any], role: dict[str, Any] | None) -> dict[str, Any]:
    actors = [{"reference": f"PractitionerRole/{row['practitioner_role_id']}"}]
    if role:
        actors.append({"reference": f"Practitioner/{role['practitioner_id']}"})
    return {
        "resourceType": "Schedule", "id": row["id"], "meta": _meta(row["_version"], row["_last_updated"]),
        "active": bool(row.get("active", 1)), "actor": actors,
        "planningHorizon": {"start": _instant(row["planning_start"]), "end": _instant(row["planning_end"])},
    }


def slot(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "resourceType": "Slot", "id": row["id"], "meta": _meta(row["version"], row["last_updated"]),
        "schedule": {"reference": f"Schedule/{row['schedule_id']}"},
        "status": row["status"], "start": _instant(row["start"]), "end": _instant(row["end"]),
    }
    if row["status"] == "busy-tentative" and row.get("lease_kiosk"):
        out["extension"] = [{"url": LEASE_EXT, "extension": [
            {"url": "kiosk", "valueString": row["lease_kiosk"]},
            {"url": "expires", "valueInstant": _instant(row["lease_until"])}]}]
    return out


def appointment(row: dict[str, Any]) -> dict[str, Any]:
    data = dict(row["data"])
    data.update({"resourceType": "Appointment", "id": row["id"], "meta": _meta(row["version"], row["last_updated"]),
                 "status": row["status"]})
    return data


def operation_outcome(severity: str, code: str, message: str, message_ru: str = "",
                      extra: dict[str, Any] | None = None) -> dict[str, Any]:
    issue: dict[str, Any] = {"severity": severity, "code": code, "diagnostics": message}
    if message_ru:
        issue["details"] = {"text": message_ru}
    out: dict[str, Any] = {"resourceType": "OperationOutcome", "issue": [issue]}
    if extra:
        out["issue"].append({"severity": "information", "code": "informational",
                             "diagnostics": " ".join(f"{k}={v}" for k, v in extra.items())})
    return out


def bundle(kind: str, resources: list[dict[str, Any]], base_url: str, *, total: int | None = None,
           self_url: str = "", next_url: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"resourceType": "Bundle", "type": kind, "meta": {"lastUpdated": fmt_now()}}
    if total is not None:
        out["total"] = total
    links = []
    if self_url:
        links.append({"relation": "self", "url": self_url})
    if next_url:
        links.append({"relation": "next", "url": next_url})
    if links:
        out["link"] = links
    entries = []
    for res in resources:
        entry: dict[str, Any] = {"fullUrl": f"{base_url}{FHIR_BASE}/{res['resourceType']}/{res['id']}", "resource": res}
        if kind == "searchset":
            entry["search"] = {"mode": "match"}
        entries.append(entry)
    if entries:
        out["entry"] = entries
    return out


def fmt_now() -> str:
    return fmt_instant(utcnow())
