"""The compiled form of a schema: one Node per schema object, holding for each kind of JSON value
the checks that apply to it, in the order errors are reported.

Every check has the same signature, `(instance, run, errors, instance_location, keyword_location,
annotations) -> bool`. `errors` is None on the fast path (is_valid, and the subschemas of anyOf,
oneOf, not, if, contains and propertyNames, whose own errors are never reported): then the
locations are "" and never extended, so no string is built. `annotations` is None unless some
enclosing schema has unevaluatedProperties/unevaluatedItems: only then do the checks record which
members and items they evaluated, and only when they pass (a failing keyword or subschema
annotates nothing)."""

from __future__ import annotations

from typing import Any, Callable, Dict, FrozenSet, List, Optional, Set, Tuple

__all__ = ["Issue", "Annotations", "Resource", "Run", "Check", "Node", "OBJECT", "ARRAY", "STRING", "NUMBER", "BOOLEAN", "NULL", "ANY", "kind_of", "false_check",
           "Conditions", "BranchTags"]

# The kinds of JSON value, as bits of the mask a check applies to.
OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL = 1, 2, 4, 8, 16, 32
ANY = 63
_KINDS: Dict[type, int] = {dict: 0, list: 1, str: 2, int: 3, float: 3, bool: 4, type(None): 5}


def kind_of(instance: Any) -> int:
    """The index (0 object .. 5 null) of an instance's kind; bool before int, as bool is an int."""
    kind = _KINDS.get(instance.__class__)
    if kind is not None:
        return kind
    for cls, index in ((bool, 4), (dict, 0), (list, 1), (str, 2), (int, 3), (float, 3)):
        if isinstance(instance, cls):
            return index
    raise TypeError(f"not a JSON value: {type(instance).__name__}")


class Issue:
    """One validation error: where in the instance, which keyword along the evaluation path (both
    JSON pointers), and the message."""

    __slots__ = ("instance_location", "keyword_location", "message")

    def __init__(self, instance_location: str, keyword_location: str, message: str) -> None:
        self.instance_location = instance_location
        self.keyword_location = keyword_location
        self.message = message

    def __repr__(self) -> str:
        return f"Issue({self.instance_location!r}, {self.keyword_location!r}, {self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Issue):
            return NotImplemented
        return (self.instance_location, self.keyword_location, self.message) == (other.instance_location, other.keyword_location, other.message)

    def __hash__(self) -> int:
        return hash((self.instance_location, self.keyword_location, self.message))


class Annotations:
    """What a schema evaluated of one instance: member names, and items (a prefix and, from
    contains, single indices). Only annotations of schemas that passed are merged upwards."""

    __slots__ = ("props", "prefix", "indices")

    def __init__(self) -> None:
        self.props: Set[str] = set()
        self.prefix = 0
        self.indices: Set[int] = set()

    def merge(self, other: Annotations) -> None:
        if other.props:
            self.props |= other.props
        if other.prefix > self.prefix:
            self.prefix = other.prefix
        if other.indices:
            self.indices |= other.indices


class Resource:
    """A schema resource (a document, or a subschema with its own $id): its absolute URI and its
    $dynamicAnchor targets, which $dynamicRef looks up along the dynamic scope."""

    __slots__ = ("uri", "dynamic_anchors")

    def __init__(self, uri: str) -> None:
        self.uri = uri
        self.dynamic_anchors: Dict[str, Node] = {}


class Run:
    """The state of one validation: the dynamic scope (resources entered, outermost first), kept
    only when the schema uses $dynamicRef."""

    __slots__ = ("scope", "track")

    def __init__(self, track: bool, root: Resource) -> None:
        self.track = track
        self.scope: List[Resource] = [root]


Check = Callable[[Any, Run, Optional[List[Issue]], str, str, Optional[Annotations]], bool]


class Node:
    """One compiled schema object (or boolean schema). `checks[kind]` lists the checks that apply
    to instances of that kind; `collect[kind]` says the node has an unevaluated* keyword for that
    kind and so gathers annotations even when its caller does not."""

    __slots__ = ("resource", "checks", "collect")

    def __init__(self, resource: Resource) -> None:
        self.resource = resource
        self.checks: List[List[Check]] = [[] for _ in range(6)]
        self.collect = [False] * 6

    def finish(self, checks: List[tuple[int, Check]], uneval_props: bool, uneval_items: bool) -> None:
        for kind in range(6):
            self.checks[kind] = [check for mask, check in checks if mask & (1 << kind)]
        self.collect[0] = uneval_props
        self.collect[1] = uneval_items

    def eval(self, instance: Any, run: Run, errors: Optional[List[Issue]], iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
        kind = _KINDS.get(instance.__class__)
        if kind is None:
            kind = kind_of(instance)
        if run.track or ann is not None or self.collect[kind]:
            return self._eval_scoped(kind, instance, run, errors, iloc, kloc, ann)
        if errors is None:
            for check in self.checks[kind]:
                if not check(instance, run, None, iloc, kloc, ann):
                    return False
            return True
        ok = True
        for check in self.checks[kind]:
            if not check(instance, run, errors, iloc, kloc, ann):
                ok = False
        return ok

    def _eval_scoped(self, kind: int, instance: Any, run: Run, errors: Optional[List[Issue]], iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
        """eval when the dynamic scope is kept or annotations are gathered: the node's own, merged
        into the caller's only when it passes (a failing subschema contributes none, as in allOf)."""
        pushed = False
        if run.track and run.scope[-1] is not self.resource:
            run.scope.append(self.resource)
            pushed = True
        local = Annotations() if ann is not None or self.collect[kind] else None
        ok = True
        for check in self.checks[kind]:
            if not check(instance, run, errors, iloc, kloc, local):
                ok = False
                if errors is None:
                    break
        if pushed:
            run.scope.pop()
        if ok and ann is not None and local is not None:
            ann.merge(local)
        return ok


def false_check(instance: Any, run: Run, errors: Optional[List[Issue]], iloc: str, kloc: str, ann: Optional[Annotations]) -> bool:
    """The boolean schema `false`, located at the schema itself."""
    if errors is not None:
        errors.append(Issue(iloc, kloc, "boolean schema is false"))
    return False


Conditions = Dict[str, Tuple[bool, Optional[FrozenSet[str]]]]
"""What a schema holds of every object it accepts, per member: whether it is required, and the
strings its value must be among (None: any value)."""


class BranchTags:
    """Which branches of an anyOf or oneOf (or a union's variants) an object can match, told apart
    by a member whose value each of several restricts to strings (OpenAI's "type"), then, among
    those one tag leaves, by another ("role"). A branch left out cannot match: which branches
    match, and so validity, annotations and errors, are as when every branch is tried."""

    __slots__ = ("wire", "by_tag", "within", "absent", "other")

    def __init__(self, wire: str, by_tag: Dict[str, List[int]], within: Dict[str, BranchTags], absent: List[int], other: List[int]) -> None:
        self.wire = wire
        self.by_tag = by_tag
        self.within = within
        self.absent = absent
        self.other = other

    @staticmethod
    def of(conditions: List[Conditions], indices: List[int], used: FrozenSet[str]) -> Optional[BranchTags]:
        """The index of the branches `indices` by the member most of them restrict to strings, not `used` already; None when none does."""
        counts: Dict[str, int] = {}
        best: Optional[str] = None
        for i in indices:
            for wire, (_, strings) in conditions[i].items():
                if strings is None or wire in used:
                    continue
                counts[wire] = counts.get(wire, 0) + 1
                if best is None or counts[wire] > counts[best]:
                    best = wire
        if best is None:
            return None
        wire: str = best
        by_tag: Dict[str, List[int]] = {}
        within: Dict[str, BranchTags] = {}
        for i in indices:
            for tag in conditions[i].get(wire, (False, None))[1] or ():
                if tag in by_tag:
                    continue
                by_tag[tag] = [j for j in indices if _allows(conditions[j].get(wire), tag)]
                if len(by_tag[tag]) > 1 and len(used) < 3:
                    deeper = BranchTags.of(conditions, by_tag[tag], used | {wire})
                    if deeper is not None:
                        within[tag] = deeper
        absent = [j for j in indices if not _required(conditions[j].get(wire))]
        other = [j for j in indices if _any_value(conditions[j].get(wire))]
        return BranchTags(wire, by_tag, within, absent, other)

    def candidates(self, value: Dict[str, Any]) -> Optional[List[int]]:
        """The branches, in order, that the object can match; None: any (a tag of a str subclass, from_dict's, is not looked up)."""
        if self.wire not in value:
            return self.absent
        tag = value[self.wire]
        if tag.__class__ is not str:
            return None if isinstance(tag, str) else self.other
        found = self.by_tag.get(tag)
        if found is None:
            return self.other
        deeper = self.within.get(tag)
        return found if deeper is None else deeper.candidates(value)


def _allows(condition: Optional[Tuple[bool, Optional[FrozenSet[str]]]], tag: str) -> bool:
    return condition is None or condition[1] is None or tag in condition[1]


def _required(condition: Optional[Tuple[bool, Optional[FrozenSet[str]]]]) -> bool:
    return condition is not None and condition[0]


def _any_value(condition: Optional[Tuple[bool, Optional[FrozenSet[str]]]]) -> bool:
    return condition is None or condition[1] is None
