"""Run the benchmark: end-to-end builds against plain-MkDocs floor builds of the same pages, in one run.

For each size, the runner writes a synthetic content tree, then builds it two ways, REPEAT times
each, every build in its own process:

1. end-to-end: `mkdocs build` of the content tree with the factsheet plugin;
2. the floor: plain MkDocs with the same theme and nav, building the very pages the generator
   produced, dumped to a docs folder as Markdown files, with the plugin off.

All the builds go into one queue, the sizes taking turns round by round and each size's two
builds queued together, the first of the two alternating. With two cores (`--jobs 2`, the default
where the machine has them) two builds run at a time, one per core, so whatever else the machine
does falls on both kinds alike; `--jobs 1` runs them one after the other. Medians are compared.
The peak resident memory of each build comes from os.wait4, which reports the rusage of that one
child.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import yaml

from tests.bench.draft import measure_draft, report_draft
from tests.bench.edit import EDITS, MEMORY_EDITS, EditResult, measure_edits
from tests.bench.synthetic import YAML_DUMPER, write_tree

REPO = Path(__file__).resolve().parents[2]
THEME = REPO / "theme"
SIZES = (1_000, 10_000)
REPEAT = 3
TARGETS = {"ratio": 1.2, "scaling": 1.25, "peak": 1024.0, "largest page": 200.0}
"""The targets: ratio and scaling at most these, peak resident memory in MiB and the largest HTML
page in KB at the largest size."""
EDIT_TARGETS = {1_000: 0.5, 10_000: 1.0}
"""Seconds from saving a meeting's title to the preview serving it, at most, by meetings."""
ERROR_TARGET = 1.0
"""Seconds from a broken save to the preview serving the error page, at most, at every size."""
START_TARGET = 1.05
"""The preview's first page, over a full build's time: no slower, within the noise of one run."""


@dataclass(frozen=True)
class Run:
    """One build in its own process."""

    seconds: float
    peak_mib: float


@dataclass(frozen=True)
class SizeResult:
    """Everything measured at one size."""

    meetings: int
    entities: int
    pages: int
    end_to_end: list[Run]
    floor: list[Run]
    validate_seconds: float
    search_index_bytes: int
    largest_page: tuple[int, str] = (0, "")
    """The size in bytes of the largest HTML page of the built site, and its path in the site."""

    @property
    def e2e_seconds(self) -> float:
        return statistics.median(r.seconds for r in self.end_to_end)

    @property
    def floor_seconds(self) -> float:
        return statistics.median(r.seconds for r in self.floor)

    @property
    def peak_mib(self) -> float:
        return max(r.peak_mib for r in self.end_to_end)

    @property
    def ratio(self) -> float:
        return self.e2e_seconds / self.floor_seconds


def _config(docs_dir: str, plugins: list, nav: list | None = None, omitted: str = "warn") -> dict:
    """The project's mkdocs.yml settings, pointed at the repository's theme."""
    with open(REPO / "mkdocs.yml", encoding="utf-8") as handle:
        config = yaml.safe_load(handle)
    config["docs_dir"] = docs_dir
    config["site_dir"] = "site"
    config["theme"]["custom_dir"] = str(THEME)
    config["plugins"] = plugins
    config["validation"]["nav"]["omitted_files"] = omitted
    if nav is not None:
        config["nav"] = nav
    return config


def _project_plugins() -> list:
    with open(REPO / "mkdocs.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)["plugins"]


@dataclass(frozen=True)
class Job:
    """One command to time, in its own process."""

    command: list[str]
    cwd: Path
    log: Path


def _timed(job: Job) -> Run:
    """Run a command in its own process; its wall time and its own peak resident memory."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1750000000", "PYTHONHASHSEED": "0"}
    with open(job.log, "w", encoding="utf-8") as out:
        started = time.perf_counter()
        process = subprocess.Popen(job.command, cwd=job.cwd, stdout=out, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"bench: {' '.join(job.command)} failed in {job.cwd}; see {job.log}:\n"
                         f"{job.log.read_text()[-3000:]}")
    return Run(seconds, usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux


def _together(jobs: list[Job], parallel: bool) -> list[Run]:
    """Run the jobs side by side (each timed from its own start to its own end), or one by one."""
    if not parallel:
        return [_timed(job) for job in jobs]
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:  # threads only wait on the children
        return list(pool.map(_timed, jobs))


def dump_pages(content: Path, docs: Path, nav_file: Path, extra_file: Path) -> int:
    """Write the pages the generator renders from `content` into `docs` as Markdown files.

    Each file carries, as front matter, the meta the plugin gives MkDocs (title, description,
    JSON-LD, last update), so that the floor build makes the same pages in the same shell; the data
    downloads are written too, since MkDocs copies them in both builds."""
    from generator.adapters.build_date import current_build_date
    from generator.pages.build import build_pages

    built = build_pages(content, THEME, build_date=current_build_date().iso)
    for page in built.pages:
        path = docs / page.uri
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = {"title": page.title, "description": page.description, "factsheet_kind": page.kind,
                "factsheet_jsonld": page.jsonld, "factsheet_updated": page.updated}
        front = yaml.dump(meta, Dumper=YAML_DUMPER, allow_unicode=True, width=1_000_000)
        path.write_text(f"---\n{front}---\n\n{page.html}", encoding="utf-8")
    for download in built.downloads:
        path = docs / download.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(download.content if isinstance(download.content, bytes) else download.content.encode())
    nav = [{title: uri} for title, uri in built.nav]
    nav_file.write_text(json.dumps(nav), encoding="utf-8")
    extra_file.write_text(json.dumps({"factsheet_downloads": [(d.path, d.group, d.label) for d in built.downloads],
                                      "factsheet_build_date": built.build_date}), encoding="utf-8")
    return len(built.pages)


@dataclass(frozen=True)
class Prepared:
    """One size, written and ready to build both ways."""

    meetings: int
    entities: int
    pages: int
    project: Path
    floor_dir: Path
    validate: Run


def prepare(meetings: int, workdir: Path, parallel: bool) -> Prepared:
    """Write one size's tree, time `factsheet validate` on it, and dump its pages for the floor."""
    project = workdir / f"meetings-{meetings}"
    shutil.rmtree(project, ignore_errors=True)
    print(f"bench: writing {meetings:,} meetings ...", flush=True)
    tree = write_tree(project / "content", meetings)
    python = sys.executable

    floor_dir = project / "floor"
    floor_dir.mkdir()
    nav_file, extra_file = project / "nav.json", project / "extra.json"
    validate, _ = _together([
        Job([python, "-m", "generator", "validate", "--content", "content"], project, project / "validate.log"),
        Job([python, "-m", "tests.bench.runner", "dump", str(project / "content"), str(floor_dir / "docs"),
             str(nav_file), str(extra_file)], REPO, project / "dump.log")], parallel)
    nav = json.loads(nav_file.read_text(encoding="utf-8"))
    floor_config = _config("docs", [], nav, omitted="ignore")
    floor_config["extra"] = {**floor_config.get("extra", {}), **json.loads(extra_file.read_text(encoding="utf-8"))}
    pages = sum(1 for _ in (floor_dir / "docs").rglob("*.md"))

    (project / "mkdocs.yml").write_text(yaml.safe_dump(_config("content", _project_plugins()), allow_unicode=True),
                                        encoding="utf-8")
    # The floor's item pages are in no nav, as in the plugin's build; plain MkDocs would say so at length.
    floor_plugins = [p for p in _project_plugins() if p != "factsheet" and not (isinstance(p, dict) and "factsheet" in p)]
    floor_config["plugins"] = floor_plugins
    (floor_dir / "mkdocs.yml").write_text(yaml.safe_dump(floor_config, allow_unicode=True), encoding="utf-8")
    return Prepared(meetings, tree.entities, pages, project, floor_dir, validate)


def measure(sizes: list[int], workdir: Path, repeat: int, parallel: bool) -> list[SizeResult]:
    """Prepare every size, then run all the builds from one queue, two at a time on two cores.

    The queue takes the sizes round by round, so that a machine growing slower or faster during
    the run weighs on every size alike (the scaling compares sizes), and within a round each size's
    end-to-end and floor builds are queued together, the first of the two alternating. Each build
    is timed from its own start to its own end; with two workers every build but the last runs
    beside another one, so the machine's load falls on both kinds alike."""
    prepared = [prepare(n, workdir, parallel) for n in sizes]
    build = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    queue: list[tuple[int, str, int, Job]] = []
    for n in range(repeat):
        for size in prepared:
            # Each build has a site folder of its own: two builds of one size may run at once.
            pair = [("e2e", Job([*build, "--site-dir", f"site-e2e-{n}"], size.project, size.project / f"e2e-{n}.log")),
                    ("floor", Job([*build, "--site-dir", f"site-floor-{n}"], size.floor_dir,
                                  size.floor_dir / f"floor-{n}.log"))]
            queue += [(size.meetings, kind, n, job) for kind, job in (pair[::-1] if n % 2 else pair)]
    runs: dict[tuple[int, str], list[Run]] = {(size.meetings, kind): [] for size in prepared for kind in ("e2e", "floor")}
    index_bytes: dict[int, int] = {}
    largest: dict[int, tuple[int, str]] = {}
    with ThreadPoolExecutor(max_workers=2 if parallel else 1) as pool:  # threads only wait on the children
        started = [(meetings, kind, n, job, pool.submit(_timed, job)) for meetings, kind, n, job in queue]
        for meetings, kind, n, job, future in started:
            run = future.result()
            runs[(meetings, kind)].append(run)
            site = job.cwd / job.command[-1]
            index = site / "search" / "search_index.json"
            if kind == "e2e" and index.exists():
                index_bytes[meetings] = index.stat().st_size
                largest[meetings] = largest_page(site)
            shutil.rmtree(site, ignore_errors=True)  # a 10,000-meeting site is over 500 MB
            print(f"bench: {meetings:,} meetings, {'end-to-end' if kind == 'e2e' else 'plain MkDocs'} "
                  f"{n + 1}/{repeat}: {run.seconds:.1f} s", flush=True)
    return [SizeResult(size.meetings, size.entities, size.pages, runs[(size.meetings, "e2e")],
                       runs[(size.meetings, "floor")], size.validate.seconds, index_bytes.get(size.meetings, 0),
                       largest.get(size.meetings, (0, "")))
            for size in prepared]


def largest_page(site: Path) -> tuple[int, str]:
    """The largest HTML page of a built site: its size in bytes and its path in the site."""
    return max((path.stat().st_size, path.relative_to(site).as_posix()) for path in site.rglob("*.html"))


def report(results: list[SizeResult]) -> tuple[list[str], dict[str, float]]:
    """The figures as lines of text, and the headline numbers."""
    small, large = results[0], results[-1]
    scaling = (large.e2e_seconds / large.pages) / (small.e2e_seconds / small.pages)
    lines = [f"{'meetings':>9} {'entities':>9} {'pages':>7} {'end-to-end s':>13} {'plain MkDocs s':>15} "
             f"{'ratio':>6} {'peak MiB':>9} {'validate ent/s':>15} {'search index MB':>16} {'largest page KB':>16}"]
    for r in results:
        lines.append(f"{r.meetings:>9,} {r.entities:>9,} {r.pages:>7,} {r.e2e_seconds:>13.1f} {r.floor_seconds:>15.1f} "
                     f"{r.ratio:>6.2f} {r.peak_mib:>9.0f} {r.entities / r.validate_seconds:>15,.0f} "
                     f"{r.search_index_bytes / 1e6:>16.1f} {r.largest_page[0] / 1000:>16.0f}")
        lines.append(f"largest page at {r.meetings:,} meetings: {r.largest_page[1]}")
    lines.append(f"scaling (per-page cost at {large.meetings:,} / at {small.meetings:,} meetings): {scaling:.2f}")
    headline = {"ratio": large.ratio, "scaling": scaling, "peak": large.peak_mib,
                "largest page": large.largest_page[0] / 1000}
    for name, value in headline.items():
        verdict = "met" if value <= TARGETS[name] else "MISSED"
        lines.append(f"target {name} <= {TARGETS[name]:g}: {value:.2f} ({verdict})")
    lines.append(f"bench: {large.pages} pages, end-to-end {large.e2e_seconds:.1f} s, plain MkDocs "
                 f"{large.floor_seconds:.1f} s, ratio {large.ratio:.2f}, scaling {scaling:.2f}, "
                 f"peak {large.peak_mib:.0f} MiB, largest page {large.largest_page[0] / 1000:.0f} KB")
    return lines, headline


def measure_preview(sizes: list[int], workdir: Path, edits: int) -> list[EditResult]:
    """The edit step: `mkdocs serve --dirty` on each size's tree, one size at a time (alone on the machine)."""
    results = []
    for meetings in sizes:
        print(f"bench: {meetings:,} meetings, the preview: {edits} edits and {edits} broken saves ...", flush=True)
        results.append(measure_edits(workdir / f"meetings-{meetings}", meetings, edits,
                                     memory_edits=MEMORY_EDITS if meetings == sizes[-1] else 0))
    return results


def report_edits(results: list[SizeResult], edits: list[EditResult]) -> tuple[list[str], bool]:
    """The edit lines, and whether every edit target is met."""
    lines, met = [], True
    for built, edit in zip(results, edits, strict=True):
        lines.append(f"edit: {edit.meetings} meetings, visible after {edit.visible_median:.2f} s "
                     f"(full build {built.e2e_seconds:.1f} s), error page after {edit.error_median:.2f} s")
        lines.append(f"preview start: {edit.meetings} meetings, first page after {edit.start:.1f} s "
                     f"(a full build started beside it {edit.beside:.1f} s)")
        visible_target = EDIT_TARGETS.get(edit.meetings)
        checks = [(f"edit visible at {edit.meetings:,} meetings", edit.visible_median, visible_target),
                  (f"error page at {edit.meetings:,} meetings", edit.error_median, ERROR_TARGET)]
        if edit.rss_mib:
            growth = edit.rss_mib[-1] - edit.rss_mib[min(4, len(edit.rss_mib) - 1)]
            lines.append(f"preview memory at {edit.meetings:,} meetings after {len(edit.rss_mib)} edits: "
                         f"{edit.rss_mib[-1]:.0f} MiB ({growth:+.0f} MiB since the 5th edit)")
            checks.append((f"preview memory at {edit.meetings:,} meetings", edit.rss_mib[-1], TARGETS["peak"]))
        # The first page served comes after the preview's first build, which builds the whole site as
        # `make site` does: it may not take longer than a full build run beside it (a twentieth allowed
        # for the noise between two processes).
        checks.append((f"first page of the preview at {edit.meetings:,} meetings, over a full build beside it",
                       edit.start / edit.beside, START_TARGET))
        for name, value, target in checks:
            if target is None:
                continue
            met = met and value <= target
            lines.append(f"target {name} <= {target:g}: {value:.2f} ({'met' if value <= target else 'MISSED'})")
    return lines, met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="meeting counts, smallest first")
    parser.add_argument("--repeat", type=int, default=REPEAT, help="builds of each kind per size (median taken)")
    parser.add_argument("--workdir", type=Path, default=None, help="keep the trees and sites here")
    parser.add_argument("--jobs", type=int, choices=(1, 2), default=2 if (os.cpu_count() or 1) >= 2 else 1,
                        help="2: two builds at a time, one per core; 1: one after the other")
    parser.add_argument("--edits", type=int, default=EDITS, help="title edits and broken saves per size in the preview "
                        "(medians taken; 0 skips the edit step)")
    parser.add_argument("--draft-only", action="store_true", help="run only the draft step")
    args = parser.parse_args(argv)
    if args.draft_only:
        draft_lines, draft_met = report_draft(measure_draft())
        print("\n".join(draft_lines))
        return 0 if draft_met else 1
    sizes = [int(s) for s in args.sizes.split(",")]
    if len(sizes) < 2:
        parser.error("give at least two sizes: the scaling compares the smallest and the largest")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="factsheet-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        started = time.perf_counter()
        print("bench: the draft, on the corpus's tune half ...", flush=True)
        draft = measure_draft()  # first, alone on the machine: an editor waits for it
        results = measure(sizes, workdir.resolve(), args.repeat, args.jobs == 2)
        edits = measure_preview(sizes, workdir.resolve(), args.edits) if args.edits else []
        took = time.perf_counter() - started
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    lines, headline = report(results)
    print(f"bench: measured in {took / 60:.1f} min, {'two builds at a time' if args.jobs == 2 else 'one build at a time'}, "
          f"on {os.cpu_count()} cores")
    print("\n".join(lines))
    draft_lines, draft_met = report_draft(draft)
    print("\n".join(draft_lines))
    edits_met = True
    if edits:
        edit_lines, edits_met = report_edits(results, edits)
        print("\n".join(edit_lines))
    return 0 if all(headline[k] <= TARGETS[k] for k in TARGETS) and edits_met and draft_met else 1


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "dump":  # the floor's pages, written in a process of their own
        dump_pages(*(Path(a) for a in sys.argv[2:6]))
    else:
        sys.exit(main())
