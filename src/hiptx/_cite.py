"""Formatting references from what a source records (the code behind hiptx.citations).

Kept apart from :mod:`hiptx.citations` so that :meth:`hiptx.Source.cite` can use it
without an import cycle: nothing here imports the model at run time.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from hiptx.errors import InvalidValueError
from hiptx.vocab import SourceKind

if TYPE_CHECKING:
    from hiptx.model import Source

STYLES = ("vancouver", "apa")

# A personal author as the catalog writes them in the Vancouver form: "Griffin DR".
_VANCOUVER_NAME = re.compile(r"^(?P<family>[^,]+?) (?P<initials>[A-Z]{1,4})$")
# "Lancet 2018;391(10136):2225-35": journal, year, volume, issue, pages.
_JOURNAL_REFERENCE = re.compile(
    r"^(?P<journal>[^;]+?)\.? (?P<year>\d{4});(?P<volume>[0-9A-Za-z-]+)"
    r"(?:\((?P<issue>[^)]+)\))?(?::(?P<page>[0-9A-Za-z-]+))?$"
)
_JOURNAL_KINDS = frozenset(
    {
        SourceKind.TRIAL,
        SourceKind.SYSTEMATIC_REVIEW,
        SourceKind.COHORT,
        SourceKind.CASE_SERIES,
        SourceKind.NARRATIVE_REVIEW,
        SourceKind.CONSENSUS,
    }
)


def resolver_links(source: Source) -> dict[str, str]:
    """The standard resolvers' links for a source's identifiers, and its own URL."""
    found: dict[str, str] = {}
    if source.url is not None:
        found["url"] = source.url
    if source.doi is not None:
        found["doi"] = f"https://doi.org/{source.doi}"
    if source.pmid is not None:
        found["pmid"] = f"https://pubmed.ncbi.nlm.nih.gov/{source.pmid}/"
    if source.pmc is not None:
        found["pmc"] = f"https://www.ncbi.nlm.nih.gov/pmc/articles/{source.pmc}/"
    return found


def _authors_truncated(source: Source) -> bool:
    # The catalog records "et al." at the start of a note when it lists only the
    # first author (the reference files give no more).
    return bool(source.note and source.note.startswith("et al."))


def _title(source: Source) -> str:
    title = source.title.rstrip(".")
    return f"[{title}]" if source.title_is_descriptive else title


def _identifiers(source: Source, *, vancouver: bool) -> list[str]:
    parts = []
    found = resolver_links(source)
    if source.doi is not None:
        parts.append(
            f"doi: {source.doi}. Available from: {found['doi']}" if vancouver else found["doi"]
        )
    if source.pmid is not None:
        parts.append(f"PMID: {source.pmid}. Available from: {found['pmid']}")
    if source.pmc is not None:
        parts.append(f"PMCID: {source.pmc}. Available from: {found['pmc']}")
    if source.url is not None:
        parts.append(f"Available from: {source.url}")
    return parts


def _vancouver(source: Source) -> str:
    parts = []
    if source.authors:
        names = ", ".join(source.authors)
        parts.append(f"{names}, et al" if _authors_truncated(source) else names)
    elif source.publisher is not None:
        parts.append(source.publisher)
    parts.append(_title(source))
    if source.published_in is not None:
        parts.append(source.published_in)
        if source.year is not None and str(source.year) not in source.published_in:
            parts.append(str(source.year))
    elif source.year is not None:
        parts.append(str(source.year))
    parts.extend(_identifiers(source, vancouver=True))
    return " ".join(p if p.endswith(".") else f"{p}." for p in parts)


def _apa_name(name: str) -> str:
    match = _VANCOUVER_NAME.match(name)
    if match is None:
        return name
    initials = " ".join(f"{letter}." for letter in match["initials"])
    return f"{match['family']}, {initials}"


def _apa(source: Source) -> str:
    names = [_apa_name(a) for a in source.authors]
    if names and _authors_truncated(source):
        names.append("et al.")
    who = ", ".join(names) if names else (source.publisher or "")
    year = f"({source.year})" if source.year is not None else "(n.d.)"
    head = f"{who} {year}." if who else f"{_title(source)}. {year}."
    parts = [head]
    if who:
        parts.append(f"{_title(source)}.")
    if source.published_in is not None:
        parts.append(f"{source.published_in.rstrip('.')}.")
    if source.publisher is not None and names:
        parts.append(f"{source.publisher}.")
    found = resolver_links(source)
    parts.extend(found[key] for key in ("doi", "pmid", "pmc", "url") if key in found)
    return " ".join(parts)


def format_reference(source: Source, style: str) -> str:
    """``source`` in ``style`` (checked); the caller has checked ``source``."""
    if style == "vancouver":
        return _vancouver(source)
    if style == "apa":
        return _apa(source)
    raise InvalidValueError("style", style, "one of " + ", ".join(map(repr, STYLES)))


def _csl_type(source: Source) -> str:
    if source.kind is SourceKind.TERMINOLOGY:
        return "dataset"
    if source.kind is SourceKind.GUIDELINE:
        return "report"
    if source.kind in _JOURNAL_KINDS:
        return "article-journal" if source.published_in is not None else "article"
    return "webpage"


def _csl_author(name: str) -> dict[str, str]:
    match = _VANCOUVER_NAME.match(name)
    if match is None:
        return {"literal": name}
    return {"family": match["family"], "given": match["initials"]}


def _csl_container(published_in: str) -> dict[str, str]:
    """A journal reference split into its parts, or the text whole as the container."""
    match = _JOURNAL_REFERENCE.match(published_in)
    if match is None:
        return {"container-title": published_in}
    parts = {"container-title": match["journal"]}
    parts.update({key: match[key] for key in ("volume", "issue", "page") if match[key]})
    return parts


def csl_item(source: Source) -> dict[str, Any]:
    item: dict[str, Any] = {"id": source.id, "type": _csl_type(source), "title": source.title}
    if source.authors:
        item["author"] = [_csl_author(a) for a in source.authors]
    if source.year is not None:
        item["issued"] = {"date-parts": [[source.year]]}
    if source.published_in is not None:
        item.update(_csl_container(source.published_in))
    if source.publisher is not None:
        item["publisher"] = source.publisher
    identifiers = (
        ("DOI", source.doi),
        ("PMID", source.pmid),
        ("PMCID", source.pmc),
        ("URL", source.url),
    )
    item.update({key: value for key, value in identifiers if value is not None})
    notes = [source.note] if source.note else []
    if source.title_is_descriptive:
        notes.insert(0, "Descriptive title supplied by hiptx, not the document's own.")
    if notes:
        item["note"] = " ".join(notes)
    return item
