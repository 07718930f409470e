"""The draft as files: one YAML file per proposal, in the folder of its kind, each with a comment
on why it was proposed; unsure fields left empty on a line marked REVIEW, which `factsheet
validate` reports until an editor fills them in."""
from __future__ import annotations

import json
from pathlib import Path

from generator.editing.draft.model import Commitment, Draft, Meeting, Person, Quote
from generator.editing.editor_schemas import schema_line
from generator.errors import FactsheetError, Problem

MENTIONS = "mentions.yaml"
"""The index of every proposal, known or new: for the reviewer; it never goes into content/."""
BRIEFING = "briefing.yaml"


def q(value: str) -> str:
    """A YAML scalar for any text: JSON strings are valid double-quoted YAML."""
    return json.dumps(value, ensure_ascii=False)


class _Writer:
    def __init__(self, draft: Draft, content_dir: Path):
        self.draft = draft
        self.content_dir = content_dir
        self.files: dict[str, str] = {}

    def evidence(self, excerpts: tuple[str, ...] | list[str], indent: str = "") -> list[str]:
        lines = [f"{indent}evidence:"]
        for excerpt in dict.fromkeys(excerpts):
            lines += [f"{indent}  - source: {self.draft.source}", f"{indent}    excerpt: {q(excerpt)}"]
        return lines

    def add(self, kind: str, ident: str, why: str, lines: list[str]) -> None:
        path = self.content_dir / kind / f"{ident}.yaml"
        head = [schema_line(self.content_dir, kind, path),
                f"# Drafted by `factsheet draft {self.draft.source}`: check it against the source, fill in each field "
                "marked for review, then `factsheet draft --accept` this file.",
                *(f"# Why: {part}" for part in why.split("\n") if part)]
        self.files[f"{kind}/{ident}.yaml"] = "\n".join([*head, *lines]) + "\n"


def draft_files(draft: Draft, content_dir: Path) -> dict[str, str]:
    """The draft as files, by path relative to a content folder."""
    out = _Writer(draft, content_dir)
    written_orgs = {o.id for o in draft.organisations}
    event = draft.event
    for org in draft.organisations:
        if not org.known:
            members = [f"members: [{', '.join(org.members)}]"] if org.members else []
            out.add("organisations", org.id, org.why, [f"name: {q(org.name)}", f"type: {org.type}", *members,
                                                        *out.evidence([org.excerpt])])
    for person in draft.people:
        if not person.known:
            out.add("people", person.id, person.why, _person(out, person, written_orgs))
    if event is not None and not event.known:
        date = [f"date: {q(event.date)}"] if event.date else []
        out.add("events", event.id, event.why, [f"name: {q(event.name)}", f"location: {q(event.location)}", *date,
                                                 *out.evidence([event.excerpt])])
    for topic in draft.topics:
        if not topic.known:
            out.add("topics", topic.id, "likely: the text raises it where it reports what was discussed",
                    [f"name: {q(topic.name)}", f"aid_priority: {'true' if topic.aid_priority else 'false'}",
                     *out.evidence([topic.excerpt])])
    for meeting in draft.meetings:
        if not meeting.existing:
            out.add("meetings", meeting.id, meeting.why, _meeting(out, meeting))
    for commitment in draft.commitments:
        out.add("commitments", commitment.id, commitment.why, _commitment(out, commitment))
    for quote in draft.quotes:
        if not quote.existing:
            out.add("quotes", quote.id, quote.why.replace("REVIEW: ", ""), _quote(out, quote))
    for statement in draft.statements:
        out.add("statements", statement.id, statement.why,
                [f"text: {q(statement.text)}", f"by: {statement.by}", *(["event: " + event.id] if event else []),
                 *out.evidence([statement.excerpt])])
    if draft.briefing is not None:
        b = draft.briefing
        lines = [schema_line(content_dir, "briefing", content_dir / BRIEFING),
                 f"# Drafted by `factsheet draft {draft.source}`: the first sentence as the summary, the meetings'",
                 "# and commitments' sentences as key facts. Rewrite them in the briefing's words.",
                 f"title: {q(b.title)}", *([f"event: {event.id}"] if event else []),
                 "summary:", f"  text: {q(b.summary)}", *out.evidence([b.summary_excerpt], "  ")]
        if b.key_facts:
            lines.append("key_facts:")
            for text, excerpt in b.key_facts:
                lines += [f"  - text: {q(text)}", *out.evidence([excerpt], "    ")]
        out.files[BRIEFING] = "\n".join(lines) + "\n"
    out.files[MENTIONS] = mentions_yaml(draft)
    return out.files


def _person(out: _Writer, person: Person, orgs: set[str]) -> list[str]:
    lines = [f"name: {q(person.name)}"]
    if person.title:
        lines += ["roles:", f"  - title: {q(person.title)}"]
        if person.organisation in orgs:
            lines.append(f"    organisation: {person.organisation}")
        lines += out.evidence([person.excerpt], "    ")
    return [*lines, *out.evidence([person.excerpt])]


def _meeting(out: _Writer, meeting: Meeting) -> list[str]:
    event = out.draft.event
    lines = [f"title: {q(meeting.title)}",
             f"event: {event.id}" if event else "event:  # REVIEW: the text names no event; give the event's id",
             "participants:"]
    for p in meeting.participants:
        lines.append(f"  - person: {p.person}" if p.person else f"  - organisation: {p.organisation}")
        if p.role:
            lines.append(f"    role: {q(p.role)}")
        if p.represents:
            lines.append(f"    represents: [{', '.join(p.represents)}]")
    if meeting.topics:
        lines.append(f"topics: [{', '.join(meeting.topics)}]")
    if meeting.outcomes:
        lines.append("outcomes:")
        for o in meeting.outcomes:
            lines += [f"  - kind: {o.kind}", f"    text: {q(o.text)}"]
            if o.by:
                lines.append(f"    by: [{', '.join(o.by)}]")
            if o.receivers:
                lines.append(f"    receivers: [{', '.join(o.receivers)}]")
            lines += out.evidence([o.excerpt], "    ")
    return [*lines, *out.evidence(meeting.excerpts)]


def _commitment(out: _Writer, c: Commitment) -> list[str]:
    event = out.draft.event
    receivers = f"receivers: [{', '.join(c.receivers)}]"
    if c.receiver_inferred:
        receivers += "  # likely: the clause names no receiver; this is the one the article's aid goes to"
    givers = f"givers: [{', '.join(c.givers)}]" if c.givers else "givers: []  # likely: the text names no one it asks"
    lines = [f"text: {q(c.text)}", givers, receivers, f"status: {c.status}"]
    if c.type:
        lines.append(f"type: {c.type}")
    lines.append("items:")
    for item in c.items:
        lines.append(f"  - name: {q(item.name)}")
        if item.quantity:
            lines.append(f"    quantity: {q(str(item.quantity))}")
        if item.category:
            lines.append(f"    category: {item.category}")
    if c.value:
        lines += ["value:", f"  amount: {q(c.value[0])}", f"  currency: {c.value[1]}"]
    if event:
        lines.append(f"event: {event.id}")
    if c.meeting:
        lines.append(f"meeting: {c.meeting}")
    if c.announced_by:
        lines.append(f"announced_by: {c.announced_by}")
    if c.channel:
        lines.append(f"channel: {q(c.channel)}")
    return [*lines, *out.evidence(c.excerpts)]


def _quote(out: _Writer, quote: Quote) -> list[str]:
    if quote.speaker:
        speaker = f"speaker: {quote.speaker}"
    elif quote.anonymous:
        speaker = "speaker:  # REVIEW: the text gives these words to someone it does not name: drop the quote or " \
                  "make it a statement"
    else:
        speaker = f"speaker:  # REVIEW: {quote.why.split('REVIEW: ')[-1]}; give the speaker's id"
    lines = [f"text: {q(quote.text)}", speaker]
    if quote.channel:
        lines.append(f"channel: {q(quote.channel)}")
    return [*lines, *out.evidence(quote.excerpts)]


def mentions_yaml(draft: Draft) -> str:
    lines = [f"# What `factsheet draft {draft.source}` proposes. known: true means content/ has that id already",
             "# and no file is written for it. This file is for the reviewer; it never goes into content/.",
             f"source: {draft.source}",
             f"event: {draft.event.id if draft.event else 'null'}",
             f"quotes: {len(draft.quotes)}", f"quotes_to_review: {len(draft.unresolved)}",
             f"quotes_already_in_content: {sum(1 for x in draft.quotes if x.existing)}",
             f"meetings: {len(draft.meetings)}", f"commitments: {len(draft.commitments)}"]
    for kind, items in (("people", draft.people), ("organisations", draft.organisations)):
        lines.append(f"{kind}:" if items else f"{kind}: []")
        for m in items:
            lines += [f"  - id: {m.id}", f"    name: {q(m.name)}", f"    known: {'true' if m.known else 'false'}"]
    return "\n".join(lines) + "\n"


def render_draft(files: dict[str, str]) -> str:
    """Every file of the draft, one after another, each under a line naming it."""
    return "\n".join(f"# ==> {path} <==\n{text}" for path, text in files.items())


def write_draft(files: dict[str, str], out_dir: Path, content_dir: Path) -> list[Path]:
    """Write the draft's files under `out_dir`, never into content/ and never over a file."""
    if out_dir.resolve().is_relative_to(content_dir.resolve()):
        raise FactsheetError([Problem(str(out_dir), message="the draft would be written into the content folder",
                                      hint="write it to a folder of its own, such as drafts/<source>/, then "
                                           "`factsheet draft --accept` each reviewed file")])
    clashes = [p for p in files if (out_dir / p).exists()]
    if clashes:
        raise FactsheetError([Problem(str(out_dir / p), message="exists already; the draft never overwrites a file",
                                      hint="choose an empty folder") for p in clashes])
    written = []
    for relative, text in files.items():
        path = out_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
        written.append(path)
    return written
