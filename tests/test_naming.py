"""Python names for spec names: deterministic, valid, collision-free."""

from __future__ import annotations

import keyword

import pytest

from generator.naming.words import NameScope, class_name, identifier, snake_case

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("spec_name", "python"),
    [
        ("sendChatCompletionRequest", "send_chat_completion_request"),
        ("exchangeAuthCodeForAPIKey", "exchange_auth_code_for_api_key"),
        ("listEndpointsZdr", "list_endpoints_zdr"),
        ("API Keys", "api_keys"),
        ("beta.responses", "beta_responses"),
        ("page-size", "page_size"),
        ("X-Request-Id", "x_request_id"),
        ("naïve", "naive"),
        ("ｌｉｍｉｔ", "limit"),  # fullwidth: Python would NFKC-normalize it to `limit` anyway
        ("名前", "ming_qian"),  # transliterated, not dropped: distinct names stay distinct
        ("ключ", "klyuch"),
    ],
)
def test_snake_case(spec_name: str, python: str) -> None:
    assert snake_case(spec_name) == python


@pytest.mark.parametrize(
    ("spec_name", "python"),
    [
        ("from", "from_"),
        ("class", "class_"),
        ("match", "match"),  # a soft keyword: a valid name on every Python
        ("2fa", "n_2fa"),
        ("", "unnamed"),
        ("__init__", "init"),
    ],
)
def test_identifier_is_always_valid(spec_name: str, python: str) -> None:
    name = identifier(spec_name)
    assert name == python
    assert name.isidentifier() and not keyword.iskeyword(name)


def test_builtins_avoided_only_when_asked() -> None:
    assert identifier("list") == "list"
    assert identifier("list", avoid_builtins=True) == "list_"


def test_class_name() -> None:
    assert class_name("API Keys") == "APIKeys"
    assert class_name("beta.responses") == "BetaResponses"
    assert class_name("3d") == "N3d"
    assert class_name("日本語") == "RiBenYu"


def test_scope_hands_out_unique_names_in_order() -> None:
    scope = NameScope({"client"})
    assert [scope.claim(n) for n in ("get_type", "get_type", "client", "get_type")] == [
        "get_type",
        "get_type_2",
        "client_2",
        "get_type_3",
    ]
