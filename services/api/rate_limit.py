"""A per-client token bucket for POST /articles: extraction is CPU, one client must not
starve the others. 429 with Retry-After when a client's bucket is empty.

The client is the peer address (behind a proxy, run uvicorn with --proxy-headers so that
is the real client). In memory, per process: each API replica limits on its own.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable

from fastapi import Depends, HTTPException, Request, status

from services.settings import Settings

_MAX_CLIENTS = 10_000  # least recently seen clients are forgotten beyond this


class RateLimiter:
    def __init__(
        self, per_minute: int, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = per_minute / 60.0
        self.burst = max(burst, 1)
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def wait_s(self, client: str) -> float:
        """0 when the request may go ahead (and is counted), else seconds until it may."""
        now = self.clock()
        tokens, last = self._buckets.pop(client, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        if tokens >= 1.0:
            self._buckets[client] = (tokens - 1.0, now)
            wait = 0.0
        else:
            self._buckets[client] = (tokens, now)
            wait = (1.0 - tokens) / self.rate
        while len(self._buckets) > _MAX_CLIENTS:
            self._buckets.popitem(last=False)
        return wait


def _limiter(request: Request) -> RateLimiter | None:
    state = request.app.state
    if not hasattr(state, "article_limiter"):
        settings: Settings = state.container.settings
        per_minute = settings.article_rate_per_minute
        state.article_limiter = (
            RateLimiter(per_minute, settings.article_rate_burst) if per_minute > 0 else None
        )
    limiter: RateLimiter | None = state.article_limiter
    return limiter


def limit_articles(request: Request) -> None:
    limiter = _limiter(request)
    if limiter is None:
        return
    client = request.client.host if request.client else "unknown"
    wait = limiter.wait_s(client)
    if wait > 0:
        seconds = max(1, math.ceil(wait))
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            f"too many articles from this client: at most "
            f"{limiter.rate * 60:g} a minute (bursts of {limiter.burst}); retry in {seconds} s",
            headers={"Retry-After": str(seconds)},
        )


ArticleRateLimitDep = Depends(limit_articles)
