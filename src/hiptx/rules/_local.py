"""Reasons that apply a clinic catalog's own value of a safety threshold.

Where a catalog sets a :class:`~hiptx.SafetyThreshold` by a named
:class:`~hiptx.LocalOverride`, the reasons that apply it say so ("your
catalog's ceiling, 5/10; the sources' is 3/10"), rest on
:attr:`~hiptx.Basis.LOCAL_OVERRIDE` and cite no quote, since the quotes behind
the threshold give the sources' value, not the one applied.
"""

from __future__ import annotations

from hiptx.catalog import Catalog, load_catalog
from hiptx.explain import Reason, ReasonCode
from hiptx.model import LocalOverride, SafetyThreshold


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
    bundled = getattr(load_catalog().rules, override.threshold.value).value
    origin = override.threshold.origin
    return (
        f"This is your catalog's {word}, {override.value:g}{unit}, set by "
        f"{override.set_by} ({override.reason}); {origin} is {bundled:g}{unit}."
    )


def ceiling_reason(code: ReasonCode, message: str, catalog: Catalog) -> Reason:
    """A reason that applies the catalog's pain ceiling: cited, or named as its own.

    With the sources' ceiling, the reason cites the ceiling's sources; with a
    ceiling the catalog sets by a local override, it says so instead and cites
    nothing.

    Example:
        >>> import hiptx
        >>> from hiptx.rules._local import ceiling_reason
        >>> r = ceiling_reason(hiptx.ReasonCode.PAIN_CEILING, "Within 3/10.", hiptx.load_catalog())
        >>> r.basis.value, r.citations[0].source_id
        ('sources', 'physio-network-kemp')
    """
    rules = catalog.rules
    override = rules.override_of(SafetyThreshold.PAIN_CEILING)
    if override is None:
        return Reason.cited(code, message, rules.pain_ceiling.citations, catalog.sources)
    note = local_override_note(override, "ceiling", "/10")
    return Reason.local_override(code, f"{message} {note}")
