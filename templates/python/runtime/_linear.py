"""The linear-time matcher of patterns that a backtracking engine (re) could take exponential or
polynomial time on (`^(a+)+$`, `^\\S+@\\S+\\.\\S+$`).

The generator compiles each such pattern into the program of its Thompson NFA, a JSON array of
instructions (instruction 0 starts): [0, next, lo1, hi1, lo2, hi2, ...] consumes one code point
within one of the sorted inclusive ranges, then goes to next; [1, t1, t2, ...] goes on at each
target without consuming; [2, kind, next] asserts at the position (kind 0 the text's start, 1 its
end, 2 a word boundary over ASCII [A-Za-z0-9_], 3 not a word boundary), then goes to next; [3]
matches. A search keeps the set of states the NFA can be in while it reads the text once, so it
costs at most (text length) x (program length) steps whatever the pattern and the text.

`search` answers what ECMA-262's RegExp.prototype.test with the "u" flag answers, whether the
pattern matches somewhere in the text, in re's shape: True, or None when it does not match (so
callers test `is not None` on either). A Python string is code points already, a lone surrogate
being one of its own, which is what the program reads. The same algorithm as the TypeScript
runtime's linear.ts; the scratch state lives in each call, so one pattern serves many threads.

A pattern with lookaheads at the text's start is the object {"all": [programs], "none":
[programs]}: it matches when every program of "all" does and none of "none" does."""

from __future__ import annotations

import json
from bisect import bisect_right
from typing import Any, Dict, List, Optional, Protocol, Tuple, Union, cast

__all__ = ["LinearPattern", "LinearProgram", "PatternEntry", "Searcher"]

_CONSUME = 0
_FORK = 1
_ASSERT = 2
_MATCH = 3

# ECMA-262's \w without the "i" flag, which \b looks at: [A-Za-z0-9_].
_WORD = frozenset(list(range(0x30, 0x3A)) + list(range(0x41, 0x5B)) + [0x5F] + list(range(0x61, 0x7B)))
_END: Tuple[int] = (-1,)


class Searcher(Protocol):
    """What the validators search with: a compiled re pattern, or a LinearPattern."""

    def search(self, __text: str) -> Optional[object]: ...


class LinearProgram:
    """An entry of the pattern table (the generated _validation_schema.py): the pattern runs on the
    linear-time matcher, with this program (its JSON text), parsed when the interpreter compiles
    the pattern, not at import."""

    __slots__ = ("program",)

    def __init__(self, program: str) -> None:
        self.program = program

    def compile(self) -> LinearPattern:
        return LinearPattern(self.program)


# A pattern table's entry: re's translation of the ECMA-262 source, the linear-time matcher's
# program, or None (no translation exists).
PatternEntry = Union[str, LinearProgram, None]


class LinearPattern:
    """A pattern's program, parsed once; `search` runs it over a text."""

    __slots__ = ("_ops", "_nexts", "_targets", "_bounds", "_words", "_all", "_none")

    def __init__(self, program: Union[str, List[Any], Dict[str, Any]]) -> None:
        parsed = cast(Union[List[Any], Dict[str, Any]], json.loads(program) if isinstance(program, str) else program)
        # A pattern with lookaheads at the start: its parts' matchers (then its own program is a bare match).
        self._all: Optional[List[LinearPattern]] = None
        self._none: List[LinearPattern] = []
        if isinstance(parsed, dict):
            if not isinstance(parsed.get("all"), list) or not isinstance(parsed.get("none"), list):
                raise ValueError('a linear program given as an object needs its "all" and "none" lists of programs')
            self._all = [LinearPattern(cast(List[Any], part)) for part in cast(List[Any], parsed["all"])]
            self._none = [LinearPattern(cast(List[Any], part)) for part in cast(List[Any], parsed["none"])]
            parsed = [[_MATCH]]
        code = cast(List[List[int]], parsed)
        if not code:
            raise ValueError("a linear program has at least its start")
        # Each instruction decoded into parallel lists, indexed by its number: the operation; the
        # next instruction (consume, assert) or the assertion's kind; the targets to go on at
        # without consuming (fork: its own; assert: the next); a consume's range bounds, each
        # range [lo, hi] as lo, hi + 1, so that a code point lies in one exactly when bisect_right
        # finds an odd index.
        self._ops: List[int] = []
        self._nexts: List[int] = []
        self._targets: List[Tuple[int, ...]] = []
        self._bounds: List[List[int]] = []
        self._words = False  # some assertion looks at word characters
        for op in code:
            kind = op[0]
            if kind == _CONSUME:
                bounds: List[int] = []
                for r in range(2, len(op), 2):
                    bounds.append(op[r])
                    bounds.append(op[r + 1] + 1)
                self._ops.append(kind)
                self._nexts.append(op[1])
                self._targets.append(())
                self._bounds.append(bounds)
            elif kind == _FORK:
                self._ops.append(kind)
                self._nexts.append(-1)
                self._targets.append(tuple(op[1:]))
                self._bounds.append([])
            elif kind == _ASSERT:
                self._ops.append(kind)
                self._nexts.append(op[1])
                self._targets.append((op[2],))
                self._bounds.append([])
                self._words = self._words or op[1] >= 2
            elif kind == _MATCH:
                self._ops.append(kind)
                self._nexts.append(-1)
                self._targets.append(())
                self._bounds.append([])
            else:
                raise ValueError(f"unknown instruction {op!r} in a linear program")

    def test(self, text: str) -> bool:
        """Whether the pattern matches somewhere in `text`."""
        return self.search(text) is not None

    def search(self, text: str) -> Optional[bool]:
        """True when the pattern matches somewhere in `text`, else None (re's search answers a match or None)."""
        if self._all is not None:
            if all(part.search(text) for part in self._all) and not any(part.search(text) for part in self._none):
                return True
            return None
        ops = self._ops
        nexts = self._nexts
        targets = self._targets
        all_bounds = self._bounds
        words = self._words
        word = _WORD
        # seen[pc] == step: state pc is reached at this step already (a state is followed once per step).
        seen = [-1] * len(ops)
        carried: List[int] = []  # the states after the last code point consumed (the search goes on from each)
        waiting: List[int] = []  # the consuming states reached at the position, which the next code point may move on
        stack: List[int] = []
        prev = -1  # the code point before the position (-1: the text's start)
        prev_word = False
        step = 0
        for c in _code_points(text):  # the code point at the position (-1: the end)
            c_word = words and c in word
            # Every state reachable here without consuming, from the states carried over and from
            # a new start (a search may begin anywhere). The operations are written as numbers:
            # 0 consume, 1 fork, 2 assert, 3 match (a literal is faster than a global's lookup).
            carried.append(0)
            waiting.clear()
            for pc in carried:
                if seen[pc] == step:
                    continue
                seen[pc] = step
                if ops[pc] == 0:  # a consuming state, the usual state carried: no stack
                    waiting.append(pc)
                    continue
                stack.append(pc)
                while stack:
                    at = stack.pop()
                    op = ops[at]
                    if op == 0:
                        waiting.append(at)
                        continue
                    if op == 3:
                        return True
                    if op == 2:
                        kind = nexts[at]
                        if kind == 0:
                            holds = prev < 0
                        elif kind == 1:
                            holds = c < 0
                        elif kind == 2:
                            holds = prev_word != c_word
                        else:
                            holds = prev_word == c_word
                        if not holds:
                            continue
                    for target in targets[at]:
                        if seen[target] != step:
                            seen[target] = step
                            stack.append(target)
            if c < 0:
                return None
            # The code point read: the waiting states whose ranges hold it go on to their next instruction.
            carried.clear()
            for at in waiting:
                if bisect_right(all_bounds[at], c) & 1:
                    carried.append(nexts[at])
            prev = c
            prev_word = c_word
            step += 1
        return None  # not reached: the end (-1) always comes


def _code_points(text: str) -> List[int]:
    """The text's code points, then -1 for its end."""
    points = list(map(ord, text))
    points.extend(_END)
    return points
