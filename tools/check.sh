#!/usr/bin/env bash
# Every check, exactly as CI runs it: lint, types, docs (HTML and doctests, then the
# built pages in a headless browser), then the
# test suite (unit, property, data-integrity, docstring doctests, the wheel test) on
# the development Python with a 100% branch-coverage gate, then again (without
# coverage) on the oldest and newest supported Pythons.
# Creates .venv and installs what it needs; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
# PEP 735 dependency groups need pip >= 25.1; a fresh venv may bring an older one.
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e . --group dev

echo "== ruff"; .venv/bin/ruff check . && .venv/bin/ruff format --check --quiet .
echo "== mypy --strict"; .venv/bin/mypy
echo "== sphinx (html, -W -n)"; .venv/bin/sphinx-build -q -W -n -b html docs docs/_build/html
echo "== sphinx (doctest)"; .venv/bin/sphinx-build -q -W -n -b doctest docs docs/_build/doctest
# The built pages in Debian's headless chromium (never a downloaded browser): nothing
# wider than a 1280 px window, every image loads, no console error, every internal
# link resolves; screenshots of the pictures go to docs/_build/screenshots.
echo "== browser (chromium, 1280 px)"; .venv/bin/python tools/browser_check.py
# Every line and branch of src/hiptx must run: `# pragma: no cover` only for a line
# that cannot run here, with the reason beside it.
echo "== pytest (branch coverage must be 100%)"
.venv/bin/python -m pytest --cov=hiptx --cov-branch --cov-report=term-missing:skip-covered \
  --cov-fail-under=100
# The oldest and the newest supported Python, each in its own environment.
for version in 3.10 3.13; do bash tools/test_python.sh "$version"; done
