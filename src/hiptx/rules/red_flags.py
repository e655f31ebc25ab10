"""Red flags: signs that hip pain needs urgent care, and where each one sends the patient.

The NHS pathways summarised in clinical-facts.md section 9 list every red flag under
urgent referral, so each flag is urgent on its own: A&E, an urgent fracture or
specialist clinic, the two-week-wait pathway, or, where the pathways name no single
route, an urgent clinical assessment before any exercise. Flags that together point
to something more specific (a hot swollen joint with fever: suspected infection)
imply that flag too, so combinations only ever escalate. Both the pathways and the
combinations are catalog data (:attr:`RuleSet.red_flags`,
:attr:`RuleSet.red_flag_combinations`).

The rules that give exercise advice take the same flags and give none while any is
present (:func:`gate`).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

import attrs

from hiptx import _args
from hiptx._catalog_arg import bundled_provenance, check_provenance, given_or_bundled
from hiptx.catalog import Catalog, Provenance
from hiptx.errors import WrongTypeError
from hiptx.explain import Reason, ReasonCode
from hiptx.vocab import Pathway, RedFlag, Urgency

__all__ = ["Referral", "check_red_flags"]


def __dir__() -> list[str]:
    return __all__


@attrs.frozen(kw_only=True)
class Referral:
    """What the red flags call for.

    Attributes:
        urgent: True whenever any red flag is present (every flag is urgent).
        urgency: The most urgent level among the flags.
        pathways: Where to refer, most urgent first, each once.
        flags: Every flag taken into account: those reported and those implied by
            combinations, in :class:`RedFlag` order.
        implied: The flags that combinations added.
        reasons: One per flag, most urgent first, with the pathway's action; then
            one per combination that applied, saying whose reading it is.
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

    Example:
        >>> import hiptx
        >>> r = hiptx.check_red_flags({hiptx.RedFlag.SUSPECTED_INFECTION})
        >>> r.urgent, r.urgency, r.pathways
        (True, <Urgency.EMERGENCY: 'emergency'>, (<Pathway.A_AND_E: 'a_and_e'>,))

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``pathways``, ``flags`` and ``implied``; every flag is urgent.
    """

    urgent: bool = False
    urgency: Urgency
    pathways: tuple[Pathway, ...] = ()
    flags: tuple[RedFlag, ...] = ()
    implied: tuple[RedFlag, ...] = ()
    reasons: tuple[Reason, ...]
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )


def _flag_name(flag: RedFlag) -> str:
    return flag.value.replace("_", " ")


def _check_flags(flags: object) -> frozenset[RedFlag]:
    if isinstance(flags, (str, bytes)) or not isinstance(flags, (AbstractSet, list, tuple)):
        raise WrongTypeError("red_flags", flags, "a set of RedFlag")
    for flag in flags:
        _args.require("red_flags item", flag, RedFlag)
    return frozenset(flags)


def check_red_flags(flags: AbstractSet[RedFlag], *, catalog: Catalog | None = None) -> Referral:
    """Where a set of red flags sends the patient, and how urgently.

    Every flag is urgent on its own. Combinations in the catalog add the flags they
    imply (known cancer with night or rest pain: the pathways' night pain with
    cancer), so adding a flag never makes the referral less urgent. A flag for
    which the catalog records no pathway (a user's catalog may lack some) is sent
    for an urgent clinical assessment, never treated as harmless.

    hiptx does not diagnose: an empty set only means none of the listed flags was
    reported. It does not screen for signs the sources do not cover, such as
    cauda equina syndrome or other spinal signs (see the hazard log in the docs).

    Args:
        flags: The red flags present (a set, list or tuple of :class:`RedFlag`).
        catalog: Whose pathways to apply; the bundled catalog if omitted.

    Raises:
        WrongTypeError: for a flag that is not a :class:`~hiptx.RedFlag`.

    Example:
        >>> import hiptx
        >>> r = hiptx.check_red_flags({hiptx.RedFlag.NIGHT_OR_REST_PAIN,
        ...                            hiptx.RedFlag.UNEXPLAINED_WEIGHT_LOSS})
        >>> r.urgency.value, [p.value for p in r.pathways]
        ('urgent', ['urgent_clinical_assessment', 'two_week_wait'])
        >>> [f.value for f in r.implied]
        ['suspected_malignancy']
        >>> hiptx.check_red_flags(set()).urgent
        False

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Every flag is urgent; combinations escalate; ``pathways`` says where to.
    """
    given = _check_flags(flags)
    catalog = given_or_bundled(catalog)
    if not given:
        return Referral(
            urgency=Urgency.NONE,
            reasons=(
                Reason.from_input(
                    ReasonCode.NO_RED_FLAGS,
                    "None of the listed red flags was reported. This is not a "
                    "diagnosis; clinical judgement still applies.",
                ),
            ),
            provenance=catalog.provenance,
        )
    rules = catalog.rules
    present = set(given)
    combination_reasons: list[Reason] = []
    # Apply combinations until nothing changes: an implied flag may complete another.
    changed = True
    while changed:
        changed = False
        for combination in rules.red_flag_combinations:
            if combination.implies not in present and present.issuperset(combination.flags):
                present.add(combination.implies)
                changed = True
                because = " and ".join(_flag_name(f) for f in combination.flags)
                message = (
                    f"{because.capitalize()}: treated as "
                    f"{_flag_name(combination.implies)}. {combination.reading}"
                )
                combination_reasons.append(
                    Reason.hiptx_default(ReasonCode.RED_FLAG_COMBINATION, message)
                    if combination.hiptx_reading
                    else Reason.cited(
                        ReasonCode.RED_FLAG_COMBINATION,
                        message,
                        combination.citations,
                        catalog.sources,
                    )
                )
    by_flag = {rule.flag: rule for rule in rules.red_flags}
    found: list[tuple[Pathway, RedFlag, Reason]] = []
    for flag in present:
        rule = by_flag.get(flag)
        if rule is None:
            # A catalog without a pathway for a flag must not make it look
            # harmless: hiptx's own safety default is an urgent assessment.
            found.append(
                (
                    Pathway.URGENT_CLINICAL_ASSESSMENT,
                    flag,
                    Reason.hiptx_default(
                        ReasonCode.RED_FLAG,
                        f"{_flag_name(flag).capitalize()}: this catalog records no pathway "
                        "for it, so hiptx treats it as urgent: a clinician must assess "
                        "the patient before any exercise.",
                    ),
                )
            )
            continue
        found.append(
            (
                rule.pathway,
                flag,
                Reason.cited(
                    ReasonCode.RED_FLAG,
                    f"{_flag_name(flag).capitalize()}: {rule.action}",
                    rule.citations,
                    catalog.sources,
                ),
            )
        )
    order = list(RedFlag)
    found.sort(key=lambda item: (item[0].urgency.rank, order.index(item[1])))
    pathways = tuple(dict.fromkeys(pathway for pathway, _, _ in found))  # most urgent first
    return Referral(
        urgent=True,
        urgency=pathways[0].urgency,
        pathways=pathways,
        flags=tuple(f for f in RedFlag if f in present),
        implied=tuple(f for f in RedFlag if f in present and f not in given),
        reasons=tuple(reason for _, _, reason in found) + tuple(combination_reasons),
        provenance=catalog.provenance,
    )


def gate(flags: object, catalog: Catalog) -> tuple[Referral, Reason] | None:
    """The referral and the "no exercise advice" reason, if any red flag is present.

    For the rules that give exercise advice: they return early with these when this
    returns something.
    """
    given = _check_flags(flags)
    if not given:
        return None
    referral = check_red_flags(given, catalog=catalog)
    stop = Reason.hiptx_default(
        ReasonCode.NO_EXERCISE_ADVICE,
        "A red flag is present, so hiptx gives no exercise advice: the patient needs the "
        "referral above before any exercise.",
    )
    return referral, stop
