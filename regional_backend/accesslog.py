"""Masking of uvicorn's access log: a second line of defence that keeps personal data out of it.

The API never asks for personal data in a URL (patient searches and receipt look-ups are POSTs),
but a client can still put it there.  uvicorn logs every request on the ``uvicorn.access`` logger
as ``'%s - "%s %s HTTP/%s" %d'`` with the path *and query string* as the third argument;
:class:`AccessLogMask` rewrites that argument before any handler formats it:

* query parameters are kept only when known to carry no personal data (:data:`SAFE_PARAMS`:
  paging, dates, statuses, reference ids); any other parameter's value becomes ``***``
  (``patient:identifier=***``), and so does a bare query word;
* a path segment or a kept value that looks like a receipt number (``K7QW-3M2A-9XTP``,
  ``k7qw3m2a9xtp``) or a personal number (10 or more digits, spaces and hyphens allowed: an ENP, a
  SNILS, an account number) becomes ``***``, and so does ``/submissions/<x>`` unless ``<x>`` is a
  uuid.

The filter sits on the logger, so it applies whatever handlers uvicorn's logging configuration
(or an operator's) attaches; :func:`install_access_log_mask` adds it once per process.
"""

from __future__ import annotations

import logging
import re
import urllib.parse

MASK = "***"

#: Query parameters whose values stay readable in the access log.
SAFE_PARAMS = frozenset({
    "cursor", "limit",                                              # /api/v1/changes
    "_count", "_page_token", "_sort", "_format", "_lastUpdated", "_id",  # FHIR search
    "status", "start", "schedule", "schedule.actor", "specialty", "organization", "practitioner",
    "actor", "active", "slot",
})

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
#: a receipt number as printed or typed: 12 Crockford characters, maybe in groups of four
_RECEIPT = re.compile(r"[0-9A-Za-z]{4}([- ]?)[0-9A-Za-z]{4}\1[0-9A-Za-z]{4}")
#: digits only (spaces and hyphens allowed), at least 10 of them: an ENP, a SNILS, an account number
_NUMBER = re.compile(r"[\d\s-]*(?:\d[\s-]*){10,}")


def _personal(text: str) -> bool:
    """Whether one path segment or query value looks like a receipt number or a personal number."""
    text = urllib.parse.unquote_plus(text)
    if _UUID.fullmatch(text):
        return False
    receipt = _RECEIPT.fullmatch(text)
    if receipt and (receipt.group(1) or any(c.isdigit() for c in text)):
        return True
    return bool(_NUMBER.fullmatch(text))


def _mask_path(path: str) -> str:
    segments = path.split("/")
    for i, segment in enumerate(segments):
        after_submissions = i > 0 and segments[i - 1] == "submissions" and segment not in ("batch", "lookup")
        if _personal(segment) or (after_submissions and not _UUID.fullmatch(segment)):
            segments[i] = MASK
    return "/".join(segments)


def mask_target(target: str) -> str:
    """A request target (path and query string) with personal data masked."""
    path, sep, query = target.partition("?")
    masked = _mask_path(path)
    if not sep:
        return masked
    pieces = []
    for piece in query.split("&"):
        name, eq, value = piece.partition("=")
        if urllib.parse.unquote_plus(name) not in SAFE_PARAMS:
            pieces.append(f"{MASK if _personal(name) else name}={MASK}" if eq else MASK)
        else:
            pieces.append(f"{name}={MASK if _personal(value) else value}" if eq else name)
    return f"{masked}?{'&'.join(pieces)}"


class AccessLogMask(logging.Filter):
    """Masks the request target of uvicorn access-log records (see the module docstring)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], mask_target(args[2]), *args[3:])
        return True


def install_access_log_mask(logger_name: str = "uvicorn.access") -> None:
    """Add :class:`AccessLogMask` to the access logger (idempotent)."""
    logger = logging.getLogger(logger_name)
    if not any(isinstance(f, AccessLogMask) for f in logger.filters):
        logger.addFilter(AccessLogMask())
