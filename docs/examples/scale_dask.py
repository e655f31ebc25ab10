"""Progression decisions for many session logs on Dask, in worker processes.

Run ``python docs/examples/scale_dask.py 200000`` (with ``dask[bag]`` installed) to
write 200,000 made-up session logs as JSON-lines files, decide them on 1 and then
2 worker processes, and print decisions per second for each. The logs are read
by the workers from the files and the decisions written by them to files, so no
log and no decision travels through the scheduler; the test suite runs the same
functions on a small input and compares every decision with a serial run.
"""

from __future__ import annotations

import json
import pathlib
import random
import sys
import tempfile
import time

import dask.bag

import hiptx

PARTITIONS = 16


def make_logs(count: int, seed: int = 15) -> list[dict[str, object]]:
    """``count`` made-up session logs, as plain dicts with 1-3 sessions each.

    Each session is ``[sets, pain_during, pain_after_24h, reps]``, the first four
    fields of :class:`hiptx.SessionRecord` in order, for exercises dosed in reps.
    """
    catalog = hiptx.load_catalog()
    exercises = sorted(
        e.id for e in catalog.exercises.values() if e.dose is not None and e.dose.uses_reps
    )
    rng = random.Random(seed)  # noqa: S311 - made-up test data, not security
    return [
        {
            "exercise_id": rng.choice(exercises),
            "sessions": [
                [rng.randint(1, 3), rng.randint(0, 5), rng.randint(0, 4), rng.randint(5, 12)]
                for _ in range(rng.randint(1, 3))
            ],
        }
        for _ in range(count)
    ]


def write_logs(logs: list[dict[str, object]], directory: pathlib.Path) -> None:
    """Write ``logs`` as ``PARTITIONS`` JSON-lines files, as an app might export them."""
    directory.mkdir(parents=True, exist_ok=True)
    size = -(-len(logs) // PARTITIONS)
    for part in range(PARTITIONS):
        lines = (json.dumps(log) + "\n" for log in logs[part * size : (part + 1) * size])
        (directory / f"logs-{part:03d}.jsonl").write_text("".join(lines), encoding="utf-8")


def decide(logs_dir: pathlib.Path, out_dir: pathlib.Path, workers: int) -> float:
    """Decide every log under ``logs_dir`` on ``workers`` processes; the seconds taken.

    Each worker reads its files, decides with its own bundled catalog (no catalog
    is passed), and writes compact decisions to ``out_dir``, one file per input,
    each decision a JSON array (outcome, next exercise, reason codes, source ids).
    Every function the tasks name is importable (json, hiptx), so the tasks
    pickle as references, never as code.
    """
    start = time.perf_counter()
    (
        dask.bag.read_text(str(logs_dir / "*.jsonl"))
        .map(json.loads)
        .map_partitions(hiptx.check_progression_batch)
        .map(json.dumps)
        .to_textfiles(str(out_dir / "*.jsonl"), scheduler="processes", num_workers=workers)
    )
    return time.perf_counter() - start


def read_decisions(out_dir: pathlib.Path) -> list[hiptx.CompactDecision]:
    """The decisions written to ``out_dir``, in input order."""
    decisions = []
    for path in sorted(out_dir.glob("*.jsonl"), key=lambda p: int(p.stem)):
        for line in path.read_text(encoding="utf-8").splitlines():
            outcome, exercise, following, codes, sources = json.loads(line)
            decisions.append(
                hiptx.CompactDecision(outcome, exercise, following, tuple(codes), tuple(sources))
            )
    return decisions


def main(count: int) -> None:
    """Decide ``count`` logs on 1 and 2 workers and print decisions per second."""
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        write_logs(make_logs(count), root / "logs")
        for workers in (1, 2):
            out = root / f"decisions-{workers}"
            seconds = decide(root / "logs", out, workers)
            decided = read_decisions(out)
            outcomes = {
                o: sum(d.outcome == o for d in decided)
                for o in ("progress", "hold", "regress", "stop")
            }
            print(
                f"{workers} worker process(es): {len(decided):,} decisions in {seconds:.2f} s, "
                f"{len(decided) / seconds:,.0f} decisions/s; {outcomes}"
            )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
