"""Administration: which models take tools, and an API key's life (create, list,
update, delete) with a management key."""

from __future__ import annotations

from openrouter_sdk import OpenRouter


def main(client: OpenRouter) -> list[str]:
    models = client.models.list()
    with_tools = [m.id for m in models.data if "tools" in (m.supported_parameters or [])]
    created = client.api_keys.create(name="ci runner", limit=10.0)
    key_hash = created.data.hash
    names = [key.name for key in client.api_keys.list().data]
    client.api_keys.update(hash=key_hash, disabled=True)
    deleted = client.api_keys.delete(hash=key_hash)
    return [*with_tools, *names, f"deleted={deleted.deleted}"]
