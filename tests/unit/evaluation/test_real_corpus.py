"""The committed part of the real-news corpus (manifests and gold) is consistent: ids follow
from the URLs, a third is held out by the URL's hash, gold files use the README's kinds and
arguments. Texts are not committed, so these checks never need them."""

from services.evaluation.agreement import agreement, articles_in
from services.evaluation.checks import check, expected_id, expected_split
from services.evaluation.corpus import half_of, manifest_rows


def test_manifests_and_gold_are_consistent() -> None:
    assert check(texts=None) == []


def test_corpus_size_and_languages() -> None:
    rows = manifest_rows()
    languages = [r["lang"] for r in rows]
    assert len(rows) >= 120 and languages.count("ru") >= 85 and languages.count("en") >= 35
    holdout = sum(1 for r in rows if r["split"] == "holdout")
    assert 0.25 <= holdout / len(rows) <= 0.42


def test_ids_and_splits_follow_from_the_url() -> None:
    url = "https://example.org/news/1"
    assert expected_id(url, "ru").startswith("ru-") and len(expected_id(url, "ru")) == 13
    assert expected_split(url) in ("dev", "holdout")


def test_second_annotation_agrees() -> None:
    assert articles_in() >= 30
    assert agreement().overall.f1 >= 0.75


def test_halves_follow_from_the_last_hex_digit_and_cover_every_id() -> None:
    assert half_of("ru-0000000000") == "a"
    assert half_of("en-123456789e") == "a"
    assert half_of("en-123456789f") == "b"
    ids = [row["id"] for row in manifest_rows()]
    halves = {half_of(i) for i in ids}
    assert halves == {"a", "b"}
