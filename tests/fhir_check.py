"""Validate FHIR R4 JSON with fhir.resources (its R4B models: 8.x models R5 at the top level, and
R4B differs from R4 only in resources these tests do not use)."""

from __future__ import annotations

from typing import Any

from fhir.resources.R4B import get_fhir_model_class

from mfc_rules.identifiers import luhn_check_digit


def validate(resource: dict[str, Any]) -> Any:
    """Parse ``resource`` with the R4B model of its type (raises on anything invalid)."""
    cls = get_fhir_model_class(resource["resourceType"])
    return cls.model_validate(resource)


def luhn_enp(seed: int) -> str:
    """A valid 16-digit ENP (Luhn) made from ``seed``."""
    body = f"{seed:015d}"[-15:]
    return body + luhn_check_digit(body)
