"""Helpers shared by the tests; those that fit no topic module of their own are here."""

from __future__ import annotations

import enum

import hiptx


def public_enums() -> list[type[enum.Enum]]:
    """Every enum ``hiptx`` exports (its vocabularies and its results' codes)."""
    values = (getattr(hiptx, name) for name in hiptx.__all__)
    return [v for v in values if isinstance(v, type) and issubclass(v, enum.Enum)]
