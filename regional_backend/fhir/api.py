"""The FHIR R4 router: ``/fhir/R4`` read/search of clinic resources, Appointment create/read/search/
update, ``/metadata``, and the ``Slot/$lease`` extension (``docs/fhir-leases.md``).

Every answer is ``application/fhir+json``; every error is an OperationOutcome.  Auth is the
backend's per-kiosk Bearer token (``/metadata`` is public, as FHIR servers usually make it).
A kiosk reads, searches and changes only its own appointments (others' are "not found"); a search
by patient identifier is served only as ``POST <type>/_search`` with a form body, never from a URL.
The routes keep no data themselves: they call a :class:`~regional_backend.fhir.interface.FhirStorage`.
"""

from __future__ import annotations

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
from ..storage import Kiosk
from . import FHIR_BASE, FHIR_JSON, appointment_requests, bodies
from . import resources as res
from . import search_params as sp
from .capability import capability_statement
from .errors import FhirError
from .interface import FhirStorage, Found, Page
from .responses import error_response, fhir_response
from .search_params import PERSONAL_PARAMS, READ_TYPES, SEARCH_PARAMS

log = logging.getLogger("regional_backend.fhir")

FORM = "application/x-www-form-urlencoded"
MAX_FORM_BYTES = 16 * 1024
_AUTH_CODES = {401: "login", 403: "forbidden", 429: "throttled"}


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


def fhir_router(store: FhirStorage, *, authenticator: Authenticator) -> APIRouter:
    """The routes over ``store``; ``Slot/$lease`` is served when ``store.policy`` enables leases."""
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
        return fhir_response(capability_statement(base_url(request), leases=store.policy.enabled))

    # --- lease extension ----------------------------------------------------------------------
    if store.policy.enabled:
        @router.post("/Slot/$lease", summary="Lease a share of upcoming free slots to this kiosk (extension)",
                     **fhir_route(400, 422, ok_model=Bundle, body=bodies.LeaseParameters, body_required=False))
        async def lease(request: Request) -> Response:
            async def run() -> Response:
                kiosk = await run_in_threadpool(lambda: kiosk_of(request))
                body = await json_body(request) if await request.body() else {"resourceType": "Parameters"}
                share, count, ttl, release = bodies.lease_request(body)

                def held() -> list[dict[str, Any]]:
                    if release:
                        store.release_leases(kiosk.kiosk_id)
                        return []
                    return store.lease_slots(kiosk.kiosk_id, share=share, count=count, ttl_s=ttl)

                slots = await run_in_threadpool(held)
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
            new = appointment_requests.new_appointment(body, request.headers.get("if-none-exist"))
            appt, created = store.book(kiosk.kiosk_id, new.data, new.ident, new.slot_id, new.patient,
                                       if_none_exist=new.if_none_exist)
            headers = {"ETag": f'W/"{appt["version"]}"',
                       "Location": f"{base_url(request)}{FHIR_BASE}/Appointment/{appt['id']}/_history/{appt['version']}"}
            return fhir_response(res.appointment(appt), 201 if created else 200, headers)

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
            data = appointment_requests.update_data(aid, body)
            version = appointment_requests.if_match_version(request.headers.get("if-match"))
            appt = store.change(aid, kiosk.kiosk_id, data, version)
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
            role = store.directory_entry("PractitionerRole", row["practitioner_role_id"])
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
                row = store.directory_entry(rtype, rid)
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

    def find(rtype: str, params: sp.Params, page: Page, kiosk: Kiosk) -> Found:
        conditions = sp.conditions(rtype, params)
        if rtype == "Appointment":
            return store.search_appointments(kiosk.kiosk_id, conditions, page)
        if rtype == "Slot":
            return store.search_slots(conditions, page)
        return store.search_directory(rtype, conditions, page)

    def searchset(rtype: str, request: Request, items: list[tuple[str, str]], kiosk: Kiosk, *, post: bool) -> Response:
        params: dict[str, list[str]] = {}
        for key, value in items:
            params.setdefault(key, []).append(value)
        page = sp.check(rtype, params)
        rows, total = find(rtype, params, page, kiosk)
        more = len(rows) > page.count
        resources = [render(rtype, r) for r in rows[:page.count]]
        # The links never carry a personal parameter: after a POST search, POST the same form to `next`.
        url = f"{base_url(request)}{FHIR_BASE}/{rtype}" + ("/_search" if post else "")
        plain = [(k, v) for k, v in items if k != "_page_token" and k not in PERSONAL_PARAMS]
        next_url = None
        if more:
            last = resources[-1]["meta"]["lastUpdated"], resources[-1]["id"]
            next_url = url + "?" + urllib.parse.urlencode(plain + [("_page_token", sp.page_token(*last))])
        kept = [(k, v) for k, v in items if k not in PERSONAL_PARAMS]
        self_url = url + ("?" + urllib.parse.urlencode(kept) if kept else "")
        return fhir_response(res.bundle("searchset", resources, base_url(request), total=total,
                                        self_url=self_url, next_url=next_url))

    return router
