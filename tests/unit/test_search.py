"""Catalogue search: Russian inflections, English, typos, prefixes, ranking, highlighting."""

from __future__ import annotations

from pathlib import Path

import pytest

from offline_db.opening import open_store
from offline_db.search import CatalogueSearch, _within_one_edit, highlight, like_search
from offline_db.store import Store

SERVICES = [
    ("s1", "Выдача паспорта гражданина РФ", "Issue of a Russian passport",
     "Оформление паспорта при достижении 14 лет", "Apply for your first passport at 14",
     '["удостоверение личности"]', '["ID card"]'),
    ("s2", "Регистрация по месту жительства", "Registration at the place of residence",
     "Постановка на регистрационный учёт; нужен паспорт", "Register your home address",
     '["прописка"]', '["propiska"]'),
    ("s3", "Замена паспорта", "Passport replacement",
     "Замена паспорта при смене фамилии, вместе с паспортом мужа", "Replace your passport",
     "[]", "[]"),
    ("s4", "Пособие при рождении ребёнка", "Childbirth allowance",
     "Единовременная выплата родителям новорождённого", "One-off payment to parents",
     '["детские"]', '["baby bonus"]'),
]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "k.sqlite3")
    s.conn.execute("INSERT INTO service_categories VALUES ('c1','A','Документы','Documents','',1,'t',NULL)")
    for sid, nru, nen, dru, den, syru, syen in SERVICES:
        s.conn.execute(
            "INSERT INTO services(id, category_id, name_ru, name_en, description_ru, description_en,"
            " who_ru, who_en, synonyms_ru, synonyms_en, term_days, updated_at)"
            " VALUES (?, 'c1', ?, ?, ?, ?, 'Граждане', 'Citizens', ?, ?, 5, 't')",
            [sid, nru, nen, dru, den, syru, syen])
    yield s
    s.close()


def ids(store: Store, query: str, lang: str = "ru") -> list[str]:
    return [h.service_id for h in CatalogueSearch(store).search(query, lang).hits]


@pytest.mark.parametrize("query", ["паспорт", "паспорта", "паспортом", "ПАСПОРТ"])
def test_inflected_forms_match(store: Store, query: str) -> None:
    found = ids(store, query)
    assert {"s1", "s3"} <= set(found)
    assert found.index("s1") < found.index("s2") and found.index("s3") < found.index("s2")  # names rank first


def test_registration_forms_and_synonyms(store: Store) -> None:
    assert ids(store, "регистрации") == ["s2"]
    assert ids(store, "регистрация") == ["s2"]
    assert ids(store, "прописку") == ["s2"]  # synonym, inflected


def test_yo_and_e_are_the_same_letter(store: Store) -> None:
    assert ids(store, "ребенка") == ["s4"]
    assert ids(store, "ребёнка") == ["s4"]


@pytest.mark.parametrize("typo", ["пасспорт", "паспрт", "регистарция", "рагистрации", "пасопрт"])
def test_one_letter_typo_in_long_word_still_finds(store: Store, typo: str) -> None:
    result = CatalogueSearch(store).search(typo, "ru")
    assert result.hits, typo
    assert typo in result.corrected


def test_typo_in_short_word_is_not_guessed(store: Store) -> None:
    assert ids(store, "лет") == ["s1"]
    assert ids(store, "лот") == []


def test_english_queries_on_english_texts(store: Store) -> None:
    assert set(ids(store, "passports", "en")) == {"s1", "s3"}
    assert ids(store, "registering", "en") == ["s2"]
    assert set(ids(store, "pasport", "en")) == {"s1", "s3"}
    assert ids(store, "паспорт", "en") == []  # the English index holds English texts


def test_last_word_matches_as_prefix_while_typing(store: Store) -> None:
    assert set(ids(store, "пасп")) >= {"s1", "s3"}
    assert ids(store, "замена пас") == ["s3"]


def test_all_words_must_match(store: Store) -> None:
    assert ids(store, "паспорт замена") == ["s3"]
    assert ids(store, "паспорт пособие") == []


def test_empty_and_nonsense_queries(store: Store) -> None:
    assert ids(store, "") == []
    assert ids(store, "   ,,, ") == []
    assert ids(store, "ъъъъъъъъ") == []
    assert ids(store, "\"паспорт\" *") != []  # FTS syntax in user input is just words


def test_matched_words_are_highlighted_and_escaped(store: Store) -> None:
    hit = CatalogueSearch(store).search("паспорт", "ru").hits[0]
    assert "<b>паспорта</b>" in hit.name_html
    assert highlight("<script> паспорт", [("паспорт", False)], "ru") == "&lt;script&gt; <b>паспорт</b>"


def test_index_follows_catalogue_changes(store: Store) -> None:
    search = CatalogueSearch(store)
    assert search.search("загранпаспорт", "ru").empty
    store.conn.execute("UPDATE services SET name_ru = 'Выдача загранпаспорта' WHERE id = 's1'")
    assert [h.service_id for h in search.search("загранпаспорт", "ru").hits] == ["s1"]
    store.conn.execute("DELETE FROM services WHERE id = 's1'")
    assert search.search("загранпаспорт", "ru").empty


def test_like_baseline_agrees_on_plain_words(store: Store) -> None:
    assert set(like_search(store, "паспорт", "ru")) <= set(ids(store, "паспорт"))


@pytest.mark.parametrize("a, b, near", [
    ("паспорт", "паспорт", True), ("паспорт", "паспрт", True), ("паспорт", "паспорты", True),
    ("паспорт", "пасорпт", False), ("паспорт", "апспорт", True), ("паспорт", "пасп", False),
])
def test_one_edit_distance(a: str, b: str, near: bool) -> None:
    assert _within_one_edit(a, b) is near


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    from offline_db.demo import load_demo_region

    s = open_store(tmp_path_factory.mktemp("demo") / "k.sqlite3")
    load_demo_region(s)
    yield s
    s.close()


@pytest.mark.parametrize("query, expected_word", [
    ("паспорт", "паспорт"), ("паспорта", "паспорт"), ("паспортом", "паспорт"),
    ("регистрация", "регистрац"), ("регистрации", "регистрац"), ("прописка", "регистрац"),
    ("пенсия", "пенс"), ("рождение ребенка", "рожден"),
])
def test_demo_catalogue_finds_inflected_forms(demo_store: Store, query: str, expected_word: str) -> None:
    hits = CatalogueSearch(demo_store).search(query, "ru").hits
    assert hits, query
    # the best hit names what was asked for
    assert expected_word in hits[0].name.lower().replace("ё", "е"), hits[0].name


def test_demo_catalogue_english_and_typos(demo_store: Store) -> None:
    search = CatalogueSearch(demo_store)
    assert any("passport" in h.name.lower() for h in search.search("passports", "en").hits)
    typo = search.search("пасспорт", "ru")
    assert typo.hits and typo.corrected
    assert search.search("ксилофон", "ru").empty


def test_a_large_catalogue_change_is_indexed_in_bulk(store: Store) -> None:
    from offline_db.search import BULK_REINDEX_MIN, refresh_index

    refresh_index(store)  # the fixture's own services
    rows = [(f"bulk-{i}", f"Справка номер {i} для паспорта", f"Certificate {i}") for i in range(BULK_REINDEX_MIN + 10)]
    with store.atomic():
        store.conn.executemany(
            "INSERT INTO services(id, category_id, name_ru, name_en, description_ru, description_en, who_ru, who_en,"
            " term_days, updated_at) VALUES (?, 'c1', ?, ?, '', '', '', '', 1, 't')", rows)
    assert store.scalar("SELECT count(*) FROM search_dirty") == len(rows)
    assert refresh_index(store) == len(rows)
    assert store.scalar("SELECT count(*) FROM search_dirty") == 0
    assert store.scalar("SELECT count(*) FROM service_fts_ru") == store.scalar("SELECT count(*) FROM services")
    hits = CatalogueSearch(store).search("справка 2005", "ru").hits
    assert [h.service_id for h in hits] == ["bulk-2005"]
    assert refresh_index(store) == 0  # nothing left to do


def test_upserts_of_services_mark_rows_for_the_index_once(store: Store) -> None:
    """The sync engine upserts pulled rows; a trigger's conflict policy must not make that fail."""
    from offline_db.search import refresh_index

    refresh_index(store)
    for _ in range(2):
        store.conn.execute(
            "INSERT INTO services(id, category_id, name_ru, name_en, description_ru, description_en, who_ru, who_en,"
            " term_days, updated_at) VALUES ('s1', 'c1', 'Выдача загранпаспорта', 'Passport abroad', '', '', '', '',"
            " 1, 't') ON CONFLICT(id) DO UPDATE SET name_ru = excluded.name_ru, name_en = excluded.name_en")
    assert store.scalar("SELECT count(*) FROM search_dirty") == 1
    assert [h.service_id for h in CatalogueSearch(store).search("загранпаспорт", "ru").hits] == ["s1"]
