"""Word splitting and Snowball stemming for the catalogue search (Russian and English).

``stem_text`` is registered on every store connection as the SQL function ``kiosk_stem`` so the
FTS triggers index stemmed words.  snowballstemmer (the Snowball project's own generated Python
stemmers) is used rather than a hand-made suffix stripper: Russian inflection is too rich for that.
"""

from __future__ import annotations

import functools
import json
import re

WORD_RE = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+")
_STEMMERS: dict[str, object] = {}


def _stemmer(lang: str):  # noqa: ANN202 - snowballstemmer has no type hints
    stemmer = _STEMMERS.get(lang)
    if stemmer is None:
        import snowballstemmer

        stemmer = snowballstemmer.stemmer("russian" if lang == "ru" else "english")
        _STEMMERS[lang] = stemmer
    return stemmer


def normalise(word: str) -> str:
    return word.lower().replace("ё", "е")


def words(text: str) -> list[str]:
    return WORD_RE.findall(text or "")


@functools.lru_cache(maxsize=65536)
def stem_word(word: str, lang: str) -> str:
    word = normalise(word)
    if word.isdigit():
        return word
    # Russian texts carry Latin words too (and the other way round): stem by the word's script.
    cyrillic = any("а" <= ch <= "я" for ch in word)
    return _stemmer("ru" if cyrillic else "en").stemWord(word)


_TEXT_CACHE: dict[str, str] = {}
_TEXT_CACHE_MAX = 200_000


def stem_text(text: str | None, lang: str) -> str:
    """Stemmed words of ``text`` separated by spaces; a JSON list is read as its items.

    Called by SQLite for every indexed column, so the per-word path avoids function calls: a
    plain dict of already stemmed words (bounded) in front of the Snowball stemmer.
    """
    if not text:
        return ""
    if text.startswith("["):
        try:
            items = json.loads(text)
            if isinstance(items, list):
                text = " ".join(str(item) for item in items)
        except ValueError:
            pass
    cache = _TEXT_CACHE
    out = []
    for word in WORD_RE.findall(text.lower().replace("ё", "е")):
        stem = cache.get(word)
        if stem is None:
            stem = stem_word(word, lang)
            if len(cache) >= _TEXT_CACHE_MAX:
                cache.clear()
            cache[word] = stem
        out.append(stem)
    return " ".join(out)
