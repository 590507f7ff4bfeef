"""Canonical JSON and the payload hash that decides "duplicate" versus "conflict".

Canonical form (the contract): sorted keys, separators ``,`` and ``:``, UTF-8, no ASCII escaping.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def payload_sha256(value: Any) -> str:
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()
