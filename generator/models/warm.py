"""The warm child's preparation (build.parallel.warm_up), importable without importing
what it prepares: the process that forks the child imports none of it."""

from __future__ import annotations


def preload_models() -> None:
    """datamodel-code-generator's imports and a first run of it (models.codegen.preload)."""
    from generator.models.codegen import preload

    preload()
