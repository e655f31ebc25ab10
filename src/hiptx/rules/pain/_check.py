"""The pain rules of one catalog with one ceiling, set up once, then applied to sessions.

What depends only on the catalog (the thresholds, their wording, a clinic's local
overrides, the kinds of the sources they cite) is worked out once by
:class:`PainCheck`, which the catalog holds per ceiling (see :mod:`hiptx._derived`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from hiptx._derived import held
from hiptx._trusted import constructor
from hiptx.catalog import Catalog, Provenance
from hiptx.explain import Reason, ReasonCode, reason_maker
from hiptx.model import RuleSet, SafetyThreshold, Source
from hiptx.rules._local import local_override_note
from hiptx.rules.pain._records import PainAssessment, PainResponse, SessionRecord
from hiptx.vocab import RedFlag


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
