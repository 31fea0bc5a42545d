"""The assertion keywords of draft 2020-12 (validation vocabulary, and format when asserted), each
compiled once into a check for the kinds of instance it applies to. A keyword whose value is not
what the meta-schema allows is ignored (the generator validates schemas before they get here)."""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Callable, Dict, List, Optional, Tuple, cast

from ._linear import Searcher
from ._schema_node import ANY, ARRAY, BOOLEAN, NULL, NUMBER, OBJECT, STRING, Annotations, Check, Issue, Run
from ._schema_numbers import exact, is_integer, is_multiple, is_number, json_key, number_text

__all__ = ["ASSERTIONS", "Built", "dependent_required", "pattern_check", "format_check"]

Built = Optional[Tuple[int, Check]]
_Errors = Optional[List[Issue]]

_KIND_MASKS: Dict[str, int] = {"null": NULL, "boolean": BOOLEAN, "object": OBJECT, "array": ARRAY, "string": STRING, "number": NUMBER, "integer": NUMBER}


def _fail(errors: _Errors, iloc: str, kloc: str, keyword: str, message: str) -> bool:
    if errors is not None:
        errors.append(Issue(iloc, kloc + "/" + keyword, message))
    return False


def _type(value: Any, schema: Dict[str, Any]) -> Built:
    """Decided by the kind of instance, which Node.eval already knows: the check is only in the lists
    of the kinds the type excludes (and of numbers, for "integer" without "number")."""
    names = [value] if isinstance(value, str) else cast(List[Any], value) if isinstance(value, list) else None
    if names is None or not all(isinstance(n, str) and n in _KIND_MASKS for n in names):
        return None
    allowed = 0
    for name in cast(List[str], names):
        allowed |= _KIND_MASKS[name]
    integer_only = "integer" in names and "number" not in names
    message = "must be " + ",".join(cast(List[str], names))

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
        return (integer_only and is_integer(v)) or _fail(errors, iloc, kloc, "type", message)

    return (ANY & ~allowed) | (NUMBER if integer_only else 0), check


def _enum(value: Any, schema: Dict[str, Any]) -> Built:
    if not isinstance(value, list):
        return None
    allowed = cast(List[Any], value)
    keys = {json_key(item) for item in allowed}
    if all(isinstance(item, str) for item in allowed):  # the common case: no key to compute

        def strings(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
            return (v.__class__ is str and v in keys) or _fail(errors, iloc, kloc, "enum", "must be equal to one of the allowed values")

        return ANY, strings

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
        return json_key(v) in keys or _fail(errors, iloc, kloc, "enum", "must be equal to one of the allowed values")

    return ANY, check


def _const(value: Any, schema: Dict[str, Any]) -> Built:
    key = json_key(value)
    if isinstance(value, str):
        text = value

        def string(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
            return (v.__class__ is str and v == text) or _fail(errors, iloc, kloc, "const", "must be equal to constant")

        return ANY, string

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
        return json_key(v) == key or _fail(errors, iloc, kloc, "const", "must be equal to constant")

    return ANY, check


def _multiple_of(value: Any, schema: Dict[str, Any]) -> Built:
    divisor = exact(value) if is_number(value) else None
    if divisor is None or divisor <= 0:
        return None
    exact_divisor: Fraction = divisor
    message = "must be multiple of " + number_text(value)

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
        return is_multiple(v, exact_divisor) or _fail(errors, iloc, kloc, "multipleOf", message)

    return NUMBER, check


def _bound(keyword: str, sign: str, holds: Callable[[Any, Any], bool]) -> Callable[[Any, Dict[str, Any]], Built]:
    """maximum and friends: Python compares int with float exactly, so no bound is rounded."""

    def build(value: Any, schema: Dict[str, Any]) -> Built:
        if not is_number(value):
            return None
        message = f"must be {sign} {number_text(value)}"

        def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
            return holds(v, value) or _fail(errors, iloc, kloc, keyword, message)

        return NUMBER, check

    return build


def _count(keyword: str, mask: int, at_most: bool, noun: str) -> Callable[[Any, Dict[str, Any]], Built]:
    """maxLength/minLength (code points: Python's len of a str), maxItems/minItems, max/minProperties."""

    def build(value: Any, schema: Dict[str, Any]) -> Built:
        if not is_integer(value):
            return None
        limit = int(value)
        message = f"must NOT have {'more' if at_most else 'fewer'} than {number_text(value)} {noun}"
        if at_most:

            def most(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
                return len(v) <= limit or _fail(errors, iloc, kloc, keyword, message)

            return mask, most

        def least(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
            return len(v) >= limit or _fail(errors, iloc, kloc, keyword, message)

        return mask, least

    return build


def _unique_items(value: Any, schema: Dict[str, Any]) -> Built:
    if value is not True:
        return None

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
        items: Any = v
        if len(items) < 2 or len({json_key(item) for item in items}) == len(items):
            return True
        return _fail(errors, iloc, kloc, "uniqueItems", "must NOT have duplicate items")

    return ARRAY, check


def _required(value: Any, schema: Dict[str, Any]) -> Built:
    if not isinstance(value, list) or not value:
        return None
    names = [n for n in cast(List[Any], value) if isinstance(n, str)]

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
        ok = True
        for name in names:
            if name not in v:
                ok = False
                if errors is None:
                    return False
                errors.append(Issue(iloc, kloc + "/required", f"must have required property '{name}'"))
        return ok

    return OBJECT, check


def _dependent_required(value: Any, schema: Dict[str, Any]) -> Built:
    return dependent_required(value, "/dependentRequired")


def dependent_required(value: Any, segment: str) -> Built:
    """dependentRequired, and the array form of draft-07's dependencies (segment "/dependencies")."""
    if not isinstance(value, dict):
        return None
    rules = [(name, [d for d in cast(List[Any], deps) if isinstance(d, str)]) for name, deps in cast(Dict[str, Any], value).items() if isinstance(deps, list)]
    if not rules:
        return None

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
        ok = True
        for name, deps in rules:
            if name in v:
                for dep in deps:
                    if dep not in v:
                        ok = False
                        if errors is None:
                            return False
                        errors.append(Issue(iloc, kloc + segment, f"must have property {dep} when property {name} is present"))
        return ok

    return OBJECT, check


def pattern_check(source: str, regex: Searcher) -> Tuple[int, Check]:
    """pattern: an unanchored search of the ECMA-262 source, with re's translation or the linear-time matcher."""
    message = f'must match pattern "{source}"'
    search = regex.search

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
        return search(v) is not None or _fail(errors, iloc, kloc, "pattern", message)

    return STRING, check


def format_check(name: str, test: Callable[[str], bool]) -> Tuple[int, Check]:
    message = f'must match format "{name}"'

    def check(v: Any, run: Run, errors: _Errors, iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
        return test(v) or _fail(errors, iloc, kloc, "format", message)

    return STRING, check


# By keyword (pattern and format need the compiler: see _schema.py, which also sets the order).
ASSERTIONS: Dict[str, Callable[[Any, Dict[str, Any]], Built]] = dict([
    ("type", _type),
    ("enum", _enum),
    ("const", _const),
    ("multipleOf", _multiple_of),
    ("maximum", _bound("maximum", "<=", lambda v, b: v <= b)),
    ("exclusiveMaximum", _bound("exclusiveMaximum", "<", lambda v, b: v < b)),
    ("minimum", _bound("minimum", ">=", lambda v, b: v >= b)),
    ("exclusiveMinimum", _bound("exclusiveMinimum", ">", lambda v, b: v > b)),
    ("maxLength", _count("maxLength", STRING, True, "characters")),
    ("minLength", _count("minLength", STRING, False, "characters")),
    ("maxItems", _count("maxItems", ARRAY, True, "items")),
    ("minItems", _count("minItems", ARRAY, False, "items")),
    ("uniqueItems", _unique_items),
    ("maxProperties", _count("maxProperties", OBJECT, True, "properties")),
    ("minProperties", _count("minProperties", OBJECT, False, "properties")),
    ("required", _required),
    ("dependentRequired", _dependent_required),
])
