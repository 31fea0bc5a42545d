"""idn-hostname: IDNA2008 (RFC 5890-5893) with the standard library: code point validity derived
from unicodedata as RFC 5892 section 2 does (letters, digits and marks that NFKC case folding keeps;
its exception table), the contextual rules of its appendix A, the hyphen and leading-mark rules of
RFC 5891, the Bidi rule of RFC 5893, and A-labels through the punycode codec (canonical only).
unicodedata is Python's Unicode version, not IDNA's 6.3 tables: close, not identical."""

from __future__ import annotations

import re
import unicodedata
from typing import List

__all__ = ["idn_hostname", "is_a_label"]

_SEPARATORS = re.compile("[.\u3002\uff0e\uff61]")
_PVALID = frozenset("\u00df\u03c2\u06fd\u06fe\u0f0b\u3007")
_DISALLOWED = frozenset("\u0640\u07fa\u302e\u302f\u3031\u3032\u3033\u3034\u3035\u303b")
_CONTEXTO = frozenset("\u00b7\u0375\u05f3\u05f4\u30fb") | frozenset(chr(c) for c in range(0x660, 0x66A)) | frozenset(chr(c) for c in range(0x6F0, 0x6FA))
_CONTEXTJ = frozenset("\u200c\u200d")
_LETTER_DIGITS = frozenset(["Ll", "Lu", "Lo", "Nd", "Lm", "Mn", "Mc"])
_RTL = frozenset(["R", "AL", "AN"])


def _valid_code_point(char: str) -> bool:
    if char in _PVALID or char in _CONTEXTO or char in _CONTEXTJ:
        return True
    if char in _DISALLOWED:
        return False
    if "a" <= char <= "z" or "0" <= char <= "9" or char == "-":
        return True
    if ord(char) < 0x80:
        return False
    if unicodedata.category(char) not in _LETTER_DIGITS:
        return False
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", char).casefold()) == char


def _script_of(char: str, names: "tuple[str, ...]") -> bool:
    try:
        name = unicodedata.name(char)
    except ValueError:
        return False
    return name.startswith(names)


def _context_ok(label: str, i: int) -> bool:
    """RFC 5892 appendix A, for the code point at i."""
    char = label[i]
    before = label[i - 1] if i > 0 else ""
    after = label[i + 1] if i + 1 < len(label) else ""
    if char == "\u200d":
        return before != "" and unicodedata.combining(before) == 9
    if char == "\u200c":
        if before != "" and unicodedata.combining(before) == 9:
            return True
        return _joining_context(label, i)
    if char == "\u00b7":
        return before == "l" and after == "l"
    if char == "\u0375":
        return after != "" and _script_of(after, ("GREEK",))
    if char in "\u05f3\u05f4":
        return before != "" and _script_of(before, ("HEBREW",))
    if char == "\u30fb":
        return any(_script_of(c, ("HIRAGANA", "KATAKANA", "CJK")) for c in label if c != "\u30fb")
    if "\u0660" <= char <= "\u0669":
        return not any("\u06f0" <= c <= "\u06f9" for c in label)
    if "\u06f0" <= char <= "\u06f9":
        return not any("\u0660" <= c <= "\u0669" for c in label)
    return True


def _joining_context(label: str, i: int) -> bool:
    """ZWNJ between a left- or dual-joining and a right- or dual-joining letter (transparent marks
    skipped); Arabic letters approximate the joining types, which unicodedata does not have."""

    def joining(char: str) -> bool:
        return unicodedata.bidirectional(char) == "AL"

    left = i - 1
    while left >= 0 and unicodedata.category(label[left]) == "Mn":
        left -= 1
    right = i + 1
    while right < len(label) and unicodedata.category(label[right]) == "Mn":
        right += 1
    return left >= 0 and right < len(label) and joining(label[left]) and joining(label[right])


def _bidi_ok(label: str) -> bool:
    """RFC 5893 section 2, for a label of a domain name that has right-to-left characters."""
    classes = [unicodedata.bidirectional(c) for c in label]
    if classes[0] in ("R", "AL"):
        allowed = {"R", "AL", "AN", "EN", "ES", "CS", "ET", "ON", "BN", "NSM"}
        ends = {"R", "AL", "EN", "AN"}
        if "EN" in classes and "AN" in classes:
            return False
    elif classes[0] == "L":
        allowed = {"L", "EN", "ES", "CS", "ET", "ON", "BN", "NSM"}
        ends = {"L", "EN"}
    else:
        return False
    if any(c not in allowed for c in classes):
        return False
    last = len(classes) - 1
    while last > 0 and classes[last] == "NSM":
        last -= 1
    return classes[last] in ends


def _u_label(label: str) -> bool:
    if label.startswith("-") or label.endswith("-") or label[2:4] == "--":
        return False
    if unicodedata.category(label[0]).startswith("M"):
        return False
    for i, char in enumerate(label):
        if not _valid_code_point(char):
            return False
        if (char in _CONTEXTO or char in _CONTEXTJ) and not _context_ok(label, i):
            return False
    return True


def is_a_label(label: str) -> bool:
    """An "xn--" label: canonical Punycode of a valid, non-ASCII U-label."""
    try:
        decoded = label[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return False
    if decoded == "" or decoded.isascii() or not _u_label(decoded):
        return False
    if decoded.encode("punycode").decode("ascii") != label[4:].lower():
        return False
    return not any(c in _RTL for c in map(unicodedata.bidirectional, decoded)) or _bidi_ok(decoded)


def idn_hostname(text: str) -> bool:
    if text == "":
        return False
    labels: List[str] = _SEPARATORS.split(text)
    ascii_length = 0
    for label in labels:
        if label == "":
            return False
        if label.isascii():
            lowered = label.lower()
            if lowered.startswith("xn--"):
                if not is_a_label(lowered):
                    return False
            elif not re.fullmatch(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?", lowered) or lowered[2:4] == "--":
                return False
            encoded = len(label)
        else:
            if not _u_label(label):
                return False
            encoded = 4 + len(label.encode("punycode"))
        if encoded > 63:
            return False
        ascii_length += encoded + 1
    if ascii_length - 1 > 253:
        return False
    if any(unicodedata.bidirectional(c) in _RTL for label in labels for c in label):
        return all(_bidi_ok(label) for label in labels)
    return True
