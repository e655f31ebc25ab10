"""Write the JSON Schema of every catalog file into ``src/hiptx/data/schema/``.

The schemas are generated from the attrs types (see ``hiptx._schema``); run this
after changing the model. ``tests/test_schema.py`` fails while they are stale.
"""

from __future__ import annotations

import json
import pathlib
import sys

from hiptx.catalog._documents import all_schemas

SCHEMA_DIR = pathlib.Path(__file__).resolve().parent.parent / "src" / "hiptx" / "data" / "schema"


def render(schema: object) -> str:
    """The committed text of one schema."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    """Regenerate the schema files; print the ones that changed."""
    SCHEMA_DIR.mkdir(parents=True, exist_ok=True)
    for name, schema in all_schemas().items():
        path = SCHEMA_DIR / name
        text = render(schema)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
