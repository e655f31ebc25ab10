"""Checks of what a catalog's data says, beyond each field's own form.

Every object here passed its own validators; these find data that is wrong by the
catalog's own terms and would otherwise load silently:

* an id used by two kinds of object (an exercise and a treatment, say), which
  makes an id in a report ambiguous;
* a source link that is not ``https``/``http`` (a ``javascript:`` or ``file:``
  URL would be carried into exports and citations), or a DOI that is not one;
* a treatment whose invasiveness contradicts its kind (surgery marked
  non-invasive, an injection without a needle, exercise marked surgical);
* a dose of zero sets, repetitions or seconds;
* a treatment's time span longer than :data:`MAX_SPAN_DAYS` (hiptx's own bound:
  no treatment the sources describe runs or recovers over more than ten years);
* a red-flag action that does not refer the patient (its words must send, refer,
  or ask for urgent care, and may not say no referral is needed).

The bundled catalog passes them (the test suite checks it), so its load skips
them, as it skips the floors it defines.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from hiptx.errors import DataProblem
from hiptx.model import Exercise, RuleSet, Source, Treatment
from hiptx.ranges import Span, TimeUnit
from hiptx.vocab import Invasiveness, TreatmentKind

#: The longest span a treatment's schedule or milestone may give, in days: ten
#: years (hiptx's own bound, far beyond every figure in the sources).
MAX_SPAN_DAYS = 3_653

_DAYS = {TimeUnit.DAY: 1.0, TimeUnit.WEEK: 7.0, TimeUnit.MONTH: 30.4375, TimeUnit.YEAR: 365.25}

#: A DOI: the directory indicator 10, a registrant code, a slash, a suffix.
_DOI = r"10\.\d{4,9}/\S+"
_URL = r"(?i:https?://[^\s/?#]+\S*)"

#: The least and most invasive a treatment of each kind may be; kinds not listed
#: may be anything.
_INVASIVENESS: dict[TreatmentKind, tuple[Invasiveness, Invasiveness]] = {
    TreatmentKind.SURGERY: (Invasiveness.ARTHROSCOPIC, Invasiveness.OPEN_SURGERY),
    TreatmentKind.INJECTION: (Invasiveness.PERCUTANEOUS, Invasiveness.PERCUTANEOUS),
    TreatmentKind.EXERCISE: (Invasiveness.NON_INVASIVE, Invasiveness.NON_INVASIVE),
    TreatmentKind.EDUCATION: (Invasiveness.NON_INVASIVE, Invasiveness.NON_INVASIVE),
    TreatmentKind.ACTIVITY_MODIFICATION: (Invasiveness.NON_INVASIVE, Invasiveness.NON_INVASIVE),
    TreatmentKind.PHYSIOTHERAPY: (Invasiveness.NON_INVASIVE, Invasiveness.PERCUTANEOUS),
    TreatmentKind.MANUAL_THERAPY: (Invasiveness.NON_INVASIVE, Invasiveness.NON_INVASIVE),
}

#: Words an action that refers the patient uses, and words that say it does not.
# (Patterns as text, compiled by re's own cache on first use: the bundled load,
# which skips these checks, compiles none.)
_REFERS = r"(?i)\b(refer|referral|send|sent|a&e|urgent|urgently|emergency)"
_DOES_NOT_REFER = (
    r"(?i)\b(no (referral|need)|not (needed|necessary|urgent|required)|unnecessary|routine|"
    r"does not need|do not refer|no action)\b"
)


def _span_days(span: Span) -> float:
    return (span.high if span.high is not None else span.low) * _DAYS[span.unit]


def _id_problems(parts: Mapping[str, tuple[Any, ...]]) -> list[DataProblem]:
    first: dict[str, str] = {}
    problems = []
    for key, items in parts.items():
        for position, item in enumerate(items):
            owner = first.setdefault(item.id, key)
            if owner != key:
                problems.append(
                    DataProblem(
                        f"{key}.json",
                        f"/{key}/{position}/id",
                        f"id {item.id!r} is already used in {owner}.json; an id names one "
                        "object across the whole catalog",
                        repr(item.id),
                        "an id no other kind of object uses",
                    )
                )
    return problems


def _source_problems(sources: tuple[Source, ...]) -> list[DataProblem]:
    problems = []
    for position, source in enumerate(sources):
        if source.url is not None and not re.fullmatch(_URL, source.url):
            problems.append(
                DataProblem(
                    "sources.json",
                    f"/sources/{position}/url",
                    "a source link must be an https or http URL",
                    repr(source.url),
                    "an https:// or http:// URL",
                )
            )
        if source.doi is not None and not re.fullmatch(_DOI, source.doi):
            problems.append(
                DataProblem(
                    "sources.json",
                    f"/sources/{position}/doi",
                    "not a DOI",
                    repr(source.doi),
                    "a DOI such as 10.1016/j.arthro.2015.10.002 (no https://doi.org/ prefix)",
                )
            )
    return problems


def _treatment_problems(treatments: tuple[Treatment, ...]) -> list[DataProblem]:
    problems = []
    for position, treatment in enumerate(treatments):
        bounds = _INVASIVENESS.get(treatment.kind)
        if (
            bounds is not None
            and not bounds[0].rank <= treatment.invasiveness.rank <= bounds[1].rank
        ):
            allowed = " to ".join(dict.fromkeys(b.value for b in bounds))
            problems.append(
                DataProblem(
                    "treatments.json",
                    f"/treatments/{position}/invasiveness",
                    f"a {treatment.kind.value} treatment cannot be {treatment.invasiveness.value}",
                    repr(treatment.invasiveness.value),
                    allowed,
                )
            )
        spans = [(f"schedules/{i}/over", s.over) for i, s in enumerate(treatment.schedules)] + [
            (f"milestones/{i}/span", m.span) for i, m in enumerate(treatment.milestones)
        ]
        problems.extend(
            DataProblem(
                "treatments.json",
                f"/treatments/{position}/{where}",
                f"a span of {span} is longer than any treatment or recovery hiptx "
                f"holds (at most {MAX_SPAN_DAYS} days, ten years)",
                str(span),
                "at most ten years",
            )
            for where, span in spans
            if span is not None and _span_days(span) > MAX_SPAN_DAYS
        )
    return problems


def _dose_problems(exercises: tuple[Exercise, ...]) -> list[DataProblem]:
    problems = []
    for position, exercise in enumerate(exercises):
        dose = exercise.dose
        if dose is None:
            continue
        for name in ("sets", "reps", "hold_seconds", "rep_hold_seconds"):
            amount = getattr(dose, name)
            if amount is not None and amount.low < 1:
                problems.append(
                    DataProblem(
                        "exercises.json",
                        f"/exercises/{position}/dose/{name}/low",
                        f"a dose of {amount.low} {name.replace('_', ' ')} is no dose",
                        repr(amount.low),
                        "at least 1",
                    )
                )
    return problems


def _action_problems(rules: RuleSet) -> list[DataProblem]:
    return [
        DataProblem(
            "rules.json",
            f"/red_flags/{position}/action",
            f"the action for red flag {rule.flag.value!r} does not refer the patient; every "
            "red flag needs urgent care",
            repr(rule.action),
            "words that send or refer the patient (send, refer, A&E, urgent), and none "
            "saying no referral is needed",
        )
        for position, rule in enumerate(rules.red_flags)
        if not re.search(_REFERS, rule.action) or re.search(_DOES_NOT_REFER, rule.action)
    ]


def semantic_problems(parts: Mapping[str, tuple[Any, ...]], rules: RuleSet) -> list[DataProblem]:
    """Every problem of what the catalog's data says (see the module's list).

    Example:
        >>> import hiptx
        >>> from hiptx.catalog._semantics import semantic_problems
        >>> cat = hiptx.load_catalog()
        >>> parts = {k: v for k, v in cat._parts.items() if k not in ("version", "rules")}
        >>> semantic_problems(parts, cat.rules)
        []
    """
    return [
        *_id_problems(parts),
        *_source_problems(parts["sources"]),
        *_treatment_problems(parts["treatments"]),
        *_dose_problems(parts["exercises"]),
        *_action_problems(rules),
    ]
