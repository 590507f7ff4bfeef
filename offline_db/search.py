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
from collections import defaultdict
from dataclasses import dataclass, field

from .store import Store
from .textsearch import normalise, stem_word, words

NAME_WEIGHT, SYNONYM_WEIGHT, DESCRIPTION_WEIGHT = 10.0, 4.0, 1.0
TYPO_MIN_LENGTH = 5
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
        self._vocab: _Vocabulary | None = None
        self._vocab_version: int | None = None

    def _vocabulary(self) -> _Vocabulary:
        version = self.store.scalar("SELECT version FROM search_meta WHERE id = 1")
        if self._vocab is None or version != self._vocab_version:
            terms = [row[0] for row in self.store.db.execute("SELECT term FROM service_fts_vocab")]
            self._vocab, self._vocab_version = _Vocabulary(terms), version
        return self._vocab

    def _term_expression(self, word: str, lang: str, last: bool,
                         corrected: dict[str, str]) -> tuple[str, list[tuple[str, bool]]] | None:
        stem = stem_word(word, lang)
        vocab = self._vocabulary()
        prefix = last and len(stem) >= 2
        if stem in vocab.set or (prefix and vocab.has_prefix(stem)):
            options = [(stem, prefix)]
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
            parts.append(term[0])
            matchers.extend(term[1])
        match = " AND ".join(parts)
        sql = (
            "SELECT s.id, s.name_{lang} AS name, s.category_id, "
            f"bm25(service_fts, {NAME_WEIGHT}, {SYNONYM_WEIGHT}, {DESCRIPTION_WEIGHT}) AS rank "
            "FROM service_fts JOIN services s ON s.rowid = service_fts.rowid / 2 "
            "WHERE service_fts MATCH ? AND service_fts.lang = ? "
            + ("AND s.category_id = ? " if category_id else "")
            + "ORDER BY rank LIMIT ?"
        ).replace("{lang}", lang)
        params: list[object] = [f"{{name synonyms description}} : {match}", lang]
        if category_id:
            params.append(category_id)
        params.append(limit)
        hits = [
            SearchHit(row[0], row[1], highlight(row[1], matchers, lang), row[2], row[3])
            for row in self.store.db.execute(sql, params)
        ]
        return SearchResult(query, hits, corrected)


def highlight(text: str, matchers: list[tuple[str, bool]], lang: str) -> str:
    """``text`` HTML-escaped with each word whose stem matches wrapped in ``<b>``."""
    out, pos = [], 0
    from .textsearch import WORD_RE

    for m in WORD_RE.finditer(text):
        out.append(html.escape(text[pos:m.start()]))
        word = m.group(0)
        stem = stem_word(word, lang)
        hit = any(stem == term or (is_prefix and (stem.startswith(term) or normalise(word).startswith(term)))
                  for term, is_prefix in matchers)
        out.append(f"<b>{html.escape(word)}</b>" if hit else html.escape(word))
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


def like_search(store: Store, query: str, lang: str, limit: int = DEFAULT_LIMIT) -> list[str]:
    """The naive baseline the benchmark compares against: ``LIKE '%word%'`` on every text column."""
    lang = "en" if lang == "en" else "ru"
    clauses, params = [], []
    for word in words(query):
        clauses.append(f"(name_{lang} LIKE ? OR synonyms_{lang} LIKE ? OR description_{lang} LIKE ?)")
        params.extend([f"%{word}%"] * 3)
    if not clauses:
        return []
    sql = f"SELECT id FROM services WHERE {' AND '.join(clauses)} LIMIT ?"
    return [row[0] for row in store.db.execute(sql, [*params, limit])]
