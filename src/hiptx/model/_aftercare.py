"""After an operation: precautions and weight-bearing orders, and rehabilitation phases.

Both are catalog data on the operation's :class:`~hiptx.Treatment`. A
:class:`Precaution` is one movement or loading limit with its window from the day of
surgery, the approaches it applies to, and the evidence for and against it. A
:class:`RehabPhase` is one step of a post-operative programme: its goal, when it can
begin at the earliest, and the criteria that move a patient on.
"""

from __future__ import annotations

import attrs

from hiptx import _fields
from hiptx.errors import InvalidValueError
from hiptx.model._provenance import Citation, Statement
from hiptx.ranges import Span
from hiptx.vocab import Approach, HipPosition


def _limits_something(instance: Precaution, _: attrs.Attribute[object], __: object) -> None:
    if not instance.positions and not instance.restricts_weight_bearing:
        raise InvalidValueError(
            "positions", instance.positions, "a limited position, or restricts_weight_bearing"
        )


@attrs.frozen(kw_only=True)
class Precaution:
    """A movement or loading limit after an operation, for a window from its date.

    Args:
        id: Stable id, unique within its treatment.
        text: What it asks of the patient, in a sentence.
        window: How long it lasts from the day of surgery, as the sources report it.
            Where the surgeon gives no order, the rules apply its upper bound (the
            safer reading) and say so.
        citations: The sources that set it.
        positions: The hip positions it forbids.
        restricts_weight_bearing: True when it limits weight through the operated leg
            (non- or partial weight bearing), so weight-bearing exercises wait.
        approaches: The surgical approaches it applies to; empty for any approach.
            An operation whose approach is unknown is treated as one it applies to.
        also_after: Other operations (catalog treatment ids) it applies to.
        evidence_against: Findings that question it (for example trials that found
            no benefit), shown next to it whenever it is applied.
        note: Anything else that limits it.

    Example:
        >>> import hiptx
        >>> thr = hiptx.load_catalog().treatments["total-hip-replacement"]
        >>> p = thr.precautions[0]
        >>> str(p.window), sorted(x.value for x in p.positions), p.approaches
        ('6-12 weeks', ['adduction_past_midline', 'flexion_beyond_90', 'internal_rotation'], (<Approach.POSTERIOR: 'posterior'>,))

    .. versionadded:: 0.2.0
    """

    id: str = attrs.field(**_fields.slug())
    text: str = attrs.field(**_fields.text())
    window: Span = attrs.field(**_fields.instance(Span))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    positions: tuple[HipPosition, ...] = attrs.field(
        default=(), **_fields.items(HipPosition, unique=True)
    )
    restricts_weight_bearing: bool = attrs.field(default=False, **_fields.flag())
    approaches: tuple[Approach, ...] = attrs.field(
        default=(), **_fields.items(Approach, unique=True, also=_limits_something)
    )
    also_after: tuple[str, ...] = attrs.field(default=(), **_fields.slugs())
    evidence_against: tuple[Statement, ...] = attrs.field(default=(), **_fields.items(Statement))
    note: str | None = attrs.field(default=None, **_fields.text(optional=True))


@attrs.frozen(kw_only=True)
class Criterion:
    """One criterion to move on from a rehabilitation phase.

    Example:
        >>> import hiptx
        >>> ha = hiptx.load_catalog().treatments["hip-arthroscopy"]
        >>> ha.rehab_phases[0].criteria[-1].id
        'canes-removed'

    .. versionadded:: 0.2.0
    """

    id: str = attrs.field(**_fields.slug())
    text: str = attrs.field(**_fields.text())


@attrs.frozen(kw_only=True)
class RehabPhase:
    """One phase of rehabilitation after an operation.

    Args:
        number: Its place in the programme, from 1.
        name: What the phase is for.
        window: When it runs, counted from the day of surgery; the next phase can
            begin at the earliest when this one's upper bound has passed.
        citations: Where it comes from.
        criteria: What must be met to move on; empty for the last phase.
        note: Anything else (for example what the sources disagree on).

    Example:
        >>> import hiptx
        >>> ha = hiptx.load_catalog().treatments["hip-arthroscopy"]
        >>> [(p.number, str(p.window)) for p in ha.rehab_phases][:2]
        [(1, '0-4 weeks'), (2, '4-8 weeks')]

    .. versionadded:: 0.2.0
    """

    number: int = attrs.field(**_fields.integer(minimum=1, maximum=20))
    name: str = attrs.field(**_fields.text())
    window: Span = attrs.field(**_fields.instance(Span))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    criteria: tuple[Criterion, ...] = attrs.field(default=(), **_fields.items(Criterion))
    note: str | None = attrs.field(default=None, **_fields.text(optional=True))
