"""Validate FHIR R4 JSON with fhir.resources (its R4B models: 8.x models R5 at the top level, and
R4B differs from R4 only in resources these tests do not use)."""

from __future__ import annotations

from typing import Any

from fhir.resources.R4B import get_fhir_model_class


def validate(resource: dict[str, Any]) -> Any:
    """Parse ``resource`` with the R4B model of its type (raises on anything invalid)."""
    cls = get_fhir_model_class(resource["resourceType"])
    return cls.model_validate(resource)


def luhn_enp(seed: int) -> str:
    """A valid 16-digit ENP (Luhn) made from ``seed``."""
    body = f"{seed:015d}"[-15:]
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)
