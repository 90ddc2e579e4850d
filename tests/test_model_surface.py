"""The public model surface of the pinned document's package: measured by
tests/model_surface.py, held to what the SDK promises."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.model_surface import has_repeated_stem, is_numbered, measure

pytestmark = pytest.mark.unit

MODELS = Path(__file__).resolve().parents[1] / "generated" / "openrouter_sdk" / "models"


@pytest.mark.parametrize(
    ("name", "repeated"),
    [
        ("ReasoningEffortReasoningEffort", True),
        ("ChatFunctionToolChatFunctionToolFunction", True),
        ("ChatFinishReasonEnum", False),
        ("InputInput", False),  # one word twice is a name, not a restated stem
    ],
)
def test_repeated_stem_is_two_words_or_more_twice(name: str, repeated: bool) -> None:
    assert has_repeated_stem(name) is repeated


@pytest.mark.parametrize(
    ("name", "numbered"),
    [
        ("Usage1", True),
        ("MessagesRequestTools4", True),
        ("AnthropicBase64PdfSource", False),
        ("Base64", False),
    ],
)
def test_numbered_names_end_in_a_position(name: str, numbered: bool) -> None:
    assert is_numbered(name) is numbered


def test_pinned_package_has_no_redundant_model_config() -> None:
    surface = measure(MODELS)
    assert surface.classes > 500
    assert surface.redundant_config == []


def test_pinned_package_has_no_repeated_stems() -> None:
    assert measure(MODELS).repeated_stems == []


def test_pinned_package_has_at_most_five_position_numbered_names() -> None:
    assert len(measure(MODELS).numbered) <= 5


def test_pinned_package_has_no_empty_placeholder_classes() -> None:
    """An annotation-only allOf member (`allOf: [{$ref: X}, {description: ...}]`) used to
    become an empty class (`SpeedSpeed1`) next to copies of X."""
    assert measure(MODELS).empty == []
