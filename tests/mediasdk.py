"""The SDK of the `media` fixture spec (its golden tree), importable next to `generated/`:
copied under another package name (`media_sdk`: the package imports itself only
relatively), so that one test process can hold both."""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path
from types import ModuleType

from tests.conftest import GOLDENS

__all__ = ["PACKAGE", "copy_media_sdk", "import_media_sdk"]

PACKAGE = "media_sdk"


def copy_media_sdk(target: Path) -> Path:
    """`target/media_sdk`, a copy of the golden `media` package; `target` is its sys.path entry."""
    shutil.copytree(GOLDENS / "media" / "openrouter_sdk", target / PACKAGE)
    return target


def import_media_sdk(target: Path) -> ModuleType:
    copy_media_sdk(target)
    sys.path.insert(0, str(target))
    try:
        return importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(target))
