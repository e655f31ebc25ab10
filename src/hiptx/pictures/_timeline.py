"""The recovery timeline: a treatment's milestones on one time axis.

Each figure is drawn as what it is: a range as a bar from its low to its high end,
a mean as a diamond (an average over many patients, not a window), an upper bound as
a faded bar from the start up to a capped end, an open-ended figure as a bar running
off the axis, a single figure as a dot, and words without a figure as words, never
placed on the axis. Milestones bound to a job demand or a weight-bearing protocol
say so under their name.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

from hiptx import _args
from hiptx._catalog_arg import given_or_bundled
from hiptx.catalog import Catalog
from hiptx.explain import ReasonCode
from hiptx.model import Milestone, Treatment
from hiptx.pictures import _svg
from hiptx.ranges import FigureKind, Span, TimeUnit
from hiptx.rules.recovery import MilestoneEstimate, RecoveryEstimate

#: Days in each unit, for placing spans of different units on one axis (a drawing,
#: not a date: the rules' calendar arithmetic lives in ``rules._calendar``).
_DAYS = {TimeUnit.DAY: 1.0, TimeUnit.WEEK: 7.0, TimeUnit.MONTH: 365.25 / 12, TimeUnit.YEAR: 365.25}


class _Figure(enum.Enum):
    RANGE = "range"
    MEAN = "mean"
    UPPER_BOUND = "upper bound"
    OPEN = "lower bound"
    SINGLE = "single figure"
    WORDS = "words only"


def figure_kind(milestone: Milestone | MilestoneEstimate) -> _Figure:
    """What a milestone's figure is: a range, a mean, an upper bound, ...

    The one place that reads it, from the span's own :class:`~hiptx.FigureKind`; a
    typical or approximate value is drawn as one figure (its label says which).
    """
    span = milestone.span
    if span is None:
        return _Figure.WORDS
    if span.kind is FigureKind.MEAN:
        return _Figure.MEAN
    if span.kind is FigureKind.UPPER_BOUND:
        return _Figure.UPPER_BOUND
    if span.high is None:
        return _Figure.OPEN
    return _Figure.SINGLE if span.high == span.low else _Figure.RANGE


class _Row(NamedTuple):
    label: str
    variant: str
    span: Span | None
    wording: str | None
    figure: _Figure
    sources: tuple[str, ...]


def _label(milestone: Milestone | MilestoneEstimate) -> str:
    name = milestone.kind.value.replace("_", " ")
    return name[0].upper() + name[1:]


def _variant_of_milestone(m: Milestone) -> str:
    bound = []
    if m.job is not None:
        bound.append(f"{m.job.value} work")
    if m.weight_bearing is not None:
        bound.append(f"{m.weight_bearing.value} weight-bearing")
    return ", ".join(bound) or "every patient"


def _row(m: Milestone | MilestoneEstimate, variant: str) -> _Row:
    sources = tuple(dict.fromkeys(c.source_id for c in m.citations))
    return _Row(_label(m), variant, m.span, m.wording, figure_kind(m), sources)


def _rows_of_estimate(estimate: RecoveryEstimate) -> list[_Row]:
    rows = []
    for m in estimate.milestones:
        codes = {r.code for r in m.reasons}
        if ReasonCode.MILESTONE_FOR_JOB in codes and estimate.job is not None:
            variant = f"{estimate.job.value} work"
        elif ReasonCode.MILESTONE_FOR_PROTOCOL in codes:
            variant = f"{estimate.weight_bearing.value} weight-bearing"
        else:
            variant = "every patient"
        rows.append(_row(m, variant))
    return rows


def _days(span: Span, end: str) -> float:
    value = span.low if end == "low" or span.high is None else span.high
    return value * _DAYS[span.unit]


def _order(row: _Row) -> tuple[int, float, float]:
    # Dated figures by their start, then their end; words after every figure.
    if row.span is None:
        return (1, 0.0, 0.0)
    return (0, _days(row.span, "low"), _days(row.span, "high"))


def _axis(longest_days: float) -> tuple[TimeUnit, int, int]:
    """The axis unit, its tick step and its tick count, for figures up to ``longest_days``."""
    choices = (
        (TimeUnit.DAY, 21.0, (1, 2, 5)),
        (TimeUnit.WEEK, 120.0, (1, 2, 4, 8)),
        (TimeUnit.MONTH, 800.0, (1, 2, 3, 6)),
        (TimeUnit.YEAR, float("inf"), (1, 2, 5, 10, 20)),
    )
    unit, _, steps = next(c for c in choices if longest_days <= c[1])
    span_units = longest_days * 1.12 / _DAYS[unit]
    step = next((s for s in steps if span_units / s <= 10), steps[-1])
    ticks = max(2, int(-(-span_units // step)))
    return unit, step, ticks


def _value_label(row: _Row) -> str:
    span = row.span
    if span is None:
        return f"“{row.wording}”: no figure in the source"
    # A span says what it is ("mean 115 days", "up to 12 weeks", "about 4 days").
    return str(span)


_LABEL_WIDTH = 230
_PLOT_LEFT = 205
_PLOT_RIGHT = 575
_WIDTH = 740
_ROW = 46


def _draw_row(d: _svg.Drawing, row: _Row, y: float, per_day: float, axis_days: float) -> None:
    d.text(16, y + 18, row.label, css="body bold")
    d.text(16, y + 35, row.variant, css="small muted")
    mid = y + _ROW / 2 - 2
    if row.span is None:
        d.text(_PLOT_LEFT + 4, mid + 5, _value_label(row), css="body italic muted")
        return
    low = _PLOT_LEFT + _days(row.span, "low") * per_day
    high = _PLOT_LEFT + min(_days(row.span, "high"), axis_days) * per_day
    if row.figure is _Figure.RANGE:
        d.rect(low, mid - 7, max(high - low, 3), 14, fill=_svg.BLUE, radius=3)
        end = high
    elif row.figure is _Figure.UPPER_BOUND:
        d.rect(
            _PLOT_LEFT,
            mid - 7,
            high - _PLOT_LEFT,
            14,
            fill=_svg.LIGHT_BLUE,
            stroke=_svg.BLUE,
            dash=True,
        )
        d.line(high, mid - 11, high, mid + 11, stroke=_svg.BLUE, width=3)
        end = high
    elif row.figure is _Figure.OPEN:
        right = _PLOT_LEFT + axis_days * per_day
        d.rect(low, mid - 7, right - low, 14, fill=_svg.LIGHT_BLUE, stroke=_svg.BLUE)
        d.line(right - 20, mid, right + 6, mid, stroke=_svg.BLUE, width=2, arrow=True)
        end = right + 6
    elif row.figure is _Figure.MEAN:
        d.diamond(low, mid, 8, fill=_svg.ORANGE)
        end = low + 8
    else:  # a single figure
        d.circle(low, mid, 6.5, fill=_svg.BLUE)
        end = low + 7
    d.text(end + 8, mid + 5, _value_label(row), css="body")


def _draw_legend(d: _svg.Drawing, y: float) -> None:
    x = 16.0
    d.text(x, y + 4, "Drawn as:", css="small muted")
    x += 70
    d.rect(x, y - 6, 26, 12, fill=_svg.BLUE, radius=3)
    d.text(x + 32, y + 4, "range", css="small")
    x += 90
    d.circle(x + 6, y, 6, fill=_svg.BLUE)
    d.text(x + 18, y + 4, "single figure", css="small")
    x += 120
    d.diamond(x + 7, y, 8, fill=_svg.ORANGE)
    d.text(x + 20, y + 4, "mean over many patients", css="small")
    x += 180
    d.rect(x, y - 6, 26, 12, fill=_svg.LIGHT_BLUE, stroke=_svg.BLUE, dash=True)
    d.line(x + 26, y - 9, x + 26, y + 9, stroke=_svg.BLUE, width=3)
    d.text(x + 34, y + 4, "upper bound", css="small")
    x += 120
    d.rect(x, y - 6, 26, 12, fill=_svg.LIGHT_BLUE, stroke=_svg.BLUE)
    d.text(x + 32, y + 4, "or more", css="small")


def _draw(title: str, subtitle: str, rows: list[_Row]) -> str:
    rows = sorted(rows, key=_order)
    d = _svg.Drawing(_WIDTH)
    d.text(16, 26, title, css="head")
    y = d.lines(16, 34, subtitle, _WIDTH - 32, size=12, css="small muted")
    dated = [r.span for r in rows if r.span is not None]
    longest = max((_days(s, "high") for s in dated), default=1.0)
    unit, step, ticks = _axis(longest)
    axis_days = step * ticks * _DAYS[unit]
    per_day = (_PLOT_RIGHT - _PLOT_LEFT) / axis_days
    axis_y = y + 24
    top, bottom = axis_y + 8, axis_y + 8 + _ROW * max(len(rows), 1)
    for i in range(1, len(rows), 2):  # stripes first, grid lines and marks over them
        d.rect(8, top + i * _ROW, _WIDTH - 16, _ROW, fill=_svg.PANEL)
    for i in range(ticks + 1):
        x = _PLOT_LEFT + i * step * _DAYS[unit] * per_day
        d.line(x, top, x, bottom)
        d.text(x, axis_y, f"{i * step}", css="small muted", anchor="middle")
    d.text(_PLOT_RIGHT + 14, axis_y, f"{unit.value}s from the start", css="small muted")
    if not rows:
        d.text(_PLOT_LEFT, top + 28, "The catalog holds no milestones for this treatment.")
    for i, row in enumerate(rows):
        _draw_row(d, row, top + i * _ROW, per_day, axis_days)
    _draw_legend(d, bottom + 24)
    sources = sorted({s for r in rows for s in r.sources})
    y = bottom + 44
    if sources:
        y = d.lines(
            16, y, "Sources: " + ", ".join(sources), _WIDTH - 32, size=12, css="small muted"
        )
    description = "; ".join(f"{r.label} ({r.variant}): {_value_label(r)}" for r in rows)
    return d.render(y + 12, title, description or "No milestones.")


def recovery_timeline_svg(
    subject: RecoveryEstimate | Treatment | str, *, catalog: Catalog | None = None
) -> str:
    """A recovery timeline as SVG text: every milestone on one time axis.

    Give a :class:`~hiptx.RecoveryEstimate` to draw one patient's milestones (the
    job demand and weight-bearing protocol it was made for), or a
    :class:`~hiptx.Treatment` (or its id) to draw every milestone the catalog
    records for it, each variant on its own row, labelled with the job demand or
    protocol it is for.

    Each figure is drawn as what it is: a range as a bar, a single figure as a dot,
    a mean over many patients as a diamond, an upper bound as a faded bar up to a
    capped end, a lower bound as a bar that runs on, and a milestone the source gives
    only in words as those words, off the axis. The picture names its sources at the
    foot, and carries a ``<title>`` and a ``<desc>`` (every row in words) for screen
    readers.

    Args:
        subject: A recovery estimate, a treatment, or a treatment id.
        catalog: The catalog that holds the treatment; the bundled one if omitted.

    Returns:
        The SVG document, one line, ready to write to a ``.svg`` file or to embed.

    Raises:
        WrongTypeError: ``subject`` is none of those.
        UnknownIdError: a treatment id not in the catalog.

    Example:
        >>> import hiptx
        >>> svg = hiptx.recovery_timeline_svg("hip-arthroscopy")
        >>> svg.startswith("<svg") and 'role="img"' in svg
        True
        >>> "mean 115 days" in svg, "several months" in svg
        (True, True)
        >>> est = hiptx.estimate_recovery("hip-arthroscopy", job=hiptx.JobDemand.SEDENTARY)
        >>> "sedentary work" in hiptx.recovery_timeline_svg(est)
        True

    .. versionadded:: 0.2.0
    """
    if isinstance(subject, RecoveryEstimate):
        name = given_or_bundled(catalog).treatments[subject.treatment_id].name
        job = f"{subject.job.value} work" if subject.job is not None else "no job demand given"
        subtitle = (
            f"One patient: {job}, {subject.weight_bearing.value} weight-bearing protocol. "
            "Only the figures that apply to them."
        )
        return _draw(f"Recovery: {name}", subtitle, _rows_of_estimate(subject))
    treatment = _args.object_or_id(
        "subject",
        subject,
        Treatment,
        given_or_bundled(catalog).treatments,
        "a RecoveryEstimate, a Treatment or its id",
    )
    rows = [_row(m, _variant_of_milestone(m)) for m in treatment.milestones]
    subtitle = (
        "Every milestone the catalog records, with the job demand or weight-bearing "
        "protocol each is for. Time from the start of treatment."
    )
    return _draw(f"Recovery: {treatment.name}", subtitle, rows)
