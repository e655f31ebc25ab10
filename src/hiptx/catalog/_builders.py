"""Structuring code for the catalog's files, by ``tools/generate_builders.py``.

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

# The keys each object may have.
_KEYS_IndexFile = frozenset({"data_version", "files"})
_KEYS_Source = frozenset({"id", "title", "kind", "authors", "publisher", "year", "published_in", "url", "doi", "note", "pmid", "pmc", "title_is_descriptive"})
_KEYS_SourcesFile = frozenset({"sources"})
_KEYS_Citation = frozenset({"source_id", "quote", "locator"})
_KEYS_Statement = frozenset({"text", "citations"})
_KEYS_Code = frozenset({"system", "code", "display"})
_KEYS_Condition = frozenset({"id", "name", "summary", "citations", "also_known_as", "diagnosis", "codes"})
_KEYS_ConditionsFile = frozenset({"conditions"})
_KEYS_Span = frozenset({"low", "high", "unit", "kind", "spread"})
_KEYS_Rate = frozenset({"population", "strength", "citations", "estimate_percent", "low_percent", "high_percent", "follow_up"})
_KEYS_Risk = frozenset({"id", "name", "citations", "frequency", "rates", "summary", "codes"})
_KEYS_RisksFile = frozenset({"risks"})
_KEYS_IntRange = frozenset({"low", "high"})
_KEYS_Schedule = frozenset({"citations", "sessions", "over"})
_KEYS_AgeEffect = frozenset({"citations", "sooner", "under", "over"})
_KEYS_Milestone = frozenset({"kind", "citations", "span", "wording", "job", "weight_bearing", "note", "age_effects"})
_KEYS_Targets = frozenset({"citations", "muscles", "patterns", "note", "reading", "complete"})
_KEYS_Evidence = frozenset({"summary", "strength", "citations", "participants"})
_KEYS_Precaution = frozenset({"id", "text", "window", "citations", "positions", "restricts_weight_bearing", "approaches", "also_after", "evidence_against", "note"})
_KEYS_Criterion = frozenset({"id", "text"})
_KEYS_RehabPhase = frozenset({"number", "name", "window", "citations", "criteria", "note"})
_KEYS_Treatment = frozenset({"id", "name", "kind", "invasiveness", "summary", "citations", "delivered_by", "setting", "features", "benefits", "claims", "risk_ids", "indication_ids", "schedules", "milestones", "targets", "evidence", "target_readings", "codes", "precautions", "rehab_phases"})
_KEYS_TreatmentsFile = frozenset({"treatments"})
_KEYS_Dose = frozenset({"sets", "citations", "pain_ceiling", "reps", "hold_seconds", "rep_hold_seconds"})
_KEYS_Exercise = frozenset({"id", "name", "summary", "goal", "position", "citations", "patterns", "muscles", "equipment", "dose", "cues", "codes", "weight_bearing", "hip_positions", "hip_demands_citations"})
_KEYS_ExercisesFile = frozenset({"exercises"})
_KEYS_Progression = frozenset({"id", "name", "patterns", "exercise_ids", "citations", "note", "athlete_only_ids"})
_KEYS_ProgressionsFile = frozenset({"progressions"})
_KEYS_Threshold = frozenset({"value", "citations", "text"})
_KEYS_DefaultThreshold = frozenset({"value", "text"})
_KEYS_ScreeningRules = frozenset({"scope", "good_candidate", "poor_candidate", "failed_physiotherapy", "refer_when_appropriate"})
_KEYS_RedFlagRule = frozenset({"flag", "pathway", "action", "citations"})
_KEYS_RedFlagCombination = frozenset({"flags", "implies", "reading", "citations", "hiptx_reading"})
_KEYS_LocalOverride = frozenset({"threshold", "value", "set_by", "reason"})
_KEYS_RuleSet = frozenset({"pain_ceiling", "lingering_pain_hours", "sharp_joint_pain", "hot_or_swollen_joint", "pain_increased_over_a_day", "severe_pain_during", "aerobic_minutes_per_week", "strength_sessions_per_week", "screening", "red_flags", "red_flag_combinations", "overrides"})
_KEYS_ResponseScale = frozenset({"minimum", "maximum", "best", "continuous", "not_applicable"})
_KEYS_QuestionnaireItem = frozenset({"id", "scale"})
_KEYS_Subscale = frozenset({"id", "name", "item_ids", "min_answered", "codes"})
_KEYS_ScoringRule = frozenset({"topic", "text", "citations", "hiptx_default", "confidence"})
_KEYS_Licence = frozenset({"status", "text", "citations", "confidence"})
_KEYS_ConversionRow = frozenset({"raw", "score"})
_KEYS_ScoreThreshold = frozenset({"kind", "value", "audience", "population", "population_text", "method", "confidence", "citations", "subscale_id", "value_high", "participants", "follow_up", "note"})
_KEYS_Instrument = frozenset({"id", "name", "items", "subscales", "scoring", "score_minimum", "score_maximum", "direction", "imputation", "rules", "licence", "citations", "multiplier", "conversion", "codes", "thresholds"})
_KEYS_InstrumentsFile = frozenset({"instruments"})

# Each class's slot setters (a frozen class refuses setattr), and the
# attributes and validators of its strict checks.
_SET_IndexFile_data_version = IndexFile.__dict__["data_version"].__set__
_A_IndexFile_data_version = attrs.fields(IndexFile).data_version
_V_IndexFile_data_version = _validator(_A_IndexFile_data_version)
_SET_IndexFile_files = IndexFile.__dict__["files"].__set__
_A_IndexFile_files = attrs.fields(IndexFile).files
_V_IndexFile_files = _validator(_A_IndexFile_files)
_SET_Source_id = Source.__dict__["id"].__set__
_A_Source_id = attrs.fields(Source).id
_V_Source_id = _validator(_A_Source_id)
_SET_Source_title = Source.__dict__["title"].__set__
_A_Source_title = attrs.fields(Source).title
_V_Source_title = _validator(_A_Source_title)
_SET_Source_kind = Source.__dict__["kind"].__set__
_A_Source_kind = attrs.fields(Source).kind
_V_Source_kind = _validator(_A_Source_kind)
_SET_Source_authors = Source.__dict__["authors"].__set__
_A_Source_authors = attrs.fields(Source).authors
_V_Source_authors = _validator(_A_Source_authors)
_SET_Source_publisher = Source.__dict__["publisher"].__set__
_A_Source_publisher = attrs.fields(Source).publisher
_V_Source_publisher = _validator(_A_Source_publisher)
_SET_Source_year = Source.__dict__["year"].__set__
_A_Source_year = attrs.fields(Source).year
_V_Source_year = _validator(_A_Source_year)
_SET_Source_published_in = Source.__dict__["published_in"].__set__
_A_Source_published_in = attrs.fields(Source).published_in
_V_Source_published_in = _validator(_A_Source_published_in)
_SET_Source_url = Source.__dict__["url"].__set__
_A_Source_url = attrs.fields(Source).url
_V_Source_url = _validator(_A_Source_url)
_SET_Source_doi = Source.__dict__["doi"].__set__
_A_Source_doi = attrs.fields(Source).doi
_V_Source_doi = _validator(_A_Source_doi)
_SET_Source_note = Source.__dict__["note"].__set__
_A_Source_note = attrs.fields(Source).note
_V_Source_note = _validator(_A_Source_note)
_SET_Source_pmid = Source.__dict__["pmid"].__set__
_A_Source_pmid = attrs.fields(Source).pmid
_V_Source_pmid = _validator(_A_Source_pmid)
_SET_Source_pmc = Source.__dict__["pmc"].__set__
_A_Source_pmc = attrs.fields(Source).pmc
_V_Source_pmc = _validator(_A_Source_pmc)
_SET_Source_title_is_descriptive = Source.__dict__["title_is_descriptive"].__set__
_A_Source_title_is_descriptive = attrs.fields(Source).title_is_descriptive
_V_Source_title_is_descriptive = _validator(_A_Source_title_is_descriptive)
_SET_SourcesFile_sources = SourcesFile.__dict__["sources"].__set__
_A_SourcesFile_sources = attrs.fields(SourcesFile).sources
_V_SourcesFile_sources = _validator(_A_SourcesFile_sources)
_SET_Citation_source_id = Citation.__dict__["source_id"].__set__
_A_Citation_source_id = attrs.fields(Citation).source_id
_V_Citation_source_id = _validator(_A_Citation_source_id)
_SET_Citation_quote = Citation.__dict__["quote"].__set__
_A_Citation_quote = attrs.fields(Citation).quote
_V_Citation_quote = _validator(_A_Citation_quote)
_SET_Citation_locator = Citation.__dict__["locator"].__set__
_A_Citation_locator = attrs.fields(Citation).locator
_V_Citation_locator = _validator(_A_Citation_locator)
_SET_Statement_text = Statement.__dict__["text"].__set__
_A_Statement_text = attrs.fields(Statement).text
_V_Statement_text = _validator(_A_Statement_text)
_SET_Statement_citations = Statement.__dict__["citations"].__set__
_A_Statement_citations = attrs.fields(Statement).citations
_V_Statement_citations = _validator(_A_Statement_citations)
_SET_Code_system = Code.__dict__["system"].__set__
_A_Code_system = attrs.fields(Code).system
_V_Code_system = _validator(_A_Code_system)
_SET_Code_code = Code.__dict__["code"].__set__
_A_Code_code = attrs.fields(Code).code
_V_Code_code = _validator(_A_Code_code)
_SET_Code_display = Code.__dict__["display"].__set__
_A_Code_display = attrs.fields(Code).display
_V_Code_display = _validator(_A_Code_display)
_SET_Condition_id = Condition.__dict__["id"].__set__
_A_Condition_id = attrs.fields(Condition).id
_V_Condition_id = _validator(_A_Condition_id)
_SET_Condition_name = Condition.__dict__["name"].__set__
_A_Condition_name = attrs.fields(Condition).name
_V_Condition_name = _validator(_A_Condition_name)
_SET_Condition_summary = Condition.__dict__["summary"].__set__
_A_Condition_summary = attrs.fields(Condition).summary
_V_Condition_summary = _validator(_A_Condition_summary)
_SET_Condition_citations = Condition.__dict__["citations"].__set__
_A_Condition_citations = attrs.fields(Condition).citations
_V_Condition_citations = _validator(_A_Condition_citations)
_SET_Condition_also_known_as = Condition.__dict__["also_known_as"].__set__
_A_Condition_also_known_as = attrs.fields(Condition).also_known_as
_V_Condition_also_known_as = _validator(_A_Condition_also_known_as)
_SET_Condition_diagnosis = Condition.__dict__["diagnosis"].__set__
_A_Condition_diagnosis = attrs.fields(Condition).diagnosis
_V_Condition_diagnosis = _validator(_A_Condition_diagnosis)
_SET_Condition_codes = Condition.__dict__["codes"].__set__
_A_Condition_codes = attrs.fields(Condition).codes
_V_Condition_codes = _validator(_A_Condition_codes)
_SET_ConditionsFile_conditions = ConditionsFile.__dict__["conditions"].__set__
_A_ConditionsFile_conditions = attrs.fields(ConditionsFile).conditions
_V_ConditionsFile_conditions = _validator(_A_ConditionsFile_conditions)
_SET_Span_low = Span.__dict__["low"].__set__
_A_Span_low = attrs.fields(Span).low
_V_Span_low = _validator(_A_Span_low)
_SET_Span_high = Span.__dict__["high"].__set__
_A_Span_high = attrs.fields(Span).high
_V_Span_high = _validator(_A_Span_high)
_SET_Span_unit = Span.__dict__["unit"].__set__
_A_Span_unit = attrs.fields(Span).unit
_V_Span_unit = _validator(_A_Span_unit)
_SET_Span_kind = Span.__dict__["kind"].__set__
_A_Span_kind = attrs.fields(Span).kind
_V_Span_kind = _validator(_A_Span_kind)
_SET_Span_spread = Span.__dict__["spread"].__set__
_A_Span_spread = attrs.fields(Span).spread
_V_Span_spread = _validator(_A_Span_spread)
_SET_Rate_population = Rate.__dict__["population"].__set__
_A_Rate_population = attrs.fields(Rate).population
_V_Rate_population = _validator(_A_Rate_population)
_SET_Rate_strength = Rate.__dict__["strength"].__set__
_A_Rate_strength = attrs.fields(Rate).strength
_V_Rate_strength = _validator(_A_Rate_strength)
_SET_Rate_citations = Rate.__dict__["citations"].__set__
_A_Rate_citations = attrs.fields(Rate).citations
_V_Rate_citations = _validator(_A_Rate_citations)
_SET_Rate_estimate_percent = Rate.__dict__["estimate_percent"].__set__
_A_Rate_estimate_percent = attrs.fields(Rate).estimate_percent
_V_Rate_estimate_percent = _validator(_A_Rate_estimate_percent)
_SET_Rate_low_percent = Rate.__dict__["low_percent"].__set__
_A_Rate_low_percent = attrs.fields(Rate).low_percent
_V_Rate_low_percent = _validator(_A_Rate_low_percent)
_SET_Rate_high_percent = Rate.__dict__["high_percent"].__set__
_A_Rate_high_percent = attrs.fields(Rate).high_percent
_V_Rate_high_percent = _validator(_A_Rate_high_percent)
_SET_Rate_follow_up = Rate.__dict__["follow_up"].__set__
_A_Rate_follow_up = attrs.fields(Rate).follow_up
_V_Rate_follow_up = _validator(_A_Rate_follow_up)
_SET_Risk_id = Risk.__dict__["id"].__set__
_A_Risk_id = attrs.fields(Risk).id
_V_Risk_id = _validator(_A_Risk_id)
_SET_Risk_name = Risk.__dict__["name"].__set__
_A_Risk_name = attrs.fields(Risk).name
_V_Risk_name = _validator(_A_Risk_name)
_SET_Risk_citations = Risk.__dict__["citations"].__set__
_A_Risk_citations = attrs.fields(Risk).citations
_V_Risk_citations = _validator(_A_Risk_citations)
_SET_Risk_frequency = Risk.__dict__["frequency"].__set__
_A_Risk_frequency = attrs.fields(Risk).frequency
_V_Risk_frequency = _validator(_A_Risk_frequency)
_SET_Risk_rates = Risk.__dict__["rates"].__set__
_A_Risk_rates = attrs.fields(Risk).rates
_V_Risk_rates = _validator(_A_Risk_rates)
_SET_Risk_summary = Risk.__dict__["summary"].__set__
_A_Risk_summary = attrs.fields(Risk).summary
_V_Risk_summary = _validator(_A_Risk_summary)
_SET_Risk_codes = Risk.__dict__["codes"].__set__
_A_Risk_codes = attrs.fields(Risk).codes
_V_Risk_codes = _validator(_A_Risk_codes)
_SET_RisksFile_risks = RisksFile.__dict__["risks"].__set__
_A_RisksFile_risks = attrs.fields(RisksFile).risks
_V_RisksFile_risks = _validator(_A_RisksFile_risks)
_SET_IntRange_low = IntRange.__dict__["low"].__set__
_A_IntRange_low = attrs.fields(IntRange).low
_V_IntRange_low = _validator(_A_IntRange_low)
_SET_IntRange_high = IntRange.__dict__["high"].__set__
_A_IntRange_high = attrs.fields(IntRange).high
_V_IntRange_high = _validator(_A_IntRange_high)
_SET_Schedule_citations = Schedule.__dict__["citations"].__set__
_A_Schedule_citations = attrs.fields(Schedule).citations
_V_Schedule_citations = _validator(_A_Schedule_citations)
_SET_Schedule_sessions = Schedule.__dict__["sessions"].__set__
_A_Schedule_sessions = attrs.fields(Schedule).sessions
_V_Schedule_sessions = _validator(_A_Schedule_sessions)
_SET_Schedule_over = Schedule.__dict__["over"].__set__
_A_Schedule_over = attrs.fields(Schedule).over
_V_Schedule_over = _validator(_A_Schedule_over)
_SET_AgeEffect_citations = AgeEffect.__dict__["citations"].__set__
_A_AgeEffect_citations = attrs.fields(AgeEffect).citations
_V_AgeEffect_citations = _validator(_A_AgeEffect_citations)
_SET_AgeEffect_sooner = AgeEffect.__dict__["sooner"].__set__
_A_AgeEffect_sooner = attrs.fields(AgeEffect).sooner
_V_AgeEffect_sooner = _validator(_A_AgeEffect_sooner)
_SET_AgeEffect_under = AgeEffect.__dict__["under"].__set__
_A_AgeEffect_under = attrs.fields(AgeEffect).under
_V_AgeEffect_under = _validator(_A_AgeEffect_under)
_SET_AgeEffect_over = AgeEffect.__dict__["over"].__set__
_A_AgeEffect_over = attrs.fields(AgeEffect).over
_V_AgeEffect_over = _validator(_A_AgeEffect_over)
_SET_Milestone_kind = Milestone.__dict__["kind"].__set__
_A_Milestone_kind = attrs.fields(Milestone).kind
_V_Milestone_kind = _validator(_A_Milestone_kind)
_SET_Milestone_citations = Milestone.__dict__["citations"].__set__
_A_Milestone_citations = attrs.fields(Milestone).citations
_V_Milestone_citations = _validator(_A_Milestone_citations)
_SET_Milestone_span = Milestone.__dict__["span"].__set__
_A_Milestone_span = attrs.fields(Milestone).span
_V_Milestone_span = _validator(_A_Milestone_span)
_SET_Milestone_wording = Milestone.__dict__["wording"].__set__
_A_Milestone_wording = attrs.fields(Milestone).wording
_V_Milestone_wording = _validator(_A_Milestone_wording)
_SET_Milestone_job = Milestone.__dict__["job"].__set__
_A_Milestone_job = attrs.fields(Milestone).job
_V_Milestone_job = _validator(_A_Milestone_job)
_SET_Milestone_weight_bearing = Milestone.__dict__["weight_bearing"].__set__
_A_Milestone_weight_bearing = attrs.fields(Milestone).weight_bearing
_V_Milestone_weight_bearing = _validator(_A_Milestone_weight_bearing)
_SET_Milestone_note = Milestone.__dict__["note"].__set__
_A_Milestone_note = attrs.fields(Milestone).note
_V_Milestone_note = _validator(_A_Milestone_note)
_SET_Milestone_age_effects = Milestone.__dict__["age_effects"].__set__
_A_Milestone_age_effects = attrs.fields(Milestone).age_effects
_V_Milestone_age_effects = _validator(_A_Milestone_age_effects)
_SET_Targets_citations = Targets.__dict__["citations"].__set__
_A_Targets_citations = attrs.fields(Targets).citations
_V_Targets_citations = _validator(_A_Targets_citations)
_SET_Targets_muscles = Targets.__dict__["muscles"].__set__
_A_Targets_muscles = attrs.fields(Targets).muscles
_V_Targets_muscles = _validator(_A_Targets_muscles)
_SET_Targets_patterns = Targets.__dict__["patterns"].__set__
_A_Targets_patterns = attrs.fields(Targets).patterns
_V_Targets_patterns = _validator(_A_Targets_patterns)
_SET_Targets_note = Targets.__dict__["note"].__set__
_A_Targets_note = attrs.fields(Targets).note
_V_Targets_note = _validator(_A_Targets_note)
_SET_Targets_reading = Targets.__dict__["reading"].__set__
_A_Targets_reading = attrs.fields(Targets).reading
_V_Targets_reading = _validator(_A_Targets_reading)
_SET_Targets_complete = Targets.__dict__["complete"].__set__
_A_Targets_complete = attrs.fields(Targets).complete
_V_Targets_complete = _validator(_A_Targets_complete)
_SET_Evidence_summary = Evidence.__dict__["summary"].__set__
_A_Evidence_summary = attrs.fields(Evidence).summary
_V_Evidence_summary = _validator(_A_Evidence_summary)
_SET_Evidence_strength = Evidence.__dict__["strength"].__set__
_A_Evidence_strength = attrs.fields(Evidence).strength
_V_Evidence_strength = _validator(_A_Evidence_strength)
_SET_Evidence_citations = Evidence.__dict__["citations"].__set__
_A_Evidence_citations = attrs.fields(Evidence).citations
_V_Evidence_citations = _validator(_A_Evidence_citations)
_SET_Evidence_participants = Evidence.__dict__["participants"].__set__
_A_Evidence_participants = attrs.fields(Evidence).participants
_V_Evidence_participants = _validator(_A_Evidence_participants)
_SET_Precaution_id = Precaution.__dict__["id"].__set__
_A_Precaution_id = attrs.fields(Precaution).id
_V_Precaution_id = _validator(_A_Precaution_id)
_SET_Precaution_text = Precaution.__dict__["text"].__set__
_A_Precaution_text = attrs.fields(Precaution).text
_V_Precaution_text = _validator(_A_Precaution_text)
_SET_Precaution_window = Precaution.__dict__["window"].__set__
_A_Precaution_window = attrs.fields(Precaution).window
_V_Precaution_window = _validator(_A_Precaution_window)
_SET_Precaution_citations = Precaution.__dict__["citations"].__set__
_A_Precaution_citations = attrs.fields(Precaution).citations
_V_Precaution_citations = _validator(_A_Precaution_citations)
_SET_Precaution_positions = Precaution.__dict__["positions"].__set__
_A_Precaution_positions = attrs.fields(Precaution).positions
_V_Precaution_positions = _validator(_A_Precaution_positions)
_SET_Precaution_restricts_weight_bearing = Precaution.__dict__["restricts_weight_bearing"].__set__
_A_Precaution_restricts_weight_bearing = attrs.fields(Precaution).restricts_weight_bearing
_V_Precaution_restricts_weight_bearing = _validator(_A_Precaution_restricts_weight_bearing)
_SET_Precaution_approaches = Precaution.__dict__["approaches"].__set__
_A_Precaution_approaches = attrs.fields(Precaution).approaches
_V_Precaution_approaches = _validator(_A_Precaution_approaches)
_SET_Precaution_also_after = Precaution.__dict__["also_after"].__set__
_A_Precaution_also_after = attrs.fields(Precaution).also_after
_V_Precaution_also_after = _validator(_A_Precaution_also_after)
_SET_Precaution_evidence_against = Precaution.__dict__["evidence_against"].__set__
_A_Precaution_evidence_against = attrs.fields(Precaution).evidence_against
_V_Precaution_evidence_against = _validator(_A_Precaution_evidence_against)
_SET_Precaution_note = Precaution.__dict__["note"].__set__
_A_Precaution_note = attrs.fields(Precaution).note
_V_Precaution_note = _validator(_A_Precaution_note)
_SET_Criterion_id = Criterion.__dict__["id"].__set__
_A_Criterion_id = attrs.fields(Criterion).id
_V_Criterion_id = _validator(_A_Criterion_id)
_SET_Criterion_text = Criterion.__dict__["text"].__set__
_A_Criterion_text = attrs.fields(Criterion).text
_V_Criterion_text = _validator(_A_Criterion_text)
_SET_RehabPhase_number = RehabPhase.__dict__["number"].__set__
_A_RehabPhase_number = attrs.fields(RehabPhase).number
_V_RehabPhase_number = _validator(_A_RehabPhase_number)
_SET_RehabPhase_name = RehabPhase.__dict__["name"].__set__
_A_RehabPhase_name = attrs.fields(RehabPhase).name
_V_RehabPhase_name = _validator(_A_RehabPhase_name)
_SET_RehabPhase_window = RehabPhase.__dict__["window"].__set__
_A_RehabPhase_window = attrs.fields(RehabPhase).window
_V_RehabPhase_window = _validator(_A_RehabPhase_window)
_SET_RehabPhase_citations = RehabPhase.__dict__["citations"].__set__
_A_RehabPhase_citations = attrs.fields(RehabPhase).citations
_V_RehabPhase_citations = _validator(_A_RehabPhase_citations)
_SET_RehabPhase_criteria = RehabPhase.__dict__["criteria"].__set__
_A_RehabPhase_criteria = attrs.fields(RehabPhase).criteria
_V_RehabPhase_criteria = _validator(_A_RehabPhase_criteria)
_SET_RehabPhase_note = RehabPhase.__dict__["note"].__set__
_A_RehabPhase_note = attrs.fields(RehabPhase).note
_V_RehabPhase_note = _validator(_A_RehabPhase_note)
_SET_Treatment_id = Treatment.__dict__["id"].__set__
_A_Treatment_id = attrs.fields(Treatment).id
_V_Treatment_id = _validator(_A_Treatment_id)
_SET_Treatment_name = Treatment.__dict__["name"].__set__
_A_Treatment_name = attrs.fields(Treatment).name
_V_Treatment_name = _validator(_A_Treatment_name)
_SET_Treatment_kind = Treatment.__dict__["kind"].__set__
_A_Treatment_kind = attrs.fields(Treatment).kind
_V_Treatment_kind = _validator(_A_Treatment_kind)
_SET_Treatment_invasiveness = Treatment.__dict__["invasiveness"].__set__
_A_Treatment_invasiveness = attrs.fields(Treatment).invasiveness
_V_Treatment_invasiveness = _validator(_A_Treatment_invasiveness)
_SET_Treatment_summary = Treatment.__dict__["summary"].__set__
_A_Treatment_summary = attrs.fields(Treatment).summary
_V_Treatment_summary = _validator(_A_Treatment_summary)
_SET_Treatment_citations = Treatment.__dict__["citations"].__set__
_A_Treatment_citations = attrs.fields(Treatment).citations
_V_Treatment_citations = _validator(_A_Treatment_citations)
_SET_Treatment_delivered_by = Treatment.__dict__["delivered_by"].__set__
_A_Treatment_delivered_by = attrs.fields(Treatment).delivered_by
_V_Treatment_delivered_by = _validator(_A_Treatment_delivered_by)
_SET_Treatment_setting = Treatment.__dict__["setting"].__set__
_A_Treatment_setting = attrs.fields(Treatment).setting
_V_Treatment_setting = _validator(_A_Treatment_setting)
_SET_Treatment_features = Treatment.__dict__["features"].__set__
_A_Treatment_features = attrs.fields(Treatment).features
_V_Treatment_features = _validator(_A_Treatment_features)
_SET_Treatment_benefits = Treatment.__dict__["benefits"].__set__
_A_Treatment_benefits = attrs.fields(Treatment).benefits
_V_Treatment_benefits = _validator(_A_Treatment_benefits)
_SET_Treatment_claims = Treatment.__dict__["claims"].__set__
_A_Treatment_claims = attrs.fields(Treatment).claims
_V_Treatment_claims = _validator(_A_Treatment_claims)
_SET_Treatment_risk_ids = Treatment.__dict__["risk_ids"].__set__
_A_Treatment_risk_ids = attrs.fields(Treatment).risk_ids
_V_Treatment_risk_ids = _validator(_A_Treatment_risk_ids)
_SET_Treatment_indication_ids = Treatment.__dict__["indication_ids"].__set__
_A_Treatment_indication_ids = attrs.fields(Treatment).indication_ids
_V_Treatment_indication_ids = _validator(_A_Treatment_indication_ids)
_SET_Treatment_schedules = Treatment.__dict__["schedules"].__set__
_A_Treatment_schedules = attrs.fields(Treatment).schedules
_V_Treatment_schedules = _validator(_A_Treatment_schedules)
_SET_Treatment_milestones = Treatment.__dict__["milestones"].__set__
_A_Treatment_milestones = attrs.fields(Treatment).milestones
_V_Treatment_milestones = _validator(_A_Treatment_milestones)
_SET_Treatment_targets = Treatment.__dict__["targets"].__set__
_A_Treatment_targets = attrs.fields(Treatment).targets
_V_Treatment_targets = _validator(_A_Treatment_targets)
_SET_Treatment_evidence = Treatment.__dict__["evidence"].__set__
_A_Treatment_evidence = attrs.fields(Treatment).evidence
_V_Treatment_evidence = _validator(_A_Treatment_evidence)
_SET_Treatment_target_readings = Treatment.__dict__["target_readings"].__set__
_A_Treatment_target_readings = attrs.fields(Treatment).target_readings
_V_Treatment_target_readings = _validator(_A_Treatment_target_readings)
_SET_Treatment_codes = Treatment.__dict__["codes"].__set__
_A_Treatment_codes = attrs.fields(Treatment).codes
_V_Treatment_codes = _validator(_A_Treatment_codes)
_SET_Treatment_precautions = Treatment.__dict__["precautions"].__set__
_A_Treatment_precautions = attrs.fields(Treatment).precautions
_V_Treatment_precautions = _validator(_A_Treatment_precautions)
_SET_Treatment_rehab_phases = Treatment.__dict__["rehab_phases"].__set__
_A_Treatment_rehab_phases = attrs.fields(Treatment).rehab_phases
_V_Treatment_rehab_phases = _validator(_A_Treatment_rehab_phases)
_SET_TreatmentsFile_treatments = TreatmentsFile.__dict__["treatments"].__set__
_A_TreatmentsFile_treatments = attrs.fields(TreatmentsFile).treatments
_V_TreatmentsFile_treatments = _validator(_A_TreatmentsFile_treatments)
_SET_Dose_sets = Dose.__dict__["sets"].__set__
_A_Dose_sets = attrs.fields(Dose).sets
_V_Dose_sets = _validator(_A_Dose_sets)
_SET_Dose_citations = Dose.__dict__["citations"].__set__
_A_Dose_citations = attrs.fields(Dose).citations
_V_Dose_citations = _validator(_A_Dose_citations)
_SET_Dose_pain_ceiling = Dose.__dict__["pain_ceiling"].__set__
_A_Dose_pain_ceiling = attrs.fields(Dose).pain_ceiling
_V_Dose_pain_ceiling = _validator(_A_Dose_pain_ceiling)
_SET_Dose_reps = Dose.__dict__["reps"].__set__
_A_Dose_reps = attrs.fields(Dose).reps
_V_Dose_reps = _validator(_A_Dose_reps)
_SET_Dose_hold_seconds = Dose.__dict__["hold_seconds"].__set__
_A_Dose_hold_seconds = attrs.fields(Dose).hold_seconds
_V_Dose_hold_seconds = _validator(_A_Dose_hold_seconds)
_SET_Dose_rep_hold_seconds = Dose.__dict__["rep_hold_seconds"].__set__
_A_Dose_rep_hold_seconds = attrs.fields(Dose).rep_hold_seconds
_V_Dose_rep_hold_seconds = _validator(_A_Dose_rep_hold_seconds)
_SET_Exercise_id = Exercise.__dict__["id"].__set__
_A_Exercise_id = attrs.fields(Exercise).id
_V_Exercise_id = _validator(_A_Exercise_id)
_SET_Exercise_name = Exercise.__dict__["name"].__set__
_A_Exercise_name = attrs.fields(Exercise).name
_V_Exercise_name = _validator(_A_Exercise_name)
_SET_Exercise_summary = Exercise.__dict__["summary"].__set__
_A_Exercise_summary = attrs.fields(Exercise).summary
_V_Exercise_summary = _validator(_A_Exercise_summary)
_SET_Exercise_goal = Exercise.__dict__["goal"].__set__
_A_Exercise_goal = attrs.fields(Exercise).goal
_V_Exercise_goal = _validator(_A_Exercise_goal)
_SET_Exercise_position = Exercise.__dict__["position"].__set__
_A_Exercise_position = attrs.fields(Exercise).position
_V_Exercise_position = _validator(_A_Exercise_position)
_SET_Exercise_citations = Exercise.__dict__["citations"].__set__
_A_Exercise_citations = attrs.fields(Exercise).citations
_V_Exercise_citations = _validator(_A_Exercise_citations)
_SET_Exercise_patterns = Exercise.__dict__["patterns"].__set__
_A_Exercise_patterns = attrs.fields(Exercise).patterns
_V_Exercise_patterns = _validator(_A_Exercise_patterns)
_SET_Exercise_muscles = Exercise.__dict__["muscles"].__set__
_A_Exercise_muscles = attrs.fields(Exercise).muscles
_V_Exercise_muscles = _validator(_A_Exercise_muscles)
_SET_Exercise_equipment = Exercise.__dict__["equipment"].__set__
_A_Exercise_equipment = attrs.fields(Exercise).equipment
_V_Exercise_equipment = _validator(_A_Exercise_equipment)
_SET_Exercise_dose = Exercise.__dict__["dose"].__set__
_A_Exercise_dose = attrs.fields(Exercise).dose
_V_Exercise_dose = _validator(_A_Exercise_dose)
_SET_Exercise_cues = Exercise.__dict__["cues"].__set__
_A_Exercise_cues = attrs.fields(Exercise).cues
_V_Exercise_cues = _validator(_A_Exercise_cues)
_SET_Exercise_codes = Exercise.__dict__["codes"].__set__
_A_Exercise_codes = attrs.fields(Exercise).codes
_V_Exercise_codes = _validator(_A_Exercise_codes)
_SET_Exercise_weight_bearing = Exercise.__dict__["weight_bearing"].__set__
_A_Exercise_weight_bearing = attrs.fields(Exercise).weight_bearing
_V_Exercise_weight_bearing = _validator(_A_Exercise_weight_bearing)
_SET_Exercise_hip_positions = Exercise.__dict__["hip_positions"].__set__
_A_Exercise_hip_positions = attrs.fields(Exercise).hip_positions
_V_Exercise_hip_positions = _validator(_A_Exercise_hip_positions)
_SET_Exercise_hip_demands_citations = Exercise.__dict__["hip_demands_citations"].__set__
_A_Exercise_hip_demands_citations = attrs.fields(Exercise).hip_demands_citations
_V_Exercise_hip_demands_citations = _validator(_A_Exercise_hip_demands_citations)
_SET_ExercisesFile_exercises = ExercisesFile.__dict__["exercises"].__set__
_A_ExercisesFile_exercises = attrs.fields(ExercisesFile).exercises
_V_ExercisesFile_exercises = _validator(_A_ExercisesFile_exercises)
_SET_Progression_id = Progression.__dict__["id"].__set__
_A_Progression_id = attrs.fields(Progression).id
_V_Progression_id = _validator(_A_Progression_id)
_SET_Progression_name = Progression.__dict__["name"].__set__
_A_Progression_name = attrs.fields(Progression).name
_V_Progression_name = _validator(_A_Progression_name)
_SET_Progression_patterns = Progression.__dict__["patterns"].__set__
_A_Progression_patterns = attrs.fields(Progression).patterns
_V_Progression_patterns = _validator(_A_Progression_patterns)
_SET_Progression_exercise_ids = Progression.__dict__["exercise_ids"].__set__
_A_Progression_exercise_ids = attrs.fields(Progression).exercise_ids
_V_Progression_exercise_ids = _validator(_A_Progression_exercise_ids)
_SET_Progression_citations = Progression.__dict__["citations"].__set__
_A_Progression_citations = attrs.fields(Progression).citations
_V_Progression_citations = _validator(_A_Progression_citations)
_SET_Progression_note = Progression.__dict__["note"].__set__
_A_Progression_note = attrs.fields(Progression).note
_V_Progression_note = _validator(_A_Progression_note)
_SET_Progression_athlete_only_ids = Progression.__dict__["athlete_only_ids"].__set__
_A_Progression_athlete_only_ids = attrs.fields(Progression).athlete_only_ids
_V_Progression_athlete_only_ids = _validator(_A_Progression_athlete_only_ids)
_SET_ProgressionsFile_progressions = ProgressionsFile.__dict__["progressions"].__set__
_A_ProgressionsFile_progressions = attrs.fields(ProgressionsFile).progressions
_V_ProgressionsFile_progressions = _validator(_A_ProgressionsFile_progressions)
_SET_Threshold_value = Threshold.__dict__["value"].__set__
_A_Threshold_value = attrs.fields(Threshold).value
_V_Threshold_value = _validator(_A_Threshold_value)
_SET_Threshold_citations = Threshold.__dict__["citations"].__set__
_A_Threshold_citations = attrs.fields(Threshold).citations
_V_Threshold_citations = _validator(_A_Threshold_citations)
_SET_Threshold_text = Threshold.__dict__["text"].__set__
_A_Threshold_text = attrs.fields(Threshold).text
_V_Threshold_text = _validator(_A_Threshold_text)
_SET_DefaultThreshold_value = DefaultThreshold.__dict__["value"].__set__
_A_DefaultThreshold_value = attrs.fields(DefaultThreshold).value
_V_DefaultThreshold_value = _validator(_A_DefaultThreshold_value)
_SET_DefaultThreshold_text = DefaultThreshold.__dict__["text"].__set__
_A_DefaultThreshold_text = attrs.fields(DefaultThreshold).text
_V_DefaultThreshold_text = _validator(_A_DefaultThreshold_text)
_SET_ScreeningRules_scope = ScreeningRules.__dict__["scope"].__set__
_A_ScreeningRules_scope = attrs.fields(ScreeningRules).scope
_V_ScreeningRules_scope = _validator(_A_ScreeningRules_scope)
_SET_ScreeningRules_good_candidate = ScreeningRules.__dict__["good_candidate"].__set__
_A_ScreeningRules_good_candidate = attrs.fields(ScreeningRules).good_candidate
_V_ScreeningRules_good_candidate = _validator(_A_ScreeningRules_good_candidate)
_SET_ScreeningRules_poor_candidate = ScreeningRules.__dict__["poor_candidate"].__set__
_A_ScreeningRules_poor_candidate = attrs.fields(ScreeningRules).poor_candidate
_V_ScreeningRules_poor_candidate = _validator(_A_ScreeningRules_poor_candidate)
_SET_ScreeningRules_failed_physiotherapy = ScreeningRules.__dict__["failed_physiotherapy"].__set__
_A_ScreeningRules_failed_physiotherapy = attrs.fields(ScreeningRules).failed_physiotherapy
_V_ScreeningRules_failed_physiotherapy = _validator(_A_ScreeningRules_failed_physiotherapy)
_SET_ScreeningRules_refer_when_appropriate = ScreeningRules.__dict__["refer_when_appropriate"].__set__
_A_ScreeningRules_refer_when_appropriate = attrs.fields(ScreeningRules).refer_when_appropriate
_V_ScreeningRules_refer_when_appropriate = _validator(_A_ScreeningRules_refer_when_appropriate)
_SET_RedFlagRule_flag = RedFlagRule.__dict__["flag"].__set__
_A_RedFlagRule_flag = attrs.fields(RedFlagRule).flag
_V_RedFlagRule_flag = _validator(_A_RedFlagRule_flag)
_SET_RedFlagRule_pathway = RedFlagRule.__dict__["pathway"].__set__
_A_RedFlagRule_pathway = attrs.fields(RedFlagRule).pathway
_V_RedFlagRule_pathway = _validator(_A_RedFlagRule_pathway)
_SET_RedFlagRule_action = RedFlagRule.__dict__["action"].__set__
_A_RedFlagRule_action = attrs.fields(RedFlagRule).action
_V_RedFlagRule_action = _validator(_A_RedFlagRule_action)
_SET_RedFlagRule_citations = RedFlagRule.__dict__["citations"].__set__
_A_RedFlagRule_citations = attrs.fields(RedFlagRule).citations
_V_RedFlagRule_citations = _validator(_A_RedFlagRule_citations)
_SET_RedFlagCombination_flags = RedFlagCombination.__dict__["flags"].__set__
_A_RedFlagCombination_flags = attrs.fields(RedFlagCombination).flags
_V_RedFlagCombination_flags = _validator(_A_RedFlagCombination_flags)
_SET_RedFlagCombination_implies = RedFlagCombination.__dict__["implies"].__set__
_A_RedFlagCombination_implies = attrs.fields(RedFlagCombination).implies
_V_RedFlagCombination_implies = _validator(_A_RedFlagCombination_implies)
_SET_RedFlagCombination_reading = RedFlagCombination.__dict__["reading"].__set__
_A_RedFlagCombination_reading = attrs.fields(RedFlagCombination).reading
_V_RedFlagCombination_reading = _validator(_A_RedFlagCombination_reading)
_SET_RedFlagCombination_citations = RedFlagCombination.__dict__["citations"].__set__
_A_RedFlagCombination_citations = attrs.fields(RedFlagCombination).citations
_V_RedFlagCombination_citations = _validator(_A_RedFlagCombination_citations)
_SET_RedFlagCombination_hiptx_reading = RedFlagCombination.__dict__["hiptx_reading"].__set__
_A_RedFlagCombination_hiptx_reading = attrs.fields(RedFlagCombination).hiptx_reading
_V_RedFlagCombination_hiptx_reading = _validator(_A_RedFlagCombination_hiptx_reading)
_SET_LocalOverride_threshold = LocalOverride.__dict__["threshold"].__set__
_A_LocalOverride_threshold = attrs.fields(LocalOverride).threshold
_V_LocalOverride_threshold = _validator(_A_LocalOverride_threshold)
_SET_LocalOverride_value = LocalOverride.__dict__["value"].__set__
_A_LocalOverride_value = attrs.fields(LocalOverride).value
_V_LocalOverride_value = _validator(_A_LocalOverride_value)
_SET_LocalOverride_set_by = LocalOverride.__dict__["set_by"].__set__
_A_LocalOverride_set_by = attrs.fields(LocalOverride).set_by
_V_LocalOverride_set_by = _validator(_A_LocalOverride_set_by)
_SET_LocalOverride_reason = LocalOverride.__dict__["reason"].__set__
_A_LocalOverride_reason = attrs.fields(LocalOverride).reason
_V_LocalOverride_reason = _validator(_A_LocalOverride_reason)
_SET_RuleSet_pain_ceiling = RuleSet.__dict__["pain_ceiling"].__set__
_A_RuleSet_pain_ceiling = attrs.fields(RuleSet).pain_ceiling
_V_RuleSet_pain_ceiling = _validator(_A_RuleSet_pain_ceiling)
_SET_RuleSet_lingering_pain_hours = RuleSet.__dict__["lingering_pain_hours"].__set__
_A_RuleSet_lingering_pain_hours = attrs.fields(RuleSet).lingering_pain_hours
_V_RuleSet_lingering_pain_hours = _validator(_A_RuleSet_lingering_pain_hours)
_SET_RuleSet_sharp_joint_pain = RuleSet.__dict__["sharp_joint_pain"].__set__
_A_RuleSet_sharp_joint_pain = attrs.fields(RuleSet).sharp_joint_pain
_V_RuleSet_sharp_joint_pain = _validator(_A_RuleSet_sharp_joint_pain)
_SET_RuleSet_hot_or_swollen_joint = RuleSet.__dict__["hot_or_swollen_joint"].__set__
_A_RuleSet_hot_or_swollen_joint = attrs.fields(RuleSet).hot_or_swollen_joint
_V_RuleSet_hot_or_swollen_joint = _validator(_A_RuleSet_hot_or_swollen_joint)
_SET_RuleSet_pain_increased_over_a_day = RuleSet.__dict__["pain_increased_over_a_day"].__set__
_A_RuleSet_pain_increased_over_a_day = attrs.fields(RuleSet).pain_increased_over_a_day
_V_RuleSet_pain_increased_over_a_day = _validator(_A_RuleSet_pain_increased_over_a_day)
_SET_RuleSet_severe_pain_during = RuleSet.__dict__["severe_pain_during"].__set__
_A_RuleSet_severe_pain_during = attrs.fields(RuleSet).severe_pain_during
_V_RuleSet_severe_pain_during = _validator(_A_RuleSet_severe_pain_during)
_SET_RuleSet_aerobic_minutes_per_week = RuleSet.__dict__["aerobic_minutes_per_week"].__set__
_A_RuleSet_aerobic_minutes_per_week = attrs.fields(RuleSet).aerobic_minutes_per_week
_V_RuleSet_aerobic_minutes_per_week = _validator(_A_RuleSet_aerobic_minutes_per_week)
_SET_RuleSet_strength_sessions_per_week = RuleSet.__dict__["strength_sessions_per_week"].__set__
_A_RuleSet_strength_sessions_per_week = attrs.fields(RuleSet).strength_sessions_per_week
_V_RuleSet_strength_sessions_per_week = _validator(_A_RuleSet_strength_sessions_per_week)
_SET_RuleSet_screening = RuleSet.__dict__["screening"].__set__
_A_RuleSet_screening = attrs.fields(RuleSet).screening
_V_RuleSet_screening = _validator(_A_RuleSet_screening)
_SET_RuleSet_red_flags = RuleSet.__dict__["red_flags"].__set__
_A_RuleSet_red_flags = attrs.fields(RuleSet).red_flags
_V_RuleSet_red_flags = _validator(_A_RuleSet_red_flags)
_SET_RuleSet_red_flag_combinations = RuleSet.__dict__["red_flag_combinations"].__set__
_A_RuleSet_red_flag_combinations = attrs.fields(RuleSet).red_flag_combinations
_V_RuleSet_red_flag_combinations = _validator(_A_RuleSet_red_flag_combinations)
_SET_RuleSet_overrides = RuleSet.__dict__["overrides"].__set__
_A_RuleSet_overrides = attrs.fields(RuleSet).overrides
_V_RuleSet_overrides = _validator(_A_RuleSet_overrides)
_SET_ResponseScale_minimum = ResponseScale.__dict__["minimum"].__set__
_A_ResponseScale_minimum = attrs.fields(ResponseScale).minimum
_V_ResponseScale_minimum = _validator(_A_ResponseScale_minimum)
_SET_ResponseScale_maximum = ResponseScale.__dict__["maximum"].__set__
_A_ResponseScale_maximum = attrs.fields(ResponseScale).maximum
_V_ResponseScale_maximum = _validator(_A_ResponseScale_maximum)
_SET_ResponseScale_best = ResponseScale.__dict__["best"].__set__
_A_ResponseScale_best = attrs.fields(ResponseScale).best
_V_ResponseScale_best = _validator(_A_ResponseScale_best)
_SET_ResponseScale_continuous = ResponseScale.__dict__["continuous"].__set__
_A_ResponseScale_continuous = attrs.fields(ResponseScale).continuous
_V_ResponseScale_continuous = _validator(_A_ResponseScale_continuous)
_SET_ResponseScale_not_applicable = ResponseScale.__dict__["not_applicable"].__set__
_A_ResponseScale_not_applicable = attrs.fields(ResponseScale).not_applicable
_V_ResponseScale_not_applicable = _validator(_A_ResponseScale_not_applicable)
_SET_QuestionnaireItem_id = QuestionnaireItem.__dict__["id"].__set__
_A_QuestionnaireItem_id = attrs.fields(QuestionnaireItem).id
_V_QuestionnaireItem_id = _validator(_A_QuestionnaireItem_id)
_SET_QuestionnaireItem_scale = QuestionnaireItem.__dict__["scale"].__set__
_A_QuestionnaireItem_scale = attrs.fields(QuestionnaireItem).scale
_V_QuestionnaireItem_scale = _validator(_A_QuestionnaireItem_scale)
_SET_Subscale_id = Subscale.__dict__["id"].__set__
_A_Subscale_id = attrs.fields(Subscale).id
_V_Subscale_id = _validator(_A_Subscale_id)
_SET_Subscale_name = Subscale.__dict__["name"].__set__
_A_Subscale_name = attrs.fields(Subscale).name
_V_Subscale_name = _validator(_A_Subscale_name)
_SET_Subscale_item_ids = Subscale.__dict__["item_ids"].__set__
_A_Subscale_item_ids = attrs.fields(Subscale).item_ids
_V_Subscale_item_ids = _validator(_A_Subscale_item_ids)
_SET_Subscale_min_answered = Subscale.__dict__["min_answered"].__set__
_A_Subscale_min_answered = attrs.fields(Subscale).min_answered
_V_Subscale_min_answered = _validator(_A_Subscale_min_answered)
_SET_Subscale_codes = Subscale.__dict__["codes"].__set__
_A_Subscale_codes = attrs.fields(Subscale).codes
_V_Subscale_codes = _validator(_A_Subscale_codes)
_SET_ScoringRule_topic = ScoringRule.__dict__["topic"].__set__
_A_ScoringRule_topic = attrs.fields(ScoringRule).topic
_V_ScoringRule_topic = _validator(_A_ScoringRule_topic)
_SET_ScoringRule_text = ScoringRule.__dict__["text"].__set__
_A_ScoringRule_text = attrs.fields(ScoringRule).text
_V_ScoringRule_text = _validator(_A_ScoringRule_text)
_SET_ScoringRule_citations = ScoringRule.__dict__["citations"].__set__
_A_ScoringRule_citations = attrs.fields(ScoringRule).citations
_V_ScoringRule_citations = _validator(_A_ScoringRule_citations)
_SET_ScoringRule_hiptx_default = ScoringRule.__dict__["hiptx_default"].__set__
_A_ScoringRule_hiptx_default = attrs.fields(ScoringRule).hiptx_default
_V_ScoringRule_hiptx_default = _validator(_A_ScoringRule_hiptx_default)
_SET_ScoringRule_confidence = ScoringRule.__dict__["confidence"].__set__
_A_ScoringRule_confidence = attrs.fields(ScoringRule).confidence
_V_ScoringRule_confidence = _validator(_A_ScoringRule_confidence)
_SET_Licence_status = Licence.__dict__["status"].__set__
_A_Licence_status = attrs.fields(Licence).status
_V_Licence_status = _validator(_A_Licence_status)
_SET_Licence_text = Licence.__dict__["text"].__set__
_A_Licence_text = attrs.fields(Licence).text
_V_Licence_text = _validator(_A_Licence_text)
_SET_Licence_citations = Licence.__dict__["citations"].__set__
_A_Licence_citations = attrs.fields(Licence).citations
_V_Licence_citations = _validator(_A_Licence_citations)
_SET_Licence_confidence = Licence.__dict__["confidence"].__set__
_A_Licence_confidence = attrs.fields(Licence).confidence
_V_Licence_confidence = _validator(_A_Licence_confidence)
_SET_ConversionRow_raw = ConversionRow.__dict__["raw"].__set__
_A_ConversionRow_raw = attrs.fields(ConversionRow).raw
_V_ConversionRow_raw = _validator(_A_ConversionRow_raw)
_SET_ConversionRow_score = ConversionRow.__dict__["score"].__set__
_A_ConversionRow_score = attrs.fields(ConversionRow).score
_V_ConversionRow_score = _validator(_A_ConversionRow_score)
_SET_ScoreThreshold_kind = ScoreThreshold.__dict__["kind"].__set__
_A_ScoreThreshold_kind = attrs.fields(ScoreThreshold).kind
_V_ScoreThreshold_kind = _validator(_A_ScoreThreshold_kind)
_SET_ScoreThreshold_value = ScoreThreshold.__dict__["value"].__set__
_A_ScoreThreshold_value = attrs.fields(ScoreThreshold).value
_V_ScoreThreshold_value = _validator(_A_ScoreThreshold_value)
_SET_ScoreThreshold_audience = ScoreThreshold.__dict__["audience"].__set__
_A_ScoreThreshold_audience = attrs.fields(ScoreThreshold).audience
_V_ScoreThreshold_audience = _validator(_A_ScoreThreshold_audience)
_SET_ScoreThreshold_population = ScoreThreshold.__dict__["population"].__set__
_A_ScoreThreshold_population = attrs.fields(ScoreThreshold).population
_V_ScoreThreshold_population = _validator(_A_ScoreThreshold_population)
_SET_ScoreThreshold_population_text = ScoreThreshold.__dict__["population_text"].__set__
_A_ScoreThreshold_population_text = attrs.fields(ScoreThreshold).population_text
_V_ScoreThreshold_population_text = _validator(_A_ScoreThreshold_population_text)
_SET_ScoreThreshold_method = ScoreThreshold.__dict__["method"].__set__
_A_ScoreThreshold_method = attrs.fields(ScoreThreshold).method
_V_ScoreThreshold_method = _validator(_A_ScoreThreshold_method)
_SET_ScoreThreshold_confidence = ScoreThreshold.__dict__["confidence"].__set__
_A_ScoreThreshold_confidence = attrs.fields(ScoreThreshold).confidence
_V_ScoreThreshold_confidence = _validator(_A_ScoreThreshold_confidence)
_SET_ScoreThreshold_citations = ScoreThreshold.__dict__["citations"].__set__
_A_ScoreThreshold_citations = attrs.fields(ScoreThreshold).citations
_V_ScoreThreshold_citations = _validator(_A_ScoreThreshold_citations)
_SET_ScoreThreshold_subscale_id = ScoreThreshold.__dict__["subscale_id"].__set__
_A_ScoreThreshold_subscale_id = attrs.fields(ScoreThreshold).subscale_id
_V_ScoreThreshold_subscale_id = _validator(_A_ScoreThreshold_subscale_id)
_SET_ScoreThreshold_value_high = ScoreThreshold.__dict__["value_high"].__set__
_A_ScoreThreshold_value_high = attrs.fields(ScoreThreshold).value_high
_V_ScoreThreshold_value_high = _validator(_A_ScoreThreshold_value_high)
_SET_ScoreThreshold_participants = ScoreThreshold.__dict__["participants"].__set__
_A_ScoreThreshold_participants = attrs.fields(ScoreThreshold).participants
_V_ScoreThreshold_participants = _validator(_A_ScoreThreshold_participants)
_SET_ScoreThreshold_follow_up = ScoreThreshold.__dict__["follow_up"].__set__
_A_ScoreThreshold_follow_up = attrs.fields(ScoreThreshold).follow_up
_V_ScoreThreshold_follow_up = _validator(_A_ScoreThreshold_follow_up)
_SET_ScoreThreshold_note = ScoreThreshold.__dict__["note"].__set__
_A_ScoreThreshold_note = attrs.fields(ScoreThreshold).note
_V_ScoreThreshold_note = _validator(_A_ScoreThreshold_note)
_SET_Instrument_id = Instrument.__dict__["id"].__set__
_A_Instrument_id = attrs.fields(Instrument).id
_V_Instrument_id = _validator(_A_Instrument_id)
_SET_Instrument_name = Instrument.__dict__["name"].__set__
_A_Instrument_name = attrs.fields(Instrument).name
_V_Instrument_name = _validator(_A_Instrument_name)
_SET_Instrument_items = Instrument.__dict__["items"].__set__
_A_Instrument_items = attrs.fields(Instrument).items
_V_Instrument_items = _validator(_A_Instrument_items)
_SET_Instrument_subscales = Instrument.__dict__["subscales"].__set__
_A_Instrument_subscales = attrs.fields(Instrument).subscales
_V_Instrument_subscales = _validator(_A_Instrument_subscales)
_SET_Instrument_scoring = Instrument.__dict__["scoring"].__set__
_A_Instrument_scoring = attrs.fields(Instrument).scoring
_V_Instrument_scoring = _validator(_A_Instrument_scoring)
_SET_Instrument_score_minimum = Instrument.__dict__["score_minimum"].__set__
_A_Instrument_score_minimum = attrs.fields(Instrument).score_minimum
_V_Instrument_score_minimum = _validator(_A_Instrument_score_minimum)
_SET_Instrument_score_maximum = Instrument.__dict__["score_maximum"].__set__
_A_Instrument_score_maximum = attrs.fields(Instrument).score_maximum
_V_Instrument_score_maximum = _validator(_A_Instrument_score_maximum)
_SET_Instrument_direction = Instrument.__dict__["direction"].__set__
_A_Instrument_direction = attrs.fields(Instrument).direction
_V_Instrument_direction = _validator(_A_Instrument_direction)
_SET_Instrument_imputation = Instrument.__dict__["imputation"].__set__
_A_Instrument_imputation = attrs.fields(Instrument).imputation
_V_Instrument_imputation = _validator(_A_Instrument_imputation)
_SET_Instrument_rules = Instrument.__dict__["rules"].__set__
_A_Instrument_rules = attrs.fields(Instrument).rules
_V_Instrument_rules = _validator(_A_Instrument_rules)
_SET_Instrument_licence = Instrument.__dict__["licence"].__set__
_A_Instrument_licence = attrs.fields(Instrument).licence
_V_Instrument_licence = _validator(_A_Instrument_licence)
_SET_Instrument_citations = Instrument.__dict__["citations"].__set__
_A_Instrument_citations = attrs.fields(Instrument).citations
_V_Instrument_citations = _validator(_A_Instrument_citations)
_SET_Instrument_multiplier = Instrument.__dict__["multiplier"].__set__
_A_Instrument_multiplier = attrs.fields(Instrument).multiplier
_V_Instrument_multiplier = _validator(_A_Instrument_multiplier)
_SET_Instrument_conversion = Instrument.__dict__["conversion"].__set__
_A_Instrument_conversion = attrs.fields(Instrument).conversion
_V_Instrument_conversion = _validator(_A_Instrument_conversion)
_SET_Instrument_codes = Instrument.__dict__["codes"].__set__
_A_Instrument_codes = attrs.fields(Instrument).codes
_V_Instrument_codes = _validator(_A_Instrument_codes)
_SET_Instrument_thresholds = Instrument.__dict__["thresholds"].__set__
_A_Instrument_thresholds = attrs.fields(Instrument).thresholds
_V_Instrument_thresholds = _validator(_A_Instrument_thresholds)
_SET_InstrumentsFile_instruments = InstrumentsFile.__dict__["instruments"].__set__
_A_InstrumentsFile_instruments = attrs.fields(InstrumentsFile).instruments
_V_InstrumentsFile_instruments = _validator(_A_InstrumentsFile_instruments)

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
    v_files = _TUPLE_str(data["files"])
    obj = _new(IndexFile)
    _SET_IndexFile_data_version(obj, v_data_version)
    _SET_IndexFile_files(obj, v_files)
    _V_IndexFile_data_version(obj, _A_IndexFile_data_version, v_data_version)
    _V_IndexFile_files(obj, _A_IndexFile_files, v_files)
    return obj


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
    v_kind = _ENUM_SourceKind.__getitem__(data["kind"])
    v_authors = _TUPLE_str(data["authors"]) if "authors" in data else ()
    obj = _new(Source)
    _SET_Source_id(obj, v_id)
    _SET_Source_title(obj, v_title)
    _SET_Source_kind(obj, v_kind)
    _SET_Source_authors(obj, v_authors)
    _SET_Source_publisher(obj, v_publisher)
    _SET_Source_year(obj, v_year)
    _SET_Source_published_in(obj, v_published_in)
    _SET_Source_url(obj, v_url)
    _SET_Source_doi(obj, v_doi)
    _SET_Source_note(obj, v_note)
    _SET_Source_pmid(obj, v_pmid)
    _SET_Source_pmc(obj, v_pmc)
    _SET_Source_title_is_descriptive(obj, v_title_is_descriptive)
    _V_Source_id(obj, _A_Source_id, v_id)
    _V_Source_title(obj, _A_Source_title, v_title)
    _V_Source_kind(obj, _A_Source_kind, v_kind)
    _V_Source_authors(obj, _A_Source_authors, v_authors)
    _V_Source_publisher(obj, _A_Source_publisher, v_publisher)
    _V_Source_year(obj, _A_Source_year, v_year)
    _V_Source_published_in(obj, _A_Source_published_in, v_published_in)
    _V_Source_url(obj, _A_Source_url, v_url)
    _V_Source_doi(obj, _A_Source_doi, v_doi)
    _V_Source_note(obj, _A_Source_note, v_note)
    _V_Source_pmid(obj, _A_Source_pmid, v_pmid)
    _V_Source_pmc(obj, _A_Source_pmc, v_pmc)
    _V_Source_title_is_descriptive(obj, _A_Source_title_is_descriptive, v_title_is_descriptive)
    return obj


def strict_SourcesFile(data: Any) -> SourcesFile:
    if type(data) is not dict or not _KEYS_SourcesFile.issuperset(data):
        raise _NotStrict
    v_sources = _TUPLE_Source(data["sources"])
    obj = _new(SourcesFile)
    _SET_SourcesFile_sources(obj, v_sources)
    _V_SourcesFile_sources(obj, _A_SourcesFile_sources, v_sources)
    return obj


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
        found = _new(Citation)
        _SET_Citation_source_id(found, v_source_id)
        _SET_Citation_quote(found, v_quote)
        _SET_Citation_locator(found, v_locator)
        _V_Citation_source_id(found, _A_Citation_source_id, v_source_id)
        _V_Citation_quote(found, _A_Citation_quote, v_quote)
        _V_Citation_locator(found, _A_Citation_locator, v_locator)
        _SHARED_Citation[key] = found
    return found


def strict_Statement(data: Any) -> Statement:
    if type(data) is not dict or not _KEYS_Statement.issuperset(data):
        raise _NotStrict
    v_text = data["text"]
    if type(v_text) is not str:
        raise _NotStrict
    v_citations = _TUPLE_Citation(data["citations"])
    obj = _new(Statement)
    _SET_Statement_text(obj, v_text)
    _SET_Statement_citations(obj, v_citations)
    _V_Statement_text(obj, _A_Statement_text, v_text)
    _V_Statement_citations(obj, _A_Statement_citations, v_citations)
    return obj


def strict_Code(data: Any) -> Code:
    if type(data) is not dict or not _KEYS_Code.issuperset(data):
        raise _NotStrict
    v_system = data["system"]
    v_code = data["code"]
    v_display = data["display"]
    if type(v_system) is not str or type(v_code) is not str or type(v_display) is not str:
        raise _NotStrict
    obj = _new(Code)
    _SET_Code_system(obj, v_system)
    _SET_Code_code(obj, v_code)
    _SET_Code_display(obj, v_display)
    _V_Code_system(obj, _A_Code_system, v_system)
    _V_Code_code(obj, _A_Code_code, v_code)
    _V_Code_display(obj, _A_Code_display, v_display)
    return obj


def strict_Condition(data: Any) -> Condition:
    if type(data) is not dict or not _KEYS_Condition.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    v_name = data["name"]
    v_summary = data["summary"]
    if type(v_id) is not str or type(v_name) is not str or type(v_summary) is not str:
        raise _NotStrict
    v_citations = _TUPLE_Citation(data["citations"])
    v_also_known_as = _TUPLE_str(data["also_known_as"]) if "also_known_as" in data else ()
    v_diagnosis = _TUPLE_Statement(data["diagnosis"]) if "diagnosis" in data else ()
    v_codes = _TUPLE_Code(data["codes"]) if "codes" in data else ()
    obj = _new(Condition)
    _SET_Condition_id(obj, v_id)
    _SET_Condition_name(obj, v_name)
    _SET_Condition_summary(obj, v_summary)
    _SET_Condition_citations(obj, v_citations)
    _SET_Condition_also_known_as(obj, v_also_known_as)
    _SET_Condition_diagnosis(obj, v_diagnosis)
    _SET_Condition_codes(obj, v_codes)
    _V_Condition_id(obj, _A_Condition_id, v_id)
    _V_Condition_name(obj, _A_Condition_name, v_name)
    _V_Condition_summary(obj, _A_Condition_summary, v_summary)
    _V_Condition_citations(obj, _A_Condition_citations, v_citations)
    _V_Condition_also_known_as(obj, _A_Condition_also_known_as, v_also_known_as)
    _V_Condition_diagnosis(obj, _A_Condition_diagnosis, v_diagnosis)
    _V_Condition_codes(obj, _A_Condition_codes, v_codes)
    return obj


def strict_ConditionsFile(data: Any) -> ConditionsFile:
    if type(data) is not dict or not _KEYS_ConditionsFile.issuperset(data):
        raise _NotStrict
    v_conditions = _TUPLE_Condition(data["conditions"])
    obj = _new(ConditionsFile)
    _SET_ConditionsFile_conditions(obj, v_conditions)
    _V_ConditionsFile_conditions(obj, _A_ConditionsFile_conditions, v_conditions)
    return obj


def strict_Span(data: Any) -> Span:
    if type(data) is not dict or not _KEYS_Span.issuperset(data):
        raise _NotStrict
    v_low = data["low"]
    v_high = data["high"]
    if type(v_low) is not int or (v_high is not None and type(v_high) is not int):
        raise _NotStrict
    v_unit = _ENUM_TimeUnit.__getitem__(data["unit"])
    v_kind = _ENUM_FigureKind.__getitem__(data["kind"]) if "kind" in data else FigureKind.RANGE
    v_spread = _or_none(data.get("spread"), _float)
    obj = _new(Span)
    _SET_Span_low(obj, v_low)
    _SET_Span_high(obj, v_high)
    _SET_Span_unit(obj, v_unit)
    _SET_Span_kind(obj, v_kind)
    _SET_Span_spread(obj, v_spread)
    _V_Span_low(obj, _A_Span_low, v_low)
    _V_Span_high(obj, _A_Span_high, v_high)
    _V_Span_unit(obj, _A_Span_unit, v_unit)
    _V_Span_kind(obj, _A_Span_kind, v_kind)
    _V_Span_spread(obj, _A_Span_spread, v_spread)
    return obj


def strict_Rate(data: Any) -> Rate:
    if type(data) is not dict or not _KEYS_Rate.issuperset(data):
        raise _NotStrict
    v_population = data["population"]
    if type(v_population) is not str:
        raise _NotStrict
    v_strength = _ENUM_EvidenceStrength.__getitem__(data["strength"])
    v_citations = _TUPLE_Citation(data["citations"])
    v_estimate_percent = _or_none(data.get("estimate_percent"), _float)
    v_low_percent = _or_none(data.get("low_percent"), _float)
    v_high_percent = _or_none(data.get("high_percent"), _float)
    v_follow_up = _or_none(data.get("follow_up"), strict_Span)
    obj = _new(Rate)
    _SET_Rate_population(obj, v_population)
    _SET_Rate_strength(obj, v_strength)
    _SET_Rate_citations(obj, v_citations)
    _SET_Rate_estimate_percent(obj, v_estimate_percent)
    _SET_Rate_low_percent(obj, v_low_percent)
    _SET_Rate_high_percent(obj, v_high_percent)
    _SET_Rate_follow_up(obj, v_follow_up)
    _V_Rate_population(obj, _A_Rate_population, v_population)
    _V_Rate_strength(obj, _A_Rate_strength, v_strength)
    _V_Rate_citations(obj, _A_Rate_citations, v_citations)
    _V_Rate_estimate_percent(obj, _A_Rate_estimate_percent, v_estimate_percent)
    _V_Rate_low_percent(obj, _A_Rate_low_percent, v_low_percent)
    _V_Rate_high_percent(obj, _A_Rate_high_percent, v_high_percent)
    _V_Rate_follow_up(obj, _A_Rate_follow_up, v_follow_up)
    return obj


def strict_Risk(data: Any) -> Risk:
    if type(data) is not dict or not _KEYS_Risk.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    v_name = data["name"]
    v_summary = data.get("summary")
    if type(v_id) is not str or type(v_name) is not str or (v_summary is not None and type(v_summary) is not str):
        raise _NotStrict
    v_citations = _TUPLE_Citation(data["citations"])
    v_frequency = _ENUM_Frequency.__getitem__(data["frequency"]) if "frequency" in data else Frequency.UNKNOWN
    v_rates = _TUPLE_Rate(data["rates"]) if "rates" in data else ()
    v_codes = _TUPLE_Code(data["codes"]) if "codes" in data else ()
    obj = _new(Risk)
    _SET_Risk_id(obj, v_id)
    _SET_Risk_name(obj, v_name)
    _SET_Risk_citations(obj, v_citations)
    _SET_Risk_frequency(obj, v_frequency)
    _SET_Risk_rates(obj, v_rates)
    _SET_Risk_summary(obj, v_summary)
    _SET_Risk_codes(obj, v_codes)
    _V_Risk_id(obj, _A_Risk_id, v_id)
    _V_Risk_name(obj, _A_Risk_name, v_name)
    _V_Risk_citations(obj, _A_Risk_citations, v_citations)
    _V_Risk_frequency(obj, _A_Risk_frequency, v_frequency)
    _V_Risk_rates(obj, _A_Risk_rates, v_rates)
    _V_Risk_summary(obj, _A_Risk_summary, v_summary)
    _V_Risk_codes(obj, _A_Risk_codes, v_codes)
    return obj


def strict_RisksFile(data: Any) -> RisksFile:
    if type(data) is not dict or not _KEYS_RisksFile.issuperset(data):
        raise _NotStrict
    v_risks = _TUPLE_Risk(data["risks"])
    obj = _new(RisksFile)
    _SET_RisksFile_risks(obj, v_risks)
    _V_RisksFile_risks(obj, _A_RisksFile_risks, v_risks)
    return obj


def strict_IntRange(data: Any) -> IntRange:
    if type(data) is not dict or not _KEYS_IntRange.issuperset(data):
        raise _NotStrict
    v_low = data["low"]
    v_high = data["high"]
    if type(v_low) is not int or (v_high is not None and type(v_high) is not int):
        raise _NotStrict
    obj = _new(IntRange)
    _SET_IntRange_low(obj, v_low)
    _SET_IntRange_high(obj, v_high)
    _V_IntRange_low(obj, _A_IntRange_low, v_low)
    _V_IntRange_high(obj, _A_IntRange_high, v_high)
    return obj


def strict_Schedule(data: Any) -> Schedule:
    if type(data) is not dict or not _KEYS_Schedule.issuperset(data):
        raise _NotStrict
    v_citations = _TUPLE_Citation(data["citations"])
    v_sessions = _or_none(data.get("sessions"), strict_IntRange)
    v_over = _or_none(data.get("over"), strict_Span)
    obj = _new(Schedule)
    _SET_Schedule_citations(obj, v_citations)
    _SET_Schedule_sessions(obj, v_sessions)
    _SET_Schedule_over(obj, v_over)
    _V_Schedule_citations(obj, _A_Schedule_citations, v_citations)
    _V_Schedule_sessions(obj, _A_Schedule_sessions, v_sessions)
    _V_Schedule_over(obj, _A_Schedule_over, v_over)
    return obj


def strict_AgeEffect(data: Any) -> AgeEffect:
    if type(data) is not dict or not _KEYS_AgeEffect.issuperset(data):
        raise _NotStrict
    v_sooner = data["sooner"]
    v_under = data.get("under")
    v_over = data.get("over")
    if type(v_sooner) is not bool or (v_under is not None and type(v_under) is not int) or (v_over is not None and type(v_over) is not int):
        raise _NotStrict
    v_citations = _TUPLE_Citation(data["citations"])
    obj = _new(AgeEffect)
    _SET_AgeEffect_citations(obj, v_citations)
    _SET_AgeEffect_sooner(obj, v_sooner)
    _SET_AgeEffect_under(obj, v_under)
    _SET_AgeEffect_over(obj, v_over)
    _V_AgeEffect_citations(obj, _A_AgeEffect_citations, v_citations)
    _V_AgeEffect_sooner(obj, _A_AgeEffect_sooner, v_sooner)
    _V_AgeEffect_under(obj, _A_AgeEffect_under, v_under)
    _V_AgeEffect_over(obj, _A_AgeEffect_over, v_over)
    return obj


def strict_Milestone(data: Any) -> Milestone:
    if type(data) is not dict or not _KEYS_Milestone.issuperset(data):
        raise _NotStrict
    v_wording = data.get("wording")
    v_note = data.get("note")
    if (v_wording is not None and type(v_wording) is not str) or (v_note is not None and type(v_note) is not str):
        raise _NotStrict
    v_kind = _ENUM_MilestoneKind.__getitem__(data["kind"])
    v_citations = _TUPLE_Citation(data["citations"])
    v_span = _or_none(data.get("span"), strict_Span)
    v_job = _or_none(data.get("job"), _ENUM_JobDemand.__getitem__)
    v_weight_bearing = _or_none(data.get("weight_bearing"), _ENUM_WeightBearing.__getitem__)
    v_age_effects = _TUPLE_AgeEffect(data["age_effects"]) if "age_effects" in data else ()
    obj = _new(Milestone)
    _SET_Milestone_kind(obj, v_kind)
    _SET_Milestone_citations(obj, v_citations)
    _SET_Milestone_span(obj, v_span)
    _SET_Milestone_wording(obj, v_wording)
    _SET_Milestone_job(obj, v_job)
    _SET_Milestone_weight_bearing(obj, v_weight_bearing)
    _SET_Milestone_note(obj, v_note)
    _SET_Milestone_age_effects(obj, v_age_effects)
    _V_Milestone_kind(obj, _A_Milestone_kind, v_kind)
    _V_Milestone_citations(obj, _A_Milestone_citations, v_citations)
    _V_Milestone_span(obj, _A_Milestone_span, v_span)
    _V_Milestone_wording(obj, _A_Milestone_wording, v_wording)
    _V_Milestone_job(obj, _A_Milestone_job, v_job)
    _V_Milestone_weight_bearing(obj, _A_Milestone_weight_bearing, v_weight_bearing)
    _V_Milestone_note(obj, _A_Milestone_note, v_note)
    _V_Milestone_age_effects(obj, _A_Milestone_age_effects, v_age_effects)
    return obj


def strict_Targets(data: Any) -> Targets:
    if type(data) is not dict or not _KEYS_Targets.issuperset(data):
        raise _NotStrict
    v_note = data.get("note")
    v_reading = data.get("reading")
    v_complete = data.get("complete", True)
    if (v_note is not None and type(v_note) is not str) or (v_reading is not None and type(v_reading) is not str) or type(v_complete) is not bool:
        raise _NotStrict
    v_citations = _TUPLE_Citation(data["citations"])
    v_muscles = _TUPLE_Muscle(data["muscles"]) if "muscles" in data else ()
    v_patterns = _TUPLE_MovementPattern(data["patterns"]) if "patterns" in data else ()
    obj = _new(Targets)
    _SET_Targets_citations(obj, v_citations)
    _SET_Targets_muscles(obj, v_muscles)
    _SET_Targets_patterns(obj, v_patterns)
    _SET_Targets_note(obj, v_note)
    _SET_Targets_reading(obj, v_reading)
    _SET_Targets_complete(obj, v_complete)
    _V_Targets_citations(obj, _A_Targets_citations, v_citations)
    _V_Targets_muscles(obj, _A_Targets_muscles, v_muscles)
    _V_Targets_patterns(obj, _A_Targets_patterns, v_patterns)
    _V_Targets_note(obj, _A_Targets_note, v_note)
    _V_Targets_reading(obj, _A_Targets_reading, v_reading)
    _V_Targets_complete(obj, _A_Targets_complete, v_complete)
    return obj


def strict_Evidence(data: Any) -> Evidence:
    if type(data) is not dict or not _KEYS_Evidence.issuperset(data):
        raise _NotStrict
    v_summary = data["summary"]
    v_participants = data.get("participants")
    if type(v_summary) is not str or (v_participants is not None and type(v_participants) is not int):
        raise _NotStrict
    v_strength = _ENUM_EvidenceStrength.__getitem__(data["strength"])
    v_citations = _TUPLE_Citation(data["citations"])
    obj = _new(Evidence)
    _SET_Evidence_summary(obj, v_summary)
    _SET_Evidence_strength(obj, v_strength)
    _SET_Evidence_citations(obj, v_citations)
    _SET_Evidence_participants(obj, v_participants)
    _V_Evidence_summary(obj, _A_Evidence_summary, v_summary)
    _V_Evidence_strength(obj, _A_Evidence_strength, v_strength)
    _V_Evidence_citations(obj, _A_Evidence_citations, v_citations)
    _V_Evidence_participants(obj, _A_Evidence_participants, v_participants)
    return obj


def strict_Precaution(data: Any) -> Precaution:
    if type(data) is not dict or not _KEYS_Precaution.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    v_text = data["text"]
    v_restricts_weight_bearing = data.get("restricts_weight_bearing", False)
    v_note = data.get("note")
    if type(v_id) is not str or type(v_text) is not str or type(v_restricts_weight_bearing) is not bool or (v_note is not None and type(v_note) is not str):
        raise _NotStrict
    v_window = strict_Span(data["window"])
    v_citations = _TUPLE_Citation(data["citations"])
    v_positions = _TUPLE_HipPosition(data["positions"]) if "positions" in data else ()
    v_approaches = _TUPLE_Approach(data["approaches"]) if "approaches" in data else ()
    v_also_after = _TUPLE_str(data["also_after"]) if "also_after" in data else ()
    v_evidence_against = _TUPLE_Statement(data["evidence_against"]) if "evidence_against" in data else ()
    obj = _new(Precaution)
    _SET_Precaution_id(obj, v_id)
    _SET_Precaution_text(obj, v_text)
    _SET_Precaution_window(obj, v_window)
    _SET_Precaution_citations(obj, v_citations)
    _SET_Precaution_positions(obj, v_positions)
    _SET_Precaution_restricts_weight_bearing(obj, v_restricts_weight_bearing)
    _SET_Precaution_approaches(obj, v_approaches)
    _SET_Precaution_also_after(obj, v_also_after)
    _SET_Precaution_evidence_against(obj, v_evidence_against)
    _SET_Precaution_note(obj, v_note)
    _V_Precaution_id(obj, _A_Precaution_id, v_id)
    _V_Precaution_text(obj, _A_Precaution_text, v_text)
    _V_Precaution_window(obj, _A_Precaution_window, v_window)
    _V_Precaution_citations(obj, _A_Precaution_citations, v_citations)
    _V_Precaution_positions(obj, _A_Precaution_positions, v_positions)
    _V_Precaution_restricts_weight_bearing(obj, _A_Precaution_restricts_weight_bearing, v_restricts_weight_bearing)
    _V_Precaution_approaches(obj, _A_Precaution_approaches, v_approaches)
    _V_Precaution_also_after(obj, _A_Precaution_also_after, v_also_after)
    _V_Precaution_evidence_against(obj, _A_Precaution_evidence_against, v_evidence_against)
    _V_Precaution_note(obj, _A_Precaution_note, v_note)
    return obj


def strict_Criterion(data: Any) -> Criterion:
    if type(data) is not dict or not _KEYS_Criterion.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    v_text = data["text"]
    if type(v_id) is not str or type(v_text) is not str:
        raise _NotStrict
    obj = _new(Criterion)
    _SET_Criterion_id(obj, v_id)
    _SET_Criterion_text(obj, v_text)
    _V_Criterion_id(obj, _A_Criterion_id, v_id)
    _V_Criterion_text(obj, _A_Criterion_text, v_text)
    return obj


def strict_RehabPhase(data: Any) -> RehabPhase:
    if type(data) is not dict or not _KEYS_RehabPhase.issuperset(data):
        raise _NotStrict
    v_number = data["number"]
    v_name = data["name"]
    v_note = data.get("note")
    if type(v_number) is not int or type(v_name) is not str or (v_note is not None and type(v_note) is not str):
        raise _NotStrict
    v_window = strict_Span(data["window"])
    v_citations = _TUPLE_Citation(data["citations"])
    v_criteria = _TUPLE_Criterion(data["criteria"]) if "criteria" in data else ()
    obj = _new(RehabPhase)
    _SET_RehabPhase_number(obj, v_number)
    _SET_RehabPhase_name(obj, v_name)
    _SET_RehabPhase_window(obj, v_window)
    _SET_RehabPhase_citations(obj, v_citations)
    _SET_RehabPhase_criteria(obj, v_criteria)
    _SET_RehabPhase_note(obj, v_note)
    _V_RehabPhase_number(obj, _A_RehabPhase_number, v_number)
    _V_RehabPhase_name(obj, _A_RehabPhase_name, v_name)
    _V_RehabPhase_window(obj, _A_RehabPhase_window, v_window)
    _V_RehabPhase_citations(obj, _A_RehabPhase_citations, v_citations)
    _V_RehabPhase_criteria(obj, _A_RehabPhase_criteria, v_criteria)
    _V_RehabPhase_note(obj, _A_RehabPhase_note, v_note)
    return obj


def strict_Treatment(data: Any) -> Treatment:
    if type(data) is not dict or not _KEYS_Treatment.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    v_name = data["name"]
    v_summary = data["summary"]
    v_setting = data.get("setting")
    if type(v_id) is not str or type(v_name) is not str or type(v_summary) is not str or (v_setting is not None and type(v_setting) is not str):
        raise _NotStrict
    v_kind = _ENUM_TreatmentKind.__getitem__(data["kind"])
    v_invasiveness = _ENUM_Invasiveness.__getitem__(data["invasiveness"])
    v_citations = _TUPLE_Citation(data["citations"])
    v_delivered_by = _TUPLE_str(data["delivered_by"]) if "delivered_by" in data else ()
    v_features = _TUPLE_Statement(data["features"]) if "features" in data else ()
    v_benefits = _TUPLE_Statement(data["benefits"]) if "benefits" in data else ()
    v_claims = _TUPLE_Statement(data["claims"]) if "claims" in data else ()
    v_risk_ids = _TUPLE_str(data["risk_ids"]) if "risk_ids" in data else ()
    v_indication_ids = _TUPLE_str(data["indication_ids"]) if "indication_ids" in data else ()
    v_schedules = _TUPLE_Schedule(data["schedules"]) if "schedules" in data else ()
    v_milestones = _TUPLE_Milestone(data["milestones"]) if "milestones" in data else ()
    v_targets = _or_none(data.get("targets"), strict_Targets)
    v_evidence = _TUPLE_Evidence(data["evidence"]) if "evidence" in data else ()
    v_target_readings = _TUPLE_Targets(data["target_readings"]) if "target_readings" in data else ()
    v_codes = _TUPLE_Code(data["codes"]) if "codes" in data else ()
    v_precautions = _TUPLE_Precaution(data["precautions"]) if "precautions" in data else ()
    v_rehab_phases = _TUPLE_RehabPhase(data["rehab_phases"]) if "rehab_phases" in data else ()
    obj = _new(Treatment)
    _SET_Treatment_id(obj, v_id)
    _SET_Treatment_name(obj, v_name)
    _SET_Treatment_kind(obj, v_kind)
    _SET_Treatment_invasiveness(obj, v_invasiveness)
    _SET_Treatment_summary(obj, v_summary)
    _SET_Treatment_citations(obj, v_citations)
    _SET_Treatment_delivered_by(obj, v_delivered_by)
    _SET_Treatment_setting(obj, v_setting)
    _SET_Treatment_features(obj, v_features)
    _SET_Treatment_benefits(obj, v_benefits)
    _SET_Treatment_claims(obj, v_claims)
    _SET_Treatment_risk_ids(obj, v_risk_ids)
    _SET_Treatment_indication_ids(obj, v_indication_ids)
    _SET_Treatment_schedules(obj, v_schedules)
    _SET_Treatment_milestones(obj, v_milestones)
    _SET_Treatment_targets(obj, v_targets)
    _SET_Treatment_evidence(obj, v_evidence)
    _SET_Treatment_target_readings(obj, v_target_readings)
    _SET_Treatment_codes(obj, v_codes)
    _SET_Treatment_precautions(obj, v_precautions)
    _SET_Treatment_rehab_phases(obj, v_rehab_phases)
    _V_Treatment_id(obj, _A_Treatment_id, v_id)
    _V_Treatment_name(obj, _A_Treatment_name, v_name)
    _V_Treatment_kind(obj, _A_Treatment_kind, v_kind)
    _V_Treatment_invasiveness(obj, _A_Treatment_invasiveness, v_invasiveness)
    _V_Treatment_summary(obj, _A_Treatment_summary, v_summary)
    _V_Treatment_citations(obj, _A_Treatment_citations, v_citations)
    _V_Treatment_delivered_by(obj, _A_Treatment_delivered_by, v_delivered_by)
    _V_Treatment_setting(obj, _A_Treatment_setting, v_setting)
    _V_Treatment_features(obj, _A_Treatment_features, v_features)
    _V_Treatment_benefits(obj, _A_Treatment_benefits, v_benefits)
    _V_Treatment_claims(obj, _A_Treatment_claims, v_claims)
    _V_Treatment_risk_ids(obj, _A_Treatment_risk_ids, v_risk_ids)
    _V_Treatment_indication_ids(obj, _A_Treatment_indication_ids, v_indication_ids)
    _V_Treatment_schedules(obj, _A_Treatment_schedules, v_schedules)
    _V_Treatment_milestones(obj, _A_Treatment_milestones, v_milestones)
    _V_Treatment_targets(obj, _A_Treatment_targets, v_targets)
    _V_Treatment_evidence(obj, _A_Treatment_evidence, v_evidence)
    _V_Treatment_target_readings(obj, _A_Treatment_target_readings, v_target_readings)
    _V_Treatment_codes(obj, _A_Treatment_codes, v_codes)
    _V_Treatment_precautions(obj, _A_Treatment_precautions, v_precautions)
    _V_Treatment_rehab_phases(obj, _A_Treatment_rehab_phases, v_rehab_phases)
    return obj


def strict_TreatmentsFile(data: Any) -> TreatmentsFile:
    if type(data) is not dict or not _KEYS_TreatmentsFile.issuperset(data):
        raise _NotStrict
    v_treatments = _TUPLE_Treatment(data["treatments"])
    obj = _new(TreatmentsFile)
    _SET_TreatmentsFile_treatments(obj, v_treatments)
    _V_TreatmentsFile_treatments(obj, _A_TreatmentsFile_treatments, v_treatments)
    return obj


def strict_Dose(data: Any) -> Dose:
    if type(data) is not dict or not _KEYS_Dose.issuperset(data):
        raise _NotStrict
    v_pain_ceiling = data.get("pain_ceiling")
    if (v_pain_ceiling is not None and type(v_pain_ceiling) is not int):
        raise _NotStrict
    v_sets = strict_IntRange(data["sets"])
    v_citations = _TUPLE_Citation(data["citations"])
    v_reps = _or_none(data.get("reps"), strict_IntRange)
    v_hold_seconds = _or_none(data.get("hold_seconds"), strict_IntRange)
    v_rep_hold_seconds = _or_none(data.get("rep_hold_seconds"), strict_IntRange)
    obj = _new(Dose)
    _SET_Dose_sets(obj, v_sets)
    _SET_Dose_citations(obj, v_citations)
    _SET_Dose_pain_ceiling(obj, v_pain_ceiling)
    _SET_Dose_reps(obj, v_reps)
    _SET_Dose_hold_seconds(obj, v_hold_seconds)
    _SET_Dose_rep_hold_seconds(obj, v_rep_hold_seconds)
    _V_Dose_sets(obj, _A_Dose_sets, v_sets)
    _V_Dose_citations(obj, _A_Dose_citations, v_citations)
    _V_Dose_pain_ceiling(obj, _A_Dose_pain_ceiling, v_pain_ceiling)
    _V_Dose_reps(obj, _A_Dose_reps, v_reps)
    _V_Dose_hold_seconds(obj, _A_Dose_hold_seconds, v_hold_seconds)
    _V_Dose_rep_hold_seconds(obj, _A_Dose_rep_hold_seconds, v_rep_hold_seconds)
    return obj


def strict_Exercise(data: Any) -> Exercise:
    if type(data) is not dict or not _KEYS_Exercise.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    v_name = data["name"]
    v_summary = data["summary"]
    v_weight_bearing = data.get("weight_bearing", True)
    if type(v_id) is not str or type(v_name) is not str or type(v_summary) is not str or type(v_weight_bearing) is not bool:
        raise _NotStrict
    v_goal = _ENUM_ExerciseGoal.__getitem__(data["goal"])
    v_position = _ENUM_Position.__getitem__(data["position"])
    v_citations = _TUPLE_Citation(data["citations"])
    v_patterns = _TUPLE_MovementPattern(data["patterns"]) if "patterns" in data else ()
    v_muscles = _TUPLE_Muscle(data["muscles"]) if "muscles" in data else ()
    v_equipment = _TUPLE_Equipment(data["equipment"]) if "equipment" in data else ()
    v_dose = _or_none(data.get("dose"), strict_Dose)
    v_cues = _TUPLE_Statement(data["cues"]) if "cues" in data else ()
    v_codes = _TUPLE_Code(data["codes"]) if "codes" in data else ()
    v_hip_positions = _TUPLE_HipPosition(data["hip_positions"]) if "hip_positions" in data else (HipPosition.FLEXION_BEYOND_90, HipPosition.ADDUCTION_PAST_MIDLINE, HipPosition.INTERNAL_ROTATION)
    v_hip_demands_citations = _TUPLE_Citation(data["hip_demands_citations"]) if "hip_demands_citations" in data else ()
    obj = _new(Exercise)
    _SET_Exercise_id(obj, v_id)
    _SET_Exercise_name(obj, v_name)
    _SET_Exercise_summary(obj, v_summary)
    _SET_Exercise_goal(obj, v_goal)
    _SET_Exercise_position(obj, v_position)
    _SET_Exercise_citations(obj, v_citations)
    _SET_Exercise_patterns(obj, v_patterns)
    _SET_Exercise_muscles(obj, v_muscles)
    _SET_Exercise_equipment(obj, v_equipment)
    _SET_Exercise_dose(obj, v_dose)
    _SET_Exercise_cues(obj, v_cues)
    _SET_Exercise_codes(obj, v_codes)
    _SET_Exercise_weight_bearing(obj, v_weight_bearing)
    _SET_Exercise_hip_positions(obj, v_hip_positions)
    _SET_Exercise_hip_demands_citations(obj, v_hip_demands_citations)
    _V_Exercise_id(obj, _A_Exercise_id, v_id)
    _V_Exercise_name(obj, _A_Exercise_name, v_name)
    _V_Exercise_summary(obj, _A_Exercise_summary, v_summary)
    _V_Exercise_goal(obj, _A_Exercise_goal, v_goal)
    _V_Exercise_position(obj, _A_Exercise_position, v_position)
    _V_Exercise_citations(obj, _A_Exercise_citations, v_citations)
    _V_Exercise_patterns(obj, _A_Exercise_patterns, v_patterns)
    _V_Exercise_muscles(obj, _A_Exercise_muscles, v_muscles)
    _V_Exercise_equipment(obj, _A_Exercise_equipment, v_equipment)
    _V_Exercise_dose(obj, _A_Exercise_dose, v_dose)
    _V_Exercise_cues(obj, _A_Exercise_cues, v_cues)
    _V_Exercise_codes(obj, _A_Exercise_codes, v_codes)
    _V_Exercise_weight_bearing(obj, _A_Exercise_weight_bearing, v_weight_bearing)
    _V_Exercise_hip_positions(obj, _A_Exercise_hip_positions, v_hip_positions)
    _V_Exercise_hip_demands_citations(obj, _A_Exercise_hip_demands_citations, v_hip_demands_citations)
    return obj


def strict_ExercisesFile(data: Any) -> ExercisesFile:
    if type(data) is not dict or not _KEYS_ExercisesFile.issuperset(data):
        raise _NotStrict
    v_exercises = _TUPLE_Exercise(data["exercises"])
    obj = _new(ExercisesFile)
    _SET_ExercisesFile_exercises(obj, v_exercises)
    _V_ExercisesFile_exercises(obj, _A_ExercisesFile_exercises, v_exercises)
    return obj


def strict_Progression(data: Any) -> Progression:
    if type(data) is not dict or not _KEYS_Progression.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    v_name = data["name"]
    v_note = data.get("note")
    if type(v_id) is not str or type(v_name) is not str or (v_note is not None and type(v_note) is not str):
        raise _NotStrict
    v_patterns = _TUPLE_MovementPattern(data["patterns"])
    v_exercise_ids = _TUPLE_str(data["exercise_ids"])
    v_citations = _TUPLE_Citation(data["citations"])
    v_athlete_only_ids = _TUPLE_str(data["athlete_only_ids"]) if "athlete_only_ids" in data else ()
    obj = _new(Progression)
    _SET_Progression_id(obj, v_id)
    _SET_Progression_name(obj, v_name)
    _SET_Progression_patterns(obj, v_patterns)
    _SET_Progression_exercise_ids(obj, v_exercise_ids)
    _SET_Progression_citations(obj, v_citations)
    _SET_Progression_note(obj, v_note)
    _SET_Progression_athlete_only_ids(obj, v_athlete_only_ids)
    _V_Progression_id(obj, _A_Progression_id, v_id)
    _V_Progression_name(obj, _A_Progression_name, v_name)
    _V_Progression_patterns(obj, _A_Progression_patterns, v_patterns)
    _V_Progression_exercise_ids(obj, _A_Progression_exercise_ids, v_exercise_ids)
    _V_Progression_citations(obj, _A_Progression_citations, v_citations)
    _V_Progression_note(obj, _A_Progression_note, v_note)
    _V_Progression_athlete_only_ids(obj, _A_Progression_athlete_only_ids, v_athlete_only_ids)
    return obj


def strict_ProgressionsFile(data: Any) -> ProgressionsFile:
    if type(data) is not dict or not _KEYS_ProgressionsFile.issuperset(data):
        raise _NotStrict
    v_progressions = _TUPLE_Progression(data["progressions"])
    obj = _new(ProgressionsFile)
    _SET_ProgressionsFile_progressions(obj, v_progressions)
    _V_ProgressionsFile_progressions(obj, _A_ProgressionsFile_progressions, v_progressions)
    return obj


def strict_Threshold(data: Any) -> Threshold:
    if type(data) is not dict or not _KEYS_Threshold.issuperset(data):
        raise _NotStrict
    v_text = data.get("text")
    if (v_text is not None and type(v_text) is not str):
        raise _NotStrict
    v_value = _float(data["value"])
    v_citations = _TUPLE_Citation(data["citations"])
    obj = _new(Threshold)
    _SET_Threshold_value(obj, v_value)
    _SET_Threshold_citations(obj, v_citations)
    _SET_Threshold_text(obj, v_text)
    _V_Threshold_value(obj, _A_Threshold_value, v_value)
    _V_Threshold_citations(obj, _A_Threshold_citations, v_citations)
    _V_Threshold_text(obj, _A_Threshold_text, v_text)
    return obj


def strict_DefaultThreshold(data: Any) -> DefaultThreshold:
    if type(data) is not dict or not _KEYS_DefaultThreshold.issuperset(data):
        raise _NotStrict
    v_text = data["text"]
    if type(v_text) is not str:
        raise _NotStrict
    v_value = _float(data["value"])
    obj = _new(DefaultThreshold)
    _SET_DefaultThreshold_value(obj, v_value)
    _SET_DefaultThreshold_text(obj, v_text)
    _V_DefaultThreshold_value(obj, _A_DefaultThreshold_value, v_value)
    _V_DefaultThreshold_text(obj, _A_DefaultThreshold_text, v_text)
    return obj


def strict_ScreeningRules(data: Any) -> ScreeningRules:
    if type(data) is not dict or not _KEYS_ScreeningRules.issuperset(data):
        raise _NotStrict
    v_scope = strict_Statement(data["scope"])
    v_good_candidate = strict_Statement(data["good_candidate"])
    v_poor_candidate = strict_Statement(data["poor_candidate"])
    v_failed_physiotherapy = strict_Statement(data["failed_physiotherapy"])
    v_refer_when_appropriate = strict_Statement(data["refer_when_appropriate"])
    obj = _new(ScreeningRules)
    _SET_ScreeningRules_scope(obj, v_scope)
    _SET_ScreeningRules_good_candidate(obj, v_good_candidate)
    _SET_ScreeningRules_poor_candidate(obj, v_poor_candidate)
    _SET_ScreeningRules_failed_physiotherapy(obj, v_failed_physiotherapy)
    _SET_ScreeningRules_refer_when_appropriate(obj, v_refer_when_appropriate)
    _V_ScreeningRules_scope(obj, _A_ScreeningRules_scope, v_scope)
    _V_ScreeningRules_good_candidate(obj, _A_ScreeningRules_good_candidate, v_good_candidate)
    _V_ScreeningRules_poor_candidate(obj, _A_ScreeningRules_poor_candidate, v_poor_candidate)
    _V_ScreeningRules_failed_physiotherapy(obj, _A_ScreeningRules_failed_physiotherapy, v_failed_physiotherapy)
    _V_ScreeningRules_refer_when_appropriate(obj, _A_ScreeningRules_refer_when_appropriate, v_refer_when_appropriate)
    return obj


def strict_RedFlagRule(data: Any) -> RedFlagRule:
    if type(data) is not dict or not _KEYS_RedFlagRule.issuperset(data):
        raise _NotStrict
    v_action = data["action"]
    if type(v_action) is not str:
        raise _NotStrict
    v_flag = _ENUM_RedFlag.__getitem__(data["flag"])
    v_pathway = _ENUM_Pathway.__getitem__(data["pathway"])
    v_citations = _TUPLE_Citation(data["citations"])
    obj = _new(RedFlagRule)
    _SET_RedFlagRule_flag(obj, v_flag)
    _SET_RedFlagRule_pathway(obj, v_pathway)
    _SET_RedFlagRule_action(obj, v_action)
    _SET_RedFlagRule_citations(obj, v_citations)
    _V_RedFlagRule_flag(obj, _A_RedFlagRule_flag, v_flag)
    _V_RedFlagRule_pathway(obj, _A_RedFlagRule_pathway, v_pathway)
    _V_RedFlagRule_action(obj, _A_RedFlagRule_action, v_action)
    _V_RedFlagRule_citations(obj, _A_RedFlagRule_citations, v_citations)
    return obj


def strict_RedFlagCombination(data: Any) -> RedFlagCombination:
    if type(data) is not dict or not _KEYS_RedFlagCombination.issuperset(data):
        raise _NotStrict
    v_reading = data["reading"]
    v_hiptx_reading = data.get("hiptx_reading", False)
    if type(v_reading) is not str or type(v_hiptx_reading) is not bool:
        raise _NotStrict
    v_flags = _TUPLE_RedFlag(data["flags"])
    v_implies = _ENUM_RedFlag.__getitem__(data["implies"])
    v_citations = _TUPLE_Citation(data["citations"])
    obj = _new(RedFlagCombination)
    _SET_RedFlagCombination_flags(obj, v_flags)
    _SET_RedFlagCombination_implies(obj, v_implies)
    _SET_RedFlagCombination_reading(obj, v_reading)
    _SET_RedFlagCombination_citations(obj, v_citations)
    _SET_RedFlagCombination_hiptx_reading(obj, v_hiptx_reading)
    _V_RedFlagCombination_flags(obj, _A_RedFlagCombination_flags, v_flags)
    _V_RedFlagCombination_implies(obj, _A_RedFlagCombination_implies, v_implies)
    _V_RedFlagCombination_reading(obj, _A_RedFlagCombination_reading, v_reading)
    _V_RedFlagCombination_citations(obj, _A_RedFlagCombination_citations, v_citations)
    _V_RedFlagCombination_hiptx_reading(obj, _A_RedFlagCombination_hiptx_reading, v_hiptx_reading)
    obj.__attrs_post_init__()
    return obj


def strict_LocalOverride(data: Any) -> LocalOverride:
    if type(data) is not dict or not _KEYS_LocalOverride.issuperset(data):
        raise _NotStrict
    v_set_by = data["set_by"]
    v_reason = data["reason"]
    if type(v_set_by) is not str or type(v_reason) is not str:
        raise _NotStrict
    v_threshold = _ENUM_SafetyThreshold.__getitem__(data["threshold"])
    v_value = _float(data["value"])
    obj = _new(LocalOverride)
    _SET_LocalOverride_threshold(obj, v_threshold)
    _SET_LocalOverride_value(obj, v_value)
    _SET_LocalOverride_set_by(obj, v_set_by)
    _SET_LocalOverride_reason(obj, v_reason)
    _V_LocalOverride_threshold(obj, _A_LocalOverride_threshold, v_threshold)
    _V_LocalOverride_value(obj, _A_LocalOverride_value, v_value)
    _V_LocalOverride_set_by(obj, _A_LocalOverride_set_by, v_set_by)
    _V_LocalOverride_reason(obj, _A_LocalOverride_reason, v_reason)
    return obj


def strict_RuleSet(data: Any) -> RuleSet:
    if type(data) is not dict or not _KEYS_RuleSet.issuperset(data):
        raise _NotStrict
    v_pain_ceiling = strict_Threshold(data["pain_ceiling"])
    v_lingering_pain_hours = strict_Threshold(data["lingering_pain_hours"])
    v_sharp_joint_pain = strict_Statement(data["sharp_joint_pain"])
    v_hot_or_swollen_joint = strict_Statement(data["hot_or_swollen_joint"])
    v_pain_increased_over_a_day = strict_Statement(data["pain_increased_over_a_day"])
    v_severe_pain_during = _or_none(data.get("severe_pain_during"), strict_DefaultThreshold)
    v_aerobic_minutes_per_week = strict_Threshold(data["aerobic_minutes_per_week"])
    v_strength_sessions_per_week = strict_Threshold(data["strength_sessions_per_week"])
    v_screening = strict_ScreeningRules(data["screening"])
    v_red_flags = _TUPLE_RedFlagRule(data["red_flags"]) if "red_flags" in data else ()
    v_red_flag_combinations = _TUPLE_RedFlagCombination(data["red_flag_combinations"]) if "red_flag_combinations" in data else ()
    v_overrides = _TUPLE_LocalOverride(data["overrides"]) if "overrides" in data else ()
    obj = _new(RuleSet)
    _SET_RuleSet_pain_ceiling(obj, v_pain_ceiling)
    _SET_RuleSet_lingering_pain_hours(obj, v_lingering_pain_hours)
    _SET_RuleSet_sharp_joint_pain(obj, v_sharp_joint_pain)
    _SET_RuleSet_hot_or_swollen_joint(obj, v_hot_or_swollen_joint)
    _SET_RuleSet_pain_increased_over_a_day(obj, v_pain_increased_over_a_day)
    _SET_RuleSet_severe_pain_during(obj, v_severe_pain_during)
    _SET_RuleSet_aerobic_minutes_per_week(obj, v_aerobic_minutes_per_week)
    _SET_RuleSet_strength_sessions_per_week(obj, v_strength_sessions_per_week)
    _SET_RuleSet_screening(obj, v_screening)
    _SET_RuleSet_red_flags(obj, v_red_flags)
    _SET_RuleSet_red_flag_combinations(obj, v_red_flag_combinations)
    _SET_RuleSet_overrides(obj, v_overrides)
    _V_RuleSet_pain_ceiling(obj, _A_RuleSet_pain_ceiling, v_pain_ceiling)
    _V_RuleSet_lingering_pain_hours(obj, _A_RuleSet_lingering_pain_hours, v_lingering_pain_hours)
    _V_RuleSet_sharp_joint_pain(obj, _A_RuleSet_sharp_joint_pain, v_sharp_joint_pain)
    _V_RuleSet_hot_or_swollen_joint(obj, _A_RuleSet_hot_or_swollen_joint, v_hot_or_swollen_joint)
    _V_RuleSet_pain_increased_over_a_day(obj, _A_RuleSet_pain_increased_over_a_day, v_pain_increased_over_a_day)
    _V_RuleSet_severe_pain_during(obj, _A_RuleSet_severe_pain_during, v_severe_pain_during)
    _V_RuleSet_aerobic_minutes_per_week(obj, _A_RuleSet_aerobic_minutes_per_week, v_aerobic_minutes_per_week)
    _V_RuleSet_strength_sessions_per_week(obj, _A_RuleSet_strength_sessions_per_week, v_strength_sessions_per_week)
    _V_RuleSet_screening(obj, _A_RuleSet_screening, v_screening)
    _V_RuleSet_red_flags(obj, _A_RuleSet_red_flags, v_red_flags)
    _V_RuleSet_red_flag_combinations(obj, _A_RuleSet_red_flag_combinations, v_red_flag_combinations)
    _V_RuleSet_overrides(obj, _A_RuleSet_overrides, v_overrides)
    return obj


def strict_ResponseScale(data: Any) -> ResponseScale:
    if type(data) is not dict or not _KEYS_ResponseScale.issuperset(data):
        raise _NotStrict
    v_minimum = data["minimum"]
    v_maximum = data["maximum"]
    v_best = data["best"]
    v_continuous = data.get("continuous", False)
    v_not_applicable = data.get("not_applicable", False)
    if type(v_minimum) is not int or type(v_maximum) is not int or type(v_best) is not int or type(v_continuous) is not bool or type(v_not_applicable) is not bool:
        raise _NotStrict
    obj = _new(ResponseScale)
    _SET_ResponseScale_minimum(obj, v_minimum)
    _SET_ResponseScale_maximum(obj, v_maximum)
    _SET_ResponseScale_best(obj, v_best)
    _SET_ResponseScale_continuous(obj, v_continuous)
    _SET_ResponseScale_not_applicable(obj, v_not_applicable)
    _V_ResponseScale_minimum(obj, _A_ResponseScale_minimum, v_minimum)
    _V_ResponseScale_maximum(obj, _A_ResponseScale_maximum, v_maximum)
    _V_ResponseScale_best(obj, _A_ResponseScale_best, v_best)
    _V_ResponseScale_continuous(obj, _A_ResponseScale_continuous, v_continuous)
    _V_ResponseScale_not_applicable(obj, _A_ResponseScale_not_applicable, v_not_applicable)
    obj.__attrs_post_init__()
    return obj


def strict_QuestionnaireItem(data: Any) -> QuestionnaireItem:
    if type(data) is not dict or not _KEYS_QuestionnaireItem.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    if type(v_id) is not str:
        raise _NotStrict
    v_scale = strict_ResponseScale(data["scale"])
    obj = _new(QuestionnaireItem)
    _SET_QuestionnaireItem_id(obj, v_id)
    _SET_QuestionnaireItem_scale(obj, v_scale)
    _V_QuestionnaireItem_id(obj, _A_QuestionnaireItem_id, v_id)
    _V_QuestionnaireItem_scale(obj, _A_QuestionnaireItem_scale, v_scale)
    return obj


def strict_Subscale(data: Any) -> Subscale:
    if type(data) is not dict or not _KEYS_Subscale.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    v_name = data["name"]
    v_min_answered = data["min_answered"]
    if type(v_id) is not str or type(v_name) is not str or type(v_min_answered) is not int:
        raise _NotStrict
    v_item_ids = _TUPLE_str(data["item_ids"])
    v_codes = _TUPLE_Code(data["codes"]) if "codes" in data else ()
    obj = _new(Subscale)
    _SET_Subscale_id(obj, v_id)
    _SET_Subscale_name(obj, v_name)
    _SET_Subscale_item_ids(obj, v_item_ids)
    _SET_Subscale_min_answered(obj, v_min_answered)
    _SET_Subscale_codes(obj, v_codes)
    _V_Subscale_id(obj, _A_Subscale_id, v_id)
    _V_Subscale_name(obj, _A_Subscale_name, v_name)
    _V_Subscale_item_ids(obj, _A_Subscale_item_ids, v_item_ids)
    _V_Subscale_min_answered(obj, _A_Subscale_min_answered, v_min_answered)
    _V_Subscale_codes(obj, _A_Subscale_codes, v_codes)
    obj.__attrs_post_init__()
    return obj


def strict_ScoringRule(data: Any) -> ScoringRule:
    if type(data) is not dict or not _KEYS_ScoringRule.issuperset(data):
        raise _NotStrict
    v_text = data["text"]
    v_hiptx_default = data.get("hiptx_default", False)
    if type(v_text) is not str or type(v_hiptx_default) is not bool:
        raise _NotStrict
    v_topic = _ENUM_RuleTopic.__getitem__(data["topic"])
    v_citations = _TUPLE_Citation(data["citations"]) if "citations" in data else ()
    v_confidence = _or_none(data.get("confidence"), _ENUM_EvidenceStrength.__getitem__)
    obj = _new(ScoringRule)
    _SET_ScoringRule_topic(obj, v_topic)
    _SET_ScoringRule_text(obj, v_text)
    _SET_ScoringRule_citations(obj, v_citations)
    _SET_ScoringRule_hiptx_default(obj, v_hiptx_default)
    _SET_ScoringRule_confidence(obj, v_confidence)
    _V_ScoringRule_topic(obj, _A_ScoringRule_topic, v_topic)
    _V_ScoringRule_text(obj, _A_ScoringRule_text, v_text)
    _V_ScoringRule_citations(obj, _A_ScoringRule_citations, v_citations)
    _V_ScoringRule_hiptx_default(obj, _A_ScoringRule_hiptx_default, v_hiptx_default)
    _V_ScoringRule_confidence(obj, _A_ScoringRule_confidence, v_confidence)
    obj.__attrs_post_init__()
    return obj


def strict_Licence(data: Any) -> Licence:
    if type(data) is not dict or not _KEYS_Licence.issuperset(data):
        raise _NotStrict
    v_text = data.get("text")
    if (v_text is not None and type(v_text) is not str):
        raise _NotStrict
    v_status = _ENUM_LicenceStatus.__getitem__(data["status"])
    v_citations = _TUPLE_Citation(data["citations"]) if "citations" in data else ()
    v_confidence = _or_none(data.get("confidence"), _ENUM_EvidenceStrength.__getitem__)
    obj = _new(Licence)
    _SET_Licence_status(obj, v_status)
    _SET_Licence_text(obj, v_text)
    _SET_Licence_citations(obj, v_citations)
    _SET_Licence_confidence(obj, v_confidence)
    _V_Licence_status(obj, _A_Licence_status, v_status)
    _V_Licence_text(obj, _A_Licence_text, v_text)
    _V_Licence_citations(obj, _A_Licence_citations, v_citations)
    _V_Licence_confidence(obj, _A_Licence_confidence, v_confidence)
    obj.__attrs_post_init__()
    return obj


def strict_ConversionRow(data: Any) -> ConversionRow:
    if type(data) is not dict or not _KEYS_ConversionRow.issuperset(data):
        raise _NotStrict
    v_raw = data["raw"]
    if type(v_raw) is not int:
        raise _NotStrict
    v_score = _float(data["score"])
    obj = _new(ConversionRow)
    _SET_ConversionRow_raw(obj, v_raw)
    _SET_ConversionRow_score(obj, v_score)
    _V_ConversionRow_raw(obj, _A_ConversionRow_raw, v_raw)
    _V_ConversionRow_score(obj, _A_ConversionRow_score, v_score)
    return obj


def strict_ScoreThreshold(data: Any) -> ScoreThreshold:
    if type(data) is not dict or not _KEYS_ScoreThreshold.issuperset(data):
        raise _NotStrict
    v_population_text = data["population_text"]
    v_method = data["method"]
    v_subscale_id = data.get("subscale_id")
    v_participants = data.get("participants")
    v_follow_up = data.get("follow_up")
    v_note = data.get("note")
    if type(v_population_text) is not str or type(v_method) is not str or (v_subscale_id is not None and type(v_subscale_id) is not str) or (v_participants is not None and type(v_participants) is not int) or (v_follow_up is not None and type(v_follow_up) is not str) or (v_note is not None and type(v_note) is not str):
        raise _NotStrict
    v_kind = _ENUM_ThresholdKind.__getitem__(data["kind"])
    v_value = _float(data["value"])
    v_audience = _ENUM_Audience.__getitem__(data["audience"])
    v_population = _ENUM_PopulationGroup.__getitem__(data["population"])
    v_confidence = _ENUM_EvidenceStrength.__getitem__(data["confidence"])
    v_citations = _TUPLE_Citation(data["citations"])
    v_value_high = _or_none(data.get("value_high"), _float)
    obj = _new(ScoreThreshold)
    _SET_ScoreThreshold_kind(obj, v_kind)
    _SET_ScoreThreshold_value(obj, v_value)
    _SET_ScoreThreshold_audience(obj, v_audience)
    _SET_ScoreThreshold_population(obj, v_population)
    _SET_ScoreThreshold_population_text(obj, v_population_text)
    _SET_ScoreThreshold_method(obj, v_method)
    _SET_ScoreThreshold_confidence(obj, v_confidence)
    _SET_ScoreThreshold_citations(obj, v_citations)
    _SET_ScoreThreshold_subscale_id(obj, v_subscale_id)
    _SET_ScoreThreshold_value_high(obj, v_value_high)
    _SET_ScoreThreshold_participants(obj, v_participants)
    _SET_ScoreThreshold_follow_up(obj, v_follow_up)
    _SET_ScoreThreshold_note(obj, v_note)
    _V_ScoreThreshold_kind(obj, _A_ScoreThreshold_kind, v_kind)
    _V_ScoreThreshold_value(obj, _A_ScoreThreshold_value, v_value)
    _V_ScoreThreshold_audience(obj, _A_ScoreThreshold_audience, v_audience)
    _V_ScoreThreshold_population(obj, _A_ScoreThreshold_population, v_population)
    _V_ScoreThreshold_population_text(obj, _A_ScoreThreshold_population_text, v_population_text)
    _V_ScoreThreshold_method(obj, _A_ScoreThreshold_method, v_method)
    _V_ScoreThreshold_confidence(obj, _A_ScoreThreshold_confidence, v_confidence)
    _V_ScoreThreshold_citations(obj, _A_ScoreThreshold_citations, v_citations)
    _V_ScoreThreshold_subscale_id(obj, _A_ScoreThreshold_subscale_id, v_subscale_id)
    _V_ScoreThreshold_value_high(obj, _A_ScoreThreshold_value_high, v_value_high)
    _V_ScoreThreshold_participants(obj, _A_ScoreThreshold_participants, v_participants)
    _V_ScoreThreshold_follow_up(obj, _A_ScoreThreshold_follow_up, v_follow_up)
    _V_ScoreThreshold_note(obj, _A_ScoreThreshold_note, v_note)
    obj.__attrs_post_init__()
    return obj


def strict_Instrument(data: Any) -> Instrument:
    if type(data) is not dict or not _KEYS_Instrument.issuperset(data):
        raise _NotStrict
    v_id = data["id"]
    v_name = data["name"]
    v_direction = data["direction"]
    if type(v_id) is not str or type(v_name) is not str or type(v_direction) is not str:
        raise _NotStrict
    v_items = _TUPLE_QuestionnaireItem(data["items"])
    v_subscales = _TUPLE_Subscale(data["subscales"])
    v_scoring = _ENUM_ScoringMethod.__getitem__(data["scoring"])
    v_score_minimum = _float(data["score_minimum"])
    v_score_maximum = _float(data["score_maximum"])
    v_imputation = _ENUM_Imputation.__getitem__(data["imputation"])
    v_rules = _TUPLE_ScoringRule(data["rules"])
    v_licence = strict_Licence(data["licence"])
    v_citations = _TUPLE_Citation(data["citations"])
    v_multiplier = _or_none(data.get("multiplier"), _float)
    v_conversion = _TUPLE_ConversionRow(data["conversion"]) if "conversion" in data else ()
    v_codes = _TUPLE_Code(data["codes"]) if "codes" in data else ()
    v_thresholds = _TUPLE_ScoreThreshold(data["thresholds"]) if "thresholds" in data else ()
    obj = _new(Instrument)
    _SET_Instrument_id(obj, v_id)
    _SET_Instrument_name(obj, v_name)
    _SET_Instrument_items(obj, v_items)
    _SET_Instrument_subscales(obj, v_subscales)
    _SET_Instrument_scoring(obj, v_scoring)
    _SET_Instrument_score_minimum(obj, v_score_minimum)
    _SET_Instrument_score_maximum(obj, v_score_maximum)
    _SET_Instrument_direction(obj, v_direction)
    _SET_Instrument_imputation(obj, v_imputation)
    _SET_Instrument_rules(obj, v_rules)
    _SET_Instrument_licence(obj, v_licence)
    _SET_Instrument_citations(obj, v_citations)
    _SET_Instrument_multiplier(obj, v_multiplier)
    _SET_Instrument_conversion(obj, v_conversion)
    _SET_Instrument_codes(obj, v_codes)
    _SET_Instrument_thresholds(obj, v_thresholds)
    _V_Instrument_id(obj, _A_Instrument_id, v_id)
    _V_Instrument_name(obj, _A_Instrument_name, v_name)
    _V_Instrument_items(obj, _A_Instrument_items, v_items)
    _V_Instrument_subscales(obj, _A_Instrument_subscales, v_subscales)
    _V_Instrument_scoring(obj, _A_Instrument_scoring, v_scoring)
    _V_Instrument_score_minimum(obj, _A_Instrument_score_minimum, v_score_minimum)
    _V_Instrument_score_maximum(obj, _A_Instrument_score_maximum, v_score_maximum)
    _V_Instrument_direction(obj, _A_Instrument_direction, v_direction)
    _V_Instrument_imputation(obj, _A_Instrument_imputation, v_imputation)
    _V_Instrument_rules(obj, _A_Instrument_rules, v_rules)
    _V_Instrument_licence(obj, _A_Instrument_licence, v_licence)
    _V_Instrument_citations(obj, _A_Instrument_citations, v_citations)
    _V_Instrument_multiplier(obj, _A_Instrument_multiplier, v_multiplier)
    _V_Instrument_conversion(obj, _A_Instrument_conversion, v_conversion)
    _V_Instrument_codes(obj, _A_Instrument_codes, v_codes)
    _V_Instrument_thresholds(obj, _A_Instrument_thresholds, v_thresholds)
    obj.__attrs_post_init__()
    return obj


def strict_InstrumentsFile(data: Any) -> InstrumentsFile:
    if type(data) is not dict or not _KEYS_InstrumentsFile.issuperset(data):
        raise _NotStrict
    v_instruments = _TUPLE_Instrument(data["instruments"])
    obj = _new(InstrumentsFile)
    _SET_InstrumentsFile_instruments(obj, v_instruments)
    _V_InstrumentsFile_instruments(obj, _A_InstrumentsFile_instruments, v_instruments)
    return obj


# A strict check for each kind of array.
_TUPLE_str = _tuple_of(_str)
_TUPLE_Source = _tuple_of(strict_Source)
_TUPLE_Citation = _tuple_of(strict_Citation)
_TUPLE_Statement = _tuple_of(strict_Statement)
_TUPLE_Code = _tuple_of(strict_Code)
_TUPLE_Condition = _tuple_of(strict_Condition)
_TUPLE_Rate = _tuple_of(strict_Rate)
_TUPLE_Risk = _tuple_of(strict_Risk)
_TUPLE_AgeEffect = _tuple_of(strict_AgeEffect)
_TUPLE_Muscle = _tuple_of(_ENUM_Muscle.__getitem__)
_TUPLE_MovementPattern = _tuple_of(_ENUM_MovementPattern.__getitem__)
_TUPLE_HipPosition = _tuple_of(_ENUM_HipPosition.__getitem__)
_TUPLE_Approach = _tuple_of(_ENUM_Approach.__getitem__)
_TUPLE_Criterion = _tuple_of(strict_Criterion)
_TUPLE_Schedule = _tuple_of(strict_Schedule)
_TUPLE_Milestone = _tuple_of(strict_Milestone)
_TUPLE_Evidence = _tuple_of(strict_Evidence)
_TUPLE_Targets = _tuple_of(strict_Targets)
_TUPLE_Precaution = _tuple_of(strict_Precaution)
_TUPLE_RehabPhase = _tuple_of(strict_RehabPhase)
_TUPLE_Treatment = _tuple_of(strict_Treatment)
_TUPLE_Equipment = _tuple_of(_ENUM_Equipment.__getitem__)
_TUPLE_Exercise = _tuple_of(strict_Exercise)
_TUPLE_Progression = _tuple_of(strict_Progression)
_TUPLE_RedFlag = _tuple_of(_ENUM_RedFlag.__getitem__)
_TUPLE_RedFlagRule = _tuple_of(strict_RedFlagRule)
_TUPLE_RedFlagCombination = _tuple_of(strict_RedFlagCombination)
_TUPLE_LocalOverride = _tuple_of(strict_LocalOverride)
_TUPLE_QuestionnaireItem = _tuple_of(strict_QuestionnaireItem)
_TUPLE_Subscale = _tuple_of(strict_Subscale)
_TUPLE_ScoringRule = _tuple_of(strict_ScoringRule)
_TUPLE_ConversionRow = _tuple_of(strict_ConversionRow)
_TUPLE_ScoreThreshold = _tuple_of(strict_ScoreThreshold)
_TUPLE_Instrument = _tuple_of(strict_Instrument)


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
    _SET_Source_pmid(new, data.get("pmid"))
    _SET_Source_pmc(new, data.get("pmc"))
    _SET_Source_title_is_descriptive(new, data.get("title_is_descriptive", False))
    return new


def trusted_SourcesFile(data: Any) -> SourcesFile:
    new = _new(SourcesFile)
    _SET_SourcesFile_sources(new, tuple(map(trusted_Source, data["sources"])))
    return new


def trusted_Citation(data: Any) -> Citation:
    key = (data["source_id"], data.get("quote"), data.get("locator"))
    found = _SHARED_Citation.get(key)
    if found is None:
        found = _new(Citation)
        _SET_Citation_source_id(found, key[0])
        _SET_Citation_quote(found, key[1])
        _SET_Citation_locator(found, key[2])
        _SHARED_Citation[key] = found
    return found


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


def trusted_ConditionsFile(data: Any) -> ConditionsFile:
    new = _new(ConditionsFile)
    _SET_ConditionsFile_conditions(new, tuple(map(trusted_Condition, data["conditions"])))
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
    _SET_Exercise_codes(new, tuple(map(trusted_Code, data["codes"])) if "codes" in data else ())
    _SET_Exercise_weight_bearing(new, data.get("weight_bearing", True))
    _SET_Exercise_hip_positions(new, tuple(map(_ENUM_HipPosition.__getitem__, data["hip_positions"])) if "hip_positions" in data else (HipPosition.FLEXION_BEYOND_90, HipPosition.ADDUCTION_PAST_MIDLINE, HipPosition.INTERNAL_ROTATION))
    _SET_Exercise_hip_demands_citations(new, tuple(map(trusted_Citation, data["hip_demands_citations"])) if "hip_demands_citations" in data else ())
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
    _SET_Progression_athlete_only_ids(new, tuple(data["athlete_only_ids"]) if "athlete_only_ids" in data else ())
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


def trusted_InstrumentsFile(data: Any) -> InstrumentsFile:
    new = _new(InstrumentsFile)
    _SET_InstrumentsFile_instruments(new, tuple(map(trusted_Instrument, data["instruments"])))
    return new


#: Each data file's document, built with every check.
STRICT: dict[str, Callable[[Any], Any]] = {
    "index.json": strict_IndexFile,
    "sources.json": strict_SourcesFile,
    "conditions.json": strict_ConditionsFile,
    "risks.json": strict_RisksFile,
    "treatments.json": strict_TreatmentsFile,
    "exercises.json": strict_ExercisesFile,
    "progressions.json": strict_ProgressionsFile,
    "rules.json": strict_RuleSet,
    "instruments.json": strict_InstrumentsFile,
}


#: Each data file's document, built without validators (validated bytes only).
TRUSTED: dict[str, Callable[[Any], Any]] = {
    "index.json": trusted_IndexFile,
    "sources.json": trusted_SourcesFile,
    "conditions.json": trusted_ConditionsFile,
    "risks.json": trusted_RisksFile,
    "treatments.json": trusted_TreatmentsFile,
    "exercises.json": trusted_ExercisesFile,
    "progressions.json": trusted_ProgressionsFile,
    "rules.json": trusted_RuleSet,
    "instruments.json": trusted_InstrumentsFile,
}
