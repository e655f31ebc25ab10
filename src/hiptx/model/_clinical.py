"""Clinical objects: the conditions that cause hip pain, and risks with their published rates."""

from __future__ import annotations

import attrs

from hiptx import _fields
from hiptx.codes import Code
from hiptx.errors import InvalidValueError, OutOfRangeError
from hiptx.model._provenance import Citation, Statement
from hiptx.ranges import Span
from hiptx.vocab import (
    EvidenceStrength,
    Frequency,
)


@attrs.frozen(kw_only=True)
class Condition:
    """A hip condition that causes pain.

    Args:
        id: Stable catalog id.
        name: Its usual name.
        also_known_as: Other names it goes by.
        summary: One or two plain sentences.
        diagnosis: How it is diagnosed, per the sources.
        citations: Where the description comes from.
        codes: Standard codes for it (SNOMED CT IPS Free Set), where one fits.

    Example:
        >>> import hiptx
        >>> fai = hiptx.load_catalog().conditions["fai-syndrome"]
        >>> fai.name
        'Femoroacetabular impingement (FAI) syndrome'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``codes``.
    """

    id: str = attrs.field(**_fields.slug())
    name: str = attrs.field(**_fields.text())
    summary: str = attrs.field(**_fields.text())
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    also_known_as: tuple[str, ...] = attrs.field(default=(), **_fields.items(str))
    diagnosis: tuple[Statement, ...] = attrs.field(default=(), **_fields.items(Statement))
    codes: tuple[Code, ...] = attrs.field(default=(), **_fields.items(Code, unique=True))


def _rate_is_consistent(instance: Rate, _: attrs.Attribute[object], __: object) -> None:
    figures = (instance.estimate_percent, instance.low_percent, instance.high_percent)
    if all(f is None for f in figures):
        raise InvalidValueError("estimate_percent", None, "an estimate, a low-high range, or both")
    if (instance.low_percent is None) != (instance.high_percent is None):
        raise InvalidValueError(
            "low_percent", instance.low_percent, "low_percent and high_percent together"
        )
    low, high, estimate = instance.low_percent, instance.high_percent, instance.estimate_percent
    if low is not None and high is not None:
        if high < low:
            raise OutOfRangeError("high_percent", high, f"a number >= low_percent ({low:g})")
        if estimate is not None and not low <= estimate <= high:
            raise OutOfRangeError(
                "estimate_percent", estimate, f"a number from {low:g} to {high:g}"
            )


@attrs.frozen(kw_only=True)
class Rate:
    """How often a risk occurred in a studied population.

    A rate is an estimate, a low-high range (a confidence interval or a range across
    studies), or both, in percent, with the population and follow-up it applies to.

    Example:
        >>> import hiptx
        >>> r = hiptx.Rate(estimate_percent=1.18, low_percent=0.8, high_percent=1.74,
        ...                population="4,577 hip arthroscopies (meta-analysis)",
        ...                strength=hiptx.EvidenceStrength.HIGH,
        ...                citations=(hiptx.Citation(source_id="bolia-2018-vte"),))
        >>> str(r)
        '1.18% (0.8-1.74%)'
        >>> hiptx.Rate(estimate_percent=120, population="x", strength=hiptx.EvidenceStrength.LOW,
        ...            citations=(hiptx.Citation(source_id="x"),))
        Traceback (most recent call last):
        ...
        hiptx.errors.OutOfRangeError: estimate_percent: 120 is not allowed; expected a finite number from 0 to 100

    .. versionadded:: 0.1.0
    """

    population: str = attrs.field(**_fields.text())
    strength: EvidenceStrength = attrs.field(**_fields.choice(EvidenceStrength))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    estimate_percent: float | None = attrs.field(
        default=None, **_fields.number(maximum=100.0, optional=True)
    )
    low_percent: float | None = attrs.field(
        default=None, **_fields.number(maximum=100.0, optional=True)
    )
    high_percent: float | None = attrs.field(
        default=None, **_fields.number(maximum=100.0, also=_rate_is_consistent, optional=True)
    )
    follow_up: Span | None = attrs.field(default=None, **_fields.instance(Span, optional=True))

    def __str__(self) -> str:
        parts = []
        if self.estimate_percent is not None:
            parts.append(f"{self.estimate_percent:g}%")
        if self.low_percent is not None and self.high_percent is not None:
            interval = f"{self.low_percent:g}-{self.high_percent:g}%"
            parts.append(f"({interval})" if parts else interval)
        return " ".join(parts)


@attrs.frozen(kw_only=True)
class Risk:
    """Something that can go wrong with a treatment.

    Args:
        id: Stable catalog id.
        name: A short name, e.g. ``"Deep vein thrombosis"``.
        frequency: How often, in the source's own words (``UNKNOWN`` otherwise).
        rates: Published rates with their populations, where a source gives one.
        summary: A plain sentence, if the name needs one.
        citations: Where the risk is listed.
        codes: A standard code for it (SNOMED CT IPS Free Set), where one fits.

    Example:
        >>> import hiptx
        >>> risk = hiptx.load_catalog().risks["arthroscopy-femoral-head-damage"]
        >>> risk.frequency
        <Frequency.VERY_RARE: 'very_rare'>

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``codes``.
    """

    id: str = attrs.field(**_fields.slug())
    name: str = attrs.field(**_fields.text())
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    frequency: Frequency = attrs.field(default=Frequency.UNKNOWN, **_fields.choice(Frequency))
    rates: tuple[Rate, ...] = attrs.field(default=(), **_fields.items(Rate))
    summary: str | None = attrs.field(default=None, **_fields.text(optional=True))
    codes: tuple[Code, ...] = attrs.field(default=(), **_fields.items(Code, unique=True))
