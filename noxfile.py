"""Sessions for nox (``pip install nox``; ``nox -l`` lists them).

``tools/check.sh`` is the one command CI runs; these sessions are for running one
part, or the suite on every supported Python, with interpreters found on the machine.
"""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["tests", "lint", "typing", "docs"]

#: Every Python the classifiers in pyproject.toml promise.
PYTHONS = nox.project.python_versions(nox.project.load_toml("pyproject.toml"))


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The test suite (unit, property, data integrity, doctests, the wheel)."""
    session.install("-e", ".", "--group", "tests")
    session.run("pytest", "-q", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Lint and format check (ruff)."""
    session.install("--group", "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typing(session: nox.Session) -> None:
    """Type-check (mypy --strict) the package, tests, tools and benchmarks."""
    session.install("-e", ".", "--group", "typing")
    session.run("mypy")


@nox.session
def docs(session: nox.Session) -> None:
    """Sphinx, HTML and doctests, warnings as errors."""
    session.install("-e", ".", "--group", "docs")
    for builder in ("html", "doctest"):
        session.run(
            "sphinx-build", "-q", "-W", "-n", "-b", builder, "docs", f"docs/_build/{builder}"
        )


@nox.session
def mutants(session: nox.Session) -> None:
    """Mutation testing of the rules, the loader and the catalog checks (slow)."""
    session.install("-e", ".", "--group", "tests", "--group", "mutation")
    session.run("python", "tools/mutants.py", *session.posargs)
