"""The FHIR R4 router: ``/fhir/R4`` read/search of clinic resources, Appointment create/read/search/
update, ``/metadata``, and the ``Slot/$lease`` extension (``docs/fhir-leases.md``).

Every answer is ``application/fhir+json``; every error is an OperationOutcome.  Auth is the
backend's per-kiosk Bearer token (``/metadata`` is public, as FHIR servers usually make it).
A kiosk reads, searches and changes only its own appointments (others' are "not found"); a search
by patient identifier is served only as ``POST <type>/_search`` with a form body, never from a URL.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import urllib.parse
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from ..auth import Authenticator, AuthRefused, client_address
from ..openapi import IF_MATCH, IF_NONE_EXIST, Bundle, CapabilityStatement, fhir_route
from ..storage import Kiosk, SqliteStorage
from . import APPOINTMENT_ID_SYSTEM, FHIR_BASE, FHIR_JSON, LEASE_OPERATION, bodies
from . import resources as res
from .store import FhirError, FhirStore, LeasePolicy, fmt_instant, parse_instant

log = logging.getLogger("regional_backend.fhir")

MAX_COUNT = 1000
DEFAULT_COUNT = 100
READ_TYPES = ("Organization", "Practitioner", "PractitionerRole", "Schedule", "Slot", "Appointment")
COMMON = {"_count", "_lastUpdated", "_id", "_page_token", "_format", "_sort"}
SEARCH_PARAMS: dict[str, set[str]] = {
    "Organization": COMMON,
    "Practitioner": COMMON,
    "PractitionerRole": COMMON | {"organization", "practitioner", "specialty"},
    "Schedule": COMMON | {"actor", "active"},
    "Slot": COMMON | {"schedule", "schedule.actor", "status", "start", "specialty"},
    "Appointment": COMMON | {"identifier", "patient:identifier", "status", "slot"},
}
#: Search parameters that carry personal data (the ENP): accepted only in a POST ``_search`` body.
PERSONAL_PARAMS = frozenset({"patient:identifier", "patient", "patient.identifier", "subject:identifier"})
FORM = "application/x-www-form-urlencoded"
MAX_FORM_BYTES = 16 * 1024
_AUTH_CODES = {401: "login", 403: "forbidden", 429: "throttled"}


def fhir_response(body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body, ensure_ascii=False), status_code=status, media_type=FHIR_JSON,
                    headers=headers or {})


def outcome_response(status: int, code: str, message: str, message_ru: str = "",
                     extra: dict[str, Any] | None = None, headers: dict[str, str] | None = None) -> Response:
    severity = "error" if status >= 400 else "information"
    if status == 401:
        headers = {"WWW-Authenticate": "Bearer", **(headers or {})}
    return fhir_response(res.operation_outcome(severity, code, message, message_ru, extra), status, headers)


def _token(value: str) -> tuple[str | None, str]:
    """``system|code`` or ``code`` (a search token)."""
    if "|" in value:
        system, code = value.split("|", 1)
        return (system or None), code
    return None, value


def _ref_id(value: str, rtype: str) -> str:
    return value.split("/", 1)[1] if value.startswith(f"{rtype}/") else value


_PREFIXES = ("eq", "gt", "ge", "lt", "le")


def _date_clauses(column: str, values: list[str]) -> tuple[list[str], list[Any]]:
    where, args = [], []
    for value in values:
        prefix = value[:2] if value[:2] in _PREFIXES else "eq"
        text = value[2:] if value[:2] in _PREFIXES else value
        try:
            moment = parse_instant(text)
        except ValueError:
            raise FhirError(400, "invalid", f"Cannot read the date {text!r}.", f"Неверная дата {text!r}.") from None
        stamp = fmt_instant(moment)
        if prefix == "eq" and len(text) == 10:
            import datetime as dt
            where.append(f"{column} >= ? AND {column} < ?")
            args += [stamp, fmt_instant(moment + dt.timedelta(days=1))]
            continue
        op = {"eq": "=", "gt": ">", "ge": ">=", "lt": "<", "le": "<="}[prefix]
        where.append(f"{column} {op} ?")
        args.append(stamp)
    return where, args


def _page_token(last_updated: str, rid: str) -> str:
    return base64.urlsafe_b64encode(f"{last_updated}|{rid}".encode()).decode().rstrip("=")


def _read_page_token(token: str) -> tuple[str, str]:
    try:
        lu, rid = base64.urlsafe_b64decode((token + "=" * (-len(token) % 4)).encode()).decode().split("|", 1)
        return lu, rid
    except (ValueError, UnicodeError, binascii.Error):
        raise FhirError(400, "invalid", "The paging token cannot be read; start the search again.",
                        "Неверный маркер страницы; повторите поиск с начала.") from None


def error_response(exc: FhirError) -> Response:
    """The OperationOutcome answer of a :class:`FhirError`, with its headers."""
    return outcome_response(exc.status, exc.code, exc.message, exc.message_ru, exc.extra, exc.headers or None)


def _personal_in_url(request: Request) -> None:
    """Refuse a patient search whose ENP is in the URL (it would sit in access logs and proxies)."""
    named = PERSONAL_PARAMS & {k for k, _ in request.query_params.multi_items()}
    if named:
        raise FhirError(400, "security",
                        f"Search by {', '.join(sorted(named))} is not accepted in a URL: POST the parameters as a "
                        f"form ({FORM}) to {FHIR_BASE}/{request.path_params.get('rtype', 'Appointment')}/_search. "
                        "Nothing was searched.",
                        f"Поиск по {', '.join(sorted(named))} в адресе запроса не принимается: отправьте параметры "
                        f"формой ({FORM}) методом POST на …/_search. Поиск не выполнялся.")


def fhir_router(storage: SqliteStorage, *, policy: LeasePolicy, authenticator: Authenticator) -> APIRouter:
    store = FhirStore(storage, policy)
    router = APIRouter(prefix=FHIR_BASE, include_in_schema=True, tags=["fhir"])

    def kiosk_of(request: Request) -> Kiosk:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        bearer = token.strip() if scheme.lower() == "bearer" else ""
        try:
            return authenticator.kiosk(bearer or None, client_address(request.client))
        except AuthRefused as exc:
            raise FhirError(exc.status, _AUTH_CODES.get(exc.status, "security"), exc.message, exc.message_ru,
                            headers=exc.headers) from None

    async def guarded(fn: Callable[[], Response]) -> Response:
        try:
            return await run_in_threadpool(fn)
        except FhirError as exc:
            return error_response(exc)

    async def json_body(request: Request) -> dict[str, Any]:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype not in (FHIR_JSON, "application/json"):
            raise FhirError(415, "not-supported", "Send application/fhir+json.", "Отправьте application/fhir+json.")
        try:
            body = json.loads(await request.body())
        except (ValueError, UnicodeError):
            raise FhirError(400, "invalid", "The body is not valid JSON.", "Тело запроса не является JSON.") from None
        if not isinstance(body, dict):
            raise FhirError(400, "invalid", "The body must be a FHIR resource.", "Тело должно быть ресурсом FHIR.")
        return body

    def base_url(request: Request) -> str:
        return str(request.base_url).rstrip("/")

    # --- capability statement -----------------------------------------------------------------
    @router.get("/metadata", summary="CapabilityStatement (no auth)",
                **fhir_route(ok_model=CapabilityStatement, public=True))
    def metadata(request: Request) -> Response:
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
            if rtype == "Slot" and policy.enabled:
                entry["operation"] = [{"name": "lease", "definition": LEASE_OPERATION}]
            return entry

        body = {
            "resourceType": "CapabilityStatement", "status": "active", "date": fmt_instant(parse_instant("2026-01-01")),
            "kind": "instance", "fhirVersion": "4.0.1", "format": ["json"],
            "software": {"name": "MFC reference regional backend"},
            "implementation": {"description": "FHIR R4 subset for kiosk clinic registration", "url": base_url(request) + FHIR_BASE},
            "rest": [{"mode": "server", "security": {"description": "Bearer token per kiosk"},
                      "resource": [resource(t, ["read", "search-type"] + (["create", "update"] if t == "Appointment" else []))
                                   for t in READ_TYPES]}],
        }
        return fhir_response(body)

    # --- lease extension ----------------------------------------------------------------------
    if policy.enabled:
        @router.post("/Slot/$lease", summary="Lease a share of upcoming free slots to this kiosk (extension)",
                     **fhir_route(400, 422, ok_model=Bundle, body=bodies.LeaseParameters, body_required=False))
        async def lease(request: Request) -> Response:
            async def run() -> Response:
                kiosk = await run_in_threadpool(lambda: kiosk_of(request))
                body = await json_body(request) if await request.body() else {"resourceType": "Parameters"}
                share, count, ttl, release = bodies.lease_request(body)
                slots = await run_in_threadpool(lambda: store.lease(kiosk.kiosk_id, share=share, count=count,
                                                                    ttl_s=ttl, release=release))
                log.info("lease for %s: %d slots held", kiosk.kiosk_id, len(slots))
                return fhir_response(res.bundle("collection", [res.slot(s) for s in slots], base_url(request),
                                                total=len(slots)))
            try:
                return await run()
            except FhirError as exc:
                return error_response(exc)

    # --- appointments -------------------------------------------------------------------------
    @router.post("/Appointment", summary="Create an appointment (conditional create with If-None-Exist)",
                 **fhir_route(400, 409, 412, 422, ok=(201, 200), body=bodies.NewAppointment,
                              headers=[IF_NONE_EXIST]))
    async def create_appointment(request: Request) -> Response:
        try:
            kiosk = await run_in_threadpool(lambda: kiosk_of(request))
            body = await json_body(request)
            bodies.check_new_appointment(body)
        except FhirError as exc:
            return error_response(exc)

        def run() -> Response:
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
            condition = request.headers.get("if-none-exist")
            match = None
            if condition:
                query = urllib.parse.parse_qs(condition)
                if set(query) != {"identifier"} or len(query["identifier"]) != 1:
                    raise FhirError(400, "not-supported", "If-None-Exist supports identifier=<system>|<value> only.",
                                    "If-None-Exist: поддерживается только identifier=<system>|<value>.")
                match = _token(query["identifier"][0])
            data = {k: v for k, v in body.items() if k not in ("id", "meta")}
            appt, created = store.create_appointment(
                kiosk.kiosk_id, data, (ident.get("system") or APPOINTMENT_ID_SYSTEM, ident["value"]),
                _ref_id(slots[0], "Slot"), patient, if_none_exist=match)
            resource = res.appointment(appt)
            headers = {"ETag": f'W/"{appt["version"]}"',
                       "Location": f"{base_url(request)}{FHIR_BASE}/Appointment/{appt['id']}/_history/{appt['version']}"}
            return fhir_response(resource, 201 if created else 200, headers)

        return await guarded(run)

    @router.put("/Appointment/{aid}", summary="Update an appointment, guarded by If-Match: its status (cancel, "
                "fulfilled, noshow, entered-in-error, …) or its slot (a move to another time)",
                **fhir_route(400, 404, 409, 412, 422, 428, body=bodies.AppointmentUpdate, headers=[IF_MATCH]))
    async def update_appointment(aid: str, request: Request) -> Response:
        try:
            kiosk = await run_in_threadpool(lambda: kiosk_of(request))
            body = await json_body(request)
            bodies.check_appointment_update(body)
        except FhirError as exc:
            return error_response(exc)

        def run() -> Response:
            if body.get("resourceType") != "Appointment" or body.get("id") != aid:
                raise FhirError(400, "invalid", "The body must be this Appointment (same id).",
                                "Тело должно быть этой же записью Appointment.")
            header = request.headers.get("if-match")
            version = None
            if header:
                text = header.strip()
                text = text[2:] if text.startswith("W/") else text
                try:
                    version = int(text.strip('"'))
                except ValueError:
                    raise FhirError(400, "invalid", "If-Match must be W/\"<versionId>\".",
                                    "If-Match должен иметь вид W/\"<versionId>\".") from None
            data = {k: v for k, v in body.items() if k not in ("id", "meta")}
            appt = store.update_appointment(aid, kiosk.kiosk_id, data, version)
            return fhir_response(res.appointment(appt), 200, {"ETag": f'W/"{appt["version"]}"'})

        return await guarded(run)

    # --- read ---------------------------------------------------------------------------------
    def render(rtype: str, row: dict[str, Any]) -> dict[str, Any]:
        if rtype == "Organization":
            return res.organization(row)
        if rtype == "Practitioner":
            return res.practitioner(row)
        if rtype == "PractitionerRole":
            return res.practitioner_role(row, store.specialty(row["specialty_code"]))
        if rtype == "Schedule":
            role = store.ref("PractitionerRole", row["practitioner_role_id"])
            return res.schedule(row, role)
        if rtype == "Slot":
            return res.slot(row)
        return res.appointment(row)

    @router.get("/{rtype}/{rid}", summary="Read a resource (an Appointment: only the kiosk's own)",
                **fhir_route(404, types=READ_TYPES))
    async def read(rtype: str, rid: str, request: Request) -> Response:
        def run() -> Response:
            kiosk = kiosk_of(request)
            if rtype not in READ_TYPES:
                raise FhirError(404, "not-supported", f"Resource type {rtype} is not served here.",
                                f"Тип ресурса {rtype} здесь не поддерживается.")
            if rid == "_search":
                raise FhirError(405, "not-supported", f"Send _search as a POST with a form body ({FORM}).",
                                f"Отправьте _search методом POST с телом-формой ({FORM}).", headers={"Allow": "POST"})
            if rtype == "Slot":
                row = store.slot(rid)
            elif rtype == "Appointment":
                row = store.appointment(rid, kiosk.kiosk_id)
            else:
                row = store.ref(rtype, rid)
            if row is None:
                raise FhirError(404, "not-found", f"{rtype}/{rid} does not exist.", f"Ресурса {rtype}/{rid} нет.")
            resource = render(rtype, row)
            return fhir_response(resource, 200, {"ETag": f'W/"{resource["meta"]["versionId"]}"'})

        return await guarded(run)

    # --- search -------------------------------------------------------------------------------
    @router.get("/{rtype}", summary="Search (Bundle searchset with next links); no patient identifier in the URL",
                **fhir_route(400, ok_model=Bundle, types=READ_TYPES, search=SEARCH_PARAMS))
    async def search(rtype: str, request: Request) -> Response:
        def run() -> Response:
            kiosk = kiosk_of(request)
            _personal_in_url(request)
            return searchset(rtype, request, request.query_params.multi_items(), kiosk, post=False)

        return await guarded(run)

    @router.post("/{rtype}/_search", summary="Search with the parameters in a form body (FHIR POST search)",
                 **fhir_route(400, ok_model=Bundle, types=READ_TYPES, search=SEARCH_PARAMS, body={
                     "required": False, "content": {FORM: {"schema": {
                         "type": "object", "additionalProperties": {"type": "string"}}}}}))
    async def search_post(rtype: str, request: Request) -> Response:
        """FHIR's POST search: the parameters (``patient:identifier`` among them) travel in an
        ``application/x-www-form-urlencoded`` body, so that no ENP is in a URL.  Paging: the ``next``
        link names ``_search`` with the page token; POST the same body to it."""
        try:
            kiosk = await run_in_threadpool(lambda: kiosk_of(request))
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            raw = await request.body()
            if raw and ctype != FORM:
                raise FhirError(415, "not-supported", f"Send the search parameters as {FORM}.",
                                f"Отправьте параметры поиска как {FORM}.")
            if len(raw) > MAX_FORM_BYTES:
                raise FhirError(413, "too-costly", "The search form is too large.", "Форма поиска слишком велика.")
            try:
                form = urllib.parse.parse_qsl(raw.decode("utf-8"), keep_blank_values=True, max_num_fields=100)
            except (UnicodeError, ValueError):
                raise FhirError(400, "invalid", "The search form cannot be read.", "Форму поиска не удалось прочитать.") from None
        except FhirError as exc:
            return error_response(exc)

        def run() -> Response:
            _personal_in_url(request)
            return searchset(rtype, request, [*request.query_params.multi_items(), *form], kiosk, post=True)

        return await guarded(run)

    def searchset(rtype: str, request: Request, items: list[tuple[str, str]], kiosk: Kiosk, *, post: bool) -> Response:
        if rtype not in READ_TYPES:
            raise FhirError(404, "not-supported", f"Resource type {rtype} is not served here.",
                            f"Тип ресурса {rtype} здесь не поддерживается.")
        params: dict[str, list[str]] = {}
        for key, value in items:
            params.setdefault(key, []).append(value)
        unknown = set(params) - SEARCH_PARAMS[rtype]
        if unknown:
            raise FhirError(400, "not-supported", f"Unknown search parameter(s): {', '.join(sorted(unknown))}.",
                            f"Неизвестные параметры поиска: {', '.join(sorted(unknown))}.")
        if params.get("_sort", ["_lastUpdated"]) != ["_lastUpdated"]:
            raise FhirError(400, "not-supported", "Only _sort=_lastUpdated is supported.",
                            "Поддерживается только _sort=_lastUpdated.")
        try:
            count = min(MAX_COUNT, max(1, int(params.get("_count", [str(DEFAULT_COUNT)])[0])))
        except ValueError:
            raise FhirError(400, "invalid", "_count must be a number.", "_count должен быть числом.") from None
        after = _read_page_token(params["_page_token"][0]) if "_page_token" in params else None
        rows, total = query(rtype, params, count, after, kiosk)
        more = len(rows) > count
        rows = rows[:count]
        resources = [render(rtype, r) for r in rows]
        # The links never carry a personal parameter: after a POST search, POST the same form to `next`.
        url = f"{base_url(request)}{FHIR_BASE}/{rtype}" + ("/_search" if post else "")
        plain = [(k, v) for k, v in items if k != "_page_token" and k not in PERSONAL_PARAMS]
        next_url = None
        if more:
            last = resources[-1]["meta"]["lastUpdated"], resources[-1]["id"]
            next_url = url + "?" + urllib.parse.urlencode(plain + [("_page_token", _page_token(*last))])
        kept = [(k, v) for k, v in items if k not in PERSONAL_PARAMS]
        self_url = url + ("?" + urllib.parse.urlencode(kept) if kept else "")
        return fhir_response(res.bundle("searchset", resources, base_url(request), total=total,
                                        self_url=self_url, next_url=next_url))

    def query(rtype: str, params: dict[str, list[str]], count: int,
              after: tuple[str, str] | None, kiosk: Kiosk) -> tuple[list[dict[str, Any]], int]:
        where: list[str] = []
        args: list[Any] = []
        if "_lastUpdated" in params:
            w, a = _date_clauses("last_updated", params["_lastUpdated"])
            where += w
            args += a
        if "_id" in params:
            ids = ",".join(params["_id"]).split(",")
            where.append(f"id IN ({','.join('?' * len(ids))})")
            args += ids
        if rtype == "Appointment":
            return appointments(params, where, args, count, after, kiosk.kiosk_id)
        if rtype == "Slot":
            for value in params.get("schedule", []):
                where.append("schedule_id = ?")
                args.append(_ref_id(value, "Schedule"))
            for value in params.get("schedule.actor", []):
                if value.startswith("Practitioner/"):
                    where.append("practitioner_id = ?")
                    args.append(_ref_id(value, "Practitioner"))
                else:
                    where.append("role_id = ?")
                    args.append(_ref_id(value, "PractitionerRole"))
            for value in params.get("status", []):
                statuses = value.split(",")
                where.append(f"status IN ({','.join('?' * len(statuses))})")
                args += statuses
            for value in params.get("specialty", []):
                where.append("specialty = ?")
                args.append(_token(value)[1])
            if "start" in params:
                w, a = _date_clauses("start", params["start"])
                where += w
                args += a
            return store.search_slots(where, args, count, after)
        for name, column in (("organization", "k_org"), ("practitioner", "k_prac")):
            for value in params.get(name, []):
                where.append(f"{column} = ?")
                args.append(value.split("/", 1)[-1])
        for value in params.get("specialty", []):
            where.append("k_spec = ?")
            args.append(_token(value)[1])
        for value in params.get("actor", []):
            if value.startswith("Practitioner/"):
                where.append("k_prac = ?")
            else:
                where.append("k_role = ?")
            args.append(value.split("/", 1)[-1])
        for value in params.get("active", []):
            where.append("json_extract(data, '$.active') = ?")
            args.append(1 if value == "true" else 0)
        return store.search_ref(rtype, where, args, count, after)

    def appointments(params: dict[str, list[str]], where: list[str], args: list[Any], count: int,
                     after: tuple[str, str] | None, kiosk_id: str) -> tuple[list[dict[str, Any]], int]:
        """The kiosk's own appointments only: another kiosk's are never counted or returned.  A kiosk
        learns the clinic's later changes of its appointments with ``_lastUpdated=gt<last seen>``."""
        if not ({"identifier", "patient:identifier", "_id", "_lastUpdated"} & set(params)):
            raise FhirError(400, "not-supported", "Search appointments by identifier, patient:identifier or _lastUpdated.",
                            "Ищите записи по identifier, patient:identifier или _lastUpdated.")
        where = ["kiosk_id = ?", *where]
        args = [kiosk_id, *args]
        for name, column in (("identifier", "ident"), ("patient:identifier", "patient")):
            for value in params.get(name, []):
                system, code = _token(value)
                where.append(f"{column}_value = ?")
                args.append(code)
                if system:
                    where.append(f"{column}_system = ?")
                    args.append(system)
        for value in params.get("status", []):
            statuses = value.split(",")
            where.append(f"status IN ({','.join('?' * len(statuses))})")
            args += statuses
        for value in params.get("slot", []):
            where.append("slot_id = ?")
            args.append(_ref_id(value, "Slot"))
        conn = storage._conn()
        cond = " AND ".join(where) or "1"
        total = conn.execute(f"SELECT count(*) FROM fhir_appointments WHERE {cond}", args).fetchone()[0]
        if after:
            cond += " AND (last_updated, id) > (?, ?)"
            args = [*args, *after]
        rows = conn.execute(f"SELECT {', '.join(store._APPT_COLS)} FROM fhir_appointments WHERE {cond}"
                            " ORDER BY last_updated, id LIMIT ?", [*args, count + 1]).fetchall()
        return [a for a in (store._appt(r) for r in rows) if a], total

    router.fhir_store = store  # type: ignore[attr-defined]
    return router
