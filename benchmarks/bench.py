"""Side-by-side performance figures for hiptx, reported as ratios.

Run ``python benchmarks/bench.py`` (``--quick`` for fewer repeats). Every figure is
the median of repeated runs measured in this one process run, so the ratios compare
like with like on the same machine:

* import cost: ``import hiptx`` and ``import attrs`` in fresh interpreters, each
  minus a bare interpreter (``python -c pass``);
* catalog load: the typed load of the bundled files against ``json.loads`` of the
  same bytes, steady state (warm, in process) and first load in a fresh process;
* rules: ``estimate_recovery`` and ``check_progression`` calls per second against a
  minimal hand-written function over the same data, without explanations;
* the command: ``hiptx show hip-arthroscopy`` against ``python -c pass``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import importlib_resources

import hiptx
from hiptx.catalog import _documents, _reader

DATA_FILES = sorted(_documents.DOCUMENTS)


def fresh(code: str, repeats: int) -> float:
    """Median wall time (s) of running ``code`` in a fresh interpreter."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def reported(code: str, repeats: int) -> float:
    """Median of the seconds a fresh interpreter prints after running ``code``."""
    values = []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        )
        values.append(float(out.stdout))
    return statistics.median(values)


def per_call(fn: Callable[[], object], seconds: float = 0.4) -> float:
    """Median seconds per call, over batches that each run about ``seconds / 5``."""
    calls, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds / 5:
        fn()
        calls += 1
    batch = max(calls, 1)
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(batch):
            fn()
        samples.append((time.perf_counter() - start) / batch)
    return statistics.median(samples)


def import_figures(repeats: int) -> dict[str, float]:
    """Import cost of hiptx and attrs over a bare interpreter, and their ratio."""
    bare = fresh("pass", repeats)
    with_attrs = fresh("import attrs", repeats)
    with_hiptx = fresh("import hiptx", repeats)
    return {
        "bare interpreter (ms)": bare * 1e3,
        "import attrs, over bare (ms)": (with_attrs - bare) * 1e3,
        "import hiptx, over bare (ms)": (with_hiptx - bare) * 1e3,
        "ratio: hiptx / attrs import cost": (with_hiptx - bare) / (with_attrs - bare),
    }


def load_figures(repeats: int) -> dict[str, float]:
    """Typed catalog load against json.loads of the same bytes."""
    root = importlib_resources.files("hiptx").joinpath("data")
    texts = [root.joinpath(name).read_text(encoding="utf-8") for name in DATA_FILES]

    def parse_json() -> object:
        return [json.loads(t) for t in texts]

    def typed_load() -> object:
        return _reader.load_directory(root)

    json_steady = per_call(parse_json)
    typed_steady = per_call(typed_load)
    timer = "import time; t = time.perf_counter(); "
    first_json = reported(
        "import importlib.resources as r; root = r.files('hiptx').joinpath('data'); "
        f"texts = [root.joinpath(n).read_text(encoding='utf-8') for n in {DATA_FILES!r}]; "
        f"{timer}import json; [json.loads(x) for x in texts]; print(time.perf_counter() - t)",
        repeats,
    )
    first_typed = reported(
        f"import hiptx; {timer}hiptx.load_catalog(); print(time.perf_counter() - t)", repeats
    )
    size = sum(len(t.encode()) for t in texts)
    return {
        "catalog size (kB)": size / 1e3,
        "json.loads, steady (ms)": json_steady * 1e3,
        "typed load, steady (ms)": typed_steady * 1e3,
        "ratio: steady typed / json.loads": typed_steady / json_steady,
        "json.loads, first in fresh process (ms)": first_json * 1e3,
        "load_catalog(), first in fresh process (ms)": first_typed * 1e3,
        "ratio: first typed / json.loads": first_typed / first_json,
    }


def rule_figures() -> dict[str, float]:
    """Rule calls per second against minimal hand-written functions."""
    cat = hiptx.load_catalog()
    ha = cat.treatments["hip-arthroscopy"]

    def hand_recovery() -> list[tuple[object, object]]:
        # The least an app would write: filter by job and protocol, sort by time.
        job, wb = hiptx.JobDemand.SEDENTARY, hiptx.WeightBearing.STANDARD
        chosen = [
            (m.kind, m.span)
            for m in ha.milestones
            if (m.job is None or m.job is job)
            and (m.weight_bearing is None or m.weight_bearing is wb)
        ]
        return sorted(
            chosen,
            key=lambda km: (
                km[1].approximate_days()[0] if isinstance(km[1], hiptx.Span) else 1 << 30
            ),
        )

    exercise = cat.exercises["standing-banded-hip-adduction"]
    sessions = [hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=2)]
    chain = cat.progression_of(exercise)
    if chain is None:
        raise SystemExit("the benchmark needs the adductor chain")

    def hand_rule() -> tuple[str, str | None]:
        s = sessions[-1]
        if s.pain_lasted_hours > 2 or s.sharp_pain or s.swelling or s.hot_joint:
            return "regress", chain.exercise_ids[chain.step_of(exercise.id) - 1]
        if max(s.pain_during, s.pain_after_24h) > 3 or s.sets < 3 or (s.reps or 0) < 8:
            return "hold", exercise.id
        return "progress", chain.exercise_ids[chain.step_of(exercise.id) + 1]

    def hand_rule_explained() -> tuple[str, str | None, list[str]]:
        # The same rule as an app would write it if it also had to say why.
        s = sessions[-1]
        step = chain.step_of(exercise.id)
        peak = max(s.pain_during, s.pain_after_24h)
        if s.pain_lasted_hours > 2 or s.sharp_pain or s.swelling or s.hot_joint:
            why = [f"joint pain lasted {s.pain_lasted_hours} h or was sharp, hot or swollen"]
            return "regress", chain.exercise_ids[step - 1], why
        if peak > 3 or s.sets < 3 or (s.reps or 0) < 8:
            why = [
                f"pain {peak}/10 against a 3/10 ceiling",
                f"{s.sets} x {s.reps} against 3 x 8-10",
            ]
            return "hold", exercise.id, why
        why = [
            f"pain {peak}/10 within 3/10",
            f"{s.sets} x {s.reps} reached 3 x 8-10",
            f"next level: {chain.exercise_ids[step + 1]}",
        ]
        return "progress", chain.exercise_ids[step + 1], why

    hiptx_recovery = per_call(lambda: hiptx.estimate_recovery(ha, job=hiptx.JobDemand.SEDENTARY))
    hand_rec = per_call(hand_recovery)
    hiptx_progress = per_call(lambda: hiptx.check_progression(exercise, sessions, catalog=cat))
    hand_prog = per_call(hand_rule)
    hand_explained = per_call(hand_rule_explained)
    return {
        "estimate_recovery (calls/s)": 1 / hiptx_recovery,
        "hand-written recovery filter (calls/s)": 1 / hand_rec,
        "ratio: hand-written / estimate_recovery speed": hiptx_recovery / hand_rec,
        "check_progression (decisions/s)": 1 / hiptx_progress,
        "hand-written rule (decisions/s)": 1 / hand_prog,
        "ratio: hand-written / check_progression speed": hiptx_progress / hand_prog,
        "hand-written rule with reasons (decisions/s)": 1 / hand_explained,
        "ratio: hand-written with reasons / check_progression": hiptx_progress / hand_explained,
    }


def command_figures(repeats: int) -> dict[str, float]:
    """Wall time of `hiptx show hip-arthroscopy` against a bare interpreter."""
    bare = fresh("pass", repeats)
    show = fresh(
        "import sys; from hiptx.cli import main; sys.stdout = open('/dev/null', 'w'); "
        "main(['show', 'hip-arthroscopy'])",
        repeats,
    )
    return {
        "python -c pass (ms)": bare * 1e3,
        "hiptx show hip-arthroscopy (ms)": show * 1e3,
        "ratio: show / bare interpreter": show / bare,
    }


def main() -> int:
    """Print every figure, grouped, with the ratios last in each group."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (noisier)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    repeats = 7 if args.quick else 25
    results = {
        "import": import_figures(repeats),
        "catalog load": load_figures(repeats),
        "rules": rule_figures(),
        "command": command_figures(max(5, repeats // 3)),
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(
        f"hiptx {hiptx.__version__}, Python {sys.version.split()[0]}, catalog {hiptx.load_catalog().version}"
    )
    for group, figures in results.items():
        print(f"\n{group}")
        for name, value in figures.items():
            print(f"  {name:<48} {value:>12,.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
