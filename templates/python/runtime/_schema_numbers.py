"""Numbers and equality of JSON values for the schema interpreter.

json.loads gives int for integer literals (any size) and float otherwise; a float's repr is the
shortest text that reads back as it, which for a decimal literal of up to 15 digits is that literal.
So multipleOf works on the exact rational of that text (Fraction), never on float division:
0.0075 is a multiple of 0.0001, and 1e308 is a multiple of 0.5."""

from __future__ import annotations

import json
import math
from fractions import Fraction
from typing import Any, Dict, Hashable, List, Optional, cast

# cast() names a subscripted type as a string, which it never evaluates (see _runtime.py).
__all__ = ["is_number", "is_integer", "exact", "is_multiple", "number_text", "json_key"]


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_integer(value: Any) -> bool:
    """A JSON number with an integral value: 1.0 is one; infinities are not; booleans are not."""
    cls = value.__class__
    if cls is int:
        return True
    if cls is float:
        number: float = value
        return number.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)


def exact(value: Any) -> Optional[Fraction]:
    """The exact rational a JSON number was written as; None for infinities (overflowed literals)."""
    if isinstance(value, int):
        return Fraction(value)
    number = cast(float, value)
    if math.isinf(number) or math.isnan(number):
        return None
    return Fraction(repr(number))


def is_multiple(value: Any, divisor: Fraction) -> bool:
    if isinstance(value, int) and divisor.denominator == 1:
        return value % divisor.numerator == 0
    rational = exact(value)
    return rational is not None and (rational / divisor).denominator == 1


def number_text(value: Any) -> str:
    """A number as JSON text, for messages."""
    return str(value) if isinstance(value, int) else json.dumps(value)


class _Tag:
    """Marks the keys of booleans and arrays, so they never equal a number, string or each other."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


_BOOL = _Tag("bool")
_ARRAY = _Tag("array")


def json_key(value: Any) -> Hashable:
    """A hashable key equal for equal JSON values: numbers by value (1 and 1.0 alike), objects
    without order, arrays in order, booleans apart from numbers."""
    if isinstance(value, bool):
        return (_BOOL, value)
    if isinstance(value, float):
        number = value
        if number.is_integer():
            return int(number)
        return number
    if isinstance(value, (int, str)) or value is None:
        return cast(Hashable, value)
    if isinstance(value, list):
        return (_ARRAY,) + tuple(json_key(item) for item in cast("List[Any]", value))
    members = cast("Dict[str, Any]", value)
    return frozenset((name, json_key(item)) for name, item in members.items())
