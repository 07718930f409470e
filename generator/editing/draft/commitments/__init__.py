"""Commitments: who gives what to whom, and how far along it is, read from clauses such as
"Germany pledged two more IRIS-T systems to Ukraine" or "Kravets asked Germany for Taurus missiles".

The modules, in the order of the flow:
- giving_words, verbs, words: the lexicons: the verbs and phrases of giving, the whole pattern of verbs, and
  words several readers share (ends of clauses, adjectives, lenders, channels)
- record: what one clause tells (`Clause`) and the commitment made of it
- spans: where things are in a sentence: starts of clauses, the item at a point, lists
- parties: the country or organisation an actor stands for, and who is joined to it
- receivers: the receiver named right after the things given
- main_receiver: whom the article's aid is for when a clause does not say
- lenders: loans, their lenders and borrowers
- meeting_parties: the parties of a meeting a sentence reports
- subjects, shares, support, thanks, gift_nouns, later_givers, handed_over, receiving, signed_by, arrivals,
  signed, askers, requests, hedges: the readers of one kind of clause each
- clause: reading one clause, for one verb of giving
- list_lines, packages, contents: lines of lists, packages told again, what a package or document holds
- takers, unnamed_receivers: receivers inferred from the rest of the article
- givers, dropped, merge: givers added, proposals dropped, and the same commitment told twice made one
- find: `find_commitments`, which ties them together"""
from __future__ import annotations

from generator.editing.draft.commitments.find import find_commitments

__all__ = ["find_commitments"]
