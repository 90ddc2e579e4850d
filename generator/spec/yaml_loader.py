"""YAML into what the same document would be as JSON, safely (spec.parse reads YAML
with it; a module of its own so that reading a JSON document does not import PyYAML)."""

from __future__ import annotations

from typing import Any, ClassVar

import yaml

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _JsonLikeLoader(yaml.SafeLoader):
    """A safe YAML loader whose result is what the same document would be as JSON.

    - Aliases are refused: expanding them is how a few hundred bytes become
      gigabytes (billion laughs), and OpenAPI has `$ref` for reuse.
    - Mapping keys keep their source text, so `200:` is the key "200" (as in
      JSON), not the integer 200.
    - Dates stay strings, so `example: 2025-08-24` does not become a `date`.
    """

    yaml_implicit_resolvers: ClassVar[dict] = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None,
                None,
                f"YAML aliases are not allowed (found *{event.anchor})",
                event.start_mark,
            )
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        self.flatten_mapping(node)
        mapping = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None, None, "mapping keys must be plain scalars", key_node.start_mark
                )
            mapping[key_node.value] = self.construct_object(value_node, deep=deep)
        return mapping


def _yaml_message(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return f"invalid YAML: {' '.join(str(exc).split())}"
    return f"invalid YAML at line {mark.line + 1} column {mark.column + 1}: {exc.problem}"


def load_yaml(text: str) -> tuple[Any, str | None]:
    """(the document, None), or (None, why it is not valid YAML)."""
    try:
        return yaml.load(text, Loader=_JsonLikeLoader), None  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        return None, _yaml_message(exc)
