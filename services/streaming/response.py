"""An ASGI response for a Session: ends when the client leaves, or stops reading for too long.

Unlike StreamingResponse it bounds each send: a client whose socket buffers stay full for
`send_timeout_s` is dropped (the connection closes; it resumes from its last `id:`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from services.streaming.session import Session

logger = logging.getLogger(__name__)

HEADERS = {
    "cache-control": "no-cache",
    "x-accel-buffering": "no",  # tell nginx-style proxies not to buffer the stream
}


class EventStreamResponse(Response):
    media_type = "text/event-stream"

    def __init__(self, session: Session, send_timeout_s: float, status_code: int = 200) -> None:
        # Like StreamingResponse: no body attribute, so no Content-Length header.
        self.status_code, self.background = status_code, None
        self.init_headers(HEADERS)
        self._session, self._send_timeout_s = session, send_timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        streaming = asyncio.create_task(self._stream(send))
        watching = asyncio.create_task(_wait_for_disconnect(receive))
        try:
            await asyncio.wait({streaming, watching}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (streaming, watching):
                task.cancel()
            for task in (streaming, watching):
                with contextlib.suppress(asyncio.CancelledError, OSError):
                    await task
            self._session.close()

    async def _stream(self, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
        frames = self._session.frames()
        try:
            async for chunk in frames:
                async with asyncio.timeout(self._send_timeout_s):
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except TimeoutError:
            # Returning without finishing the body makes the server close the connection.
            logger.warning(
                "SSE client read nothing for %.1fs; dropped at position %d",
                self._send_timeout_s,
                self._session.cursor,
            )
        finally:
            await frames.aclose()


async def _wait_for_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
