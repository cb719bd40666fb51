"""The read-model store port: documents per projection, with the checkpoint beside them."""

from __future__ import annotations

import abc
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


class CheckpointMoved(Exception):
    """Someone else committed first (a redelivery or a second worker): reload and retry."""


class AliasMoved(Exception):
    """A commit guarded by an alias found it pointing elsewhere (a blue-green switch):
    nothing was written; resolve the alias again and apply the batch there."""


@dataclass(frozen=True)
class AsOf:
    """What a document was built from up to a position: the latest snapshot at or before
    it (position 0 and no document: start empty) and the positions applied after it."""

    snapshot_position: int
    snapshot: str | None
    positions: list[int]


class ReadModelStore(abc.ABC):
    """Documents (canonical JSON) by projection and key, in a namespace ("live" or a rebuild).

    `commit` writes documents, the fact-routing index and the checkpoint in one atomic step,
    and only if the checkpoint is still what the caller read: so a batch is applied once.
    """

    @abc.abstractmethod
    async def get(self, ns: str, projection: str, key: str) -> str | None: ...

    @abc.abstractmethod
    async def get_many(self, ns: str, projection: str, keys: Iterable[str]) -> dict[str, str]: ...

    @abc.abstractmethod
    async def keys(self, ns: str, projection: str) -> list[str]:
        """Every document key, sorted."""

    @abc.abstractmethod
    async def routes(
        self, ns: str, projection: str, fact_ids: Iterable[str]
    ) -> dict[str, list[str]]:
        """Which keys hold each fact (for routing corrections)."""

    @abc.abstractmethod
    async def checkpoint(self, ns: str, projection: str) -> dict[str, int]:
        """Last applied position per partition ("log" for the embedded log)."""

    @abc.abstractmethod
    async def commit(
        self,
        ns: str,
        projection: str,
        *,
        docs: Mapping[str, str] | Mapping[str, bytes],
        routes: Mapping[str, list[str]],
        partition: str,
        expected: int,
        position: int,
        history: Mapping[str, list[int]] | None = None,
        alias: str | None = None,
    ) -> None:
        """Atomically write docs + routes and move `partition` from `expected` to `position`.
        Each document is its JSON, as text or as UTF-8 bytes (stored the same).
        `history` names the log positions applied to each document (for as-of reads).
        Raises CheckpointMoved when the stored checkpoint is not `expected`; with `alias`,
        AliasMoved (checked first) unless that alias still names `ns` (unset: "live")."""

    @abc.abstractmethod
    async def keys_at(self, ns: str, projection: str, at: int) -> list[str]:
        """Keys that existed once the log position `at` was applied, sorted."""

    @abc.abstractmethod
    async def history(self, ns: str, projection: str, key: str, at: int) -> AsOf: ...

    @abc.abstractmethod
    async def get_alias(self, name: str) -> str | None:
        """The namespace an alias (a projection's live name) points at."""

    @abc.abstractmethod
    async def set_alias(self, name: str, ns: str) -> None:
        """Point an alias at a namespace: one atomic write (the blue-green switch)."""

    @abc.abstractmethod
    async def drop(self, ns: str) -> None:
        """Delete a whole namespace (a failed or finished rebuild)."""

    @abc.abstractmethod
    async def ping(self) -> bool: ...

    async def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""

    async def version_tag(self, alias: str, projection: str) -> str:
        """The live namespace behind `alias` and its checkpoint for `projection`: it moves
        whenever a document a reader can see changes (a commit or an alias switch)."""
        ns = await self.get_alias(alias) or "live"
        checkpoint = await self.checkpoint(ns, projection)
        return ns + "|" + ",".join(f"{p}={n}" for p, n in sorted(checkpoint.items()))

    async def digest(self, ns: str, projection: str) -> str:
        """sha256 over every (key, document) in key order: equal digests, equal read models."""
        digest = hashlib.sha256()
        keys = await self.keys(ns, projection)
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            docs = await self.get_many(ns, projection, chunk)
            for key in chunk:
                digest.update(key.encode() + b"\0" + docs[key].encode() + b"\n")
        return digest.hexdigest()


def tag_namespace(tag: str) -> str:
    """The live namespace a version tag names (its part before "|")."""
    return tag.split("|", 1)[0]
