"""A place or a map of the peacekeepers' deployment names what the force owns, not a deployment
(the guide: a zone named in passing is no deployment); sentences written for the test."""

import pytest

from .catalogue import article_facts

OWNED = [
    ("en", "The agency has published a deployment map of the Russian peacekeepers in Karabakh."),
    ("en", "Reporters were shown maps of the peacekeepers' posts in Nagorno-Karabakh."),
    ("ru", "Сейчас бойцы находятся в одном из мест дислокации миротворцев в Карабахе."),
    ("ru", "Журналистов привезли в пункт дислокации российских миротворцев в Карабахе."),
]


@pytest.mark.parametrize(("lang", "text"), OWNED)
def test_a_place_of_the_force_is_no_deployment(lang: str, text: str) -> None:
    assert article_facts(text, lang, "PeacekeepersDeployed") == []


DEPLOYED = [
    ("en", "Russian peacekeepers were deployed in Nagorno-Karabakh."),
    ("ru", "Российские миротворцы развернуты в Нагорном Карабахе."),
    ("ru", "Миротворцы заняли места на постах в Нагорном Карабахе."),
]


@pytest.mark.parametrize(("lang", "text"), DEPLOYED)
def test_the_force_deployed(lang: str, text: str) -> None:
    facts = article_facts(text, lang, "PeacekeepersDeployed")
    assert [f["area"] for f in facts] == ["Nagorno-Karabakh"]
