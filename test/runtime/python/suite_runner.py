"""Runs the schema interpreter (_schema.py) over a jobs file of the JSON-Schema-Test-Suite (see
test/helpers/suite.ts): line 1 the documents, then one job per line; prints one answer per job."""

import json
import sys
from typing import Any, Dict, List

from rtpkg._schema import SchemaValidator


def answer(job: Dict[str, Any], documents: Dict[str, Any]) -> Dict[str, Any]:
    try:
        validator = SchemaValidator(documents, job["root"], job["schema"], job["patterns"], job["formatAssertion"])
        results: List[Dict[str, Any]] = []
        for instance in job["instances"]:
            valid = validator.is_valid(instance)
            errors = [{"instanceLocation": e.instance_location, "keywordLocation": e.keyword_location, "message": e.message} for e in validator.validate(instance)]
            results.append({"valid": valid, "errors": errors})
        return {"id": job["id"], "results": results}
    except Exception as error:  # one job never stops the others: the answer says why
        return {"id": job["id"], "refused": f"{type(error).__name__}: {error}"}


def main(path: str) -> None:
    with open(path, encoding="utf-8") as jobs:
        documents: Dict[str, Any] = json.loads(jobs.readline())["documents"]
        for line in jobs:
            if line.strip():
                print(json.dumps(answer(json.loads(line), documents)), flush=False)


if __name__ == "__main__":
    main(sys.argv[1])
