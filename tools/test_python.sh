#!/usr/bin/env bash
# Run the test suite under one Python version in its own virtual environment
# (.venv-3.X), installing hiptx and its test dependencies there.
#   bash tools/test_python.sh 3.10 [pytest args...]
# In CI (CI set) a missing interpreter is an error; elsewhere it is reported and
# skipped, since a contributor's machine may lack it.
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: tools/test_python.sh 3.X [pytest args]}
shift
if ! python=$(tools/find_python.sh "$version"); then
  if [ -n "${CI:-}" ]; then echo "Python $version not found (needed in CI)" >&2; exit 1; fi
  echo "== Python $version not found on this machine: skipped"; exit 0
fi
venv=.venv-$version
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e . --group tests
echo "== pytest on Python $version"
"$venv/bin/python" -m pytest -q -p no:cacheprovider "$@"
