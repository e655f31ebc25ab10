"""Which catalog produced a result: its data version, content digest and local overrides."""

from __future__ import annotations

from typing import Any

import attrs

from hiptx import _fields
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.model import LocalOverride

#: A content digest: SHA-256, as 64 lower-case hexadecimal digits.
DIGEST_PATTERN = "^[0-9a-f]{64}$"
_HEX = frozenset("0123456789abcdef")


def _check_digest(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise WrongTypeError(attribute.name, value, "a string")
    if len(value) != 64 or not _HEX.issuperset(value):
        raise InvalidValueError(attribute.name, value, "64 lower-case hexadecimal digits")


def content_digest(parts: dict[str, Any]) -> str:
    """The SHA-256 of a catalog's content (its parts, as ``Catalog`` keeps them).

    The content is written as canonical JSON (keys sorted, no spaces, objects of
    each kind sorted by id), so the digest changes with any change of content and
    with nothing else.
    """
    # Imported here: hashlib loads OpenSSL, which the bundled load (whose digest
    # generate_builders recorded) would pay for nothing.
    import hashlib
    import json

    from hiptx._convert import converter
    from hiptx.catalog._documents import LIST_PARTS

    unstructure = converter().unstructure
    content: dict[str, Any] = {"version": parts["version"], "rules": unstructure(parts["rules"])}
    # Each list part sorted by id: two catalogs with the same objects in another
    # order are equal, so they share a digest.
    for key in (part.keyword for part in LIST_PARTS):
        content[key] = sorted(
            (unstructure(item) for item in parts[key]), key=lambda item: str(item["id"])
        )
    text = json.dumps(
        content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@attrs.frozen(kw_only=True)
class Provenance:
    """Which catalog produced a rule's result.

    Every rule result carries one as ``provenance``: an app stores it with the
    answer, so the answer can later be traced to the exact catalog, and shows
    ``overrides`` where a clinic's catalog set a safety threshold of its own.

    Args:
        data_version: The catalog's data version (``Catalog.version``).
        digest: A SHA-256 of the catalog's content (:attr:`Catalog.digest`): two
            catalogs with different content never share it.
        overrides: The local overrides in force (``RuleSet.overrides``);
            empty for the bundled catalog.

    Example:
        >>> import hiptx
        >>> cat = hiptx.load_catalog()
        >>> p = hiptx.check_red_flags(set()).provenance
        >>> p == cat.provenance, p.data_version == cat.version, p.overrides
        (True, True, ())

    .. versionadded:: 0.2.0
    """

    data_version: str = attrs.field(**_fields.text())
    digest: str = attrs.field(
        validator=_check_digest, metadata={_fields.SCHEMA_KEY: {"pattern": DIGEST_PATTERN}}
    )
    overrides: tuple[LocalOverride, ...] = attrs.field(
        default=(), **_fields.items(LocalOverride, unique=False)
    )
