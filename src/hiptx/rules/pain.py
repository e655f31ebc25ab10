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

Long because the session record, its classification and the once-per-catalog set-up
of the pain rules (:class:`PainCheck`, with its local-override wording) are one
concept, and splitting them would scatter one rule's sentences over modules.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping

import attrs

from hiptx import _args, _fields
from hiptx._catalog_arg import bundled_provenance, check_provenance, given_or_bundled
from hiptx._derived import held
from hiptx._enum import ValueEnum
from hiptx._trusted import constructor
from hiptx.catalog import Catalog, Provenance
from hiptx.errors import InvalidValueError, OutOfRangeError
from hiptx.explain import Reason, ReasonCode, reason_maker
from hiptx.model import RuleSet, SafetyThreshold, Source
from hiptx.rules._calendar import calendar_date_or_none
from hiptx.rules._local import local_override_note
from hiptx.vocab import RedFlag, Side

__all__ = ["PainAssessment", "PainResponse", "SessionRecord", "classify_pain"]


def __dir__() -> list[str]:
    return __all__


#: Upper bounds of a logged session: generous ceilings above any real session, so
#: that a typo or an overflowing number is refused rather than reasoned about.
MAX_SETS = 50
MAX_REPS = 1000
MAX_HOLD_SECONDS = 3600
#: Joint pain lasting longer than 30 days is not a response to one session.
MAX_PAIN_LASTED_HOURS = 30 * 24


def _one_measure(instance: SessionRecord, _: attrs.Attribute[object], __: object) -> None:
    if (instance.reps is None) == (instance.hold_seconds is None):
        raise InvalidValueError(
            "reps", instance.reps, "exactly one of reps (for rep work) or hold_seconds (for holds)"
        )


@attrs.frozen(kw_only=True)
class SessionRecord:
    """One logged exercise session.

    Args:
        sets: Sets completed (0-50).
        reps: Repetitions the weakest set reached (rep-based exercises, 0-1000); or
        hold_seconds: Seconds the weakest hold lasted (timed holds, 0-3600).
        pain_during: Pain during exercise, 0-10.
        pain_after_24h: Pain the next day, about 24 hours after the session, 0-10.
        pain_lasted_hours: How long joint pain lasted after exercise, in hours
            (0-720).
        sharp_pain: Whether the joint pain was sharp.
        swelling: Whether the joint was swollen afterwards.
        hot_joint: Whether the joint was hot afterwards.
        date: The day of the session, if known, so reasons can point at it.
        pain_before: Resting hip pain before the session, 0-10, if logged: the
            baseline the next day's pain is compared with (where it is not logged,
            the pain during the session is).
        side: Which hip the session trained (:class:`~hiptx.Side` ``LEFT`` or
            ``RIGHT``), where the programme tracks sides.

    Raises:
        OutOfRangeError: pain outside 0-10, a negative, non-finite or implausibly
            large count or duration.
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
    .. versionchanged:: 0.2.0
       Added ``date``, ``pain_before`` and ``side``; counts and durations have upper bounds;
       ``pain_after_24h`` is the pain the next day.
    """

    sets: int = attrs.field(**_fields.integer(maximum=MAX_SETS))
    pain_during: int = attrs.field(**_fields.integer(maximum=10))
    pain_after_24h: int = attrs.field(**_fields.integer(maximum=10))
    reps: int | None = attrs.field(default=None, **_fields.integer(maximum=MAX_REPS, optional=True))
    hold_seconds: int | None = attrs.field(
        default=None,
        **_fields.integer(maximum=MAX_HOLD_SECONDS, optional=True, also=_one_measure),
    )
    pain_lasted_hours: float = attrs.field(
        default=0.0, **_fields.number(maximum=MAX_PAIN_LASTED_HOURS)
    )
    sharp_pain: bool = attrs.field(default=False, **_fields.flag())
    swelling: bool = attrs.field(default=False, **_fields.flag())
    hot_joint: bool = attrs.field(default=False, **_fields.flag())
    date: datetime.date | None = attrs.field(default=None, validator=calendar_date_or_none)
    pain_before: int | None = attrs.field(
        default=None, **_fields.integer(maximum=10, optional=True)
    )
    side: Side | None = attrs.field(default=None, **_fields.choice(Side, optional=True))

    @property
    def baseline_pain(self) -> int:
        """The pain the next day's is compared with: before the session, else during it."""
        return self.pain_during if self.pain_before is None else self.pain_before

    @property
    def pain_increased_next_day(self) -> bool:
        """Whether pain the next day was above :attr:`baseline_pain`."""
        return self.pain_after_24h > self.baseline_pain

    @property
    def peak_pain(self) -> int:
        """The higher of pain during and pain the next day."""
        return max(self.pain_during, self.pain_after_24h)


# In the schema too: exactly one of reps and hold_seconds (see _one_measure).
_fields.class_schema(
    SessionRecord,
    {
        "oneOf": [
            {"properties": {"reps": {"type": "integer"}}, "required": ["reps"]},
            {"properties": {"hold_seconds": {"type": "integer"}}, "required": ["hold_seconds"]},
        ]
    },
)


class PainResponse(ValueEnum):
    """How the hip responded to one session.

    Example:
        >>> import hiptx
        >>> [r.value for r in hiptx.PainResponse]
        ['acceptable', 'above_ceiling', 'overload']

    .. versionadded:: 0.1.0
    """

    #: Pain during and the next day stayed within the ceiling, with no overload sign.
    ACCEPTABLE = "acceptable"
    #: Pain during exercise went above the ceiling but had settled to within it by
    #: the next day, with no overload sign logged.
    ABOVE_CEILING = "above_ceiling"
    #: The load was too much, shown by pain still above the ceiling the next day, joint
    #: pain lasting beyond the limit, sharp joint pain, or a hot or swollen joint.
    OVERLOAD = "overload"


@attrs.frozen(kw_only=True)
class PainAssessment:
    """The pain response to one session, with its reasons.

    Attributes:
        response: The response.
        reasons: Why, with the rules' citations.
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

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
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )


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


class PainCheck:
    """The pain rules of one catalog, with one ceiling, ready to classify sessions.

    What depends only on the catalog (the thresholds, their wording, the kinds of
    the sources they cite) is worked out once, here; classifying a session then only
    compares its numbers and writes the sentences about them. Built by
    :func:`held_pain_check`; :func:`classify_pain` and :func:`~hiptx.check_progression`
    use it on arguments they have checked.
    """

    __slots__ = (
        "_above",
        "_ceiling_note",
        "_hot",
        "_increased_note",
        "_infection",
        "_lingered",
        "_lingering_hours",
        "_lingering_note",
        "_not_settled",
        "_provenance",
        "_safer_rule",
        "_settled",
        "_severe",
        "_severe_reason",
        "_sharp",
        "_sharp_note",
        "_swollen_note",
        "_within",
        "ceiling",
    )

    def __init__(
        self,
        rules: RuleSet,
        pain_ceiling: int | None,
        sources: Mapping[str, Source],
        provenance: Provenance,
    ) -> None:
        ceiling_rule, lingering = rules.pain_ceiling, rules.lingering_pain_hours
        increased = rules.pain_increased_over_a_day
        self._provenance = provenance
        self.ceiling = ceiling_rule.value if pain_ceiling is None else pain_ceiling
        self._ceiling_note = f" {ceiling_rule.text}" if ceiling_rule.text else ""
        self._increased_note = increased.text
        self._lingering_hours = lingering.value
        self._lingering_note = lingering.text or ""
        self._sharp_note = rules.sharp_joint_pain.text
        self._swollen_note = rules.hot_or_swollen_joint.text
        ceiling_cited = ceiling_rule.citations
        ceiling_override = rules.override_of(SafetyThreshold.PAIN_CEILING)
        if ceiling_override is not None and pain_ceiling is None:
            # The catalog's own ceiling: its reasons say so and cite no quote that
            # gives another value.
            self._ceiling_note = " " + local_override_note(ceiling_override, "ceiling", "/10")
            ceiling_cited = ()
        lingering_override = rules.override_of(SafetyThreshold.LINGERING_PAIN_HOURS)
        if lingering_override is not None:
            self._lingering_note = local_override_note(lingering_override, "limit", " h")
        self._not_settled = reason_maker(
            ReasonCode.PAIN_NOT_SETTLED, ceiling_cited + increased.citations, sources
        )
        self._lingered = (
            reason_maker(ReasonCode.PAIN_LINGERED, lingering.citations, sources)
            if lingering_override is None
            else functools.partial(Reason.local_override, ReasonCode.PAIN_LINGERED)
        )
        self._sharp = reason_maker(ReasonCode.SHARP_PAIN, rules.sharp_joint_pain.citations, sources)
        self._hot = reason_maker(
            ReasonCode.HOT_OR_SWOLLEN_JOINT, rules.hot_or_swollen_joint.citations, sources
        )
        # hiptx's own link: the sources name a hot or swollen joint as overload, and
        # the pathways name fever with a painful joint as a red flag; none joins them.
        self._infection = Reason.hiptx_default(
            ReasonCode.CHECK_FOR_INFECTION,
            "A hot or swollen joint: check for fever or feeling unwell. With either, "
            f"report the red flag {RedFlag.SUSPECTED_INFECTION.value!r} (suspected joint "
            "infection), which needs urgent referral, not exercise advice (hiptx's own "
            "link: the sources do not join the two).",
        )
        severe = rules.severe_pain_during
        self._severe = None if severe is None else (severe.value, severe.text)
        severe_override = rules.override_of(SafetyThreshold.SEVERE_PAIN_DURING)
        if severe is not None and severe_override is not None:
            note = local_override_note(severe_override, "severe-pain threshold", "/10")
            self._severe = (severe.value, note)
        self._severe_reason = (
            Reason.hiptx_default if severe_override is None else Reason.local_override
        )
        if ceiling_cited:
            self._above = reason_maker(ReasonCode.PAIN_ABOVE_CEILING, ceiling_cited, sources)
            self._within = reason_maker(ReasonCode.PAIN_WITHIN_CEILING, ceiling_cited, sources)
        else:
            note = self._ceiling_note
            self._above = lambda message: Reason.local_override(
                ReasonCode.PAIN_ABOVE_CEILING, message + note
            )
            self._within = lambda message: Reason.local_override(
                ReasonCode.PAIN_WITHIN_CEILING, message + note
            )
        self._settled: dict[tuple[int, int], PainAssessment] = {}
        self._safer_rule = Reason.hiptx_default(
            ReasonCode.SAFER_RULE_APPLIED,
            f"The session stayed within the {self.ceiling:g}/10 ceiling of the 24-hour rule "
            f"but not within the {self._lingering_hours:g}-hour limit above. Where the two "
            "rules disagree, hiptx applies the stricter one and counts the session as "
            "an overload (hiptx's own choice).",
        )

    def classify(self, session: SessionRecord) -> PainAssessment:
        """The pain response to ``session``, a checked :class:`SessionRecord`."""
        ceiling = self.ceiling
        during, after = session.pain_during, session.pain_after_24h
        overload: list[Reason] = []
        if after > ceiling:
            trend = " and higher than during it" if after > during else ", so it had not settled"
            overload.append(
                self._not_settled(
                    f"Pain was {after}/10 the day after exercise, above the {ceiling:g}/10 "
                    f"ceiling{trend}.{self._ceiling_note} {self._increased_note}"
                )
            )
        if session.pain_lasted_hours > self._lingering_hours:
            overload.append(
                self._lingered(
                    f"Joint pain lasted {session.pain_lasted_hours:g} h after exercise, longer "
                    f"than {self._lingering_hours:g} h. {self._lingering_note}".rstrip()
                )
            )
            if during <= ceiling and after <= ceiling:
                # The 24-hour window accepts this session; the clinic's 2-hour limit
                # does not. The stricter rule wins, and the reason says so.
                overload.append(self._safer_rule)
        if session.sharp_pain:
            overload.append(self._sharp(f"The session caused sharp joint pain. {self._sharp_note}"))
        if session.swelling or session.hot_joint:
            state = " and ".join(
                word
                for word, shown in (("hot", session.hot_joint), ("swollen", session.swelling))
                if shown
            )
            overload.append(
                self._hot(f"The joint was {state} after exercise. {self._swollen_note}")
            )
            overload.append(self._infection)
        severe = self._severe
        if not overload and severe is not None and during > ceiling and during >= severe[0]:
            value, text = severe
            # No source sets a severe-pain threshold: hiptx's own, from the catalog's
            # rules, so a clinic may set another. Only where no sign the sources name
            # already shows the overload.
            overload.append(
                self._severe_reason(
                    ReasonCode.SEVERE_PAIN,
                    f"Pain {during}/10 during exercise is at or above {value:g}/10: severe, so "
                    f"the load is reduced. {text}",
                )
            )
        if overload:
            return _assessment(PainResponse.OVERLOAD, tuple(overload), self._provenance)
        # Without an overload sign the assessment depends on the two scores alone
        # (0-10 each), so each pair's is built once and shared: it is immutable.
        found = self._settled.get((during, after))
        if found is None:
            found = self._settled[during, after] = self._without_overload(during, after)
        return found

    def _without_overload(self, during: int, after: int) -> PainAssessment:
        ceiling = self.ceiling
        if during > ceiling:
            return _assessment(
                PainResponse.ABOVE_CEILING,
                (
                    self._above(
                        f"Pain {during}/10 during exercise was above the {ceiling:g}/10 "
                        f"ceiling; it had settled to {after}/10 by the next day, and no sign "
                        f"of overload was logged.{self._ceiling_note}"
                    ),
                ),
                self._provenance,
            )
        return _assessment(
            PainResponse.ACCEPTABLE,
            (
                self._within(
                    f"Pain {during}/10 during and {after}/10 the next day is within the "
                    f"{ceiling:g}/10 ceiling."
                ),
            ),
            self._provenance,
        )


# Field order: response, reasons (PainAssessment has no validators to skip; this
# saves the keyword call on the rules' hottest path).
_assessment = constructor(PainAssessment)


def held_pain_check(catalog: Catalog, pain_ceiling: int | None) -> PainCheck:
    """The :class:`PainCheck` of ``catalog``'s rules with this ceiling, held by the catalog.

    Example:
        >>> import hiptx
        >>> from hiptx.rules.pain import held_pain_check
        >>> cat = hiptx.load_catalog()
        >>> check = held_pain_check(cat, None)
        >>> check is held_pain_check(cat, None), check.ceiling
        (True, 3.0)
        >>> check.classify(hiptx.SessionRecord(sets=3, reps=10, pain_during=2,
        ...                                    pain_after_24h=2)).response.value
        'acceptable'
    """
    return held(
        catalog,
        ("pain-check", pain_ceiling),
        lambda: PainCheck(catalog.rules, pain_ceiling, catalog.sources, catalog.provenance),
    )
