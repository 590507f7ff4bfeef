"""Submitting an application: validated again, queued with its receipt in one transaction."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kiosk.domain.applications import ApplicationError
from kiosk.services.applications import submit_application
from offline_db import outbox
from offline_db.opening import open_store
from offline_db.store import Store

SCHEMA = [
    {"name": "full_name", "type": "text", "label_ru": "ФИО", "label_en": "Full name", "required": True},
    {"name": "snils", "type": "snils", "label_ru": "СНИЛС", "label_en": "SNILS", "required": True},
    {"name": "phone", "type": "phone", "label_ru": "Телефон", "label_en": "Phone", "required": False},
]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "k.sqlite3")
    s.conn.execute("INSERT INTO offices VALUES ('o1','МФЦ','MFC','а','a','Europe/Ulyanovsk','','','','t',NULL)")
    s.conn.execute("INSERT INTO service_categories VALUES ('c1','A','Пенсии','Pensions','',1,'t',NULL)")
    s.conn.execute(
        "INSERT INTO services(id, category_id, name_ru, name_en, description_ru, description_en, who_ru, who_en,"
        " term_days, field_schema, updated_at) VALUES ('s1','c1','Пенсия','Pension','о','d','все','all',10,?,'t')",
        [json.dumps(SCHEMA)])
    yield s
    s.close()


def test_a_valid_application_is_queued_with_normalised_fields(store: Store) -> None:
    done = submit_application(store, "s1", "o1", {"full_name": " Иванов Иван ", "snils": "112-233-445 95",
                                                 "phone": "8 927 123 45 67"}, consent=True, lang="ru",
                              now=dt.datetime(2026, 11, 21, 9, tzinfo=dt.UTC))
    item = outbox.get_by_receipt(store, done.receipt_number)
    assert item is not None and item.kind == "application" and item.state == "pending"
    assert item.payload["fields"] == {"full_name": "Иванов Иван", "snils": "11223344595", "phone": "+79271234567"}
    assert item.captured_at == "2026-11-21T09:00:00Z"


def test_invalid_fields_or_no_consent_queue_nothing(store: Store) -> None:
    with pytest.raises(ApplicationError) as info:
        submit_application(store, "s1", "o1", {"full_name": "", "snils": "112-233-445 96"}, consent=True, lang="ru")
    assert {k: e.code for k, e in info.value.errors.items()} == {"full_name": "required", "snils": "snils_checksum"}
    with pytest.raises(ApplicationError, match="consent"):
        submit_application(store, "s1", "o1", {"full_name": "И", "snils": "112-233-445 95"}, consent=False, lang="ru")
    with pytest.raises(ApplicationError, match="unknown or withdrawn service"):
        submit_application(store, "zz", "o1", {}, consent=True, lang="ru")
    assert store.scalar("SELECT count(*) FROM outbox") == 0
