"""Signed documents: who signs with whom, for whom, and which side gives.

"Italy and Ukraine signed a memorandum on ...", "signed a loan agreement with the Asian Development
Bank", the body of a state that signs, and the one a person signs for."""
from __future__ import annotations

import re
from itertools import pairwise

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.commitments.giving_words import GIVE, MORE_OF
from generator.editing.draft.commitments.lenders import lent_by_one_lender
from generator.editing.draft.commitments.main_receiver import article_receiver
from generator.editing.draft.commitments.parties import joined_chain, party_of, principal
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.commitments.spans import country_forms, own_start, rest_of_name
from generator.editing.draft.commitments.subjects import earlier_subject
from generator.editing.draft.commitments.words import ADJECTIVES, EVERY_COUNTRY, GOVERNMENT_OF_STATE, LENDER, WORTH
from generator.editing.draft.gazetteer import ENTRIES
from generator.editing.draft.model import SURE
from generator.editing.draft.text import Article


def more_sent_to(article: Article, cast: Cast, index: int, position: int) -> tuple[str, ...]:
    """"Poland would increase electricity exports to Ukraine": the party named right after the supply's "to"."""
    for actor in cast.in_sentence(index):
        if actor.kind == "organisation" and actor.span.start > position and \
                re.fullmatch(MORE_OF, article.masked[position:actor.span.start]):
            return (actor.ref,)
    return ()
_AND_ALSO = re.compile(r"(?:,\s+|,?\s+and\s+)(?:[Tt]he\s+)?")


def cosigners(article: Article, after: list[Actor], first: Actor) -> list[Actor]:
    """"Peru signed an agreement with Spain and the Inter-American Development Bank on a programme", "with Germany,
    France and the EU": the parties listed after the first one signed with, a list that closes with "and"; not "with
    Findeter, Colombia's development bank", an apposition, nor "with Spain and pledged", where no party follows."""
    found: list[Actor] = []
    last = first
    for actor in (a for a in after if a.span.start > first.span.start):
        between = article.masked[last.span.end:actor.span.start]
        if actor.kind != "organisation" or not _AND_ALSO.fullmatch(between) or \
                article.masked[actor.span.start:actor.span.end] in ADJECTIVES or \
                re.match(r"[’']s\b", article.masked[actor.span.end:actor.span.end + 2]):
            break
        found.append(actor)
        last = actor
        if re.search(r"\band\b", between):
            return found
    return []


_DOCUMENT_BETWEEN = re.compile(r"(?P<document>\b(?:agreement|memorandum(?:\s+of\s+understanding)?|deal|accord|contract|"
                               r"protocol|arrangement|loan|grant|credit\s+line|financing))\s+between\s+(?:the\s+)?$")
_WAS_SIGNED = re.compile(r"\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+|also\s+|finally\s+)?$")
_AID_DOCUMENT = re.compile(r"\b(?:loan|grant|credit|financing|assistance|aid|support)\b|[€$£¥]\s?\d|\d\s*(?:million|billion)\b")


def signed_between(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"A $20 million grant agreement between Malawi and the African Development Bank, to rebuild water systems,
    was signed in Lilongwe": the two named after "between" are the parties, a lender of them gives, or else the
    one that is not the state the article's aid is for, when the document is one of money or aid; the words
    before "between" tell what is given."""
    start = article.sentences[index].start
    if not _WAS_SIGNED.search(article.masked, start, verb.start()):
        return None
    actors = [a for a in cast.in_sentence(index) if a.span.end <= verb.start()]
    for first, second in pairwise(actors):
        between = _DOCUMENT_BETWEEN.search(article.masked, start, first.span.start)
        if between is None or first.kind != "organisation" or second.kind != "organisation" or \
                not re.fullmatch(r"\s+and\s+(?:the\s+)?", article.masked[first.span.end:second.span.start]):
            continue
        parties = (first.ref, second.ref)
        lead = re.match(r"\s*(?:And|But|Meanwhile,?|Separately,?)?\s*", article.masked[start:between.end()])
        words = article.masked[start + (lead.end() if lead else 0):between.end("document")]
        main = article_receiver([], cast)
        sides = lent_by_one_lender(cast, parties) or (
            (tuple(p for p in parties if p != main), (main,)) if main in parties and _AID_DOCUMENT.search(words) else None)
        if sides is None or first.ref == second.ref:
            return None
        return Clause(sides[0], sides[1], "signed", between.start() - len(words) + len(between.group("document")),
                       f"{SURE}: a document between two parties signed", end=between.end("document"))
    return None


_DOCUMENT_SIGNED = re.compile(r"(?:an?|the)\s+(?P<words>(?:[\w€£$¥.,()-]+\s+){0,8}?"
                              r"(?:agreement|memorandum(?:\s+of\s+understanding)?|deal|accord|contract|protocol|arrangement|"
                              r"loan|grant|credit\s+line|financing)(?:\s+(?:on|for)\s+(?:[\w€£$¥.,-]+\s+){0,5}?[\w-]+)?)"
                              r"\s+between\s+(?:the\s+)?")
"""'a $40 million grant agreement between', 'a memorandum of understanding on debt relief between': a document, with
what it is on, before the two it is between."""


def signing_of(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"Norway's prime minister witnessed the signing of a $40 million grant agreement between the World Bank and
    Chad", "attended the signature of a loan agreement between Japan and Tonga": the two named after "between" are
    the parties, whoever watched; a lender of them gives, or else the one that is not the state the article's aid
    is for, when the document is one of money or aid."""
    document = _DOCUMENT_SIGNED.match(article.masked, verb.end(), article.sentences[index].end)
    if document is None:
        return None
    actors = [a for a in cast.in_sentence(index) if a.span.start >= document.end()]
    if len(actors) < 2 or actors[0].span.start != document.end() or actors[0].kind != "organisation" or \
            actors[1].kind != "organisation" or actors[0].ref == actors[1].ref or \
            not re.fullmatch(r"\s+and\s+(?:the\s+)?", article.masked[actors[0].span.end:actors[1].span.start]):
        return None
    parties = (actors[0].ref, actors[1].ref)
    main = article_receiver([], cast)
    sides = lent_by_one_lender(cast, parties) or (
        (tuple(p for p in parties if p != main), (main,)) if main in parties and _AID_DOCUMENT.search(document.group("words"))
        else None)
    if sides is None:
        return None
    return Clause(sides[0], sides[1], "signed", document.start("words"), f"{SURE}: a document between two parties "
                   "whose signing the text tells", end=document.end("words"))


_DOCUMENT_WITH = re.compile(r"\s+(?:an?\s+|the\s+)?(?:[\w€£$¥.,-]+\s+){0,5}?(?:agreement|memorandum(?:\s+of\s+understanding)?|"
                            r"deal|contract|accord|arrangement|protocol|letter\s+of\s+(?:intent|understanding))" + WORTH +
                            r"\s+with\s+")
"""'signed a partnership agreement with ', 'have signed an arrangement with ': a document, then the one it is
signed with (a loan or a grant is left to the rules on who lends)."""
_FOR_GIFT = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:,\s+(?:the|a|an|its)\s+[^,;.]{1,60},)?"
                       r"(?:\s+(?:in|on|last|this)\s+(?:[A-Z][a-z]+|week|month|year)(?:\s+\d{1,2})?)?" + WORTH +
                       r"\s+(?:to\s+(?:help\s+)?" + GIVE + r"\s+|(?:on|for|covering)\s+the\s+(?:supply|delivery|provision|"
                       r"donation|transfer|deployment)\s+of\s+)")
"""What a document signed with a party is for, when that is a gift: ' in April to fund clearance', ', the grid
operator, to supply 12 transformers', ' worth $12 million to fund flour distributions', ' on the supply of 20
vehicles'."""
_THE_BODY = re.compile(r"the\s+(?:agency|organi[sz]ation|body|charity|society)\b")
"""'signed an agreement with the agency': the body the sentence named before, by its kind."""
_COUNTERPART_BODY = re.compile(r"(?:its|their)\s+(?P<adjective>[A-Z][\w-]+)\s+counterpart\b")
"""'signed a partnership agreement with its Nepali counterpart': the body of the same kind in that country."""


def _signed_with_party(article: Article, cast: Cast, index: int, verb: re.Match[str], givers: tuple[str, ...],
                       after: list[Actor]) -> tuple[tuple[str, ...], int] | None:
    """The ones a document was "signed with", and where their names end: "with Solomon Islands", "with Spain and
    the EU", "with the agency" (the body named before it in the sentence), "with its Nepali counterpart" (the
    body of that country of the same kind as the signer, when the text names one)."""
    document = _DOCUMENT_WITH.match(article.masked, verb.end(), article.sentences[index].end)
    if document is None:
        return None
    first = next((a for a in after if a.span.start >= document.end()), None)
    if first is not None and first.kind == "organisation" and \
            re.fullmatch(r"(?:the\s+)?" + GOVERNMENT_OF_STATE, article.masked[document.end():first.span.start]):
        parties = [first, *cosigners(article, after, first)]
        return tuple(a.ref for a in parties), parties[-1].span.end
    if (the_body := _THE_BODY.match(article.masked, document.end())) is not None:
        named = [ident for span, ident in cast.org_mentions if article.sentences[index].start <= span.start < verb.start()
                 and ident not in givers and cast.organisations[ident].type != "country"]
        return ((named[-1],), the_body.end()) if len(set(named)) == 1 else None
    counterpart = _COUNTERPART_BODY.match(article.masked, document.end())
    state = next((a.ref for a in after if counterpart is not None and a.span.start == counterpart.start("adjective")), "")
    if counterpart is None or not state or len(givers) != 1 or cast.organisations[givers[0]].type == "country":
        return None
    kind = rest_of_name(cast.organisations[givers[0]].name, set(EVERY_COUNTRY)).lower()
    forms = country_forms(cast, state)
    same = [ident for ident, o in cast.organisations.items() if kind and o.type != "country" and ident != givers[0]
            and rest_of_name(o.name, forms).lower().startswith(kind)]
    return ((same[0],), counterpart.end()) if len(same) == 1 else None


def signed_for_gift(article: Article, cast: Cast, index: int, verb: re.Match[str], givers: tuple[str, ...],
                     after: list[Actor]) -> Clause | None:
    """"Papua New Guinea and Fiji have signed an arrangement with Solomon Islands to deploy police contingents",
    "Korea had signed an agreement with the NRA in April to fund clearance", "signed an agreement with the State
    Emergency Service on the supply of 20 vehicles": a document signed with a party to give it something; the
    signers named before "signed" give, the one signed with receives. Not where the one signed with lends for a
    living ("signed an agreement with the World Bank to fund roads") or a signer is the one the article's aid is
    for ("Ukraine signed an agreement with Sweden to supply vehicles"): the rules on who lends read those."""
    party = _signed_with_party(article, cast, index, verb, givers, after)
    if party is None:
        return None
    receivers, end = party
    purpose = _FOR_GIFT.match(article.masked, end, article.sentences[index].end)
    main = article_receiver([], cast)
    if purpose is None or set(receivers) & set(givers) or \
            any(LENDER.search(cast.organisations[r].name) for r in receivers) or \
            any(g == main or g == body_of_state(cast, (g, *receivers), main) for g in givers):
        return None
    return Clause(givers, receivers, "signed", purpose.end(), f"{SURE}: a document signed with a party to give it")


def body_of_state(cast: Cast, parties: tuple[str, ...], state: str) -> str:
    """"JICA and the Brazilian Development Bank signed a loan agreement", in an article on aid to Brazil: of two
    signers, neither of them that state, the one body whose name opens with the state's name or adjective
    receives for it; "" when none or both do."""
    if not state or state in parties or len(parties) != 2:
        return ""
    forms = country_forms(cast, state)
    owned = [p for p in parties if cast.organisations[p].type != "country" and rest_of_name(cast.organisations[p].name, forms)]
    return owned[0] if len(owned) == 1 else ""


_BOUGHT_DOCUMENT = re.compile(r"\b(?:contract|purchase|order|procurement|sale|supply\s+deal)\b")


def state_with_body(article: Article, cast: Cast, index: int, verb: re.Match[str], parties: tuple[str, ...],
                     main: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """"Sweden and the Odesa Regional Military Administration signed an agreement worth SEK 200 million to repair
    hospitals": of two signers, a donor state and a body neither of that state nor a lender, the state gives and
    the body takes the aid, where the document carries a sum or a word of aid; not a state and a firm signing a
    contract ("Sweden and Saab signed a SEK 2 billion contract"), nor the state the article's aid goes to."""
    if len(parties) != 2:
        return None
    states = [p for p in parties if cast.organisations[p].type == "country"]
    if len(states) != 1 or states[0] == main:
        return None
    body = next(p for p in parties if p != states[0])
    if LENDER.search(cast.organisations[body].name) or \
            rest_of_name(cast.organisations[body].name, country_forms(cast, states[0])):
        return None
    rest = article.masked[verb.end():article.sentences[index].end]
    if not _AID_DOCUMENT.search(rest) or _BOUGHT_DOCUMENT.search(rest):
        return None
    return (states[0],), (body,)


def signer_of_body(cast: Cast, givers: tuple[str, ...], named: tuple[str, ...]) -> str:
    """Of two states that signed, the one whose own body ("Kenya Navy", "Nepal Electricity Authority") the
    clause names as served by the document; "" when it names another or no such body."""
    if len(givers) != 2 or len(named) != 1 or cast.organisations[named[0]].type == "country":
        return ""
    owners = [g for g in givers if cast.organisations[g].type == "country"
              and rest_of_name(cast.organisations[named[0]].name, country_forms(cast, g))]
    return owners[0] if len(owners) == 1 else ""


def person_signing_for(cast: Cast, index: int, person: Actor) -> str:
    """"The IDB signed a $300 million loan with Ecuador's finance minister, Ana Ruiz": the one signed with is
    named by a person, who signs for the country or body of the role the text gives, and for no other."""
    if person.kind != "person":
        return ""
    party = party_of(cast, person, index)
    named = {ident for span, ident in cast.org_mentions if span.within(person.span)}
    return party if party and (not named or party in named) else ""


_ITS_ROLE = re.compile(r"(?:[Ii]ts|[Tt]heir)\s+(?:[^,;:.]{2,60},\s+)?$")
"""'Its president, Rodrigo Valdivia,': a person named by a role in the body the text has just named."""
_KIND_ROLE = re.compile(r",\s+(?:the|its)\s+(?P<noun>bank|lender|fund|agency|union|bloc|alliance|organi[sz]ation|"
                        r"country|government|company|utility)[’']s\s+[^,;:.]{2,60},")
"""'Lars Berg, the bank's regional vice president,': a person named by a role in a body called by its kind."""


def body_of_role(article: Article, cast: Cast, index: int, person: Actor) -> str:
    """The country or organisation whose role the text gives a person it names with no country of their own:
    "The biggest offer came from the IDB. Its president, Rodrigo Vela, pledged a loan" (the one body the sentence
    before names), "Lars Berg, the bank's vice president, announced a loan" (the one bank named there)."""
    before = article.masked[own_start(article, index):person.span.start]
    if _ITS_ROLE.fullmatch(before.lstrip()) and index > 0:
        named = {a.ref for a in cast.in_sentence(index - 1) if a.kind == "organisation"
                 and article.masked[a.span.start:a.span.end] not in ADJECTIVES}
        return named.pop() if len(named) == 1 else ""
    role = _KIND_ROLE.match(article.masked, person.span.end)
    return earlier_subject(cast, index, role.group("noun")) if role is not None else ""


_HEADLINE_ROLE = re.compile(r"(?:(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})[’']s|(?P<adjective>[A-Z][a-z]+))\s+"
                            r"(?:(?:top|new|chief|foreign|defence|defense|prime|finance|development)\s+)?"
                            r"(?:diplomat|minister|PM|president|premier|chancellor|envoy|leader)\s+"
                            r"(?:brings|pledges|promises|offers|announces|unveils|commits|visits|arrives|travels|tours|"
                            r"heads|lands|in)\b")
"""'Canada's top diplomat brings money', 'German minister pledges aid': a headline on the one who comes to give;
'Chad's president welcomes donors' is on the host."""


def headline_principal(cast: Cast, person: str | None) -> str:
    """"Chile's top diplomat brings money to Lima" over a report whose first titled person, "Foreign Affairs
    Minister Inés Larraín", is given no country: the country whose role the headline names is that person's,
    when the headline names one such country and the person is the report's principal."""
    if not person or cast.people[person].organisation or person != principal(cast):
        return ""
    article = cast.article
    opening = next((i for i in range(len(article.sentences)) if re.search(r"[.!?”\"]$", article.sentence_text(i))), 0)
    header = article.text[:article.sentences[opening].start] if article.sentences else ""
    roles = {role.group("owner") or role.group("adjective") for role in _HEADLINE_ROLE.finditer(header)}
    if len(roles) != 1:
        return ""  # "Japan's PM and Chad's president meet": whose role is the principal's, the headline does not say
    words = roles.pop()
    named = {i for i, o in cast.organisations.items() if o.type == "country" and any(
        words == form or words.endswith(" " + form)
        for form in (*o.forms, *next((e.forms for e in ENTRIES if e.name == o.name), ())))}
    return named.pop() if len(named) == 1 and not named & {article_receiver([], cast)} else ""


_THEY_SAID = re.compile(r"\s+(?:(?:have|had)\s+)?(?:(?:also|later|jointly|separately)\s+)?"
                        r"(?:said|say|announced|confirmed|stated|added|"
                        r"told\s+(?:reporters|journalists|the\s+\w+))(?:\s+(?:on|in|last|this)\s+[\w-]+)?(?:\s+that)?"
                        r"\s+they\s+(?:had\s+|have\s+)?$")


def they_said(article: Article, cast: Cast, index: int, position: int) -> tuple[str, ...]:
    """"Norway and Denmark said they would jointly finance 500 generators", "Spain and Portugal announced that
    they had sent food": "they" after a verb of saying is the two or more the saying's subject joins by "and"."""
    actors = cast.in_sentence(index)
    for actor in reversed([a for a in actors if a.span.end <= position]):
        if not _THEY_SAID.fullmatch(article.masked, actor.span.end, position):
            continue
        chain = joined_chain(article, actors, actor) if actor.kind == "organisation" else None
        start = own_start(article, index)
        if chain is None or len(chain) < 2 or not re.fullmatch(r"(?:[^,]{0,40},\s*)?(?:[Tt]he\s+)?",
                                                              article.masked[start:chain[0].span.start]):
            return ()
        return tuple(dict.fromkeys(g for g in (party_of(cast, a, index) for a in chain) if g))
    return ()
