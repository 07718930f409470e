"""Countries, organisations and groups: every form the text uses for each (name, abbreviation,
adjective, plural), matched to the ids content/ has already, and the members it lists for a group."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from generator.content.ids import slug, unique
from generator.editing.draft.gazetteer import (
    CAPITALS,
    COMPANY_WORDS,
    ENTRIES,
    NEWS_AGENCIES,
    NOT_NAMES,
    ORGANISATION_WORDS,
    OWN_SHORT_NAMES,
    SPEECH_VERBS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    Entry,
)
from generator.editing.draft.known import Known
from generator.editing.draft.model import LIKELY, SURE, Organisation
from generator.editing.draft.text import Article, Span, fold

_CAPITALISED = r"[A-Z][\w'’]*(?:-[A-Z0-9][\w'’]*)*"
"""A capitalised word, with its hyphened parts: "Nordic-Baltic", "F-16"."""
_RUN = re.compile(rf"(?:(?:[A-Z]\.){{2,}}[ ]+)?{_CAPITALISED}(?:[ ]+(?:(?:of|on|for)[ ]+(?:the[ ]+)?|and[ ]+)?{_CAPITALISED})*")
"""Capitalised words that may be an organisation's name, with an abbreviation such as "U.S." first."""
_PLACE_ADJECTIVES = frozenset({"European", "Western", "Eastern", "Northern", "Southern", "Central", "Africa", "Asia",
                               "Pacific", "Atlantic", "Caribbean", "Americas", "Sahel", "Balkans", "Arctic", "Oceania",
                               "Indo-Pacific"})
"""Words no person's name starts with, that an organisation's may: "European F-16 Training Centre"."""
_NUMBERED_GROUP = re.compile(r"\b(?P<short>[A-Z]{1,2}\d{1,2})[ ]+group\b")
_GEOGRAPHY = re.compile(r"\s+(?:Sea|Ocean|region|coast|waters|rim|Peninsula|War)\b")
"""'the Baltic Sea region', 'the Black Sea coast': a place, not the states or group the adjective names; 'veterans
of the Korean War': a war of the past, named for where it was fought."""
_GROUP_ADJECTIVES = frozenset({"Nordic", "Baltic"})
_MEMBERS = re.compile(r"\s+(?:and\s+Baltic\s+|and\s+Nordic\s+)?(?:countries|states|nations|governments|leaders|"
                      r"ministers|allies|neighbou?rs|partners|members|capitals|counterparts|peers)\b")
"""A group's adjective names the group only when it qualifies its members ("Nordic leaders", "Nordic and
Baltic states"); "a Nordic diplomat" or "Baltic security" is no party."""
_CITY_STATES = frozenset({"Luxembourg", "Monaco", "Singapore", "Kuwait", "Djibouti", "San Marino", "Andorra"})
"""Countries whose capital has their name: "ministers met in Luxembourg" names the city, not a party."""
_COUNTRY_FORMS = frozenset(f for e in ENTRIES if e.type == "country" for f in e.forms) | frozenset(CAPITALS)
_LIST_ITEM_GAP = re.compile(r"^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")


@dataclass
class _Candidate:
    key: str
    name: str
    type: str
    known_id: str = ""
    abbreviation_only: bool = True


@dataclass(frozen=True)
class OrganisationMentions:
    """Every organisation proposed, and every place the text names one."""

    organisations: list[Organisation]
    mentions: list[tuple[Span, str]]
    """(where, id), in the order of the text; mentions inside quotations included."""

    def at(self, span: Span) -> list[tuple[Span, str]]:
        return [m for m in self.mentions if m[0].within(span)]


def find_organisations(article: Article, known: Known, used: set[str]) -> OrganisationMentions:
    forms: dict[str, _Candidate] = {}
    by_fold = {fold(n): k for k in known.organisations for n in k.names}
    for entry in ENTRIES:
        hit = next((by_fold[fold(f)] for f in entry.forms if fold(f) in by_fold), None)
        candidate = _Candidate(entry.name, hit.name if hit else entry.name, hit.type or entry.type if hit else entry.type,
                               hit.id if hit else "")
        for form in entry.forms:
            forms.setdefault(form, candidate)
    for k in known.organisations:
        candidate = next((c for c in forms.values() if c.known_id == k.id), None) or \
            _Candidate("known:" + k.id, k.name, k.type or "organisation", k.id)
        for name in k.names:
            forms.setdefault(name, candidate)
            first = name.split()[0]
            if len(name.split()) > 1 and re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", first):
                forms.setdefault(first, candidate)  # "E5" for "E5 group"
    text = article.plain
    found: list[tuple[Span, _Candidate, str]] = []
    for form, candidate in forms.items():
        if form not in text:
            continue
        for match in _whole_word(form).finditer(text):
            if _GEOGRAPHY.match(text, match.end()) or (form in _GROUP_ADJECTIVES and not _MEMBERS.match(
                    text, match.end())) or (form in _CITY_STATES and re.search(
                    r"\b(?:in|at)\s+$", text[max(0, match.start() - 4):match.start()]) and not re.match(
                    r"[’']s\s", text[match.end():])) or (candidate.type == "country" and (
                    _in_region_list(text, match) or _in_person_name(text, match) or
                    (f"{form} City" in CAPITALS and text.startswith(" City", match.end())))):
                continue
            of_country = _OF_COUNTRY.match(text, match.end()) if candidate.type == "organisation" and \
                not candidate.key.startswith("known:") else None
            if of_country:
                # "Naftogaz of Ukraine": a company the draft knows, by the full name the text gives it
                full = form + " " + " ".join(of_country.group().split())
                found.append((Span(match.start(), of_country.end()), candidate, full))
                continue
            found.append((Span(match.start(), match.end()), candidate, form))
    found += _short_names(text, forms)
    found += _patterns(text, forms)
    found += _outlets(text, article.body_start, forms)
    found += _companies(text, forms)
    found += _clinics(text, forms)
    found += _initialled_governments(text, forms)
    found += _subsidiaries(text, forms)
    issuers = _issuers(article, forms)
    found += issuers
    issued = {i[0] for i in issuers}
    claimed: list[tuple[Span, _Candidate, str]] = []
    for span, candidate, form in sorted(found, key=lambda f: (-(f[0].end - f[0].start), f[0].start)):
        if (span.start < article.body_start and span not in issued) or any(span.overlaps(c[0]) for c in claimed):
            continue
        claimed.append((span, candidate, form))
    claimed = _shortened(_national_society(_fuller_names(text, _one_body_by_its_country_forms(text, claimed))))
    claimed = _abbreviated(text, article.body_start, claimed, forms)
    claimed = _initials(text, article.body_start, claimed, forms)
    claimed += _short_references(text, article.body_start, claimed)
    claimed += _union_bodies(text, article.body_start, claimed, forms)
    claimed += _capitals_alone(article, claimed, forms)
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
    mentions = sorted(mentions + _capitals(article, mentions, proposals), key=lambda m: m[0].start)
    members = _members(text, mentions, proposals)
    organisations = [Organisation(o.id, o.name, o.type, o.known, o.excerpt, o.forms, tuple(members.get(o.id, ())),
                                  o.why, tuple(s for s, i in mentions if i == o.id)) for o in proposals.values()]
    return OrganisationMentions(organisations, mentions)


_OUTLET_RUN = rf"{_CAPITALISED}(?:[ ]+(?:and[ ]+|of[ ]+)?{_CAPITALISED}){{0,3}}"
_OUTLET_AFTER_NOUN = re.compile(r"\b(?:newspaper|magazine|weekly|broadcaster|(?<=the )daily|radio[ ]+station|"
                                r"television[ ]+channel|TV[ ]+channel)[ ]+(?P<name>" + _OUTLET_RUN + ")")
"""A paper or a broadcaster named after the noun that says what it is: "a report in the newspaper Kathimerini",
"Swedish public broadcaster SVT". Not a news agency that only reports: "the state news agency ANDINA reported"."""
_OUTLET_TOLD = re.compile(r"\b(?:told|telling|tells|[Ii]n[ ]+an[ ]+interview[ ]+with|[Ss]peaking[ ]+to|quoted[ ]+by)[ ]+"
                          r"(?:the[ ]+)?(?P<name>" + _OUTLET_RUN + ")")
_OUTLET_CREDIT = re.compile(r"\b(?:Reporting[ ]+by[ ]+(?P<staff>" + _OUTLET_RUN + r")[ ]+staff\b|"
                            r"(?P<writer>" + _OUTLET_RUN + r")[ ]+(?:writer|reporter|correspondent)s?[ ]+"
                            r"(?:[A-Z][\w’'-]+[ ]+){1,3}(?:in[ ]+[A-Z][\w’'-]+[ ]+)?contributed\b)")
"""A wire's credit line at a report's end: "Reporting by Reuters staff in Lima", "Associated Press writer Ana Ruiz in
Quito contributed to this report"."""
_OUTLET_LAST = frozenset({"News", "Times", "Post", "Tribune", "Herald", "Gazette", "Telegraph", "Monitor", "Observer",
                          "Journal", "Express", "Chronicle", "Inquirer", "Independent", "Guardian", "Mail", "Mirror",
                          "Standard", "Broadcasting", "Radio", "Television", "TV"})
"""Last words of a paper's or a broadcaster's name: "Sky News", "the Kyiv Post", "the Irish Independent"."""
_OUTLET_FIRST = frozenset({"Radio", "Television", "Deutsche", "Der", "Die", "Das", "Le", "La", "El", "Il"})
"""First words of a broadcaster's or a paper's name: "Radio Okapi", "Deutsche Welle", "Le Monde", "El País"."""


def _outlets(text: str, body_start: int, forms: dict[str, _Candidate]) -> list[tuple[Span, _Candidate, str]]:
    """The papers, broadcasters and agencies a report names as what it is, as who was told the news, or in its credit
    line: the text's own account of who spoke to whom ("the minister told the Kyiv Post", "told Reuters", "the
    newspaper Le Monde reported", "Reporting by Reuters staff"). An agency named only in a dateline ("LIMA (Reuters)
    -") reports the news and is none of it; so is a name that is no paper's after "told" ("told Ana Ruiz")."""
    found: list[tuple[Span, _Candidate, str]] = []
    named = [(m, m.group("name")) for m in _OUTLET_AFTER_NOUN.finditer(text, body_start)]
    named += [(m, m.group("name")) for m in _OUTLET_TOLD.finditer(text, body_start)
              if m.group("name") in NEWS_AGENCIES or m.group("name").split()[-1] in _OUTLET_LAST or
              (m.group("name").split()[0] in _OUTLET_FIRST and len(m.group("name").split()) > 1)]
    named += [(m, m.group("staff") or m.group("writer")) for m in _OUTLET_CREDIT.finditer(text, body_start)
              if (m.group("staff") or m.group("writer")) in NEWS_AGENCIES]
    for match, name in named:
        if name in _COUNTRY_FORMS or name in NOT_NAMES:
            continue
        start = match.start("name") if "name" in match.groupdict() and match.group("name") else \
            match.start("staff") if match.group("staff") else match.start("writer")
        candidate = forms.get(name) or _Candidate("new:" + name, name, "organisation")
        forms.setdefault(name, candidate)
        found.append((Span(start, start + len(name)), candidate, name))
    return found


_SUBSIDIARY = re.compile(r"[ ](?P<own>[A-Z][a-zà-öø-ÿ]+)(?![\w’'-]|\s+[A-Z])")


def _subsidiaries(text: str, forms: dict[str, _Candidate]) -> list[tuple[Span, _Candidate, str]]:
    """"BAE Systems Hägglunds in Örnsköldsvik": a company the draft knows, whose name ends in a company's word, then
    one word of a name of its own, is its subsidiary; not a place, a title or a person's name that follows it
    ("Diehl Defence Chief Executive Anna Roth", "BAE Systems Australia")."""
    found: list[tuple[Span, _Candidate, str]] = []
    for form, candidate in list(forms.items()):
        if candidate.type != "organisation" or form.split()[-1] not in COMPANY_WORDS or len(form.split()) < 2 or \
                form not in text:
            continue
        for match in _whole_word(form).finditer(text):
            own = _SUBSIDIARY.match(text, match.end())
            word = own.group("own") if own else ""
            if not own or _plain_word(word) or word in CAPITALS or word.lower() in _MINOR_WORDS:
                continue
            name = f"{form} {word}"
            subsidiary = forms.setdefault(name, _Candidate("new:" + name, name, "organisation"))
            found.append((Span(match.start(), own.end()), subsidiary, name))
    return found


_RELEASE_LABEL = r"(?:(?:Press|News|Media)[ \t]+(?:release|statement|item)|News)"
_ISSUER_LINE = re.compile(r"^[ \t]*(?:" + _RELEASE_LABEL + r"[ \t]+[-–—|][ \t]+)?"
                          r"(?P<from>(?:From|Issued\s+by):[ \t]*)?(?P<name>[^\n|,–—()]+?)(?:[ \t]+\([A-Z][A-Za-z]{1,9}\))?"
                          r"(?:[ \t]+[-–—|][ \t]+" + _RELEASE_LABEL + r"|"
                          r",[ \t]+(?:Republic|Kingdom|Government|State)[ \t]+of[ \t][^\n]+)?"
                          r"(?:[ \t]+\|[ \t]+No\.?[ \t]*[\w/.-]+)?[ \t]*$", re.MULTILINE | re.IGNORECASE)
"""A release's issuer line, with the label and the number the release carries around the body's name: "European
Commission - Press release", "Press release | Ministry of Trade | No. 12/27", "Ministry of Energy – news item"."""
_MINOR_WORDS = frozenset({"of", "for", "and", "the", "on", "de", "del", "des", "la", "du"})


def _national_department(words: list[str]) -> bool:
    """A department named with its country's adjective first: "Danish Ministry of Health", "Kenyan Office of the
    Auditor"; the adjective is part of how the issuer names itself."""
    return len(words) > 3 and words[0] in _COUNTRY_FORMS and _DEPARTMENT.fullmatch(" ".join(words[1:])) is not None


def _issuers(article: Article, forms: dict[str, _Candidate]) -> list[tuple[Span, _Candidate, str]]:
    """"Department of Foreign Affairs" or "From: Global Affairs Canada" on a line of its own above a release, or
    "European Commission - Press release": the body that issues the text, which its headlines name alone; a
    headline that names a body among other words ("World Bank makes $1bn available") is no issuer's line."""
    found: list[tuple[Span, _Candidate, str]] = []
    for match in _ISSUER_LINE.finditer(article.text, 0, article.body_start):
        written = match.group("name")
        name = " ".join(w.lower() if w.lower() in _MINOR_WORDS and i else w.capitalize() for i, w in
                        enumerate(written.split())) if written.isupper() else " ".join(written.split())
        words = name.split()
        if not words or re.match(r"(?:Press|News|Media)\s+(?:[Rr]elease|[Ss]tatement)", name) or \
                not all(w[0].isupper() or w in _MINOR_WORDS for w in words):
            continue
        candidate = forms.get(name)
        if name in NEWS_AGENCIES:
            continue
        if candidate is None and (words[-1] in _BODY_WORDS or _DEPARTMENT.fullmatch(name) or _FOREIGN_BODY.fullmatch(name)):
            # "Pacific Islands Forum Leaders Meet": a headline in title case is no body's name
            own = [c for s, c, _ in _patterns(name, dict(forms)) if s.start == 0 and s.end == len(name)]
            candidate = own[0] if own else None
        if candidate is None and ((match.group("from") and len(words) > 1) or _national_department(words)):
            candidate = _Candidate("new:" + name, name, "organisation")
        if candidate is None or candidate.type == "country":
            continue
        forms.setdefault(name, candidate)
        found.append((Span(match.start("name"), match.end("name")), candidate, name))
    return found


_REGION_LIST_AFTER = re.compile(r"(?:,\s+[A-Z][\w-]+)*,?\s+and\s+(?P<last>[A-Z][\w-]+)\s+(?:regions|provinces)\b")
_REGION_LIST_BEFORE = re.compile(r"\b(?P<other>[A-Z][\w-]+),?\s+(?:and\s+)?$")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Mx)\.?\s+$")
_NAME_WORD = re.compile(r"[A-Z][a-zà-öø-ÿ’'-]+")


def _in_region_list(text: str, match: re.Match[str]) -> bool:
    """"the Somali, Oromia and Afar regions": a region of another state that bears a country's name, listed
    with other regions; a list of countries ("the Kenyan and Ugandan provinces") still names its states."""
    after = _REGION_LIST_AFTER.match(text, match.end())
    if after:
        return after.group("last") not in _COUNTRY_FORMS
    if not re.match(r"\s+(?:regions|provinces)\b", text[match.end():]):
        return False
    before = _REGION_LIST_BEFORE.search(text, max(0, match.start() - 40), match.start())
    return before is not None and before.group("other") not in _COUNTRY_FORMS and before.group("other") not in NOT_NAMES


def _in_person_name(text: str, match: re.Match[str]) -> bool:
    """"Mr. Montenegro Aguirre", "Rafael Montenegro Aguirre": a surname spelt as a country's name, between a
    given name (or an honorific) and a second surname."""
    after = re.match(r"\s+(?P<word>[A-Z][\w’'-]+)", text[match.end():])
    if not after or not _NAME_WORD.fullmatch(after.group("word")) or _plain_word(after.group("word")):
        return False
    if _HONORIFIC_BEFORE.search(text, max(0, match.start() - 6), match.start()):
        return True
    before = re.search(r"(?<![\w’'-])(?P<word>[A-Z][\w’'-]+)\s+$", text[max(0, match.start() - 30):match.start()])
    return before is not None and bool(_NAME_WORD.fullmatch(before.group("word"))) and \
        not _plain_word(before.group("word"))


def _plain_word(word: str) -> bool:
    """A capitalised word that is no part of a person's name: a country's, a title's, a body's, a day's."""
    return word in NOT_NAMES or word in _COUNTRY_FORMS or word.lower() in TITLE_HEADS or \
        word.lower() in TITLE_MODIFIERS or word in _BODY_WORDS or word in COMPANY_WORDS


_COUNTRY_NAME_OF = {f: e.name for e in ENTRIES if e.type == "country" for f in e.forms if f not in e.adjectives}


def _one_body_by_its_country_forms(text: str,
                                   claimed: list[tuple[Span, _Candidate, str]]) -> list[tuple[Span, _Candidate, str]]:
    """"the United States Coast Guard" and "a US Coast Guard cutter": one body, its country written two ways;
    "the Fire Service of Chile" and "the Fire Service in Talca": one body, its country left off the second time
    (not "Peru's Fire Service", another country's)."""
    first: dict[str, _Candidate] = {}
    merged = []
    for span, candidate, form in sorted(claimed, key=lambda c: c[0].start):
        words = candidate.name.split()
        prefix = next((n for n in range(len(words) - 1, 0, -1) if " ".join(words[:n]) in _COUNTRY_NAME_OF), 0)
        suffix = re.search(r" of (?:the )?(?P<country>[A-Z][\w' -]+)$", candidate.name)
        if not candidate.key.startswith("new:"):
            pass
        elif suffix and suffix.group("country") in _COUNTRY_NAME_OF:
            known = first.setdefault(candidate.name[:suffix.start()], candidate)
            if known is not candidate and len(known.name) < len(candidate.name):
                known.name = candidate.name  # the body's name in full, wherever the text gives it first
            candidate = known
        elif prefix:
            key = " ".join([_COUNTRY_NAME_OF[" ".join(words[:prefix])], *words[prefix:]])
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


def _fuller_names(text: str, claimed: list[tuple[Span, _Candidate, str]]) -> list[tuple[Span, _Candidate, str]]:
    """"Coastal Fund announces package ... the Coastal Fund for Development said": a body named first without
    the words its full name goes on with ("for ...", "of ..."), and "the Andean Bank Group" for "the Andean
    Bank": one body, by its full name."""
    bodies = {c.key: c for _, c, _ in claimed if c.type != "country"}
    remap: dict[str, _Candidate] = {}
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


def _shortened(claimed: list[tuple[Span, _Candidate, str]]) -> list[tuple[Span, _Candidate, str]]:
    """"the UN Security Council ... before the Security Council": the last words of one body's name, named
    again alone, are that body where no other body's name ends so ("the Peace and Security Council" does
    not: its last words are joined to "Peace")."""
    bodies = {c.key: c for _, c, _ in claimed if c.type != "country"}
    remap: dict[str, _Candidate] = {}
    for short in (c for c in bodies.values() if c.key.startswith("new:") and len(c.name.split()) > 1):
        longer = [b for b in bodies.values() if b is not short and re.search(
            r"(?<!\band)(?<!\bof)(?<!\bfor)(?<!\bon) " + re.escape(short.name) + "$", b.name)]
        if len(longer) == 1:
            remap[short.key] = longer[0]
    return [(s, remap.get(c.key, c), f) for s, c, f in claimed]


def _national_society(claimed: list[tuple[Span, _Candidate, str]]) -> list[tuple[Span, _Candidate, str]]:
    """"the Cambodian Red Cross ... Red Cross volunteers": a bare "Red Cross" is the one national society the
    text names, where it never names the International Committee of the Red Cross in full or as the ICRC."""
    societies = {c.key: c for _, c, _ in claimed if c.key.startswith("new:") and c.name.endswith(" Red Cross")}
    international = {c.key for _, c, f in claimed if f != "Red Cross" and c.name.startswith("International")}
    if len(societies) != 1 or international & {c.key for _, c, f in claimed if f == "Red Cross"}:
        return claimed
    society = next(iter(societies.values()))
    return [(s, society if f == "Red Cross" and c.key == "International Committee of the Red Cross" else c, f)
            for s, c, f in claimed]


_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|from|outside|around|across|via|of|between|visit\s+to|trip\s+to|"
                                r"travell?ed\s+to|arrived\s+in|returned\s+to|flew\s+to)\s+$", re.IGNORECASE)


_ACCENTED: dict[str, str] = {}
for _char in map(chr, range(0xC0, 0x250)):
    _base = unicodedata.normalize("NFKD", _char)[0]
    if _base.isascii() and _base.isalpha():
        _ACCENTED[_base] = _ACCENTED.get(_base, _base) + _char


_NAME_OPENERS = {"Commonwealth": "Commonwealth of Nations"}
"""A body's one-word short name that opens other names as well: "the Commonwealth" is the Commonwealth of Nations,
"the Commonwealth of Dominica", "Commonwealth Bank" and "the Foreign and Commonwealth Office" are not. Kept out of
the gazetteer's forms, where the word would split "Foreign and Commonwealth Office" in two."""
_NEXT_NAME_WORD = re.compile(r"\s+(?:of\s+(?!Nations\b)[A-Z]|(?P<word>[A-Z][\w-]*))")


def _opens_another_name(text: str, end: int) -> bool:
    """Whether a name word follows the short name at `end`: "Commonwealth Games", "Commonwealth of Australia";
    a title after it is the body's own ("Commonwealth Secretary-General Marcus Obi", "Commonwealth Heads of
    Government")."""
    after = _NEXT_NAME_WORD.match(text, end)
    if after is None:
        return False
    word = after.group("word")
    if word is None:
        return True
    lower = word.lower().split("-")[0]
    return not ({lower, lower.removesuffix("s")} & (TITLE_HEADS | TITLE_MODIFIERS) and lower not in _MINOR_WORDS)


def _short_names(text: str, forms: dict[str, _Candidate]) -> list[tuple[Span, _Candidate, str]]:
    """"Commonwealth leaders agreed", "Commonwealth Secretary-General Marcus Obi": the short name alone, where no
    name word follows it; a longer name over the same words ("Commonwealth Bank") wins as any longer name does."""
    found: list[tuple[Span, _Candidate, str]] = []
    for short, full in _NAME_OPENERS.items():
        candidate = forms.get(full)
        if candidate is None or short not in text:
            continue
        found += [(Span(m.start(), m.end()), candidate, short) for m in _whole_word(short).finditer(text)
                  if not _opens_another_name(text, m.end())]
    return found


@functools.cache
def _whole_word(form: str) -> re.Pattern[str]:
    # compiled once per form: the gazetteer holds more forms than the re module's cache
    # "US$40 million", "3 million US dollars": a currency names no state
    # "2 million Swiss francs", "Kenyan shillings": nor does a currency after a country's adjective
    return re.compile(r"(?<![\w-])" + re.escape(form) + r"(?![\w$])(?!\s+(?:dollars?|francs?|yen|yuan|rupees?|"
                      r"shillings?|pesos?|krona|kronor|krone|kroner|dinars?|riyals?|dirhams?|rand|lira|won|zloty|"
                      r"forint|hryvnias?|rubles?|roubles?|pounds?\s+sterling)\b)")


@functools.cache
def _capital(city: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + _loose(city) + r"(?![\w-])(?![’']s\s+(?:streets|residents|mayor|city))")


def _loose(name: str) -> str:
    """A pattern for a place's name written with or without its accents: "Reykjavik" finds "Reykjavík"."""
    return "".join(f"[{_ACCENTED[c]}]" if c in _ACCENTED else re.escape(c) for c in name)


_SEATS = {"Brussels": ("European Union", "EU", "European Commission")}
"""'The ministry asked Brussels for drones': the city that stands for a body seated there."""


def _capitals(article: Article, mentions: list[tuple[Span, str]],
              proposals: dict[str, Organisation]) -> list[tuple[Span, str]]:
    """A capital that stands for its government ("Tokyo will send 20 machines"), as a mention of its
    country when the text names the country too; a capital after "in" or "from" is a place, not a party."""
    by_name = {o.name: i for i, o in proposals.items() if o.type == "country"}
    seats = {city: next((i for name in bodies for i, o in proposals.items() if name == o.name or name in o.forms), None)
             for city, bodies in _SEATS.items()}
    by_name.update({f"seat:{city}": ident for city, ident in seats.items() if ident is not None})
    found: list[tuple[Span, str]] = []
    for city, country in [*CAPITALS.items(), *((city, f"seat:{city}") for city in _SEATS)]:
        if country not in by_name:
            continue
        for match in _capital(city).finditer(article.masked):
            span = Span(match.start(), match.end())
            before = article.masked[max(0, match.start() - 20):match.start()]
            if span.start < article.body_start or _PLACE_PREPOSITION.search(before) or \
                    any(span.overlaps(m[0]) for m in mentions):
                continue
            found.append((span, by_name[country]))
    return found


_GOVERNMENT_VERB = re.compile(r"\s+(?:(?:has\s+|have\s+|had\s+|will\s+|would\s+)?(?:pledged|promised|announced|committed|"
                              r"offered|donated|sent|delivered|provided|signed|agreed|pledges|promises|announces|"
                              r"commits|offers|sends|delivers|provides|asked|requested|sought|appealed|asks|requests)|(?:will|would)\s+(?:also\s+)?(?:pledge|"
                              r"promise|commit|offer|donate|send|deliver|provide|sign|fund|finance|lend|make\s+(?:a\s+)?"
                              r"(?:[$€£¥]|US\$|[\d,.]+\s+(?:million|billion)|further|new|additional)))\b")
"""What a capital does as its government: "Washington pledged", "Ottawa has offered", "Seoul will make $20 million
available", "Tokyo would fund the pumps"; and what it asks for as its government: "Lusaka had asked Tokyo for
pumps"."""


def _capitals_alone(article: Article, claimed: list[tuple[Span, _Candidate, str]],
                    forms: dict[str, _Candidate]) -> list[tuple[Span, _Candidate, str]]:
    """"Washington pledged $45 million for Chad": a capital that gives as the subject of its sentence stands for its
    country's government, where the text never names the country itself; a city that starts a person's name
    elsewhere in the text ("Sofia Petrova") is no capital there."""
    named = {c.key for _, c, _ in claimed}
    found: list[tuple[Span, _Candidate, str]] = []
    for city, country in CAPITALS.items():
        candidate = next((c for f, c in forms.items() if f == country and c.key == country), None)
        if candidate is None or country in named or city in named or city in _CITY_STATES or \
                re.search(r"(?<![\w-])" + re.escape(city) + r"\s+[A-Z]", article.plain):
            continue
        for match in _capital(city).finditer(article.masked, article.body_start):
            if _GOVERNMENT_VERB.match(article.masked, match.end()) and \
                    not _PLACE_PREPOSITION.search(article.masked[max(0, match.start() - 20):match.start()]):
                found.append((Span(match.start(), match.end()), candidate, city))
    return found


def _name(candidate: _Candidate, seen: list[str], entries: dict[str, Entry]) -> str:
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
    if written and set(written) == {written[0]} and written[0] in _SHORT_WORDS and candidate.name.endswith(" " + written[0]):
        return candidate.name  # only "the Commission" for the European Commission: a short reference, no name
    full = [f for f in written if not re.fullmatch(r"[A-Z0-9.-]+", f)]
    if full:
        # "Ukraine Defence Contact Group", "Congress": an organisation as the text gives it in full
        return max(full, key=len)
    return candidate.name


_CAPABILITY_COALITION = re.compile(
    r"\b(?:[Tt]he|[Aa])\s+(?P<name>(?:IT|drones?|demining|mine[- ]clearing|artillery|armou?r|tanks?|(?:fighter[- ])?jets?|"
    r"maritime|air[- ]defen[cs]e|electronic[- ]warfare|ammunition|energy|long-range\s+strike|capability)\s+coalition)\b")
"""'the drone coalition', 'the IT coalition': the coalitions of countries that supply Ukraine one capability,
which reports name in lower case."""


_NATIONAL_SOCIETY = re.compile(r"\b(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:\s+Arab)?\s+Red\s+(?:Cross|Crescent)"
                               r"(?:\s+Society)?\b")
"""'the Cambodian Red Cross', 'the Syrian Arab Red Crescent': a country's own society, not the ICRC."""
_FOREIGN_BODY = re.compile(r"(?<![\w-])(?:Institut|Instituto|Banco|Corporación|Secretaría|Ministerio|Unión|Agencia|"
                           r"Fundación|Comisión|Consejo|Servicio|Empresa|Société|Compagnie|Guardia)(?:[ ]+(?:(?:de|del|"
                           r"des|du|de[ ]la|da|do|dos|das)[ ]+)?[A-Z][\w’'-]*)+")
"""'the Institut Pasteur de Dakar', 'Cuba's Unión Eléctrica', 'Guardia Civil crews': a body named in its own language,
its word for a body first."""
_CIVIL_SERVICE = re.compile(r"\b(?P<country>[A-Z][\w-]+)\s+Civil\s+(?:Defen[cs]e|Protection)(?:\s+(?:Service|Agency|"
                            r"Department|Directorate|Corps|Force))?\b")
"""'the Syrian Civil Defence', 'Italian Civil Protection': a country's rescue service, named by its country."""
_NAME_GOES_ON_AFTER_AND = r"[ ]+(?:and|&)[ ]+(?:[A-Z][\w-]*[ ]+){1,2}(?:Company|Corporation|Authority|Board|Limited|Ltd|" \
    r"plc|Force)(?![\w-])"
_CARRIER_WORDS = r"(?:Airlines|Airways|Power|Railways?|Telecom|Petroleum|Electricity|Shipping)"
_COUNTRY_PATTERN = "|".join(map(re.escape, sorted(_COUNTRY_FORMS - frozenset(CAPITALS), key=len, reverse=True)))
_NATIONAL_COMPANY = re.compile(r"(?<![\w’'-])(?:(?:" + _COUNTRY_PATTERN + r")[ ]+" + _CARRIER_WORDS +
                               r"|Air[ ]+(?:" + _COUNTRY_PATTERN + r"))(?![\w’'-]|[ ]+[A-Z]|" + _NAME_GOES_ON_AFTER_AND + ")")
"""'the chief executive of Zambia Power', 'Rwandan Airlines flew the cargo', 'Air Senegal offered two aircraft': a
state's carrier or utility that bears the country's name or adjective is a company of its own, not the country, which
the text names only where it names it apart; "the Nigerian Air Force" and "Ghana Power Minister" go on with another
capitalised word and are no carrier, nor is "Uganda Power and Lighting Company" cut before its "and"."""
_ABBREVIATION_AFTER = re.compile(r"\s*\((?P<abbr>[A-Z][A-Za-z&.-]{1,9})\)|,\s+the\s+(?P<set_off>[A-Z][A-Z&-]{1,8})(?=[,.;])")
"""'the Pacific Islands Forum Fisheries Agency (FFA)', '..., the FFA,': the short name the text gives it."""


def _or_led_by(initials: str) -> str:
    """Initials that lead what follows them, joined by a hyphen: "for AU-led operations", "SADC-led deployments" name
    the body that leads them (other hyphened words, "AU$" or "AI-based", name no body)."""
    return r"|(?<![\w-])" + re.escape(initials) + r"(?=-led\b)"


def _abbreviated(text: str, body_start: int, claimed: list[tuple[Span, _Candidate, str]],
                 forms: dict[str, _Candidate]) -> list[tuple[Span, _Candidate, str]]:
    """"the Pacific Islands Forum Fisheries Agency (FFA)": the abbreviation the text gives an organisation in
    brackets names it wherever the text uses it after."""
    found = list(claimed)
    for span, candidate, _ in claimed:
        after = _ABBREVIATION_AFTER.match(text, span.end)
        abbr = (after.group("abbr") or after.group("set_off")) if after else ""
        if abbr in forms and candidate.key.startswith("new:") and not forms[abbr].key.startswith("new:"):
            # "the United Nations World Food Programme (WFP)": a longer name of one the gazetteer knows
            known = forms[abbr]
            found = [(s, known if c == candidate else c, f) for s, c, f in found]
            continue
        if not abbr or abbr in forms or abbr in NOT_NAMES or abbr in CAPITALS or candidate.type == "country":
            # "the Kenya Red Cross (Nairobi)": a place in brackets is no short name; "the Joint Mission in Mali
            # (JMM)": the gazetteer knows a country's own short names, one in brackets after it is a longer name's
            continue
        forms[abbr] = candidate
        for match in re.finditer(r"(?<![\w-])" + re.escape(abbr) + r"(?![\w-])" + _or_led_by(abbr), text):
            where = Span(match.start(), match.end())
            if where.start >= body_start and not any(where.overlaps(c[0]) for c in found):
                found.append((where, candidate, abbr))
    return found


_AS_A_BODY = r"(?=[,.;:)]|\s+(?:[a-z]+ed|[a-z]+[^s\W]s|said|told|will|would|has|had|is|was|can|could|must|should|may|also|" \
             r"and|or|to|in|on|at|for|with|from|by)\b)"
"""What follows initials that stand for a body, not for a thing named by them: "the AU said", "the AU's mission", "with
the AU."; not "the AI model"."""


def _initials(text: str, body_start: int, claimed: list[tuple[Span, _Candidate, str]],
              forms: dict[str, _Candidate]) -> list[tuple[Span, _Candidate, str]]:
    """"the Lebanese Armed Forces ... a package for the LAF": the initials of a body's name of three words or more,
    written in capitals with no brackets to introduce them, name that body, as do those of a body the draft knows
    of two words or more after "the"; initials the draft knows as another's, or that name no body the text gives in
    full, are left alone."""
    found = list(claimed)
    for _, candidate, form in claimed:
        words = [w for w in form.split() if w not in _MINOR_WORDS]
        initials = "".join(w[0] for w in words)
        known = not candidate.key.startswith(("new:", "known:")) and candidate.type != "country"
        if not (candidate.key.startswith("new:") or known) or len(words) < (2 if known else 3) or \
                not all(w[:1].isupper() for w in words) or initials in forms or initials in NOT_NAMES or \
                initials in CAPITALS:
            continue
        # "the African Union ... The AU renewed its request": a body the draft knows, by initials it does not, only
        # where "the" or a possessive makes them a body's ("AU$" is a currency, "an AI model" no body)
        around = r"(?<=[Tt]he )" + initials + _AS_A_BODY + r"|(?<![\w-])" + initials + r"(?=[’']s\b)" + \
            _or_led_by(initials) if known else r"(?<![\w-])" + initials + r"(?![\w-])" + _or_led_by(initials)
        spots = [Span(m.start(), m.end()) for m in re.finditer(around, text)]
        if not spots:
            continue
        forms[initials] = candidate
        found += [(where, candidate, initials) for where in spots
                  if where.start >= body_start and not any(where.overlaps(c[0]) for c in found)]
    return found


_SHORT_WORDS = frozenset({"Commission", "Council", "Bank", "Fund", "Agency", "Alliance", "Union", "Programme", "Program",
                          "Organisation", "Organization", "Committee", "Forum", "Federation", "Association", "Facility",
                          "Authority", "Corporation", "Foundation", "Institute", "Secretariat", "Coalition", "Group"})


def _short_references(text: str, body_start: int,
                      claimed: list[tuple[Span, _Candidate, str]]) -> list[tuple[Span, _Candidate, str]]:
    """"The Commission put €310 million on the table": the last word of an organisation's name, with
    "the", names it again when only one organisation that ends so is named before it. "The Andean Development
    Bank met Peru. The Bank will lend $50 million. Later the Caribbean Development Bank ..." is the Andean bank
    until the second bank is named, and no bank after. "the Bank-financed roads project" names the bank that
    pays for the project all the same."""
    first: dict[str, tuple[int, _Candidate]] = {}
    for span, candidate, _ in claimed:
        if candidate.type != "country" and candidate.name.split()[-1] in _SHORT_WORDS:
            first[candidate.key] = min((span.start, candidate), first.get(candidate.key, (span.start, candidate)),
                                       key=lambda f: f[0])
    found: list[tuple[Span, _Candidate, str]] = []
    for word in {c.name.split()[-1] for _, c in first.values()}:
        ending = [(start, c) for start, c in first.values() if c.name.split()[-1] == word]
        for match in re.finditer(rf"\b[Tt]he\s+(?P<word>{word})\b(?!\s+(?:of|for|on)\b|[ ]+[A-Z]|{_NOT_PAID_BY})", text):
            span = Span(match.start("word"), match.end("word"))
            before = [c for start, c in ending if start < span.start]
            if len(before) == 1 and span.start >= body_start and not any(span.overlaps(c[0]) for c in claimed):
                found.append((span, before[0], word))
    return found


_NOT_PAID_BY = r"-(?!(?:co-?)?(?:financed|funded|supported|sponsored)\b)"
"""A hyphen after the word joins another word to it ("the Fund-run camp"), except a participle of paying:
"the Bank-financed project" names the bank."""


_UNION_BODIES = {"European Union": (("Commission", "European Commission"),)}
"""A union and its own bodies, by the word the text calls each alone: the EU's Commission."""


def _union_bodies(text: str, body_start: int, claimed: list[tuple[Span, _Candidate, str]],
                  forms: dict[str, _Candidate]) -> list[tuple[Span, _Candidate, str]]:
    """"The Commission will examine the request" in a text that names the European Union and no commission in full:
    the union's own body, called by its last word alone though the text never writes its whole name."""
    names = {c.name for _, c, _ in claimed}
    found: list[tuple[Span, _Candidate, str]] = []
    for union, bodies in _UNION_BODIES.items():
        for word, body in bodies:
            if union not in names or body not in forms or any(n.split()[-1] == word for n in names):
                continue
            for match in re.finditer(rf"\b[Tt]he\s+(?P<word>{word})\b(?!\s+(?:of|for|on)\b|[ ]+[A-Z]|-)", text):
                span = Span(match.start("word"), match.end("word"))
                if span.start >= body_start and not any(span.overlaps(c[0]) for c in claimed):
                    found.append((span, forms[body], word))
    return found


_DEPARTMENT_HEADS = frozenset({"Ministry", "Department", "Office", "Bureau", "Directorate", "Secretariat"})
_DEPARTMENT = re.compile(r"(?:Ministry|Department|Office|Bureau|Directorate(?:[- ]General)?|Secretariat)\s+(?:of|for)\s+"
                         r"(?:the\s+)?[A-Z].*")
"""'the Ministry of Planning and International Cooperation', 'the Office of Civil Defense': a government's
department, named by what it does."""


_COMPANY_NOUN = r"(?:company|firm|group|operator|utility|producer|manufacturer|maker|supplier|insurer|lender|railway|" \
                r"carrier|airline|conglomerate|distributor|exporter|importer|developer|refiner|miner|shipyard|shipbuilder|trader)"
_COMPANY_NAME = r"(?P<name>[A-Z][\w&’'.-]*[\w&](?:\s+[A-Z][\w&’'.-]*[\w&]){0,3})"
_COMPANY_BEFORE = re.compile(r"\b(?:[a-z-]+\s+){0,2}" + _COMPANY_NOUN + r"\s+" + _COMPANY_NAME + r"(?![\w’'-])")
_COMPANY_AFTER = re.compile(_COMPANY_NAME + r",\s+(?:the|a|an|its|their|[A-Z][\w-]+[’']s)\s+"
                            r"(?:(?!(?:of|for|at|with|to|from|by|on|in)\s)[\w’'-]+\s+){0,5}?"
                            r"(?:" + _COMPANY_NOUN + r"|agency)\b(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|based|in|of|for|with)\b)")
_COMPANY_NOUNS = "(?:" + "|".join(re.sub(r"(?<=[^aeiou])y$", "ie", w) + "s" for w in _COMPANY_NOUN[3:-1].split("|")) + ")"
"""The company words in the plural: "operators", "utilities"."""
_COMPANY_PAIR = re.compile(r"\b" + _COMPANY_NOUN + r"\s+[A-Z][\w&’'.-]*[\w&]\s+and\s+(?P<name>[A-Z][\w&’'-]*\w)(?=[,.;:])")
"""'the grid operator Transelectrica and Moldelectrica, under which': a second company, one word, joined by "and" to
the name after a company word, where a comma or a full stop ends it."""
_HEADED_BY = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]*[a-z]\w*)\s+(?:chairman|chairwoman|chief\s+executive|CEO|"
                        r"spokesman|spokeswoman|spokesperson|boss)\s+[A-Z][a-z]")
"""'Kremlin spokesman Dmitri Volkov', 'Keidanren chairman Hideo Sakamoto': the one word before a title in lower case
and a person's name is the body whose title it is; not "Foreign Ministry spokesperson", a name of more words."""
_GENERIC_UNITS = frozenset({"Palace", "Embassy", "Consulate", "Campaign", "Government", "Opposition", "Presidency",
                            "Military", "Treasury", "Cabinet", "Team", "Club", "Church", "School", "Hospital", "City",
                            "Town", "Village", "Province", "Region", "District", "Federal", "National", "State",
                            "Court", "Prison", "Airport", "Port", "Station", "Tribe", "Family", "Company", "Firm"})
"""Common nouns for a unit that a sentence may open with before a title: "Embassy spokesman Ali Musa" names no body."""
_OF_WHOM = r"(?:\s+of\s+(?:[a-z]+\s+){0,3}[a-z]+)?"
_COMPANY_SET_OFF = re.compile(r"\b" + _COMPANY_NOUN + r",\s+" + _COMPANY_NAME + r"(?=[,.])")
_COMPANIES_FIRST = re.compile(r"\b" + _COMPANY_NOUNS + _OF_WHOM + r",\s+" + _COMPANY_NAME +
                              r"(?=\s+and\s+[A-Z][\w&’'.-]*[\w&](?:\s+[A-Z][\w&’'.-]*[\w&]){0,3}[,.])")
_COMPANIES_LAST = re.compile(r"\b" + _COMPANY_NOUNS + _OF_WHOM + r",\s+[A-Z][\w&’'.-]*[\w&](?:\s+[A-Z][\w&’'.-]*[\w&])"
                             r"{0,3}\s+and\s+" + _COMPANY_NAME + r"(?=[,.])")
"""'Moldova's grid operator, Moldelectrica, said', 'the grid operators of the two countries, Transelectrica and
Moldelectrica,': a company word, then the name set off by commas after it ("the manufacturers, Sarasalo said" is
no name: a verb follows it)."""
_COUNTERPART = re.compile(r"\b(?:its|their)\s+(?:[A-Z][\w-]+\s+)?counterpart,\s+" + _COMPANY_NAME + r"(?=,|\.)")
"""'agricultural group Kernel', 'Ukrzaliznytsia, the state railway', 'Transelectrica, Romania's grid operator': a
company the text says is one, by a
word for a company right before its name or in an apposition after it."""


_BODY_NOUN = r"(?:bank|service|office|agency|networks?|charity|non-?profit|NGO|organi[sz]ation|foundation|institute|" \
             r"regulator|authority|watchdog|think[- ]tank|institution|ministry|department|fund|association|federation)"
_MODIFIER = r"(?!(?:of|at|in|for|with|to|from|by|on|and|or|the|a|an|who|which|that|whose)\s)[\w’'-]+\s+"
_BODY_AFTER = re.compile(_COMPANY_NAME + r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?,\s+(?:the|a|an|[A-Z][\w-]+[’']s|the\s+[a-z]+[’']s)"
                         r"\s+(?:" + _MODIFIER + r"){0,4}(?:and\s+(?:" + _MODIFIER + r"){1,2})?" + _BODY_NOUN +
                         r"(?=\s*[,.;:)]|\s+(?:of|for|that|which|based|in)\b)")
"""'Findeter, Colombia's development bank for regional roads', 'Hydromet, the national weather service of Chile':
a name the text says, in an apposition right after it, is a body's; words between the article and the body's
word only say what kind it is ("Ana Ruiz, the head of the agency" is a person's, named by her place in it), two of
them perhaps joined by "and" ("SEVIMET, Peru's seismology and volcanology institute")."""
_ACRONYM_AFTER_BODY = re.compile(r"(?<![\w-])(?:(?P<owner>[A-Z][\w-]+)[’']s|[Tt]he\s+(?P<adjective>[A-Z][\w-]+))\s+"
                                 r"(?:(?!news\s)[a-z-]+\s+){0,3}"
                                 r"(?:agency|institute|service|authority|regulator|directorate|commission|office)"
                                 r",?\s+(?P<name>[A-Z][A-Z0-9&-]{2,9})(?=[\s,.;:)]|$)")
"""'Peru's disaster agency, INDECI,', 'the Kenyan weather service KMS said': a body a country's possessive or adjective
says is its own, written as its initials alone; a news agency's is left out, as the news's reporter."""

_EXPERT_AT = re.compile(r"\b(?:economist|analyst|strategist|researcher|fellow|professor|lecturer|scholar)s?\s+at\s+"
                        r"(?:the\s+)?" + _COMPANY_NAME + r"(?![\w’'-])(?!\s+(?:of|for|on|and)\s+(?:the\s+)?[A-Z])")
"""'an economist at the Inter-American Dialogue', 'a strategist at Commerzbank': where an expert works is a body
(a bank, a think tank, a university); a name that goes on with "of" or "for" is the run of capitals' to find."""


_SENTENCE_ADVERBS = frozenset({"Later", "Earlier", "Elsewhere", "Meanwhile", "However", "Instead", "Still", "Yet",
                               "Today", "Yesterday", "Tomorrow", "Overall", "Then", "Now", "Again", "Moreover",
                               "Furthermore", "Indeed", "Otherwise", "Thus", "Therefore", "Hence", "Nonetheless",
                               "Nevertheless", "Also", "Besides", "Afterwards", "Overnight", "Tonight", "Abroad",
                               "Together", "Next", "First", "Second", "Third", "Last", "Here", "There"})


def _opener(text: str, start: int, name: str) -> bool:
    """"Separately, the agency's office in Goma", "Later, the state operator, Ukrenergo, said": an adverb that opens
    a sentence before a comma is no name."""
    return (name in _SENTENCE_ADVERBS or (name.endswith("ly") and name[1:].islower())) and \
        text.startswith(",", start + len(name))


def _named_apart(text: str, word: str) -> bool:
    """A word that is no company's on its own: a place, a title, or the surname of a person the text names in full
    ("the firm Kernel and Smith" after "John Smith")."""
    return _plain_word(word) or word in CAPITALS or re.search(r"[A-Z][\w’'-]+\s+" + re.escape(word) + r"\b", text) is not None


def _companies(text: str, forms: dict[str, _Candidate]) -> list[tuple[Span, _Candidate, str]]:
    """Companies the gazetteer does not know, named as companies: they receive aid as the article names them."""
    found: list[tuple[Span, _Candidate, str]] = []
    for pattern in (_COMPANY_BEFORE, _COMPANY_AFTER, _COUNTERPART, _BODY_AFTER, _COMPANY_SET_OFF, _COMPANIES_FIRST,
                    _COMPANIES_LAST, _EXPERT_AT, _COMPANY_PAIR, _HEADED_BY, _ACRONYM_AFTER_BODY):
        for match in pattern.finditer(text):
            name = " ".join(match.group("name").split())
            words = name.split()
            after_article = re.search(r"\b(?:[Tt]he|[Aa]n?)\s+$", text[max(0, match.start() - 5):match.start()])
            # "the state-owned utility Nauru Power": a company may bear its country's name before its own
            named_for = len(words) > 1 and words[0] in _COUNTRY_NAME_OF and words[1] not in _COUNTRY_FORMS
            at_a_place = pattern is _EXPERT_AT and (name in CAPITALS or re.search(r"[’']s\b|-[a-z]", name) is not None)
            headed = pattern is _HEADED_BY and (_named_apart(text, name) or name in _SHORT_WORDS or name in _GENERIC_UNITS or
                                                re.search(r"[A-Z][\w’'-]*[ ]+$", text[max(0, match.start() - 30):match.start()]))
            unowned = pattern is _ACRONYM_AFTER_BODY and (match.group("owner") or match.group("adjective")) not in \
                _COUNTRY_FORMS
            if (pattern is _COMPANY_PAIR and _named_apart(text, name)) or headed or at_a_place or unowned or \
                    _opener(text, match.start("name"), name) or words[0] in NOT_NAMES or \
                    (words[0] in _COUNTRY_FORMS and not named_for) or name in NEWS_AGENCIES or \
                    (after_article and (pattern is _COMPANY_AFTER or (pattern is _BODY_AFTER and (
                    len(words) < 2 or words[0] in _BODY_WORDS)))):
                # "the Ministry, the state operator": a name that follows "the" is no company's, but a name of its
                # own that a body's apposition follows is a body's ("the Relief Rooms, the volunteer networks")
                continue
            candidate = forms.get(name) or _Candidate("new:" + name, name, "organisation")
            forms.setdefault(name, candidate)
            found.append((Span(match.start("name"), match.start("name") + len(match.group("name"))), candidate, name))
            # "Japan will train ZESCO engineers. [...] ZESCO, Zambia's state power utility, said": the name, once the
            # text says whose it is, is the body's wherever else it stands, before as after
            for other in _whole_word(name).finditer(text):
                if other.start() != match.start("name"):
                    found.append((Span(other.start(), other.end()), candidate, name))
    return found


_CLINIC = re.compile(r"(?<![\w’'-])(?P<name>(?:[A-Z][\w’'-]*\s+){1,4}(?:Clinic|Hospital))(?![\w-])")
_GENERIC_CLINIC = frozenset({"The", "General", "Central", "Regional", "District", "Provincial", "County", "Field", "Main",
                             "Referral", "Teaching", "University", "Military", "Children’s", "Children's", "Maternity",
                             "Mobile", "State", "City", "Municipal", "Rural", "National", "Public", "Private"})
_AT_A_PLACE = re.compile(r"\b(?:at|in|of|near|outside|from|around|inside|behind|opposite)\s+(?:the\s+)?$", re.IGNORECASE)


_HEAD_OF = re.compile(r"\b(?P<title>[a-z]+)\s+of\s+(?:the\s+)?$")


def _headed(text: str, start: int) -> bool:
    """Whether a title's noun comes just before the name's "of": "Dr. Ana Ruiz, director of Kandy Teaching Hospital,
    said" names the hospital as the body she heads, not as a place."""
    head = _HEAD_OF.search(text, max(0, start - 30), start)
    return head is not None and head.group("title") in TITLE_HEADS


def _clinics(text: str, forms: dict[str, _Candidate]) -> list[tuple[Span, _Candidate, str]]:
    """A clinic or hospital named as a party wherever the text names it so once: one that acts or receives ("handed
    the kits to the Mae Sot Clinic", "the Santa Rosa Hospital said"), not one named only as where something happens
    ("a new ward at Vaiola Hospital"), nor one whose name only says what kind it is ("the District Hospital")."""
    spots: dict[str, list[tuple[Span, bool]]] = {}
    for match in _CLINIC.finditer(text):
        words = list(re.finditer(r"\S+", match.group("name")))
        while words and (words[0].group() in NOT_NAMES | {"The"} or
                         re.sub(r"[’']s$", "", words[0].group()) in _COUNTRY_FORMS - {words[0].group()}):
            words.pop(0)  # "to Ghana's Korle Bu Teaching Hospital": the country's possessive is no part of the name
        if len(words) < 2 or all(w.group() in _GENERIC_CLINIC for w in words[:-1]) or \
                words[0].group() in _COUNTRY_FORMS or words[0].group().lower() in TITLE_HEADS:
            continue
        name = " ".join(w.group() for w in words)
        start = match.start("name") + words[0].start()
        place = _AT_A_PLACE.search(text, max(0, start - 30), start) is not None and not _headed(text, start) and \
            not _WORKS_AT.search(text, max(0, start - 120), start)
        spots.setdefault(name, []).append((Span(start, match.end("name")), place))
    found: list[tuple[Span, _Candidate, str]] = []
    for name, where in spots.items():
        again = _clinic_again(text, name, spots, where[-1][0].end)
        if (all(place for _, place in where) and not again) or \
                (name in forms and not forms[name].key.startswith("new:")):
            continue
        candidate = forms.setdefault(name, _Candidate("new:" + name, name, "organisation"))
        found += [(span, candidate, name) for span, _ in where] + [(span, candidate, name) for span in again]
    return found


_INITIALLED_GOVERNMENT = re.compile(r"(?<![\w’'-])(?P<name>(?:[A-Z][a-z]+[ ]+){1,4}Government|Government[ ]+of[ ]+"
                                    r"(?:[A-Z][a-z]+[ ]+(?:and[ ]+)?){0,3}[A-Z][a-z]+)[ ]+\((?P<initials>[A-Z]{2,6})\)")


def _initialled_governments(text: str, forms: dict[str, _Candidate]) -> list[tuple[Span, _Candidate, str]]:
    """A government named in full with its initials in brackets: "Burma's National Unity Government (NUG)", "the
    Government of National Accord (GNA)", "the Kurdistan Regional Government (KRG)": a government of its own (a
    rival or a region's), not the country's, whose initials spell its name. Not "the Government (GOV)" nor a name
    the initials do not spell."""
    found: list[tuple[Span, _Candidate, str]] = []
    for match in _INITIALLED_GOVERNMENT.finditer(text):
        name = match.group("name")
        words = [w for w in name.split() if w not in ("of", "and")]
        if "".join(w[0] for w in words) != match.group("initials") or words[0] in _COUNTRY_FORMS or \
                words[0] in NOT_NAMES or (name in forms and not forms[name].key.startswith("new:")):
            continue
        candidate = forms.setdefault(name, _Candidate("new:" + name, name, "organisation"))
        found.append((Span(match.start("name"), match.end("name")), candidate, name))
    return found


_WORKS_AT = re.compile(r"\b(?i:construction|building|refurbishment|renovation|rehabilitation|expansion|extension|"
                       r"upgrading|equipping|fitting[ -]out|build|refurbish|renovate|rehabilitate|expand|extend|"
                       r"upgrade|equip)\s+(?:of\s+)?(?:(?:the|an?|its|two|three|\d+)\s+)?(?:[\w’'-]+\s+){0,5}?"
                       r"at\s+(?:the\s+)?$")
"""Works done at a hospital that the text names as where they are done: "will fund the construction of a new
intensive care unit at Mbale Regional Hospital", "to refurbish the maternity ward at Kenema General Hospital": the
hospital gains them, so it is a party, not only a place. Not "a new ward opened at Vaiola Hospital"."""
_CLINIC_AGAIN = re.compile(r"(?:\b(?:handed\s+(?:over\s+)?|delivered|donated|given|sent|supplied|provided|"
                           r"transferred|distributed)\s+to\s+the\s+(?P<to>hospital|clinic)\b|"
                           r"\b[Tt]he\s+(?P<by>hospital|clinic)\s+(?:said|says|received|receives|has\s+received|"
                           r"took\s+delivery|welcomed|thanked)\b)")


def _clinic_again(text: str, name: str, spots: dict[str, list[tuple[Span, bool]]], after: int) -> list[Span]:
    """"... the outpatient wing at Lae General Hospital. Ten ambulances were handed over to the hospital on Monday":
    "the hospital", after the only hospital the text names, is that hospital receiving or speaking, which makes it a
    party though its name stood only as a place. None where the text names another hospital or clinic, or where an
    unnamed one comes between ("a field hospital ... the hospital")."""
    kind = name.split()[-1].lower()
    if any(other.split()[-1].lower() == kind for other in spots if other != name):
        return []
    found: list[Span] = []
    for match in _CLINIC_AGAIN.finditer(text, after):
        group = "to" if match.group("to") else "by"
        if match.group(group) == kind and not re.search(rf"\b(?:an?|another|one|second)\s+(?:[\w-]+\s+){{0,2}}{kind}\b",
                                                        text[after:match.start()], re.IGNORECASE):
            found.append(Span(match.start(group), match.end(group)))
    return found


_COUNTRY_NAMES = sorted((f for e in ENTRIES if e.type == "country" for f in e.forms if f not in e.adjectives),
                        key=len, reverse=True)
_AGAINST = re.compile(r"\s+against\s+(?:the\s+)?(?:" + "|".join(map(re.escape, _COUNTRY_NAMES)) + r")(?![\w-])")
_OF_COUNTRY = re.compile(r"\s+of\s+(?:" + "|".join(map(re.escape, _COUNTRY_NAMES)) + r")(?![\w’'-])")
_MISSION_IN = re.compile(r"\s+(?:in|to)\s+(?:the\s+)?(?:" + "|".join(map(re.escape, _COUNTRY_NAMES)) + r")(?![\w-])")


_BODY_WORDS = ORGANISATION_WORDS | frozenset({"Department", "Division", "Survey", "Organizations", "Organisations",
                                             "Navy", "Army", "University", "Party", "Collective", "Cooperative",
                                             "Consortium", "Chamber", "League", "Academy", "Tribunal",
                                             "Municipality", "Charity"})
"""Words that make a capitalised phrase a body's name here, besides the gazetteer's: "the Kenya Meteorological
Department", "the Lesotho Geological Survey", "the Chilean Navy", "Makerere University", "the Green Party", "the National
Collective of Coastal Fishers", "the Adana Metropolitan Municipality" (a city's own government, which borrows and
receives aid), "Kuwait Charity".
Not "Facility": a fund the money passes through is no party."""
_UNIT_OF_BODY = frozenset({"Department", "Division", "Unit", "Office", "Directorate", "Section", "Bureau"})
"""The last words of a body's own departments: "the IMF's Fiscal Affairs Department" is part of the IMF."""


_VENUE = re.compile(r"\b(?:Conference|Convention|Exhibition|Congress|Civic|Expo|Events?)\s+(?:Centre|Center|Hall|Complex)$")
"""'at the Lakeside Convention Centre', 'the Civic Centre': a building where people meet, not a body."""
_PRESS_DESK = re.compile(r"^(?:[A-Z]{2,6}\s+)?(?:(?:Press|Media|Public|Corporate|News|Information|Communications?|"
                         r"Relations|Affairs|Outreach)\s+)+(?:Office|Unit|Desk|Team|Department|Division|Section|Service|"
                         r"Centre|Center)$")
"""'Media Relations Office', 'ADB Press Office', a sign-off 'Communication Unit, NRA, Accra': the desk that sends a
release out, which names no party to the news."""
_ROYAL_UNIT = re.compile(r"(?:Royal|Imperial)\s+(?:Court|Palace|Household|Cabinet|Office|Diwan)")
"""'an adviser at the Royal Court', 'the Royal Palace said': a monarch's household named without the kingdom it
serves is part of a title or a place, not a party the text names."""
_RELATIONSHIP = re.compile(r"^(?:(?:Comprehensive|Enhanced|Special|Strategic|Privileged|Global)\s+)+Partnership$")
"""'elevated relations to a Comprehensive Strategic Partnership': a tie between states, not a body."""
_GENERIC_FORCES = frozenset({"Armed", "Forces", "Force", "Air", "Army", "Navy", "Naval", "Coast", "Guard", "Police",
                             "Border", "Marine", "Marines", "Corps", "Special", "Ground", "Land"})
"""'the Minister of the Armed Forces', 'from Coast Guard cutters': a service named without the state or body it
belongs to is a kind of force, not a party the text names."""
_PORTFOLIO_SERVICES = _GENERIC_FORCES | frozenset({"Customs", "Immigration", "Fire", "Prisons", "Correctional",
                                                   "Services", "Defence", "Defense", "Interior"})
"""A service's words that, after a country's name and before "Minister", are the minister's portfolio: "Solomon Islands
Police Minister", "Fiji Immigration Minister"."""


def _portfolio_of_country(words: list[str]) -> bool:
    """Whether the words are a country's name, then a service's words only: "Solomon Islands Police"."""
    return any(" ".join(words[:n]) in _COUNTRY_FORMS and all(w in _PORTFOLIO_SERVICES for w in words[n:])
               for n in range(1, len(words)))


_GATHERING_BEFORE = re.compile(r"(?:\b(?:\d+|one|two|three|four|five|six|seven)-day|\bannual|\b(?:sidelines|margins|close|"
                               r"opening|end|start)\s+of\s+the)\s+$", re.IGNORECASE)
_GATHERING_AFTER = re.compile(r"\s+(?:concludes|concluded|opens|opened|closes|closed|ends|ended|begins|began|wraps)\b")


_GATHERING_NAMES = frozenset({"Council", "Conference", "Summit", "Assembly"})
_DAYS_OF_GATHERING = re.compile(r"(?:\b(?:\d+|one|two|three|four|five|six|seven)-day|\b(?:first|second|third|last|final|"
                                r"closing|opening)\s+day\s+of\s+the)\s+$", re.IGNORECASE)
"""A council or a conference the text counts in days is a meeting: "on the first day of the Andean Ministerial
Council", "the three-day Lakes Conference"; one named at "the margins of" ("the UN General Assembly") may be a
body."""


_BODY_OF = re.compile(r"(?:Centre|Center|Institute|Foundation|Coalition|Bank|Court|Council|Committee|Commission|"
                      r"Fund|Alliance|Union|Federation|Association|Network|Forum|Agency|University|Party)\s+(?:of|for|on)\s+"
                      r"(?:the\s+)?[A-Z]")
"""'the Center for Civil Liberties', 'the Coalition of the Willing', 'the Bank of Uganda', 'the Party of Regions': a
body's word first, then what or whom it is for."""
_REGION_AND = re.compile(r"\s+and\s+the\s+(?:Caribbean|Pacific)\b")
_LOCAL_LEVELS = frozenset({"State", "Provincial", "Regional", "County", "City", "Municipal", "District", "Territorial"})
"""'the Kano State Government', 'the Aceh Provincial Government': the government of a part of a country is a body
of its own; 'the Government of Chile' is Chile."""
_PORTFOLIOS = re.compile(r"(?:,[ ](?:[A-Z][\w-]+[ ])*[A-Z][\w-]+)+,?[ ]and[ ](?:[A-Z][\w-]+[ ])*[A-Z][\w-]+(?![\w-])")


def _portfolios(text: str, end: int, forms: dict[str, _Candidate]) -> str:
    """"the Ministry of Energy, Water Resources and Irrigation": a ministry's name lists what it does, with commas
    and a last "and"; a list that names a country or a known body ("the Ministry of Defence, Saab and Airbus")
    goes on with other parties."""
    listed = _PORTFOLIOS.match(text, end)
    if not listed:
        return ""
    words = set(re.findall(r"[A-Z][\w-]+", listed.group()))
    if any(w in _COUNTRY_FORMS or w in forms or w in NOT_NAMES or w in _BODY_WORDS for w in words):
        return ""
    return listed.group()


def _national_board(words: list[str]) -> bool:
    """A country's board, named with the country first: "the Kenya Tea Development Board", "the Ghana Cocoa Board";
    a board a body has ("the IMF Executive Board") is part of that body."""
    return len(words) > 2 and words[-1] == "Board" and words[0] in _COUNTRY_FORMS


def _not_a_body(text: str, name: str) -> bool:
    """A capitalised name with an organisation's word in it that names a place, a gathering, a press desk, a kind
    of force or a scheme: "the two-day Coastal Investors Forum" is an event, not a party to it."""
    if _VENUE.search(name) or _PRESS_DESK.match(name) or set(name.split()) <= _GENERIC_FORCES or \
            _RELATIONSHIP.match(name) or _ROYAL_UNIT.fullmatch(name):
        return True
    if name.split()[-1] in ("Programme", "Program", "Project") and any(
            _SCHEME_BEFORE.search(text, 0, m.start()) for m in _whole_word(name).finditer(text)):
        return True
    if name.split()[-1] in _GATHERING_NAMES:
        return any(_DAYS_OF_GATHERING.search(text, 0, m.start()) for m in _whole_word(name).finditer(text))
    if name.split()[-1] != "Forum":
        return False
    return any(_GATHERING_BEFORE.search(text, 0, m.start()) or _GATHERING_AFTER.match(text, m.end())
               for m in _whole_word(name).finditer(text))


_SCHEME_BEFORE = re.compile(r"\b(?:for|under|(?:support|fund|implement)(?:s|ed|ing)?|(?:co-)?financ(?:e|es|ed|ing))\s+"
                            r"(?:the\s+|[A-Z][\w-]+[’']s\s+)$")
"""'a loan for the Savannah Value Chain Programme', 'financed under Japan's Social Development Programme': what money
is for or given under, or what it supports ("a grant to support the Rural Roads Programme"), is a scheme, not a body;
the programmes that are bodies are known ones (WFP, UNDP)."""


_HONORIFICS = ("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof")
_PERSON_WORD = re.compile(r"[A-Z][a-zà-öø-ÿ’'-]+")
"""A word a person's name is made of: capitalised, then lower case."""


_SENT_PEOPLE = frozenset({"Staff", "Officers", "Engineers", "Volunteers", "Workers", "Teams", "Troops", "Soldiers",
                          "Experts", "Representatives", "Delegates", "Officials", "Personnel", "Crews", "Doctors", "Medics",
                          "Specialists", "Technicians", "Instructors", "Advisers", "Advisors", "Members", "Employees"})
"""People a body sends or has, who open a sentence before "of" and the body's name: no word of that name."""


_COUNTS = frozenset({"Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve", "Twenty",
                     "Several", "Some", "Many", "Dozens", "Hundreds"})
"""Words that count a body's things at the start of a sentence, before the body's name."""


def _title_last(words: list[str]) -> int | None:
    """The index of a title's noun that ends the run right after a body's word, with no "of" or "for" before it: in
    "The European Commission President, Ana Lenz, said" or "the African Union Commission Chairperson said", the body is
    the European Commission and the rest is its head's title; "the Office of the High Commissioner" and "the Health
    Service Executive" keep their last word."""
    last = len(words) - 1
    if last < 2 or words[last].split("-")[-1].lower() not in TITLE_HEADS or words[last - 1] not in _BODY_WORDS or \
            words[last] in _BODY_HEADS or \
            any(w in ("of", "for") for w in words):
        return None
    return last


def _patterns(text: str, forms: dict[str, _Candidate]) -> list[tuple[Span, _Candidate, str]]:
    """Organisations the gazetteer does not know: "European Council on Foreign Relations", "E5 group"."""
    found: list[tuple[Span, _Candidate, str]] = []
    for match in _NUMBERED_GROUP.finditer(text):
        name = f"{match.group('short')} group"
        candidate = forms.get(name) or forms.get(match.group("short")) or _Candidate("new:" + name, name, "group")
        if candidate.key.startswith("new:"):
            forms[match.group("short")] = candidate
        found.append((Span(match.start(), match.end()), candidate, name))
    for match in _NATIONAL_SOCIETY.finditer(text):
        begin = match.start()
        if match.group("country") not in _COUNTRY_FORMS:
            # "The Kenyan Red Cross said": the first capitalised word is the sentence's, not the name's
            last = match.group("country").split()[-1]
            if last not in _COUNTRY_FORMS or last == match.group("country"):
                continue
            begin = match.start("country") + match.group("country").rindex(last)
        name = " ".join(text[begin:match.end()].split())
        candidate = forms.get(name) or _Candidate("new:" + name, name, "organisation")
        forms.setdefault(name, candidate)
        found.append((Span(begin, match.end()), candidate, name))
    for match in _FOREIGN_BODY.finditer(text):
        name = re.sub(r"[’']s$", "", " ".join(match.group().split()))
        if name not in forms or forms[name].key.startswith("new:"):
            candidate = forms.get(name) or _Candidate("new:" + name, name, "organisation")
            forms.setdefault(name, candidate)
            found.append((Span(match.start(), match.start() + len(name)), candidate, name))
    for match in _CIVIL_SERVICE.finditer(text):
        if match.group("country") in _COUNTRY_FORMS:
            name = " ".join(match.group().split())
            candidate = forms.get(name) or _Candidate("new:" + name, name, "organisation")
            forms.setdefault(name, candidate)
            found.append((Span(match.start(), match.end()), candidate, name))
    for match in _NATIONAL_COMPANY.finditer(text):
        name = " ".join(match.group().split())
        candidate = forms.get(name) or _Candidate("new:" + name, name, "organisation")
        forms.setdefault(name, candidate)
        found.append((Span(match.start(), match.end()), candidate, name))
    for match in _CAPABILITY_COALITION.finditer(text):
        name = " ".join(match.group("name").split())
        candidate = forms.get(name) or _Candidate("new:" + name.lower(), name, "group")
        forms.setdefault(name, candidate)
        found.append((Span(match.start("name"), match.end("name")), candidate, name))
    for start, words in (run for match in _RUN.finditer(text) for run in _runs(match, forms)):
        owners = [w[:-2] for w in words[:1] if re.search(r"[’']s$", w)]
        owned = next((k for k in (2, 3) if len(words) > k and re.search(r"[’']s$", words[k - 1]) and
                      " ".join(words[:k])[:-2] in forms), 0)
        if owned:
            # "Saudi Arabia's King Salman Relief Centre": a possessive of more than one word is its owner's name
            owners.append(" ".join(words[:owned])[:-2])
            start = text.index(words[owned], start + len(" ".join(words[:owned])))
            del words[:owned]
        while words and ((words[0] in NOT_NAMES and words[0] not in _PLACE_ADJECTIVES and
                          not _DEPARTMENT.fullmatch(" ".join(words))) or
                         words[0] in ("of", "on", "for", "the") or re.search(r"[’']s$", words[0])):
            # "Romania's Supreme Council of National Defence": the possessive is its country's, not its name
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else start
            words.pop(0)
        if len(words) > 2 and words[0] in _COUNTS and words[1] in _COUNTRY_FORMS:
            # "Two Chilean Air Force planes landed": how many of a state's body's things, no word of its name
            start = text.index(words[1], start + len(words[0]))
            words.pop(0)
        if len(words) > 2 and words[0] in _SENT_PEOPLE and words[1] == "of":
            # "Staff of the Korea International Cooperation Agency handed over": the people a body sends, then the body
            start = text.index(words[2], start + len(words[0]) + len(words[1]) + 1)
            del words[:2]
            if words[0] == "the" and len(words) > 1:
                start = text.index(words[1], start + 3)
                words.pop(0)
        aim = _aim_of_name(text, start, words)
        if aim:
            start = text.index(words[aim], start + len(" ".join(words[:aim])))
            del words[:aim]
        of = max((i for i, w in enumerate(words) if w in ("of", "for") and i + 1 < len(words)), default=None)
        if of is not None and of > 0 and words[of - 1].split("-")[-1] == "Minister":
            continue  # "Minister of Local Administration": a minister's portfolio, not the ministry's name
        # "the Chief of Mission of the International Organization for Migration": the title ends at the last "of"
        # with no body's word before it, not at the "for" inside the body's own name
        of = max((i for i, w in enumerate(words) if w in ("of", "for") and i + 1 < len(words)
                  and not {p for x in words[:i] for p in x.split("-")} & _BODY_WORDS), default=of)
        ministry = next((i for i, w in enumerate(words[:-3]) if w in ("of", "for") and words[i + 1] == "the"
                         and words[i + 2] in _DEPARTMENT_HEADS), None)
        if ministry is not None and (of is None or ministry < of):
            of = ministry  # "Deputy Secretary of the Ministry of Interior": the ministry's own "of" is in its name
        if of is not None and any(w.split("-")[-1].lower() in TITLE_HEADS for w in words[:of]) and \
                not {p for x in words[:of] for p in x.split("-")} & _BODY_WORDS:
            # "President of the European Commission", "Colonel Viktor Shvets of the State Emergency Service": a
            # title (and a name) before the organisation
            of = _past_title_unit(words, of)
            start = text.index(words[of + 1], start + len(" ".join(words[:of])))
            words = [w for w in words[of + 1:]]
            if words and words[0] == "the":
                start = text.index(words[1], start + 3) if len(words) > 1 else start
                words.pop(0)
            if len(words) > 1 and re.search(r"[’']s$", words[0]):
                # "Commissioner of Chile's Disaster Response Commission": the body's country, not its name
                start = text.index(words[1], start + len(words[0]))
                owners.append(words.pop(0)[:-2])
            words = _without_holder(text, start, words)
        desk = next((i for i, w in enumerate(words[:-1]) if w in ("of", "for") and _PRESS_DESK.match(" ".join(words[:i]))),
                    None)
        if desk is not None:
            # "the Press Service of the Ministry of Energy said": the body whose desk sends the news out
            start = text.index(words[desk + 1], start + len(" ".join(words[:desk])))
            del words[:desk + 1]
            if words[0] == "the" and len(words) > 1:
                start = text.index(words[1], start + 3)
                words.pop(0)
        first_of = words.index("of") if "of" in words else None
        if first_of is not None and 2 <= first_of <= 3 and all(
                _PERSON_WORD.fullmatch(w) and w not in NOT_NAMES and w not in _COUNTRY_FORMS and w not in
                _BODY_WORDS and w.lower() not in TITLE_HEADS for w in words[:first_of]) \
                and {p for x in words[first_of + 1:] for p in x.split("-")} & _BODY_WORDS:
            # "Anna Keller of the Geneva International Centre": a person's name, then the body she is with
            start = text.index(words[first_of + 1], start + len(" ".join(words[:first_of])))
            words = words[first_of + 1:]
            if words and words[0] == "the" and len(words) > 1:
                start = text.index(words[1], start + 3)
                words.pop(0)
        last_org = max((i for i, w in enumerate(words) if w.split("-")[-1] in _BODY_WORDS | {"Mission"}),
                       default=None)
        if last_org is not None and len(words) - last_org - 1 in (2, 3) and all(
                _PERSON_WORD.fullmatch(w) and w not in NOT_NAMES and w not in _BODY_WORDS
                and w.lower() not in TITLE_HEADS for w in words[last_org + 1:]):
            del words[last_org + 1:]  # "the European Commission Marianne Duclos": a name after the body's own
        while len(words) > 2 and words[1] in ("for", "on") and words[0] in _COUNTRY_FORMS:
            # "(shipped by) Australia for the Vanuatu Police Force": a country, then the body it serves
            start = text.index(words[2], start + len(words[0]))
            del words[:2]
            if words[0] == "the" and len(words) > 1:
                start = text.index(words[1], start + 3)
                words.pop(0)
        served = next((i for i, w in enumerate(words) if w == "for" and 0 < i < len(words) - 1), None)
        if served is not None and words[0] not in _DEPARTMENT_HEADS and \
                not {p for x in words[:served] for p in x.split("-")} & _BODY_WORDS and \
                not _DEPARTMENT.fullmatch(" ".join(words[:served])):
            # "the Ministry for Foreign Affairs of Iceland": the "for" of a ministry's own name
            # "(arrived at) the Port of Davao for the Bureau of Fire Protection": a place, then the body served
            start = text.index(words[served + 1], start + len(" ".join(words[:served])))
            del words[:served + 1]
            if words[0] == "the" and len(words) > 1:
                start = text.index(words[1], start + 3)
                words.pop(0)
        cut = next((i for i, w in enumerate(words) if 0 < i < len(words) - 1 and w.split("-")[-1].lower() in TITLE_HEADS
                    and {p for x in words[:i] for p in x.split("-")} & _BODY_WORDS and words[i + 1] not in _BODY_WORDS
                    and not (w == "General" and words[i - 1] in _DEPARTMENT_HEADS)
                    and not (w in _BODY_HEADS and words[i + 1][:1].islower())),
                   None)  # "the UN General Assembly", "the Directorate General of Fisheries": the body's own words
        cut = _title_last(words) if cut is None else cut
        if cut is not None and words[cut].split("-")[-1] == "Minister" and _portfolio_of_country(words[:cut]):
            continue  # "Solomon Islands Police Minister Ana Ruiz": the service is the minister's portfolio, no body
        if cut is not None and _programme_title(words[:cut], forms):
            continue
        if cut is not None:
            del words[cut:]  # "European Commission Vice-President Annika Lindqvist": the title and name follow
            while len(words) > 1 and words[-1].lower() in TITLE_MODIFIERS and words[-1] not in _BODY_WORDS:
                words.pop()  # "United Nations Resident Coordinator Ana Ruiz": "Resident" is the title's
        model = next((i for i, w in enumerate(words) if i > 0 and re.search(r"\d", w) and
                      {p for x in words[:i] for p in x.split("-")} & _BODY_WORDS), None)
        if model is not None:
            del words[model:]  # "a Royal Fijian Air Force C-295 transport": the aircraft after the body's name
        region = _REGION_AND.match(text, start + len(" ".join(words)))
        if region and (words[-1] == "Asia" or words[-2:] == ["Latin", "America"]):
            words += region.group().split()  # "the Bank of Latin America and the Caribbean": "and the" in a region
        if len(words) > 2 and words[-2] in ("of", "for", "on") and re.search(r"[’']s$", words[-1]):
            del words[-2:]  # "the Council of Europe of Chile's progress": the possessive starts another phrase
        if words and re.search(r"[’']s$", words[-1]):
            words[-1] = words[-1][:-2]  # "the Office of the Prime Minister's staff": the name ends before "'s"
        while len(words) > 2 and words[-2] in ("on", "in") and words[-1] in NOT_NAMES:
            del words[-2:]  # "... Cooperation on Monday": a day, not a name's end
        joined = max((i for i, w in enumerate(words) if w in ("of", "on", "for") and i > 0), default=None)
        if joined is not None and re.match(r"-[a-z]", text[start + len(" ".join(words)):]):
            # "the Coral Reef Fund for EU-led missions", "Implementation of the World Bank-financed works": the
            # words after "of" or "for" are part of an adjective, not of the name
            del words[joined:]
        while words and words[-1] in ("of", "on", "for", "the", *_HONORIFICS):
            words.pop()  # "the Ministry of Health Dr. Amina Yusuf": the honorific starts the person's name
        tokens = {w for word in words for w in word.split("-")}
        department = _DEPARTMENT.fullmatch(" ".join(words))
        mission = _MISSION_IN.match(text, start + len(" ".join(words))) if words and words[-1] == "Mission" else None
        local = len(words) > 2 and words[-1] == "Government" and words[-2] in _LOCAL_LEVELS
        local = local or _national_board(words)
        if not department and (len(words) < 2 or not (tokens & _BODY_WORDS or mission or local) or
                               (words[0] in _BODY_WORDS and not (_BODY_OF.match(" ".join(words)) and not {
                                   p for x in words[2:] for p in x.split("-")} & _BODY_WORDS))):
            continue
        # "the Joint Stabilisation Mission in Mali (JSMM)": a mission's name goes on to the country it serves in
        name = " ".join([*words, *mission.group().split()]) if mission else " ".join(words)
        name += _region_of_name(text, start + len(name), name) if "of" in words or "for" in words else ""
        against = _AGAINST.match(text, start + len(name)) if "for" in words else None
        if against:
            name += " " + " ".join(against.group().split())  # "the Tribunal for the Crime of War against Chile"
        if department and words[0] in _DEPARTMENT_HEADS:
            name += _portfolios(text, start + len(name), forms)
        if name in NEWS_AGENCIES or name in forms or _not_a_body(text, name) or (words[-1] in _UNIT_OF_BODY and any(
                o in forms and forms[o].type != "country" for o in owners)):
            continue
        kind = "group" if tokens & {"Group", "Coalition"} else "organisation"
        found.append((Span(start, start + len(name)), _Candidate("new:" + name, name, kind), name))
    return found


_REGIONS = r"(?:(?:West|East|North|South|Southern|Central|Sub-Saharan)[ ]+)?(?:Africa|Asia|Europe|America|Latin[ ]+America|" \
    r"the[ ]+Americas|the[ ]+Pacific|the[ ]+Caribbean|the[ ]+Middle[ ]+East|the[ ]+Arab[ ]+World)"
_IN_REGION = re.compile(r"\s+in\s+" + _REGIONS + r"(?![\w-])")


def _region_of_name(text: str, end: int, name: str) -> str:
    """" in Africa" where the body's name goes on to its region: "the Islamic Fund for Rural Credit in Asia (IFRCA)" is
    named in full where the text sets an abbreviation after the region, and so at each mention; "the Fund for Rural
    Credit in West Africa said" sets none, and the region may be where the body works, so the name stops before it."""
    region = _IN_REGION.match(text, end)
    if region is None or not re.search(re.escape(name + region.group()) + r"\s*\([A-Z][A-Za-z&.-]{1,9}\)", text):
        return ""
    return " " + " ".join(region.group().split())


_BODY_HEADS = frozenset({"Executive"})
"""Title heads that also end a body's own name, where no title's holder comes after: "talks with the Health Service
Executive on Tuesday" name the Health Service Executive, as "the Regional Water Executive in Cork" names its body;
"the Health Service Executive Director Ana Ruiz" is a title and its holder after the body."""


_TITLE_UNITS = frozenset({"Office", "Sub-Office", "Mission", "Delegation", "Staff", "Station", "Programme", "Operations"})
"""The units a title heads that the title names with no "the" before them: "Head of Office", "Chief of Mission", "Head
of Delegation", "Chief of Staff"."""


def _past_title_unit(words: list[str], of: int) -> int:
    """The "of" or "for" that opens the body's name after a title that heads a unit of it: "Head of Office of UNHCR"
    is UNHCR's head of office, not the head of an "Office of UNHCR"; "Chief of Mission for IOM" is IOM's; `of` where
    "the" or a portfolio comes after the title's "of": "Head of the Office of the President"."""
    unit = of + 1
    if unit + 2 < len(words) and words[unit] in _TITLE_UNITS and words[unit + 1] in ("of", "for"):
        return unit + 1
    return of


def _without_holder(text: str, start: int, words: list[str]) -> list[str]:
    """The body's name after a title and its "of", without the name of the title's holder after it: "Director of the
    Ministry of Water Ana Ruiz said" names the Ministry of Water and Ana Ruiz, whom the text then calls "Ruiz" alone
    or makes speak right after the name; two words that read as a name, the body's name before them ending in a word
    of its own."""
    if len(words) < 4 or words[-3] in _MINOR_WORDS:
        return words
    holder = words[-2:]
    if not all(_PERSON_WORD.fullmatch(w) and not _plain_word(w) and w not in CAPITALS for w in holder):
        return words
    alone = re.search(r"(?<![\w’'-])(?<!" + re.escape(holder[0]) + r" )" + re.escape(holder[1]) + r"(?![\w-])", text)
    return words[:-2] if alone is not None or _speaks_after(text, start, words) else words


_PORTFOLIO_WORD = re.compile(r"[a-z](?:ing|ion|ions|ies|ment|ments|ure|ity|ism|age|ics|ance|ence|ces|airs|"
                             r"orks)$")
"""How the words of what a body does end, which names seldom do: "Protection", "Resources", "Affairs", "Management"."""


def _speaks_after(text: str, start: int, words: list[str]) -> bool:
    """Whether a verb of speech follows the run, right after its last two words, which are then the holder's name as no
    body's words are: "Director of the Department of Civil Protection Ana Ruiz said"; "the Department of Water
    Resources said" ends in a word of what the body does."""
    end = text.find(words[-1], start + len(" ".join(words[:-1]))) + len(words[-1])
    spoken = re.match(r"\s+([a-z]+)\b", text[end:])
    return spoken is not None and spoken.group(1) in SPEECH_VERBS and \
        not any(_PORTFOLIO_WORD.search(w) for w in words[-2:])


_NAME_GOES_ON_IN = re.compile(r"[A-Z][\w’'-]*\s+in\s+$")


def _aim_of_name(text: str, start: int, words: list[str]) -> int:
    """How many words open the run as the aim of a gathering's or campaign's name that goes on past "in": "the
    International Conference in Support of the Lebanese Armed Forces" names the Lebanese Armed Forces, not a body
    "Support of ..."; so does "a Campaign in Defence of the Ukrainian Navy". 0 when the run opens no such aim."""
    if not _NAME_GOES_ON_IN.search(text, max(0, start - 40), start):
        return 0
    joint = next((i for i, w in enumerate(words[:3]) if w in ("of", "for")), 0)
    if joint == 0 or joint + 1 >= len(words) or any(w in _BODY_WORDS for w in words[:joint]):
        return 0
    return joint + 2 if words[joint + 1] == "the" and joint + 2 < len(words) else joint + 1


_TITLE_UNIT_WORDS = frozenset({"Programme", "Program", "Project"})


def _programme_title(words: list[str], forms: dict[str, _Candidate]) -> bool:
    """"WFP Programme Manager Lena Horvath", "USAID Program Director Tom Brandt": a body the draft knows by
    name, then "Programme" that opens the title after it ("Programme Manager"), is that body and no other;
    "UN Environment Programme Director" names a programme of its own with a word of its own."""
    return len(words) > 1 and words[-1] in _TITLE_UNIT_WORDS and " ".join(words[:-1]) in forms


def _runs(match: re.Match[str], forms: dict[str, _Candidate]) -> list[tuple[int, list[str]]]:
    """A run of capitalised words, cut at each "and" that joins two names rather than making one: "the
    Disaster Management and Mitigation Unit" is one name, "JICA and ZESCO Limited" two."""
    words = [(m.start() + match.start(), m.group()) for m in re.finditer(r"\S+", match.group())]
    runs: list[list[tuple[int, str]]] = [[]]
    for index, (at, word) in enumerate(words):
        if word == "and" and runs[-1] and index + 1 < len(words) and \
                _joins_two([w for _, w in runs[-1]], [w for _, w in words[index + 1:]], forms):
            runs.append([])
            continue
        runs[-1].append((at, word))
    return [(run[0][0], [w for _, w in run]) for run in runs if run]


def _joins_two(before: list[str], after: list[str], forms: dict[str, _Candidate]) -> bool:
    """Whether the "and" between the words `before` and `after` joins two names: a name known already on
    either side, or a first name complete with its own organisation word ("the Council and ...")."""
    return any(" ".join(before[i:]) in forms for i in range(len(before))) or before[-1] in _COUNTRY_FORMS or \
        any(" ".join(after[:i]) in forms for i in range(1, len(after) + 1)) or after[0] in _COUNTRY_FORMS or \
        before[-1].split("-")[-1] in _BODY_WORDS


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
