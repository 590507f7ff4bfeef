""""Test connection": the way to the regional backend checked one step at a time.  Qt-free.

Steps, each reported separately so a technician knows which one failed:

1. ``resolve``  — the backend's host name resolves to addresses (DNS);
2. ``connect``  — a TCP connection opens to the host and port (or to the proxy);
3. ``tls``      — the TLS handshake succeeds and the certificate is valid for the host, with the
                  configured CA bundle (skipped for plain http on localhost, and through a proxy);
4. ``auth``     — an authenticated call with the kiosk's token is accepted;
5. ``version``  — ``/api/v1/health`` answers with an API version this kiosk speaks.

A step after a failed one is ``skipped``.  Results carry a ``code`` and ``info`` (no token, ever)
that the console turns into a translated sentence.  Runs on a network worker, never the GUI thread.
"""

from __future__ import annotations

import socket
import ssl
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kiosk.sync import config as cfg

STEPS = ("resolve", "connect", "tls", "auth", "version")
SUPPORTED_API = ("1",)
PROBE_UUID = "00000000-0000-4000-8000-000000000000"


@dataclass(frozen=True)
class StepResult:
    step: str
    status: str                    # ok | failed | skipped
    code: str = ""                 # what happened, for the translated sentence
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def _endpoint(url: str, proxy: str | None) -> tuple[str, str, int, bool]:
    """(scheme, host, port, via_proxy) of the first hop."""
    target = urllib.parse.urlsplit(proxy if proxy else url)
    scheme = target.scheme
    port = target.port or (443 if scheme == "https" else 1080 if scheme.startswith("socks") else 80)
    return scheme, target.hostname or "", port, bool(proxy)


def test_connection(url: str, token: str | None, *, ca_bundle: str | None = None, proxy: str | None = None,
                    kiosk_id: str = "", timeout_s: float = 5.0,
                    progress: Callable[[StepResult], None] | None = None) -> list[StepResult]:
    """Run the five steps; ``progress`` is called after each one (on the calling thread)."""
    results: list[StepResult] = []

    def report(result: StepResult) -> None:
        results.append(result)
        if progress is not None:
            progress(result)

    def skip_rest() -> list[StepResult]:
        for step in STEPS[len(results):]:
            report(StepResult(step, "skipped", "previous_failed"))
        return results

    try:
        url = cfg.check_backend_url(url)
    except cfg.ConfigError as exc:
        report(StepResult("resolve", "failed", "bad_url", {"error": str(exc)}))
        return skip_rest()
    scheme, host, port, via_proxy = _endpoint(url, proxy)
    backend = urllib.parse.urlsplit(url)

    # 1. name resolution
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        report(StepResult("resolve", "failed", "unknown_host", {"host": host, "error": str(exc)}))
        return skip_rest()
    addresses = sorted({info[4][0] for info in infos})
    report(StepResult("resolve", "ok", "resolved", {"host": host, "addresses": ", ".join(addresses[:4]),
                                                    "via_proxy": via_proxy}))

    # 2. TCP connect
    started = time.monotonic()
    try:
        sock = socket.create_connection((host, port), timeout=timeout_s)
    except TimeoutError:
        report(StepResult("connect", "failed", "timeout", {"host": host, "port": port, "seconds": timeout_s}))
        return skip_rest()
    except ConnectionRefusedError:
        report(StepResult("connect", "failed", "refused", {"host": host, "port": port}))
        return skip_rest()
    except OSError as exc:
        report(StepResult("connect", "failed", "unreachable", {"host": host, "port": port, "error": str(exc)}))
        return skip_rest()
    report(StepResult("connect", "ok", "connected", {"host": host, "port": port,
                                                     "ms": round((time.monotonic() - started) * 1000),
                                                     "via_proxy": via_proxy}))

    # 3. TLS handshake and certificate
    try:
        if backend.scheme != "https":
            report(StepResult("tls", "skipped", "plain_http", {"host": backend.hostname}))
        elif via_proxy:
            report(StepResult("tls", "skipped", "via_proxy", {}))
        else:
            context = ssl.create_default_context(cafile=ca_bundle or None)
            sock.settimeout(timeout_s)
            try:
                with context.wrap_socket(sock, server_hostname=host) as tls:
                    cert = tls.getpeercert() or {}
                    version = tls.version() or ""
            except ssl.SSLCertVerificationError as exc:
                report(StepResult("tls", "failed", "certificate", {"reason": exc.verify_message or str(exc)}))
                return skip_rest()
            except (ssl.SSLError, OSError) as exc:
                report(StepResult("tls", "failed", "handshake", {"error": str(exc)}))
                return skip_rest()
            subject = dict(x[0] for x in cert.get("subject", ()) if x)
            issuer = dict(x[0] for x in cert.get("issuer", ()) if x)
            report(StepResult("tls", "ok", "verified", {
                "subject": subject.get("commonName", ""), "issuer": issuer.get("organizationName")
                or issuer.get("commonName", ""), "expires": cert.get("notAfter", ""), "protocol": version}))
    except (ssl.SSLError, OSError) as exc:  # e.g. a CA bundle file that cannot be read
        report(StepResult("tls", "failed", "ca_bundle", {"error": str(exc)}))
        return skip_rest()
    finally:
        sock.close()

    # 4. authentication, 5. API version — through the same client the sync uses
    from kiosk.sync.client import AuthError, BackendClient, SyncError

    if not token:
        report(StepResult("auth", "failed", "no_token"))
        return skip_rest()
    client = BackendClient(cfg.SyncConfig(backend_url=url, kiosk_id=kiosk_id or "-", token=token,
                                          ca_bundle=ca_bundle or None, proxy=proxy or None,
                                          connect_timeout_s=timeout_s, read_timeout_s=timeout_s,
                                          request_limit_s=2 * timeout_s))
    try:
        try:
            client.submission(PROBE_UUID)
        except AuthError as exc:
            report(StepResult("auth", "failed", "revoked" if exc.status == 403 else "token_rejected",
                              {"status": exc.status}))
            return skip_rest()
        except SyncError as exc:
            report(StepResult("auth", "failed", "no_answer", {"error": str(exc)}))
            return skip_rest()
        report(StepResult("auth", "ok", "accepted"))
        try:
            health = client.health()
        except SyncError as exc:
            report(StepResult("version", "failed", "not_health", {"error": str(exc)}))
            return results
        version = str(health.get("api_version"))
        if version not in SUPPORTED_API:
            report(StepResult("version", "failed", "unsupported", {"version": version,
                                                                   "supported": ", ".join(SUPPORTED_API)}))
        else:
            report(StepResult("version", "ok", "supported", {"version": version,
                                                             "server_time": health.get("server_time", "")}))
    finally:
        client.close()
    return results


def from_store(store: Any) -> dict[str, Any]:
    """The saved connection settings for :func:`test_connection` (database worker).

    Returns keyword arguments including the token read from its 0600 file; they stay in memory
    on the network worker and are never shown or logged.
    """
    url = store.get_setting(cfg.K_URL) or ""
    token_file = store.get_setting(cfg.K_TOKEN_FILE)
    token = None
    if token_file:
        try:
            token = cfg.read_token(token_file)
        except cfg.ConfigError:
            token = None
    timeout = store.get_setting(cfg.K_TIMEOUT, [5, 30])
    return {"url": url, "token": token, "ca_bundle": store.get_setting(cfg.K_CA) or None,
            "proxy": store.get_setting(cfg.K_PROXY) or None, "kiosk_id": store.get_setting("kiosk_id", ""),
            "timeout_s": float(timeout[0])}


#: The form fields "Test connection" uses.
FORM_FIELDS = ("backend_url", "kiosk_id", "token", "ca_bundle", "proxy")


def from_form(store: Any, values: dict[str, str]) -> tuple[dict[str, Any] | None, bool, dict[str, Any]]:
    """What "Test connection" tests: the values typed on the technician's form when they differ
    from the saved ones (not saved yet), else the saved settings (database worker).

    Returns ``(kwargs for test_connection or None, unsaved, errors)``: ``unsaved`` True when the
    typed values are tested; ``kwargs`` None when a typed connection value is invalid (``errors``
    as :func:`kiosk.console.enrolment.validate` gives them, for those fields only).  A missing token
    is no error here: the steps before authentication are still worth testing.  A typed token is
    used in memory only and never stored by a test.
    """
    from . import enrolment

    saved = from_store(store)
    current = enrolment.current(store)
    clean, errors = enrolment.validate(values, has_token=current["has_token"],
                                       office_ids={o["id"] for o in current["offices"]})
    errors = {k: v for k, v in errors.items() if k in FORM_FIELDS and v[0] != "required"}
    typed_token = (values.get("token") or "").strip()
    unsaved = bool(typed_token) or any(
        k in errors or clean.get(k, "") != current["values"][k] for k in FORM_FIELDS if k != "token")
    if not unsaved:
        return saved, False, {}
    if errors:
        return None, True, errors
    return {"url": clean["backend_url"], "token": clean.get("token") or saved["token"],
            "ca_bundle": clean["ca_bundle"] or None, "proxy": clean["proxy"] or None,
            "kiosk_id": clean.get("kiosk_id", ""), "timeout_s": saved["timeout_s"]}, True, {}


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test when imported
