"""A TCP listener on 127.0.0.1 for the test servers (``tests/faulty_server.py``,
``tests/e2e/tcp_proxy.py``): accepts on a thread and hands each connection to ``_accepted``;
``close()`` (or leaving the ``with`` block) stops it."""

from __future__ import annotations

import socket
import threading
from typing import Self


class LoopbackServer:
    def __init__(self, host: str = "127.0.0.1", name: str = "loopback-server"):
        self.connections = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._listener = socket.create_server((host, 0))
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    def _accepted(self, conn: socket.socket) -> None:
        """Called on the accepting thread for each new connection (``connections`` already counted)."""
        raise NotImplementedError

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.connections += 1
            self._accepted(conn)
