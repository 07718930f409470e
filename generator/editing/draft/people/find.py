"""find_people: the people of an article, from the readers of the modules beside it."""
from __future__ import annotations

import re

from generator.content.ids import slug, unique
from generator.editing.draft.gazetteer import ENTRIES
from generator.editing.draft.known import Known
from generator.editing.draft.model import LIKELY, SURE, Person
from generator.editing.draft.organisations import OrganisationMentions
from generator.editing.draft.people.bylines import bylined, signed, transcript_speakers
from generator.editing.draft.people.context import (
    announcer_country,
    counterpart_titles,
    given_alone,
    headline_country,
    lede_title,
    owner_by_its,
    owner_by_kind,
    with_mentions,
)
from generator.editing.draft.people.lexicon import BODY_FIRST, MEDIA_FIRST, MEDIA_LAST, PLACE_ENDS, PLACE_FIRST
from generator.editing.draft.people.names import Found, aliases, title_of_surname, variant_match, with_variants
from generator.editing.draft.people.reader import Reader
from generator.editing.draft.text import Article, fold

_ABBREVIATED_AFTER = re.compile(r"\s+\([A-Z][A-Z0-9&.-]{1,9}\)")
"""A run of capitalised words with its abbreviation in brackets after it names an organisation or a
programme: people are not abbreviated so."""


_ENTRY_FORMS = frozenset(form for entry in ENTRIES for form in entry.forms)


def _title_initials(reader: Reader, title: str) -> tuple[str, ...]:
    """"External Affairs Minister Dr. S. Jaishankar ... During the visit, EAM called on the President": a
    ministry's releases call their minister by the initials of the title. Initials of a title of two words or
    more, all capitalised, that the text writes alone, and that are no body's or country's name, and no time of
    day ("3 PM")."""
    words = title.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ()
    initials = "".join(w[0] for w in words)
    if initials in _ENTRY_FORMS or initials in reader.org_names.values():
        return ()
    found = [m for m in re.finditer(r"(?<![\w.-])" + re.escape(initials) + r"(?![\w.-])", reader.article.masked)
             if m.start() >= reader.article.body_start and not re.search(r"\d\s*$", reader.article.masked[:m.start()])
             and not any(m.start() < span.end and span.start < m.end() for span, _ in reader.org_at.values())]
    return (initials,) if found else ()


def find_people(article: Article, orgs: OrganisationMentions, known: Known, used: set[str]) -> list[Person]:
    reader = Reader(article, orgs)
    known_forms: dict[str, tuple[str, str]] = {}
    for k in known.people:
        for alias in aliases(k.name):
            known_forms[fold(alias)] = (k.id, k.name) if fold(alias) not in known_forms else ("", "")
    people: dict[str, Found] = {}
    runs = reader.runs()
    # A surname the text makes speak on its own ("Sybiha told reporters") marks the full name it
    # shortens as a person's, though the full name came with no title: "Ukraine's Andrii Sybiha".
    speaking_surnames = {reader.name(f, f) for f, last in runs if f == last and reader.spoken_of(f, last)}
    # "Russia's Sergei Volkov" is a person where the text goes on to call him "Volkov"; "Germany's Euler
    # Hermes", a company the text never calls "Hermes", is not
    surnames_alone = {reader.name(f, f) for f, last in runs if f == last}
    surnames_of_names = {reader.tokens[i].bare for f, last in runs if last > f for i in range(f, last + 1)}
    # "Ana Soto arrived in Lima. Soto, the deputy foreign minister, said": a surname given a title set off after it
    # marks the full name before as a person's, whose title it is
    # as does a title set off before it: "Ana Ruiz arrived. The foreign minister, Ruiz, said"
    titled_surnames = {reader.name(f, f) for f, last in runs if f == last and (
        reader.title_after(f) is not None or (f + 1 < len(reader.tokens) and reader.gap(f, f + 1).strip() == ","
                                              and reader.title_set_before(f) is not None))}
    for run_first, last in runs:
        first = reader.past_portfolio(run_first, last)
        if first is None:
            continue
        name = reader.name(first, last)
        if _ABBREVIATED_AFTER.match(reader.article.masked, reader.tokens[last].span.end):
            continue  # "the Extraordinary Revenue Acceleration (ERA) loans": a programme or body, not a person
        if reader.names_organisation(last) or reader.tokens[first].text in MEDIA_FIRST | BODY_FIRST or \
                reader.tokens[last].bare in MEDIA_LAST:
            continue  # "Greenfield Harbour Authority": the first words of a body's name are no person's
        if reader.names_place(last) or reader.in_portfolio_list(first) or reader.tokens[last].bare in PLACE_ENDS or \
                reader.portfolio_run(first, last) or \
                (reader.tokens[first].text in PLACE_FIRST and last > first):
            continue
        if reader.named_as_thing(first, last, name):
            continue  # "the newspaper Le Monde said", "Cyclone Idai", "Wood Mackenzie, a consultancy,": no one
        title = reader.title_of(first, last)
        if title is not None and title.words.split()[-1].lower() == "the" and last - first < 2:
            continue  # "the Bank's vice-president for the Middle East and North Africa": the title's region, no one
        if title is None and last > first and reader.named_as_place(name):
            continue  # "Port Moresby said it had not been consulted": a capital speaking for its government
        if first == last:
            title_of_surname(people, name, title)
        hit = known_forms.get(fold(name))
        if hit and hit[0]:
            ident, full, is_known = hit[0], hit[1], True
        elif first == last and reader.given_name_alone(first) and name not in surnames_of_names and \
                not any(fold(name) in map(fold, aliases(p.name)) for p in people.values()):
            full, ident, is_known = name, "", False
        elif first == last and title is not None and reader.reigns(first, title):
            full = reader.regnal(first)
            match = next((i for i, p in people.items() if fold(full) == fold(p.name)), None)
            ident, is_known = match or "", False
        elif last > first and (title or reader.spoken_of(first, last) or reader.aged(last) or reader.described(last)
                               or reader.set_off_speaker(first, last)
                               or reader.contact(first, last)
                               or reader.leads_party(first) or reader.referred_back(first, last)
                               or reader.speaks_past_apposition(last)
                               or reader.acts_of_body(first, last) or reader.meets_official(first, last)
                               or reader.with_their_own(first, last)
                               or (reader.of_country(first) and (reader.name(last, last) in surnames_alone
                                                                 or reader.meets_or_travels(first, last)))
                               or reader.name(last, last) in speaking_surnames | titled_surnames
                               or reader.met_by_name(first, last) or reader.listed_after_people(first, last)):
            # "Van Dalen" opening a sentence is the "Joost van Dalen" named before
            match = next((i for i, p in people.items() if fold(name) in map(fold, aliases(p.name))), None) or \
                variant_match(people, name, title)
            full = people[match].name if match else name
            ident, is_known = match or "", False
        else:
            continue
        if not ident:
            ident = unique(slug(full) or "person", used)
            used.add(ident)
        if ident not in people:
            people[ident] = Found(full, is_known, None, first)
        if title and people[ident].title is None:
            people[ident].title = title
        people[ident].heads = people[ident].heads or reader.heads(last) or \
            reader.represented(title.span.start if title else reader.tokens[first].span.start) or \
            owner_by_its(reader, first, last, title) or owner_by_kind(reader, title) or \
            reader.counterpart(title.span.start if title and title.span.end <= reader.tokens[first].span.start
                               else reader.tokens[first].span.start)
    counterpart_titles(reader, people)
    lede_title(reader, people)
    headline_country(reader, people)
    announcer_country(reader, people)
    alone = given_alone(reader, runs, [p.name for p in people.values()])
    result = []
    for ident, data in people.items():
        title, first, name = data.title, data.first, data.name
        where = title.span.start if title else reader.tokens[first].span.start
        excerpt = article.sentence_text(article.sentence_index(where))
        if title:
            why = f"{SURE}: named with the title {title.words!r}" if title.span.end < reader.tokens[first].span.start \
                else f"{LIKELY}: the title {title.words!r} is set off beside the name"
        else:
            why = f"{LIKELY}: a name the text gives words to, with no title"
        result.append(Person(ident, name, data.known, excerpt, title.words if title else "",
                             (title.organisation if title else "") or data.heads, why,
                             aliases=with_variants(name, data.variants) + tuple(alone.get(name, ())) +
                             _title_initials(reader, title.words if title else "")))
    result = signed(article, result, known_forms, used)
    result = transcript_speakers(article, result, known_forms, used)
    return with_mentions(reader, result + bylined(article, result, known_forms, used))
