"""_runtime.py, the binders: how a value the validator accepted becomes Python values (decode), and
which variant of a union a valid value belongs to (fits). They check nothing the validator checks."""

import json
import unittest
from enum import Enum
from typing import Any, List

from rtpkg._runtime import (
    AnyValue, Array, Boolean, Const, Integer, Map, Null, Nullable, Number, Ref, SchemaSet, String, enum_from_json, json_equal,
    nullable_enum_from_json,
)
from rtpkg.exceptions import ValidationError

URI = "file:///enum.json"
SCHEMAS = SchemaSet(URI, [(URI, json.dumps({"$defs": {"Color": {"enum": ["red", 1]}, "MaybeColor": {"enum": ["red", 1, None]}}}))], {}, False)


class Color(Enum):
    RED = "red"
    ONE = 1

    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/Color")


class MaybeColor(Enum):
    RED = "red"
    ONE = 1

    __codegen_validator__ = SCHEMAS.validator(URI + "#/$defs/MaybeColor")


class JsonEqualTest(unittest.TestCase):
    def test_numbers_by_value_booleans_apart(self) -> None:
        self.assertTrue(json_equal(1, 1.0))
        self.assertTrue(json_equal({"a": [1, 2.0]}, {"a": [1.0, 2]}))
        self.assertFalse(json_equal(True, 1))
        self.assertFalse(json_equal(0, False))
        self.assertFalse(json_equal([1], [1, 1]))
        self.assertFalse(json_equal({"a": 1}, {"b": 1}))
        self.assertFalse(json_equal("1", 1))
        self.assertTrue(json_equal(None, None))


class BinderTest(unittest.TestCase):
    def test_scalars_fit_by_json_type_bool_is_no_number(self) -> None:
        self.assertTrue(Null().fits(None) and not Null().fits(0))
        self.assertTrue(Boolean().fits(False) and not Boolean().fits(0))
        self.assertTrue(String().fits("") and not String().fits(b"x"))
        self.assertTrue(Number().fits(1.5) and Number().fits(10**30) and not Number().fits(True))
        self.assertTrue(AnyValue().fits(object()))

    def test_integer_takes_integral_floats_and_decodes_them_as_int(self) -> None:
        self.assertTrue(Integer().fits(1.0) and Integer().fits(10**40))
        self.assertFalse(Integer().fits(1.5) or Integer().fits(True))
        self.assertEqual((Integer().decode(2.0), type(Integer().decode(2.0))), (2, int))
        self.assertEqual(Integer().decode(10**40), 10**40)

    def test_const_by_json_equality_decodes_to_the_schema_value(self) -> None:
        self.assertTrue(Const(1).fits(1.0) and not Const(1).fits(True))
        self.assertEqual(Const("a").decode("a"), "a")

    def test_containers_fit_and_decode_item_by_item(self) -> None:
        schema = Map(Array(Nullable(Integer())))
        self.assertTrue(schema.fits({"a": [1.0, None]}))
        self.assertFalse(schema.fits({"a": [1.5]}) or schema.fits([]) or schema.fits({"a": {}}))
        decoded = schema.decode({"a": [1.0, None], "b/c~": []})
        self.assertEqual(decoded, {"a": [1, None], "b/c~": []})
        self.assertIsInstance(decoded["a"][0], int)
        self.assertNotIsInstance(decoded["a"][0], float)


class EnumAndRefTest(unittest.TestCase):
    def test_ref_resolves_lazily_once_and_fits_by_the_validator(self) -> None:
        calls: List[int] = []

        def target() -> Any:
            calls.append(1)
            return Color

        ref = Ref(target)
        self.assertEqual(calls, [])
        self.assertTrue(ref.fits("red"))
        self.assertIs(ref.decode(1.0), Color.ONE)
        self.assertFalse(ref.fits("blue") or ref.fits(True))
        self.assertEqual(calls, [1])

    def test_enum_from_json(self) -> None:
        self.assertIs(enum_from_json(Color, '"red"'), Color.RED)
        self.assertIsNone(nullable_enum_from_json(MaybeColor, "null"))
        self.assertIs(nullable_enum_from_json(MaybeColor, "1.0"), MaybeColor.ONE)
        with self.assertRaises(ValidationError) as raised:
            enum_from_json(Color, "null")
        self.assertEqual((raised.exception.keyword, raised.exception.keyword_location, raised.exception.message),
                         ("enum", "/enum", "must be equal to one of the allowed values"))
        with self.assertRaises(ValidationError) as raised:
            enum_from_json(Color, "{")
        self.assertEqual((raised.exception.pointer, raised.exception.keyword), ("", "json"))

    def test_the_validator_is_no_enum_member(self) -> None:
        self.assertEqual(list(Color), [Color.RED, Color.ONE])


if __name__ == "__main__":
    unittest.main()
