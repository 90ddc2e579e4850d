"""One entry per break a user meets, however many mirror classes carry it.

The generated client gives each group six faces: `BetaGroup`, `AsyncBetaGroup`, `RawBetaGroup`,
`AsyncRawBetaGroup`, `StreamingBetaGroup`, `AsyncStreamingBetaGroup` (and each function an
`_async` twin). One change of the group (an operation moved out of it) removes a member from
all six; a user reads it once: `OpenRouter.beta.responses removed`, the twins listed with it.
A class of the private `_client` module is named by how a user reaches it from the exported
client (`OpenRouter.beta`), not by a module path nobody imports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

import griffe

from generator.diff.sdkbreak import SdkBreak

_PREFIXES = ("AsyncRaw", "AsyncStreaming", "Async", "Raw", "Streaming")
_SUFFIXES = ("WithRawResponse", "WithStreamingResponse")
_WORD = re.compile(r"\b[A-Za-z_]\w*\b")


def _api_classes(module: griffe.Module) -> Iterator[griffe.Class]:
    """Classes of the package's modules other than `models` (clients, groups, API classes)."""
    for member in module.members.values():
        if member.is_alias or member.name == "models":
            continue
        if isinstance(member, griffe.Module):
            yield from _api_classes(member)
        elif isinstance(member, griffe.Class):
            yield member


def _functions(module: griffe.Module) -> Iterator[str]:
    for member in module.members.values():
        if member.is_alias or member.name == "models":
            continue
        if isinstance(member, griffe.Module):
            yield from _functions(member)
        elif isinstance(member, griffe.Function):
            yield member.name


class Twins:
    """What the old package's mirror classes and functions stand for."""

    def __init__(self, old: griffe.Module) -> None:
        classes = list(_api_classes(old))
        self.classes = {c.name for c in classes}
        self.functions = set(_functions(old))
        self.reached = _access_paths(old, classes)

    def canonical(self, word: str) -> str:
        """`AsyncRawBetaGroup` -> `BetaGroup`, `send_chat_async` -> `send_chat`, when the
        plain one exists; any other word unchanged."""
        if word in self.classes:
            for suffix in _SUFFIXES:
                if word.endswith(suffix) and word.removesuffix(suffix) in self.classes:
                    word = word.removesuffix(suffix)
            for prefix in _PREFIXES:
                rest = word.removeprefix(prefix)
                if rest != word and rest[:1].isupper() and rest in self.classes:
                    return rest
            return word
        if word.endswith("_async") and word.removesuffix("_async") in self.functions:
            return word.removesuffix("_async")
        return word

    def text(self, text: str) -> str:
        return _WORD.sub(lambda m: self.canonical(m.group(0)), text)

    def user_name(self, name: str) -> str:
        """`_client.BetaGroup.responses` -> `OpenRouter.beta.responses`."""
        parts = name.split(".")
        if len(parts) >= 2 and parts[0].startswith("_") and parts[1] in self.reached:
            return ".".join([self.reached[parts[1]], *parts[2:]])
        return name


def _access_paths(old: griffe.Module, classes: Sequence[griffe.Class]) -> dict[str, str]:
    """Class name -> how a user reaches an instance (`BetaGroup` -> `OpenRouter.beta`): from
    the classes the package exports, through properties annotated with a class."""
    by_name = {c.name: c for c in classes}
    paths: dict[str, str] = {}
    queue = [n for n, m in old.members.items() if m.is_alias and n in by_name and not n.startswith("_")]
    for name in queue:
        paths.setdefault(name, name)
    while queue:
        owner = queue.pop(0)
        for attr, member in by_name[owner].members.items():
            if member.is_alias or attr.startswith("_") or "property" not in member.labels:
                continue
            target = str(getattr(member, "annotation", "") or "")
            if target in by_name and target not in paths:
                paths[target] = f"{paths[owner]}.{attr}"
                queue.append(target)
    return paths


def collapse(breaks: Sequence[SdkBreak], old: griffe.Module) -> list[SdkBreak]:
    """Breaks of mirror classes folded into the plain one's entry (`twins` names them) when
    the plain one breaks the same way; a break only a twin has stays as it is."""
    twins = Twins(old)
    groups: dict[tuple[str, str, str], list[SdkBreak]] = {}
    for b in breaks:
        groups.setdefault((twins.text(b.name), b.kind, twins.text(b.detail)), []).append(b)
    out: list[SdkBreak] = []
    for (name, _, detail), members in groups.items():
        plain = next((b for b in members if b.name == name and b.detail == detail), None)
        if plain is None:
            out.extend(_renamed(b, twins.user_name(b.name)) for b in members)
            continue
        others = tuple(sorted(twins.user_name(b.name) for b in members if b is not plain))
        out.append(replace(_renamed(plain, twins.user_name(name)), twins=others))
    return out


def _renamed(b: SdkBreak, user: str) -> SdkBreak:
    return replace(b, name=user, detail=b.detail.replace(b.name, user)) if user != b.name else b
