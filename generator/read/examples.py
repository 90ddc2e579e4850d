"""Examples the document gives for a parameter or a schema."""

from __future__ import annotations

from typing import Any


def example_of(node: dict[str, Any]) -> tuple[bool, Any]:
    """The first example a parameter or schema gives, if any: (found, value)."""
    if "example" in node:
        return True, node["example"]
    examples = node.get("examples")
    if isinstance(examples, list) and examples:
        return True, examples[0]
    if isinstance(examples, dict):  # a parameter's named examples
        for item in examples.values():
            if isinstance(item, dict) and "value" in item:
                return True, item["value"]
    return False, None
