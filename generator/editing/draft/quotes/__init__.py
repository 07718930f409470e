"""Quotes: every span in quotation marks that is words someone said or wrote, with its speaker
resolved across its sentence and the one before; a phrase quoted twice is one quote, and scare
quotes (a term in quotation marks that nobody is reported to have said) are none.

said: who the text gives a quotation to, the verbs of speech, and a sentence's own bounds.
offices: whom a title or a description in the text names, and which office it holds.
referents: whom a 'he' or 'she' reaches back to, and the speakers the text does not name.
speakers: the speaker an actor beside a quote stands for.
attribution: the speaker the quote's own sentence gives it to.
around: the speaker the sentences around a quote give it to: a lead-in, the sentence before, a signature below.
find: find_quotes, which ties them together, and channel.
"""
from __future__ import annotations

from generator.editing.draft.quotes.find import channel, find_quotes

__all__ = ["channel", "find_quotes"]
