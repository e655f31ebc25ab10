"""Every treatment's recovery figures as plain rows, ready for a spreadsheet or CSV.

Which treatments have recovery figures at all, and what each figure is, without
calling :func:`~hiptx.estimate_recovery` on each: one row per figure in the catalog.
"""

from __future__ import annotations

from hiptx._catalog_arg import given_or_bundled
from hiptx.catalog import Catalog

__all__ = ["RECOVERY_TABLE_COLUMNS", "recovery_table", "treatments_with_recovery_figures"]


def __dir__() -> list[str]:
    return __all__


#: The keys of every :func:`recovery_table` row, in column order.
RECOVERY_TABLE_COLUMNS = (
    "treatment",
    "milestone",
    "job",
    "weight_bearing",
    "low",
    "high",
    "unit",
    "kind",
    "spread",
    "wording",
    "sources",
)


def recovery_table(*, catalog: Catalog | None = None) -> list[dict[str, str | int | float | None]]:
    """One row per recovery figure of every treatment, in catalog order.

    Each row is a dict with the keys of ``hiptx.rules.recovery_table.RECOVERY_TABLE_COLUMNS``
    (in column order): the
    treatment id, the milestone, the job demand and weight-bearing protocol it is
    for (``None``: any), ``low``, ``high`` and ``unit`` (``None`` where the source
    gives only words, then in ``wording``), what the figure is (``kind``:
    ``range``, ``mean``, ``typical``, ``upper_bound``, ``approximate``), a mean's
    ``spread``, and the source ids joined by ``"; "``. Ready for
    ``csv.DictWriter``.

    Example:
        >>> import hiptx
        >>> rows = hiptx.recovery_table()
        >>> sport = next(r for r in rows if r["milestone"] == "return_to_sport")
        >>> sport["treatment"], sport["low"], sport["unit"], sport["kind"], sport["spread"]
        ('hip-arthroscopy', 7, 'month', 'mean', 2.6)

    .. versionadded:: 0.2.0
    """
    catalog = given_or_bundled(catalog)
    rows: list[dict[str, str | int | float | None]] = []
    for treatment in catalog.treatments.values():
        for m in treatment.milestones:
            span = m.span
            rows.append(
                {
                    "treatment": treatment.id,
                    "milestone": m.kind.value,
                    "job": None if m.job is None else m.job.value,
                    "weight_bearing": None if m.weight_bearing is None else m.weight_bearing.value,
                    "low": None if span is None else span.low,
                    "high": None if span is None else span.high,
                    "unit": None if span is None else span.unit.value,
                    "kind": None if span is None else span.kind.value,
                    "spread": None if span is None else span.spread,
                    "wording": m.wording,
                    "sources": "; ".join(dict.fromkeys(c.source_id for c in m.citations)),
                }
            )
    return rows


def treatments_with_recovery_figures(*, catalog: Catalog | None = None) -> tuple[str, ...]:
    """The ids of the treatments that have at least one recovery figure.

    Example:
        >>> import hiptx
        >>> ids = hiptx.treatments_with_recovery_figures()
        >>> "hip-arthroscopy" in ids, "hip-resurfacing" in ids
        (True, False)

    .. versionadded:: 0.2.0
    """
    catalog = given_or_bundled(catalog)
    return tuple(key for key, t in catalog.treatments.items() if t.milestones)
