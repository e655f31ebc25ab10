"""Treatments: what each involves, its schedules, recovery milestones and targets."""

from __future__ import annotations

import attrs

from hiptx import _fields
from hiptx.codes import Code
from hiptx.errors import InvalidValueError
from hiptx.model._aftercare import Precaution, RehabPhase
from hiptx.model._provenance import Citation, Evidence, Statement
from hiptx.ranges import IntRange, Span
from hiptx.vocab import (
    Invasiveness,
    JobDemand,
    MilestoneKind,
    MovementPattern,
    Muscle,
    TreatmentKind,
    WeightBearing,
)


def _schedule_has_a_figure(instance: Schedule, _: attrs.Attribute[object], __: object) -> None:
    if instance.sessions is None and instance.over is None:
        raise InvalidValueError("sessions", None, "sessions, a course length ('over'), or both")


@attrs.frozen(kw_only=True)
class Schedule:
    """How many sessions over how long, as one source reports it.

    Example:
        >>> import hiptx
        >>> pht = hiptx.load_catalog().treatments["personalised-hip-therapy"]
        >>> s = pht.schedules[0]
        >>> str(s.sessions), str(s.over)
        ('6-10', '3-6 months')

    .. versionadded:: 0.1.0
    """

    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    sessions: IntRange | None = attrs.field(
        default=None, **_fields.instance(IntRange, optional=True)
    )
    over: Span | None = attrs.field(
        default=None, **_fields.instance(Span, optional=True, also=_schedule_has_a_figure)
    )


def _one_age_bound(instance: AgeEffect, _: attrs.Attribute[object], __: object) -> None:
    if (instance.under is None) == (instance.over is None):
        raise InvalidValueError("under", instance.under, "exactly one of under or over")


#: The oldest age, in years, a figure or a patient may name.
MAX_AGE = 130


@attrs.frozen(kw_only=True)
class AgeEffect:
    """Which way age moves a recovery figure, where a source says so without a number.

    Args:
        citations: The source that says it.
        under: The age below which the milestone comes sooner or later; or
        over: the age above which it does.
        sooner: True for sooner, False for later.

    Example:
        >>> import hiptx
        >>> thr = hiptx.load_catalog().treatments["total-hip-replacement"]
        >>> [(e.under, e.over, e.sooner) for m in thr.milestones for e in m.age_effects]
        [(50, None, True), (None, 65, False)]

    .. versionadded:: 0.2.0
    """

    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    sooner: bool = attrs.field(**_fields.flag())
    under: int | None = attrs.field(default=None, **_fields.integer(maximum=MAX_AGE, optional=True))
    over: int | None = attrs.field(
        default=None, **_fields.integer(maximum=MAX_AGE, optional=True, also=_one_age_bound)
    )

    def applies_to(self, age: int) -> bool:
        """Whether a patient of ``age`` falls in this effect's group."""
        return (self.under is not None and age < self.under) or (
            self.over is not None and age > self.over
        )


def _milestone_has_timing(instance: Milestone, _: attrs.Attribute[object], __: object) -> None:
    if instance.span is None and instance.wording is None:
        raise InvalidValueError(
            "span", None, "a span, or the source's wording when it gives no figure"
        )


@attrs.frozen(kw_only=True)
class Milestone:
    """When a recovery milestone is reached, and when that figure applies.

    Args:
        kind: Which milestone.
        span: Time from the start of treatment, or ``None`` where the source gives
            no figure (then ``wording`` holds its words, e.g. ``"several months"``).
        wording: The source's own words for the timing, when vague.
        job: The job demand the figure is for; ``None`` means any.
        weight_bearing: The weight-bearing protocol it is for; ``None`` means any.
        note: Anything else that limits the figure.
        citations: Where the figure comes from.
        age_effects: Which way age moves it, where a source says so
            (:class:`AgeEffect`); no number is made up for it.

    Example:
        >>> import hiptx
        >>> ha = hiptx.load_catalog().treatments["hip-arthroscopy"]
        >>> [str(m.span) for m in ha.milestones if m.kind is hiptx.MilestoneKind.OFF_CRUTCHES]
        ['typically 2 weeks']

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``age_effects``; the span says what kind of figure it is.
    """

    kind: MilestoneKind = attrs.field(**_fields.choice(MilestoneKind))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    span: Span | None = attrs.field(default=None, **_fields.instance(Span, optional=True))
    wording: str | None = attrs.field(
        default=None, **_fields.text(also=_milestone_has_timing, optional=True)
    )
    job: JobDemand | None = attrs.field(default=None, **_fields.choice(JobDemand, optional=True))
    weight_bearing: WeightBearing | None = attrs.field(
        default=None, **_fields.choice(WeightBearing, optional=True)
    )
    note: str | None = attrs.field(default=None, **_fields.text(optional=True))
    age_effects: tuple[AgeEffect, ...] = attrs.field(default=(), **_fields.items(AgeEffect))

    def applies_to(self, job: JobDemand | None, weight_bearing: WeightBearing) -> bool:
        """Whether this figure is for the given job demand and protocol.

        A milestone bound to a job applies only when that job is given.

        Example:
            >>> import hiptx
            >>> ha = hiptx.load_catalog().treatments["hip-arthroscopy"]
            >>> work = [m for m in ha.milestones if m.kind is hiptx.MilestoneKind.RETURN_TO_WORK]
            >>> [(m.job and m.job.value, m.applies_to(hiptx.JobDemand.SEDENTARY,
            ...     hiptx.WeightBearing.STANDARD)) for m in work]
            [('sedentary', True), ('manual', False), (None, True)]
        """
        job_ok = self.job is None or self.job is job
        protocol_ok = self.weight_bearing is None or self.weight_bearing is weight_bearing
        return job_ok and protocol_ok


@attrs.frozen(kw_only=True)
class Targets:
    """The muscles and movement patterns a treatment trains, as one source reads it.

    Args:
        citations: Where the reading comes from.
        muscles: Muscles it names.
        patterns: Movement patterns it names.
        note: Anything that limits the reading.
        reading: Whose reading it is, e.g. "Upright Health's critique (a commercial
            opinion)"; shown in coverage results.
        complete: Whether the reading lists what the treatment trains in full.
            ``False`` where it names targets only in general terms ("the lower limb
            in general") or not at all: then what it does not name is not shown to
            be left out.

    Example:
        >>> import hiptx
        >>> pht = hiptx.load_catalog().treatments["personalised-hip-therapy"]
        >>> hiptx.Muscle.ADDUCTORS in pht.targets.muscles
        False

    .. versionadded:: 0.1.0
    """

    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    muscles: tuple[Muscle, ...] = attrs.field(default=(), **_fields.items(Muscle, unique=True))
    patterns: tuple[MovementPattern, ...] = attrs.field(
        default=(), **_fields.items(MovementPattern, unique=True)
    )
    note: str | None = attrs.field(default=None, **_fields.text(optional=True))
    reading: str | None = attrs.field(default=None, **_fields.text(optional=True))
    complete: bool = attrs.field(default=True, **_fields.flag())


@attrs.frozen(kw_only=True)
class Treatment:
    """A treatment for hip pain, from advice to open surgery.

    Args:
        id: Stable catalog id.
        name: Its usual name.
        kind: Physiotherapy, surgery, injection, ...
        invasiveness: From non-invasive to open surgery.
        summary: What it is and aims to do.
        delivered_by: Who delivers it.
        setting: Where (e.g. "day case or overnight stay in hospital").
        features: What it involves.
        benefits: What it aims to achieve, per its sources.
        claims: Positions argued about it (often opinions; see their sources' kinds).
        risk_ids: Ids of its :class:`Risk` objects.
        indication_ids: Ids of the :class:`Condition` objects it treats.
        schedules: Sessions and course length, one per source that reports them;
            the first is the primary figure.
        milestones: Recovery milestones.
        targets: Muscles and movement patterns it trains, where known (the first
            reading).
        target_readings: Further readings of what it trains, from other sources,
            where they differ (see :func:`~hiptx.coverage`).
        evidence: Study findings about it.
        citations: Where its description comes from.
        codes: Standard codes for it (SNOMED CT IPS Free Set), where one fits.
        precautions: For an operation: the movement and weight-bearing limits after
            it (:class:`Precaution`).
        rehab_phases: For an operation: the phases of rehabilitation after it
            (:class:`RehabPhase`), where the sources give them.

    Example:
        >>> import hiptx
        >>> pht = hiptx.load_catalog().treatments["personalised-hip-therapy"]
        >>> pht.sessions, str(pht.course)
        (IntRange(low=6, high=10), '3-6 months')

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``codes``, ``precautions`` and ``rehab_phases``.
    """

    id: str = attrs.field(**_fields.slug())
    name: str = attrs.field(**_fields.text())
    kind: TreatmentKind = attrs.field(**_fields.choice(TreatmentKind))
    invasiveness: Invasiveness = attrs.field(**_fields.choice(Invasiveness))
    summary: str = attrs.field(**_fields.text())
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    delivered_by: tuple[str, ...] = attrs.field(default=(), **_fields.items(str))
    setting: str | None = attrs.field(default=None, **_fields.text(optional=True))
    features: tuple[Statement, ...] = attrs.field(default=(), **_fields.items(Statement))
    benefits: tuple[Statement, ...] = attrs.field(default=(), **_fields.items(Statement))
    claims: tuple[Statement, ...] = attrs.field(default=(), **_fields.items(Statement))
    risk_ids: tuple[str, ...] = attrs.field(default=(), **_fields.slugs())
    indication_ids: tuple[str, ...] = attrs.field(default=(), **_fields.slugs())
    schedules: tuple[Schedule, ...] = attrs.field(default=(), **_fields.items(Schedule))
    milestones: tuple[Milestone, ...] = attrs.field(default=(), **_fields.items(Milestone))
    targets: Targets | None = attrs.field(default=None, **_fields.instance(Targets, optional=True))
    evidence: tuple[Evidence, ...] = attrs.field(default=(), **_fields.items(Evidence))
    target_readings: tuple[Targets, ...] = attrs.field(
        default=(), **_fields.items(Targets, unique=True)
    )
    codes: tuple[Code, ...] = attrs.field(default=(), **_fields.items(Code, unique=True))
    precautions: tuple[Precaution, ...] = attrs.field(default=(), **_fields.items(Precaution))
    rehab_phases: tuple[RehabPhase, ...] = attrs.field(default=(), **_fields.items(RehabPhase))

    @property
    def sessions(self) -> IntRange | None:
        """The primary number of sessions (from the first schedule), if known.

        Example:
            >>> import hiptx
            >>> hiptx.load_catalog().treatments["personalised-hip-therapy"].sessions
            IntRange(low=6, high=10)
        """
        return self.schedules[0].sessions if self.schedules else None

    @property
    def course(self) -> Span | None:
        """The primary course length (from the first schedule), if known.

        Example:
            >>> import hiptx
            >>> str(hiptx.load_catalog().treatments["personalised-hip-therapy"].course)
            '3-6 months'
        """
        return self.schedules[0].over if self.schedules else None
