"""What a progression decision is: its outcome, the end of the chain it met, and why.

The result of :func:`hiptx.check_progression` (importable from
:mod:`hiptx.rules.progression` and :mod:`hiptx`).
"""

from __future__ import annotations

import attrs

from hiptx._catalog_arg import bundled_provenance, check_provenance
from hiptx._enum import ValueEnum
from hiptx.catalog import Provenance
from hiptx.explain import Reason
from hiptx.model import Progression
from hiptx.rules.pain import PainAssessment
from hiptx.rules.red_flags import Referral


class Outcome(ValueEnum):
    """What to do at the next session.

    ``STOP``: no exercise advice; the reasons say why (a red flag and its referral,
    or an overload with no easier level to step back to).

    Example:
        >>> import hiptx
        >>> hiptx.Outcome("progress"), str(hiptx.Outcome.STOP)
        (<Outcome.PROGRESS: 'progress'>, 'stop')

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``STOP``; ``str()`` gives the value.
    """

    PROGRESS = "progress"
    HOLD = "hold"
    REGRESS = "regress"
    STOP = "stop"


class ChainEnd(ValueEnum):
    """Which end of its progression chain a decision's exercise is at.

    ``TOP``: there is no harder level (a ``PROGRESS`` keeps the exercise and adds
    load). ``BOTTOM``: there is no easier level (an overload there is a ``STOP``).

    Example:
        >>> import hiptx
        >>> d = hiptx.check_progression("copenhagen-plank", [])
        >>> d.chain_end, str(d.chain_end)
        (<ChainEnd.TOP: 'top'>, 'top')

    .. versionadded:: 0.2.0
    """

    TOP = "top"
    BOTTOM = "bottom"


def _chain_end(chain: Progression | None, exercise_id: str, outcome: Outcome) -> ChainEnd | None:
    if chain is None:
        return None
    step = chain.step_of(exercise_id)
    at_top, at_bottom = step == len(chain.exercise_ids) - 1, step == 0
    if at_top and at_bottom:  # a chain of one: the end the outcome met
        return ChainEnd.BOTTOM if outcome is Outcome.STOP else ChainEnd.TOP
    if at_top:
        return ChainEnd.TOP
    return ChainEnd.BOTTOM if at_bottom else None


@attrs.frozen(kw_only=True)
class ProgressionDecision:
    """The decision for the next session, and why.

    Attributes:
        outcome: Progress, hold, regress or stop.
        exercise_id: The exercise the sessions were logged for.
        next_exercise_id: The exercise for the next session (the same one to hold,
            or to add load at the top of a chain); ``None`` only when the outcome is
            ``STOP``.
        pain: The latest session's pain response, if there was a session.
        session_pain: Every session's pain response, oldest first.
        referral: The red-flag referral, when a red flag was given.
        chain_end: ``TOP`` or ``BOTTOM`` when the exercise is at that end of its
            chain (a chain of one exercise: the end the outcome met, ``BOTTOM``
            for a ``STOP``), ``None`` in the middle of a chain, outside any chain,
            or when a red flag stopped exercise advice.
        reasons: Codes, sentences and citations.
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

    Example:
        >>> import hiptx
        >>> cat = hiptx.load_catalog()
        >>> d = hiptx.check_progression(
        ...     cat.exercises["side-lying-hip-adduction"],
        ...     [hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=2)])
        >>> d.outcome, d.next_exercise_id
        (<Outcome.PROGRESS: 'progress'>, 'side-lying-hip-adduction-loaded')

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``session_pain``, ``referral`` and ``chain_end``;
       ``next_exercise_id`` is ``None`` only for ``STOP``.
    """

    outcome: Outcome
    exercise_id: str
    next_exercise_id: str | None = None
    pain: PainAssessment | None = None
    session_pain: tuple[PainAssessment, ...] = ()
    referral: Referral | None = None
    chain_end: ChainEnd | None = None
    reasons: tuple[Reason, ...]
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )
