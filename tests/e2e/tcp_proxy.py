"""A small TCP proxy for fault tests: forwards 127.0.0.1:port to a target, and on request cuts
connections in the middle of a response, or answers every request itself (a captive portal).

    with TcpProxy(("127.0.0.1", backend.port)) as proxy:
        proxy.cut_next(3, after_bytes=300)   # the next 3 connections die after 300 response bytes
        proxy.portal(b"HTTP/1.1 200 OK\\r\\n...")  # answer everything with these bytes
        proxy.forward()                      # back to a plain pass-through
"""

from __future__ import annotations

import contextlib
import socket
import threading

from tests.loopback import LoopbackServer


class TcpProxy(LoopbackServer):
    def __init__(self, target: tuple[str, int], host: str = "127.0.0.1"):
        self.target = target
        self._cuts: list[int] = []
        self._portal: bytes | None = None
        self.cut_done = 0
        super().__init__(host, name="tcp-proxy")

    # --- control -----------------------------------------------------------------------------
    def cut_next(self, connections: int, after_bytes: int) -> None:
        with self._lock:
            self._cuts.extend([after_bytes] * connections)

    def portal(self, response: bytes) -> None:
        with self._lock:
            self._portal = response

    def forward(self) -> None:
        with self._lock:
            self._portal = None
            self._cuts.clear()

    # --- work --------------------------------------------------------------------------------
    def _accepted(self, client: socket.socket) -> None:
        with self._lock:
            portal = self._portal
            cut = self._cuts.pop(0) if self._cuts and portal is None else None
        target = self._answer if portal is not None else self._relay
        arg = portal if portal is not None else cut
        threading.Thread(target=target, args=(client, arg), daemon=True).start()

    def _answer(self, client: socket.socket, response: bytes) -> None:
        with client:
            client.settimeout(5)
            with contextlib.suppress(OSError):
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = client.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                client.sendall(response)
                client.shutdown(socket.SHUT_WR)

    def _relay(self, client: socket.socket, cut_after: int | None) -> None:
        try:
            upstream = socket.create_connection(self.target, timeout=5)
        except OSError:
            client.close()
            return
        upstream.settimeout(None)
        done = threading.Event()

        def pump_up() -> None:
            with contextlib.suppress(OSError):
                while not done.is_set():
                    chunk = client.recv(65536)
                    if not chunk:
                        break
                    upstream.sendall(chunk)
            with contextlib.suppress(OSError):
                upstream.shutdown(socket.SHUT_WR)

        threading.Thread(target=pump_up, daemon=True).start()
        sent = 0
        try:
            while True:
                chunk = upstream.recv(65536)
                if not chunk:
                    break
                if cut_after is not None and sent + len(chunk) >= cut_after:
                    client.sendall(chunk[: max(0, cut_after - sent)])
                    with self._lock:
                        self.cut_done += 1
                    break
                client.sendall(chunk)
                sent += len(chunk)
        except OSError:
            pass
        finally:
            done.set()
            for s in (client, upstream):
                # shutdown first: it wakes the other pump blocked in recv() and ends the stream now
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    s.close()
