"""Print hiptx's import graph, module by module, and fail on any import cycle.

Every ``import`` and ``from ... import`` of a hiptx module counts, at the top of a
file or inside a function (a lazy import is still a dependency), except those under
``if TYPE_CHECKING:``, which never run. A private module (a ``_`` segment in its
path) may be imported only from within the package that holds it, or by a parent
package that re-exports from it; that rule is checked too.

    python tools/imports.py           # the graph, then "no cycle"; exit 1 otherwise
    python tools/imports.py --quiet   # only problems
"""

from __future__ import annotations

import ast
import pathlib
import sys

SRC = pathlib.Path(__file__).resolve().parent.parent / "src"


def module_name(path: pathlib.Path) -> str:
    """The dotted name of a source file under ``src``."""
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking_only(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return True
    return False


def imports_of(path: pathlib.Path, known: set[str]) -> set[str]:
    """The hiptx modules that ``path`` imports (at run time)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    this = module_name(path)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if _type_checking_only(node, parents):
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            # `from hiptx import _fields` imports the module hiptx._fields; a name
            # that is not a module is imported from the package itself.
            submodules = {f"{base}.{a.name}" for a in node.names} & known
            found.update(submodules)
            if base in known and len(submodules) < len(node.names):
                found.add(base)
    found.discard(this)
    return found


def graph() -> dict[str, set[str]]:
    """Module -> the hiptx modules it imports."""
    paths = sorted((SRC / "hiptx").rglob("*.py"))
    known = {module_name(p) for p in paths}
    return {module_name(p): imports_of(p, known) for p in paths}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every import cycle, each as the list of modules around it."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return found


def private_leaks(edges: dict[str, set[str]]) -> list[str]:
    """Imports of a private module from outside the package that holds it."""
    leaks = []
    for importer, targets in edges.items():
        for target in targets:
            parts = target.split(".")
            private = [i for i, p in enumerate(parts) if p.startswith("_")]
            if not private:
                continue
            # The package that owns the first private segment, e.g. hiptx.catalog
            # for hiptx.catalog._json, or hiptx for hiptx._fields.
            owner = ".".join(parts[: private[0]])
            if importer != owner and not importer.startswith(owner + "."):
                leaks.append(f"{importer} imports {target}, private to {owner}")
    return sorted(leaks)


def main(argv: list[str]) -> int:
    """Print the graph and the problems; exit 1 if there is a cycle or a leak."""
    edges = graph()
    if "--quiet" not in argv:
        for module in sorted(edges):
            print(f"{module} -> {', '.join(sorted(edges[module])) or '(nothing)'}")
    problems = [" -> ".join(c) for c in cycles(edges)]
    leaks = private_leaks(edges)
    for cycle in problems:
        print(f"cycle: {cycle}")
    for leak in leaks:
        print(f"private: {leak}")
    if not problems and not leaks:
        print(f"no cycle; no private import across packages ({len(edges)} modules)")
    return 1 if problems or leaks else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
