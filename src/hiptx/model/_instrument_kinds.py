"""The closed vocabularies of outcome questionnaires: how a score is made, who may use it, what a threshold means.

Part of the instrument model (``_instruments`` holds the classes these type), kept
apart because each is a short enum read on its own, where the classes are read
together with their data file.
"""

from __future__ import annotations

from hiptx._enum import ValueEnum

__all__ = [
    "Audience",
    "Imputation",
    "LicenceStatus",
    "PopulationGroup",
    "RuleTopic",
    "ScoringMethod",
    "ThresholdKind",
]


class ScoringMethod(ValueEnum):
    """How an instrument turns answers into a score.

    ``NORMALISED_MEAN``: the mean of the answered items, placed on 0-100 so that
    the best answer scores 100 (HOOS's 100 - mean / 4 x 100, HOS's sum / (4 x
    answered) x 100, FJS-12's 100 - (sum - 12) / 48 x 100 after filling missing
    items, iHOT's plain mean). ``SUM``: the item sum times a multiplier (Oxford Hip
    Score x 1, NAHS x 1.25). ``CONVERSION_TABLE``: the raw sum looked up in the
    owner's table (HOOS-PS).

    Example:
        >>> import hiptx
        >>> hiptx.ScoringMethod("conversion_table")
        <ScoringMethod.CONVERSION_TABLE: 'conversion_table'>

    .. versionadded:: 0.2.0
    """

    NORMALISED_MEAN = "normalised_mean"
    SUM = "sum"
    CONVERSION_TABLE = "conversion_table"


class Imputation(ValueEnum):
    """What stands in for a missing item of a scale that has enough answers.

    ``NONE``: nothing; the score rests on the answered items. ``PERSON_MEAN``: the
    mean of the person's answered items in the scale (FJS-12; hiptx's reading of
    HOOS-12's "person-specific estimate"). For a normalised mean the two give the
    same score; hiptx records which rule applied.

    Example:
        >>> import hiptx
        >>> hiptx.Imputation.PERSON_MEAN.value
        'person_mean'

    .. versionadded:: 0.2.0
    """

    NONE = "none"
    PERSON_MEAN = "person_mean"


class LicenceStatus(ValueEnum):
    """Who may use an instrument, as far as a verifiable source says.

    Example:
        >>> import hiptx
        >>> hiptx.load_catalog().instruments["oxford-hip-score"].licence.status
        <LicenceStatus.LICENCE_REQUIRED: 'licence_required'>

    .. versionadded:: 0.2.0
    """

    PUBLIC_DOMAIN = "public_domain"
    FREE_WITH_ATTRIBUTION = "free_with_attribution"
    LICENCE_REQUIRED = "licence_required"
    UNKNOWN = "unknown"


class ThresholdKind(ValueEnum):
    """What a published score threshold means.

    ``MCID``/``MCII``/``MIC``/``MID``: the smallest change that matters (minimal
    clinically important difference / improvement, minimal important change,
    minimal important difference). ``SCB``: substantial clinical benefit. ``MDC``
    and ``SDC``: the smallest change beyond measurement error. ``PASS``: the
    state patients find acceptable (a level, not a change).

    Example:
        >>> import hiptx
        >>> hiptx.ThresholdKind.PASS.is_change
        False

    .. versionadded:: 0.2.0
    """

    MCID = "mcid"
    MCII = "mcii"
    MIC = "mic"
    MID = "mid"
    SCB = "scb"
    MDC = "mdc"
    SDC = "sdc"
    PASS = "pass"  # noqa: S105 - the patient acceptable symptom state, not a password

    @property
    def is_change(self) -> bool:
        """True for thresholds on a change from baseline; False for a state (PASS)."""
        return self is not ThresholdKind.PASS


class Audience(ValueEnum):
    """Whether a threshold was derived for one person's change or a group's mean.

    A threshold for groups does not judge one patient; the interpretation says so
    and leaves it out.

    Example:
        >>> import hiptx
        >>> hiptx.Audience("group")
        <Audience.GROUP: 'group'>

    .. versionadded:: 0.2.0
    """

    INDIVIDUAL = "individual"
    GROUP = "group"
    UNSPECIFIED = "unspecified"


class PopulationGroup(ValueEnum):
    """The kind of patients a threshold was derived in.

    A threshold belongs to its population: :func:`hiptx.interpret_scores` uses only
    thresholds of the population asked for, and says when none exists.

    Example:
        >>> import hiptx
        >>> hiptx.PopulationGroup("hip-replacement")
        <PopulationGroup.HIP_REPLACEMENT: 'hip-replacement'>

    .. versionadded:: 0.2.0
    """

    HIP_REPLACEMENT = "hip-replacement"
    HIP_ARTHROSCOPY = "hip-arthroscopy"
    NON_ARTHRITIC_NON_OPERATIVE = "non-arthritic-non-operative"
    ACTIVE_HIP_GROIN_PAIN = "active-hip-groin-pain"


class RuleTopic(ValueEnum):
    """What part of scoring a :class:`ScoringRule` governs.

    Example:
        >>> import hiptx
        >>> hiptx.RuleTopic("missing_items")
        <RuleTopic.MISSING_ITEMS: 'missing_items'>

    .. versionadded:: 0.2.0
    """

    SCORING = "scoring"
    MISSING_ITEMS = "missing_items"
    ANSWERS = "answers"
    ROUNDING = "rounding"
