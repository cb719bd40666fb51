"""The conformance suite of the read-model store port; adapters supply the `store` fixture."""

from __future__ import annotations

import pytest

from services.readmodels.port import CheckpointMoved, ReadModelStore


class ReadModelStoreConformance:
    async def test_empty_namespace(self, store: ReadModelStore) -> None:
        assert await store.keys("live", "p") == []
        assert await store.get("live", "p", "k") is None
        assert await store.checkpoint("live", "p") == {}

    async def test_commit_writes_docs_routes_and_checkpoint_together(
        self, store: ReadModelStore
    ) -> None:
        await store.commit(
            "live",
            "p",
            docs={"b": "2", "a": "1"},
            routes={"f1": ["a"]},
            partition="log",
            expected=0,
            position=5,
        )
        assert await store.keys("live", "p") == ["a", "b"]
        assert await store.get_many("live", "p", ["a", "b", "zz"]) == {"a": "1", "b": "2"}
        assert await store.routes("live", "p", ["f1", "f2"]) == {"f1": ["a"]}
        assert await store.checkpoint("live", "p") == {"log": 5}

    async def test_stale_checkpoint_is_refused_and_writes_nothing(
        self, store: ReadModelStore
    ) -> None:
        await store.commit(
            "live", "p", docs={"a": "1"}, routes={}, partition="log", expected=0, position=3
        )
        with pytest.raises(CheckpointMoved):
            await store.commit(
                "live",
                "p",
                docs={"a": "changed", "c": "3"},
                routes={},
                partition="log",
                expected=0,
                position=4,
            )
        assert await store.get("live", "p", "a") == "1"
        assert await store.keys("live", "p") == ["a"]
        assert await store.checkpoint("live", "p") == {"log": 3}

    async def test_partitions_have_their_own_checkpoints(self, store: ReadModelStore) -> None:
        await store.commit("live", "p", docs={}, routes={}, partition="0", expected=0, position=7)
        await store.commit("live", "p", docs={}, routes={}, partition="1", expected=0, position=2)
        assert await store.checkpoint("live", "p") == {"0": 7, "1": 2}

    async def test_namespaces_are_isolated_and_droppable(self, store: ReadModelStore) -> None:
        await store.commit(
            "live", "p", docs={"a": "1"}, routes={}, partition="log", expected=0, position=1
        )
        await store.commit(
            "other", "p", docs={"a": "2"}, routes={}, partition="log", expected=0, position=1
        )
        await store.drop("other")
        assert await store.get("other", "p", "a") is None
        assert await store.get("live", "p", "a") == "1"

    async def test_digest_depends_on_content_only(self, store: ReadModelStore) -> None:
        await store.commit(
            "live",
            "p",
            docs={"a": "1", "b": "2"},
            routes={"x": ["a"]},
            partition="log",
            expected=0,
            position=9,
        )
        await store.commit(
            "other", "p", docs={"b": "2"}, routes={}, partition="0", expected=0, position=1
        )
        assert await store.digest("live", "p") != await store.digest("other", "p")
        await store.commit(
            "other", "p", docs={"a": "1"}, routes={}, partition="0", expected=1, position=2
        )
        assert await store.digest("live", "p") == await store.digest("other", "p")
        assert await store.ping()

    async def test_the_version_tag_moves_with_every_commit_and_alias_switch(
        self, store: ReadModelStore
    ) -> None:
        empty = await store.version_tag("p", "p.v1")
        assert empty == await ReadModelStore.version_tag(store, "p", "p.v1")  # the port's rule
        await store.commit(
            "live", "p.v1", docs={"a": "1"}, routes={}, partition="1", expected=0, position=3
        )
        one = await store.version_tag("p", "p.v1")
        await store.commit(
            "live", "p.v1", docs={"a": "2"}, routes={}, partition="0", expected=0, position=2
        )
        two = await store.version_tag("p", "p.v1")
        assert len({empty, one, two}) == 3
        assert two == await ReadModelStore.version_tag(store, "p", "p.v1")
        await store.set_alias("p", "rebuild-1")
        switched = await store.version_tag("p", "p.v1")
        assert switched not in {empty, one, two} and switched.startswith("rebuild-1|")
        assert await store.version_tag("other", "p.v1") == two  # another alias: still live
