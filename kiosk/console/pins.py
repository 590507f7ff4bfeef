"""Console PINs: salted scrypt hashes, roles, a lockout that survives a restart, setup codes.  Qt-free.

* Roles: ``clerk`` and ``technician`` (a technician can do what a clerk can).
* A new PIN has 6–12 digits, stored only as ``scrypt$N$r$p$salt$hash`` (hashlib.scrypt,
  memory-hard, from the standard library) in the store's settings; never logged, never in the
  audit log.  A PIN set before the minimum was 6 still signs in, and the result says it must be
  changed (``LoginResult.must_change``): the pad then asks for a new one before the console opens.
* Five wrong PINs (or setup codes) in a row lock the pad for five minutes; the count and the lock
  end are kept in the store, so turning the kiosk off and on does not reset them.  Every attempt is
  counted as a failure in one write transaction *before* its slow hash is checked, and the count
  is reset only by a right PIN, so attempts made at the same time (threads, processes, a script
  with the store) cannot all pass as "the first failure".
* The first technician PIN is set at installation (``main.py set-pin --role technician``) or at
  the screen with a one-time setup code that ``main.py setup-code`` prints: only its hash is kept,
  it expires, and setting the PIN uses it up.  Without one, nobody at the screen can set a PIN.

These hashes are only as safe as the store file: from a copy, a short PIN falls to brute force.
The store is the kiosk user's only (0600, :mod:`mfc_files.private_files`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from offline_db.store import Store, iso_utc, parse_utc, utcnow

ROLES = ("clerk", "technician")
MAX_FAILURES = 5
LOCK_MINUTES = 5
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1   # 16 MiB per hash: memory-hard, ~50 ms here
PIN_MIN, PIN_MAX = 6, 12
WEAK = {"112233", "123321", "159753", "147258", "789456", "102030", "012345"}
SETUP_KEY = "console.setup_code"
SETUP_DIGITS = 10           # 10^10 codes against 5 tries per 5 minutes
SETUP_HOURS = 24
_FAILURES, _LOCKED_UNTIL = "console.failures", "console.locked_until"


class PinError(ValueError):
    """A PIN that cannot be set (too short, not digits, too easy) or a setup code that is not valid."""


@dataclass(frozen=True)
class LoginResult:
    role: str | None            # the role logged in, or None
    locked_until: str | None    # UTC ISO time when the pad unlocks, when locked
    failures: int               # wrong PINs in a row so far
    must_change: bool = False   # a right PIN, but shorter than PIN_MIN: choose a new one

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


def _is_run(pin: str) -> bool:
    """Digits that climb or fall by one all the way (``234567``, ``987654``, ``890123``)."""
    steps = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:], strict=False)}
    return steps in ({1}, {9})


def check_new_pin(pin: str) -> None:
    if not pin.isdigit() or not PIN_MIN <= len(pin) <= PIN_MAX:
        raise PinError(f"a PIN has {PIN_MIN} to {PIN_MAX} digits")
    repeats = pin in (pin + pin)[1:-1]  # a shorter group over and over: 111111, 121212, 123123
    if pin in WEAK or repeats or _is_run(pin):
        raise PinError("this PIN is too easy to guess")


def set_pin(store: Store, role: str, pin: str, *, actor: str = "technician", details: str = "") -> None:
    if role not in ROLES:
        raise PinError(f"role must be one of {', '.join(ROLES)}")
    check_new_pin(pin)
    with store.atomic():
        other = ROLES[1 - ROLES.index(role)]
        stored_other = store.get_setting(_key(other))
        if stored_other and verify_pin(pin, stored_other):
            raise PinError("the clerk and technician PINs must differ")
        store.set_setting(_key(role), hash_pin(pin))
        if role == "technician":  # a setup code has no use any more
            store.delete_setting(SETUP_KEY)
        store.audit(actor, "set_pin", role, details)


def has_pin(store: Store, role: str) -> bool:
    return bool(store.get_setting(_key(role)))


def lock_state(store: Store, now: dt.datetime | None = None) -> tuple[int, str | None]:
    """(failures in a row, lock end or None when not locked now)."""
    now = now or utcnow()
    failures = int(store.get_setting(_FAILURES, 0))
    until = store.get_setting(_LOCKED_UNTIL)
    if until and parse_utc(until) > now:
        return failures, until
    return failures, None


def _attempt(store: Store, now: dt.datetime, check: Callable[[], str | None], *, ok_action: str | None,
             failed_action: str) -> LoginResult:
    """Count one attempt, then run ``check`` (the slow hash); a role from it is a success.

    The attempt is counted as a failure and the lock engaged, if this is the fifth, in one
    ``BEGIN IMMEDIATE`` transaction before the check: every concurrent attempt sees the others'
    count.  A success then clears the count and the lock.
    """
    with store.atomic():
        failures, locked = lock_state(store, now)
        if locked:
            store.audit("-", "login_refused_locked")
            return LoginResult(None, locked, failures)
        failures += 1
        if failures >= MAX_FAILURES:
            locked = iso_utc(now + dt.timedelta(minutes=LOCK_MINUTES))
            store.set_setting(_LOCKED_UNTIL, locked)
        store.set_setting(_FAILURES, 0 if locked else failures)
    role = check()
    if role is not None:
        with store.atomic():
            store.set_setting(_FAILURES, 0)
            store.delete_setting(_LOCKED_UNTIL)
            if ok_action:
                store.audit(role, ok_action)
        return LoginResult(role, None, 0)
    store.audit("-", failed_action, details="locked" if locked else "")
    return LoginResult(None, locked, MAX_FAILURES if locked else failures)


def login(store: Store, pin: str, now: dt.datetime | None = None) -> LoginResult:
    """Check a PIN against both roles, counting failures and locking after five in a row."""

    def matching_role() -> str | None:
        for candidate in reversed(ROLES):  # technician first: the stronger role wins on a (forbidden) tie
            stored = store.get_setting(_key(candidate))
            if stored and verify_pin(pin, stored):
                return candidate
        return None

    result = _attempt(store, now or utcnow(), matching_role, ok_action="login", failed_action="login_failed")
    if result.ok and len(pin) < PIN_MIN:
        return LoginResult(result.role, None, 0, must_change=True)
    return result


def can(role: str, action_role: str) -> bool:
    """Whether ``role`` may do what needs ``action_role`` (technician ⊇ clerk)."""
    return ROLES.index(role) >= ROLES.index(action_role)


# --- the first technician PIN: a one-time setup code ------------------------------------------
def new_setup_code(store: Store, *, hours: int = SETUP_HOURS, now: dt.datetime | None = None) -> str:
    """A random code of :data:`SETUP_DIGITS` digits that lets the screen set the first technician
    PIN once, within ``hours``; only its hash is stored (a new code replaces an older one)."""
    if not 1 <= hours <= 24 * 7:
        raise PinError("a setup code is valid for 1 to 168 hours")
    if has_pin(store, "technician"):
        raise PinError("a technician PIN is already set; change it with: main.py set-pin --role technician")
    code = "".join(secrets.choice("0123456789") for _ in range(SETUP_DIGITS))
    expires = iso_utc((now or utcnow()) + dt.timedelta(hours=hours))
    with store.atomic():
        store.set_setting(SETUP_KEY, {"hash": hash_pin(code), "expires_at": expires})
        store.audit("technician", "setup_code", details=f"valid until {expires}")
    return code


def _valid_setup_hash(store: Store, now: dt.datetime) -> str | None:
    entry = store.get_setting(SETUP_KEY)
    if not isinstance(entry, dict) or parse_utc(str(entry.get("expires_at"))) <= now:
        return None
    return str(entry.get("hash") or "") or None


def setup_pending(store: Store, now: dt.datetime | None = None) -> bool:
    """Whether the screen may set the first technician PIN (none set, a setup code is valid)."""
    return not has_pin(store, "technician") and _valid_setup_hash(store, now or utcnow()) is not None


def check_setup_code(store: Store, code: str, now: dt.datetime | None = None) -> LoginResult:
    """Check a setup code typed at the screen; a wrong one counts towards the lockout like a wrong
    PIN.  ``ok`` (role ``technician``) means the screen may go on to choose the PIN."""
    now = now or utcnow()

    def matches() -> str | None:
        stored = _valid_setup_hash(store, now)
        return "technician" if stored and not has_pin(store, "technician") and verify_pin(code, stored) else None

    return _attempt(store, now, matches, ok_action=None, failed_action="setup_code_failed")


def set_first_pin(store: Store, code: str, pin: str, now: dt.datetime | None = None) -> None:
    """Set the first technician PIN with a setup code, and use the code up, in one transaction."""
    check_new_pin(pin)
    with store.atomic():
        stored = _valid_setup_hash(store, now or utcnow())
        if has_pin(store, "technician") or not stored or not verify_pin(code, stored):
            raise PinError("the setup code is no longer valid")
        set_pin(store, "technician", pin, actor="technician", details="setup code")
