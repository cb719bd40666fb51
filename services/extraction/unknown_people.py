"""People the gazetteer does not know, named in full: "Deputy Prime Minister Tigran Avinyan",
"Анар Эйвазов". They may speak on the record; their English name is the text's (English) or a
transliteration of the nominative (Russian), which is how Wikipedia spells most of them.
"""

from __future__ import annotations

from functools import lru_cache

from .cues import Role
from .gazetteer_model import Entity, Mention, slugify
from .lexicon import table
from .name_slips import slipped_person
from .name_words import common_word
from .speaker_initials import dotted_abbreviation
from .text import Token


@lru_cache(maxsize=1)
def _translit() -> dict[str, str]:
    return dict(table("translit_ru"))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(w.lower() for w in table("words")["en_titles"])


@lru_cache(maxsize=1)
def _name_forms() -> dict[str, str]:
    return {str(k): str(v) for k, v in table("ru_name_forms").items()}


def transliterate(word: str) -> str:
    """The English form of a Russian name word: its known spelling, else letter by letter."""
    known = _name_forms().get(word.lower().replace("ё", "е"))
    if known:
        return known
    out = []
    low = word.lower()
    for i, ch in enumerate(low):
        if ch == "е" and (i == 0 or low[i - 1] in "аеёиоуыэюяьъ"):
            out.append("ye")
        elif ch == "ж" and i and low[i - 1] == "д":
            out[-1] = "j"  # "Джавид" is Javid: Caucasian names write "дж" for j
        else:
            out.append(_translit().get(ch, ch))
    text = "".join(out)
    return text[:1].upper() + text[1:]


def _cap(t: Token) -> bool:
    return t.text[:1].isupper() and t.text.isalpha() and len(t.text) > 1


def _role(name: str, tokens: tuple[Token, ...], first: int, last: int) -> Role:
    entity = slipped_person(name) or Entity(
        id=slugify(name), name=name, kind="person", flags=frozenset({"unknown"})
    )
    mention = Mention(entity, first, last, tokens[first].start, tokens[last].end)
    return Role(mention, absorbed=False, as_place=False)


def with_unknown_people(tokens: tuple[Token, ...], known: list[Role], language: str) -> list[Role]:
    """The sentence's roles plus unknown people; a lone surname the gazetteer took for a
    known person ("Карен Кочарян" is not Robert Kocharyan) yields to the full unknown name."""
    extra = unknown_people(tokens, known, language)
    taken = {k for r in extra for k in range(r.mention.first, r.mention.last + 1)}
    starts = {r.mention.first for r in extra}
    kept = [
        r
        for r in known
        if r.mention.first not in taken
        and r.mention.last not in taken
        # "пресс-секретарь премьера Армении Назели Багдасарян": the title qualifies her
        and not (r.kind == "person" and r.mention.last + 1 in starts)
    ]
    return sorted(kept + extra, key=lambda r: r.mention.first)


def _surname_only(known: list[Role]) -> set[int]:
    """Token positions of one-word person mentions (a surname alone)."""
    return {
        r.mention.first for r in known if r.kind == "person" and r.mention.first == r.mention.last
    }


@lru_cache(maxsize=1)
def _surname_endings() -> tuple[str, ...]:
    return tuple(table("words")["ru_surname_endings"])


@lru_cache(maxsize=1)
def _nominative_endings() -> tuple[str, ...]:
    return tuple(table("words")["ru_nominative_surname_endings"])


@lru_cache(maxsize=1)
def _ru_titles() -> frozenset[str]:
    return frozenset(table("words")["title_head_nouns"])


def _ru_name_pair(a: Token, b: Token) -> bool:
    """ "Шушан Степанян": two capitalised words, the second with a surname ending; a title
    opening the sentence ("Министр Айвазян") is no first name."""
    if a.lemma in _ru_titles() or a.lower in _ru_titles():
        return False
    return _cap(a) and a.cases != "*" and b.lower.endswith(_surname_endings())


def _title_case(tokens: tuple[Token, ...]) -> bool:
    """ "Armenia Confirms Six Armenian Soldiers Killed": a headline capitalises every word."""
    # long words only: a sentence full of names ("hit Stepanakert, Shushi, Martakert ...,"
    # spokesperson Hunan Tadevosyan told ARMENPRESS) still has lowercase verbs and nouns
    words = [t for t in tokens if t.text.isalpha() and len(t.text) > 4]
    if any(t.tense is not None and not _cap(t) for t in words):
        return False  # "..., Major General X, reported this": a headline capitalises its verbs
    return len(words) >= 4 and sum(1 for t in words if _cap(t)) > 0.8 * len(words)


def _skeleton(word: str) -> str:
    """Consonants of a name word, doubled letters once: "Tayyip" and "Tayip" are one name."""
    ascii_word = slugify(word).replace("-", "")
    out = [ch for ch in ascii_word if ch not in "aeiouy"]
    return "".join(ch for i, ch in enumerate(out) if i == 0 or ch != out[i - 1])


def _own_first_name(first: Token, known: list[Role], surname_at: int, language: str) -> bool:
    """ "Tayyip Erdogan", "Тайип Эрдоган": the word before a known surname is one of that
    person's own names, so the known person is meant, not someone unknown."""
    person = next((r for r in known if r.mention.first == surname_at), None)
    if person is None:
        return False
    word = first.text if language == "en" else transliterate(first.text)
    names = person.mention.entity.name.split()[:-1]
    own = {_skeleton(w) for w in names}
    # a first name cut to its opening syllables is the same name: "Ara" for "Arayik"
    short = len(word) >= 3 and any(n.lower().startswith(word.lower()) for n in names)
    return short or (bool(_skeleton(word)) and _skeleton(word) in own)


def unknown_people(tokens: tuple[Token, ...], known: list[Role], language: str) -> list[Role]:
    if language == "en" and _title_case(tokens):
        return []
    lone = _surname_only(known)
    covered = {
        k for r in known for k in range(r.mention.first, r.mention.last + 1) if k not in lone
    }
    out: list[Role] = []
    k = 0
    while k < len(tokens) - 1:
        a, b = tokens[k], tokens[k + 1]
        free = k not in covered and k + 1 not in covered
        first_name = a.has_case("Name") and a.cases != "*"
        if k + 1 in lone and _own_first_name(a, known, k + 1, language):
            k += 2
            continue
        if language == "ru" and free and _cap(b) and (first_name or _ru_name_pair(a, b)):
            if b.nominative or b.lower.endswith(_nominative_endings()):
                name = f"{transliterate(a.text)} {transliterate(b.text)}"
                out.append(_role(name, tokens, k, k + 1))
            elif first_name and a.has_case("gent") and b.has_case("gent"):
                # "по словам Месропа Аракеляна": the owner of the words, named by the lemmas
                name = f"{transliterate(a.lemma)} {transliterate(b.lemma)}"
                out.append(_role(name, tokens, k, k + 1))
            k += 2
            continue
        if language == "en" and free and _cap(a) and _cap(b) and not common_word(a.lower):
            words = {a.lower, b.lower}
            if not words & _title_words() and not (
                k and tokens[k - 1].text.endswith(".") and not dotted_abbreviation(tokens, k - 1)
            ):
                last = k + 2 if k + 2 < len(tokens) and _cap(tokens[k + 2]) else k + 1
                if last in covered:
                    last = k + 1
                name = " ".join(t.text for t in tokens[k : last + 1])
                out.append(_role(name, tokens, k, last))
                k = last + 1
                continue
        k += 1
    return out
