"""The load pipeline's build step: parsed documents to the catalog's objects.

The generated builders (``_builders``) do the work; this step picks them (the
trusted ones only for bytes the bundled record vouches for) and keeps the
builders' record of the citations they built to this one load.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any, NamedTuple


class Built(NamedTuple):
    """The build step's answer: each file's document, and the source ids cited in them."""

    documents: dict[str, Any]
    cited: frozenset[str] | None


def build(parsed: Mapping[str, Any], *, trusted: bool = False) -> Built | None:
    """Each parsed document built (the build step), or ``None`` at the first refusal.

    ``trusted``: build without validators (only for bytes the bundled record
    vouches for). Both kinds of builder record every citation they build, which
    the reference check uses; one load at a time builds, so that record belongs
    to this load alone (the load is CPU-bound Python: threads lose no parallelism).
    """
    from hiptx.catalog import _builders

    with _BUILDING:
        try:
            if trusted:  # vouched bytes: a failure here is a fault, and propagates
                documents = {name: _builders.TRUSTED[name](raw) for name, raw in parsed.items()}
            else:
                try:
                    documents = {name: _builders.STRICT[name](raw) for name, raw in parsed.items()}
                except Exception:  # noqa: BLE001 - any refusal (KeyError, TypeError ...) is worded later
                    return None
            return Built(documents, _builders.cited_source_ids())
        finally:
            # Equal citations were built once for this load; keep none for the next.
            _builders.forget_shared()


_BUILDING = threading.Lock()
