"""Pain monitoring: one logged session, and how the hip responded to it.

Three sources speak to it, and hiptx applies the strictest where they disagree:

* the Physio Network practical (Kemp, clinical education) sets the pain ceiling:
  pain during exercise and in the 24 hours after it up to 3/10;
* the University of Melbourne's "My Hip Exercise" programme: do not progress if hip
  pain increased for more than a day after exercise;
* Caring Medical (a prolotherapy clinic: an opinion, and said to be theirs in every
  reason) counts joint pain lasting more than 2 hours, sharp joint pain, or a hot
  or swollen joint as a sign that the load was too much. Its 2-hour limit is
  stricter than the 24-hour window; hiptx applies it and says so.

Severe pain during a session (at or above ``rules.severe_pain_during``, hiptx's own
default, which no source sets) is counted as overload too, so the load is reduced.

Every threshold is read from the catalog's :class:`~hiptx.RuleSet`, not written here;
where a catalog sets one by a local override, the reasons say so (``_local``).

The session record and the response are defined in ``_records``, the
once-per-catalog set-up of the pain rules (``PainCheck``, with its
local-override wording) in ``_check``.
"""

from __future__ import annotations

from hiptx import _args
from hiptx._catalog_arg import given_or_bundled
from hiptx.catalog import Catalog
from hiptx.errors import OutOfRangeError
from hiptx.model import RuleSet
from hiptx.rules.pain._check import PainCheck, held_pain_check as held_pain_check
from hiptx.rules.pain._records import (
    MAX_HOLD_SECONDS as MAX_HOLD_SECONDS,
    MAX_PAIN_LASTED_HOURS as MAX_PAIN_LASTED_HOURS,
    MAX_REPS as MAX_REPS,
    MAX_SETS as MAX_SETS,
    PainAssessment,
    PainResponse,
    SessionRecord,
)

__all__ = ["PainAssessment", "PainResponse", "SessionRecord", "classify_pain"]


def __dir__() -> list[str]:
    return __all__


def classify_pain(
    session: SessionRecord,
    *,
    rules: RuleSet | None = None,
    pain_ceiling: int | None = None,
    catalog: Catalog | None = None,
) -> PainAssessment:
    """Classify one session's pain response against the catalog's thresholds.

    Overload signs outrank the ceiling: a session with lingering joint pain is an
    overload even if its scores were low. Each reason says only what the session
    shows, and whose rule it applies.

    Args:
        session: The logged session.
        rules: The thresholds to apply; ``catalog.rules`` if omitted.
        pain_ceiling: An exercise's own ceiling, only if its dose sets one; else
            ``rules.pain_ceiling``.
        catalog: The catalog whose rules and sources apply; the bundled one if
            omitted.

    Example:
        >>> import hiptx
        >>> s = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1,
        ...                         pain_lasted_hours=3.0)
        >>> a = hiptx.classify_pain(s)
        >>> a.response, [r.code.value for r in a.reasons]
        (<PainResponse.OVERLOAD: 'overload'>, ['pain-lingered', 'safer-rule-applied'])
        >>> a.reasons[0].message.split(". ")[1][:40]
        'Caring Medical, a prolotherapy clinic, a'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Pain still above the ceiling the next day is an overload; reasons say whose
       rule they apply; ``rules`` and ``catalog`` are optional.
    """
    _args.require("session", session, SessionRecord)
    catalog = given_or_bundled(catalog)
    if rules is None:
        rules = catalog.rules
    _args.require("rules", rules, RuleSet, "a RuleSet (catalog.rules)")
    _args.require_optional("pain_ceiling", pain_ceiling, int, "an integer from 0 to 10 or None")
    if pain_ceiling is not None and not 0 <= pain_ceiling <= 10:
        raise OutOfRangeError("pain_ceiling", pain_ceiling, "an integer from 0 to 10")
    if rules is not catalog.rules:
        # Rules an app passed apart from the catalog: checked against for this call only.
        return PainCheck(rules, pain_ceiling, catalog.sources, catalog.provenance).classify(session)
    return held_pain_check(catalog, pain_ceiling).classify(session)
