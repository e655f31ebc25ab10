"""Recovery-time estimates, for "when can I walk, drive, work, play again?".

:func:`estimate_recovery` picks the milestones of a treatment that apply to a
patient's job demand and weight-bearing protocol, orders them by time, and says why
each was chosen and what the sources do not say. Figures come only from the data;
nothing is interpolated or guessed.

The result classes are defined in ``_results``, the choice of milestones and the
reasons for what the sources do not say in ``_milestones``; the calendar
arithmetic is in ``hiptx.rules._calendar``.
"""

from __future__ import annotations

from collections.abc import Iterable

from hiptx import _args
from hiptx._catalog_arg import given_or_bundled
from hiptx._derived import held, owns
from hiptx._trusted import constructor
from hiptx.catalog import Catalog
from hiptx.errors import InvalidValueError, OutOfRangeError, WrongTypeError
from hiptx.explain import Reason, ReasonCode
from hiptx.model import MAX_AGE, Treatment
from hiptx.rules.recovery._milestones import _estimates, _with_age
from hiptx.rules.recovery._results import (
    DatedMilestone,
    MilestoneEstimate,
    RecoveryComparison,
    RecoveryEstimate,
)
from hiptx.vocab import JobDemand, WeightBearing

__all__ = [
    "DatedMilestone",
    "MilestoneEstimate",
    "RecoveryComparison",
    "RecoveryEstimate",
    "compare_recovery",
    "estimate_recovery",
]


def __dir__() -> list[str]:
    return __all__


_recovery_estimate = constructor(RecoveryEstimate)


def _resolve_treatment(treatment: object, catalog: Catalog, name: str) -> Treatment:
    return _args.object_or_id(
        name,
        treatment,
        Treatment,
        catalog.treatments,
        "a Treatment or its id (see catalog.treatments)",
    )


def estimate_recovery(
    treatment: Treatment | str,
    *,
    job: JobDemand | None = None,
    weight_bearing: WeightBearing = WeightBearing.STANDARD,
    catalog: Catalog | None = None,
    age: int | None = None,
) -> RecoveryEstimate:
    """Estimate recovery milestones for one patient, from the treatment's data.

    A milestone bound to a job demand is chosen only when ``job`` matches it; with
    no ``job``, the estimate says that a job demand is needed rather than picking
    one. A milestone bound to a weight-bearing protocol is chosen only for that
    protocol. Milestones with no bound apply to everyone.

    Args:
        treatment: A :class:`~hiptx.Treatment`, or its id in ``catalog``.
        job: The patient's job demand, if known.
        weight_bearing: The surgeon's weight-bearing protocol.
        catalog: The catalog an id is looked up in; the bundled one if omitted.
        age: The patient's age in years, if known. Where a source says which way
            age moves a figure (sooner or later), the figure's reasons say so; no
            date is moved, as no source gives by how much.

    Returns:
        The chosen milestones ordered by time, each with reasons and citations,
        and overall reasons for what is missing or assumed.

    Raises:
        WrongTypeError: a treatment that is neither a Treatment nor an id, a job
            given as a string, etc.
        UnknownIdError: a treatment id not in the catalog.

    Example:
        >>> import hiptx
        >>> cat = hiptx.load_catalog()
        >>> est = hiptx.estimate_recovery("hip-arthroscopy", job=hiptx.JobDemand.MANUAL)
        >>> [str(m) for m in est.milestones if m.kind is hiptx.MilestoneKind.RETURN_TO_WORK]
        ['return to work: mean 115 days', 'return to work: several months (no figure)']
        >>> print(est.milestone(hiptx.MilestoneKind.RETURN_TO_WORK))  # manual work's own figure
        return to work: several months (no figure)
        >>> est = hiptx.estimate_recovery(cat.treatments["hip-arthroscopy"])
        >>> [r.code.value for r in est.reasons][:2]
        ['job-demand-needed', 'other-protocol-exists']

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Accepts a treatment id, ``catalog`` and ``age``; with a job, that job's
       figure is each milestone's headline (:meth:`RecoveryEstimate.milestone`).
    """
    catalog = given_or_bundled(catalog)
    treatment = _resolve_treatment(treatment, catalog, "treatment")
    if age is not None:
        if type(age) is not int:
            raise WrongTypeError("age", age, "an integer number of years, or None")
        if not 0 <= age <= MAX_AGE:
            raise OutOfRangeError("age", age, f"an age from 0 to {MAX_AGE} years")
    _args.require_optional("job", job, JobDemand)
    _args.require("weight_bearing", weight_bearing, WeightBearing)

    key = ("recovery", treatment.id, job, weight_bearing)
    if owns(catalog.treatments, treatment, treatment.id):
        chosen, reasons = held(
            catalog, key, lambda: _estimates(treatment, job, weight_bearing, catalog.sources)
        )
    else:  # an app's own treatment object, which may share an id with the catalog's
        chosen, reasons = _estimates(treatment, job, weight_bearing, catalog.sources)
    estimates = tuple(estimate for estimate, _ in chosen)
    if age is not None:
        estimates = tuple(_with_age(estimate, m, age, catalog.sources) for estimate, m in chosen)
    if age is not None and not any(m.age_effects for m in treatment.milestones):
        reasons = (
            *reasons,
            Reason.from_input(
                ReasonCode.AGE_NOT_IN_SOURCES,
                "The sources do not say how age changes these figures.",
            ),
        )
    return _recovery_estimate(
        treatment.id,
        job,
        weight_bearing,
        estimates,
        reasons,
        catalog.provenance,
    )


def compare_recovery(
    treatments: Iterable[Treatment | str],
    *,
    job: JobDemand | None = None,
    weight_bearing: WeightBearing = WeightBearing.STANDARD,
    catalog: Catalog | None = None,
) -> RecoveryComparison:
    """Estimate several treatments for the same patient, side by side.

    Args:
        treatments: Two or more (or at least one) :class:`~hiptx.Treatment`
            objects or ids.
        job: As for :func:`estimate_recovery`.
        weight_bearing: As for :func:`estimate_recovery`.
        catalog: As for :func:`estimate_recovery`.

    Raises:
        InvalidValueError: if no treatment is given.

    Example:
        >>> import hiptx
        >>> cat = hiptx.load_catalog()
        >>> cmp = hiptx.compare_recovery(
        ...     [cat.treatments["hip-arthroscopy"], cat.treatments["personalised-hip-therapy"]],
        ...     job=hiptx.JobDemand.SEDENTARY)
        >>> [e.treatment_id for e in cmp.estimates]
        ['hip-arthroscopy', 'personalised-hip-therapy']
        >>> [e.treatment_id for e in hiptx.compare_recovery(["hip-arthroscopy"]).estimates]
        ['hip-arthroscopy']

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Accepts treatment ids, and ``catalog``.
    """
    if isinstance(treatments, (str, Treatment)) or not isinstance(treatments, Iterable):
        raise WrongTypeError(
            "treatments", treatments, "an iterable of Treatment objects or treatment ids"
        )
    catalog = given_or_bundled(catalog)
    estimates = tuple(
        estimate_recovery(
            _resolve_treatment(t, catalog, f"treatments[{i}]"),
            job=job,
            weight_bearing=weight_bearing,
            catalog=catalog,
        )
        for i, t in enumerate(treatments)
    )
    if not estimates:
        raise InvalidValueError("treatments", [], "at least one Treatment")
    return RecoveryComparison(estimates=estimates, provenance=catalog.provenance)
