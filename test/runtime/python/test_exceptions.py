"""exceptions.py: the one error every generated model raises."""

import unittest

from rtpkg.exceptions import ValidationError, ValidationIssue


class ValidationErrorTest(unittest.TestCase):
    def test_is_a_value_error_with_pointer_keyword_and_message(self) -> None:
        error = ValidationError("/items/0", "minimum", "must be >= 0")
        self.assertIsInstance(error, ValueError)
        self.assertEqual((error.pointer, error.keyword, error.message), ("/items/0", "minimum", "must be >= 0"))
        self.assertEqual(str(error), "/items/0: must be >= 0 (minimum)")

    def test_one_error_by_default_or_every_issue_given(self) -> None:
        error = ValidationError("/a", "type", "must be string", "/properties/a/type")
        self.assertEqual([(i.pointer, i.keyword_location, i.keyword, i.message) for i in error.errors], [("/a", "/properties/a/type", "type", "must be string")])
        issues = [ValidationIssue("", "/required", "required", "must have required property 'b'"), ValidationIssue("/c", "/properties/c/minimum", "minimum", "must be >= 1")]
        error = ValidationError("", "required", "must have required property 'b'", "/required", issues)
        self.assertEqual(error.errors, tuple(issues))
        self.assertEqual(str(error), "(root): must have required property 'b' (required) and 1 more")
        self.assertIn("'/properties/c/minimum'", repr(issues[1]))

    def test_the_document_itself_reads_as_root(self) -> None:
        self.assertEqual(str(ValidationError("", "type", "must be object")), "(root): must be object (type)")

    def test_runtime_reexports_the_same_class(self) -> None:
        from rtpkg import _runtime

        self.assertIs(_runtime.ValidationError, ValidationError)


if __name__ == "__main__":
    unittest.main()
