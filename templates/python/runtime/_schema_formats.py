"""The formats draft 2020-12 asserts when format assertion is on (FORMATS, by name; other names
stay annotations): here dates and times (RFC 3339), duration (RFC 3339 appendix A), email
(RFC 5321) and idn-email (RFC 6531), hostname (RFC 1123, A-labels per RFC 5891), uuid (RFC 4122),
json-pointer (RFC 6901), relative-json-pointer; ipv4, ipv6, the URI and IRI formats, uri-template
and regex in _schema_formats_text.py; idn-hostname (IDNA2008) in _schema_formats_idn.py.

Every pattern is matched with fullmatch and ASCII classes ([0-9], never \\d, which matches any
Unicode digit; never $, which matches before a final newline)."""

from __future__ import annotations

import re
from typing import Callable, Dict, Optional

from ._schema_formats_idn import idn_hostname, is_a_label
from ._schema_formats_text import iri, iri_reference, is_ipv4, is_ipv6, regex, uri, uri_reference, uri_template

__all__ = ["FORMATS", "is_hostname"]

_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_TIME = re.compile(r"([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))")
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def is_date(text: str) -> bool:
    match = _DATE.fullmatch(text)
    if match is None:
        return False
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= (29 if month == 2 and _leap(year) else _DAYS[month - 1])


def is_time(text: str) -> bool:
    """full-time: a leap second (60) only at 23:59 UTC, the offset taken into account."""
    match = _TIME.fullmatch(text)
    if match is None:
        return False
    hour, minute, second = int(match[1]), int(match[2]), int(match[3])
    offset_hours, offset_minutes = (0, 0) if match[4] else (int(match[6]), int(match[7]))
    if hour > 23 or minute > 59 or second > 60 or offset_hours > 23 or offset_minutes > 59:
        return False
    if second == 60:
        sign = -1 if match[5] == "+" else 1  # local time minus the offset is UTC
        utc = (hour * 60 + minute + sign * (offset_hours * 60 + offset_minutes)) % (24 * 60)
        return utc == 23 * 60 + 59
    return True


def is_date_time(text: str) -> bool:
    if len(text) < 11 or text[10] not in "Tt":
        return False
    return is_date(text[:10]) and is_time(text[11:])


_DUR_DATE = r"(?:[0-9]+Y(?:[0-9]+M(?:[0-9]+D)?)?|[0-9]+M(?:[0-9]+D)?|[0-9]+D)"
_DUR_TIME = r"T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S)"
_DURATION = re.compile(rf"P(?:{_DUR_DATE}(?:{_DUR_TIME})?|{_DUR_TIME}|[0-9]+W)")

_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


def is_hostname(text: str) -> bool:
    """RFC 1123 labels of at most 63 characters, 253 in all; an "xn--" label must be a valid
    A-label (its Punycode decodes to a valid U-label) and no other label has "--" at 3-4."""
    if text == "" or len(text) > 253:
        return False
    for label in text.split("."):
        if _LABEL.fullmatch(label) is None:
            return False
        if label[2:4] == "--":
            if label[:4].lower() != "xn--":
                return False
            if not is_a_label(label):
                return False
    return True


_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LOCAL = re.compile(rf"{_ATOM}(?:\.{_ATOM})*|\"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*\"")


def _email(text: str, domain_check: Callable[[str], bool], local: "re.Pattern[str]") -> bool:
    at = text.rfind("@")
    if at <= 0:
        return False
    local_part, domain = text[:at], text[at + 1 :]
    if local.fullmatch(local_part) is None:
        return False
    if domain.startswith("[") and domain.endswith("]"):
        literal = domain[1:-1]
        return is_ipv6(literal[5:]) if literal.startswith("IPv6:") else is_ipv4(literal)
    return domain_check(domain)


def is_email(text: str) -> bool:
    return _email(text, is_hostname, _LOCAL)


_IDN_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\U0010ffff-]+"
_IDN_LOCAL = re.compile(rf"{_IDN_ATOM}(?:\.{_IDN_ATOM})*|\"(?:[\x20\x21\x23-\x5b\x5d-\x7e\u0080-\U0010ffff]|\\[\x20-\x7e])*\"")


def is_idn_email(text: str) -> bool:
    """RFC 6531: UTF-8 in the local part, an IDN host name as domain."""
    return _email(text, idn_hostname, _IDN_LOCAL)


_UUID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
_POINTER = r"(?:/(?:[^~/]|~[01])*)*"
_JSON_POINTER = re.compile(_POINTER)
_RELATIVE_POINTER = re.compile(rf"(?:0|[1-9][0-9]*)(?:#|{_POINTER})")


def _matcher(pattern: "re.Pattern[str]") -> Callable[[str], bool]:
    fullmatch = pattern.fullmatch

    def check(text: str) -> bool:
        found: Optional[re.Match[str]] = fullmatch(text)
        return found is not None

    return check


FORMATS: Dict[str, Callable[[str], bool]] = {
    "date-time": is_date_time,
    "date": is_date,
    "time": is_time,
    "duration": _matcher(_DURATION),
    "email": is_email,
    "idn-email": is_idn_email,
    "hostname": is_hostname,
    "idn-hostname": idn_hostname,
    "ipv4": is_ipv4,
    "ipv6": is_ipv6,
    "uri": uri,
    "uri-reference": uri_reference,
    "iri": iri,
    "iri-reference": iri_reference,
    "uri-template": uri_template,
    "uuid": _matcher(_UUID),
    "json-pointer": _matcher(_JSON_POINTER),
    "relative-json-pointer": _matcher(_RELATIVE_POINTER),
    "regex": regex,
}
