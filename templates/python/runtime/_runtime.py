"""Runtime support for the generated models, standard library only: the base classes that give
every model openapi-generator's methods (to_str, to_json, from_json, to_dict, from_dict), and the
binding of JSON values to them. Validation is the JSON Schema 2020-12 interpreter's (_schema.py):
each generated class holds the Validator of its schema (_validators.py); parsing runs its fast
path, then binds, and asks for the errors only when the value is invalid. The native views of
formatted values (datetime, date, UUID) are _format_views.py's, re-exported for the models."""

from __future__ import annotations

import json
import pprint
from enum import Enum
from keyword import iskeyword
from typing import Any, Callable, ClassVar, Dict, FrozenSet, Generic, List, Optional, Set, Tuple, Type, TypeVar, Union, cast

# cast() names a subscripted type as a string: cast never evaluates it, where Dict[str, Any] is
# built by typing anew on every call (a third of a microsecond, on the paths every parse takes).

from ._format_views import DATE_TIME_VIEW, DATE_VIEW, UUID_VIEW
from ._schema_node import BranchTags, Conditions
from ._validators import SchemaSet, Validator, json_like
from .exceptions import ValidationError, ValidationIssue

__all__ = [
    "ValidationError", "ValidationIssue", "SchemaSet", "Validator", "UNSET", "json_equal", "to_jsonable", "Schema", "AnyValue", "Null",
    "Boolean", "String", "Number", "Integer", "Const", "Array", "Map", "Nullable", "Ref", "Field", "Model", "OneOf", "TypeAdapter",
    "enum_from_json", "nullable_enum_from_json", "DATE_TIME_VIEW", "DATE_VIEW", "UUID_VIEW", "NONE_GIVEN", "field_decoders",
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


# json.loads's own scanner (the C one where CPython has it), called directly: json.loads wraps it in
# two Python-level calls and two whitespace matches, which cost more than the scan of a small event.
_SCAN: Callable[[str, int], Tuple[Any, int]] = getattr(json.JSONDecoder(), "scan_once")


def _parse(json_str: Union[str, bytes]) -> Any:
    """json.loads(json_str), or ValidationError. Text that starts with a value is scanned directly
    (the same scanner and result); anything else (leading space, bytes, invalid JSON) goes through
    json.loads, whose error is the one reported."""
    if isinstance(json_str, str):
        try:
            value, end = _SCAN(json_str, 0)
        except (StopIteration, ValueError):
            pass  # json.loads says what is wrong
        else:
            if end == len(json_str) or not json_str[end:].strip(" \t\n\r"):
                return value
    try:
        return json.loads(json_str)
    except ValueError as error:
        raise ValidationError("", "json", f"is not valid JSON: {error}") from None


_NoneType = type(None)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def json_equal(a: Any, b: Any) -> bool:
    """Equality of JSON values: numbers by value (1 == 1.0), booleans never equal to numbers."""
    if _is_number(a) and _is_number(b):
        return cast(float, a) == cast(float, b)
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        la, lb = cast("List[Any]", a), cast("List[Any]", b)
        return len(la) == len(lb) and all(json_equal(x, y) for x, y in zip(la, lb))
    if isinstance(a, dict):
        da, db = cast("Dict[str, Any]", a), cast("Dict[str, Any]", b)
        return da.keys() == db.keys() and all(json_equal(v, db[k]) for k, v in da.items())
    same: bool = a == b
    return same


class Schema:
    """How the JSON values of one schema bind to Python values. The interpreter (_schema.py, through
    each declaration's Validator) has checked a value before `decode` sees it, so binding checks
    nothing; `fits` only tells a union which variant a valid value belongs to (exact for a
    declaration, which has its own validator; by JSON type for an inline variant, whose constraints
    do not change the Python value it binds to)."""

    def fits(self, value: Any) -> bool:
        return True

    def fits_kind(self, kind: type) -> Optional[bool]:
        """Whether fits holds for every value of this exact class (True), for none (False), or only
        the value tells (None: a declaration's answer, whose fits is its validator). A union binds
        by class where that alone tells (_kind_table)."""
        return None

    def decode(self, value: Any) -> Any:
        return value

    def decoder(self) -> Callable[[Any], Any]:
        """decode as one function, made once by whoever binds through this schema (a model's
        decoder, an array's): what binding calls per value, with nothing left to look up."""
        return self.decode


class AnyValue(Schema):
    """{}: any JSON value."""

    def fits_kind(self, kind: type) -> Optional[bool]:
        return True


class Null(Schema):
    def fits(self, value: Any) -> bool:
        return value is None

    def fits_kind(self, kind: type) -> Optional[bool]:
        return kind is _NoneType


class Boolean(Schema):
    def fits(self, value: Any) -> bool:
        return isinstance(value, bool)

    def fits_kind(self, kind: type) -> Optional[bool]:
        return kind is bool


class String(Schema):
    def fits(self, value: Any) -> bool:
        return isinstance(value, str)

    def fits_kind(self, kind: type) -> Optional[bool]:
        return kind is str


class Number(Schema):
    """number: any JSON number (a bool is not one)."""

    def fits(self, value: Any) -> bool:
        return _is_number(value)

    def fits_kind(self, kind: type) -> Optional[bool]:
        return kind is int or kind is float


class Integer(Number):
    """integer: a JSON number with an integral value, so 1.0 is one (decoded as int); bool is not."""

    def fits(self, value: Any) -> bool:
        return _is_number(value) and (isinstance(value, int) or cast(float, value).is_integer())

    def fits_kind(self, kind: type) -> Optional[bool]:
        return True if kind is int else None if kind is float else False

    def decode(self, value: Any) -> Any:
        return value if isinstance(value, int) else int(value)


class Const(Schema):
    def __init__(self, value: Union[str, int, float, bool]) -> None:
        self.value = value

    def fits(self, value: Any) -> bool:
        return json_equal(value, self.value)

    def fits_kind(self, kind: type) -> Optional[bool]:
        if self.value.__class__ is int or self.value.__class__ is float:
            can = kind is int or kind is float  # 1 == 1.0
        else:
            can = kind is self.value.__class__  # a bool equals no number
        return None if can else False

    def decode(self, value: Any) -> Any:
        return self.value


class Array(Schema):
    def __init__(self, items: Schema) -> None:
        self.items = items

    def fits(self, value: Any) -> bool:
        return isinstance(value, list) and all(self.items.fits(item) for item in cast("List[Any]", value))

    def fits_kind(self, kind: type) -> Optional[bool]:
        return None if kind is list else False

    def decode(self, value: Any) -> Any:
        return self.decoder()(value)

    def decoder(self) -> Callable[[Any], Any]:
        if _plain(self.items):
            return list  # every item binds to itself: a copy
        decode = self.items.decoder()

        def decode_array(value: Any) -> Any:
            return [decode(item) for item in value]

        return decode_array


class Map(Schema):
    """An object whose every value follows one schema (a dict in Python)."""

    def __init__(self, values: Schema) -> None:
        self.values = values

    def fits(self, value: Any) -> bool:
        return isinstance(value, dict) and all(self.values.fits(item) for item in cast("Dict[str, Any]", value).values())

    def fits_kind(self, kind: type) -> Optional[bool]:
        return None if kind is dict else False

    def decode(self, value: Any) -> Any:
        return self.decoder()(value)

    def decoder(self) -> Callable[[Any], Any]:
        if _plain(self.values):
            return dict  # every value binds to itself: a copy
        decode = self.values.decoder()

        def decode_map(value: Any) -> Any:
            items: Dict[str, Any] = value
            return {key: decode(item) for key, item in items.items()}

        return decode_map


class Nullable(Schema):
    """The inner schema, or JSON null (None)."""

    def __init__(self, inner: Schema) -> None:
        self.inner = inner

    def fits(self, value: Any) -> bool:
        return value is None or self.inner.fits(value)

    def fits_kind(self, kind: type) -> Optional[bool]:
        return True if kind is _NoneType else self.inner.fits_kind(kind)

    def decode(self, value: Any) -> Any:
        return None if value is None else self.inner.decode(value)

    def decoder(self) -> Callable[[Any], Any]:
        decode = self.inner.decoder()

        def decode_nullable(value: Any) -> Any:
            return None if value is None else decode(value)

        return decode_nullable


def _validator(target: Any) -> Validator:
    """The Validator of a generated class, enum or TypeAdapter."""
    validator: Validator = getattr(target, "__codegen_validator__")
    return validator


class _EnumSchema(Schema):
    def __init__(self, cls: Type[Enum]) -> None:
        self.cls = cls
        self.members: List[Enum] = list(cls)
        # A string is looked up (json_equal is == for two strings); other values are compared in turn.
        self.strings: Dict[str, Enum] = {}
        for member in reversed(self.members):
            if isinstance(member.value, str):
                self.strings[member.value] = member
        # Whether the schema accepts a member's string, asked once per member: a union choosing
        # its variant asks it of every value, and the answer never changes.
        self.fitting: Dict[str, bool] = {}

    def fits(self, value: Any) -> bool:
        if value.__class__ is str and value in self.strings:
            known = self.fitting.get(value)
            if known is None:
                known = self.fitting[value] = _validator(self.cls).is_valid(value)
            return known
        return _validator(self.cls).is_valid(value)

    def decode(self, value: Any) -> Any:
        if value.__class__ is str:
            found = self.strings.get(value)
            if found is not None:
                return found
        return next(member for member in self.members if json_equal(value, member.value))

    def decoder(self) -> Callable[[Any], Any]:
        # Every member a string: a valid value is one of them, looked up with no Python call.
        return self.strings.__getitem__ if len(self.strings) == len(self.members) else self.decode


class Ref(Schema):
    """A generated model, union, enum or alias (TypeAdapter), looked up on first use so that
    modules may refer to each other (recursive schemas)."""

    def __init__(self, target: Callable[[], Any]) -> None:
        self.target = target
        self.resolved: Optional[Schema] = None

    def resolve(self) -> Schema:
        if self.resolved is None:
            # A type's one binding schema, shared by every Ref to it: its decoder is made once.
            self.resolved = _bound_schema(self.target())
        return self.resolved

    def fits(self, value: Any) -> bool:
        return self.resolve().fits(value)

    def decode(self, value: Any) -> Any:
        resolved = self.resolved
        return (self.resolve() if resolved is None else resolved).decode(value)

    def decoder(self) -> Callable[[Any], Any]:
        return self.resolve().decoder()  # what the Ref names, with no call through the Ref per value


def enum_from_json(cls: Type[_E], json_str: str) -> _E:
    """Parses JSON text into a member of the enum; raises ValidationError."""
    value = _parse(json_str)
    _validator(cls).check_json(value)
    return cast(_E, _bound_schema(cls).decode(value))


def nullable_enum_from_json(cls: Type[_E], json_str: str) -> Optional[_E]:
    """As enum_from_json, for an enum whose schema also allows null (None)."""
    value = _parse(json_str)
    _validator(cls).check_json(value)
    return None if value is None else cast(_E, _bound_schema(cls).decode(value))


class Field:
    """One declared property: attribute name, wire name, how it binds, whether it is required, and
    whether it accepts null (a null given or read is written back; an absent field never is)."""

    def __init__(self, attr: str, wire: str, schema: Schema, required: bool = False, nullable: bool = False) -> None:
        self.attr = attr
        self.wire = wire
        self.schema = schema
        self.required = required
        self.nullable = nullable


class Model:
    """Base of the generated object models. Subclasses list their properties in __codegen_fields__
    and hold their schema's Validator in __codegen_validator__; unknown properties are kept in
    additional_properties and written back."""

    __codegen_fields__: ClassVar[Tuple[Field, ...]] = ()
    __codegen_additional__: ClassVar[Union[bool, Schema]] = True
    __codegen_nullable__: ClassVar[bool] = False
    __codegen_validator__: ClassVar[Validator]

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
        self.__codegen_validator__.check(to_jsonable(self))

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
        parsed: Any = _json_parser(cls)(json_str)
        return parsed

    def to_dict(self) -> Dict[str, Any]:
        """Returns the dictionary representation of the model, by wire name, unknown properties
        included; raises ValidationError when the model no longer follows the schema."""
        out: Dict[str, Any] = to_jsonable(self)
        self.__codegen_validator__.check(out)
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


def _from_value(cls: Type[_T], value: Any) -> _T:
    """from_dict's work: the validator's fast path, then binding; the errors only when the value is
    invalid. Null is None for a nullable class (its schema accepts null). A value json.loads could
    have made (json_like: what from_dict is mostly given) goes to the class's fast reader first,
    as from_json's does."""
    validator = _validator(cls)
    if validator.check_name is not None and json_like(value):
        read = _reader(cls)
        bound: Any = None if read is None else read(value)
        if bound is not None:
            return bound
        validator.check_json(value)
    else:
        validator.check(value)
    bound = None if value is None else _bound_schema(cls).decode(value)
    return bound


def _json_parser(cls: Any) -> Callable[[Union[str, bytes]], Any]:
    """from_json's work: parse, then the fast reader where the class has one (_reader: the value
    read and checked in one pass), else as _from_value's for from_dict but through the compiled
    check (exact for the values json.loads makes); a value the reader does not decide takes the
    check's path, which reports the errors of an invalid one. One function per class, made on
    first use (the reader, the check and the decoder looked up once, not on every parse)."""
    parser: Optional[Callable[[Union[str, bytes]], Any]] = cls.__dict__.get("__codegen_json_parser__")
    if parser is None:
        validator = _validator(cls)
        is_valid = validator.json_check()
        decode = _bound_schema(cls).decoder()
        read = _reader(cls)

        def parse(json_str: Union[str, bytes]) -> Any:
            value = _parse(json_str)
            if not is_valid(value):
                validator.check_json(value)  # raises the interpreter's errors
            return None if value is None else decode(value)

        parser = parse
        if read is not None:
            reader: Callable[[Any], Any] = read

            def parse_fast(json_str: Union[str, bytes]) -> Any:
                value = _parse(json_str)
                bound = reader(value)
                if bound is not None:
                    return bound
                # parse's path, written out: parse calling a shared function would cost every parse.
                if not is_valid(value):
                    validator.check_json(value)
                return None if value is None else decode(value)

            parser = parse_fast
        setattr(cls, "__codegen_json_parser__", parser)
    return parser


def _reader(target: Any) -> Optional[Callable[[Any], Any]]:
    """The fast reader of a generated class or alias adapter (the READERS of _checks.py, imported
    on first use, when every model is loaded), or None: it has none, or is a subclass of a
    generated class (which binds to itself)."""
    schemas = _validator(target).schemas
    readers = schemas.readers
    if readers is None:
        module: Any = None if schemas.checks is None else schemas.checks()
        made: Optional[Dict[Any, Callable[[Any], Any]]] = getattr(module, "READERS", None)
        schemas.readers = readers = {} if made is None else made
    return readers.get(target)


def field_decoders(cls: Type[Model]) -> Tuple[Callable[[Any], Any], ...]:
    """The decoder of each field of a class, in the order of its field table: what its fast reader
    binds a field through when it does not bind it inline."""
    return tuple(field.schema.decoder() for field in cls.__codegen_fields__)


def _bound_schema(cls: Any) -> Schema:
    """The binding schema of a class, enum or alias, made once (not on every parse, nor per Ref)."""
    schema: Optional[Schema] = cls.__dict__.get("__codegen_bound__")
    if schema is None:
        hook: Any = getattr(cls, "__codegen_schema__", None)
        schema = _EnumSchema(cls) if hook is None else cast(Schema, hook())
        setattr(cls, "__codegen_bound__", schema)
    return schema


# Schemas whose decode returns the value itself: binding skips the call.
_PLAIN = (AnyValue, Null, Boolean, String)


def _plain(schema: Schema) -> bool:
    """Whether decode returns the (valid) value itself: a string const is the string validated, a
    null is None."""
    if isinstance(schema, Nullable):
        schema = schema.inner
    return type(schema) in _PLAIN or (isinstance(schema, Const) and isinstance(schema.value, str))


class _NamedSchema(Schema):
    """The binding of a model, a union or an alias: a name is where binding can reach itself, so
    its decode function is made once, on first use (every module a Ref names is loaded by then).
    While it is being made (a type that holds itself, or another thread's first decode), the one
    given waits for nothing: it runs the made one once there is one, else the slow path."""

    def __init__(self) -> None:
        self.fast: Optional[Callable[[Any], Any]] = None
        self.building = False

    def make_decoder(self) -> Callable[[Any], Any]:
        """The fast decode function."""
        raise NotImplementedError

    def decode_slow(self, value: Any) -> Any:
        """The decode that needs nothing made."""
        raise NotImplementedError

    def decode(self, value: Any) -> Any:
        return self.decoder()(value)

    def decoder(self) -> Callable[[Any], Any]:
        fast = self.fast
        if fast is None:
            if self.building:
                return self.decode_deferred
            self.building = True
            try:
                fast = self.fast = self.make_decoder()
            finally:
                self.building = False
        return fast

    def decode_deferred(self, value: Any) -> Any:
        return (self.fast or self.decode_slow)(value)


class _ModelSchema(_NamedSchema):
    def __init__(self, cls: Type[Model]) -> None:
        super().__init__()
        self.cls = cls
        additional = cls.__codegen_additional__
        self.extra: Schema = additional if isinstance(additional, Schema) else AnyValue()
        self.plain_extra = _plain(self.extra)
        self.by_wire: Optional[Dict[str, Tuple[str, Optional[Callable[[Any], Any]], bool]]] = None
        # Every field's attribute None: an instance starts from it, and a member read overwrites its own.
        self.absent: Dict[str, Any] = {field.attr: None for field in cls.__codegen_fields__}

    def _index(self) -> Dict[str, Tuple[str, Optional[Callable[[Any], Any]], bool]]:
        """Per wire name: the attribute, its decode (None when it returns the value itself; a Ref's
        target's own), and whether it is nullable (only then does a given null differ from absent:
        __codegen_given__). Built on the first decode, when every module a Ref names is loaded."""
        by_wire = self.by_wire = {
            field.wire: (field.attr, None if _plain(field.schema) else field.schema.decoder(), field.nullable) for field in self.cls.__codegen_fields__
        }
        return by_wire

    def fits(self, value: Any) -> bool:
        return self.cls.__codegen_validator__.is_valid(value)

    def make_decoder(self) -> Callable[[Any], Any]:
        """Its own straight-line decoder, or the pass over members for a class of many fields."""
        return _specialized_decoder(self) or self.decode_members

    def decode_slow(self, value: Any) -> Any:
        return self.decode_members(value)

    def decode_members(self, value: Any) -> Any:
        """One pass over the members the object has (not over every declared field: most objects
        carry few of their optional ones), each either a field or an additional property."""
        obj: Dict[str, Any] = value
        instance = self.cls.__new__(self.cls)
        attrs = instance.__dict__
        attrs.update(self.absent)
        given: Optional[Set[str]] = None
        by_wire = self.by_wire or self._index()
        extra: Optional[Dict[str, Any]] = None
        for wire, item in obj.items():
            field = by_wire.get(wire)
            if field is None:
                if extra is None:
                    extra = {}
                extra[wire] = item if self.plain_extra else self.extra.decode(item)
                continue
            attr, decode, nullable = field
            attrs[attr] = item if decode is None else decode(item)
            if nullable:
                if given is None:
                    given = set()
                given.add(attr)
        attrs["__codegen_given__"] = NONE_GIVEN if given is None else given
        attrs["additional_properties"] = {} if extra is None else extra
        return instance

    def extras(self, obj: Dict[str, Any]) -> Dict[str, Any]:
        """The members that are no field (the specialized decoder's rare case)."""
        by_wire = self.by_wire or self._index()
        plain, decode = self.plain_extra, self.extra.decode
        return {wire: item if plain else decode(item) for wire, item in obj.items() if wire not in by_wire}


# A class with at most this many fields decodes by looking each up (straight-line code); one with
# more, by a pass over the members the object has (most carry few of their many optional fields).
_SPECIALIZED_FIELDS = 16
_ABSENT = object()
# The __codegen_given__ of a decoded instance given no null, shared: that set is only read (_given
# adds to it only in a constructor, to the set Model.__init__ made), and one set per instance is
# one more object for the garbage collector to track.
NONE_GIVEN: FrozenSet[str] = frozenset()


def _specialized_decoder(schema: _ModelSchema) -> Optional[Callable[[Any], Any]]:
    """The class's decoder as straight-line Python, written once and compiled with exec, as
    dataclasses writes __init__: a lookup per field, the value stored as it is where binding keeps
    it (a string, a boolean, an int for an integer), and no loop, tuple or test of a table per
    member: twice as fast as the generic pass on a small object. Attributes are stored as the
    constructor stores them (instance.name = ...: no dict made per instance where CPython keeps
    the values inline, so one object less for the garbage collector); an attribute name enters the
    code only when it is an identifier, a wire name only as a string literal (repr). None for a
    class with many fields, or a field whose attribute is no identifier."""
    fields = schema.cls.__codegen_fields__
    if len(fields) > _SPECIALIZED_FIELDS or not all(field.attr.isidentifier() and not iskeyword(field.attr) for field in fields):
        return None
    scope: Dict[str, Any] = {"cls": schema.cls, "new": schema.cls.__new__, "M": _ABSENT, "extras": schema.extras, "NONE": NONE_GIVEN}
    nullable = any(field.nullable for field in fields)
    lines = ["def decode(obj):", "    instance = new(cls)", "    get = obj.get", "    n = 0"]
    if nullable:
        lines.append("    given = NONE")
    for i, field in enumerate(fields):
        attr, wire = field.attr, repr(field.wire)
        if _plain(field.schema):
            value = "x"
        elif type(field.schema) is Integer:
            value = "x if x.__class__ is int else int(x)"
        else:
            scope[f"decode{i}"] = field.schema.decoder()
            value = f"decode{i}(x)"
        lines += [f"    x = get({wire}, M)", "    if x is M:", f"        instance.{attr} = None", "    else:", f"        instance.{attr} = {value}", "        n += 1"]
        if field.nullable:
            lines += ["        if given is NONE:", "            given = set()", f"        given.add({attr!r})"]
    lines += [
        f"    instance.__codegen_given__ = {'given' if nullable else 'NONE'}",
        "    instance.additional_properties = {} if n == len(obj) else extras(obj)",
        "    return instance",
    ]
    exec("\n".join(lines), scope)  # the code is ours: identifiers checked, wire names as repr() literals
    return cast(Callable[[Any], Any], scope["decode"])


class OneOf:
    """Base of the generated unions (oneOf and anyOf): a wrapper whose actual_instance holds the
    value of the matching variant, as in openapi-generator's python client."""

    __codegen_variants__: ClassVar[Tuple[Schema, ...]] = ()
    """Discriminated unions: the tag property and tag value -> variant index."""
    __codegen_discriminator__: ClassVar[Optional[Tuple[str, Dict[str, int]]]] = None
    __codegen_nullable__: ClassVar[bool] = False
    __codegen_validator__: ClassVar[Validator]

    actual_instance: Any

    def __init__(self, actual_instance: Any) -> None:
        self.actual_instance = actual_instance
        self.__codegen_validator__.check(to_jsonable(actual_instance))

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
        parsed: Any = _json_parser(cls)(json_str)
        return parsed

    def to_dict(self) -> Any:
        """Returns the JSON value of the actual instance (a dict for an object variant)."""
        out = to_jsonable(self.actual_instance)
        self.__codegen_validator__.check(out)
        return out

    @classmethod
    def from_dict(cls: Type[_U], obj: Any) -> Optional[_U]:
        """Creates the wrapper from a dict or other JSON value (None in, None out)."""
        return None if obj is None else _from_value(cls, obj)

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and json_equal(to_jsonable(self), to_jsonable(other))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.actual_instance!r})"


class _UnionSchema(_NamedSchema):
    def __init__(self, cls: Type[OneOf]) -> None:
        super().__init__()
        self.cls = cls
        self.variants = cls.__codegen_variants__
        # The variants with each Ref replaced by what it names, on first use (binding then calls it directly).
        self.resolved: Optional[Tuple[Schema, ...]] = None
        self.decoders: Optional[Tuple[Callable[[Any], Any], ...]] = None
        self.tags: Optional[BranchTags] = None
        self.indexed = False

    def fits(self, value: Any) -> bool:
        return self.cls.__codegen_validator__.is_valid(value)

    def _variants(self) -> Tuple[Tuple[Schema, ...], Tuple[Callable[[Any], Any], ...]]:
        """The variants with each Ref replaced by what it names, and their decoders (on first use:
        the variants' modules are loaded by then)."""
        variants, decoders = self.resolved, self.decoders
        if variants is None or decoders is None:
            variants = self.resolved = tuple(v.resolve() if isinstance(v, Ref) else v for v in self.variants)
            decoders = self.decoders = tuple(v.decoder() for v in variants)
        return variants, decoders

    def _tags(self, variants: Tuple[Schema, ...]) -> Optional[BranchTags]:
        if not self.indexed:
            self.tags = BranchTags.of([_variant_conditions(v) for v in variants], list(range(len(variants))), frozenset())
            self.indexed = True
        return self.tags

    def variant(self, value: Any) -> Callable[[Any], Any]:
        """The decode of the variant a valid value binds to: the one its tag names, else the first that fits."""
        variants, decoders = self._variants()
        discriminator = self.cls.__codegen_discriminator__
        if discriminator is not None and isinstance(value, dict):
            index = discriminator[1].get(cast(Any, cast("Dict[str, Any]", value).get(discriminator[0])))
            if index is not None:
                return decoders[index]
        tags = self._tags(variants)
        left = tags.candidates(cast("Dict[str, Any]", value)) if tags is not None and isinstance(value, dict) else None
        if left is not None:
            # Binding reads only values the union's validator accepted, so one variant matches:
            # when the tags leave one, it is that one, and it is not validated again.
            if len(left) == 1:
                return decoders[left[0]]
            return next((decoders[i] for i in left if variants[i].fits(value)), _identity)
        return next((decoders[i] for i, v in enumerate(variants) if v.fits(value)), _identity)

    def decode_slow(self, value: Any) -> Any:
        instance = self.cls.__new__(self.cls)
        instance.actual_instance = self.variant(value)(value)
        return instance

    def make_decoder(self) -> Callable[[Any], Any]:
        """An object whose tags name one variant (the discriminator's mapping; or a tag that leaves
        one variant, or one whose variants another member's tag tells apart, as OpenAI's messages
        by "type" then "role") goes straight to that variant's decoder; any other value is chosen
        by variant()."""
        variants, decoders = self._variants()
        cls, slow = self.cls, self.decode_slow
        new = cls.__new__
        wire = ""
        by_tag: _TagTable = {}
        discriminator = cls.__codegen_discriminator__
        if discriminator is not None:
            wire, by_tag = discriminator[0], {tag: decoders[index] for tag, index in discriminator[1].items()}
        else:
            tags = self._tags(variants)
            if tags is not None:
                wire, by_tag = tags.wire, _tag_table(tags, decoders)
        by_kind = _kind_table(variants, decoders)
        if not by_tag and not by_kind:
            return slow

        def decode(value: Any) -> Any:
            if value.__class__ is dict:
                key, table = wire, by_tag
                while True:
                    tag = value.get(key)
                    if tag.__class__ is not str:
                        break
                    found: Any = table.get(tag)  # Any: no typing.cast call on this path
                    if found is None:
                        break
                    if found.__class__ is tuple:  # the variants this tag leaves, told apart by another member
                        key, table = found
                        continue
                    instance = new(cls)
                    instance.actual_instance = found(value)
                    return instance
            found = by_kind.get(value.__class__)  # a value no tag told: its class may
            if found is not None:
                instance = new(cls)
                instance.actual_instance = found(value)
                return instance
            return slow(value)

        return decode


# A tag -> the decoder of the one variant it leaves, or (the member that tells apart the several it
# leaves, their table).
_TagTable = Dict[str, Any]


def _tag_table(tags: BranchTags, decoders: Tuple[Callable[[Any], Any], ...]) -> _TagTable:
    """The tags of BranchTags that lead to one variant, through its deeper levels: what candidates()
    answers with one variant, without its lists (a tag that leaves none or several is not here)."""
    table: _TagTable = {}
    for tag, left in tags.by_tag.items():
        deeper = tags.within.get(tag)
        if len(left) == 1:
            table[tag] = decoders[left[0]]
        elif deeper is not None:
            inner = _tag_table(deeper, decoders)
            if inner:
                table[tag] = (deeper.wire, inner)
    return table


# The exact classes of the JSON values json.loads makes.
_KINDS: Tuple[type, ...] = (str, int, float, bool, _NoneType, list, dict)


def _kind_table(variants: Tuple[Schema, ...], decoders: Tuple[Callable[[Any], Any], ...]) -> Dict[type, Callable[[Any], Any]]:
    """Per class of value, the decoder of the variant variant() would choose for every valid value
    of it, where its class alone tells: the only variant whose fits can hold (a valid value fits
    one), or a first such variant whose fits holds for the whole class. An object's tags are
    asked first; this answers for one they leave undecided (a union of a string and one object)."""
    table: Dict[type, Callable[[Any], Any]] = {}
    for kind in _KINDS:
        left = [i for i, variant in enumerate(variants) if variant.fits_kind(kind) is not False]
        if len(left) == 1 or (left and variants[left[0]].fits_kind(kind) is True):
            table[kind] = decoders[left[0]]
    return table


def _identity(value: Any) -> Any:
    """The decode of a value no variant fits (AnyValue's)."""
    return value


def _variant_conditions(variant: Schema) -> Conditions:
    """What a variant's every valid object holds, per member: whether it is required, and the
    strings its value must be among (a const or an enum of strings; None: any value). Only a
    declared model's fields say so (their types hold every valid value: a Const field's value is
    that constant); any other variant holds nothing here."""
    schema = variant.resolve() if isinstance(variant, Ref) else variant
    if not isinstance(schema, _ModelSchema):
        return {}
    found: Conditions = {}
    for field in schema.cls.__codegen_fields__:
        strings: Optional[Set[str]] = None
        inner = field.schema.resolve() if isinstance(field.schema, Ref) else field.schema
        if isinstance(inner, Const) and isinstance(inner.value, str):
            strings = {inner.value}
        elif isinstance(inner, _EnumSchema) and all(isinstance(member.value, str) for member in inner.members):
            strings = {cast(str, member.value) for member in inner.members}
        if strings is not None or field.required:
            found[field.wire] = (field.required, None if strings is None else frozenset(strings))
    return found


class TypeAdapter(Generic[_T]):
    """Validation and JSON for a named type that is not a class (an alias such as Tags = List[str]);
    the method names are pydantic's TypeAdapter's."""

    def __init__(self, schema: Schema, validator: Validator) -> None:
        self.schema = schema
        self.__codegen_validator__ = validator
        self._binding = _AdapterSchema(self)

    def __codegen_schema__(self) -> Schema:
        return self._binding

    def validate_python(self, value: Any) -> _T:
        """Checks JSON-like data (dicts, lists, str, ...) and returns it as the typed value."""
        return cast(_T, _from_value(cast(Any, self), value))

    def validate_json(self, json_str: Union[str, bytes]) -> _T:
        """Parses and checks JSON text; raises ValidationError."""
        return cast(_T, _json_parser(self)(json_str))

    def dump_python(self, value: _T) -> Any:
        """The JSON-like data of a typed value; raises ValidationError."""
        out = to_jsonable(value)
        self.__codegen_validator__.check(out)
        return out

    def dump_json(self, value: _T) -> str:
        """The JSON text of a typed value; raises ValidationError."""
        return json.dumps(self.dump_python(value))


class _AdapterSchema(_NamedSchema):
    """An alias as a variant or member: exact fits by its validator, binding by its schema."""

    def __init__(self, adapter: TypeAdapter[Any]) -> None:
        super().__init__()
        self.adapter = adapter

    def fits(self, value: Any) -> bool:
        return self.adapter.__codegen_validator__.is_valid(value)

    def make_decoder(self) -> Callable[[Any], Any]:
        return self.adapter.schema.decoder()

    def decode_slow(self, value: Any) -> Any:
        return self.adapter.schema.decode(value)


def to_jsonable(value: Any) -> Any:
    """Any generated value (model, union, enum, and lists and dicts of them) as JSON-like data,
    without validating it."""
    kind: Any = cast(Any, type(value))
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value  # most values are leaves: five isinstance tests fewer each
    if isinstance(value, Model):
        # The declared fields set, or required, or nullable and given as null; then the unknown ones.
        out: Dict[str, Any] = {}
        given = value.__codegen_given__
        for field in value.__codegen_fields__:
            item = getattr(value, field.attr)
            if item is not None:
                out[field.wire] = to_jsonable(item)
            elif field.required or (field.nullable and field.attr in given):
                out[field.wire] = None
        for key, item in value.additional_properties.items():
            out.setdefault(key, to_jsonable(item))
        return out
    if isinstance(value, OneOf):
        return to_jsonable(value.actual_instance)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in cast("List[Any]", value)]
    if isinstance(value, dict):
        return {str(key): to_jsonable(item) for key, item in cast("Dict[Any, Any]", value).items()}
    return value
