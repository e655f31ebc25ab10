"""The closed vocabularies (vocab.py, and every other public enum, all built alike):
each reads every usual spelling of a member and prints as its data value."""

from __future__ import annotations

from typing import Any

import hiptx
from tests.support import public_enums


def test_every_public_enum_parses() -> None:
    enums = public_enums()
    assert len(enums) >= 20
    for kind in enums:
        parse: Any = getattr(kind, "parse")  # noqa: B009 - the contract under test
        for member in kind:
            value = str(member.value)
            spellings = {
                value,
                member.name,
                value.upper(),
                value.replace("_", "-"),
                value.replace("-", "_"),
                member.name.lower().replace("_", " "),
                f"  {value}  ",
            }
            for text in spellings:
                assert parse(text) is member, (kind, text)
            assert parse(member) is member


def test_no_two_members_of_an_enum_share_a_spelling() -> None:
    # parse would otherwise pick one of them silently.
    from hiptx._enum import _normalised

    for kind in public_enums():
        names = [_normalised(m.name) for m in kind]
        values = [_normalised(str(m.value)) for m in kind]
        for position, member_spellings in enumerate(zip(names, values, strict=True)):
            others = {
                s
                for i, pair in enumerate(zip(names, values, strict=True))
                if i != position
                for s in pair
            }
            assert not set(member_spellings) & others, (kind, member_spellings)


def test_every_public_enum_prints_as_its_value() -> None:
    enums = public_enums()
    assert hiptx.ChainEnd in enums
    assert len(enums) >= 24
    for cls in enums:
        for member in cls:
            assert str(member) == member.value, member
            assert f"{member}" == member.value
            assert repr(member).startswith(f"<{cls.__name__}.")
    assert str(hiptx.Outcome.PROGRESS) == "progress"


def test_the_vocabularies_say_what_rules_read_from_them() -> None:
    # What a rule relies on: whose opinion is marked, and the order of urgencies.
    opinions = {kind for kind in hiptx.SourceKind if kind.is_opinion}
    assert opinions == {hiptx.SourceKind.CLINIC_OPINION, hiptx.SourceKind.COMMERCIAL_OPINION}
    # rank 0 is the most urgent.
    assert hiptx.Urgency.EMERGENCY.rank < hiptx.Urgency.URGENT.rank < hiptx.Urgency.NONE.rank
    assert hiptx.Urgency.EMERGENCY.is_urgent and not hiptx.Urgency.NONE.is_urgent
    assert set(hiptx.MovementPattern.basic()) < set(hiptx.MovementPattern)
