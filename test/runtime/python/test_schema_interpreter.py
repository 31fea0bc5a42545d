"""_schema.py, the draft 2020-12 interpreter: the error contract (locations, messages, order),
exact numbers, references by URI and fragment, and the refusals."""

import json
import unittest
from typing import Any, Dict, List, Optional, Tuple

from rtpkg._schema import Issue, SchemaCompileError, SchemaValidator

ROOT = "https://example.com/root.json"


def compile_schema(schema: Any, patterns: Optional[Dict[str, Optional[str]]] = None, documents: Optional[Dict[str, Any]] = None,
                   formats: bool = False) -> SchemaValidator:
    return SchemaValidator(documents or {}, ROOT, schema, patterns or {}, formats)


def issues(validator: SchemaValidator, instance: Any) -> List[Tuple[str, str, str]]:
    found = validator.validate(instance)
    assert validator.is_valid(instance) == (found == []), "is_valid must agree with validate"
    return [(i.instance_location, i.keyword_location, i.message) for i in found]


class ErrorContractTest(unittest.TestCase):
    def test_locations_follow_the_evaluation_path_through_refs(self) -> None:
        v = compile_schema({"$defs": {"pos": {"minimum": 0}}, "properties": {"a/b": {"$ref": "#/$defs/pos"}}})
        self.assertEqual(issues(v, {"a/b": -1.5}), [("/a~1b", "/properties/a~1b/$ref/minimum", "must be >= 0")])

    def test_false_schema_is_located_at_itself(self) -> None:
        v = compile_schema({"properties": {"a": True}, "additionalProperties": False})
        self.assertEqual(issues(v, {"a": 1, "extra": 2, "more": 3}), [
            ("/extra", "/additionalProperties", "boolean schema is false"),
            ("/more", "/additionalProperties", "boolean schema is false"),
        ])

    def test_keyword_order_then_properties_in_schema_order(self) -> None:
        # "properties" in the schema's order, as Ajv checks them, whatever the instance's order
        v = compile_schema({"type": "object", "required": ["a", "c"], "properties": {"b": {"type": ["string", "null"]}, "d": {"maxLength": 1}},
                            "dependentRequired": {"b": ["e"]}})
        self.assertEqual(issues(v, {"d": "xy", "b": 1}), [
            ("", "/required", "must have required property 'a'"),
            ("", "/required", "must have required property 'c'"),
            ("", "/dependentRequired", "must have property e when property b is present"),
            ("/b", "/properties/b/type", "must be string,null"),
            ("/d", "/properties/d/maxLength", "must NOT have more than 1 characters"),
        ])

    def test_one_error_at_anyof_oneof_not_contains_propertynames(self) -> None:
        v = compile_schema({"anyOf": [{"type": "string"}, {"minimum": 5}], "oneOf": [{"type": "number"}, {"type": "integer"}],
                            "not": {"const": 1}})
        self.assertEqual(issues(v, 1), [
            ("", "/anyOf", "must match a schema in anyOf"),
            ("", "/oneOf", "must match exactly one schema in oneOf"),
            ("", "/not", "must NOT be valid"),
        ])
        c = compile_schema({"items": {"properties": {"x": {"contains": {"type": "null"}, "minContains": 2, "maxContains": 3}}}})
        self.assertEqual(issues(c, [{"x": [None]}, {"x": [None] * 4}]), [
            ("/0/x", "/items/properties/x/minContains", "must contain at least 2 valid item(s)"),
            ("/1/x", "/items/properties/x/maxContains", "must contain at most 3 valid item(s)"),
        ])
        self.assertEqual(issues(compile_schema({"contains": False}), [1]), [("", "/contains", "must contain at least 1 valid item(s)")])
        p = compile_schema({"propertyNames": {"maxLength": 2}})
        self.assertEqual(issues(p, {"ok": 1, "long": 2, "longer": 3}), [("", "/propertyNames", "property name 'long' is invalid")])

    def test_refs_first_then_assertions_then_applicators_unevaluated_last(self) -> None:
        v = compile_schema({"$dynamicRef": "#/$defs/s", "$ref": "#/$defs/n", "$defs": {"s": {"type": "string"}, "n": {"type": "number"}},
                            "allOf": [{"required": ["x"]}], "properties": {"a": False}, "minProperties": 3, "unevaluatedProperties": False,
                            "patternProperties": {"^b": {"type": "null"}}, "propertyNames": {"maxLength": 1}})
        self.assertEqual(issues(v, {"a": 1, "bb": 2}), [
            ("", "/$ref/type", "must be number"),
            ("", "/$dynamicRef/type", "must be string"),
            ("", "/minProperties", "must NOT have fewer than 3 properties"),
            ("/a", "/properties/a", "boolean schema is false"),
            ("/bb", "/patternProperties/^b/type", "must be null"),
            ("", "/propertyNames", "property name 'bb' is invalid"),
            ("", "/allOf/0/required", "must have required property 'x'"),
            ("/a", "/unevaluatedProperties", "boolean schema is false"),  # a failing keyword evaluates nothing
            ("/bb", "/unevaluatedProperties", "boolean schema is false"),
        ])

    def test_if_reports_only_the_branch_taken(self) -> None:
        v = compile_schema({"if": {"type": "string"}, "then": {"minLength": 2}, "else": {"$ref": "#/$defs/n"}, "$defs": {"n": {"exclusiveMaximum": 0}}})
        self.assertEqual(issues(v, "a"), [("", "/then/minLength", "must NOT have fewer than 2 characters")])
        self.assertEqual(issues(v, 3), [("", "/else/$ref/exclusiveMaximum", "must be < 0")])

    def test_messages_of_the_validation_keywords(self) -> None:
        v = compile_schema({"prefixItems": [{"enum": [1, "a"]}, {"const": {"k": [1]}}], "items": {"multipleOf": 0.5}, "minItems": 5,
                            "uniqueItems": True, "pattern": "^a", "unevaluatedItems": False})
        self.assertEqual(issues(v, [2, {"k": [1.0]}, 0.75, 0.75]), [
            ("", "/minItems", "must NOT have fewer than 5 items"),
            ("", "/uniqueItems", "must NOT have duplicate items"),
            ("/0", "/prefixItems/0/enum", "must be equal to one of the allowed values"),
            ("/2", "/items/multipleOf", "must be multiple of 0.5"),
            ("/3", "/items/multipleOf", "must be multiple of 0.5"),
        ] + [(f"/{i}", "/unevaluatedItems", "boolean schema is false") for i in range(4)])  # failing prefixItems/items annotate nothing
        s = compile_schema({"pattern": "^a", "format": "date", "minProperties": 1}, {"^a": "^a"}, formats=True)
        self.assertEqual(issues(s, "b"), [("", "/pattern", 'must match pattern "^a"'), ("", "/format", 'must match format "date"')])
        self.assertEqual(issues(s, {}), [("", "/minProperties", "must NOT have fewer than 1 properties")])

    def test_unevaluated_properties_see_every_passing_branch(self) -> None:
        v = compile_schema({"anyOf": [{"properties": {"a": True}}, {"properties": {"b": True}, "required": ["b"]}], "unevaluatedProperties": False})
        self.assertEqual(issues(v, {"a": 1, "b": 2}), [])
        self.assertEqual(issues(v, {"a": 1, "c": 2}), [("/c", "/unevaluatedProperties", "boolean schema is false")])


class BranchTagsTest(unittest.TestCase):
    MESSAGE = {"required": ["type", "role"], "properties": {"type": {"const": "message"}, "role": {"const": "ROLE"}}}

    def test_an_objects_tag_leaves_the_branches_that_can_match(self) -> None:
        from rtpkg._schema_node import BranchTags

        v = compile_schema({"$defs": {"K": {"properties": {"kind": {"$ref": "#/$defs/X"}}}, "X": {"const": "x"}}})
        conditions = [v._compiler.conditions(b, ROOT, 0) for b in [  # pyright: ignore[reportPrivateUsage]
            {"allOf": [{"$ref": "#/$defs/K"}], "required": ["kind"]},
            {"properties": {"kind": {"enum": ["x", "y"]}}},
            {"minProperties": 1},
            {"properties": {"kind": {"enum": ["x", 1]}}},
        ]]
        tags = BranchTags.of(conditions, [0, 1, 2, 3], frozenset())
        assert tags is not None
        self.assertEqual(tags.candidates({"kind": "x"}), [0, 1, 2, 3])
        self.assertEqual(tags.candidates({"kind": "y"}), [1, 2, 3])
        self.assertEqual(tags.candidates({}), [1, 2, 3])
        self.assertEqual(tags.candidates({"kind": 1}), [2, 3])
        # the branches one tag leaves are told apart by another member
        message = json.dumps(self.MESSAGE)
        nested = [json.loads(message.replace("ROLE", "user")), json.loads(message.replace("ROLE", "system")),
                  {"required": ["type"], "properties": {"type": {"const": "call"}}}]
        deep = BranchTags.of([v._compiler.conditions(b, ROOT, 0) for b in nested], [0, 1, 2], frozenset())  # pyright: ignore[reportPrivateUsage]
        assert deep is not None
        self.assertEqual(deep.candidates({"type": "message", "role": "system"}), [1])
        self.assertEqual(deep.candidates({"type": "message"}), [])
        self.assertEqual(deep.candidates({"role": "user", "type": "call"}), [2])

    def test_validity_annotations_and_errors_as_when_every_branch_is_tried(self) -> None:
        v = compile_schema({"anyOf": [{"$ref": "#/$defs/A"}, {"$ref": "#/$defs/B"}, {"type": "string"}], "unevaluatedProperties": False, "$defs": {
            "A": {"required": ["t"], "properties": {"t": {"const": "a"}, "n": {"type": "integer"}}},
            "B": {"required": ["t"], "properties": {"t": {"enum": ["a", "b"]}, "s": True}}}})
        self.assertEqual(issues(v, {"t": "a", "n": 1, "s": 2}), [])
        self.assertEqual(issues(v, "x"), [])
        self.assertEqual(issues(v, {"t": "b", "n": 1}), [("/n", "/unevaluatedProperties", "boolean schema is false")])
        self.assertEqual([i[1] for i in issues(v, {"t": "c"})], ["/anyOf", "/unevaluatedProperties"])
        one = compile_schema({"oneOf": [{"required": ["t"], "properties": {"t": {"const": "a"}}}, {"required": ["t"], "properties": {"t": {"enum": ["a", "b"]}}}]})
        self.assertEqual(issues(one, {"t": "b"}), [])
        self.assertEqual(issues(one, {"t": "a"}), [("", "/oneOf", "must match exactly one schema in oneOf")])


class FormatsTest(unittest.TestCase):
    def test_formats_assert_only_when_asked(self) -> None:
        schema = {"properties": {"d": {"format": "date"}, "i": {"format": "ipv6"}, "r": {"format": "regex"}, "u": {"format": "uri"}}}
        bad = {"d": "2021-02-29", "i": "1::2::3", "r": "(?P<n>x)", "u": "/relative"}
        self.assertTrue(compile_schema(schema).is_valid(bad))
        self.assertEqual([i[0] for i in issues(compile_schema(schema, formats=True), bad)], ["/d", "/i", "/r", "/u"])
        good = {"d": "2020-02-29", "i": "::ffff:192.168.0.1", "r": "(?<n>x)\\k<n>[^]", "u": "urn:isbn:0451450523"}
        self.assertEqual(issues(compile_schema(schema, formats=True), good), [])

    def test_a_regex_that_warns_in_re_is_no_crash_under_warnings_as_errors(self) -> None:
        self.assertTrue(compile_schema({"format": "regex"}, formats=True).is_valid("[[a]"))
        self.assertTrue(compile_schema({"pattern": "[[a]"}, {"[[a]": "[[a]"}).is_valid("["))


class NumbersTest(unittest.TestCase):
    def test_multiple_of_is_exact_and_big_numbers_do_not_crash(self) -> None:
        self.assertTrue(compile_schema({"multipleOf": 0.0001}).is_valid(0.0075))
        self.assertFalse(compile_schema({"multipleOf": 0.0001}).is_valid(0.00751))
        self.assertTrue(compile_schema({"type": "integer", "multipleOf": 0.5}).is_valid(1e308))
        self.assertFalse(compile_schema({"multipleOf": 3}).is_valid(float("inf")))
        self.assertTrue(compile_schema({"maximum": 18446744073709551615}).is_valid(18446744073709551615))
        self.assertFalse(compile_schema({"maximum": 18446744073709551614}).is_valid(18446744073709551615))

    def test_json_equality_and_types(self) -> None:
        self.assertTrue(compile_schema({"type": "integer", "const": 1}).is_valid(1.0))
        self.assertFalse(compile_schema({"const": 1}).is_valid(True))
        self.assertFalse(compile_schema({"type": "number"}).is_valid(False))
        self.assertTrue(compile_schema({"enum": [{"a": [1, 2]}]}).is_valid(json.loads('{"a": [1.0, 2]}')))
        self.assertFalse(compile_schema({"uniqueItems": True}).is_valid([{"a": 1, "b": 2}, {"b": 2, "a": 1.0}]))
        self.assertTrue(compile_schema({"uniqueItems": True}).is_valid([1, True, [1], [True]]))
        self.assertTrue(compile_schema({"maxLength": 1}).is_valid("\U0001F600"))


class ReferencesTest(unittest.TestCase):
    def test_at_validates_against_a_subschema_by_fragment(self) -> None:
        v = compile_schema({"$defs": {"Name": {"type": "string"}, "Item": {"$anchor": "item", "type": "integer"}}})
        self.assertTrue(v.at("#/$defs/Name").is_valid("x"))
        self.assertEqual(issues(v.at("#/$defs/Name"), 1), [("", "/type", "must be string")])
        self.assertFalse(v.at("#item").is_valid("x"))

    def test_remote_documents_embedded_ids_and_urn_bases(self) -> None:
        documents = {"https://example.com/defs.json": {"$defs": {"n": {"$id": "nested/", "$defs": {"x": {"type": "null"}}}}}}
        v = compile_schema({"$id": "urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed", "properties": {
            "a": {"$ref": "https://example.com/nested/#/$defs/x"}, "b": {"$ref": "#/$defs/s"}}, "$defs": {"s": {"type": "string"}}}, documents=documents)
        self.assertTrue(v.is_valid({"a": None, "b": "s"}))
        self.assertEqual(issues(v, {"a": 1, "b": 2}), [
            ("/a", "/properties/a/$ref/type", "must be null"),
            ("/b", "/properties/b/$ref/type", "must be string"),
        ])

    def test_dynamic_ref_takes_the_outermost_dynamic_anchor(self) -> None:
        documents = {"https://example.com/list.json": {"$dynamicAnchor": "item", "type": "array", "items": {"$dynamicRef": "#item"},
                                                       "$defs": {"any": {"$dynamicAnchor": "item"}}}}
        v = compile_schema({"$ref": "https://example.com/list.json", "$defs": {"s": {"$dynamicAnchor": "item", "type": ["string", "array"]}}}, documents=documents)
        self.assertTrue(v.is_valid(["a", ["b"]]))
        self.assertEqual(issues(v, ["a", 1]), [("/1", "/$ref/items/$dynamicRef/type", "must be string,array")])

    def test_refusals(self) -> None:
        with self.assertRaisesRegex(SchemaCompileError, "unresolvable"):
            compile_schema({"$ref": "other.json"})
        with self.assertRaisesRegex(SchemaCompileError, "no translation"):
            compile_schema({"pattern": "\\p{L}"}, {"\\p{L}": None})
        with self.assertRaisesRegex(SchemaCompileError, "a \\$ref loop"):
            compile_schema({"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}).is_valid(1)

    def test_issue_equality(self) -> None:
        self.assertEqual(Issue("", "/type", "must be string"), Issue("", "/type", "must be string"))
        self.assertNotEqual(Issue("", "/type", "must be string"), Issue("/a", "/type", "must be string"))


if __name__ == "__main__":
    unittest.main()
