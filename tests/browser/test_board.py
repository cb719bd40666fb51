"""The meetings board: the reference article's Sochi meeting, its denial beside it, and
the "as of" control putting the board back in time."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.e2e.conftest import Stack

pytestmark = pytest.mark.browser

SOCHI = '.meeting[data-meeting="ilham-aliyev+nikol-pashinyan+vladimir-putin@2021-11-26"]'


def test_sochi_meeting_is_announced_with_the_denial_beside_it(page: Any) -> None:
    page.goto("/")
    card = page.locator(SOCHI)
    assert card.locator(".badge").inner_text().strip().lower() == "announced"
    assert "Sochi" in card.locator(".place").inner_text()
    affirming = card.locator(".claims.side-by-side > .affirming")
    contradicting = card.locator(".claims.side-by-side > .contradicting")
    announced = affirming.locator('.claim[data-kind="MeetingAnnounced"]')
    denial = contradicting.locator('.claim[data-kind="MeetingDenied"]')
    assert "Kremlin" in announced.locator(".who").inner_text()
    assert "Office of the Prime Minister of Armenia" in denial.locator(".who").inner_text()
    assert "опровергли" in denial.locator(".evidence mark").inner_text()
    # side by side: the denial's column starts right of the announcement's, on the same row
    left, right = affirming.bounding_box(), contradicting.bounding_box()
    assert right["x"] >= left["x"] + left["width"] - 1
    assert abs(right["y"] - left["y"]) < 5
    assert denial.is_visible() and announced.is_visible()


def _position_of(desk: Stack, kind: str) -> int:
    events = httpx.get(f"{desk.url}/events", params={"type": kind}).json()["events"]
    return int(events[0]["position"])


def _as_of(page: Any, value: int) -> None:
    page.fill("#as-of", str(value))
    page.press("#as-of", "Enter")
    page.wait_for_url(f"**as_of={value}**")


def test_as_of_control_changes_what_the_board_shows(page: Any, desk: Stack) -> None:
    denial = _position_of(desk, "MeetingDenied")
    page.goto("/")
    assert page.locator(".meeting").count() >= 3
    _as_of(page, denial - 1)  # before the Armenian PM office's denial was appended
    assert page.locator(SOCHI).locator('.claim[data-kind="MeetingDenied"]').count() == 0
    assert page.locator(SOCHI).locator(".claims.side-by-side").count() == 0
    assert f"position {denial - 1}" in page.locator("#as-of-note").inner_text()
    _as_of(page, denial)
    assert page.locator(SOCHI).locator('.claim[data-kind="MeetingDenied"]').count() == 1
    _as_of(page, 1)  # only the ArticleIngested event: no meeting yet
    assert page.locator(".meeting").count() == 0
    assert page.locator("#board-empty").is_visible()


def test_filters_run_on_the_server_and_keep_the_as_of(page: Any) -> None:
    page.goto("/desk/meetings?as_of=99")
    page.fill('#board-filters input[name="participant"]', "pashinyan")
    page.click('#board-filters button[type="submit"]')
    page.wait_for_url("**participant=pashinyan**")
    assert "as_of=99" in page.url
    ids = page.locator(".meeting").evaluate_all("els => els.map(e => e.dataset.meeting)")
    assert ids and all("nikol-pashinyan" in i for i in ids)
    page.select_option('#board-filters select[name="status"]', "held")
    page.click('#board-filters button[type="submit"]')
    page.wait_for_url("**status=held**")
    assert page.locator(".meeting").count() == 0
