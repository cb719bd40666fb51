"""Who speaks after the verb behind a long title (the guide: the person named at the end of a
chain of titles speaks; a president or a ministry inside "Assistant of the President of ..."
only owns the post): sentences written for the test."""

import pytest

from .catalogue import speakers


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "silent"),
    [
        (
            "en",
            "The talks will continue, said Assistant to the President, Head of the Foreign "
            "Policy Department Hikmet Hajiyev.",
            "Hikmet Hajiyev",
            "Ilham Aliyev",
        ),
        (
            "en",
            "Peacekeepers will leave Karabakh, said Assistant of the President of Azerbaijan, "
            "Head of the Foreign Policy Affairs Department of the Presidential Administration "
            "Hikmet Hajiyev.",
            "Hikmet Hajiyev",
            "Ilham Aliyev",
        ),
        (
            "en",
            "The border will be opened soon, stated Deputy Head of the Presidential "
            "Administration, Chief of the Foreign Relations Office Anar Mammadov.",
            "Anar Mammadov",
            "Presidential Administration of Azerbaijan",
        ),
        (
            "en",
            '"The shelling stopped at dawn," reported Spokesperson of the Ministry of Defence of '
            "Armenia, Colonel Aram Torosyan.",
            "Aram Torosyan",
            "Ministry of Defence (Armenia)",
        ),
        (
            "ru",
            "Переговоры продолжатся, сказал помощник президента Азербайджана, заведующий отделом "
            "внешнеполитических вопросов Администрации президента Хикмет Гаджиев.",
            "Hikmet Hajiyev",
            "Ilham Aliyev",
        ),
        (
            "ru",
            "Об этом заявил помощник президента Азербайджана, руководитель отдела внешней "
            "политики Администрации президента Хикмет Гаджиев.",
            "Hikmet Hajiyev",
            "Ilham Aliyev",
        ),
    ],
)
def test_name_at_the_end_of_a_title_chain_speaks(
    lang: str, text: str, speaker: str, silent: str
) -> None:
    found = speakers(text, lang)
    assert speaker in found
    assert silent not in found
