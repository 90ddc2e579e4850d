"""Compiled templates are kept in Jinja's per-user bytecode cache (generator/emit/templates.py):
a first generation does not compile them again, and an edited template is compiled anew."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.emit.templates import environment

pytestmark = pytest.mark.unit


def test_a_template_is_compiled_once_and_again_when_edited(tmp_path: Path) -> None:
    (tmp_path / "t.jinja").write_text("{{ name }}-one\n", encoding="utf-8")
    first = environment(tmp_path)
    cache = first.bytecode_cache
    assert cache is not None
    assert first.get_template("t.jinja").render(name="a") == "a-one\n"

    compiled: list[str] = []
    second = environment(tmp_path)
    second.compile = lambda *a, **k: compiled.append("x") or jinja_compile(second, *a, **k)  # type: ignore[method-assign]
    assert second.get_template("t.jinja").render(name="b") == "b-one\n"
    assert compiled == []  # from the cache

    (tmp_path / "t.jinja").write_text("{{ name }}-two\n", encoding="utf-8")
    third = environment(tmp_path)
    third.compile = lambda *a, **k: compiled.append("x") or jinja_compile(third, *a, **k)  # type: ignore[method-assign]
    assert third.get_template("t.jinja").render(name="c") == "c-two\n"
    assert compiled == ["x"]  # the source changed: compiled again


def jinja_compile(env: object, *args: object, **kwargs: object) -> object:
    import jinja2

    return jinja2.Environment.compile(env, *args, **kwargs)  # type: ignore[arg-type]
