"""What a run produced: the output's files in memory, with what the run knows about them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.ir.api import Api
    from generator.naming.lock import Reconciled


@dataclass
class Build:
    files: dict[str, bytes]
    api: Api | None  # None when a no-op run skipped the build
    models_cached: bool
    operations: int
    timings: dict[str, float] = field(default_factory=dict)
    names: Reconciled | None = None  # the names lock reconciled with this build's names
