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
from functools import cached_property
from pathlib import Path
from typing import Any

import griffe

from generator.diff import readers
from generator.diff.annotations import annotation_detail, none_allowed, widens
from generator.diff.sdkbreak import SdkBreak
from generator.diff.twins import collapse

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
    found += _annotations(old, new, package, _kept_aliases(new), _OldUses(old_root / package, old))
    unique = {b.detail: b for b in sorted(found, key=lambda b: (b.name, b.kind, b.detail))}
    unique = {b.detail: b for b in collapse(list(unique.values()), old)}
    return sorted(unique.values(), key=lambda b: (b.name, b.detail))


def compare_trees(
    old: Mapping[str, bytes], new: Mapping[str, bytes], package: str, old_root: Path | None = None
) -> list[SdkBreak]:
    """The same for two output trees held in memory (relative path -> bytes), as the
    pipeline has them: each is written to a scratch directory for griffe to read, unless
    `old_root` already holds `old` (the release path: the output directory itself). The
    Python API is its modules: when no `.py` file of the package differs, nothing breaks and
    griffe (about a second a package for OpenRouter's) is not run."""
    old_py, new_py = _python_files(old, package), _python_files(new, package)
    if old_py == new_py:
        return []
    with (
        tempfile.TemporaryDirectory(prefix="sdkgen-old-") as a,
        tempfile.TemporaryDirectory(prefix="sdkgen-new-") as b,
    ):
        roots = [(Path(b), new_py)] if old_root is not None else [(Path(a), old_py), (Path(b), new_py)]
        for root, files in roots:
            for name, data in files.items():
                (root / name).parent.mkdir(parents=True, exist_ok=True)
                (root / name).write_bytes(data)
        return compare_dirs(old_root or Path(a), Path(b), package)


def _python_files(tree: Mapping[str, bytes], package: str) -> dict[str, bytes]:
    return {n: d for n, d in tree.items() if n.startswith(package + "/") and n.endswith((".py", ".pyi"))}


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
    elif breakage.kind is griffe.BreakageKind.OBJECT_CHANGED_KIND and (alias := _class_alias(breakage.obj)):
        # A name the names lock keeps for an enum: the same class, under its old name too.
        return SdkBreak(name, "kept-alias", f"{name}: now another name of {alias}", breaking=False)
    elif breakage.kind is griffe.BreakageKind.OBJECT_CHANGED_KIND:
        words = {"class": "class", "attribute": "type alias" if name.startswith("models.") else "attribute"}
        before, after = (words.get(k.value, k.value) for k in (breakage.old_value, breakage.new_value))
        detail = f"{name}: a {before}, now a {after}"  # `models.Usage: a class, now a type alias`
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
        for name, member in module.members.items():
            # `Mapping`, imported for an annotation, is no part of `api.credits` (_exported).
            if not name.startswith("_") and name not in other.members and _exported(module, member):
                python = _python_name(f"{module.path}.{name}", package)
                out.append(SdkBreak(python, griffe.BreakageKind.OBJECT_REMOVED.value, f"{python} removed"))
    return out


def _exported(module: griffe.Module, member: griffe.Object | griffe.Alias) -> bool:
    """Part of the module's API: a name it defines (`__all__` or not: users import it), or
    one it imports only when `__all__` lists it (a re-export) or it has no `__all__`."""
    if module.exports is None or not member.is_alias:
        return True
    try:
        return bool(member.is_public)
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return True


def _member(cls: griffe.Class, name: str) -> griffe.Object | griffe.Alias | None:
    """`cls.name` as a user reaches it: its own member or one inherited (an attribute moved
    up to a base class, `APIConnectionError.request` now defined on `APIError`, is still there)."""
    if name in cls.members:
        return cls.members[name]
    try:
        return cls.all_members.get(name)
    except (ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None


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
    (`@_deprecated(...) class Old(New): ...` in `models`, as the template writes them; an
    enum, which cannot be subclassed, as `Old = New`)."""
    models = new.members.get("models")
    if not isinstance(models, griffe.Module):
        return {}
    out: dict[str, str] = {}
    for name, member in models.members.items():
        if isinstance(member, griffe.Class) and not member.is_alias and len(member.bases) == 1:
            if any("deprecated" in str(d.value) for d in member.decorators):
                out[name] = str(member.bases[0])
        elif (target := _class_alias(member)) is not None:
            out[name] = target
    return out


def _class_alias(member: griffe.Object | griffe.Alias) -> str | None:
    """`New` for `Old = New` (a module attribute naming a class): the same class by another name."""
    if member.is_alias or not isinstance(member, griffe.Attribute):
        return None
    value = member.value
    if isinstance(value, griffe.ExprName):
        try:
            target = value.resolved
        except (AttributeError, KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
            return None  # a builtin (`Old = str`) or a name griffe cannot follow
        if isinstance(target, (griffe.Class, griffe.Alias)) and getattr(target, "is_class", False):
            return str(value)
    return None


def _renamed(annotation: str, aliases: Mapping[str, str]) -> str:
    if not aliases:
        return annotation
    return re.sub(r"\b\w+\b", lambda m: aliases.get(m.group(0), m.group(0)), annotation)


class _OldUses:
    """What the old package's modules name, worked out only when an annotation differs
    (about half a second for OpenRouter's package; most releases change no annotation)."""

    def __init__(self, root: Path, tree: griffe.Module) -> None:
        self.root, self.tree = root, tree

    @cached_property
    def referenced(self) -> dict[str, set[str]]:
        return _referenced(self.root)

    @cached_property
    def written(self) -> frozenset[str]:
        return readers.written_only(self.tree)


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
    uses: _OldUses,
) -> list[SdkBreak]:
    """Members of a class both packages define: one removed (an enum member, a model field:
    griffe does not look inside classes of private modules) or whose annotation changed (a
    type checker, and for a response model the code reading it, sees another type). Widening
    an annotation (every old member of the union still in) is no break for a TypedDict of
    keyword arguments, which callers only write; a model may be a response, which callers
    read: there a narrowed or retyped annotation is a break, and so is one that now allows
    None, unless no call hands the model back (`uses.written`, generator.diff.readers)."""
    new_classes = {c.path: c for c in _classes(new)}
    out: list[SdkBreak] = []
    for cls in _classes(old):
        other = new_classes.get(cls.path)
        if other is None or cls.name.startswith("_"):
            continue
        where = _public(cls, package)
        in_models = cls.module.path.startswith(f"{package}.models.")
        for name, attr in cls.members.items():
            if name.startswith("_") or attr.is_alias:
                continue
            twin = _member(other, name)
            if twin is None:
                out.append(SdkBreak(f"{where}.{name}", "member-removed", f"{where}.{name} removed"))
                continue
            if not (isinstance(attr, griffe.Attribute) and isinstance(twin, griffe.Attribute)):
                continue
            if attr.annotation is None or twin.annotation is None:
                continue
            before, after = _type(attr.annotation), _type(twin.annotation)
            if _renamed(before, aliases) == after:  # the same, or a class renamed, its old name kept
                continue
            written = cls.name in uses.written or _written_only(other)
            unused = in_models and not (uses.referenced.get(cls.name, set()) - {cls.module.name})
            found = _judged(f"{where}.{name}", f"{cls.name}.{name}", before, after, written, unused, aliases)
            out += [found] if found else []
        out += _required_added(cls, other, where, uses)
    return out + _type_aliases(old, new, aliases, uses)


def _required_added(cls: griffe.Class, other: griffe.Class, where: str, uses: _OldUses) -> list[SdkBreak]:
    """Members `other` adds that a caller must now give: a required keyword argument (a
    `Required[...]` key of a `*Params` TypedDict, or a key of a total one), or a field
    without default of a model callers build (a request body). A call written for the old
    package then fails to type-check, and the API refuses it."""
    params = _written_only(other)
    if not params and cls.name not in uses.written:
        return []
    try:  # a key of a base TypedDict is a keyword argument too (`_CreateLinkArgs`)
        members = dict(other.all_members)
    except (ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        members = dict(other.members)
    out: list[SdkBreak] = []
    for name, member in members.items():
        if name.startswith("_") or _member(cls, name) is not None:
            continue
        if member.is_alias:  # inherited: griffe shows a base's member as an alias of it
            try:
                member = member.final_target
            except (griffe.AliasResolutionError, griffe.CyclicAliasError):
                continue
        if not isinstance(member, griffe.Attribute) or member.annotation is None:
            continue
        head = str(member.annotation).split("[", 1)[0]
        if params:
            owner = member.parent if isinstance(member.parent, griffe.Class) else other
            total = str(owner.keywords.get("total", "True")) != "False"
            required = head == "Required" or (total and head != "NotRequired")
            what = "a new required keyword argument"
        else:
            required = member.value is None and head != "ClassVar"
            what = "a new required field"
        if required:
            out.append(SdkBreak(f"{where}.{name}", "required-member-added", f"{where}.{name}: {what}"))
    return out


def _judged(
    name: str, label: str, before: str, after: str, written: bool, unused: bool, aliases: Mapping[str, str]
) -> SdkBreak | None:
    """One annotation (or type alias) `before` -> `after`: None when the same."""
    if _renamed(before, aliases) == after:  # a class renamed, its old name kept: no break
        return None
    # Widened: harmless to a caller who writes it (keyword arguments, request models), and
    # to a reader too unless None is new (`usage.cost + 1` no longer type-checks); a
    # response union gaining a member is an addition, as on the wire.
    widened = widens(before, after) and (written or none_allowed(before) or not none_allowed(after))
    kind = "annotation-widened" if widened else "annotation-changed"
    kind = "annotation-changed-unused" if unused and not widened else kind
    detail = annotation_detail(label, before, after)
    return SdkBreak(name, kind, detail, breaking=not (widened or unused))


def _alias_value(member: griffe.Object | griffe.Alias) -> str | None:
    """The type a model type alias stands for (`X = TypeAliasType("X", A | B)`)."""
    value = getattr(member, "value", None) if not member.is_alias else None
    if isinstance(value, griffe.ExprCall) and str(value.function) == "TypeAliasType":
        if len(value.arguments) >= 2:
            return _type(value.arguments[1])
    return None


def _type_aliases(
    old: griffe.Module, new: griffe.Module, aliases: Mapping[str, str], uses: _OldUses
) -> list[SdkBreak]:
    """The models' type aliases (a union named by the document: `OutputItems`), judged as
    annotations: griffe only says their value changed."""
    old_models, new_models = old.members.get("models"), new.members.get("models")
    if not isinstance(old_models, griffe.Module) or not isinstance(new_models, griffe.Module):
        return []
    out: list[SdkBreak] = []
    for module_name, module in old_models.members.items():
        other = new_models.members.get(module_name)
        if not isinstance(module, griffe.Module) or not isinstance(other, griffe.Module):
            continue
        for name, member in module.members.items():
            twin = other.members.get(name)
            before, after = _alias_value(member), _alias_value(twin) if twin is not None else None
            if name.startswith("_") or before is None or after is None or _renamed(before, aliases) == after:
                continue
            unused = not (uses.referenced.get(name, set()) - {module.name})
            found = _judged(f"models.{name}", name, before, after, name in uses.written, unused, aliases)
            out += [found] if found else []
    return out
    return out


def _written_only(cls: griffe.Class) -> bool:
    """A TypedDict of keyword arguments (the API functions' `*Params`): callers only write it."""
    try:
        ancestors = [cls, *cls.mro()]
    except (ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        ancestors = [cls]
    return any(str(base).endswith("TypedDict") for c in ancestors for base in c.bases)


def _type(annotation: Any) -> str:
    """The annotation without `Annotated[...]` metadata (a field's description, examples)."""
    if isinstance(annotation, griffe.ExprSubscript) and str(annotation.left) == "Annotated":
        inner = annotation.slice
        annotation = inner.elements[0] if isinstance(inner, griffe.ExprTuple) else inner
    return str(annotation).replace("_m.", "")
