"""Commitments: who gives what to whom, and how far along it is, read from clauses such as
"Germany pledged two more IRIS-T systems to Ukraine" or "Kravets asked Germany for Taurus missiles".

The modules, in the order of the flow:
- find: `find_commitments`, which reads each verb of giving, then fills in, merges and drops what it found
- verbs: the verbs of giving and asking that `find_commitments` looks for, each with its status
- giving_words: the phrases of giving the verbs are built from, some read on their own too
- words: words several readers share: the end of a clause, adjectives of countries, lenders, channels
- clause: reading one clause, for one verb of giving, with the readers below
- clause_words: the words and phrases only the reading of one clause looks for
- record: what one clause tells (`Clause`), and the commitment made of it
- hedges: gifts only hoped for, set a condition, negated or hypothetical
- subjects: subjects told again in other words ("the ministry", "the Gulf state", "it said")
- receiving: clauses whose subject receives ("Ukraine will receive 20 jets from Norway")
- later_givers: givers a passive names later ("courtesy of Japan", "bought with Korean funds")
- handed_over: gifts reported as handed over, continued or in the passive
- gift_nouns: gifts told by a noun ("Germany's pledge of", "the delivery by Chile of")
- thanks: thanks, decisions and pledges that credit a giver, and requests that name by reference
- support: whom a request for support is made of, named by its adjective
- signed: signed documents: who signs with whom, and which side gives
- signed_by: documents "signed by" two, works built under a document, agencies that reached people
- lenders: loans, their lenders and borrowers
- cargo: cargo and the vehicles that carry it
- arrivals: arrivals of vehicles, crews and helpers, and who gives what they bring
- askers: who asks: the country or body a request's subject names or refers back to
- open_requests: requests told in a phrase of their own ("appealed to friendly countries for")
- requests: requests: what is asked for, and of whom
- shares: shares of one gift told with a gap ("the Netherlands €45 million and Japan $40 million")
- meeting_parties: the parties of the meeting a sentence reports
- parties: the country or organisation an actor stands for, and those joined to it
- receivers: the receiver named right after the things given, or the body money is put into
- main_receiver: whom the article's aid is for when a clause does not say
- spans: where things are in a sentence: the start of a clause, the item at a point, lists
- list_lines: pledges and documents told in the lines of a list
- packages: a package, its parts, shares and tranches told again after a commitment
- contents: what a cargo holds, the works a document pays for
- unnamed_receivers: whom a gift is for when its clause names no receiver
- takers: receivers told in the item given or around it
- givers: givers a commitment gains from the rest of its sentence
- dropped: whether a proposal is dropped: a summary told again in full, a package told again
- merge: the same commitment told twice made one"""
from __future__ import annotations

from generator.editing.draft.commitments.find import find_commitments

__all__ = ["find_commitments"]
