"""hiptx's performance figures, each a ratio measured in pairs in one run.

Run ``python benchmarks/bench.py`` from an environment with hiptx installed. Give
``--other /path/to/python`` (an environment with another release installed, e.g.
0.1.0) to measure both side by side: the two interpreters' workers run in turn,
A B A B ..., and every figure is reported for each, with the ratio pair by pair.

How each figure is measured, so that a machine's drift cancels out:

* in-process ratios (loads against ``json.loads`` of the same bytes; rules against
  the cost of building their own results): the two are timed alternately, call by
  call, and the median of the per-pair ratios is reported;
* fresh-process ratios (first load against a process that only imports attrs and
  creates hiptx's model classes; ``hiptx show hip-arthroscopy`` against
  ``python -c pass``): the two commands run alternately, and the median of the
  per-pair wall-time ratios is reported;
* memory: ``tracemalloc`` peak and retained bytes of one load, against the dict tree
  that ``json.loads`` builds from the same files.

To build the 0.1.0 environment (the release's commit is ``d86e36b``)::

    git worktree add /tmp/v010 d86e36b
    python -m venv /tmp/v010-venv
    /tmp/v010-venv/bin/pip wheel --no-deps -w /tmp/v010-wheels /tmp/v010
    /tmp/v010-venv/bin/pip install /tmp/v010-wheels/hiptx-0.1.0-*.whl
    python benchmarks/bench.py --other /tmp/v010-venv/bin/python

Whole-process figures can be cross-checked with ``/usr/bin/time -v`` or Debian's
``hyperfine`` (``apt-get install hyperfine``), e.g.
``hyperfine -N -w 3 'python -c pass' 'hiptx show hip-arthroscopy'``.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import gc
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

#: The goal beside each figure (see issue 15); ``None``: reported only.
GOALS: dict[str, str] = {
    "load_bundled_steady": "<= 2.5x json.loads",
    "load_user_dir_steady": "<= 5x json.loads",
    "first_load_fresh": "<= 1.25x floor process",
    "cli_show": "<= 7x python -c pass",
    "check_progression_vs_own_results": "<= 1.2x",
    "estimate_recovery_vs_own_results": "<= 1.2x",
    "check_progression_us": ">= 1.6x faster than 0.1.0",
    "check_progression_3_sessions_vs_own_results": "<= 1.2x",
    "check_progression_3_sessions_us": "reported",
    "check_progression_vs_unchecked_results": "reported",
    "check_progression_3_sessions_vs_unchecked_results": "reported",
    "estimate_recovery_vs_unchecked_results": "reported",
    "estimate_recovery_us": ">= 1.4x faster than 0.1.0",
    "retained_vs_json_tree": "< 1x",
    "peak_vs_json_tree": "reported",
    "cattrs_imported_on_bundled_load": "False",
}


def _timed(fn: Callable[[], object]) -> float:
    """Seconds ``fn`` takes, with the collector run before and its result freed after.

    Neither side pays for the other's garbage: a load that leaves a large tree
    behind would otherwise make whatever is timed next look slower.
    """
    gc.collect()
    start = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - start
    del result
    return elapsed


def paired_ratio(a: Callable[[], object], b: Callable[[], object], pairs: int) -> float:
    """Median of a's time over b's time, timed in ``pairs`` pairs.

    The order alternates (a then b, then b then a), so that neither side always
    runs in the caches, or the memory, the other has just left.
    """
    ratios = []
    for turn in range(pairs):
        if turn % 2:
            b_time, a_time = _timed(b), _timed(a)
        else:
            a_time, b_time = _timed(a), _timed(b)
        ratios.append(a_time / b_time)
    return statistics.median(ratios)


def per_call(fn: Callable[[], object], repeats: int, batch: int) -> float:
    """Median seconds per call over ``repeats`` batches of ``batch`` calls."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(batch):
            fn()
        times.append((time.perf_counter() - start) / batch)
    return statistics.median(times)


def rebuilder(result: object, *, validators: bool = True) -> Callable[[], object]:
    """A function that builds ``result`` again with its classes' ``__init__``.

    Written out as straight-line code (no recursion, no look-ups at call time), it
    is the floor: the least a rule must spend to build the objects it returns.
    Objects from the catalog (citations, sources) are reused, as the rules reuse them.
    With ``validators=False`` each object is made with ``object.__new__`` and its
    slots set one by one: the floor of a rule that builds its results unchecked.
    """
    import attrs

    leaves: list[object] = []
    lines: list[str] = []

    def emit(obj: object) -> str:
        cls = type(obj)
        if attrs.has(cls) and not cls.__module__.startswith("hiptx.model"):
            fields = [f for f in attrs.fields(cls) if f.init and not f.name.startswith("_")]
            values = [emit(getattr(obj, f.name)) for f in fields]
            leaves.append(cls)
            name = f"v{len(lines)}"
            if validators:
                args = ", ".join(f"{f.name}={v}" for f, v in zip(fields, values, strict=True))
                lines.append(f"    {name} = L[{len(leaves) - 1}]({args})")
            else:
                sets = "".join(
                    f"; S({name}, {f.name!r}, {v})" for f, v in zip(fields, values, strict=True)
                )
                lines.append(f"    {name} = N(L[{len(leaves) - 1}]){sets}")
            return name
        if cls is tuple and any(attrs.has(type(x)) for x in obj):  # type: ignore[attr-defined]
            return "(" + "".join(f"{emit(x)}, " for x in obj) + ")"  # type: ignore[attr-defined]
        leaves.append(obj)
        return f"L[{len(leaves) - 1}]"

    top = emit(result)
    source = "def rebuild(L):\n" + "\n".join(lines) + f"\n    return {top}\n"
    namespace: dict[str, Any] = {"N": object.__new__, "S": object.__setattr__}
    exec(source, namespace)  # noqa: S102 - code written just above from the result's own fields
    rebuild = namespace["rebuild"]
    return lambda: rebuild(leaves)


def _repeat(fn: Callable[[], object], times: int) -> None:
    for _ in range(times):
        fn()


def _clear_bundled_cache() -> None:
    try:
        from hiptx.catalog import _loading

        _loading._clear_cache()  # noqa: SLF001 - the benchmark times the first load
    except ImportError:  # 0.1.0 kept the cache in hiptx.catalog
        import hiptx.catalog

        hiptx.catalog._bundled = None  # type: ignore[attr-defined]  # noqa: SLF001


def rule_figures(catalog: Any, pairs: int, quick: bool) -> dict[str, float]:
    """Each rule's time per call, and against building its own results."""
    import hiptx

    figures: dict[str, float] = {}
    exercise = catalog.exercises["side-lying-hip-adduction"]
    # 0.1.0 read only the latest session; main classifies every session given, so
    # both one session (the same work as 0.1.0) and three are measured.
    three = [
        hiptx.SessionRecord(sets=3, reps=10, pain_during=p, pain_after_24h=p) for p in (1, 2, 2)
    ]
    one = three[-1:]
    progression = lambda: hiptx.check_progression(exercise, one, catalog=catalog)  # noqa: E731
    progression_3 = lambda: hiptx.check_progression(exercise, three, catalog=catalog)  # noqa: E731
    treatment = catalog.treatments["hip-arthroscopy"]
    recovery = lambda: hiptx.estimate_recovery(treatment, job=hiptx.JobDemand.SEDENTARY)  # noqa: E731
    batch = 50
    rules = (
        ("check_progression", progression),
        ("check_progression_3_sessions", progression_3),
        ("estimate_recovery", recovery),
    )
    for name, rule in rules:
        floor = rebuilder(rule())
        many = functools.partial(_repeat, rule, batch)
        many_floor = functools.partial(_repeat, floor, batch)
        figures[f"{name}_vs_own_results"] = paired_ratio(many, many_floor, pairs)
        bare = functools.partial(_repeat, rebuilder(rule(), validators=False), batch)
        figures[f"{name}_vs_unchecked_results"] = paired_ratio(many, bare, pairs)
        figures[f"{name}_us"] = per_call(rule, 15 if quick else 40, 200) * 1e6
    return figures


def worker(quick: bool) -> dict[str, object]:
    """Every in-process figure of the installed hiptx, as a JSON-ready dict."""
    import hiptx

    pairs = 40 if quick else 150
    data_dir = pathlib.Path(hiptx.__file__).parent / "data"
    # The catalog's own files (the index names them), not any record beside them.
    index = json.loads((data_dir / "index.json").read_bytes())
    names = ["index.json", *sorted(index["files"])]
    blobs = [(data_dir / n).read_bytes() for n in names]

    def parse_json() -> list[Any]:
        return [json.loads(b) for b in blobs]

    copy = pathlib.Path(tempfile.mkdtemp()) / "data"
    shutil.copytree(data_dir, copy)
    figures: dict[str, object] = {"version": getattr(hiptx, "__version__", "?")}

    def bundled() -> object:
        _clear_bundled_cache()
        return hiptx.load_catalog()

    bundled()
    hiptx.load_catalog(copy)
    figures["load_bundled_steady"] = paired_ratio(bundled, parse_json, pairs)
    figures["load_user_dir_steady"] = paired_ratio(
        lambda: hiptx.load_catalog(copy), parse_json, pairs
    )
    shutil.rmtree(copy.parent)
    catalog = hiptx.load_catalog()

    figures.update(rule_figures(catalog, pairs, quick))

    gc.collect()
    tracemalloc.start()
    tree = parse_json()
    json_retained, _ = tracemalloc.get_traced_memory()
    del tree
    gc.collect()
    tracemalloc.reset_peak()
    base, _ = tracemalloc.get_traced_memory()
    kept = bundled()
    retained, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    figures["json_tree_bytes"] = json_retained
    figures["catalog_retained_bytes"] = retained - base
    figures["catalog_peak_bytes"] = peak - base
    figures["retained_vs_json_tree"] = (retained - base) / json_retained
    figures["peak_vs_json_tree"] = (peak - base) / json_retained
    del kept
    return figures


def _run(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def process_ratio(a: list[str], b: list[str], pairs: int) -> float:
    """Median wall-time ratio of command ``a`` over ``b``, run alternately (a b, b a, ...)."""
    _run(a)
    _run(b)
    ratios = []
    for turn in range(pairs):
        if turn % 2:
            b_time, a_time = _run(b), _run(a)
        else:
            a_time, b_time = _run(a), _run(b)
        ratios.append(a_time / b_time)
    return statistics.median(ratios)


def process_figures(python: str, quick: bool) -> dict[str, object]:
    """Fresh-process figures for the interpreter at ``python``."""
    pairs = 8 if quick else 25
    floor = [python, "-c", "import attrs, hiptx.model"]
    first = [python, "-c", "import hiptx; hiptx.load_catalog()"]
    command = str(pathlib.Path(python).parent / "hiptx")
    probe = "import sys, hiptx; hiptx.load_catalog(); print('cattrs' in sys.modules)"
    cattrs = subprocess.run([python, "-c", probe], check=True, capture_output=True, text=True)
    return {
        "first_load_fresh": process_ratio(first, floor, pairs),
        "cli_show": process_ratio(
            [command, "show", "hip-arthroscopy"], [python, "-c", "pass"], pairs
        ),
        "cattrs_imported_on_bundled_load": cattrs.stdout.strip(),
    }


def _worker_run(python: str, quick: bool) -> dict[str, Any]:
    args = [python, __file__, "--worker"] + (["--quick"] if quick else [])
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(out)
    return result


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def main() -> int:
    """Run the workers in turn and print one table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", help="python of an environment with another release")
    parser.add_argument("--rounds", type=int, default=3, help="worker runs per interpreter")
    parser.add_argument("--quick", action="store_true", help="fewer pairs, for a smoke run")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.quick)))
        return 0
    pythons = {"now": sys.executable}
    if args.other:
        pythons = {"other": args.other, "now": sys.executable}
    for python in pythons.values():
        # An installed wheel has its bytecode compiled by pip; an editable install
        # (or PYTHONDONTWRITEBYTECODE) would otherwise compile hiptx in every
        # fresh process. Compile both, so the fresh-process figures compare alike.
        where = "import hiptx, pathlib; print(pathlib.Path(hiptx.__file__).parent)"
        package = subprocess.run(
            [python, "-c", where], check=True, capture_output=True, text=True
        ).stdout.strip()
        subprocess.run(
            [python, "-m", "compileall", "-q", package], check=True, stdout=subprocess.DEVNULL
        )
    runs: dict[str, list[dict[str, Any]]] = {label: [] for label in pythons}
    for _ in range(args.rounds):  # A B A B: each round runs every interpreter once
        for label, python in pythons.items():
            figures = _worker_run(python, args.quick)
            figures.update(process_figures(python, args.quick))
            runs[label].append(figures)
    table = {
        label: {
            key: statistics.median(r[key] for r in results)
            if isinstance(results[0][key], (int, float))
            else results[0][key]
            for key in results[0]
        }
        for label, results in runs.items()
    }
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus, {args.rounds} rounds")
    header = f"{'figure':52}" + "".join(f"{label:>12}" for label in table) + "  goal"
    print(header)
    print(f"{'version':52}" + "".join(f"{table[label]['version']:>12}" for label in table))
    for key, goal in GOALS.items():
        cells = "".join(f"{_fmt(table[label].get(key, '-')):>12}" for label in table)
        print(f"{key:52}{cells}  {goal}")
    for key in ("json_tree_bytes", "catalog_retained_bytes", "catalog_peak_bytes"):
        cells = "".join(f"{_fmt(table[label].get(key, '-')):>12}" for label in table)
        print(f"{key:52}{cells}")
    if args.other:
        print("speed-up now vs other, median of per-round ratios:")
        for key in (
            "check_progression_us",
            "check_progression_3_sessions_us",
            "estimate_recovery_us",
        ):
            ratios = [o[key] / n[key] for o, n in zip(runs["other"], runs["now"], strict=True)]
            print(f"  {key:38}{statistics.median(ratios):>10.2f}x")
    print(f"measured {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC")
    return 0


if __name__ == "__main__":
    sys.exit(main())
