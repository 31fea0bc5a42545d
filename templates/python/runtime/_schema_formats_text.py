"""The text formats: ipv4, ipv6, uri, uri-reference, iri, iri-reference (RFC 3986, RFC 3987),
uri-template (RFC 6570) and regex (ECMA-262, as far as Python's re can tell, see `regex`)."""

from __future__ import annotations

import re
import warnings
from typing import List, Optional

__all__ = ["is_ipv4", "is_ipv6", "uri", "uri_reference", "iri", "iri_reference", "uri_template", "regex"]

_IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])")
_HEX4 = re.compile(r"[0-9A-Fa-f]{1,4}")


def is_ipv4(text: str) -> bool:
    """Dotted decimal, no leading zeros (RFC 2673's dotted-quad, as the suite reads it)."""
    return _IPV4.fullmatch(text) is not None


def is_ipv6(text: str) -> bool:
    """RFC 4291 section 2.2: eight groups of 1-4 hex digits, one "::" at most standing for at least
    one group, or six groups and a dotted-quad IPv4 tail."""
    if text.count("::") > 1:
        return False
    groups = 8
    if "." in text:
        colon = text.rfind(":")
        if colon < 0 or not is_ipv4(text[colon + 1 :]):
            return False
        text = text[: colon + 1] if text[: colon + 1].endswith("::") else text[:colon]
        groups = 6
    if "::" in text:
        left, right = text.split("::")
        parts = ([] if left == "" else left.split(":")) + ([] if right == "" else right.split(":"))
        return len(parts) < groups and all(_HEX4.fullmatch(p) is not None for p in parts)
    parts = text.split(":")
    return len(parts) == groups and all(_HEX4.fullmatch(p) is not None for p in parts)


_UCS = ("\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef\U00010000-\U0001fffd\U00020000-\U0002fffd\U00030000-\U0003fffd\U00040000-\U0004fffd"
        "\U00050000-\U0005fffd\U00060000-\U0006fffd\U00070000-\U0007fffd\U00080000-\U0008fffd\U00090000-\U0009fffd\U000a0000-\U000afffd"
        "\U000b0000-\U000bfffd\U000c0000-\U000cfffd\U000d0000-\U000dfffd\U000e1000-\U000efffd")
_PRIVATE = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"


def _grammar(international: bool) -> "tuple[re.Pattern[str], re.Pattern[str]]":
    """The URI (absolute, with scheme) and relative-reference grammars, IRI ones when asked."""
    unreserved = r"A-Za-z0-9\-._~" + (_UCS if international else "")
    sub = r"!$&'()*+,;="
    pct = r"%[0-9A-Fa-f]{2}"
    pchar = rf"(?:[{unreserved}{sub}:@]|{pct})"
    authority = rf"(?:(?:[{unreserved}{sub}:]|{pct})*@)?(?P<host>\[[^\]/?#@]*\]|(?:[{unreserved}{sub}]|{pct})*)(?::[0-9]*)?"
    abempty = rf"(?:/{pchar}*)*"
    absolute = rf"/(?:{pchar}+(?:/{pchar}*)*)?"
    rootless = rf"{pchar}+(?:/{pchar}*)*"
    noscheme = rf"(?:[{unreserved}{sub}@]|{pct})+(?:/{pchar}*)*"
    query = rf"(?:{pchar}|[/?{_PRIVATE if international else ''}])*"
    fragment = rf"(?:{pchar}|[/?])*"
    tail = rf"(?:\?{query})?(?:#{fragment})?"
    absolute_uri = re.compile(rf"[A-Za-z][A-Za-z0-9+\-.]*:(?://{authority}{abempty}|{absolute}|{rootless}|){tail}")
    relative = re.compile(rf"(?://{authority}{abempty}|{absolute}|{noscheme}|){tail}")
    return absolute_uri, relative


_URI, _URI_RELATIVE = _grammar(False)
_IRI, _IRI_RELATIVE = _grammar(True)
_IP_FUTURE = re.compile(r"[vV][0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+")


def _matches(pattern: "re.Pattern[str]", text: str) -> bool:
    match = pattern.fullmatch(text)
    if match is None:
        return False
    host: Optional[str] = match.group("host")
    if host is None or not host.startswith("["):
        return True
    literal = host[1:-1]
    return is_ipv6(literal) or _IP_FUTURE.fullmatch(literal) is not None


def uri(text: str) -> bool:
    return _matches(_URI, text)


def uri_reference(text: str) -> bool:
    return _matches(_URI, text) or _matches(_URI_RELATIVE, text)


def iri(text: str) -> bool:
    return _matches(_IRI, text)


def iri_reference(text: str) -> bool:
    return _matches(_IRI, text) or _matches(_IRI_RELATIVE, text)


_VARCHAR = r"(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})"
_VARSPEC = rf"{_VARCHAR}(?:\.?{_VARCHAR})*(?::[1-9][0-9]{{0,3}}|\*)?"
_TEMPLATE = re.compile(
    rf"(?:[^\x00-\x20\"%<>\\^`{{|}}\x7f]|%[0-9A-Fa-f]{{2}}|\{{[+#./;?&=,!@|]?{_VARSPEC}(?:,{_VARSPEC})*\}})*")


def uri_template(text: str) -> bool:
    return _TEMPLATE.fullmatch(text) is not None


# ECMA-262 (with the u flag) allows these escapes; re's own extras (\a, \Z, \A, \N, ...) it does not.
_ESCAPE = re.compile(r"\\(?:[dDwWsSbBfnrtv0]|c[A-Za-z]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]{1,6}\}|[pP]\{[A-Za-z_=]+\}"
                     r"|k<[A-Za-z_$][A-Za-z0-9_$]*>|[1-9][0-9]*|[\^$\\.*+?()\[\]{}|/-])")
_GROUP = re.compile(r"\((?!\?)|\(\?(?:[:=!]|<[=!]|<[A-Za-z_$][A-Za-z0-9_$]*>)")


def regex(text: str) -> bool:
    """ECMA-262 pattern syntax: each escape and group opener must be ECMA's (so Python's (?P<n>),
    (?#...), inline flags and \\a are refused); then, rewritten into re's spelling, the pattern
    must compile (a variable-length lookbehind, which ECMA allows and re does not, is accepted)."""
    out: List[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\":
            match = _ESCAPE.match(text, i)
            if match is None:
                return False
            escape = match.group(0)
            if escape[1] in "pP" or escape[1] == "c":
                escape = "a"  # a property class or control escape stands for one character
            elif escape.startswith("\\u{"):
                escape = "\\U" + escape[3:-1].rjust(8, "0")
            elif escape.startswith("\\k<"):
                escape = "(?P=" + escape[3:-1] + ")"
            out.append(escape)
            i = match.end()
        elif char == "(":
            match = _GROUP.match(text, i)
            if match is None:
                return False
            opener = match.group(0)
            out.append("(?P<" + opener[3:] if opener.startswith("(?<") and opener[3] not in "=!" else opener)
            i = match.end()
        elif text.startswith("[^]", i):
            out.append("[\\s\\S]")
            i += 3
        elif text.startswith("[]", i):
            out.append("(?!)")
            i += 2
        else:
            out.append(char)
            i += 1
    try:
        with warnings.catch_warnings():  # "possible nested set" and the like: re's, not ECMA's concern
            warnings.simplefilter("ignore")
            re.compile("".join(out))
    except re.error as error:
        return "look-behind requires fixed-width pattern" in str(error)
    return True
