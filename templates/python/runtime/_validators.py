"""The package's schema documents and one validator per declaration, both built on first use.

The generated _validation_schema.py holds the documents as JSON text, the pattern table (re's
translation of each pattern, or the linear-time matcher's program) and the format policy in one
SchemaSet; each generated class holds `SCHEMAS.validator("<uri>")`, with the name of its compiled
check in _checks.py when the generator compiled one. Nothing is parsed or compiled at import: the
first validation parses the documents once (json.loads, so integers of any size stay exact) and
compiles the root; each declaration's validator is then compiled once from that shared compiler.
A lock makes both steps safe from several threads; after them validation reads only immutable
state. _checks.py is imported on the first check_json."""

from __future__ import annotations

import json
import threading
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, cast

from ._linear import PatternEntry
from ._schema import SchemaValidator
from ._schema_node import Issue
from .exceptions import ValidationError, ValidationIssue

__all__ = ["SchemaSet", "Validator", "json_like", "keyword_of"]

# Keywords whose next token names a member (a property, a definition), and keywords whose next
# token is an index: neither such token is a keyword.
_MEMBER_MAPS = frozenset(("properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies"))
_SCHEMA_ARRAYS = frozenset(("allOf", "anyOf", "oneOf", "prefixItems", "items"))


def keyword_of(keyword_location: str) -> str:
    """The last keyword of a keyword location: "/properties/a/type" -> "type", "/properties/a"
    (a false schema there) -> "properties", "/oneOf/1" -> "oneOf"."""
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in keyword_location.split("/")[1:]]
    keyword = ""
    i = 0
    while i < len(tokens):
        keyword = tokens[i]
        skips = keyword in _MEMBER_MAPS or (keyword in _SCHEMA_ARRAYS and i + 1 < len(tokens) and tokens[i + 1].isdigit())
        i += 2 if skips else 1
    return keyword


class SchemaSet:
    """The schema documents ((uri, JSON text) pairs, the root's URI first among them or not), every
    pattern's Python translation or LinearProgram (None: neither exists), whether `format`
    asserts, and what imports the compiled checks' module (None: nothing compiled)."""

    def __init__(self, root_uri: str, documents: Sequence[Tuple[str, str]], patterns: Mapping[str, PatternEntry], format_assertion: bool,
                 checks: Optional[Callable[[], Any]] = None) -> None:
        self.root_uri = root_uri
        self.documents = documents
        self.patterns = patterns
        self.format_assertion = format_assertion
        self.checks = checks
        # The fast readers of _checks.py by class (the runtime's _reader makes them on first use).
        self.readers: Optional[Dict[Any, Callable[[Any], Any]]] = None
        self.lock = threading.Lock()
        self.root: Optional[SchemaValidator] = None

    def validator(self, uri: str, check: Optional[str] = None) -> Validator:
        return Validator(self, uri, check)

    def compile(self, uri: str) -> SchemaValidator:
        """The validator of the schema at an absolute URI; call with the lock held."""
        if self.root is None:
            parsed = {doc_uri: json.loads(text) for doc_uri, text in self.documents}
            root = parsed.pop(self.root_uri)
            self.root = SchemaValidator(parsed, self.root_uri, root, self.patterns, self.format_assertion)
        return self.root.at(uri)


def json_like(value: Any) -> bool:
    """Whether the value is one json.loads could have made (dict with str keys, list, str, int,
    float, bool, None: exact classes, no subclasses), which a compiled check reads exactly. A
    float that is not finite is left to the interpreter. A scan of types costs a fraction of the
    interpreter's evaluation (to_json of a 2.6 KB event: about an eighth)."""
    kind: Any = cast(Any, type(value))
    if kind is str or kind is int or kind is bool or value is None:
        return True
    if kind is float:
        return value - value == 0.0  # NaN and the infinities give NaN
    if kind is dict:
        for key, item in value.items():
            if type(key) is not str or not json_like(item):
                return False
        return True
    if kind is list:
        for item in value:
            if not json_like(item):
                return False
        return True
    return False


class Validator:
    """One declaration's validator, compiled on first use: is_valid (the fast path) and check
    (raises a ValidationError carrying every error); check_json for a value json.loads made.
    is_valid and check take any Python value: one json.loads could have made goes to the compiled
    check when there is one (the constructors', to_dict's and from_dict's values mostly are),
    anything else to the interpreter."""

    __slots__ = ("schemas", "uri", "compiled", "check_name", "parsed_is_valid")

    def __init__(self, schemas: SchemaSet, uri: str, check_name: Optional[str] = None) -> None:
        self.schemas = schemas
        self.uri = uri
        self.compiled: Optional[SchemaValidator] = None
        self.check_name = check_name
        self.parsed_is_valid: Optional[Callable[[Any], bool]] = None

    def get(self) -> SchemaValidator:
        compiled = self.compiled
        if compiled is None:
            with self.schemas.lock:
                compiled = self.compiled
                if compiled is None:
                    compiled = self.compiled = self.schemas.compile(self.uri)
        return compiled

    def is_valid(self, value: Any) -> bool:
        if self.check_name is not None and json_like(value):
            return self.json_check()(value)
        return self.get().is_valid(value)

    def check(self, value: Any) -> None:
        if self.check_name is not None and json_like(value):
            self.check_json(value)
            return
        compiled = self.get()
        if not compiled.is_valid(value):
            raise error_of(compiled.validate(value))

    def check_json(self, value: Any) -> None:
        """check, for a value json.loads made (dict, list, str, int, float, bool and None, no
        subclasses): the compiled check decides (the interpreter's is_valid when there is none),
        and the interpreter reports the errors of an invalid value."""
        if not self.json_check()(value):
            raise error_of(self.get().validate(value))

    def json_check(self) -> Callable[[Any], bool]:
        """What check_json asks first: the compiled check (the interpreter's is_valid when there is none)."""
        is_valid = self.parsed_is_valid
        if is_valid is None:
            is_valid = self.parsed_is_valid = self._parsed_is_valid()
        return is_valid

    def _parsed_is_valid(self) -> Callable[[Any], bool]:
        loader = self.schemas.checks
        if self.check_name is None or loader is None:
            return self.get().is_valid
        return cast(Callable[[Any], bool], getattr(loader(), self.check_name))


def error_of(issues: List[Issue]) -> ValidationError:
    found = [ValidationIssue(i.instance_location, i.keyword_location, keyword_of(i.keyword_location), i.message) for i in issues]
    if not found:  # is_valid and validate disagree: a bug in the interpreter, reported, never hidden
        found = [ValidationIssue("", "", "", "is invalid")]
    first = found[0]
    return ValidationError(first.pointer, first.keyword, first.message, first.keyword_location, found)
