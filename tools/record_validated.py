"""Write ``hiptx/data/validated.json``: the bundled files that passed every check.

The record is data, not code: each bundled file's size and BLAKE2b digest, and
the content digest of the catalog they give. The load pipeline builds the
bundled catalog without re-running validators only for bytes this record
vouches for (HZ-037). ``python tools/generate_builders.py`` runs this tool after
writing the builders (the record is written by loading the catalog with them);
``python tools/record_validated.py`` rewrites the record alone.
"""

from __future__ import annotations

import hashlib
import json
import pathlib
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent

#: The file this tool writes.
TARGET = ROOT / "src" / "hiptx" / "data" / "validated.json"


def render_record() -> str:
    """The text ``hiptx/data/validated.json`` should have, from the bundled files.

    The files are read once; those very bytes are loaded with every check the
    bundled catalog takes (the strict builders, the reference and semantic
    checks; it is itself the safety floor, so no floor check), from a copy, and
    hashed. A file that fails any check raises :class:`~hiptx.CatalogDataError`
    here and nothing is recorded; a file edited meanwhile is not recorded
    unchecked.
    """
    from hiptx.catalog._documents import FILES
    from hiptx.catalog._json import read_files
    from hiptx.catalog._loading import bundled_directory
    from hiptx.catalog._pipeline import checked_load

    snapshot = read_files(bundled_directory(), [part.file for part in FILES])
    data = {part.file: snapshot.read(part.file) for part in FILES}
    with tempfile.TemporaryDirectory() as copy:
        for name, content in data.items():
            (pathlib.Path(copy) / name).write_bytes(content)
        catalog = checked_load(copy)
    files = {
        name: {"blake2b": hashlib.blake2b(content).hexdigest(), "bytes": len(content)}
        for name, content in data.items()
    }
    record = {"catalog_digest": catalog.digest, "files": files}
    return json.dumps(record, indent=2, sort_keys=True) + "\n"


def main() -> int:
    """Write the record; with ``--check``, only report whether it is up to date."""
    text = render_record()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    if "--check" in sys.argv[1:]:
        if current != text:
            print(f"{TARGET} is out of date: run python tools/generate_builders.py")
            return 1
        return 0
    if current != text:
        TARGET.write_text(text, encoding="utf-8")
        print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
