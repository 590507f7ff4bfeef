"""The kiosk's one HTTP transport, used by the backend client and the clinic's FHIR client: a
``requests.Session`` (TLS always verified, optional CA bundle and proxy, nothing taken from the
environment) and every request bounded as a whole.  Qt-free.

Bounds of one request (from :class:`~kiosk.sync.config.SyncConfig`):

* connecting: ``connect_timeout_s``; each wait for data (headers, each piece of the body):
  ``read_timeout_s`` (the setting ``sync.timeout_s``);
* the whole request — connecting, the headers and the complete body — ``request_limit_s``
  (``sync.request_limit_s``), and never past the deadline of the sync run it belongs to
  (:meth:`Transport.run_until`).  The body is read piece by piece as it arrives, the socket's
  time-out before each read is what is left, and a watchdog shuts the connection down when the
  deadline passes, so neither a server dripping its answer a byte at a time nor one that never
  ends it can hold a request longer;
* the body's size: ``max_body_bytes`` (``sync.max_body_mb``).  A larger ``Content-Length`` is
  refused before reading; a body growing past the limit is refused when it does.  The
  connection is then closed, never drained: a refused answer is never held in memory.

Failures are raised as :mod:`kiosk.sync.errors` classes in plain words, without URLs (a query
may carry personal data) or headers (the token).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import requests
import urllib3
from requests.adapters import HTTPAdapter

from .config import SyncConfig
from .errors import ConnectionFailed, DeadlineExceeded, MalformedResponse, TransientError

CHUNK = 64 * 1024
#: what reading the body may raise besides the deadline (urllib3 wraps most of it)
_READ_ERRORS = (urllib3.exceptions.HTTPError, requests.RequestException, http.client.HTTPException, OSError,
                ValueError)


@dataclass(frozen=True)
class HttpReply:
    """A complete answer (the subset of ``requests.Response`` the clients use)."""

    status_code: int
    headers: Mapping[str, str]
    content: bytes

    def json(self) -> Any:
        """The body as JSON (raises ``ValueError`` when it is not)."""
        return json.loads(self.content)


class _Watch:
    """The connection one request uses; :meth:`cut` (from the watchdog or any thread) shuts it down."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: Any = None
        self._over = False
        self.fired = False

    def attach(self, conn: Any) -> None:
        with self._lock:
            self._conn = conn

    def cut(self) -> None:
        with self._lock:  # held while cutting: once the request is over, its connection is left alone
            if self._over:
                return
            self.fired = True
            sock = getattr(self._conn, "sock", None)
            if isinstance(sock, socket.socket):
                # socket.socket.shutdown, not SSLSocket.shutdown: that would also drop the TLS state
                # under the thread reading; this only wakes its read, which then ends.
                with contextlib.suppress(OSError):
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def finish(self) -> None:
        with self._lock:
            self._over = True


class _WatchedAdapter(HTTPAdapter):
    """Reports which pooled connection each request gets, so that its watchdog can cut it."""

    def __init__(self, on_connection: Callable[[Any], None]):
        self._on_connection = on_connection
        super().__init__()

    def get_connection_with_tls_context(self, request: Any, verify: Any, proxies: Any = None,
                                        cert: Any = None) -> Any:
        pool = super().get_connection_with_tls_context(request, verify, proxies=proxies, cert=cert)
        if not getattr(pool, "_kiosk_watched", False):
            take = pool._get_conn
            report = self._on_connection

            def get_conn(timeout: float | None = None) -> Any:
                conn = take(timeout)
                report(conn)
                return conn

            pool._get_conn = get_conn
            pool._kiosk_watched = True
        return pool


class Transport:
    """HTTP for one kiosk to one server; ``peer`` names the server in messages ("the backend")."""

    def __init__(self, config: SyncConfig, *, accept: str, peer: str = "the backend",
                 session: requests.Session | None = None):
        self.timeout = (config.connect_timeout_s, config.read_timeout_s)
        self.limit_s = config.request_limit_s
        self.max_body = config.max_body_bytes
        self.peer = peer
        s = session or requests.Session()
        s.trust_env = False  # the configured proxy only; no .netrc overriding our Authorization
        s.verify = config.ca_bundle or True  # never False
        if config.proxy:
            s.proxies = {"http": config.proxy, "https": config.proxy}
        s.headers["Authorization"] = f"Bearer {config.token}"
        s.headers["Accept"] = accept
        s.headers["User-Agent"] = f"mfc-kiosk-sync/1 ({config.kiosk_id})"
        adapter = _WatchedAdapter(self._attach)
        s.mount("http://", adapter)
        s.mount("https://", adapter)
        self.session = s
        self._local = threading.local()
        self._lock = threading.Lock()
        self._active: set[_Watch] = set()
        self._aborted = False
        self._run_deadline: float | None = None

    def close(self) -> None:
        self.session.close()

    @contextlib.contextmanager
    def run_until(self, deadline: float | None) -> Iterator[None]:
        """Requests made inside end by ``deadline`` (a ``time.monotonic()`` value) at the latest."""
        before = self._run_deadline
        if deadline is not None:
            self._run_deadline = deadline if before is None else min(before, deadline)
        try:
            yield
        finally:
            self._run_deadline = before

    def abort(self) -> None:
        """Cut the requests in flight and refuse new ones (any thread): the kiosk is stopping."""
        with self._lock:
            self._aborted = True
            watches = list(self._active)
        for watch in watches:
            watch.cut()

    def request(self, method: str, url: str, *, what: str, headers: Mapping[str, str | None] | None = None,
                data: Any = None, params: Any = None) -> HttpReply:
        """One request, its answer read completely within the bounds (see the module)."""
        started = time.monotonic()
        deadline = started + self.limit_s
        run_deadline = self._run_deadline
        by_run = run_deadline is not None and run_deadline < deadline
        if run_deadline is not None and by_run:
            deadline = run_deadline
        left = deadline - started
        if left <= 0:
            raise DeadlineExceeded(f"{what}: not sent, the sync run's time ran out")
        watch = _Watch()
        with self._lock:  # checked and registered together: an abort() now cuts this request too
            if self._aborted:
                raise ConnectionFailed(f"{what}: not sent, the kiosk's sync is stopping")
            self._active.add(watch)
        self._local.watch = watch
        watchdog = threading.Timer(left, watch.cut)
        watchdog.daemon = True
        watchdog.start()
        try:
            try:
                resp = self.session.request(method, url, headers=headers, data=data, params=params, stream=True,
                                            allow_redirects=False,
                                            timeout=(min(self.timeout[0], left), min(self.timeout[1], left)))
            except requests.RequestException as exc:
                raise self._failure(exc, what, watch, started, deadline, by_run) from None
            try:
                body = self._read_body(resp, what, watch, started, deadline, by_run)
            finally:
                resp.close()  # closes the connection when the body was not read to its end
        finally:
            watchdog.cancel()
            watch.finish()
            self._local.watch = None
            with self._lock:
                self._active.discard(watch)
        return HttpReply(resp.status_code, resp.headers, body)

    # --- inside ------------------------------------------------------------------------------------
    def _attach(self, conn: Any) -> None:
        watch = getattr(self._local, "watch", None)
        if watch is not None:
            watch.attach(conn)

    def _read_body(self, resp: requests.Response, what: str, watch: _Watch, started: float, deadline: float,
                   by_run: bool) -> bytes:
        declared = resp.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            raise MalformedResponse(f"{what}: the answer is too large ({int(declared)} bytes, "
                                    f"limit {self.max_body}); not read")
        raw = resp.raw
        chunks: list[bytes] = []
        size = 0
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or watch.fired:
                raise self._late(what, watch, started, by_run)
            sock = getattr(raw.connection, "sock", None)
            if sock is not None:
                sock.settimeout(min(self.timeout[1], left))  # one read never outlasts the deadline
            try:
                chunk = raw.read1(CHUNK, decode_content=True)  # what has arrived: a drip cannot fill a buffer
            except _READ_ERRORS as exc:
                if watch.fired or time.monotonic() >= deadline or self._aborted:
                    raise self._late(what, watch, started, by_run) from None
                if _is_timeout(exc):
                    raise ConnectionFailed(f"{what}: {self.peer} did not answer within {self.timeout[1]:.0f} s "
                                           "(it stopped in the middle of its answer)") from None
                raise TransientError(f"{what}: the connection broke while reading the answer "
                                     f"({short_reason(exc)})") from None
            if not chunk:
                break
            size += len(chunk)
            if size > self.max_body:
                raise MalformedResponse(f"{what}: the answer is too large (more than {self.max_body} bytes); "
                                        "reading stopped")
            chunks.append(chunk)
        if watch.fired:  # an answer ended by closing the connection looks complete when the watchdog cut it
            raise self._late(what, watch, started, by_run)
        return b"".join(chunks)

    def _late(self, what: str, watch: _Watch, started: float, by_run: bool) -> ConnectionFailed:
        if self._aborted:
            return ConnectionFailed(f"{what}: stopped, the kiosk's sync is stopping")
        if by_run:
            return DeadlineExceeded(f"{what}: the sync run's time ran out after waiting "
                                    f"{time.monotonic() - started:.0f} s for {self.peer}")
        return DeadlineExceeded(f"{what}: {self.peer} did not send a complete answer within {self.limit_s:g} s "
                                "(sync.request_limit_s)")

    def _failure(self, exc: requests.RequestException, what: str, watch: _Watch, started: float,
                 deadline: float, by_run: bool) -> ConnectionFailed:
        if watch.fired or time.monotonic() >= deadline or self._aborted:
            return self._late(what, watch, started, by_run)
        if isinstance(exc, requests.exceptions.SSLError):
            return ConnectionFailed(f"{what}: {self.peer}'s TLS certificate could not be verified "
                                    f"({short_reason(exc)}); check the CA bundle setting")
        if isinstance(exc, requests.exceptions.ProxyError):
            return ConnectionFailed(f"{what}: the proxy refused or failed ({short_reason(exc)})")
        if isinstance(exc, requests.exceptions.Timeout):
            return ConnectionFailed(f"{what}: {self.peer} did not answer within {self.timeout[1]:.0f} s")
        if isinstance(exc, requests.exceptions.ConnectionError):
            return ConnectionFailed(f"{what}: cannot connect to {self.peer} ({short_reason(exc)})")
        return ConnectionFailed(f"{what}: request failed ({short_reason(exc)})")


def _is_timeout(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, TimeoutError | urllib3.exceptions.TimeoutError | requests.exceptions.Timeout):
            return True
        seen = seen.__context__
    return False


def short_reason(exc: BaseException) -> str:
    """A one-line reason from a network exception, without URLs' query strings or headers."""
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
    return re.sub(r"\?\S*", "?…", text.splitlines()[0])[:160]  # no query strings: they may name a person
