"""_schema_discriminator.py, OpenAPI's discriminator in the interpreter (ARCHITECTURE.md): it never
changes validity; on a failing oneOf/anyOf over an object it chooses the errors reported."""

import unittest
from typing import Any, Dict, List, Tuple

from rtpkg._schema import SchemaValidator

ROOT = "https://example.com/root.json"

DEFS: Dict[str, Any] = {
    "Cat": {"type": "object", "properties": {"kind": {"const": "cat"}, "lives": {"type": "integer", "maximum": 9}}, "required": ["kind", "lives"]},
    "Dog": {"type": "object", "properties": {"kind": {"enum": ["dog", "puppy"]}, "bark": {"type": "string"}}, "required": ["kind"]},
    "Pet": {"$ref": "#/$defs/Cat"},
    "Any": {"type": "object"},
}


def validator(union: Dict[str, Any]) -> SchemaValidator:
    return SchemaValidator({}, ROOT, {"$defs": DEFS, **union}, {}, False)


def issues(v: SchemaValidator, instance: Any) -> List[Tuple[str, str, str]]:
    found = v.validate(instance)
    assert v.is_valid(instance) == (found == []), "is_valid must agree with validate"
    return [(i.instance_location, i.keyword_location, i.message) for i in found]


ONE_OF = {"type": "object", "oneOf": [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Dog"}], "discriminator": {"propertyName": "kind"}}


class DiscriminatorTest(unittest.TestCase):
    def test_the_chosen_variant_reports_exactly_its_errors(self) -> None:
        v = validator(ONE_OF)
        self.assertEqual(issues(v, {"kind": "cat", "lives": 10}), [("/lives", "/oneOf/0/$ref/properties/lives/maximum", "must be <= 9")])
        self.assertEqual(issues(v, {"kind": "puppy", "bark": 1}), [("/bark", "/oneOf/1/$ref/properties/bark/type", "must be string")])

    def test_tag_absent_or_not_a_string(self) -> None:
        v = validator(ONE_OF)
        self.assertEqual(issues(v, {"lives": 1}), [("", "/discriminator", 'tag "kind" must be string')])
        self.assertEqual(issues(v, {"kind": 3}), [("", "/discriminator", 'tag "kind" must be string')])

    def test_a_tag_no_variant_takes(self) -> None:
        self.assertEqual(issues(validator(ONE_OF), {"kind": "cow"}), [("", "/discriminator", 'value of tag "kind" must be in oneOf')])
        any_of = {"anyOf": ONE_OF["oneOf"], "discriminator": {"propertyName": "kind"}}
        self.assertEqual(issues(validator(any_of), {"kind": "cow"}), [("", "/discriminator", 'value of tag "kind" must be in anyOf')])

    def test_the_chosen_variant_passing_gives_the_usual_one_of_error(self) -> None:
        v = validator({"oneOf": [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Any"}], "discriminator": {"propertyName": "kind"}})
        self.assertEqual(issues(v, {"kind": "cat", "lives": 1}), [("", "/oneOf", "must match exactly one schema in oneOf")])

    def test_mapping_first_then_const_or_enum_through_refs(self) -> None:
        mapped = {"oneOf": [{"$ref": "#/$defs/Pet"}, {"$ref": "#/$defs/Dog"}], "discriminator": {"propertyName": "kind", "mapping": {"tom": "#/$defs/Pet"}}}
        v = validator(mapped)
        self.assertEqual(issues(v, {"kind": "tom"}), [
            ("", "/oneOf/0/$ref/$ref/required", "must have required property 'lives'"),
            ("/kind", "/oneOf/0/$ref/$ref/properties/kind/const", "must be equal to constant"),
        ])
        # Pet has no properties of its own: its tag "cat" is found through its $ref
        self.assertEqual(issues(v, {"kind": "cat"}), [("", "/oneOf/0/$ref/$ref/required", "must have required property 'lives'")])

    def test_validity_never_changes_and_non_objects_get_the_usual_error(self) -> None:
        v = validator(ONE_OF)
        self.assertTrue(v.is_valid({"kind": "cat", "lives": 9}))
        self.assertFalse(v.is_valid({"kind": "cow"}))
        self.assertEqual(issues(v, 3), [("", "/type", "must be object"), ("", "/oneOf", "must match exactly one schema in oneOf")])


if __name__ == "__main__":
    unittest.main()
