"""Plain-text rendering for the ``hiptx`` command: tables, objects and reasons."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any

import attrs

from hiptx.model import Citation
from hiptx.ranges import IntRange, Span

if TYPE_CHECKING:
    # Annotations only: the catalog views (show, list) never build a reason, and
    # the module's enums cost every command over a millisecond to create.
    from hiptx.explain import Reason
    from hiptx.rules.coverage import Coverage
    from hiptx.rules.recovery import MilestoneEstimate, RecoveryComparison


#: The narrowest the last column of a table is wrapped to: narrower, a title would
#: be a word a line, and a line running past the screen reads better.
MIN_LAST_COLUMN = 20
#: The narrowest width text is wrapped to, whatever the terminal says.
MIN_WIDTH = 40


def output_width() -> int | None:
    """The width to wrap text output to: the terminal's, or ``COLUMNS`` if set.

    ``None`` when standard output is not a terminal and ``COLUMNS`` is not set
    (``hiptx list sources | grep ...``): lines are then kept whole, so a program
    reading them sees one row a line.

    Example:
        >>> width = output_width()
        >>> width is None or width >= MIN_WIDTH
        True
    """
    import shutil

    columns = shutil.get_terminal_size((0, 0)).columns
    return max(columns, MIN_WIDTH) if columns > 0 else None


def table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], *, width: int | None = None
) -> str:
    """A left-aligned text table; columns as wide as their widest cell.

    Given a ``width``, the last column (a title, a list of sources) is wrapped so
    that each line fits, its continuation lines starting under the column.

    Example:
        >>> print(table(["id", "title"], [["a", "one two three four five six"]], width=24))
        id  title
        --  --------------------
        a   one two three four
            five six
    """
    cells = [[str(h) for h in headers]] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    start = sum(widths[:-1]) + 2 * (len(widths) - 1)
    if width is not None and start + widths[-1] > width:
        if width - start < MIN_LAST_COLUMN:
            return _stacked(cells, widths, width)
        widths[-1] = width - start
    lines = []
    for row in cells:
        *first, last = row
        head = "".join(c.ljust(w) + "  " for c, w in zip(first, widths, strict=False))
        parts = _wrap(last, widths[-1]) if len(last) > widths[-1] else [last]
        lines.append((head + parts[0]).rstrip())
        lines.extend(" " * start + part for part in parts[1:])
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _stacked(cells: list[list[str]], widths: list[int], width: int) -> str:
    """A table too wide for ``width``: the last column under each row, indented.

    Example:
        >>> print(_stacked([["id", "title"], ["a-long-id", "a title"]], [9, 7], 20))
        id
            title
        --------------------
        a-long-id
            a title
    """
    lines = []
    for number, row in enumerate(cells):
        *first, last = row
        lines.append("  ".join(c.ljust(w) for c, w in zip(first, widths, strict=False)).rstrip())
        lines.extend("    " + part for part in _wrap(last, width - 4))
        if number == 0:
            lines.append("-" * width)
    return "\n".join(lines)


def _wrap(text: str, width: int) -> list[str]:
    # Ids like "caring-medical-exercise-hip" must not be split at their hyphens.
    return textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False) or [""]


def wrap(text: str, width: int | None) -> str:
    """Every line of ``text`` longer than ``width`` wrapped, its indent kept.

    A continuation line lines up under the text of its line, after a list
    item's ``"- "``. Lines that fit are left as they are (tables are wrapped by
    :func:`table`).

    Example:
        >>> print(wrap("  - a reason that is too long to fit  [source-id]", 24))
          - a reason that is too
            long to fit
            [source-id]
    """
    if width is None:
        return text
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        body = line.lstrip(" ")
        indent = " " * (len(line) - len(body))
        hanging = indent + ("  " if body.startswith("- ") else "")
        out.extend(
            textwrap.wrap(
                body,
                width,
                initial_indent=indent,
                subsequent_indent=hanging,
                break_on_hyphens=False,
                break_long_words=False,
            )
        )
    return "\n".join(out)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, tuple):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def reasons(items: Iterable[Reason], *, indent: str = "  ") -> str:
    """One line per reason, with the sources it cites."""
    lines = []
    for reason in items:
        cited = sorted({c.source_id for c in reason.citations})
        suffix = f"  [{', '.join(cited)}]" if cited else ""
        lines.append(f"{indent}- {reason.message}{suffix}")
    return "\n".join(lines)


def figure(milestone: MilestoneEstimate, footnotes: list[str]) -> str:
    """A milestone's time for a table cell; a note on it becomes a numbered footnote.

    A limit on a figure (a mean, a subgroup) must stay next to it, so the cell gets
    the footnote's number and ``footnotes`` gets its text.

    Example:
        >>> import hiptx
        >>> est = hiptx.estimate_recovery("hip-arthroscopy")
        >>> notes: list[str] = []
        >>> figure(est.milestones[1], notes)
        'mean 115 days [1]'
        >>> notes[0][:35]
        '  [1] A mean, not a range, across 1'
    """
    if milestone.span is not None:
        when = str(milestone.span)
    else:
        when = f"'{milestone.wording}' (no figure)"
    if milestone.note:
        footnotes.append(f"  [{len(footnotes) + 1}] {milestone.note}")
        when += f" [{len(footnotes)}]"
    return when


def comparison(result: RecoveryComparison) -> str:
    """A recovery comparison as a table, with its figures' notes and sources.

    One column per treatment (its earliest figure of each kind, ``-`` where it has
    none), then the footnotes, the sources behind each column's figures, and what
    each estimate notes it left out.

    Example:
        >>> import hiptx
        >>> cmp = hiptx.compare_recovery(["personalised-hip-therapy", "hip-arthroscopy"])
        >>> print(comparison(cmp).splitlines()[3])
        return_to_work       -                         mean 115 days [1]
    """
    footnotes: list[str] = []
    cited: list[set[str]] = [set() for _ in result.estimates]
    rows: list[list[object]] = []
    for kind, shown_row in result.milestone_rows():
        row: list[object] = [kind]
        for shown, sources in zip(shown_row, cited, strict=True):
            if shown is None:
                row.append("-")
                continue
            row.append(figure(shown, footnotes))
            sources.update(c.source_id for c in shown.citations)
        rows.append(row)
    headers = ["milestone", *(e.treatment_id for e in result.estimates)]
    lines = [table(headers, rows), *footnotes, "Sources:"]
    lines += [
        f"  {e.treatment_id}: {', '.join(sorted(ids)) or 'none'}"
        for e, ids in zip(result.estimates, cited, strict=True)
    ]
    # What an estimate left out (figures for a job or another protocol, kinds
    # with no figure) qualifies its column as much as a footnote does.
    noted = [e for e in result.estimates if e.reasons]
    if noted:
        lines.append("Notes:")
        for e in noted:
            lines += [f"  {e.treatment_id}:", reasons(e.reasons, indent="    ")]
    return "\n".join(lines)


def coverage(cov: Coverage, *, indent: str = "") -> list[str]:
    r"""The lines of one reading of a coverage result: what it trains and lacks.

    Where a reading does not list everything a programme trains, what it leaves
    unnamed is not shown to be missing: the lines say "not named", never "missing".

    Example:
        >>> import hiptx
        >>> cov = hiptx.coverage(["side-lying-hip-adduction"])
        >>> print("\n".join(coverage(cov)[:3]))
        Trains muscles:   adductors
        Trains patterns:  adduction
        Missing muscles:  gluteus_maximus, gluteus_medius, gluteus_minimus, ...
    """

    def names(items: Sequence[Enum]) -> str:
        return _cell(tuple(items)) or "none"

    lines = [f"Reading: {cov.reading}"] if cov.reading else []
    lines += [f"Trains muscles:   {names(cov.muscles)}", f"Trains patterns:  {names(cov.patterns)}"]
    if cov.complete:
        lines += [
            f"Missing muscles:  {names(cov.missing_muscles)}",
            f"Missing patterns: {names(cov.missing_patterns)}",
        ]
    else:
        lines += [
            f"Not named muscles:  {names(cov.unnamed_muscles)}",
            f"Not named patterns: {names(cov.unnamed_patterns)}",
        ]
    return [indent + line for line in lines]


def citation(c: Citation, *, indent: str = "") -> str:
    """A citation as one wrapped paragraph: source, locator, quote.

    Args:
        c: The citation.
        indent: The indentation of the list item the paragraph starts (after
            ``"  - "``); wrapped lines line up under its text.

    Example:
        >>> import hiptx
        >>> print(citation(hiptx.Citation(source_id="nhs-hip-pain", locator="Causes")))
        nhs-hip-pain (Causes)

    .. versionchanged:: 0.2.0
       The ``indent`` argument.
    """
    where = f" ({c.locator})" if c.locator else ""
    quote = f': "{c.quote}"' if c.quote else ""
    # Ids like "caring-medical-exercise-hip" must not be split at their hyphens.
    return textwrap.fill(
        f"{c.source_id}{where}{quote}",
        width=88,
        subsequent_indent=indent + "      ",
        break_on_hyphens=False,
        break_long_words=False,
    )


def describe(obj: object) -> str:
    """Every field of a catalog object, one per line; nested objects indented."""
    return "\n".join(_describe(obj, ""))


def _describe(obj: object, indent: str) -> list[str]:
    lines: list[str] = []
    for field in attrs.fields(type(obj)):  # type: ignore[arg-type]
        value = getattr(obj, field.name)
        if value is None or value == ():
            continue
        label = f"{indent}{field.name.replace('_', ' ')}:"
        if isinstance(value, tuple) and value and attrs.has(type(value[0])):
            lines.append(label)
            for item in value:
                if isinstance(item, Citation):
                    lines.append(f"{indent}  - {citation(item, indent=indent)}")
                else:
                    nested = _describe(item, indent + "    ")
                    lines.append(f"{indent}  - {nested[0].strip()}")
                    lines.extend(nested[1:])
        elif attrs.has(type(value)) and not _is_range(value):
            lines.append(label)
            lines.extend(_describe(value, indent + "  "))
        else:
            lines.append(f"{label} {_cell(value)}")
    return lines


def _is_range(value: object) -> bool:
    # IntRange and Span print as "6-10" and "4-6 months", not field by field.
    return isinstance(value, (IntRange, Span))


def to_json(obj: Any) -> str:
    """Any hiptx object (or a list of them) as pretty JSON: :func:`hiptx.to_json`'s data."""
    from hiptx.serialize import to_json as public_to_json

    return public_to_json(obj, indent=2)
