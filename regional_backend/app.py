"""The FastAPI application: ``create_app(storage)``.  ``docs/api.md`` explains the API in prose.

Endpoints are plain functions (uvicorn runs them in its thread pool); the storage gives each
thread its own SQLite connection.  Two ASGI middlewares wrap the app: a request-body limit
(``body_limit.py``: 413 before anything is parsed) and, only when ``RB_FAULTS=1``, the test fault
injector.  Error answers are made in ``api_errors.py``; the office queue (``queue_api.py``) and
FHIR (``fhir/api.py``) are routers on the storage's interfaces for them.
"""


import json
import logging
import os
import sqlite3
from collections import Counter
from collections.abc import Mapping
from typing import Annotated, Any
from uuid import UUID

import sqlalchemy as sa
from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException as StarletteHTTPException

from mfc_rules.receipts import ReceiptNumberError, normalise_receipt

from . import API_VERSION
from .accesslog import install_access_log_mask
from .api_errors import ApiError, error_for, error_response, validation_error
from .auth import Authenticator, AuthRefused, client_address
from .body_limit import MAX_BODY_BYTES, BodyLimitMiddleware
from .db.engine import DatabaseError, is_retryable, one_line
from .faults import FaultInjector, fault_router
from .fhir.api import fhir_router
from .fhir.leasing import LeasePolicy
from .meters import meter_wire
from .models import (
    AccountLookup,
    AccountLookupResult,
    BatchRequest,
    BatchResponse,
    ChangesResponse,
    Health,
    ReceiptLookup,
    SubmissionStatus,
)
from .office_queue import QueueRefused
from .openapi import AUTH, BODY, allowed_methods, install, rest_errors
from .queue_api import office_queue_router
from .rejection import Validator
from .storage import (
    DATASETS,
    CursorExpired,
    Kiosk,
    Storage,
    SubmissionIn,
    utcnow_iso,
)
from .throttle import AuthThrottle, LookupThrottle
from .validators import DEFAULT_VALIDATORS

log = logging.getLogger("regional_backend")

DESCRIPTION = """\
Reference regional backend for MFC citizen-services kiosks.

* **Auth**: `Authorization: Bearer <token>` (one token per kiosk, made by
  `python -m regional_backend add-kiosk`) on everything except `GET /api/v1/health`.
  Too many wrong tokens from one client address → `429 too_many_auth_failures` with `Retry-After`.
* **Ownership**: a kiosk sees only what it delivered itself; anything else is answered as unknown (404).
  The office queue (`/api/v1/queue/enrol`, `/api/v1/offices/{office_id}/queue…`) is shared by the
  kiosks of one office; another office's queue → `403 other_office`.
* **Push**: `POST /api/v1/submissions/batch`; the item's `uuid` is the idempotency key.
* **Pull**: `GET /api/v1/changes/{dataset}` with an opaque cursor; `410 resync_required` means
  "drop the cursor and pull the dataset again from the beginning".
* **Errors**: every 4xx/5xx body of `/api/v1` is `{"error": {"code", "message", "message_ru"}}`;
  under `/fhir/R4` every answer is `application/fhir+json` and every error an OperationOutcome.
  Each operation lists the statuses it can answer; a method a path does not serve gets 405 with
  `Allow` (the methods it does serve).
"""


def create_app(storage: Storage, *, validators: Mapping[str, Validator] | None = None,
               faults_enabled: bool | None = None, max_body_bytes: int = MAX_BODY_BYTES,
               lease_policy: LeasePolicy | None = None, lookup_throttle: LookupThrottle | None = None,
               auth_throttle: AuthThrottle | None = None) -> FastAPI:
    """The backend's ASGI app on ``storage``; faults default to the ``RB_FAULTS=1`` environment variable.

    ``lease_policy`` (:class:`regional_backend.fhir.leasing.LeasePolicy`) sets the FHIR slot leases;
    by default it is read from the environment (``RB_FHIR_LEASES=0`` turns them off).
    ``lookup_throttle`` limits wrong account look-ups per kiosk (default: 10 per 10 minutes).
    ``auth_throttle`` limits wrong bearer tokens per client address (default from the environment:
    ``RB_AUTH_FAIL_LIMIT`` 20 per ``RB_AUTH_FAIL_WINDOW_S`` 60 s).
    """
    kind_validators = dict(DEFAULT_VALIDATORS if validators is None else validators)
    if faults_enabled is None:
        faults_enabled = os.environ.get("RB_FAULTS") == "1"

    app = FastAPI(title="MFC reference regional backend", version=f"{API_VERSION}.0", description=DESCRIPTION)
    install(app)
    app.state.storage = storage
    app.state.validators = kind_validators
    throttle = lookup_throttle or LookupThrottle()
    app.state.lookup_throttle = throttle
    authenticator = Authenticator(storage, auth_throttle or AuthThrottle.from_env(storage, os.environ))
    app.state.authenticator = authenticator
    install_access_log_mask()

    # --- errors ---------------------------------------------------------------------------
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.message_ru, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return validation_error(exc)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        path = request.url.path
        if exc.status_code == 404:
            return error_for(path, 404, "not_found", "No such endpoint.", "Такого адреса нет.")
        if exc.status_code == 405:
            return error_for(path, 405, "method_not_allowed", "This method is not allowed here.",
                             "Этот метод здесь не разрешён.", {"Allow": allowed_methods(request.app, path, (exc.headers or {}).get("Allow", ""))})
        return error_for(path, exc.status_code, "http_error", str(exc.detail), str(exc.detail), exc.headers)

    def _db_failed(request: Request, exc: Exception) -> Response:
        retryable = is_retryable(exc)
        log.error("database error (%s): %s", "retryable" if retryable else "not retryable", one_line(exc))
        if retryable:
            return error_for(request.url.path, 503, "busy",
                             "The backend is busy; try again shortly. Nothing was stored.",
                             "Сервер занят; повторите попытку позже. Ничего не сохранено.", {"Retry-After": "1"})
        return error_for(request.url.path, 500, "internal_error", "Internal error; nothing was stored.",
                         "Внутренняя ошибка сервера; ничего не сохранено.")

    for failure in (sqlite3.OperationalError, sa.exc.OperationalError, sa.exc.InterfaceError, DatabaseError):
        app.add_exception_handler(failure, _db_failed)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error: %s", type(exc).__name__)
        return error_for(request.url.path, 500, "internal_error", "Internal error; nothing was stored.",
                         "Внутренняя ошибка сервера; ничего не сохранено.")

    # --- auth -----------------------------------------------------------------------------
    bearer = HTTPBearer(auto_error=False, description="Per-kiosk token from `add-kiosk`.")

    def require_kiosk(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Kiosk:
        try:
            return authenticator.kiosk(credentials.credentials if credentials else None,
                                       client_address(request.client))
        except AuthRefused as exc:
            raise ApiError(exc.status, exc.code, exc.message, exc.message_ru, exc.headers) from None

    KioskDep = Annotated[Kiosk, Depends(require_kiosk)]

    # --- endpoints ------------------------------------------------------------------------
    @app.get("/api/v1/health", response_model=Health, tags=["health"],
             summary="Liveness, server time and API version (no auth)")
    def health() -> Health:
        return Health(api_version=API_VERSION, server_time=utcnow_iso().split(".")[0] + "Z")

    @app.post("/api/v1/submissions/batch", response_model=BatchResponse, tags=["submissions"],
              summary="Push a batch of submissions (idempotent by item uuid)",
              responses=rest_errors(*AUTH, *BODY))
    def push_batch(batch: BatchRequest, kiosk: KioskDep) -> Response:
        """Stores each item once; answers one result per item, in order.

        The whole batch is one transaction: either every item's result is stored or none.
        """
        items = [SubmissionIn(uuid=i.uuid.lower(), kind=i.kind, captured_at=i.captured_at, payload=i.payload,
                              receipt_number=_receipt(i.receipt_number)) for i in batch.items]
        results = storage.push_batch(kiosk.kiosk_id, items, kind_validators)
        for sent, result in zip(batch.items, results, strict=True):
            result["uuid"] = sent.uuid  # echoed exactly as the kiosk wrote it
        counts = Counter(r["result"] for r in results)
        log.info("batch from %s: %d items %s", kiosk.kiosk_id, len(items), dict(counts))
        body = {"server_time": utcnow_iso().split(".")[0] + "Z", "results": results}
        return Response(json.dumps(body, ensure_ascii=False), media_type="application/json")

    # ``{uuid:uuid}``: only a UUID is routed here (so ``GET …/submissions/batch`` is a 405, not a look-up)
    @app.get("/api/v1/submissions/{uuid:uuid}", response_model=SubmissionStatus, tags=["submissions"],
             summary="Status of a submission this kiosk delivered, by its uuid", responses=rest_errors(*AUTH, 404))
    def submission_by_uuid(uuid: Annotated[UUID, Path(description="The item's uuid, any case.")],
                           kiosk: KioskDep) -> dict[str, Any]:
        """Only the kiosk that delivered the submission gets it; for any other kiosk it is unknown (404)."""
        found = storage.get_submission(str(uuid), kiosk.kiosk_id)
        if found is None:
            raise _not_found()
        return found

    @app.post("/api/v1/submissions/lookup", response_model=SubmissionStatus, tags=["submissions"],
              summary="Status of a submission this kiosk delivered, by its receipt number",
              responses=rest_errors(*AUTH, *BODY, 404))
    def submission_by_receipt(query: ReceiptLookup, kiosk: KioskDep) -> dict[str, Any]:
        """A POST, so that receipt numbers never appear in URLs or access logs.  Only the kiosk that
        delivered the submission gets it; for any other kiosk it is unknown (404)."""
        found = storage.find_by_receipt(query.receipt_number, kiosk.kiosk_id)
        if found is None:
            raise _not_found()
        return found

    @app.get("/api/v1/submissions", include_in_schema=False)
    def submission_by_receipt_in_url() -> None:
        """The retired ``?receipt=`` form: refused, so that receipt numbers stay out of URLs."""
        raise ApiError(400, "use_post",
                       "Receipt numbers are not accepted in URLs; POST {\"receipt_number\": …} to "
                       "/api/v1/submissions/lookup instead.",
                       "Номер расписки нельзя передавать в адресе запроса; отправьте его методом POST "
                       "на /api/v1/submissions/lookup.")

    @app.get("/api/v1/changes/{dataset}", response_model=ChangesResponse, tags=["changes"],
             summary="Delta pull of a reference dataset", responses=rest_errors(*AUTH, 404, 410, 422))
    def changes(
        dataset: Annotated[str, Path(description="`catalogue`, `offices` or `utilities`; another → 404.",
                                     json_schema_extra={"enum": list(DATASETS)})],
        _kiosk: KioskDep,
        cursor: Annotated[str | None, Query(max_length=200, description="Opaque cursor from the previous "
                                            "page; none = from the beginning (full resync).")] = None,
        limit: Annotated[int, Query(ge=1, le=1000, description="Page size.")] = 500,
    ) -> Response:
        """Changes after `cursor`, oldest first; `more` = ask again with the new cursor at once."""
        if dataset not in DATASETS:
            raise ApiError(404, "unknown_dataset", f"Unknown dataset; use one of {', '.join(DATASETS)}.",
                           f"Неизвестный справочник; допустимы: {', '.join(DATASETS)}.")
        try:
            page = storage.changes(dataset, cursor or None, limit)
        except CursorExpired as exc:
            raise ApiError(410, "resync_required",
                           f"The cursor is unknown or expired ({exc}); drop it and pull the dataset "
                           "again from the beginning.",
                           "Курсор неизвестен или устарел; загрузите справочник заново с начала.") from None
        return Response(page.to_json(), media_type="application/json")

    @app.post("/api/v1/utilities/accounts/lookup", response_model=AccountLookupResult, tags=["utilities"],
              summary="Meters and last readings of a personal account, confirmed by an address fragment",
              responses=rest_errors(*AUTH, *BODY, 429))
    def lookup_account(query: AccountLookup, kiosk: KioskDep) -> dict[str, Any]:
        """`found: true` with the account's meters only when the account number AND the house and
        flat match; an unknown account, an unknown provider and a wrong address all get the same
        `found: false` answer (same status, same shape).  A POST, so that account numbers never
        appear in URLs or access logs.  Nothing is logged about the query.

        Throttled per kiosk token: after 10 `found: false` answers within 10 minutes the kiosk gets
        `429 too_many_lookups` with `Retry-After` (seconds) and nothing is looked up."""
        wait = throttle.retry_after_s(kiosk.kiosk_id)
        if wait is not None:
            log.warning("account look-ups of %s throttled for %d s", kiosk.kiosk_id, wait)
            minutes = max(1, -(-wait // 60))
            raise ApiError(429, "too_many_lookups",
                           f"Too many account look-ups with a wrong account number or address from this "
                           f"kiosk; try again in {minutes} min. Nothing was looked up.",
                           f"С этого киоска слишком много запросов с неверным номером счёта или адресом; "
                           f"повторите через {minutes} мин. Поиск не выполнялся.",
                           {"Retry-After": str(wait)})
        meters = storage.lookup_account(query.provider_id, query.account_number, query.house, query.flat)
        now = utcnow_iso().split(".")[0] + "Z"
        if meters is None:
            throttle.miss(kiosk.kiosk_id)
            return {"found": False, "server_time": now, "account": None}
        return {"found": True, "server_time": now,
                "account": {"provider_id": query.provider_id, "meters": [meter_wire(m) for m in meters]}}

    # --- one queue per office: regional_backend/office_queue.py ----------------------------------
    @app.exception_handler(QueueRefused)
    async def _queue_refused(_request: Request, exc: QueueRefused) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.message_ru)

    app.include_router(office_queue_router(storage.office_queue(), KioskDep))

    # --- FHIR R4 subset (clinics, appointments, slot leases): regional_backend/fhir -----------
    app.state.fhir_store = storage.fhir(lease_policy or LeasePolicy.from_env(os.environ))
    app.include_router(fhir_router(app.state.fhir_store, authenticator=authenticator))

    if faults_enabled:
        injector = FaultInjector()
        app.state.faults = injector
        app.include_router(fault_router(injector))
        app.add_middleware(FaultInjector.Middleware, injector=injector)
    app.add_middleware(BodyLimitMiddleware, limit=max_body_bytes)
    return app


def _receipt(text: str | None) -> str | None:
    """The pushed receipt number in its one spelling; text that is not a receipt number is kept as
    sent (it can never be looked up: :meth:`Storage.find_by_receipt` refuses it)."""
    if not text:
        return None
    try:
        return normalise_receipt(text)
    except ReceiptNumberError:
        return text.strip()


def _not_found() -> ApiError:
    return ApiError(404, "not_found", "No submission with this uuid or receipt number has arrived.",
                    "Обращение с таким номером на сервер не поступало.")
