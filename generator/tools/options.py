"""`[tool.sdkgen.mcp]`: the curated tools and per-operation hint overrides.

```toml
[tool.sdkgen.mcp.curated.sendChatCompletionRequest]   # operationId; table order is list order
name = "chat_send"                 # optional; else from the client method
description = "..."                # optional; else the operation's summary
fields = ["model", "messages"]     # body fields offered as arguments; the rest go in `extra`
question = "..."                   # what a user asks that it answers; `example`: its arguments
[tool.sdkgen.mcp.hints.deleteKeys]
destructiveHint = true             # overrides what the HTTP method implies
```
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.errors import ConfigError

MAX_CURATED = 15
HINTS = ("readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint")
_CURATED_KEYS = {"name", "description", "fields", "question", "example"}


@dataclass(frozen=True)
class Curated:
    operation_id: str
    name: str = ""
    description: str = ""
    fields: tuple[str, ...] | None = None  # None: chosen by the size budget
    question: str = ""  # what a user asks that this tool answers (SKILL.md)
    example: dict[str, Any] = field(default_factory=dict)  # arguments by wire name (SKILL.md)


@dataclass(frozen=True)
class ToolOptions:
    curated: tuple[Curated, ...] = ()
    hints: dict[str, dict[str, bool]] = field(default_factory=dict)


def parse_options(table: Any, where: str) -> ToolOptions:
    """The options of `[tool.sdkgen.mcp]` (`table`), or a ConfigError saying what is wrong."""
    if table is None:
        return ToolOptions()
    if not isinstance(table, dict) or set(table) - {"curated", "hints"}:
        raise ConfigError(f"{where}: [tool.sdkgen.mcp] takes only the tables 'curated' and 'hints'")
    curated = []
    for op_id, entry in table.get("curated", {}).items():
        if not isinstance(entry, dict) or set(entry) - _CURATED_KEYS:
            raise ConfigError(
                f"{where}: [tool.sdkgen.mcp.curated.{op_id}] takes only {', '.join(sorted(_CURATED_KEYS))}"
            )
        fields = entry.get("fields")
        if fields is not None and not (isinstance(fields, list) and all(isinstance(f, str) for f in fields)):
            raise ConfigError(f"{where}: [tool.sdkgen.mcp.curated.{op_id}]: 'fields' must be a list of names")
        example = entry.get("example", {})
        if not isinstance(example, dict):
            raise ConfigError(f"{where}: [tool.sdkgen.mcp.curated.{op_id}]: 'example' must be a table")
        curated.append(
            Curated(
                op_id,
                str(entry.get("name", "")),
                str(entry.get("description", "")),
                tuple(fields) if fields is not None else None,
                str(entry.get("question", "")),
                dict(example),
            )
        )
    if len(curated) > MAX_CURATED:
        raise ConfigError(f"{where}: [tool.sdkgen.mcp.curated]: {len(curated)} tools, at most {MAX_CURATED}")
    hints: dict[str, dict[str, bool]] = {}
    for op_id, entry in table.get("hints", {}).items():
        if not isinstance(entry, dict) or set(entry) - set(HINTS):
            raise ConfigError(f"{where}: [tool.sdkgen.mcp.hints.{op_id}] takes only {', '.join(HINTS)}")
        if not all(isinstance(v, bool) for v in entry.values()):
            raise ConfigError(f"{where}: [tool.sdkgen.mcp.hints.{op_id}]: hints are true or false")
        hints[op_id] = dict(entry)
    return ToolOptions(tuple(curated), hints)
