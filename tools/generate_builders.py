"""Write ``hiptx/catalog/_builders.py`` and the bundled files' record.

cattrs builds its structuring functions at run time, which costs a fresh process
about as much as the whole load, and its generic machinery costs more than the
objects it builds. This tool writes the same structuring out as ordinary code, read
from the model's attrs fields and type hints, into one module with two builders
per class, both used by the one load pipeline (``catalog/_pipeline.py``):

* ``strict_*``: checks every JSON type exactly as hiptx's cattrs hooks do (no
  coercion, no unknown key, every required key) and builds each object with
  every validator run. Any failure raises, and the pipeline then words every
  problem (with cattrs) from the documents it already parsed.
* ``trusted_*``: builds the objects without running validators. The pipeline
  uses them only for the bundled files, and only when every file's size and
  BLAKE2b digest equal those in ``hiptx/data/validated.json``.

The module changes only when the model does. The record
(``hiptx/data/validated.json``) is data, written by ``tools/record_validated.py``
(which this tool runs after the builders) from files that passed every check
the bundled catalog takes, with the catalog's content digest, so an edit of a
data file needs only ``python tools/generate_builders.py`` run again, never a
change of Python. ``tests/catalog/test_pipeline.py`` fails while either
differs from what this tool writes.
"""

from __future__ import annotations

import pathlib
import sys
import types
import typing
from enum import Enum
from typing import Any

import attrs
import record_validated

from hiptx.catalog import _documents
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


def _shared_trusted_builder(cls: type) -> list[str]:
    """A trusted builder that returns the object already built for equal data.

    As the strict one does, so that both record every citation they build (the
    reference check then compares the cited ids with the sources, without walking
    every object) and equal citations are one object.
    """
    name = cls.__name__
    fields = attrs.fields(cls)
    reads = ", ".join(
        f'data["{f.name}"]' if _default_literal(f) is None else f'data.get("{f.name}")'
        for f in fields
    )
    return [
        f"def trusted_{name}(data: Any) -> {name}:",
        f"    key = ({reads}{',' if len(fields) == 1 else ''})",
        f"    found = _SHARED_{name}.get(key)",
        "    if found is None:",
        f"        found = _new({name})",
        *(f"        _SET_{name}_{f.name}(found, key[{i}])" for i, f in enumerate(fields)),
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
    if name in SHARED:
        return _shared_trusted_builder(cls)
    lines = [f"def trusted_{name}(data: Any) -> {name}:", f"    new = _new({name})"]
    lines.extend(
        f"    _SET_{name}_{field.name}(new, {_trusted_expr(field, hints[field.name])})"
        for field in attrs.fields(cls)
    )
    lines.append("    return new")
    return lines


HEADER = '''"""Structuring code for the catalog's files, by ``tools/generate_builders.py``.

GENERATED FILE: do not edit by hand; run ``python tools/generate_builders.py``.
``tests/catalog/test_pipeline.py`` fails while this file differs from what the tool
writes. It changes only when the model does, never when the data does.

Two builders per class, for the load pipeline's build step (``_build``):

* ``strict_*`` checks every JSON type as hiptx's cattrs hooks do (no coercion, no
  unknown key, every required key) and builds each object as its ``__init__``
  would: every field set, then every validator of the class run, then
  ``__attrs_post_init__`` where there is one. Any failure raises; the pipeline
  then words every problem from the documents it already parsed.
* ``trusted_*`` sets the fields without running validators: only for bundled
  files whose size and digest equal the record of files that passed every check
  (``hiptx/data/validated.json``).
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
{imports}
_new = object.__new__
'''


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


def _builder_table(family: str, what: str) -> list[str]:
    out = [f"\n\n#: Each data file's document, {what}.\n"]
    out.append(f"{family.upper()}: dict[str, Callable[[Any], Any]] = {{\n")
    out.extend(
        f'    "{part.file}": {family}_{part.document.__name__},\n' for part in _documents.FILES
    )
    out.append("}\n")
    return out


def render() -> str:
    """The text ``_builders.py`` should have."""
    classes = _classes()
    out = [HEADER.replace("{imports}", _vocab(classes))]
    out.extend(_enum_tables(classes))
    out.append("\n# The keys each object may have.\n")
    for cls in classes:
        keys = ", ".join(f'"{f.name}"' for f in attrs.fields(cls))
        out.append(f"_KEYS_{cls.__name__} = frozenset({{{keys}}})\n")
    out.append(
        "\n# Each class's slot setters (a frozen class refuses setattr), and the\n"
        "# attributes and validators of its strict checks.\n"
    )
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
    out.extend("\n\n" + "\n".join(_trusted_builder(cls)) + "\n" for cls in classes)
    out.extend(_builder_table("strict", "built with every check"))
    out.extend(_builder_table("trusted", "built without validators (validated bytes only)"))
    return "".join(out)


#: Each generated file and the function that writes its text (the module first:
#: the record is written by loading the catalog with it).
OUTPUTS = {
    ROOT / "src" / "hiptx" / "catalog" / "_builders.py": render,
    record_validated.TARGET: record_validated.render_record,
}


def main() -> int:
    """Write the files; with ``--check``, only report whether they are up to date."""
    stale = 0
    for target, write in OUTPUTS.items():
        text = write()
        if "--check" in sys.argv[1:]:
            current = target.read_text(encoding="utf-8") if target.exists() else ""
            if current != text:
                print(f"{target} is out of date: run python tools/generate_builders.py")
                stale += 1
            continue
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
