"""Structuring code for the catalog's files, written by ``tools/generate_builders.py``.

GENERATED FILE: do not edit by hand; run ``python tools/generate_builders.py``.
``tests/test_fast_load.py`` fails while this file differs from what the tool writes.

``strict_*`` functions check every JSON type as hiptx's cattrs hooks do and build
each object through its ``__init__`` (every validator runs); any failure raises and
the loader falls back to cattrs to word the problems. ``trusted_*`` functions skip
the validators; the loader uses them only for bundled files whose size and SHA-256
equal :data:`BUNDLED_FILES`, recorded from files that passed the strict path.
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
from hiptx.ranges import IntRange, Span, TimeUnit
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


def _or_none(value: Any, check: Callable[[Any], Any]) -> Any:
    return None if value is None else check(value)


def _tuple_of(check: Callable[[Any], Any]) -> Callable[[Any], tuple[Any, ...]]:
    def items(value: Any) -> tuple[Any, ...]:
        # A JSON string is iterable too; only an array becomes a tuple.
        if type(value) is not list:
            raise _NotStrict
        return tuple(map(check, value))

    return items


_new = object.__new__

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
_KEYS_Source = frozenset({"id", "title", "kind", "authors", "publisher", "year", "published_in", "url", "doi", "note"})
_KEYS_SourcesFile = frozenset({"sources"})
_KEYS_Citation = frozenset({"source_id", "quote", "locator"})
_KEYS_Statement = frozenset({"text", "citations"})
_KEYS_Condition = frozenset({"id", "name", "summary", "citations", "also_known_as", "diagnosis"})
_KEYS_ConditionsFile = frozenset({"conditions"})
_KEYS_Span = frozenset({"low", "high", "unit"})
_KEYS_Rate = frozenset({"population", "strength", "citations", "estimate_percent", "low_percent", "high_percent", "follow_up"})
_KEYS_Risk = frozenset({"id", "name", "citations", "frequency", "rates", "summary"})
_KEYS_RisksFile = frozenset({"risks"})
_KEYS_IntRange = frozenset({"low", "high"})
_KEYS_Schedule = frozenset({"citations", "sessions", "over"})
_KEYS_Milestone = frozenset({"kind", "citations", "span", "wording", "job", "weight_bearing", "note"})
_KEYS_Targets = frozenset({"citations", "muscles", "patterns", "note", "reading", "complete"})
_KEYS_Evidence = frozenset({"summary", "strength", "citations", "participants"})
_KEYS_Treatment = frozenset({"id", "name", "kind", "invasiveness", "summary", "citations", "delivered_by", "setting", "features", "benefits", "claims", "risk_ids", "indication_ids", "schedules", "milestones", "targets", "evidence", "target_readings"})
_KEYS_TreatmentsFile = frozenset({"treatments"})
_KEYS_Dose = frozenset({"sets", "citations", "pain_ceiling", "reps", "hold_seconds", "rep_hold_seconds"})
_KEYS_Exercise = frozenset({"id", "name", "summary", "goal", "position", "citations", "patterns", "muscles", "equipment", "dose", "cues"})
_KEYS_ExercisesFile = frozenset({"exercises"})
_KEYS_Progression = frozenset({"id", "name", "patterns", "exercise_ids", "citations", "note"})
_KEYS_ProgressionsFile = frozenset({"progressions"})
_KEYS_Threshold = frozenset({"value", "citations", "text"})
_KEYS_ScreeningRules = frozenset({"scope", "good_candidate", "poor_candidate", "failed_physiotherapy", "refer_when_appropriate"})
_KEYS_RedFlagRule = frozenset({"flag", "pathway", "action", "citations"})
_KEYS_RedFlagCombination = frozenset({"flags", "implies", "reading", "citations", "hiptx_reading"})
_KEYS_RuleSet = frozenset({"pain_ceiling", "lingering_pain_hours", "sharp_joint_pain", "hot_or_swollen_joint", "pain_increased_over_a_day", "aerobic_minutes_per_week", "strength_sessions_per_week", "screening", "red_flags", "red_flag_combinations"})

# Each field's slot, set directly: a frozen class refuses setattr, and no
# validator may run on the trusted path.
_SET_IndexFile_data_version = IndexFile.__dict__["data_version"].__set__
_SET_IndexFile_files = IndexFile.__dict__["files"].__set__
_SET_Source_id = Source.__dict__["id"].__set__
_SET_Source_title = Source.__dict__["title"].__set__
_SET_Source_kind = Source.__dict__["kind"].__set__
_SET_Source_authors = Source.__dict__["authors"].__set__
_SET_Source_publisher = Source.__dict__["publisher"].__set__
_SET_Source_year = Source.__dict__["year"].__set__
_SET_Source_published_in = Source.__dict__["published_in"].__set__
_SET_Source_url = Source.__dict__["url"].__set__
_SET_Source_doi = Source.__dict__["doi"].__set__
_SET_Source_note = Source.__dict__["note"].__set__
_SET_SourcesFile_sources = SourcesFile.__dict__["sources"].__set__
_SET_Citation_source_id = Citation.__dict__["source_id"].__set__
_SET_Citation_quote = Citation.__dict__["quote"].__set__
_SET_Citation_locator = Citation.__dict__["locator"].__set__
_SET_Statement_text = Statement.__dict__["text"].__set__
_SET_Statement_citations = Statement.__dict__["citations"].__set__
_SET_Condition_id = Condition.__dict__["id"].__set__
_SET_Condition_name = Condition.__dict__["name"].__set__
_SET_Condition_summary = Condition.__dict__["summary"].__set__
_SET_Condition_citations = Condition.__dict__["citations"].__set__
_SET_Condition_also_known_as = Condition.__dict__["also_known_as"].__set__
_SET_Condition_diagnosis = Condition.__dict__["diagnosis"].__set__
_SET_ConditionsFile_conditions = ConditionsFile.__dict__["conditions"].__set__
_SET_Span_low = Span.__dict__["low"].__set__
_SET_Span_high = Span.__dict__["high"].__set__
_SET_Span_unit = Span.__dict__["unit"].__set__
_SET_Rate_population = Rate.__dict__["population"].__set__
_SET_Rate_strength = Rate.__dict__["strength"].__set__
_SET_Rate_citations = Rate.__dict__["citations"].__set__
_SET_Rate_estimate_percent = Rate.__dict__["estimate_percent"].__set__
_SET_Rate_low_percent = Rate.__dict__["low_percent"].__set__
_SET_Rate_high_percent = Rate.__dict__["high_percent"].__set__
_SET_Rate_follow_up = Rate.__dict__["follow_up"].__set__
_SET_Risk_id = Risk.__dict__["id"].__set__
_SET_Risk_name = Risk.__dict__["name"].__set__
_SET_Risk_citations = Risk.__dict__["citations"].__set__
_SET_Risk_frequency = Risk.__dict__["frequency"].__set__
_SET_Risk_rates = Risk.__dict__["rates"].__set__
_SET_Risk_summary = Risk.__dict__["summary"].__set__
_SET_RisksFile_risks = RisksFile.__dict__["risks"].__set__
_SET_IntRange_low = IntRange.__dict__["low"].__set__
_SET_IntRange_high = IntRange.__dict__["high"].__set__
_SET_Schedule_citations = Schedule.__dict__["citations"].__set__
_SET_Schedule_sessions = Schedule.__dict__["sessions"].__set__
_SET_Schedule_over = Schedule.__dict__["over"].__set__
_SET_Milestone_kind = Milestone.__dict__["kind"].__set__
_SET_Milestone_citations = Milestone.__dict__["citations"].__set__
_SET_Milestone_span = Milestone.__dict__["span"].__set__
_SET_Milestone_wording = Milestone.__dict__["wording"].__set__
_SET_Milestone_job = Milestone.__dict__["job"].__set__
_SET_Milestone_weight_bearing = Milestone.__dict__["weight_bearing"].__set__
_SET_Milestone_note = Milestone.__dict__["note"].__set__
_SET_Targets_citations = Targets.__dict__["citations"].__set__
_SET_Targets_muscles = Targets.__dict__["muscles"].__set__
_SET_Targets_patterns = Targets.__dict__["patterns"].__set__
_SET_Targets_note = Targets.__dict__["note"].__set__
_SET_Targets_reading = Targets.__dict__["reading"].__set__
_SET_Targets_complete = Targets.__dict__["complete"].__set__
_SET_Evidence_summary = Evidence.__dict__["summary"].__set__
_SET_Evidence_strength = Evidence.__dict__["strength"].__set__
_SET_Evidence_citations = Evidence.__dict__["citations"].__set__
_SET_Evidence_participants = Evidence.__dict__["participants"].__set__
_SET_Treatment_id = Treatment.__dict__["id"].__set__
_SET_Treatment_name = Treatment.__dict__["name"].__set__
_SET_Treatment_kind = Treatment.__dict__["kind"].__set__
_SET_Treatment_invasiveness = Treatment.__dict__["invasiveness"].__set__
_SET_Treatment_summary = Treatment.__dict__["summary"].__set__
_SET_Treatment_citations = Treatment.__dict__["citations"].__set__
_SET_Treatment_delivered_by = Treatment.__dict__["delivered_by"].__set__
_SET_Treatment_setting = Treatment.__dict__["setting"].__set__
_SET_Treatment_features = Treatment.__dict__["features"].__set__
_SET_Treatment_benefits = Treatment.__dict__["benefits"].__set__
_SET_Treatment_claims = Treatment.__dict__["claims"].__set__
_SET_Treatment_risk_ids = Treatment.__dict__["risk_ids"].__set__
_SET_Treatment_indication_ids = Treatment.__dict__["indication_ids"].__set__
_SET_Treatment_schedules = Treatment.__dict__["schedules"].__set__
_SET_Treatment_milestones = Treatment.__dict__["milestones"].__set__
_SET_Treatment_targets = Treatment.__dict__["targets"].__set__
_SET_Treatment_evidence = Treatment.__dict__["evidence"].__set__
_SET_Treatment_target_readings = Treatment.__dict__["target_readings"].__set__
_SET_TreatmentsFile_treatments = TreatmentsFile.__dict__["treatments"].__set__
_SET_Dose_sets = Dose.__dict__["sets"].__set__
_SET_Dose_citations = Dose.__dict__["citations"].__set__
_SET_Dose_pain_ceiling = Dose.__dict__["pain_ceiling"].__set__
_SET_Dose_reps = Dose.__dict__["reps"].__set__
_SET_Dose_hold_seconds = Dose.__dict__["hold_seconds"].__set__
_SET_Dose_rep_hold_seconds = Dose.__dict__["rep_hold_seconds"].__set__
_SET_Exercise_id = Exercise.__dict__["id"].__set__
_SET_Exercise_name = Exercise.__dict__["name"].__set__
_SET_Exercise_summary = Exercise.__dict__["summary"].__set__
_SET_Exercise_goal = Exercise.__dict__["goal"].__set__
_SET_Exercise_position = Exercise.__dict__["position"].__set__
_SET_Exercise_citations = Exercise.__dict__["citations"].__set__
_SET_Exercise_patterns = Exercise.__dict__["patterns"].__set__
_SET_Exercise_muscles = Exercise.__dict__["muscles"].__set__
_SET_Exercise_equipment = Exercise.__dict__["equipment"].__set__
_SET_Exercise_dose = Exercise.__dict__["dose"].__set__
_SET_Exercise_cues = Exercise.__dict__["cues"].__set__
_SET_ExercisesFile_exercises = ExercisesFile.__dict__["exercises"].__set__
_SET_Progression_id = Progression.__dict__["id"].__set__
_SET_Progression_name = Progression.__dict__["name"].__set__
_SET_Progression_patterns = Progression.__dict__["patterns"].__set__
_SET_Progression_exercise_ids = Progression.__dict__["exercise_ids"].__set__
_SET_Progression_citations = Progression.__dict__["citations"].__set__
_SET_Progression_note = Progression.__dict__["note"].__set__
_SET_ProgressionsFile_progressions = ProgressionsFile.__dict__["progressions"].__set__
_SET_Threshold_value = Threshold.__dict__["value"].__set__
_SET_Threshold_citations = Threshold.__dict__["citations"].__set__
_SET_Threshold_text = Threshold.__dict__["text"].__set__
_SET_ScreeningRules_scope = ScreeningRules.__dict__["scope"].__set__
_SET_ScreeningRules_good_candidate = ScreeningRules.__dict__["good_candidate"].__set__
_SET_ScreeningRules_poor_candidate = ScreeningRules.__dict__["poor_candidate"].__set__
_SET_ScreeningRules_failed_physiotherapy = ScreeningRules.__dict__["failed_physiotherapy"].__set__
_SET_ScreeningRules_refer_when_appropriate = ScreeningRules.__dict__["refer_when_appropriate"].__set__
_SET_RedFlagRule_flag = RedFlagRule.__dict__["flag"].__set__
_SET_RedFlagRule_pathway = RedFlagRule.__dict__["pathway"].__set__
_SET_RedFlagRule_action = RedFlagRule.__dict__["action"].__set__
_SET_RedFlagRule_citations = RedFlagRule.__dict__["citations"].__set__
_SET_RedFlagCombination_flags = RedFlagCombination.__dict__["flags"].__set__
_SET_RedFlagCombination_implies = RedFlagCombination.__dict__["implies"].__set__
_SET_RedFlagCombination_reading = RedFlagCombination.__dict__["reading"].__set__
_SET_RedFlagCombination_citations = RedFlagCombination.__dict__["citations"].__set__
_SET_RedFlagCombination_hiptx_reading = RedFlagCombination.__dict__["hiptx_reading"].__set__
_SET_RuleSet_pain_ceiling = RuleSet.__dict__["pain_ceiling"].__set__
_SET_RuleSet_lingering_pain_hours = RuleSet.__dict__["lingering_pain_hours"].__set__
_SET_RuleSet_sharp_joint_pain = RuleSet.__dict__["sharp_joint_pain"].__set__
_SET_RuleSet_hot_or_swollen_joint = RuleSet.__dict__["hot_or_swollen_joint"].__set__
_SET_RuleSet_pain_increased_over_a_day = RuleSet.__dict__["pain_increased_over_a_day"].__set__
_SET_RuleSet_aerobic_minutes_per_week = RuleSet.__dict__["aerobic_minutes_per_week"].__set__
_SET_RuleSet_strength_sessions_per_week = RuleSet.__dict__["strength_sessions_per_week"].__set__
_SET_RuleSet_screening = RuleSet.__dict__["screening"].__set__
_SET_RuleSet_red_flags = RuleSet.__dict__["red_flags"].__set__
_SET_RuleSet_red_flag_combinations = RuleSet.__dict__["red_flag_combinations"].__set__


def strict_IndexFile(data: Any) -> IndexFile:
    if type(data) is not dict or not _KEYS_IndexFile.issuperset(data):
        raise _NotStrict
    return IndexFile(
        data_version=_str(data["data_version"]),
        files=_TUPLE_str(data["files"]),
    )


def strict_Source(data: Any) -> Source:
    if type(data) is not dict or not _KEYS_Source.issuperset(data):
        raise _NotStrict
    return Source(
        id=_str(data["id"]),
        title=_str(data["title"]),
        kind=_ENUM_SourceKind.__getitem__(data["kind"]),
        authors=_TUPLE_str(data["authors"]) if "authors" in data else (),
        publisher=_or_none(data["publisher"], _str) if "publisher" in data else None,
        year=_or_none(data["year"], _int) if "year" in data else None,
        published_in=_or_none(data["published_in"], _str) if "published_in" in data else None,
        url=_or_none(data["url"], _str) if "url" in data else None,
        doi=_or_none(data["doi"], _str) if "doi" in data else None,
        note=_or_none(data["note"], _str) if "note" in data else None,
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
    return Citation(
        source_id=_str(data["source_id"]),
        quote=_or_none(data["quote"], _str) if "quote" in data else None,
        locator=_or_none(data["locator"], _str) if "locator" in data else None,
    )


def strict_Statement(data: Any) -> Statement:
    if type(data) is not dict or not _KEYS_Statement.issuperset(data):
        raise _NotStrict
    return Statement(
        text=_str(data["text"]),
        citations=_TUPLE_Citation(data["citations"]),
    )


def strict_Condition(data: Any) -> Condition:
    if type(data) is not dict or not _KEYS_Condition.issuperset(data):
        raise _NotStrict
    return Condition(
        id=_str(data["id"]),
        name=_str(data["name"]),
        summary=_str(data["summary"]),
        citations=_TUPLE_Citation(data["citations"]),
        also_known_as=_TUPLE_str(data["also_known_as"]) if "also_known_as" in data else (),
        diagnosis=_TUPLE_Statement(data["diagnosis"]) if "diagnosis" in data else (),
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
    return Span(
        low=_int(data["low"]),
        high=_or_none(data["high"], _int),
        unit=_ENUM_TimeUnit.__getitem__(data["unit"]),
    )


def strict_Rate(data: Any) -> Rate:
    if type(data) is not dict or not _KEYS_Rate.issuperset(data):
        raise _NotStrict
    return Rate(
        population=_str(data["population"]),
        strength=_ENUM_EvidenceStrength.__getitem__(data["strength"]),
        citations=_TUPLE_Citation(data["citations"]),
        estimate_percent=_or_none(data["estimate_percent"], _float) if "estimate_percent" in data else None,
        low_percent=_or_none(data["low_percent"], _float) if "low_percent" in data else None,
        high_percent=_or_none(data["high_percent"], _float) if "high_percent" in data else None,
        follow_up=_or_none(data["follow_up"], strict_Span) if "follow_up" in data else None,
    )


def strict_Risk(data: Any) -> Risk:
    if type(data) is not dict or not _KEYS_Risk.issuperset(data):
        raise _NotStrict
    return Risk(
        id=_str(data["id"]),
        name=_str(data["name"]),
        citations=_TUPLE_Citation(data["citations"]),
        frequency=_ENUM_Frequency.__getitem__(data["frequency"]) if "frequency" in data else Frequency.UNKNOWN,
        rates=_TUPLE_Rate(data["rates"]) if "rates" in data else (),
        summary=_or_none(data["summary"], _str) if "summary" in data else None,
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
    return IntRange(
        low=_int(data["low"]),
        high=_or_none(data["high"], _int),
    )


def strict_Schedule(data: Any) -> Schedule:
    if type(data) is not dict or not _KEYS_Schedule.issuperset(data):
        raise _NotStrict
    return Schedule(
        citations=_TUPLE_Citation(data["citations"]),
        sessions=_or_none(data["sessions"], strict_IntRange) if "sessions" in data else None,
        over=_or_none(data["over"], strict_Span) if "over" in data else None,
    )


def strict_Milestone(data: Any) -> Milestone:
    if type(data) is not dict or not _KEYS_Milestone.issuperset(data):
        raise _NotStrict
    return Milestone(
        kind=_ENUM_MilestoneKind.__getitem__(data["kind"]),
        citations=_TUPLE_Citation(data["citations"]),
        span=_or_none(data["span"], strict_Span) if "span" in data else None,
        wording=_or_none(data["wording"], _str) if "wording" in data else None,
        job=_or_none(data["job"], _ENUM_JobDemand.__getitem__) if "job" in data else None,
        weight_bearing=_or_none(data["weight_bearing"], _ENUM_WeightBearing.__getitem__) if "weight_bearing" in data else None,
        note=_or_none(data["note"], _str) if "note" in data else None,
    )


def strict_Targets(data: Any) -> Targets:
    if type(data) is not dict or not _KEYS_Targets.issuperset(data):
        raise _NotStrict
    return Targets(
        citations=_TUPLE_Citation(data["citations"]),
        muscles=_TUPLE_Muscle(data["muscles"]) if "muscles" in data else (),
        patterns=_TUPLE_MovementPattern(data["patterns"]) if "patterns" in data else (),
        note=_or_none(data["note"], _str) if "note" in data else None,
        reading=_or_none(data["reading"], _str) if "reading" in data else None,
        complete=_bool(data["complete"]) if "complete" in data else True,
    )


def strict_Evidence(data: Any) -> Evidence:
    if type(data) is not dict or not _KEYS_Evidence.issuperset(data):
        raise _NotStrict
    return Evidence(
        summary=_str(data["summary"]),
        strength=_ENUM_EvidenceStrength.__getitem__(data["strength"]),
        citations=_TUPLE_Citation(data["citations"]),
        participants=_or_none(data["participants"], _int) if "participants" in data else None,
    )


def strict_Treatment(data: Any) -> Treatment:
    if type(data) is not dict or not _KEYS_Treatment.issuperset(data):
        raise _NotStrict
    return Treatment(
        id=_str(data["id"]),
        name=_str(data["name"]),
        kind=_ENUM_TreatmentKind.__getitem__(data["kind"]),
        invasiveness=_ENUM_Invasiveness.__getitem__(data["invasiveness"]),
        summary=_str(data["summary"]),
        citations=_TUPLE_Citation(data["citations"]),
        delivered_by=_TUPLE_str(data["delivered_by"]) if "delivered_by" in data else (),
        setting=_or_none(data["setting"], _str) if "setting" in data else None,
        features=_TUPLE_Statement(data["features"]) if "features" in data else (),
        benefits=_TUPLE_Statement(data["benefits"]) if "benefits" in data else (),
        claims=_TUPLE_Statement(data["claims"]) if "claims" in data else (),
        risk_ids=_TUPLE_str(data["risk_ids"]) if "risk_ids" in data else (),
        indication_ids=_TUPLE_str(data["indication_ids"]) if "indication_ids" in data else (),
        schedules=_TUPLE_Schedule(data["schedules"]) if "schedules" in data else (),
        milestones=_TUPLE_Milestone(data["milestones"]) if "milestones" in data else (),
        targets=_or_none(data["targets"], strict_Targets) if "targets" in data else None,
        evidence=_TUPLE_Evidence(data["evidence"]) if "evidence" in data else (),
        target_readings=_TUPLE_Targets(data["target_readings"]) if "target_readings" in data else (),
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
    return Dose(
        sets=strict_IntRange(data["sets"]),
        citations=_TUPLE_Citation(data["citations"]),
        pain_ceiling=_or_none(data["pain_ceiling"], _int) if "pain_ceiling" in data else None,
        reps=_or_none(data["reps"], strict_IntRange) if "reps" in data else None,
        hold_seconds=_or_none(data["hold_seconds"], strict_IntRange) if "hold_seconds" in data else None,
        rep_hold_seconds=_or_none(data["rep_hold_seconds"], strict_IntRange) if "rep_hold_seconds" in data else None,
    )


def strict_Exercise(data: Any) -> Exercise:
    if type(data) is not dict or not _KEYS_Exercise.issuperset(data):
        raise _NotStrict
    return Exercise(
        id=_str(data["id"]),
        name=_str(data["name"]),
        summary=_str(data["summary"]),
        goal=_ENUM_ExerciseGoal.__getitem__(data["goal"]),
        position=_ENUM_Position.__getitem__(data["position"]),
        citations=_TUPLE_Citation(data["citations"]),
        patterns=_TUPLE_MovementPattern(data["patterns"]) if "patterns" in data else (),
        muscles=_TUPLE_Muscle(data["muscles"]) if "muscles" in data else (),
        equipment=_TUPLE_Equipment(data["equipment"]) if "equipment" in data else (),
        dose=_or_none(data["dose"], strict_Dose) if "dose" in data else None,
        cues=_TUPLE_Statement(data["cues"]) if "cues" in data else (),
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
    return Progression(
        id=_str(data["id"]),
        name=_str(data["name"]),
        patterns=_TUPLE_MovementPattern(data["patterns"]),
        exercise_ids=_TUPLE_str(data["exercise_ids"]),
        citations=_TUPLE_Citation(data["citations"]),
        note=_or_none(data["note"], _str) if "note" in data else None,
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
    return Threshold(
        value=_float(data["value"]),
        citations=_TUPLE_Citation(data["citations"]),
        text=_or_none(data["text"], _str) if "text" in data else None,
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
    return RedFlagRule(
        flag=_ENUM_RedFlag.__getitem__(data["flag"]),
        pathway=_ENUM_Pathway.__getitem__(data["pathway"]),
        action=_str(data["action"]),
        citations=_TUPLE_Citation(data["citations"]),
    )


def strict_RedFlagCombination(data: Any) -> RedFlagCombination:
    if type(data) is not dict or not _KEYS_RedFlagCombination.issuperset(data):
        raise _NotStrict
    return RedFlagCombination(
        flags=_TUPLE_RedFlag(data["flags"]),
        implies=_ENUM_RedFlag.__getitem__(data["implies"]),
        reading=_str(data["reading"]),
        citations=_TUPLE_Citation(data["citations"]),
        hiptx_reading=_bool(data["hiptx_reading"]) if "hiptx_reading" in data else False,
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


def trusted_IndexFile(data: Any) -> IndexFile:
    new = _new(IndexFile)
    _SET_IndexFile_data_version(new, data["data_version"])
    _SET_IndexFile_files(new, tuple(data["files"]))
    return new


def trusted_Source(data: Any) -> Source:
    new = _new(Source)
    _SET_Source_id(new, data["id"])
    _SET_Source_title(new, data["title"])
    _SET_Source_kind(new, _ENUM_SourceKind[data["kind"]])
    _SET_Source_authors(new, tuple(data["authors"]) if "authors" in data else ())
    _SET_Source_publisher(new, data.get("publisher"))
    _SET_Source_year(new, data.get("year"))
    _SET_Source_published_in(new, data.get("published_in"))
    _SET_Source_url(new, data.get("url"))
    _SET_Source_doi(new, data.get("doi"))
    _SET_Source_note(new, data.get("note"))
    return new


def trusted_SourcesFile(data: Any) -> SourcesFile:
    new = _new(SourcesFile)
    _SET_SourcesFile_sources(new, tuple(map(trusted_Source, data["sources"])))
    return new


def trusted_Citation(data: Any) -> Citation:
    new = _new(Citation)
    _SET_Citation_source_id(new, data["source_id"])
    _SET_Citation_quote(new, data.get("quote"))
    _SET_Citation_locator(new, data.get("locator"))
    return new


def trusted_Statement(data: Any) -> Statement:
    new = _new(Statement)
    _SET_Statement_text(new, data["text"])
    _SET_Statement_citations(new, tuple(map(trusted_Citation, data["citations"])))
    return new


def trusted_Condition(data: Any) -> Condition:
    new = _new(Condition)
    _SET_Condition_id(new, data["id"])
    _SET_Condition_name(new, data["name"])
    _SET_Condition_summary(new, data["summary"])
    _SET_Condition_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Condition_also_known_as(new, tuple(data["also_known_as"]) if "also_known_as" in data else ())
    _SET_Condition_diagnosis(new, tuple(map(trusted_Statement, data["diagnosis"])) if "diagnosis" in data else ())
    return new


def trusted_ConditionsFile(data: Any) -> ConditionsFile:
    new = _new(ConditionsFile)
    _SET_ConditionsFile_conditions(new, tuple(map(trusted_Condition, data["conditions"])))
    return new


def trusted_Span(data: Any) -> Span:
    new = _new(Span)
    _SET_Span_low(new, data["low"])
    _SET_Span_high(new, data["high"])
    _SET_Span_unit(new, _ENUM_TimeUnit[data["unit"]])
    return new


def trusted_Rate(data: Any) -> Rate:
    new = _new(Rate)
    _SET_Rate_population(new, data["population"])
    _SET_Rate_strength(new, _ENUM_EvidenceStrength[data["strength"]])
    _SET_Rate_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Rate_estimate_percent(new, None if (v := data.get("estimate_percent")) is None else float(v))
    _SET_Rate_low_percent(new, None if (v := data.get("low_percent")) is None else float(v))
    _SET_Rate_high_percent(new, None if (v := data.get("high_percent")) is None else float(v))
    _SET_Rate_follow_up(new, None if (v := data.get("follow_up")) is None else trusted_Span(v))
    return new


def trusted_Risk(data: Any) -> Risk:
    new = _new(Risk)
    _SET_Risk_id(new, data["id"])
    _SET_Risk_name(new, data["name"])
    _SET_Risk_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Risk_frequency(new, _ENUM_Frequency[data["frequency"]] if "frequency" in data else Frequency.UNKNOWN)
    _SET_Risk_rates(new, tuple(map(trusted_Rate, data["rates"])) if "rates" in data else ())
    _SET_Risk_summary(new, data.get("summary"))
    return new


def trusted_RisksFile(data: Any) -> RisksFile:
    new = _new(RisksFile)
    _SET_RisksFile_risks(new, tuple(map(trusted_Risk, data["risks"])))
    return new


def trusted_IntRange(data: Any) -> IntRange:
    new = _new(IntRange)
    _SET_IntRange_low(new, data["low"])
    _SET_IntRange_high(new, data["high"])
    return new


def trusted_Schedule(data: Any) -> Schedule:
    new = _new(Schedule)
    _SET_Schedule_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Schedule_sessions(new, None if (v := data.get("sessions")) is None else trusted_IntRange(v))
    _SET_Schedule_over(new, None if (v := data.get("over")) is None else trusted_Span(v))
    return new


def trusted_Milestone(data: Any) -> Milestone:
    new = _new(Milestone)
    _SET_Milestone_kind(new, _ENUM_MilestoneKind[data["kind"]])
    _SET_Milestone_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Milestone_span(new, None if (v := data.get("span")) is None else trusted_Span(v))
    _SET_Milestone_wording(new, data.get("wording"))
    _SET_Milestone_job(new, None if (v := data.get("job")) is None else _ENUM_JobDemand[v])
    _SET_Milestone_weight_bearing(new, None if (v := data.get("weight_bearing")) is None else _ENUM_WeightBearing[v])
    _SET_Milestone_note(new, data.get("note"))
    return new


def trusted_Targets(data: Any) -> Targets:
    new = _new(Targets)
    _SET_Targets_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Targets_muscles(new, tuple(map(_ENUM_Muscle.__getitem__, data["muscles"])) if "muscles" in data else ())
    _SET_Targets_patterns(new, tuple(map(_ENUM_MovementPattern.__getitem__, data["patterns"])) if "patterns" in data else ())
    _SET_Targets_note(new, data.get("note"))
    _SET_Targets_reading(new, data.get("reading"))
    _SET_Targets_complete(new, data.get("complete", True))
    return new


def trusted_Evidence(data: Any) -> Evidence:
    new = _new(Evidence)
    _SET_Evidence_summary(new, data["summary"])
    _SET_Evidence_strength(new, _ENUM_EvidenceStrength[data["strength"]])
    _SET_Evidence_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Evidence_participants(new, data.get("participants"))
    return new


def trusted_Treatment(data: Any) -> Treatment:
    new = _new(Treatment)
    _SET_Treatment_id(new, data["id"])
    _SET_Treatment_name(new, data["name"])
    _SET_Treatment_kind(new, _ENUM_TreatmentKind[data["kind"]])
    _SET_Treatment_invasiveness(new, _ENUM_Invasiveness[data["invasiveness"]])
    _SET_Treatment_summary(new, data["summary"])
    _SET_Treatment_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Treatment_delivered_by(new, tuple(data["delivered_by"]) if "delivered_by" in data else ())
    _SET_Treatment_setting(new, data.get("setting"))
    _SET_Treatment_features(new, tuple(map(trusted_Statement, data["features"])) if "features" in data else ())
    _SET_Treatment_benefits(new, tuple(map(trusted_Statement, data["benefits"])) if "benefits" in data else ())
    _SET_Treatment_claims(new, tuple(map(trusted_Statement, data["claims"])) if "claims" in data else ())
    _SET_Treatment_risk_ids(new, tuple(data["risk_ids"]) if "risk_ids" in data else ())
    _SET_Treatment_indication_ids(new, tuple(data["indication_ids"]) if "indication_ids" in data else ())
    _SET_Treatment_schedules(new, tuple(map(trusted_Schedule, data["schedules"])) if "schedules" in data else ())
    _SET_Treatment_milestones(new, tuple(map(trusted_Milestone, data["milestones"])) if "milestones" in data else ())
    _SET_Treatment_targets(new, None if (v := data.get("targets")) is None else trusted_Targets(v))
    _SET_Treatment_evidence(new, tuple(map(trusted_Evidence, data["evidence"])) if "evidence" in data else ())
    _SET_Treatment_target_readings(new, tuple(map(trusted_Targets, data["target_readings"])) if "target_readings" in data else ())
    return new


def trusted_TreatmentsFile(data: Any) -> TreatmentsFile:
    new = _new(TreatmentsFile)
    _SET_TreatmentsFile_treatments(new, tuple(map(trusted_Treatment, data["treatments"])))
    return new


def trusted_Dose(data: Any) -> Dose:
    new = _new(Dose)
    _SET_Dose_sets(new, trusted_IntRange(data["sets"]))
    _SET_Dose_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Dose_pain_ceiling(new, data.get("pain_ceiling"))
    _SET_Dose_reps(new, None if (v := data.get("reps")) is None else trusted_IntRange(v))
    _SET_Dose_hold_seconds(new, None if (v := data.get("hold_seconds")) is None else trusted_IntRange(v))
    _SET_Dose_rep_hold_seconds(new, None if (v := data.get("rep_hold_seconds")) is None else trusted_IntRange(v))
    return new


def trusted_Exercise(data: Any) -> Exercise:
    new = _new(Exercise)
    _SET_Exercise_id(new, data["id"])
    _SET_Exercise_name(new, data["name"])
    _SET_Exercise_summary(new, data["summary"])
    _SET_Exercise_goal(new, _ENUM_ExerciseGoal[data["goal"]])
    _SET_Exercise_position(new, _ENUM_Position[data["position"]])
    _SET_Exercise_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Exercise_patterns(new, tuple(map(_ENUM_MovementPattern.__getitem__, data["patterns"])) if "patterns" in data else ())
    _SET_Exercise_muscles(new, tuple(map(_ENUM_Muscle.__getitem__, data["muscles"])) if "muscles" in data else ())
    _SET_Exercise_equipment(new, tuple(map(_ENUM_Equipment.__getitem__, data["equipment"])) if "equipment" in data else ())
    _SET_Exercise_dose(new, None if (v := data.get("dose")) is None else trusted_Dose(v))
    _SET_Exercise_cues(new, tuple(map(trusted_Statement, data["cues"])) if "cues" in data else ())
    return new


def trusted_ExercisesFile(data: Any) -> ExercisesFile:
    new = _new(ExercisesFile)
    _SET_ExercisesFile_exercises(new, tuple(map(trusted_Exercise, data["exercises"])))
    return new


def trusted_Progression(data: Any) -> Progression:
    new = _new(Progression)
    _SET_Progression_id(new, data["id"])
    _SET_Progression_name(new, data["name"])
    _SET_Progression_patterns(new, tuple(map(_ENUM_MovementPattern.__getitem__, data["patterns"])))
    _SET_Progression_exercise_ids(new, tuple(data["exercise_ids"]))
    _SET_Progression_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Progression_note(new, data.get("note"))
    return new


def trusted_ProgressionsFile(data: Any) -> ProgressionsFile:
    new = _new(ProgressionsFile)
    _SET_ProgressionsFile_progressions(new, tuple(map(trusted_Progression, data["progressions"])))
    return new


def trusted_Threshold(data: Any) -> Threshold:
    new = _new(Threshold)
    _SET_Threshold_value(new, float(data["value"]))
    _SET_Threshold_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Threshold_text(new, data.get("text"))
    return new


def trusted_ScreeningRules(data: Any) -> ScreeningRules:
    new = _new(ScreeningRules)
    _SET_ScreeningRules_scope(new, trusted_Statement(data["scope"]))
    _SET_ScreeningRules_good_candidate(new, trusted_Statement(data["good_candidate"]))
    _SET_ScreeningRules_poor_candidate(new, trusted_Statement(data["poor_candidate"]))
    _SET_ScreeningRules_failed_physiotherapy(new, trusted_Statement(data["failed_physiotherapy"]))
    _SET_ScreeningRules_refer_when_appropriate(new, trusted_Statement(data["refer_when_appropriate"]))
    return new


def trusted_RedFlagRule(data: Any) -> RedFlagRule:
    new = _new(RedFlagRule)
    _SET_RedFlagRule_flag(new, _ENUM_RedFlag[data["flag"]])
    _SET_RedFlagRule_pathway(new, _ENUM_Pathway[data["pathway"]])
    _SET_RedFlagRule_action(new, data["action"])
    _SET_RedFlagRule_citations(new, tuple(map(trusted_Citation, data["citations"])))
    return new


def trusted_RedFlagCombination(data: Any) -> RedFlagCombination:
    new = _new(RedFlagCombination)
    _SET_RedFlagCombination_flags(new, tuple(map(_ENUM_RedFlag.__getitem__, data["flags"])))
    _SET_RedFlagCombination_implies(new, _ENUM_RedFlag[data["implies"]])
    _SET_RedFlagCombination_reading(new, data["reading"])
    _SET_RedFlagCombination_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_RedFlagCombination_hiptx_reading(new, data.get("hiptx_reading", False))
    return new


def trusted_RuleSet(data: Any) -> RuleSet:
    new = _new(RuleSet)
    _SET_RuleSet_pain_ceiling(new, trusted_Threshold(data["pain_ceiling"]))
    _SET_RuleSet_lingering_pain_hours(new, trusted_Threshold(data["lingering_pain_hours"]))
    _SET_RuleSet_sharp_joint_pain(new, trusted_Statement(data["sharp_joint_pain"]))
    _SET_RuleSet_hot_or_swollen_joint(new, trusted_Statement(data["hot_or_swollen_joint"]))
    _SET_RuleSet_pain_increased_over_a_day(new, trusted_Statement(data["pain_increased_over_a_day"]))
    _SET_RuleSet_aerobic_minutes_per_week(new, trusted_Threshold(data["aerobic_minutes_per_week"]))
    _SET_RuleSet_strength_sessions_per_week(new, trusted_Threshold(data["strength_sessions_per_week"]))
    _SET_RuleSet_screening(new, trusted_ScreeningRules(data["screening"]))
    _SET_RuleSet_red_flags(new, tuple(map(trusted_RedFlagRule, data["red_flags"])) if "red_flags" in data else ())
    _SET_RuleSet_red_flag_combinations(new, tuple(map(trusted_RedFlagCombination, data["red_flag_combinations"])) if "red_flag_combinations" in data else ())
    return new


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

#: Each data file's type, built without validators (bundled files only).
TRUSTED: dict[str, Callable[[Any], Any]] = {
    "index.json": trusted_IndexFile,
    "sources.json": trusted_SourcesFile,
    "conditions.json": trusted_ConditionsFile,
    "risks.json": trusted_RisksFile,
    "treatments.json": trusted_TreatmentsFile,
    "exercises.json": trusted_ExercisesFile,
    "progressions.json": trusted_ProgressionsFile,
    "rules.json": trusted_RuleSet,
}

#: Size in bytes and SHA-256 of each bundled file that passed the strict path.
BUNDLED_FILES: dict[str, tuple[int, str]] = {
    "index.json": (200, "17ad24b3dc1fbc6910af4daca009a5b6510755b77bbb1dedded9654dbc0a15f0"),
    "sources.json": (35442, "e714fe66d8c4039d70e64a69aedb4f82165e83c39005ead2d1d1aa67a8471bff"),
    "conditions.json": (14493, "e12f85e4fda57e6fad91010970b5c8b907eb012d60c6289902b2c077d3ba4a5a"),
    "risks.json": (27683, "30e2ba2715089bed65a9b7d9726a680bd72fb2143eb05ef762cf90ec9ae9eb4e"),
    "treatments.json": (136781, "0fba70c458424d81159eae110f0428ea8defe9af970e83d6af0830a27c0edc56"),
    "exercises.json": (39328, "109de45779f6cf8382d1e0c4ec277f017950b5c92d8438af844d0d9852247535"),
    "progressions.json": (6115, "876c325fd6379623737b30248b33aa0c9b3b56d1050ccb0072c1f1b5ab00c7da"),
    "rules.json": (29300, "72663a57a6a38cab0a441dc390b4475833f9fe49661fa267e62b004bd223e70d"),
}
