"""People: a name of two to four capitalised words that the text marks as a person's, by a title
before it ("U.K. Prime Minister Rishi Sunak"), a title beside it ("Kadri Lepp, Estonia's prime
minister"), or a verb of speech; each with the whole title and the organisation of the role.

lexicon: the words and patterns of titles, names, places and bodies that the readers test.
titles: a word of the text, a title found next to a name, and what a title keeps or drops.
names: a found person, the shorter forms of a name, and one person's name written two ways.
words: the words of the article, each with its kind, and the portfolios that runs of words name.
runs: the runs of capitalised words that may be a name, and the words around one that make it a person's.
titles_set_off: a title set off before a name, and the pieces every title is built of.
titles_before: the title that ends right before a name.
titles_after: the title after a name, and a name's title from any side.
reader: the Reader of the article's words: what the words around a found name say of it.
context: titles and names that the rest of the text lends a person: counterparts, the lede, the headline, owners.
bylines: people named outside the running text: bylines, signatures, a transcript's speakers.
find: find_people, which ties them together.
"""
from __future__ import annotations

from generator.editing.draft.people.find import find_people

__all__ = ["find_people"]
