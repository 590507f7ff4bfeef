"""A misbehaving HTTP server for the time-bound tests: it listens on 127.0.0.1, reads each request
and answers it in one scripted way — dripping, stalling, never ending its answer, or sending far
too much.  ``close()`` (or leaving the ``with`` block) stops it and cuts its connections.

    with FaultyServer(drip(b'{"status": "ok"}', every_s=0.5)) as server:
        ...  # point a client at server.url
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Callable

from tests.loopback import LoopbackServer

#: a behaviour gets the connection (its request already read) and the server's stop event
Behaviour = Callable[[socket.socket, threading.Event], None]


def head(status: str = "200 OK", ctype: str = "application/json", **headers: str | int) -> bytes:
    lines = [f"HTTP/1.1 {status}", f"Content-Type: {ctype}"]
    lines += [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def health_body() -> bytes:
    return json.dumps({"status": "ok", "api_version": "1", "server_time": "2026-11-21T09:30:00Z",
                       "resourceType": "CapabilityStatement", "rest": []}).encode()


def drip(body: bytes, every_s: float) -> Behaviour:
    """Headers at once (with the body's length), then the body one byte every ``every_s``."""
    def run(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(head(Content_Length=len(body)))
        for i in range(len(body)):
            if stop.wait(every_s):
                return
            conn.sendall(body[i:i + 1])
    return run


def drip_headers(every_s: float, pad: int = 60) -> Behaviour:
    """The status line, then a header dripped one byte every ``every_s``, then a good answer."""
    def run(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nX-Pad: ")
        for _ in range(pad):
            if stop.wait(every_s):
                return
            conn.sendall(b"a")
        body = health_body()
        conn.sendall(f"\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
    return run


def stall_after_headers(hold_s: float = 60.0) -> Behaviour:
    """Headers promising a body, then silence (until stopped, or ``hold_s``)."""
    def run(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(head(Content_Length=100))
        stop.wait(hold_s)
    return run


def never_ends(body: bytes, chunked: bool, hold_s: float = 60.0) -> Behaviour:
    """A complete-looking body that is never ended: chunked without the last chunk, or without a
    length (ended by closing) — and the connection kept open."""
    def run(conn: socket.socket, stop: threading.Event) -> None:
        if chunked:
            conn.sendall(head(Transfer_Encoding="chunked") + f"{len(body):x}\r\n".encode() + body + b"\r\n")
        else:
            conn.sendall(head(Connection="close") + body)
        stop.wait(hold_s)
    return run


def oversize(total: int, *, declare: bool) -> Behaviour:
    """``total`` bytes of a JSON-looking body, sent as fast as the client reads, with or without
    declaring the length (chunked then)."""
    piece = b"[" + b"0," * (32 * 1024 - 1)
    def run(conn: socket.socket, stop: threading.Event) -> None:
        if declare:
            conn.sendall(head(Content_Length=total))
        else:
            conn.sendall(head(Transfer_Encoding="chunked"))
        sent = 0
        while sent < total and not stop.is_set():
            part = piece[: total - sent]
            conn.sendall(part if declare else f"{len(part):x}\r\n".encode() + part + b"\r\n")
            sent += len(part)
    return run


def serve_json(body: bytes) -> Behaviour:
    """A well-behaved server: answers every request on the connection (keep-alive)."""
    def run(conn: socket.socket, stop: threading.Event) -> None:
        while not stop.is_set():
            conn.sendall(head(Content_Length=len(body)) + body)
            if not _read_request(conn):
                return
    return run


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head_part, _, rest = data.partition(b"\r\n\r\n")
    length = 0
    for line in head_part.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        rest += chunk
    return head_part


class FaultyServer(LoopbackServer):
    def __init__(self, behaviour: Behaviour):
        self.behaviour = behaviour
        self.requests: list[str] = []  # first request line of each connection ("GET /api/v1/health HTTP/1.1")
        self._conns: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        super().__init__(name="faulty-server")

    def close(self) -> None:
        super().close()
        with self._lock:
            conns, threads = list(self._conns), list(self._threads)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for t in threads:
            t.join(timeout=5)

    def _accepted(self, conn: socket.socket) -> None:
        t = threading.Thread(target=self._handle, args=(conn,), daemon=True)
        with self._lock:
            self._conns.append(conn)
            self._threads.append(t)
        t.start()

    def _handle(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            request = _read_request(conn)
            if request is None:
                return
            with self._lock:
                self.requests.append(request.split(b"\r\n", 1)[0].decode("latin-1"))
            self.behaviour(conn, self._stop)
