#!/usr/bin/env bash
# Installs the system toolchain pieces the tests need and the machine image lacks.
# Idempotent and quick when everything is present; run by `npm test` (pretest) and .ci/run.
# - Jackson (core, annotations, databind) for compiling and running the generated Java:
#   Debian's libjackson2-databind-java puts the jars in /usr/share/java.
# - dotnet, javac/java and python3 come with this machine kind; their absence is an error,
#   never a skipped check.
set -euo pipefail

missing=()
[ -f /usr/share/java/jackson-databind.jar ] || missing+=(libjackson2-databind-java)

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: not root; run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

for tool in node dotnet javac java python3; do
  command -v "$tool" >/dev/null || { echo "setup: $tool is required but not on PATH" >&2; exit 1; }
done
