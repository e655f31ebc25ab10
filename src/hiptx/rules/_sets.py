"""The sets of a dose: where a programme's build-up starts, and where it stops.

hiptx's own build-up (no source sets one) starts at the low end of the dose's
sets range and adds a set at a time up to its top: the progression target, the
programme's prescriptions and a clinician's choice all read the range this way.
"""

from __future__ import annotations

from hiptx.model import Dose, Exercise


def top_sets(dose: Dose) -> int:
    """The top of the dose's sets range (its only value, for a single figure).

    Example:
        >>> import hiptx
        >>> from hiptx.rules._sets import top_sets
        >>> dose = hiptx.load_catalog().exercises["side-lying-hip-adduction"].dose
        >>> str(dose.sets), top_sets(dose)
        ('2-3', 3)
    """
    return dose.sets.high if dose.sets.high is not None else dose.sets.low


def starting_sets(exercise: Exercise) -> int | None:
    """The sets an exercise starts at: the low end of its source's range (at least 1).

    Example:
        >>> import hiptx
        >>> from hiptx.rules._sets import starting_sets
        >>> starting_sets(hiptx.load_catalog().exercises["side-lying-hip-adduction"])
        2
    """
    return None if exercise.dose is None else max(1, exercise.dose.sets.low)


def dose_target(dose: Dose) -> tuple[int, int, str]:
    """The sets and per-set amount to reach before progressing, and their wording.

    Example:
        >>> import hiptx
        >>> from hiptx.rules._sets import dose_target
        >>> dose_target(hiptx.load_catalog().exercises["side-lying-hip-adduction"].dose)
        (3, 8, '3 sets of 8-10 reps')
    """
    sets = top_sets(dose)
    if dose.reps is not None:
        return sets, dose.reps.low, f"{sets} sets of {dose.reps} reps"
    assert dose.hold_seconds is not None  # noqa: S101 - guaranteed by Dose's validator
    return sets, dose.hold_seconds.low, f"{sets} sets of {dose.hold_seconds} s holds"
