"""Catalogue search: SQLite FTS5 over stemmed texts, typo tolerance, ranking and highlighting.

* Inflected forms match because both the index and the query are stemmed (``textsearch``).
* The last query word matches as a prefix, so results update sensibly while the citizen types.
* A word of five letters or more with one wrong, missing, extra or swapped letter still matches:
  words not in the index vocabulary are replaced by vocabulary stems within one edit, found with
  a symmetric-delete index (built once per catalogue version, kept in memory).
* Ranking: FTS5 bm25 with the name weighted over synonyms over description.
Qt-free.
"""

from __future__ import annotations

import bisect
import html
import re
from collections import defaultdict
from dataclasses import dataclass, field

from .store import Store
from .textsearch import normalise, stem_word, words

NAME_WEIGHT, SYNONYM_WEIGHT, DESCRIPTION_WEIGHT = 10.0, 4.0, 1.0
TYPO_MIN_LENGTH = 5
SHORT_WORD = 3          # unknown words shorter than this are ignored (prepositions: "об", "на")
RANKED_PREFIX_MIN = 4   # a shorter prefix (the citizen is still typing) lists matches in catalogue order
DEFAULT_LIMIT = 50


@dataclass
class SearchHit:
    service_id: str
    name: str
    name_html: str          # name with matched words in <b>…</b>, HTML-escaped
    category_id: str
    rank: float


@dataclass
class SearchResult:
    query: str
    hits: list[SearchHit]
    corrected: dict[str, str] = field(default_factory=dict)  # typed word -> vocabulary stem used

    @property
    def empty(self) -> bool:
        return not self.hits


def _deletes(term: str) -> set[str]:
    return {term[:i] + term[i + 1:] for i in range(len(term))}


def _within_one_edit(a: str, b: str) -> bool:
    """Damerau–Levenshtein distance ≤ 1 (substitution, insertion, deletion, adjacent swap)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


BULK_REINDEX_MIN = 2000  # more changed rows than this: rebuild the whole index in one statement


def _index_select(lang: str, where: str) -> str:
    return (f"INSERT INTO service_fts_{lang}(rowid, name, synonyms, description) "
            f"SELECT rowid, kiosk_stem(name_{lang}, '{lang}'), kiosk_stem(synonyms_{lang}, '{lang}'), "
            f"kiosk_stem(description_{lang} || ' ' || who_{lang}, '{lang}') FROM services {where}")


def refresh_index(store: Store) -> int:
    """Index the services changed since the last refresh; returns how many rows were recorded.

    Cheap when nothing changed (one query).  Many changes (a catalogue pull) rebuild the index in
    one statement per language, which is several times faster than indexing row by row.
    """
    dirty = store.scalar("SELECT count(*) FROM search_dirty")
    if not dirty:
        return 0
    with store.atomic():
        dirty = store.scalar("SELECT count(*) FROM search_dirty")  # under the write lock now
        bulk = dirty >= BULK_REINDEX_MIN
        for lang in ("ru", "en"):
            if bulk:
                store.conn.execute(f"DELETE FROM service_fts_{lang}")
                store.conn.execute(_index_select(lang, ""))
            else:
                store.conn.execute(f"DELETE FROM service_fts_{lang} WHERE rowid IN "
                                   "(SELECT service_rowid FROM search_dirty)")
                store.conn.execute(_index_select(lang, "WHERE rowid IN (SELECT service_rowid FROM search_dirty)"))
        store.conn.execute("DELETE FROM search_dirty")
    return dirty


class _Vocabulary:
    """Index terms of one catalogue version, for prefix checks and one-edit lookups."""

    def __init__(self, terms: list[str]):
        self.sorted = sorted(terms)
        self.set = set(terms)
        self.deletes: dict[str, list[str]] = defaultdict(list)
        for term in terms:
            if len(term) >= TYPO_MIN_LENGTH - 1:
                self.deletes[term].append(term)
                for variant in _deletes(term):
                    self.deletes[variant].append(term)

    def has_prefix(self, prefix: str) -> bool:
        i = bisect.bisect_left(self.sorted, prefix)
        return i < len(self.sorted) and self.sorted[i].startswith(prefix)

    def near(self, term: str) -> list[str]:
        found: set[str] = set()
        for key in {term} | _deletes(term):
            for candidate in self.deletes.get(key, ()):
                if _within_one_edit(term, candidate):
                    found.add(candidate)
        return sorted(found)


class CatalogueSearch:
    """Searches one store's catalogue.  Use from the thread that owns the store."""

    def __init__(self, store: Store):
        self.store = store
        self._vocab: dict[str, tuple[int, _Vocabulary]] = {}

    def _vocabulary(self, lang: str) -> _Vocabulary:
        refresh_index(self.store)
        version = self.store.scalar("SELECT version FROM search_meta WHERE id = 1")
        cached = self._vocab.get(lang)
        if cached is None or cached[0] != version:
            terms = [row[0] for row in self.store.db.execute(f"SELECT term FROM service_fts_{lang}_vocab")]
            cached = (version, _Vocabulary(terms))
            self._vocab[lang] = cached
        return cached[1]

    def _term_expression(self, word: str, lang: str, last: bool,
                         corrected: dict[str, str]) -> tuple[str, list[tuple[str, bool]]] | None:
        stem = stem_word(word, lang)
        vocab = self._vocabulary(lang)
        prefix = last and len(stem) >= 2
        if stem in vocab.set or (prefix and vocab.has_prefix(stem)):
            options = [(stem, prefix)]
        elif len(normalise(word)) < SHORT_WORD and not last:
            return "", []   # a short word nobody wrote (a preposition): not a reason to find nothing
        elif len(normalise(word)) >= TYPO_MIN_LENGTH:
            near = vocab.near(stem)
            if not near:
                return None
            options = [(term, False) for term in near]
            corrected[word] = near[0]
        else:
            return None
        expr = " OR ".join(f'"{term}"' + ("*" if is_prefix else "") for term, is_prefix in options)
        return f"({expr})", options

    def _query(self, table: str, match: str, ranked: bool, category_id: str | None, limit: int,
               exclude: tuple[int, ...]) -> list[tuple]:
        rank = f"bm25({table}, {NAME_WEIGHT}, {SYNONYM_WEIGHT}, {DESCRIPTION_WEIGHT})" if ranked else "0"
        inner = f"SELECT rowid, {rank} AS rank FROM {table} WHERE {table} MATCH ?"
        params: list[object] = [match]
        if category_id:
            inner += " AND rowid IN (SELECT rowid FROM services WHERE category_id = ?)"
            params.append(category_id)
        if exclude:
            inner += f" AND rowid NOT IN ({', '.join('?' for _ in exclude)})"
            params.extend(exclude)
        inner += (" ORDER BY rank" if ranked else "") + " LIMIT ?"
        params.append(limit)
        lang = table.rsplit("_", 1)[-1]
        sql = (f"SELECT s.id, s.name_{lang}, s.category_id, m.rank, s.rowid FROM ({inner}) AS m"
               " JOIN services s ON s.rowid = m.rowid ORDER BY m.rank, s.rowid")
        return [tuple(row) for row in self.store.db.execute(sql, params)]

    def search(self, query: str, lang: str, *, limit: int = DEFAULT_LIMIT,
               category_id: str | None = None) -> SearchResult:
        """Ranked services whose texts in ``lang`` match every word of ``query``."""
        lang = "en" if lang == "en" else "ru"
        query_words = words(query)
        corrected: dict[str, str] = {}
        if not query_words:
            return SearchResult(query, [])
        parts, matchers = [], []
        for i, word in enumerate(query_words):
            term = self._term_expression(word, lang, i == len(query_words) - 1, corrected)
            if term is None:
                return SearchResult(query, [], corrected)
            if term[0]:
                parts.append(term[0])
                matchers.extend(term[1])
        if not parts:
            return SearchResult(query, [], corrected)
        table = f"service_fts_{lang}"
        ranked = not any(is_prefix and len(term) < RANKED_PREFIX_MIN for term, is_prefix in matchers)
        terms = " AND ".join(parts)
        # Two passes keep ranking cheap on a big catalogue: services whose name or synonyms match
        # come first (bm25 over far fewer rows); descriptions fill the rest of the page.
        rows = self._query(table, f"{{name synonyms}} : ({terms})", ranked, category_id, limit, ())
        if len(rows) < limit:
            seen = tuple(r[4] for r in rows)
            rows += self._query(table, f"{{name synonyms description}} : ({terms})", ranked, category_id,
                                limit - len(rows), seen)
        hits = [SearchHit(r[0], r[1], highlight(r[1], matchers, lang), r[2], r[3]) for r in rows]
        return SearchResult(query, hits, corrected)


_HIGHLIGHT_RE = re.compile(r"&#?\w+;|[0-9A-Za-zА-Яа-яЁё]+")


def highlight(text: str, matchers: list[tuple[str, bool]], lang: str) -> str:
    """``text`` HTML-escaped with each word whose stem matches wrapped in ``<b>``."""
    exact = {term for term, is_prefix in matchers if not is_prefix}
    prefixes = tuple(term for term, is_prefix in matchers if is_prefix)

    def mark(m: re.Match[str]) -> str:
        word = m.group(0)
        if word[0] == "&":  # an entity made by escaping: leave it whole
            return word
        stem = stem_word(word, lang)
        if stem in exact or (prefixes and (stem.startswith(prefixes) or normalise(word).startswith(prefixes))):
            return f"<b>{word}</b>"
        return word

    return _HIGHLIGHT_RE.sub(mark, html.escape(text, quote=False))


def like_search(store: Store, query: str, lang: str, limit: int = DEFAULT_LIMIT) -> list[str]:
    """The naive baseline the benchmark compares against: ``LIKE '%word%'`` on every text column,
    name matches first (the same page a citizen would get, so every row has to be scanned)."""
    lang = "en" if lang == "en" else "ru"
    clauses, params, first_word = [], [], None
    for word in words(query):
        first_word = first_word or word
        clauses.append(f"(name_{lang} LIKE ? OR synonyms_{lang} LIKE ? OR description_{lang} LIKE ?)")
        params.extend([f"%{word}%"] * 3)
    if not clauses:
        return []
    sql = (f"SELECT id FROM services WHERE {' AND '.join(clauses)}"
           f" ORDER BY (name_{lang} LIKE ?) DESC, rowid LIMIT ?")
    return [row[0] for row in store.db.execute(sql, [*params, f"%{first_word}%", limit])]
