"""Reasons that apply a clinic catalog's own value of a safety threshold.

Where a catalog sets a :class:`~hiptx.SafetyThreshold` by a named
:class:`~hiptx.LocalOverride`, the reasons that apply it say so ("your
catalog's ceiling, 5/10; the sources' is 3/10"), rest on
:attr:`~hiptx.Basis.LOCAL_OVERRIDE` and cite no quote, since the quotes behind
the threshold give the sources' value, not the one applied.
"""

from __future__ import annotations

from collections.abc import Callable

from hiptx.catalog import load_catalog
from hiptx.explain import Basis, Reason, ReasonCode
from hiptx.model import LocalOverride


def local_override_note(override: LocalOverride, word: str, unit: str) -> str:
    """A sentence naming the catalog's own value of a threshold, who set it and why.

    Example:
        >>> import hiptx
        >>> from hiptx.rules._local import local_override_note
        >>> o = hiptx.LocalOverride(threshold=hiptx.SafetyThreshold.PAIN_CEILING, value=5,
        ...     set_by="Hip clinic lead", reason="Agreed for our group.")
        >>> print(local_override_note(o, "ceiling", "/10"))
        This is your catalog's ceiling, 5/10, set by Hip clinic lead (Agreed for our group.); the sources' is 3/10.
    """
    sources = getattr(load_catalog().rules, override.threshold.value).value
    return (
        f"This is your catalog's {word}, {override.value:g}{unit}, set by "
        f"{override.set_by} ({override.reason}); the sources' is {sources:g}{unit}."
    )


def local_reason_maker(code: ReasonCode) -> Callable[[str], Reason]:
    """Build reasons with ``code`` that rest on a local override (no citation).

    Example:
        >>> import hiptx
        >>> from hiptx.rules._local import local_reason_maker
        >>> local_reason_maker(hiptx.ReasonCode.PAIN_LINGERED)("Too long.").basis.value
        'local_override'
    """

    def make(message: str) -> Reason:
        return Reason(code=code, message=message, basis=Basis.LOCAL_OVERRIDE)

    return make
