"""The CapabilityStatement (``/metadata``): what this FHIR server serves, read from the search parameters."""

from __future__ import annotations

from typing import Any

from . import FHIR_BASE, LEASE_OPERATION
from .instants import fmt_instant, parse_instant
from .search_params import PERSONAL_PARAMS, READ_TYPES, SEARCH_PARAMS


def capability_statement(base_url: str, *, leases: bool) -> dict[str, Any]:
    """The statement for a server at ``base_url``; ``leases``: whether ``Slot/$lease`` is served."""
    def resource(rtype: str, interactions: list[str]) -> dict[str, Any]:
        def param(name: str) -> dict[str, Any]:
            out = {"name": name, "type": "token" if name != "_lastUpdated" else "date"}
            if name in PERSONAL_PARAMS:
                out["documentation"] = "POST _search (form body) only; the kiosk's own appointments only"
            return out

        entry: dict[str, Any] = {"type": rtype, "interaction": [{"code": i} for i in interactions],
                                 "searchParam": [param(p) for p in sorted(SEARCH_PARAMS[rtype] - {"_page_token", "_format", "_sort"})]}
        if rtype == "Appointment":
            entry["conditionalCreate"] = True
            entry["versioning"] = "versioned-update"
            entry["conditionalUpdate"] = False
        if rtype == "Slot" and leases:
            entry["operation"] = [{"name": "lease", "definition": LEASE_OPERATION}]
        return entry

    return {
        "resourceType": "CapabilityStatement", "status": "active", "date": fmt_instant(parse_instant("2026-01-01")),
        "kind": "instance", "fhirVersion": "4.0.1", "format": ["json"],
        "software": {"name": "MFC reference regional backend"},
        "implementation": {"description": "FHIR R4 subset for kiosk clinic registration", "url": base_url + FHIR_BASE},
        "rest": [{"mode": "server", "security": {"description": "Bearer token per kiosk"},
                  "resource": [resource(t, ["read", "search-type"] + (["create", "update"] if t == "Appointment" else []))
                               for t in READ_TYPES]}],
    }
