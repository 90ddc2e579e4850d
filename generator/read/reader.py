"""Reads a normalized OpenAPI document into the IR.

Every problem is collected with its JSON pointer and raised together at the end
(SpecError), so one run shows everything that is wrong with a document.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from generator.errors import Problem, SpecError, pointer
from generator.graph import strongly_connected
from generator.ir.api import (
    Api,
    Body,
    BodyField,
    Operation,
    Pages,
    Parameter,
    Response,
    SecurityScheme,
    Stream,
    Tag,
)
from generator.ir.types import ANY, DictOf, ListOf, LiteralOf, Named, Prim, Raw, TypeExpr, UnionOf
from generator.models.codegen import ModelIndex
from generator.models.split import short
from generator.naming.words import BUILTINS, RESERVED, NameScope, class_name, identifier
from generator.spec.document import METHODS

# Keyword arguments every generated function takes besides the spec's parameters.
CALL_OPTIONS = frozenset(
    {"self", "client", "body", "extra_headers", "extra_query", "extra_body", "timeout", "max_retries"}
)
# Real documents nest about 20 levels deep (OpenRouter's: 22); far deeper ones are
# refused before model generation, whose recursion they would exhaust.
MAX_DEPTH = 150

# The SDK builds a model's validator after the models it refers to, but the models of one
# reference cycle only all at once, nesting about 11 frames per model: a cycle of more
# models than this would pass Python's recursion limit (1,000) when first used.
MAX_CYCLE = 40

# Module names double as client attributes: keep clear of the client's own; and of the
# names Windows reserves for devices, which no file may have there.
CLIENT_ATTRIBUTES = frozenset({"close", "api_key", "base_url", "timeout", "max_retries", "with_raw_response"})
WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)
_VALUES = frozenset({"example", "examples", "default", "enum", "const"})  # data, not schemas
_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PRIMS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


def is_json(media: str) -> bool:
    base = media.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def is_text(media: str) -> bool:
    base = media.split(";")[0].strip().lower()
    return (
        base.startswith("text/") or base.endswith("xml") or base in ("application/yaml", "application/x-yaml")
    )


class SpecReader:
    def __init__(self, doc: dict[str, Any], index: ModelIndex, source: str) -> None:
        self.doc = doc
        self.index = index
        self.source = source
        self.problems: list[Problem] = []

    # ------------------------------------------------------------ helpers
    def problem(self, ptr: str, message: str) -> None:
        self.problems.append(Problem(self.source, ptr, message))

    def resolve(self, node: Any, ptr: str) -> tuple[Any, str]:
        """Follow local `$ref`s; returns the target and its pointer."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/"):
                return {}, ptr  # reported once, where it stands, by check_refs()
            if ref in seen:
                self.problem(ptr, f"reference cycle through {ref!r}")
                return {}, ptr
            seen.add(ref)
            target = self.lookup(ref)
            if target is None:
                self.problem(ptr, f"dangling reference {ref!r}")
                return {}, ptr
            node, ptr = target, ref
        return node, ptr

    def lookup(self, ref: str) -> Any:
        node: Any = self.doc
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return None
        return node

    def check_refs(self) -> None:
        """Every `$ref` in the document must be local and resolve."""
        stack: list[tuple[Any, tuple[str, ...]]] = [(self.doc, ())]
        too_deep = False
        while stack:
            node, path = stack.pop()
            if len(path) > MAX_DEPTH and isinstance(node, (dict, list)):
                if not too_deep:  # once: the rest of such a document says nothing new
                    self.problem(pointer(*path), f"nested too deeply (more than {MAX_DEPTH} levels)")
                too_deep = True
                continue
            if isinstance(node, dict):
                if isinstance(node.get("allOf"), list):
                    self._check_all_of(node["allOf"], path)
                for keyword in ("$dynamicRef", "$recursiveRef"):
                    other = node.get(keyword)
                    if isinstance(other, str) and not other.startswith("#"):
                        self.problem(
                            pointer(*path),
                            f"external reference {other!r} is refused (only '#/...' is followed)",
                        )
                ref = node.get("$ref")
                if isinstance(ref, str):
                    if not ref.startswith("#"):
                        self.problem(
                            pointer(*path),
                            f"external reference {ref!r} is refused (only '#/...' is followed)",
                        )
                    elif ref != "#" and self.lookup(ref) is None:
                        self.problem(pointer(*path), f"dangling reference {ref!r}")
                for k, v in node.items():
                    if isinstance(v, (dict, list)):
                        stack.append((v, (*path, k)))
                    elif isinstance(v, str) or isinstance(k, str):
                        self._check_text(k, v, path)
            elif isinstance(node, list):
                for i, v in enumerate(node):
                    if isinstance(v, (dict, list)):
                        stack.append((v, (*path, str(i))))
                    elif isinstance(v, str):
                        self._check_text(str(i), v, path)
        self._check_ref_cycles()
        self._check_cycle_lengths()

    def _check_all_of(self, members: list[Any], path: tuple[str, ...]) -> None:
        """An allOf of an enum and an object describes no value at all (and gives a class
        deriving from an enum, which Python refuses)."""
        resolved = [self.lookup(m["$ref"]) if _local_ref(m) else m for m in members]
        enum = any(isinstance(m, dict) and "enum" in m and m.get("type") != "object" for m in resolved)
        obj = any(isinstance(m, dict) and (m.get("type") == "object" or "properties" in m) for m in resolved)
        if enum and obj:
            self.problem(
                pointer(*path, "allOf"), "allOf combines an enum with an object: no value can be both"
            )

    def _check_text(self, key: Any, value: Any, path: tuple[str, ...]) -> None:
        """Text that is not valid Unicode (a lone surrogate from a JSON escape) cannot be
        written to a file."""
        for text in (key, value):
            if isinstance(text, str):
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError:
                    self.problem(pointer(*path, str(key)), "text with a lone surrogate (not valid Unicode)")
                    return

    def _check_ref_cycles(self) -> None:
        """Schemas that are nothing but references to each other name no type at all."""
        schemas = (self.doc.get("components") or {}).get("schemas") or {}
        if not isinstance(schemas, dict):
            return
        for start in schemas:
            seen, name = [start], start
            while True:
                schema = schemas.get(name)
                ref = schema.get("$ref") if isinstance(schema, dict) else None
                if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
                    break
                name = ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
                if name == start:
                    chain = " -> ".join([*seen, name])
                    self.problem(
                        pointer("components", "schemas", start),
                        f"reference cycle with no schema in it: {chain}",
                    )
                    break
                if name in seen:
                    break
                seen.append(name)

    def _check_cycle_lengths(self) -> None:
        """Schemas that refer to each other in a cycle become models that pydantic can only
        build together, nesting about 11 frames per model: refuse cycles of more models
        (each object schema, inline ones too, is one) than fit in the recursion limit."""
        schemas = (self.doc.get("components") or {}).get("schemas") or {}
        if not isinstance(schemas, dict):
            return
        names = list(schemas)
        number = {name: i for i, name in enumerate(names)}
        prefix = "#/components/schemas/"
        refers: dict[int, set[int]] = {i: set() for i in range(len(names))}
        models = [0] * len(names)
        for i, name in enumerate(names):
            stack: list[Any] = [schemas[name]]
            while stack:
                node = stack.pop()
                if isinstance(node, dict):
                    ref = node.get("$ref")
                    if isinstance(ref, str) and ref.startswith(prefix):
                        target = ref[len(prefix) :].split("/")[0].replace("~1", "/").replace("~0", "~")
                        if target in number:
                            refers[i].add(number[target])
                    if isinstance(node.get("properties"), dict):
                        models[i] += 1
                    for key, value in node.items():
                        if key in _MAPS and isinstance(value, dict):
                            stack.extend(value.values())  # keyed by names, which may be anything
                        elif key not in _VALUES:
                            stack.append(value)
                elif isinstance(node, list):
                    stack.extend(node)
        for cycle in strongly_connected(refers):
            count = sum(max(models[i], 1) for i in cycle)
            if (len(cycle) > 1 or cycle[0] in refers[cycle[0]]) and count > MAX_CYCLE:
                shown = ", ".join(names[i] for i in cycle[:4]) + (", ..." if len(cycle) > 4 else "")
                self.problem(
                    pointer("components", "schemas", names[cycle[0]]),
                    f"a reference cycle through {len(cycle)} schemas ({shown}) "
                    f"makes {count} models that can only be built together: more than the "
                    f"{MAX_CYCLE} that fit in Python's recursion limit",
                )

    # ------------------------------------------------------------ types
    def schema_type(self, schema: Any, path: tuple[str, ...], depth: int = 0) -> TypeExpr:
        """The Python type of a schema at `path` (a location datamodel-code-generator saw)."""
        if not isinstance(schema, dict) or depth > 20:
            return ANY
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            tokens = tuple(t.replace("~1", "/").replace("~0", "~") for t in ref[2:].split("/"))
            named = self.index.at(*tokens)
            if named:
                return named
            target = self.lookup(ref)
            return self.schema_type(target, tokens, depth + 1) if isinstance(target, dict) else ANY
        named = self.index.at(*path)
        if named:
            return named
        if "enum" in schema and isinstance(schema["enum"], list):
            values = tuple(v for v in schema["enum"] if isinstance(v, (str, int, float, bool)) or v is None)
            return LiteralOf(values) if values else ANY
        if "const" in schema and isinstance(schema["const"], (str, int, float, bool)):
            return LiteralOf((schema["const"],))
        for key in ("anyOf", "oneOf"):
            if isinstance(schema.get(key), list):
                items = tuple(
                    self.schema_type(s, (*path, key, str(i)), depth + 1) for i, s in enumerate(schema[key])
                )
                return _union(items)
        types = schema.get("type")
        if isinstance(types, list):
            return _union(tuple(self._typed(schema, t, path, depth) for t in types))
        if isinstance(types, str):
            return self._typed(schema, types, path, depth)
        return ANY

    def _typed(self, schema: dict[str, Any], type_: str, path: tuple[str, ...], depth: int) -> TypeExpr:
        if type_ in _PRIMS:
            return Prim(_PRIMS[type_])  # type: ignore[arg-type]
        if type_ == "array":
            return ListOf(self.schema_type(schema.get("items"), (*path, "items"), depth + 1))
        if type_ == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return DictOf(self.schema_type(extra, (*path, "additionalProperties"), depth + 1))
            return DictOf(ANY)
        return ANY

    def raw_type(self, text: str) -> Raw:
        names = tuple(
            self.index.named(n) for n in dict.fromkeys(_IDENT.findall(text)) if n in self.index.kinds
        )
        return Raw(text, names)

    # ------------------------------------------------------------ the document
    def read(self, *, checked: bool = False) -> Api:
        """The IR. `checked`: check_document passed on this document already, so its
        whole-document checks (references, nesting, cycles, text) are not run again."""
        if not checked:
            self.check_refs()
        operations = self.read_operations()
        tags = self.group(operations)
        api = Api(
            title=str(self.doc.get("info", {}).get("title", "")),
            version=str(self.doc.get("info", {}).get("version", "")),
            description=str(self.doc.get("info", {}).get("description", "") or ""),
            base_url=self.base_url(),
            tags=tags,
            security=self.requirement_scheme(self.doc.get("security"), pointer("security")),
            operations=tuple(op for tag in tags for op in tag.operations),
        )
        if self.problems:
            raise SpecError(self.problems)
        return api

    def base_url(self) -> str:
        servers = self.doc.get("servers") or []
        if not servers or not isinstance(servers[0], dict):
            return ""
        url = str(servers[0].get("url", ""))
        for name, var in (servers[0].get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(var.get("default", "")))
        scheme = urlsplit(url).scheme.lower()
        if scheme and scheme not in ("http", "https"):
            self.problem(pointer("servers", 0, "url"), f"server URL scheme {scheme!r} is not http(s)")
            return ""
        return url.rstrip("/")

    def scheme(self, name: str) -> SecurityScheme | None:
        """The named security scheme, if it is one the SDK can apply with an API key."""
        ptr = pointer("components", "securitySchemes", name)
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        if name not in schemes:
            self.problem(ptr, f"security scheme {name!r} is not defined")
            return None
        scheme, ptr = self.resolve(schemes[name], ptr)
        kind = scheme.get("type") if isinstance(scheme, dict) else None
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            return SecurityScheme(name, "bearer")
        if kind in ("oauth2", "openIdConnect"):
            return SecurityScheme(name, "bearer")
        if kind == "apiKey" and scheme.get("in") in ("header", "query") and scheme.get("name"):
            return SecurityScheme(name, scheme["in"], str(scheme["name"]))
        self.problem(ptr, f"security scheme type {kind!r} is not supported (http bearer, oauth2 or apiKey)")
        return None

    def requirement_scheme(self, security: Any, ptr: str) -> SecurityScheme | None:
        """The scheme the SDK applies for a security requirement list: the first
        alternative's first scheme; None for no security (absent or `[]`)."""
        if not isinstance(security, list) or not security:
            return None
        for alternative in security:
            if isinstance(alternative, dict) and alternative:
                return self.scheme(next(iter(alternative)))
        return None  # only `{}` alternatives: auth is optional

    def read_operations(self) -> list[Operation]:
        paths = self.doc.get("paths")
        operations: list[Operation] = []
        seen_ids: dict[str, str] = {}
        for path, item in (paths or {}).items():
            item_ptr = pointer("paths", path)
            if not isinstance(item, dict):
                self.problem(item_ptr, "path item is not an object")
                continue
            item, _ = self.resolve(item, item_ptr)
            for method in METHODS:
                op = item.get(method)
                if op is None:
                    continue
                ptr = pointer("paths", path, method)
                if not isinstance(op, dict):
                    self.problem(ptr, "operation is not an object")
                    continue
                op_id = op.get("operationId")
                if not isinstance(op_id, str) or not op_id.strip():
                    self.problem(ptr, "operation has no operationId")
                    continue
                if op_id in seen_ids:
                    self.problem(
                        ptr + "/operationId", f"duplicate operationId {op_id!r} (also at {seen_ids[op_id]})"
                    )
                    continue
                seen_ids[op_id] = ptr
                operations.append(self.read_operation(path, method, op, item, ptr))
        return operations

    def read_operation(
        self, path: str, method: str, op: dict[str, Any], item: dict[str, Any], ptr: str
    ) -> Operation:
        tags = op.get("tags") or ["default"]
        parameters = self.read_parameters(path, method, op, item, ptr)
        body = self.read_body(path, method, op, ptr, {p.py_name for p in parameters})
        success, errors, stream = self.read_responses(path, method, op, ptr)
        if stream is not None and body is not None:
            switch = next((f.py_name for f in body.fields if f.name == "stream"), None)
            stream = replace(stream, switch=switch)
        security = op.get("security", self.doc.get("security"))
        return Operation(
            operation_id=op["operationId"],
            py_name="",  # assigned per module in group()
            method=method.upper(),
            path=path,
            tag=str(tags[0]),
            module="",
            summary=str(op.get("summary") or "").strip(),
            description=str(op.get("description") or "").strip(),
            deprecated=bool(op.get("deprecated", False)),
            parameters=parameters,
            body=body,
            success=success,
            errors=errors,
            stream=stream,
            pages=self.pages(parameters, success) if method == "get" else None,
            auth=self.requirement_scheme(security, ptr + "/security"),
            pointer=ptr,
        )

    def read_parameters(
        self, path: str, method: str, op: dict[str, Any], item: dict[str, Any], ptr: str
    ) -> tuple[Parameter, ...]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str, tuple[str, ...]]] = {}
        for owner, owner_ptr, owner_path in (
            (item, pointer("paths", path), ("paths", path)),
            (op, ptr, ("paths", path, method)),
        ):
            for i, raw in enumerate(owner.get("parameters") or []):
                p_ptr = f"{owner_ptr}/parameters/{i}"
                if _external(raw):
                    continue  # reported where it stands
                param, target_ptr = self.resolve(raw, p_ptr)
                if not isinstance(param, dict) or "name" not in param or "in" not in param:
                    self.problem(p_ptr, "parameter needs 'name' and 'in'")
                    continue
                schema_path = (
                    tuple(target_ptr[2:].split("/")) + ("schema",)
                    if target_ptr != p_ptr
                    else (*owner_path, "parameters", str(i), "schema")
                )
                merged[(param["in"], param["name"])] = (param, p_ptr, schema_path)
        scope = NameScope(CALL_OPTIONS)
        result = []
        declared = set(re.findall(r"{([^}]+)}", path))
        for (location, name), (param, p_ptr, schema_path) in merged.items():
            if location not in ("path", "query", "header"):
                self.problem(p_ptr, f"parameters in {location!r} are not supported")
                continue
            if location == "path" and name not in declared:
                self.problem(p_ptr, f"path parameter {name!r} does not appear in {path!r}")
            schema = param.get("schema") or {}
            resolved, _ = self.resolve(schema, p_ptr + "/schema")
            has_example, example = example_of(param)
            if not has_example and isinstance(resolved, dict):
                has_example, example = example_of(resolved)
            style_default = "simple" if location in ("path", "header") else "form"
            result.append(
                Parameter(
                    name=name,
                    py_name=scope.claim(_avoid_options(identifier(name))),
                    location=location,
                    required=bool(param.get("required", location == "path")),
                    type=self.schema_type(schema, schema_path),
                    description=str(param.get("description") or "").strip(),
                    deprecated=bool(param.get("deprecated", False)),
                    style=str(param.get("style", style_default)),
                    explode=bool(param.get("explode", param.get("style", style_default) == "form")),
                    default=resolved.get("default") if isinstance(resolved, dict) else None,
                    has_default=isinstance(resolved, dict) and "default" in resolved,
                    example=example,
                    has_example=has_example,
                )
            )
        for name in sorted(declared - {n for (loc, n) in merged if loc == "path"}):
            self.problem(ptr, f"path parameter {{{name}}} is not declared")
        # Required parameters first keeps signatures readable; order is otherwise the spec's.
        return tuple(sorted(result, key=lambda p: (not p.required, p.location != "path")))

    def read_body(self, path: str, method: str, op: dict[str, Any], ptr: str, taken: set[str]) -> Body | None:
        raw = op.get("requestBody")
        if raw is None:
            return None
        body_ptr = ptr + "/requestBody"
        if _external(raw):
            return None  # reported where it stands
        request, target_ptr = self.resolve(raw, body_ptr)
        content = request.get("content") or {}
        if not content:
            self.problem(body_ptr, "request body has no content")
            return None
        base = (
            tuple(target_ptr[2:].split("/"))
            if target_ptr != body_ptr
            else ("paths", path, method, "requestBody")
        )
        media = next((m for m in content if is_json(m)), next(iter(content)))
        schema = (content[media] or {}).get("schema") or {}
        schema_path = (*base, "content", media, "schema")
        required = bool(request.get("required", False))
        description = str(request.get("description") or "").strip()
        if not is_json(media):
            kind_type: TypeExpr = Prim("str") if is_text(media) else Prim("bytes")
            return Body("other", media, required, kind_type, (), description)
        type_ = self.schema_type(schema, schema_path)
        if isinstance(type_, Named) and type_.kind == "model":
            scope = NameScope(CALL_OPTIONS | taken)
            fields = tuple(
                BodyField(
                    name=f["alias"] if f.get("alias") is not None else f["name"],
                    py_name=scope.claim(_avoid_options(_field_py_name(f["name"]))),
                    required=bool(f.get("required")),
                    type=self.raw_type(f.get("type") or "Any"),
                )
                for f in self.index.all_fields(type_.name)
            )
            info = self._property_info(schema)
            fields = tuple(
                replace(f, description=info[f.name][0], example=info[f.name][1], has_example=True)
                if f.name in info and info[f.name][2]
                else replace(f, description=info.get(f.name, ("",))[0])
                for f in fields
            )
            return Body("json_object", media, required, type_, fields, description)
        return Body("json", media, required, type_, (), description)

    def _property_info(self, schema: Any) -> dict[str, tuple[str, Any, bool]]:
        """Per property of an object schema (and its allOf parts): description, example."""
        schema, _ = self.resolve(schema, "")
        out: dict[str, tuple[str, Any, bool]] = {}
        parts = [schema] + [self.resolve(s, "")[0] for s in schema.get("allOf", []) if isinstance(s, dict)]
        for part in parts:
            for name, prop in (part.get("properties") or {}).items():
                prop, _ = self.resolve(prop, "")
                if isinstance(prop, dict) and name not in out:
                    has, example = example_of(prop)
                    out[name] = (str(prop.get("description") or "").strip(), example, has)
        return out

    def read_responses(
        self, path: str, method: str, op: dict[str, Any], ptr: str
    ) -> tuple[tuple[Response, ...], tuple[Response, ...], Stream | None]:
        success: list[Response] = []
        errors: list[Response] = []
        stream: Stream | None = None
        responses = op.get("responses") or {}
        if not responses:
            self.problem(ptr + "/responses", "operation has no responses")
        for status, raw in responses.items():
            status = str(status)
            r_ptr = f"{ptr}/responses/{status}"
            if _external(raw):
                continue  # reported where it stands
            response, target_ptr = self.resolve(raw, r_ptr)
            base = (
                tuple(target_ptr[2:].split("/"))
                if target_ptr != r_ptr
                else ("paths", path, method, "responses", status)
            )
            description = str(response.get("description") or "").strip()
            content = response.get("content") or {}
            is_success = status.startswith("2")
            out = success if is_success else errors
            if not content:
                out.append(Response(status, "empty", None, None, description))
                continue
            for media, media_obj in content.items():
                schema = (media_obj or {}).get("schema") or {}
                schema_path = (*base, "content", media, "schema")
                if media.split(";")[0].strip().lower() == "text/event-stream":
                    if is_success and stream is None:
                        stream = self.event_stream(media, schema, schema_path)
                    continue
                if is_json(media):
                    out.append(
                        Response(status, "json", media, self.schema_type(schema, schema_path), description)
                    )
                elif is_text(media):
                    out.append(Response(status, "text", media, Prim("str"), description))
                else:
                    out.append(Response(status, "binary", media, Prim("bytes"), description))
        return tuple(success), tuple(errors), stream

    def event_stream(self, media: str, schema: Any, path: tuple[str, ...]) -> Stream | None:
        """SSE events are modelled as `{data: <chunk>}`; the chunk is what a user wants.
        An event-stream response without that shape (OpenRouter's embeddings and rerank
        declare a plain string, "not used") is not a stream the SDK offers."""
        resolved, target_ptr = self.resolve(schema, pointer(*path))
        data = (resolved.get("properties") or {}).get("data") if isinstance(resolved, dict) else None
        if not isinstance(data, dict):
            return None
        base = tuple(target_ptr[2:].split("/")) if "$ref" in schema else path
        return Stream(media, self.schema_type(data, (*base, "properties", "data")))

    def pages(self, parameters: tuple[Parameter, ...], success: tuple[Response, ...]) -> Pages | None:
        """Offset pagination: an integer `offset` query parameter (and maybe `limit`) and a
        JSON object result with an array `data` (or `items`) member."""
        query = {p.name: p for p in parameters if p.location == "query" and _is_int(p.type)}
        result = next((r for r in success if r.kind == "json" and isinstance(r.type, Named)), None)
        if "offset" not in query or result is None:
            return None
        assert isinstance(result.type, Named)
        fields = {f["name"]: f for f in self.index.all_fields(result.type.name)}
        for name in ("data", "items"):
            field = fields.get(name)
            text = field.get("type", "") if field else ""
            if text.startswith("list[") and text.endswith("]"):
                item = self.raw_type(text[5:-1])
                limit = query.get("limit")
                return Pages(query["offset"].py_name, limit.py_name if limit else None, name, item)
        return None

    # ------------------------------------------------------------ grouping and names
    def group(self, operations: list[Operation]) -> tuple[Tag, ...]:
        declared = {
            t.get("name"): str(t.get("description") or "").strip()
            for t in self.doc.get("tags") or []
            if isinstance(t, dict)
        }
        order = [t for t in declared if any(op.tag == t for op in operations)]
        order += [t for t in dict.fromkeys(op.tag for op in operations) if t not in order]
        modules = NameScope(CLIENT_ATTRIBUTES | WINDOWS_DEVICES)
        classes = NameScope()
        tags = []
        for tag in order:
            module = modules.claim(short(identifier(tag)))
            funcs = NameScope({"annotations", "overload", "Any", "Mapping", "TYPE_CHECKING", "httpx"})
            ops = []
            for op in operations:
                if op.tag != tag:
                    continue
                name = identifier(op.operation_id)
                if name in BUILTINS or name in RESERVED or name.endswith("_"):
                    name = f"{name.rstrip('_')}_{module}"
                py_name = funcs.claim(name)
                while f"{py_name}_async" in funcs._used:  # keep the async twin free
                    py_name = funcs.claim(name)
                funcs.claim(f"{py_name}_async")
                ops.append(replace(op, py_name=py_name, module=module))
            tags.append(
                Tag(tag, module, classes.claim(class_name(tag) + "API"), declared.get(tag, ""), tuple(ops))
            )
        return tuple(tags)


def example_of(node: dict[str, Any]) -> tuple[bool, Any]:
    """The first example a parameter or schema gives, if any."""
    if "example" in node:
        return True, node["example"]
    examples = node.get("examples")
    if isinstance(examples, list) and examples:
        return True, examples[0]
    if isinstance(examples, dict):  # a parameter's named examples
        for item in examples.values():
            if isinstance(item, dict) and "value" in item:
                return True, item["value"]
    return False, None


def _avoid_options(name: str) -> str:
    """A spec name equal to one of our own keyword arguments gets a trailing `_`."""
    return f"{name}_" if name in CALL_OPTIONS else name


def _field_py_name(name: str) -> str:
    return name if name.isidentifier() and name not in RESERVED else identifier(name)


def _local_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")


def _external(node: Any) -> bool:
    """A reference to another document (refused and reported by check_refs)."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    return isinstance(ref, str) and not ref.startswith("#")


def _is_int(t: TypeExpr) -> bool:
    """An integer, or an integer or null (older documents type offsets as strings)."""
    parts = t.items if isinstance(t, UnionOf) else (t,)
    return Prim("int") in parts and all(p in (Prim("int"), Prim("None")) for p in parts)


def _union(items: tuple[TypeExpr, ...]) -> TypeExpr:
    flat: list[TypeExpr] = []
    for item in items:
        for part in item.items if isinstance(item, UnionOf) else (item,):
            if part not in flat:
                flat.append(part)
    if ANY in flat:
        return ANY
    return flat[0] if len(flat) == 1 else UnionOf(tuple(flat))


def check_document(doc: dict[str, Any], source: str) -> None:
    """Every problem the reader can find, before the (slow) model generation runs:
    a read with no models, where all types are `Any`."""
    SpecReader(doc, ModelIndex({}, {}, {}, {}), source).read()


def read_api(doc: dict[str, Any], index: ModelIndex, source: str) -> Api:
    """The IR of a document that check_document accepted."""
    return SpecReader(doc, index, source).read(checked=True)
