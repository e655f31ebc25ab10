"""The catalog's typed objects: sources, conditions, risks, treatments, exercises.

Every class is an immutable, slotted, keyword-only attrs class whose collections are
tuples. Every clinical figure sits next to the :class:`Citation` objects that back
it, and every citation names a :class:`Source` by id.
"""

from __future__ import annotations

import re

import attrs

from hiptx import _fields
from hiptx.codes import Code
from hiptx.errors import InvalidValueError, OutOfRangeError, WrongTypeError
from hiptx.ranges import IntRange, Span
from hiptx.vocab import (
    Equipment,
    EvidenceStrength,
    ExerciseGoal,
    Frequency,
    Invasiveness,
    JobDemand,
    MilestoneKind,
    MovementPattern,
    Muscle,
    Pathway,
    Position,
    RedFlag,
    SourceKind,
    TreatmentKind,
    Urgency,
    WeightBearing,
)

#: A PubMed id: digits only.
PMID_PATTERN = "^[1-9][0-9]{0,8}$"
#: A PubMed Central id: "PMC" and digits.
PMC_PATTERN = "^PMC[1-9][0-9]{0,8}$"

__all__ = [
    "Citation",
    "Condition",
    "Dose",
    "Evidence",
    "Exercise",
    "Milestone",
    "Progression",
    "Rate",
    "RedFlagCombination",
    "RedFlagRule",
    "Risk",
    "RuleSet",
    "Schedule",
    "ScreeningRules",
    "Source",
    "Statement",
    "Targets",
    "Threshold",
    "Treatment",
]


def __dir__() -> list[str]:
    return __all__


#: The most participants a study can report: more people than live on Earth
#: (about 8.2 billion) is an error, however large the registry.
MAX_PARTICIPANTS = 10_000_000_000

#: The largest rule threshold: the biggest quantity a threshold measures is minutes
#: per week, and a week has 7 x 24 x 60 = 10,080 minutes.
THRESHOLD_MAX = 10_080


@attrs.frozen(kw_only=True)
class Citation:
    """A pointer from a figure or claim to the source that backs it.

    Args:
        source_id: The id of a :class:`Source` in the same catalog.
        quote: The source's own words for what it backs (verbatim; whitespace may
            differ).
        locator: Where in the source, e.g. ``"Table 2"`` or ``"Risks"``.

    Example:
        >>> import hiptx
        >>> hiptx.Citation(source_id="fashion-treatments-page", locator="Risks")
        Citation(source_id='fashion-treatments-page', quote=None, locator='Risks')

    .. versionadded:: 0.1.0
    """

    source_id: str = attrs.field(**_fields.slug())
    quote: str | None = attrs.field(default=None, **_fields.text(optional=True))
    locator: str | None = attrs.field(default=None, **_fields.text(optional=True))


def _id_format(pattern: str, allowed: str) -> _fields.FieldSpec:
    """An optional identifier string of a fixed form (a PMID, a PMC id)."""
    form = re.compile(pattern)

    def check(_: object, attribute: attrs.Attribute[object], value: object) -> None:
        if not isinstance(value, str):
            raise WrongTypeError(attribute.name, value, "a string")
        if not form.match(value):
            raise InvalidValueError(attribute.name, value, allowed)

    return {
        "validator": _fields.or_none(check),
        "metadata": {_fields.SCHEMA_KEY: {"pattern": pattern}},
    }


@attrs.frozen(kw_only=True)
class Source:
    """A document the catalog cites, with how much weight it can carry.

    Args:
        id: Stable catalog id.
        title: The document's own title.
        authors: Personal authors, as the source names them (may be empty).
        publisher: The organisation that published it, if any.
        year: Year of publication, if known.
        kind: What kind of document it is (trial, guideline, opinion, ...).
        published_in: Journal and volume/pages, for papers.
        url: A web address, if known.
        doi: A DOI, only as given in the project's reference files.
        note: Anything a reader should know when weighing it.
        pmid: Its PubMed id (digits), only as given in the project's reference files.
        pmc: Its PubMed Central id (``"PMC"`` and digits), likewise.
        title_is_descriptive: True where ``title`` is hiptx's description of the
            document rather than its own title (which the reference files do not
            give); citations show such a title in square brackets.

    Example:
        >>> import hiptx
        >>> src = hiptx.load_catalog().sources["fashion-treatments-page"]
        >>> src.kind
        <SourceKind.PATIENT_INFORMATION: 'patient_information'>
        >>> hiptx.load_catalog().sources["griffin-2018-fashion"].pmid
        '29893223'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``pmid``, ``pmc``, ``title_is_descriptive`` and ``cite()``.
    """

    id: str = attrs.field(**_fields.slug())
    title: str = attrs.field(**_fields.text())
    kind: SourceKind = attrs.field(**_fields.choice(SourceKind))
    authors: tuple[str, ...] = attrs.field(default=(), **_fields.items(str))
    publisher: str | None = attrs.field(default=None, **_fields.text(optional=True))
    year: int | None = attrs.field(
        default=None, **_fields.integer(minimum=1900, maximum=2100, optional=True)
    )
    published_in: str | None = attrs.field(default=None, **_fields.text(optional=True))
    url: str | None = attrs.field(default=None, **_fields.text(optional=True))
    doi: str | None = attrs.field(default=None, **_fields.text(optional=True))
    note: str | None = attrs.field(default=None, **_fields.text(optional=True))
    pmid: str | None = attrs.field(
        default=None, **_id_format(PMID_PATTERN, "a PubMed id: digits only, e.g. '29893223'")
    )
    pmc: str | None = attrs.field(
        default=None,
        **_id_format(PMC_PATTERN, "a PubMed Central id: 'PMC' and digits, e.g. 'PMC5036255'"),
    )
    title_is_descriptive: bool = attrs.field(default=False, **_fields.flag())

    def cite(self, style: str = "vancouver") -> str:
        """This source as a formatted reference, with its DOI, PMID and PMC id as links.

        A descriptive title (hiptx's description, not the document's own) is shown
        in square brackets. Nothing is added that the source does not record.

        Args:
            style: ``"vancouver"`` (the default) or ``"apa"``.

        Raises:
            InvalidValueError: an unknown style.

        Example:
            >>> import hiptx
            >>> print(hiptx.load_catalog().sources["mellor-2018-leap"].cite())
            Mellor R, et al. [LEAP randomised trial of education plus exercise, corticosteroid injection, or wait and see for gluteal tendinopathy]. BMJ 2018;361:k1662. doi: 10.1136/bmj.k1662. Available from: https://doi.org/10.1136/bmj.k1662. PMID: 29720374. Available from: https://pubmed.ncbi.nlm.nih.gov/29720374/.

        .. versionadded:: 0.2.0
        """
        from hiptx import _cite  # the formatter; hiptx.citations adds the public checks

        return _cite.format_reference(self, style)


@attrs.frozen(kw_only=True)
class Statement:
    """A sentence the catalog states, with the citations behind it.

    Used for features, benefits, diagnostic criteria and claims. Whose claim it is
    follows from its citations' sources and their :class:`SourceKind`.

    Example:
        >>> import hiptx
        >>> s = hiptx.Statement(text="Includes help with pain relief",
        ...                     citations=(hiptx.Citation(source_id="fashion-treatments-page"),))
        >>> s.text
        'Includes help with pain relief'

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(**_fields.text())
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))


@attrs.frozen(kw_only=True)
class Evidence:
    """A study finding about a treatment: which study, how many people, what it found.

    Args:
        summary: What the study found, in plain words.
        participants: How many people were studied, where the source says.
        strength: How the figure was read (see :class:`EvidenceStrength`).
        citations: The study and any secondary source it was read in.

    Example:
        >>> import hiptx
        >>> e = hiptx.Evidence(summary="348 randomised", participants=348,
        ...                    strength=hiptx.EvidenceStrength.HIGH,
        ...                    citations=(hiptx.Citation(source_id="griffin-2018-fashion"),))
        >>> e.participants
        348

    .. versionadded:: 0.1.0
    """

    summary: str = attrs.field(**_fields.text())
    strength: EvidenceStrength = attrs.field(**_fields.choice(EvidenceStrength))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    participants: int | None = attrs.field(
        default=None, **_fields.integer(minimum=1, maximum=MAX_PARTICIPANTS, optional=True)
    )


@attrs.frozen(kw_only=True)
class Condition:
    """A hip condition that causes pain.

    Args:
        id: Stable catalog id.
        name: Its usual name.
        also_known_as: Other names it goes by.
        summary: One or two plain sentences.
        diagnosis: How it is diagnosed, per the sources.
        citations: Where the description comes from.
        codes: Standard codes for it (SNOMED CT IPS Free Set), where one fits.

    Example:
        >>> import hiptx
        >>> fai = hiptx.load_catalog().conditions["fai-syndrome"]
        >>> fai.name
        'Femoroacetabular impingement (FAI) syndrome'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``codes``.
    """

    id: str = attrs.field(**_fields.slug())
    name: str = attrs.field(**_fields.text())
    summary: str = attrs.field(**_fields.text())
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    also_known_as: tuple[str, ...] = attrs.field(default=(), **_fields.items(str))
    diagnosis: tuple[Statement, ...] = attrs.field(default=(), **_fields.items(Statement))
    codes: tuple[Code, ...] = attrs.field(default=(), **_fields.items(Code, unique=True))


def _rate_is_consistent(instance: Rate, _: attrs.Attribute[object], __: object) -> None:
    figures = (instance.estimate_percent, instance.low_percent, instance.high_percent)
    if all(f is None for f in figures):
        raise InvalidValueError("estimate_percent", None, "an estimate, a low-high range, or both")
    if (instance.low_percent is None) != (instance.high_percent is None):
        raise InvalidValueError(
            "low_percent", instance.low_percent, "low_percent and high_percent together"
        )
    low, high, estimate = instance.low_percent, instance.high_percent, instance.estimate_percent
    if low is not None and high is not None:
        if high < low:
            raise OutOfRangeError("high_percent", high, f"a number >= low_percent ({low:g})")
        if estimate is not None and not low <= estimate <= high:
            raise OutOfRangeError(
                "estimate_percent", estimate, f"a number from {low:g} to {high:g}"
            )


@attrs.frozen(kw_only=True)
class Rate:
    """How often a risk occurred in a studied population.

    A rate is an estimate, a low-high range (a confidence interval or a range across
    studies), or both, in percent, with the population and follow-up it applies to.

    Example:
        >>> import hiptx
        >>> r = hiptx.Rate(estimate_percent=1.18, low_percent=0.8, high_percent=1.74,
        ...                population="4,577 hip arthroscopies (meta-analysis)",
        ...                strength=hiptx.EvidenceStrength.HIGH,
        ...                citations=(hiptx.Citation(source_id="bolia-2018-vte"),))
        >>> str(r)
        '1.18% (0.8-1.74%)'
        >>> hiptx.Rate(estimate_percent=120, population="x", strength=hiptx.EvidenceStrength.LOW,
        ...            citations=(hiptx.Citation(source_id="x"),))
        Traceback (most recent call last):
        ...
        hiptx.errors.OutOfRangeError: estimate_percent: 120 is not allowed; expected a finite number from 0 to 100

    .. versionadded:: 0.1.0
    """

    population: str = attrs.field(**_fields.text())
    strength: EvidenceStrength = attrs.field(**_fields.choice(EvidenceStrength))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    estimate_percent: float | None = attrs.field(
        default=None, **_fields.number(maximum=100.0, optional=True)
    )
    low_percent: float | None = attrs.field(
        default=None, **_fields.number(maximum=100.0, optional=True)
    )
    high_percent: float | None = attrs.field(
        default=None, **_fields.number(maximum=100.0, also=_rate_is_consistent, optional=True)
    )
    follow_up: Span | None = attrs.field(default=None, **_fields.instance(Span, optional=True))

    def __str__(self) -> str:
        parts = []
        if self.estimate_percent is not None:
            parts.append(f"{self.estimate_percent:g}%")
        if self.low_percent is not None and self.high_percent is not None:
            interval = f"{self.low_percent:g}-{self.high_percent:g}%"
            parts.append(f"({interval})" if parts else interval)
        return " ".join(parts)


@attrs.frozen(kw_only=True)
class Risk:
    """Something that can go wrong with a treatment.

    Args:
        id: Stable catalog id.
        name: A short name, e.g. ``"Deep vein thrombosis"``.
        frequency: How often, in the source's own words (``UNKNOWN`` otherwise).
        rates: Published rates with their populations, where a source gives one.
        summary: A plain sentence, if the name needs one.
        citations: Where the risk is listed.
        codes: A standard code for it (SNOMED CT IPS Free Set), where one fits.

    Example:
        >>> import hiptx
        >>> risk = hiptx.load_catalog().risks["arthroscopy-femoral-head-damage"]
        >>> risk.frequency
        <Frequency.VERY_RARE: 'very_rare'>

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``codes``.
    """

    id: str = attrs.field(**_fields.slug())
    name: str = attrs.field(**_fields.text())
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    frequency: Frequency = attrs.field(default=Frequency.UNKNOWN, **_fields.choice(Frequency))
    rates: tuple[Rate, ...] = attrs.field(default=(), **_fields.items(Rate))
    summary: str | None = attrs.field(default=None, **_fields.text(optional=True))
    codes: tuple[Code, ...] = attrs.field(default=(), **_fields.items(Code, unique=True))


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

    Example:
        >>> import hiptx
        >>> ha = hiptx.load_catalog().treatments["hip-arthroscopy"]
        >>> [str(m.span) for m in ha.milestones if m.kind is hiptx.MilestoneKind.OFF_CRUTCHES]
        ['2 weeks']

    .. versionadded:: 0.1.0
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

    Example:
        >>> import hiptx
        >>> pht = hiptx.load_catalog().treatments["personalised-hip-therapy"]
        >>> pht.sessions, str(pht.course)
        (IntRange(low=6, high=10), '3-6 months')

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``codes``.
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


def _dose_measure_is_clear(instance: Dose, _: attrs.Attribute[object], __: object) -> None:
    if (instance.reps is None) == (instance.hold_seconds is None):
        raise InvalidValueError("reps", instance.reps, "exactly one of reps or hold_seconds")
    if instance.rep_hold_seconds is not None and instance.reps is None:
        raise InvalidValueError(
            "rep_hold_seconds", instance.rep_hold_seconds, "only together with reps"
        )


@attrs.frozen(kw_only=True)
class Dose:
    """The target dose of an exercise: sets of reps, or sets of timed holds.

    Args:
        sets: How many sets to work up to.
        reps: Repetitions per set (for rep-based work); or
        hold_seconds: Seconds per hold (for endurance holds such as planks).
        rep_hold_seconds: A pause held in each repetition, where the source gives one.
        pain_ceiling: This exercise's own pain ceiling (0-10), only where a source
            sets one for it. ``None`` (the usual case) means the catalog's rule
            (:attr:`RuleSet.pain_ceiling`) applies, so the ceiling has one home.
        citations: Where the dose comes from.

    Example:
        >>> import hiptx
        >>> d = hiptx.Dose(sets=hiptx.IntRange(2, 3), reps=hiptx.IntRange(8, 10),
        ...                citations=(hiptx.Citation(source_id="physio-network-kemp"),))
        >>> d.uses_reps, str(d)
        (True, '2-3 sets x 8-10 reps')
        >>> hiptx.Dose(sets=hiptx.IntRange(3, 3),
        ...            citations=(hiptx.Citation(source_id="physio-network-kemp"),))
        Traceback (most recent call last):
        ...
        hiptx.errors.InvalidValueError: reps: None is not allowed; expected exactly one of reps or hold_seconds

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``pain_ceiling`` is optional: the catalog's rule is the one source of truth,
       and a dose overrides it only explicitly. ``str()`` shows a rep hold.
    """

    sets: IntRange = attrs.field(**_fields.instance(IntRange))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    pain_ceiling: int | None = attrs.field(
        default=None, **_fields.integer(maximum=10, optional=True)
    )
    reps: IntRange | None = attrs.field(default=None, **_fields.instance(IntRange, optional=True))
    hold_seconds: IntRange | None = attrs.field(
        default=None, **_fields.instance(IntRange, optional=True)
    )
    rep_hold_seconds: IntRange | None = attrs.field(
        default=None, **_fields.instance(IntRange, optional=True, also=_dose_measure_is_clear)
    )

    @property
    def uses_reps(self) -> bool:
        """True for rep-based work, False for timed holds."""
        return self.reps is not None

    def __str__(self) -> str:
        amount = f"{self.reps} reps" if self.reps is not None else f"{self.hold_seconds} s holds"
        text = f"{self.sets} sets x {amount}"
        if self.rep_hold_seconds is not None:
            text += f", {self.rep_hold_seconds} s hold per rep"
        if self.pain_ceiling is not None:
            text += f", pain <= {self.pain_ceiling}/10"
        return text


@attrs.frozen(kw_only=True)
class Exercise:
    """An exercise or hands-on technique, with what it trains and its dose.

    Args:
        id: Stable catalog id.
        name: Its usual name.
        summary: How it is done, in a sentence or two.
        goal: Strength, endurance, power, flexibility or a manual technique.
        position: Starting position.
        patterns: Movement patterns it trains.
        muscles: Muscles it trains (or, for stretches and techniques, treats).
        equipment: What it needs.
        dose: Target dose, where a source gives one.
        cues: Coaching cues from the sources.
        citations: Where it comes from.
        codes: A standard code for it (SNOMED CT IPS Free Set), where one fits.

    Example:
        >>> import hiptx
        >>> ex = hiptx.load_catalog().exercises["side-lying-hip-adduction"]
        >>> ex.position, str(ex.dose)
        (<Position.SIDE_LYING: 'side_lying'>, '2-3 sets x 8-10 reps, 2-3 s hold per rep')

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``codes``.
    """

    id: str = attrs.field(**_fields.slug())
    name: str = attrs.field(**_fields.text())
    summary: str = attrs.field(**_fields.text())
    goal: ExerciseGoal = attrs.field(**_fields.choice(ExerciseGoal))
    position: Position = attrs.field(**_fields.choice(Position))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    patterns: tuple[MovementPattern, ...] = attrs.field(
        default=(), **_fields.items(MovementPattern, unique=True)
    )
    muscles: tuple[Muscle, ...] = attrs.field(default=(), **_fields.items(Muscle, unique=True))
    equipment: tuple[Equipment, ...] = attrs.field(
        default=(), **_fields.items(Equipment, unique=True)
    )
    dose: Dose | None = attrs.field(default=None, **_fields.instance(Dose, optional=True))
    cues: tuple[Statement, ...] = attrs.field(default=(), **_fields.items(Statement))
    codes: tuple[Code, ...] = attrs.field(default=(), **_fields.items(Code, unique=True))


@attrs.frozen(kw_only=True)
class Progression:
    """An ordered chain of exercises, easiest first.

    Args:
        id: Stable catalog id.
        name: What the chain trains, e.g. ``"Hip adductor strengthening"``.
        patterns: The movement patterns the chain is built to train.
        exercise_ids: Exercise ids, easiest first; no id twice.
        citations: Where the order comes from.

    Example:
        >>> import hiptx
        >>> chain = hiptx.load_catalog().progressions["hip-adductor-strengthening"]
        >>> chain.exercise_ids[0]
        'side-lying-hip-adduction'

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(**_fields.slug())
    name: str = attrs.field(**_fields.text())
    patterns: tuple[MovementPattern, ...] = attrs.field(
        **_fields.items(MovementPattern, min_items=1, unique=True)
    )
    exercise_ids: tuple[str, ...] = attrs.field(**_fields.slugs(min_items=1))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    note: str | None = attrs.field(default=None, **_fields.text(optional=True))

    def step_of(self, exercise_id: str) -> int:
        """The 0-based position of an exercise in this chain.

        Raises:
            ValueError: if the exercise is not in the chain.

        Example:
            >>> import hiptx
            >>> hiptx.load_catalog().progressions["hip-adductor-strengthening"].step_of(
            ...     "side-lying-hip-adduction")
            0
        """
        return self.exercise_ids.index(exercise_id)


@attrs.frozen(kw_only=True)
class Threshold:
    """A numeric rule threshold with the citations behind it.

    Args:
        value: The threshold.
        citations: Where it comes from.
        text: The rule in words. Where a source is an opinion (a clinic's or a
            business's), the text says whose advice it is, and rule reasons quote it.

    Example:
        >>> import hiptx
        >>> hiptx.load_catalog().rules.pain_ceiling.value
        3.0

    .. versionadded:: 0.1.0
    """

    value: float = attrs.field(**_fields.number(maximum=THRESHOLD_MAX))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    text: str | None = attrs.field(default=None, **_fields.text(optional=True))


@attrs.frozen(kw_only=True)
class ScreeningRules:
    """The statements conservative-care screening rests on, each with its sources.

    Caring Medical (a prolotherapy clinic: an opinion) gives the candidacy signs,
    for its own treatments; the Physio Network practical (Kemp, clinical education)
    gives the duty to refer. The screening rule quotes these statements as its
    reasons, so whose view each is stays visible.

    Args:
        scope: Whose screening the criteria are, and for what.
        good_candidate: The signs of a good candidate.
        poor_candidate: The signs of a poor candidate.
        failed_physiotherapy: What a failed full course of physiotherapy means.
        refer_when_appropriate: The duty to refer to a surgeon.

    Example:
        >>> import hiptx
        >>> s = hiptx.load_catalog().rules.screening
        >>> s.poor_candidate.citations[0].source_id
        'caring-medical-exercise-hip'

    .. versionadded:: 0.1.0
    """

    scope: Statement = attrs.field(**_fields.instance(Statement))
    good_candidate: Statement = attrs.field(**_fields.instance(Statement))
    poor_candidate: Statement = attrs.field(**_fields.instance(Statement))
    failed_physiotherapy: Statement = attrs.field(**_fields.instance(Statement))
    refer_when_appropriate: Statement = attrs.field(**_fields.instance(Statement))


@attrs.frozen(kw_only=True)
class RedFlagRule:
    """Where one red flag sends the patient, and what to do.

    Every pathway is urgent (:class:`Pathway`), so no catalog can make a red flag
    look harmless.

    Args:
        flag: The red flag.
        pathway: Where it sends the patient.
        action: What to do, in the pathway's terms.
        citations: The pathways that list it.

    Example:
        >>> import hiptx
        >>> rule = hiptx.RedFlagRule(flag=hiptx.RedFlag.SUSPECTED_FRACTURE,
        ...     pathway=hiptx.Pathway.A_AND_E, action="Send to A&E.",
        ...     citations=(hiptx.Citation(source_id="nhs-gloucestershire-hip-red-flags"),))
        >>> rule.urgency.value
        'emergency'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``pathway`` replaces the ``urgency`` field, which is now derived from it.
    """

    flag: RedFlag = attrs.field(**_fields.choice(RedFlag))
    pathway: Pathway = attrs.field(**_fields.choice(Pathway))
    action: str = attrs.field(**_fields.text())
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))

    @property
    def urgency(self) -> Urgency:
        """How soon the pathway acts (always urgent)."""
        return self.pathway.urgency


@attrs.frozen(kw_only=True)
class RedFlagCombination:
    """Red flags that together imply another, more specific one.

    For example a hot, swollen joint with fever implies suspected infection, which
    the pathways send to A&E. Combinations only ever add flags, so adding a flag
    to a patient's list can never make the referral less urgent.

    Args:
        flags: The flags that must all be present.
        implies: The flag they imply.
        reading: Why, in words that say whose reading it is.
        citations: The pathways the reading rests on.
        hiptx_reading: True where the reading is hiptx's own rather than the
            pathways' (its reason is then marked as hiptx's own default).

    Example:
        >>> import hiptx
        >>> combo = hiptx.load_catalog().rules.red_flag_combinations[0]
        >>> combo.implies in hiptx.RedFlag
        True

    .. versionadded:: 0.2.0
    """

    flags: tuple[RedFlag, ...] = attrs.field(**_fields.items(RedFlag, min_items=1, unique=True))
    implies: RedFlag = attrs.field(**_fields.choice(RedFlag))
    reading: str = attrs.field(**_fields.text())
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    hiptx_reading: bool = attrs.field(default=False, **_fields.flag())

    def __attrs_post_init__(self) -> None:
        if self.implies in self.flags:
            raise InvalidValueError(
                "implies", self.implies.value, "a flag other than the ones that imply it"
            )


def _threshold_within(low: float, high: float, what: str) -> _fields.Validator:
    """A check that a threshold's value fits the scale it is measured on."""

    def check(_: object, attribute: attrs.Attribute[object], value: object) -> None:
        if isinstance(value, Threshold) and not low <= value.value <= high:
            raise OutOfRangeError(
                f"{attribute.name}.value", value.value, f"{what} from {low:g} to {high:g}"
            )

    return check


def _one_rule_per_flag(
    _: object, __: attrs.Attribute[object], rules: tuple[RedFlagRule, ...]
) -> None:
    # Two rules for one flag would make the referral depend on their order.
    seen: set[RedFlag] = set()
    for rule in rules:
        if rule.flag in seen:
            raise InvalidValueError("red_flags", rule.flag.value, "at most one rule per red flag")
        seen.add(rule.flag)


@attrs.frozen(kw_only=True)
class RuleSet:
    """The thresholds the rules use, kept as data so each cites its source.

    Args:
        pain_ceiling: Most pain (0-10) acceptable during and 24 h after exercise.
        lingering_pain_hours: Joint pain lasting longer than this after exercise
            means the load was too much (a clinic's advice; its text says whose).
        sharp_joint_pain: Why sharp joint pain means the load was too much.
        hot_or_swollen_joint: Why a hot or swollen joint after exercise means the
            load was too much.
        pain_increased_over_a_day: Why hip pain that stays up for more than a day
            after exercise stops progression.
        aerobic_minutes_per_week: Weekly aerobic activity recommended.
        strength_sessions_per_week: Weekly strength sessions recommended.
        screening: The statements conservative-care screening rests on.
        red_flags: Where each red flag sends the patient; at most one rule per flag.
        red_flag_combinations: Flags that together imply a more specific one.

    Example:
        >>> import hiptx
        >>> rules = hiptx.load_catalog().rules
        >>> rules.lingering_pain_hours.value, rules.pain_ceiling.value
        (2.0, 3.0)

    .. versionadded:: 0.1.0
    """

    pain_ceiling: Threshold = attrs.field(
        **_fields.instance(Threshold, also=_threshold_within(0, 10, "a pain score"))
    )
    lingering_pain_hours: Threshold = attrs.field(
        **_fields.instance(Threshold, also=_threshold_within(0, 24, "hours"))
    )
    sharp_joint_pain: Statement = attrs.field(**_fields.instance(Statement))
    hot_or_swollen_joint: Statement = attrs.field(**_fields.instance(Statement))
    pain_increased_over_a_day: Statement = attrs.field(**_fields.instance(Statement))
    aerobic_minutes_per_week: Threshold = attrs.field(
        **_fields.instance(Threshold, also=_threshold_within(0, 7 * 24 * 60, "minutes in a week"))
    )
    strength_sessions_per_week: Threshold = attrs.field(
        **_fields.instance(Threshold, also=_threshold_within(0, 7 * 3, "sessions in a week"))
    )
    screening: ScreeningRules = attrs.field(**_fields.instance(ScreeningRules))
    red_flags: tuple[RedFlagRule, ...] = attrs.field(
        default=(), **_fields.items(RedFlagRule, also=_one_rule_per_flag)
    )
    red_flag_combinations: tuple[RedFlagCombination, ...] = attrs.field(
        default=(), **_fields.items(RedFlagCombination, unique=True)
    )
