"""How problems are reported: for people, for GitHub pull requests, and for tools."""
from __future__ import annotations

import json

from click.testing import CliRunner

from generator.adapters.cli import cli
from generator.errors import FactsheetError, Problem, format_problems, github_annotation

PROBLEMS = [
    Problem("content/people/b.yaml", 3, 5, "roles[1].title", "is empty", "give it a value"),
    Problem("content/people/a.yaml", 9, 1, "name", "100% wrong,\nsecond line", "fix: it"),
    Problem("content/people/a.yaml", 2, 7, "", "duplicate key 'x'", "keep one"),
    Problem("content/meeting", message="unexpected folder", hint="did you mean 'meetings'?"),
]


def test_text_report_is_sorted_by_file_and_line_and_counted():
    error = FactsheetError(PROBLEMS)
    assert error.report().splitlines() == [
        "content/meeting: unexpected folder (hint: did you mean 'meetings'?)",
        "content/people/a.yaml:2:7: duplicate key 'x' (hint: keep one)",
        "content/people/a.yaml:9:1: name: 100% wrong,",
        "second line (hint: fix: it)",
        "content/people/b.yaml:3:5: roles[1].title: is empty (hint: give it a value)",
        "4 problems found in the content.",
    ]


def test_one_problem_is_counted_in_the_singular():
    assert FactsheetError(PROBLEMS[:1]).report().endswith("\n1 problem found in the content.")


def test_github_annotations_escape_what_would_break_the_command():
    assert github_annotation(PROBLEMS[1]) == (
        "::error file=content/people/a.yaml,line=9,col=1,title=name::100%25 wrong,%0Asecond line (hint: fix: it)")
    odd = Problem("content/a,b:c.yaml", 1, 2, "x", "m", "h")
    assert github_annotation(odd).startswith("::error file=content/a%2Cb%3Ac.yaml,line=1,col=2,title=x::")
    assert github_annotation(PROBLEMS[3]) == (
        "::error file=content/meeting,title=content::unexpected folder (hint: did you mean 'meetings'?)")


def test_json_report_has_every_field_of_every_problem():
    reported = json.loads(format_problems(sorted(PROBLEMS), "json"))
    assert reported[1] == {"path": "content/people/a.yaml", "line": 2, "column": 7, "field": "",
                           "message": "duplicate key 'x'", "hint": "keep one"}
    assert [r["path"] for r in reported] == sorted(p.path for p in PROBLEMS)


def test_validate_in_each_format_on_good_and_bad_content(make_content, tree):
    content = make_content(tree)
    runner = CliRunner()
    good = {fmt: runner.invoke(cli, ["validate", "--content", str(content), "--format", fmt])
            for fmt in ("text", "github", "json")}
    assert all(result.exit_code == 0 for result in good.values())
    assert "no problems" in good["text"].output and good["github"].output == ""
    assert json.loads(good["json"].output) == []

    tree["people/ana-souza.yaml"]["nmae"] = tree["people/ana-souza.yaml"].pop("name")
    tree["quotes/sea-lanes.yaml"]["speaker"] = "nobody"
    content = make_content(tree)
    bad = {fmt: runner.invoke(cli, ["validate", "--content", str(content), "--format", fmt])
           for fmt in ("text", "github", "json")}
    assert all(result.exit_code == 1 and "Traceback" not in result.output for result in bad.values())
    assert [p["field"] for p in json.loads(bad["json"].output)] == ["nmae", "speaker"]
    lines = bad["github"].output.splitlines()
    assert len(lines) == 2 and all(line.startswith("::error file=content/") and ",line=" in line for line in lines)
    assert "did you mean 'name'?" in bad["text"].output


def test_validate_a_missing_folder_is_a_clean_error(tmp_path):
    result = CliRunner().invoke(cli, ["validate", "--content", str(tmp_path / "nowhere")])
    assert result.exit_code == 1 and "the content folder does not exist (hint: run the command" in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
