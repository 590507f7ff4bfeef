"""Test-only fault injection: OFF unless the server runs with ``RB_FAULTS=1``.

``POST /api/v1/_test/faults`` queues a fault (a status such as 503 with ``Retry-After``, 500 or
401) for the next N matching requests; ``GET`` lists what is queued, ``DELETE`` clears it.
These endpoints need no token and are left out of ``/openapi.json``: never enable them in a
pilot region.
"""


import asyncio
import json
import threading
from typing import Any

from fastapi import APIRouter

from .models import FaultSpec

_CODES = {401: "unauthorized", 403: "forbidden", 429: "rate_limited", 500: "internal_error",
          503: "unavailable"}


class FaultInjector:
    """A queue of faults, each used for ``count`` requests; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: list[dict[str, Any]] = []
        self.injected = 0

    def add(self, spec: FaultSpec) -> None:
        with self._lock:
            self._queue.append({"spec": spec, "left": spec.count})

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [{**entry["spec"].model_dump(), "left": entry["left"]} for entry in self._queue]

    def take(self, path: str) -> FaultSpec | None:
        if path.startswith("/api/v1/_test/"):
            return None
        with self._lock:
            for entry in self._queue:
                spec: FaultSpec = entry["spec"]
                if not path.startswith(spec.path_prefix):
                    continue
                if path == "/api/v1/health" and not spec.include_health:
                    continue
                entry["left"] -= 1
                if entry["left"] <= 0:
                    self._queue.remove(entry)
                self.injected += 1
                return spec
        return None

    class Middleware:
        def __init__(self, app: Any, injector: "FaultInjector"):
            self.app, self.injector = app, injector

        async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
            spec = self.injector.take(scope["path"]) if scope["type"] == "http" else None
            if spec is None:
                await self.app(scope, receive, send)
                return
            if spec.after_handler:
                async def swallow(_message: dict) -> None:
                    return None

                await self.app(scope, receive, swallow)
            if spec.body is not None:
                body = spec.body.encode("utf-8")
            else:
                code = _CODES.get(spec.status, "injected_fault")
                body = json.dumps({"error": {"code": code, "message": f"Injected test fault {spec.status}.",
                                             "message_ru": f"Тестовая ошибка {spec.status}."}}).encode()
            headers = [(b"content-type", spec.content_type.encode("latin-1")),
                       (b"content-length", str(len(body)).encode())]
            if spec.retry_after is not None:
                headers.append((b"retry-after", spec.retry_after.encode("latin-1")))
            if spec.status == 401:
                headers.append((b"www-authenticate", b"Bearer"))
            await asyncio.sleep(0)
            await send({"type": "http.response.start", "status": spec.status, "headers": headers})
            await send({"type": "http.response.body", "body": body})


def fault_router(injector: FaultInjector) -> APIRouter:
    router = APIRouter(prefix="/api/v1/_test", include_in_schema=False)

    @router.post("/faults")
    def add_fault(spec: FaultSpec) -> dict[str, Any]:
        injector.add(spec)
        return {"queued": injector.pending()}

    @router.get("/faults")
    def list_faults() -> dict[str, Any]:
        return {"queued": injector.pending(), "injected": injector.injected}

    @router.delete("/faults")
    def clear_faults() -> dict[str, Any]:
        injector.clear()
        return {"queued": []}

    return router
