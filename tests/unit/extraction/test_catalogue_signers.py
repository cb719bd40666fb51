"""Documents and their signers (sentences written for the test).

A truce that is the object of watching or control ("a centre to monitor the ceasefire",
"контроль режима прекращения огня") is presupposed, not agreed: the document that sets up the
watching is an AgreementSigned of its signers. A signed document's parties are its signers —
the states of the signing verb's subject and of its "with / between / by" complement — not a
state named in what the document is about.
"""

from .catalogue import article_facts


def _parties(text: str, lang: str, kind: str) -> list[set[str]]:
    return [set(f.get("parties") or []) for f in article_facts(text, lang, kind)]


def test_a_memorandum_on_monitoring_a_ceasefire_is_an_agreement_of_its_signers() -> None:
    text = (
        "Turkey and Russia have signed a memorandum on a joint centre to monitor the ceasefire "
        "in the Karabakh region of Azerbaijan, the minister said on Tuesday."
    )
    assert _parties(text, "en", "CeasefireAgreed") == []
    assert _parties(text, "en", "AgreementSigned") == [{"Turkey", "Russia"}]


def test_a_russian_memorandum_signed_between_two_states_on_truce_control() -> None:
    text = (
        "По меморандуму, подписанному между Турецкой Республикой и Российской Федерацией, в "
        "Агдаме был создан центр для контроля режима прекращения огня."
    )
    assert _parties(text, "ru", "CeasefireAgreed") == []
    assert _parties(text, "ru", "AgreementSigned") == [{"Turkey", "Russia"}]


def test_observers_of_an_agreed_truce_do_not_void_the_truce() -> None:
    text = "Armenia and Azerbaijan agreed on a ceasefire on Saturday, the ministers said."
    assert _parties(text, "en", "CeasefireAgreed") == [{"Armenia", "Azerbaijan"}]


def test_a_state_named_where_the_document_applies_does_not_sign_it() -> None:
    text = "Russia and Turkey signed a protocol on a monitoring centre in Aghdam, Azerbaijan."
    assert _parties(text, "en", "AgreementSigned") == [{"Russia", "Turkey"}]


def test_a_signer_after_with_is_a_party() -> None:
    text = "Armenia signed a declaration on transport links with Azerbaijan on Tuesday."
    assert _parties(text, "en", "AgreementSigned") == [{"Armenia", "Azerbaijan"}]


def test_a_passive_takes_its_signers_after_by() -> None:
    text = (
        "Under the orders of the President of Azerbaijan, a protocol was signed on Friday by "
        "the commissions of Azerbaijan and Armenia."
    )
    assert _parties(text, "en", "AgreementSigned") == [{"Azerbaijan", "Armenia"}]
