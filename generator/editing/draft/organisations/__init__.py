"""Countries, organisations and groups: every form the text uses for each (name, abbreviation,
adjective, plural), matched to the ids content/ has already, and the members it lists for a group.

lexicon: the words, the country forms and the candidate record every reader shares
titles: a title and its holder around a body's name, where the title ends and the body begins
not_bodies: capitalised names with a body's word in them that name no body
runs: bodies the gazetteer does not know, read from runs of capitalised words and a few named shapes
issuers: the body that issues a release, from the line above its body
outlets: papers, broadcasters and agencies the text names as such
companies: companies and bodies the text says are one, and a known company's subsidiaries
clinics: clinics and hospitals named as parties, not only as places
governments: a capital that stands for its government, and a government named with its initials
same_body: one body named in several ways, merged into one
references: a body named again by less than its name (abbreviation, initials, last word)
find: find_organisations, which ties the readers together, names each body once and reads a group's members
"""
from __future__ import annotations

from generator.editing.draft.organisations.find import OrganisationMentions, find_organisations

__all__ = ["OrganisationMentions", "find_organisations"]
