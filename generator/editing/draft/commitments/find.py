"""Finding the commitments of an article: each verb of giving read, then receivers filled in, merged and dropped."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.content.ids import slug, unique
from generator.editing.draft.actors import Cast
from generator.editing.draft.commitments.cargo import cargo_to_come
from generator.editing.draft.commitments.clause import read_clause
from generator.editing.draft.commitments.contents import clause_past_contents, document_of_aid, works_of_document
from generator.editing.draft.commitments.dropped import (
    bare_document,
    fewer_givers,
    label,
    package_again,
    summary_line,
    summed_up,
    through_channel,
)
from generator.editing.draft.commitments.givers import cogivers, counterpart_body, lender_gives, listed_agents
from generator.editing.draft.commitments.giving_words import NOMINAL
from generator.editing.draft.commitments.hedges import conditional, hoped, unreal
from generator.editing.draft.commitments.list_lines import (
    giver_after_line,
    gives_list,
    party_line,
    pledge_line,
    signed_line,
    whole_of_list,
)
from generator.editing.draft.commitments.merge import merge_same, told_twice, under_the_document, with_quoted
from generator.editing.draft.commitments.packages import same_package, sum_told_again, whole_listed
from generator.editing.draft.commitments.parties import meeting_counterpart
from generator.editing.draft.commitments.receivers import a_channel, receiver_after
from generator.editing.draft.commitments.record import Clause, make_commitment
from generator.editing.draft.commitments.shares import from_each, gapped_clauses, parts_of_earlier, to_each
from generator.editing.draft.commitments.spans import listed_contents
from generator.editing.draft.commitments.takers import spent_at_home
from generator.editing.draft.commitments.thanks import referent_receivers, relative_object
from generator.editing.draft.commitments.unnamed_receivers import inferred_receivers, signer_for_adjective, told_with_receiver
from generator.editing.draft.commitments.verbs import VERBS
from generator.editing.draft.commitments.words import LIST_LINE, RECEIVER_FIRST
from generator.editing.draft.items import Found, items, package
from generator.editing.draft.model import Commitment, Item, Meeting, Quote
from generator.editing.draft.quoted_commitments import quoted_commitments
from generator.editing.draft.text import Article

_TRAINING = re.compile(r"\btrain(?:ed|s|ing)?$")
_TRAINED = re.compile(r"^\s*(?:and\s+equip\s+)?")
"""'has trained 50,000 recruits', 'will train pilots': what is given is the training of them."""


_BUILDS = re.compile(r"\b(?:will|would|is\s+to|are\s+to)\s+(?:\w+\s+)?(?:build|rebuild|construct|reconstruct)\b")
"""A promise to build: a state builds for another, but a company builds what someone else pays for."""


def find_commitments(article: Article, cast: Cast, meetings: list[Meeting], used: set[str],
                     quotes: list[Quote] | None = None) -> list[Commitment]:
    found: list[Commitment] = []
    listing: Clause | None = None
    for index, sentence in enumerate(article.sentences):
        previous: Clause | None = None
        text = article.sentence_text(index)
        bullet = LIST_LINE.match(text)
        if listing is not None and bullet:
            # "The package comprises:" and a list: each line is one thing the package gives; a line that opens on
            # parties of its own ("- Japan: $5 million") gives as a round-up of pledges does, or else is not read,
            # as those parties may give or receive
            start = sentence.start + len(article.masked[sentence.start:sentence.end]) - len(text) + bullet.end()
            own = pledge_line(article, cast, index) if party_line(article, cast, index, listing) else \
                replace(listing, start=start)
            if own is not None:
                found += [make_commitment(article, cast, index, own, item, meetings)
                          for item in items(article.masked[own.start:sentence.end], False)]
            continue
        listing = None
        if not bullet and not re.search(r"[.!?:;”’\")]$|[;,]\s+(?:and|or)$", text):
            # a subheading ("Kyiv asks Berlin for Patriots") says again what the body tells; a line of a list that
            # runs on ("3. A grant agreement with Japan providing 40 pumps; and") is none; a line of a round-up of
            # pledges, under its heading, needs no point ("Donor pledges" / "Norway - NOK 20 million")
            line = pledge_line(article, cast, index)
            if line is not None:
                found += [make_commitment(article, cast, index, line, item, meetings)
                          for item in items(article.masked[line.start:sentence.end], False)]
            continue
        line = pledge_line(article, cast, index) or signed_line(article, cast, index)
        lines = [line] if line is not None else parts_of_earlier(article, cast, index, found) or \
            [own for own in (giver_after_line(article, cast, index) if bullet else None,) if own is not None]
        if lines:
            found += [make_commitment(article, cast, index, line, item, meetings) for line in lines
                      for item in items(article.masked[line.start:line.end if line.end >= 0 else sentence.end], False)]
            continue
        here: set[str] = set()
        # a gift said as a noun is read last, and only when no verb of the sentence has given it already
        for verb in sorted(VERBS.finditer(article.masked, sentence.start, sentence.end),
                           key=lambda v: v.lastgroup in NOMINAL):
            if unreal(article, sentence.start, verb):
                continue
            clause = read_clause(article, cast, meetings, index, verb, previous) or \
                clause_past_contents(article, cast, meetings, index, verb, previous)
            if clause is not None and verb.lastgroup in NOMINAL and set(clause.givers) <= here:
                continue
            earlier_package = clause is None and verb.lastgroup == "package"
            if earlier_package:
                clause, earlier_package = same_package(article, found, index, verb)
            if clause is not None:
                clause = hoped(article, cast, index, verb, clause)
            if clause is not None and _BUILDS.search(verb.group()) and \
                    any(cast.organisations[g].type != "country" for g in clause.givers if g in cast.organisations):
                continue  # "Thales will build 5,000 missiles for Ukraine": a maker under contract, not the one who gives
            if clause is None or conditional(article, verb, clause.end if clause.end >= 0 else sentence.end):
                continue
            previous = clause
            end = clause.end if clause.end >= 0 else sentence.end
            if (verb.lastgroup == "package" and re.fullmatch(r"\s*:\s*", article.masked[verb.end():sentence.end])) \
                    or gives_list(article, verb, clause, sentence.end):
                # "Canada will provide the following support to Peru:": the one the heading names after "to" receives
                listing = replace(clause, receivers=clause.receivers or receiver_after(
                    article, cast, index, clause.start) or next(
                    (c.receivers for c in reversed(found) if c.givers == clause.givers), ()))
                continue
            aside = _ASIDE.match(article.masked, clause.start, end)
            if aside:
                clause = replace(clause, start=aside.end())  # "will deliver, by the end of the year, four systems"
            found_items = items(_TRAINED.sub("training of ", article.masked[clause.start:end])
                                if _TRAINING.search(verb.group()) else article.masked[clause.start:end],
                                verb.lastgroup == "pledged" and "announced" in verb.group(), clause.whole)
            if verb.lastgroup == "package" and len(found_items) <= 1 and \
                    not re.match(r"(?i:among)", verb.group()):
                found_items = listed_contents(found_items, article.masked[clause.start:end])
            if not found_items and verb.lastgroup in ("delivered", "pledged", "progressive", "future"):
                found_items = relative_object(article, cast, index, verb, clause)
            if not found_items and verb.lastgroup == "signed" and clause.start > verb.end():
                found_items = works_of_document(article, clause.start, end) or document_of_aid(article, verb.end(), end)
            if verb.lastgroup == "package" and found_items and not earlier_package and \
                    re.match(r"(?:package|tranche)", verb.group(), re.IGNORECASE):
                # "Germany's new package includes 20 tanks and ammunition": the package, and each thing it
                # lists, as an editor records them (the package told before is already found)
                before = article.masked[max(0, verb.start() - 40):verb.start()]
                found_items = [package(verb.group(), before, found_items), *found_items]
            each_to = _each_to_its_own(article, cast, index, clause, found_items)
            for number, item in enumerate(found_items):
                if each_to:
                    its_own = (each_to[number],) if each_to[number] else ()
                    found.append(make_commitment(article, cast, index, replace(clause, receivers=its_own), item,
                                                 meetings))
                    here.update(clause.givers)
                    continue
                if not clause.receivers:
                    # "... where he met Vietnamese Deputy Prime Minister Tran Quoc Dung and pledged a loan": the
                    # one met in the same sentence, when the text names no other
                    clause = replace(clause, receivers=receiver_after(article, cast, index, clause.start)
                                     or referent_receivers(article, found, index)
                                     or (meeting_counterpart(meetings, index, clause.givers[0], cast) if len(clause.givers) == 1
                                         and clause.status != "asked" and _MET_AND.search(
                                             article.masked[sentence.start:verb.start()]) else ()))
                found.append(make_commitment(article, cast, index, clause, item, meetings))
                here.update(clause.givers)
            if len(found_items) == 1:
                found += [make_commitment(article, cast, index, gapped, item, meetings)
                          for gapped, item in gapped_clauses(article, cast, index, clause, end, found_items[0])]
                if verb.lastgroup not in RECEIVER_FIRST:
                    found += [make_commitment(article, cast, index, each, item, meetings)
                              for each, item in to_each(article, cast, index, clause, end)]
            if found_items and verb.lastgroup in RECEIVER_FIRST:
                for each, item in from_each(article, cast, index, clause, end):
                    found.append(make_commitment(article, cast, index, each, item, meetings))
                    here.update(each.givers)
        found += sum_told_again(article, cast, meetings, found, index)
        found += whole_listed(article, cast, meetings, found, index)
        found += cargo_to_come(article, cast, meetings, found, index)
        if listing is None and text.endswith(":"):
            listing = whole_of_list(article, cast, found, index)
    found = with_quoted(found, quoted_commitments(article, cast, quotes or [], found))
    found = merge_same(under_the_document(article, found))
    donors = {g for c in found if c.status != "signed" for g in c.givers}
    # two states signed, and only one of them gives anything else the article reports: that one gives
    found = [replace(c, givers=c.receivers, receivers=c.givers) if c.status == "signed" and len(c.givers) == 1
             and len(c.receivers) == 1 and c.receivers[0] in donors and c.givers[0] not in donors
             and cast.organisations[c.givers[0]].type == cast.organisations[c.receivers[0]].type == "country" else c
             for c in found]
    found = [lender_gives(cast, c) for c in found]
    found = told_twice(found)
    givers = {g for c in found if c.status != "asked" for g in c.givers}
    result = []
    for commitment in found:
        if set(commitment.givers) & set(commitment.receivers):
            continue  # one who gives to itself: the rule misread who is who
        if summed_up(found, commitment) or label(article, found, commitment) or package_again(found, commitment) \
                or through_channel(cast, found, commitment) or summary_line(article, found, commitment) \
                or bare_document(commitment) or fewer_givers(found, commitment):
            continue
        commitment = replace(commitment, givers=(*commitment.givers, *cogivers(article, cast, commitment),
                                                 *listed_agents(article, cast, commitment)))
        receivers = signer_for_adjective(article, cast, commitment) or commitment.receivers
        receivers = counterpart_body(cast, commitment, receivers) or receivers
        inferred = False
        if not receivers:
            if told_with_receiver(found, commitment) or spent_at_home(article, cast, commitment):
                continue
            receivers = inferred_receivers(article, cast, found, commitment, givers)
            inferred = bool(receivers)
        # a request made of no one named takes its name from the one who asks
        who = (commitment.givers or receivers or ("request",))[0]
        ident = unique(slug(f"{who} {commitment.items[0].name}")[:60].strip("-") or "commitment", used)
        used.add(ident)
        text = _text(cast, commitment.givers, receivers, commitment.status, commitment.items[0], commitment.value)
        result.append(replace(commitment, id=ident, receivers=receivers, receiver_inferred=inferred, text=text))
    return result


_TO_ITS_OWN = re.compile(r"\s(?:to|for)\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*)*)[.;,]?$")


def _each_to_its_own(article: Article, cast: Cast, index: int, clause: Clause, found: list[Found]) -> list[str]:
    """"Japan gave $5 million to UNICEF, $3 million to the World Food Programme and $2 million to the Red Cross": a
    list whose parts name receivers of their own, two or more, gives each part to its own; a part that names none, or
    names a fund the money passes through, is left for the receiver to be found as for any gift ("" here). None where
    the list names one receiver at most ("40 boats, 200 tents and 30 generators to the navy" gives all to it)."""
    if len(found) < 2:
        return []
    bodies = {article.masked[a.span.start:a.span.end]: a.ref for a in cast.in_sentence(index)
              if a.kind == "organisation" and a.span.start >= clause.start}
    own = []
    for _, wordings, _ in found:
        named = _TO_ITS_OWN.search(wordings[-1])
        body = bodies.get(named.group("name"), "") if named else ""
        own.append(body if body and body not in clause.givers and not a_channel(cast, body) else "")
    return own if len(set(own) - {""}) > 1 else []


_MET_AND = re.compile(r"\b(?:met|meets|meeting|held\s+talks\s+with|spoke\s+with)\b[^;.]*\band\s+(?:\w+\s+)?$")
"""'where he met Tran Quoc Dung and pledged': one subject met someone and, in the same breath, gave."""
_ASIDE = re.compile(r"\s*,\s*(?:by|in|on|at|over|before|after|within|during|next|this|last|as\s+early\s+as|as\s+soon\s+as)"
                    r"\b[^,;.:]{1,40},\s*")
"""An aside of time between a verb of giving and what it gives."""


def _text(cast: Cast, givers: tuple[str, ...], receivers: tuple[str, ...], status: str, item: Item,
          value: tuple[str, str] | None) -> str:
    def names(ids: tuple[str, ...]) -> str:
        listed = [cast.organisations[i].name if i in cast.organisations else i for i in ids]
        return " and ".join(listed)

    what = f"{item.quantity} {item.name}" if item.quantity else item.name
    verb = {"asked": "was asked for", "pledged": "pledged", "agreed": "agreed to give", "signed": "signed",
            "delivered": "delivered"}[status]
    to = f" to {names(receivers)}" if receivers and status != "asked" else ""
    if status == "asked":
        return f"{names(receivers) or 'The receiver'} asked {names(givers) + ' ' if givers else ''}for {what}."
    return f"{names(givers)} {verb} {what}{to}." + (f" ({value[1]} {value[0]})" if value and value[0] not in what else "")
