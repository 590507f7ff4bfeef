"""The FHIR R4 router: ``/fhir/R4`` read/search of clinic resources, Appointment create/read/search/
update, ``/metadata``, and the ``Slot/$lease`` extension (``docs/fhir-leases.md``).

Every answer is ``application/fhir+json``; every error is an OperationOutcome.  Auth is the
backend's per-kiosk Bearer token (``/metadata`` is public, as FHIR servers usually make it).
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


def fhir_router(storage: SqliteStorage, *, policy: LeasePolicy) -> APIRouter:
    store = FhirStore(storage, policy)
    router = APIRouter(prefix=FHIR_BASE, include_in_schema=True, tags=["fhir"])

    def kiosk_of(request: Request) -> Kiosk:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        kiosk = storage.authenticate(token.strip()) if scheme.lower() == "bearer" and token.strip() else None
        if kiosk is None:
            raise FhirError(401, "login", "Missing or unknown kiosk token.", "Токен киоска не передан или неизвестен.")
        if kiosk.revoked:
            raise FhirError(403, "forbidden", "This kiosk's token has been revoked.", "Токен этого киоска отозван.")
        return kiosk

    async def guarded(fn: Callable[[], Response]) -> Response:
        try:
            return await run_in_threadpool(fn)
        except FhirError as exc:
            headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
            return outcome_response(exc.status, exc.code, exc.message, exc.message_ru, exc.extra, headers)

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
            entry: dict[str, Any] = {"type": rtype, "interaction": [{"code": i} for i in interactions],
                                     "searchParam": [{"name": p, "type": "token" if p != "_lastUpdated" else "date"}
                                                     for p in sorted(SEARCH_PARAMS[rtype] - {"_page_token", "_format", "_sort"})]}
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
                kiosk = kiosk_of(request)
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
                return outcome_response(exc.status, exc.code, exc.message, exc.message_ru, exc.extra)

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
            return outcome_response(exc.status, exc.code, exc.message, exc.message_ru, exc.extra)

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

    @router.put("/Appointment/{aid}", summary="Update an appointment's status (cancel), guarded by If-Match",
                **fhir_route(400, 404, 412, 422, 428, body=bodies.AppointmentUpdate, headers=[IF_MATCH]))
    async def update_appointment(aid: str, request: Request) -> Response:
        try:
            await run_in_threadpool(lambda: kiosk_of(request))
            body = await json_body(request)
            bodies.check_appointment_update(body)
        except FhirError as exc:
            return outcome_response(exc.status, exc.code, exc.message, exc.message_ru, exc.extra)

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
            appt = store.update_appointment(aid, data, version)
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

    @router.get("/{rtype}/{rid}", summary="Read a resource", **fhir_route(404, types=READ_TYPES))
    async def read(rtype: str, rid: str, request: Request) -> Response:
        def run() -> Response:
            kiosk_of(request)
            if rtype not in READ_TYPES:
                raise FhirError(404, "not-supported", f"Resource type {rtype} is not served here.",
                                f"Тип ресурса {rtype} здесь не поддерживается.")
            if rtype == "Slot":
                row = store.slot(rid)
            elif rtype == "Appointment":
                row = store.appointment(rid)
            else:
                row = store.ref(rtype, rid)
            if row is None:
                raise FhirError(404, "not-found", f"{rtype}/{rid} does not exist.", f"Ресурса {rtype}/{rid} нет.")
            resource = render(rtype, row)
            return fhir_response(resource, 200, {"ETag": f'W/"{resource["meta"]["versionId"]}"'})

        return await guarded(run)

    # --- search -------------------------------------------------------------------------------
    @router.get("/{rtype}", summary="Search (Bundle searchset with next links)",
                **fhir_route(400, ok_model=Bundle, types=READ_TYPES, search=SEARCH_PARAMS))
    async def search(rtype: str, request: Request) -> Response:
        def run() -> Response:
            kiosk_of(request)
            if rtype not in READ_TYPES:
                raise FhirError(404, "not-supported", f"Resource type {rtype} is not served here.",
                                f"Тип ресурса {rtype} здесь не поддерживается.")
            items = request.query_params.multi_items()
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
            rows, total = query(rtype, params, count, after)
            more = len(rows) > count
            rows = rows[:count]
            resources = [render(rtype, r) for r in rows]
            url = f"{base_url(request)}{FHIR_BASE}/{rtype}"
            plain = [(k, v) for k, v in items if k != "_page_token"]
            next_url = None
            if more:
                last = resources[-1]["meta"]["lastUpdated"], resources[-1]["id"]
                next_url = url + "?" + urllib.parse.urlencode(plain + [("_page_token", _page_token(*last))])
            self_url = url + ("?" + urllib.parse.urlencode(items) if items else "")
            return fhir_response(res.bundle("searchset", resources, base_url(request), total=total,
                                            self_url=self_url, next_url=next_url))

        return await guarded(run)

    def query(rtype: str, params: dict[str, list[str]], count: int,
              after: tuple[str, str] | None) -> tuple[list[dict[str, Any]], int]:
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
            return appointments(params, where, args, count, after)
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
                     after: tuple[str, str] | None) -> tuple[list[dict[str, Any]], int]:
        if not ({"identifier", "patient:identifier", "_id"} & set(params)):
            raise FhirError(400, "not-supported", "Search appointments by identifier or patient:identifier.",
                            "Ищите записи по identifier или patient:identifier.")
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
