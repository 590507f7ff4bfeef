"""A small FHIR R4 client: search with paging, read, conditional create, versioned update, and the
``Slot/$lease`` extension.  Only standard interactions besides the lease, so it works against any
FHIR R4 server (which then simply has no leases).  Qt-free; requests go through the kiosk's one
bounded transport (:mod:`kiosk.sync.transport`: every request bounded as a whole, answers over
the size limit refused unread), failures raised as :mod:`kiosk.sync.client` errors.
"""

from __future__ import annotations

import json
import logging
import urllib.parse
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kiosk.sync.client import AuthError, MalformedResponse, RequestRefused, TransientError
from kiosk.sync.config import SyncConfig
from kiosk.sync.transport import HttpReply, Transport

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

FHIR_JSON = "application/fhir+json"
APPOINTMENT_ID_SYSTEM = "urn:ietf:rfc:3986"
ENP_SYSTEM = "https://mfc-kiosk.example/fhir/sid/enp"
LEASE_EXT = "https://mfc-kiosk.example/fhir/StructureDefinition/slot-lease"
ROOM_EXT = "https://mfc-kiosk.example/fhir/StructureDefinition/practitioner-role-room"
TIMEZONE_EXT = "http://hl7.org/fhir/StructureDefinition/timezone"
MAX_PAGES = 10_000


@dataclass(frozen=True)
class Answer:
    status: int
    resource: dict[str, Any]
    etag: str | None = None

    @property
    def version(self) -> str | None:
        if self.etag:
            return self.etag.removeprefix("W/").strip('"')
        return (self.resource.get("meta") or {}).get("versionId")


class FhirClient:
    """One FHIR R4 endpoint (default: ``<backend>/fhir/R4``) for one kiosk."""

    def __init__(self, config: SyncConfig, *, base_url: str | None = None, session: requests.Session | None = None):
        self.base = (base_url or config.backend_url.rstrip("/") + "/fhir/R4").rstrip("/")
        self.transport = Transport(config, accept=FHIR_JSON, peer="the FHIR server", session=session)
        self.kiosk_id = config.kiosk_id

    def close(self) -> None:
        self.transport.close()

    # --- transport ------------------------------------------------------------------------------
    def _request(self, method: str, url: str, *, body: Mapping[str, Any] | None = None,
                 headers: Mapping[str, str] | None = None, ok: tuple[int, ...] = (200,)) -> HttpReply:
        if not url.startswith("http"):
            url = f"{self.base}/{url.lstrip('/')}"
        h = dict(headers or {})
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            h["Content-Type"] = FHIR_JSON
        response = self.transport.request(method, url, what=f"FHIR {method}", data=data, headers=h)
        if response.status_code in (401, 403):
            raise AuthError(f"FHIR server refused the kiosk token ({response.status_code})", response.status_code)
        if response.status_code == 429 or response.status_code >= 500:
            from kiosk.sync.backoff import parse_retry_after

            raise TransientError(f"FHIR server answered {response.status_code}",
                                 parse_retry_after(response.headers.get("Retry-After")))
        if response.status_code not in ok:
            return response
        return response

    @staticmethod
    def _json(response: HttpReply, resource_type: str | None = None) -> dict[str, Any]:
        ctype = response.headers.get("Content-Type", "").split(";")[0].strip()
        if ctype not in (FHIR_JSON, "application/json"):
            raise MalformedResponse(f"FHIR answer is {ctype or 'untyped'}, not FHIR JSON")
        try:
            body = response.json()
        except ValueError as exc:
            raise MalformedResponse("FHIR answer is not JSON") from exc
        if not isinstance(body, dict) or not isinstance(body.get("resourceType"), str):
            raise MalformedResponse("FHIR answer is not a resource")
        if resource_type and body["resourceType"] != resource_type:
            raise MalformedResponse(f"expected {resource_type}, got {body['resourceType']}")
        return body

    @staticmethod
    def _refused(response: HttpReply, what: str) -> RequestRefused:
        try:
            diag = "; ".join(i.get("diagnostics", "") for i in response.json().get("issue", []))
        except (ValueError, AttributeError):
            diag = ""
        return RequestRefused(f"{what}: {response.status_code} {diag}".strip())

    # --- interactions ---------------------------------------------------------------------------
    def capabilities(self) -> dict[str, Any]:
        response = self._request("GET", "metadata")
        if response.status_code != 200:
            raise self._refused(response, "metadata")
        return self._json(response, "CapabilityStatement")

    def supports_leases(self) -> bool:
        """The CapabilityStatement names the ``lease`` operation on Slot."""
        caps = self.capabilities()
        for rest in caps.get("rest", []):
            for resource in rest.get("resource", []):
                if resource.get("type") == "Slot":
                    return any(op.get("name") == "lease" for op in resource.get("operation", []))
        return False

    def search(self, resource_type: str, params: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
        """Every matching resource, following ``next`` links."""
        url = f"{self.base}/{resource_type}?{urllib.parse.urlencode(params, doseq=True)}"
        for _ in range(MAX_PAGES):
            response = self._request("GET", url)
            if response.status_code != 200:
                raise self._refused(response, f"search {resource_type}")
            bundle = self._json(response, "Bundle")
            for entry in bundle.get("entry", []) or []:
                resource = entry.get("resource") if isinstance(entry, dict) else None
                if isinstance(resource, dict) and resource.get("resourceType") == resource_type:
                    yield resource
            url = next((link.get("url") for link in bundle.get("link", []) or [] if link.get("relation") == "next"), None)
            if not url:
                return
        raise MalformedResponse("too many pages in one search")

    def read(self, resource_type: str, rid: str) -> Answer | None:
        response = self._request("GET", f"{resource_type}/{urllib.parse.quote(rid)}", ok=(200, 404, 410))
        if response.status_code in (404, 410):
            return None
        if response.status_code != 200:
            raise self._refused(response, f"read {resource_type}")
        return Answer(200, self._json(response, resource_type), response.headers.get("ETag"))

    def create_appointment(self, resource: dict[str, Any]) -> Answer:
        """Conditional create on the appointment's identifier: 201 created, 200 existed; a 409/412/4xx
        answer comes back as it is (resource = the OperationOutcome)."""
        ident = resource["identifier"][0]
        condition = urllib.parse.urlencode({"identifier": f"{ident['system']}|{ident['value']}"})
        response = self._request("POST", "Appointment", body=resource, headers={"If-None-Exist": condition},
                                 ok=(200, 201))
        body = self._json(response)
        return Answer(response.status_code, body, response.headers.get("ETag"))

    def update(self, resource: dict[str, Any], version: str) -> Answer:
        response = self._request("PUT", f"{resource['resourceType']}/{resource['id']}", body=resource,
                                 headers={"If-Match": f'W/"{version}"'})
        return Answer(response.status_code, self._json(response), response.headers.get("ETag"))

    def lease(self, *, share: float | None = None, count: int | None = None) -> list[dict[str, Any]] | None:
        """Renew and top up this kiosk's leases; ``None`` when the server has no lease operation."""
        params: list[dict[str, Any]] = []
        if share is not None:
            params.append({"name": "share", "valueDecimal": share})
        if count is not None:
            params.append({"name": "count", "valueInteger": count})
        response = self._request("POST", "Slot/$lease", body={"resourceType": "Parameters", "parameter": params})
        if response.status_code in (404, 405, 501):
            return None
        if response.status_code != 200:
            raise self._refused(response, "lease")
        bundle = self._json(response, "Bundle")
        return [e["resource"] for e in bundle.get("entry", []) or []
                if isinstance(e, dict) and isinstance(e.get("resource"), dict)
                and e["resource"].get("resourceType") == "Slot"]


def lease_of(slot: Mapping[str, Any]) -> tuple[str, str] | None:
    """(kiosk, expires) of a slot's lease extension, if any."""
    for ext in slot.get("extension", []) or []:
        if ext.get("url") == LEASE_EXT:
            parts = {e.get("url"): e for e in ext.get("extension", [])}
            kiosk = parts.get("kiosk", {}).get("valueString")
            expires = parts.get("expires", {}).get("valueInstant")
            if kiosk and expires:
                return kiosk, expires
    return None


def appointment_resource(row: Mapping[str, Any]) -> dict[str, Any]:
    """The FHIR Appointment for a local booking (personal data in a contained Patient)."""
    patient: dict[str, Any] = {"resourceType": "Patient", "id": "patient",
                               "identifier": [{"system": ENP_SYSTEM, "value": row["enp"]}],
                               "birthDate": row["birth_date"]}
    if row.get("phone"):
        patient["telecom"] = [{"system": "phone", "value": row["phone"], "use": "mobile"}]
    return {
        "resourceType": "Appointment",
        "contained": [patient],
        "identifier": [{"system": APPOINTMENT_ID_SYSTEM, "value": f"urn:uuid:{row['uuid']}"}],
        "status": "booked",
        "slot": [{"reference": f"Slot/{row['slot_id']}"}],
        "start": row["start_utc"], "end": row["end_utc"],
        "created": row["created_at"],
        "participant": [
            {"actor": {"reference": "#patient", "identifier": {"system": ENP_SYSTEM, "value": row["enp"]}},
             "required": "required", "status": "accepted"},
            {"actor": {"reference": f"PractitionerRole/{row['practitioner_role_id']}"},
             "required": "required", "status": "accepted"},
        ],
        "comment": f"Booked at a self-service kiosk, receipt {row['receipt_number']}",
    }
