"""Kiosk authentication shared by the REST API and the FHIR router: the bearer token names the
kiosk; wrong tokens are counted per client address (:class:`regional_backend.throttle.AuthThrottle`).

The token is never logged; the client address is, once per window, when it is throttled.
"""

from __future__ import annotations

import logging
import threading
import time

from .storage import Kiosk, Storage
from .throttle import AuthThrottle

log = logging.getLogger("regional_backend")


class AuthRefused(Exception):
    """No kiosk for this request: ``status`` 401 (missing or unknown token), 403 (revoked) or 429
    (too many wrong tokens from this address; ``retry_after`` seconds)."""

    def __init__(self, status: int, code: str, message: str, message_ru: str, retry_after: int | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.message_ru = status, code, message, message_ru
        self.retry_after = retry_after

    @property
    def headers(self) -> dict[str, str]:
        if self.status == 401:
            return {"WWW-Authenticate": "Bearer"}
        if self.retry_after is not None:
            return {"Retry-After": str(self.retry_after)}
        return {}


class Authenticator:
    def __init__(self, storage: Storage, throttle: AuthThrottle):
        self.storage, self.throttle = storage, throttle
        self._warned: dict[str, float] = {}
        self._lock = threading.Lock()

    def kiosk(self, token: str | None, address: str) -> Kiosk:
        """The kiosk of a bearer ``token`` (``None``: no usable ``Authorization`` header) sent from
        ``address``; raises :class:`AuthRefused`."""
        kiosk = self.storage.authenticate(token) if token else None
        if kiosk is None:
            wait = self.throttle.failure(address) if token else None
            if wait is not None:
                self._warn(address, wait)
                raise AuthRefused(
                    429, "too_many_auth_failures",
                    f"Too many requests with a wrong kiosk token from this address; try again in {wait} s. "
                    "If this is a kiosk, ask the technician to check its token.",
                    f"С этого адреса слишком много запросов с неверным токеном киоска; повторите через {wait} с. "
                    "Если это киоск, попросите техника проверить его токен.", wait)
            raise AuthRefused(401, "unauthorized", "Missing or unknown kiosk token.",
                              "Токен киоска не передан или неизвестен. Обратитесь к технику.")
        if kiosk.revoked:
            raise AuthRefused(403, "forbidden", "This kiosk's token has been revoked.",
                              "Токен этого киоска отозван. Обратитесь к технику.")
        return kiosk

    def _warn(self, address: str, wait: int) -> None:
        """One warning per address and window, not one per refused request."""
        now = time.monotonic()
        with self._lock:
            if now < self._warned.get(address, 0.0):
                return
            self._warned = {a: t for a, t in self._warned.items() if t > now}
            self._warned[address] = now + self.throttle.window_s
        log.warning("wrong kiosk tokens from %s: refused with 429 for %d s", address, wait)


def client_address(scope_client: tuple[str, int] | None) -> str:
    """The address the server saw (behind a reverse proxy: see docs/api.md, "Token guessing")."""
    return scope_client[0] if scope_client else "unknown"
