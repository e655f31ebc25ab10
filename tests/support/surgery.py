"""An operation for the tests of the rules after surgery: a left hip operated on
20 November 2026."""

from __future__ import annotations

import datetime

import hiptx

OP = datetime.date(2026, 11, 20)
"""The day of the operation."""


def weeks(n: int) -> datetime.date:
    """The day ``n`` weeks after the operation."""
    return OP + datetime.timedelta(weeks=n)


def surgery(treatment: str = "total-hip-replacement", **orders: object) -> hiptx.Surgery:
    """The operation, with the surgeon's ``orders`` (any ``Surgery`` field)."""
    return hiptx.Surgery(treatment_id=treatment, date=OP, side=hiptx.Side.LEFT, **orders)  # type: ignore[arg-type]
