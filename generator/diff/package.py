"""The SDK verdict: two generated packages compared as Python APIs.

griffe (built for finding breaking changes in Python APIs) loads both packages statically
and reports removed modules, classes, functions, enum members and parameters, parameters
made required or moved, and objects that changed kind. What it does not judge, a model
field's or class attribute's annotation (`ChatUsage.cost: float -> float | None`), is read
off the same griffe trees. A name the names lock keeps as a deprecated alias is still in the
new package, so its removal is no break. Changed default values are not breaks (a field's
`Field(...)` text, a query parameter's documented default) and are left out, and so are
annotation changes of a model class no other module names (reached by no call).
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import griffe

from generator.diff.sdkbreak import SdkBreak

# griffe's findings that are not breaks for a caller of the generated SDK.
IGNORED = frozenset({griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE})


def load(root: Path, package: str) -> griffe.Module:
    module = griffe.load(package, search_paths=[root], allow_inspection=False, resolve_aliases=True)
    assert isinstance(module, griffe.Module)
    return module


def compare_dirs(old_root: Path, new_root: Path, package: str) -> list[SdkBreak]:
    """The breaks between the package under `old_root` and the one under `new_root`."""
    old, new = load(old_root, package), load(new_root, package)
    found = [_from_griffe(b, package) for b in griffe.find_breaking_changes(old, new)]
    found = [b for b in found if b is not None]
    found += _exports(old, new, package)
    found += _annotations(old, new, package, _kept_aliases(new), _referenced(old_root / package))
    unique = {b.detail: b for b in sorted(found, key=lambda b: (b.name, b.kind, b.detail))}
    return sorted(unique.values(), key=lambda b: (b.name, b.detail))


def compare_trees(old: Mapping[str, bytes], new: Mapping[str, bytes], package: str) -> list[SdkBreak]:
    """The same for two output trees held in memory (relative path -> bytes), as the
    pipeline has them: each is written to a scratch directory for griffe to read."""
    with (
        tempfile.TemporaryDirectory(prefix="sdkgen-old-") as a,
        tempfile.TemporaryDirectory(prefix="sdkgen-new-") as b,
    ):
        for root, files in ((Path(a), old), (Path(b), new)):
            for name, data in files.items():
                if name.startswith(package + "/") and name.endswith(".py"):
                    (root / name).parent.mkdir(parents=True, exist_ok=True)
                    (root / name).write_bytes(data)
        return compare_dirs(Path(a), Path(b), package)


def _python_name(path: str, package: str) -> str:
    """`models.ChatUsage` for `openrouter_sdk.models._chat_usage.ChatUsage`: the private module
    a class is defined in is not how users import it."""
    parts = path.removeprefix(package + ".").split(".")
    return ".".join(p for i, p in enumerate(parts) if i == 0 or not p.startswith("_"))


def _from_griffe(breakage: Any, package: str) -> SdkBreak | None:
    if breakage.kind in IGNORED:
        return None
    name = _python_name(breakage.obj.path, package)
    if name.startswith("_") or name == "__version__":
        return None
    kind = breakage.kind.value
    if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
        detail = f"{name} removed"
    elif hasattr(breakage.old_value, "name") and not isinstance(breakage.old_value, str):
        detail = f"{name}: {kind.lower()} ({getattr(breakage.old_value, 'name', '')})"
    else:
        detail = f"{name}: {kind.lower()} ({breakage.old_value} -> {breakage.new_value})"
    return SdkBreak(name, kind, detail)


def _public_modules(module: griffe.Module) -> Iterator[griffe.Module]:
    yield module
    for member in module.members.values():
        if isinstance(member, griffe.Module) and not member.is_alias and not member.name.startswith("_"):
            yield from _public_modules(member)


def _exports(old: griffe.Module, new: griffe.Module, package: str) -> list[SdkBreak]:
    """A public name of a public module gone (griffe skips names re-exported from a private
    module that still exists, as `models` re-exports `models._chat_usage.ChatUsage`)."""
    modules = {m.path: m for m in _public_modules(new)}
    out: list[SdkBreak] = []
    for module in _public_modules(old):
        other = modules.get(module.path)
        if other is None:
            continue  # griffe reports the module itself
        for name in module.members:
            if not name.startswith("_") and name not in other.members:
                python = _python_name(f"{module.path}.{name}", package)
                out.append(SdkBreak(python, griffe.BreakageKind.OBJECT_REMOVED.value, f"{python} removed"))
    return out


def _classes(module: griffe.Module) -> Iterator[griffe.Class]:
    for member in module.members.values():
        if member.is_alias:
            continue
        if isinstance(member, griffe.Module):
            yield from _classes(member)
        elif isinstance(member, griffe.Class):
            yield member


def _public(cls: griffe.Class, package: str) -> str:
    """`models.ChatUsage`: the class as its package re-exports it."""
    return _python_name(cls.path, package)


def _kept_aliases(new: griffe.Module) -> dict[str, str]:
    """Old class name -> the class it now stands for, for the names the names lock keeps
    (`@_deprecated(...) class Old(New): ...` in `models`, as the template writes them)."""
    models = new.members.get("models")
    if not isinstance(models, griffe.Module):
        return {}
    out: dict[str, str] = {}
    for name, member in models.members.items():
        if isinstance(member, griffe.Class) and not member.is_alias and len(member.bases) == 1:
            if any("deprecated" in str(d.value) for d in member.decorators):
                out[name] = str(member.bases[0])
    return out


def _renamed(annotation: str, aliases: Mapping[str, str]) -> str:
    if not aliases:
        return annotation
    return re.sub(r"\b\w+\b", lambda m: aliases.get(m.group(0), m.group(0)), annotation)


def _referenced(root: Path) -> dict[str, set[str]]:
    """Identifier -> the modules (files) that name it, the models' export list aside: a model
    class no other module names (a query-parameter model datamodel-code-generator makes that
    no API function takes) is reached by no call, so its fields' types break no caller."""
    out: dict[str, set[str]] = {}
    for path in root.rglob("*.py"):
        if path.relative_to(root).as_posix() == "models/__init__.py":
            continue
        for word in set(re.findall(r"\b[A-Za-z_]\w*\b", path.read_text(encoding="utf-8"))):
            out.setdefault(word, set()).add(path.stem)
    return out


def _annotations(
    old: griffe.Module,
    new: griffe.Module,
    package: str,
    aliases: Mapping[str, str],
    referenced: Mapping[str, set[str]],
) -> list[SdkBreak]:
    """Members of a class both packages define: one removed (an enum member, a model field:
    griffe does not look inside classes of private modules) or whose annotation changed (a
    type checker, and for a response model the code reading it, sees another type). Widening
    an annotation (every old member of the union still in) is no break for a TypedDict of
    keyword arguments, which callers only write; a model may be a response, which callers
    read: there a narrowed or retyped annotation is a break, and so is one that now allows
    None."""
    new_classes = {c.path: c for c in _classes(new)}
    out: list[SdkBreak] = []
    for cls in _classes(old):
        other = new_classes.get(cls.path)
        if other is None or cls.name.startswith("_"):
            continue
        where = _public(cls, package)
        in_models = cls.module.path.startswith(f"{package}.models.")
        unused = in_models and not (referenced.get(cls.name, set()) - {cls.module.name})
        for name, attr in cls.members.items():
            if name.startswith("_") or attr.is_alias:
                continue
            twin = other.members.get(name)
            if twin is None:
                out.append(SdkBreak(f"{where}.{name}", "member-removed", f"{where}.{name} removed"))
                continue
            if not (isinstance(attr, griffe.Attribute) and isinstance(twin, griffe.Attribute)):
                continue
            if attr.annotation is None or twin.annotation is None:
                continue
            before, after = _type(attr.annotation), _type(twin.annotation)
            if _renamed(before, aliases) != after:  # a class renamed, its old name kept: no break
                # Widened: harmless to a caller who writes it (keyword arguments), and to a
                # reader too unless None is new (`usage.cost + 1` no longer type-checks);
                # a response union gaining a member is an addition, as on the wire.
                widened = _widens(before, after) and (
                    _written_only(other) or _none_allowed(before) or not _none_allowed(after)
                )
                kind = "annotation-widened" if widened else "annotation-changed"
                kind = "annotation-changed-unused" if unused and not widened else kind
                detail = _annotation_detail(f"{cls.name}.{name}", before, after)
                out.append(SdkBreak(f"{where}.{name}", kind, detail, breaking=not (widened or unused)))
    return out


def _none_allowed(annotation: str) -> bool:
    members = _members(_unwrap(annotation, "Required"))
    return "None" in members or "Any" in members


def _written_only(cls: griffe.Class) -> bool:
    """A TypedDict of keyword arguments (the API functions' `*Params`): callers only write it."""
    try:
        ancestors = [cls, *cls.mro()]
    except (ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        ancestors = [cls]
    return any(str(base).endswith("TypedDict") for c in ancestors for base in c.bases)


def _annotation_detail(where: str, before: str, after: str) -> str:
    """`ChatUsage.cost: float -> float | None`; for a long union, what it lost and gained."""
    if len(before) + len(after) <= 160:
        return f"{where}: {before} -> {after}"
    lost, gained = sorted(_members(before) - _members(after)), sorted(_members(after) - _members(before))
    if lost or gained:
        return (
            f"{where}: union lost {' | '.join(lost) or 'nothing'}, gained {' | '.join(gained) or 'nothing'}"
        )
    return f"{where}: {before[:70]}... -> {after[:70]}..."


def _type(annotation: Any) -> str:
    """The annotation without `Annotated[...]` metadata (a field's description, examples)."""
    if isinstance(annotation, griffe.ExprSubscript) and str(annotation.left) == "Annotated":
        inner = annotation.slice
        annotation = inner.elements[0] if isinstance(inner, griffe.ExprTuple) else inner
    return str(annotation).replace("_m.", "")


def _widens(before: str, after: str) -> bool:
    """Every value `before` allows, `after` allows: each union member kept, or kept inside the
    same wrapper (`Sequence[A | B]` -> `Sequence[A | B | C]`); `Required[T]` may become `T`."""
    before, after = _unwrap(before, "Required"), _unwrap(after, "Required")
    kept = _members(after)
    if "Any" in kept:  # `str | None -> Any | None`: anything goes
        return True
    for member in _members(before):
        if member in kept:
            continue
        head = member.split("[", 1)[0]
        inner = _unwrap(member, head)
        if inner == member or not any(
            _widens(inner, _unwrap(m, head)) for m in kept if m.startswith(head + "[")
        ):
            return False
    return True


def _unwrap(annotation: str, head: str) -> str:
    if annotation.startswith(head + "[") and annotation.endswith("]"):
        return annotation[len(head) + 1 : -1]
    return annotation


def _members(annotation: str) -> frozenset[str]:
    """The top-level members of a union written `A | B | None` (one member otherwise)."""
    depth, start, parts = 0, 0, []
    for i, ch in enumerate(annotation):
        depth += ch == "["
        depth -= ch == "]"
        if ch == "|" and depth == 0:
            parts.append(annotation[start:i].strip())
            start = i + 1
    parts.append(annotation[start:].strip())
    return frozenset(parts)
