"""Meetings: each meeting the text reports (met with, held talks with, convened with, a call with),
its participants, with the role the text gives each and the country or organisation they represent.

The modules, in the order of the flow:
phrases: the words of a meeting, its verbs and nouns, and when, how and how long it was;
not_held: meetings a sentence names but does not report as held (called off, ahead, wished for, hearsay, past);
sentence: small readers of one sentence (where it opens, the pronoun it opens with);
titles: the titles and offices that name a party;
objects: whom a verb of meeting was with, the parties named after it;
subject: who met, the subject of a verb of meeting;
checks: checks on what one sentence says of a meeting;
together: meetings of those named together, at a gathering, in lists and bullets;
participants: the parties of one meeting, as participants, and its title;
find: find_meetings, the meetings of a whole text, merged by their parties.
"""
from __future__ import annotations

from generator.editing.draft.meetings.find import find_meetings

__all__ = ["find_meetings"]
