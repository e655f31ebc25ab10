"""A logged session for tests, changed only where a test says."""

from __future__ import annotations

import hiptx


def session(*, pain: int = 1, **changes: object) -> hiptx.SessionRecord:
    """Three sets of 10 reps (the bundled rep chains' target), ``pain``/10 during and
    the next day, with ``changes`` applied (any ``SessionRecord`` field)."""
    fields: dict[str, object] = {"sets": 3, "reps": 10, "pain_during": pain, "pain_after_24h": pain}
    fields.update(changes)
    return hiptx.SessionRecord(**fields)  # type: ignore[arg-type]
