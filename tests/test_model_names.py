"""Class names without a repeated stem (generator/models/names.py)."""

from __future__ import annotations

import pytest

from generator.models.names import collapsed, renames, unnumbered, without_repeated_stems

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("ReasoningEffortReasoningEffort", "ReasoningEffort"),
        ("ChatFunctionToolChatFunctionToolFunction", "ChatFunctionToolFunction"),
        ("ORAnthropicStopReasonORAnthropicStopReason", "ORAnthropicStopReason"),
        ("InputInput", None),
        ("OpenAIResponsesToolChoiceOpenAIResponsesToolChoice1", "OpenAIResponsesToolChoice1"),
        ("ChatFinishReasonEnum", None),
    ],
)
def test_collapsed_says_a_stem_of_two_words_once(name: str, short: str | None) -> None:
    assert collapsed(name) == short


CODE = """\
class ReasoningEffortReasoningEffort(OpenStrEnum):
    HIGH = "high"
ReasoningEffort = TypeAliasType("ReasoningEffort", ReasoningEffortReasoningEffort | None)
class ToolTool(SDKModel):
    x: int
class InputAudioInputAudio(SDKModel):
    f: InputAudioInputAudioFormat
class InputAudioInputAudioFormat(OpenStrEnum):
    MP3 = "mp3"
class InputAudio(SDKModel):
    input_audio: InputAudioInputAudio
"""


def test_a_taken_short_name_gets_the_kind_as_suffix_and_references_follow() -> None:
    meta = [{"class_name": "InputAudioInputAudio", "source_path": []}]
    code, meta = without_repeated_stems(CODE, meta)
    assert "class ReasoningEffortValue(OpenStrEnum):" in code
    assert '"ReasoningEffort", ReasoningEffortValue | None' in code
    assert "class InputAudioObject(SDKModel):" in code
    assert "input_audio: InputAudioObject" in code
    assert "f: InputAudioFormat" in code and "class InputAudioFormat(OpenStrEnum):" in code
    assert "class ToolTool(SDKModel):" in code  # one word twice is left alone
    assert meta[0]["class_name"] == "InputAudioObject"


def test_names_do_not_depend_on_the_order_of_definitions() -> None:
    blocks = CODE.replace("\nclass ", "\n\x00class ").split("\x00")
    assert renames("".join(reversed(blocks))) == renames(CODE)


UNION = """\
class Tools1(SDKModel):
    name: Literal["bash"]
    type: Literal["bash_20250124"]
class Tools1Options(SDKModel):
    x: int
class Tools2(SDKModel):
    type: Literal["web_search"]
    options: Tools1Options
"""


def test_union_members_are_named_by_their_type_constant_whatever_their_position() -> None:
    code, _ = unnumbered(UNION, [])
    assert "class ToolsBash20250124(SDKModel):" in code
    assert "class ToolsWebSearch(SDKModel):" in code
    assert "options: ToolsBash20250124Options" in code
    swapped = UNION.replace("Tools1", "TMP").replace("Tools2", "Tools1").replace("TMP", "Tools2")
    assert (
        sorted(unnumbered(swapped, [])[0].splitlines()) != []
        and "class ToolsWebSearch(" in unnumbered(swapped, [])[0]
    )
