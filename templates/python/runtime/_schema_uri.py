"""URI references (RFC 3986) and JSON pointers (RFC 6901) for the schema interpreter.

urllib.parse.urljoin is not used: it leaves `urn:` bases alone for fragments on some versions,
drops empty paths and does not remove dot segments exactly as section 5.2.4 says; the
resolution below is the RFC's own algorithm (section 5.2.2), which is short."""

from __future__ import annotations

import re
from typing import List, Optional, Tuple
from urllib.parse import unquote

__all__ = ["resolve_uri", "split_fragment", "pointer_tokens", "escape_token"]

# RFC 3986 appendix B: scheme, authority, path, query, fragment (None when the part is absent).
_PARTS = re.compile(r"^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$", re.DOTALL)

_Parts = Tuple[Optional[str], Optional[str], str, Optional[str], Optional[str]]


def _split(uri: str) -> _Parts:
    match = _PARTS.match(uri)
    assert match is not None  # every string matches: each group is optional
    scheme, authority, path, query, fragment = match.groups()
    return scheme, authority, path or "", query, fragment


def _join(scheme: Optional[str], authority: Optional[str], path: str, query: Optional[str], fragment: Optional[str]) -> str:
    out = ""
    if scheme is not None:
        out += scheme + ":"
    if authority is not None:
        out += "//" + authority
    out += path
    if query is not None:
        out += "?" + query
    if fragment is not None:
        out += "#" + fragment
    return out


def _remove_dot_segments(path: str) -> str:
    """Section 5.2.4, on whole segments."""
    output: List[str] = []
    segments = path.split("/")
    absolute = path.startswith("/")
    if absolute:
        segments = segments[1:]
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == ".":
            if last:
                output.append("")
        elif segment == "..":
            if output:
                output.pop()
            if last:
                output.append("")
        else:
            output.append(segment)
    return ("/" if absolute else "") + "/".join(output)


def _merge(base_authority: Optional[str], base_path: str, ref_path: str) -> str:
    """Section 5.2.3."""
    if base_authority is not None and base_path == "":
        return "/" + ref_path
    slash = base_path.rfind("/")
    return base_path[: slash + 1] + ref_path


def resolve_uri(base: str, ref: str) -> str:
    """The target URI of `ref` against the absolute `base` (RFC 3986 section 5.2.2, strict)."""
    r_scheme, r_authority, r_path, r_query, r_fragment = _split(ref)
    if r_scheme is not None:
        return _join(r_scheme, r_authority, _remove_dot_segments(r_path), r_query, r_fragment)
    b_scheme, b_authority, b_path, b_query, _ = _split(base)
    if r_authority is not None:
        return _join(b_scheme, r_authority, _remove_dot_segments(r_path), r_query, r_fragment)
    if r_path == "":
        return _join(b_scheme, b_authority, b_path, b_query if r_query is None else r_query, r_fragment)
    if r_path.startswith("/"):
        path = _remove_dot_segments(r_path)
    else:
        path = _remove_dot_segments(_merge(b_authority, b_path, r_path))
    return _join(b_scheme, b_authority, path, r_query, r_fragment)


def split_fragment(uri: str) -> Tuple[str, str]:
    """The URI without its fragment, and the fragment ("" when absent or empty)."""
    hash_at = uri.find("#")
    if hash_at < 0:
        return uri, ""
    return uri[:hash_at], uri[hash_at + 1 :]


def pointer_tokens(fragment: str) -> Optional[List[str]]:
    """The reference tokens of a URI fragment holding a JSON pointer ("" or "/a/b"), percent-decoded
    first and then ~1 and ~0 unescaped, in that order; None when the fragment is not a pointer."""
    pointer = unquote(fragment)
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        return None
    return [token.replace("~1", "/").replace("~0", "~") for token in pointer[1:].split("/")]


def escape_token(token: str) -> str:
    """One reference token of a JSON pointer (for instance and keyword locations)."""
    if "~" in token or "/" in token:
        return token.replace("~", "~0").replace("/", "~1")
    return token
