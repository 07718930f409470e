"""The event: the one summit, conference, meeting of ministers or visit the article reports, with
its place as the text names it, and its dates only where the text gives a year.

The modules, in the order of the flow:
words: the words of a place and of a gathering (capitals, a gathering's head noun, a venue);
dates: the Event itself, with its dates where the text gives a year;
naming: the event's name and place as one sentence names them;
elsewhere: sentences that name a place that is not the event's (a visit elsewhere or at another time);
dateline: where the article was filed, by its dateline and byline;
afar: reports told from afar or of a habit (by video, from home, a roundup);
headline: the event as the headline names it;
scene: where the opening sets its scene (a visitor at the dateline, the city met in, the sidelines of a gathering);
find: find_event, the event of a whole text.
"""
from __future__ import annotations

from generator.editing.draft.event.find import find_event

__all__ = ["find_event"]
