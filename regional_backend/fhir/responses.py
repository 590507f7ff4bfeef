"""FHIR answers: ``application/fhir+json`` bodies and OperationOutcome errors."""

from __future__ import annotations

import json
from typing import Any

from fastapi.responses import Response

from . import FHIR_JSON
from . import resources as res
from .errors import FhirError


def fhir_response(body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body, ensure_ascii=False), status_code=status, media_type=FHIR_JSON,
                    headers=headers or {})


def outcome_response(status: int, code: str, message: str, message_ru: str = "",
                     extra: dict[str, Any] | None = None, headers: dict[str, str] | None = None) -> Response:
    severity = "error" if status >= 400 else "information"
    if status == 401:
        headers = {"WWW-Authenticate": "Bearer", **(headers or {})}
    return fhir_response(res.operation_outcome(severity, code, message, message_ru, extra), status, headers)


def error_response(exc: FhirError) -> Response:
    """The OperationOutcome answer of a :class:`FhirError`, with its headers."""
    return outcome_response(exc.status, exc.code, exc.message, exc.message_ru, exc.extra, exc.headers or None)
