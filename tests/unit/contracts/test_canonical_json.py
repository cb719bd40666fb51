"""The fast canonical encoder is byte for byte the reference rule the auditors' script runs."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contracts.chain import canonical_bytes, reference_canonical_bytes

scalars = (
    st.none()
    | st.booleans()
    | st.integers()  # beyond 64 bits too: orjson refuses, the reference path answers
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(), documents, max_size=6))
def test_fast_encoder_equals_the_reference_rule(doc: dict[str, Any]) -> None:
    assert canonical_bytes(doc) == reference_canonical_bytes(doc)


@pytest.mark.parametrize(
    "value", [1e-05, 9.5e-05, 1e-07, 0.0001, 1e16, 1.5e300, 5e-324, -0.0, 0.1, 1.0, 2**70]
)
def test_numbers_where_the_encoders_differ_take_the_reference_path(value: Any) -> None:
    doc = {"confidence": value, "list": [value], "nested": {"x": value}}
    assert canonical_bytes(doc) == reference_canonical_bytes(doc)


@pytest.mark.parametrize(
    "doc",
    [
        {"id": "6f1d3c9e-4b1a-5e0c", "n": [1e-07]},  # "e-" of a uuid, then a real exponent
        {"quote": "12e-5 and 0.00001", "n": 0.5},  # number-like text only
        {"a": [-2.5e-10, -1e22]},
    ],
)
def test_exponent_lookalikes_in_text_and_real_exponents(doc: dict[str, Any]) -> None:
    assert canonical_bytes(doc) == reference_canonical_bytes(doc)


def test_control_characters_and_non_ascii_are_escaped_alike() -> None:
    doc = {"q": '\x00\x1f\x7f\u2028\n\t"\\ Пашинян 🕊', "é": "\ud7ff"}
    assert canonical_bytes(doc) == reference_canonical_bytes(doc)


class Side(StrEnum):
    AM = "am"


def test_str_subclasses_encode_as_before_and_non_json_values_are_refused() -> None:
    assert canonical_bytes({"side": Side.AM}) == b'{"side":"am"}'
    with pytest.raises(TypeError):
        canonical_bytes({"when": dt.datetime(2021, 11, 26)})
