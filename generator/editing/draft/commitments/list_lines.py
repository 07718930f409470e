"""Pledges and documents told in the lines of a list.

"- Germany: 12 tanks", documents signed in a list, lists a sentence opens."""
from __future__ import annotations

import re

from generator.editing.draft.actors import BULLET, Cast, entry_start
from generator.editing.draft.commitments.giving_words import NOMINAL
from generator.editing.draft.commitments.main_receiver import article_receiver
from generator.editing.draft.commitments.parties import party_of
from generator.editing.draft.commitments.receivers import receiver_after
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.commitments.spans import country_forms, list_heading, own_start
from generator.editing.draft.items.money import CODES
from generator.editing.draft.model import LIKELY, Commitment
from generator.editing.draft.text import Article

_PLEDGES_HEADING = re.compile(r"\b(?:pledges?|pledged|promises|promised|contributions?|commitments?|offers|donors?|"
                              r"funding|who\s+(?:gave|gives|pledged|promised|offered))\b[^.!?]*:$", re.IGNORECASE)
_FUNDING_HEADING = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}(?i:funding|pledges|contributions|commitments|donations|donors)"
                              r"(?:\s+[\w-]+){0,2}")
"""A heading on a line of its own, with no colon: "Funding", "Donor pledges", "Pledges so far"."""
_GIVER_DASH = re.compile(r"\s*(?:,|,?\s+and)?\s*(?:[Tt]he\s+)?")
_DASH = re.compile(r"(?:\s+[-–—]|:)\s+(?=(?:[A-Z]{0,3}[€$£¥]|\d|(?:" + CODES + r")\s?\d|"
                   r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s))")
"""What parts a giver from its gift in a line of a round-up: a dash ("Chile - 300 tents") or a colon ("- Peru: 40
pumps", "- Norway: NOK 350 million"), before a sum, a number or an article."""


def pledge_line(article: Article, cast: Cast, index: int) -> Clause | None:
    """A line of a round-up under a heading of pledges: "Germany - 40 million euros for schools.", "Chile and
    Peru - 300 tents.", "- Spain: 12 field kitchens": the parties before the dash or colon give what follows it."""
    givers: list[str] = []
    position = own_start(article, index)
    for actor in cast.in_sentence(index):
        if actor.kind != "organisation" or not _GIVER_DASH.fullmatch(article.masked[position:actor.span.start]) or \
                (not givers and not re.fullmatch(r"(?:[Tt]he\s+)?", article.masked[position:actor.span.start])):
            break
        givers.append(party_of(cast, actor, index))
        position = actor.span.end
    dash = _DASH.match(article.masked, position)
    heading = _pledges_heading(article, index) if givers and all(givers) and dash is not None else None
    if heading is None or dash is None:
        return None
    # "A round-up of the pledges to Chad:": the one the heading names after "to" or "for" receives
    receivers = tuple(r for r in receiver_after(article, cast, heading, article.sentences[heading].start)
                      if r not in givers)
    return Clause(tuple(dict.fromkeys(givers)), receivers, "pledged", dash.end(),
                   f"{LIKELY}: a line of a round-up of pledges")


_DELIVERED_HEADING = re.compile(r"\b(?:delivered|deliveries|arrived|arrivals|sent|donated|donations|handed\s+over|"
                                r"distributed|shipped)\b[^.!?]*:$", re.IGNORECASE)
_GIVER_AFTER = re.compile(r"\s*(?:\(\s*(?:[Tt]he\s+)?$|(?:from|by)\s+(?:the\s+)?$)")
_LINE_END = re.compile(r"\s*(?:\)\s*)?(?:(?:for|to)\s+[^()]{1,60}?)?\s*[.;]?\s*(?:and)?\s*$")


def giver_after_line(article: Article, cast: Cast, index: int) -> Clause | None:
    """A line of a list of pledges or deliveries that names the thing first and its giver after it: "- £4 million
    from Britain for shelter", "• 20 boats (Norway)": the one body named after "from" or "by", or in brackets at the
    line's end, gives what comes before it. None where the line names any other party, or has a verb of its own."""
    heading = list_heading(article, index)
    if heading is None:
        return None
    title = article.sentence_text(heading)
    status = "pledged" if _PLEDGES_HEADING.search(title) else "delivered" if _DELIVERED_HEADING.search(title) else ""
    sentence = article.sentences[index]
    start = own_start(article, index)
    actors = [a for a in cast.in_sentence(index) if a.span.start >= start]
    if not status or len(actors) != 1 or actors[0].kind != "organisation" or \
            not re.match(r"\s*(?:[A-Z]{0,3}[€$£¥]|\d|(?:" + CODES + r")\s?\d)", article.masked[start:actors[0].span.start]):
        return None
    giver = actors[0]
    lead = article.masked[start:giver.span.start]
    cut = _GIVER_AFTER.search(lead)
    if cut is None or not _LINE_END.fullmatch(article.masked, giver.span.end, sentence.end) or \
            (cut.group().lstrip().startswith("(") and not re.match(r"\s*\)", article.masked[giver.span.end:])):
        return None
    party = party_of(cast, giver, index)
    receivers = tuple(r for r in receiver_after(article, cast, heading, article.sentences[heading].start) if r != party)
    return Clause((party,), receivers, status, start, f"{LIKELY}: a line of a list, its giver named after the thing",
                  end=start + cut.start()) if party else None


_DOCUMENT_LINE = re.compile(rf"(?:{BULLET})?(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,3}}?(?i:agreement|memorandum"
                            r"(?:\s+of\s+understanding)?|exchange\s+of\s+notes|contract|protocol)\s+with\s+(?:the\s+)?")
_DOCUMENT_GIVES = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,?\s+(?:providing|worth|to\s+(?:fund|finance|provide|supply|build))\s+")
_SIGNING_HEADING = re.compile(r"\bsign(?:ed|ing|s|ature)?\b[^.;]*:$")


def signed_line(article: Article, cast: Cast, index: int) -> Clause | None:
    """A line of a list of documents signed: "The two ministers signed the following:", then "3. A grant agreement
    with the Korea International Cooperation Agency (KOICA) providing US$15 million for a clinic": the body it is
    signed with gives, the side the article's aid goes to receives."""
    text = article.sentence_text(index)
    lead = _DOCUMENT_LINE.match(text)
    heading = list_heading(article, index) if lead else None
    if lead is None or heading is None or not _SIGNING_HEADING.search(article.sentence_text(heading)):
        return None
    start = article.sentences[index].end - len(text) + lead.end()
    body = next((a for a in cast.in_sentence(index) if a.span.start == start and a.kind == "organisation"), None)
    gives = _DOCUMENT_GIVES.match(article.masked, body.span.end) if body is not None else None
    if body is None or gives is None:
        return None
    # the Korea International Cooperation Agency gives to the other side, never to the country its name holds
    home = _named_in(cast, cast.organisations[body.ref].name) if cast.organisations[body.ref].type != "country" else ()
    main = article_receiver([], cast, home)
    if not main or body.ref == main:
        return None
    return Clause((body.ref,), (main,), "signed", gives.end(), f"{LIKELY}: a line of a list of documents signed")


def _named_in(cast: Cast, name: str) -> tuple[str, ...]:
    """The countries whose names a body's name holds: South Korea for the "Korea International Cooperation Agency"."""
    return tuple(ident for ident, o in cast.organisations.items() if o.type == "country" and any(
        re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", name) for form in country_forms(cast, ident)))


_OPENS_LIST = re.compile(r"(?:\s*(?:with\s+|for\s+)?(?:the\s+following|these)(?:\s+[\w-]+){0,3}?"
                         r"(?:\s+(?:to|for)\s+[^:;.]{1,60}?)?|\s*as\s+follows)?\s*:\s*")
"""What a verb of giving ends on when the lines below say what it gives: "Canada will provide the following support to
Peru:", "The UK will fund:", "Oslo is sending these items:", "Chad asked Japan for the following:"."""


def gives_list(article: Article, verb: re.Match[str], clause: Clause, end: int) -> bool:
    """Whether a clause of giving, promising or asking has no object of its own but a list below it: each line is one
    thing given. Not a clause of agreeing or signing ("The two sides agreed on the following:"), whose lines are
    terms each side keeps."""
    opening = article.masked[entry_start(article, article.sentences[article.sentence_index(verb.start())]):verb.start()]
    # "It will fund:" after two donors' gifts may stand for either: `whole_of_list` reads "it" alone
    return verb.lastgroup not in ("agreed", "joint", "signed", "package", *NOMINAL) and clause.start <= end and \
        _OPENS_LIST.fullmatch(article.masked, clause.start, end) is not None and \
        re.match(r"(?:[^,]{0,40},\s*)?(?:It|They)\b", opening) is None


_PARTS_WORDS = (r"(?:includ|compris|consist|contain|cover|fund|financ|pay|provid|support|deliver|suppl|offer|bring|brought|"
                r"go|be\s+used|be\s+spent)\w*")
_WHOLE_WITH_PARTS = re.compile(r"(?:,\s*|\s+)(?:(?:which|that)\s+(?:will\s+|would\s+)?(?:also\s+)?" + _PARTS_WORDS +
                               r"(?:\s+(?:of|for|on|to(?:wards?)?))?|including|comprising|consisting\s+of|covering|"
                               r"(?:to\s+be\s+)?(?:allocated|spent|used|divided|split|broken\s+down)\s+as\s+follows|"
                               r"(?:to\s+be\s+used\s+|to\s+be\s+spent\s+)?(?:for|on)\s+the\s+following(?:\s+[\w-]+){0,2}|"
                               r"as\s+follows)\s*:$")
"""'Norway pledged 30 million kroner to Malawi, which will fund:', 'a £20 million package for Moldova, including:': a
whole told in a sentence that ends on the word that opens its parts, listed in the lines below."""
_PARTS_VERB = (r"(?:(?:will|would|is\s+to|are\s+to)\s+)?(?:also\s+)?(?:(?:be|is|are|was|were|has\s+been|have\s+been)\s+"
               r"(?:allocated|distributed|divided|split|spent|used|broken\s+down|earmarked)(?:\s+as\s+follows|\s+(?:for|on|"
               r"among|between))?|(?:be\s+)?" + _PARTS_WORDS + r"(?:\s+(?:of|for|on|to(?:wards?)?))?(?:\s+as\s+follows)?|"
               r"breaks?\s+down\s+as\s+follows)\s*:$")
"""What a heading whose subject is a whole says of it before the lines of its parts: "will fund:", "comprises:", "is
allocated as follows:"."""
_IT_LISTS = re.compile(r"(?:[^,]{0,40},\s*)?It\s+" + _PARTS_VERB)
"""'Japan pledged $12 million to Nepal. It will fund:': "it" opening a heading stands for the gift just told."""
_WHOLE_LISTS = re.compile(r"(?:[^,]{0,40},\s*)?(?:The|This|That|Its|Their|(?P<owner>[A-Z][\w.-]+)['’]s)\s+"
                          r"(?P<words>(?:[\w-]+\s+){0,3}?)(?:programmes?|programs?|projects?|initiatives?|schemes?|packages?|"
                          r"grants?|loans?|funds|funding|money|contributions?|pledges?|donations?|aid|assistance|support)\s+"
                          + _PARTS_VERB)
"""'The programme will provide:', 'The grant will fund:', 'Norway's contribution is allocated as follows:': a whole
the sentence before told, its parts in the lines below."""


def whole_of_list(article: Article, cast: Cast, found: list[Commitment], index: int) -> Clause | None:
    """The giver, receiver and status of the lines of a list below a heading that tells a whole and ends with a
    colon: the whole the heading gives itself, or the one gift of one giver to one receiver the sentence before told
    when the heading opens on "it" or "the programme". None when the gifts told are of more than one giver or
    receiver, or a request: a list below them may be anything."""
    text = article.sentence_text(index)
    whole = _WHOLE_LISTS.match(text)
    if _IT_LISTS.match(text) or whole:
        told = [c for c in found if c.sentence == index - 1]
    elif _WHOLE_WITH_PARTS.search(text):
        told = [c for c in found if c.sentence == index]
    else:
        return None
    if not told or len({(c.givers, c.receivers, c.status) for c in told}) != 1 or not told[0].givers \
            or told[0].status == "asked":
        return None
    # "The Korean contribution will fund:" after Japan's gift tells of another whole
    owners = {form for g in told[0].givers if g in cast.organisations for form in country_forms(cast, g)}
    named = [w for w in (whole.group("owner") or "", *whole.group("words").split()) if w[:1].isupper()] if whole else []
    if any(w not in owners for w in named):
        return None
    return Clause(told[0].givers, told[0].receivers, told[0].status, article.sentences[index].end,
                   f"{LIKELY}: a line of the list of what the whole told above gives")


def party_line(article: Article, cast: Cast, index: int, listing: Clause) -> bool:
    """Whether a line of a list opens on a party other than the heading's giver and a colon or dash: "- Japan: $5
    million for food", "- Fiji and Samoa - 40 boats"."""
    position = own_start(article, index)
    first = next((a for a in cast.in_sentence(index) if a.span.start >= position), None)
    return first is not None and first.kind == "organisation" and first.ref not in listing.givers and \
        re.fullmatch(r"(?:[Tt]he\s+)?", article.masked[position:first.span.start]) is not None and \
        re.match(r"(?:(?:,\s*|\s+and\s+)(?:the\s+)?[A-Z][^:;,.]{0,40}?)*(?:\s+[-–—]|:)\s", article.masked[first.span.end:
                                                                                            first.span.end + 120]) is not None


def _pledges_heading(article: Article, index: int) -> int | None:
    """The heading of pledges, ending with a colon or a short line of its own ("Funding"), that the lines before this
    one and this one follow."""
    for back in range(index - 1, max(-1, index - 12), -1):
        text = article.sentence_text(back)
        if text.endswith(":"):
            return back if _PLEDGES_HEADING.search(text) else None
        if _FUNDING_HEADING.fullmatch(text.strip()):
            return back
        if not _DASH.search(text):
            return None
    return None
