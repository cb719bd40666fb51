"""Reads answer with rendered bytes: ETag, If-None-Match -> 304, gzip for large answers, and
a new ETag (and the new content) as soon as the read model moves."""

from __future__ import annotations

import gzip
from typing import Any

from fastapi.testclient import TestClient

from services.api.rendered_response import _accepts_gzip
from services.readside.rendered import GZIP_MIN_BYTES
from tests.support.readiness import wait_projected


def test_an_unchanged_answer_is_304_and_a_change_gives_a_new_etag(
    client: TestClient, reference_submission: dict[str, Any]
) -> None:
    before = client.get("/projections/meetings")
    assert before.status_code == 200 and before.json() == {"meetings": [], "count": 0}
    client.post("/facts", json=reference_submission)
    wait_projected(client, 14)
    first = client.get("/projections/meetings", headers={"Accept-Encoding": "identity"})
    etag = first.headers["etag"]
    assert first.json()["count"] == 3 and etag != before.headers["etag"]
    assert first.headers["cache-control"] == "no-cache"
    again = client.get("/projections/meetings", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"]
    listed = client.get("/projections/meetings", headers={"If-None-Match": f'"x", W/{etag}'})
    assert listed.status_code == 304
    stale = client.get("/projections/meetings", headers={"If-None-Match": before.headers["etag"]})
    assert stale.status_code == 200 and stale.json() == first.json()


def test_one_document_has_its_own_etag_and_a_missing_one_is_still_404(
    client: TestClient, reference_submission: dict[str, Any]
) -> None:
    client.post("/facts", json=reference_submission)
    wait_projected(client, 14)
    lachin = client.get("/projections/territories/lachin-district")
    assert lachin.json()["controller"]["name"] == "Azerbaijan" and "facts" not in lachin.json()
    tag = lachin.headers["etag"]
    cached = client.get("/projections/territories/lachin-district", headers={"If-None-Match": tag})
    assert cached.status_code == 304
    other = client.get("/projections/territories")
    assert other.headers["etag"] != tag
    assert client.get("/projections/territories/nowhere").status_code == 404
    assert client.get("/projections/meetings/nope@undated").status_code == 404


def test_a_large_list_is_gzipped_when_asked_and_means_the_same_json(
    client: TestClient, reference_submission: dict[str, Any]
) -> None:
    client.post("/facts", json=reference_submission)
    wait_projected(client, 14)
    plain = client.get("/projections/meetings", headers={"Accept-Encoding": "identity"})
    assert len(plain.content) >= GZIP_MIN_BYTES and "content-encoding" not in plain.headers
    zipped = client.get("/projections/meetings", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip" and zipped.headers["vary"]
    assert zipped.json() == plain.json()  # httpx decodes the body
    assert zipped.headers["etag"] != plain.headers["etag"]
    raw_tag = zipped.headers["etag"]
    assert (
        client.get("/projections/meetings", headers={"If-None-Match": raw_tag}).status_code == 304
    )
    assert gzip.decompress(gzip.compress(plain.content)) == plain.content


def test_accept_encoding_is_read_with_its_weights() -> None:
    assert _accepts_gzip("gzip, deflate") and _accepts_gzip("br;q=1.0, *;q=0.5")
    assert not _accepts_gzip("gzip;q=0") and not _accepts_gzip("identity")
    assert not _accepts_gzip(None) and not _accepts_gzip("gzip;q=abc")
