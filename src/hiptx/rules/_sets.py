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
