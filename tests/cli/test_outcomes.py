"""``hiptx score`` and ``hiptx list instruments``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.support.cli import Capture, run


def _answers(tmp_path: Path, data: object) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_list_instruments_shows_each_with_its_licence(capsys: Capture) -> None:
    code, out, err = run(capsys, "list", "instruments")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 2 + 10
    oxford = next(line for line in lines if line.startswith("oxford-hip-score"))
    assert "licence_required" in oxford
    code, out, _ = run(capsys, "--json", "list", "instruments")
    assert code == 0
    assert sorted(i["id"] for i in json.loads(out))[:2] == ["fjs-12", "hagos"]


def test_score_prints_a_table_and_the_reasons(capsys: Capture, tmp_path: Path) -> None:
    # HOOS-PS raw sum 1 + 2 + 0 + 4 + 3 = 10 -> 62.3 on the nomogram.
    answers = {"hoos-ps-1": 1, "hoos-ps-2": 2, "hoos-ps-3": 0, "hoos-ps-4": 4, "hoos-ps-5": 3}
    code, out, err = run(capsys, "score", "hoos-ps", "--answers", _answers(tmp_path, answers))
    assert (code, err) == (0, "")
    assert "hoos-ps  62.3   5 of 5 (needs 5)  0" in out
    assert "licence unknown" in out


def test_score_json_is_unrounded_and_reads_standard_input(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = {
        f"ihot-12-{i}": v
        for i, v in enumerate([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 100], 1)
    }
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(answers)))
    code, out, _ = run(capsys, "--json", "score", "ihot-12", "--answers", "-")
    assert code == 0
    data = json.loads(out)
    assert data["scores"] == {"ihot-12": 650 / 12}
    assert data["instrument_id"] == "ihot-12"


def test_score_takes_a_questionnaire_response(capsys: Capture, tmp_path: Path) -> None:
    response = {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "item": [{"linkId": f"nahs-{i}", "answer": [{"valueInteger": 2}]} for i in range(1, 21)],
    }
    code, out, _ = run(capsys, "--json", "score", "nahs", "--answers", _answers(tmp_path, response))
    assert code == 0
    assert json.loads(out)["scores"] == {"nahs": 50.0}


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("[1, 2]", "expected a JSON object"),
        ("{not json", "valid JSON"),
        ('{"hoos-ps-1": 7}', "from 0 to 4"),
        ('{"hagos-pain-1": 1}', "item of hagos"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_bad_answers_are_one_line_errors(
    capsys: Capture, tmp_path: Path, content: str | bytes, match: str
) -> None:
    path = tmp_path / "answers.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "score", "hoos-ps", "--answers", str(path))
    assert code == 1
    assert out == ""
    assert err.startswith("hiptx: error:") and match in err
    assert err.count("\n") == 1


def test_a_missing_file_and_a_missing_option(capsys: Capture, tmp_path: Path) -> None:
    code, _, err = run(capsys, "score", "hoos", "--answers", str(tmp_path / "none.json"))
    assert code == 1 and "a readable file" in err
    code, _, err = run(capsys, "score", "hoos")
    assert code == 2 and "--answers" in err
    code, _, err = run(capsys, "score", "no-such", "--answers", _answers(tmp_path, {}))
    assert code == 1 and "unknown instrument id" in err
