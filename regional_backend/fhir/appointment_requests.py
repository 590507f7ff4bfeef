"""Reading an Appointment create or update request: the identifier, slot, patient and its conditions."""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from typing import Any

from . import APPOINTMENT_ID_SYSTEM
from .errors import FhirError
from .search_params import ref_id, token


@dataclass(frozen=True)
class NewAppointment:
    """What :meth:`~regional_backend.fhir.interface.FhirStorage.book` takes, read from a create request."""

    data: dict[str, Any]
    ident: tuple[str, str]
    slot_id: str
    patient: tuple[str | None, str]
    if_none_exist: tuple[str | None, str] | None


def new_appointment(body: dict[str, Any], if_none_exist: str | None) -> NewAppointment:
    """The create request's body and ``If-None-Exist`` header; 400/422 when one cannot be booked."""
    if body.get("resourceType") != "Appointment":
        raise FhirError(400, "invalid", "Send an Appointment resource.", "Отправьте ресурс Appointment.")
    ident = next((i for i in body.get("identifier", []) if isinstance(i, dict) and i.get("value")), None)
    if ident is None:
        raise FhirError(422, "required", "An appointment needs an identifier made by the client.",
                        "У записи должен быть идентификатор, созданный клиентом.")
    slots = [s.get("reference", "") for s in body.get("slot", []) if isinstance(s, dict)]
    if len(slots) != 1 or not slots[0].startswith("Slot/"):
        raise FhirError(422, "required", "An appointment names exactly one Slot.", "Запись должна указывать один слот.")
    patient = None
    for p in body.get("participant", []):
        actor = p.get("actor", {}) if isinstance(p, dict) else {}
        if isinstance(actor.get("identifier"), dict) and actor["identifier"].get("value"):
            patient = (actor["identifier"].get("system"), actor["identifier"]["value"])
    if patient is None:
        raise FhirError(422, "required", "An appointment needs the patient's identifier (ENP).",
                        "В записи нет идентификатора пациента (ЕНП).")
    match = None
    if if_none_exist:
        query = urllib.parse.parse_qs(if_none_exist)
        if set(query) != {"identifier"} or len(query["identifier"]) != 1:
            raise FhirError(400, "not-supported", "If-None-Exist supports identifier=<system>|<value> only.",
                            "If-None-Exist: поддерживается только identifier=<system>|<value>.")
        match = token(query["identifier"][0])
    return NewAppointment(data={k: v for k, v in body.items() if k not in ("id", "meta")},
                          ident=(ident.get("system") or APPOINTMENT_ID_SYSTEM, ident["value"]),
                          slot_id=ref_id(slots[0], "Slot"), patient=patient, if_none_exist=match)


def update_data(aid: str, body: dict[str, Any]) -> dict[str, Any]:
    """The update body's data (without ``id``/``meta``); it must be this same Appointment."""
    if body.get("resourceType") != "Appointment" or body.get("id") != aid:
        raise FhirError(400, "invalid", "The body must be this Appointment (same id).",
                        "Тело должно быть этой же записью Appointment.")
    return {k: v for k, v in body.items() if k not in ("id", "meta")}


def if_match_version(header: str | None) -> int | None:
    """The version an ``If-Match: W/"<n>"`` header names (``None`` without the header)."""
    if not header:
        return None
    text = header.strip()
    text = text[2:] if text.startswith("W/") else text
    try:
        return int(text.strip('"'))
    except ValueError:
        raise FhirError(400, "invalid", "If-Match must be W/\"<versionId>\".",
                        "If-Match должен иметь вид W/\"<versionId>\".") from None
