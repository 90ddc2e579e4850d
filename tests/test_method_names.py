"""Client method and group names: from the document's hints (x-speakeasy-name-override,
x-speakeasy-group, dotted tags), the operationIds, or `[tool.sdkgen.names]`; collisions
fall back (hints) or are refused (configuration); the nested groups on the clients."""

from __future__ import annotations

import asyncio
import copy
import json
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

from generator.config import load_config
from generator.emit.templates import reserved_names
from generator.errors import ConfigError
from generator.ir.api import Api
from generator.naming.methods import NamingOptions, NamingWarning, method_word
from generator.naming.operations import name_api
from generator.read.document import read_api
from generator.spec.document import load_document
from tests.conftest import FIXTURES, PINNED, ROOT, SHARED_SPECS
from tests.faultserver import FaultServer, Reply

sys.path.insert(0, str(ROOT / "generated"))

RESERVED = reserved_names(ROOT / "templates")
SNAPSHOTS = sorted(SHARED_SPECS.glob("openapi-*.json"))
OVERLAYS = tuple(
    ROOT / p for p in ("specs/overlays/rerank-models.yaml", "specs/overlays/response-fields.yaml")
)

# The pinned document (with the project's overlays): every operation's place on the client.
PINNED_METHODS = {
    "getCurrentKey": "api_keys.get_current_key_metadata",
    "list": "api_keys.list",
    "createKeys": "api_keys.create",
    "getKey": "api_keys.get",
    "deleteKeys": "api_keys.delete",
    "updateKeys": "api_keys.update",
    "getUserActivity": "analytics.get_user_activity",
    "createMessages": "anthropic_messages.create",
    "sendChatCompletionRequest": "chat.send",
    "getCredits": "credits.get_credits",
    "createCoinbaseCharge": "credits.create_coinbase_charge",
    "createEmbeddings": "embeddings.generate",
    "listEmbeddingsModels": "embeddings.list_models",
    "listEndpointsZdr": "endpoints.list_zdr_endpoints",
    "listEndpoints": "endpoints.list",
    "getGeneration": "generations.get_generation",
    "listGuardrails": "guardrails.list",
    "createGuardrail": "guardrails.create",
    "getGuardrail": "guardrails.get",
    "deleteGuardrail": "guardrails.delete",
    "updateGuardrail": "guardrails.update",
    "listGuardrailKeyAssignments": "guardrails.list_guardrail_key_assignments",
    "bulkAssignKeysToGuardrail": "guardrails.bulk_assign_keys",
    "bulkUnassignKeysFromGuardrail": "guardrails.bulk_unassign_keys",
    "listGuardrailMemberAssignments": "guardrails.list_guardrail_member_assignments",
    "bulkAssignMembersToGuardrail": "guardrails.bulk_assign_members",
    "bulkUnassignMembersFromGuardrail": "guardrails.bulk_unassign_members",
    "listKeyAssignments": "guardrails.list_key_assignments",
    "listMemberAssignments": "guardrails.list_member_assignments",
    "getModels": "models.list",
    "listModelsCount": "models.count",
    "listModelsUser": "models.list_for_user",
    "exchangeAuthCodeForAPIKey": "oauth.exchange_auth_code_for_api_key",
    "createAuthKeysCode": "oauth.create_auth_code",
    "listOrganizationMembers": "organization.list_members",
    "listProviders": "providers.list",
    "createRerank": "rerank.rerank",
    "listRerankModels": "rerank.list_models",
    "createResponses": "beta.responses.send",
}


def pinned_doc() -> dict[str, Any]:
    return load_document(PINNED, OVERLAYS)


def named(doc: dict[str, Any], **options: Any) -> Api:
    return name_api(read_api(doc), RESERVED, options=NamingOptions(**options))


def methods(api: Api) -> dict[str, str]:
    return {op.operation_id: op.client_method for op in api.operations}


def pointer(doc: dict[str, Any], op_id: str) -> str:
    return next(op.pointer for op in read_api(doc).operations if op.operation_id == op_id)


@pytest.mark.unit
def test_pinned_document_names_every_operation_from_its_hints() -> None:
    api = named(pinned_doc())
    assert methods(api) == PINNED_METHODS
    modules = {tag.attribute: tag.module for tag in api.tags}
    assert modules["models"] == "models_api"  # no api/models.py next to the models package
    assert modules["beta.responses"] == "beta_responses"
    assert modules["oauth"] == "oauth"
    # The module functions keep their operationId names.
    functions = {op.operation_id: op.py_name for op in api.operations}
    assert functions["sendChatCompletionRequest"] == "send_chat_completion_request"
    assert functions["list"] == "list_api_keys"


@pytest.mark.unit
def test_the_method_names_are_shorter() -> None:
    api = named(pinned_doc())
    ids = named(pinned_doc(), mode="operation-ids")
    average = {
        name: sum(len(op.method_name) for op in a.operations) / len(a.operations)
        for name, a in (("hints", api), ("ids", ids))
    }
    assert average["hints"] < 12.5 < 18 < average["ids"]


@pytest.mark.unit
def test_operation_ids_mode_ignores_the_hints() -> None:
    got = methods(named(pinned_doc(), mode="operation-ids"))
    assert got["sendChatCompletionRequest"] == "chat.send_chat_completion_request"
    assert got["getModels"] == "models.get_models"
    assert got["list"] == "api_keys.list"
    assert got["createResponses"] == "beta.responses.create_responses"  # dotted tags still nest
    assert got["exchangeAuthCodeForAPIKey"] == "oauth.exchange_auth_code_for_api_key"


@pytest.mark.unit
def test_per_operation_configuration_wins() -> None:
    names = {
        "getGeneration": "generations.get",
        "listEmbeddingsModels": "catalog.embeddings.list",
        "sendChatCompletionRequest": "chat.completions.create",
    }
    api = named(pinned_doc(), names=names)
    got = methods(api)
    assert {k: got[k] for k in names} == names
    assert got["getModels"] == "models.list"  # the others keep their hints
    assert {tag.attribute for tag in api.tags} >= {"catalog.embeddings", "chat.completions"}


@pytest.mark.unit
def test_an_overlay_sets_a_hint(tmp_path: Path) -> None:
    overlay = tmp_path / "names.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: names, version: 1.0.0}\nactions:\n"
        "  - target: $.paths['/generation'].get\n"
        "    update: {x-speakeasy-name-override: get, x-speakeasy-group: generations.lookup}\n"
        "  - target: $.paths['/chat/completions'].post\n"
        "    update: {x-speakeasy-name-override: complete}\n",
        encoding="utf-8",
    )
    got = methods(name_api(read_api(load_document(PINNED, (*OVERLAYS, overlay))), RESERVED))
    assert got["getGeneration"] == "generations.lookup.get"
    assert got["sendChatCompletionRequest"] == "chat.complete"


@pytest.mark.unit
def test_colliding_hints_fall_back_to_operation_ids_with_a_warning() -> None:
    doc = pinned_doc()
    paths = doc["paths"]
    paths["/credits"]["get"]["x-speakeasy-name-override"] = "createCoinbaseCharge"  # collides
    paths["/generation"]["get"]["x-speakeasy-group"] = "with_raw_response"  # shadows the client
    activity = paths["/activity"]["get"]  # a method where a group is: beta.responses
    activity.update({"x-speakeasy-group": "beta", "x-speakeasy-name-override": "responses"})
    paths["/providers"]["get"]["x-speakeasy-name-override"] = "import"  # a keyword
    with pytest.warns(NamingWarning) as caught:
        got = methods(named(doc))
    assert got["getCredits"] == "credits.get_credits"
    assert got["createCoinbaseCharge"] == "credits.create_coinbase_charge"  # both fall back
    assert got["getGeneration"] == "generations.get_generation"
    assert got["getUserActivity"] == "analytics.get_user_activity"
    assert got["listProviders"] == "providers.list_providers"
    text = "\n".join(str(w.message) for w in caught)
    assert "#/paths/~1credits/get" in text and "#/paths/~1credits~1coinbase/post" in text
    assert "#/paths/~1generation/get" in text and "with_raw_response" in text
    assert "#/paths/~1activity/get: beta.responses would shadow a group" in text


@pytest.mark.unit
def test_the_order_of_the_document_does_not_pick_a_winner() -> None:
    doc = pinned_doc()
    doc["paths"]["/credits"]["get"]["x-speakeasy-name-override"] = "createCoinbaseCharge"
    reordered = copy.deepcopy(doc)
    reordered["paths"] = dict(reversed(list(doc["paths"].items())))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NamingWarning)
        assert methods(named(doc)) == methods(named(reordered))


@pytest.mark.unit
def test_an_explicit_name_beats_a_hint() -> None:
    with pytest.warns(NamingWarning, match="configuration"):
        got = methods(named(pinned_doc(), names={"getGeneration": "chat.send"}))
    assert got["getGeneration"] == "chat.send"
    assert got["sendChatCompletionRequest"] == "chat.send_chat_completion_request"


@pytest.mark.unit
def test_colliding_explicit_names_are_refused_with_both_pointers() -> None:
    doc = pinned_doc()
    with pytest.raises(ConfigError) as exc:
        named(
            doc,
            names={"getCredits": "credits.get", "getGeneration": "credits.get"},
            source="pyproject.toml: [tool.sdkgen.names]",
        )
    message = str(exc.value)
    assert "pyproject.toml: [tool.sdkgen.names]" in message
    assert "getCredits" in message and "getGeneration" in message
    assert pointer(doc, "getCredits") == "#/paths/~1credits/get" and pointer(doc, "getCredits") in message
    assert "#/paths/~1generation/get" in message


@pytest.mark.unit
@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("close.get", "shadow the client"),
        ("with_streaming_response.get", "shadow the client"),
        ("credits._client", "expected"),
        ("credits.import", "expected"),
        ("get", "expected"),
    ],
)
def test_explicit_names_that_shadow_or_are_not_python_are_refused(value: str, why: str) -> None:
    with pytest.raises(ConfigError, match=why) as exc:
        named(pinned_doc(), names={"getCredits": value})
    assert "getCredits" in str(exc.value)


@pytest.mark.unit
def test_an_unknown_operation_id_in_the_configuration_is_refused() -> None:
    with pytest.raises(ConfigError, match="getNothing"):
        named(pinned_doc(), names={"getNothing": "x.y"})


@pytest.mark.unit
@pytest.mark.parametrize("spec", sorted(p.name for p in FIXTURES.iterdir() if p.suffix in (".yaml", ".json")))
def test_a_document_without_hints_names_methods_from_operation_ids(spec: str) -> None:
    doc = load_document(FIXTURES / spec, ())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NamingWarning)
        api = name_api(read_api(doc), RESERVED)
    for op in api.operations:
        base = method_word(op.operation_id)
        assert op.method_name == base or op.method_name.startswith(base.rstrip("_") + "_"), op.operation_id


@pytest.mark.unit
def test_the_configuration_keys(tmp_path: Path) -> None:
    base = '[tool.sdkgen]\nspec = "s.json"\nlock = "l.json"\noutput = "out"\ntemplates = "t"\n'
    (tmp_path / "pyproject.toml").write_text(
        base + 'naming = "operation-ids"\n[tool.sdkgen.names]\ngetModels = "models.all"\n', encoding="utf-8"
    )
    config = load_config(tmp_path)
    assert (config.naming, config.names) == ("operation-ids", {"getModels": "models.all"})
    (tmp_path / "pyproject.toml").write_text(base + 'naming = "nice"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="naming"):
        load_config(tmp_path)


# The generated SDK: nested groups on every form of the clients, against a real server.

RESPONSE = {
    "id": "resp_1",
    "object": "response",
    "created_at": 1,
    "model": "m",
    "status": "completed",
    "output": [],
}


@pytest.mark.sdk
def test_nested_groups_on_the_sync_client() -> None:
    from openrouter_sdk import OPERATIONS, OpenRouter

    assert OPERATIONS["createResponses"].client_method == "beta.responses.send"
    assert OPERATIONS["sendChatCompletionRequest"].client_method == "chat.send"
    with FaultServer() as server:
        server.script("/responses", Reply(200, RESPONSE), repeat=True)
        with OpenRouter(api_key="k", base_url=server.base_url, max_retries=0) as client:
            assert client.beta.responses.send(input="hi").id == "resp_1"
            raw = client.with_raw_response.beta.responses.send(input="hi")
            assert raw.status_code == 200 and raw.parse().id == "resp_1"
            with client.with_streaming_response.beta.responses.send(input="hi") as streamed:
                assert json.loads(streamed.read())["id"] == "resp_1"
        bodies = [r.json() for r in server.requests_to("/responses")]
    assert [(r.method) for r in server.requests_to("/responses")] == ["POST"] * 3
    assert bodies == [{"input": "hi"}] * 3


@pytest.mark.sdk
def test_nested_groups_on_the_async_client() -> None:
    from openrouter_sdk import AsyncOpenRouter

    async def main(base_url: str) -> list[str]:
        async with AsyncOpenRouter(api_key="k", base_url=base_url, max_retries=0) as client:
            plain = await client.beta.responses.send(input="hi")
            raw = await client.with_raw_response.beta.responses.send(input="hi")
            async with client.with_streaming_response.beta.responses.send(input="hi") as streamed:
                body = json.loads(await streamed.read())
            return [plain.id, raw.parse().id, body["id"]]

    with FaultServer() as server:
        server.script("/responses", Reply(200, RESPONSE), repeat=True)
        assert asyncio.run(main(server.base_url)) == ["resp_1"] * 3


@pytest.mark.sdk
def test_every_client_method_of_operations_is_on_every_client_form() -> None:
    from operator import attrgetter

    from openrouter_sdk import OPERATIONS, AsyncOpenRouter, OpenRouter

    assert {k: v.client_method for k, v in OPERATIONS.items()} == PINNED_METHODS
    sync, aio = OpenRouter(api_key="k"), AsyncOpenRouter(api_key="k")
    for client in (sync, aio):
        for form in (client, client.with_raw_response, client.with_streaming_response):
            for info in OPERATIONS.values():
                assert callable(attrgetter(info.client_method)(form)), info.client_method
    assert sync.models.list.__name__ == "get_models"  # the method is the module function


@pytest.mark.unit
@pytest.mark.parametrize("spec", [p.name for p in SNAPSHOTS], ids=lambda n: n[8:18])
def test_every_snapshot_names_its_operations_from_its_hints(spec: str) -> None:
    """Each real document: one place per operation, no hint given up, chat on `chat.send`
    (where generation itself is checked: tests/test_snapshots.py)."""
    doc = load_document(SHARED_SPECS / spec, OVERLAYS)
    with warnings.catch_warnings():
        warnings.simplefilter("error", NamingWarning)
        api = named(doc)
    got = methods(api)
    assert len(set(got.values())) == len(got) == len(api.operations)
    assert got["sendChatCompletionRequest"] == "chat.send"
    hinted = {op.operation_id for op in read_api(doc).operations if op.name_hint}
    ops = {op.operation_id: op for op in api.operations}
    assert all(ops[i].method_name == method_word(ops[i].name_hint) for i in hinted)
    assert not {op.group[0] for op in api.operations} & RESERVED.client_attributes


@pytest.mark.unit
def test_a_group_with_methods_keeps_its_subgroups_beside_it() -> None:
    """A group's class holds methods or subgroups: hinted, the subgroup moves beside its
    parent (`beta_responses`); configured, it is refused with both pointers."""
    doc = pinned_doc()
    doc["paths"]["/activity"]["get"]["x-speakeasy-group"] = "beta"
    with pytest.warns(NamingWarning, match="#/paths/~1responses/post"):
        got = methods(named(doc))
    assert (got["getUserActivity"], got["createResponses"]) == (
        "beta.get_user_activity",
        "beta_responses.send",
    )
    with pytest.raises(ConfigError, match="#/paths/~1activity/get") as exc:
        named(pinned_doc(), names={"getUserActivity": "beta.activity"})
    assert "#/paths/~1responses/post" in str(exc.value)


@pytest.mark.unit
def test_a_hint_cannot_take_a_page_iterator() -> None:
    doc = pinned_doc()
    doc["paths"]["/guardrails/{id}"]["get"]["x-speakeasy-name-override"] = "listIter"
    with pytest.warns(NamingWarning, match="page iterator of listGuardrails"):
        got = methods(named(doc))
    assert (got["listGuardrails"], got["getGuardrail"]) == ("guardrails.list", "guardrails.get_guardrail")
