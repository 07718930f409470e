"""The country or organisation an actor stands for.

Also those joined to it by "and", the parties named by their kind ("the two countries"), the agent
of a gift and the one who reports it."""
from __future__ import annotations

import re
from itertools import pairwise

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.commitments.giving_words import GIFT_NOUN
from generator.editing.draft.commitments.words import ADJECTIVES, BY_KIND, FORCE, FORCE_WORDS, STATE_NOUN, VEHICLE
from generator.editing.draft.gazetteer import CAPITALS, ENTRIES
from generator.editing.draft.model import Meeting
from generator.editing.draft.text import Article, fold

_MAKER = re.compile(r"\b(?:made|built|produced|manufactured|developed|designed|damaged|destroyed|hit|caused|led|run|"
                    r"operated|owned|chaired|hosted|organi[sz]ed)\s+(?:by|in)\s+(?:the\s+)?"
                    r"(?:(?:government|people|authorities)\s+of\s+(?:the\s+)?)?$")
"""'missiles made by Thales', 'substations damaged by Russian strikes': a "by" that names a maker or a cause,
not the one who gives."""


def is_agent(article: Article, actor: Actor, start: int) -> bool:
    """Whether `actor` is the agent of a gift: named after "from" or "by", as a party and not an adjective; "by the
    government of Japan" and "from the people of Japan" name the state as well."""
    before = article.masked[max(start, actor.span.start - 40):actor.span.start]
    return bool(re.search(r"\b(?:from|by)\s+(?:the\s+)?(?:(?:government|people|authorities)\s+of\s+(?:the\s+)?)?$",
                          before)) and not _MAKER.search(before) \
        and (article.masked[actor.span.start:actor.span.end] not in ADJECTIVES
             or bool(STATE_NOUN.match(article.masked, actor.span.end)))


FORCE_VEHICLE = re.compile(r"\s+(?:[a-z][\w-]*\s+|[A-Z][A-Z0-9]*-?[\dA-Z]+\s+){0,2}?" + VEHICLE.pattern)
"""'An Indian Navy ship carrying 30 tonnes of rice', 'an Indian Air Force C-130J aircraft': the force named before its
vehicle, as a nation's adjective is, a model's name between them."""


def state_of_force(cast: Cast, actor: Actor) -> str:
    """The state whose armed force an actor names, when the text names that state too: India for "the Indian Air
    Force", New Zealand for "the Royal New Zealand Air Force"; "" for any other body."""
    name = cast.article.masked[actor.span.start:actor.span.end]
    force = FORCE.search(name)
    # "the Royal New Zealand Air Force", "the Royal Thai Navy": the state is named after the style
    nation = re.sub(r"^Royal\s+", "", name[:force.start()]) if force is not None else ""
    entry = next((e for e in ENTRIES if nation and e.type == "country" and nation in (*e.adjectives, *e.forms)), None)
    return next((i for i, o in cast.organisations.items() if entry is not None and o.name == entry.name), "")


def last_subject(cast: Cast, index: int) -> str:
    """"Spain ... has been one of Kyiv's backers. It has sent Ukraine 20 tanks": a sentence opening with
    "It" goes on about the country or organisation the sentence before opened with."""
    subject = cast.sentence_subject(index - 1) if index else None
    return party_of(cast, subject, index - 1) if subject is not None and subject.kind == "organisation" else ""
_KIND_NAMES = {"lender": ("bank", "fund"), "bloc": ("union", "community", "bloc", "association"),
               "organization": ("organisation", "organization"), "organisation": ("organisation", "organization")}
"""Words of a body's name that say it is of a kind the text calls it by: "the bloc" for the European Union."""
_GROUP_KINDS = frozenset({"group", "bloc", "coalition"})
_KIND_NOUNS = frozenset({"bank", "fund", "union", "alliance", "group", "coalition", "commission", "agency", "organisation",
                         "organization", "community", "association", "council", "facility", "programme", "initiative"})


def of_kind(cast: Cast, ident: str, kind: re.Match[str]) -> bool:
    """Whether a body is of the kind a reference names ("the contact group", "the Bank")."""
    organisation = cast.organisations[ident]
    if organisation.type == "country":
        return False
    noun = kind.group("noun").lower()
    words = set(fold(organisation.name).split())
    # "the group" for the Nordic-Baltic Eight, a group whose name says no kind; not for the "drone coalition"
    named = bool(words & set(_KIND_NAMES.get(noun, (noun,)))) or (
        noun in _GROUP_KINDS and organisation.type == "group" and not words & _KIND_NOUNS)
    return named and set(kind.group("words").split()) <= words


def named_by_kind(cast: Cast, index: int, position: int, kind: re.Match[str]) -> str:
    """The body a reference by kind stands for: the one of that kind the sentence names before it, else the
    one the two sentences before name, else the only one the text has named so far; none when two fit."""
    sentences = cast.article.sentences
    for start in (sentences[index].start, sentences[max(0, index - 2)].start, 0):
        fits = {ident for span, ident in cast.org_mentions if start <= span.start < position and of_kind(cast, ident, kind)}
        if fits:
            return fits.pop() if len(fits) == 1 else ""
    return ""
_FORCE_AFTER = re.compile(r"\s+(?P<force>army|military|navy|police|armed\s+forces|coast\s+guard|air\s+force)\b")


def force_named_by_adjective(article: Article, cast: Cast, adjective: Actor) -> Actor | None:
    """"the Lebanese army" in a text that has named the Lebanese Armed Forces: the one body whose name has the
    adjective and a word for that force ("army" for "Armed Forces" as well); None where the text names none or
    several."""
    force = _FORCE_AFTER.match(article.masked, adjective.span.end)
    if force is None:
        return None
    word = fold(article.masked[adjective.span.start:adjective.span.end])
    names = FORCE_WORDS[" ".join(force.group("force").lower().split())]
    bodies = {i for i, o in cast.organisations.items() if o.type != "country" and word in fold(o.name).split()
              and any(re.search(r"\b" + n + r"\b", fold(o.name)) for n in names)}
    if len(bodies) != 1:
        return None
    ident = bodies.pop()
    return Actor("organisation", adjective.span, ident)


def from_kind(article: Article, cast: Cast, index: int, position: int) -> str:
    """"requested US$60 million from the Bank for school meals": the body "from" names by its kind."""
    sentence = article.sentences[index]
    source = re.search(r"[^.;:]*?\s(?=from\s+(?:the|its|their)\s)", article.masked[position:sentence.end])
    kind = BY_KIND.match(article.masked, position + source.end() + 4) if source else None
    return named_by_kind(cast, index, kind.start(), kind) if kind else ""


def reporter_of(article: Article, cast: Cast, index: int, position: int) -> str:
    """Whose words a clause reports: "Doucette, who told him that ...", "The Defence Secretary confirmed
    that ...": the country or organisation of that person."""
    for actor in reversed([a for a in cast.in_sentence(index) if a.span.end <= position]):
        if re.fullmatch(r"(?:,\s*who|,[^,;.]{1,80},)?\s+(?:also\s+)?(?:said|says|told|announced|confirmed|assured|promised|"
                        r"informed)\b(?:[^.;,]{0,30}?\bthat)?\s+(?:the\s+|an?\s+)?", article.masked[actor.span.end:position]):
            if actor.kind == "organisation":
                return state_of(cast, actor) or actor.ref  # "Chile's Ministry of Defence said": Chile gives
            person = cast.person_of(actor, index)[0]
            return cast.people[person].organisation if person and \
                cast.people[person].organisation in cast.organisations else ""
    return ""


_OWNED_BY_KIND = re.compile(r"[’']s\s+(?:(?:[a-z][\w-]*|[A-Z]{2,})\s+){0,3}?(?:operator|company|utility|trader|firm|agency|"
                            r"authority|ministry|police|service|army|navy|guard|forces?|commission|board|corporation|"
                            r"regulator|producer|supplier|institute|office|council|directorate|department|lender)"
                            r"(?:,\s+|\s+)(?:the\s+)?")
"""'Moldova's grid operator, Moldelectrica', 'Ukraine's state-owned operator Ukrenergo': the body a country owns,
named after what kind of body it is."""


def owned_body(article: Article, cast: Cast, index: int, owner: Actor) -> Actor | None:
    """The organisation named right after a country's possessive: "Djibouti's National Office of Water", or
    after its possessive and the kind of body it is: "to Moldova's grid operator, Moldelectrica"."""
    return next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.ref != owner.ref and (
                 re.fullmatch(r"[’']s\s+", article.masked[owner.span.end:a.span.start]) or (
                     _OWNED_BY_KIND.fullmatch(article.masked[owner.span.end:a.span.start]) is not None
                     and cast.organisations[a.ref].type != "country"))), None)


_BODY_WORD = r"(?:(?:state-owned|state|national|public|private)\s+)?(?:power\s+|grid\s+|energy\s+|water\s+)?" \
             r"(?:utility|company|operator|firm|lender|development\s+bank)\s+"
"""'the EIB and the state-owned utility Kenya Power signed': what kind of body the one joined by "and" is."""


_STATE_OF = re.compile(r"(?:[Tt]he\s+)?(?:(?:Royal|Federal|National|Interim|Transitional)\s+)?"
                       r"(?:Government|Republic|Kingdom|State)\s+of\s+(?:the\s+)?$")


def _state_named_by_government(article: Article, actor: Actor) -> bool:
    """'The Government of Japan and the Government of Nigeria signed': a state named by its government, which
    "of" joins to its name, is a subject all the same, unless a preposition stands before the government too
    ("a team from the Government of Japan")."""
    before = article.masked[max(0, actor.span.start - 60):actor.span.start]
    state = _STATE_OF.search(before)
    return state is not None and not re.search(r"\b(?:to|for|from|with|by|of|in|into|at|on|towards?|against|between|"
                                               r"among)\s+$", before[:state.start()])


_CLAUSE_AND = re.compile(r"\s*\)?\s*(?:\([^()]{1,15}\)\s*)?,\s*and\b")


def joined_chain(article: Article, actors: list[Actor], subject: Actor) -> list[Actor] | None:
    """The subject and any joined to it by "and"; None when "and" joins something that is not an actor."""
    index = actors.index(subject)
    if index > 0 and actors[index - 1].ref == subject.ref and \
            re.fullmatch(r"\s*\(", article.masked[actors[index - 1].span.end:subject.span.start]):
        index -= 1  # "the European Investment Bank (EIB)": the name, with its abbreviation after it
        subject = actors[index]
    chain = [subject]
    while index > 0:
        gap = article.masked[actors[index - 1].span.end:chain[0].span.start]
        if re.fullmatch(r"\s*\)?\s*(?:\([^()]{1,15}\)\s*)?(?:,|,?\s*and)\s*(?:the\s+)?(?:(?:(?:Royal|Federal|National|Interim|"
                        r"Transitional)\s+)?(?:[Gg]overnment|Republic|Kingdom|State|People|[Aa]uthorities)\s+of\s+(?:the\s+)?|"
                        + _BODY_WORD + r")?", gap):
            chain.insert(0, actors[index - 1])
            index -= 1
        elif (apposed := _apposed_before(article, actors, index, chain[0])) is not None:
            chain.insert(0, actors[apposed])
            index = apposed
        else:
            break
    if len(chain) > 1 and chain[0].kind == "organisation" and \
            _CLAUSE_AND.match(article.masked[chain[0].span.end:chain[1].span.start]) and \
            not re.search(r",\s*$", article.masked[max(0, chain[0].span.start - 4):chain[0].span.start]):
        # "Floods have hit Jordan, and the EU pledged 20 million euros": a list opens with no comma before "and"
        # ("Chile, Peru, and Bolivia" puts it last), so a country or body before ", and" ends the clause before, and
        # gives nothing; not a person, whose name may close an aside ("Chile's envoy, Ana Ruiz, and Peru's minister
        # signed")
        chain = chain[1:]
    if len(chain) > 1 and re.search(r"\b(?i:to|for|from|with|by|of|in|into|at|on|towards?|against|between|among)\s+"
                                    r"(?:(?i:the)\s+)?(?:(?-i:[a-z][\w-]*)\s+)?$",
                                    article.masked[max(0, chain[0].span.start - 30):chain[0].span.start]) \
            and not _state_named_by_government(article, chain[0]):
        # "... to Ukraine, and Spain will send", "Coordinated by the Commission, Austria and Czechia have
        # delivered", "In neighbouring Mozambique, Sweden has sent": the first is the object of the clause or the
        # phrase before
        chain = _after_object_list(article, chain)[1:]
    tail = article.masked[subject.span.end:subject.span.end + 40]
    if re.match(r"\s+and\s+(?:its|their|other|the)\s+[a-z]", tail):
        return None  # "Britain and its European allies": more givers than the text names
    return chain


_APPOSED_AND = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?,\s+(?P<apposition>(?:the|an?|its|their)\s+[^,;:()]{2,60}?|"
                          r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s\s+[^,;:()]{2,40}?),\s+and\s+(?:the\s+)?")
"""'KSrelief, Saudi Arabia's aid agency, and the Syrian Civil Defence': a party described between commas, then
"and" and the next party."""
_APPOSED_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|which|who|that|and|or|but|"
                           r"(?<!-)[a-z]{3,}ed)\b")


def _apposed_before(article: Article, actors: list[Actor], index: int, first: Actor) -> int | None:
    """The place in `actors` of a party listed before `first` with a description of its own set off by commas
    ("The Qatar Fund for Development, Qatar's aid arm, and the Sudanese Red Crescent signed"): the country or body
    the description names ("Qatar's") is no party; a description with a verb is a clause, and joins nothing."""
    for earlier in range(index - 1, -1, -1):
        actor = actors[earlier]
        if actor.kind != "organisation":
            return None
        apposed = _APPOSED_AND.fullmatch(article.masked, actor.span.end, first.span.start)
        if apposed is None:
            continue
        inside = [a for a in actors[earlier + 1:actors.index(first)] if a.ref != actor.ref]  # not its own "(KSrelief)"
        if _APPOSED_VERB.search(apposed.group("apposition")) or \
                any(not re.match(r"[’']s\s", article.masked[a.span.end:a.span.end + 3]) for a in inside):
            return None  # "the British aid ministry": a party named again by its adjective is no description
        return earlier
    return None


def _after_object_list(article: Article, chain: list[Actor]) -> list[Actor]:
    """"After talks with Canada, Mexico and Brazil, the minister announced": a list an opening preposition governs
    closes with "and"; a name set off by a bare comma after it starts the subject, and the list gives nothing.
    The chain returned keeps one name before that subject, for the caller to drop as the object it is."""
    gaps = [article.masked[one.span.end:other.span.start] for one, other in pairwise(chain)]
    closed = next((i for i, gap in enumerate(gaps) if re.search(r"\band\b", gap)), None)
    if closed is None:
        return chain
    comma = next((i for i in range(closed + 1, len(gaps)) if re.fullmatch(r"\s*,\s*(?:the\s+)?", gaps[i])), None)
    return chain if comma is None else chain[comma:]


def listed_actors(article: Article, actors: list[Actor], position: int) -> tuple[tuple[str, ...], int]:
    """Organisations listed right after a verb: "asked Japan and South Korea"."""
    found: list[str] = []
    for actor in actors:
        gap = article.masked[position:actor.span.start]
        short = re.match(r"\s*\)", article.masked[actor.span.end:])
        if found and actor.ref == found[-1] and re.fullmatch(r"\s*\(\s*", gap) and short:
            # "asked the Asian Infrastructure Investment Bank (AIIB) for": the short name in brackets is the same
            position = actor.span.end + short.end()
            continue
        if actor.kind != "organisation" or not re.fullmatch(r"\s*(?:(?:,|,?\s*and)\s*)?(?:the\s+)?", gap) \
                or (not found and gap.strip() not in ("", "the")):
            break
        found.append(actor.ref)
        position = actor.span.end
    return tuple(found), position


_BACKERS = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:backers|allies|partners|supporters|donors|friends|creditors|lenders|"
                      r"sponsors)\b")
"""'Chad's allies', 'Niger's international partners': those who give to a country, named by it."""


_GIFT_TO = re.compile(r"\b(?:" + GIFT_NOUN + r"|aid|assistance|support|funding|help)\s+(?:to|for)\s+(?:the\s+)?"
                      r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s\s+)?$")
"""'the grant to Laos', 'aid for the Philippine Coast Guard', 'a grant to Kenya's Ministry of Water': the one named
after a gift's noun and "to" or "for" takes the gift; a verb after it ("the grant to Laos will fund schools") has the
gift as its subject, not Laos."""


def party_of(cast: Cast, actor: Actor | None, index: int) -> str:
    """The country or organisation an actor gives or asks for: itself, or the one a person's role is in."""
    if actor is None or _GIFT_TO.search(cast.article.masked, max(0, actor.span.start - 60), actor.span.start):
        return ""  # "Japan's grant to Laos will fund schools": Laos takes the grant, it funds nothing
    if actor.kind == "organisation":
        if _BACKERS.match(cast.article.masked, actor.span.end):
            return ""  # "Chad's Western backers promised fresh supplies": the ones who stand by Chad give, not Chad
        owned = owned_body(cast.article, cast, index, actor)
        if owned is not None and cast.organisations[actor.ref].type == "country" and not state_of(cast, owned):
            return owned.ref  # "sent by Qatar's Fund for Development": the body gives, a body of the state's own
        return state_of(cast, actor) or actor.ref
    if actor.kind == "description" and re.search(r"\s[A-Z]\w*$", actor.ref):
        # "the Prime Minister" written as a title: in a readout it may be the host or the guest, and a
        # wrong giver costs more than a missed one; "the Italian Prime Minister", whose country's adjective
        # qualifies the title, names whose it is; or the one person the text has named whose title it fits,
        # "French Foreign Minister Claire Dubois visited Yerevan. On this occasion, the Minister announced"
        alone = cast.described_alone(actor)
        body = cast.people[alone].organisation if alone else ""
        return _described_country(cast, actor, adjective=True) or (body if body in cast.organisations else "")
    person, _ = cast.person_of(actor, index)
    if person and cast.people[person].organisation in cast.organisations:
        return cast.people[person].organisation
    if person and not cast.people[person].organisation and re.search(
            r"(?:^|[.;]\s+|\n)\s*(?:Its|Their)\s+$", cast.article.masked[max(0, actor.span.start - 8):actor.span.start]):
        # "Japan's foreign minister spoke. Its State Minister, Kenji Nakamura, pledged": the one "its" refers to
        return last_subject(cast, index)
    if person and not cast.people[person].organisation and _counterpart_of(cast, person):
        return _counterpart_of(cast, person)
    if person and person == principal(cast):
        # "the Honourable Marc-André Lefebvre, Minister of International Development" in a release from Global
        # Affairs Canada: the release's own minister, of the one country its header names
        return _home_country(cast)
    if actor.kind == "description" and not person:
        # "the Dutch leader", "the German defence ministry": the one country its words name
        return _described_country(cast, actor)
    return ""


def _described_country(cast: Cast, actor: Actor, adjective: bool = False) -> str:
    """The one country a description's own words name: "the Dutch leader", "the Kenyan Foreign Minister"; with
    `adjective`, only a country named by its adjective."""
    countries = {i for span, i in cast.org_mentions if span.within(actor.span)
                 and (not adjective or cast.article.masked[span.start:span.end] in ADJECTIVES)}
    return countries.pop() if len(countries) == 1 else ""


_COUNTERPART = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s+(?P<adjective>[A-Z][\w-]+)\s+(?:counterpart|colleague|"
                          r"opposite\s+number|host|guest)\s*,?\s*(?:[A-Z][\w’'-]*\s+){0,4}$")


def _counterpart_of(cast: Cast, person: str) -> str:
    """"Poland's agriculture minister and his Ukrainian counterpart, Agrarian Policy Minister Mykola Savchuk":
    the country whose counterpart the text first calls a person."""
    spans = cast.people[person].spans
    if not spans:
        return ""
    before = cast.article.masked[max(0, spans[0].start - 90):spans[0].start]
    named = _COUNTERPART.search(before)
    if not named or named.group("adjective") not in ADJECTIVES:
        return ""
    start = spans[0].start - len(before) + named.start("adjective")
    return next((i for span, i in cast.org_mentions if span.start == start
                 and cast.organisations[i].type == "country"), "")


_NATIONAL_TITLE = re.compile(r"\b(?:[Mm]inister|[Ss]ecretary|[Pp]resident|[Pp]remier|[Cc]hancellor|[Aa]mbassador|[Ee]nvoy)\b")


_ISSUER_LINE = re.compile(r"(?:From:\s*)?(?:[A-Z][\w’'-]*|of|the|for|and|&)(?:[ ]+(?:[A-Z][\w’'-]*|of|the|for|and|&))*")
"""A header line that names an issuer: "From: Global Affairs Canada", "Ministry for Foreign Affairs of Finland"."""


def principal(cast: Cast) -> str:
    """The first person a text names with a government's title and no country: a release's or readout's own
    minister, whom it names without the country it speaks for."""
    first = min(((p.spans[0].start, p.id) for p in cast.people.values() if p.spans
                 and _NATIONAL_TITLE.search(p.title)), default=None)
    return first[1] if first is not None and not cast.people[first[1]].organisation else ""


def _home_country(cast: Cast) -> str:
    """The country a release, readout or report is issued from: the one its header lines name (the headline
    and any line before its first sentence: "From: Global Affairs Canada", "Republic of the Philippines")."""
    article = cast.article
    opening = next((i for i in range(len(article.sentences)) if re.search(r"[.!?”\"]$", article.sentence_text(i))), 0)
    header = article.text[:article.sentences[opening].start] if article.sentences else ""
    # lines that name an issuer, not a headline, which may name the guest's country too
    header = "\n".join(line for line in header.splitlines() if _ISSUER_LINE.fullmatch(line.strip()))
    named = {i for i, o in cast.organisations.items() if o.type == "country" and any(
        re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", header)
        for form in (*o.forms, *next((e.forms for e in ENTRIES if e.name == o.name), ())))}
    if not named and article.dateline_place in CAPITALS and re.search(
            r"\b(?:press|news|media)\s+release\b|\breadout\b|\bcommuniqu[ée]\b",
            article.text[:article.sentences[opening].start], re.IGNORECASE):
        # "PRESS RELEASE ... Bucharest, 21 January": a release filed from its own capital (a report's dateline
        # is where its reporter was, not whose minister it names)
        named = {i for i, o in cast.organisations.items() if o.name == CAPITALS[article.dateline_place]}
    return named.pop() if len(named) == 1 else ""


_OWN_GOVERNMENT = re.compile(r"\b(?:Regional|Unity|Exile|Opposition|Autonomous|Shadow|Parallel|Rebel|Separatist)\b")
"""Words that make a body named as a government a rival's, a region's or one in exile, not the state's organ."""
_STATE_BODY = re.compile(r"\b(?:Council|Ministry|Government|Cabinet|Presidency|Parliament|Assembly|Office|Committee)\b")


def state_of(cast: Cast, actor: Actor) -> str:
    """"Romania's Supreme Council of National Defence approved the transfer": a body of a state, named
    with that state's possessive, gives for the state. Not a government of its own that the possessive only places:
    "Burma's National Unity Government appealed to the UN", "Iraq's Kurdistan Regional Government asked Germany"."""
    if not _STATE_BODY.search(cast.organisations[actor.ref].name) or \
            _OWN_GOVERNMENT.search(cast.organisations[actor.ref].name):
        return ""
    for span, ident in cast.org_mentions:
        if span.end <= actor.span.start and re.fullmatch(r"[’']s\s+", cast.article.masked[span.end:actor.span.start]) \
                and cast.organisations[ident].type == "country":
            return ident
    return _organ_state(cast, actor)


_ORGAN_NAME = re.compile(r"(?:Federal\s+|National\s+|State\s+)?(?:Council(?:\s+of\s+(?:Ministers|State))?|Cabinet"
                         r"(?:\s+of\s+Ministers)?|Treasury|Government|Presidency|(?:Ministry|Department)\s+(?:of|for)\s+"
                         r"(?:[A-Z][\w-]*|and|&)(?:\s+(?:[A-Z][\w-]*|and|&))*)")
"""The name of a state's organ that says no state: 'the Federal Council', 'the Cabinet', 'the Ministry of Foreign
Affairs'; not a body of its own ('the Norwegian Refugee Council', 'the European Council')."""
_ITS_GOVERNMENT = re.compile(r"(?:\s+|[’']s\s+)(?:federal\s+|national\s+)?(?:government|authorities|cabinet|executive)\b"
                             r"(?P<said>(?:[’']s)?\s+(?:said|says|announced|confirmed|stated|added|spokes(?:man|woman|person))\b)?")
"""A country's government named after its word: the government that speaks for the organ when it says so ('the Swiss
government said'), or the organ set off as its government ('the Federal Council, Switzerland's executive')."""


def _organ_state(cast: Cast, actor: Actor) -> str:
    """The state an organ that names none stands for, where the text ties it to one: the country word its own name
    opens with ("the Swiss Federal Council"), or the one country its sentence names as the government that speaks for it
    ("The Federal Council approved 30 million francs for Chad, the Swiss government said") or sets off after it ("the
    Cabinet, Norway's executive,"). None where the sentence names two such governments or none, or names a government
    only as a receiver ("the Cabinet approved $5m for the Kenyan government's drought plan")."""
    name = cast.organisations[actor.ref].name
    words = name.split(maxsplit=1)
    if len(words) == 2 and _ORGAN_NAME.fullmatch(words[1]):
        owner = next((e.name for e in ENTRIES if e.type == "country" and words[0] in e.forms), "")
        state = next((i for i, o in cast.organisations.items() if owner and o.name == owner), "")
        if state:
            return state
    if not _ORGAN_NAME.fullmatch(name):
        return ""
    text = cast.article.masked
    index = next((i for i, s in enumerate(cast.article.sentences) if actor.span.within(s)), None)
    if index is None:
        return ""
    sentence = cast.article.sentences[index]
    states = set()
    for span, ident in cast.org_mentions:
        told = _ITS_GOVERNMENT.match(text, span.end)
        if told and span.within(sentence) and cast.organisations[ident].type == "country" and (
                told.group("said") or re.fullmatch(r",\s+(?:the\s+)?", text[actor.span.end:span.start])):
            states.add(ident)
    return states.pop() if len(states) == 1 else ""


def meeting_counterpart(meetings: list[Meeting], index: int, receiver: str, cast: Cast) -> tuple[str, ...]:
    """Who a request made at a meeting was made to: the other party of the meeting the sentence names."""
    for meeting in meetings:
        if index in (meeting.sentence,) or any(cast.article.sentence_text(index) == e for e in meeting.excerpts):
            others = {p.represents[0] if p.represents else p.organisation for p in meeting.participants}
            others.discard(receiver)
            others.discard("")
            if len(others) == 1:
                return (others.pop(),)
    return ()


_AGENCY_OF = re.compile(r"(?:[’']s)?\s+(?:[a-z][\w’'-]*\s+){0,2}(?:agency|arm|fund|programme|body|office|organi[sz]ation|"
                        r"centre|center)(?:\s+(?:\(\s*)?|,\s+)")
"""'the UN refugee agency UNHCR', "the EU's humanitarian arm ECHO", "the U.N. children's agency, UNICEF": the body named
after the one it belongs to."""


def named_agency(article: Article, cast: Cast, index: int, actor: Actor) -> Actor:
    """The agency an organisation's name introduces, when one is named right after it; else the organisation."""
    after = next((a for a in cast.in_sentence(index) if a.span.start >= actor.span.end), None)
    if after is not None and after.kind == "organisation" and \
            _AGENCY_OF.fullmatch(article.masked[actor.span.end:after.span.start]):
        return after
    return actor
