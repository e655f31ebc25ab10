"""Building result objects from values already known to be valid, without validators.

The rules build their results (reasons, estimates) from validated inputs and
catalog objects. Re-running each field's validator on every call cost more than
the rule's own logic, so the rules use these constructors; a caller who builds a
result class directly still gets every check of its ``__init__``. The objects are
equal to those ``__init__`` builds, field for field (the tests compare them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs

T = TypeVar("T")


def constructor(cls: type[T]) -> Callable[..., T]:
    """A positional constructor for attrs class ``cls``: one value per field, in order.

    Example:
        >>> import hiptx
        >>> from hiptx._trusted import constructor
        >>> make = constructor(hiptx.Citation)
        >>> make("src", None, "Table 1") == hiptx.Citation(source_id="src", locator="Table 1")
        True
    """
    names = [field.name for field in attrs.fields(cls)]  # type: ignore[arg-type]
    # Straight-line code, one slot store per field: a loop over the fields cost
    # half of what it saved. Every name in it comes from the class's own fields.
    params = ", ".join(f"v{i}" for i in range(len(names)))
    stores = "".join(f"    s{i}(obj, v{i})\n" for i in range(len(names)))
    source = f"def build({params}):\n    obj = new(cls)\n{stores}    return obj\n"
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    namespace.update({f"s{i}": cls.__dict__[name].__set__ for i, name in enumerate(names)})
    exec(source, namespace)  # noqa: S102 - source built above from the field count only
    build: Callable[..., T] = namespace["build"]
    return build
