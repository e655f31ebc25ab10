"""FHIR R4 (4.0.1) export: the catalog and a patient's programme as plain JSON dicts.

Nothing here needs a dependency beyond hiptx's own: every function returns dicts,
lists, strings and numbers that ``json.dumps`` writes as FHIR JSON.
:func:`validate` alone needs the optional ``fhir.resources`` package
(``pip install 'hiptx[fhir]'``).

- an exercise is an ``ActivityDefinition`` (kind ``ServiceRequest``) whose
  ``dosage`` text gives sets, reps or holds and the pain ceiling;
- a progression chain is a ``PlanDefinition`` whose actions follow the chain, each
  after the previous one (``relatedAction``), with the progression and regression
  rules as ``action.condition`` text in the rules' own words;
- a treatment is a ``PlanDefinition`` with its milestones as ``goal[].target.due``;
- each published rate of a risk is a ``RiskEvidenceSynthesis`` (an R4 resource);
- :func:`to_bundle` puts them all in one ``Bundle`` of type ``collection``.

**Addresses.** With no ``base``, every resource is addressed by a name-based
``urn:uuid`` (the same object gets the same address in every export), used both as
its ``fullUrl`` and as its canonical ``url``; hiptx invents no web domain. Give
``base="https://your.server/fhir"`` to publish under your own server instead:
each resource is then ``{base}/{resourceType}/{id}``. Canonical references carry
the catalog's data version (``url|version``).

Long because it is the public face of the export: each function checks its
arguments and carries its documented example; the resources are built in the
private modules beside it.

Example:
    >>> import hiptx.fhir
    >>> bundle = hiptx.fhir.to_bundle()
    >>> bundle["resourceType"], bundle["type"]
    ('Bundle', 'collection')
    >>> hiptx.fhir.check(bundle)
    []

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from hiptx import _args
from hiptx._catalog_arg import given_or_bundled
from hiptx.catalog import Catalog
from hiptx.codes import LOINC, Code
from hiptx.errors import UnknownIdError, WrongTypeError
from hiptx.fhir import _catalog, _checks, _patient
from hiptx.fhir._common import Addresses, check_base
from hiptx.fhir._validate import FhirValidationError, MissingDependencyError, validate as _validate
from hiptx.model import Exercise, Progression, Risk, Treatment
from hiptx.rules.pain import SessionRecord
from hiptx.rules.programme import Programme

__all__ = [
    "PAIN_SCORE_CODE",
    "FhirValidationError",
    "MissingDependencyError",
    "activity_definition",
    "chain_plan_definition",
    "check",
    "programme_bundle",
    "risk_evidence",
    "to_bundle",
    "treatment_plan_definition",
    "validate",
]
#: What the root package re-exports (tools/generate_exports.py): the rest is used
#: as hiptx.fhir.NAME.
__root__ = ()


_T = TypeVar("_T")
_R = TypeVar("_R")


def __dir__() -> list[str]:
    return __all__


#: LOINC's 0-10 pain severity score, the code of every pain Observation.
PAIN_SCORE_CODE = Code(
    system=LOINC,
    code="72514-3",
    display="Pain severity - 0-10 verbal numeric rating [Score] - Reported",
)


def _setup(catalog: Catalog | None, base: str | None) -> tuple[Catalog, Addresses]:
    cat = given_or_bundled(catalog)
    return cat, Addresses(check_base(base), cat.version)


def _export_one(  # noqa: PLR0913 - the object, how to build it, and the export's options
    value: object,
    cls: type[_T],
    kind: str,
    build: Callable[[_T, Catalog, Addresses], _R],
    *,
    catalog: Catalog | None,
    base: str | None,
) -> _R:
    """``build`` run on ``value``: a ``cls``, or its id in the catalog's map ``kind``."""
    cat, addresses = _setup(catalog, base)
    by_id: Mapping[str, _T] = getattr(cat, kind)
    noun = cls.__name__.lower()
    chosen = _args.object_or_id(noun, value, cls, by_id, f"a {cls.__name__} or its id")
    return build(chosen, cat, addresses)


def activity_definition(
    exercise: Exercise | str, *, catalog: Catalog | None = None, base: str | None = None
) -> dict[str, Any]:
    """An exercise as an R4 ``ActivityDefinition`` (kind ``ServiceRequest``).

    Its ``dosage[0].text`` says the sets, the reps or holds, any hold per rep and
    the pain ceiling (the dose's own, else the catalog's rule, named as whose it
    is). ``relatedArtifact`` cites every source of the exercise, and the ceiling's
    sources as justification where the catalog's rule applies.

    Args:
        exercise: An :class:`~hiptx.Exercise` or its id.
        catalog: The catalog it comes from; the bundled one if omitted.
        base: Your server's FHIR base URL; see the module's notes on addresses.

    Raises:
        UnknownIdError: an id not in the catalog.
        InvalidValueError: a ``base`` that is not an http(s) URL.

    Example:
        >>> import hiptx.fhir
        >>> ad = hiptx.fhir.activity_definition("side-lying-hip-adduction")
        >>> ad["kind"], ad["dosage"][0]["text"][:60]
        ('ServiceRequest', '2-3 sets, 8-10 reps per set, 2-3 s hold in each rep; pain at')

    .. versionadded:: 0.2.0
    """
    return _export_one(
        exercise, Exercise, "exercises", _catalog.activity_definition, catalog=catalog, base=base
    )


def chain_plan_definition(
    progression: Progression | str, *, catalog: Catalog | None = None, base: str | None = None
) -> dict[str, Any]:
    """A progression chain as an R4 ``PlanDefinition``, one action per step in order.

    Each step's action points at its exercise's ActivityDefinition
    (``definitionCanonical``) and, after the first, follows the previous step
    (``relatedAction`` with ``relationship`` ``after-end``). Its ``condition``
    list holds, as text, the rule to progress into it (``start``: the previous
    step's target and the pain ceiling, whose rule it is) and the overload rules
    that step back (``stop``), each in the rule's own words.

    Example:
        >>> import hiptx.fhir
        >>> pd = hiptx.fhir.chain_plan_definition("hip-adductor-strengthening")
        >>> [a["title"] for a in pd["action"]][:2]
        ['Side-lying hip adduction lift', 'Side-lying hip adduction lift with external load']
        >>> pd["action"][1]["relatedAction"]
        [{'actionId': 'step-1', 'relationship': 'after-end'}]

    .. versionadded:: 0.2.0
    """
    return _export_one(
        progression,
        Progression,
        "progressions",
        _catalog.chain_plan_definition,
        catalog=catalog,
        base=base,
    )


def treatment_plan_definition(
    treatment: Treatment | str, *, catalog: Catalog | None = None, base: str | None = None
) -> dict[str, Any]:
    """A treatment as an R4 ``PlanDefinition``: milestones as goals, sources cited.

    A milestone with a span becomes ``goal[].target.due``: the span itself when
    exact, "at most" its upper bound for a range (the range is in the goal's
    description), "at least" its lower bound when open. A milestone the sources
    give only in words has a goal with no due time. The treatment's codes sit on
    its one action, which points at every goal (``goalId``).

    Example:
        >>> import hiptx.fhir
        >>> pd = hiptx.fhir.treatment_plan_definition("hip-arthroscopy")
        >>> pd["action"][0]["code"][0]["coding"][0]["code"], pd["action"][0]["code"][0]["text"]
        ('13714004', 'Hip arthroscopy')

    .. versionadded:: 0.2.0
    """
    return _export_one(
        treatment,
        Treatment,
        "treatments",
        _catalog.treatment_plan_definition,
        catalog=catalog,
        base=base,
    )


def risk_evidence(
    risk: Risk | str, *, catalog: Catalog | None = None, base: str | None = None
) -> list[dict[str, Any]]:
    """Each published rate of a risk as an R4 ``RiskEvidenceSynthesis``.

    The population and the outcome are contained ``EvidenceVariable`` resources
    (the outcome with the risk's code, if it has one); ``riskEstimate`` holds the
    estimate and the low-high range in percent, and its description the
    follow-up. The catalog records no event and population counts, so
    ``numeratorCount`` and ``denominatorCount`` are left out rather than guessed.
    A risk with no published rate gives an empty list.

    Example:
        >>> import hiptx.fhir
        >>> res = hiptx.fhir.risk_evidence("thr-dislocation")
        >>> len(res), res[0]["riskEstimate"]["value"]
        (4, 1.0)

    .. versionadded:: 0.2.0
    """
    return _export_one(risk, Risk, "risks", _catalog.risk_evidence, catalog=catalog, base=base)


def to_bundle(
    catalog: Catalog | None = None, *, base: str | None = None, risk_evidence: bool = True
) -> dict[str, Any]:
    """The whole catalog as an R4 ``Bundle`` of type ``collection``.

    One ActivityDefinition per exercise, one PlanDefinition per chain and per
    treatment, and (unless ``risk_evidence=False``) one RiskEvidenceSynthesis per
    published rate. Every entry has a ``fullUrl``; every reference inside it
    resolves inside it.

    ``RiskEvidenceSynthesis`` is R4 only: R4B and R5 replaced it. Pass
    ``risk_evidence=False`` for a Bundle that R4B tools accept whole.

    Args:
        catalog: The catalog; the bundled one if omitted.
        base: Your server's FHIR base URL, or ``None`` for ``urn:uuid`` addresses.
        risk_evidence: Whether to include the risks' rates.

    Example:
        >>> import collections, hiptx, hiptx.fhir
        >>> bundle = hiptx.fhir.to_bundle(base="https://fhir.example.org/r4")
        >>> bundle["entry"][0]["fullUrl"]
        'https://fhir.example.org/r4/ActivityDefinition/exercise-banded-bridge-hip-abduction'
        >>> kinds = collections.Counter(e["resource"]["resourceType"] for e in bundle["entry"])
        >>> kinds["ActivityDefinition"] == len(hiptx.load_catalog().exercises)
        True

    .. versionadded:: 0.2.0
    """
    if type(risk_evidence) is not bool:
        raise WrongTypeError("risk_evidence", risk_evidence, "True or False")
    cat, addresses = _setup(catalog, base)
    return _catalog.catalog_bundle(cat, addresses, risk_evidence_on=risk_evidence)


def programme_bundle(  # noqa: PLR0913 - the export's whole input, all keyword-only
    programme: Programme,
    *,
    patient: str,
    sessions: Mapping[str, Sequence[SessionRecord]] | None = None,
    catalog: Catalog | None = None,
    base: str | None = None,
    programme_id: str | None = None,
    transaction: bool = False,
) -> dict[str, Any]:
    """A patient's programme as an R4 ``CarePlan`` with ``ServiceRequest`` resources, in a Bundle.

    One ServiceRequest per exercise, on the dates the programme schedules it, with
    each distinct prescription as its patient instruction; the exercises'
    ActivityDefinitions, so that every canonical resolves inside the Bundle; and
    for each logged session two pain ``Observation`` resources (LOINC 72514-3, a 0-10
    score): during exercise, on the session's date, and the next day.

    **Ids a server can hold.** Every id (the Bundle's too) is a name-based UUID of
    the patient reference, the programme (its start date, or ``programme_id``) and
    the resource: two patients' exports share no id, and every export of one
    programme, before and after it advances, gives the same resource the same id.
    Each patient resource also carries that id as an ``identifier``.

    **Statuses that agree.** The CarePlan is ``active``, or ``on-hold`` once a red
    flag stopped the programme, its ``period.end`` then the day it stopped. Each
    current exercise's ServiceRequest has the CarePlan's status; an exercise
    swapped out earlier is ``revoked``, its ``occurrenceTiming`` bounded by its
    first and last session. Notes read on their own, the referral first.

    The patient reference is the one reference meant to point outside the Bundle;
    the export marks it so (an extension, ``urn:hiptx:fhir:external-reference``),
    and :func:`check` accepts the Bundle as it comes.

    Args:
        programme: From :func:`~hiptx.build_programme` or
            :func:`~hiptx.advance_programme`.
        patient: The reference to the patient in your system, e.g.
            ``"Patient/123"``.
        sessions: Logged sessions by exercise id, oldest first.
        catalog: The catalog the programme came from; the bundled one if omitted.
        base: Your server's FHIR base URL; see the module's notes on addresses.
        programme_id: Your own key for this programme, when one patient may have
            two programmes starting on the same day (default: the start date).
        transaction: A ``transaction`` Bundle instead of a ``collection``: each
            patient resource a conditional update on its identifier, each
            definition a conditional create on its canonical URL and version, so
            sending the same Bundle again changes nothing.

    Raises:
        WrongTypeError: a programme, patient, session or option of the wrong type.
        UnknownIdError: a session logged for an exercise not in the catalog.

    Example:
        >>> import datetime, hiptx
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
        ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}))
        >>> prog = hiptx.build_programme(plan, start=datetime.date(2025, 1, 6), weeks=2,
        ...                              sessions_per_week=2)
        >>> log = {"side-lying-hip-adduction": [hiptx.SessionRecord(
        ...     sets=2, reps=10, pain_during=2, pain_after_24h=1, date=datetime.date(2025, 1, 6))]}
        >>> b = hiptx.fhir.programme_bundle(prog, patient="Patient/example", sessions=log)
        >>> [e["resource"]["resourceType"] for e in b["entry"]]
        ['CarePlan', 'ServiceRequest', 'ActivityDefinition', 'Observation', 'Observation']
        >>> b["entry"][-1]["resource"]["valueInteger"]
        1
        >>> hiptx.fhir.check(b)
        []
        >>> other = hiptx.fhir.programme_bundle(prog, patient="Patient/other")
        >>> b["entry"][0]["resource"]["id"] == other["entry"][0]["resource"]["id"]
        False
        >>> t = hiptx.fhir.programme_bundle(prog, patient="Patient/example", transaction=True)
        >>> t["type"], t["entry"][0]["request"]["method"]
        ('transaction', 'PUT')

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.2.0
       Ids per patient and programme; ``programme_id``, ``transaction``; statuses
       and ``period.end`` follow the programme; the patient reference is marked
       external.
    """
    _args.require("programme", programme, Programme, "a Programme (from build_programme)")
    # Typed as object: callers outside mypy can pass anything.
    given: object = patient
    if not isinstance(given, str) or not given.strip():
        raise WrongTypeError("patient", patient, "a reference string such as 'Patient/123'")
    key: object = programme_id
    if key is not None and (not isinstance(key, str) or not key.strip()):
        raise WrongTypeError("programme_id", programme_id, "a non-empty string or None")
    if type(transaction) is not bool:
        raise WrongTypeError("transaction", transaction, "True or False")
    cat, addresses = _setup(catalog, base)
    logged: dict[str, Sequence[SessionRecord]] = {}
    if sessions is not None:
        mapping: object = sessions
        if not isinstance(mapping, Mapping):
            raise WrongTypeError("sessions", sessions, "a mapping of exercise id to sessions")
        for exercise_id, records in sessions.items():
            try:
                cat.exercises[exercise_id]  # raises UnknownIdError with suggestions
            except UnknownIdError as error:
                raise error.within(f"/sessions/{exercise_id}") from None
            listed: object = records
            if isinstance(listed, (str, bytes)) or not isinstance(listed, Sequence):
                raise WrongTypeError(f"/sessions/{exercise_id}", records, "a list of sessions")
            for i, record in enumerate(records):
                _args.require(
                    f"/sessions/{exercise_id}/{i}", record, SessionRecord, "a SessionRecord"
                )
            logged[exercise_id] = records
    return _patient.programme_bundle(
        programme,
        patient=patient,
        sessions=logged,
        catalog=cat,
        addresses=addresses,
        programme_key=programme_id if programme_id is not None else programme.start.isoformat(),
        transaction=transaction,
    )


def check(bundle: dict[str, Any], *, external: Sequence[str] = ()) -> list[str]:
    """Hiptx's own checks of an exported Bundle; the problems found, or ``[]``.

    Checks what structural validation does not: required statuses and codes are
    from their R4 value sets; every reference, canonical, ``relatedAction`` and
    ``goalId`` resolves inside the Bundle (or is in ``external``); every SNOMED CT
    or LOINC code is on hiptx's allow-list with its display; each
    RiskEvidenceSynthesis has the elements R4 requires.

    A reference the export itself marks as external (the patient reference of
    :func:`programme_bundle`) needs no ``external``.

    Args:
        bundle: The Bundle.
        external: More references meant to point outside it.

    Example:
        >>> import hiptx.fhir
        >>> bundle = hiptx.fhir.to_bundle()
        >>> bundle["entry"][0]["resource"]["status"] = "finished"
        >>> hiptx.fhir.check(bundle)[0]
        "entry[0](ActivityDefinition/exercise-banded-bridge-hip-abduction).status: 'finished' is not one of active, draft, retired, unknown"

    .. versionadded:: 0.2.0
    """
    _args.require("bundle", bundle, dict, "a Bundle as a dict")
    return _checks.check(bundle, external=frozenset(external))


def validate(bundle: dict[str, Any], *, external: Sequence[str] = ()) -> None:
    """Validate a Bundle with fhir.resources' R4B models and hiptx's own :func:`check`.

    Needs the optional ``fhir.resources`` package (``pip install 'hiptx[fhir]'``),
    imported only when called. Each entry is validated with the R4B model of its
    type, then the Bundle itself. R4B has no RiskEvidenceSynthesis (it replaced
    it), so those entries are checked against R4's required elements by
    :func:`check` and left out of the Bundle the R4B model sees.

    Raises:
        MissingDependencyError: fhir.resources is not installed.
        FhirValidationError: any problem, all of them listed in ``problems``.

    Example:
        >>> import hiptx.fhir
        >>> hiptx.fhir.validate(hiptx.fhir.to_bundle(risk_evidence=False))  # doctest: +SKIP

    .. versionadded:: 0.2.0
    """
    _args.require("bundle", bundle, dict, "a Bundle as a dict")
    _validate(bundle, external=frozenset(external))
