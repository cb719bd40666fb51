"""English names an institution's state before it or after it with "of" (spk16)."""

import pytest

from .catalogue import FILLER, speakers


@pytest.mark.parametrize(
    "text",
    [
        "The Defence Ministry of Armenia said on Tuesday that two soldiers were wounded.",
        "The Armenian Defence Ministry said on Tuesday that two soldiers were wounded.",
        "The MFA of Armenia said on Tuesday that the talks would go on.",
    ],
)
def test_the_state_after_of_names_the_institution_not_the_state(text: str) -> None:
    found = speakers(f"{text}\n\n{FILLER['en']}", "en")
    assert "Armenia" not in found
    assert found & {"Ministry of Defence (Armenia)", "Ministry of Foreign Affairs (Armenia)"}
