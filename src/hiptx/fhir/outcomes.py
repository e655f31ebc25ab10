"""Outcome questionnaires in FHIR R4: a QuestionnaireResponse in, Observations out.

An app's licensed form arrives as a ``QuestionnaireResponse`` whose items' ``linkId``
are hiptx's item ids (``hoos-pain-1``, ...). :func:`score_questionnaire_response`
scores it; :func:`score_observation` writes the score as an ``Observation`` with one
``component`` per scale, ``derivedFrom`` the response. Codes are LOINC's only where
the project's code list has them (the HOOS panel and its five subscales); every
other instrument and scale goes out as text. A scale with no score has a
``dataAbsentReason`` in words (how many items were answered of how many needed).
:func:`outcome_bundle` puts the response and its Observation in one Bundle that
:func:`hiptx.fhir.check` accepts.

Example:
    >>> import hiptx.fhir, hiptx.fhir.outcomes
    >>> response = {"resourceType": "QuestionnaireResponse", "id": "r1", "status": "completed",
    ...             "item": [{"linkId": f"oxford-hip-score-{i}", "answer": [{"valueInteger": 3}]}
    ...                      for i in range(1, 13)]}
    >>> bundle = hiptx.fhir.outcomes.outcome_bundle(response, "oxford-hip-score")
    >>> observation = bundle["entry"][1]["resource"]
    >>> observation["code"], observation["component"][0]["valueQuantity"]["value"]
    ({'text': 'Oxford Hip Score'}, 36.0)
    >>> hiptx.fhir.check(bundle)
    []
"""

from __future__ import annotations

import copy
import datetime
from collections.abc import Iterator, Mapping
from typing import Any

from hiptx import _args
from hiptx._catalog_arg import given_or_bundled
from hiptx.catalog import Catalog
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.fhir._common import JSON, Addresses, check_base, codeable, entry
from hiptx.model import NOT_APPLICABLE, Instrument
from hiptx.rules.outcomes import QuestionnaireScore, score_questionnaire

__all__ = ["outcome_bundle", "score_observation", "score_questionnaire_response"]
#: What the root package re-exports (tools/generate_exports.py): none; use
#: hiptx.fhir.outcomes.NAME.
__root__ = ()

#: The answer types a scored item may carry, and how each becomes an answer.
_VALUE_KEYS = ("valueInteger", "valueDecimal", "valueCoding", "valueString")


def __dir__() -> list[str]:
    return __all__


def _items(items: object, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every item of a response, groups' nested items included, with its JSON path."""
    if not isinstance(items, list):
        raise WrongTypeError(path, items, "a list of items")
    for position, item in enumerate(items):
        where = f"{path}[{position}]"
        if not isinstance(item, dict):
            raise WrongTypeError(where, item, "an item (a JSON object)")
        yield where, item
        if "item" in item:
            yield from _items(item["item"], f"{where}.item")


def _value(answer: object, where: str) -> int | float | str:
    if not isinstance(answer, dict):
        raise WrongTypeError(where, answer, "an answer (a JSON object)")
    keys = [k for k in _VALUE_KEYS if k in answer]
    if len(keys) != 1:
        raise InvalidValueError(where, sorted(answer), f"exactly one of {', '.join(_VALUE_KEYS)}")
    value = answer[keys[0]]
    if keys[0] == "valueCoding":
        # A choice answer as a coding: its code is the answer ("0".."4", "not-applicable").
        code = value.get("code") if isinstance(value, dict) else None
        if isinstance(code, str) and code.isdigit():
            return int(code)
        if code == NOT_APPLICABLE:
            return NOT_APPLICABLE
        raise InvalidValueError(
            f"{where}.valueCoding.code", code, f"an answer number or {NOT_APPLICABLE!r}"
        )
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise WrongTypeError(f"{where}.{keys[0]}", value, "a number or 'not-applicable'")
    return value


def _answers(response: object) -> dict[str, int | float | str | None]:
    if not isinstance(response, Mapping) or response.get("resourceType") != "QuestionnaireResponse":
        raise WrongTypeError(
            "response", response, "a FHIR R4 QuestionnaireResponse (a dict with that resourceType)"
        )
    answers: dict[str, int | float | str | None] = {}
    for where, item in _items(response.get("item", []), "response.item"):
        link_id = item.get("linkId")
        if not isinstance(link_id, str):
            raise WrongTypeError(f"{where}.linkId", link_id, "a string (an item id)")
        given = item.get("answer", [])
        if not isinstance(given, list) or len(given) > 1:
            raise InvalidValueError(f"{where}.answer", given, "at most one answer")
        if given:
            answers[link_id] = _value(given[0], f"{where}.answer[0]")
        elif "item" not in item:  # an unanswered question; a group only holds others
            answers[link_id] = None
    return answers


def score_questionnaire_response(
    response: Mapping[str, Any],
    instrument: Instrument | str,
    *,
    catalog: Catalog | None = None,
) -> QuestionnaireScore:
    """Score a FHIR R4 ``QuestionnaireResponse`` whose ``linkId`` are hiptx's item ids.

    Each item's one answer may be a ``valueInteger``, a ``valueDecimal`` (a visual
    analogue scale), a ``valueCoding`` whose ``code`` is the answer (``"2"``,
    ``"not-applicable"``) or a ``valueString`` ``"not-applicable"``. An item
    without an answer is skipped; groups are read through.

    Args:
        response: The QuestionnaireResponse, as a dict.
        instrument: An :class:`~hiptx.Instrument` or its id.
        catalog: The catalog it comes from; the bundled one if omitted.

    Raises:
        WrongTypeError: not a QuestionnaireResponse, or a malformed item.
        InvalidValueError: more than one answer to an item, an answer of no
            known type, or any answer :func:`hiptx.score_questionnaire` refuses
            (it raises the same errors for unknown or another instrument's items).

    Example:
        >>> import hiptx.fhir.outcomes
        >>> response = {"resourceType": "QuestionnaireResponse", "status": "completed",
        ...             "item": [{"linkId": f"hoos-ps-{i}",
        ...                       "answer": [{"valueCoding": {"code": "1"}}]} for i in range(1, 6)]}
        >>> hiptx.fhir.outcomes.score_questionnaire_response(response, "hoos-ps").scores["hoos-ps"]
        80.0

    .. versionadded:: 0.2.0
    """
    return score_questionnaire(instrument, _answers(response), catalog=catalog)


def _component(instrument: Instrument, subscale_id: str, score: QuestionnaireScore) -> JSON:
    subscale = next(s for s in instrument.subscales if s.id == subscale_id)
    scale = next(s for s in score.scales if s.subscale_id == subscale_id)
    name = (
        instrument.name if subscale.id == instrument.id else f"{instrument.name}: {subscale.name}"
    )
    component: JSON = {"code": codeable(subscale.codes, name)}
    if scale.score is None:
        component["dataAbsentReason"] = {
            "text": f"{scale.answered} of {scale.item_count} items answered; "
            f"at least {scale.needed} needed"
        }
    else:
        component["valueQuantity"] = {"value": scale.score, "unit": "score"}
    return component


def score_observation(
    score: QuestionnaireScore,
    *,
    derived_from: str,
    subject: str | None = None,
    effective: datetime.date | None = None,
    catalog: Catalog | None = None,
) -> dict[str, Any]:
    """A scored questionnaire as an R4 ``Observation``, one ``component`` per scale.

    The code is the instrument's LOINC code where the project's code list has one
    (HOOS), else text only; so is each component's. A scale without a score has
    a ``dataAbsentReason`` saying how many items were answered of how many
    needed. The notes carry the rules applied and the licence status.

    Args:
        score: The :class:`~hiptx.QuestionnaireScore`.
        derived_from: The reference of the QuestionnaireResponse it was scored from.
        subject: The patient's reference, if any.
        effective: When the questionnaire was completed, if known.
        catalog: The catalog the instrument comes from; the bundled one if omitted.

    Raises:
        WrongTypeError: an argument of the wrong type.

    Example:
        >>> import hiptx, hiptx.fhir.outcomes
        >>> s = hiptx.score_questionnaire("hoos", {f"hoos-qol-{i}": 2 for i in range(1, 5)})
        >>> o = hiptx.fhir.outcomes.score_observation(s, derived_from="QuestionnaireResponse/r1")
        >>> o["code"]["coding"][0]["code"], o["component"][4]["valueQuantity"]["value"]
        ('72092-0', 50.0)
        >>> o["component"][0]["dataAbsentReason"]["text"]
        '0 of 10 items answered; at least 5 needed'

    .. versionadded:: 0.2.0
    """
    _args.require("score", score, QuestionnaireScore, "a QuestionnaireScore")
    _args.require("derived_from", derived_from, str, "a reference (a string)")
    _args.require_optional("subject", subject, str, "a reference (a string) or None")
    _args.require_date("effective", effective, optional=True)
    instrument = given_or_bundled(catalog).instruments[score.instrument_id]
    observation: JSON = {
        "resourceType": "Observation",
        "id": f"{instrument.id}-score",
        "status": "final",
        "code": codeable(instrument.codes, instrument.name),
    }
    if subject is not None:
        observation["subject"] = {"reference": subject}
    if effective is not None:
        observation["effectiveDateTime"] = effective.isoformat()
    observation["derivedFrom"] = [{"reference": derived_from}]
    observation["component"] = [_component(instrument, s.id, score) for s in instrument.subscales]
    notes = [r.message for s in score.scales for r in s.reasons] + [
        r.message for r in score.reasons
    ]
    observation["note"] = [{"text": text} for text in dict.fromkeys(notes)]
    return observation


def outcome_bundle(
    response: Mapping[str, Any],
    instrument: Instrument | str,
    *,
    catalog: Catalog | None = None,
    base: str | None = None,
) -> dict[str, Any]:
    """The response and its scored ``Observation`` in one ``collection`` Bundle.

    The Observation is ``derivedFrom`` the response's entry and shares its
    ``subject``; its effective date is the response's ``authored`` date, where
    given. The response goes in unchanged (a copy).

    Args:
        response: The QuestionnaireResponse (see :func:`score_questionnaire_response`).
        instrument: An :class:`~hiptx.Instrument` or its id.
        catalog: The catalog it comes from; the bundled one if omitted.
        base: Your server's FHIR base URL, else entries get ``urn:uuid`` addresses.

    Raises:
        The errors of :func:`score_questionnaire_response`, and
        InvalidValueError: an ``authored`` that is not a date, or a bad ``base``.

    Example:
        >>> import hiptx.fhir, hiptx.fhir.outcomes
        >>> response = {"resourceType": "QuestionnaireResponse", "id": "r2",
        ...             "status": "completed", "authored": "2026-03-01",
        ...             "item": [{"linkId": "nahs-1", "answer": [{"valueInteger": 4}]}]}
        >>> bundle = hiptx.fhir.outcomes.outcome_bundle(response, "nahs",
        ...                                             base="https://fhir.example.org")
        >>> bundle["entry"][1]["resource"]["derivedFrom"]
        [{'reference': 'https://fhir.example.org/QuestionnaireResponse/r2'}]
        >>> bundle["entry"][1]["resource"]["component"][0]["dataAbsentReason"]["text"]
        '1 of 20 items answered; at least 20 needed'

    .. versionadded:: 0.2.0
    """
    cat = given_or_bundled(catalog)
    score = score_questionnaire_response(response, instrument, catalog=cat)
    addresses = Addresses(check_base(base), cat.version)
    copied: JSON = copy.deepcopy(dict(response))
    copied.setdefault("id", "questionnaire-response")
    response_url = addresses.url("QuestionnaireResponse", str(copied["id"]))
    subject = (
        copied.get("subject", {}).get("reference")
        if isinstance(copied.get("subject"), dict)
        else None
    )
    authored = copied.get("authored")
    effective = None
    if authored is not None:
        try:
            effective = datetime.date.fromisoformat(str(authored)[:10])
        except ValueError:
            raise InvalidValueError(
                "response.authored", authored, "a FHIR date or dateTime"
            ) from None
    observation = score_observation(
        score, derived_from=response_url, subject=subject, effective=effective, catalog=cat
    )
    observation["id"] = f"{score.instrument_id}-score-{copied['id']}"
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [entry(copied, addresses), entry(observation, addresses)],
    }
