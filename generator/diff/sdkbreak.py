"""One way a user's code can break, as the SDK verdict (generator.diff.package) reports it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SdkBreak:
    """One way a user's code can break: `name` in Python terms (`models.ChatUsage.cost`),
    `kind` (griffe's breakage kind, or `annotation-changed`), `detail` for people."""

    name: str
    kind: str
    detail: str
    breaking: bool = True
    # The same break in the mirror classes (`AsyncOpenRouter.beta.responses`, ...): generator.diff.twins.
    twins: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        out = {"breaking": self.breaking, "detail": self.detail, "kind": self.kind, "name": self.name}
        return {**out, "twins": list(self.twins)} if self.twins else out
