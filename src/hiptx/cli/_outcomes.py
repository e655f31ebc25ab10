"""``hiptx score``: score an outcome questionnaire from a JSON file of answers."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

import hiptx
from hiptx.catalog import Catalog
from hiptx.cli import _render
from hiptx.errors import InvalidValueError

ANSWERS_FORM = (
    'a JSON object of item id to answer (a number, "not-applicable" or null), '
    "or a FHIR R4 QuestionnaireResponse"
)


def _read(source: str) -> object:
    """The JSON in ``source`` (a path, or ``-`` for standard input)."""
    try:
        if source == "-":
            text = sys.stdin.read()
        else:
            with open(source, encoding="utf-8") as stream:  # noqa: PTH123 - a plain read
                text = stream.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not UTF-8 text"
        raise InvalidValueError("--answers", source, f"a readable file ({reason})") from None
    try:
        return json.loads(text)
    except ValueError:
        raise InvalidValueError("--answers", source, f"valid JSON: {ANSWERS_FORM}") from None


def _score(args: argparse.Namespace, cat: Catalog) -> hiptx.QuestionnaireScore:
    data = _read(args.answers)
    if isinstance(data, dict) and data.get("resourceType") == "QuestionnaireResponse":
        from hiptx.fhir.outcomes import score_questionnaire_response

        return score_questionnaire_response(data, args.instrument, catalog=cat)
    if not isinstance(data, dict):
        raise InvalidValueError("--answers", type(data).__name__, ANSWERS_FORM)
    return hiptx.score_questionnaire(args.instrument, data, catalog=cat)


def _cmd_score(args: argparse.Namespace, cat: Catalog) -> str:
    result = _score(args, cat)
    if args.json:
        data: dict[str, Any] = {"scores": dict(result.scores)}
        data.update(json.loads(_render.to_json(result)))
        return json.dumps(data, indent=2, ensure_ascii=False)
    rows = [
        [
            s.subscale_id,
            "-" if s.score is None else f"{s.score:.1f}",
            f"{s.answered} of {s.item_count} (needs {s.needed})",
            len(s.missing_item_ids),
        ]
        for s in result.scales
    ]
    table = _render.table(("scale", "score", "answered", "missing"), rows)
    reasons = [r for s in result.scales for r in s.reasons] + list(result.reasons)
    note = "Scores are shown to 1 decimal; --json gives them unrounded."
    return "\n".join([table, note, _render.reasons(tuple(dict.fromkeys(reasons)))])


def add_score_command(command: Callable[[str, Callable[..., str], str], Any]) -> None:
    """Add ``hiptx score INSTRUMENT --answers FILE|-`` through the parser's ``command``."""
    p = command("score", _cmd_score, "score an outcome questionnaire (HOOS, iHOT-12, ...)")
    p.add_argument("instrument", help="the instrument id (see: hiptx list instruments)")
    p.add_argument(
        "--answers", metavar="FILE", required=True, help=f"{ANSWERS_FORM}; - reads standard input"
    )
