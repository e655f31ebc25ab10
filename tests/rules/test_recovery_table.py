"""recovery_table (rules/recovery_table.py): every recovery figure, ready for CSV."""

from __future__ import annotations

import csv
import io

import hiptx


def test_the_recovery_table_lists_every_figure_ready_for_csv() -> None:
    cat = hiptx.load_catalog()
    rows = hiptx.recovery_table()
    assert len(rows) == sum(len(t.milestones) for t in cat.treatments.values())
    assert {r["treatment"] for r in rows} == set(hiptx.treatments_with_recovery_figures())
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    header = out.getvalue().splitlines()[0]
    assert (
        header == "treatment,milestone,job,weight_bearing,low,high,unit,kind,spread,wording,sources"
    )
    words = next(r for r in rows if r["wording"] == "several months")
    assert (words["low"], words["kind"], words["job"]) == (None, None, "manual")
    thr = [r for r in rows if r["treatment"] == "total-hip-replacement" and r["job"] == "sedentary"]
    assert [(r["low"], r["high"], r["unit"], r["kind"]) for r in thr] == [
        (6, 6, "week", "upper_bound")
    ]
    assert len(hiptx.treatments_with_recovery_figures()) < len(cat.treatments)
