"""HTTP client of the regional backend: its requests go through the kiosk's one bounded
transport (:mod:`kiosk.sync.transport`: TLS always verified, every request bounded as a whole,
bounded response size), and every answer is checked strictly.  Qt-free.

Failures are raised as :class:`SyncError` subclasses (:mod:`kiosk.sync.errors`, importable from
here too) whose messages are plain words for a technician's log; none contains the token or
personal data.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from offline_db import clock
from offline_db.outbox import ItemResult, OutboxItem

from .backoff import parse_retry_after
from .config import SyncConfig
from .errors import (
    AuthError,
    ConnectionFailed,
    DeadlineExceeded,
    MalformedResponse,
    RateLimited,
    RequestRefused,
    ResyncRequired,
    SyncError,
    TransientError,
)
from .transport import HttpReply, Transport

if TYPE_CHECKING:
    import requests

__all__ = ["AuthError", "BackendClient", "ConnectionFailed", "DeadlineExceeded", "MalformedResponse",
           "RateLimited", "RequestRefused", "ResyncRequired", "SyncError", "TransientError"]

log = logging.getLogger(__name__)

API = "/api/v1"
RESULTS = ("accepted", "duplicate", "conflict", "rejected")


class BackendClient:
    """Talks to one backend for one kiosk.  Inject it into :class:`kiosk.sync.core.SyncEngine`."""

    def __init__(self, config: SyncConfig, *, session: requests.Session | None = None):
        self.config = config
        self.base = config.backend_url.rstrip("/") + API
        self.transport = Transport(config, accept="application/json", session=session)
        self.session = self.transport.session
        #: The kiosk's clock (UTC); tests replace it to play a kiosk whose clock is off.
        self.clock = _utcnow
        #: The last ``server_time`` of a successful answer and the kiosk's time it was received
        #: at (the middle of the request); :class:`~kiosk.sync.core.SyncEngine` keeps its offset.
        self.server_clock: tuple[str, dt.datetime] | None = None

    def close(self) -> None:
        self.transport.close()

    # --- transport -----------------------------------------------------------------------------
    def _request(self, method: str, path: str, *, what: str, auth: bool = True, **kwargs: Any) -> Any:
        headers = kwargs.pop("headers", {})
        sent_at = self.clock()
        if not auth:
            headers["Authorization"] = None  # requests drops headers set to None
        reply = self.transport.request(method, self.base + path, what=what, headers=headers, **kwargs)
        received_at = self.clock()  # answers carrying server_time are small: reading them is instant
        data = self._decode(reply, what)
        if isinstance(data, dict) and isinstance(data.get("server_time"), str):
            self.server_clock = (data["server_time"], sent_at + (received_at - sent_at) / 2)
        return data

    def _decode(self, resp: HttpReply, what: str) -> Any:
        status = resp.status_code
        retry_after = parse_retry_after(resp.headers.get("Retry-After"))
        data, problem = _parse_json(resp)
        code, message = _error_fields(data)
        detail = f": {code} {message}".rstrip() if code else ""
        if status in (401, 403):
            word = "rejected the kiosk's token" if status == 401 else "says this kiosk is not allowed (revoked)"
            auth = AuthError(f"{what}: the backend {word} (HTTP {status}){detail}", status)
            auth.code = code
            raise auth
        if status == 410:
            raise ResyncRequired(f"{what}: the backend asks for a full resync (HTTP 410){detail}")
        if status == 429:
            wait = f"; asked to wait {retry_after:.0f} s" if retry_after is not None else ""
            raise RateLimited(f"{what}: the backend asks to slow down (HTTP 429){detail}{wait}", retry_after)
        if status >= 500:
            wait = f"; asked to wait {retry_after:.0f} s" if retry_after is not None else ""
            raise TransientError(f"{what}: the backend is busy or failing (HTTP {status}){detail}{wait}",
                                 retry_after)
        if 300 <= status < 400:
            raise MalformedResponse(f"{what}: the backend answered with a redirect (HTTP {status}); "
                                    "a captive portal or a wrong backend URL")
        if 400 <= status < 500:
            refused = RequestRefused(f"{what}: the backend refused the request (HTTP {status}){detail}")
            refused.code = code
            raise refused
        if status != 200:
            raise MalformedResponse(f"{what}: unexpected HTTP status {status}")
        if problem:
            raise MalformedResponse(f"{what}: {problem}")
        return data

    # --- API -----------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        data = self._request("GET", "/health", what="health check", auth=False)
        _expect(isinstance(data, dict) and data.get("status") == "ok" and isinstance(data.get("api_version"), str),
                "health check: the answer is not a health report")
        return data

    def push(self, items: Sequence[OutboxItem]) -> list[ItemResult]:
        """Send a batch; return one checked result per item, in the same order."""
        body = json.dumps({"items": [i.wire() for i in items]}, ensure_ascii=False).encode("utf-8")
        data = self._request("POST", "/submissions/batch", what="delivery", data=body,
                             headers={"Content-Type": "application/json; charset=utf-8"})
        what = "delivery"
        _expect(isinstance(data, dict) and isinstance(data.get("results"), list),
                f"{what}: the answer has no list of results")
        results = data["results"]
        _expect(len(results) == len(items),
                f"{what}: the answer has {len(results)} results for {len(items)} items")
        out = []
        for item, r in zip(items, results, strict=True):
            _expect(isinstance(r, dict), f"{what}: a result is not an object")
            _expect(r.get("uuid") == item.uuid, f"{what}: results do not match the items sent (uuid)")
            kind = r.get("result")
            _expect(kind in RESULTS, f"{what}: unknown result {kind!r}")
            if kind in ("accepted", "duplicate"):
                ref = r.get("server_ref")
                _expect(isinstance(ref, str) and ref != "", f"{what}: an accepted item has no server reference")
                out.append(ItemResult(item.uuid, kind, server_ref=ref))
            else:
                code = r.get("code")
                _expect(isinstance(code, str) and code != "", f"{what}: a refused item has no code")
                ru, en = r.get("reason_ru"), r.get("reason_en")
                _expect(all(isinstance(x, str | None) for x in (ru, en)), f"{what}: a reason is not text")
                out.append(ItemResult(item.uuid, kind, code=code, reason_ru=ru, reason_en=en))
        return out

    def changes(self, dataset: str, cursor: str | None, limit: int) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        what = f"pull of {dataset}"
        data = self._request("GET", f"/changes/{dataset}", what=what, params=params)
        _expect(isinstance(data, dict), f"{what}: the answer is not an object")
        _expect(isinstance(data.get("changes"), list), f"{what}: the answer has no list of changes")
        _expect(isinstance(data.get("more"), bool), f"{what}: 'more' is not true/false")
        _expect(isinstance(data.get("cursor"), str) and data["cursor"] != "", f"{what}: no cursor")
        _expect(data.get("dataset", dataset) == dataset, f"{what}: the answer is for another dataset")
        return data

    def submission(self, uuid: str) -> dict[str, Any] | None:
        try:
            data = self._request("GET", f"/submissions/{uuid}", what="status look-up")
        except RequestRefused as exc:
            if "HTTP 404" in str(exc):
                return None
            raise
        _expect(isinstance(data, dict), "status look-up: the answer is not an object")
        return data


    def lookup_account(self, provider_id: str, account_number: str, house: str, flat: str) -> dict[str, Any]:
        """Meters of a personal account confirmed by an address fragment (meter readings screens).

        A POST, so that the account number never appears in a URL; the answer is checked by
        ``mfc_rules.meters.parse_lookup``.
        """
        body = json.dumps({"provider_id": provider_id, "account_number": account_number, "house": house,
                           "flat": flat}, ensure_ascii=False).encode("utf-8")
        data = self._request("POST", "/utilities/accounts/lookup", what="account look-up", data=body,
                             headers={"Content-Type": "application/json; charset=utf-8"})
        _expect(isinstance(data, dict) and isinstance(data.get("found"), bool)
                and isinstance(data.get("server_time"), str), "account look-up: the answer is not a look-up result")
        return data

    # --- the office queue (kiosk.domain.office_queue) --------------------------------------------
    def _post(self, path: str, body: dict[str, Any], what: str) -> Any:
        data = self._request("POST", path, what=what, data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
                             headers={"Content-Type": "application/json; charset=utf-8"})
        _expect(isinstance(data, dict), f"{what}: the answer is not an object")
        return data

    def queue_enrol(self, office_id: str) -> dict[str, Any]:
        """Bind this kiosk to its office; the answer gives its offline ticket number range."""
        return self._post("/queue/enrol", {"office_id": office_id}, "queue range")

    def office_queue(self, office_id: str) -> dict[str, Any]:
        data = self._request("GET", f"/offices/{quote(office_id, safe='')}/queue", what="office queue")
        _expect(isinstance(data, dict) and isinstance(data.get("tickets"), list)
                and isinstance(data.get("clashes"), list), "office queue: the answer is not a queue")
        return data

    def queue_issue(self, office_id: str, uuid: str, category_id: str) -> dict[str, Any]:
        return self._post(f"/offices/{quote(office_id, safe='')}/queue/tickets",
                          {"uuid": uuid, "category_id": category_id}, "office ticket")

    def queue_call_next(self, office_id: str, category_id: str, counter: str) -> dict[str, Any]:
        return self._post(f"/offices/{quote(office_id, safe='')}/queue/call-next",
                          {"category_id": category_id, "counter": counter}, "office queue call")

    def queue_ticket_action(self, office_id: str, ticket: str, action: str,
                            category_id: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"ticket": ticket, "action": action}
        if category_id is not None:
            body["category_id"] = category_id
        return self._post(f"/offices/{quote(office_id, safe='')}/queue/tickets/actions", body, "office queue action")


def _utcnow() -> dt.datetime:
    return clock.now()  # the kiosk's clock, which tests pin


def _parse_json(resp: HttpReply) -> tuple[Any, str | None]:
    body = resp.content
    ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
    head = body[:512].lstrip().lower()
    if ctype in ("text/html", "application/xhtml+xml") or head.startswith((b"<!doctype html", b"<html")):
        return None, ("the answer is an HTML page, not JSON (a captive portal, a proxy login page "
                      "or a wrong backend URL)")
    if not body:
        return None, "the answer is empty"
    if ctype and ctype != "application/json" and not ctype.endswith("+json"):
        return None, f"the answer is {ctype}, not JSON"
    try:
        return json.loads(body.decode("utf-8")), None
    except (UnicodeDecodeError, ValueError):
        return None, f"the answer is not valid JSON ({len(body)} bytes)"


def _error_fields(data: Any) -> tuple[str, str]:
    if isinstance(data, dict) and isinstance(data.get("error"), dict):
        err = data["error"]
        code = err.get("code") if isinstance(err.get("code"), str) else ""
        message = err.get("message") if isinstance(err.get("message"), str) else ""
        return code[:80], message[:200]
    return "", ""


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise MalformedResponse(message)
