"""Canonical JSON and the payload hash that decides "duplicate" versus "conflict".

Canonical form (the contract, ``docs/api.md``): sorted keys, separators ``,`` and ``:``, UTF-8, no
ASCII escaping, no NaN.  Times travel as :func:`utc_text`.  The kiosk's outbox stores payloads in this form and the backend hashes
what it receives the same way, so the same payload has the same hash on both sides.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def payload_sha256(value: Any) -> str:
    return sha256_hex(canonical_json(value))


def utc_text(moment: dt.datetime) -> str:
    """ISO 8601 UTC text with a ``Z`` suffix, seconds precision (milliseconds kept if present)."""
    moment = moment.astimezone(dt.UTC)
    text = moment.isoformat(timespec="milliseconds" if moment.microsecond else "seconds")
    return text.replace("+00:00", "Z")
