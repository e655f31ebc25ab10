"""Strict structuring code for the catalog's files, by ``tools/generate_builders.py``.

GENERATED FILE: do not edit by hand; run ``python tools/generate_builders.py``.
``tests/test_fast_load.py`` fails while this file differs from what the tool writes.

Each ``strict_*`` function checks every JSON type as hiptx's cattrs hooks do (no
coercion, no unknown key, every required key) and builds each object through its
``__init__``, so every validator runs. Any failure raises, and the loader then
runs the cattrs path, whose only job is to find and word every problem.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hiptx.catalog._documents import (
    ConditionsFile,
    ExercisesFile,
    IndexFile,
    ProgressionsFile,
    RisksFile,
    SourcesFile,
    TreatmentsFile,
)
from hiptx.codes import (
    Code,
)
from hiptx.model import (
    Citation,
    Condition,
    Dose,
    Evidence,
    Exercise,
    Milestone,
    Progression,
    Rate,
    RedFlagCombination,
    RedFlagRule,
    Risk,
    RuleSet,
    Schedule,
    ScreeningRules,
    Source,
    Statement,
    Targets,
    Threshold,
    Treatment,
)
from hiptx.ranges import (
    IntRange,
    Span,
    TimeUnit,
)
from hiptx.vocab import (
    Equipment,
    EvidenceStrength,
    ExerciseGoal,
    Frequency,
    Invasiveness,
    JobDemand,
    MilestoneKind,
    MovementPattern,
    Muscle,
    Pathway,
    Position,
    RedFlag,
    SourceKind,
    TreatmentKind,
    WeightBearing,
)


class _NotStrict(Exception):  # noqa: N818 - a signal to fall back, not an error shown
    """The data is not exactly what the schema allows; cattrs will say why."""


def _str(value: Any) -> str:
    if type(value) is not str:
        raise _NotStrict
    return value


def _int(value: Any) -> int:
    # type() rather than isinstance(): True must not pass as the integer 1.
    if type(value) is not int:
        raise _NotStrict
    return value


def _bool(value: Any) -> bool:
    if type(value) is not bool:
        raise _NotStrict
    return value


def _float(value: Any) -> float:
    if type(value) is not float and type(value) is not int:
        raise _NotStrict
    return float(value)


def _opt_str(value: Any) -> str | None:
    if value is not None and type(value) is not str:
        raise _NotStrict
    return value


def _opt_int(value: Any) -> int | None:
    if value is not None and type(value) is not int:
        raise _NotStrict
    return value


def _or_none(value: Any, check: Callable[[Any], Any]) -> Any:
    return None if value is None else check(value)


def _tuple_of(check: Callable[[Any], Any]) -> Callable[[Any], tuple[Any, ...]]:
    def items(value: Any) -> tuple[Any, ...]:
        # A JSON string is iterable too; only an array becomes a tuple.
        if type(value) is not list:
            raise _NotStrict
        return tuple(map(check, value))

    return items

# Each enum by its JSON value.
_ENUM_Equipment: dict[Any, Equipment] = {m.value: m for m in Equipment}
_ENUM_EvidenceStrength: dict[Any, EvidenceStrength] = {m.value: m for m in EvidenceStrength}
_ENUM_ExerciseGoal: dict[Any, ExerciseGoal] = {m.value: m for m in ExerciseGoal}
_ENUM_Frequency: dict[Any, Frequency] = {m.value: m for m in Frequency}
_ENUM_Invasiveness: dict[Any, Invasiveness] = {m.value: m for m in Invasiveness}
_ENUM_JobDemand: dict[Any, JobDemand] = {m.value: m for m in JobDemand}
_ENUM_MilestoneKind: dict[Any, MilestoneKind] = {m.value: m for m in MilestoneKind}
_ENUM_MovementPattern: dict[Any, MovementPattern] = {m.value: m for m in MovementPattern}
_ENUM_Muscle: dict[Any, Muscle] = {m.value: m for m in Muscle}
_ENUM_Pathway: dict[Any, Pathway] = {m.value: m for m in Pathway}
_ENUM_Position: dict[Any, Position] = {m.value: m for m in Position}
_ENUM_RedFlag: dict[Any, RedFlag] = {m.value: m for m in RedFlag}
_ENUM_SourceKind: dict[Any, SourceKind] = {m.value: m for m in SourceKind}
_ENUM_TimeUnit: dict[Any, TimeUnit] = {m.value: m for m in TimeUnit}
_ENUM_TreatmentKind: dict[Any, TreatmentKind] = {m.value: m for m in TreatmentKind}
_ENUM_WeightBearing: dict[Any, WeightBearing] = {m.value: m for m in WeightBearing}

# The keys each object may have.
_KEYS_IndexFile = frozenset({"data_version", "files"})
_KEYS_Source = frozenset({"id", "title", "kind", "authors", "publisher", "year", "published_in", "url", "doi", "note", "pmid", "pmc", "title_is_descriptive"})
_KEYS_SourcesFile = frozenset({"sources"})
_KEYS_Citation = frozenset({"source_id", "quote", "locator"})
_KEYS_Statement = frozenset({"text", "citations"})
_KEYS_Code = frozenset({"system", "code", "display"})
_KEYS_Condition = frozenset({"id", "name", "summary", "citations", "also_known_as", "diagnosis", "codes"})
_KEYS_ConditionsFile = frozenset({"conditions"})
_KEYS_Span = frozenset({"low", "high", "unit"})
_KEYS_Rate = frozenset({"population", "strength", "citations", "estimate_percent", "low_percent", "high_percent", "follow_up"})
_KEYS_Risk = frozenset({"id", "name", "citations", "frequency", "rates", "summary", "codes"})
_KEYS_RisksFile = frozenset({"risks"})
_KEYS_IntRange = frozenset({"low", "high"})
_KEYS_Schedule = frozenset({"citations", "sessions", "over"})
_KEYS_Milestone = frozenset({"kind", "citations", "span", "wording", "job", "weight_bearing", "note"})
_KEYS_Targets = frozenset({"citations", "muscles", "patterns", "note", "reading", "complete"})
_KEYS_Evidence = frozenset({"summary", "strength", "citations", "participants"})
_KEYS_Treatment = frozenset({"id", "name", "kind", "invasiveness", "summary", "citations", "delivered_by", "setting", "features", "benefits", "claims", "risk_ids", "indication_ids", "schedules", "milestones", "targets", "evidence", "target_readings", "codes"})
_KEYS_TreatmentsFile = frozenset({"treatments"})
_KEYS_Dose = frozenset({"sets", "citations", "pain_ceiling", "reps", "hold_seconds", "rep_hold_seconds"})
_KEYS_Exercise = frozenset({"id", "name", "summary", "goal", "position", "citations", "patterns", "muscles", "equipment", "dose", "cues", "codes"})
_KEYS_ExercisesFile = frozenset({"exercises"})
_KEYS_Progression = frozenset({"id", "name", "patterns", "exercise_ids", "citations", "note"})
_KEYS_ProgressionsFile = frozenset({"progressions"})
_KEYS_Threshold = frozenset({"value", "citations", "text"})
_KEYS_ScreeningRules = frozenset({"scope", "good_candidate", "poor_candidate", "failed_physiotherapy", "refer_when_appropriate"})
_KEYS_RedFlagRule = frozenset({"flag", "pathway", "action", "citations"})
_KEYS_RedFlagCombination = frozenset({"flags", "implies", "reading", "citations", "hiptx_reading"})
_KEYS_RuleSet = frozenset({"pain_ceiling", "lingering_pain_hours", "sharp_joint_pain", "hot_or_swollen_joint", "pain_increased_over_a_day", "aerobic_minutes_per_week", "strength_sessions_per_week", "screening", "red_flags", "red_flag_combinations"})

# Objects already built during this load, by their checked field values.
_SHARED_Citation: dict[tuple[Any, ...], Citation] = {}


def forget_shared() -> None:
    """Drop the objects kept for equal data: called when a load ends."""
    _SHARED_Citation.clear()


def cited_source_ids() -> frozenset[str]:
    """The source id of every citation built since the last ``forget_shared()``."""
    return frozenset(key[0] for key in _SHARED_Citation)


def strict_IndexFile(data: Any) -> IndexFile:
    if type(data) is not dict or not _KEYS_IndexFile.issuperset(data):
        raise _NotStrict
    v_data_version = data["data_version"]
    if type(v_data_version) is not str:
        raise _NotStrict
    return IndexFile(
        data_version=v_data_version,
        files=_TUPLE_str(data["files"]),
    )


def strict_Source(data: Any) -> Source:
    if type(data) is not dict or not _KEYS_Source.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    v_title = data["title"]
    v_publisher = data.get("publisher")
    v_year = data.get("year")
    v_published_in = data.get("published_in")
    v_url = data.get("url")
    v_doi = data.get("doi")
    v_note = data.get("note")
    v_pmid = data.get("pmid")
    v_pmc = data.get("pmc")
    v_title_is_descriptive = data.get("title_is_descriptive", False)
    if type(v_id) is not str or type(v_title) is not str or (v_publisher is not None and type(v_publisher) is not str) or (v_year is not None and type(v_year) is not int) or (v_published_in is not None and type(v_published_in) is not str) or (v_url is not None and type(v_url) is not str) or (v_doi is not None and type(v_doi) is not str) or (v_note is not None and type(v_note) is not str) or (v_pmid is not None and type(v_pmid) is not str) or (v_pmc is not None and type(v_pmc) is not str) or type(v_title_is_descriptive) is not bool:
        raise _NotStrict
    return Source(
        id=v_id,
        title=v_title,
        kind=_ENUM_SourceKind.__getitem__(data["kind"]),
        authors=_TUPLE_str(data["authors"]) if "authors" in data else (),
        publisher=v_publisher,
        year=v_year,
        published_in=v_published_in,
        url=v_url,
        doi=v_doi,
        note=v_note,
        pmid=v_pmid,
        pmc=v_pmc,
        title_is_descriptive=v_title_is_descriptive,
    )


def strict_SourcesFile(data: Any) -> SourcesFile:
    if type(data) is not dict or not _KEYS_SourcesFile.issuperset(data):
        raise _NotStrict
    return SourcesFile(
        sources=_TUPLE_Source(data["sources"]),
    )


def strict_Citation(data: Any) -> Citation:
    if type(data) is not dict or not _KEYS_Citation.issuperset(data):
        raise _NotStrict
    v_source_id = data.get("source_id")
    v_quote = data.get("quote")
    v_locator = data.get("locator")
    if type(v_source_id) is not str or (v_quote is not None and type(v_quote) is not str) or (v_locator is not None and type(v_locator) is not str):
        raise _NotStrict
    key = (v_source_id, v_quote, v_locator)
    found = _SHARED_Citation.get(key)
    if found is None:
        found = _SHARED_Citation[key] = Citation(source_id=v_source_id, quote=v_quote, locator=v_locator)
    return found


def strict_Statement(data: Any) -> Statement:
    if type(data) is not dict or not _KEYS_Statement.issuperset(data):
        raise _NotStrict
    v_text = data["text"]
    if type(v_text) is not str:
        raise _NotStrict
    return Statement(
        text=v_text,
        citations=_TUPLE_Citation(data["citations"]),
    )


def strict_Code(data: Any) -> Code:
    if type(data) is not dict or not _KEYS_Code.issuperset(data):
        raise _NotStrict
    v_system = data["system"]
    v_code = data["code"]
    v_display = data["display"]
    if type(v_system) is not str or type(v_code) is not str or type(v_display) is not str:
        raise _NotStrict
    return Code(
        system=v_system,
        code=v_code,
        display=v_display,
    )


def strict_Condition(data: Any) -> Condition:
    if type(data) is not dict or not _KEYS_Condition.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    v_name = data["name"]
    v_summary = data["summary"]
    if type(v_id) is not str or type(v_name) is not str or type(v_summary) is not str:
        raise _NotStrict
    return Condition(
        id=v_id,
        name=v_name,
        summary=v_summary,
        citations=_TUPLE_Citation(data["citations"]),
        also_known_as=_TUPLE_str(data["also_known_as"]) if "also_known_as" in data else (),
        diagnosis=_TUPLE_Statement(data["diagnosis"]) if "diagnosis" in data else (),
        codes=_TUPLE_Code(data["codes"]) if "codes" in data else (),
    )


def strict_ConditionsFile(data: Any) -> ConditionsFile:
    if type(data) is not dict or not _KEYS_ConditionsFile.issuperset(data):
        raise _NotStrict
    return ConditionsFile(
        conditions=_TUPLE_Condition(data["conditions"]),
    )


def strict_Span(data: Any) -> Span:
    if type(data) is not dict or not _KEYS_Span.issuperset(data):
        raise _NotStrict
    v_low = data["low"]
    v_high = data["high"]
    if type(v_low) is not int or (v_high is not None and type(v_high) is not int):
        raise _NotStrict
    return Span(
        low=v_low,
        high=v_high,
        unit=_ENUM_TimeUnit.__getitem__(data["unit"]),
    )


def strict_Rate(data: Any) -> Rate:
    if type(data) is not dict or not _KEYS_Rate.issuperset(data):
        raise _NotStrict
    v_population = data["population"]
    if type(v_population) is not str:
        raise _NotStrict
    return Rate(
        population=v_population,
        strength=_ENUM_EvidenceStrength.__getitem__(data["strength"]),
        citations=_TUPLE_Citation(data["citations"]),
        estimate_percent=_or_none(data.get("estimate_percent"), _float),
        low_percent=_or_none(data.get("low_percent"), _float),
        high_percent=_or_none(data.get("high_percent"), _float),
        follow_up=_or_none(data.get("follow_up"), strict_Span),
    )


def strict_Risk(data: Any) -> Risk:
    if type(data) is not dict or not _KEYS_Risk.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    v_name = data["name"]
    v_summary = data.get("summary")
    if type(v_id) is not str or type(v_name) is not str or (v_summary is not None and type(v_summary) is not str):
        raise _NotStrict
    return Risk(
        id=v_id,
        name=v_name,
        citations=_TUPLE_Citation(data["citations"]),
        frequency=_ENUM_Frequency.__getitem__(data["frequency"]) if "frequency" in data else Frequency.UNKNOWN,
        rates=_TUPLE_Rate(data["rates"]) if "rates" in data else (),
        summary=v_summary,
        codes=_TUPLE_Code(data["codes"]) if "codes" in data else (),
    )


def strict_RisksFile(data: Any) -> RisksFile:
    if type(data) is not dict or not _KEYS_RisksFile.issuperset(data):
        raise _NotStrict
    return RisksFile(
        risks=_TUPLE_Risk(data["risks"]),
    )


def strict_IntRange(data: Any) -> IntRange:
    if type(data) is not dict or not _KEYS_IntRange.issuperset(data):
        raise _NotStrict
    v_low = data["low"]
    v_high = data["high"]
    if type(v_low) is not int or (v_high is not None and type(v_high) is not int):
        raise _NotStrict
    return IntRange(
        low=v_low,
        high=v_high,
    )


def strict_Schedule(data: Any) -> Schedule:
    if type(data) is not dict or not _KEYS_Schedule.issuperset(data):
        raise _NotStrict
    return Schedule(
        citations=_TUPLE_Citation(data["citations"]),
        sessions=_or_none(data.get("sessions"), strict_IntRange),
        over=_or_none(data.get("over"), strict_Span),
    )


def strict_Milestone(data: Any) -> Milestone:
    if type(data) is not dict or not _KEYS_Milestone.issuperset(data):
        raise _NotStrict
    v_wording = data.get("wording")
    v_note = data.get("note")
    if (v_wording is not None and type(v_wording) is not str) or (v_note is not None and type(v_note) is not str):
        raise _NotStrict
    return Milestone(
        kind=_ENUM_MilestoneKind.__getitem__(data["kind"]),
        citations=_TUPLE_Citation(data["citations"]),
        span=_or_none(data.get("span"), strict_Span),
        wording=v_wording,
        job=_or_none(data.get("job"), _ENUM_JobDemand.__getitem__),
        weight_bearing=_or_none(data.get("weight_bearing"), _ENUM_WeightBearing.__getitem__),
        note=v_note,
    )


def strict_Targets(data: Any) -> Targets:
    if type(data) is not dict or not _KEYS_Targets.issuperset(data):
        raise _NotStrict
    v_note = data.get("note")
    v_reading = data.get("reading")
    v_complete = data.get("complete", True)
    if (v_note is not None and type(v_note) is not str) or (v_reading is not None and type(v_reading) is not str) or type(v_complete) is not bool:
        raise _NotStrict
    return Targets(
        citations=_TUPLE_Citation(data["citations"]),
        muscles=_TUPLE_Muscle(data["muscles"]) if "muscles" in data else (),
        patterns=_TUPLE_MovementPattern(data["patterns"]) if "patterns" in data else (),
        note=v_note,
        reading=v_reading,
        complete=v_complete,
    )


def strict_Evidence(data: Any) -> Evidence:
    if type(data) is not dict or not _KEYS_Evidence.issuperset(data):
        raise _NotStrict
    v_summary = data["summary"]
    v_participants = data.get("participants")
    if type(v_summary) is not str or (v_participants is not None and type(v_participants) is not int):
        raise _NotStrict
    return Evidence(
        summary=v_summary,
        strength=_ENUM_EvidenceStrength.__getitem__(data["strength"]),
        citations=_TUPLE_Citation(data["citations"]),
        participants=v_participants,
    )


def strict_Treatment(data: Any) -> Treatment:
    if type(data) is not dict or not _KEYS_Treatment.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    v_name = data["name"]
    v_summary = data["summary"]
    v_setting = data.get("setting")
    if type(v_id) is not str or type(v_name) is not str or type(v_summary) is not str or (v_setting is not None and type(v_setting) is not str):
        raise _NotStrict
    return Treatment(
        id=v_id,
        name=v_name,
        kind=_ENUM_TreatmentKind.__getitem__(data["kind"]),
        invasiveness=_ENUM_Invasiveness.__getitem__(data["invasiveness"]),
        summary=v_summary,
        citations=_TUPLE_Citation(data["citations"]),
        delivered_by=_TUPLE_str(data["delivered_by"]) if "delivered_by" in data else (),
        setting=v_setting,
        features=_TUPLE_Statement(data["features"]) if "features" in data else (),
        benefits=_TUPLE_Statement(data["benefits"]) if "benefits" in data else (),
        claims=_TUPLE_Statement(data["claims"]) if "claims" in data else (),
        risk_ids=_TUPLE_str(data["risk_ids"]) if "risk_ids" in data else (),
        indication_ids=_TUPLE_str(data["indication_ids"]) if "indication_ids" in data else (),
        schedules=_TUPLE_Schedule(data["schedules"]) if "schedules" in data else (),
        milestones=_TUPLE_Milestone(data["milestones"]) if "milestones" in data else (),
        targets=_or_none(data.get("targets"), strict_Targets),
        evidence=_TUPLE_Evidence(data["evidence"]) if "evidence" in data else (),
        target_readings=_TUPLE_Targets(data["target_readings"]) if "target_readings" in data else (),
        codes=_TUPLE_Code(data["codes"]) if "codes" in data else (),
    )


def strict_TreatmentsFile(data: Any) -> TreatmentsFile:
    if type(data) is not dict or not _KEYS_TreatmentsFile.issuperset(data):
        raise _NotStrict
    return TreatmentsFile(
        treatments=_TUPLE_Treatment(data["treatments"]),
    )


def strict_Dose(data: Any) -> Dose:
    if type(data) is not dict or not _KEYS_Dose.issuperset(data):
        raise _NotStrict
    v_pain_ceiling = data.get("pain_ceiling")
    if (v_pain_ceiling is not None and type(v_pain_ceiling) is not int):
        raise _NotStrict
    return Dose(
        sets=strict_IntRange(data["sets"]),
        citations=_TUPLE_Citation(data["citations"]),
        pain_ceiling=v_pain_ceiling,
        reps=_or_none(data.get("reps"), strict_IntRange),
        hold_seconds=_or_none(data.get("hold_seconds"), strict_IntRange),
        rep_hold_seconds=_or_none(data.get("rep_hold_seconds"), strict_IntRange),
    )


def strict_Exercise(data: Any) -> Exercise:
    if type(data) is not dict or not _KEYS_Exercise.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    v_name = data["name"]
    v_summary = data["summary"]
    if type(v_id) is not str or type(v_name) is not str or type(v_summary) is not str:
        raise _NotStrict
    return Exercise(
        id=v_id,
        name=v_name,
        summary=v_summary,
        goal=_ENUM_ExerciseGoal.__getitem__(data["goal"]),
        position=_ENUM_Position.__getitem__(data["position"]),
        citations=_TUPLE_Citation(data["citations"]),
        patterns=_TUPLE_MovementPattern(data["patterns"]) if "patterns" in data else (),
        muscles=_TUPLE_Muscle(data["muscles"]) if "muscles" in data else (),
        equipment=_TUPLE_Equipment(data["equipment"]) if "equipment" in data else (),
        dose=_or_none(data.get("dose"), strict_Dose),
        cues=_TUPLE_Statement(data["cues"]) if "cues" in data else (),
        codes=_TUPLE_Code(data["codes"]) if "codes" in data else (),
    )


def strict_ExercisesFile(data: Any) -> ExercisesFile:
    if type(data) is not dict or not _KEYS_ExercisesFile.issuperset(data):
        raise _NotStrict
    return ExercisesFile(
        exercises=_TUPLE_Exercise(data["exercises"]),
    )


def strict_Progression(data: Any) -> Progression:
    if type(data) is not dict or not _KEYS_Progression.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    v_name = data["name"]
    v_note = data.get("note")
    if type(v_id) is not str or type(v_name) is not str or (v_note is not None and type(v_note) is not str):
        raise _NotStrict
    return Progression(
        id=v_id,
        name=v_name,
        patterns=_TUPLE_MovementPattern(data["patterns"]),
        exercise_ids=_TUPLE_str(data["exercise_ids"]),
        citations=_TUPLE_Citation(data["citations"]),
        note=v_note,
    )


def strict_ProgressionsFile(data: Any) -> ProgressionsFile:
    if type(data) is not dict or not _KEYS_ProgressionsFile.issuperset(data):
        raise _NotStrict
    return ProgressionsFile(
        progressions=_TUPLE_Progression(data["progressions"]),
    )


def strict_Threshold(data: Any) -> Threshold:
    if type(data) is not dict or not _KEYS_Threshold.issuperset(data):
        raise _NotStrict
    v_text = data.get("text")
    if (v_text is not None and type(v_text) is not str):
        raise _NotStrict
    return Threshold(
        value=_float(data["value"]),
        citations=_TUPLE_Citation(data["citations"]),
        text=v_text,
    )


def strict_ScreeningRules(data: Any) -> ScreeningRules:
    if type(data) is not dict or not _KEYS_ScreeningRules.issuperset(data):
        raise _NotStrict
    return ScreeningRules(
        scope=strict_Statement(data["scope"]),
        good_candidate=strict_Statement(data["good_candidate"]),
        poor_candidate=strict_Statement(data["poor_candidate"]),
        failed_physiotherapy=strict_Statement(data["failed_physiotherapy"]),
        refer_when_appropriate=strict_Statement(data["refer_when_appropriate"]),
    )


def strict_RedFlagRule(data: Any) -> RedFlagRule:
    if type(data) is not dict or not _KEYS_RedFlagRule.issuperset(data):
        raise _NotStrict
    v_action = data["action"]
    if type(v_action) is not str:
        raise _NotStrict
    return RedFlagRule(
        flag=_ENUM_RedFlag.__getitem__(data["flag"]),
        pathway=_ENUM_Pathway.__getitem__(data["pathway"]),
        action=v_action,
        citations=_TUPLE_Citation(data["citations"]),
    )


def strict_RedFlagCombination(data: Any) -> RedFlagCombination:
    if type(data) is not dict or not _KEYS_RedFlagCombination.issuperset(data):
        raise _NotStrict
    v_reading = data["reading"]
    v_hiptx_reading = data.get("hiptx_reading", False)
    if type(v_reading) is not str or type(v_hiptx_reading) is not bool:
        raise _NotStrict
    return RedFlagCombination(
        flags=_TUPLE_RedFlag(data["flags"]),
        implies=_ENUM_RedFlag.__getitem__(data["implies"]),
        reading=v_reading,
        citations=_TUPLE_Citation(data["citations"]),
        hiptx_reading=v_hiptx_reading,
    )


def strict_RuleSet(data: Any) -> RuleSet:
    if type(data) is not dict or not _KEYS_RuleSet.issuperset(data):
        raise _NotStrict
    return RuleSet(
        pain_ceiling=strict_Threshold(data["pain_ceiling"]),
        lingering_pain_hours=strict_Threshold(data["lingering_pain_hours"]),
        sharp_joint_pain=strict_Statement(data["sharp_joint_pain"]),
        hot_or_swollen_joint=strict_Statement(data["hot_or_swollen_joint"]),
        pain_increased_over_a_day=strict_Statement(data["pain_increased_over_a_day"]),
        aerobic_minutes_per_week=strict_Threshold(data["aerobic_minutes_per_week"]),
        strength_sessions_per_week=strict_Threshold(data["strength_sessions_per_week"]),
        screening=strict_ScreeningRules(data["screening"]),
        red_flags=_TUPLE_RedFlagRule(data["red_flags"]) if "red_flags" in data else (),
        red_flag_combinations=_TUPLE_RedFlagCombination(data["red_flag_combinations"]) if "red_flag_combinations" in data else (),
    )


# A strict check for each kind of array.
_TUPLE_str = _tuple_of(_str)
_TUPLE_Source = _tuple_of(strict_Source)
_TUPLE_Citation = _tuple_of(strict_Citation)
_TUPLE_Statement = _tuple_of(strict_Statement)
_TUPLE_Code = _tuple_of(strict_Code)
_TUPLE_Condition = _tuple_of(strict_Condition)
_TUPLE_Rate = _tuple_of(strict_Rate)
_TUPLE_Risk = _tuple_of(strict_Risk)
_TUPLE_Muscle = _tuple_of(_ENUM_Muscle.__getitem__)
_TUPLE_MovementPattern = _tuple_of(_ENUM_MovementPattern.__getitem__)
_TUPLE_Schedule = _tuple_of(strict_Schedule)
_TUPLE_Milestone = _tuple_of(strict_Milestone)
_TUPLE_Evidence = _tuple_of(strict_Evidence)
_TUPLE_Targets = _tuple_of(strict_Targets)
_TUPLE_Treatment = _tuple_of(strict_Treatment)
_TUPLE_Equipment = _tuple_of(_ENUM_Equipment.__getitem__)
_TUPLE_Exercise = _tuple_of(strict_Exercise)
_TUPLE_Progression = _tuple_of(strict_Progression)
_TUPLE_RedFlag = _tuple_of(_ENUM_RedFlag.__getitem__)
_TUPLE_RedFlagRule = _tuple_of(strict_RedFlagRule)
_TUPLE_RedFlagCombination = _tuple_of(strict_RedFlagCombination)


#: Each data file's type, built strictly.
STRICT: dict[str, Callable[[Any], Any]] = {
    "index.json": strict_IndexFile,
    "sources.json": strict_SourcesFile,
    "conditions.json": strict_ConditionsFile,
    "risks.json": strict_RisksFile,
    "treatments.json": strict_TreatmentsFile,
    "exercises.json": strict_ExercisesFile,
    "progressions.json": strict_ProgressionsFile,
    "rules.json": strict_RuleSet,
}
