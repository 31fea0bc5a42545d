"""_runtime.py, the base classes: models, unions and aliases as the generator declares them, each
validated by the interpreter from its schema's URI in one SchemaSet."""

import json
import threading
import unittest
from enum import Enum
from typing import Any, Dict, List, Literal, Optional, Tuple, Union

from rtpkg import _runtime as _rt
from rtpkg._validators import keyword_of
from rtpkg.exceptions import ValidationError

DOCUMENT: Dict[str, Any] = {
    "$defs": {
        "Point": {
            "type": "object",
            "properties": {"kind": {"const": "point"}, "x": {"type": "integer", "minimum": 0}, "label-text": {"type": "string", "maxLength": 3},
                           "note": {"type": ["string", "null"]}},
            "required": ["kind", "x"],
        },
        "Closed": {"type": ["object", "null"], "properties": {"size": {"type": "integer"}}, "additionalProperties": False},
        "Box": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/$defs/Point"}}}, "required": ["items"],
                "additionalProperties": {"type": "integer"}},
        "Tagged": {"type": "object", "oneOf": [{"$ref": "#/$defs/Point"}, {"$ref": "#/$defs/Box"}],
                   "discriminator": {"propertyName": "kind", "mapping": {"point": "#/$defs/Point", "box": "#/$defs/Box"}}},
        "NumberOrText": {"oneOf": [{"type": "number"}, {"type": "string"}, {"type": "integer", "minimum": 10}]},
        "AnyOfNumbers": {"anyOf": [{"type": "number"}, {"type": "integer"}]},
        "Budget": {"anyOf": [{"type": "integer"}, {"const": "inf"}]},
        "Color": {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/Short"}]},
        "Pick": {"anyOf": [{"const": "a"}, {"type": "string"}, {"type": "integer"}]},
        "NameOrBox": {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/Box"}]},
        "PointOrBox": {"anyOf": [{"$ref": "#/$defs/Point"}, {"$ref": "#/$defs/Box"}]},
        "Points": {"type": "object", "additionalProperties": {"type": "array", "items": {"$ref": "#/$defs/Point"}}},
        "Tree": {"anyOf": [{"type": "integer"}, {"type": "array", "items": {"$ref": "#/$defs/Tree"}}]},
        "Nested": {"type": "array", "items": {"$ref": "#/$defs/Nested"}},
        "Short": {"enum": ["red", "green", 7], "maxLength": 3},
        "Said": {"type": "object", "properties": {"type": {"const": "message"}, "role": {"const": "user"}, "text": {"type": "string"}}, "required": ["type", "role"]},
        "Answer": {"type": "object", "properties": {"type": {"const": "message"}, "role": {"const": "assistant"}}, "required": ["type", "role"]},
        "Call": {"type": "object", "properties": {"type": {"const": "call"}}, "required": ["type"]},
        "Item": {"anyOf": [{"$ref": "#/$defs/Said"}, {"$ref": "#/$defs/Answer"}, {"$ref": "#/$defs/Call"}]},
    },
}
URI = "file:///test.json"
SCHEMAS = _rt.SchemaSet(URI, [(URI, json.dumps(DOCUMENT))], {}, False)


class Point(_rt.Model):
    kind: Literal["point"]
    x: int
    label: Optional[str]
    note: Optional[str]

    __codegen_fields__ = (
        _rt.Field("kind", "kind", _rt.Const("point"), required=True),
        _rt.Field("x", "x", _rt.Integer(), required=True),
        _rt.Field("label", "label-text", _rt.String()),
        _rt.Field("note", "note", _rt.Nullable(_rt.String()), nullable=True),
    )
    __codegen_additional__ = True

    def __init__(
        self,
        *,
        kind: Literal["point"] = "point",
        x: int,
        label: Optional[str] = None,
        note: Optional[str] = _rt.UNSET,
        additional_properties: Optional[Dict[str, Any]] = None,
    ) -> None:
        super().__init__(additional_properties)
        self.kind = kind
        self.x = x
        self.label = label
        self.note = self._given("note", note)
        self._validate()

    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/Point")


class Closed(_rt.Model):
    size: Optional[int]

    __codegen_fields__ = (_rt.Field("size", "size", _rt.Integer()),)
    __codegen_additional__ = False
    __codegen_nullable__ = True
    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/Closed")

    def __init__(self, *, size: Optional[int] = None) -> None:
        super().__init__(None)
        self.size = size
        self._validate()


class Box(_rt.Model):
    items: List[Point]

    __codegen_fields__ = (_rt.Field("items", "items", _rt.Array(_rt.Ref(lambda: Point)), required=True),)
    __codegen_additional__ = _rt.Integer()
    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/Box")

    def __init__(self, *, items: List[Point], additional_properties: Optional[Dict[str, Any]] = None) -> None:
        super().__init__(additional_properties)
        self.items = items
        self._validate()


class Tagged(_rt.OneOf):
    actual_instance: Union[Point, Box]

    __codegen_variants__ = (_rt.Ref(lambda: Point), _rt.Ref(lambda: Box))
    __codegen_discriminator__ = ("kind", {"point": 0, "box": 1})
    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/Tagged")

    def __init__(self, actual_instance: Union[Point, Box]) -> None:
        super().__init__(actual_instance)


class NumberOrText(_rt.OneOf):
    actual_instance: Union[float, str]

    __codegen_variants__ = (_rt.Number(), _rt.String(), _rt.Integer())
    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/NumberOrText")

    def __init__(self, actual_instance: Union[float, str]) -> None:
        super().__init__(actual_instance)


class AnyOfNumbers(_rt.OneOf):
    actual_instance: float

    __codegen_variants__ = (_rt.Number(), _rt.Integer())
    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/AnyOfNumbers")

    def __init__(self, actual_instance: float) -> None:
        super().__init__(actual_instance)


class Budget(_rt.OneOf):
    actual_instance: Union[int, str]

    __codegen_variants__ = (_rt.Integer(), _rt.Const("inf"))
    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/Budget")

    def __init__(self, actual_instance: Union[int, str]) -> None:
        super().__init__(actual_instance)


class Color(_rt.OneOf):
    actual_instance: Union[str, "Short"]

    __codegen_variants__ = (_rt.String(), _rt.Ref(lambda: Short))
    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/Color")

    def __init__(self, actual_instance: Union[str, "Short"]) -> None:
        super().__init__(actual_instance)


class Pick(_rt.OneOf):
    actual_instance: Union[str, int]

    __codegen_variants__ = (_rt.Const("a"), _rt.String(), _rt.Integer())
    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/Pick")

    def __init__(self, actual_instance: Union[str, int]) -> None:
        super().__init__(actual_instance)


class NameOrBox(_rt.OneOf):
    actual_instance: Union[str, "Box"]

    __codegen_variants__ = (_rt.String(), _rt.Ref(lambda: Box))
    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/NameOrBox")

    def __init__(self, actual_instance: Union[str, "Box"]) -> None:
        super().__init__(actual_instance)


class PointOrBox(_rt.OneOf):
    actual_instance: Union[Point, Box]

    __codegen_variants__ = (_rt.Ref(lambda: Point), _rt.Ref(lambda: Box))
    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/PointOrBox")

    def __init__(self, actual_instance: Union[Point, Box]) -> None:
        super().__init__(actual_instance)


def _tagged_model(name: str, tags: Dict[str, str]) -> Any:
    """A model whose members are string constants (the tags), keeping unknown members."""

    class Tagged(_rt.Model):
        __codegen_fields__ = tuple(_rt.Field(wire, wire, _rt.Const(tag), required=True) for wire, tag in tags.items())
        __codegen_additional__ = True
        __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/" + name)

    Tagged.__name__ = name
    return Tagged


Said = _tagged_model("Said", {"type": "message", "role": "user"})
Answer = _tagged_model("Answer", {"type": "message", "role": "assistant"})
Call = _tagged_model("Call", {"type": "call"})


class Item(_rt.OneOf):
    """Told apart by "type", then the two messages by "role" (OpenAI's conversation items)."""

    actual_instance: Any

    __codegen_variants__ = (_rt.Ref(lambda: Said), _rt.Ref(lambda: Answer), _rt.Ref(lambda: Call))
    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/Item")

    def __init__(self, actual_instance: Any) -> None:
        super().__init__(actual_instance)


class Tree(_rt.OneOf):
    """A union that holds itself through an array, with no model in between."""

    actual_instance: Union[int, List["Tree"]]

    __codegen_variants__ = (_rt.Integer(), _rt.Array(_rt.Ref(lambda: Tree)))
    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/Tree")

    def __init__(self, actual_instance: Union[int, List["Tree"]]) -> None:
        super().__init__(actual_instance)


class Short(str, Enum):
    """An enum whose schema asks more than membership: "green" is a member it refuses."""

    RED = "red"
    GREEN = "green"
    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/Short")


class ModelTest(unittest.TestCase):
    def assertRaisesAt(self, pointer: str, keyword: str) -> "Any":
        test = self

        class Expect:
            def __enter__(self) -> None:
                return None

            def __exit__(self, kind: Any, error: Any, _tb: Any) -> bool:
                test.assertIsInstance(error, ValidationError, "no ValidationError raised")
                test.assertEqual((error.pointer, error.keyword), (pointer, keyword), str(error))
                return True

        return Expect()

    def test_json_round_trip_keeps_unknown_properties_and_wire_names(self) -> None:
        text = '{"kind":"point","x":1.0,"label-text":"ab","extra":{"a":[1,null,true]}}'
        point = Point.from_json(text)
        assert point is not None
        self.assertEqual((point.x, type(point.x), point.label, point.note), (1, int, "ab", None))
        self.assertEqual(point.additional_properties, {"extra": {"a": [1, None, True]}})
        self.assertEqual(json.loads(point.to_json()), json.loads(text))
        self.assertEqual(Point.from_dict(point.to_dict()), point)
        self.assertIsNone(Point.from_dict(None))
        self.assertIn("'label-text': 'ab'", point.to_str())
        self.assertEqual(repr(Point(x=2)), "Point(kind='point', x=2, label=None, note=None)")

    def test_the_straight_line_decoder_binds_as_the_pass_over_members(self) -> None:
        # A class of few fields decodes through code written for it (exec, on first use); it must
        # bind every value exactly as the generic pass over the members does.
        values: List[Dict[str, Any]] = [
            {"kind": "point", "x": 1},
            {"kind": "point", "x": 2.0, "label-text": "ab", "note": None},
            {"note": "n", "x": 3, "kind": "point", "extra": [1, {"a": None}]},
            {"kind": "point", "x": 10**40, "note": None, "z": 1.5, "y": "t"},
        ]
        point: Any = Point.__codegen_schema__()
        for value in values:
            fast, generic = point.decoder()(value), point.decode_members(value)
            self.assertEqual(fast.__dict__, generic.__dict__, value)
            self.assertEqual(list(fast.__dict__), list(generic.__dict__))
            self.assertEqual(type(fast.x), int)
        box: Any = Box.__codegen_schema__()
        value = {"items": [{"kind": "point", "x": 1.0, "note": None}], "n": 7}
        self.assertEqual(box.decoder()(value).to_dict(), box.decode_members(value).to_dict())
        self.assertEqual(box.decoder()(value).items[0].__dict__["__codegen_given__"], {"note"})
        # While its decoder is being written (a class holding itself, another thread's first
        # decode), the decoder given still decodes, and terminates.
        fresh: Any = Point.__codegen_schema__()
        fresh.building = True
        self.assertEqual(fresh.decoder()(values[2]).__dict__, point.decode_members(values[2]).__dict__)
        # Past 16 fields (_SPECIALIZED_FIELDS), the pass over members is the decoder.
        wide: Any = type("Wide", (_rt.Model,), {"__codegen_fields__": tuple(_rt.Field(f"f{i}", f"f{i}", _rt.String()) for i in range(17))})
        wide_schema: Any = wide.__codegen_schema__()
        self.assertEqual(wide_schema.decoder(), wide_schema.decode_members)
        # An attribute that is no identifier never enters the written code: the pass decodes it.
        odd: Any = type("Odd", (_rt.Model,), {"__codegen_fields__": (_rt.Field("x", "x", _rt.String()), _rt.Field("class", "class", _rt.String()))})
        odd_schema: Any = odd.__codegen_schema__()
        self.assertEqual(odd_schema.decoder(), odd_schema.decode_members)
        self.assertEqual(odd_schema.decoder()({"class": "c", "x": "y"}).__dict__["class"], "c")

    def test_absent_is_never_written_and_a_given_null_is(self) -> None:
        self.assertEqual(Point(x=0).to_dict(), {"kind": "point", "x": 0})
        self.assertEqual(Point(x=0, note=None).to_dict(), {"kind": "point", "x": 0, "note": None})
        read = Point.from_json('{"kind":"point","x":0,"note":null}')
        assert read is not None
        self.assertEqual(read.to_json(), '{"kind": "point", "x": 0, "note": null}')
        self.assertNotEqual(read, Point(x=0))

    def test_rejections_name_pointer_and_keyword(self) -> None:
        with self.assertRaisesAt("", "required"):
            Point.from_json('{"kind":"point"}')
        with self.assertRaisesAt("/x", "minimum"):
            Point.from_json('{"kind":"point","x":-1}')
        with self.assertRaisesAt("/label-text", "maxLength"):
            Point.from_dict({"kind": "point", "x": 1, "label-text": "abcd"})
        with self.assertRaisesAt("", "type"):
            Point.from_json("[]")
        with self.assertRaisesAt("", "json"):
            Point.from_json("{")
        with self.assertRaisesAt("/x", "minimum"):
            Point(x=-5)
        point = Point(x=1)
        point.x = -1
        with self.assertRaisesAt("/x", "minimum"):
            point.to_dict()

    def test_additional_properties_false_or_a_schema(self) -> None:
        with self.assertRaisesAt("/other", "additionalProperties"):  # the false schema fails at the member
            Closed.from_json('{"size":1,"other":2}')
        self.assertIsNone(Closed.from_json("null"))
        with self.assertRaisesAt("/n", "type"):
            Box.from_json('{"items":[],"n":"x"}')
        box = Box.from_json('{"items":[{"kind":"point","x":3}],"n":2.0}')
        assert box is not None
        self.assertEqual(box.additional_properties, {"n": 2})
        self.assertIsInstance(box.items[0], Point)
        with self.assertRaisesAt("/items/1/x", "type"):
            Box.from_dict({"items": [{"kind": "point", "x": 3}, {"kind": "point", "x": "3"}]})

    def test_discriminated_union_chooses_by_tag(self) -> None:
        tagged = Tagged.from_json('{"kind":"point","x":4}')
        assert tagged is not None
        self.assertIsInstance(tagged.actual_instance, Point)
        self.assertEqual(tagged.to_dict(), {"kind": "point", "x": 4})
        self.assertEqual(Tagged(Point(x=4)), tagged)
        with self.assertRaisesAt("", "discriminator"):
            Tagged.from_json('{"kind":"circle"}')
        with self.assertRaisesAt("", "discriminator"):
            Tagged.from_json('{"x":1}')
        with self.assertRaisesAt("/x", "minimum"):
            Tagged.from_json('{"kind":"point","x":-1}')
        with self.assertRaisesAt("", "type"):
            Tagged.from_json("3")

    def test_a_union_without_discriminator_binds_the_variant_its_tag_leaves_else_the_first_that_fits(self) -> None:
        point = PointOrBox.from_json('{"kind":"point","x":4}')
        assert point is not None
        self.assertIsInstance(point.actual_instance, Point)
        box = PointOrBox.from_json('{"items":[{"kind":"point","x":1}],"kind":2}')
        assert box is not None
        self.assertIsInstance(box.actual_instance, Box)
        self.assertEqual(box.to_dict(), {"items": [{"kind": "point", "x": 1}], "kind": 2})
        with self.assertRaisesAt("", "anyOf"):
            PointOrBox.from_json('{"kind":"point"}')

    def test_a_union_decodes_by_tag_as_by_choosing_the_variant(self) -> None:
        # The union's decoder goes straight to the variant a tag names (the discriminator's
        # mapping, or a tag that leaves one variant); it must bind as choosing the variant does.
        values: List[Any] = [
            {"kind": "point", "x": 4, "z": 1},
            {"kind": "point", "x": 2.0, "note": None},
            {"items": [{"kind": "point", "x": 1.0}], "kind": 2},
            {"items": [], "n": 3},
        ]
        for cls, chosen in ((Tagged, values[:2]), (PointOrBox, values)):
            union: Any = cls.__codegen_schema__()
            for value in chosen:
                fast: Any = union.decoder()(value)
                slow: Any = union.decode_slow(value)
                self.assertIs(fast.actual_instance.__class__, slow.actual_instance.__class__, value)
                self.assertEqual(fast.to_dict(), slow.to_dict())

    def test_a_union_whose_tag_leaves_several_variants_decodes_by_the_next_tag(self) -> None:
        union: Any = Item.__codegen_schema__()
        fast_values: List[Any] = [
            {"type": "message", "role": "user", "text": "hi"},
            {"role": "assistant", "type": "message"},
            {"type": "call", "extra": [1]},
        ]
        slow_values: List[Any] = [{"type": "message"}, {"type": "message", "role": "system"}, {"type": "other"}, {"role": "user"}]

        def slow(value: Any) -> Any:
            called.append(value)
            return _rt.OneOf.__new__(Item)

        called: List[Any] = []
        fast = union.make_decoder()
        union.decode_slow = slow
        decode = union.make_decoder()
        for value in fast_values:
            self.assertEqual(type(decode(value).actual_instance).__name__, type(fast(value).actual_instance).__name__, value)
            self.assertEqual(decode(value).actual_instance.to_dict(), value)
        self.assertEqual(called, [])  # each went straight to its variant
        self.assertEqual([type(fast(v).actual_instance).__name__ for v in fast_values], ["Said", "Answer", "Call"])
        for value in slow_values:
            decode(value)
        self.assertEqual(called, slow_values)  # a tag that leaves several variants, or none: chosen by variant()
        parsed: Any = Item.from_json('{"type": "message", "role": "assistant", "n": 1}')
        self.assertEqual((type(parsed.actual_instance).__name__, parsed.to_dict()), ("Answer", {"type": "message", "role": "assistant", "n": 1}))

    def test_a_union_binds_a_value_its_tags_do_not_decide_by_its_class_where_the_class_alone_tells(self) -> None:
        # (union, values whose class leaves one variant, or a first one that fits all of the class;
        # values left to variant(), which asks the variants' fits in turn). Binding only sees valid
        # values: a value of a class that leaves one variant is that variant's.
        cases: List[Tuple[Any, List[Any], List[Any]]] = [
            (Budget, [5, 2.0, "inf"], [None, True, {}]),  # only Integer fits a number, only the const a str
            (Color, ["red", "blue", ""], []),  # String fits every str, and comes before the enum
            (Pick, [3, 4.0], ["a", "b"]),  # only Integer fits a number; the const "a" comes first and fits one str
            (NameOrBox, ["x", {"items": []}], []),  # an object with no tag: Box is the one variant that can fit it
            (PointOrBox, [], [{"items": []}, {"kind": "box", "items": []}]),  # two models could: their validators tell
        ]
        for cls, fast_values, slow_values in cases:
            union: Any = cls.__codegen_schema__()
            chosen = union.decode_slow  # variant()'s choice, the reference
            called: List[Any] = []

            def slow(value: Any) -> Any:
                called.append(value)
                return _rt.OneOf.__new__(cls)

            union.decode_slow = slow
            decode = union.make_decoder()
            for value in fast_values:
                expected = chosen(value).actual_instance
                got = decode(value).actual_instance
                self.assertEqual(type(got), type(expected), (cls.__name__, value))
                self.assertEqual(_rt.to_jsonable(got), _rt.to_jsonable(expected), (cls.__name__, value))
            self.assertEqual(called, [], cls.__name__)  # each went straight to its variant
            for value in slow_values:
                decode(value)
            self.assertEqual(called, slow_values, cls.__name__)
        budget: Any = Budget.from_json("2.0")
        self.assertEqual((type(budget.actual_instance), budget.actual_instance), (int, 2))
        self.assertEqual(Budget.from_json('"inf"').actual_instance, "inf")  # type: ignore[union-attr]

    def test_an_enum_fits_what_its_schema_accepts_asked_once_per_member(self) -> None:
        short: Any = _rt.Ref(lambda: Short).resolve()
        for _ in range(2):  # the second answers come from what the first asked
            self.assertEqual([short.fits(v) for v in ("red", "green", "blue", 7, 7.0, True)], [True, False, False, True, True, False])
        self.assertEqual(short.fitting, {"red": True, "green": False})

    def test_a_union_or_alias_that_holds_itself_binds(self) -> None:
        tree = Tree.from_json("[1, [2, [3]], []]")
        assert tree is not None
        items: Any = tree.actual_instance
        self.assertIsInstance(items, list)
        self.assertIsInstance(items[1], Tree)
        self.assertEqual(tree.to_dict(), [1, [2, [3]], []])
        nested: _rt.TypeAdapter[List[Any]] = _rt.TypeAdapter(_rt.Array(_rt.Ref(lambda: nested)), SCHEMAS.validator(URI + "#/$defs/Nested"))
        self.assertEqual(nested.validate_json("[[], [[]]]"), [[], [[]]])
        with self.assertRaisesAt("/1/0", "type"):
            nested.validate_json("[[], [1]]")

    def test_one_of_needs_exactly_one_match_any_of_at_least_one(self) -> None:
        self.assertEqual(NumberOrText(2.5).to_json(), "2.5")
        self.assertEqual(NumberOrText("a").to_dict(), "a")
        with self.assertRaisesAt("", "oneOf"):
            NumberOrText.from_json("12")
        with self.assertRaisesAt("", "oneOf"):
            NumberOrText.from_json("null")
        with self.assertRaisesAt("", "oneOf"):
            NumberOrText([])  # type: ignore[arg-type]
        many = AnyOfNumbers.from_json("12")
        assert many is not None
        self.assertEqual(many.actual_instance, 12)
        self.assertEqual(repr(many), "AnyOfNumbers(12)")


class ParseTest(unittest.TestCase):
    def test_from_json_reads_what_json_loads_reads_and_reports_its_errors(self) -> None:
        # _parse scans text directly with json.loads's scanner where it can; the result, and the
        # error of text that is not JSON, must be json.loads's.
        texts = ['{"a": [1, 2.5, null, true]}', ' {"a": 1}', '{"a": 1}\n\t ', '"\\ud800"', "NaN", "1e400", "-0", "[]", b'{"b": 1}']
        for text in texts:
            self.assertEqual(repr(_rt._parse(text)), repr(json.loads(text)), text)  # pyright: ignore[reportPrivateUsage]
        for bad in ["", "{", '{"a": 1} x', '{"a": 1,}', "\ufeff{}", "[1] [2]", "\u00a0[1]", "[1]\u00a0"]:
            with self.assertRaises(json.JSONDecodeError) as expected:
                json.loads(bad)
            with self.assertRaises(ValidationError) as raised:
                _rt._parse(bad)  # pyright: ignore[reportPrivateUsage]
            self.assertEqual((raised.exception.keyword, raised.exception.pointer), ("json", ""))
            self.assertIn(str(expected.exception), str(raised.exception))


class TypeAdapterTest(unittest.TestCase):
    def test_alias_round_trip_and_rejection(self) -> None:
        adapter: _rt.TypeAdapter[Dict[str, List[Point]]] = _rt.TypeAdapter(_rt.Map(_rt.Array(_rt.Ref(lambda: Point))), SCHEMAS.validator(URI + "#/$defs/Points"))
        value = adapter.validate_json(b'{"a":[{"kind":"point","x":1,"z":true}]}')
        self.assertIsInstance(value["a"][0], Point)
        self.assertEqual(adapter.dump_json(value), '{"a": [{"kind": "point", "x": 1, "z": true}]}')
        self.assertEqual(adapter.dump_python({}), {})
        with self.assertRaises(ValidationError) as raised:
            adapter.validate_python({"a": [{"kind": "point", "x": 1}, {"kind": "line", "x": 1}]})
        self.assertEqual((raised.exception.pointer, raised.exception.keyword), ("/a/1/kind", "const"))

    def test_to_jsonable_does_not_validate(self) -> None:
        point = Point(x=1, additional_properties={"k": [_rt.UNSET is not None]})
        point.x = -1
        self.assertEqual(_rt.to_jsonable({"p": [point], "t": (1, 2)}), {"p": [{"kind": "point", "x": -1, "k": [True]}], "t": [1, 2]})


class ValidatorTest(unittest.TestCase):
    def test_the_error_carries_every_issue_with_its_keyword_location(self) -> None:
        with self.assertRaises(ValidationError) as raised:
            Box.from_json('{"items":[{"kind":"point","x":-1,"label-text":"abcd"}],"n":"x"}')
        found = [(i.pointer, i.keyword_location, i.keyword, i.message) for i in raised.exception.errors]
        self.assertEqual(found, [
            ("/items/0/x", "/properties/items/items/$ref/properties/x/minimum", "minimum", "must be >= 0"),
            ("/items/0/label-text", "/properties/items/items/$ref/properties/label-text/maxLength", "maxLength", "must NOT have more than 3 characters"),
            ("/n", "/additionalProperties/type", "type", "must be integer"),
        ])
        error = raised.exception
        self.assertEqual((error.pointer, error.keyword_location, error.keyword), ("/items/0/x", found[0][1], "minimum"))
        self.assertEqual(str(error), "/items/0/x: must be >= 0 (minimum) and 2 more")

    def test_keyword_is_the_last_keyword_of_the_location(self) -> None:
        self.assertEqual(keyword_of("/properties/a/type"), "type")
        self.assertEqual(keyword_of("/properties/type"), "properties")  # a false schema at properties/type
        self.assertEqual(keyword_of("/oneOf/1"), "oneOf")
        self.assertEqual(keyword_of("/$defs/required/properties/x~1y/$ref/required"), "required")
        self.assertEqual(keyword_of("/additionalProperties"), "additionalProperties")
        self.assertEqual(keyword_of(""), "")

    def test_compiled_once_on_first_use_even_from_several_threads(self) -> None:
        schemas = _rt.SchemaSet(URI, [(URI, json.dumps(DOCUMENT))], {}, False)
        validator = schemas.validator(URI + "#/$defs/Point")
        self.assertIsNone(schemas.root)
        self.assertIsNone(validator.compiled)
        seen: List[Any] = []
        threads = [threading.Thread(target=lambda: seen.append(validator.get())) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(len(seen), 8)
        self.assertTrue(all(compiled is seen[0] for compiled in seen))
        self.assertTrue(validator.is_valid({"kind": "point", "x": 1}))
        self.assertFalse(validator.is_valid({"kind": "point", "x": 1.5}))

    def test_formats_assert_only_when_asked(self) -> None:
        document = json.dumps({"$defs": {"When": {"type": "string", "format": "date"}}})
        annotate = _rt.SchemaSet(URI, [(URI, document)], {}, False).validator(URI + "#/$defs/When")
        assertion = _rt.SchemaSet(URI, [(URI, document)], {}, True).validator(URI + "#/$defs/When")
        self.assertTrue(annotate.is_valid("not a date"))
        self.assertFalse(assertion.is_valid("not a date"))
        self.assertTrue(assertion.is_valid("2024-02-29"))

    def test_big_integers_of_the_documents_are_read_exactly(self) -> None:
        # The generator writes an integral double beyond 2**53 as its exact value
        # (stages/validation-schema.ts), so reading the text exactly gives that double's value.
        document = '{"$defs": {"Big": {"const": 18446744073709551616}, "Small": {"const": -9007199254740992}}}'
        schemas = _rt.SchemaSet(URI, [(URI, document)], {}, False)
        self.assertTrue(schemas.validator(URI + "#/$defs/Big").is_valid(2**64))
        self.assertFalse(schemas.validator(URI + "#/$defs/Big").is_valid(18446744073709552000))
        self.assertTrue(schemas.validator(URI + "#/$defs/Small").is_valid(-(2**53)))

    def test_patterns_come_translated_from_the_table(self) -> None:
        document = json.dumps({"$defs": {"Word": {"type": "string", "pattern": "^\\p{L}+$"}}})
        word = _rt.SchemaSet(URI, [(URI, document)], {"^\\p{L}+$": "^[^\\W\\d_]+$"}, False).validator(URI + "#/$defs/Word")
        self.assertTrue(word.is_valid("été"))
        self.assertFalse(word.is_valid("a1"))

    def test_a_value_json_loads_could_make_goes_to_the_compiled_check_any_other_to_the_interpreter(self) -> None:
        # A stand-in compiled check that records what it is asked, and answers as the interpreter.
        interpreter = _rt.SchemaSet(URI, [(URI, json.dumps(DOCUMENT))], {}, False).validator(URI + "#/$defs/Box")
        asked: List[Any] = []

        class Checks:
            @staticmethod
            def check_box(value: Any) -> bool:
                asked.append(value)
                return interpreter.is_valid(value)

        box = _rt.SchemaSet(URI, [(URI, json.dumps(DOCUMENT))], {}, False, lambda: Checks).validator(URI + "#/$defs/Box", "check_box")

        class Text(str):
            pass

        json_like: List[Any] = [
            {"items": []},
            {"items": [{"kind": "point", "x": 1, "label-text": "ab", "note": None}], "more": 2},
            {"items": [{"kind": "point", "x": 1.0}], "flag": True},
            {"items": [{"kind": "point", "x": -1}]},  # invalid: the compiled check says so
            {"items": [], "more": 2**70},
            [1, "a", None, False, 0.5],
        ]
        for value in json_like:
            asked.clear()
            self.assertEqual(box.is_valid(value), interpreter.is_valid(value), value)
            self.assertEqual(asked, [value], value)
        not_json_like: List[Any] = [
            {"items": [], "more": float("nan")},
            {"items": [], "more": float("inf")},
            {"items": [{"kind": Text("point"), "x": 1}]},  # a str subclass
            {"items": [], 5: 1},  # a key that is no string
            {"items": [{"kind": Short.RED, "x": 1}]},  # an Enum (a str subclass too)
        ]
        for value in not_json_like:
            asked.clear()
            self.assertEqual(box.is_valid(value), interpreter.is_valid(value), value)
            self.assertEqual(asked, [], value)
        # check raises the interpreter's errors either way (which holds a str subclass to be no
        # string equal to a const: so it must not go to a check written for json.loads's values).
        for value, pointer in (({"items": [{"kind": "point", "x": -1}]}, "/items/0/x"), ({"items": [{"kind": Text("point"), "x": 1}]}, "/items/0/kind")):
            with self.assertRaises(ValidationError) as caught:
                box.check(value)
            self.assertEqual(caught.exception.pointer, pointer)
        box.check({"items": []})


if __name__ == "__main__":
    unittest.main()
