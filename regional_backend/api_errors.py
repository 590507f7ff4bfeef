"""The app's error answers: the contract's ``{"error": …}`` body under ``/api/v1``, an
OperationOutcome under ``/fhir/R4`` (:func:`error_for` picks by path), and the reading of FastAPI's
validation errors into the contract's codes (the input is never echoed: it may hold personal data)."""

from collections.abc import Mapping
from typing import Any

from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response

from .fhir import FHIR_BASE
from .fhir.responses import outcome_response


class ApiError(Exception):
    """An answer in the contract's error shape."""

    def __init__(self, status: int, code: str, message: str, message_ru: str,
                 headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.message_ru = status, code, message, message_ru
        self.headers = dict(headers or {})


def error_body(code: str, message: str, message_ru: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "message_ru": message_ru}}


def error_response(status: int, code: str, message: str, message_ru: str,
                   headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message, message_ru), status_code=status, headers=dict(headers or {}))


#: FHIR issue codes of the answers the app (not the FHIR router) gives under ``/fhir/R4``.
_FHIR_ISSUE = {404: "not-found", 405: "not-supported", 413: "too-costly", 503: "transient"}


def error_for(path: str, status: int, code: str, message: str, message_ru: str,
              headers: Mapping[str, str] | None = None) -> Response:
    """An error in the shape of ``path``'s API: an OperationOutcome under ``/fhir/R4``, else the error body."""
    if path.startswith(FHIR_BASE + "/"):
        return outcome_response(status, _FHIR_ISSUE.get(status, "exception"), message, message_ru,
                                headers=dict(headers or {}))
    return error_response(status, code, message, message_ru, headers)


def validation_error(exc: RequestValidationError) -> JSONResponse:
    """The contract's answer to a request FastAPI could not read: bad JSON, too many items, unknown kind, …"""
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return error_response(400, "bad_json", "The request body is not valid JSON; nothing was stored.",
                              "Тело запроса не является корректным JSON; ничего не сохранено.")
    first = errors[0] if errors else {}
    loc = [str(part) for part in first.get("loc", ())]
    where = ".".join(loc) or "request"
    if loc == ["body", "items"] and first.get("type") == "too_long":
        return error_response(422, "too_many_items", "A batch holds at most 500 items; nothing was stored.",
                              "В пакете не больше 500 элементов; ничего не сохранено.")
    if loc and loc[-1] == "kind" and first.get("type") == "literal_error":
        return error_response(422, "unknown_kind",
                              f"Unknown submission kind at {where}; nothing was stored. "
                              "The kiosk and the backend versions may not match.",
                              f"Неизвестный вид обращения в {where}; ничего не сохранено. "
                              "Возможно, версии киоска и сервера не совпадают.")
    # The input is not echoed: it may carry personal data.
    return error_response(422, "invalid_request",
                          f"Invalid request at {where}: {first.get('msg', 'wrong value')}; nothing was stored.",
                          f"Некорректный запрос в поле {where}; ничего не сохранено.")

