"""One patient's scored questionnaires over time, as rows an app can plot."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

import attrs

from hiptx import _args
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.rules.outcomes import QuestionnaireScore

__all__ = ["OutcomePoint", "OutcomeSeries", "outcome_series"]


@attrs.frozen(kw_only=True)
class OutcomePoint:
    """One scale's score on one date, and its change from the baseline.

    Attributes:
        subscale_id: The scale.
        date: When the questionnaire was completed.
        days_from_baseline: Days since the first questionnaire (0 for it).
        score: The score, or ``None`` where too few items were answered.
        change: The score minus the baseline's; ``None`` where either is missing.

    Example:
        >>> import datetime, hiptx
        >>> a = hiptx.score_questionnaire("nahs", {f"nahs-{i}": 2 for i in range(1, 21)})
        >>> series = hiptx.outcome_series([(datetime.date(2026, 1, 5), a)])
        >>> series.points[0].score, series.points[0].change
        (50.0, 0.0)

    .. versionadded:: 0.2.0
    """

    subscale_id: str
    date: datetime.date
    days_from_baseline: int
    score: float | None
    change: float | None


@attrs.frozen(kw_only=True)
class OutcomeSeries:
    """A series for one instrument: every scale's score and change on every date.

    Attributes:
        instrument_id: The instrument.
        baseline_date: The first questionnaire's date.
        dates: Every date, in order.
        points: One point per scale per date, by date then in the instrument's
            scale order: rows an app can plot or tabulate.

    Example:
        >>> import datetime, hiptx
        >>> ohs = {f"oxford-hip-score-{i}": 1 for i in range(1, 13)}
        >>> later = {key: 3 for key in ohs}
        >>> series = hiptx.outcome_series([
        ...     (datetime.date(2026, 4, 1), hiptx.score_questionnaire("oxford-hip-score", later)),
        ...     (datetime.date(2026, 1, 1), hiptx.score_questionnaire("oxford-hip-score", ohs)),
        ... ])
        >>> [(p.days_from_baseline, p.score, p.change) for p in series.points]
        [(0, 12.0, 0.0), (90, 36.0, 24.0)]

    .. versionadded:: 0.2.0
    """

    instrument_id: str
    baseline_date: datetime.date
    dates: tuple[datetime.date, ...]
    points: tuple[OutcomePoint, ...]

    def of(self, subscale_id: str) -> tuple[OutcomePoint, ...]:
        """The points of one scale, by date.

        Raises:
            InvalidValueError: a scale the instrument does not have.

        Example:
            >>> import datetime, hiptx
            >>> a = hiptx.score_questionnaire("nahs", {f"nahs-{i}": 2 for i in range(1, 21)})
            >>> len(hiptx.outcome_series([(datetime.date(2026, 1, 5), a)]).of("nahs"))
            1
        """
        found = tuple(p for p in self.points if p.subscale_id == subscale_id)
        if not found:
            known = sorted({p.subscale_id for p in self.points})
            raise InvalidValueError("subscale_id", subscale_id, f"one of {', '.join(known)}")
        return found


def _checked(dated: object) -> list[tuple[datetime.date, QuestionnaireScore]]:
    if isinstance(dated, (str, bytes)) or not isinstance(dated, Iterable):
        raise WrongTypeError("scores", dated, "pairs of (datetime.date, QuestionnaireScore)")
    checked: list[tuple[datetime.date, QuestionnaireScore]] = []
    for position, pair in enumerate(dated):
        field = f"scores[{position}]"
        if not (isinstance(pair, tuple) and len(pair) == 2):
            raise WrongTypeError(field, pair, "a (datetime.date, QuestionnaireScore) pair")
        date, score = pair[0], pair[1]
        _args.require_date(f"{field}[0]", date)
        if not isinstance(score, QuestionnaireScore):
            raise WrongTypeError(f"{field}[1]", score, "a QuestionnaireScore")
        checked.append((date, score))
    if not checked:
        raise InvalidValueError("scores", (), "at least one (date, score) pair")
    return checked


def outcome_series(
    scores: Iterable[tuple[datetime.date, QuestionnaireScore]],
) -> OutcomeSeries:
    """One patient's scores of one instrument over time, with the change from baseline.

    The earliest date is the baseline. Every scale has a point on every date, its
    score ``None`` where that questionnaire could not score it.

    Args:
        scores: ``(date, score)`` pairs in any order, all of one instrument and
            each on a different date.

    Raises:
        InvalidValueError: no pairs, two on one date, or two instruments.
        WrongTypeError: something other than ``(datetime.date,
            QuestionnaireScore)`` pairs.

    Example:
        >>> import datetime, hiptx
        >>> a = hiptx.score_questionnaire("nahs", {f"nahs-{i}": 2 for i in range(1, 21)})
        >>> hiptx.outcome_series([(datetime.date(2026, 1, 5), a)]).baseline_date
        datetime.date(2026, 1, 5)

    .. versionadded:: 0.2.0
    """
    pairs = sorted(_checked(scores), key=lambda pair: pair[0])
    instrument_id = pairs[0][1].instrument_id
    for _, score in pairs:
        if score.instrument_id != instrument_id:
            raise InvalidValueError(
                "scores", score.instrument_id, f"scores of one instrument ({instrument_id})"
            )
    dates = [date for date, _ in pairs]
    if len(set(dates)) != len(dates):
        repeated = next(d for d in dates if dates.count(d) > 1)
        raise InvalidValueError("scores", repeated.isoformat(), "one questionnaire per date")
    start, baseline = pairs[0][0], pairs[0][1].scores
    points = []
    for date, score in pairs:
        for scale in score.scales:
            before = baseline.get(scale.subscale_id)
            change = None if scale.score is None or before is None else scale.score - before
            points.append(
                OutcomePoint(
                    subscale_id=scale.subscale_id,
                    date=date,
                    days_from_baseline=(date - start).days,
                    score=scale.score,
                    change=change,
                )
            )
    return OutcomeSeries(
        instrument_id=instrument_id,
        baseline_date=start,
        dates=tuple(dates),
        points=tuple(points),
    )
