"""Progression decisions for many session logs on Dask, in worker processes.

Run ``python docs/examples/scale_dask.py 200000`` (with ``dask[bag]`` installed) to
decide 200,000 session logs on 1 and then 2 worker processes and print decisions
per second for each. The test suite runs the same functions on a small input.
"""

from __future__ import annotations

import random
import sys
import time

import dask.bag

import hiptx


def make_logs(count: int, seed: int = 15) -> list[tuple[str, list[tuple[int, ...]]]]:
    """``count`` made-up session logs: (exercise id, 1-3 sessions as tuples).

    Each session is ``(sets, pain_during, pain_after_24h, reps)``, the first four
    fields of :class:`hiptx.SessionRecord` in order, for exercises dosed in reps.
    """
    catalog = hiptx.load_catalog()
    exercises = sorted(
        e.id for e in catalog.exercises.values() if e.dose is not None and e.dose.uses_reps
    )
    rng = random.Random(seed)  # noqa: S311 - made-up test data, not security
    logs = []
    for _ in range(count):
        sessions = [
            (rng.randint(1, 3), rng.randint(0, 5), rng.randint(0, 4), rng.randint(5, 12))
            for _ in range(rng.randint(1, 3))
        ]
        logs.append((rng.choice(exercises), sessions))
    return logs


def decide(
    logs: list[tuple[str, list[tuple[int, ...]]]], workers: int, partitions: int
) -> tuple[list[hiptx.CompactDecision], float]:
    """The decisions for ``logs`` on ``workers`` processes, and the seconds taken.

    Only plain tuples travel to the workers and compact decisions back; each
    worker uses its own bundled catalog (``catalog`` is not passed).
    """
    bag = dask.bag.from_sequence(logs, npartitions=partitions)
    start = time.perf_counter()
    decisions = bag.map_partitions(hiptx.check_progression_batch).compute(
        scheduler="processes", num_workers=workers
    )
    return list(decisions), time.perf_counter() - start


def main(count: int) -> None:
    """Decide ``count`` logs on 1 and 2 workers and print decisions per second."""
    logs = make_logs(count)
    for workers in (1, 2):
        decisions, seconds = decide(logs, workers, partitions=8 * workers)
        outcomes = {
            o: sum(d.outcome == o for d in decisions)
            for o in ("progress", "hold", "regress", "stop")
        }
        print(
            f"{workers} worker(s): {len(decisions):,} decisions in {seconds:.2f} s, "
            f"{len(decisions) / seconds:,.0f} decisions/s; {outcomes}"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
