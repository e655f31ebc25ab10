"""A clinician's assessment: each movement pattern's finding, and its pain on testing.

The input of :func:`hiptx.plan_exercises` (importable from
:mod:`hiptx.rules.plans` and :mod:`hiptx`).
"""

from __future__ import annotations

import types
from collections.abc import Mapping

import attrs

from hiptx import _args, _fields
from hiptx._enum import ValueEnum
from hiptx._fields import SCHEMA_KEY
from hiptx.errors import InvalidValueError, OutOfRangeError, WrongTypeError
from hiptx.vocab import MovementPattern, Side


class Finding(ValueEnum):
    """What an assessment found for one movement pattern.

    Example:
        >>> import hiptx
        >>> hiptx.Finding("painful").is_impaired
        True

    .. versionadded:: 0.1.0
    """

    NORMAL = "normal"
    WEAK = "weak"
    RESTRICTED = "restricted"
    PAINFUL = "painful"

    @property
    def is_impaired(self) -> bool:
        """True for every finding but NORMAL."""
        return self is not Finding.NORMAL


def _freeze_findings(value: object) -> Mapping[MovementPattern, Finding]:
    if not isinstance(value, Mapping):
        raise WrongTypeError("findings", value, "a mapping of MovementPattern to Finding")
    for pattern, finding in value.items():
        _args.require("findings key", pattern, MovementPattern)
        _args.require(f"findings[{pattern.name}]", finding, Finding)
    ordered = {p: value[p] for p in MovementPattern if p in value}
    return types.MappingProxyType(ordered)


def _freeze_scores(value: object) -> Mapping[MovementPattern, int]:
    if not isinstance(value, Mapping):
        raise WrongTypeError("pain_scores", value, "a mapping of MovementPattern to 0-10")
    for pattern, score in value.items():
        _args.require("pain_scores key", pattern, MovementPattern)
        _args.require(f"/pain_scores/{pattern.value}", score, int, "an integer from 0 to 10")
        if not 0 <= score <= 10:
            raise OutOfRangeError(f"/pain_scores/{pattern.value}", score, "an integer from 0 to 10")
    return types.MappingProxyType(dict(value))


def _scores_match_findings(instance: Assessment, _: attrs.Attribute[object], __: object) -> None:
    for pattern in instance.pain_scores:
        if instance.findings.get(pattern) is not Finding.PAINFUL:
            raise InvalidValueError(
                f"/pain_scores/{pattern.value}",
                instance.pain_scores[pattern],
                "a pain score only for patterns found PAINFUL",
            )


@attrs.frozen(kw_only=True, eq=True, hash=False)
class Assessment:
    """An assessment of the hip's movement patterns.

    Args:
        findings: The finding for each pattern assessed.
        pain_scores: Pain (0-10) for patterns found painful, where recorded.
        side: Which hip was assessed: :class:`~hiptx.Side` ``LEFT``, ``RIGHT``
            or ``BOTH`` (the same findings on both); ``None`` when not said.

    Example:
        >>> import hiptx
        >>> a = hiptx.Assessment(findings={hiptx.MovementPattern.ADDUCTION: hiptx.Finding.PAINFUL},
        ...                      pain_scores={hiptx.MovementPattern.ADDUCTION: 4})
        >>> [p.value for p in a.impaired]
        ['adduction']
        >>> [p.value for p in a.not_assessed][:2]
        ['flexion', 'extension']

    .. versionadded:: 0.1.0
    """

    findings: Mapping[MovementPattern, Finding] = attrs.field(converter=_freeze_findings)
    pain_scores: Mapping[MovementPattern, int] = attrs.field(
        factory=dict,
        converter=_freeze_scores,
        validator=_scores_match_findings,
        # The schema says what _freeze_scores checks: each score 0-10.
        metadata={SCHEMA_KEY: {"values": {"minimum": 0, "maximum": 10}}},
    )
    side: Side | None = attrs.field(default=None, **_fields.choice(Side, optional=True))

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # The read-only mapping proxies cannot be pickled; rebuild (and re-validate)
        # from plain dicts, so an Assessment crosses process boundaries and deep-copies.
        return _rebuild_assessment, (dict(self.findings), dict(self.pain_scores), self.side)

    @property
    def impaired(self) -> tuple[MovementPattern, ...]:
        """Patterns with any finding but NORMAL, in :class:`MovementPattern` order."""
        return tuple(p for p, f in self.findings.items() if f.is_impaired)

    @property
    def not_assessed(self) -> tuple[MovementPattern, ...]:
        """Basic patterns (as Upright Health, a commercial programme, lists them) not assessed."""
        return tuple(p for p in MovementPattern.basic() if p not in self.findings)


def _rebuild_assessment(
    findings: dict[MovementPattern, Finding],
    pain_scores: dict[MovementPattern, int],
    side: Side | None = None,
) -> Assessment:
    return Assessment(findings=findings, pain_scores=pain_scores, side=side)
