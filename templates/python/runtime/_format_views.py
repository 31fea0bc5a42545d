"""Native views of formatted strings: a model keeps each property's JSON text exactly as it came
(a format is an annotation, so "not a date-time" is valid and round-trips byte-equal), and a
property whose format has a view also gets a Python property that reads that text as a datetime,
date or UUID and writes one back as canonical text. Reading accepts exactly the format's grammar
(RFC 3339, RFC 4122), the same on every Python version: datetime.fromisoformat before 3.11 reads
no "Z", and from 3.11 reads texts RFC 3339 does not allow ("20240101", no offset)."""

from __future__ import annotations

import json
import re
import uuid
from datetime import date, datetime, timedelta, timezone
from typing import Callable, Generic, Optional, TypeVar, overload

__all__ = ["FormatView", "DATE_TIME_VIEW", "DATE_VIEW", "UUID_VIEW"]

_N = TypeVar("_N")
_A = TypeVar("_A")
_B = TypeVar("_B")

_DATE_TIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))"
)
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_UUID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")


class FormatView(Generic[_N]):
    """How one format's text reads as a native value, and how a native value is written as text.
    None (an absent or null property) reads and writes as None. `parse` and `text_of` raise
    ValueError with the reason; read and write add the JSON property and the text or value."""

    def __init__(self, parse: Callable[[str], _N], text_of: Callable[[_N], str]) -> None:
        self.parse = parse
        self.text_of = text_of

    @overload
    def read(self, prop: str, text: str) -> _N: ...

    @overload
    def read(self, prop: str, text: Optional[str]) -> Optional[_N]: ...

    def read(self, prop: str, text: Optional[str]) -> Optional[_N]:
        return None if text is None else _converted(prop, text, self.parse, _quoted(text))

    @overload
    def write(self, prop: str, value: _N) -> str: ...

    @overload
    def write(self, prop: str, value: Optional[_N]) -> Optional[str]: ...

    def write(self, prop: str, value: Optional[_N]) -> Optional[str]:
        return None if value is None else _converted(prop, value, self.text_of, repr(value))


def _converted(prop: str, value: _A, convert: Callable[[_A], _B], shown: str) -> _B:
    """convert(value), its ValueError's reason prefixed with the property and the value shown."""
    try:
        return convert(value)
    except ValueError as error:
        raise ValueError(f"property {_quoted(prop)}: {shown} {error}") from None


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


_NOT_DATE_TIME = "is not an RFC 3339 date-time"


def _parse_date_time(text: str) -> datetime:
    match = _DATE_TIME.fullmatch(text)
    if match is None:
        raise ValueError(_NOT_DATE_TIME)
    year, month, day, hour, minute, second = (int(match[i]) for i in range(1, 7))
    if second == 60:
        raise ValueError("is a leap second, which datetime cannot hold")
    offset_hours, offset_minutes = (0, 0) if match[8] is None else (int(match[9]), int(match[10]))
    if offset_hours > 23 or offset_minutes > 59:
        raise ValueError(_NOT_DATE_TIME)
    offset = timedelta(hours=offset_hours, minutes=offset_minutes)
    # datetime holds microseconds: further digits are cut, as datetime.fromisoformat cuts them.
    microsecond = 0 if match[7] is None else int(match[7][:6].ljust(6, "0"))
    try:
        return datetime(year, month, day, hour, minute, second, microsecond, timezone(-offset if match[8] == "-" else offset))
    except ValueError:  # out of range: month 13, hour 24, February 30, year 0
        raise ValueError(_NOT_DATE_TIME) from None


def _date_time_text(value: datetime) -> str:
    offset = value.utcoffset()
    if offset is None:
        raise ValueError("is naive: RFC 3339 needs an offset (e.g. tzinfo=datetime.timezone.utc)")
    if offset.seconds % 60 != 0 or offset.microseconds != 0:
        raise ValueError(f"has an offset of {offset}: RFC 3339 writes whole minutes only")
    return value.isoformat()


_NOT_DATE = "is not an RFC 3339 full-date"


def _parse_date(text: str) -> date:
    match = _DATE.fullmatch(text)
    if match is None:
        raise ValueError(_NOT_DATE)
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:  # out of range: month 13, February 30, year 0
        raise ValueError(_NOT_DATE) from None


def _date_text(value: date) -> str:
    # A datetime is a date too, but its isoformat() writes the time, which a full-date has not.
    if isinstance(value, datetime):
        raise ValueError("is a datetime: give its .date()")
    return value.isoformat()


def _parse_uuid(text: str) -> uuid.UUID:
    if _UUID.fullmatch(text) is None:
        raise ValueError("is not an RFC 4122 UUID (8-4-4-4-12 hexadecimal digits)")
    return uuid.UUID(text)


DATE_TIME_VIEW: FormatView[datetime] = FormatView(_parse_date_time, _date_time_text)
DATE_VIEW: FormatView[date] = FormatView(_parse_date, _date_text)
UUID_VIEW: FormatView[uuid.UUID] = FormatView(_parse_uuid, str)
