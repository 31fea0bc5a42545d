"""A JSON Schema draft 2020-12 interpreter, standard library only: SchemaValidator compiles a schema
(with the documents its $refs may reach) once into Nodes, then validates json.loads output.

    validator = SchemaValidator(documents, "https://example.com/s.json", schema, patterns)
    validator.is_valid(instance)          # fast path: stops at the first failure
    validator.validate(instance)          # every error: Issue(instance_location, keyword_location, message)
    validator.at("#/$defs/Name").is_valid(instance)

`patterns` maps every ECMA-262 `pattern`/`patternProperties` source of the schemas to its `re`
translation, or to the LinearProgram that runs it on the linear-time matcher (_linear.py) where re
could backtrack super-linearly (None where there is neither: such a schema is refused with
SchemaCompileError, as is an unresolvable $ref). Formats assert only when `format_assertion` is
true (or the meta-schema has the format-assertion vocabulary).

Errors come in evaluation order: $ref, $dynamicRef; type, enum, const; the assertions of the
instance's kind (number: multipleOf, maximum, exclusiveMaximum, minimum, exclusiveMinimum; string:
maxLength, minLength, pattern, format; array: maxItems, minItems, uniqueItems, then prefixItems,
items, contains; object: maxProperties, minProperties, required, dependentRequired, then
properties, patternProperties, additionalProperties, propertyNames, dependentSchemas); allOf,
anyOf, oneOf, not, if/then/else; unevaluatedItems, unevaluatedProperties last, as they read what
the others evaluated. Within a keyword, instance members and items in document order."""

from __future__ import annotations

import re
import warnings
from typing import Any, Dict, FrozenSet, List, Mapping, Optional, Set, Tuple, cast

from ._linear import LinearProgram, PatternEntry, Searcher
from ._schema_applicators import (
    additional_properties, all_of, any_of, contains_check, dependent_schemas, dynamic_ref_check, if_check, items_check, not_check, one_of,
    pattern_properties, prefix_items, properties_check, property_names, ref_check, unevaluated_items, unevaluated_properties,
)
from ._schema_assertions import ASSERTIONS, dependent_required, format_check, pattern_check
from ._schema_discriminator import discriminated, tag_choices
from ._schema_formats import FORMATS
from ._schema_index import SchemaCompileError, SchemaIndex
from ._schema_node import ANY, BranchTags, Check, Conditions, Issue, Node, Resource, Run, false_check
from ._schema_numbers import is_integer
from ._schema_uri import pointer_tokens, resolve_uri, split_fragment

__all__ = ["SchemaValidator", "SchemaCompileError", "Issue"]


# $schema URIs of the drafts before 2020-12 (a referenced document may use one: optional/cross-draft).
_HISTORIC = ("json-schema.org/draft-0", "json-schema.org/draft/2019-09/")


class _Compiler:
    """Compiles each schema object once (per base URI), following $ref eagerly, so that validation
    never compiles; cycles meet the Node already registered for their target."""

    def __init__(self, index: SchemaIndex, patterns: Mapping[str, PatternEntry], format_assertion: bool) -> None:
        self.index = index
        self.patterns = patterns
        self.format_assertion = format_assertion
        self.regexes: Dict[str, Searcher] = {}
        self.nodes: Dict[Tuple[int, str], Node] = {}
        self.resources: Dict[str, Resource] = {}
        self.dynamic = False  # some $dynamicRef is dynamic: runs keep the dynamic scope
        self.dynamic_names: Set[str] = set()

    def resource(self, uri: str) -> Resource:
        found = self.resources.get(uri)
        if found is None:
            found = self.resources[uri] = Resource(uri)
        return found

    def regex(self, source: str) -> Searcher:
        """The pattern's search: re's, or the linear-time matcher's (both answer None for no match)."""
        compiled = self.regexes.get(source)
        if compiled is None:
            # A pattern of a referenced document (a meta-schema) may be missing from the table: its
            # source, as re reads it. A pattern the table maps to None has no translation.
            translation = self.patterns.get(source, source)
            if translation is None:
                raise SchemaCompileError(f"pattern {source!r} has no translation for Python's re")
            if isinstance(translation, LinearProgram):
                compiled = self.regexes[source] = translation.compile()
                return compiled
            try:
                with warnings.catch_warnings():  # re's FutureWarnings (nested sets) are no errors here
                    warnings.simplefilter("ignore")
                    compiled = self.regexes[source] = re.compile(translation)
            except re.error as error:
                raise SchemaCompileError(f"pattern {source!r}: {error}") from None
        return compiled

    def node(self, raw: Any, base: str) -> Node:
        base = self.index.base_for(raw, base)
        key = (id(raw), base)
        found = self.nodes.get(key)
        if found is not None:
            return found
        node = self.nodes[key] = Node(self.resource(base))
        if raw is True:
            node.finish([], False, False)
        elif raw is False:
            node.finish([(ANY, false_check)], False, False)
        elif isinstance(raw, dict):
            self.compile_object(node, cast(Dict[str, Any], raw), base)
        else:
            raise SchemaCompileError(f"not a schema: {raw!r}")
        return node

    def reference(self, base: str, ref: str) -> Tuple[Node, Any]:
        raw, target_base = self.index.lookup(resolve_uri(base, ref))
        return self.node(raw, target_base), raw

    def lookup(self, base: str, ref: str) -> Tuple[Any, str]:
        raw, target_base = self.index.lookup(resolve_uri(base, ref))
        return raw, self.index.base_for(raw, target_base)

    def compile_object(self, node: Node, schema: Dict[str, Any], base: str) -> None:
        checks: List[Tuple[int, Check]] = []
        declared, validation, format_vocabulary = self.index.dialect(base)
        historic = any(draft in declared for draft in _HISTORIC)

        def sub(value: Any) -> Node:
            return self.node(value, base)

        def subs(value: Any) -> Optional[List[Node]]:
            return [sub(v) for v in cast(List[Any], value)] if isinstance(value, list) else None

        def named(value: Any) -> Optional[Dict[str, Node]]:
            return {k: sub(v) for k, v in cast(Dict[str, Any], value).items()} if isinstance(value, dict) else None

        ref = schema.get("$ref")
        if isinstance(ref, str) and historic and "2019-09" not in declared:  # before 2019-09, $ref overrides its siblings
            node.finish([ref_check(self.reference(base, ref)[0], "/$ref")], False, False)
            return
        if isinstance(ref, str):
            checks.append(ref_check(self.reference(base, ref)[0], "/$ref"))
        dynamic_ref = schema.get("$dynamicRef")
        if isinstance(dynamic_ref, str):
            checks.append(self.dynamic_reference(base, dynamic_ref))

        def assertions(*keywords: str) -> None:
            for keyword in keywords if validation else ():
                if keyword in schema:
                    built = ASSERTIONS[keyword](schema[keyword], schema)
                    if built is not None:
                        checks.append(built)

        assertions("type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength")
        if validation and isinstance(schema.get("pattern"), str):
            checks.append(pattern_check(schema["pattern"], self.regex(schema["pattern"])))
        format_name = schema.get("format")
        if (self.format_assertion or format_vocabulary) and isinstance(format_name, str) and format_name in FORMATS:
            checks.append(format_check(format_name, FORMATS[format_name]))
        assertions("maxItems", "minItems", "uniqueItems")
        items_raw, after_prefix = schema.get("items"), "items" in schema
        prefix = subs(schema.get("prefixItems"))
        if historic:  # items as an array is prefixItems; additionalItems the rest
            prefix = subs(items_raw)
            items_raw, after_prefix = (schema.get("additionalItems"), "additionalItems" in schema) if prefix is not None else (items_raw, after_prefix)
        if prefix:
            checks.append(prefix_items(prefix))
        if after_prefix:
            checks.append(items_check(sub(items_raw), len(prefix or [])))
        if "contains" in schema:
            low: Any = schema.get("minContains", 1)
            high: Any = schema.get("maxContains")
            minimum = int(low) if is_integer(low) else 1
            maximum = int(high) if is_integer(high) else None
            checks.append(contains_check(sub(schema["contains"]), minimum, maximum, schema))
        assertions("maxProperties", "minProperties", "required", "dependentRequired")
        properties = named(schema.get("properties"))
        if properties:
            checks.append(properties_check(properties))
        sources = list(cast(Dict[str, Any], schema["patternProperties"])) if isinstance(schema.get("patternProperties"), dict) else []
        rules = [(s, self.regex(s), sub(schema["patternProperties"][s])) for s in sources]
        if rules:
            checks.append(pattern_properties(rules))
        if "additionalProperties" in schema:
            checks.append(additional_properties(sub(schema["additionalProperties"]), list(properties or {}), [r for _, r, _ in rules]))
        if "propertyNames" in schema:
            checks.append(property_names(sub(schema["propertyNames"])))
        dependents = named(schema.get("dependentSchemas"))
        if dependents:
            checks.append(dependent_schemas(dependents))
        dependencies = schema.get("dependencies")
        if isinstance(dependencies, dict):  # draft-07's, still honoured (optional/dependencies-compatibility)
            built = dependent_required(dependencies, "/dependencies") if validation else None
            if built is not None:
                checks.append(built)
            by_schema = {k: sub(v) for k, v in cast(Dict[str, Any], dependencies).items() if not isinstance(v, list)}
            if by_schema:
                checks.append(dependent_schemas(by_schema, "dependencies"))
        discriminator: Any = schema.get("discriminator")
        tag_name: Any = cast(Dict[str, Any], discriminator).get("propertyName") if isinstance(discriminator, dict) else None
        all_nodes = subs(schema.get("allOf"))
        if all_nodes:
            checks.append(all_of(all_nodes))
        for keyword, build in (("anyOf", any_of), ("oneOf", one_of)):
            nodes = subs(schema.get(keyword))
            if not nodes:
                continue
            branches = cast(List[Any], schema[keyword])
            tags = BranchTags.of([self.conditions(b, base, 0) for b in branches], list(range(len(branches))), frozenset()) if len(branches) > 1 else None
            if isinstance(tag_name, str):  # OpenAPI's: chooses the errors reported
                choices = tag_choices(tag_name, cast(Dict[str, Any], discriminator).get("mapping"), branches, base, self.lookup)
                checks.append(discriminated(build(nodes, tags), keyword, nodes, tag_name, choices))
            else:
                checks.append(build(nodes, tags))
        if "not" in schema:
            checks.append(not_check(sub(schema["not"])))
        if "if" in schema:
            then, otherwise = schema.get("then"), schema.get("else")
            checks.append(if_check(sub(schema["if"]), None if then is None else sub(then), None if otherwise is None else sub(otherwise)))
        uneval_items = "unevaluatedItems" in schema
        if uneval_items:
            checks.append(unevaluated_items(sub(schema["unevaluatedItems"])))
        uneval_props = "unevaluatedProperties" in schema
        if uneval_props:
            checks.append(unevaluated_properties(sub(schema["unevaluatedProperties"])))
        node.finish(checks, uneval_props, uneval_items)

    def conditions(self, raw: Any, base: str, depth: int) -> Conditions:
        """What a schema holds of every object it accepts (BranchTags: which branches an object's
        tag leaves), per member: required, and the strings its value must be among (a const, an
        enum of strings), through $ref and allOf. Only keywords that assert count (the dialect's)."""
        found: Conditions = {}
        if depth > _MAX_DEPTH or not isinstance(raw, dict):
            return found
        schema = cast(Dict[str, Any], raw)
        base, validation, target, overrides = self.read(schema, base)
        more: List[Tuple[Any, str]] = [] if target is None else [target]
        if not overrides:
            required = schema.get("required")
            if validation and isinstance(required, list):
                for name in cast(List[Any], required):
                    if isinstance(name, str):
                        found[name] = (True, found.get(name, (True, None))[1])
            properties = schema.get("properties")
            if isinstance(properties, dict):
                for name, sub in cast(Dict[str, Any], properties).items():
                    strings = self.strings(sub, base, depth + 1)
                    if strings is not None:
                        found[name] = _both(found.get(name), (False, strings))
            all_of_raw = schema.get("allOf")
            if isinstance(all_of_raw, list):
                more.extend((sub, base) for sub in cast(List[Any], all_of_raw))
        for sub, sub_base in more:
            for name, condition in self.conditions(sub, sub_base, depth + 1).items():
                found[name] = _both(found.get(name), condition)
        return found

    def read(self, schema: Dict[str, Any], base: str) -> Tuple[str, bool, Optional[Tuple[Any, str]], bool]:
        """A schema object's base URI, whether its validation keywords assert (its dialect's), its
        $ref's target (schema and base), and whether that $ref overrides its siblings (before 2019-09)."""
        base = self.index.base_for(schema, base)
        declared, validation, _ = self.index.dialect(base)
        ref = schema.get("$ref")
        target = self.lookup(base, ref) if isinstance(ref, str) else None
        return base, validation, target, target is not None and any(draft in declared for draft in _HISTORIC) and "2019-09" not in declared

    def strings(self, raw: Any, base: str, depth: int) -> Optional[FrozenSet[str]]:
        """The strings a valid value must be one of (const, an enum of strings, through $ref and allOf), or None: not only strings."""
        if raw is False:
            return frozenset()
        if depth > _MAX_DEPTH or not isinstance(raw, dict):
            return None
        schema = cast(Dict[str, Any], raw)
        base, validation, target, overrides = self.read(schema, base)
        if target is not None and overrides:
            return self.strings(target[0], target[1], depth + 1)
        found: Optional[FrozenSet[str]] = None
        if validation and isinstance(schema.get("const"), str):
            found = frozenset([cast(str, schema["const"])])
        enum = schema.get("enum")
        if validation and isinstance(enum, list) and all(isinstance(v, str) for v in cast(List[Any], enum)):
            found = _meet(found, frozenset(cast(List[str], enum)))
        if target is not None:
            found = _meet(found, self.strings(target[0], target[1], depth + 1))
        all_of_raw = schema.get("allOf")
        if isinstance(all_of_raw, list):
            for sub in cast(List[Any], all_of_raw):
                found = _meet(found, self.strings(sub, base, depth + 1))
        return found

    def dynamic_reference(self, base: str, ref: str) -> Tuple[int, Check]:
        """$dynamicRef: dynamic only when its initial target carries the $dynamicAnchor its fragment
        names (else a plain reference); `finish` then compiles the anchors the runs may look up."""
        target, raw = self.reference(base, ref)
        anchor = split_fragment(resolve_uri(base, ref))[1]
        if pointer_tokens(anchor) is not None or not isinstance(raw, dict) or cast(Dict[str, Any], raw).get("$dynamicAnchor") != anchor:
            return ref_check(target, "/$dynamicRef")
        self.dynamic = True
        self.dynamic_names.add(anchor)
        return dynamic_ref_check(target, anchor)

    def finish(self) -> None:
        """Compiles the $dynamicAnchors that $dynamicRefs may look up: those of every resource some
        compiled schema belongs to (only those can be in a dynamic scope), until none is new."""
        changed = bool(self.dynamic_names)
        while changed:
            changed = False
            for uri, resource in list(self.resources.items()):
                for name in self.dynamic_names:
                    raw = self.index.dynamic_anchor(uri, name)
                    if raw is not None and name not in resource.dynamic_anchors:
                        resource.dynamic_anchors[name] = self.node(raw, uri)
                        changed = True


# How deep `conditions` follows $ref and allOf (a loop of them is found only when validating).
_MAX_DEPTH = 64


def _meet(a: Optional[FrozenSet[str]], b: Optional[FrozenSet[str]]) -> Optional[FrozenSet[str]]:
    return b if a is None else a if b is None else a & b


def _both(a: Optional[Tuple[bool, Optional[FrozenSet[str]]]], b: Tuple[bool, Optional[FrozenSet[str]]]) -> Tuple[bool, Optional[FrozenSet[str]]]:
    return b if a is None else (a[0] or b[0], _meet(a[1], b[1]))


# Python's recursion limit (1000 frames) is the only guard, and costs nothing until it trips: a
# $ref loop that never descends into the instance trips it, as does an instance nested more than
# about 250 levels under a recursive schema (about 60 under the 2020-12 meta-schema's).
_TOO_DEEP = "validation recursed too deeply: a $ref loop that never descends into the instance, or an instance nested deeper than Python's recursion limit allows"


class SchemaValidator:
    """A compiled schema: is_valid (fast) and validate (every error), or `at` another schema of
    the same documents. Raises SchemaCompileError when the schema cannot be compiled."""

    def __init__(self, documents: Mapping[str, Any], root: str, schema: Any, patterns: Mapping[str, PatternEntry], format_assertion: bool = False,
                 *, _compiler: Optional[_Compiler] = None, _node: Optional[Node] = None) -> None:
        if _compiler is not None and _node is not None:
            self._compiler, self._node = _compiler, _node
        else:
            index = SchemaIndex()
            root_uri = index.add_document(root, schema)  # first: its URIs win over a document's
            for uri, document in documents.items():
                index.add_document(uri, document)
            self._compiler = _Compiler(index, patterns, format_assertion)
            self._node = self._compiler.node(schema, root_uri)
            self._compiler.finish()
        self._static_run = Run(False, self._node.resource)  # shared: without $dynamicRef a run keeps no state

    def at(self, reference: str) -> SchemaValidator:
        """The schema at a URI reference (e.g. "#/$defs/Name") resolved against the root schema's URI."""
        node = self._compiler.reference(self._node.resource.uri, reference)[0]
        self._compiler.finish()
        return SchemaValidator({}, "", None, {}, _compiler=self._compiler, _node=node)

    def _run(self) -> Run:
        return Run(True, self._node.resource) if self._compiler.dynamic else self._static_run

    def is_valid(self, instance: Any) -> bool:
        try:
            return self._node.eval(instance, self._run(), None, "", "", None)
        except RecursionError:
            raise SchemaCompileError(_TOO_DEEP) from None

    def validate(self, instance: Any) -> List[Issue]:
        errors: List[Issue] = []
        try:
            self._node.eval(instance, self._run(), errors, "", "", None)
        except RecursionError:
            raise SchemaCompileError(_TOO_DEEP) from None
        return errors
