"""A line break inside a sentence (a hard-wrapped page): a break with no sentence punctuation
before it and a lower-case letter after it does not end the sentence (sentences written for
the test)."""

from services.extraction.text import sentences

from .catalogue import article_facts


def _texts(text: str, lang: str) -> list[str]:
    return [s.text for s in sentences(text, lang)]


def test_an_english_sentence_wrapped_over_three_lines_is_one_sentence() -> None:
    text = (
        "The foreign ministers of Armenia and\n"
        "Azerbaijan met in Geneva on Monday to discuss the\n"
        "peace treaty, the ministry said.\n"
        "Nothing else was reported."
    )
    found = sentences(text, "en")
    assert len(found) == 2
    first = found[0]
    # the offsets still point into the original text, line breaks and all
    assert text[first.start : first.end].startswith("The foreign ministers")
    assert text[first.start : first.end].endswith("the ministry said.")
    assert [t.text for t in first.tokens if t.text == "peace"] == ["peace"]
    assert all(text[t.start : t.end] == t.text for t in first.tokens)


def test_a_russian_sentence_wrapped_before_a_lower_case_word_is_one_sentence() -> None:
    text = (
        "Вице-премьеры Армении и Азербайджана провели\n"
        "заседание комиссий по делимитации границы в\n"
        "среду, сообщает пресс-служба."
    )
    assert len(_texts(text, "ru")) == 1


def test_a_headline_without_a_stop_stays_apart_from_the_capitalised_body() -> None:
    text = "Armenia and Azerbaijan hold border talks\nThe commissions met on Tuesday."
    assert len(_texts(text, "en")) == 2
    text = "Пашинян и Алиев встретились в Брюсселе\nВстреча прошла при посредничестве Мишеля."
    assert len(_texts(text, "ru")) == 2


def test_a_finished_sentence_before_a_line_break_is_not_joined() -> None:
    text = "The talks ended.\nthe sides will meet again in May."
    assert len(_texts(text, "en")) == 2


def test_a_blank_line_is_a_paragraph_break_even_before_a_lower_case_word() -> None:
    text = "Armenia said\n\nthe border was calm."
    assert len(_texts(text, "en")) == 2


def test_a_wrapped_line_does_not_start_a_new_paragraph() -> None:
    text = "The ministers of the two states met\nin Moscow on Friday.\nThey talked for hours."
    found = sentences(text, "en")
    assert [s.paragraph for s in found] == [0, 1]


def test_a_meeting_wrapped_over_lines_is_found_in_english() -> None:
    text = (
        "The commissions of Armenia and Azerbaijan on the delimitation of the\n"
        "border met on\n"
        "March 3, the deputy prime minister's office said."
    )
    held = article_facts(text, "en", "MeetingHeld")
    assert held


def test_a_meeting_wrapped_over_lines_is_found_in_russian() -> None:
    text = (
        "Министры иностранных дел Армении и Азербайджана провели\n"
        "переговоры в Вашингтоне, сообщили\n"
        "в МИД Армении."
    )
    assert article_facts(text, "ru", "MeetingHeld")


def test_a_dateline_in_capitals_opens_its_own_line() -> None:
    text = "Читайте нас в\nЕРЕВАН, 5 мая — Новости. Министры встретились."
    assert _texts(text, "ru")[0] == "Читайте нас в"
    text = "Follow us on\nBAKU, Azerbaijan, May 5. The ministers met."
    assert _texts(text, "en")[0] == "Follow us on"
