"""Console PINs: salted scrypt hashes, roles, and a lockout that survives a restart.  Qt-free.

* Roles: ``clerk`` and ``technician`` (a technician can do what a clerk can).
* A PIN is 4–12 digits, stored only as ``scrypt$N$r$p$salt$hash`` (hashlib.scrypt, memory-hard,
  from the standard library) in the store's settings; never logged, never in the audit log.
* Five wrong PINs in a row lock the pad for five minutes; the count and the lock end are kept in
  the store, so turning the kiosk off and on does not reset them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from offline_db.store import Store, iso_utc, parse_utc, utcnow

ROLES = ("clerk", "technician")
MAX_FAILURES = 5
LOCK_MINUTES = 5
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1   # 16 MiB per hash: memory-hard, ~50 ms here
PIN_MIN, PIN_MAX = 4, 12
WEAK = {"0000", "1111", "1234", "4321", "123456", "000000", "111111", "12345678"}


class PinError(ValueError):
    """A PIN that cannot be set (too short, not digits, too easy)."""


@dataclass(frozen=True)
class LoginResult:
    role: str | None            # the role logged in, or None
    locked_until: str | None    # UTC ISO time when the pad unlocks, when locked
    failures: int               # wrong PINs in a row so far

    @property
    def ok(self) -> bool:
        return self.role is not None


def _key(role: str) -> str:
    return f"console.pin.{role}"


def hash_pin(pin: str, *, salt: bytes | None = None, n: int = SCRYPT_N) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, dklen=32,
                            maxmem=256 * 1024 * 1024)
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                                   dklen=len(bytes.fromhex(digest)), maxmem=256 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def check_new_pin(pin: str) -> None:
    if not pin.isdigit() or not PIN_MIN <= len(pin) <= PIN_MAX:
        raise PinError(f"a PIN has {PIN_MIN} to {PIN_MAX} digits")
    if pin in WEAK or len(set(pin)) == 1:
        raise PinError("this PIN is too easy to guess")


def set_pin(store: Store, role: str, pin: str, *, actor: str = "technician") -> None:
    if role not in ROLES:
        raise PinError(f"role must be one of {', '.join(ROLES)}")
    check_new_pin(pin)
    with store.atomic():
        other = ROLES[1 - ROLES.index(role)]
        stored_other = store.get_setting(_key(other))
        if stored_other and verify_pin(pin, stored_other):
            raise PinError("the clerk and technician PINs must differ")
        store.set_setting(_key(role), hash_pin(pin))
        store.audit(actor, "set_pin", role)


def has_pin(store: Store, role: str) -> bool:
    return bool(store.get_setting(_key(role)))


def lock_state(store: Store, now: dt.datetime | None = None) -> tuple[int, str | None]:
    """(failures in a row, lock end or None when not locked now)."""
    now = now or utcnow()
    failures = int(store.get_setting("console.failures", 0))
    until = store.get_setting("console.locked_until")
    if until and parse_utc(until) > now:
        return failures, until
    return failures, None


def login(store: Store, pin: str, now: dt.datetime | None = None) -> LoginResult:
    """Check a PIN against both roles, counting failures and locking after five in a row."""
    now = now or utcnow()
    failures, locked = lock_state(store, now)
    if locked:
        store.audit("-", "login_refused_locked")
        return LoginResult(None, locked, failures)
    role = None
    for candidate in reversed(ROLES):  # technician first: the stronger role wins on a (forbidden) tie
        stored = store.get_setting(_key(candidate))
        if stored and verify_pin(pin, stored):
            role = candidate
            break
    with store.atomic():
        if role:
            store.set_setting("console.failures", 0)
            store.delete_setting("console.locked_until")
            store.audit(role, "login")
            return LoginResult(role, None, 0)
        failures += 1
        until = None
        if failures >= MAX_FAILURES:
            until = iso_utc(now + dt.timedelta(minutes=LOCK_MINUTES))
            store.set_setting("console.locked_until", until)
            failures = 0
        store.set_setting("console.failures", failures)
        store.audit("-", "login_failed", details="locked" if until else "")
    return LoginResult(None, until, failures if until is None else MAX_FAILURES)


def can(role: str, action_role: str) -> bool:
    """Whether ``role`` may do what needs ``action_role`` (technician ⊇ clerk)."""
    return ROLES.index(role) >= ROLES.index(action_role)
