"""Safety floors: what a catalog's data may raise but never silently lower.

The bundled catalog's rules are the floor every other catalog is checked against
(a full copy, an overlay, a merge, a catalog built in code):

* every red flag the bundled catalog routes keeps a rule, with a pathway at least
  as urgent as the bundled one (no override can lower it: a rule never lowers a
  red flag's urgency);
* every bundled red-flag combination stays (a catalog may add more);
* every :class:`~hiptx.SafetyThreshold` keeps the sources' value unless the
  catalog's ``overrides`` name the change (:class:`~hiptx.LocalOverride`), and an
  override names only a threshold the catalog does change.

The bundled catalog itself is built without this check (it is the floor); the
loader hands it to this module (:func:`use_floor`), for ``Catalog(...)`` to check against.
"""

from __future__ import annotations

from collections.abc import Callable

from hiptx.errors import DataProblem
from hiptx.model import DefaultThreshold, RuleSet, SafetyThreshold, Threshold

#: Gives the safety floor's rules (the bundled catalog's) to ``Catalog(...)``: set by
#: the loader, which the catalog's modules cannot import (the loader builds
#: catalogs; an import either way is a cycle). The load pipeline passes its floor explicitly.
_floor_rules: Callable[[], RuleSet] | None = None


def use_floor(floor_rules: Callable[[], RuleSet]) -> None:
    """Check every ``Catalog(...)`` built from now on against ``floor_rules()``."""
    global _floor_rules  # noqa: PLW0603 - set once, by the loader, at import
    _floor_rules = floor_rules


def bundled_floor() -> RuleSet | None:
    """The floor a catalog built outside the pipeline is checked against."""
    return None if _floor_rules is None else _floor_rules()


_FILE = "rules.json"


def _red_flag_problems(rules: RuleSet, floor: RuleSet) -> list[DataProblem]:
    problems: list[DataProblem] = []
    routed = {rule.flag: rule for rule in rules.red_flags}
    for bundled in floor.red_flags:
        flag = bundled.flag.value
        rule = routed.get(bundled.flag)
        if rule is None:
            problems.append(
                DataProblem(
                    _FILE,
                    "/red_flags",
                    f"red flag {flag!r} has no rule; every red flag the bundled catalog "
                    "routes must stay routed (a safety floor no override lowers)",
                    None,
                    f"a rule for {flag!r}",
                )
            )
        elif rule.urgency.rank > bundled.urgency.rank:
            position = rules.red_flags.index(rule)
            problems.append(
                DataProblem(
                    _FILE,
                    f"/red_flags/{position}/pathway",
                    f"red flag {flag!r} is routed to {rule.pathway.label} "
                    f"({rule.urgency.value}), less urgent than the bundled catalog's "
                    f"{bundled.pathway.label} ({bundled.urgency.value}); a red flag's "
                    "urgency is a safety floor no override lowers",
                    repr(rule.pathway.value),
                    f"a pathway at least as urgent as {bundled.pathway.value!r}",
                )
            )
    return problems


def _combination_problems(rules: RuleSet, floor: RuleSet) -> list[DataProblem]:
    kept = {(frozenset(c.flags), c.implies) for c in rules.red_flag_combinations}
    problems: list[DataProblem] = []
    for combination in floor.red_flag_combinations:
        if (frozenset(combination.flags), combination.implies) not in kept:
            flags = " + ".join(flag.value for flag in combination.flags)
            problems.append(
                DataProblem(
                    _FILE,
                    "/red_flag_combinations",
                    f"the bundled combination {flags} -> {combination.implies.value} is "
                    "missing; combinations are a safety floor a catalog may add to but "
                    "not remove from",
                    None,
                    f"a combination of {flags} implying {combination.implies.value!r}",
                )
            )
    return problems


def _value(threshold: Threshold | DefaultThreshold | None) -> float | None:
    """A threshold's value, ``None`` where the catalog has dropped an optional one."""
    return None if threshold is None else threshold.value


def _shown(value: float | None) -> str:
    return "absent" if value is None else f"{value:g}"


def _threshold_problems(rules: RuleSet, floor: RuleSet) -> list[DataProblem]:
    problems: list[DataProblem] = []
    for threshold in SafetyThreshold:
        name = threshold.value
        value = _value(getattr(rules, name))
        sources = _value(getattr(floor, name))
        override = rules.override_of(threshold)
        origin = threshold.origin
        if value != sources and override is None:
            problems.append(
                DataProblem(
                    _FILE,
                    f"/{name}/value" if value is not None else f"/{name}",
                    f"{name} is {_shown(value)} where {origin} value is {_shown(sources)}; a "
                    "catalog changes a safety threshold only as a named local override "
                    f'(an "overrides" entry with "threshold": "{name}", the value, '
                    '"set_by" and "reason")',
                    repr(value),
                    f"{_shown(sources)}, or an override naming {name!r}",
                )
            )
        elif value == sources and override is not None:
            position = rules.overrides.index(override)
            problems.append(
                DataProblem(
                    _FILE,
                    f"/overrides/{position}",
                    f"the override of {name} sets {origin} own value ({_shown(sources)}), "
                    "so it overrides nothing; remove it",
                    repr(value),
                    f"a value other than {sources:g}",
                )
            )
    return problems


def floor_problems(rules: RuleSet, floor: RuleSet) -> list[DataProblem]:
    """Every way ``rules`` lowers a safety floor (``floor``'s) without naming it.

    Example:
        >>> import attrs, hiptx
        >>> from hiptx.catalog._floors import floor_problems
        >>> rules = hiptx.load_catalog().rules
        >>> floor_problems(rules, rules)
        []
        >>> weaker = attrs.evolve(rules, pain_ceiling=attrs.evolve(rules.pain_ceiling, value=5))
        >>> print(floor_problems(weaker, rules)[0].message)  # doctest: +ELLIPSIS
        pain_ceiling is 5 where the sources' value is 3; a catalog changes a safety ...
    """
    if rules is floor:
        return []
    return [
        *_red_flag_problems(rules, floor),
        *_combination_problems(rules, floor),
        *_threshold_problems(rules, floor),
    ]
