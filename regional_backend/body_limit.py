"""A request-body limit in front of the app: over the limit, 413 before anything is parsed."""

from typing import Any

from .api_errors import error_for

MAX_BODY_BYTES = 5 * 1024 * 1024
_DRAIN_CAP_BYTES = 64 * 1024 * 1024


class BodyLimitMiddleware:
    """Reads the request body up front; over ``limit`` bytes → 413 and the app never runs."""

    def __init__(self, app: Any, limit: int = MAX_BODY_BYTES):
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        chunks: list[bytes] = []
        size = 0
        more = True
        too_big = declared is not None and (not declared.isdigit() or int(declared) > self.limit)
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            more = message.get("more_body", False)
            if size > self.limit:
                too_big = True
            if too_big:
                if size > _DRAIN_CAP_BYTES:
                    break
                continue  # drain so that the client reads our answer instead of a reset
            chunks.append(chunk)
        if too_big:
            response = error_for(
                scope["path"], 413, "payload_too_large",
                f"The request body is larger than {self.limit // (1024 * 1024)} MB; nothing was stored. "
                "Send smaller batches.",
                f"Тело запроса больше {self.limit // (1024 * 1024)} МБ; ничего не сохранено. "
                "Отправляйте пакеты меньшего размера.")
            await response(scope, receive, send)
            return
        body = b"".join(chunks)
        replayed = False

        async def replay() -> dict:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
