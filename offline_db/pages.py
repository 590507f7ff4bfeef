"""Read table rows straight from the pages of a damaged SQLite file.  Qt-free, read-only.

SQLite's own recovery (the ``sqlite3_recover`` extension behind the shell's ``.recover``) is not
reachable from this kiosk: Python's ``sqlite3`` and APSW do not expose it, and Debian 12's
``sqlite3`` shell is built without the ``sqlite_dbpage`` table it needs ("no such table:
sqlite_dbpage").  This module does the same core job, for the few tables the kiosk salvages,
following the documented file format (https://www.sqlite.org/fileformat2.html):

* the page image is the main file overlaid with the committed frames of its ``-wal`` file whose
  checksums hold; frames after a damaged one are kept apart (:attr:`PageImage.late_frames`), so
  the rows they hold can still be found;
* a table's b-tree is walked from its root page, skipping pages and cells that do not parse
  (:func:`walk_table`);
* leaf pages that no walk reached (below a damaged interior page, or when the schema page itself
  is damaged) and the late WAL frames are scanned for rows (:func:`orphan_rows`); pages on the
  free list are left out, so deleted data does not come back.

A row decoded here may still hold damaged bytes: the caller validates every row before using it.
Nothing here writes to the files it reads.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAGIC = b"SQLite format 3\x00"
WAL_MAGIC = (0x377F0682, 0x377F0683)
TABLE_LEAF, TABLE_INTERIOR = 0x0D, 0x05
PAGE_TYPES = (0x02, 0x05, 0x0A, 0x0D)
MAX_OVERFLOW_PAGES = 4096  # a 16 MB value at 4 KB pages: more is a loop in damaged pointers

Row = tuple[int, list[Any]]  # (rowid, column values)


class NotADatabase(Exception):
    """The file is empty, or no page size makes sense of it."""


def varint(buf: bytes, pos: int) -> tuple[int, int]:
    """SQLite's big-endian variable-length integer at ``pos``: (value, next position)."""
    value = 0
    for i in range(9):
        byte = buf[pos + i]  # IndexError on a truncated buffer: the caller skips the cell
        if i == 8:
            return (value << 8) | byte, pos + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, pos + i + 1
    raise AssertionError("unreachable")


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def decode_record(payload: bytes) -> list[Any]:
    """The column values of one record (raises ValueError/IndexError/UnicodeDecodeError when the
    bytes do not form a record)."""
    header_len, pos = varint(payload, 0)
    if header_len < 1 or header_len > len(payload):
        raise ValueError("record header out of range")
    types = []
    while pos < header_len:
        serial, pos = varint(payload, pos)
        types.append(serial)
    if pos != header_len:
        raise ValueError("record header overruns")
    values: list[Any] = []
    body = header_len
    for serial in types:
        if serial == 0:
            values.append(None)
        elif serial in _INT_SIZES:
            size = _INT_SIZES[serial]
            chunk = payload[body:body + size]
            if len(chunk) != size:
                raise ValueError("record body truncated")
            values.append(int.from_bytes(chunk, "big", signed=True))
            body += size
        elif serial == 7:
            chunk = payload[body:body + 8]
            if len(chunk) != 8:
                raise ValueError("record body truncated")
            values.append(struct.unpack(">d", chunk)[0])
            body += 8
        elif serial in (8, 9):
            values.append(serial - 8)
        elif serial >= 12:
            size = (serial - 12) // 2
            chunk = payload[body:body + size]
            if len(chunk) != size:
                raise ValueError("record body truncated")
            values.append(chunk.decode("utf-8") if serial % 2 else bytes(chunk))
            body += size
        else:
            raise ValueError("reserved serial type")
    if body != len(payload):
        raise ValueError("record length does not match its payload")
    return values


def _wal_checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


@dataclass
class WalFrames:
    """What a ``-wal`` file holds: the committed pages SQLite replays, and the pages of
    transactions committed after a damaged frame (which SQLite ignores).  A torn last frame
    (a crash while writing) is not damage: nothing committed follows it."""

    pages: dict[int, bytes] = field(default_factory=dict)
    late: list[bytes] = field(default_factory=list)
    damaged: bool = False


def read_wal(path: Path, page_size: int | None) -> WalFrames:
    """Frames of the WAL at ``path`` whose checksums hold, as SQLite would replay them; frames
    that follow a damaged frame (same salts, own checksum good) go to ``late``."""
    result = WalFrames()
    try:
        data = path.read_bytes()
    except OSError:
        return result
    if len(data) < 32:
        return result
    magic, _version, wal_page, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:32])
    if magic not in WAL_MAGIC or (c0, c1) != _wal_checksum(data[:24], 0, 0, magic == WAL_MAGIC[1]):
        return result  # SQLite ignores such a WAL as a whole; its frames cannot be told apart
    big = magic == WAL_MAGIC[1]
    page_size = page_size or wal_page
    if wal_page != page_size or page_size < 512:
        return result
    frame_size = 24 + page_size
    pending: dict[int, bytes] = {}  # pages of the transaction being read
    late: list[bytes] = []          # pages after a damaged frame, of the transaction being read
    s0, s1 = c0, c1
    chain_ok = True
    for offset in range(32, len(data) - frame_size + 1, frame_size):
        head = data[offset:offset + 24]
        page_no, commit, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", head)
        body = data[offset + 24:offset + frame_size]
        # A frame with other salts is left from an earlier generation of the WAL (or damaged).
        good = (f_salt1, f_salt2) == (salt1, salt2) and (f0, f1) == _wal_checksum(head[:8] + body, s0, s1, big)
        s0, s1 = f0, f1  # the next frame's checksum continues from this one's stored value
        if chain_ok and not good:
            chain_ok = False  # SQLite stops here: what follows is not replayed
            late = list(pending.values())
            pending.clear()
        if chain_ok:
            pending[page_no] = body
            if commit:
                result.pages.update(pending)
                pending.clear()
            continue
        if good:
            late.append(body)
            if commit:  # a transaction committed after the damage: its pages are worth reading
                result.late.extend(late)
                late = []
    result.damaged = bool(result.late)
    return result


def wal_damaged(path: Path) -> bool:
    """Whether transactions were committed in the WAL after a damaged frame.  Read twice: a WAL
    being restarted by a writer while it is read can look damaged once, never twice."""
    return read_wal(path, None).damaged and read_wal(path, None).damaged


def _looks_like_btree(page: bytes, hdr: int, size: int) -> bool:
    """Whether ``page`` starts (at ``hdr``) like a b-tree page of a file with pages of ``size``."""
    if len(page) < hdr + 12 or page[hdr] not in PAGE_TYPES:
        return False
    ncells = int.from_bytes(page[hdr + 3:hdr + 5], "big")
    content = int.from_bytes(page[hdr + 5:hdr + 7], "big") or 65536
    head = hdr + (8 if page[hdr] in (TABLE_LEAF, 0x0A) else 12)
    return head + 2 * ncells <= content <= size and page[hdr + 7] <= 60


def _guess_page_size(data: bytes) -> int:
    """The page size under which page 1's b-tree header holds and most pages look like b-tree
    pages (the file's header, where the size is written, is damaged)."""
    best, best_score = 4096, -1.0
    for size in (512, 1024, 2048, 4096, 8192, 16384, 32768, 65536):
        if size > len(data) or not _looks_like_btree(data[:size], 100, size):
            continue
        offsets = range(size, len(data), size)
        score = sum(_looks_like_btree(data[o:o + size], 0, size) for o in offsets) / max(1, len(offsets))
        if score > best_score:
            best, best_score = size, score
    return best


class PageImage:
    """The pages of a (possibly damaged) database file and its WAL, as bytes."""

    def __init__(self, path: Path | str):
        path = Path(path)
        self.data = path.read_bytes()
        header_ok = self.data[:16] == MAGIC
        size = int.from_bytes(self.data[16:18], "big") if len(self.data) >= 18 else 0
        size = 65536 if size == 1 else size
        if not header_ok or size < 512 or size & (size - 1):
            if not self.data:
                raise NotADatabase("the file is empty")
            size = _guess_page_size(self.data)
        self.page_size = size
        self.wal = read_wal(Path(str(path) + "-wal"), size)
        self.late_frames = self.wal.late
        count = (len(self.data) + size - 1) // size
        self.page_count = max([count, *self.wal.pages])
        head = self.page(1) or b""
        self.header_ok = head[:16] == MAGIC
        reserved = head[20] if self.header_ok else 0
        self.usable = size - reserved

    def page(self, number: int) -> bytes | None:
        if number in self.wal.pages:
            return self.wal.pages[number]
        if number < 1 or number > self.page_count:
            return None
        chunk = self.data[(number - 1) * self.page_size:number * self.page_size]
        return chunk if chunk else None

    def freelist(self) -> set[int]:
        """Pages on the free list (empty when the header cannot be trusted)."""
        head = self.page(1)
        if not self.header_ok or head is None:
            return set()
        trunk, count = struct.unpack(">II", head[32:40])
        free: set[int] = set()
        while trunk and trunk not in free and len(free) <= count:
            page = self.page(trunk)
            if page is None:
                break
            free.add(trunk)
            nxt, leaves = struct.unpack(">II", page[:8])
            leaves = min(leaves, (self.usable - 8) // 4)
            free.update(struct.unpack(f">{leaves}I", page[8:8 + 4 * leaves]))
            trunk = nxt
        return free

    # --- cells ---------------------------------------------------------------------------------
    def leaf_cells(self, page: bytes, number: int) -> tuple[list[Row], int]:
        """Rows of a table leaf page, and how many of its cells did not decode (skipped)."""
        hdr = 100 if number == 1 else 0
        ncells = int.from_bytes(page[hdr + 3:hdr + 5], "big")
        ncells = min(ncells, (self.usable - hdr - 8) // 2)
        rows: list[Row] = []
        for i in range(ncells):
            ptr = int.from_bytes(page[hdr + 8 + 2 * i:hdr + 10 + 2 * i], "big")
            try:
                if not hdr + 8 <= ptr < self.usable:
                    raise ValueError("cell pointer out of the page")
                rows.append(self._leaf_cell(page, ptr))
            except (ValueError, IndexError, UnicodeDecodeError, struct.error):
                continue
        return rows, ncells - len(rows)

    def _leaf_cell(self, page: bytes, ptr: int) -> Row:
        length, pos = varint(page, ptr)
        rowid, pos = varint(page, pos)
        if rowid >= 1 << 63:
            rowid -= 1 << 64
        usable = self.usable
        max_local = usable - 35
        if length <= max_local:
            local = length
        else:
            min_local = ((usable - 12) * 32 // 255) - 23
            local = min_local + (length - min_local) % (usable - 4)
            local = local if local <= max_local else min_local
        payload = bytearray(page[pos:pos + local])
        if len(payload) != local:
            raise ValueError("cell runs past its page")
        if local < length:
            payload += self._overflow(int.from_bytes(page[pos + local:pos + local + 4], "big"), length - local)
        return rowid, decode_record(bytes(payload))

    def _overflow(self, number: int, remaining: int) -> bytes:
        out = bytearray()
        seen: set[int] = set()
        while remaining > 0:
            page = self.page(number)
            if page is None or number in seen or len(seen) > MAX_OVERFLOW_PAGES:
                raise ValueError("broken overflow chain")
            seen.add(number)
            chunk = page[4:min(self.usable, 4 + remaining)]
            out += chunk
            remaining -= len(chunk)
            number = int.from_bytes(page[:4], "big")
        return bytes(out)


@dataclass
class TableWalk:
    rows: dict[int, list[Any]] = field(default_factory=dict)
    visited: set[int] = field(default_factory=set)
    max_key: int = 0  # the largest rowid seen in a row or as an interior page's divider
    damaged_pages: int = 0
    bad_cells: int = 0  # cells on the table's leaf pages that did not decode


def walk_table(image: PageImage, root: int, *, decode: bool = True) -> TableWalk:
    """Every row reachable from the b-tree at ``root``; damaged pages are counted and skipped.
    With ``decode=False`` only the pages are collected (for tables whose rows are not wanted)."""
    walk = TableWalk()
    stack = [root]
    while stack:
        number = stack.pop()
        if number in walk.visited:
            continue
        page = image.page(number)
        if page is None:
            walk.damaged_pages += 1
            continue
        walk.visited.add(number)
        hdr = 100 if number == 1 else 0
        kind = page[hdr]
        if kind == TABLE_LEAF:
            if not decode:
                continue
            rows, bad = image.leaf_cells(page, number)
            walk.bad_cells += bad
            for rowid, values in rows:
                walk.rows[rowid] = values
                walk.max_key = max(walk.max_key, rowid)
        elif kind == TABLE_INTERIOR:
            ncells = min(int.from_bytes(page[hdr + 3:hdr + 5], "big"), (image.usable - hdr - 12) // 2)
            children = [int.from_bytes(page[hdr + 8:hdr + 12], "big")]
            for i in range(ncells):
                ptr = int.from_bytes(page[hdr + 12 + 2 * i:hdr + 14 + 2 * i], "big")
                try:
                    children.append(int.from_bytes(page[ptr:ptr + 4], "big"))
                    key, _ = varint(page, ptr + 4)
                    if key < 1 << 62:
                        walk.max_key = max(walk.max_key, key)
                except IndexError:
                    continue
            stack.extend(c for c in children if 1 <= c <= image.page_count)
        else:
            walk.visited.discard(number)
            walk.damaged_pages += 1
    return walk


def schema_roots(image: PageImage) -> tuple[dict[str, int], set[int]]:
    """``{table name: root page}`` from the schema table (page 1), empty when it is unreadable,
    and the schema table's pages."""
    roots = {}
    walk = walk_table(image, 1)
    for values in walk.rows.values():
        if len(values) >= 4 and values[0] == "table" and isinstance(values[1], str) and isinstance(values[3], int):
            roots[values[1]] = values[3]
    return roots, walk.visited


def orphan_rows(image: PageImage, reached: set[int]) -> Iterator[tuple[Row, bool]]:
    """Rows on table leaf pages that no walk reached and that are not free, then rows in the WAL
    frames that followed a damaged frame.  Yields ((rowid, values), from_late_frame)."""
    skip = reached | image.freelist()
    for number in range(2, image.page_count + 1):
        if number in skip:
            continue
        page = image.page(number)
        if page is not None and page[0] == TABLE_LEAF:
            for row in image.leaf_cells(page, number)[0]:
                yield row, False
    for page in image.late_frames:
        if page[0] == TABLE_LEAF:
            for row in image.leaf_cells(page, 0)[0]:
                yield row, True
