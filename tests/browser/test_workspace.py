"""The article workspace: the reference article previewed with each fact's evidence
highlighted in the text, nothing appended until asked; appending goes through the API."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import REFERENCE_TEXT
from tests.e2e.conftest import Stack

pytestmark = pytest.mark.browser


def test_workspace_highlights_the_evidence_of_the_reference_facts(page: Any, desk: Stack) -> None:
    head = httpx.get(f"{desk.url}/events", params={"limit": 1}).json()["head"]
    text = REFERENCE_TEXT.read_text(encoding="utf-8")
    page.goto("/desk/workspace")
    page.fill("#article-text", text)
    page.fill("#article-published", "2021-11-23")
    page.select_option("#article-language", "ru")
    with page.expect_navigation():
        page.click("#preview-button")
    rows = page.locator("#preview-facts tbody tr")
    assert rows.count() >= 10
    assert httpx.get(f"{desk.url}/events", params={"limit": 1}).json()["head"] == head
    marks = page.locator("#preview-text mark")
    highlighted = {
        int(i)
        for facts in marks.evaluate_all("ms => ms.map(m => m.dataset.facts)")
        for i in facts.split()
    }
    assert highlighted == set(range(rows.count()))  # every fact's evidence is marked
    for index in range(rows.count()):
        quotes = (
            rows.nth(index)
            .locator(".evidence")
            .evaluate_all("es => es.map(e => e.lastChild.textContent.trim())")
        )
        marked = "".join(
            page.locator(f'#preview-text mark[data-facts~="{index}"]').evaluate_all(
                "ms => ms.map(m => m.textContent)"
            )
        )
        assert all(q.replace("\n", "") in marked.replace("\n", "") for q in quotes), index
    denial = page.locator('#preview-facts tr[data-kind="MeetingDenied"]')
    index = denial.get_attribute("data-fact-index")
    page.locator(f'#preview-text mark[data-facts~="{index}"]').first.click()
    assert "picked" in (denial.get_attribute("class") or "")
    assert "denied" in denial.inner_text()
    assert "Office of the Prime Minister of Armenia" in denial.inner_text()
    assert page.locator("#preview-text mark").first.evaluate(
        "m => getComputedStyle(m).backgroundColor"
    ) not in ("rgba(0, 0, 0, 0)", "transparent")


def test_append_goes_through_the_api_and_links_to_what_changed(page: Any) -> None:
    page.goto("/desk/workspace")
    page.fill("#article-text", REFERENCE_TEXT.read_text(encoding="utf-8"))
    page.fill("#article-published", "2021-11-23")
    with page.expect_navigation():
        page.click("#preview-button")
    with page.expect_response("**/articles") as reply:
        page.click("#append-button")
    assert reply.value.status == 200
    page.wait_for_selector("#append-link a")
    assert "0 new event(s)" in page.locator("#append-result").inner_text()  # already in
    with page.expect_navigation():
        page.click("#append-link a")
    assert page.locator("#article-events > li").count() >= 10
    assert page.locator("#changed a").count() >= 3
