"""Post-passes over datamodel-code-generator's module: what it writes that the SDK needs
otherwise (open enums, no import-time rebuilds, escaped invisible characters, marked
narrowed fields), and the document keys it must never see."""

from __future__ import annotations

import ast
import re
from typing import Any

_REBUILD = re.compile(r"^\w+\.model_rebuild\(\)\n", re.M)
# The model_config that SDKModel itself sets (templates/package/_base.py): restated in
# every class, it only adds noise. Other configs (typed extras) stay.
_BASE_CONFIG = re.compile(
    r"^( +)model_config = ConfigDict\(\s*extra=[\"']allow[\"'],\s*populate_by_name=True,?\s*\)\n",
    re.M,
)
_EMPTY_CLASS = re.compile(r"^(class \w+\(.*\):\n)(?!    )", re.M)


def without_rebuilds(code: str) -> str:
    """datamodel-code-generator rebuilds every model with a forward reference (a cycle) at
    import. The models defer their build to first use, when every name is defined, so
    these calls only make the import slow (they build the whole cycle)."""
    return _REBUILD.sub("", code)


def without_base_config(code: str) -> str:
    """Drops the model_config that only restates the base's; a class left without a
    body gets `pass`."""
    code = _BASE_CONFIG.sub("", code)
    return _EMPTY_CLASS.sub(r"\1    pass\n", code)


def open_enums(code: str, package_name: str) -> str:
    """Enums derive from the runtime's open enums, so that a value added to the API
    after generation still parses. The base import becomes relative, which keeps the
    package relocatable (and resolvable by type checkers)."""
    code = re.sub(r"^(class \w+)\(str, Enum\):", r"\1(OpenStrEnum):", code, flags=re.M)
    code = re.sub(r"^(class \w+)\(IntEnum\):", r"\1(OpenIntEnum):", code, flags=re.M)
    code = re.sub(r"^(class \w+)\(Enum\):", r"\1(OpenEnum):", code, flags=re.M)
    bases = "from ._base import OpenEnum, OpenIntEnum, OpenStrEnum, SDKModel"
    if f"from {package_name}._base import SDKModel" in code:
        return code.replace(f"from {package_name}._base import SDKModel", bases)
    # Enums only: no model, so no base import yet.
    return code.replace(
        "from __future__ import annotations\n", f"from __future__ import annotations\n{bases}\n", 1
    )


# Extensions through which a spec would choose what the generated code imports or
# subclasses (datamodel-code-generator honours them): never passed on.
UNSAFE_KEYS = frozenset(
    {"customBasePath", "customTypePath", "x-python-type", "x-python-import", "x-enum-varnames", "x-enumNames"}
)
# String formats whose types need an extra package (EmailStr: email-validator; `ulid`:
# python-ulid), which the SDK does not depend on: such a string is a plain `str`, checked
# by the server.
EXTRA_FORMATS = frozenset({"email", "idn-email", "ulid"})


def without_unsafe_keys(doc: Any) -> Any:
    """A copy of the document without the keys in UNSAFE_KEYS, and without the formats in
    EXTRA_FORMATS, at any depth."""
    root: dict[str, Any] = {}
    stack: list[tuple[Any, Any]] = [(doc, root)]
    while stack:
        source, target = stack.pop()
        items = source.items() if isinstance(source, dict) else enumerate(source)
        for key, value in items:
            if isinstance(source, dict) and (
                key in UNSAFE_KEYS or (key == "format" and isinstance(value, str) and value in EXTRA_FORMATS)
            ):
                continue
            if isinstance(value, (dict, list)):
                child: Any = {} if isinstance(value, dict) else [None] * len(value)
                stack.append((value, child))
                value = child
            if isinstance(target, dict):
                target[key] = value
            else:
                target[key] = value
    return root


def escape_invisible(code: str) -> str:
    """Bidirectional controls and zero-width characters ("Trojan Source") that the spec
    put into strings of the models become escape sequences."""
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", code)


_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


NARROWED = "  # pyright: ignore[reportGeneralTypeIssues]  # allOf narrows an optional field to required"


def mark_narrowed_fields(code: str, tree: ast.Module) -> str:
    """Mark fields that an allOf subclass makes required although its parent gives them
    a default: valid for pydantic, but pyright reports every one of them. This is the one
    class of type-checker complaints the spec itself causes, silenced line by line.
    `tree` is the parsed `code`."""
    defaults: dict[str, set[str]] = {}  # class -> fields that have a default (inherited too)
    lines = code.split("\n")
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        inherited: set[str] = set()
        for base in node.bases:
            if isinstance(base, ast.Name):
                inherited |= defaults.get(base.id, set())
        own = set(inherited)
        for stmt in node.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                name = stmt.target.id
                if stmt.value is None and name in inherited:
                    line = lines[stmt.lineno - 1]
                    if "Annotated[" in line and stmt.end_lineno == stmt.lineno:
                        # After the bracket, where the formatter keeps it on the first line.
                        line = line.replace("Annotated[", "Annotated[" + NARROWED + "\n", 1)
                    else:
                        line += NARROWED
                    lines[stmt.lineno - 1] = line
                    own.discard(name)
                elif stmt.value is not None:
                    own.add(name)
        defaults[node.name] = own
    return "\n".join(lines)
