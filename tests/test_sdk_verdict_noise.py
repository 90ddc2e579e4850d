"""The SDK verdict without false alarms: what a user of the old package can still write is no
break, however the package's files moved things around (issue 16). Each case has its control:
the same place really broken is still reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diff.package import SdkBreak, compare_dirs

pytestmark = pytest.mark.unit

API = (
    "from __future__ import annotations\n"
    "from collections.abc import Mapping\n"
    "from typing import overload\n"
    "__all__ = ['send', 'SendParams']\n"
    "class SendParams(dict): ...\n"
    "@overload\ndef send(*, body: Mapping[str, str]) -> None: ...\n"
    "def send(**params): ...\n"
)
ERRORS = (
    "class APIError(Exception):\n    message: str\n"
    "class APIConnectionError(APIError):\n    request: object | None\n"
)
GROUPS = "".join(
    f"class {p}BetaGroup:\n    @cached_property\n    def responses(self) -> {p}ResponsesAPI: ...\n"
    f"class {p}ResponsesAPI:\n    def create(self) -> None: ...\n"
    for p in ("", "Async", "Raw", "AsyncRaw", "Streaming", "AsyncStreaming")
)
CLIENT = (
    "from functools import cached_property\n"
    "class OpenRouter:\n    @cached_property\n    def beta(self) -> BetaGroup: ...\n"
    "    @cached_property\n    def with_raw_response(self) -> OpenRouterWithRawResponse: ...\n"
    "class AsyncOpenRouter:\n    @cached_property\n    def beta(self) -> AsyncBetaGroup: ...\n"
    "class OpenRouterWithRawResponse:\n    @cached_property\n    def beta(self) -> RawBetaGroup: ...\n"
    + GROUPS
)
OPTIONS = "from pydantic import BaseModel\nclass Options(BaseModel):\n    speed: float\n"
MODELS = (  # one module a model, as the generator writes them
    "from pydantic import BaseModel\nfrom sdk.models._options import Options\n"
    "class SpeechRequest(BaseModel):\n    voice: str\n    options: Options | None = None\n"
    "class Speech(BaseModel):\n    voice: str\n    options: Options | None = None\n"
)
SPEECH = (
    "from __future__ import annotations\nfrom typing import overload\nfrom sdk import models as _m\n"
    "@overload\ndef create(*, body: _m.SpeechRequest) -> bytes: ...\n"
    "def create(**params): ...\n"
    "def get(speech_id: str) -> _m.Speech: ...\n"
)
OLD = {
    "sdk/__init__.py": (
        "from sdk._client import AsyncOpenRouter, OpenRouter\nfrom sdk._errors import APIConnectionError\n"
    ),
    "sdk/_client.py": CLIENT,
    "sdk/_errors.py": ERRORS,
    "sdk/api/__init__.py": "",
    "sdk/api/credits.py": API,
    "sdk/api/speech.py": SPEECH,
    "sdk/models/__init__.py": (
        "from sdk.models._options import Options\nfrom sdk.models._speech import Speech, SpeechRequest\n"
    ),
    "sdk/models/_speech.py": MODELS,
    "sdk/models/_options.py": OPTIONS,
}


def _breaks(tmp_path: Path, **changes: str) -> dict[str, SdkBreak]:
    roots = []
    for side, files in (("a", OLD), ("b", {**OLD, **changes})):
        for name, text in files.items():
            (tmp_path / side / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / side / name).write_text(text, encoding="utf-8")
        roots.append(tmp_path / side)
    return {b.detail: b for b in compare_dirs(roots[0], roots[1], "sdk")}


def _pair(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[str, bool]:
    for side, files in (("a", old), ("b", new)):
        for name, text in files.items():
            (tmp_path / side / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / side / name).write_text(text, encoding="utf-8")
    return {b.detail: b.breaking for b in compare_dirs(tmp_path / "a", tmp_path / "b", "sdk")}


def _breaking(found: dict[str, SdkBreak]) -> list[str]:
    return sorted(d for d, b in found.items() if b.breaking)


def test_a_name_a_module_imports_for_its_annotations_is_not_its_api(tmp_path: Path) -> None:
    # `api.analytics.Mapping removed` was reported when a module stopped importing Mapping.
    plain = API.replace("from collections.abc import Mapping\n", "").replace("Mapping[str, str]", "dict")
    assert (
        _breaks(
            tmp_path / "import", **{"sdk/api/credits.py": plain.replace("from typing import overload\n", "")}
        )
        == {}
    )
    gone = plain.replace("'send', 'SendParams'", "'send'").replace("class SendParams(dict): ...\n", "")
    assert _breaking(_breaks(tmp_path / "export", **{"sdk/api/credits.py": gone})) == [
        "api.credits.SendParams removed"
    ]
    # A name the module defines is its API, listed in `__all__` or not (`from m import probe`).
    probed = {**OLD, "sdk/api/credits.py": API + "def probe() -> None: ...\n"}
    assert _pair(tmp_path / "defined", probed, OLD) == {"api.credits.probe removed": True}


def test_an_attribute_moved_to_the_base_class_is_still_there(tmp_path: Path) -> None:
    moved = (
        "class APIError(Exception):\n    message: str\n    request: object | None\n"
        "class APIConnectionError(APIError):\n    pass\n"
    )
    assert _breaks(tmp_path / "moved", **{"sdk/_errors.py": moved}) == {}
    dropped = "class APIError(Exception):\n    message: str\nclass APIConnectionError(APIError):\n    pass\n"
    found = _breaking(_breaks(tmp_path / "dropped", **{"sdk/_errors.py": dropped}))
    assert found == ["APIConnectionError.request removed"]  # as `from sdk import APIConnectionError` names it


def test_a_group_change_is_one_entry_named_as_users_reach_it(tmp_path: Path) -> None:
    without = CLIENT
    for prefix in ("", "Async", "Raw", "AsyncRaw", "Streaming", "AsyncStreaming"):
        without = without.replace(
            f"class {prefix}BetaGroup:\n    @cached_property\n"
            f"    def responses(self) -> {prefix}ResponsesAPI: ...\n",
            f"class {prefix}BetaGroup:\n    pass\n",
        )
    found = _breaks(tmp_path / "all", **{"sdk/_client.py": without})
    assert list(found) == ["OpenRouter.beta.responses removed"]
    assert found["OpenRouter.beta.responses removed"].twins == (
        "AsyncOpenRouter.beta.responses",
        "OpenRouter.with_raw_response.beta.responses",
        "_client.AsyncRawBetaGroup.responses",  # no client property reaches these mirrors here
        "_client.AsyncStreamingBetaGroup.responses",
        "_client.StreamingBetaGroup.responses",
    )
    # Only one mirror broken: reported for that one, not as if the plain group broke.
    only_async = CLIENT.replace(
        "class AsyncBetaGroup:\n    @cached_property\n    def responses(self) -> AsyncResponsesAPI: ...\n",
        "class AsyncBetaGroup:\n    pass\n",
    )
    assert list(_breaks(tmp_path / "one", **{"sdk/_client.py": only_async})) == [
        "AsyncOpenRouter.beta.responses removed"
    ]


def test_a_request_model_that_may_now_be_none_breaks_no_caller(tmp_path: Path) -> None:
    widened = {
        "sdk/models/_speech.py": MODELS.replace("voice: str\n", "voice: str | None = None\n"),
        "sdk/models/_options.py": OPTIONS.replace("speed: float\n", "speed: float | None = None\n"),
    }
    found = {d: b.breaking for d, b in _breaks(tmp_path / "none", **widened).items()}
    # The request is only passed in (`body=`); the response is read (`speech.voice.upper()`),
    # and so is Options, a field of the response as well as of the request.
    assert found == {
        "SpeechRequest.voice: str -> str | None": False,
        "Speech.voice: str -> str | None": True,
        "Options.speed: float -> float | None": True,
    }
    narrowed = MODELS.replace(
        "class SpeechRequest(BaseModel):\n    voice: str\n",
        "class SpeechRequest(BaseModel):\n    voice: int\n",
    )
    found = {
        d: b.breaking for d, b in _breaks(tmp_path / "retyped", **{"sdk/models/_speech.py": narrowed}).items()
    }
    assert found == {"SpeechRequest.voice: str -> int": True}


def test_a_type_alias_is_judged_like_an_annotation(tmp_path: Path) -> None:
    # A union the document names (`OutputItems`) is a TypeAliasType; griffe only says its
    # value changed. A response union gaining a member is an addition; losing one breaks.
    alias = (
        "from typing_extensions import TypeAliasType\nfrom sdk.models._options import Options\n"
        "Kinds = TypeAliasType('Kinds', Options | str)\n"
    )
    get = SPEECH + "def kinds() -> _m.Kinds: ...\n"
    old = {"sdk/models/_kinds.py": alias, "sdk/api/speech.py": get}
    init = OLD["sdk/models/__init__.py"] + "from sdk.models._kinds import Kinds\n"
    base = {**old, "sdk/models/__init__.py": init}
    roots = {}
    for side, files in (
        ("a", base),
        ("gained", {**base, "sdk/models/_kinds.py": alias.replace("Options | str", "Options | str | int")}),
        ("lost", {**base, "sdk/models/_kinds.py": alias.replace("Options | str", "Options")}),
    ):
        for name, text in {**OLD, **files}.items():
            (tmp_path / side / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / side / name).write_text(text, encoding="utf-8")
        roots[side] = tmp_path / side
    gained = {b.detail: b.breaking for b in compare_dirs(roots["a"], roots["gained"], "sdk")}
    lost = {b.detail: b.breaking for b in compare_dirs(roots["a"], roots["lost"], "sdk")}
    assert gained == {"Kinds: Options | str -> Options | str | int": False}
    assert lost == {"Kinds: Options | str -> Options": True}


def test_a_long_union_inside_a_list_says_what_it_lost_and_gained() -> None:
    from generator.diff.annotations import annotation_detail

    many = " | ".join(f"Tool{i}" for i in range(30))
    before, after = f"Sequence[{many} | OldTool]", f"Sequence[{many} | NewTool | OtherTool]"
    assert annotation_detail("Params.tools", before, after) == (
        "Params.tools: Sequence[...] union lost OldTool, gained NewTool | OtherTool"
    )


def test_an_enum_kept_under_its_old_name_is_no_break(tmp_path: Path) -> None:
    # The names lock keeps a renamed enum as `Old = New` (enums cannot be subclassed).
    enum = "import enum\nclass Logic(enum.Enum):\n    AND = 'and'\n"
    old = {
        **OLD,
        "sdk/models/_logic.py": enum,
        "sdk/models/__init__.py": "from sdk.models._logic import Logic\n__all__ = ['Logic']\n",
    }
    renamed = {
        **OLD,
        "sdk/models/_group_logic.py": enum.replace("class Logic(", "class GroupLogic("),
        "sdk/models/__init__.py": (
            "from sdk.models._group_logic import GroupLogic\nLogic = GroupLogic\n"
            "__all__ = ['GroupLogic', 'Logic']\n"
        ),
    }
    assert not any(_pair(tmp_path / "kept", old, renamed).values())
    typed = {
        **renamed,
        "sdk/models/__init__.py": (
            "from sdk.models._group_logic import GroupLogic\nLogic = str\n__all__ = ['GroupLogic', 'Logic']\n"
        ),
    }
    assert _pair(tmp_path / "retyped", old, typed) == {"models.Logic: a class, now a type alias": True}
