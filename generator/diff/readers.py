"""Which model classes a caller only writes: request bodies and what they contain.

A model reached only through an API function's parameters (`body: SpeechRequest`) or a
keyword-argument TypedDict is built by the caller and sent; nothing of the SDK hands one back.
A field of it that now also accepts None (`SpeechRequest.voice: str -> str | None`) breaks
no caller's code, as for the keyword arguments. Every other use (a return annotation, an
error class named in an endpoint, any mention outside parameters, a field of a model that is
read) makes a model read, and its closure through field annotations read too. Judged from the
old package (what its users' code does), so the verdict needs no view of the spec.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import griffe

_WORD = re.compile(r"\b[A-Za-z_]\w*\b")


def _modules(module: griffe.Module, skip: str) -> Iterator[griffe.Module]:
    yield module
    for member in module.members.values():
        if isinstance(member, griffe.Module) and not member.is_alias and member.path != skip:
            yield from _modules(member, skip)


def _written_words(module: griffe.Module) -> Counter[str]:
    """Identifier occurrences in parameter annotations (overloads included) and in the
    annotations of keyword-argument TypedDicts of one module."""
    out: Counter[str] = Counter()

    def function(f: griffe.Function) -> None:
        for variant in [f, *(f.overloads or [])]:
            for p in variant.parameters:
                if p.annotation is not None:
                    out.update(_WORD.findall(str(p.annotation)))

    for member in module.members.values():
        if member.is_alias:
            continue
        if isinstance(member, griffe.Function):
            function(member)
        elif isinstance(member, griffe.Class):
            typed_dict = any(str(b).endswith(("TypedDict", "CallOptions")) for b in member.bases)
            for inner in member.members.values():
                if inner.is_alias:
                    continue
                if isinstance(inner, griffe.Function):
                    function(inner)
                elif typed_dict and isinstance(inner, griffe.Attribute) and inner.annotation is not None:
                    out.update(_WORD.findall(str(inner.annotation)))
    return out


def _model_uses(models: griffe.Module) -> dict[str, set[str]]:
    """Model (class or type alias) -> the identifiers its definition names."""
    uses: dict[str, set[str]] = {}
    for module in _modules(models, ""):
        for name, member in module.members.items():
            if member.is_alias or name.startswith("_"):  # `__all__` names every model
                continue
            if isinstance(member, griffe.Class):
                words = {w for b in member.bases for w in _WORD.findall(str(b))}
                for inner in member.members.values():
                    if not inner.is_alias and isinstance(inner, griffe.Attribute):
                        words.update(_WORD.findall(f"{inner.annotation} {inner.value}"))
                uses[name] = words
            elif isinstance(member, griffe.Attribute):
                uses[name] = set(_WORD.findall(f"{member.annotation} {member.value}"))
    return uses


def written_only(package: griffe.Module) -> frozenset[str]:
    """Names of the model classes of `package` that callers only write."""
    models = package.members.get("models")
    if not isinstance(models, griffe.Module) or models.is_alias:
        return frozenset()
    uses = _model_uses(models)
    named: Counter[str] = Counter()
    written: Counter[str] = Counter()
    for module in _modules(package, models.path):
        path = module.filepath
        if isinstance(path, Path) and path.suffix == ".py":
            named.update(w for w in _WORD.findall(path.read_text(encoding="utf-8")) if w in uses)
            written.update(_written_words(module))
    read = [w for w, n in named.items() if n > written.get(w, 0)]
    seen = set(read)
    while read:
        for word in uses.get(read.pop(), ()):
            if word in uses and word not in seen:
                seen.add(word)
                read.append(word)
    return frozenset(n for n in uses if n not in seen and named.get(n, 0) + _inside(n, uses) > 0)


def _inside(name: str, uses: dict[str, set[str]]) -> int:
    """How many models name `name` (a model no call reaches at all is not `written only`:
    the unused-model rule judges it)."""
    return sum(1 for other, words in uses.items() if other != name and name in words)
