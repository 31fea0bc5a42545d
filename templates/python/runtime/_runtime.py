"""Runtime support for the generated models, standard library only: the validation error, the
schema checks (JSON Schema 2020-12 semantics: the same decisions as Ajv), and the base classes
that give every model openapi-generator's methods (to_str, to_json, from_json, to_dict, from_dict)."""

from __future__ import annotations

import json
import pprint
import re
from enum import Enum
from typing import Any, Callable, ClassVar, Dict, Generic, List, Optional, Set, Tuple, Type, TypeVar, Union, cast

from .exceptions import ValidationError

__all__ = [
    "ValidationError", "UNSET", "json_equal", "to_jsonable", "Schema", "AnyValue", "Null", "Boolean", "String",
    "Number", "Integer", "Const", "Array", "Map", "Nullable", "Ref", "Field", "Model", "OneOf", "TypeAdapter", "enum_from_json",
    "nullable_enum_from_json",
]

_M = TypeVar("_M", bound="Model")
_U = TypeVar("_U", bound="OneOf")
_E = TypeVar("_E", bound=Enum)
_T = TypeVar("_T")


class _Unset:
    """The default of optional nullable fields: tells "not given" (never written) from None (null)."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


def _child(pointer: str, key: Union[str, int]) -> str:
    return pointer + "/" + str(key).replace("~", "~0").replace("/", "~1")


def _type_error(pointer: str, expected: str) -> ValidationError:
    return ValidationError(pointer, "type", f"must be {expected}")


def _raise(issue: Optional[ValidationError]) -> None:
    if issue is not None:
        raise issue


def _parse(json_str: Union[str, bytes]) -> Any:
    try:
        return json.loads(json_str)
    except ValueError as error:
        raise ValidationError("", "json", f"is not valid JSON: {error}") from None


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def json_equal(a: Any, b: Any) -> bool:
    """Equality of JSON values: numbers by value (1 == 1.0), booleans never equal to numbers."""
    if _is_number(a) and _is_number(b):
        return cast(float, a) == cast(float, b)
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        la, lb = cast(List[Any], a), cast(List[Any], b)
        return len(la) == len(lb) and all(json_equal(x, y) for x, y in zip(la, lb))
    if isinstance(a, dict):
        da, db = cast(Dict[str, Any], a), cast(Dict[str, Any], b)
        return da.keys() == db.keys() and all(json_equal(v, db[k]) for k, v in da.items())
    same: bool = a == b
    return same


class Schema:
    """One JSON Schema, three operations: check a JSON value (the first issue, or None); decode a
    checked JSON value into Python values (models, enums); encode Python values into JSON, raising
    ValidationError where a value does not fit (leaves are checked on the way)."""

    def check(self, value: Any, pointer: str) -> Optional[ValidationError]:
        return None

    def decode(self, value: Any) -> Any:
        return value

    def encode(self, value: Any, pointer: str) -> Any:
        _raise(self.check(value, pointer))
        return value


class AnyValue(Schema):
    """{}: any JSON value."""

    def encode(self, value: Any, pointer: str) -> Any:
        return to_jsonable(value)


class Null(Schema):
    def check(self, value: Any, pointer: str) -> Optional[ValidationError]:
        return None if value is None else _type_error(pointer, "null")


class Boolean(Schema):
    def check(self, value: Any, pointer: str) -> Optional[ValidationError]:
        return None if isinstance(value, bool) else _type_error(pointer, "boolean")


class String(Schema):
    """Lengths count code points, as JSON Schema does; the pattern is searched for, not anchored."""

    def __init__(self, min_length: Optional[int] = None, max_length: Optional[int] = None, pattern: Optional[str] = None, python_pattern: Optional[str] = None) -> None:
        """`pattern` is the schema's (ECMA-262) pattern, `python_pattern` the same in `re` syntax."""
        self.min_length = min_length
        self.max_length = max_length
        self.pattern = pattern
        self.regex = None if python_pattern is None else re.compile(python_pattern)

    def check(self, value: Any, pointer: str) -> Optional[ValidationError]:
        if not isinstance(value, str):
            return _type_error(pointer, "string")
        if self.min_length is not None and len(value) < self.min_length:
            return ValidationError(pointer, "minLength", f"must NOT have fewer than {self.min_length} characters")
        if self.max_length is not None and len(value) > self.max_length:
            return ValidationError(pointer, "maxLength", f"must NOT have more than {self.max_length} characters")
        if self.regex is not None and self.regex.search(value) is None:
            return ValidationError(pointer, "pattern", f'must match pattern "{self.pattern}"')
        return None


_Bound = Optional[Union[int, float]]


class Number(Schema):
    """number: any JSON number (a bool is not one); the bounds in JSON Schema's order."""

    def __init__(self, minimum: _Bound = None, maximum: _Bound = None, exclusive_minimum: _Bound = None, exclusive_maximum: _Bound = None) -> None:
        self.bounds: List[Tuple[str, _Bound, Callable[[float, float], bool], str]] = [
            ("minimum", minimum, lambda v, b: v >= b, ">="),
            ("maximum", maximum, lambda v, b: v <= b, "<="),
            ("exclusiveMinimum", exclusive_minimum, lambda v, b: v > b, ">"),
            ("exclusiveMaximum", exclusive_maximum, lambda v, b: v < b, "<"),
        ]

    def is_type(self, value: Any) -> bool:
        return _is_number(value)

    def check(self, value: Any, pointer: str) -> Optional[ValidationError]:
        if not self.is_type(value):
            return _type_error(pointer, type(self).__name__.lower())
        for keyword, bound, holds, sign in self.bounds:
            if bound is not None and not holds(value, bound):
                return ValidationError(pointer, keyword, f"must be {sign} {bound}")
        return None


class Integer(Number):
    """integer: a JSON number with an integral value, so 1.0 is one (decoded as int); bool is not."""

    def is_type(self, value: Any) -> bool:
        return _is_number(value) and (isinstance(value, int) or cast(float, value).is_integer())

    def decode(self, value: Any) -> Any:
        return int(cast(float, value))


class Const(Schema):
    def __init__(self, value: Union[str, int, float, bool]) -> None:
        self.value = value

    def check(self, value: Any, pointer: str) -> Optional[ValidationError]:
        return None if json_equal(value, self.value) else ValidationError(pointer, "const", f"must be equal to constant {json.dumps(self.value)}")

    def decode(self, value: Any) -> Any:
        return self.value


class Array(Schema):
    def __init__(self, items: Schema, min_items: Optional[int] = None, max_items: Optional[int] = None) -> None:
        self.items = items
        self.min_items = min_items
        self.max_items = max_items

    def check(self, value: Any, pointer: str) -> Optional[ValidationError]:
        if not isinstance(value, list):
            return _type_error(pointer, "array")
        items = cast(List[Any], value)
        if self.min_items is not None and len(items) < self.min_items:
            return ValidationError(pointer, "minItems", f"must NOT have fewer than {self.min_items} items")
        if self.max_items is not None and len(items) > self.max_items:
            return ValidationError(pointer, "maxItems", f"must NOT have more than {self.max_items} items")
        return next((i for i in (self.items.check(item, _child(pointer, n)) for n, item in enumerate(items)) if i is not None), None)

    def decode(self, value: Any) -> Any:
        return [self.items.decode(item) for item in cast(List[Any], value)]

    def encode(self, value: Any, pointer: str) -> Any:
        if not isinstance(value, (list, tuple)):
            raise _type_error(pointer, "a list")
        return [self.items.encode(item, _child(pointer, n)) for n, item in enumerate(cast(List[Any], value))]


class Map(Schema):
    """An object whose every value follows one schema (a dict in Python)."""

    def __init__(self, values: Schema) -> None:
        self.values = values

    def check(self, value: Any, pointer: str) -> Optional[ValidationError]:
        if not isinstance(value, dict):
            return _type_error(pointer, "object")
        entries = cast(Dict[str, Any], value).items()
        return next((i for i in (self.values.check(item, _child(pointer, key)) for key, item in entries) if i is not None), None)

    def decode(self, value: Any) -> Any:
        return {key: self.values.decode(item) for key, item in cast(Dict[str, Any], value).items()}

    def encode(self, value: Any, pointer: str) -> Any:
        if not isinstance(value, dict):
            raise _type_error(pointer, "a dict")
        return {str(key): self.values.encode(item, _child(pointer, str(key))) for key, item in cast(Dict[Any, Any], value).items()}


class Nullable(Schema):
    """The inner schema, or JSON null (None)."""

    def __init__(self, inner: Schema) -> None:
        self.inner = inner

    def check(self, value: Any, pointer: str) -> Optional[ValidationError]:
        return None if value is None else self.inner.check(value, pointer)

    def decode(self, value: Any) -> Any:
        return None if value is None else self.inner.decode(value)

    def encode(self, value: Any, pointer: str) -> Any:
        return None if value is None else self.inner.encode(value, pointer)


class _EnumSchema(Schema):
    def __init__(self, cls: Type[Enum]) -> None:
        self.cls = cls
        self.members: List[Enum] = list(cls)

    def check(self, value: Any, pointer: str) -> Optional[ValidationError]:
        if any(json_equal(value, member.value) for member in self.members):
            return None
        allowed = ", ".join(json.dumps(member.value) for member in self.members)
        return ValidationError(pointer, "enum", f"must be equal to one of the allowed values: {allowed}")

    def decode(self, value: Any) -> Any:
        return next(member for member in self.members if json_equal(value, member.value))

    def encode(self, value: Any, pointer: str) -> Any:
        if not isinstance(value, self.cls):
            raise _type_error(pointer, f"a {self.cls.__name__}")
        return value.value


class Ref(Schema):
    """A generated model, union, enum or alias (TypeAdapter), looked up on first use so that
    modules may refer to each other (recursive schemas)."""

    def __init__(self, target: Callable[[], Any]) -> None:
        self.target = target
        self.resolved: Optional[Schema] = None

    def resolve(self) -> Schema:
        if self.resolved is None:
            target: Any = self.target()
            hook: Any = getattr(target, "__codegen_schema__", None)
            self.resolved = _EnumSchema(target) if hook is None else cast(Schema, hook())
        return self.resolved

    def check(self, value: Any, pointer: str) -> Optional[ValidationError]:
        return self.resolve().check(value, pointer)

    def decode(self, value: Any) -> Any:
        return self.resolve().decode(value)

    def encode(self, value: Any, pointer: str) -> Any:
        return self.resolve().encode(value, pointer)


def enum_from_json(cls: Type[_E], json_str: str) -> _E:
    """Parses JSON text into a member of the enum; raises ValidationError."""
    schema = _EnumSchema(cls)
    value = _parse(json_str)
    _raise(schema.check(value, ""))
    return cast(_E, schema.decode(value))


def nullable_enum_from_json(cls: Type[_E], json_str: str) -> Optional[_E]:
    """As enum_from_json, for an enum whose schema also allows null (None)."""
    return None if _parse(json_str) is None else enum_from_json(cls, json_str)


class Field:
    """One declared property: attribute name, wire name, schema, whether it is required, and whether
    it accepts null (a null given or read is written back; an absent field never is)."""

    def __init__(self, attr: str, wire: str, schema: Schema, required: bool = False, nullable: bool = False) -> None:
        self.attr = attr
        self.wire = wire
        self.schema = schema
        self.required = required
        self.nullable = nullable


class Model:
    """Base of the generated object models. Subclasses list their properties in __codegen_fields__;
    unknown properties are kept in additional_properties and written back."""

    __codegen_fields__: ClassVar[Tuple[Field, ...]] = ()
    __codegen_additional__: ClassVar[Union[bool, Schema]] = True
    __codegen_nullable__: ClassVar[bool] = False

    additional_properties: Dict[str, Any]
    """Properties the schema does not declare, written back by to_dict and to_json."""

    def __init__(self, additional_properties: Optional[Dict[str, Any]] = None) -> None:
        self.__codegen_given__: Set[str] = set()
        self.additional_properties = {} if additional_properties is None else dict(additional_properties)

    def _given(self, attr: str, value: _T) -> _T:
        """An optional nullable field's value: UNSET becomes None (absent), anything else is kept
        and remembered as given, so that None is written as null."""
        if value is UNSET:
            return cast(_T, None)
        self.__codegen_given__.add(attr)
        return value

    def _validate(self) -> None:
        _raise(_ModelSchema(type(self)).check(self.__codegen_encode__(""), ""))

    def __codegen_written__(self) -> List[Tuple[Field, Any]]:
        """The declared fields to_dict writes, with their values."""
        out: List[Tuple[Field, Any]] = []
        for field in self.__codegen_fields__:
            value = getattr(self, field.attr)
            if value is not None or field.required or (field.nullable and field.attr in self.__codegen_given__):
                out.append((field, value))
        return out

    def __codegen_encode__(self, pointer: str) -> Dict[str, Any]:
        out = {field.wire: field.schema.encode(value, _child(pointer, field.wire)) for field, value in self.__codegen_written__()}
        extra = _additional_schema(type(self))
        known = {field.wire for field in self.__codegen_fields__}
        for key, value in self.additional_properties.items():
            if key not in known:
                out[key] = extra.encode(value, _child(pointer, key))
        return out

    @classmethod
    def __codegen_schema__(cls) -> Schema:
        return _ModelSchema(cls)

    def to_str(self) -> str:
        """Returns the string representation of the model (its dict, pretty-printed)."""
        return pprint.pformat(self.to_dict())

    def to_json(self) -> str:
        """Returns the JSON representation of the model."""
        return json.dumps(self.to_dict())

    @classmethod
    def from_json(cls: Type[_M], json_str: str) -> Optional[_M]:
        """Creates an instance of the model from a JSON string; raises ValidationError."""
        value = _parse(json_str)
        return None if value is None and cls.__codegen_nullable__ else _from_value(cls, value)

    def to_dict(self) -> Dict[str, Any]:
        """Returns the dictionary representation of the model, by wire name, unknown properties
        included; raises ValidationError when the model no longer follows the schema."""
        out = self.__codegen_encode__("")
        _raise(_ModelSchema(type(self)).check(out, ""))
        return out

    @classmethod
    def from_dict(cls: Type[_M], obj: Optional[Dict[str, Any]]) -> Optional[_M]:
        """Creates an instance of the model from a dict (None in, None out); raises ValidationError."""
        return None if obj is None else _from_value(cls, obj)

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and json_equal(to_jsonable(self), to_jsonable(other))

    def __repr__(self) -> str:
        parts = [f"{field.attr}={getattr(self, field.attr)!r}" for field in self.__codegen_fields__]
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


def _additional_schema(cls: Type[Model]) -> Schema:
    additional = cls.__codegen_additional__
    return additional if isinstance(additional, Schema) else AnyValue()


def _from_value(cls: Type[_T], value: Any) -> _T:
    schema = cast(Schema, getattr(cls, "__codegen_schema__")())
    _raise(schema.check(value, ""))
    return cast(_T, schema.decode(value))


class _ModelSchema(Schema):
    def __init__(self, cls: Type[Model]) -> None:
        self.cls = cls

    def check(self, value: Any, pointer: str) -> Optional[ValidationError]:
        if not isinstance(value, dict):
            return _type_error(pointer, "object")
        obj = cast(Dict[str, Any], value)
        for field in self.cls.__codegen_fields__:
            if field.wire in obj:
                issue = field.schema.check(obj[field.wire], _child(pointer, field.wire))
                if issue is not None:
                    return issue
            elif field.required:
                return ValidationError(pointer, "required", f"must have required property '{field.wire}'")
        return self.check_additional(obj, pointer)

    def check_additional(self, obj: Dict[str, Any], pointer: str) -> Optional[ValidationError]:
        additional = self.cls.__codegen_additional__
        known = {field.wire for field in self.cls.__codegen_fields__}
        for key, item in obj.items():
            if key in known or additional is True:
                continue
            if additional is False:
                return ValidationError(pointer, "additionalProperties", f"must NOT have additional property '{key}'")
            issue = additional.check(item, _child(pointer, key))
            if issue is not None:
                return issue
        return None

    def decode(self, value: Any) -> Any:
        obj = cast(Dict[str, Any], value)
        instance = self.cls.__new__(self.cls)
        Model.__init__(instance)
        for field in self.cls.__codegen_fields__:
            setattr(instance, field.attr, field.schema.decode(obj[field.wire]) if field.wire in obj else None)
            if field.wire in obj:
                instance.__codegen_given__.add(field.attr)
        known = {field.wire for field in self.cls.__codegen_fields__}
        extra = _additional_schema(self.cls)
        instance.additional_properties = {key: extra.decode(item) for key, item in obj.items() if key not in known}
        return instance

    def encode(self, value: Any, pointer: str) -> Any:
        if not isinstance(value, self.cls):
            raise _type_error(pointer, f"a {self.cls.__name__}")
        return value.__codegen_encode__(pointer)


class OneOf:
    """Base of the generated unions (oneOf and anyOf): a wrapper whose actual_instance holds the
    value of the matching variant, as in openapi-generator's python client."""

    __codegen_variants__: ClassVar[Tuple[Schema, ...]] = ()
    """Discriminated unions: the tag property and tag value -> variant index."""
    __codegen_discriminator__: ClassVar[Optional[Tuple[str, Dict[str, int]]]] = None
    __codegen_any_of__: ClassVar[bool] = False
    __codegen_nullable__: ClassVar[bool] = False

    actual_instance: Any

    def __init__(self, actual_instance: Any) -> None:
        self.actual_instance = actual_instance
        _raise(_UnionSchema(type(self)).check(self.__codegen_encode__(""), ""))

    def __codegen_encode__(self, pointer: str) -> Any:
        """The JSON of actual_instance, by the first variant it fits."""
        first: Optional[ValidationError] = None
        for variant in self.__codegen_variants__:
            try:
                return variant.encode(self.actual_instance, pointer)
            except ValidationError as error:
                first = first or error
        raise first or _type_error(pointer, "one of the variants")

    @classmethod
    def __codegen_schema__(cls) -> Schema:
        return _UnionSchema(cls)

    def to_str(self) -> str:
        """Returns the string representation of the actual instance."""
        return pprint.pformat(self.to_dict())

    def to_json(self) -> str:
        """Returns the JSON representation of the actual instance."""
        return json.dumps(self.to_dict())

    @classmethod
    def from_json(cls: Type[_U], json_str: str) -> Optional[_U]:
        """Creates the wrapper from a JSON string, choosing the variant; raises ValidationError."""
        value = _parse(json_str)
        return None if value is None and cls.__codegen_nullable__ else _from_value(cls, value)

    def to_dict(self) -> Any:
        """Returns the JSON value of the actual instance (a dict for an object variant)."""
        out = self.__codegen_encode__("")
        _raise(_UnionSchema(type(self)).check(out, ""))
        return out

    @classmethod
    def from_dict(cls: Type[_U], obj: Any) -> Optional[_U]:
        """Creates the wrapper from a dict or other JSON value (None in, None out)."""
        return None if obj is None else _from_value(cls, obj)

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and json_equal(to_jsonable(self), to_jsonable(other))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.actual_instance!r})"


class _UnionSchema(Schema):
    def __init__(self, cls: Type[OneOf]) -> None:
        self.cls = cls
        self.variants = cls.__codegen_variants__

    def tagged(self, value: Any, pointer: str) -> Union[Schema, ValidationError]:
        """The variant a discriminated union's tag names, or why there is none."""
        name, mapping = cast(Tuple[str, Dict[str, int]], self.cls.__codegen_discriminator__)
        if not isinstance(value, dict):
            return _type_error(pointer, "object")
        tag = cast(Dict[str, Any], value).get(name)
        if not isinstance(tag, str):
            return ValidationError(pointer, "discriminator", f'tag "{name}" must be string')
        if tag not in mapping:
            return ValidationError(pointer, "discriminator", f'value of tag "{name}" must be in oneOf, found {json.dumps(tag)}')
        return self.variants[mapping[tag]]

    def check(self, value: Any, pointer: str) -> Optional[ValidationError]:
        if self.cls.__codegen_discriminator__ is not None:
            chosen = self.tagged(value, pointer)
            return chosen if isinstance(chosen, ValidationError) else chosen.check(value, pointer)
        issues = [variant.check(value, pointer) for variant in self.variants]
        matches = sum(1 for issue in issues if issue is None)
        if matches == 1 or (matches > 1 and self.cls.__codegen_any_of__):
            return None
        if matches == 0:
            return next(issue for issue in issues if issue is not None)
        return ValidationError(pointer, "oneOf", "must match exactly one schema in oneOf")

    def decode(self, value: Any) -> Any:
        if self.cls.__codegen_discriminator__ is not None:
            variant = cast(Schema, self.tagged(value, ""))
        else:
            variant = next(v for v in self.variants if v.check(value, "") is None)
        instance = self.cls.__new__(self.cls)
        instance.actual_instance = variant.decode(value)
        return instance

    def encode(self, value: Any, pointer: str) -> Any:
        if not isinstance(value, self.cls):
            raise _type_error(pointer, f"a {self.cls.__name__}")
        return value.__codegen_encode__(pointer)


class TypeAdapter(Generic[_T]):
    """Validation and JSON for a named type that is not a class (an alias such as Tags = List[str]);
    the method names are pydantic's TypeAdapter's."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema

    def __codegen_schema__(self) -> Schema:
        return self.schema

    def validate_python(self, value: Any) -> _T:
        """Checks JSON-like data (dicts, lists, str, ...) and returns it as the typed value."""
        _raise(self.schema.check(value, ""))
        return cast(_T, self.schema.decode(value))

    def validate_json(self, json_str: Union[str, bytes]) -> _T:
        """Parses and checks JSON text; raises ValidationError."""
        return self.validate_python(_parse(json_str))

    def dump_python(self, value: _T) -> Any:
        """The JSON-like data of a typed value; raises ValidationError."""
        out = self.schema.encode(value, "")
        _raise(self.schema.check(out, ""))
        return out

    def dump_json(self, value: _T) -> str:
        """The JSON text of a typed value; raises ValidationError."""
        return json.dumps(self.dump_python(value))


def to_jsonable(value: Any) -> Any:
    """Any generated value (model, union, enum, and lists and dicts of them) as JSON-like data,
    without validating it."""
    if isinstance(value, Model):
        out = {field.wire: to_jsonable(item) for field, item in value.__codegen_written__()}
        for key, item in value.additional_properties.items():
            out.setdefault(key, to_jsonable(item))
        return out
    if isinstance(value, OneOf):
        return to_jsonable(value.actual_instance)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in cast(List[Any], value)]
    if isinstance(value, dict):
        return {str(key): to_jsonable(item) for key, item in cast(Dict[Any, Any], value).items()}
    return value
