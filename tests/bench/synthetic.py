"""Synthetic briefings for the benchmark: content trees of any size, with realistic proportions.

Each meeting has 2 to 12 participants, 1 to 5 topics and 0 to 4 quotes; there is about one person
per two meetings, and organisations and topics run to a few hundred at 10,000 meetings. Every fact
rests on a sentence that the generator also writes into a source text, so the evidence check does
its full work: each source article tells about twenty meetings, as a desk's reports would.
The same seed always gives the same tree.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

try:  # the C emitter writes tens of thousands of small files in seconds, not minutes
    YAML_DUMPER = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    YAML_DUMPER = yaml.SafeDumper

MEETINGS_PER_SOURCE = 20
"""How many meetings one source article tells of."""
MEETINGS_PER_EVENT = 100
"""How many meetings take place within one event (a summit, a conference)."""

_FIRST = ("Ana", "Bram", "Carla", "Dario", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaja",
          "Lukas", "Maren", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tamar", "Ulla", "Viktor",
          "Wanda", "Xavier", "Yara", "Zoran", "Agnes", "Boris", "Cecile", "Dmitri", "Edda", "Felix",
          "Gala", "Henrik", "Ilse", "Jan", "Klara", "Leon", "Mira", "Otto")
_SYLLABLES = ("bar", "ven", "dor", "kal", "mir", "sto", "lun", "rak", "tes", "vol", "nor", "gri", "pel",
              "sun", "dal", "fen", "hol", "jor", "kes", "lam", "mar", "nes", "orv", "pra", "qua", "ros")
_ROLES = ("President", "Prime Minister", "Minister of Defence", "Foreign Minister", "Chancellor",
          "Secretary General", "Ambassador", "Chief of Defence")
_SUBJECTS = ("air defence", "energy security", "sanctions", "reconstruction", "drone production",
             "grain exports", "cyber defence", "demining", "training missions", "humanitarian aid",
             "border security", "artillery ammunition", "financial support", "shadow fleet",
             "naval security", "joint production", "air policing", "refugee support")
_OUTCOME_VERBS = {"asked": "asked for", "offered": "offered", "agreed": "agreed on", "thanked": "thanked partners for",
                  "discussed": "discussed"}
_PHRASES = ("we will not step back", "this support saves lives", "the work continues every day",
            "we stand together", "our partners keep their word", "every delay costs us", "this is only the start")


@dataclass(frozen=True)
class Sizes:
    """How many of each kind a tree of `meetings` meetings holds."""

    meetings: int
    people: int
    organisations: int
    topics: int
    events: int
    sources: int

    @classmethod
    def for_meetings(cls, meetings: int) -> Sizes:
        return cls(
            meetings=meetings,
            people=max(12, meetings // 2),
            organisations=max(10, meetings // 40),
            topics=max(10, meetings // 40),
            events=max(1, -(-meetings // MEETINGS_PER_EVENT)),
            sources=max(1, -(-meetings // MEETINGS_PER_SOURCE)),
        )


@dataclass
class Tree:
    """What was written, counted by kind."""

    root: Path
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def entities(self) -> int:
        return sum(self.counts.values())


def _word(n: int, length: int = 2) -> str:
    """A made-up word, different for every n below len(_SYLLABLES) ** length."""
    parts = []
    for _ in range(length):
        n, digit = divmod(n, len(_SYLLABLES))
        parts.append(_SYLLABLES[digit])
    return "".join(parts).capitalize()


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _evidence(source: str, excerpt: str) -> list[dict[str, str]]:
    return [{"source": source, "excerpt": excerpt}]


class _Writer:
    """Builds the entities and, sentence by sentence, the source texts they rest on."""

    def __init__(self, root: Path, sizes: Sizes, seed: int):
        self.root = root
        self.sizes = sizes
        self.random = random.Random(seed)
        self.texts: list[list[str]] = [[] for _ in range(sizes.sources)]
        self.counts: dict[str, int] = {}

    def sentence(self, source: int, text: str) -> str:
        """Put a sentence into a source's text; return the source id, for the excerpt."""
        self.texts[source].append(text)
        return f"report-{source + 1}"

    def write(self, kind: str, ident: str, data: dict[str, Any]) -> None:
        path = self.root / kind / f"{ident}.yaml"
        path.write_text(yaml.dump(data, Dumper=YAML_DUMPER, allow_unicode=True, sort_keys=False, width=100),
                        encoding="utf-8")
        self.counts[kind] = self.counts.get(kind, 0) + 1

    def run(self) -> None:
        s, rnd = self.sizes, self.random
        for kind in ("sources", "events", "meetings", "people", "organisations", "topics", "quotes", "statements"):
            (self.root / kind).mkdir(parents=True, exist_ok=True)

        orgs = [(f"{_word(i)}ia", _slug(f"{_word(i)}ia")) for i in range(s.organisations)]
        for i, (name, ident) in enumerate(orgs):
            src = i % s.sources
            excerpt = f"{name} is one of the countries taking part in the talks."
            self.write("organisations", ident, {"name": name, "type": "country",
                                                 "evidence": _evidence(self.sentence(src, excerpt), excerpt)})

        topics = [(f"{_SUBJECTS[i % len(_SUBJECTS)].capitalize()} in {_word(i, 3)}",) for i in range(s.topics)]
        topic_ids = []
        for i, (name,) in enumerate(topics):
            ident = _slug(name)
            topic_ids.append(ident)
            src = i % s.sources
            excerpt = f"The talks also covered {name.lower()}, which partners see as urgent."
            data: dict[str, Any] = {"name": name, "summary": f"{name}, as the reports describe it."}
            if i >= 10:  # a parent earlier in the list: a tree of topics, never a loop
                data["parent"] = topic_ids[rnd.randrange(i // 2)]
            data["aid_priority"] = "true" if i % 7 == 0 else "false"
            data["evidence"] = _evidence(self.sentence(src, excerpt), excerpt)
            self.write("topics", ident, data)

        people = []
        for i in range(s.people):
            name = f"{_FIRST[i % len(_FIRST)]} {_word(i // len(_FIRST), 3)}"
            ident = _slug(name)
            org = orgs[i % len(orgs)]
            role = _ROLES[i % len(_ROLES)]
            people.append((name, ident, org, role))
            src = i % s.sources
            excerpt = f"{name}, the {role} of {org[0]}, joined the talks."
            source_id = self.sentence(src, excerpt)
            self.write("people", ident, {
                "name": name,
                "roles": [{"title": role, "organisation": org[1], "evidence": _evidence(source_id, excerpt)}],
                "evidence": _evidence(source_id, excerpt)})

        start = date(2020, 1, 6)
        events = []
        for i in range(s.events):
            name = f"{_word(i + 7)} Security Conference {2020 + i // 12}"
            ident = _slug(name)
            src = (i * MEETINGS_PER_EVENT // MEETINGS_PER_SOURCE) % s.sources
            excerpt = f"The {name} opened in {_word(i + 3)} City on {(start + timedelta(days=i * 10)).isoformat()}."
            events.append(ident)
            self.write("events", ident, {
                "name": name, "location": f"{_word(i + 3)} City", "date": (start + timedelta(days=i * 10)).isoformat(),
                "organiser": orgs[i % len(orgs)][1],
                "summary": f"A security conference held in {_word(i + 3)} City.",
                "evidence": _evidence(self.sentence(src, excerpt), excerpt)})

        quote_count = statement_count = 0
        for m in range(s.meetings):
            src = m // MEETINGS_PER_SOURCE
            source_id = f"report-{src + 1}"
            when = (start + timedelta(days=(m // MEETINGS_PER_EVENT) * 10 + m % 3)).isoformat()
            group = rnd.sample(range(len(people)), rnd.randint(2, 12))
            host, guests = people[group[0]], [people[g] for g in group[1:]]
            subjects = rnd.sample(range(len(topics)), rnd.randint(1, 5))
            subject_names = [topics[t][0].lower() for t in subjects]
            ident = f"meeting-{m + 1}-{host[1]}"
            meeting_sentence = (f"On {when}, {host[0]} met {', '.join(g[0] for g in guests[:-1])}"
                                f"{' and ' if len(guests) > 1 else ''}{guests[-1][0]} to discuss "
                                f"{', '.join(subject_names)} (meeting {m + 1}).")
            self.sentence(src, meeting_sentence)
            outcomes = []
            for k in range(rnd.randint(0, 3)):
                kind = rnd.choice(list(_OUTCOME_VERBS))
                actor = people[rnd.choice(group)]
                t = rnd.choice(subjects)
                sentence = (f"At meeting {m + 1}, {actor[0]} {_OUTCOME_VERBS[kind]} "
                            f"{topics[t][0].lower()} (point {k + 1}).")
                self.sentence(src, sentence)
                outcomes.append({"kind": kind, "text": f"{actor[0]} {_OUTCOME_VERBS[kind]} {topics[t][0].lower()}.",
                                 "by": [actor[1]], "topics": [topic_ids[t]], "evidence": _evidence(source_id, sentence)})
            self.write("meetings", ident, {
                "title": f"{host[0]} meets {len(guests)} partner{'s' if len(guests) > 1 else ''} on {subject_names[0]}",
                "event": events[m // MEETINGS_PER_EVENT],
                "date": when,
                "summary": f"{host[0]} and partners discussed {', '.join(subject_names)}.",
                "participants": [{"person": p[1], "represents": [p[2][1]]} for p in [host, *guests]],
                "topics": [topic_ids[t] for t in subjects],
                "outcomes": outcomes,
                "evidence": _evidence(source_id, meeting_sentence)})
            for q in range(rnd.randint(0, 4)):
                speaker = people[rnd.choice(group)]
                words = f"On {subject_names[q % len(subject_names)]}, {rnd.choice(_PHRASES)}"
                sentence = f"\u201c{words},\u201d {speaker[0]} said after meeting {m + 1} (remark {q + 1})."
                self.sentence(src, sentence)
                quote_count += 1
                self.write("quotes", f"quote-{m + 1}-{q + 1}", {
                    "text": words, "speaker": speaker[1], "meeting": ident,
                    "topics": [topic_ids[subjects[q % len(subjects)]]],
                    "evidence": _evidence(source_id, sentence)})
            if m % 3 == 0:
                org = orgs[rnd.randrange(len(orgs))]
                sentence = f"After meeting {m + 1}, {org[0]} pledged further support on {subject_names[0]}."
                self.sentence(src, sentence)
                statement_count += 1
                self.write("statements", f"statement-{m + 1}", {
                    "text": f"{org[0]} pledged further support on {subject_names[0]}.", "by": org[1],
                    "about": [host[2][1]], "meeting": ident, "topics": [topic_ids[subjects[0]]],
                    "evidence": _evidence(source_id, sentence)})

        opening = "Leaders met through the season to coordinate their support."
        self.sentence(0, opening)
        for i, sentences in enumerate(self.texts):
            ident = f"report-{i + 1}"
            self.write("sources", ident, {"title": f"Desk report {i + 1}", "outlet": "Synthetic Desk",
                                          "published": (start + timedelta(days=i)).isoformat()})
            # One paragraph per few sentences, as an article would run.
            paragraphs = [" ".join(sentences[k:k + 4]) for k in range(0, len(sentences), 4)]
            (self.root / "sources" / f"{ident}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        (self.root / "briefing.yaml").write_text(yaml.dump({
            "title": f"A season of talks: {s.meetings:,} meetings",
            "event": events[0],
            "summary": {"text": "Leaders met through the season to coordinate their support.",
                        "evidence": _evidence("report-1", opening)},
            "key_facts": [{"text": "The talks covered many subjects.",
                           "evidence": _evidence("report-1", opening)}],
        }, Dumper=YAML_DUMPER, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")


def write_tree(root: Path, meetings: int, *, seed: int = 1) -> Tree:
    """Write a content tree of `meetings` meetings into `root` (which must not hold content yet)."""
    root.mkdir(parents=True, exist_ok=True)
    writer = _Writer(root, Sizes.for_meetings(meetings), seed)
    writer.run()
    return Tree(root, dict(writer.counts))
