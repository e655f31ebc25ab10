"""Recovery-time estimates, for "when can I walk, drive, work, play again?".

:func:`estimate_recovery` picks the milestones of a treatment that apply to a
patient's job demand and weight-bearing protocol, orders them by time, and says why
each was chosen and what the sources do not say. Figures come only from the data;
nothing is interpolated or guessed.

Long because it holds one rule whole: its three result classes, the milestone
choice for job demand and weight-bearing protocol, and the reasons for what the
sources do not say (the calendar arithmetic is apart, in ``_calendar``).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping

import attrs

from hiptx import _args, _fields
from hiptx._catalog_arg import bundled_provenance, check_provenance, given_or_bundled
from hiptx._derived import held, owns
from hiptx._trusted import constructor
from hiptx.catalog import Catalog, Provenance
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.explain import Reason, ReasonCode
from hiptx.model import Citation, Milestone, Source, Treatment
from hiptx.ranges import FigureKind, Span
from hiptx.rules._calendar import add_span_bound
from hiptx.vocab import JobDemand, MilestoneKind, WeightBearing

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


#: Milestones patients ask about; a missing one is reported as "no figure".
_ASKED_ABOUT = (
    MilestoneKind.RETURN_TO_WORK,
    MilestoneKind.RETURN_TO_DRIVING,
    MilestoneKind.RETURN_TO_SPORT,
    MilestoneKind.SYMPTOM_IMPROVEMENT,
    MilestoneKind.FULL_RECOVERY,
)


def _label(kind: MilestoneKind) -> str:
    return kind.value.replace("_", " ")


@attrs.frozen(kw_only=True)
class MilestoneEstimate:
    """One milestone chosen for a patient, with why it was chosen.

    Attributes:
        kind: Which milestone.
        span: Time from the start of treatment; ``None`` where the source gives only
            words (see ``wording``).
        wording: The source's own words when it gives no figure.
        note: Any limit the data records on the figure.
        reasons: Why this figure was chosen.
        citations: The figure's sources.
        job: The job demand the figure is for; ``None`` for any job.

    Example:
        >>> import hiptx
        >>> ha = hiptx.load_catalog().treatments["hip-arthroscopy"]
        >>> m = hiptx.estimate_recovery(ha).milestone(hiptx.MilestoneKind.OFF_CRUTCHES)
        >>> str(m.span)
        'typically 2 weeks'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``job``.
    """

    kind: MilestoneKind = attrs.field(**_fields.choice(MilestoneKind))
    span: Span | None = attrs.field(default=None, **_fields.instance(Span, optional=True))
    wording: str | None = attrs.field(default=None, **_fields.text(optional=True))
    note: str | None = attrs.field(default=None, **_fields.text(optional=True))
    reasons: tuple[Reason, ...] = attrs.field(default=(), **_fields.items(Reason, unique=False))
    citations: tuple[Citation, ...] = attrs.field(
        default=(), **_fields.items(Citation, unique=False)
    )
    job: JobDemand | None = attrs.field(default=None, **_fields.choice(JobDemand, optional=True))

    def __str__(self) -> str:
        when = str(self.span) if self.span is not None else f"{self.wording} (no figure)"
        return f"{_label(self.kind)}: {when}"


@attrs.frozen(kw_only=True)
class DatedMilestone:
    """A milestone as a calendar window.

    What the dates are follows what the figure is (``figure``): a range gives
    ``earliest`` and ``latest``; an upper bound gives only ``latest`` ("by");
    a mean, a typical value or an approximation gives only ``around``, with the
    mean's spread where the source gives one. No one-day window is made from a
    figure that is not a range.

    Attributes:
        kind: Which milestone.
        earliest: The first date it may be reached; ``None`` when the source gives
            no figure or no lower bound.
        latest: The last date of the window; ``None`` when open-ended or unknown.
        wording: The source's words when it gives no figure.
        milestone: The estimate the window was computed from (its span, note,
            reasons and citations), so no app pairs dates with milestones by
            position; ``None`` only for a window built by hand.
        figure: What the figure is (:class:`~hiptx.FigureKind`).
        around: For a mean, typical or approximate figure: its date.
        spread: For a mean with a spread: the spread, e.g. ``"2.6 months"``.

    Example:
        >>> import datetime, hiptx
        >>> ha = hiptx.load_catalog().treatments["hip-arthroscopy"]
        >>> d = hiptx.estimate_recovery(ha).dates(start=datetime.date(2026, 12, 1))[0]
        >>> d.kind.value, d.figure.value, d.earliest, d.around.isoformat()
        ('off_crutches', 'typical', None, '2026-12-15')
        >>> str(d.milestone.span), d.milestone.citations[0].source_id
        ('typically 2 weeks', 'fashion-treatments-page')
        >>> str(d)
        'off crutches: around 2026-12-15'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``milestone``, ``figure``, ``around`` and ``spread``, and ``str()`` as
       a line for a person.
    """

    kind: MilestoneKind = attrs.field(**_fields.choice(MilestoneKind))
    earliest: datetime.date | None = attrs.field(
        default=None, **_fields.instance(datetime.date, optional=True)
    )
    latest: datetime.date | None = attrs.field(
        default=None, **_fields.instance(datetime.date, optional=True)
    )
    wording: str | None = attrs.field(default=None, **_fields.text(optional=True))
    milestone: MilestoneEstimate | None = attrs.field(
        default=None, **_fields.instance(MilestoneEstimate, optional=True)
    )
    figure: FigureKind = attrs.field(default=FigureKind.RANGE, **_fields.choice(FigureKind))
    around: datetime.date | None = attrs.field(
        default=None, **_fields.instance(datetime.date, optional=True)
    )
    spread: str | None = attrs.field(default=None, **_fields.text(optional=True))

    @property
    def window(self) -> str | None:
        """The dates as text, saying what they are; ``None`` without a figure.

        A range reads ``"FIRST to LAST"`` (one date when the source gives one day,
        ``"FIRST to open-ended"`` with no last date); an upper bound ``"by LAST"``;
        a mean, typical or approximate figure ``"around DATE"``, with the spread.

        Example:
            >>> import datetime, hiptx
            >>> hiptx.DatedMilestone(
            ...     kind=hiptx.MilestoneKind.RETURN_TO_SPORT, earliest=datetime.date(2027, 7, 1)
            ... ).window
            '2027-07-01 to open-ended'
            >>> hiptx.DatedMilestone(
            ...     kind=hiptx.MilestoneKind.RETURN_TO_SPORT, figure=hiptx.FigureKind.MEAN,
            ...     around=datetime.date(2027, 7, 1), spread="2.6 months").window
            'around 2027-07-01, ±2.6 months'

        .. versionadded:: 0.2.0
        """
        if self.figure is FigureKind.UPPER_BOUND:
            return None if self.latest is None else f"by {self.latest}"
        if self.figure is not FigureKind.RANGE:
            if self.around is None:
                return None
            spread = "" if self.spread is None else f", ±{self.spread}"
            return f"around {self.around}{spread}"
        if self.earliest is None:
            return None
        if self.latest == self.earliest:
            return str(self.earliest)  # the source gives one day
        return f"{self.earliest} to {self.latest or 'open-ended'}"

    def __str__(self) -> str:
        when = self.window or (f"{self.wording} (no figure)" if self.wording else "no figure")
        return f"{_label(self.kind)}: {when}"


def _time_order(estimate: MilestoneEstimate) -> tuple[int, float, float]:
    if estimate.span is None:
        return (1, 0.0, 0.0)  # words only: after every dated milestone, in data order
    low, high = estimate.span.approximate_days()
    return (0, float(low), float("inf") if high is None else float(high))


@attrs.frozen(kw_only=True)
class RecoveryEstimate:
    """The recovery milestones that apply to one patient, ordered by time.

    Build it with :func:`estimate_recovery`.

    Attributes:
        treatment_id: The treatment estimated.
        job: The job demand given, if any.
        weight_bearing: The weight-bearing protocol assumed.
        milestones: The chosen milestones, earliest first; those the source gives
            only in words come last.
        reasons: What is missing or assumed overall.
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

    Example:
        >>> import hiptx
        >>> ha = hiptx.load_catalog().treatments["hip-arthroscopy"]
        >>> est = hiptx.estimate_recovery(ha, job=hiptx.JobDemand.SEDENTARY)
        >>> [str(m) for m in est.milestones]  # the UK FASHIoN trial team's patient page, two reviews' means
        ['off crutches: typically 2 weeks', 'return to work: about 2 weeks', 'return to work: mean 115 days', 'symptom improvement: 4-6 months', 'return to sport: mean 7 months (SD 2.6)']

    .. versionadded:: 0.1.0
    """

    treatment_id: str = attrs.field(**_fields.slug())
    job: JobDemand | None = attrs.field(default=None, **_fields.choice(JobDemand, optional=True))
    weight_bearing: WeightBearing = attrs.field(**_fields.choice(WeightBearing))
    milestones: tuple[MilestoneEstimate, ...] = attrs.field(
        default=(), **_fields.items(MilestoneEstimate, unique=False)
    )
    reasons: tuple[Reason, ...] = attrs.field(default=(), **_fields.items(Reason, unique=False))
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )

    def milestone(self, kind: MilestoneKind) -> MilestoneEstimate | None:
        """The earliest estimate of one kind, or ``None`` if there is none.

        Sources may give several figures for one milestone (a patient page's figure
        for a job and a review's mean for everyone); ``milestones`` lists them all.
        With a job given, a figure for that job is the headline, even in words
        ("several months" for manual work), before any figure for every job.

        Example:
            >>> import hiptx
            >>> pht = hiptx.load_catalog().treatments["personalised-hip-therapy"]
            >>> est = hiptx.estimate_recovery(pht)
            >>> str(est.milestone(hiptx.MilestoneKind.SYMPTOM_IMPROVEMENT).span)
            '4-6 months'
            >>> est.milestone(hiptx.MilestoneKind.RETURN_TO_SPORT) is None
            True
        """
        _args.require("kind", kind, MilestoneKind)
        of_kind = [m for m in self.milestones if m.kind is kind]
        if self.job is not None:
            for_job = [m for m in of_kind if m.job is self.job]
            of_kind = for_job or of_kind
        return of_kind[0] if of_kind else None

    def dates(self, start: datetime.date) -> tuple[DatedMilestone, ...]:
        """Calendar windows from a start date (the day of surgery or first session).

        Months and years use calendar arithmetic; an open-ended span has no latest
        date; a milestone given only in words has neither.

        Args:
            start: The day treatment starts (a :class:`datetime.date`, not a
                datetime).

        Raises:
            WrongTypeError: if ``start`` is not a date.
            OutOfRangeError: if a window would end after 31 December 9999.

        Example:
            >>> import datetime, hiptx
            >>> pht = hiptx.load_catalog().treatments["personalised-hip-therapy"]
            >>> [(d.earliest.isoformat(), d.latest.isoformat())
            ...  for d in hiptx.estimate_recovery(pht).dates(start=datetime.date(2026, 8, 31))]
            [('2026-12-31', '2027-02-28')]
        """
        if type(start) is not datetime.date:  # a datetime would silently drop its time
            raise WrongTypeError("start", start, "a datetime.date")
        return tuple(_dated(m, start) for m in self.milestones)


def _spread_text(span: Span) -> str | None:
    if span.spread is None:
        return None
    unit = span.unit.value if span.spread == 1 else f"{span.unit.value}s"
    return f"{span.spread:g} {unit}"


def _dated(m: MilestoneEstimate, start: datetime.date) -> DatedMilestone:
    """One milestone's dates from ``start``, as what its figure is."""
    span = m.span
    if span is None:
        return DatedMilestone(kind=m.kind, wording=m.wording, milestone=m)
    first = add_span_bound(start, span.low, span.unit)
    if span.kind is FigureKind.RANGE:
        latest = None if span.high is None else add_span_bound(start, span.high, span.unit)
        return DatedMilestone(kind=m.kind, earliest=first, latest=latest, milestone=m)
    if span.kind is FigureKind.UPPER_BOUND:
        return DatedMilestone(kind=m.kind, latest=first, milestone=m, figure=span.kind)
    return DatedMilestone(
        kind=m.kind, milestone=m, figure=span.kind, around=first, spread=_spread_text(span)
    )


def _why_chosen(m: Milestone, sources: Mapping[str, Source]) -> Reason:
    if m.job is not None:
        return Reason.cited(
            ReasonCode.MILESTONE_FOR_JOB,
            f"The source gives this figure for {m.job.value} work.",
            m.citations,
            sources,
        )
    if m.weight_bearing is not None:
        return Reason.cited(
            ReasonCode.MILESTONE_FOR_PROTOCOL,
            f"The source gives this figure for the {m.weight_bearing.value} "
            "weight-bearing protocol.",
            m.citations,
            sources,
        )
    return Reason.cited(
        ReasonCode.MILESTONE_APPLIES,
        "The source gives this figure for every patient.",
        m.citations,
        sources,
    )


# Results are built from catalog objects that passed every check, so their
# validators are skipped (see hiptx._trusted); direct construction still checks.
_milestone_estimate = constructor(MilestoneEstimate)
_recovery_estimate = constructor(RecoveryEstimate)


def _estimate_of(m: Milestone, sources: Mapping[str, Source]) -> MilestoneEstimate:
    reasons = [_why_chosen(m, sources)]
    if m.span is None:
        reasons.append(
            Reason.cited(
                ReasonCode.VAGUE_FIGURE,
                f"The source gives no number, only {m.wording!r}; hiptx adds no "
                "precision the source does not have.",
                m.citations,
                sources,
            )
        )
    elif m.span.is_open:
        reasons.append(
            Reason.cited(
                ReasonCode.OPEN_ENDED, "The source gives only a lower bound.", m.citations, sources
            )
        )
    return _milestone_estimate(
        m.kind, m.span, m.wording, m.note, tuple(reasons), m.citations, m.job
    )


def _resolve_treatment(treatment: object, catalog: Catalog, name: str) -> Treatment:
    return _args.object_or_id(
        name,
        treatment,
        Treatment,
        catalog.treatments,
        "a Treatment or its id (see catalog.treatments)",
    )


def _left_out(
    treatment: Treatment, no_job: bool, weight_bearing: WeightBearing, sources: Mapping[str, Source]
) -> tuple[Reason, ...]:
    """Reasons for what an estimate leaves out: job-bound figures, other protocols, gaps."""
    reasons: list[Reason] = []

    job_bound = [m for m in treatment.milestones if m.job is not None]
    if no_job and job_bound:
        jobs = ", ".join(sorted({m.job.value for m in job_bound if m.job is not None}))
        kinds = ", ".join(sorted({_label(m.kind) for m in job_bound}))
        reasons.append(
            Reason.cited(
                ReasonCode.JOB_DEMAND_NEEDED,
                f"The sources give {kinds} figures by job demand ({jobs}); pass job= "
                "to see them. None of those was picked.",
                tuple(c for m in job_bound for c in m.citations),
                sources,
            )
        )
    other_protocol = [
        m
        for m in treatment.milestones
        if m.weight_bearing is not None and m.weight_bearing is not weight_bearing
    ]
    if other_protocol:
        protocols = ", ".join(
            sorted({m.weight_bearing.value for m in other_protocol if m.weight_bearing})
        )
        reasons.append(
            Reason.cited(
                ReasonCode.OTHER_PROTOCOL_EXISTS,
                f"Some figures apply only to another weight-bearing protocol "
                f"({protocols}); they were left out.",
                tuple(c for m in other_protocol for c in m.citations),
                sources,
            )
        )
    recorded = {m.kind for m in treatment.milestones}
    missing = [k for k in _ASKED_ABOUT if k not in recorded]
    if missing:
        message = "The sources give no figure for: " + ", ".join(map(_label, missing)) + "."
        reasons.append(Reason.from_input(ReasonCode.NO_FIGURE, message))
    return tuple(reasons)


#: The oldest age accepted, in years.
MAX_AGE = 130


def _with_age(
    estimate: MilestoneEstimate, m: Milestone, age: int, sources: Mapping[str, Source]
) -> MilestoneEstimate:
    """The estimate with the sources' word on which way age moves it, if any."""
    said = [
        Reason.cited(
            ReasonCode.AGE_EFFECT,
            f"At {age}, the source says this comes "
            f"{'sooner' if effect.sooner else 'later'} (people "
            f"{f'under {effect.under}' if effect.under is not None else f'over {effect.over}'}"
            "); it gives no figure, so the dates are not moved.",
            effect.citations,
            sources,
        )
        for effect in m.age_effects
        if effect.applies_to(age)
    ]
    if not said:
        return estimate
    return attrs.evolve(estimate, reasons=(*estimate.reasons, *said))


def _estimates(
    treatment: Treatment,
    job: JobDemand | None,
    weight_bearing: WeightBearing,
    sources: Mapping[str, Source],
) -> tuple[tuple[tuple[MilestoneEstimate, Milestone], ...], tuple[Reason, ...]]:
    """The milestones that apply, estimated and ordered by time, and what was left out.

    Depends on catalog objects and the arguments only: a catalog's own treatment
    has them worked out once, then held by the catalog.
    """
    chosen = [
        (_estimate_of(m, sources), m)
        for m in treatment.milestones
        if m.applies_to(job, weight_bearing)
    ]
    chosen.sort(key=lambda pair: _time_order(pair[0]))  # stable: equal times keep data order
    return tuple(chosen), _left_out(treatment, job is None, weight_bearing, sources)


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
            raise InvalidValueError("age", age, f"an age from 0 to {MAX_AGE} years")
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


@attrs.frozen(kw_only=True)
class RecoveryComparison:
    """Recovery estimates of several treatments, side by side.

    Attributes:
        estimates: One estimate per treatment, in the order given.
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

    Example:
        >>> import hiptx
        >>> cat = hiptx.load_catalog()
        >>> cmp = hiptx.compare_recovery([cat.treatments["personalised-hip-therapy"],
        ...                               cat.treatments["hip-arthroscopy"]])
        >>> row = dict(cmp.rows())[hiptx.MilestoneKind.SYMPTOM_IMPROVEMENT]
        >>> [str(cell) for cell in row]
        ['4-6 months', '4-6 months']

    .. versionadded:: 0.1.0
    """

    estimates: tuple[RecoveryEstimate, ...] = attrs.field(
        **_fields.items(RecoveryEstimate, unique=False)
    )
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )

    def milestone_rows(
        self,
    ) -> tuple[tuple[MilestoneKind, tuple[MilestoneEstimate | None, ...]], ...]:
        """One row per milestone kind any treatment has, in :class:`MilestoneKind` order.

        Each cell is that treatment's earliest estimate of the kind (with its note and
        citations), or ``None`` when it has none: what :meth:`rows` shows, whole.

        Example:
            >>> import hiptx
            >>> cmp = hiptx.compare_recovery(["personalised-hip-therapy", "hip-arthroscopy"])
            >>> kind, (pht, ha) = cmp.milestone_rows()[1]
            >>> kind.value, pht, ha.note[:26], ha.citations[0].source_id
            ('return_to_work', None, 'A mean, not a range, acros', 'blaeser-2023-return-to-work')

        .. versionadded:: 0.2.0
        """
        rows = ((kind, tuple(e.milestone(kind) for e in self.estimates)) for kind in MilestoneKind)
        return tuple((kind, row) for kind, row in rows if any(row))

    def rows(self) -> tuple[tuple[MilestoneKind, tuple[Span | str | None, ...]], ...]:
        """One row per milestone kind any treatment has, in :class:`MilestoneKind` order.

        Each cell is the primary span, the source's words when it gives no figure,
        or ``None`` when that treatment has no such milestone.
        """
        return tuple(
            (kind, tuple(None if m is None else (m.span or m.wording) for m in row))
            for kind, row in self.milestone_rows()
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
