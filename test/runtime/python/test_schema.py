"""_runtime.py, the schema checks: the decisions, pointers and keywords Ajv gives."""

import unittest
from enum import Enum
from typing import Any, Optional

from rtpkg._runtime import (
    AnyValue, Array, Boolean, Const, Integer, Map, Null, Nullable, Number, Ref, Schema, String, enum_from_json,
    json_equal, nullable_enum_from_json,
)
from rtpkg.exceptions import ValidationError


class Color(Enum):
    RED = "red"
    ONE = 1


class SchemaCase(unittest.TestCase):
    def assertIssue(self, issue: Optional[ValidationError], pointer: str, keyword: str, message: Optional[str] = None) -> None:
        self.assertIsNotNone(issue)
        assert issue is not None
        self.assertEqual((issue.pointer, issue.keyword), (pointer, keyword))
        if message is not None:
            self.assertEqual(issue.message, message)


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


class ScalarTest(SchemaCase):
    def test_null_and_boolean(self) -> None:
        self.assertIsNone(Null().check(None, ""))
        self.assertIssue(Null().check(0, "/a"), "/a", "type", "must be null")
        self.assertIsNone(Boolean().check(False, ""))
        self.assertIssue(Boolean().check(0, ""), "", "type", "must be boolean")

    def test_string_lengths_count_code_points(self) -> None:
        schema = String(min_length=2, max_length=3)
        self.assertIsNone(schema.check("\U0001F600\U0001F600", ""))  # two code points, four UTF-16 units
        self.assertIssue(schema.check("\U0001F600", "/s"), "/s", "minLength", "must NOT have fewer than 2 characters")
        self.assertIssue(schema.check("abcd", "/s"), "/s", "maxLength", "must NOT have more than 3 characters")
        self.assertIssue(schema.check(b"ab", ""), "", "type", "must be string")

    def test_pattern_is_searched_not_anchored_and_reported_in_the_schema_syntax(self) -> None:
        schema = String(pattern="\\d+", python_pattern="[0-9]+")
        self.assertIsNone(schema.check("ab12cd", ""))
        self.assertIssue(schema.check("abc", "/id"), "/id", "pattern", 'must match pattern "\\d+"')
        # ECMA \d is ASCII only: the translated class rejects other digits, where re's \d would not.
        self.assertIssue(schema.check("\u0663", ""), "", "pattern")

    def test_number_bounds_in_schema_order_and_bool_is_no_number(self) -> None:
        schema = Number(minimum=0, maximum=10, exclusive_maximum=5)
        self.assertIsNone(schema.check(4.5, ""))
        self.assertIssue(schema.check(-1, "/n"), "/n", "minimum", "must be >= 0")
        self.assertIssue(schema.check(11, "/n"), "/n", "maximum", "must be <= 10")
        self.assertIssue(schema.check(5, "/n"), "/n", "exclusiveMaximum", "must be < 5")
        self.assertIssue(Number(exclusive_minimum=0).check(0, ""), "", "exclusiveMinimum", "must be > 0")
        self.assertIssue(schema.check(True, ""), "", "type", "must be number")
        self.assertIssue(schema.check("1", ""), "", "type", "must be number")

    def test_integer_takes_integral_floats_and_decodes_them_as_int(self) -> None:
        schema = Integer(maximum=2**64)
        self.assertIsNone(schema.check(1.0, ""))
        decoded = schema.decode(1.0)
        self.assertEqual((decoded, type(decoded)), (1, int))
        self.assertIsNone(schema.check(2**64, ""))  # exact, not through a double
        self.assertIssue(schema.check(2**64 + 1, ""), "", "maximum")
        self.assertIssue(schema.check(1.5, "/i"), "/i", "type", "must be integer")
        self.assertIssue(schema.check(False, ""), "", "type", "must be integer")

    def test_const_by_json_equality(self) -> None:
        self.assertIsNone(Const(1).check(1.0, ""))
        self.assertIssue(Const(1).check(True, "/c"), "/c", "const", "must be equal to constant 1")
        self.assertIssue(Const("a").check("b", ""), "", "const", 'must be equal to constant "a"')
        self.assertEqual(Const("a").decode("a"), "a")


class ContainerTest(SchemaCase):
    def test_array_bounds_then_the_first_item_with_its_index(self) -> None:
        schema = Array(Integer(minimum=0), min_items=1, max_items=3)
        self.assertIsNone(schema.check([0, 1.0], ""))
        self.assertEqual(schema.decode([0, 1.0]), [0, 1])
        self.assertIssue(schema.check([], "/a"), "/a", "minItems", "must NOT have fewer than 1 items")
        self.assertIssue(schema.check([1, 2, 3, 4], "/a"), "/a", "maxItems", "must NOT have more than 3 items")
        self.assertIssue(schema.check([0, 1, -1], "/a"), "/a/2", "minimum")
        self.assertIssue(schema.check({"0": 1}, ""), "", "type", "must be array")
        self.assertEqual(schema.encode((1, 2), ""), [1, 2])
        with self.assertRaises(ValidationError) as raised:
            schema.encode([1, "x"], "/a")
        self.assertEqual((raised.exception.pointer, raised.exception.keyword), ("/a/1", "type"))

    def test_map_pointers_escape_tilde_and_slash(self) -> None:
        schema = Map(String())
        self.assertIsNone(schema.check({"a": "b"}, ""))
        self.assertIssue(schema.check({"ok": "x", "a/b~c": 1}, "/m"), "/m/a~1b~0c", "type")
        self.assertIssue(schema.check([], ""), "", "type", "must be object")
        with self.assertRaises(ValidationError):
            schema.encode(["a"], "")

    def test_nullable_lets_null_through_and_checks_the_rest(self) -> None:
        schema = Nullable(Integer())
        self.assertIsNone(schema.check(None, ""))
        self.assertIsNone(schema.decode(None))
        self.assertIsNone(schema.encode(None, ""))
        self.assertIssue(schema.check("1", "/x"), "/x", "type", "must be integer")

    def test_any_value_accepts_everything_and_encodes_enums(self) -> None:
        self.assertIsNone(AnyValue().check({"a": [None, 1.5]}, ""))
        self.assertEqual(AnyValue().encode({"c": [Color.RED]}, ""), {"c": ["red"]})
        self.assertIsNone(Schema().check(object(), ""))


class EnumAndRefTest(SchemaCase):
    def test_ref_resolves_lazily_once(self) -> None:
        calls: list[int] = []

        def target() -> Any:
            calls.append(1)
            return Color

        ref = Ref(target)
        self.assertEqual(calls, [])
        self.assertIsNone(ref.check("red", ""))
        self.assertIs(ref.decode(1.0), Color.ONE)
        self.assertEqual(ref.encode(Color.RED, ""), "red")
        self.assertEqual(calls, [1])
        self.assertIssue(ref.check("blue", "/c"), "/c", "enum", 'must be equal to one of the allowed values: "red", 1')
        self.assertIssue(ref.check(True, ""), "", "enum")
        with self.assertRaises(ValidationError):
            ref.encode("red", "")

    def test_enum_from_json(self) -> None:
        self.assertIs(enum_from_json(Color, '"red"'), Color.RED)
        self.assertIsNone(nullable_enum_from_json(Color, "null"))
        with self.assertRaises(ValidationError) as raised:
            enum_from_json(Color, "null")
        self.assertEqual(raised.exception.keyword, "enum")
        with self.assertRaises(ValidationError) as raised:
            enum_from_json(Color, "{")
        self.assertEqual((raised.exception.pointer, raised.exception.keyword), ("", "json"))


if __name__ == "__main__":
    unittest.main()
