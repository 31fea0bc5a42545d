"""OpenAPI's `discriminator` beside `oneOf`/`anyOf`: it never changes validity; it chooses which
errors a failing union reports, as Ajv's `discriminator` option does, so that a bad event of a
40-variant union names its own mistakes, not 39 wrong `type`s. On an object instance: the tag
absent or not a string is one error at <kloc>/discriminator; a tag no variant takes is one error
there too; else the chosen variant's own errors, or (it passes, so several matched) the usual one."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Tuple, cast

from ._schema_node import Annotations, Check, Issue, Node, Run
from ._schema_uri import resolve_uri

# cast() names a subscripted type as a string, which it never evaluates (see _runtime.py).
__all__ = ["discriminated", "tag_choices"]

_MESSAGES = {"oneOf": "must match exactly one schema in oneOf", "anyOf": "must match a schema in anyOf"}


def tag_choices(name: str, mapping: Any, raws: List[Any], base: str, lookup: Callable[[str, str], Tuple[Any, str]]) -> Dict[str, int]:
    """tag -> variant index: the first variant whose $ref equals mapping[tag] (both resolved against
    `base`), else the first whose schema (through its $refs) has properties/<name> with a const
    equal to the tag or an enum holding it. `lookup(base, ref)` is (schema, its base URI)."""
    refs = [_ref_uri(raw, base) for raw in raws]
    choices: Dict[str, int] = {}
    entries: Dict[Any, Any] = cast("Dict[Any, Any]", mapping) if isinstance(mapping, dict) else {}
    for tag, target in entries.items():
        if isinstance(tag, str) and isinstance(target, str) and resolve_uri(base, target) in refs:
            choices[tag] = refs.index(resolve_uri(base, target))
    for index, raw in enumerate(raws):
        for tag in _tags(name, raw, base, lookup):
            choices.setdefault(tag, index)
    return choices


def _ref_uri(raw: Any, base: str) -> Optional[str]:
    ref: Any = cast("Dict[str, Any]", raw).get("$ref") if isinstance(raw, dict) else None
    return resolve_uri(base, ref) if isinstance(ref, str) else None


def _tags(name: str, raw: Any, base: str, lookup: Callable[[str, str], Tuple[Any, str]]) -> List[str]:
    for _ in range(64):  # a $ref chain longer than this (or a cycle) names no tag
        if not isinstance(raw, dict):
            return []
        schema = cast("Dict[str, Any]", raw)
        properties: Any = schema.get("properties")
        member: Any = cast("Dict[str, Any]", properties).get(name) if isinstance(properties, dict) else None
        if isinstance(member, dict):
            found = cast("Dict[str, Any]", member)
            values: List[Any] = [found["const"]] if "const" in found else []
            values += cast("List[Any]", found["enum"]) if isinstance(found.get("enum"), list) else []
            if values:
                return [v for v in values if isinstance(v, str)]
        ref: Any = schema.get("$ref")
        if not isinstance(ref, str):
            return []
        raw, base = lookup(base, ref)
    return []


def discriminated(built: Tuple[int, Check], keyword: str, nodes: List[Node], name: str, choices: Dict[str, int]) -> Tuple[int, Check]:
    mask, union = built
    usual = _MESSAGES[keyword]

    def check(v: Any, run: Run, errors: Optional[List[Issue]], iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
        if errors is None or not isinstance(v, dict):
            return union(v, run, errors, iloc, kloc, ann)
        if union(v, run, None, iloc, kloc, ann):
            return True
        tag: Any = cast("Dict[str, Any]", v).get(name)
        if not isinstance(tag, str):
            errors.append(Issue(iloc, kloc + "/discriminator", f'tag "{name}" must be string'))
        elif tag not in choices:
            errors.append(Issue(iloc, kloc + "/discriminator", f'value of tag "{name}" must be in {keyword}'))
        elif nodes[choices[tag]].eval(v, run, errors, iloc, f"{kloc}/{keyword}/{choices[tag]}", None):
            errors.append(Issue(iloc, f"{kloc}/{keyword}", usual))
        return False

    return mask, check
