"""The time limit bounds an article's own work: a fresh process's first article does not pay
for loading the lexicons and the gazetteer (they took over 10 s on a loaded machine)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from services.extraction import extract_article
from services.extraction.warm_up import _samples

pytestmark = pytest.mark.unit

FIRST_ARTICLE = textwrap.dedent(
    """
    import datetime as dt, time
    from services.extraction import extract_article
    started = time.monotonic()
    result = extract_article(
        "Armenia and Azerbaijan exchanged prisoners on Tuesday, the ministry said.",
        dt.date(2023, 6, 1), "en", time_limit_s=0.5,
    )
    print(len(result.facts), round(time.monotonic() - started, 2))
    """
)


def test_a_fresh_process_extracts_its_first_article_within_a_short_limit() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FIRST_ARTICLE], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    facts, _ = done.stdout.split()
    assert int(facts) >= 1


@pytest.mark.parametrize("language", ["ru", "en"])
def test_each_language_has_a_sample_that_extracts_facts(language: str) -> None:
    import datetime as dt

    result = extract_article(_samples()[language], dt.date(2023, 11, 12), language)
    assert result.language == language
    assert result.facts
