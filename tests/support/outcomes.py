"""Questionnaire scores for the outcome tests: every item of one scale given one answer."""

from __future__ import annotations

import hiptx

#: One answer to a questionnaire item, as an app gives it.
Answer = int | float | str | None


def scored(instrument_id: str, subscale_id: str, value: Answer) -> hiptx.QuestionnaireScore:
    """The bundled ``instrument_id`` scored with every item of ``subscale_id`` answered ``value``."""
    instrument = hiptx.load_catalog().instruments[instrument_id]
    item_ids = next(s for s in instrument.subscales if s.id == subscale_id).item_ids
    return hiptx.score_questionnaire(instrument_id, dict.fromkeys(item_ids, value))
