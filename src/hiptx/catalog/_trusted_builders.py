"""Structuring code for the bundled files, by ``tools/generate_builders.py``.

GENERATED FILE: do not edit by hand; run ``python tools/generate_builders.py``.
``tests/test_fast_load.py`` fails while this file differs from what the tool writes.

The ``trusted_*`` functions build the catalog's objects without running their
validators. The loader uses them only for bundled files whose size and BLAKE2b
digest equal :data:`BUNDLED_FILES`, recorded from files that passed every check
of the strict path when the tool ran; any other data is loaded strictly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hiptx.codes import (
    Code,
)
from hiptx.model import (
    AgeEffect,
    Audience,
    Citation,
    Condition,
    ConversionRow,
    Criterion,
    DefaultThreshold,
    Dose,
    Evidence,
    Exercise,
    Imputation,
    Instrument,
    Licence,
    LicenceStatus,
    LocalOverride,
    Milestone,
    PopulationGroup,
    Precaution,
    Progression,
    QuestionnaireItem,
    Rate,
    RedFlagCombination,
    RedFlagRule,
    RehabPhase,
    ResponseScale,
    Risk,
    RuleSet,
    RuleTopic,
    SafetyThreshold,
    Schedule,
    ScoreThreshold,
    ScoringMethod,
    ScoringRule,
    ScreeningRules,
    Source,
    Statement,
    Subscale,
    Targets,
    Threshold,
    ThresholdKind,
    Treatment,
)
from hiptx.ranges import (
    FigureKind,
    IntRange,
    Span,
    TimeUnit,
)
from hiptx.vocab import (
    Approach,
    Equipment,
    EvidenceStrength,
    ExerciseGoal,
    Frequency,
    HipPosition,
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

_new = object.__new__

# Each enum by its JSON value.
_ENUM_Approach: dict[Any, Approach] = {m.value: m for m in Approach}
_ENUM_Audience: dict[Any, Audience] = {m.value: m for m in Audience}
_ENUM_Equipment: dict[Any, Equipment] = {m.value: m for m in Equipment}
_ENUM_EvidenceStrength: dict[Any, EvidenceStrength] = {m.value: m for m in EvidenceStrength}
_ENUM_ExerciseGoal: dict[Any, ExerciseGoal] = {m.value: m for m in ExerciseGoal}
_ENUM_FigureKind: dict[Any, FigureKind] = {m.value: m for m in FigureKind}
_ENUM_Frequency: dict[Any, Frequency] = {m.value: m for m in Frequency}
_ENUM_HipPosition: dict[Any, HipPosition] = {m.value: m for m in HipPosition}
_ENUM_Imputation: dict[Any, Imputation] = {m.value: m for m in Imputation}
_ENUM_Invasiveness: dict[Any, Invasiveness] = {m.value: m for m in Invasiveness}
_ENUM_JobDemand: dict[Any, JobDemand] = {m.value: m for m in JobDemand}
_ENUM_LicenceStatus: dict[Any, LicenceStatus] = {m.value: m for m in LicenceStatus}
_ENUM_MilestoneKind: dict[Any, MilestoneKind] = {m.value: m for m in MilestoneKind}
_ENUM_MovementPattern: dict[Any, MovementPattern] = {m.value: m for m in MovementPattern}
_ENUM_Muscle: dict[Any, Muscle] = {m.value: m for m in Muscle}
_ENUM_Pathway: dict[Any, Pathway] = {m.value: m for m in Pathway}
_ENUM_PopulationGroup: dict[Any, PopulationGroup] = {m.value: m for m in PopulationGroup}
_ENUM_Position: dict[Any, Position] = {m.value: m for m in Position}
_ENUM_RedFlag: dict[Any, RedFlag] = {m.value: m for m in RedFlag}
_ENUM_RuleTopic: dict[Any, RuleTopic] = {m.value: m for m in RuleTopic}
_ENUM_SafetyThreshold: dict[Any, SafetyThreshold] = {m.value: m for m in SafetyThreshold}
_ENUM_ScoringMethod: dict[Any, ScoringMethod] = {m.value: m for m in ScoringMethod}
_ENUM_SourceKind: dict[Any, SourceKind] = {m.value: m for m in SourceKind}
_ENUM_ThresholdKind: dict[Any, ThresholdKind] = {m.value: m for m in ThresholdKind}
_ENUM_TimeUnit: dict[Any, TimeUnit] = {m.value: m for m in TimeUnit}
_ENUM_TreatmentKind: dict[Any, TreatmentKind] = {m.value: m for m in TreatmentKind}
_ENUM_WeightBearing: dict[Any, WeightBearing] = {m.value: m for m in WeightBearing}

# Each field's slot, set directly: a frozen class refuses setattr, and no
# validator may run here.
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
_SET_Source_pmid = Source.__dict__["pmid"].__set__
_SET_Source_pmc = Source.__dict__["pmc"].__set__
_SET_Source_title_is_descriptive = Source.__dict__["title_is_descriptive"].__set__
_SET_Citation_source_id = Citation.__dict__["source_id"].__set__
_SET_Citation_quote = Citation.__dict__["quote"].__set__
_SET_Citation_locator = Citation.__dict__["locator"].__set__
_SET_Statement_text = Statement.__dict__["text"].__set__
_SET_Statement_citations = Statement.__dict__["citations"].__set__
_SET_Code_system = Code.__dict__["system"].__set__
_SET_Code_code = Code.__dict__["code"].__set__
_SET_Code_display = Code.__dict__["display"].__set__
_SET_Condition_id = Condition.__dict__["id"].__set__
_SET_Condition_name = Condition.__dict__["name"].__set__
_SET_Condition_summary = Condition.__dict__["summary"].__set__
_SET_Condition_citations = Condition.__dict__["citations"].__set__
_SET_Condition_also_known_as = Condition.__dict__["also_known_as"].__set__
_SET_Condition_diagnosis = Condition.__dict__["diagnosis"].__set__
_SET_Condition_codes = Condition.__dict__["codes"].__set__
_SET_Span_low = Span.__dict__["low"].__set__
_SET_Span_high = Span.__dict__["high"].__set__
_SET_Span_unit = Span.__dict__["unit"].__set__
_SET_Span_kind = Span.__dict__["kind"].__set__
_SET_Span_spread = Span.__dict__["spread"].__set__
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
_SET_Risk_codes = Risk.__dict__["codes"].__set__
_SET_IntRange_low = IntRange.__dict__["low"].__set__
_SET_IntRange_high = IntRange.__dict__["high"].__set__
_SET_Schedule_citations = Schedule.__dict__["citations"].__set__
_SET_Schedule_sessions = Schedule.__dict__["sessions"].__set__
_SET_Schedule_over = Schedule.__dict__["over"].__set__
_SET_AgeEffect_citations = AgeEffect.__dict__["citations"].__set__
_SET_AgeEffect_sooner = AgeEffect.__dict__["sooner"].__set__
_SET_AgeEffect_under = AgeEffect.__dict__["under"].__set__
_SET_AgeEffect_over = AgeEffect.__dict__["over"].__set__
_SET_Milestone_kind = Milestone.__dict__["kind"].__set__
_SET_Milestone_citations = Milestone.__dict__["citations"].__set__
_SET_Milestone_span = Milestone.__dict__["span"].__set__
_SET_Milestone_wording = Milestone.__dict__["wording"].__set__
_SET_Milestone_job = Milestone.__dict__["job"].__set__
_SET_Milestone_weight_bearing = Milestone.__dict__["weight_bearing"].__set__
_SET_Milestone_note = Milestone.__dict__["note"].__set__
_SET_Milestone_age_effects = Milestone.__dict__["age_effects"].__set__
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
_SET_Precaution_id = Precaution.__dict__["id"].__set__
_SET_Precaution_text = Precaution.__dict__["text"].__set__
_SET_Precaution_window = Precaution.__dict__["window"].__set__
_SET_Precaution_citations = Precaution.__dict__["citations"].__set__
_SET_Precaution_positions = Precaution.__dict__["positions"].__set__
_SET_Precaution_restricts_weight_bearing = Precaution.__dict__["restricts_weight_bearing"].__set__
_SET_Precaution_approaches = Precaution.__dict__["approaches"].__set__
_SET_Precaution_also_after = Precaution.__dict__["also_after"].__set__
_SET_Precaution_evidence_against = Precaution.__dict__["evidence_against"].__set__
_SET_Precaution_note = Precaution.__dict__["note"].__set__
_SET_Criterion_id = Criterion.__dict__["id"].__set__
_SET_Criterion_text = Criterion.__dict__["text"].__set__
_SET_RehabPhase_number = RehabPhase.__dict__["number"].__set__
_SET_RehabPhase_name = RehabPhase.__dict__["name"].__set__
_SET_RehabPhase_window = RehabPhase.__dict__["window"].__set__
_SET_RehabPhase_citations = RehabPhase.__dict__["citations"].__set__
_SET_RehabPhase_criteria = RehabPhase.__dict__["criteria"].__set__
_SET_RehabPhase_note = RehabPhase.__dict__["note"].__set__
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
_SET_Treatment_codes = Treatment.__dict__["codes"].__set__
_SET_Treatment_precautions = Treatment.__dict__["precautions"].__set__
_SET_Treatment_rehab_phases = Treatment.__dict__["rehab_phases"].__set__
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
_SET_Exercise_codes = Exercise.__dict__["codes"].__set__
_SET_Exercise_weight_bearing = Exercise.__dict__["weight_bearing"].__set__
_SET_Exercise_hip_positions = Exercise.__dict__["hip_positions"].__set__
_SET_Exercise_hip_demands_citations = Exercise.__dict__["hip_demands_citations"].__set__
_SET_Progression_id = Progression.__dict__["id"].__set__
_SET_Progression_name = Progression.__dict__["name"].__set__
_SET_Progression_patterns = Progression.__dict__["patterns"].__set__
_SET_Progression_exercise_ids = Progression.__dict__["exercise_ids"].__set__
_SET_Progression_citations = Progression.__dict__["citations"].__set__
_SET_Progression_note = Progression.__dict__["note"].__set__
_SET_Progression_athlete_only_ids = Progression.__dict__["athlete_only_ids"].__set__
_SET_Threshold_value = Threshold.__dict__["value"].__set__
_SET_Threshold_citations = Threshold.__dict__["citations"].__set__
_SET_Threshold_text = Threshold.__dict__["text"].__set__
_SET_DefaultThreshold_value = DefaultThreshold.__dict__["value"].__set__
_SET_DefaultThreshold_text = DefaultThreshold.__dict__["text"].__set__
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
_SET_LocalOverride_threshold = LocalOverride.__dict__["threshold"].__set__
_SET_LocalOverride_value = LocalOverride.__dict__["value"].__set__
_SET_LocalOverride_set_by = LocalOverride.__dict__["set_by"].__set__
_SET_LocalOverride_reason = LocalOverride.__dict__["reason"].__set__
_SET_RuleSet_pain_ceiling = RuleSet.__dict__["pain_ceiling"].__set__
_SET_RuleSet_lingering_pain_hours = RuleSet.__dict__["lingering_pain_hours"].__set__
_SET_RuleSet_sharp_joint_pain = RuleSet.__dict__["sharp_joint_pain"].__set__
_SET_RuleSet_hot_or_swollen_joint = RuleSet.__dict__["hot_or_swollen_joint"].__set__
_SET_RuleSet_pain_increased_over_a_day = RuleSet.__dict__["pain_increased_over_a_day"].__set__
_SET_RuleSet_severe_pain_during = RuleSet.__dict__["severe_pain_during"].__set__
_SET_RuleSet_aerobic_minutes_per_week = RuleSet.__dict__["aerobic_minutes_per_week"].__set__
_SET_RuleSet_strength_sessions_per_week = RuleSet.__dict__["strength_sessions_per_week"].__set__
_SET_RuleSet_screening = RuleSet.__dict__["screening"].__set__
_SET_RuleSet_red_flags = RuleSet.__dict__["red_flags"].__set__
_SET_RuleSet_red_flag_combinations = RuleSet.__dict__["red_flag_combinations"].__set__
_SET_RuleSet_overrides = RuleSet.__dict__["overrides"].__set__
_SET_ResponseScale_minimum = ResponseScale.__dict__["minimum"].__set__
_SET_ResponseScale_maximum = ResponseScale.__dict__["maximum"].__set__
_SET_ResponseScale_best = ResponseScale.__dict__["best"].__set__
_SET_ResponseScale_continuous = ResponseScale.__dict__["continuous"].__set__
_SET_ResponseScale_not_applicable = ResponseScale.__dict__["not_applicable"].__set__
_SET_QuestionnaireItem_id = QuestionnaireItem.__dict__["id"].__set__
_SET_QuestionnaireItem_scale = QuestionnaireItem.__dict__["scale"].__set__
_SET_Subscale_id = Subscale.__dict__["id"].__set__
_SET_Subscale_name = Subscale.__dict__["name"].__set__
_SET_Subscale_item_ids = Subscale.__dict__["item_ids"].__set__
_SET_Subscale_min_answered = Subscale.__dict__["min_answered"].__set__
_SET_Subscale_codes = Subscale.__dict__["codes"].__set__
_SET_ScoringRule_topic = ScoringRule.__dict__["topic"].__set__
_SET_ScoringRule_text = ScoringRule.__dict__["text"].__set__
_SET_ScoringRule_citations = ScoringRule.__dict__["citations"].__set__
_SET_ScoringRule_hiptx_default = ScoringRule.__dict__["hiptx_default"].__set__
_SET_ScoringRule_confidence = ScoringRule.__dict__["confidence"].__set__
_SET_Licence_status = Licence.__dict__["status"].__set__
_SET_Licence_text = Licence.__dict__["text"].__set__
_SET_Licence_citations = Licence.__dict__["citations"].__set__
_SET_Licence_confidence = Licence.__dict__["confidence"].__set__
_SET_ConversionRow_raw = ConversionRow.__dict__["raw"].__set__
_SET_ConversionRow_score = ConversionRow.__dict__["score"].__set__
_SET_ScoreThreshold_kind = ScoreThreshold.__dict__["kind"].__set__
_SET_ScoreThreshold_value = ScoreThreshold.__dict__["value"].__set__
_SET_ScoreThreshold_audience = ScoreThreshold.__dict__["audience"].__set__
_SET_ScoreThreshold_population = ScoreThreshold.__dict__["population"].__set__
_SET_ScoreThreshold_population_text = ScoreThreshold.__dict__["population_text"].__set__
_SET_ScoreThreshold_method = ScoreThreshold.__dict__["method"].__set__
_SET_ScoreThreshold_confidence = ScoreThreshold.__dict__["confidence"].__set__
_SET_ScoreThreshold_citations = ScoreThreshold.__dict__["citations"].__set__
_SET_ScoreThreshold_subscale_id = ScoreThreshold.__dict__["subscale_id"].__set__
_SET_ScoreThreshold_value_high = ScoreThreshold.__dict__["value_high"].__set__
_SET_ScoreThreshold_participants = ScoreThreshold.__dict__["participants"].__set__
_SET_ScoreThreshold_follow_up = ScoreThreshold.__dict__["follow_up"].__set__
_SET_ScoreThreshold_note = ScoreThreshold.__dict__["note"].__set__
_SET_Instrument_id = Instrument.__dict__["id"].__set__
_SET_Instrument_name = Instrument.__dict__["name"].__set__
_SET_Instrument_items = Instrument.__dict__["items"].__set__
_SET_Instrument_subscales = Instrument.__dict__["subscales"].__set__
_SET_Instrument_scoring = Instrument.__dict__["scoring"].__set__
_SET_Instrument_score_minimum = Instrument.__dict__["score_minimum"].__set__
_SET_Instrument_score_maximum = Instrument.__dict__["score_maximum"].__set__
_SET_Instrument_direction = Instrument.__dict__["direction"].__set__
_SET_Instrument_imputation = Instrument.__dict__["imputation"].__set__
_SET_Instrument_rules = Instrument.__dict__["rules"].__set__
_SET_Instrument_licence = Instrument.__dict__["licence"].__set__
_SET_Instrument_citations = Instrument.__dict__["citations"].__set__
_SET_Instrument_multiplier = Instrument.__dict__["multiplier"].__set__
_SET_Instrument_conversion = Instrument.__dict__["conversion"].__set__
_SET_Instrument_codes = Instrument.__dict__["codes"].__set__
_SET_Instrument_thresholds = Instrument.__dict__["thresholds"].__set__


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
    _SET_Source_pmid(new, data.get("pmid"))
    _SET_Source_pmc(new, data.get("pmc"))
    _SET_Source_title_is_descriptive(new, data.get("title_is_descriptive", False))
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


def trusted_Code(data: Any) -> Code:
    new = _new(Code)
    _SET_Code_system(new, data["system"])
    _SET_Code_code(new, data["code"])
    _SET_Code_display(new, data["display"])
    return new


def trusted_Condition(data: Any) -> Condition:
    new = _new(Condition)
    _SET_Condition_id(new, data["id"])
    _SET_Condition_name(new, data["name"])
    _SET_Condition_summary(new, data["summary"])
    _SET_Condition_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Condition_also_known_as(new, tuple(data["also_known_as"]) if "also_known_as" in data else ())
    _SET_Condition_diagnosis(new, tuple(map(trusted_Statement, data["diagnosis"])) if "diagnosis" in data else ())
    _SET_Condition_codes(new, tuple(map(trusted_Code, data["codes"])) if "codes" in data else ())
    return new


def trusted_Span(data: Any) -> Span:
    new = _new(Span)
    _SET_Span_low(new, data["low"])
    _SET_Span_high(new, data["high"])
    _SET_Span_unit(new, _ENUM_TimeUnit[data["unit"]])
    _SET_Span_kind(new, _ENUM_FigureKind[data["kind"]] if "kind" in data else FigureKind.RANGE)
    _SET_Span_spread(new, None if (v := data.get("spread")) is None else float(v))
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
    _SET_Risk_codes(new, tuple(map(trusted_Code, data["codes"])) if "codes" in data else ())
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


def trusted_AgeEffect(data: Any) -> AgeEffect:
    new = _new(AgeEffect)
    _SET_AgeEffect_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_AgeEffect_sooner(new, data["sooner"])
    _SET_AgeEffect_under(new, data.get("under"))
    _SET_AgeEffect_over(new, data.get("over"))
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
    _SET_Milestone_age_effects(new, tuple(map(trusted_AgeEffect, data["age_effects"])) if "age_effects" in data else ())
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


def trusted_Precaution(data: Any) -> Precaution:
    new = _new(Precaution)
    _SET_Precaution_id(new, data["id"])
    _SET_Precaution_text(new, data["text"])
    _SET_Precaution_window(new, trusted_Span(data["window"]))
    _SET_Precaution_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Precaution_positions(new, tuple(map(_ENUM_HipPosition.__getitem__, data["positions"])) if "positions" in data else ())
    _SET_Precaution_restricts_weight_bearing(new, data.get("restricts_weight_bearing", False))
    _SET_Precaution_approaches(new, tuple(map(_ENUM_Approach.__getitem__, data["approaches"])) if "approaches" in data else ())
    _SET_Precaution_also_after(new, tuple(data["also_after"]) if "also_after" in data else ())
    _SET_Precaution_evidence_against(new, tuple(map(trusted_Statement, data["evidence_against"])) if "evidence_against" in data else ())
    _SET_Precaution_note(new, data.get("note"))
    return new


def trusted_Criterion(data: Any) -> Criterion:
    new = _new(Criterion)
    _SET_Criterion_id(new, data["id"])
    _SET_Criterion_text(new, data["text"])
    return new


def trusted_RehabPhase(data: Any) -> RehabPhase:
    new = _new(RehabPhase)
    _SET_RehabPhase_number(new, data["number"])
    _SET_RehabPhase_name(new, data["name"])
    _SET_RehabPhase_window(new, trusted_Span(data["window"]))
    _SET_RehabPhase_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_RehabPhase_criteria(new, tuple(map(trusted_Criterion, data["criteria"])) if "criteria" in data else ())
    _SET_RehabPhase_note(new, data.get("note"))
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
    _SET_Treatment_codes(new, tuple(map(trusted_Code, data["codes"])) if "codes" in data else ())
    _SET_Treatment_precautions(new, tuple(map(trusted_Precaution, data["precautions"])) if "precautions" in data else ())
    _SET_Treatment_rehab_phases(new, tuple(map(trusted_RehabPhase, data["rehab_phases"])) if "rehab_phases" in data else ())
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
    _SET_Exercise_codes(new, tuple(map(trusted_Code, data["codes"])) if "codes" in data else ())
    _SET_Exercise_weight_bearing(new, data.get("weight_bearing", True))
    _SET_Exercise_hip_positions(new, tuple(map(_ENUM_HipPosition.__getitem__, data["hip_positions"])) if "hip_positions" in data else (HipPosition.FLEXION_BEYOND_90, HipPosition.ADDUCTION_PAST_MIDLINE, HipPosition.INTERNAL_ROTATION))
    _SET_Exercise_hip_demands_citations(new, tuple(map(trusted_Citation, data["hip_demands_citations"])) if "hip_demands_citations" in data else ())
    return new


def trusted_Progression(data: Any) -> Progression:
    new = _new(Progression)
    _SET_Progression_id(new, data["id"])
    _SET_Progression_name(new, data["name"])
    _SET_Progression_patterns(new, tuple(map(_ENUM_MovementPattern.__getitem__, data["patterns"])))
    _SET_Progression_exercise_ids(new, tuple(data["exercise_ids"]))
    _SET_Progression_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Progression_note(new, data.get("note"))
    _SET_Progression_athlete_only_ids(new, tuple(data["athlete_only_ids"]) if "athlete_only_ids" in data else ())
    return new


def trusted_Threshold(data: Any) -> Threshold:
    new = _new(Threshold)
    _SET_Threshold_value(new, float(data["value"]))
    _SET_Threshold_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Threshold_text(new, data.get("text"))
    return new


def trusted_DefaultThreshold(data: Any) -> DefaultThreshold:
    new = _new(DefaultThreshold)
    _SET_DefaultThreshold_value(new, float(data["value"]))
    _SET_DefaultThreshold_text(new, data["text"])
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


def trusted_LocalOverride(data: Any) -> LocalOverride:
    new = _new(LocalOverride)
    _SET_LocalOverride_threshold(new, _ENUM_SafetyThreshold[data["threshold"]])
    _SET_LocalOverride_value(new, float(data["value"]))
    _SET_LocalOverride_set_by(new, data["set_by"])
    _SET_LocalOverride_reason(new, data["reason"])
    return new


def trusted_RuleSet(data: Any) -> RuleSet:
    new = _new(RuleSet)
    _SET_RuleSet_pain_ceiling(new, trusted_Threshold(data["pain_ceiling"]))
    _SET_RuleSet_lingering_pain_hours(new, trusted_Threshold(data["lingering_pain_hours"]))
    _SET_RuleSet_sharp_joint_pain(new, trusted_Statement(data["sharp_joint_pain"]))
    _SET_RuleSet_hot_or_swollen_joint(new, trusted_Statement(data["hot_or_swollen_joint"]))
    _SET_RuleSet_pain_increased_over_a_day(new, trusted_Statement(data["pain_increased_over_a_day"]))
    _SET_RuleSet_severe_pain_during(new, None if (v := data.get("severe_pain_during")) is None else trusted_DefaultThreshold(v))
    _SET_RuleSet_aerobic_minutes_per_week(new, trusted_Threshold(data["aerobic_minutes_per_week"]))
    _SET_RuleSet_strength_sessions_per_week(new, trusted_Threshold(data["strength_sessions_per_week"]))
    _SET_RuleSet_screening(new, trusted_ScreeningRules(data["screening"]))
    _SET_RuleSet_red_flags(new, tuple(map(trusted_RedFlagRule, data["red_flags"])) if "red_flags" in data else ())
    _SET_RuleSet_red_flag_combinations(new, tuple(map(trusted_RedFlagCombination, data["red_flag_combinations"])) if "red_flag_combinations" in data else ())
    _SET_RuleSet_overrides(new, tuple(map(trusted_LocalOverride, data["overrides"])) if "overrides" in data else ())
    return new


def trusted_ResponseScale(data: Any) -> ResponseScale:
    new = _new(ResponseScale)
    _SET_ResponseScale_minimum(new, data["minimum"])
    _SET_ResponseScale_maximum(new, data["maximum"])
    _SET_ResponseScale_best(new, data["best"])
    _SET_ResponseScale_continuous(new, data.get("continuous", False))
    _SET_ResponseScale_not_applicable(new, data.get("not_applicable", False))
    return new


def trusted_QuestionnaireItem(data: Any) -> QuestionnaireItem:
    new = _new(QuestionnaireItem)
    _SET_QuestionnaireItem_id(new, data["id"])
    _SET_QuestionnaireItem_scale(new, trusted_ResponseScale(data["scale"]))
    return new


def trusted_Subscale(data: Any) -> Subscale:
    new = _new(Subscale)
    _SET_Subscale_id(new, data["id"])
    _SET_Subscale_name(new, data["name"])
    _SET_Subscale_item_ids(new, tuple(data["item_ids"]))
    _SET_Subscale_min_answered(new, data["min_answered"])
    _SET_Subscale_codes(new, tuple(map(trusted_Code, data["codes"])) if "codes" in data else ())
    return new


def trusted_ScoringRule(data: Any) -> ScoringRule:
    new = _new(ScoringRule)
    _SET_ScoringRule_topic(new, _ENUM_RuleTopic[data["topic"]])
    _SET_ScoringRule_text(new, data["text"])
    _SET_ScoringRule_citations(new, tuple(map(trusted_Citation, data["citations"])) if "citations" in data else ())
    _SET_ScoringRule_hiptx_default(new, data.get("hiptx_default", False))
    _SET_ScoringRule_confidence(new, None if (v := data.get("confidence")) is None else _ENUM_EvidenceStrength[v])
    return new


def trusted_Licence(data: Any) -> Licence:
    new = _new(Licence)
    _SET_Licence_status(new, _ENUM_LicenceStatus[data["status"]])
    _SET_Licence_text(new, data.get("text"))
    _SET_Licence_citations(new, tuple(map(trusted_Citation, data["citations"])) if "citations" in data else ())
    _SET_Licence_confidence(new, None if (v := data.get("confidence")) is None else _ENUM_EvidenceStrength[v])
    return new


def trusted_ConversionRow(data: Any) -> ConversionRow:
    new = _new(ConversionRow)
    _SET_ConversionRow_raw(new, data["raw"])
    _SET_ConversionRow_score(new, float(data["score"]))
    return new


def trusted_ScoreThreshold(data: Any) -> ScoreThreshold:
    new = _new(ScoreThreshold)
    _SET_ScoreThreshold_kind(new, _ENUM_ThresholdKind[data["kind"]])
    _SET_ScoreThreshold_value(new, float(data["value"]))
    _SET_ScoreThreshold_audience(new, _ENUM_Audience[data["audience"]])
    _SET_ScoreThreshold_population(new, _ENUM_PopulationGroup[data["population"]])
    _SET_ScoreThreshold_population_text(new, data["population_text"])
    _SET_ScoreThreshold_method(new, data["method"])
    _SET_ScoreThreshold_confidence(new, _ENUM_EvidenceStrength[data["confidence"]])
    _SET_ScoreThreshold_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_ScoreThreshold_subscale_id(new, data.get("subscale_id"))
    _SET_ScoreThreshold_value_high(new, None if (v := data.get("value_high")) is None else float(v))
    _SET_ScoreThreshold_participants(new, data.get("participants"))
    _SET_ScoreThreshold_follow_up(new, data.get("follow_up"))
    _SET_ScoreThreshold_note(new, data.get("note"))
    return new


def trusted_Instrument(data: Any) -> Instrument:
    new = _new(Instrument)
    _SET_Instrument_id(new, data["id"])
    _SET_Instrument_name(new, data["name"])
    _SET_Instrument_items(new, tuple(map(trusted_QuestionnaireItem, data["items"])))
    _SET_Instrument_subscales(new, tuple(map(trusted_Subscale, data["subscales"])))
    _SET_Instrument_scoring(new, _ENUM_ScoringMethod[data["scoring"]])
    _SET_Instrument_score_minimum(new, float(data["score_minimum"]))
    _SET_Instrument_score_maximum(new, float(data["score_maximum"]))
    _SET_Instrument_direction(new, data["direction"])
    _SET_Instrument_imputation(new, _ENUM_Imputation[data["imputation"]])
    _SET_Instrument_rules(new, tuple(map(trusted_ScoringRule, data["rules"])))
    _SET_Instrument_licence(new, trusted_Licence(data["licence"]))
    _SET_Instrument_citations(new, tuple(map(trusted_Citation, data["citations"])))
    _SET_Instrument_multiplier(new, None if (v := data.get("multiplier")) is None else float(v))
    _SET_Instrument_conversion(new, tuple(map(trusted_ConversionRow, data["conversion"])) if "conversion" in data else ())
    _SET_Instrument_codes(new, tuple(map(trusted_Code, data["codes"])) if "codes" in data else ())
    _SET_Instrument_thresholds(new, tuple(map(trusted_ScoreThreshold, data["thresholds"])) if "thresholds" in data else ())
    return new


def part_index(data: Any) -> Any:
    return data["data_version"]


def part_sources(data: Any) -> Any:
    return tuple(map(trusted_Source, data["sources"]))


def part_conditions(data: Any) -> Any:
    return tuple(map(trusted_Condition, data["conditions"]))


def part_risks(data: Any) -> Any:
    return tuple(map(trusted_Risk, data["risks"]))


def part_treatments(data: Any) -> Any:
    return tuple(map(trusted_Treatment, data["treatments"]))


def part_exercises(data: Any) -> Any:
    return tuple(map(trusted_Exercise, data["exercises"]))


def part_progressions(data: Any) -> Any:
    return tuple(map(trusted_Progression, data["progressions"]))


def part_rules(data: Any) -> Any:
    return trusted_RuleSet(data)


def part_instruments(data: Any) -> Any:
    return tuple(map(trusted_Instrument, data["instruments"]))


#: Each file -> the Catalog keyword it fills and the function that builds it.
PARTS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "index.json": ("version", part_index),
    "sources.json": ("sources", part_sources),
    "conditions.json": ("conditions", part_conditions),
    "risks.json": ("risks", part_risks),
    "treatments.json": ("treatments", part_treatments),
    "exercises.json": ("exercises", part_exercises),
    "progressions.json": ("progressions", part_progressions),
    "rules.json": ("rules", part_rules),
    "instruments.json": ("instruments", part_instruments),
}

#: Size in bytes and BLAKE2b digest of each bundled file that passed the strict path.
BUNDLED_FILES: dict[str, tuple[int, str]] = {
    "index.json": (224, "57e82193fb6f711f257e65412f98ef47bb33ecd919c810657a6639e6bbb1f83fbd64c2b48632feb70b303b0dc1c0efe4cffdf6cb59c8c62913131088ff085ee5"),
    "sources.json": (52670, "32e844f3d1ec7904eb47503d9ee5d64d7908448619b5b2978c36c54e631717151577aaca9324308e8d910114ec671e4a240b8a61f0afe22086519466c88b8a5c"),
    "conditions.json": (15174, "b90759021d204a191c3abce6aaa2307874e1d647f1b120dbc31249d885b7076a1995e8b56153b8cd65671491d3f4c87b2d6d1d013a3ff19b07da4f51e1f9b03d"),
    "risks.json": (28035, "c6a12a9324aef6ecaee16cf353bbb704b7d122e306c2adc376de4fb0093880ba7b6472644571139d559957e9b12d33c006d911fb29b06c1328c48af3645e1362"),
    "treatments.json": (148356, "dc7707690b78229f529ba2aaf8dbedde5c278da95b1f210763e97ec96769f02158bdde936228d5fa3759f3270124f6dc713c5c5f4fa7a702b05ee3f15b681db1"),
    "exercises.json": (43101, "1d5bfcc565ca61d779501c242a5cabc0660718206aa092d92d5d3b6719a70f96900bb649db372a3073b5469cd0a8ed46c93511c5ffdff898da2cf22f6e6f4aff"),
    "progressions.json": (6187, "43e85ec809886d8c7919aaea9dbf0f29a3f1df58951cf32ab15c523c9ef94d073d667aac4ef5fa559b31a6892143e3323fe3435e7a1420343a5f6e847c44856f"),
    "rules.json": (29490, "781d216d10f34531da55a3f0db95e8f4a980bbdd111cee614847fd3d95545b133a25b499649e6ea73d93369414758d7b08150e0dbe438736ef57c27bfbebbdc5"),
    "instruments.json": (86167, "184fcc33b78d767b45651a450b1dae341ee93028ff3203cd14be8b87cf5d0866ae1b9bef823bdd4f6482a38a8e3d17015e8d2e75a54b9d428c49209b20b59925"),
}

#: The bundled catalog's content digest (``Catalog.digest``) for those files.
BUNDLED_DIGEST = "d6ba8e0ac36dc05d89865bd364916a61025236ba5b2c3f625fc745744cf65928"
