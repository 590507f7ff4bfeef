"""The row schema of every reference entity in the changes feed, declared once.  Qt-free.

Both sides use it: the regional backend refuses a row that does not fit before it enters the
feed (``load-rows``, ``load-demo``, ``touch``), and the kiosk's sync engine checks every pulled
row with it and quarantines one that does not fit instead of failing the whole pull.  Each
entity is a pydantic model (strict types: ``"5"`` is not a number); a field without a default is
required (the kiosk table's ``NOT NULL`` column without a default), ``REFERENCES`` names the
entity a field points to, ``KEYS`` the columns that make the feed id.
``tests/unit/test_refschema.py`` checks the declaration against the kiosk store's tables.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, ClassVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    ValidationError,
)


def _utc_time(value: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError("not an ISO 8601 time") from None
    if moment.tzinfo is None:
        raise ValueError("an ISO 8601 time without its UTC offset")
    return value


def _time_zone(value: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("not an IANA time zone name") from None
    return value


def _json_list(value: str | list[Any]) -> str | list[Any]:
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            raise ValueError("not a JSON list") from None
        if not isinstance(parsed, list):
            raise ValueError("not a JSON list")
    return value


def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error:
        raise ValueError("not a regular expression") from None
    return value


Id = Annotated[str, Field(strict=True, min_length=1, max_length=200)]
Name = Annotated[str, Field(strict=True, min_length=1)]
Text = Annotated[str, Field(strict=True)]
Time = Annotated[str, Field(strict=True), AfterValidator(_utc_time)]
Zone = Annotated[str, Field(strict=True, min_length=1), AfterValidator(_time_zone)]
JsonList = Annotated[StrictStr | list[Any], AfterValidator(_json_list)]
Count = Annotated[StrictInt, Field(ge=0)]
Amount = Annotated[StrictFloat | StrictInt, Field(ge=0)]


class RefRow(BaseModel):
    """One reference row; fields the declaration does not know are ignored here (a newer backend
    may send more) and refused by the backend's loader (:func:`unknown_fields`)."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    ENTITY: ClassVar[str]
    DATASET: ClassVar[str]
    KEYS: ClassVar[tuple[str, ...]] = ("id",)
    REFERENCES: ClassVar[dict[str, str]] = {}


class Office(RefRow):
    ENTITY, DATASET = "offices", "offices"
    id: Id
    name_ru: Name
    name_en: Name
    address_ru: Name
    address_en: Name
    timezone: Zone
    phone: Text = ""
    hours_ru: Text = ""
    hours_en: Text = ""
    updated_at: Time


class ServiceCategory(RefRow):
    ENTITY, DATASET = "service_categories", "catalogue"
    id: Id
    queue_letter: Annotated[str, Field(strict=True, min_length=1, max_length=3)]
    name_ru: Name
    name_en: Name
    icon: Text = ""
    sort_order: StrictInt = 0
    updated_at: Time


class LifeSituation(RefRow):
    ENTITY, DATASET = "life_situations", "catalogue"
    id: Id
    name_ru: Name
    name_en: Name
    description_ru: Text = ""
    description_en: Text = ""
    icon: Text = ""
    sort_order: StrictInt = 0
    updated_at: Time


class Service(RefRow):
    ENTITY, DATASET = "services", "catalogue"
    REFERENCES = {"category_id": "service_categories"}
    id: Id
    category_id: Id
    name_ru: Name
    name_en: Name
    description_ru: Text
    description_en: Text
    who_ru: Text
    who_en: Text
    synonyms_ru: JsonList = "[]"
    synonyms_en: JsonList = "[]"
    documents: JsonList = "[]"
    fee_rub: Amount = 0
    term_days: Count
    field_schema: JsonList = "[]"
    online_apply: StrictBool | Annotated[StrictInt, Field(ge=0, le=1)] = 1
    updated_at: Time


class ServiceLifeSituation(RefRow):
    ENTITY, DATASET = "service_life_situations", "catalogue"
    KEYS = ("service_id", "situation_id")
    REFERENCES = {"service_id": "services", "situation_id": "life_situations"}
    service_id: Id
    situation_id: Id


class ServiceOffice(RefRow):
    ENTITY, DATASET = "service_offices", "catalogue"
    KEYS = ("service_id", "office_id")
    REFERENCES = {"service_id": "services", "office_id": "offices"}
    service_id: Id
    office_id: Id


class UtilityProvider(RefRow):
    ENTITY, DATASET = "utility_providers", "utilities"
    id: Id
    name_ru: Name
    name_en: Name
    services: JsonList = "[]"
    account_pattern: Annotated[str, Field(strict=True, min_length=1), AfterValidator(_regex)]
    account_check: Text = "none"
    window_start_day: Annotated[StrictInt, Field(ge=1, le=31)] = 20
    window_end_day: Annotated[StrictInt, Field(ge=1, le=31)] = 25
    jump_factor: Amount = 3.0
    timezone: Zone
    phone: Text = ""
    updated_at: Time


#: Every entity in feed order: parents before the rows that refer to them.
MODELS: dict[str, type[RefRow]] = {m.ENTITY: m for m in (
    Office, ServiceCategory, LifeSituation, Service, ServiceLifeSituation, ServiceOffice, UtilityProvider)}
#: Dataset → its entities, in feed order.
DATASETS: dict[str, tuple[str, ...]] = {}
for _model in MODELS.values():
    DATASETS.setdefault(_model.DATASET, ())
    DATASETS[_model.DATASET] += (_model.ENTITY,)


@dataclass(frozen=True)
class RowProblem:
    """Why a row does not fit: ``code`` is ``missing`` (a required field is absent), ``invalid``
    (wrong type or value), ``unknown_field``, ``reference`` (points to a row that does not exist),
    ``key`` (the feed id and the row disagree) or ``store`` (the kiosk store refused it).  The
    detail never repeats the field's value (reference data only, but kept out of logs all the same)."""

    code: str
    field: str
    detail: str

    def __str__(self) -> str:
        return f"{self.field}: {self.detail}" if self.field else self.detail


def row_key(entity: str, row: Mapping[str, Any]) -> str:
    """The feed id of a row: its ``id``, or ``"<a>|<b>"`` for link entities (raises KeyError)."""
    return "|".join(str(row[k]) for k in MODELS[entity].KEYS)


def check_row(entity: str, row: Mapping[str, Any]) -> list[RowProblem]:
    """What is wrong with one row of ``entity`` by its declaration (references not checked)."""
    try:
        MODELS[entity].model_validate(dict(row))
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False, include_input=False):
            field = str(error["loc"][0]) if error["loc"] else ""
            if error["type"] == "missing":
                problems.append(RowProblem("missing", field, "required field is missing"))
            else:
                problems.append(RowProblem("invalid", field, error["msg"].removeprefix("Value error, ")))
        return _first_per_field(problems)
    return []


def unknown_fields(entity: str, row: Mapping[str, Any]) -> list[RowProblem]:
    """Fields the declaration does not know (a typo such as ``updatedAt``): the loader refuses them."""
    known = MODELS[entity].model_fields
    return [RowProblem("unknown_field", str(k), "not a field of " + entity) for k in row if k not in known]


def _first_per_field(problems: list[RowProblem]) -> list[RowProblem]:
    """A union type fails once per member: keep one problem per field."""
    seen: dict[str, RowProblem] = {}
    for p in problems:
        seen.setdefault(p.field, p)
    return list(seen.values())
