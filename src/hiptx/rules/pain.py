"""Pain monitoring: one logged session, and how the hip responded to it.

Seed 003 sets the pain ceiling (pain during and in the 24 hours after exercise up
to 3/10 is acceptable); seed 004 says when the load was too much (joint pain lasting
more than 2 hours, sharp joint pain, a hot or swollen joint). Both thresholds are
read from the catalog's :class:`~hiptx.RuleSet`, not written here.
"""

from __future__ import annotations

from enum import Enum

import attrs

from hiptx import _args, _fields
from hiptx.errors import InvalidValueError
from hiptx.explain import Reason, ReasonCode
from hiptx.model import RuleSet

__all__ = ["PainAssessment", "PainResponse", "SessionRecord", "classify_pain"]


def __dir__() -> list[str]:
    return __all__


def _one_measure(instance: SessionRecord, _: attrs.Attribute[object], __: object) -> None:
    if (instance.reps is None) == (instance.hold_seconds is None):
        raise InvalidValueError(
            "reps", instance.reps, "exactly one of reps (for rep work) or hold_seconds (for holds)"
        )


@attrs.frozen(kw_only=True)
class SessionRecord:
    """One logged exercise session.

    Args:
        sets: Sets completed.
        reps: Repetitions the weakest set reached (rep-based exercises); or
        hold_seconds: Seconds the weakest hold lasted (timed holds).
        pain_during: Pain during exercise, 0-10.
        pain_after_24h: Pain in the 24 hours after, 0-10.
        pain_lasted_hours: How long joint pain lasted after exercise, in hours.
        sharp_pain: Whether the joint pain was sharp.
        swelling: Whether the joint was swollen afterwards.
        hot_joint: Whether the joint was hot afterwards.

    Raises:
        OutOfRangeError: pain outside 0-10, a negative count or duration.
        WrongTypeError: pain as a float or string, a count as a bool, ...
        InvalidValueError: neither or both of ``reps`` and ``hold_seconds``.

    Example:
        >>> import hiptx
        >>> hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=2).reps
        10
        >>> hiptx.SessionRecord(sets=3, reps=10, pain_during=11, pain_after_24h=2)
        Traceback (most recent call last):
        ...
        hiptx.errors.OutOfRangeError: pain_during: 11 is not allowed; expected an integer from 0 to 10

    .. versionadded:: 0.1.0
    """

    sets: int = attrs.field(**_fields.integer())
    pain_during: int = attrs.field(**_fields.integer(maximum=10))
    pain_after_24h: int = attrs.field(**_fields.integer(maximum=10))
    reps: int | None = attrs.field(default=None, **_fields.integer(optional=True))
    hold_seconds: int | None = attrs.field(
        default=None, **_fields.integer(optional=True, also=_one_measure)
    )
    pain_lasted_hours: float = attrs.field(default=0.0, **_fields.number())
    sharp_pain: bool = attrs.field(default=False, **_fields.flag())
    swelling: bool = attrs.field(default=False, **_fields.flag())
    hot_joint: bool = attrs.field(default=False, **_fields.flag())

    @property
    def peak_pain(self) -> int:
        """The higher of pain during and pain in the 24 hours after."""
        return max(self.pain_during, self.pain_after_24h)


class PainResponse(Enum):
    """How the hip responded to one session.

    Example:
        >>> import hiptx
        >>> [r.value for r in hiptx.PainResponse]
        ['acceptable', 'above_ceiling', 'overload']

    .. versionadded:: 0.1.0
    """

    #: Pain during and after stayed within the ceiling.
    ACCEPTABLE = "acceptable"
    #: Pain went above the ceiling but settled (no sign of overload).
    ABOVE_CEILING = "above_ceiling"
    #: The load was too much, shown by lingering or sharp joint pain or a hot or swollen joint.
    OVERLOAD = "overload"


@attrs.frozen(kw_only=True)
class PainAssessment:
    """The pain response to one session, with its reasons.

    Example:
        >>> import hiptx
        >>> rules = hiptx.load_catalog().rules
        >>> a = hiptx.classify_pain(hiptx.SessionRecord(sets=3, reps=8, pain_during=5,
        ...                         pain_after_24h=2), rules=rules)
        >>> a.response, a.reasons[0].code
        (<PainResponse.ABOVE_CEILING: 'above_ceiling'>, <ReasonCode.PAIN_ABOVE_CEILING: 'pain-above-ceiling'>)

    .. versionadded:: 0.1.0
    """

    response: PainResponse
    reasons: tuple[Reason, ...]


def classify_pain(
    session: SessionRecord, *, rules: RuleSet, pain_ceiling: int | None = None
) -> PainAssessment:
    """Classify one session's pain response against the catalog's thresholds.

    Overload signs (seed 004) outrank the ceiling (seed 003): a session with
    lingering joint pain is an overload even if its scores were low.

    Args:
        session: The logged session.
        rules: The catalog's thresholds (``catalog.rules``).
        pain_ceiling: An exercise's own ceiling, if its dose sets one; else
            ``rules.pain_ceiling``.

    Example:
        >>> import hiptx
        >>> rules = hiptx.load_catalog().rules
        >>> s = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1,
        ...                         pain_lasted_hours=3.0)
        >>> hiptx.classify_pain(s, rules=rules).response
        <PainResponse.OVERLOAD: 'overload'>

    .. versionadded:: 0.1.0
    """
    _args.require("session", session, SessionRecord, "a SessionRecord")
    _args.require("rules", rules, RuleSet, "a RuleSet (catalog.rules)")
    ceiling = rules.pain_ceiling.value if pain_ceiling is None else pain_ceiling
    lingering = rules.lingering_pain_hours
    overload: list[Reason] = []
    if session.pain_lasted_hours > lingering.value:
        overload.append(
            Reason(
                code=ReasonCode.PAIN_LINGERED,
                message=f"Joint pain lasted {session.pain_lasted_hours:g} h, more than "
                f"{lingering.value:g} h after exercise: the load was too much.",
                citations=lingering.citations,
            )
        )
    if session.sharp_pain:
        overload.append(
            Reason(
                code=ReasonCode.SHARP_PAIN,
                message="The exercise caused sharp joint pain: the load was too much.",
                citations=lingering.citations,
            )
        )
    if session.swelling or session.hot_joint:
        overload.append(
            Reason(
                code=ReasonCode.HOT_OR_SWOLLEN_JOINT,
                message="The joint was hot or swollen after exercise: the load was too much.",
                citations=rules.hot_or_swollen_joint.citations,
            )
        )
    if overload:
        return PainAssessment(response=PainResponse.OVERLOAD, reasons=tuple(overload))
    scores = f"pain {session.pain_during}/10 during and {session.pain_after_24h}/10 after"
    if session.peak_pain > ceiling:
        return PainAssessment(
            response=PainResponse.ABOVE_CEILING,
            reasons=(
                Reason(
                    code=ReasonCode.PAIN_ABOVE_CEILING,
                    message=f"{scores.capitalize()} is above the {ceiling:g}/10 ceiling, "
                    "but settled without signs of overload.",
                    citations=rules.pain_ceiling.citations,
                ),
            ),
        )
    return PainAssessment(
        response=PainResponse.ACCEPTABLE,
        reasons=(
            Reason(
                code=ReasonCode.PAIN_WITHIN_CEILING,
                message=f"{scores.capitalize()} is within the {ceiling:g}/10 ceiling.",
                citations=rules.pain_ceiling.citations,
            ),
        ),
    )
