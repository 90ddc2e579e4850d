"""Group names of tags and hints (generator/naming/groups.py)."""

from __future__ import annotations

import pytest

from generator.naming.groups import GroupNames, group_words

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("OAuth", ("oauth",)),
        ("API Keys", ("api_keys",)),
        ("Anthropic Messages", ("anthropic_messages",)),
        ("BYOK", ("byok",)),
        ("beta.responses", ("beta", "responses")),
        ("beta.Analytics", ("beta", "analytics")),
        ("Video Generation", ("video_generation",)),
        ("listModels", ("list_models",)),
        ("2fa", ("n_2fa",)),
        ("", ("default",)),
        # Only plain words nest: other dotted text is one group, never code-like attributes.
        ("{{ cycler.__init__.__globals__ }}", ("cycler_init_globals",)),
        ("../../evil", ("evil",)),
        ("models/../../x", ("models_x",)),
    ],
)
def test_group_words(text: str, group: tuple[str, ...]) -> None:
    assert group_words(text) == group


def test_distinct_tags_stay_distinct_groups_and_hints_name_tags() -> None:
    names = GroupNames(["Foo", "foo", "FOO", "Chat", "API Keys", "api-keys"])
    assert [names.of(t) for t in ("Foo", "foo", "FOO")] == [("foo",), ("foo_2",), ("foo_3",)]
    assert (names.of("API Keys"), names.of("api-keys")) == (("api_keys",), ("api_keys_2",))
    assert names.hint("chat") == names.of("Chat") == ("chat",)  # x-speakeasy-group: chat
    assert (names.hint("foo"), names.hint("fOO")) == (("foo_2",), ("foo",))  # exact, else the first
    assert names.hint("beta.responses") == ("beta", "responses")  # a group of its own
