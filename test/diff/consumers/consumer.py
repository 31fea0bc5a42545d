# A consumer written against the output of test/diff/cases/base.schema.json (see consumer.ts).
from __future__ import annotations

import datetime
from typing import Any, List, Literal, Optional

from __UNIT__.models.circle import Circle
from __UNIT__.models.color import Color
from __UNIT__.models.legacy import Legacy
from __UNIT__.models.shape import Shape
from __UNIT__.models.square import Square
from __UNIT__.models.thing import Thing


def use() -> List[Any]:
    thing = Thing(id="a", label=None)
    thing.count = 1
    thing.size = 1.5
    thing.note = "n"
    thing.user_name = "u"
    thing.color = Color.RED
    return read(thing)


def read(thing: Thing) -> List[Any]:
    """Reads a Thing it is given (no narrowing from the assignments above)."""
    ident: str = thing.id
    count: Optional[int] = thing.count
    size: Optional[float] = thing.size
    label: Optional[str] = thing.label
    note: Optional[str] = thing.note
    user_name: Optional[str] = thing.user_name
    created_at: Optional[datetime.datetime] = thing.created_at_datetime
    kind: Literal["thing"] = thing.kind
    colors: List[Color] = [Color.RED, Color.GREEN, Color.BLUE]
    circle = Circle(type="circle", radius=1.0)
    square = Square(type="square", side=2.0)
    shapes: List[Shape] = [Shape(circle), Shape(square)]
    thing.shape = shapes[0]
    legacy = Legacy(x="x", additional_properties={"extra": 1})
    return [ident, count, size, label, note, user_name, created_at, kind, colors, [area(s) for s in shapes], legacy]


def area(shape: Shape) -> float:
    return area_of(shape.actual_instance)


def area_of(s: object) -> float:
    """Takes any value: code that handles variants it does not know yet, as a consumer should."""
    if isinstance(s, Circle):
        return s.radius
    if isinstance(s, Square):
        return s.side
    return 0.0
