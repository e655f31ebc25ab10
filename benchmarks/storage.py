"""Stored programmes: the full form against the compact form, size and reload time.

Run ``python benchmarks/storage.py`` from an environment with hiptx installed.

The case is issue 24's: a 12-week programme of three exercises (three weak
patterns, three sessions a week), and the update that swaps one of them after its
sessions are logged. For each, both stored forms are written once; then reloading
(``json.loads`` of the stored text, then ``hiptx.from_dict``) is timed in pairs,
the two forms alternating which goes first, with ``gc.collect()`` before each
timed call and outside it. Reported: each form's size, the median of each form's
reload times, and the median of the per-pair ratios (full over compact).

The first compact store or restore against a catalog also computes that
catalog's digest once; it is timed apart (``first_compact_restore_ms``, in a
fresh process) and kept out of the pairs.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

#: The issue's goals for the compact form.
GOALS = {"programme_compact_kb": "<= 25", "programme_reload_ratio": ">= 5x faster than full"}


def cases() -> dict[str, tuple[type, object]]:
    """The objects stored: the 12-week programme and an update of it."""
    import hiptx

    weak = hiptx.Finding.WEAK
    patterns = hiptx.MovementPattern
    findings = {patterns.ADDUCTION: weak, patterns.ABDUCTION: weak, patterns.EXTENSION: weak}
    plan = hiptx.plan_exercises(hiptx.Assessment(findings=findings))
    start = datetime.date(2026, 1, 5)
    programme = hiptx.build_programme(plan, start=start, weeks=12, sessions_per_week=3)
    done = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1)
    first = programme.slots[0].exercise_id
    update = hiptx.advance_programme(
        programme, {first: [done]}, today=start + datetime.timedelta(days=11)
    )
    return {"programme": (hiptx.Programme, programme), "update": (hiptx.ProgrammeUpdate, update)}


def _timed(fn: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure(pairs: int) -> dict[str, float]:
    """Sizes and reload times of every case, both forms timed in alternating pairs."""
    import hiptx

    figures: dict[str, float] = {}
    for name, (cls, obj) in cases().items():
        full = hiptx.to_json(obj)
        compact = hiptx.to_json(obj, compact=True)

        def reload_full(text: str = full, cls: type = cls) -> object:
            return hiptx.from_dict(cls, json.loads(text))

        def reload_compact(text: str = compact, cls: type = cls) -> object:
            return hiptx.from_dict(cls, json.loads(text))

        if reload_full() != obj or reload_compact() != obj:
            raise SystemExit(f"{name}: a stored form did not come back equal")
        full_times, compact_times, ratios = [], [], []
        for i in range(pairs):
            if i % 2 == 0:
                a, b = _timed(reload_full), _timed(reload_compact)
            else:
                b, a = _timed(reload_compact), _timed(reload_full)
            full_times.append(a)
            compact_times.append(b)
            ratios.append(a / b)
        figures[f"{name}_full_kb"] = len(full.encode("utf-8")) / 1024
        figures[f"{name}_compact_kb"] = len(compact.encode("utf-8")) / 1024
        figures[f"{name}_full_reload_ms"] = statistics.median(full_times) * 1e3
        figures[f"{name}_compact_reload_ms"] = statistics.median(compact_times) * 1e3
        figures[f"{name}_reload_ratio"] = statistics.median(ratios)
    return figures


def first_restore_ms() -> float:
    """A fresh process's first compact restore, digest of the catalog included."""
    import pathlib

    here = str(pathlib.Path(__file__).parent)
    code = (
        "import json, sys, time\n"
        f"sys.path.insert(0, {here!r})\n"
        "import hiptx\n"
        "from storage import cases\n"
        "cls, obj = cases()['programme']\n"
        "text = hiptx.to_json(obj, compact=True)\n"
        "hiptx.serialize._DIGESTS.clear()\n"
        "start = time.perf_counter()\n"
        "hiptx.from_dict(cls, json.loads(text))\n"
        "print(time.perf_counter() - start)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(out.stdout) * 1e3


def main() -> int:
    """Print one table of every figure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=60, help="timed pairs per case")
    args = parser.parse_args()
    figures: dict[str, Any] = measure(args.pairs)
    figures["first_compact_restore_ms"] = first_restore_ms()
    print(f"python {sys.version.split()[0]}, {args.pairs} pairs per case")
    for key, value in figures.items():
        print(f"{key:34}{value:10.2f}  {GOALS.get(key, '')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
