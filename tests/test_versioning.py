"""The version bump where no spec diff can be had: read off the SDK surfaces the two
generations record (the previous one in its `_manifest.json`)."""

from __future__ import annotations

import pytest

from generator.release.versioning import from_surface
from generator.surface import Function, Surface

pytestmark = pytest.mark.unit


def surface(functions: dict[str, dict[str, bool]], models: tuple[str, ...] = ("Chat",)) -> Surface:
    return Surface(
        {name: Function(name, "GET /x", dict(params)) for name, params in functions.items()},
        {m: m for m in models},
        ("chat",),
    )


BASE = surface({"chat.send": {"model": True, "stream": False}, "chat.list": {}})


def test_the_same_surface_is_a_patch() -> None:
    assert (
        from_surface(BASE, surface({"chat.send": {"model": True, "stream": False}, "chat.list": {}})).bump
        == "patch"
    )


def test_removals_and_new_requirements_are_major() -> None:
    removed = from_surface(BASE, surface({"chat.send": {"model": True, "stream": False}}))
    assert removed.bump == "major" and "Removed chat.list." in removed.notes
    required = from_surface(BASE, surface({"chat.send": {"model": True, "stream": True}, "chat.list": {}}))
    assert required.bump == "major" and "Parameter stream of chat.send is now required." in required.notes
    new_required = from_surface(
        BASE, surface({"chat.send": {"model": True, "stream": False}, "chat.list": {"q": True}})
    )
    assert new_required.bump == "major"
    no_model = from_surface(
        BASE, surface({"chat.send": {"model": True, "stream": False}, "chat.list": {}}, ())
    )
    assert no_model.bump == "major" and "Removed model Chat." in no_model.notes


def test_additions_are_minor() -> None:
    added = from_surface(
        BASE, surface({"chat.send": {"model": True, "stream": False, "n": False}, "chat.list": {}})
    )
    assert added.bump == "minor" and "Added parameter n of chat.send." in added.notes


def test_an_unknown_previous_surface_is_a_patch_that_says_so() -> None:
    release = from_surface(None, BASE)
    assert release.bump == "patch" and any("recorded no surface" in n for n in release.notes)


def test_the_surface_round_trips_through_json() -> None:
    assert Surface.from_json(BASE.as_json()) == BASE
