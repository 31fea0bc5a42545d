"""The error every generated model raises when a value does not follow the schema."""

from typing import Optional, Sequence, Tuple

__all__ = ["ValidationError", "ValidationIssue"]


class ValidationIssue:
    """One reason a value does not follow the schema: `pointer` the instance location ("" for the
    document itself), `keyword_location` the schema keyword's location through any $ref (a JSON
    pointer from the declaration's schema), `keyword` that location's last keyword (e.g. "required",
    "maximum"), and the validator's message."""

    __slots__ = ("pointer", "keyword_location", "keyword", "message")

    def __init__(self, pointer: str, keyword_location: str, keyword: str, message: str) -> None:
        self.pointer = pointer
        self.keyword_location = keyword_location
        self.keyword = keyword
        self.message = message

    def __repr__(self) -> str:
        return f"ValidationIssue({self.pointer!r}, {self.keyword_location!r}, {self.keyword!r}, {self.message!r})"


class ValidationError(ValueError):
    """A value does not follow the schema. `errors` holds every issue the validator found, in its
    order; `pointer`, `keyword_location`, `keyword` and `message` are the first one's."""

    def __init__(self, pointer: str, keyword: str, message: str, keyword_location: str = "", errors: Optional[Sequence[ValidationIssue]] = None) -> None:
        self.errors: Tuple[ValidationIssue, ...] = tuple(errors) if errors else (ValidationIssue(pointer, keyword_location, keyword, message),)
        more = len(self.errors) - 1
        super().__init__(f"{pointer or '(root)'}: {message} ({keyword})" + (f" and {more} more" if more > 0 else ""))
        self.pointer = pointer
        self.keyword_location = keyword_location
        self.keyword = keyword
        self.message = message
