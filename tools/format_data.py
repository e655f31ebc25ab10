"""Rewrite the bundled data files in canonical form: records sorted by id, 2-space indent.

Run ``python tools/format_data.py`` after editing ``src/hiptx/data/*.json``; the test
suite fails when a file is not in this form, so reviewers see clean diffs.
"""

from __future__ import annotations

import json
import pathlib
import sys

DATA = pathlib.Path(__file__).resolve().parent.parent / "src" / "hiptx" / "data"


def canonical(document: object) -> str:
    """The canonical text of one data file."""
    if isinstance(document, dict):
        for key, value in document.items():
            if (
                isinstance(value, list)
                and value
                and all(isinstance(item, dict) and "id" in item for item in value)
            ):
                document[key] = sorted(value, key=lambda item: str(item["id"]))
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    """Format every data file in place; print the ones that changed."""
    for path in sorted(DATA.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        new = canonical(json.loads(text))
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"formatted {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
