"""The sets of a dose: where a programme's build-up starts, and where it stops.

hiptx's own build-up (no source sets one) starts at the low end of the dose's
sets range and adds a set at a time up to its top (:attr:`hiptx.Dose.top_sets`):
the progression target, the programme's prescriptions and a clinician's choice
all read the range this way.
"""

from __future__ import annotations

from hiptx.model import Dose, Exercise


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

    The sets are :attr:`Dose.top_sets <hiptx.Dose.top_sets>` and the wording
    :attr:`Dose.target <hiptx.Dose.target>`, which the FHIR export reads too.

    Example:
        >>> import hiptx
        >>> from hiptx.rules._sets import dose_target
        >>> dose_target(hiptx.load_catalog().exercises["side-lying-hip-adduction"].dose)
        (3, 8, '3 sets of 8-10 reps')
    """
    amount = dose.reps if dose.reps is not None else dose.hold_seconds
    assert amount is not None  # noqa: S101 - guaranteed by Dose's validator
    return dose.top_sets, amount.low, dose.target
