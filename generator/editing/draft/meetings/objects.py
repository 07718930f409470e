"""Whom a verb of meeting was with: the parties named after it."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.meetings.phrases import MET_ALONE
from generator.editing.draft.meetings.sentence import LEAD, opens_at
from generator.editing.draft.meetings.titles import (
    AIDE_OF_OFFICE,
    HEAD,
    OBJECT_END,
    ONE_HEAD,
    QUALIFIED_TITLE,
    body_of_official,
    has_portfolios,
    holder_by_words,
    holder_set_off,
    official_of,
    own_country,
    same_office,
    short_name,
    surname_not_state,
    title_set_off,
    titles_merged,
    unnamed_country,
    unread_official,
)
from generator.editing.draft.text import Article, Span

_VISITING = r"(?:(?:the|a|an)\s+)?(?:visiting|(?:newly\s+)?arrived|incoming|outgoing)\s+"
"""Before the one met, a word of their coming ("received visiting Nigerian Vice President Ibrahim Bello", "hosted the
visiting Indian Foreign Secretary, Vikram Rao"): the one who came met, the word no party."""
FIRST_GAP = re.compile(r"^\s*(?:" + _VISITING + r")?" + LEAD + r"$")
_NEXT_GAP = re.compile(r"^(?:\s+of\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"  # "Sen. Dana Whitfield of Oregon"
                       r"(?:\s*\([A-Z][\w.&-]{1,14}\))?"  # "the UN Development Programme (UNDP) and ..."
                       r"\s*(?:,\s*and|,|and|,?\s*(?:as\s+well\s+as|together\s+with|along\s+with|alongside|accompanied\s+by)|[—–])"
                       r"\s*(?:with\s+)?" + LEAD + r"$")
"""Between two parties of one meeting: "A and B", "A, together with B", "A alongside B"."""
_THEN = re.compile(r"^(?:\s+(?:in|at|on|for)\s+[^,.;:]{1,40}?)?\s*,?\s*(?:and\s*,?\s+)?(?:later|then|afterwards|"
                   r"subsequently|after\s+that|next|separately)(?:\s+(?:in|on|that|this)\b[^,.;:]{0,25},)?\s*,?\s+"
                   r"(?:(?:also|separately)\s+)?(?:with\s+)?")
"""'met Kask in Tallinn and later Pevkur', 'met Kask and, later in the day, Pevkur': the verb goes on to a
meeting of its own, with the same subject."""
_STAFF = re.compile(r"\s+(?:executives|officials|representatives|management|leadership|managers|bosses|staff|"
                    r"negotiators|engineers)\b")
"""'met senior Airbus executives': people of an organisation met for it, the organisation the party."""
_STAFF_LEAD = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:senior|top|leading|high-ranking|visiting|several)\s+")
_ENUMERATION = re.compile(r"^\s*(?:countries|states|nations|leaders|delegations?|officials|counterparts)?\s*[—–]\s*")
_LIST_GAP = re.compile(r"^\s*(?:,\s*and|,|and)\s*(?:the\s+)?$")


_HIM = re.compile(r"\s*(?P<pronoun>him|her)\b")
_POSSESSIVE_HER = re.compile(r"(?<=her)(?!" + MET_ALONE.pattern + r")\s+(?-i:[a-z])[\w-]*\b(?<!ly)")
"""'Berg met her targets', 'Ruiz received her guests': "her" before a noun is whose, not whom, and names no one
met (where "received her warmly", "met her in Oslo" do)."""


def object_pronoun(article: Article, cast: Cast, index: int, trigger: re.Match[str]) -> list[Actor]:
    """"Marchenko was in Oslo. Solberg received him at his residence": "him" or "her" after a verb of
    meeting is the one person the sentence before names, when it names one other than this sentence's subject."""
    pronoun = _HIM.match(article.masked, trigger.end())
    if not pronoun or _POSSESSIVE_HER.match(article.masked, pronoun.end()):
        return []
    here = {a.ref for a in cast.in_sentence(index) if a.kind == "person" and a.span.end <= trigger.start()}
    before = {p for a in cast.in_sentence(index - 1) for p in [cast.person_of(a, index - 1)[0]]
              if a.kind in ("person", "description") and p} - here
    if len(before) != 1 or not here:
        return []
    span = Span(trigger.end() + pronoun.start("pronoun") - pronoun.start(), trigger.end() + pronoun.end() - pronoun.start())
    return [Actor("person", span, before.pop())]


_INCLUDING = re.compile(r"(?:the\s+|several\s+|some\s+|a\s+group\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:representatives|members|"
                        r"leaders|officials|ministers|heads|envoys|executives|delegates|activists|families|survivors|"
                        r"mayors|governors|lawmakers|diplomats|volunteers|veterans)\b[^.;:,()“”\"]{0,60}?,?\s+"
                        r"(?:including|among\s+them|such\s+as)\s+")
"""A group met, then the people of it the text names: "representatives of civil society, including ..."."""


def objects_met(article: Article, cast: Cast, index: int, position: int) -> list[Actor]:
    """Who the meeting was with: the list of people and organisations after the verb."""
    found: list[Actor] = []
    including = _INCLUDING.match(article.masked, position)
    if including:
        position = including.end()  # "met representatives of civil society, including Mariia Horobets"
    actors = [a for a in titles_merged(article, cast.in_sentence(index)) if a.span.start >= position]
    skip_to = -1
    after_body = False
    for number, actor in enumerate(actors):
        actor = surname_not_state(article, cast, actor)
        short = short_name(article, cast, position, actor)
        if short is not None and short.ref not in {a.ref for a in found} and \
                (not found or position == found[-1].span.end):
            found.append(short)
            position = short.span.end
        aside = _ASIDE.match(article.masked, position) if found and position == found[-1].span.end else None
        if aside:
            position = skip_to = aside.end()  # "Ferrer, who heads the EIB, and Albers": past what the clause names
        if actor.span.start < skip_to:
            continue
        if after_body and (actor.kind != "person" or
                           not re.fullmatch(r"\s*,?\s*(?:and|as\s+well\s+as)\s+", article.masked[position:actor.span.start])):
            break  # "Soto, head of Oxfam, and Lima has asked": only a person named after "and" goes on with the list
        if actor.kind == "organisation" and found and found[-1].kind == "person" and position == found[-1].span.end and \
                re.fullmatch(r"\s+of\s+", article.masked[position:actor.span.start]) and \
                not re.match(r"[’']s\b", article.masked[actor.span.end:]):
            position = actor.span.end  # "Commander Joseph Mwangi of Kenya, and the UN envoy": the country of the one met
            continue
        body = body_of_official(article, found, article.masked[position:actor.span.start], actor)
        after_body = body is not None
        if body is not None:
            position = skip_to = body  # "Ana Soto, head of the Chilean Red Cross": the body of her title
            continue
        if actor.kind == "description" and re.match(r"\s+(?:of|from)\s", article.masked[actor.span.end:]) and \
                not own_country(cast, actor, actors[number + 1:]):
            holder = holder_set_off(article, actors[number + 1:], actor)
            if holder is None:
                continue  # "the leaders of the E5 group": the group is the party
            if holder.kind != "person":
                return []  # "the head of the UN mission, Volker Perthes": one met whom the draft did not read
            found.append(holder)
            position = skip_to = holder.span.end
            continue
        if actor.kind == "description" and re.match(r"\s*:\s*", article.masked[actor.span.end:]) and not found:
            # "met separately with two Norwegian ministers: A and B": the names that follow
            position = actor.span.end + article.masked[actor.span.end:].index(":") + 1
            continue
        title = title_set_off(article, actors, found, position, actor)
        if title is not None:
            position = skip_to = title  # "Ana Soto, Chilean Foreign Minister": her title, its country no party
            continue
        if actor.kind == "description" and found and found[-1].kind == "person" and \
                re.fullmatch(r",\s*", article.masked[position:actor.span.start]):
            position = actor.span.end  # "Grace Achieng, the WHO's regional director": who the one just named is
            continue
        if actor.kind == "person" and found and found[-1].kind == "person" and same_office(cast, found[-1], actor) and \
                re.fullmatch(r",\s*", article.masked[position:actor.span.start]):
            position = actor.span.end  # "Ana Soto, IOM's Director for Peru, Chile": the title of the one just named
            continue
        if actor.kind == "description":
            person = cast.described(actor)[0]
            gap = article.masked[position:actor.span.start]
            if person and (_NEXT_GAP if found else FIRST_GAP).match(gap):
                found.append(Actor("person", actor.span, person))  # "met the chancellor"
                position = actor.span.end
                continue
            country = unnamed_country(cast, actor) if person is None else None
            if country and (_NEXT_GAP if found else FIRST_GAP).match(gap):
                # "the Dutch prime minister": the one of the country the text names by that title, before or after
                # ("met the Japanese ambassador ... Japan's ambassador, Kenji Sato, said"), else the country
                mention = next(span for span, ident in cast.org_mentions if span.within(actor.span))
                words = article.masked[actor.span.start:mention.start] + " " + article.masked[mention.end:actor.span.end]
                holder_id = holder_by_words(cast, country, words)
                found.append(Actor("organisation", actor.span, country) if holder_id is None else
                             Actor("person", actor.span, holder_id))
                position = actor.span.end
                continue
        gap = article.masked[position:actor.span.start]
        closing = re.match(r"\)", article.masked[actor.span.end:])
        if found and actor.ref == found[-1].ref and re.fullmatch(r"\s*\(", gap) and closing:
            position = actor.span.end + 1  # "the UN Development Programme (UNDP)": the same party, abbreviated
            continue
        counterpart = re.match(r"\s+counterparts?\b,?\s*", article.masked[actor.span.end:])
        if actor.kind == "organisation" and counterpart and re.fullmatch(r"\s*(?:(?:and\s+)?(?:his|her|their|its)\s+)?",
                                                                         gap):
            # "his Polish counterpart, Radoslaw Nowak": the person when named, else the country
            nxt = actors[number + 1] if number + 1 < len(actors) else None
            if nxt is not None and nxt.kind == "person" and nxt.span.start == actor.span.end + counterpart.end():
                actor = nxt
            found.append(actor)
            position = skip_to = actor.span.end if actor.kind == "person" else actor.span.end + counterpart.end()
            continue
        nxt = actors[number + 1] if number + 1 < len(actors) else None
        if actor.kind == "person" and nxt is not None and nxt.kind == "person" and \
                _THEIR_AIDE.fullmatch(article.masked[actor.span.end:nxt.span.start]) and \
                (_NEXT_GAP if found else FIRST_GAP).match(gap):
            found.append(nxt)  # "met Otieno's chief of staff, Mary Njoroge": the one of theirs named
            position = skip_to = nxt.span.end
            continue
        if actor.kind == "person" and re.match(r"[’']s\s", article.masked[actor.span.end:]):
            break  # "welcomed Nowak's decision": the person's thing, no party met
        if not found and actor.kind == "person" and \
                re.fullmatch(r"\s*(?:the\s+)?(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|[a-z]+[’']s)\s+", gap):
            # "met Odesa Mayor Serhiy Tkachuk", "met Coast Guard Commandant Ana Soto", "the city's mayor, Andriy
            # Lysenko": the place or the body of the title
            gap = ""
        if found and found[-1].kind == "person" and actor.kind == "person" and (
                _THEIR_OWN.fullmatch(gap) or (re.fullmatch(r"\s*(?:,\s*and|and)\s+(?:his|her|their)\s+", gap) and
                                              re.match(r"(?-i:[a-z])", article.masked[actor.span.start:actor.span.end]))):
            gap = " and "  # "met Foreign Minister Kakubo and his deputy Mary Banda": an official of the one just named
        if found and actor.kind == "person" and re.fullmatch(r"\s*(?:,\s*and|,|and)\s+(?:the\s+)?[A-Z][\w’'-]+\s+", gap) and \
                article.masked[position:actor.span.start].strip(" ,") not in ("and", ""):
            gap = gap[:gap.rindex(" ", 0, len(gap) - 1) + 1]  # "..., Koval and Kyiv Mayor Bondar": the place of the title
        if actor.kind == "organisation" and _STAFF.match(article.masked[actor.span.end:]) and _STAFF_LEAD.fullmatch(gap):
            gap = ""  # "met senior Airbus executives": the company met
        if actor.kind == "organisation" and unread_official(article, actors, actor):
            return []  # "met Somali President Hassan Sheikh": one person met, whom the country would stand in for
        aide = AIDE_OF_OFFICE.match(article.masked, actor.span.end) if actor.kind == "organisation" else None
        if aide is not None:
            named = next((a for a in actors if a.kind == "person" and a.span.start <= aide.start("name") < a.span.end),
                         None)
            if named is None or not (_NEXT_GAP if found else FIRST_GAP).match(article.masked[position:actor.span.start]):
                return []  # "met Russian President's aide Yuri Morozov": a person met the draft did not read
            found.append(named)  # "Moroccan King's envoy Youssef Alami": the one named, never the country
            position = skip_to = named.span.end
            continue
        if actor.kind == "organisation" and _UNKNOWN_NAME.match(article.masked[actor.span.end:]) and \
                not any(a.span.start > actor.span.end and a.kind == "person" and
                        (re.fullmatch(r"\s+", article.masked[actor.span.end:a.span.start]) or has_portfolios(article, actor, a))
                        for a in actors):
            break  # "the Ukrainian Red Cross": a body the gazetteer does not know, never the country of its adjective
        if not found and actor.kind == "person" and _ITS_OFFICIAL.fullmatch(gap) and \
                re.match(r"(?-i:[a-z])", article.masked[actor.span.start:actor.span.end]):
            gap = ""  # "where she met its secretary general, Ana Soto": the title of the body just named
        if not found and actor.kind == "person" and _COUNTERPART_SET_OFF.fullmatch(gap):
            gap = ""  # "his North Macedonian counterpart, Dragan Petrovski": the adjective of no country known
        if not found and actor.kind == "person" and _ROLE_SET_OFF.fullmatch(gap) and \
                not _SAYS_AFTER.match(article.masked, actor.span.end):
            gap = ""  # "talks with the host, French Minister Anne Roux": who the role set off before is
        if not found and actor.kind == "person" and _TITLE_AND.fullmatch(gap):
            gap = ""  # "met Deputy Prime Minister and Foreign Minister Ursu": a title of two offices
        if not found and actor.kind == "person" and _HEAD_OF_BODY_BEFORE.fullmatch(gap) and \
                any(span.within(actor.span) for span, _ in cast.org_mentions):
            gap = ""  # "met Chairman of the Sovereignty Council General Deng": the body read with the name
        if found and actor.kind == "organisation" and _SOURCE_GAP.fullmatch(gap) and \
                _SOURCE_AFTER.match(article.masked, actor.span.end):
            break  # "a call with Morimoto, the Presidential Communications Office says": the body that tells of it
        if not (_NEXT_GAP if found else FIRST_GAP).match(gap) or actor.kind not in ("person", "organisation") or \
                (found and _THEN.match(gap)):
            break  # "met Kask and later Pevkur": Pevkur at a meeting of their own (see then_objects)
        nxt = actors[number + 1] if number + 1 < len(actors) else None
        if actor.kind == "organisation" and nxt is not None and nxt.kind == "person" and \
                QUALIFIED_TITLE.fullmatch(article.masked[actor.span.end:nxt.span.end]):
            found.append(nxt)  # "the Lebanese caretaker Prime Minister, Najib Mikati": the one named
            position = skip_to = nxt.span.end
            continue
        if actor.kind == "organisation" and (_NOT_THE_STATE.match(article.masked[actor.span.end:]) or
                                             _THING_OF.match(article.masked[actor.span.end:])):
            break  # "representatives of Ukrainian civil society": people of a country, not its state
        if actor.kind == "organisation" and re.match(r"[’']s\s", article.masked[actor.span.end:]):
            # "Ukraine's Andrii Sybiha": the country is the person's; "Germany's decision": no party at all
            nxt = actors[number + 1] if number + 1 < len(actors) else None
            unnamed = UNNAMED_OFFICIAL.match(article.masked, actor.span.end) or \
                _UNNAMED_MANAGER.match(article.masked, actor.span.end)
            apposition = bool(found) and re.fullmatch(r",\s*(?:the\s+)?", gap) is not None
            if unnamed and (_NEXT_GAP if found else FIRST_GAP).match(gap) and not apposition and \
                    (nxt is None or nxt.span.start >= unnamed.end()):
                # "spoken by phone with Japan's prime minister": the country, its leader unnamed, or the one person
                # of that title named before (never who the one just named is: "Rauf Mammadli, Azerbaijan's foreign
                # minister")
                official = official_of(cast, actor) or \
                    holder_by_words(cast, actor.ref, re.sub(r"^[’']s\s+", "", unnamed.group()))
                if official is not None or unnamed.re is UNNAMED_OFFICIAL:
                    found.append(actor if official is None else Actor("person", actor.span, official))
                    position = skip_to = unnamed.end()
                    continue
            if nxt is None or nxt.kind != "person" or \
                    not (re.fullmatch(r"[’']s\s+", article.masked[actor.span.end:nxt.span.start]) or
                         has_portfolios(article, actor, nxt)):
                break
            found.append(nxt)
            position = skip_to = nxt.span.end
            continue
        nxt = actors[number + 1] if number + 1 < len(actors) else None
        title_of = _TITLE_OF.search(article.masked[position:actor.span.start])
        if actor.kind == "organisation" and nxt is not None and nxt.kind == "person" and title_of and \
                re.fullmatch(r",\s*", article.masked[actor.span.end:nxt.span.start]) and \
                (_NEXT_GAP if found else FIRST_GAP).match(article.masked[position:position + title_of.start()]):
            found.append(nxt)  # "the Prime Minister of Moldova, Andrei Ciobanu": the person the title is of
            position = skip_to = nxt.span.end
            continue
        if actor.kind == "organisation" and nxt is not None and nxt.kind == "person" and \
                (re.fullmatch(r"(?:\s+[\w-]+){1,4},\s*", article.masked[actor.span.end:nxt.span.start]) or
                 _LONG_TITLE.fullmatch(article.masked[actor.span.end:nxt.span.start]) or
                 has_portfolios(article, actor, nxt) or
                 (re.fullmatch(r"(?:\s+[\w-]+){0,3}\s+", article.masked[actor.span.end:nxt.span.start]) and
                  re.match(r"(?-i:[a-z])[\w-]*,\s", article.masked[nxt.span.start:nxt.span.end]))) and \
                (_NEXT_GAP if found else FIRST_GAP).match(gap):
            # "the Irish Taoiseach, Ciarán Mulrooney", "the Kazakh ecology minister, Aigerim Bekova": the person the
            # title set off before is
            found.append(nxt)
            position = skip_to = nxt.span.end
            continue
        if actor.kind == "organisation" and nxt is not None and nxt.kind == "person" and \
                (LED_BY.match(article.masked[actor.span.end:nxt.span.start]) or
                 (_DELEGATION_OF.search(gap) and _LED_BY_AFTER.match(article.masked[actor.span.end:nxt.span.start]))):
            # "a U.S. delegation led by Defense Secretary Lloyd Austen", "a delegation from the European Union led by
            # Commissioner Jutta Urpilainen": the one who led it
            found.append(nxt)
            position = skip_to = nxt.span.end
            continue
        if actor.kind == "organisation":
            listed, end = _enumeration(article, actors[number + 1:], actor.span.end)
            if listed and all(a.kind == "person" for a in listed):
                found += listed
                position = skip_to = end
                continue
            if listed:
                position = skip_to = end
                found.append(actor)
                continue
        found.append(actor)
        position = actor.span.end
    return found


def then_objects(article: Article, cast: Cast, index: int, end: int) -> list[list[Actor]]:
    """The parties of each later meeting the same verb goes on to: "met A and later B, then C", "met A in the
    morning and B in the afternoon"."""
    meetings: list[list[Actor]] = []
    while (then := _THEN.match(article.masked[end:article.sentences[index].end])) is not None or \
            (then := _PARALLEL.match(article.masked[end:article.sentences[index].end])) is not None:
        objects = objects_met(article, cast, index, end + then.end())
        if not objects or not opens_at(article, cast, index, objects[0], end + then.end()) or \
                not OBJECT_END.match(article.masked[objects[-1].span.end:]):
            break  # "met Kask and then Latvia announced aid": a new clause, whose subject is no one met
        if then.re is _PARALLEL and (any(a.kind != "person" for a in objects) or
                                     not _PARALLEL_END.match(article.masked, objects[-1].span.end)):
            break  # "met Kask in Tallinn and Pevkur": who else was at that meeting, or a clause of its own
        meetings.append(objects)
        end = objects[-1].span.end
    return meetings


_PARALLEL = re.compile(r"^\s+(?:in|at|on|during)\s+[^,.;:]{1,40}?\s*(?:,\s*and|,|and)\s+(?:also\s+)?(?:with\s+)?")
_PARALLEL_END = re.compile(r"\s+(?:in|at|on|during)\s+(?!attendance\b)")
"""'met Otieno in the morning and Wambui in the afternoon', 'met Wambui in Nairobi and Okello in Kampala': each
one met placed or timed on their own, a meeting of their own; the people met only (never "met Otieno on Monday
and Kenya on Tuesday announced"), each with their own place or time."""


_HEAD_OF_BODY_BEFORE = re.compile(r"\s*(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+){0,2}?(?=(?-i:[A-Z]))(?i:" + ONE_HEAD + r")" +
                                  r"\s+(?:of|for)\s+the\s+")
"""'the Personal Envoy of the [United Nations Secretary-General, Ana Ruiz]', 'Chairman of the [Sovereignty Council
General Deng]': a capitalised title of a body, the body and the name read as one."""
_UNKNOWN_NAME = re.compile(r"\s+(?!(?:President|Prime|Minister|Chancellor|Foreign|Defence|Defense|Deputy|Ambassador|"
                           r"Secretary|Mayor|Governor|Commissioner|King|Queen|Senator|Speaker)\b)[A-Z][a-z]")
"""A capitalised word after a country or organisation that is no title: the rest of a name not recognised."""
_ASIDE = re.compile(r"\s*,\s*(?:who|which|whose)\s+[^,;:.]{1,60}(?=,\s*(?:and\s+)?\S)")
"""A relative clause set off after a party of a list, before the next one."""
UNNAMED_OFFICIAL = re.compile(r"[’']s\s+(?i:(?:top|senior|new|deputy|prime|foreign|defen[cs]e|finance|trade|energy|"
                              r"interior|health|vice|chief|special|state)\s+){0,2}(?i:minister|president|premier|"
                              r"chancellor|ambassador|envoy|secretary|commissioner|leader|chief|king|queen|emir|"
                              r"representative|taoiseach|delegation|governor|mayor)\b(?![’'-])(?!,?\s+(?-i:[A-Z]))")
"""'Japan's prime minister', 'Norway's ambassador': an official of a country or organisation, with no name."""
_UNNAMED_MANAGER = re.compile(r"[’']s\s+(?i:(?:senior|new|deputy|country|regional|resident|executive|managing|"
                              r"humanitarian)\s+){0,2}(?i:director|manager|coordinator|administrator|head)\b(?![’'-])"
                              r"(?!,?\s+(?-i:[A-Z]))(?!\s+of\b)")
"""'the World Bank's country manager', 'UNICEF's executive director': a body's official with no name, met only as the
one person of the body the text names by that title; not one whose title goes on ("UNICEF's head of office")."""
_ITS_OFFICIAL = re.compile(r"\s*(?:its|their|his|her)\s+")
"""Before a title in lower case read with the name set off after it: "met [its ]secretary general, Ana Soto", "met
[their ]country director, Jorge Salas": the official of a body or a person just named."""
_COUNTERPART_SET_OFF = re.compile(r"\s*(?:his|her|their)\s+(?:[A-Z][\w’'-]*\s+){0,3}counterparts?,\s*")
"""Before the person met: "his [Carpathian] counterpart, ", whatever the adjective of the country."""
_ROLE_SET_OFF = re.compile(r"\s*the\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,2},\s*")
"""A role in small letters set off before the one who holds it: "the host, French Minister Anne Roux"."""
_SOURCE_GAP = re.compile(r"\s*,\s*(?:(?:the|a|an|its|his|her|their)\s+)?")
_SOURCE_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s*,?\s*(?:(?:has|had)\s+)?(?:said|says|told|added|announced|announces|"
                           r"noted|wrote|reported|reports|confirmed|confirms|stated|states|posted|tweeted)\b")
"""A body that tells of a meeting, set off after those met: "held a call with Morimoto, the Presidential
Communications Office says", "met Zhou in Oslo, the Norwegian Foreign Ministry said": the source, never a party (a
person set off there may be the subject after an opening: "In a call with Hasnawi, the envoy, Lindner, confirmed")."""
_SAYS_AFTER = re.compile(r"\s*,?\s*(?:(?:has|had)\s+)?(?:said|says|told|added|announced|noted|wrote|stressed)\b")
"""Who speaks of the meeting, never a party to it: "met the delegation, Minister Anne Roux said"."""
_TITLE_AND = re.compile(r"\s*(?:the\s+)?(?=(?:[\w’'-]+\s+)*?" + HEAD + r"\b)"
                        r"[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|of|for|the))*\s+and\s+")
"""The first office of a person who holds two, the second written with the name: "Deputy Prime Minister and ",
"Minister of Finance and ", an office by its head word; never a name the draft did not read ("met Torres and Soto")."""
_NOT_THE_STATE = re.compile(r"\s+(?:civil\s+society|people|children|families|soldiers|troops|students|farmers|refugees|"
                            r"veterans|businesses|companies|industry|journalists|activists|volunteers|engineers|workers|"
                            r"media|groups|organi[sz]ations|charities|non-governmental)\b")
"""What a country's adjective may describe besides its state: "Ukrainian civil society", "British companies"."""
_THING_OF = re.compile(r"\s+(?!(?:(?!of\b|and\b)[a-z-]+\s+){0,2}(?:delegations?|officials?|governments?|leaders?|"
                       r"leadership|ministers?|counterparts?|"
                       r"ambassadors?|envoys?|representatives?|diplomats?|negotiators?|sides?|authorities|presidents?|"
                       r"premiers?|prime|foreign|defen[cs]e|deputy|mission|lawmakers|parliamentarians|teams?|executives|"
                       r"management|staff|bosses|managers|engineers|chiefs?|heads?|members|partners|embassy|cabinet|"
                       r"officers?|experts|specialists|secretariat|board|chair|chairman|chairwoman|chairperson|"
                       r"commissioners?|secretary|director|directors|presidency|parliamentary|military|agency|ministry)\b|"
                       r"(?:and|or|in|at|on|for|to|of|from|with|by|during|before|after|about|over|who|which|whose|that|as|"
                       r"when|while|where|later|earlier|last|this|next|together|alongside|separately|again|also|both|"
                       r"until|since|via|including|among|between|ahead|amid|despite|through|into|then|early|late|"
                       r"yesterday|today|tonight|said|says|had|has|have|was|were|is|are|would|will|could|it|its|their|"
                       r"his|her|the|a|an|met|held|made|took|gave|sent|told|spoke|went|came|led|headed|accompanied|chaired|"
                       r"signs?|signed|agreed|pledged|"
                       r"announced|discussed|welcomed|hosted|received|joined|urged|called|offered|promised|asked|stressed|"
                       r"expressed|reaffirmed|condemned|visited|attended|issued|approved|adopted|talked|"
                       r"meets|holds|hosts|agrees|pledges|tells)\b)[a-z]")
"""A country's adjective before a thing or a body of its own: "welcomed the Japanese pledge", "spoke to German
broadcaster ZDF", "the EU decision": no party met; its delegation, officials or government are."""
_LONG_TITLE = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+){0,2}" + HEAD + r"(?:(?:\s+|,\s+)(?:[A-Z][\w’'-]*|for|of|and|the|on))*,\s*")
"""'Solomon Islands[ Minister for Police, National Security and Correctional Services, ]Ronald Taupongi': a title
of several portfolios between its country and the name it is set off before."""


_TITLE_OF = re.compile(r"\b(?:[A-Z][\w-]*\s+){1,4}(?:of|for)\s+(?:the\s+)?$")
"""'the Prime Minister of Moldova, Andrei Ciobanu': a title of a country, then the person who holds it."""
JOINED = re.compile(r"\b(?:(?:joined|accompanied|flanked)\s+by|,\s+(?:along|together)\s+with)\s+(?:(?:his|her|their)\s+)?"
                    r"(?:\w+\s+){0,4}?$")
"""'Berger, joined by Moreau, met Hrytsenko', 'Banda, along with Finance Minister Phiri, met Sato': the one who joined
takes part too."""
LED_BY = re.compile(r"^(?:[’']s)?\s+(?:delegation|team|mission)\s*,?\s+(?:(?:which|that)\s+)?(?:was\s+)?(?:led|headed)\s+by\s+"
                    r"(?:[\w.-]+\s+){0,4}?$")
"""'a U.S. delegation led by Defense Secretary Lloyd Austen', 'The Indian delegation, headed by External Affairs
Minister Ravi Menon, met': the one who led it met, never only the country."""
"""'a U.S. delegation led by Defense Secretary Austin': the person who led it is the party."""
_DELEGATION_OF = re.compile(r"\b(?:delegations?|teams?|missions?)\s+(?:of|from)\s+(?:the\s+)?$")
_LED_BY_AFTER = re.compile(r"^\s*,?\s+(?:(?:which|that)\s+was\s+)?(?:led|headed)\s+by\s+(?:[\w.-]+\s+){0,4}?$")


def _enumeration(article: Article, actors: list[Actor], position: int) -> tuple[list[Actor], int]:
    """The actors listed between dashes after a group: "Nordic leaders — Finnish President ..., ... —"."""
    opening = _ENUMERATION.match(article.masked[position:position + 40])
    if not opening:
        return [], position
    position += opening.end()
    listed: list[Actor] = []
    for actor in actors:
        gap = article.masked[position:actor.span.start]
        if not (_LIST_GAP.match(gap) if listed else not gap.strip() or gap.strip() == "the"):
            break
        listed.append(actor)
        position = actor.span.end
    closing = re.match(r"\s*[—–]", article.masked[position:position + 4])
    return (listed, position + closing.end()) if listed and closing else ([], position)


_THEIR_OWN = re.compile(r"\s*(?:,\s*and|and)\s+(?:his|her|their)\s+(?:(?:(?-i:[a-z])|[A-Z][a-z]+(?=\s+counterpart))"
                        r"[\w-]*\s+){0,2}?(?:" + ONE_HEAD + r"|deputy|aide|adviser|advisor|spokes\w+|envoy|counterpart)"
                        r"(?:\s+of\s+staff)?\s*,?\s*")
"""'and his deputy ', 'and her chief of staff, ', 'and her counterpart ': the one named after it is an official of the
one named before."""
_THEIR_AIDE = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:" + HEAD + r"|envoy|aide|adviser|advisor|spokes\w+|emissary|"
                         r"chief\s+of\s+staff|wife|husband)\b[^,;.]{0,40},\s*")
"""Between a person and one of theirs named after: "Otieno['s chief of staff, ]Mary Njoroge"."""
