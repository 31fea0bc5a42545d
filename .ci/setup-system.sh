#!/usr/bin/env bash
# Installs the system toolchain pieces the tests need and the machine image lacks.
# Idempotent and quick when everything is present; run by `npm test` (pretest) and .ci/run.
# - Jackson (core, annotations, databind) for compiling and running the generated Java:
#   Debian's libjackson2-databind-java puts the jars in /usr/share/java.
# - The package builds (test/packages/): Debian's python3 builds the wheel and sdist offline
#   (python3-build, python3-wheel; python3-venv for the consumer's venv), and Maven builds the
#   jar offline against Debian's /usr/share/maven-repo, which needs the jar lifecycle's plugins
#   at the versions pom.xml pins (maven-resources 3.3.0, compiler 3.10.1, surefire 2.22.3,
#   jar 3.3.0, install 3.1.0).
# - The playground's browser test (test/playground.test.ts): Debian's chromium, at /usr/bin/chromium,
#   driven headless by puppeteer-core (which downloads no browser).
# - The runtime benchmark's Python peers (npm run bench:runtime, test/bench-runtime.test.ts):
#   Debian's python3-fastjsonschema and python3-jsonschema, for /usr/bin/python3.
# - dotnet, javac/java, python3 and npm come with this machine kind; their absence is an error,
#   never a skipped check.
set -euo pipefail

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

missing=()
[ -f /usr/share/java/jackson-databind.jar ] || missing+=(libjackson2-databind-java)
for pkg in python3-build python3-wheel python3-venv maven libmaven-resources-plugin-java libmaven-compiler-plugin-java \
  libmaven-jar-plugin-java libsurefire-java libmaven-install-plugin-java chromium python3-fastjsonschema python3-jsonschema; do
  installed "$pkg" || missing+=("$pkg")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: not root; run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

for tool in node npm dotnet javac java jar python3 mvn; do
  command -v "$tool" >/dev/null || { echo "setup: $tool is required but not on PATH" >&2; exit 1; }
done
