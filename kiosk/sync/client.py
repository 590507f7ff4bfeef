"""HTTP client of the regional backend: one ``requests.Session``, a time-out on every request,
TLS verification always on (optional extra CA bundle), optional proxy, bounded response size, and
strict checking of every answer.  Qt-free.

Failures are raised as :class:`SyncError` subclasses whose messages are plain words for a
technician's log; none contains the token or personal data.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from typing import Any

import requests

from offline_db.outbox import ItemResult, OutboxItem

from .backoff import parse_retry_after
from .config import SyncConfig

log = logging.getLogger(__name__)

API = "/api/v1"
RESULTS = ("accepted", "duplicate", "conflict", "rejected")


class SyncError(Exception):
    """Base of sync failures; ``retry_after_s`` is the server's wish when it gave one."""

    retry_after_s: float | None = None


class TransientError(SyncError):
    """Connection refused or cut, time-out, 5xx, 429: worth trying again later."""

    def __init__(self, message: str, retry_after_s: float | None = None):
        super().__init__(message)
        self.retry_after_s = retry_after_s


class RateLimited(TransientError):
    """429: the backend asks this kiosk to slow down (``retry_after_s`` when it said how long)."""


class ConnectionFailed(TransientError):
    """The backend could not be reached at all (refused, unreachable, time-out, TLS, proxy)."""


class MalformedResponse(TransientError):
    """The answer is not what the contract promises (HTML page, invalid JSON, wrong types, too big)."""


class AuthError(SyncError):
    """401/403: the token is wrong or revoked; sync pauses until a technician reconfigures."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


class ResyncRequired(SyncError):
    """410 on a changes feed: the cursor is unknown or expired."""


class RequestRefused(SyncError):
    """Another 4xx for the whole request (a bug or a version mismatch); nothing was stored."""


class BackendClient:
    """Talks to one backend for one kiosk.  Inject it into :class:`kiosk.sync.core.SyncEngine`."""

    def __init__(self, config: SyncConfig, *, session: requests.Session | None = None):
        self.config = config
        self.base = config.backend_url.rstrip("/") + API
        self.timeout = (config.connect_timeout_s, config.read_timeout_s)
        self.max_body = config.max_body_bytes
        s = session or requests.Session()
        s.trust_env = False  # the configured proxy only; no .netrc overriding our Authorization
        s.verify = config.ca_bundle or True  # never False
        if config.proxy:
            s.proxies = {"http": config.proxy, "https": config.proxy}
        s.headers["Authorization"] = f"Bearer {config.token}"
        s.headers["Accept"] = "application/json"
        s.headers["User-Agent"] = f"mfc-kiosk-sync/1 ({config.kiosk_id})"
        self.session = s
        #: The kiosk's clock (UTC); tests replace it to play a kiosk whose clock is off.
        self.clock = _utcnow
        #: The last ``server_time`` of a successful answer and the kiosk's time it was received
        #: at (the middle of the request); :class:`~kiosk.sync.core.SyncEngine` keeps its offset.
        self.server_clock: tuple[str, dt.datetime] | None = None

    def close(self) -> None:
        self.session.close()

    # --- transport -----------------------------------------------------------------------------
    def _request(self, method: str, path: str, *, what: str, auth: bool = True, **kwargs: Any) -> Any:
        url = self.base + path
        headers = kwargs.pop("headers", {})
        sent_at = self.clock()
        if not auth:
            headers["Authorization"] = None  # requests drops headers set to None
        try:
            resp = self.session.request(method, url, timeout=self.timeout, stream=True,
                                        allow_redirects=False, headers=headers, **kwargs)
        except requests.exceptions.SSLError as exc:
            raise ConnectionFailed(f"{what}: the backend's TLS certificate could not be verified "
                                 f"({_short(exc)}); check the CA bundle setting") from None
        except requests.exceptions.ProxyError as exc:
            raise ConnectionFailed(f"{what}: the proxy refused or failed ({_short(exc)})") from None
        except requests.exceptions.Timeout:
            raise ConnectionFailed(f"{what}: the backend did not answer within {self.timeout[1]:.0f} s") from None
        except requests.exceptions.ConnectionError as exc:
            raise ConnectionFailed(f"{what}: cannot connect to the backend ({_short(exc)})") from None
        except requests.exceptions.RequestException as exc:
            raise ConnectionFailed(f"{what}: request failed ({_short(exc)})") from None
        received_at = self.clock()
        try:
            body = self._read_body(resp, what)
        finally:
            resp.close()
        data = self._decode(resp, body, what)
        if isinstance(data, dict) and isinstance(data.get("server_time"), str):
            self.server_clock = (data["server_time"], sent_at + (received_at - sent_at) / 2)
        return data

    def _read_body(self, resp: requests.Response, what: str) -> bytes:
        declared = resp.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_body:
            raise MalformedResponse(f"{what}: the answer is too large ({int(declared)} bytes, "
                                    f"limit {self.max_body}); not read")
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in resp.iter_content(chunk_size=65536):
                size += len(chunk)
                if size > self.max_body:
                    raise MalformedResponse(f"{what}: the answer is too large (more than {self.max_body} "
                                            "bytes); reading stopped")
                chunks.append(chunk)
        except requests.exceptions.RequestException as exc:
            raise TransientError(f"{what}: the connection broke while reading the answer "
                                 f"({_short(exc)})") from None
        return b"".join(chunks)

    def _decode(self, resp: requests.Response, body: bytes, what: str) -> Any:
        status = resp.status_code
        retry_after = parse_retry_after(resp.headers.get("Retry-After"))
        data, problem = _parse_json(resp, body)
        code, message = _error_fields(data)
        detail = f": {code} {message}".rstrip() if code else ""
        if status in (401, 403):
            word = "rejected the kiosk's token" if status == 401 else "says this kiosk is not allowed (revoked)"
            raise AuthError(f"{what}: the backend {word} (HTTP {status}){detail}", status)
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
            raise RequestRefused(f"{what}: the backend refused the request (HTTP {status}){detail}")
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
        ``kiosk.domain.meters.parse_lookup``.
        """
        body = json.dumps({"provider_id": provider_id, "account_number": account_number, "house": house,
                           "flat": flat}, ensure_ascii=False).encode("utf-8")
        data = self._request("POST", "/utilities/accounts/lookup", what="account look-up", data=body,
                             headers={"Content-Type": "application/json; charset=utf-8"})
        _expect(isinstance(data, dict) and isinstance(data.get("found"), bool)
                and isinstance(data.get("server_time"), str), "account look-up: the answer is not a look-up result")
        return data


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _parse_json(resp: requests.Response, body: bytes) -> tuple[Any, str | None]:
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


def _short(exc: BaseException) -> str:
    """A one-line reason from a requests exception, without URLs' query strings or headers."""
    reason: BaseException = exc
    for _ in range(10):
        if reason.__context__ is None:
            break
        reason = reason.__context__
    text = str(reason) or reason.__class__.__name__
    for marker in ("Connection refused", "Name or service not known", "timed out", "Connection reset",
                   "Connection aborted", "RemoteDisconnected", "certificate verify failed",
                   "IncompleteRead", "Network is unreachable", "No route to host"):
        if marker in text or marker in str(exc):
            return marker.lower()
    return text.splitlines()[0][:160]
