"""The error every generated model raises when a value does not follow the schema."""

__all__ = ["ValidationError"]


class ValidationError(ValueError):
    """A value does not follow the schema. `pointer` is the JSON pointer of the offending value
    ("" for the document itself), `keyword` the JSON Schema rule (e.g. "required", "maximum")."""

    def __init__(self, pointer: str, keyword: str, message: str) -> None:
        super().__init__(f"{pointer or '(root)'}: {message} ({keyword})")
        self.pointer = pointer
        self.keyword = keyword
        self.message = message
