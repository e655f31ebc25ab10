"""Mutation testing of the rules, the loader and the catalog checks, with mutmut.

    python tools/mutants.py                 # set up, run, print the score
    python tools/mutants.py --results-only  # print the score of the last run
    python tools/mutants.py --max-children 2

mutmut copies ``src/hiptx`` into ``mutants/`` and changes one thing at a time (an
operator, a constant, a string, a removed call) in the modules ``[tool.mutmut]`` in
pyproject.toml leaves open to mutation; a mutant is *killed* when a test fails.

Two things make it run on this layout, and this script does both:

* the tests must import the copy in ``mutants/src``, not the working tree, so the
  run uses its own environment (``.venv-mutants``) in which hiptx is installed as a
  plain wheel (an editable install's import hook would shadow ``PYTHONPATH``) and
  ``PYTHONPATH=src`` points at the copy;
* the seed texts and the shared documents are found through ``$HIPTX_SEEDS`` and
  ``$HIPTX_SHARED`` (default ``../shared/seeds`` and ``../shared``).

The run takes tens of minutes on two cores, so CI does not run it; run it before a
release and after changing a rule, and kill each survivor with a test that asserts
the behaviour (not the code).
"""

from __future__ import annotations

import argparse
import collections
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv-mutants"
MUTMUT = "mutmut==3.8.1"


def _bin(name: str) -> str:
    return str(VENV / "bin" / name)


def set_up() -> None:
    """Create the mutation environment: the test dependencies, mutmut, hiptx as a wheel."""
    if not (VENV / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pip = [_bin("python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "--group", "tests", MUTMUT, "."], check=True, cwd=ROOT)
    # Always this checkout's hiptx, even where the same version was installed before.
    subprocess.run([*pip, "--force-reinstall", "--no-deps", "."], check=True, cwd=ROOT)


def environment() -> dict[str, str]:
    """The run's environment: the mutated copy first on the path, the seed texts found."""
    env = dict(os.environ)
    env["PYTHONPATH"] = "src"
    env.setdefault("HIPTX_SEEDS", str(ROOT.parent / "shared" / "seeds"))
    env.setdefault("HIPTX_SHARED", str(ROOT.parent / "shared"))
    # Each mutant runs the tests that reach its code; a mutant the property tests
    # kill is killed within their first examples, and ten keep the run to tens of
    # minutes (the full suite runs them with 60, or 200 in CI).
    env.setdefault("HYPOTHESIS_PROFILE", "fast")
    return env


def results() -> collections.Counter[str]:
    """How many mutants ended in each state, from mutmut's own record."""
    out = subprocess.run(
        [_bin("mutmut"), "results", "--all", "true"],
        check=True,
        cwd=ROOT,
        env=environment(),
        capture_output=True,
        text=True,
    ).stdout
    return collections.Counter(
        line.rsplit(":", 1)[1].strip() for line in out.splitlines() if ":" in line
    )


def score(counts: collections.Counter[str]) -> str:
    """The share of mutants the tests kill (timeouts count as killed, as mutmut counts)."""
    killed = counts["killed"] + counts["timeout"]
    total = sum(counts.values())
    share = killed / total if total else 0.0
    states = ", ".join(f"{n} {state}" for state, n in counts.most_common())
    return f"{killed} of {total} mutants killed ({share:.1%}): {states}"


def main(argv: list[str]) -> int:
    """Run mutmut over the modules pyproject.toml leaves open, then print the score."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results-only", action="store_true", help="print the last run's score")
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    if not args.results_only:
        set_up()
        subprocess.run(
            [_bin("mutmut"), "run", "--max-children", str(args.max_children)],
            check=False,
            cwd=ROOT,
            env=environment(),
        )
    print(score(results()))
    print("survivors: .venv-mutants/bin/mutmut results; one diff: mutmut show NAME")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
