"""The runtime benchmark's Python measurements (run by python.mjs; the contract: runtime.mjs's header).

    /usr/bin/python3 test/bench/runtime/python_runner.py MANIFEST [--quick]

Per input, in this one process:
- floor: json.loads(text);
- peer: fastjsonschema (compiled validator) after json.loads: it knows drafts 4 to 7, so it gets the
  standalone 2020-12 schema in draft 7's words (a `$ref` with sibling keywords wrapped in an
  `allOf`, which 2020-12 means and draft 7 would ignore; a keyword only 2019-09 or later has is an
  error here, not a silent difference);
- peer: jsonschema's Draft202012Validator.is_valid after json.loads;
- ours: the generated package's from_json (a class; an alias's <Name>Adapter.validate_json): parse,
  validate, bind; the declaration's validator's check_json on the parsed value (validate alone: what
  from_json runs, the compiled check of _checks.py when the declaration has one); to_json
  (dump_json) of the bound value (serialize).
Formats are annotations for every validator, as our default (jsonschema gets no format checker,
fastjsonschema's schema has no `format`). Each subject is checked first: the validators accept the
input and reject its broken copy; ours round-trips equal as JSON. Then a warm-up and rounds taken
in turn across the input's subjects; opsPerSec is the median round. Prints one JSON document.
"""

import gc
import importlib.util
import json
import os
import platform
import sys
import time
from typing import Any, Callable, Dict, List, Tuple

import fastjsonschema  # type: ignore[import-untyped]
import jsonschema  # type: ignore[import-untyped]

try:
    from importlib.metadata import version as _version

    JSONSCHEMA_VERSION = _version("jsonschema")
except Exception:  # pragma: no cover - Debian's package has metadata
    JSONSCHEMA_VERSION = "?"


def log(line: str) -> None:
    print(f"python: {line}", file=sys.stderr, flush=True)


class CheckFailed(Exception):
    pass


def fail(message: str) -> None:
    raise CheckFailed(f"check failed: {message}")


def load_package(out_dir: str, package: str, alias: str) -> Any:
    """The generated package of an output folder, imported under an alias of its own (both output
    folders hold a package of the same name; the package imports itself relatively)."""
    folder = os.path.join(out_dir, "python", *package.split("."))
    spec = importlib.util.spec_from_file_location(alias, os.path.join(folder, "__init__.py"), submodule_search_locations=[folder])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[alias] = module
    spec.loader.exec_module(module)
    importlib.import_module(f"{alias}.models")
    return module


LATER_KEYWORDS = {"prefixItems", "unevaluatedItems", "unevaluatedProperties", "dependentRequired", "dependentSchemas", "$anchor", "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "minContains", "maxContains", "$vocabulary"}
SCHEMA_MAPS = {"properties", "patternProperties", "$defs", "definitions", "dependencies"}
SCHEMA_LISTS = {"allOf", "anyOf", "oneOf", "prefixItems"}


def draft7(schema: Any, at: str = "#") -> Any:
    """The standalone 2020-12 schema in draft 7's words, for fastjsonschema, formats left out."""
    if isinstance(schema, bool):
        return schema
    out: Dict[str, Any] = {}
    for key, value in schema.items():
        if key in LATER_KEYWORDS:
            raise CheckFailed(f"{at}: {key} has no draft 7 spelling; fastjsonschema cannot be given this schema")
        if key == "format" or key == "$schema":
            continue
        if key in SCHEMA_MAPS:
            out[key] = {name: draft7(sub, f"{at}/{key}/{name}") for name, sub in value.items()}
        elif key in SCHEMA_LISTS:
            out[key] = [draft7(sub, f"{at}/{key}/{i}") for i, sub in enumerate(value)]
        elif key in ("items", "additionalProperties", "contains", "not", "if", "then", "else", "propertyNames", "additionalItems"):
            out[key] = draft7(value, f"{at}/{key}") if isinstance(value, (dict, bool)) else [draft7(s, f"{at}/{key}/{i}") for i, s in enumerate(value)]
        else:
            out[key] = value
    if "$ref" in out and len(out) > 1:
        ref = out.pop("$ref")
        out["allOf"] = [{"$ref": ref}] + out.get("allOf", [])
    return out


SINK: List[Any] = [None] * 16


def timed(run: Callable[[], Any], ms: float, batch: int) -> float:
    n = 0
    start = time.perf_counter_ns()
    end = start + int(ms * 1e6)
    now = start
    i = 0
    while now < end:
        for _ in range(batch):
            SINK[i & 15] = run()
            i += 1
        n += batch
        now = time.perf_counter_ns()
    return n / ((now - start) / 1e9)


def median(values: List[float]) -> float:
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def measure(subjects: List[Dict[str, Any]], timing: Dict[str, float]) -> List[Dict[str, Any]]:
    for subject in subjects:
        rate = timed(subject["run"], timing["warmupMs"], 1)
        subject["batch"] = max(1, round(rate / 1000))
        subject["rounds"] = []
    for _ in range(int(timing["rounds"])):
        for subject in subjects:
            gc.collect()
            subject["rounds"].append(timed(subject["run"], timing["roundMs"], subject["batch"]))
    results = []
    for s in subjects:
        ops = median(s["rounds"])
        results.append({"input": s["input"], "subject": s["subject"], "name": s["name"], "operation": s["operation"], "opsPerSec": ops, "bytesPerSec": ops * s["bytes"], "roundsOpsPerSec": s["rounds"]})
    return results


def raises(run: Callable[[], Any]) -> bool:
    try:
        run()
        return False
    except Exception:
        return True


def main() -> None:
    args = sys.argv[1:]
    manifest_path = next(a for a in args if not a.startswith("--"))
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    timing = {"warmupMs": 100, "roundMs": 200, "rounds": 2} if "--quick" in args else {k: manifest[k] for k in ("warmupMs", "roundMs", "rounds")}
    package = manifest["packages"]["python"]
    packages: Dict[str, Any] = {}
    results: List[Dict[str, Any]] = []
    checks: List[Dict[str, Any]] = []
    for input in manifest["inputs"]:
        name = input["name"]
        log(f"{name}: preparing")
        with open(input["file"], encoding="utf-8") as f:
            text = f.read()
        with open(input["invalid"], encoding="utf-8") as f:
            invalid_text = f.read()
        with open(input["schema"], encoding="utf-8") as f:
            schema = json.load(f)
        size = len(text.encode("utf-8"))
        value = json.loads(text)
        invalid_value = json.loads(invalid_text)

        # Ours: the class, or for an alias its adapter.
        out_dir = input["outDir"]
        if out_dir not in packages:
            packages[out_dir] = load_package(out_dir, package, f"bench_{len(packages)}_{package.replace('.', '_')}")
        models = sys.modules[f"{packages[out_dir].__name__}.models"]
        type_name = input["names"]["python"]
        adapter = getattr(models, f"{type_name}Adapter", None)
        if adapter is not None:
            parse: Callable[[str], Any] = adapter.validate_json
            dump: Callable[[Any], str] = adapter.dump_json
            validator = adapter.__codegen_validator__
        else:
            cls = getattr(models, type_name, None)
            if cls is None or not hasattr(cls, "from_json"):
                fail(f"{name}: the generated models have no {type_name} with from_json")
            parse = cls.from_json
            dump = lambda bound: bound.to_json()  # noqa: E731
            validator = cls.__codegen_validator__
        bound = parse(text)
        if not validator.is_valid(value):
            fail(f"{name}: ours rejects the input (is_valid)")
        if validator.is_valid(invalid_value):
            fail(f"{name}: ours accepts the broken copy ({input['invalidBy']}) (is_valid)")
        if raises(lambda: validator.check_json(value)):
            fail(f"{name}: ours rejects the input (check_json)")
        if not raises(lambda: validator.check_json(invalid_value)):
            fail(f"{name}: ours accepts the broken copy ({input['invalidBy']}) (check_json)")
        if not raises(lambda: parse(invalid_text)):
            fail(f"{name}: ours parses the broken copy ({input['invalidBy']})")
        written = dump(bound)
        if json.loads(written) != value:
            fail(f"{name}: ours does not round-trip equal")
        checks.append({"input": name, "subject": "ours", "accepts": True, "rejectsInvalid": True, "roundTrip": True})

        # The peers.
        fast = fastjsonschema.compile(draft7(schema))
        if raises(lambda: fast(json.loads(text))):
            fail(f"{name}: fastjsonschema rejects the input")
        if not raises(lambda: fast(json.loads(invalid_text))):
            fail(f"{name}: fastjsonschema accepts the broken copy ({input['invalidBy']})")
        checks.append({"input": name, "subject": "peer", "name": "fastjsonschema", "accepts": True, "rejectsInvalid": True})
        jsonschema.Draft202012Validator.check_schema(schema)
        slow = jsonschema.Draft202012Validator(schema)
        if not slow.is_valid(value):
            fail(f"{name}: jsonschema rejects the input: {next(slow.iter_errors(value)).message[:300]}")
        if slow.is_valid(invalid_value):
            fail(f"{name}: jsonschema accepts the broken copy ({input['invalidBy']})")
        checks.append({"input": name, "subject": "peer", "name": "jsonschema", "accepts": True, "rejectsInvalid": True})

        def fast_run() -> Any:
            return fast(json.loads(text))

        def slow_run() -> Any:
            return slow.is_valid(json.loads(text))

        subjects = [
            {"subject": "floor", "name": "json.loads", "operation": "parse", "bytes": size, "run": lambda: json.loads(text)},
            {"subject": "peer", "name": f"fastjsonschema {fastjsonschema.VERSION} (compiled, draft 7 spelling)", "operation": "parse+validate", "bytes": size, "run": fast_run},
            {"subject": "peer", "name": f"jsonschema {JSONSCHEMA_VERSION} (Draft202012Validator.is_valid)", "operation": "parse+validate", "bytes": size, "run": slow_run},
            {"subject": "ours", "name": "schema-codegen", "operation": "parse+validate+bind", "bytes": size, "run": lambda: parse(text)},
            {"subject": "ours", "name": "schema-codegen", "operation": "validate", "bytes": size, "run": lambda: validator.check_json(value)},
            {"subject": "ours", "name": "schema-codegen", "operation": "serialize", "bytes": len(written.encode("utf-8")), "run": lambda: dump(bound)},
        ]
        for subject in subjects:
            subject["input"] = name
        log(f"{name}: measuring {len(subjects)} subjects ({timing['rounds']} rounds of {timing['roundMs']} ms)")
        results.extend(measure(subjects, timing))

    runtime = f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})"
    print(json.dumps({"language": "python", "runtime": runtime, "checks": checks, "results": results}, indent=1))


if __name__ == "__main__":
    try:
        main()
    except CheckFailed as error:
        print(f"python: {error}", file=sys.stderr)
        sys.exit(1)
