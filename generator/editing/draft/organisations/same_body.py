"""One body named in several ways: its country written two ways, a shorter or fuller name, a bare "Red Cross"."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import NOT_NAMES
from generator.editing.draft.organisations.lexicon import COUNTRY_NAME_OF, Candidate
from generator.editing.draft.text import Span


def one_body_by_its_country_forms(text: str,
                                   claimed: list[tuple[Span, Candidate, str]]) -> list[tuple[Span, Candidate, str]]:
    """"the United States Coast Guard" and "a US Coast Guard cutter": one body, its country written two ways;
    "the Fire Service of Chile" and "the Fire Service in Talca": one body, its country left off the second time
    (not "Peru's Fire Service", another country's)."""
    first: dict[str, Candidate] = {}
    merged = []
    for span, candidate, form in sorted(claimed, key=lambda c: c[0].start):
        words = candidate.name.split()
        prefix = next((n for n in range(len(words) - 1, 0, -1) if " ".join(words[:n]) in COUNTRY_NAME_OF), 0)
        suffix = re.search(r" of (?:the )?(?P<country>[A-Z][\w' -]+)$", candidate.name)
        if not candidate.key.startswith("new:"):
            pass
        elif suffix and suffix.group("country") in COUNTRY_NAME_OF:
            known = first.setdefault(candidate.name[:suffix.start()], candidate)
            if known is not candidate and len(known.name) < len(candidate.name):
                known.name = candidate.name  # the body's name in full, wherever the text gives it first
            candidate = known
        elif prefix:
            key = " ".join([COUNTRY_NAME_OF[" ".join(words[:prefix])], *words[prefix:]])
            candidate = first.setdefault(key, candidate)
        elif not _owned(text, span.start):
            candidate = first.setdefault(candidate.name, candidate)
        merged.append((span, candidate, form))
    return merged


def _owned(text: str, start: int) -> bool:
    """Whether the name at `start` follows a possessive or another name ("Peru's Fire Service", "Peru Fire
    Service"), which may make it another country's body."""
    before = re.search(r"(?:[’']s|\b(?P<word>[A-Z]\w+))\s+$", text[max(0, start - 30):start])
    return before is not None and before.group("word") not in NOT_NAMES


def fuller_names(text: str, claimed: list[tuple[Span, Candidate, str]]) -> list[tuple[Span, Candidate, str]]:
    """"Coastal Fund announces package ... the Coastal Fund for Development said": a body named first without
    the words its full name goes on with ("for ...", "of ..."), and "the Andean Bank Group" for "the Andean
    Bank": one body, by its full name."""
    bodies = {c.key: c for _, c, _ in claimed if c.type != "country"}
    remap: dict[str, Candidate] = {}
    for short in bodies.values():
        fuller = [b for b in bodies.values() if b.key.startswith("new:") and (
            (short.key.startswith("new:") and re.match(re.escape(short.name) + r" (?:for|of) ", b.name)) or
            (not short.key.startswith("new:") and short.type != "group" and b.name == f"{short.name} Group"))]
        owned = any(_owned(text, s.start) for s, c, _ in claimed if c is short)
        if len(fuller) == 1 and not owned:
            if short.key.startswith("new:"):
                remap[short.key] = fuller[0]
            else:
                remap[fuller[0].key] = short
    return [(s, remap.get(c.key, c), f) for s, c, f in claimed]


def shortened(claimed: list[tuple[Span, Candidate, str]]) -> list[tuple[Span, Candidate, str]]:
    """"the UN Security Council ... before the Security Council": the last words of one body's name, named
    again alone, are that body where no other body's name ends so ("the Peace and Security Council" does
    not: its last words are joined to "Peace")."""
    bodies = {c.key: c for _, c, _ in claimed if c.type != "country"}
    remap: dict[str, Candidate] = {}
    for short in (c for c in bodies.values() if c.key.startswith("new:") and len(c.name.split()) > 1):
        longer = [b for b in bodies.values() if b is not short and re.search(
            r"(?<!\band)(?<!\bof)(?<!\bfor)(?<!\bon) " + re.escape(short.name) + "$", b.name)]
        if len(longer) == 1:
            remap[short.key] = longer[0]
    return [(s, remap.get(c.key, c), f) for s, c, f in claimed]


def national_society(claimed: list[tuple[Span, Candidate, str]]) -> list[tuple[Span, Candidate, str]]:
    """"the Cambodian Red Cross ... Red Cross volunteers": a bare "Red Cross" is the one national society the
    text names, where it never names the International Committee of the Red Cross in full or as the ICRC."""
    societies = {c.key: c for _, c, _ in claimed if c.key.startswith("new:") and c.name.endswith(" Red Cross")}
    international = {c.key for _, c, f in claimed if f != "Red Cross" and c.name.startswith("International")}
    if len(societies) != 1 or international & {c.key for _, c, f in claimed if f == "Red Cross"}:
        return claimed
    society = next(iter(societies.values()))
    return [(s, society if f == "Red Cross" and c.key == "International Committee of the Red Cross" else c, f)
            for s, c, f in claimed]
