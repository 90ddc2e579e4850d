"""What of a normalized document the SDK can generate, and every problem at once.

The checks' problems (spec.checks), "nothing left" when no operation can be authenticated
(spec.security) and the warnings (operations left out for their security, patterns left
out of the models, operations whose path key's query string cannot be read, spec.querykeys)
come from one pass each over the same document, so that a refused
document reports all of them in one run, not one kind per run.
"""

from __future__ import annotations

from typing import Any

from generator.errors import Problem, SpecError
from generator.spec.checks import document_problems
from generator.spec.patterns import without_unsafe_patterns
from generator.spec.querykeys import without_unreadable_keys
from generator.spec.security import drop_unauthenticatable


def usable_document(doc: dict[str, Any], source: str) -> tuple[dict[str, Any], list[Problem], list[Problem]]:
    """(the document without what the SDK leaves out, warnings, problems): any problem
    refuses the document; the warnings hold either way."""
    problems = document_problems(doc, source)
    try:
        doc, left_out = drop_unauthenticatable(doc, source)
    except SpecError as exc:  # every operation left out: nothing to generate
        problems.extend(exc.problems)
        left_out = []
    try:
        doc, keys = without_unreadable_keys(doc, source)
    except SpecError as exc:  # every operation left for its path key's query string
        problems.extend(exc.problems)
        keys = []
    doc, patterns = without_unsafe_patterns(doc, source)
    return doc, left_out + keys + patterns, problems
