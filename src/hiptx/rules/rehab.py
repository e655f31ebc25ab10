"""Which phase of rehabilitation a patient is in after an operation.

Time gives the earliest day a phase can begin; the criteria to advance decide. A
patient moves on from a phase only when its window has passed and every one of its
criteria is met, as the phases' source sets them out (the MLTJ 2016 programme after
hip arthroscopy, clinical-facts.md section 11).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

import attrs

from hiptx import _args
from hiptx._catalog_arg import bundled_provenance, check_provenance, given_or_bundled
from hiptx.catalog import Catalog, Provenance
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.explain import Reason, ReasonCode
from hiptx.model import Criterion, RehabPhase
from hiptx.rules._calendar import add_span_bound
from hiptx.rules.surgery import Surgery, operation_of

__all__ = ["RehabStatus", "rehab_phase"]


def __dir__() -> list[str]:
    return __all__


@attrs.frozen(kw_only=True)
class RehabStatus:
    """Where a patient is in rehabilitation after an operation, and what moves them on.

    Attributes:
        treatment_id: The operation.
        phase: The current phase's number, from 1; ``None`` when the catalog holds no
            phases for the operation (the sources give none).
        name: The current phase's name (``None`` with no phases).
        met: The current phase's criteria that are met (ids).
        unmet: The current phase's criteria not yet met (ids); empty in the last phase.
        unmet_criteria: The same, as :class:`~hiptx.Criterion` objects with their text.
        earliest_next: The earliest day the next phase can begin by time; ``None`` in
            the last phase or with no phases.
        reasons: The phase, what time allows, what is not met, and the sources.
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

    Example:
        >>> import datetime, hiptx
        >>> s = hiptx.Surgery(treatment_id="hip-arthroscopy", date=datetime.date(2026, 11, 20),
        ...                   side=hiptx.Side.RIGHT)
        >>> st = hiptx.rehab_phase(s, today=datetime.date(2026, 12, 1))
        >>> st.phase, st.earliest_next, st.unmet[-1]
        (1, datetime.date(2026, 12, 18), 'canes-removed')

    .. versionadded:: 0.2.0
    """

    treatment_id: str
    phase: int | None
    name: str | None
    met: tuple[str, ...]
    unmet: tuple[str, ...]
    unmet_criteria: tuple[Criterion, ...]
    earliest_next: datetime.date | None
    reasons: tuple[Reason, ...]
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )


def _phase_end(phase: RehabPhase, surgery: Surgery) -> datetime.date | None:
    high = phase.window.high
    return None if high is None else add_span_bound(surgery.date, high, phase.window.unit)


def _criteria_ids(criteria_met: Iterable[str], phases: tuple[RehabPhase, ...]) -> set[str]:
    if isinstance(criteria_met, str) or not isinstance(criteria_met, Iterable):
        raise WrongTypeError("criteria_met", criteria_met, "a collection of criterion ids")
    known = [c.id for p in phases for c in p.criteria]
    given = list(criteria_met)
    for item in given:
        if item not in known:
            allowed = ", ".join(known) if known else "none (the operation has no phases)"
            raise InvalidValueError("criteria_met", item, f"one of {allowed}")
    return set(given)


def rehab_phase(
    surgery: Surgery,
    *,
    today: datetime.date,
    criteria_met: Iterable[str] = (),
    catalog: Catalog | None = None,
) -> RehabStatus:
    """The rehabilitation phase after ``surgery`` on ``today``, given the criteria met.

    From phase 1, the patient moves on from each phase when its window (from the day
    of surgery) has passed and all its criteria are met, and stops at the first phase
    where either is not so. Time gives the earliest day; criteria decide.

    Args:
        surgery: The operation.
        today: The day to assess, on or after the operation.
        criteria_met: Ids of the criteria met so far (see each phase's
            ``criteria``); criteria of earlier phases stay met.
        catalog: The catalog whose phases apply; the bundled one if omitted.

    Raises:
        WrongTypeError: for a surgery, day or criteria of the wrong type.
        InvalidValueError: for a day before the operation, a treatment that is not
            an operation, or a criterion id the operation's phases do not have (the
            error lists them).
        UnknownIdError: for an operation not in the catalog.

    Example:
        >>> import datetime, hiptx
        >>> s = hiptx.Surgery(treatment_id="hip-arthroscopy", date=datetime.date(2026, 11, 20),
        ...                   side=hiptx.Side.RIGHT)
        >>> met = ["minimum-pain-with-phase-1-exercises", "increased-range-of-motion",
        ...        "adequate-muscle-activation", "canes-removed"]
        >>> hiptx.rehab_phase(s, today=datetime.date(2026, 12, 10), criteria_met=met).phase
        1
        >>> st = hiptx.rehab_phase(s, today=datetime.date(2026, 12, 18), criteria_met=met)
        >>> st.phase, st.earliest_next
        (2, datetime.date(2027, 1, 15))

    .. versionadded:: 0.2.0
    """
    _args.require("surgery", surgery, Surgery, "a Surgery")
    _args.require_date("today", today)
    if today < surgery.date:
        raise InvalidValueError(
            "today", today, f"a date on or after the surgery ({surgery.date.isoformat()})"
        )
    catalog = given_or_bundled(catalog)
    treatment = operation_of(surgery, catalog)
    phases = tuple(sorted(treatment.rehab_phases, key=lambda p: p.number))
    met = _criteria_ids(criteria_met, phases)
    if not phases:
        return RehabStatus(
            provenance=catalog.provenance,
            treatment_id=treatment.id,
            phase=None,
            name=None,
            met=(),
            unmet=(),
            unmet_criteria=(),
            earliest_next=None,
            reasons=(
                Reason.from_input(
                    ReasonCode.NO_REHAB_PHASES,
                    f"The catalog holds no rehabilitation phases for {treatment.name}; "
                    "hiptx does not invent them.",
                ),
            ),
        )
    index = 0
    while index < len(phases) - 1:
        end = _phase_end(phases[index], surgery)
        done = all(c.id in met for c in phases[index].criteria)
        if end is None or today < end or not done:
            break
        index += 1
    current = phases[index]
    is_last = index == len(phases) - 1
    earliest = None if is_last else _phase_end(current, surgery)
    unmet = tuple(c for c in current.criteria if c.id not in met)
    reasons = [
        Reason.cited(
            ReasonCode.REHAB_PHASE,
            f"Phase {current.number} of {len(phases)}: {current.name} ({current.window} "
            "after the operation).",
            current.citations,
            catalog.sources,
        )
    ]
    if earliest is not None and today < earliest:
        reasons.append(
            Reason.from_input(
                ReasonCode.PHASE_TIME_NOT_PASSED,
                f"Phase {current.number + 1} can begin on {earliest.isoformat()} at "
                "the earliest; time gives the earliest, the criteria decide.",
            )
        )
    if unmet:
        reasons.append(
            Reason.from_input(
                ReasonCode.PHASE_CRITERIA_NOT_MET,
                ("Not yet met: " + "; ".join(c.text for c in unmet) + "."),
            )
        )
    if current.note is not None:
        reasons.append(
            Reason.cited(ReasonCode.REHAB_PHASE, current.note, current.citations, catalog.sources)
        )
    return RehabStatus(
        provenance=catalog.provenance,
        treatment_id=treatment.id,
        phase=current.number,
        name=current.name,
        met=tuple(c.id for c in current.criteria if c.id in met),
        unmet=tuple(c.id for c in unmet),
        unmet_criteria=unmet,
        earliest_next=earliest,
        reasons=tuple(reasons),
    )
