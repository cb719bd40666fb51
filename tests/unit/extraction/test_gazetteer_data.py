"""The gazetteer as data: the TOML file loads and validates, names are unique, aliases resolve,
and ambiguous or common words never become places."""

from __future__ import annotations

import collections
import subprocess
import sys
from importlib import resources

import pytest

from services.extraction import canonical_entity, slugify
from services.extraction.gazetteer import alias_keys, find_mentions
from services.extraction.gazetteer_load import (
    GazetteerError,
    load_endings,
    load_entities,
    parse_endings,
    parse_entities,
)
from services.extraction.text import sentences
from services.extraction.unknown_people import transliterate


def test_file_loads_validates_and_holds_at_least_400_entities() -> None:
    records = load_entities()
    kinds = collections.Counter(r.kind for r in records)
    assert len(records) >= 400
    assert kinds["person"] >= 100 and kinds["place"] >= 200 and kinds["force"] >= 5
    assert kinds["state"] >= 15 and kinds["organisation"] >= 50


def test_names_and_ids_are_unique() -> None:
    names = [r.name for r in load_entities()]
    assert len(names) == len(set(names))
    assert len({slugify(n) for n in names}) == len(names)


def test_no_two_entities_share_an_alias_or_a_match_key() -> None:
    """Then the order of the file never decides which entity a word means."""
    keys: dict[tuple[str, tuple[str, ...]], set[str]] = collections.defaultdict(set)
    names: dict[str, set[str]] = collections.defaultdict(set)
    for r in load_entities():
        for alias in (r.name, *r.ru, *r.en):
            names[alias.lower().replace("ё", "е")].add(r.name)
        for language, key, _case in alias_keys(r):
            keys[(language, key)].add(r.name)
    assert {k: v for k, v in names.items() if len(v) > 1} == {}
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}


def test_places_say_where_they_lie() -> None:
    places = {r.name: r for r in load_entities() if r.kind == "place"}
    for name in (
        "Stepanakert",
        "Shusha",
        "Martakert",
        "Zabukh",
        "Khojaly District",
        "Ganja, Azerbaijan",
    ):
        assert places[name].country == "Azerbaijan" and places[name].state is None
    for name in ("Gyumri", "Tegh", "Voskepar", "Tavush Province", "Lake Sevan"):
        assert places[name].country == "Armenia"
    districts = [r for r in places.values() if "district" in r.flags]
    assert len(districts) >= 66 and all(r.country == "Azerbaijan" for r in districts)


def test_the_data_files_ship_inside_the_package() -> None:
    data = resources.files("services.extraction") / "data"
    assert (data / "gazetteer.toml").is_file() and (data / "ru_endings.txt").is_file()
    endings = load_endings()
    assert endings[-1] == "" and "ами" in endings and len(endings[0]) >= len(endings[1])


def test_nothing_is_read_at_import_time() -> None:
    code = (
        "import services.extraction.gazetteer as g, services.extraction.gazetteer_model as m; "
        "print(g._index.cache_info().currsize, m._endings.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0"]


GOOD = '[[entity]]\nname = "Russia"\nkind = "state"\nstate = "Russia"\n'


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ('[[entity]]\nname = "X"\nkind = "place"\nfalgs = ["city"]\n', "unknown key(s) ['falgs']"),
        ('[[entity]]\nname = "X"\nkind = "planet"\n', "kind 'planet' is not one of"),
        ('[[entity]]\nname = "Russia"\nkind = "place"\n', "duplicate name 'Russia'"),
        (
            '[[entity]]\nname = "X"\nkind = "place"\nflags = ["citty"]\n',
            "unknown flag(s) ['citty']",
        ),
        ('[[entity]]\nname = "X"\nkind = "person"\nwikidata = "7747"\n', "not a Wikidata id"),
        ('[[entity]]\nname = "X"\nkind = "person"\nstate = "Rusia"\n', "state 'Rusia' is not"),
        ('[[entity]]\nname = "X"\nkind = "place"\ncountry = "Mars"\n', "country 'Mars' is not"),
        ('[[entity]]\nname = "X"\nkind = "place"\nru = ["Икс", "Икс"]\n', "lists 'Икс' twice"),
        ('[[entity]]\nkind = "place"\n', "missing key(s) ['name']"),
        ('[[entitty]]\nname = "X"\n', "unknown top-level key(s) ['entitty']"),
        ('[[entity]]\nname = "X"\nkind = "place"\nru = "Икс"\n', "'ru' must be a list"),
        ("[[entity]\n", "not valid TOML"),
    ],
)
def test_a_typo_in_the_data_is_a_clear_error(snippet: str, message: str) -> None:
    with pytest.raises(GazetteerError) as err:
        parse_entities(GOOD + snippet, "test.toml")
    assert message in str(err.value)


def test_a_bad_ending_is_a_clear_error() -> None:
    assert parse_endings("# comment\nа\nами\n\n") == ("ами", "а", "")
    with pytest.raises(GazetteerError, match="'ok' is not a lowercase Russian ending"):
        parse_endings("а\nok\n")


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("Гюмри", "Gyumri"),
        ("Ванадзоре", "Vanadzor"),
        ("Степанакерте", "Stepanakert"),
        ("Ханкенди", "Stepanakert"),
        ("Шуши", "Shusha"),
        ("Агдере", "Martakert"),
        ("Ходжавенде", "Khojavend"),
        ("Бердзоре", "Lachin"),
        ("Карвачаре", "Kalbajar"),
        ("Матагисе", "Sugovushan"),
        ("Тертерского района", "Tartar District"),
        ("Ходжалинском районе", "Khojaly District"),
        ("Гехаркуникской области", "Gegharkunik Province"),
        ("Лачинском коридоре", "Lachin corridor"),
        ("Воскепаре", "Voskepar"),
        ("Гянджу", "Ganja, Azerbaijan"),
        ("Нахичеванской автономной республике", "Nakhchivan Autonomous Republic"),
        ("Мирзояну", "Ararat Mirzoyan"),
        ("Арарата Мирзояна", "Ararat Mirzoyan"),
        ("главой МИД Армении", "Ararat Mirzoyan"),
        ("Андрея Волкова", "Andrei Volkov (general)"),
        ("Кирилла Кулакова", "Kirill Kulakov"),
        ("Токаевым", "Kassym-Jomart Tokayev"),
        ("Ховаева", "Igor Khovaev"),
        ("Жозепом Боррелем", "Josep Borrell"),
        ("Чавушоглу", "Mevlüt Çavuşoğlu"),
        ("пресс-секретаря президента РФ", "Dmitry Peskov"),
        ("Госпогранслужбы Азербайджана", "State Border Service (Azerbaijan)"),
        ("Армии обороны Нагорного Карабаха", "Artsakh Defence Army"),
        ("Ağdam", "Aghdam"),
        ("Agdam District", "Aghdam District"),
        ("Kəlbəcər", "Kalbajar"),
        ("Kelbajar District", "Kalbajar District"),
        ("Khankendi", "Stepanakert"),
        ("Aghdara", "Martakert"),
        ("Gazakh District", "Qazax District"),
        ("Mevlut Cavusoglu", "Mevlüt Çavuşoğlu"),
        ("Nikol Pashinian", "Nikol Pashinyan"),
    ],
)
def test_inflected_forms_and_spellings_resolve(form: str, name: str) -> None:
    entity = canonical_entity(form)
    assert entity is not None and entity.name == name


def _mentions(text: str, language: str, kind: str | None = None) -> list[str]:
    found = [m for s in sentences(text, language) for m in find_mentions(s.tokens, language)]
    return [m.entity.name for m in found if kind is None or m.entity.kind == kind]


def _places(text: str, language: str) -> list[str]:
    return _mentions(text, language, "place")


@pytest.mark.parametrize(
    ("text", "language", "places"),
    [
        ("Обстрелу подверглось село Тех Сюникской области.", "ru", ["Tegh", "Syunik Province"]),
        ("Стрельба велась в районе города Берд.", "ru", ["Berd"]),
        ("Жители Сотка и Вардениса укрылись.", "ru", ["Sotk", "Vardenis"]),
        ("Колонна вышла из села Сус в сторону Лачина.", "ru", ["Sus, Lachin", "Lachin"]),
        ("Министр посетил озеро Севан и город Севан.", "ru", ["Lake Sevan", "Sevan (town)"]),
        ("Арарат Мирзоян прибыл в Араратскую область.", "ru", ["Ararat Province"]),
        ("Shelling hit the village of Tegh near Goris.", "en", ["Tegh", "Goris"]),
        ("Fighting was reported near Berd town and in Voskepar.", "en", ["Berd", "Voskepar"]),
    ],
)
def test_ambiguous_names_match_only_as_places(text: str, language: str, places: list[str]) -> None:
    assert _places(text, language) == places


ORDINARY = [
    ("Тех, кто опоздал, не пустили в зал.", "ru"),
    ("У него распухла губа после удара.", "ru"),
    ("Гусар сел на коня и уехал.", "ru"),
    ("Веди себя прилично, сказал отец.", "ru"),
    ("Вена на руке вздулась от жары.", "ru"),
    ("Соседи продают шесть соток земли.", "ru"),
    ("Бард исполнил песню под гитару.", "ru"),
    ("Арена заполнилась зрителями до отказа.", "ru"),
    ("Дождь капает с крыши всю ночь.", "ru"),
    ("Мир не стоит на месте, а газ дорожает.", "ru"),
    ("Талыши живут на юге страны.", "ru"),
    ("Масис виден из окна.", "ru"),
    ("Он поднял бокал и сказал алаверды.", "ru"),
    ("Армавир — город в Краснодарском крае.", "ru"),
    ("That was sus of him, to be honest.", "en"),
    ("He ordered fish with tartar sauce and a glass of water.", "en"),
    ("She set the china on the table and played her trump card.", "en"),
    ("Tell us what you think about the pace of talks.", "en"),
    ("Sevan is a common first name in the region.", "en"),
]


@pytest.mark.parametrize(("text", "language"), ORDINARY)
def test_ordinary_sentences_mention_nothing(text: str, language: str) -> None:
    assert _mentions(text, language) == []


@pytest.mark.parametrize(
    ("form", "name"),
    [
        # Armenian first names the Russian press spells two ways (Гайк/Айк, Гегам/Гехам,
        # Вардан/Вартан), and the English transliterations of the Russian spelling
        ("Гайка Мамиджаняна", "Hayk Mamijanyan"),
        ("Айком Мамиджаняном", "Hayk Mamijanyan"),
        ("Gayk Mamijanyan", "Hayk Mamijanyan"),
        ("Гегама Манукяна", "Gegham Manukyan"),
        ("Гехамом Манукяном", "Gegham Manukyan"),
        ("Gegam Manukyan", "Gegham Manukyan"),
        ("Вартана Гукасяна", "Vardan Ghukasyan"),
        ("Паруйра Оганесяна", "Paruyr Hovhannisyan"),
        ("Araik Arutyunyan", "Arayik Harutyunyan"),
        ("Zakir Gasanov", "Zakir Hasanov"),
        ("Kerim Veliyev", "Karim Valiyev"),
        ("Hikmet Gadzhiyev", "Hikmet Hajiyev"),
        ("Тер-Петросяна", "Levon Ter-Petrosyan"),
        ("Копыркиным", "Sergey Kopyrkin"),
        ("послом России в Армении", "Sergey Kopyrkin"),
        ("Бюльбюль-оглы", "Polad Bülbüloğlu"),
        ("Матвиенко", "Valentina Matviyenko"),
        # institutions of Artsakh, and its government as the state speaking
        ("МИД НКР", "Ministry of Foreign Affairs (Artsakh)"),
        ("омбудсмена Арцаха", "Human Rights Defender of Artsakh"),
        ("правительства НКР", "Republic of Artsakh"),
        ("МВД Азербайджана", "Ministry of Internal Affairs (Azerbaijan)"),
        ("Пентагона", "United States Department of Defense"),
        ("French Foreign Ministry", "Ministry of Foreign Affairs (France)"),
        # Karabakh settlements under their Armenian and Azerbaijani names
        ("Карин Таке", "Karin Tak"),
        ("Дашалты", "Karin Tak"),
        ("Çanaqçı", "Avetaranots"),
        ("Шушакенд", "Shosh"),
        ("Иванян", "Khojaly"),
        ("мосту Акари", "Hakari Bridge"),
    ],
)
def test_added_people_bodies_and_places_resolve(form: str, name: str) -> None:
    entity = canonical_entity(form)
    assert entity is not None and entity.name == name


def test_spokespeople_and_acting_states_of_added_entities() -> None:
    by_name = {r.name: r for r in load_entities()}
    for name in ("Lusine Avanesyan", "Nabila Massrali", "Stéphane Dujarric", "Nasser Kanaani"):
        assert "spokes" in by_name[name].flags
    assert by_name["Gegham Stepanyan"].state == "Republic of Artsakh"
    assert by_name["Imangali Tasmagambetov"].state == "Collective Security Treaty Organization"
    assert by_name["Karin Tak"].country == "Azerbaijan" and by_name["Karin Tak"].state is None
    assert by_name["Norabak"].country == "Armenia"


def test_a_first_name_that_is_a_village_needs_a_place_word() -> None:
    assert _places("Мовсес Акопян выступил в парламенте.", "ru") == []
    assert _places("Обстрелу подверглось село Мовсес Тавушской области.", "ru") == [
        "Movses, Armenia",
        "Tavush Province",
    ]


@pytest.mark.parametrize(
    ("form", "name"),
    [
        # second round: ministers, MPs, spokespeople and mediators in inflected forms
        ("Мухтаром Бабаевым", "Mukhtar Babayev"),
        ("президента COP29", "Mukhtar Babayev"),
        ("Наджмеддина Садыкова", "Najmeddin Sadikov"),
        ("Полищука", "Alexei Polishchuk"),
        ("Москальковой", "Tatyana Moskalkova"),
        ("Картаполова", "Andrey Kartapolov"),
        ("Велаяти", "Ali Akbar Velayati"),
        ("Куртулмушем", "Numan Kurtulmuş"),
        ("Этери Мусаелян", "Eteri Musayelyan"),
        ("Ваганом Костаняном", "Vahan Kostanyan"),
        ("Геворка Папояна", "Gevorg Papoyan"),
        ("Огтая Асадова", "Ogtay Asadov"),
        ("Robert O'Brien", "Robert C. O'Brien"),
        ("Matt Bryza", "Matthew Bryza"),
        ("Kurtulmus", "Numan Kurtulmuş"),
        # bodies and places
        (
            "Агентства по разминированию территорий Азербайджана",
            "Azerbaijan National Agency for Mine Action",
        ),
        ("ANAMA", "Azerbaijan National Agency for Mine Action"),
        ("КСИР", "Islamic Revolutionary Guard Corps"),
        ("ПА ОБСЕ", "OSCE Parliamentary Assembly"),
        ("Европейского политического сообщества", "European Political Community"),
        ("EUMCAP", "European Union Monitoring Capacity to Armenia"),
        (
            "Межведомственного центра гуманитарного реагирования",
            "Interdepartmental Humanitarian Response Center",
        ),
        ("Нрнадзоре", "Nrnadzor"),
        ("Миндживане", "Minjivan"),
        ("аэропорту Физули", "Fuzuli International Airport"),
        ("Бочаровом ручье", "Bocharov Ruchey"),
        ("армяно-турецкой границе", "Armenia–Turkey border"),
    ],
)
def test_second_round_entities_resolve(form: str, name: str) -> None:
    entity = canonical_entity(form)
    assert entity is not None and entity.name == name


def test_second_round_roles_and_states() -> None:
    by_name = {r.name: r for r in load_entities()}
    for name in ("Ehsan Zahidov", "Esmaeil Baghaei", "Tanju Bilgiç", "Farhan Haq", "Zara Amatuni"):
        assert "spokes" in by_name[name].flags
    assert by_name["Hunan Tadevosyan"].state == "Republic of Artsakh"
    assert by_name["Ian Borg"].state == "Organization for Security and Co-operation in Europe"
    assert by_name["Eteri Musayelyan"].state == "International Committee of the Red Cross"
    assert by_name["Péter Szijjártó"].state == "Hungary"
    assert by_name["Minjivan"].country == "Azerbaijan" and by_name["Chakaten"].country == "Armenia"


def test_the_cio_s_personal_representative_is_not_the_cio() -> None:
    text = "В переговорах участвовал представитель действующего председателя ОБСЕ Анджей Каспшик."
    assert set(_mentions(text, "ru", "person")) == {"Andrzej Kasprzyk"}


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("Ваан", "Vahan"),
        ("Вартан", "Vardan"),
        ("Оганнисян", "Hovhannisyan"),
        ("Саакян", "Sahakyan"),
        ("Газарян", "Ghazaryan"),
        ("Ильхам", "Ilham"),
        ("Кямаледдин", "Kamaladdin"),
        ("Садыгов", "Sadigov"),
        ("Дмитрий", "Dmitry"),
        ("Григорий", "Grigory"),
    ],
)
def test_unknown_people_are_spelt_as_wikipedia_spells_the_name(word: str, english: str) -> None:
    assert transliterate(word) == english
