"""The spec lock: where the pinned OpenAPI document comes from and what it must hash to."""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from generator.errors import ConfigError


@dataclass
class Lock:
    url: str
    sha256: str
    mirrors: list[str]  # paths relative to the project root, tried before `url`
    operations: int


def read_lock(path: Path) -> Lock:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: the spec lock file is missing") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the spec lock: {exc}") from None
    names = [f.name for f in fields(Lock)]
    if not isinstance(data, dict) or sorted(data) != sorted(names):
        raise ConfigError(f"{path}: the spec lock must be an object with exactly the keys {', '.join(names)}")
    wrong = []
    if not isinstance(data["url"], str):
        wrong.append("'url' must be a string")
    if not isinstance(data["sha256"], str) or not re.fullmatch(r"[0-9a-f]{64}", data["sha256"]):
        wrong.append("'sha256' must be 64 lowercase hex digits")
    if not isinstance(data["mirrors"], list) or not all(isinstance(m, str) for m in data["mirrors"]):
        wrong.append("'mirrors' must be a list of paths")
    if type(data["operations"]) is not int or data["operations"] < 0:
        wrong.append("'operations' must be a non-negative integer")
    if wrong:
        raise ConfigError(f"{path}: {'; '.join(wrong)}")
    return Lock(**data)


def write_lock(path: Path, lock: Lock) -> None:
    text = json.dumps(asdict(lock), indent=2) + "\n"
    try:
        atomic_write(path, text.encode("utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write the spec lock: {exc.strerror or exc}") from None


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so readers see the old or the new file, never a part.

    The temporary file lives in the same folder (os.replace is atomic only within
    one file system) and is removed if anything fails.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
