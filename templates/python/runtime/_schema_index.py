"""Where every schema of a set of documents lives: the base URI of each schema object, the schema
resources by absolute URI ($id, embedded ones included), their $anchor and $dynamicAnchor names.

Only schema positions are walked (the applicator keywords' values, $defs), so an $id inside an
enum, a const or an unknown keyword is not an identifier, as the specification says. A JSON
pointer may still reach anything (a $ref into an unknown keyword is allowed)."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple, cast

from ._schema_uri import pointer_tokens, resolve_uri, split_fragment

__all__ = ["SchemaIndex", "SchemaCompileError"]

# Keywords whose value is a schema, an object of schemas, or an array of schemas (draft 2020-12,
# and the older names a referenced draft-07 or 2019-09 document uses).
_ONE = frozenset(["additionalProperties", "contains", "else", "if", "items", "not", "propertyNames", "then", "unevaluatedItems",
                  "unevaluatedProperties", "additionalItems"])
_NAMED = frozenset(["$defs", "definitions", "dependentSchemas", "patternProperties", "properties", "dependencies"])
_LIST = frozenset(["allOf", "anyOf", "oneOf", "prefixItems", "items"])

_VALIDATION = "https://json-schema.org/draft/2020-12/vocab/validation"
_FORMAT_ASSERTION = "https://json-schema.org/draft/2020-12/vocab/format-assertion"


class SchemaCompileError(ValueError):
    """The schema cannot be compiled: an unresolvable $ref, a pattern without translation, or a
    reference loop found while validating."""


class _Resource:
    __slots__ = ("root", "anchors", "dynamic")

    def __init__(self, root: Any) -> None:
        self.root = root
        self.anchors: Dict[str, Any] = {}
        self.dynamic: Dict[str, Any] = {}


class SchemaIndex:
    def __init__(self) -> None:
        self.resources: Dict[str, _Resource] = {}
        self.bases: Dict[int, str] = {}
        self.keep: List[Any] = []  # the documents, so that no object id is reused while indexed

    def add_document(self, uri: str, document: Any) -> str:
        """Indexes a document retrieved from `uri`; returns its root's base URI (its $id wins)."""
        self.keep.append(document)
        base = split_fragment(uri)[0]
        self.resources.setdefault(base, _Resource(document))
        self._walk(document, base)
        return self.bases.get(id(document), base)

    def _walk(self, raw: Any, base: str) -> None:
        if isinstance(raw, list):
            for item in cast(List[Any], raw):
                self._walk(item, base)
            return
        if not isinstance(raw, dict):
            return
        schema = cast(Dict[str, Any], raw)
        ident = schema.get("$id")
        if isinstance(ident, str):
            if ident.startswith("#"):  # draft-07 and before: a plain-name $id is an anchor
                self.resources[base].anchors.setdefault(ident[1:], raw)
            else:
                base = split_fragment(resolve_uri(base, ident))[0]
                self.resources.setdefault(base, _Resource(raw))
        self.bases[id(schema)] = base
        resource = self.resources[base]
        anchor = schema.get("$anchor")
        if isinstance(anchor, str):
            resource.anchors.setdefault(anchor, raw)
        dynamic = schema.get("$dynamicAnchor")
        if isinstance(dynamic, str):
            resource.anchors.setdefault(dynamic, raw)
            resource.dynamic.setdefault(dynamic, raw)
        for key, value in schema.items():
            if key in _ONE or key in _LIST:
                self._walk(value, base) if isinstance(value, (dict, list)) else None
            elif key in _NAMED and isinstance(value, dict):
                for item in cast(Dict[str, Any], value).values():
                    self._walk(item, base)

    def base_for(self, raw: Any, base: str) -> str:
        """The base URI of a schema object: as indexed, else (reached by pointer through a position
        not walked) the given base changed by its own $id."""
        known = self.bases.get(id(raw))
        if known is not None:
            return known
        if isinstance(raw, dict):
            ident = cast(Dict[str, Any], raw).get("$id")
            if isinstance(ident, str) and not ident.startswith("#"):
                return split_fragment(resolve_uri(base, ident))[0]
        return base

    def lookup(self, uri: str) -> Tuple[Any, str]:
        """The schema object an absolute URI names, and the base URI it sits in."""
        resource_uri, fragment = split_fragment(uri)
        resource = self.resources.get(resource_uri)
        if resource is None:
            raise SchemaCompileError(f"unresolvable $ref {uri}: no document or $id {resource_uri}")
        tokens = pointer_tokens(fragment)
        if tokens is None:
            found = resource.anchors.get(fragment)
            if found is None:
                raise SchemaCompileError(f"unresolvable $ref {uri}: no anchor {fragment!r}")
            return found, self.base_for(found, resource_uri)
        node: Any = resource.root
        base = resource_uri
        for token in tokens:
            if isinstance(node, dict) and token in node:
                node = cast(Dict[str, Any], node)[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(cast(List[Any], node)):
                node = cast(List[Any], node)[int(token)]
            else:
                raise SchemaCompileError(f"unresolvable $ref {uri}: no {token!r} in the pointer")
            base = self.base_for(node, base)
        return node, base

    def dialect(self, base: str) -> Tuple[str, bool, bool]:
        """The $schema of the resource at `base` ("" when it has none); whether the validation
        vocabulary is on (off only when that meta-schema is indexed and its $vocabulary omits it);
        whether it has the format-assertion vocabulary (then formats assert, required or not)."""
        resource = self.resources.get(base)
        root: Any = None if resource is None else resource.root
        declared = cast(Dict[str, Any], root).get("$schema") if isinstance(root, dict) else None
        if not isinstance(declared, str):
            return "", True, False
        meta = self.resources.get(split_fragment(declared)[0])
        meta_root: Any = None if meta is None else meta.root
        vocabulary = cast(Dict[str, Any], meta_root).get("$vocabulary") if isinstance(meta_root, dict) else None
        if not isinstance(vocabulary, dict):
            return declared, True, False
        return declared, _VALIDATION in vocabulary, _FORMAT_ASSERTION in vocabulary

    def dynamic_anchor(self, uri: str, name: str) -> Any:
        """The schema object with that $dynamicAnchor in the resource at `uri`, or None."""
        resource = self.resources.get(uri)
        return None if resource is None else resource.dynamic.get(name)
