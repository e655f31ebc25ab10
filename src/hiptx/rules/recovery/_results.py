"""What a recovery estimate is: each milestone's figure and reasons, and its dates.

The results of :func:`hiptx.estimate_recovery` and :func:`hiptx.compare_recovery`
(importable from :mod:`hiptx.rules.recovery` and :mod:`hiptx`); the calendar
arithmetic is in ``hiptx.rules._calendar``.
"""

from __future__ import annotations

import datetime

import attrs

from hiptx import _args, _fields
from hiptx._catalog_arg import bundled_provenance, check_provenance
from hiptx.catalog import Provenance
from hiptx.explain import Reason
from hiptx.model import Citation
from hiptx.ranges import FigureKind, Span, amount_text
from hiptx.rules._calendar import add_span_bound
from hiptx.vocab import JobDemand, MilestoneKind, WeightBearing


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
        _args.require_date("start", start)
        return tuple(_dated(m, start) for m in self.milestones)


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
        kind=m.kind,
        milestone=m,
        figure=span.kind,
        around=first,
        spread=None if span.spread is None else amount_text(span.spread, span.unit),
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
