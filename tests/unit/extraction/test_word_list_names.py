"""A word list's name says one list: no name may be defined in two vocabulary files.

`word_list` takes the first file that has the name, so a second list of the same name would be
silently ignored (it happened once when a lane added its own list beside an older one)."""

from collections import Counter

from services.extraction.lexicon import DATA, VOCABULARIES, data_file


def test_no_word_list_name_is_defined_in_two_vocabulary_files() -> None:
    names = Counter(
        name for path in (DATA, *VOCABULARIES) for name in data_file(path).get("words", {})
    )
    assert [name for name, count in names.items() if count > 1] == []


def test_every_vocabulary_file_is_read() -> None:
    assert all(path.exists() and data_file(path) for path in (DATA, *VOCABULARIES))
