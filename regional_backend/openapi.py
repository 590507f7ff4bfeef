"""The contract's shared parts, declared once: error answers, media types, FHIR shapes, links.

``/openapi.json`` is the contract a region's integrators generate their clients from, so it lists
every status, media type and header the server really sends (``tests/backend/test_contract_fuzz.py``
checks that with Schemathesis against the real process):

* :func:`rest_errors` — the ``{"error": …}`` answers of the ``/api/v1`` routes;
* :func:`fhir_route` — the keyword arguments of a ``/fhir/R4`` route: its ``application/fhir+json``
  answers (OperationOutcome errors), request body, headers and Bearer security;
* :func:`install` — builds the document once and finishes it: FastAPI's generic 422 shape (never sent:
  every 422 here is an error body) goes, the FHIR routes that serve several resource types become one
  path per type (a path such as ``/fhir/R4/Appointment`` then lists all its methods, as its ``Allow``
  header does), and the links between operations are added (Schemathesis' stateful phase follows them);
* :func:`allowed_methods` — the ``Allow`` header of a 405: the methods the document lists for that path.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from .fhir import FHIR_BASE, FHIR_JSON
from .models import ErrorBody

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"

#: What each error status means, for every route that can answer it.
ERROR_TEXT: dict[int, str] = {
    400: "The request cannot be read (not JSON, or not the expected resource); nothing was changed.",
    401: "Missing or unknown kiosk token (`WWW-Authenticate: Bearer`).",
    403: "The kiosk's token has been revoked.",
    404: "No such resource.",
    409: "Conflict with the current state (the slot is taken or its time has passed).",
    410: "The cursor is unknown or expired: pull the dataset again from the beginning.",
    412: "A precondition failed (stale `If-Match` version, or several matches for `If-None-Exist`).",
    413: "The request body is larger than the limit (5 MB); nothing was stored.",
    415: "The body's media type is not accepted (send `application/fhir+json` or `application/json`).",
    422: "The request is well formed but invalid; nothing was changed.",
    428: "An update needs `If-Match: W/\"<versionId>\"`.",
    429: "Too many wrong kiosk tokens from this address (or wrong account look-ups): wait `Retry-After` seconds.",
    503: "The database is busy: try again after `Retry-After` seconds; nothing was stored.",
}

_SECONDS = {"schema": {"type": "string"}, "description": "Seconds to wait (or an HTTP date)."}
#: Headers a status always carries.
ERROR_HEADERS: dict[int, dict[str, Any]] = {
    401: {"WWW-Authenticate": {"required": True, "schema": {"type": "string"}, "description": "`Bearer`"}},
    429: {"Retry-After": {"required": True, **_SECONDS}},
    503: {"Retry-After": {"required": True, **_SECONDS}},
}
#: Statuses every route that needs a kiosk token can answer (429: too many wrong tokens from the address; 503: database busy).
AUTH = (401, 403, 429, 503)
#: Statuses of a route that reads a JSON body.
BODY = (400, 413, 422)


def _error_responses(model: type[BaseModel], statuses: Iterable[int]) -> dict[int | str, dict[str, Any]]:
    out: dict[int | str, dict[str, Any]] = {}
    for status in sorted(set(statuses)):
        response: dict[str, Any] = {"model": model, "description": ERROR_TEXT[status]}
        if status in ERROR_HEADERS:
            response["headers"] = copy.deepcopy(ERROR_HEADERS[status])
        out[status] = response
    return out


def rest_errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` of an ``/api/v1`` route: each status with the ``{"error": …}`` body."""
    return _error_responses(ErrorBody, statuses)


# --- FHIR shapes (documentation only: the FHIR router builds its answers itself) -------------------
class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class OutcomeDetails(_Open):
    text: str = Field(description="The diagnostic in Russian.")


class OutcomeIssue(_Open):
    severity: Literal["fatal", "error", "warning", "information"]
    code: str = Field(description="FHIR issue type, e.g. `not-found`, `conflict`, `invalid`, `login`.")
    diagnostics: str | None = Field(default=None, description="What went wrong, in English.")
    details: OutcomeDetails | None = None


class OperationOutcome(_Open):
    """The body of every FHIR error."""

    resourceType: Literal["OperationOutcome"]
    issue: list[OutcomeIssue] = Field(min_length=1)


class FhirMeta(_Open):
    versionId: str | None = None
    lastUpdated: str | None = Field(default=None, json_schema_extra={"format": "date-time"})


class FhirResource(_Open):
    """A FHIR R4 resource (Organization, Practitioner, PractitionerRole, Schedule, Slot, Appointment)."""

    resourceType: str
    id: str | None = None
    meta: FhirMeta | None = None


class BundleLink(_Open):
    relation: str = Field(description="`self` or `next` (follow `next` for the following page).")
    url: str


class BundleEntry(_Open):
    fullUrl: str | None = None
    resource: FhirResource


class Bundle(_Open):
    """A search result (`searchset`, paged with `next` links) or a lease (`collection`)."""

    resourceType: Literal["Bundle"]
    type: Literal["searchset", "collection"]
    total: int | None = None
    link: list[BundleLink] | None = None
    entry: list[BundleEntry] | None = None


class CapabilityStatement(_Open):
    resourceType: Literal["CapabilityStatement"]
    fhirVersion: str


IF_NONE_EXIST = {"name": "If-None-Exist", "in": "header", "required": False,
                 "description": "Conditional create: `identifier=<system>|<value>`; an existing match is "
                                "answered 200 with it and nothing is created.",
                 "example": "identifier=urn:ietf:rfc:3986|urn:uuid:7f0c9d5e-3b1a-4c2d-9e8f-1a2b3c4d5e6f",
                 "schema": {"type": "string", "pattern": r"^identifier=[^&]+$"}}
IF_MATCH = {"name": "If-Match", "in": "header", "required": True,
            "description": "The version read last, `W/\"<versionId>\"` (from the `ETag`).",
            "schema": {"type": "string", "pattern": r'^(W/)?"[0-9]{1,9}"$', "examples": ['W/"1"']}}


class FhirJSONResponse(JSONResponse):
    media_type = FHIR_JSON


#: Schemas the request bodies refer to (added to ``components`` by :func:`finish`).
_BODY_SCHEMAS: dict[str, Any] = {}
_REF = "#/components/schemas/{model}"


def body_schema(model: type[BaseModel]) -> dict[str, Any]:
    """``model``'s JSON Schema for a request body; the schemas it refers to go into ``components``."""
    schema = model.model_json_schema(ref_template=_REF)
    _BODY_SCHEMAS.update(schema.pop("$defs", {}))
    _BODY_SCHEMAS[model.__name__] = schema
    return {"$ref": _REF.format(model=model.__name__)}


def fhir_route(*statuses: int, ok: tuple[int, ...] = (200,), ok_model: type[BaseModel] = FhirResource,
               body: type[BaseModel] | Mapping[str, Any] | None = None, body_required: bool = True,
               headers: Iterable[Mapping[str, Any]] = (), public: bool = False,
               types: Iterable[str] = (), search: Mapping[str, Iterable[str]] | None = None) -> dict[str, Any]:
    """Keyword arguments of a ``/fhir/R4`` route declaring what it answers (all ``application/fhir+json``).

    ``statuses``: its error statuses (OperationOutcome bodies); ``ok``/``ok_model``: its successes (the
    first is the usual one);
    ``body``: its request body's model (sent as ``application/fhir+json`` or ``application/json``; another
    media type is answered 415), or a whole OpenAPI ``requestBody`` (e.g. a form); ``public``: no Bearer token needed; ``types``: the route serves these
    resource types in its ``{rtype}`` segment (:func:`install` lists each type as its own path), and
    ``search`` names each type's search parameters.
    """
    errors = set(statuses) | ({415, 413} if body is not None else set()) | (set() if public else set(AUTH))
    responses: dict[int | str, dict[str, Any]] = {status: {"model": ok_model, "description": "Success"}
                                                   for status in ok}
    responses.update(_error_responses(OperationOutcome, errors))
    extra: dict[str, Any] = {"security": [] if public else [{"HTTPBearer": []}]}
    if isinstance(body, Mapping):
        extra["requestBody"] = copy.deepcopy(dict(body))
    elif body is not None:
        schema = body_schema(body)
        extra["requestBody"] = {"required": body_required,
                                "content": {FHIR_JSON: {"schema": schema}, JSON: {"schema": schema}}}
    if headers:
        extra["parameters"] = [dict(h) for h in headers]
    if types:
        extra["x-fhir-types"] = {t: sorted((search or {}).get(t, ())) for t in types}
    return {"status_code": ok[0], "response_class": FhirJSONResponse, "responses": responses, "openapi_extra": extra}


# --- links between operations (Schemathesis' stateful phase follows them) -----------------------
def _ref(path: str, method: str) -> str:
    return "#/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method


_APPT = f"{FHIR_BASE}/Appointment"
#: (source path, method, statuses, link name, target path, method, parameters, request body)
LINKS: list[tuple[str, str, tuple[int, ...], str, str, str, dict[str, str], Any]] = [
    ("/api/v1/submissions/batch", "post", (200,), "StatusOfFirstItem", "/api/v1/submissions/{uuid}", "get",
     {"path.uuid": "$response.body#/results/0/uuid"}, None),
    ("/api/v1/changes/{dataset}", "get", (200,), "NextPage", "/api/v1/changes/{dataset}", "get",
     {"path.dataset": "$request.path.dataset", "query.cursor": "$response.body#/cursor"}, None),
    (f"{FHIR_BASE}/Slot/$lease", "post", (200,), "ReadLeasedSlot", f"{FHIR_BASE}/Slot/{{id}}", "get",
     {"path.id": "$response.body#/entry/0/resource/id"}, None),
    (f"{FHIR_BASE}/Slot/$lease", "post", (200,), "BookLeasedSlot", _APPT, "post", {},
     {"resourceType": "Appointment",
      "slot": [{"reference": "Slot/{$response.body#/entry/0/resource/id}"}]}),
    (_APPT, "post", (200, 201), "ReadAppointment", f"{_APPT}/{{id}}", "get", {"path.id": "$response.body#/id"}, None),
    (_APPT, "post", (200, 201), "CancelAppointment", f"{_APPT}/{{id}}", "put",
     {"path.id": "$response.body#/id", "header.If-Match": "$response.header.ETag"}, "$response.body"),
    (f"{_APPT}/{{id}}", "get", (200,), "UpdateAppointment", f"{_APPT}/{{id}}", "put",
     {"path.id": "$response.body#/id", "header.If-Match": "$response.header.ETag"}, "$response.body"),
]


def _add_links(paths: dict[str, Any]) -> None:
    for source, method, statuses, name, target, target_method, parameters, body in LINKS:
        if method not in paths.get(source, {}) or target_method not in paths.get(target, {}):
            continue  # a route that is not served (e.g. leases switched off)
        link: dict[str, Any] = {"operationRef": _ref(target, target_method), "parameters": dict(parameters)}
        if body is not None:
            link["requestBody"] = copy.deepcopy(body)
        for status in statuses:
            response = paths[source][method]["responses"].get(str(status))
            if response is not None:
                response.setdefault("links", {})[name] = link


# --- finishing the document ---------------------------------------------------------------------
def _drop_generic_422(doc: dict[str, Any]) -> None:
    for item in doc["paths"].values():
        for operation in item.values():
            response = operation.get("responses", {}).get("422", {})
            schema = response.get("content", {}).get(JSON, {}).get("schema", {})
            if schema.get("$ref", "").endswith("/HTTPValidationError"):
                del operation["responses"]["422"]
    schemas = doc.get("components", {}).get("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)


def _split_fhir_types(doc: dict[str, Any]) -> None:
    """``/fhir/R4/{rtype}…`` serving several types → one path per type, merged with the typed routes.

    A path's own id segment is named ``{id}`` whatever the route calls it, so that
    ``/fhir/R4/Appointment/{id}`` holds both the read and the update.
    """
    paths: dict[str, Any] = doc["paths"]
    out: dict[str, Any] = {}

    def put(path: str, method: str, operation: dict[str, Any]) -> None:
        if path.startswith(FHIR_BASE + "/"):
            parts = path.split("/")
            if len(parts) == 5 and parts[4].startswith("{"):  # /fhir/R4/<Type>/{x}
                old = parts[4][1:-1]
                path = "/".join(parts[:4] + ["{id}"])
                for parameter in operation.get("parameters", []):
                    if parameter.get("in") == "path" and parameter["name"] == old:
                        parameter["name"] = "id"
        out.setdefault(path, {})[method] = operation

    for path, item in paths.items():
        for method, operation in item.items():
            types = operation.pop("x-fhir-types", None)
            if not types:
                put(path, method, operation)
                continue
            for rtype, search in types.items():
                typed = copy.deepcopy(operation)
                typed["operationId"] = f"{operation['operationId']}_{rtype}"
                typed["summary"] = f"{operation.get('summary', '')}: {rtype}"
                form = typed.get("requestBody", {}).get("content", {}).get(FORM)
                if form is not None:  # a POST _search: the form names this type's search parameters
                    form["schema"] = {"type": "object", "additionalProperties": False,
                                      "properties": {name: {"type": "string"} for name in search}}
                if search:
                    typed["description"] = (
                        f"{typed.get('description', '')}\n\nSearch parameters: "
                        f"{', '.join(f'`{name}`' for name in search)} (as in `GET {FHIR_BASE}/metadata`); "
                        "another parameter is refused with 400.").strip()
                typed["parameters"] = [p for p in typed.get("parameters", [])
                                       if not (p.get("in") == "path" and p["name"] == "rtype")]
                put(path.replace("{rtype}", rtype), method, typed)
    doc["paths"] = dict(sorted(out.items()))


def finish(doc: dict[str, Any]) -> dict[str, Any]:
    doc.setdefault("components", {}).setdefault("schemas", {}).update(copy.deepcopy(_BODY_SCHEMAS))
    _drop_generic_422(doc)
    _split_fhir_types(doc)
    _add_links(doc["paths"])
    return doc


def install(app: FastAPI) -> None:
    """``app.openapi()`` (and so ``/openapi.json``) serves the finished document, built once."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = finish(get_openapi(title=app.title, version=app.version,
                                                    description=app.description, routes=app.routes))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


@functools.lru_cache(maxsize=256)
def _template(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)) + "$")


def allowed_methods(app: FastAPI, path: str, fallback: str = "") -> str:
    """The ``Allow`` header of a 405 at ``path``: the methods the document lists for it.

    As in OpenAPI, a path with fewer templated segments wins (``/api/v1/submissions/batch`` over
    ``…/{uuid}``).  A path the document does not list (``/docs``) keeps the router's ``fallback``.
    """
    best: tuple[int, set[str]] | None = None
    for template, item in app.openapi()["paths"].items():
        if _template(template).match(path):
            rank = template.count("{")
            if best is None or rank < best[0]:
                best = (rank, set())
            if rank == best[0]:
                best[1].update(method.upper() for method in item)
    if best is None:
        return fallback
    methods = best[1] | ({"HEAD"} if "GET" in best[1] else set())
    return ", ".join(sorted(methods))
