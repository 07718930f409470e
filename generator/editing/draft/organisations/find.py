"""find_organisations: every body the readers find, claimed once per span, merged into one per body, named and
given an id; a country's name that is a place or a person's name is left out, and a group's members are read after it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.content.ids import slug, unique
from generator.editing.draft.gazetteer import CAPITALS, ENTRIES, NOT_NAMES, OWN_SHORT_NAMES, Entry
from generator.editing.draft.known import Known
from generator.editing.draft.model import LIKELY, SURE, Organisation
from generator.editing.draft.organisations.clinics import clinics
from generator.editing.draft.organisations.companies import companies, subsidiaries
from generator.editing.draft.organisations.governments import capitals, capitals_alone, initialled_governments
from generator.editing.draft.organisations.issuers import release_issuers
from generator.editing.draft.organisations.lexicon import (
    CITY_STATES,
    COUNTRY_FORMS,
    SHORT_WORDS,
    Candidate,
    plain_word,
    whole_word,
)
from generator.editing.draft.organisations.outlets import outlets
from generator.editing.draft.organisations.references import (
    abbreviated,
    by_initials,
    kind_references,
    short_names,
    short_references,
    union_bodies,
)
from generator.editing.draft.organisations.runs import OF_COUNTRY, patterns
from generator.editing.draft.organisations.same_body import (
    fuller_names,
    national_society,
    one_body_by_its_country_forms,
    shortened,
)
from generator.editing.draft.text import Article, Span, fold

_GEOGRAPHY = re.compile(r"\s+(?:Sea|Ocean|region|coast|waters|rim|Peninsula|War)\b")
"""'the Baltic Sea region', 'the Black Sea coast': a place, not the states or group the adjective names; 'veterans
of the Korean War': a war of the past, named for where it was fought."""
_GROUP_ADJECTIVES = frozenset({"Nordic", "Baltic"})
_MEMBERS = re.compile(r"\s+(?:and\s+Baltic\s+|and\s+Nordic\s+)?(?:countries|states|nations|governments|leaders|"
                      r"ministers|allies|neighbou?rs|partners|members|capitals|counterparts|peers)\b")
"""A group's adjective names the group only when it qualifies its members ("Nordic leaders", "Nordic and
Baltic states"); "a Nordic diplomat" or "Baltic security" is no party."""

_LIST_ITEM_GAP = re.compile(r"^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")


@dataclass(frozen=True)
class OrganisationMentions:
    """Every organisation proposed, and every place the text names one."""

    organisations: list[Organisation]
    mentions: list[tuple[Span, str]]
    """(where, id), in the order of the text; mentions inside quotations included."""

    def at(self, span: Span) -> list[tuple[Span, str]]:
        return [m for m in self.mentions if m[0].within(span)]


def find_organisations(article: Article, known: Known, used: set[str]) -> OrganisationMentions:
    forms: dict[str, Candidate] = {}
    by_fold = {fold(n): k for k in known.organisations for n in k.names}
    for entry in ENTRIES:
        hit = next((by_fold[fold(f)] for f in entry.forms if fold(f) in by_fold), None)
        candidate = Candidate(entry.name, hit.name if hit else entry.name, hit.type or entry.type if hit else entry.type,
                               hit.id if hit else "")
        for form in entry.forms:
            forms.setdefault(form, candidate)
    for k in known.organisations:
        candidate = next((c for c in forms.values() if c.known_id == k.id), None) or \
            Candidate("known:" + k.id, k.name, k.type or "organisation", k.id)
        for name in k.names:
            forms.setdefault(name, candidate)
            first = name.split()[0]
            if len(name.split()) > 1 and re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", first):
                forms.setdefault(first, candidate)  # "E5" for "E5 group"
    text = article.plain
    found: list[tuple[Span, Candidate, str]] = []
    for form, candidate in forms.items():
        if form not in text:
            continue
        for match in whole_word(form).finditer(text):
            if _GEOGRAPHY.match(text, match.end()) or (form in _GROUP_ADJECTIVES and not _MEMBERS.match(
                    text, match.end())) or (form in CITY_STATES and re.search(
                    r"\b(?:in|at)\s+$", text[max(0, match.start() - 4):match.start()]) and not re.match(
                    r"[’']s\s", text[match.end():])) or (candidate.type == "country" and (
                    _in_region_list(text, match) or _in_person_name(text, match) or
                    (f"{form} City" in CAPITALS and text.startswith(" City", match.end())))):
                continue
            of_country = OF_COUNTRY.match(text, match.end()) if candidate.type == "organisation" and \
                not candidate.key.startswith("known:") else None
            if of_country:
                # "Naftogaz of Ukraine": a company the draft knows, by the full name the text gives it
                full = form + " " + " ".join(of_country.group().split())
                found.append((Span(match.start(), of_country.end()), candidate, full))
                continue
            found.append((Span(match.start(), match.end()), candidate, form))
    found += short_names(text, forms)
    found += patterns(text, forms)
    found += outlets(text, article.body_start, forms)
    found += companies(text, forms)
    found += clinics(text, forms)
    found += initialled_governments(text, forms)
    found += subsidiaries(text, forms)
    issuers = release_issuers(article, forms)
    found += issuers
    issued = {i[0] for i in issuers}
    claimed: list[tuple[Span, Candidate, str]] = []
    for span, candidate, form in sorted(found, key=lambda f: (-(f[0].end - f[0].start), f[0].start)):
        if (span.start < article.body_start and span not in issued) or any(span.overlaps(c[0]) for c in claimed):
            continue
        claimed.append((span, candidate, form))
    claimed = shortened(national_society(fuller_names(text, one_body_by_its_country_forms(text, claimed))))
    claimed = abbreviated(text, article.body_start, claimed, forms)
    claimed = by_initials(text, article.body_start, claimed, forms)
    claimed += short_references(text, article.body_start, claimed)
    claimed += union_bodies(text, article.body_start, claimed, forms)
    claimed += capitals_alone(article, claimed, forms)
    claimed = kind_references(article, claimed)
    claimed.sort(key=lambda c: c[0].start)
    entries = {e.name: e for e in ENTRIES}
    ids: dict[str, str] = {}
    proposals: dict[str, Organisation] = {}
    seen_forms: dict[str, list[str]] = {}
    for _, candidate, form in claimed:
        seen_forms.setdefault(candidate.key, []).append(form)
    mentions: list[tuple[Span, str]] = []
    for span, candidate, form in claimed:
        if candidate.key not in ids:
            name = candidate.name if candidate.known_id else _name(candidate, seen_forms[candidate.key], entries)
            ident = candidate.known_id or unique(slug(name) or "organisation", used)
            used.add(ident)
            ids[candidate.key] = ident
            sentence = article.sentences[article.sentence_index(span.start)]
            why = (f"{SURE}: {form!r} is {name}, a {candidate.type} the draft knows by name"
                   if candidate.key in entries or candidate.known_id else
                   f"{LIKELY}: a capitalised name that reads as an organisation's")
            proposals[ident] = Organisation(ident, name, candidate.type, bool(candidate.known_id),
                                            article.excerpt(sentence),
                                            tuple(dict.fromkeys(seen_forms[candidate.key])), why=why)
        mentions.append((span, ids[candidate.key]))
    mentions = sorted(mentions + capitals(article, mentions, proposals), key=lambda m: m[0].start)
    members = _members(text, mentions, proposals)
    organisations = [Organisation(o.id, o.name, o.type, o.known, o.excerpt, o.forms, tuple(members.get(o.id, ())),
                                  o.why, tuple(s for s, i in mentions if i == o.id)) for o in proposals.values()]
    return OrganisationMentions(organisations, mentions)


_REGION_LIST_AFTER = re.compile(r"(?:,\s+[A-Z][\w-]+)*,?\s+and\s+(?P<last>[A-Z][\w-]+)\s+(?:regions|provinces)\b")
_REGION_LIST_BEFORE = re.compile(r"\b(?P<other>[A-Z][\w-]+),?\s+(?:and\s+)?$")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Mx)\.?\s+$")
_NAME_WORD = re.compile(r"[A-Z][a-zà-öø-ÿ’'-]+")


def _in_region_list(text: str, match: re.Match[str]) -> bool:
    """"the Somali, Oromia and Afar regions": a region of another state that bears a country's name, listed
    with other regions; a list of countries ("the Kenyan and Ugandan provinces") still names its states."""
    after = _REGION_LIST_AFTER.match(text, match.end())
    if after:
        return after.group("last") not in COUNTRY_FORMS
    if not re.match(r"\s+(?:regions|provinces)\b", text[match.end():]):
        return False
    before = _REGION_LIST_BEFORE.search(text, max(0, match.start() - 40), match.start())
    return before is not None and before.group("other") not in COUNTRY_FORMS and before.group("other") not in NOT_NAMES


def _in_person_name(text: str, match: re.Match[str]) -> bool:
    """"Mr. Montenegro Aguirre", "Rafael Montenegro Aguirre": a surname spelt as a country's name, between a
    given name (or an honorific) and a second surname."""
    after = re.match(r"\s+(?P<word>[A-Z][\w’'-]+)", text[match.end():])
    if not after or not _NAME_WORD.fullmatch(after.group("word")) or plain_word(after.group("word")):
        return False
    if _HONORIFIC_BEFORE.search(text, max(0, match.start() - 6), match.start()):
        return True
    before = re.search(r"(?<![\w’'-])(?P<word>[A-Z][\w’'-]+)\s+$", text[max(0, match.start() - 30):match.start()])
    return before is not None and bool(_NAME_WORD.fullmatch(before.group("word"))) and \
        not plain_word(before.group("word"))


def _name(candidate: Candidate, seen: list[str], entries: dict[str, Entry]) -> str:
    """A country by its short English name; an organisation as the text gives it in full."""
    entry = entries.get(candidate.key)
    if entry is not None and entry.type == "country" and candidate.name not in seen:
        # "Czechia", "Türkiye", "Timor-Leste": a country's own short name, as the text writes it
        # "Democratic Republic of Congo": the gazetteer's name without its "the", as the text writes it
        own = [f for f in seen if f in OWN_SHORT_NAMES or f == candidate.name.replace(" the ", " ")]
        if own:
            return own[0]
    if entry is None or entry.type == "country" or candidate.name in seen:
        return candidate.name
    written = [f for f in seen if f not in entry.adjectives]
    if written and all(re.fullmatch(r"[A-Z0-9.-]+", f) for f in written):
        return max(written, key=len)  # only "G7" in the text: the text's name for it
    if written and set(written) == {written[0]} and written[0] in SHORT_WORDS and candidate.name.endswith(" " + written[0]):
        return candidate.name  # only "the Commission" for the European Commission: a short reference, no name
    full = [f for f in written if not re.fullmatch(r"[A-Z0-9.-]+", f)]
    if full:
        # "Ukraine Defence Contact Group", "Congress": an organisation as the text gives it in full
        return max(full, key=len)
    return candidate.name


def _members(text: str, mentions: list[tuple[Span, str]], proposals: dict[str, Organisation]) -> dict[str, list[str]]:
    """A group followed by a list of countries between dashes: "the E5 group — Germany, France ... —"."""
    members: dict[str, list[str]] = {}
    for index, (span, ident) in enumerate(mentions):
        if proposals[ident].type != "group":
            continue
        opening = re.match(r"\s*(?:countries|states|nations|group|leaders)?\s*[—–-]\s*", text[span.end:span.end + 40])
        if not opening:
            continue
        listed: list[str] = []
        position = span.end + opening.end()
        for next_span, next_id in mentions[index + 1:]:
            gap = text[position:next_span.start]
            if (listed and not _LIST_ITEM_GAP.match(gap)) or (not listed and gap.strip() not in ("", "the")):
                break
            if proposals[next_id].type != "country":
                break
            listed.append(next_id)
            position = next_span.end
        if len(listed) >= 2 and re.match(r"\s*[—–-]", text[position:position + 3]):
            members[ident] = listed
    return members
