"""Explanations: every rule result says why, with codes, sentences and citations.

A :class:`Reason` has a machine-readable :class:`ReasonCode` for apps to switch on,
a plain sentence for people, and the citations that back it, so a clinician can
check the basis of an answer instead of trusting it.

A :class:`Reason` an app builds is checked field by field. The rules build theirs
from parts already checked (catalog data, validated inputs) through trusted
constructors: re-checking every output would make each rule call several times
slower, and the tests compare both ways of building field for field. Their
sentences are checked all the same (one regex each), since a sentence may carry
an app's or a catalog's words. A cited reason has one way to be built,
:meth:`Reason.cited`; :func:`reason_maker` is its form for a hot path that gives
one code and one set of citations many sentences.

Long because :class:`ReasonCode` lists every code a rule gives and :class:`Reason`
has one documented constructor per :class:`Basis`, each with its example.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs

from hiptx import _fields
from hiptx._enum import ValueEnum
from hiptx._trusted import constructor
from hiptx.errors import InvalidValueError
from hiptx.model import Citation, Source
from hiptx.vocab import SourceKind

__all__ = ["Basis", "Reason", "ReasonCode"]


def __dir__() -> list[str]:
    return __all__


class ReasonCode(ValueEnum):
    """Why a rule decided what it did. Values are stable; apps may switch on them.

    Example:
        >>> import hiptx
        >>> hiptx.ReasonCode("target-dose-met")
        <ReasonCode.TARGET_DOSE_MET: 'target-dose-met'>

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added the programme codes (``session-days``, ``build-up``,
       ``build-up-paused``, ``target-dose``, ``pain-ceiling``, ``not-scheduled``).
       Added the outcome-measure codes (``scale-scored``, ``too-few-answers``,
       ``missing-items-filled``, ``not-applicable-items``, ``licence``,
       ``threshold-reached``, ``threshold-not-reached``,
       ``no-threshold-for-population``, ``group-threshold-not-applied``,
       ``score-missing``, ``score-worsened``); and ``pain-increased-next-day``,
       ``clinician-choice``, ``train-other-side``, ``check-for-infection``,
       ``sessions-sorted``, ``severe-pain``.
    """

    # recovery
    MILESTONE_APPLIES = "milestone-applies"
    MILESTONE_FOR_JOB = "milestone-for-job"
    MILESTONE_FOR_PROTOCOL = "milestone-for-protocol"
    JOB_DEMAND_NEEDED = "job-demand-needed"
    OTHER_PROTOCOL_EXISTS = "other-protocol-exists"
    VAGUE_FIGURE = "vague-figure"
    NO_FIGURE = "no-figure"
    OPEN_ENDED = "open-ended"
    # pain monitoring and progression
    PAIN_WITHIN_CEILING = "pain-within-ceiling"
    PAIN_ABOVE_CEILING = "pain-above-ceiling"
    PAIN_NOT_SETTLED = "pain-not-settled"
    PAIN_LINGERED = "pain-lingered"
    SAFER_RULE_APPLIED = "safer-rule-applied"
    OVERLOAD_IN_HISTORY = "overload-in-history"
    SHARP_PAIN = "sharp-pain"
    HOT_OR_SWOLLEN_JOINT = "hot-or-swollen-joint"
    PAIN_RISING = "pain-rising"
    PAIN_INCREASED_NEXT_DAY = "pain-increased-next-day"
    CLINICIAN_CHOICE = "clinician-choice"
    TRAIN_OTHER_SIDE = "train-other-side"
    CHECK_FOR_INFECTION = "check-for-infection"
    SESSIONS_SORTED = "sessions-sorted"
    SEVERE_PAIN = "severe-pain"
    TARGET_DOSE_MET = "target-dose-met"
    TARGET_DOSE_NOT_MET = "target-dose-not-met"
    NO_SESSIONS = "no-sessions"
    NO_DOSE = "no-dose"
    NEXT_STEP = "next-step"
    PREVIOUS_STEP = "previous-step"
    TOP_OF_CHAIN = "top-of-chain"
    BOTTOM_OF_CHAIN = "bottom-of-chain"
    NOT_IN_CHAIN = "not-in-chain"
    NO_EXERCISE_ADVICE = "no-exercise-advice"
    # plans and coverage
    IMPAIRED_PATTERN = "impaired-pattern"
    START_AT_FIRST_LEVEL = "start-at-first-level"
    OTHER_CHAINS = "other-chains"
    NO_CHAIN_FOR_PATTERN = "no-chain-for-pattern"
    NOT_TRAINING = "not-training"
    NO_TARGETS_RECORDED = "no-targets-recorded"
    TARGETS_FROM_SOURCE = "targets-from-source"
    READING_INCOMPLETE = "reading-incomplete"
    ASSESSMENT_PAIN_ABOVE_CEILING = "assessment-pain-above-ceiling"
    ASSESSMENT_PAIN_WITHIN_CEILING = "assessment-pain-within-ceiling"
    PAIN_SCORE_NOT_RECORDED = "pain-score-not-recorded"
    # programmes
    SESSION_DAYS = "session-days"
    BUILD_UP = "build-up"
    BUILD_UP_PAUSED = "build-up-paused"
    TARGET_DOSE = "target-dose"
    PAIN_CEILING = "pain-ceiling"
    NOT_SCHEDULED = "not-scheduled"
    # screening
    GOOD_CANDIDATE_SIGNS = "good-candidate-signs"
    POOR_CANDIDATE_SIGNS = "poor-candidate-signs"
    MIXED_SIGNS = "mixed-signs"
    UNKNOWN_SIGNS = "unknown-signs"
    FAILED_PHYSIOTHERAPY = "failed-physiotherapy"
    REFER_WHEN_APPROPRIATE = "refer-when-appropriate"
    SCREENING_SCOPE = "screening-scope"
    NO_GOOD_CANDIDATE_SIGNS = "no-good-candidate-signs"
    RED_FLAG = "red-flag"
    RED_FLAG_COMBINATION = "red-flag-combination"
    NO_RED_FLAGS = "no-red-flags"
    GUIDELINE_MET = "guideline-met"
    GUIDELINE_NOT_MET = "guideline-not-met"
    # after surgery (issue 22)
    POST_OPERATIVE_PRECAUTION = "post-operative-precaution"
    WEIGHT_BEARING_ORDER = "weight-bearing-order"
    SURGEON_ORDER = "surgeon-order"
    SAFER_READING = "safer-reading"
    APPROACH_ASSUMED = "approach-assumed"
    EVIDENCE_AGAINST = "evidence-against"
    RESTRICTED_AFTER_SURGERY = "restricted-after-surgery"
    REHAB_PHASE = "rehab-phase"
    PHASE_TIME_NOT_PASSED = "phase-time-not-passed"
    PHASE_CRITERIA_NOT_MET = "phase-criteria-not-met"
    NO_REHAB_PHASES = "no-rehab-phases"
    AGE_EFFECT = "age-effect"
    AGE_NOT_IN_SOURCES = "age-not-in-sources"
    # outcome measures
    SCALE_SCORED = "scale-scored"
    TOO_FEW_ANSWERS = "too-few-answers"
    MISSING_ITEMS_FILLED = "missing-items-filled"
    NOT_APPLICABLE_ITEMS = "not-applicable-items"
    LICENCE = "licence"
    THRESHOLD_REACHED = "threshold-reached"
    THRESHOLD_NOT_REACHED = "threshold-not-reached"
    NO_THRESHOLD_FOR_POPULATION = "no-threshold-for-population"
    GROUP_THRESHOLD_NOT_APPLIED = "group-threshold-not-applied"
    SCORE_MISSING = "score-missing"
    SCORE_WORSENED = "score-worsened"


class Basis(ValueEnum):
    """What a reason rests on.

    ``SOURCES``: its citations back what it says. ``HIPTX_DEFAULT``: it is hiptx's
    own default or advice, which no source states; it carries no citation, and the
    docs list every such default. ``INPUT``: it only restates the input (for
    example "no sessions were logged"), so there is nothing to cite.
    ``CLINICIAN``: a clinician's recorded choice (who and why are in the
    message). ``SURGEON``: the operating surgeon's orders for this patient.
    ``LOCAL_OVERRIDE``: a value a clinic's own catalog set in place of the
    sources' (named as that catalog's override). None of these three silences a
    safety rule: a red flag still stops all exercise advice.

    Example:
        >>> import hiptx
        >>> hiptx.Basis("hiptx_default")
        <Basis.HIPTX_DEFAULT: 'hiptx_default'>

    .. versionadded:: 0.2.0
    """

    SOURCES = "sources"
    HIPTX_DEFAULT = "hiptx_default"
    INPUT = "input"
    CLINICIAN = "clinician"
    SURGEON = "surgeon"
    LOCAL_OVERRIDE = "local_override"


#: Each source kind's position in :class:`SourceKind`: evidence kinds are listed in
#: that order.
_KIND_ORDER = {kind: position for position, kind in enumerate(SourceKind)}


def _evidence_kinds(
    citations: tuple[Citation, ...], sources: Mapping[str, Source]
) -> tuple[SourceKind, ...]:
    """The kinds of the cited sources, in :class:`SourceKind` order.

    Worked out on each call, not kept: a reason's few citations cost a lookup
    each, and the rules' hot paths build their reasons' kinds once per catalog
    object (the catalog holds those, see :mod:`hiptx._derived`).
    """
    found = {
        source.kind
        for citation in citations
        if (source := sources.get(citation.source_id)) is not None
    }
    return tuple(sorted(found, key=_KIND_ORDER.__getitem__))


def _default_basis(reason: Reason) -> Basis:
    return Basis.SOURCES if reason.citations else Basis.INPUT


def _no_borrowed_citation(reason: Reason, _: attrs.Attribute[Basis], basis: Basis) -> None:
    # hiptx's own advice must never look as if a source said it.
    if basis is Basis.HIPTX_DEFAULT and reason.citations:
        raise InvalidValueError(
            "citations", reason.citations, "no citation on a reason marked as hiptx's own default"
        )


@attrs.frozen(kw_only=True)
class Reason:
    """One reason behind a rule's result.

    Args:
        code: What kind of reason it is, for programs.
        message: A plain sentence, for people. Where the reason rests on an
            opinion (a clinic's or a business's), the sentence says whose.
        citations: The sources that back it (empty for hiptx's own defaults and
            for bookkeeping such as "no sessions were given").
        basis: What it rests on: the cited sources, hiptx's own default, or the
            input alone. Defaults to ``SOURCES`` with citations, else ``INPUT``.
        evidence_kinds: The kinds of the cited sources, so an app can filter
            (for example hide or flag opinions).

    Example:
        >>> import hiptx
        >>> r = hiptx.Reason(code=hiptx.ReasonCode.NO_SESSIONS, message="No sessions were logged.")
        >>> str(r), r.basis
        ('no-sessions: No sessions were logged.', <Basis.INPUT: 'input'>)

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``basis``, ``evidence_kinds`` and :attr:`rests_on_opinion`.
    """

    # Validated when an app builds a Reason (or reads one back with from_dict); the
    # rules build theirs through trusted constructors from checked parts.
    code: ReasonCode = attrs.field(**_fields.choice(ReasonCode))
    message: str = attrs.field(**_fields.text())
    citations: tuple[Citation, ...] = attrs.field(
        default=(), **_fields.items(Citation, unique=False)
    )
    basis: Basis = attrs.field(
        default=attrs.Factory(_default_basis, takes_self=True),
        **_fields.choice(Basis, also=_no_borrowed_citation),
    )
    evidence_kinds: tuple[SourceKind, ...] = attrs.field(
        default=(), **_fields.items(SourceKind, unique=False)
    )

    @classmethod
    def cited(
        cls,
        code: ReasonCode,
        message: str,
        citations: tuple[Citation, ...],
        sources: Mapping[str, Source],
    ) -> Reason:
        """A reason backed by ``citations``, with the kinds of their sources filled in.

        Args:
            code: The reason code.
            message: The sentence.
            citations: The citations that back it.
            sources: The catalog's sources (``catalog.sources``), to look up kinds.

        Example:
            >>> import hiptx
            >>> cat = hiptx.load_catalog()
            >>> rule = cat.rules.hot_or_swollen_joint
            >>> r = hiptx.Reason.cited(hiptx.ReasonCode.HOT_OR_SWOLLEN_JOINT, rule.text,
            ...                        rule.citations, cat.sources)
            >>> r.evidence_kinds, r.rests_on_opinion
            ((<SourceKind.CLINIC_OPINION: 'clinic_opinion'>,), True)
        """
        # The citations first: their sources' kinds are looked up next, and an item
        # that is not a Citation is a WrongTypeError, not an AttributeError.
        _check_citations(None, _CITATIONS, citations)
        kinds = _evidence_kinds(citations, sources)
        if cls is Reason and type(code) is ReasonCode:
            # The sentence is checked as Reason's own check would (HZ-036); nothing
            # else can fail (it is never hiptx's default), so the rules' most
            # frequent object is built without the other checks.
            _check_message(None, _MESSAGE, message)
            return _new_reason(
                code, message, citations, Basis.SOURCES if citations else Basis.INPUT, kinds
            )
        return cls(code=code, message=message, citations=citations, evidence_kinds=kinds)

    @classmethod
    def hiptx_default(cls, code: ReasonCode, message: str) -> Reason:
        """A reason that is hiptx's own default or advice: no citation, marked as such.

        Example:
            >>> import hiptx
            >>> r = hiptx.Reason.hiptx_default(hiptx.ReasonCode.PAIN_RISING, "Watch the load.")
            >>> r.basis.value, r.citations
            ('hiptx_default', ())

        .. versionadded:: 0.2.0
        """
        return cls._uncited(code, message, Basis.HIPTX_DEFAULT)

    @classmethod
    def from_input(cls, code: ReasonCode, message: str) -> Reason:
        """A reason that only restates the input ("no sessions were logged"): nothing to cite.

        Example:
            >>> import hiptx
            >>> r = hiptx.Reason.from_input(hiptx.ReasonCode.NO_SESSIONS, "No sessions.")
            >>> r.basis.value, r == hiptx.Reason(code=r.code, message="No sessions.")
            ('input', True)

        .. versionadded:: 0.3.0
        """
        return cls._uncited(code, message, Basis.INPUT)

    @classmethod
    def clinician(cls, code: ReasonCode, message: str) -> Reason:
        """A clinician's recorded choice; ``message`` names who made it and why.

        Example:
            >>> import hiptx
            >>> r = hiptx.Reason.clinician(hiptx.ReasonCode.CLINICIAN_CHOICE,
            ...                            "Kept at this level, chosen by Dr A: tired.")
            >>> r.basis.value, r.citations
            ('clinician', ())

        .. versionadded:: 0.3.0
        """
        return cls._uncited(code, message, Basis.CLINICIAN)

    @classmethod
    def surgeon(cls, code: ReasonCode, message: str) -> Reason:
        """The operating surgeon's order for this patient.

        Example:
            >>> import hiptx
            >>> r = hiptx.Reason.surgeon(hiptx.ReasonCode.SURGEON_ORDER, "No precautions.")
            >>> r.basis.value
            'surgeon'

        .. versionadded:: 0.3.0
        """
        return cls._uncited(code, message, Basis.SURGEON)

    @classmethod
    def local_override(cls, code: ReasonCode, message: str) -> Reason:
        """A value a clinic's own catalog set in place of the sources' (the message names it).

        It cites nothing: the quotes behind a threshold give the sources' value,
        not the one applied.

        Example:
            >>> import hiptx
            >>> r = hiptx.Reason.local_override(hiptx.ReasonCode.PAIN_LINGERED, "Too long.")
            >>> r.basis.value, r.citations
            ('local_override', ())

        .. versionadded:: 0.3.0
        """
        return cls._uncited(code, message, Basis.LOCAL_OVERRIDE)

    @classmethod
    def _uncited(cls, code: ReasonCode, message: str, basis: Basis) -> Reason:
        if cls is Reason and type(code) is ReasonCode:
            # The sentence may carry a clinician's or a surgeon's words: checked
            # (one regex in the common case); nothing else can fail Reason's checks.
            _check_message(None, _MESSAGE, message)
            return _new_reason(code, message, (), basis, ())
        return cls(code=code, message=message, basis=basis)

    @property
    def rests_on_opinion(self) -> bool:
        """True when any cited source argues a clinic's or a business's position."""
        return any(kind.is_opinion for kind in self.evidence_kinds)

    def __str__(self) -> str:
        return f"{self.code.value}: {self.message}"


# The private implementation of the classmethods above: one value per field, in
# order (code, message, citations, basis, evidence_kinds), without validators.
_new_reason = constructor(Reason)
_MESSAGE = attrs.fields(Reason).message
_check_message: Callable[[object, attrs.Attribute[str], str], None] = _MESSAGE.validator  # type: ignore[assignment]
_CITATIONS = attrs.fields(Reason).citations
_check_citations: Callable[[object, attrs.Attribute[tuple[Citation, ...]], object], None] = (
    _CITATIONS.validator  # type: ignore[assignment]
)


def reason_maker(
    code: ReasonCode, citations: tuple[Citation, ...], sources: Mapping[str, Source]
) -> Callable[[str], Reason]:
    """:meth:`Reason.cited`'s fast form for one code and one set of citations.

    ``reason_maker(code, citations, sources)(message)`` equals
    ``Reason.cited(code, message, citations, sources)`` and checks the same: the
    code, the citations and the kinds of their sources once, here; the sentence on
    each call. It is not a second way to build a cited reason but the same one,
    split for the rules' hot paths, which give one code many sentences.

    Example:
        >>> import hiptx
        >>> from hiptx.explain import reason_maker
        >>> cat = hiptx.load_catalog()
        >>> make = reason_maker(hiptx.ReasonCode.SHARP_PAIN,
        ...                     cat.rules.sharp_joint_pain.citations, cat.sources)
        >>> make("Sharp pain.") == hiptx.Reason.cited(hiptx.ReasonCode.SHARP_PAIN,
        ...     "Sharp pain.", cat.rules.sharp_joint_pain.citations, cat.sources)
        True
        >>> make("")
        Traceback (most recent call last):
        ...
        hiptx.errors.OutOfRangeError: message: '' is not allowed; expected a non-empty string
    """
    # Built once through Reason.cited's checks, then copied with a new sentence,
    # checked as cited checks it: nothing else can differ.
    model = Reason.cited(code, "-", citations, sources)
    checked_code, checked_citations = model.code, model.citations
    basis, kinds = model.basis, model.evidence_kinds

    def make(message: str) -> Reason:
        _check_message(None, _MESSAGE, message)
        return _new_reason(checked_code, message, checked_citations, basis, kinds)

    return make
