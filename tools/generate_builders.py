"""Write ``hiptx/catalog/_strict_builders.py`` and ``_trusted_builders.py``.

Plain-Python structuring code for the catalog, in two modules.

cattrs builds its structuring functions at run time, which costs a fresh process
about as much as the whole load, and its generic machinery costs more than the
objects it builds. This tool writes the same structuring out as ordinary code, read
from the model's attrs fields and type hints, in two forms:

* ``strict_*``: checks every JSON type exactly as hiptx's cattrs hooks do (no
  coercion, no unknown key, every required key) and builds each object through its
  attrs ``__init__``, so every validator runs. Any failure raises, and the loader
  then runs the cattrs path, whose only job is to word every problem.
* ``trusted_*``: builds the objects without running validators, for the bundled
  files only, and only when their size and BLAKE2b digest equal those recorded
  here from files that passed the strict path when this tool ran. That module
  imports neither cattrs nor the file classes, so a fresh process loads little.

``tests/catalog/test_fast.py`` fails while a committed file differs from what this
tool writes: run ``python tools/generate_builders.py`` after changing the model
or the data.
"""

from __future__ import annotations

import hashlib
import pathlib
import sys
import types
import typing
from enum import Enum
from typing import Any

import attrs

from hiptx.catalog import _documents, _fast, _reader
from hiptx.model import RuleSet
from hiptx.ranges import IntRange, Span, TimeUnit

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _classes() -> list[type]:
    """Every attrs class the data files hold, dependencies first."""
    order: list[type] = []

    def visit(cls: type) -> None:
        if cls in order:
            return
        for hint in typing.get_type_hints(cls).values():
            for inner in _flatten(hint):
                if isinstance(inner, type) and attrs.has(inner):
                    visit(inner)
        order.append(cls)

    for document in _documents.DOCUMENTS.values():
        visit(document)
    return order


def _flatten(hint: object) -> list[object]:
    found = [hint]
    for arg in typing.get_args(hint):
        found.extend(_flatten(arg))
    return found


def _enums(classes: list[type]) -> list[type[Enum]]:
    found: list[type[Enum]] = []
    for cls in classes:
        for hint in typing.get_type_hints(cls).values():
            for inner in _flatten(hint):
                if isinstance(inner, type) and issubclass(inner, Enum) and inner not in found:
                    found.append(inner)
    return sorted(found, key=lambda e: e.__name__)


def _optional(hint: object) -> tuple[bool, object]:
    """Whether ``hint`` admits ``None``, and the type without ``None``."""
    args = typing.get_args(hint)
    if (typing.get_origin(hint) in (typing.Union, types.UnionType)) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1:
            raise TypeError(f"unsupported union {hint!r}")
        return True, rest[0]
    return False, hint


def _strict_expr(hint: object, value: str) -> str:
    """An expression that checks ``value`` strictly and gives the field's value."""
    optional, inner = _optional(hint)
    if optional:
        return f"_or_none({value}, {_strict_function(inner)})"
    return f"{_strict_function(inner)}({value})"


def _strict_function(hint: object) -> str:
    """The name of a one-argument function that checks and converts a JSON value."""
    # Scalar fields are checked inline (see _scalar_refusal); these serve arrays of
    # strings and number fields. Another kind needs its helper added first.
    simple = {str: "_str", float: "_float"}
    if hint in simple:
        return simple[hint]
    if isinstance(hint, type) and issubclass(hint, Enum):
        return f"_ENUM_{hint.__name__}.__getitem__"
    if isinstance(hint, type) and attrs.has(hint):
        return f"strict_{hint.__name__}"
    if typing.get_origin(hint) is tuple:
        element = typing.get_args(hint)[0]
        return f"_TUPLE_{_name(element)}"
    raise TypeError(f"unsupported type {hint!r}")


def _name(hint: object) -> str:
    return hint.__name__ if isinstance(hint, type) else str(hint)


def _tuple_elements(classes: list[type]) -> list[object]:
    """The element type of every tuple field, each once."""
    found: list[object] = []
    for cls in classes:
        for hint in typing.get_type_hints(cls).values():
            for inner in _flatten(hint):
                if typing.get_origin(inner) is tuple:
                    element = typing.get_args(inner)[0]
                    if element not in found:
                        found.append(element)
    return found


def _trusted_convert(hint: object, value: str) -> str:  # noqa: PLR0911 - one return per kind
    """An expression giving the field's value from a JSON value known to be valid."""
    if hint in (str, int, bool):
        return value
    if hint is float:
        return f"float({value})"
    if isinstance(hint, type) and issubclass(hint, Enum):
        return f"_ENUM_{hint.__name__}[{value}]"
    if isinstance(hint, type) and attrs.has(hint):
        return f"trusted_{hint.__name__}({value})"
    if typing.get_origin(hint) is tuple:
        element = typing.get_args(hint)[0]
        if element in (str, int, bool):
            return f"tuple({value})"
        if isinstance(element, type) and issubclass(element, Enum):
            return f"tuple(map(_ENUM_{element.__name__}.__getitem__, {value}))"
        return f"tuple(map(trusted_{element.__name__}, {value}))"
    raise TypeError(f"unsupported type {hint!r}")


def _trusted_expr(field: attrs.Attribute[Any], hint: object) -> str:
    optional, inner = _optional(hint)
    default = _default_literal(field)
    key = f'"{field.name}"'
    if default is None:  # required
        value = f"data[{key}]"
        if optional and _trusted_convert(inner, "v") != "v":
            return f"None if (v := {value}) is None else {_trusted_convert(inner, 'v')}"
        return _trusted_convert(inner, value)
    if default == "None":
        value = f"data.get({key})"
        if _trusted_convert(inner, "v") == "v":
            return value
        return f"None if (v := {value}) is None else {_trusted_convert(inner, 'v')}"
    if default in ("True", "False"):
        return f"data.get({key}, {default})"
    # A default object (an empty tuple, an enum member) is used as it is, exactly
    # as attrs' __init__ would use it.
    return f"{_trusted_convert(inner, f'data[{key}]')} if {key} in data else {default}"


def _default_literal(field: attrs.Attribute[Any]) -> str | None:
    """The field's default as source text, or ``None`` when the field is required."""
    default = field.default
    if default is attrs.NOTHING:
        return None
    if isinstance(default, Enum):
        return f"{type(default).__name__}.{default.name}"
    if default is None or default is True or default is False or default == ():
        return repr(default)
    if isinstance(default, tuple) and all(isinstance(item, Enum) for item in default):
        # A tuple of enum members (an exercise's unclassified hip positions).
        members = ", ".join(f"{type(item).__name__}.{item.name}" for item in default)
        return f"({members})" if len(default) > 1 else f"({members},)"
    raise TypeError(f"unsupported default {default!r} for {field.name}")


#: Classes whose equal JSON objects are built once per load: a citation repeats
#: across the files (702 citations, 374 distinct in the bundled data), and building
#: one runs its validators. Each is one object while the load runs; the loader
#: calls ``forget_shared()`` when it ends, so nothing is kept between loads.
SHARED = ("Citation",)


def _shared_builder(cls: type) -> list[str]:
    """A strict builder that returns the object already built for equal data.

    Its fields are JSON scalars only (checked inline before they are used as a key).
    A required field is read with ``get()`` too: a missing one gives ``None``, which
    its check refuses.
    """
    hints = typing.get_type_hints(cls)
    name = cls.__name__
    fields = attrs.fields(cls)
    lines = [
        f"def strict_{name}(data: Any) -> {name}:",
        f"    if type(data) is not dict or not _KEYS_{name}.issuperset(data):",
        "        raise _NotStrict",
    ]
    refusals = []
    for field in fields:
        refusal = _scalar_refusal(hints[field.name], f"v_{field.name}")
        if refusal is None or _default_literal(field) not in (None, "None"):
            raise TypeError(f"{name}.{field.name}: a shared class has scalar fields only")
        lines.append(f'    v_{field.name} = data.get("{field.name}")')
        refusals.append(refusal)
    key = ", ".join(f"v_{f.name}" for f in fields) + ("," if len(fields) == 1 else "")
    built = [f"    {line}" for line in _construct(cls, "found")]
    return [
        *lines,
        "    if " + " or ".join(refusals) + ":",
        "        raise _NotStrict",
        f"    key = ({key})",
        f"    found = _SHARED_{name}.get(key)",
        "    if found is None:",
        *built,
        f"        _SHARED_{name}[key] = found",
        "    return found",
    ]


def _scalar_refusal(hint: object, value: str) -> str | None:
    """A condition true when ``value`` is not a JSON scalar of ``hint``'s type.

    Only for strings, integers and booleans (and their optional forms), whose JSON
    value is the field's value: checked inline, without a call per field.
    """
    optional, inner = _optional(hint)
    if inner not in (str, int, bool):
        return None
    # type() rather than isinstance(): True must not pass as the integer 1.
    refused = f"type({value}) is not {inner.__name__}"
    return f"({value} is not None and {refused})" if optional else refused


def _strict_builder(cls: type) -> list[str]:
    hints = typing.get_type_hints(cls)
    name = cls.__name__
    if name in SHARED:
        return _shared_builder(cls)
    lines = [
        f"def strict_{name}(data: Any) -> {name}:",
        f"    if type(data) is not dict or not _KEYS_{name}.issuperset(data):",
        "        raise _NotStrict",
    ]
    scalars: list[str] = []
    nested: list[str] = []
    for field in attrs.fields(cls):
        default = _default_literal(field)
        hint = hints[field.name]
        if default is None:
            raw = f'data["{field.name}"]'
        elif default == "None":  # absent and null are both None
            raw = f'data.get("{field.name}")'
        else:  # used only for a scalar field, whose default is its own JSON value
            raw = f'data.get("{field.name}", {default})'
        local = f"v_{field.name}"
        refusal = _scalar_refusal(hint, local)
        if refusal is not None:
            lines.append(f"    {local} = {raw}")
            scalars.append(refusal)
        elif default in (None, "None"):
            nested.append(f"    {local} = {_strict_expr(hint, raw)}")
        else:
            check = _strict_expr(hint, f'data["{field.name}"]')
            nested.append(f'    {local} = {check} if "{field.name}" in data else {default}')
    if scalars:
        lines.append("    if " + " or ".join(scalars) + ":")
        lines.append("        raise _NotStrict")
    return [*lines, *nested, *_construct(cls, "obj"), "    return obj"]


def _construct(cls: type, target: str) -> list[str]:
    """Lines that build ``cls`` from the locals ``v_<field>`` as its ``__init__`` would.

    Every field is set, then every validator runs (all fields set first, as attrs
    does, since some check one field against another), then
    ``__attrs_post_init__`` if the class has one. Setting the slots directly costs
    half what the frozen class's ``__init__`` does; the checks are the same.
    """
    name = cls.__name__
    fields = attrs.fields(cls)
    lines = [f"    {target} = _new({name})"]
    lines.extend(f"    _SET_{name}_{f.name}({target}, v_{f.name})" for f in fields)
    lines.extend(
        f"    _V_{name}_{f.name}({target}, _A_{name}_{f.name}, v_{f.name})"
        for f in fields
        if f.validator is not None
    )
    if hasattr(cls, "__attrs_post_init__"):
        lines.append(f"    {target}.__attrs_post_init__()")
    return lines


def _construction_tables(cls: type) -> list[str]:
    """The slot setters, attributes and validators :func:`_construct` names."""
    name = cls.__name__
    out = []
    for f in attrs.fields(cls):
        out.append(f'_SET_{name}_{f.name} = {name}.__dict__["{f.name}"].__set__\n')
        if f.validator is not None:
            out.append(f"_A_{name}_{f.name} = attrs.fields({name}).{f.name}\n")
            out.append(f"_V_{name}_{f.name} = _validator(_A_{name}_{f.name})\n")
    return out


def _trusted_builder(cls: type) -> list[str]:
    hints = typing.get_type_hints(cls)
    name = cls.__name__
    lines = [f"def trusted_{name}(data: Any) -> {name}:", f"    new = _new({name})"]
    lines.extend(
        f"    _SET_{name}_{field.name}(new, {_trusted_expr(field, hints[field.name])})"
        for field in attrs.fields(cls)
    )
    lines.append("    return new")
    return lines


def _content_digest() -> str:
    """The bundled catalog's content digest (``Catalog.digest``), from the strict path."""
    return _fast.catalog_from(_reader.parse_documents(_reader.bundled_directory())).digest


def _digests() -> dict[str, tuple[int, str]]:
    """Size and BLAKE2b digest of each bundled file, after checking the files strictly."""
    directory = _reader.bundled_directory()
    # The cattrs path itself, not the fast pass: raises CatalogDataError if
    # anything is wrong, so only files that pass every check are recorded.
    _fast.catalog_from(_reader.parse_documents(directory))
    digests = {}
    for name in _documents.DOCUMENTS:
        data = directory.joinpath(name).read_bytes()
        digests[name] = (len(data), hashlib.blake2b(data).hexdigest())
    return digests


_GENERATED = (
    "GENERATED FILE: do not edit by hand; run ``python tools/generate_builders.py``.\n"
    "``tests/test_fast_load.py`` fails while this file differs from what the tool writes.\n"
)

_MODEL_IMPORTS = "{imports}"

STRICT_HEADER = (
    '''"""Strict structuring code for the catalog's files, by ``tools/generate_builders.py``.

'''
    + _GENERATED
    + '''
Each ``strict_*`` function checks every JSON type as hiptx's cattrs hooks do (no
coercion, no unknown key, every required key) and builds each object as its
``__init__`` would: every field set, then every validator of the class run, then
``__attrs_post_init__`` where there is one. Any failure raises, and the loader
then runs the cattrs path, whose only job is to find and word every problem.
"""

# ruff: noqa: PLR0915 - generated straight-line code: one statement per field
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from hiptx.catalog._documents import (
    ConditionsFile,
    ExercisesFile,
    IndexFile,
    InstrumentsFile,
    ProgressionsFile,
    RisksFile,
    SourcesFile,
    TreatmentsFile,
)
from hiptx.catalog._strict_support import (
    NotStrict as _NotStrict,
    check_float as _float,
    check_str as _str,
    or_none as _or_none,
    tuple_of as _tuple_of,
    validator_of as _validator,
)
'''
    + _MODEL_IMPORTS
    + """
_new = object.__new__
"""
)

TRUSTED_HEADER = (
    '''"""Structuring code for the bundled files, by ``tools/generate_builders.py``.

'''
    + _GENERATED
    + '''
The ``trusted_*`` functions build the catalog's objects without running their
validators. The loader uses them only for bundled files whose size and BLAKE2b
digest equal :data:`BUNDLED_FILES`, recorded from files that passed every check
of the strict path when the tool ran; any other data is loaded strictly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

'''
    + _MODEL_IMPORTS
    + "\n_new = object.__new__\n"
)


def _enum_tables(classes: list[type]) -> list[str]:
    out = ["\n# Each enum by its JSON value.\n"]
    out.extend(
        f"_ENUM_{enum.__name__}: dict[Any, {enum.__name__}] = "
        f"{{m.value: m for m in {enum.__name__}}}\n"
        for enum in _enums(classes)
    )
    return out


def _public_module(cls: type) -> str:
    """Where generated code imports ``cls`` from (a model class: ``hiptx.model``)."""
    return "hiptx.model" if cls.__module__.startswith("hiptx.model.") else cls.__module__


def _vocab(classes: list[type]) -> str:
    """The import lines for every class and enum the generated code names."""
    by_module: dict[str, set[str]] = {}
    for item in [*classes, IntRange, Span, TimeUnit, *_enums(classes)]:
        if item.__module__ == "hiptx.catalog._documents":
            continue  # the file classes: the header imports them
        by_module.setdefault(_public_module(item), set()).add(item.__name__)
    lines = []
    for module, names in sorted(by_module.items()):
        lines.append(f"from {module} import (\n")
        lines.extend(f"    {name},\n" for name in sorted(names))
        lines.append(")\n")
    return "".join(lines)


def render_strict() -> str:
    """The text ``_strict_builders.py`` should have."""
    classes = _classes()
    out = [STRICT_HEADER.replace("{imports}", _vocab(classes))]
    out.extend(_enum_tables(classes))
    out.append("\n# The keys each object may have.\n")
    for cls in classes:
        keys = ", ".join(f'"{f.name}"' for f in attrs.fields(cls))
        out.append(f"_KEYS_{cls.__name__} = frozenset({{{keys}}})\n")
    out.append("\n# Each class's slot setters, and the attributes and validators of its checks.\n")
    for cls in classes:
        out.extend(_construction_tables(cls))
    out.append("\n# Objects already built during this load, by their checked field values.\n")
    out.extend(f"_SHARED_{name}: dict[tuple[Any, ...], {name}] = {{}}\n" for name in SHARED)
    out.append(
        "\n\ndef forget_shared() -> None:\n"
        '    """Drop the objects kept for equal data: called when a load ends."""\n'
        + "".join(f"    _SHARED_{name}.clear()\n" for name in SHARED)
    )
    out.append(
        "\n\ndef cited_source_ids() -> frozenset[str]:\n"
        '    """The source id of every citation built since the last ``forget_shared()``."""\n'
        "    return frozenset(key[0] for key in _SHARED_Citation)\n"
    )
    out.extend("\n\n" + "\n".join(_strict_builder(cls)) + "\n" for cls in classes)
    out.append("\n\n# A strict check for each kind of array.\n")
    out.extend(
        f"_TUPLE_{_name(element)} = _tuple_of({_strict_function(element)})\n"
        for element in _tuple_elements(classes)
    )
    out.append("\n\n#: Each data file's type, built strictly.\n")
    out.append("STRICT: dict[str, Callable[[Any], Any]] = {\n")
    out.extend(
        f'    "{name}": strict_{document.__name__},\n'
        for name, document in _documents.DOCUMENTS.items()
    )
    out.append("}\n")
    return "".join(out)


def _parts() -> list[tuple[str, str, str]]:
    """(file, Catalog keyword, expression building it from ``data``) for each file."""
    parts = []
    for name, document in _documents.DOCUMENTS.items():
        if document is _documents.IndexFile:
            parts.append((name, "version", 'data["data_version"]'))
        elif name in _documents.LIST_FILES:
            key, element = _documents.LIST_FILES[name]
            parts.append((name, key, f'tuple(map(trusted_{element.__name__}, data["{key}"]))'))
        else:
            parts.append((name, "rules", f"trusted_{document.__name__}(data)"))
    return parts


def render_trusted() -> str:
    """The text ``_trusted_builders.py`` should have."""
    classes = [c for c in _classes() if c not in _documents.DOCUMENTS.values() or c is RuleSet]
    out = [TRUSTED_HEADER.replace("{imports}", _vocab(classes))]
    out.extend(_enum_tables(classes))
    out.append(
        "\n# Each field's slot, set directly: a frozen class refuses setattr, and no\n"
        "# validator may run here.\n"
    )
    out.extend(
        f'_SET_{cls.__name__}_{field.name} = {cls.__name__}.__dict__["{field.name}"].__set__\n'
        for cls in classes
        for field in attrs.fields(cls)
    )
    out.extend("\n\n" + "\n".join(_trusted_builder(cls)) + "\n" for cls in classes)
    for name, _, expression in _parts():
        function = name.removesuffix(".json")
        out.append(f"\n\ndef part_{function}(data: Any) -> Any:\n    return {expression}\n")
    out.append(
        "\n\n#: Each file -> the Catalog keyword it fills and the function that builds it.\n"
    )
    out.append("PARTS: dict[str, tuple[str, Callable[[Any], Any]]] = {\n")
    out.extend(
        f'    "{name}": ("{keyword}", part_{name.removesuffix(".json")}),\n'
        for name, keyword, _ in _parts()
    )
    out.append(
        "}\n\n#: Size in bytes and BLAKE2b digest of each bundled file that passed the strict path.\n"
    )
    out.append("BUNDLED_FILES: dict[str, tuple[int, str]] = {\n")
    out.extend(
        f'    "{name}": ({size}, "{digest}"),\n' for name, (size, digest) in _digests().items()
    )
    out.append("}\n")
    # The content digest every rule result carries (Catalog.digest), worked out
    # here so that a fresh process need not import cattrs to give it.
    out.append(
        "\n#: The bundled catalog's content digest (``Catalog.digest``) for those files.\n"
        f'BUNDLED_DIGEST = "{_content_digest()}"\n'
    )
    return "".join(out)


#: Each generated file and the function that writes its text.
OUTPUTS = {
    ROOT / "src" / "hiptx" / "catalog" / "_strict_builders.py": render_strict,
    ROOT / "src" / "hiptx" / "catalog" / "_trusted_builders.py": render_trusted,
}


def main() -> int:
    """Write the files; with ``--check``, only report whether they are up to date."""
    stale = 0
    for target, render in OUTPUTS.items():
        text = render()
        if "--check" in sys.argv[1:]:
            current = target.read_text(encoding="utf-8") if target.exists() else ""
            if current != text:
                print(f"{target} is out of date: run python tools/generate_builders.py")
                stale += 1
            continue
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
