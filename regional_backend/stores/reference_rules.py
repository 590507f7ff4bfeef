"""Reference rows and feed cursors without a database: which entities there are, the cursor
codec, the checks of a batch of rows, and the feed's errors.  Shared by
:mod:`regional_backend.stores.reference` and, until it is deleted, ``SqliteStorage``.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mfc_rules import refschema

from .sql import StoreError

#: Reference entities (the kiosk store's table names): their dataset and key columns, from the
#: one declaration of the feed's rows (:mod:`mfc_rules.refschema`).
ENTITIES: dict[str, tuple[str, tuple[str, ...]]] = {e: (m.DATASET, m.KEYS) for e, m in refschema.MODELS.items()}
DATASETS: tuple[str, ...] = tuple(sorted(refschema.DATASETS))
#: Order in which a batch of tables is applied so that parents come before link rows.
ENTITY_ORDER: tuple[str, ...] = tuple(ENTITIES)
#: Link tables that reference an entity: deleting the entity deletes these rows first.
LINKS: dict[str, tuple[tuple[str, str], ...]] = {
    "services": (("service_life_situations", "service_id"), ("service_offices", "service_id")),
    "life_situations": (("service_life_situations", "situation_id"),),
    "offices": (("service_offices", "office_id"),),
}
_CURSOR_VERSION = "c1"

Problems = list[tuple[str, str, refschema.RowProblem]]


class CursorExpired(StoreError):
    """The feed cursor is unknown, garbled, from another epoch or beyond the log."""


class UnknownEntity(StoreError):
    """Not one of :data:`ENTITIES`."""


class InvalidRows(StoreError):
    """Reference rows that do not fit their declaration (:mod:`mfc_rules.refschema`): nothing
    of the batch was written.  ``problems`` lists ``(entity, row id, RowProblem)``."""

    def __init__(self, problems: Problems):
        self.problems = problems
        super().__init__("; ".join(f"{e} {i!r}: {p}" for e, i, p in problems[:5])
                         + (f"; …and {len(problems) - 5} more" if len(problems) > 5 else ""))


@dataclass
class ChangesPage:
    dataset: str
    cursor: str
    more: bool
    #: Each change as JSON text (``{"op", "entity", "id", "data"?}``), ready to be sent.
    changes_json: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        head = json.dumps({"dataset": self.dataset, "cursor": self.cursor, "more": self.more})
        return head[:-1] + ', "changes": [' + ",".join(self.changes_json) + "]}"


def encode_cursor(epoch: str, dataset: str, seq: int) -> str:
    raw = f"{_CURSOR_VERSION}:{epoch}:{dataset}:{seq}".encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, str, int]:
    """``(epoch, dataset, seq)``; raises :class:`CursorExpired` on anything it cannot read."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        version, epoch, dataset, seq = (
            base64.urlsafe_b64decode(padded.encode("ascii")).decode("ascii").split(":")
        )
        if version != _CURSOR_VERSION or not seq.isdigit():
            raise ValueError(cursor)
        return epoch, dataset, int(seq)
    except (ValueError, UnicodeError, binascii.Error) as exc:
        raise CursorExpired("the cursor cannot be read") from exc


def entity_key(entity: str, row: Mapping[str, Any]) -> str:
    """The feed id of a row: its ``id``, or ``"<a>|<b>"`` for link tables."""
    try:
        _, keys = ENTITIES[entity]
    except KeyError:
        raise UnknownEntity(entity) from None
    return "|".join(str(row[k]) for k in keys)


def same_content(entity: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """Equal apart from ``updated_at``: reloading the same data makes no change.  A stored row
    that does not fit its declaration (loaded before rows were checked) is never the same."""
    return ({k: v for k, v in old.items() if k != "updated_at"}
            == {k: v for k, v in new.items() if k != "updated_at"}
            and not refschema.check_row(entity, old))


def batch_problems(batch: Mapping[str, list[dict[str, Any]]], exists: Callable[[str, str], bool]) -> Problems:
    """Every row's problems: its declaration, unknown fields, and references to rows that are
    neither in the batch nor loaded (``exists(entity, id)`` asks the database)."""
    problems: Problems = []
    ids = {entity: {entity_key(entity, r) for r in rows if all(k in r for k in ENTITIES[entity][1])}
           for entity, rows in batch.items()}
    for entity, rows in batch.items():
        model = refschema.MODELS[entity]
        for n, row in enumerate(rows, start=1):
            if not all(isinstance(row.get(k), str) and row[k] for k in model.KEYS):
                name = f"row {n}"
            else:
                name = entity_key(entity, row)
            found = refschema.check_row(entity, row) + refschema.unknown_fields(entity, row)
            bad_fields = {p.field for p in found}
            for field_name, target in model.REFERENCES.items():
                value = row.get(field_name)
                if field_name in bad_fields or not isinstance(value, str):
                    continue
                if value not in ids[target] and not exists(target, value):
                    found.append(refschema.RowProblem("reference", field_name, f"no {target} row with this id"))
            problems.extend((entity, name, p) for p in found)
    return problems


def references_to(entity: str) -> list[tuple[str, str]]:
    """``(entity, field)`` of every row kind that refers to ``entity``, link tables (which
    follow a delete) left out: rows of these kinds keep ``entity``'s rows from being deleted."""
    links = {link for link, _ in LINKS.get(entity, ())}
    return [(other, field_name) for other, model in refschema.MODELS.items() if other not in links
            for field_name, target in model.REFERENCES.items() if target == entity]


def in_use_problem(users: list[str]) -> refschema.RowProblem:
    return refschema.RowProblem("reference", "", f"still used by {', '.join(users[:3])}; change or delete those first")
