"""A patient's operation, and what it keeps the operated hip from doing, day by day.

:class:`Surgery` is the input: which operation (a catalog treatment id), when, on
which side and by which approach. :func:`exercise_restriction` is the one question
every rule asks of it: may this exercise be done on this day, and if not, why and
until when? Plans, programmes and progression decisions all ask it (through an
:class:`OperationLimits` made for their call, which reads the limits once), so a
restriction is decided in one place.

Long because it holds one rule whole: the input with the surgeon's orders and their
checks, the limits read from the catalog (with the safer reading, the assumed
approach and the evidence against them), and the two questions asked of them.
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from hiptx import _args, _fields
from hiptx._catalog_arg import given_or_bundled
from hiptx.catalog import Catalog
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.explain import Reason, ReasonCode
from hiptx.model import Exercise, Precaution, Treatment
from hiptx.rules._calendar import add_span_bound, calendar_date, calendar_date_or_none
from hiptx.vocab import Approach, HipPosition, Side, TreatmentKind

__all__ = ["ExerciseRestriction", "Surgery", "exercise_restriction", "surgery_orders"]


def __dir__() -> list[str]:
    return __all__


def _positions_or_none(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    allowed = "None (not stated) or a tuple of HipPosition (empty: no precautions)"
    if value is None:
        return
    if not isinstance(value, tuple) or not all(isinstance(v, HipPosition) for v in value):
        raise WrongTypeError(attribute.name, value, allowed)
    if len(set(value)) != len(value):
        raise InvalidValueError(attribute.name, value, "each HipPosition once")


def _orders_are_consistent(instance: Surgery, attribute: attrs.Attribute[Any], value: Any) -> None:
    # Runs after ``date`` passed its own check (attrs validates in field order).
    calendar_date_or_none(instance, attribute, value)
    if instance.precautions_until is not None and not instance.precautions:
        raise InvalidValueError(
            "precautions_until",
            instance.precautions_until,
            "None unless the surgeon's precautions name a position",
        )
    for name in ("precautions_until", "weight_bearing_until"):
        value = getattr(instance, name)
        if value is not None and value < instance.date:
            raise InvalidValueError(
                name, value, f"a date on or after the surgery ({instance.date.isoformat()})"
            )


@attrs.frozen(kw_only=True)
class Surgery:
    """An operation on the hip: what, when, which side, by which approach, and the surgeon's orders.

    The surgeon's orders, when given, take the place of hiptx's defaults and are
    recorded as the surgeon's (:attr:`hiptx.Basis.SURGEON`). Where the surgeon has
    said nothing (``None``), hiptx applies the catalog's precautions and
    weight-bearing limits for their longest reported window, and says so.

    Args:
        treatment_id: The operation, as a catalog treatment id of kind ``surgery``.
        date: The day of the operation.
        side: The operated hip.
        approach: The surgical approach; ``UNKNOWN`` when not known (then hiptx
            assumes the approach that carries precautions, and says so).
        precautions: The surgeon's movement precautions: the positions to avoid,
            ``()`` for "no precautions", ``None`` when the surgeon said nothing.
        precautions_until: The first day the surgeon's precautions no longer apply;
            ``None`` while the surgeon has not set one.
        weight_bearing_until: The surgeon's weight-bearing order: the first day full
            weight bearing is allowed (the day of surgery for none), ``None`` when
            the surgeon said nothing.

    Example:
        >>> import datetime, hiptx
        >>> s = hiptx.Surgery(treatment_id="hip-replacement", date=datetime.date(2026, 11, 20),
        ...                   side=hiptx.Side.LEFT, approach=hiptx.Approach.POSTERIOR)
        >>> s.approach.value
        'posterior'
        >>> hiptx.Surgery(treatment_id="total-hip-replacement", date=datetime.date(2026, 11, 20),
        ...               side=hiptx.Side.LEFT, weight_bearing_until=datetime.date(2026, 11, 1))
        Traceback (most recent call last):
        ...
        hiptx.errors.InvalidValueError: weight_bearing_until: 2026-11-01 is not allowed; expected a date on or after the surgery (2026-11-20)

    .. versionadded:: 0.2.0
    """

    treatment_id: str = attrs.field(**_fields.slug())
    date: datetime.date = attrs.field(validator=calendar_date)
    side: Side = attrs.field(**_fields.choice(Side))
    approach: Approach = attrs.field(default=Approach.UNKNOWN, **_fields.choice(Approach))
    precautions: tuple[HipPosition, ...] | None = attrs.field(
        default=None, validator=_positions_or_none
    )
    precautions_until: datetime.date | None = attrs.field(
        default=None, validator=calendar_date_or_none
    )
    weight_bearing_until: datetime.date | None = attrs.field(
        default=None, validator=_orders_are_consistent
    )


@attrs.frozen(kw_only=True)
class ExerciseRestriction:
    """Why an exercise may not be done on a day after an operation, and until when.

    Attributes:
        exercise_id: The exercise restricted.
        until: The first day it may be done again; ``None`` when the end is not known.
        reasons: Which precaution or order restricts it, whose it is, and its sources.

    Example:
        >>> import datetime, hiptx
        >>> r = hiptx.ExerciseRestriction(exercise_id="supine-hip-flexion",
        ...                               until=datetime.date(2027, 1, 1), reasons=())
        >>> r.until
        datetime.date(2027, 1, 1)

    .. versionadded:: 0.2.0
    """

    exercise_id: str
    until: datetime.date | None
    reasons: tuple[Reason, ...]


@attrs.frozen(kw_only=True)
class _Limit:
    """One limit in force after an operation: what it forbids, until when, and why."""

    positions: frozenset[HipPosition]
    weight_bearing: bool
    until: datetime.date | None
    reasons: tuple[Reason, ...]

    def active_on(self, day: datetime.date) -> bool:
        return self.until is None or day < self.until

    def forbids(self, exercise: Exercise) -> bool:
        return bool(self.positions & exercise.positions) or (
            self.weight_bearing and exercise.weight_bearing
        )


def operation_of(surgery: Surgery, catalog: Catalog) -> Treatment:
    """The surgery's treatment, checked to be an operation."""
    treatment = catalog.treatments[surgery.treatment_id]  # UnknownIdError names the id
    if treatment.kind is not TreatmentKind.SURGERY:
        operations = ", ".join(
            key for key, value in catalog.treatments.items() if value.kind is TreatmentKind.SURGERY
        )
        raise InvalidValueError(
            "treatment_id", surgery.treatment_id, f"a surgical treatment: {operations}"
        )
    return treatment


def _precautions_for(surgery: Surgery, catalog: Catalog) -> list[Precaution]:
    """The catalog precautions after this operation by this approach (unknown: any)."""
    found: list[Precaution] = []
    for key, treatment in catalog.treatments.items():
        for precaution in treatment.precautions:
            if key != surgery.treatment_id and surgery.treatment_id not in precaution.also_after:
                continue
            if (
                precaution.approaches
                and surgery.approach is not Approach.UNKNOWN
                and surgery.approach not in precaution.approaches
            ):
                continue
            found.append(precaution)
    return found


def _catalog_limit(precaution: Precaution, surgery: Surgery, catalog: Catalog) -> _Limit:
    """A catalog precaution applied without a surgeon's order: its longest window."""
    window = precaution.window
    until = None if window.high is None else add_span_bound(surgery.date, window.high, window.unit)
    code = (
        ReasonCode.WEIGHT_BEARING_ORDER
        if precaution.restricts_weight_bearing
        else ReasonCode.POST_OPERATIVE_PRECAUTION
    )
    ends = "with no end the sources give" if until is None else f"until {until.isoformat()}"
    reasons = [
        Reason.cited(
            code,
            f"{precaution.text.rstrip('.')} ({window}).",
            precaution.citations,
            catalog.sources,
        ),
        Reason.hiptx_default(
            ReasonCode.SAFER_READING,
            f"The surgeon's order was not given, so hiptx applies the safer reading: "
            f"the longest reported window, {ends}. Record the surgeon's order to replace it.",
        ),
    ]
    if precaution.approaches and surgery.approach is Approach.UNKNOWN:
        names = " or ".join(a.value for a in precaution.approaches)
        reasons.append(
            Reason.hiptx_default(
                ReasonCode.APPROACH_ASSUMED,
                f"The approach is unknown, so hiptx assumes the {names} approach, "
                "which carries these precautions.",
            )
        )
    reasons.extend(
        Reason.cited(
            ReasonCode.EVIDENCE_AGAINST,
            f"Evidence against it: {statement.text}",
            statement.citations,
            catalog.sources,
        )
        for statement in precaution.evidence_against
    )
    return _Limit(
        positions=frozenset(precaution.positions),
        weight_bearing=precaution.restricts_weight_bearing,
        until=until,
        reasons=tuple(reasons),
    )


def _read_limits(surgery: Surgery, catalog: Catalog) -> tuple[_Limit, ...]:
    """Every limit after the operation: the surgeon's orders, else the catalog's."""
    operation_of(surgery, catalog)
    precautions = _precautions_for(surgery, catalog)
    limits: list[_Limit] = []
    if surgery.precautions is None:
        # Each half of a catalog precaution yields to the surgeon's own order on that
        # half: here only its positions, below only its weight bearing.
        limits.extend(
            attrs.evolve(_catalog_limit(p, surgery, catalog), weight_bearing=False)
            for p in precautions
            if p.positions
        )
    elif surgery.precautions:
        until = surgery.precautions_until
        named = ", ".join(p.value for p in surgery.precautions)
        ends = "until the surgeon lifts them" if until is None else f"until {until.isoformat()}"
        limits.append(
            _Limit(
                positions=frozenset(surgery.precautions),
                weight_bearing=False,
                until=until,
                reasons=(
                    Reason.surgeon(
                        ReasonCode.SURGEON_ORDER, f"The surgeon's precautions: {named}, {ends}."
                    ),
                ),
            )
        )
    if surgery.weight_bearing_until is None:
        limits.extend(
            attrs.evolve(_catalog_limit(p, surgery, catalog), positions=frozenset())
            for p in precautions
            if p.restricts_weight_bearing
        )
    elif surgery.weight_bearing_until > surgery.date:
        day = surgery.weight_bearing_until.isoformat()
        limits.append(
            _Limit(
                positions=frozenset(),
                weight_bearing=True,
                until=surgery.weight_bearing_until,
                reasons=(
                    Reason.surgeon(
                        ReasonCode.WEIGHT_BEARING_ORDER,
                        f"The surgeon's weight-bearing order: full weight bearing from {day}.",
                    ),
                ),
            )
        )
    return tuple(limits)


def surgery_orders(
    surgery: Surgery, on: datetime.date, *, catalog: Catalog | None = None
) -> tuple[Reason, ...]:
    """What limits the operated hip on ``on``, and whose orders those are.

    Every limit in force that day, with its reasons (the surgeon's orders, or the
    catalog's precautions with the safer reading and the evidence against them), and
    the surgeon's "no precautions" or "full weight bearing" where given, so a plan
    records them even when nothing is withheld. ``catalog`` defaults to the bundled
    one.

    Raises:
        UnknownIdError: for a ``treatment_id`` not in the catalog.
        InvalidValueError: for a treatment that is not an operation.

    Example:
        >>> import datetime, hiptx
        >>> cat = hiptx.load_catalog()
        >>> s = hiptx.Surgery(treatment_id="total-hip-replacement", date=datetime.date(2026, 11, 20),
        ...                   side=hiptx.Side.LEFT, approach=hiptx.Approach.POSTERIOR,
        ...                   precautions=())
        >>> [str(r) for r in hiptx.surgery_orders(s, datetime.date(2026, 12, 4), catalog=cat)]
        ['surgeon-order: The surgeon ordered no movement precautions; hiptx applies none.']

    .. versionadded:: 0.2.0
    """
    return OperationLimits(surgery, given_or_bundled(catalog)).orders_on(on)


def exercise_restriction(
    exercise: Exercise,
    surgery: Surgery | None,
    on: datetime.date,
    *,
    catalog: Catalog,
) -> ExerciseRestriction | None:
    """What keeps ``exercise`` from being done on ``on`` after ``surgery``; ``None`` if nothing.

    An exercise is restricted while a limit in force forbids a position it reaches
    (:attr:`Exercise.positions`) or, under a weight-bearing limit, when it bears
    weight. The surgeon's orders replace the catalog's where given; otherwise the
    catalog's precautions for the operation and approach apply for their longest
    reported window (an unknown approach counts as one that carries them). Days
    before the operation are not restricted.

    Args:
        exercise: The exercise to check.
        surgery: The patient's operation, or ``None`` (then nothing restricts).
        on: The day the exercise would be done.
        catalog: The catalog whose precautions and orders apply.

    Returns:
        ``None`` when it may be done that day; otherwise the reasons and the first
        day it may be done again (``None`` when no end is known).

    Raises:
        UnknownIdError: for a ``treatment_id`` not in the catalog.
        InvalidValueError: for a treatment that is not an operation.

    Example:
        >>> import datetime, hiptx
        >>> cat = hiptx.load_catalog()
        >>> ex = cat.exercises["supine-hip-flexion"]
        >>> hiptx.exercise_restriction(ex, None, datetime.date(2026, 12, 1), catalog=cat) is None
        True
        >>> s = hiptx.Surgery(treatment_id="total-hip-replacement", date=datetime.date(2026, 11, 20),
        ...                   side=hiptx.Side.LEFT, approach=hiptx.Approach.POSTERIOR)
        >>> hiptx.exercise_restriction(ex, s, datetime.date(2026, 12, 4), catalog=cat).until
        datetime.date(2027, 2, 12)

    .. versionadded:: 0.2.0
    """
    if surgery is None:
        return None
    _args.require_date("on", on)
    return OperationLimits(surgery, catalog).restriction(exercise, on)


class OperationLimits:
    """One operation's limits for one rule call, read on first use.

    A rule asks about many exercises after one operation: it makes one of these
    per call, so the limits are read once a call; the catalog keeps nothing of it.

    Example:
        >>> import datetime, hiptx
        >>> from hiptx.rules.surgery import OperationLimits
        >>> cat = hiptx.load_catalog()
        >>> s = hiptx.Surgery(treatment_id="total-hip-replacement", date=datetime.date(2026, 11, 20),
        ...                   side=hiptx.Side.LEFT, approach=hiptx.Approach.POSTERIOR)
        >>> ex, day = cat.exercises["supine-hip-flexion"], datetime.date(2026, 12, 4)
        >>> limits = OperationLimits(s, cat)
        >>> limits.restriction(ex, day) == hiptx.exercise_restriction(ex, s, day, catalog=cat)
        True
    """

    __slots__ = ("_limits", "catalog", "surgery")

    def __init__(self, surgery: Surgery, catalog: Catalog) -> None:
        self.surgery, self.catalog = surgery, catalog
        self._limits: tuple[_Limit, ...] | None = None

    @property
    def limits(self) -> tuple[_Limit, ...]:
        """Every limit after the operation (read on first use: it may raise)."""
        if self._limits is None:
            self._limits = _read_limits(self.surgery, self.catalog)
        return self._limits

    def orders_on(self, on: datetime.date) -> tuple[Reason, ...]:
        """:func:`surgery_orders` for this operation."""
        surgery = self.surgery
        reasons: list[Reason] = []
        for limit in self.limits:
            if limit.active_on(on):
                reasons.extend(limit.reasons)
        if surgery.precautions == ():
            reasons.append(
                Reason.surgeon(
                    ReasonCode.SURGEON_ORDER,
                    "The surgeon ordered no movement precautions; hiptx applies none.",
                )
            )
        if surgery.weight_bearing_until is not None and not on < surgery.weight_bearing_until:
            reasons.append(
                Reason.surgeon(
                    ReasonCode.WEIGHT_BEARING_ORDER,
                    "The surgeon's order allows full weight bearing on this day.",
                )
            )
        return tuple(dict.fromkeys(reasons))

    def restriction(self, exercise: Exercise, on: datetime.date) -> ExerciseRestriction | None:
        """:func:`exercise_restriction` for this operation (``on`` already checked)."""
        surgery = self.surgery
        limits = self.limits
        if on < surgery.date:
            return None
        blocking = [limit for limit in limits if limit.active_on(on) and limit.forbids(exercise)]
        if not blocking:
            return None
        ends = [limit.until for limit in blocking]
        until = None if None in ends else max(end for end in ends if end is not None)
        reasons = [
            Reason.hiptx_default(
                ReasonCode.RESTRICTED_AFTER_SURGERY,
                f"{exercise.name} waits after the {surgery.treatment_id} of "
                f"{surgery.date.isoformat()}"
                + ("" if until is None else f", until {until.isoformat()}")
                + " (hiptx withholds what a precaution or order in force forbids).",
            )
        ]
        for limit in blocking:
            reasons.extend(limit.reasons)
        return ExerciseRestriction(
            exercise_id=exercise.id, until=until, reasons=tuple(dict.fromkeys(reasons))
        )
