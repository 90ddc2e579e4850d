"""The generated enums print as the value the API sent, in f-strings, str() and
format specs, on the Python that runs the tests (3.10's str-mixin enums print
`Cls.MEMBER` by default)."""

from __future__ import annotations

import enum
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.sdk

sys.path.insert(0, str(ROOT / "generated"))

from openrouter_sdk import models  # noqa: E402


def _enums() -> list[type[enum.Enum]]:
    found = []
    for name in models.__all__:
        value = getattr(models, name)
        if isinstance(value, type) and issubclass(value, enum.Enum):
            found.append(value)
    return found


def test_every_member_prints_as_its_value() -> None:
    enums = _enums()
    assert len(enums) > 50
    for cls in enums:
        for member in cls:
            assert f"{member}" == str(member) == str(member.value), (cls, member)


def test_a_value_the_document_does_not_list_prints_as_itself() -> None:
    str_enum = next(cls for cls in _enums() if issubclass(cls, str))
    unknown = str_enum("a-value-added-later")
    assert unknown.name == "UNKNOWN"
    assert f"reason={unknown}" == "reason=a-value-added-later"
    assert f"{unknown:>20}" == "a-value-added-later".rjust(20)
