"""templates/CONTEXT.md names exactly what a template receives: the variables of
`context()`, the per-tag additions and the generator's filters (so that it cannot drift)."""

from __future__ import annotations

import re

import jinja2.defaults
import pytest

from generator.emit.templates import Naming, context, environment, tag_context
from generator.ir.api import Api, Tag
from generator.models.index import ModelIndex
from tests.conftest import ROOT

pytestmark = pytest.mark.unit

CONTEXT_MD = ROOT / "templates" / "CONTEXT.md"


def documented(section: str) -> set[str]:
    """The names in the first column of the table under `## <section>`."""
    text = CONTEXT_MD.read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(section)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert match, f"CONTEXT.md has no section {section!r}"
    names = set(re.findall(r"^\| `([A-Za-z_][A-Za-z0-9_]*)` \|", match.group(1), re.M))
    assert names, f"CONTEXT.md: no table rows under {section!r}"
    return names


def tiny_context() -> dict[str, object]:
    tag = Tag(name="Things", module="things", class_name="ThingsAPI", description="", operations=())
    api = Api(
        title="Tiny", version="1", description="", base_url="https://x.test", tags=(tag,), security=None
    )
    naming = Naming(
        package_name="tiny",
        distribution_name="tiny",
        client_name="Tiny",
        env_api_key="TINY_API_KEY",
        package_version="0.1.0",
        app_attribution=False,
    )
    return context(api, ModelIndex({}, {}, {}, {}), naming, {})


def test_documented_variables_are_the_context() -> None:
    assert documented("The context") == set(tiny_context())


def test_documented_per_tag_additions() -> None:
    ctx = tiny_context()
    assert documented("Per-tag additions") == set(tag_context(ctx, ctx["tags"][0]))  # type: ignore[index]


def test_documented_filters_are_the_environment_s() -> None:
    own = set(environment(ROOT / "templates").filters) - set(jinja2.defaults.DEFAULT_FILTERS)
    assert documented("Filters") == own


def test_the_readme_links_the_contract() -> None:
    assert "templates/CONTEXT.md" in (ROOT / "README.md").read_text(encoding="utf-8")
