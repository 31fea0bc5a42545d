"""The applicator keywords of draft 2020-12 (in-place: $ref, $dynamicRef, allOf, anyOf, oneOf, not,
if/then/else, dependentSchemas; on children: prefixItems, items, contains, properties,
patternProperties, additionalProperties, propertyNames; and unevaluatedItems/Properties), each
compiled into a check over already compiled subschema Nodes.

Subschemas whose errors are never reported (anyOf, oneOf, not, if, contains, propertyNames) run on
the fast path (errors None) even while validate() collects errors: one error at the applicator.
Instances are typed Any and never cast: typing.cast with a subscripted type costs a call per check."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Tuple

from ._linear import Searcher
from ._schema_node import ANY, ARRAY, OBJECT, Annotations, BranchTags, Check, Issue, Node, Run
from ._schema_numbers import number_text
from ._schema_uri import escape_token

__all__ = ["ref_check", "dynamic_ref_check", "all_of", "any_of", "one_of", "not_check", "if_check", "dependent_schemas", "prefix_items",
           "items_check", "contains_check", "properties_check", "pattern_properties", "additional_properties", "property_names",
           "unevaluated_items", "unevaluated_properties"]

_Errors = Optional[List[Issue]]
_Ann = Optional[Annotations]
Built = Tuple[int, Check]


def _child(iloc: str, name: str) -> str:
    return iloc + "/" + escape_token(name)


def ref_check(target: Node, segment: str) -> Built:
    """$ref (segment "/$ref"): the target's errors, located through the reference."""

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        return target.eval(v, run, errors, iloc, kloc + segment if errors is not None else kloc, ann)

    return ANY, check


def dynamic_ref_check(target: Node, anchor: str) -> Built:
    """$dynamicRef whose initial target has the matching $dynamicAnchor: the outermost resource of
    the dynamic scope that has that $dynamicAnchor takes its place."""

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        node = target
        for resource in run.scope:
            found = resource.dynamic_anchors.get(anchor)
            if found is not None:
                node = found
                break
        return node.eval(v, run, errors, iloc, kloc + "/$dynamicRef" if errors is not None else kloc, ann)

    return ANY, check


def all_of(nodes: List[Node]) -> Built:
    segments = [f"/allOf/{i}" for i in range(len(nodes))]
    pairs = list(zip(nodes, segments))

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        ok = True
        for node, segment in pairs:
            if not node.eval(v, run, errors, iloc, kloc + segment if errors is not None else kloc, ann):
                ok = False
                if errors is None:
                    return False
        return ok

    return ANY, check


def _fail(errors: _Errors, iloc: str, kloc: str, keyword: str, message: str) -> bool:
    if errors is not None:
        errors.append(Issue(iloc, kloc + "/" + keyword, message))
    return False


def _branches(nodes: List[Node], tags: Optional[BranchTags], v: Any) -> List[Node]:
    """The branches an object's tag leaves (BranchTags: the others cannot pass), else all of them."""
    if tags is None or v.__class__ is not dict:
        return nodes
    left = tags.candidates(v)
    return nodes if left is None else [nodes[i] for i in left]


def any_of(nodes: List[Node], tags: Optional[BranchTags] = None) -> Built:
    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        if ann is None:
            for node in _branches(nodes, tags, v):
                if node.eval(v, run, None, "", "", None):
                    return True
            return _fail(errors, iloc, kloc, "anyOf", "must match a schema in anyOf")
        ok = False
        for node in _branches(nodes, tags, v):  # every passing branch's annotations count for unevaluated*
            local = Annotations()
            if node.eval(v, run, None, "", "", local):
                ann.merge(local)
                ok = True
        return ok or _fail(errors, iloc, kloc, "anyOf", "must match a schema in anyOf")

    return ANY, check


def one_of(nodes: List[Node], tags: Optional[BranchTags] = None) -> Built:
    """Annotations only when exactly one branch passes (then oneOf passes): that branch's."""

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        passed: Optional[Annotations] = None
        count = 0
        for node in _branches(nodes, tags, v):
            local = Annotations() if ann is not None else None
            if node.eval(v, run, None, "", "", local):
                count += 1
                if count > 1:
                    return _fail(errors, iloc, kloc, "oneOf", "must match exactly one schema in oneOf")
                passed = local
        if count == 0:
            return _fail(errors, iloc, kloc, "oneOf", "must match exactly one schema in oneOf")
        if ann is not None and passed is not None:
            ann.merge(passed)
        return True

    return ANY, check


def not_check(node: Node) -> Built:
    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        return not node.eval(v, run, None, "", "", None) or _fail(errors, iloc, kloc, "not", "must NOT be valid")

    return ANY, check


def if_check(condition: Node, then: Optional[Node], otherwise: Optional[Node]) -> Built:
    """if never reports; the branch taken reports its own errors. Without then/else, `if` matters
    only for its annotations."""

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        if then is None and otherwise is None and ann is None:
            return True
        local = Annotations() if ann is not None else None
        if condition.eval(v, run, None, "", "", local):
            if ann is not None and local is not None:
                ann.merge(local)
            return then is None or then.eval(v, run, errors, iloc, kloc + "/then" if errors is not None else kloc, ann)
        return otherwise is None or otherwise.eval(v, run, errors, iloc, kloc + "/else" if errors is not None else kloc, ann)

    return ANY, check


def dependent_schemas(nodes: Dict[str, Node], keyword: str = "dependentSchemas") -> Built:
    """dependentSchemas, and the schema form of draft-07's dependencies (keyword "dependencies")."""
    rules = [(name, node, f"/{keyword}/" + escape_token(name)) for name, node in nodes.items()]

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        ok = True
        for name, node, segment in rules:
            if name in v and not node.eval(v, run, errors, iloc, kloc + segment if errors is not None else kloc, ann):
                ok = False
                if errors is None:
                    return False
        return ok

    return OBJECT, check


def prefix_items(nodes: List[Node]) -> Built:
    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        items: Any = v
        ok = True
        for i, (node, item) in enumerate(zip(nodes, items)):
            if errors is None:
                if not node.eval(item, run, None, "", "", None):
                    return False
            elif not node.eval(item, run, errors, f"{iloc}/{i}", f"{kloc}/prefixItems/{i}", None):
                ok = False
        if ok and ann is not None:
            ann.prefix = max(ann.prefix, min(len(items), len(nodes)))
        return ok

    return ARRAY, check


def items_check(node: Node, start: int) -> Built:
    """items: every item after the prefixItems."""

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        items: Any = v
        ok = True
        for i in range(start, len(items)):
            if errors is None:
                if not node.eval(items[i], run, None, "", "", None):
                    return False
            elif not node.eval(items[i], run, errors, f"{iloc}/{i}", kloc + "/items", None):
                ok = False
        if ok and ann is not None:
            ann.prefix = len(items)
        return ok

    return ARRAY, check


def contains_check(node: Node, minimum: int, maximum: Optional[int], schema: Dict[str, Any]) -> Built:
    """contains with minContains/maxContains: one error, at minContains/maxContains when the schema
    has the keyword that failed, else at contains."""
    low_keyword = "minContains" if "minContains" in schema else "contains"
    low_message = f"must contain at least {number_text(schema['minContains']) if 'minContains' in schema else 1} valid item(s)"
    high_message = f"must contain at most {number_text(schema['maxContains']) if maximum is not None else 0} valid item(s)"

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        items: Any = v
        count = 0
        if ann is None and maximum is None:
            if minimum == 0:
                return True
            for item in items:
                if node.eval(item, run, None, "", "", None):
                    count += 1
                    if count >= minimum:
                        return True
            return _fail(errors, iloc, kloc, low_keyword, low_message)
        matched: List[int] = []
        for i, item in enumerate(items):
            if node.eval(item, run, None, "", "", None):
                matched.append(i)
        count = len(matched)
        if count < minimum:
            return _fail(errors, iloc, kloc, low_keyword, low_message)
        if maximum is not None and count > maximum:
            return _fail(errors, iloc, kloc, "maxContains", high_message)
        if ann is not None:
            ann.indices.update(matched)
        return True

    return ARRAY, check


def properties_check(nodes: Dict[str, Node]) -> Built:
    segments = {name: "/properties/" + escape_token(name) for name in nodes}

    lookup = nodes.get

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        if errors is None:
            for name, item in v.items():
                node = lookup(name)
                if node is not None and not node.eval(item, run, None, "", "", None):
                    return False
        else:
            # In the schema's order, as Ajv checks them: the errors come in one order in every
            # language, whatever order the value's members were written in.
            ok = True
            for name, node in nodes.items():
                if name in v and not node.eval(v[name], run, errors, _child(iloc, name), kloc + segments[name], None):
                    ok = False
            if not ok:
                return False
        if ann is not None:  # a keyword's annotation only when it passes
            ann.props.update(name for name in v if name in nodes)
        return True

    return OBJECT, check


_Search = Callable[[str], Optional[Any]]


def pattern_properties(rules: List[Tuple[str, Searcher, Node]]) -> Built:
    compiled: List[Tuple[_Search, Node, str]] = [(regex.search, node, "/patternProperties/" + escape_token(source)) for source, regex, node in rules]

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        ok = True
        matched: List[str] = []
        for name, item in v.items():
            for search, node, segment in compiled:
                if search(name) is None:
                    continue
                if ann is not None:
                    matched.append(name)
                if errors is None:
                    if not node.eval(item, run, None, "", "", None):
                        return False
                elif not node.eval(item, run, errors, _child(iloc, name), kloc + segment, None):
                    ok = False
        if ok and ann is not None:
            ann.props.update(matched)
        return ok

    return OBJECT, check


def additional_properties(node: Node, named: List[str], patterns: List[Searcher]) -> Built:
    """Members neither named in properties nor matched by a patternProperties pattern."""
    known = frozenset(named)
    searches = [p.search for p in patterns]

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        ok = True
        matched: List[str] = []
        for name, item in v.items():
            if name in known or any(search(name) is not None for search in searches):
                continue
            if ann is not None:
                matched.append(name)
            if errors is None:
                if not node.eval(item, run, None, "", "", None):
                    return False
            elif not node.eval(item, run, errors, _child(iloc, name), kloc + "/additionalProperties", None):
                ok = False
        if ok and ann is not None:
            ann.props.update(matched)
        return ok

    return OBJECT, check


def property_names(node: Node) -> Built:
    """One error, naming the first invalid member name."""

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        for name in v:
            if not node.eval(name, run, None, "", "", None):
                return _fail(errors, iloc, kloc, "propertyNames", f"property name '{name}' is invalid")
        return True

    return OBJECT, check


def unevaluated_items(node: Node) -> Built:
    """Items no adjacent keyword evaluated (the node collects its own annotations: never None here)."""

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        assert ann is not None
        items: Any = v
        ok = True
        for i in range(ann.prefix, len(items)):
            if i in ann.indices:
                continue
            if errors is None:
                if not node.eval(items[i], run, None, "", "", None):
                    return False
            elif not node.eval(items[i], run, errors, f"{iloc}/{i}", kloc + "/unevaluatedItems", None):
                ok = False
        if ok:
            ann.prefix = len(items)
        return ok

    return ARRAY, check


def unevaluated_properties(node: Node) -> Built:
    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: _Ann) -> bool:
        assert ann is not None
        members: Any = v
        seen = ann.props
        ok = True
        for name, item in members.items():
            if name in seen:
                continue
            if errors is None:
                if not node.eval(item, run, None, "", "", None):
                    return False
            elif not node.eval(item, run, errors, _child(iloc, name), kloc + "/unevaluatedProperties", None):
                ok = False
        if ok:
            seen.update(members)
        return ok

    return OBJECT, check
