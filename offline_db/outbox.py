"""The outbox: every citizen action waiting for (or done with) delivery to the regional backend.

A citizen action and its outbox item commit in one transaction: call :func:`enqueue` inside the
caller's ``store.atomic()`` block (it nests as a savepoint).  A queued payload never changes (a
trigger enforces it); an edit is a new item.  States::

    pending -> sending -> accepted | rejected | conflict
                  \\-> pending (retry: connection error, time-out, 5xx, bad answer)

An item caught in ``sending`` by a crash goes back to ``pending`` at start-up
(:func:`recover_sending`); the backend's idempotency (the UUID is the key) makes the resend safe.

Qt-free.  Nothing here logs a payload.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from mfc_rules.canonical import canonical_json, sha256_hex
from mfc_rules.receipts import normalise_receipt, receipt_number

from .schema import OUTBOX_STATES
from .store import Store, iso_utc, parse_utc, utcnow

KNOWN_KINDS = ("application", "queue_ticket", "queue_event", "meter_readings", "appointment",
               "appointment_cancel")
FINAL_STATES = ("accepted", "rejected", "conflict")
REDACTED_MARK = "pii_purged"


class OutboxError(ValueError):
    """A caller's mistake: unknown kind, a payload that is not a JSON object, a bad transition."""


def stamp(moment: dt.datetime | None = None) -> str:
    """UTC time with fixed millisecond precision, so that stored times compare correctly as text."""
    text = (moment or utcnow()).astimezone(dt.UTC).isoformat(timespec="milliseconds")
    return text.replace("+00:00", "Z")


@dataclass(frozen=True)
class OutboxItem:
    id: int
    uuid: str
    kind: str
    payload_json: str
    payload_sha256: str
    receipt_number: str
    captured_at: str
    state: str
    attempts: int
    next_attempt_at: str | None
    last_error: str | None
    reject_code: str | None
    reject_reason_ru: str | None
    reject_reason_en: str | None
    server_ref: str | None
    delivered_at: str | None
    pii_purged_at: str | None
    assisted_by: str | None
    updated_at: str

    @property
    def payload(self) -> dict[str, Any]:
        return json.loads(self.payload_json)

    def wire(self) -> dict[str, Any]:
        """The item as the batch push sends it."""
        return {"uuid": self.uuid, "kind": self.kind, "captured_at": self.captured_at,
                "receipt_number": self.receipt_number, "payload": self.payload}

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> OutboxItem:
        return cls(**{k: row[k] for k in cls.__dataclass_fields__ if k != "payload_json"},
                   payload_json=row["payload"])


_COLUMNS = ", ".join(f for f in OutboxItem.__dataclass_fields__ if f != "payload_json") + ", payload"


def enqueue(store: Store, kind: str, payload: Mapping[str, Any], *, captured_at: str | None = None,
            assisted_by: str | None = None, item_uuid: str | None = None) -> OutboxItem:
    """Queue a citizen action.  Call it inside the block that commits the action's local effect."""
    if kind not in KNOWN_KINDS:
        raise OutboxError(f"unknown outbox kind {kind!r}; known: {', '.join(KNOWN_KINDS)}")
    if not isinstance(payload, Mapping):
        raise OutboxError("an outbox payload must be a JSON object")
    try:
        text = canonical_json(dict(payload))
    except (TypeError, ValueError) as exc:
        raise OutboxError(f"the payload cannot be written as JSON: {exc}") from exc
    item_uuid = str(uuidlib.UUID(item_uuid)) if item_uuid else str(uuidlib.uuid4())
    now = iso_utc()
    captured = iso_utc(parse_utc(captured_at)) if captured_at else now
    with store.atomic() as db:
        cur = db.execute(
            "INSERT INTO outbox(uuid, kind, payload, payload_sha256, receipt_number, captured_at, state,"
            " attempts, assisted_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)",
            [item_uuid, kind, text, sha256_hex(text), receipt_number(item_uuid), captured, assisted_by, now],
        )
        row_id = cur.lastrowid
    item = _get(store, "id = ?", [row_id])
    assert item is not None
    return item


def _get(store: Store, where: str, params: Sequence[Any]) -> OutboxItem | None:
    rows = store.query(f"SELECT {_COLUMNS} FROM outbox WHERE {where}", params)
    return OutboxItem.from_row(rows[0]) if rows else None


def get_by_uuid(store: Store, item_uuid: str) -> OutboxItem | None:
    return _get(store, "uuid = ?", [str(item_uuid)])


def get_by_receipt(store: Store, receipt: str) -> OutboxItem | None:
    return _get(store, "receipt_number = ?", [normalise_receipt(receipt)])


def items(store: Store, *, state: str | None = None, limit: int = 1000) -> list[OutboxItem]:
    where, params = ("state = ?", [state]) if state else ("1", [])
    rows = store.query(f"SELECT {_COLUMNS} FROM outbox WHERE {where} ORDER BY id LIMIT ?", [*params, limit])
    return [OutboxItem.from_row(r) for r in rows]


def counts(store: Store) -> dict[str, int]:
    """Items per state, every state present (zero when none)."""
    result = dict.fromkeys(OUTBOX_STATES, 0)
    for state, n in store.db.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall():
        result[state] = n
    return result


def undelivered_count(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')"))


def next_due_at(store: Store) -> str | None:
    """Earliest ``next_attempt_at`` of pending items (``None``: nothing pending or due now)."""
    row = store.db.execute(
        "SELECT count(*), sum(next_attempt_at IS NULL), min(next_attempt_at) FROM outbox WHERE state = 'pending'"
    ).fetchone()
    if not row[0] or row[1]:
        return None
    return row[2]


# --- transitions --------------------------------------------------------------------------------
def recover_sending(store: Store) -> int:
    """Start-up crash recovery: items left in ``sending`` go back to ``pending``, due now."""
    with store.atomic() as db:
        cur = db.execute(
            "UPDATE outbox SET state = 'pending', next_attempt_at = NULL, updated_at = ?,"
            " last_error = coalesce(last_error, 'interrupted while sending; will be sent again')"
            " WHERE state = 'sending'", [iso_utc()])
        return cur.rowcount


def claim_batch(store: Store, limit: int, *, now: dt.datetime | None = None,
                ignore_schedule: bool = False) -> list[OutboxItem]:
    """Move up to ``limit`` due pending items to ``sending`` (oldest first) and return them."""
    now_text = stamp(now)
    due = "1" if ignore_schedule else "(next_attempt_at IS NULL OR next_attempt_at <= ?)"
    params: list[Any] = [] if ignore_schedule else [now_text]
    with store.atomic():
        rows = store.query(
            f"SELECT {_COLUMNS} FROM outbox WHERE state = 'pending' AND {due} ORDER BY id LIMIT ?",
            [*params, limit])
        if rows:
            ids = [r["id"] for r in rows]
            marks = ",".join("?" * len(ids))
            store.db.execute(
                f"UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?"
                f" WHERE id IN ({marks})", [now_text, *ids])
    return [OutboxItem.from_row({**r, "state": "sending", "attempts": r["attempts"] + 1}) for r in rows]


def release(store: Store, uuids: Iterable[str], error: str, next_attempt_at: dt.datetime | None) -> int:
    """A batch that was not delivered goes back to ``pending`` with the reason and the retry time."""
    uuids = list(uuids)
    if not uuids:
        return 0
    when = stamp(next_attempt_at) if next_attempt_at else None
    with store.atomic():
        cur = store.conn.executemany(
            "UPDATE outbox SET state = 'pending', last_error = ?, next_attempt_at = ?, updated_at = ?"
            " WHERE uuid = ? AND state = 'sending'",
            [(error, when, iso_utc(), u) for u in uuids])
        return cur.rowcount


@dataclass(frozen=True)
class ItemResult:
    """The backend's answer for one item, already checked by the sync client."""

    uuid: str
    result: str  # accepted | duplicate | conflict | rejected
    server_ref: str | None = None
    code: str | None = None
    reason_ru: str | None = None
    reason_en: str | None = None


def apply_results(store: Store, results: Sequence[ItemResult]) -> dict[str, int]:
    """Record the backend's per-item answers in one transaction; returns counts per final state."""
    now = stamp()
    tally = {"accepted": 0, "rejected": 0, "conflict": 0}
    with store.atomic() as db:
        for r in results:
            if r.result in ("accepted", "duplicate"):
                cur = db.execute(
                    "UPDATE outbox SET state = 'accepted', server_ref = ?, delivered_at = coalesce(delivered_at, ?),"
                    " last_error = NULL, next_attempt_at = NULL, updated_at = ?"
                    " WHERE uuid = ? AND state IN ('sending', 'pending')",
                    [r.server_ref, now, now, r.uuid])
                state = "accepted"
            elif r.result in ("rejected", "conflict"):
                cur = db.execute(
                    "UPDATE outbox SET state = ?, reject_code = ?, reject_reason_ru = ?, reject_reason_en = ?,"
                    " delivered_at = coalesce(delivered_at, ?), last_error = NULL, next_attempt_at = NULL,"
                    " updated_at = ? WHERE uuid = ? AND state IN ('sending', 'pending')",
                    [r.result, r.code, r.reason_ru, r.reason_en, now, now, r.uuid])
                state = r.result
            else:
                raise OutboxError(f"unknown delivery result {r.result!r}")
            tally[state] += cur.rowcount
    return tally


# --- personal data --------------------------------------------------------------------------
def redacted_payload(payload_json: str) -> str:
    """What stays of a delivered payload after the retention period: its field names only."""
    try:
        value = json.loads(payload_json)
        keys = sorted(value) if isinstance(value, dict) else []
    except ValueError:
        keys = []
    return canonical_json({REDACTED_MARK: True, "fields": keys})


def purge_personal_data(store: Store, retention_h: int, *, now: dt.datetime | None = None) -> int:
    """Replace the payload of items accepted more than ``retention_h`` hours ago by a redacted one.

    The receipt number, state, server reference and times stay, so a citizen's receipt can still
    be checked; ``payload_sha256`` keeps the fingerprint of what was delivered.
    """
    now = now or utcnow()
    cutoff = stamp(now - dt.timedelta(hours=retention_h))
    purged_at = stamp(now)
    with store.atomic() as db:
        rows = db.execute(
            "SELECT id, payload FROM outbox WHERE state = 'accepted' AND pii_purged_at IS NULL"
            " AND coalesce(delivered_at, updated_at) <= ?", [cutoff]).fetchall()
        store.conn.executemany(
            "UPDATE outbox SET payload = ?, pii_purged_at = ?, updated_at = ? WHERE id = ?",
            [(redacted_payload(payload), purged_at, purged_at, row_id) for row_id, payload in rows])
    return len(rows)
