"""Validation throughput of the generated Python models on the canonical events: each example of
schema/realtime-events.schema.json, parsed by its own class and by every union that takes it.
Prints events per second for the validity check alone (is_valid) and for parsing (from_json:
parse, check, bind), best of several repeats. Works on the output of any commit, so that before
and after can be compared:

    python3 test/bench/validate-python.py [FOLDER holding openapiopenai/, default generated/python]
"""

import json
import os
import sys
import timeit
from typing import Any, Callable, List, Tuple

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def events(models: Any, error: Any) -> List[Tuple[Any, str]]:
    with open(os.path.join(ROOT, "schema", "realtime-events.schema.json"), encoding="utf-8") as f:
        defs = json.load(f)["$defs"]
    classes = [getattr(models, name) for name in defs]
    out: List[Tuple[Any, str]] = []
    for name, schema in defs.items():
        for example in schema.get("examples", []):
            text = json.dumps(example)
            for cls in classes:
                try:
                    cls.from_json(text)
                except error:
                    continue
                out.append((cls, text))
    return out


def is_valid_of(cls: Any) -> Callable[[Any], bool]:
    """The validity check alone: the interpreter's fast path, or (before it) the runtime's checks."""
    validator = getattr(cls, "__codegen_validator__", None)
    if validator is not None:
        return validator.is_valid
    schema = cls.__codegen_schema__()
    return lambda value: schema.check(value, "") is None


def rate(run: Callable[[], None], count: int) -> float:
    loops = 2000
    best = min(timeit.repeat(run, number=loops, repeat=5))
    return count * loops / best


def main() -> None:
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "generated", "python")
    sys.path.insert(0, folder)
    import openapiopenai.models as models
    from openapiopenai import ValidationError

    work = events(models, ValidationError)
    checks = [(is_valid_of(cls), json.loads(text)) for cls, text in work]
    assert all(check(value) for check, value in checks)

    def validate() -> None:
        for check, value in checks:
            check(value)

    def parse() -> None:
        for cls, text in work:
            cls.from_json(text)

    print(f"{len(work)} canonical events ({', '.join(cls.__name__ for cls, _ in work)})")
    print(f"is_valid:  {rate(validate, len(work)):,.0f} events/s")
    print(f"from_json: {rate(parse, len(work)):,.0f} events/s")


if __name__ == "__main__":
    main()
