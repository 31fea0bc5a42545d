"""Python conformance runner (the protocol in test/helpers/protocol.ts). Usage:
    python3 runner.py <units.json> <folder holding the unit packages>
units.json maps each unit key to {package, registry, runtime}; the registry maps a $defs name to
the module and attribute of its class (from_json / to_json) or, for an alias, its TypeAdapter
(validate_json / dump_json). runtime names the package holding the runtime modules every unit's
package ships identically (test/runners/python.ts checks that), and those modules: a unit's
package imports them (`from .. import _runtime`) as that package's, loaded once. Each input line
is parsed from its JSON text and written back."""

import importlib
import json
import sys
from typing import Any, Dict


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        units: Dict[str, Any] = json.load(f)
    sys.path.insert(0, sys.argv[2])
    first = next(iter(units))
    out = []
    for line in sys.stdin:
        if line.strip() == "":
            continue
        vector = json.loads(line)
        unit = units[vector.get("case", first)]
        out.append(json.dumps(run(unit, vector)))
    sys.stdout.write("".join(f"{line}\n" for line in out))


def share_runtime(unit: Dict[str, Any]) -> None:
    """Makes the unit package's runtime modules the shared ones, before anything imports them."""
    shared = unit["runtime"]["package"]
    if unit["package"] == shared or unit["package"] + ".exceptions" in sys.modules:
        return
    for name in unit["runtime"]["modules"]:
        sys.modules[unit["package"] + "." + name] = importlib.import_module(shared + "." + name)


def run(unit: Dict[str, Any], vector: Dict[str, Any]) -> Dict[str, Any]:
    share_runtime(unit)
    entry = unit["registry"][vector["schema"]]
    target = getattr(importlib.import_module(entry["module"]), entry["attribute"])
    error_type = importlib.import_module(unit["package"] + ".exceptions").ValidationError
    text = json.dumps(vector["json"])
    try:
        if entry["adapter"]:
            written = target.dump_json(target.validate_json(text))
        else:
            value = target.from_json(text)
            written = "null" if value is None else value.to_json()
    except error_type as error:
        return {"ok": False, "pointer": error.pointer, "keyword": error.keyword, "message": str(error)}
    return {"ok": True, "json": json.loads(written)}


if __name__ == "__main__":
    main()
