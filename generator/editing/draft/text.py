"""The article as the draft reads it: its body without headline or dateline, its sentences, and
its quotations, with each quotation's words blanked out so that they never end a sentence."""
from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from generator.content.evidence import INVISIBLE

_OPENS = {"“": "”", '"': '"', "«": "»", "„": "“”", "‘": "’", "'": "'"}
"""Each mark that opens a quotation, and the marks that close it: English double marks, guillemets ("«Nous
resterons»"), the low mark of central Europe ("„Wir bleiben“"), and single marks where the text quotes with them."""
_SINGLE_OPENS = re.compile(r"(?<![^\s(\[—–-])[‘'](?=[^\W\d_]|\d)(?!\d0s\b|\d\d\b|(?:em|til|tis|n)\b)")
"""A single mark that may open a quotation: at a paragraph's start or after a space, a bracket or a dash, and before
a word; never the apostrophe inside or after a word ("Ukraine's", "the donors' meeting") nor one that stands for
what it leaves out ("the '90s", "class of '22", "'em")."""
_SINGLE_CLOSES = re.compile(r"(?<=\S)[’'](?![^\W_])")
"""A single mark that may close one: after a word or a stop, and before no letter ("Ukraine's" closes nothing)."""
_SINGLE_FIRM = re.compile(r"(?<=[.,;:!?…])[’']|[’'](?=[.,;:!?)\]—–]|[ \t]*$)")
"""A closing single mark that is no apostrophe: after a stop or a comma ("'We stay,' she said"), or before one ("the
'new deal'.") or the paragraph's end. One after a word and before a space may be a plural's apostrophe ("'The
donors' meeting failed,' he said"), and closes only where no firm one follows."""
_STRAY_STRAIGHT = re.compile(r"(?<=[\w.,;:!?%’')\]])\"(?=[\s.,;:!?)\]—–-]|$)")
"""A straight mark that opens nothing: after a word and before a space or a stop, as in inches or a mark left
over ("a 12" pipe burst", "he is 6'2" tall"); where no quotation is open it is passed over."""
_RUN_OPENS = re.compile(r"(?:(?P<stop>[.!?][”’\"')»]?)|[:,;—–-])[ \t]*$")
"""What stands before a quotation that starts to run on into the next paragraph, in its own paragraph: a colon, a
comma or a dash after the words that give it to its speaker ("She said: "The schools open in May." / "The rest
follow."), or a full stop after a sentence ("We will rebuild," she said. "The schools open in May."); never a word
("the so-called "reform"). A quotation that opens its paragraph, or follows a sentence that quotes no one, may name
its speaker only at its end, where the paragraph that closes it says who spoke."""
_SENTENCE_END = re.compile(r"[.!?]+[”’\"')»“]*(?=\s+[^\s\da-z])|(?<=[a-z]{2})[.!?][”’\"')»]*(?=[ \t]+\d)|\n")
"""Where a sentence ends: a stop before a capital, or before a figure when the stop closes a word ("were delivered on
Monday. 40 police vehicles followed"), never a stop inside a sum ("$1.5 million") or after an initial."""
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|Rt|Amb|Messrs|St|Gen|Lt|Col|Adm|Sen|Gov|Rep|No|vs|etc|"
                           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
                           r"Sep|Sept|Oct|Nov|Dec|Inc|Corp|Ltd)|(?<!\bon )(?<!\bvia )\b[A-Z])$")
"""What a full stop ends without ending the sentence: a title's abbreviation, a month's, or an initial ("J. Smith");
never the platform X ("Vasile wrote on X. She replied" is two sentences)."""
_INITIALISM_THEN_OPENER = re.compile(r"(?:[A-Z]\.)+[A-Z]\.[”’\"')»]*\s+(?:The|A|An|He|She|It|They|We|I|You|This|That|These|"
                                     r"Those|There|His|Her|Its|Their|Our|But|And|Yet|So|In|On|At|As|After|Before|"
                                     r"When|While|Meanwhile|However)\b")
"""A full stop after initials ("U.S.", "U.K.") that is also the sentence's own stop, where a word that can only open a
sentence comes next: "She flew to the U.S. He stayed." is two sentences; "the U.K. Foreign Office said" is one, the
initials standing before a name they qualify."""
_STAMP_AM = re.compile(r"\s*(?:(?:UPDATE|Update)\b[\s,:]*)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m")
"""A live blog's entry that opens with its time in "a.m." or "p.m." ("9.40 a.m. – The first convoy"): the full stop
of "a.m." ends no sentence there, where "talks ended at 9 p.m. Japan then pledged" ends one."""
_LINE_NUMBER = re.compile(r"[ \t]*\d{1,2}")
"""The number that opens a line of a numbered list ("2. Norway will send 20 generators"): its full stop numbers the
line and ends no sentence, so that the line is one sentence with its number, as "2) Norway will" and "- Norway will"
are. A line starts after a line break, or after a headline or a dateline blanked before it."""
_CAPITAL_LETTER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
"""Capital letters of the Latin alphabets: a dateline in capitals keeps its accents ("CHIȘINĂU —")."""
_LABELS = r"(?:UPDATE|UPDATED|BREAKING|LATEST|LIVE|WATCH|CORRECTION|EXCLUSIVE|ANALYSIS|OPINION|EDITOR'S\s+NOTE)"
"""Words in capitals that label an entry or an article, as a dateline's place stands."""
_DATELINE = re.compile(rf"^[ \t]*(?!{_LABELS}\b)"
                       rf"(?P<place>[{_CAPITAL_LETTER}][{_CAPITAL_LETTER}.'-]+(?:[ ][{_CAPITAL_LETTER}][{_CAPITAL_LETTER}.'-]+)"
                       r"{0,3})(?:,[^\n(—–]{0,40}?)?(?:[ ]*\([^)\n]{1,40}\))?[ ]*(?:[-—–]+|:)[ ]*(?=[A-Z“\"])", re.MULTILINE)
"""A dateline: the place in capitals, then a date or a country after a comma and the agency in brackets,
each optional ("VILNIUS, July 11 (Reuters) -", "ANKARA (AP) —", "KYIV —"); never a live blog's or an editor's label
in capitals ("UPDATE, 14:30:", "BREAKING:")."""
_DATELINE_TITLED = re.compile(r"^[ \t]*(?P<place>[A-Z][\w'-]+(?:[ ][A-Z][\w'-]+){0,3})(?:[ ]\([^)\n]{1,40}\))?,[ ]"
                              r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]\d{1,2}(?:,[ ]\d{4})?|"
                              r"\d{1,2}[ ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:[ ]\d{4})?)"
                              r"[ ]*[-—–]+[ ]*(?=[A-Z“\"])", re.MULTILINE)
"""A dateline with the place as it is spelt and a date, which a dateline in capitals may go without: "Ramstein Air
Base (Germany), Feb 13 -", "Lilongwe, 19 February -"."""
_FILED_FROM = re.compile(r"^[ \t]*From\s+our\s+(?:own\s+)?(?:[\w-]+\s+)?correspondent\s+in\s+"
                         r"(?P<place>[A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*)?)[ \t]*$|"
                         r"^[ \t]*(?P<dated>[A-Z][\w’'-]+(?:[ ]+(?:es|de|del|da|do|al|el|[A-Z][\w’'-]+)){0,3}),[ ]+"
                         r"(?:\d{1,2}[ ]+[A-Z][a-z]+|"
                         r"[A-Z][a-z]+\.?[ ]+\d{1,2})(?:,?[ ]+\d{4})?[ \t]*$", re.MULTILINE)
"""Where a report was filed, in a line of its own before its body: "From our correspondent in Chișinău", or a
readout's "Dar es Salaam, 12 August 2025"; a place's words never run across lines."""
WORD = re.compile(r"(?:[A-Z]\.){2,}(?:[’']s\b)?|[^\W\d_](?:[\w’'-]*\w)?|\d[\d.,]*")
"""A word: an abbreviation such as U.S. (with its possessive: "the U.N.'s envoy"), a word with its hyphens and
apostrophes, or a number."""


@dataclass(frozen=True, order=True)
class Span:
    """Where something stands in the article's text: [start, end)."""

    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def within(self, other: Span) -> bool:
        return other.start <= self.start and self.end <= other.end


@dataclass(frozen=True)
class Quotation:
    """A span in quotation marks: the marks, and the words between them."""

    span: Span
    """From the opening mark to the closing one, both included; for a paragraph of a quotation that runs on into the
    next, from the opening mark to the paragraph's end."""
    words: str
    """The words inside, without the marks and without the comma or full stop that closes them."""
    runs_on: bool = False
    """Whether the quotation runs on into the next paragraph, whose first quotation goes on with its words."""


def fold(text: str) -> str:
    """A name or phrase as compared: no accents, no case, no punctuation, no leading "the"."""
    plain = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ø", "O").replace("ł", "l"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    plain = re.sub(r"[’'`]", "", plain)
    words = re.findall(r"[\w€£$]+", plain)
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def clean(text: str) -> str:
    """A piece of the text as one line, for an excerpt or a name, without the characters that show nothing (the
    evidence matcher forgives them)."""
    return " ".join(INVISIBLE.sub("", text).split())


_SPACES = str.maketrans({c: " " for c in "\t\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"})
"""Spaces a text copied from a web page or a word processor carries ("Mr.\u00a0Ruiz", "5\u202f000", a tab): the rules read
them as the space they stand for. One character for one, so that every span still points into the text as written."""
_LIST_LINE = re.compile(r"\s*(?:[-•*·]\s|\d{1,2}[.)]\s|\([a-z]\)\s|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–—:]|"
                        r"By\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s*(?:,|$)|"
                        r"[A-Z][\w’'.-]*(?:[ ,]+[A-Z][\w’'.-]*){0,4},[ ]+(?:\d{1,2}[ ]+[A-Z][a-z]+|[A-Z][a-z]+\.?[ ]+\d{1,2})"
                        r"(?:,?[ ]+\d{4})?\s*$)")
"""A line that starts a thing of its own even inside a block of lines: a list's line, a live blog's time, a byline,
a header's place and date ("Bridgetown, Barbados, 21 November")."""
_STOPPED = re.compile(r"[.!?:;”’\")]\s*$")


def unwrapped(text: str) -> str:
    """The text with the line breaks of a hard-wrapped text read as spaces: a wire copy or an e-mail that breaks its
    lines at a fixed width ("...pledged 40 generators to\nthe city's hospitals on Monday."), where each break would
    otherwise end a sentence. A text is hard-wrapped when many of its lines run to about one width and stop in the
    middle of a sentence; a text whose lines are its paragraphs ends nearly every line with a stop, and is left as it
    is. A short line breaks on purpose (a headline, a byline, a paragraph's last line), and so does a line before a
    list's line or a time. One character for one, as `_SPACES`."""
    lines = text.split("\n")
    filled = sorted(len(line.rstrip()) for line in lines if line.strip())
    if not filled:
        return text
    width = filled[int(0.9 * (len(filled) - 1))]  # the width it wraps at, whatever a long address or headline runs to
    broken = sum(1 for line in lines if len(line.rstrip()) >= width * 0.7 and not _STOPPED.search(line))
    if not 40 <= width <= 120 or broken < max(3, len(filled) * 0.3):
        return text
    # after a colon, a line in capitals opens a list's line ("pledges:\nGermany - 40 million euros"); a quotation
    # or a word in small letters goes on with the sentence
    joined = [bool(line.strip() and after.strip() and len(line.rstrip()) >= width * 0.7
                   and not (line.rstrip().endswith(":") and re.match(r"\s*[A-Z]", after))
                   and not _LIST_LINE.match(after))
              for line, after in itertools.pairwise(lines)]
    return "".join(line + (" " if join else "\n") for line, join in zip(lines[:-1], joined, strict=True)) + lines[-1]


_BROKEN_WORD = re.compile(r"[^\W\d_]-(?=\n[^\W\d_])")
"""A letter and a hyphen that end a wrapped line before a letter: "al-" at the end of one line and "Shabaab" at the
start of the next are one word, "al-Shabaab", as "co-" and "operation" are "co-operation"."""


_EXTRA_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")
"""Spaces typed two or more together between words ("the  European Union", two after a full stop): the rules read
them as one, so that a name is found however it was spaced."""


def joined_words(written: str, source: str) -> tuple[str, list[int] | None]:
    """The unwrapped text with each word broken by a hyphen at a wrapped line's end read as one word, each run of
    spaces between words read as one space and each character that shows nothing left out, and for each of its
    characters where it stands in the text as written (None where nothing is joined). What is taken out moves to the
    end of the paragraph as spaces ("the al-\nShabaab fighters" reads "the al-Shabaab fighters"), one character for
    one, so that the paragraphs after it keep their places."""
    gaps = {match.end() for match in _BROKEN_WORD.finditer(source) if written[match.end()] == " "} | \
        {i for match in _EXTRA_SPACES.finditer(written) for i in range(match.start() + 1, match.end())} | \
        {match.start() for match in INVISIBLE.finditer(written)}
    if not gaps:
        return written, None
    text: list[str] = []
    origin: list[int] = []
    start = 0
    for paragraph in written.split("\n"):
        kept = [i for i in range(start, start + len(paragraph)) if i not in gaps]
        text += [written[i] for i in kept] + [" "] * (len(paragraph) - len(kept)) + ["\n"]
        origin += kept + [start + len(paragraph)] * (len(paragraph) - len(kept)) + [start + len(paragraph)]
        start += len(paragraph) + 1
    return "".join(text[:len(written)]), origin[:len(written)]


class Article:
    """One source text, split into what the rules read."""

    def __init__(self, text: str):
        source = text.replace("\r\n", "\n").translate(_SPACES)
        self.written = unwrapped(source)
        """The text as written, its wrapped lines read as one: what an excerpt quotes."""
        self.text, self._origin = joined_words(self.written, source)
        self.body_start = _body_start(self.text)
        self.dateline_place = ""
        self.datelines: list[str] = []
        """The place of every dateline set off by a dash: a roundup of reports opens each with its own ("BRUSSELS,
        Dec 3 -"), where a transcript's "PRESENTER:" is no dateline."""
        masked = list(" " * self.body_start + self.text[self.body_start:])
        for match in sorted([*_DATELINE.finditer(self.text, self.body_start),
                             *_DATELINE_TITLED.finditer(self.text, self.body_start)], key=lambda m: m.start()):
            place = match.group("place").strip()
            place = place.title() if place.isupper() else place
            self.dateline_place = self.dateline_place or place
            if not match.group().rstrip().endswith(":"):
                self.datelines.append(place)
            masked[match.start():match.end()] = " " * (match.end() - match.start())
        filed = _FILED_FROM.search(self.text, 0, self.body_start + 200)
        if filed and not self.dateline_place:
            self.dateline_place = filed.group("place") or filed.group("dated")
        self.quotations: list[Quotation] = []
        for span, inner, runs_on in _quotations(self.text, self.body_start):
            written = self._written(inner)
            words = INVISIBLE.sub("", self.written[written.start:written.end])
            if not words.strip():
                continue
            self.quotations.append(Quotation(span, words.strip().rstrip(",;: ").rstrip(".").strip(), runs_on))
            last = inner.end - 1  # the last character inside the marks may end the sentence
            for i in range(inner.start, inner.end):
                if i != last or masked[i] not in ".!?":
                    masked[i] = "x"
        self.plain = "".join(self.text[i] if c == "x" else c for i, c in enumerate(masked))
        """The text with the headline and dateline blanked, and the quotations as they are."""
        self.masked = "".join(masked)
        """The text with the headline and dateline blanked and every quotation's words as x."""
        self.sentences = _sentences(self.masked, self.body_start)

    def sentence_index(self, position: int) -> int:
        for index, sentence in enumerate(self.sentences):
            if sentence.start <= position < sentence.end:
                return index
        return min(range(len(self.sentences)), key=lambda i: abs(self.sentences[i].start - position))

    def excerpt(self, span: Span) -> str:
        """The text as written at a span, a word broken at a wrapped line's end as its lines break it."""
        return clean(self.written[self._written(span).start:self._written(span).end])

    def _written(self, span: Span) -> Span:
        """Where a span of the text stands in the text as written."""
        if self._origin is None or span.end <= span.start:
            return span
        return Span(self._origin[span.start], self._origin[span.end - 1] + 1)

    def sentence_text(self, index: int) -> str:
        return self.excerpt(self.sentences[index])

    @cached_property
    def quotation_spans(self) -> list[Span]:
        return [q.span for q in self.quotations]

    def in_quotation(self, span: Span) -> bool:
        return any(span.within(q) for q in self.quotation_spans)


def _quotations(text: str, start: int) -> list[tuple[Span, Span, bool]]:
    """Every quotation from `start`, as (its span, the span of its words, whether it runs on into the next
    paragraph), paragraph by paragraph."""
    found: list[tuple[Span, Span, bool]] = []
    lines = text[start:].split("\n")
    singles = _quotes_in_singles(lines)
    offset = start
    for index, line in enumerate(lines):
        if line.strip():
            found += _in_paragraph(lines, index, offset, singles)
        offset += len(line) + 1
    return found


def _quotes_in_singles(lines: list[str]) -> bool:
    """Whether the text quotes with single marks, as British papers do ("'We will not walk away,' she said."):
    more of its quotations open with a single mark than with a double one, where a single mark inside double marks
    is words and a double mark inside single ones a quote in the quote. A text that quotes with double marks reads
    every single mark as an apostrophe or as words."""
    kinds = [line[span.start] for line in lines for span, _ in _all_paired(line, True)]
    single = sum(1 for k in kinds if k in "‘'")
    return single > len(kinds) - single


def _all_paired(line: str, singles: bool) -> list[tuple[Span, Span]]:
    """Every quotation a paragraph opens and closes, past any mark it leaves open."""
    found: list[tuple[Span, Span]] = []
    skip = 0
    while True:
        closed, opened = _paired(line, skip, singles)
        found += closed
        if opened is None:
            return found
        skip = opened + 1


def _in_paragraph(lines: list[str], index: int, offset: int,
                  singles: bool = False) -> list[tuple[Span, Span, bool]]:
    """The quotations of paragraph `index`: those it closes, and one it leaves open that the paragraphs after run on,
    where it opens its paragraph or opens as `_RUN_OPENS` says, after a colon, a comma, a dash or a full stop. A mark
    left open that does not run on is passed over, and the marks after it are paired on their own ("“We will not give
    up, "never," she said." still quotes "never")."""
    line = lines[index]
    found: list[tuple[Span, Span, bool]] = []
    skip = 0
    while True:
        closed, opened = _paired(line, skip, singles)
        found += [(Span(s.start + offset, s.end + offset), Span(w.start + offset, w.end + offset), False)
                  for s, w in closed]
        if opened is None:
            return found
        starts = not line[:opened].strip() or bool(_RUN_OPENS.search(line, 0, opened))
        if starts and _runs_on(lines, index, line[opened], singles):
            end = len(line.rstrip())
            return [*found, (Span(opened + offset, end + offset), Span(opened + 1 + offset, end + offset), True)]
        skip = opened + 1


def _paired(line: str, skip: int = 0, singles: bool = False) -> tuple[list[tuple[Span, Span]], int | None]:
    """The quotations a paragraph opens and closes from `skip` on, and where one it opens and leaves open starts.

    A curly mark or a guillemet says which way it faces; a straight one opens a quotation unless it stands after a
    word and before a space or a stop ("a 12" pipe"), and closes the one open. Marks of another kind inside a
    quotation are its words ("“He called it "a trap",” she said.")."""
    pairs: list[tuple[Span, Span]] = []
    at = skip
    while True:
        opened = _opening(line, at, singles)
        if opened is None:
            return pairs, None
        closed = _closing(line, opened)
        if closed is None:
            return pairs, opened
        pairs.append((Span(opened, closed + 1), Span(opened + 1, closed)))
        at = closed + 1


def _opening(line: str, at: int, singles: bool) -> int | None:
    """Where the next mark that opens a quotation stands, from `at` on."""
    for i in range(at, len(line)):
        mark = line[i]
        if mark in "“«„" or (mark == '"' and not _STRAY_STRAIGHT.match(line, i)) or \
                (singles and mark in "‘'" and _SINGLE_OPENS.match(line, i)):
            return i
    return None


_NESTED_STRAIGHT = re.compile(r'(?<=[\s(\[—–])"(?=[^\W_])')
"""A straight double mark inside a quotation of straight ones that opens a quote in the quote: after a space and
before a word ("He told me "we will win" and left")."""


def _closing(line: str, opened: int) -> int | None:
    """Where the mark that closes the quotation opened at `opened` stands: the first of its kind that closes no quote
    in the quote, or for a single mark, the first firm one before the next mark that may open, else the first that
    may close."""
    if line[opened] not in "‘'":
        return _double_closing(line, opened)
    closers = _OPENS[line[opened]]
    after = _SINGLE_OPENS.search(line, opened + 1)
    bound = after.start() if after else len(line)
    marks = [m.start() for m in _SINGLE_CLOSES.finditer(line, opened + 2, bound) if line[m.start()] in closers or
             line[opened] == "‘"]
    firm = next((i for i in marks if _SINGLE_FIRM.match(line, i)), None)
    return firm if firm is not None else next(iter(marks), None)


def _double_closing(line: str, opened: int) -> int | None:
    """The mark that closes a quotation in double marks or guillemets, past any quote in the quote written with the
    same kind of marks: "“He told me “we will win” and left,” she said." quotes all of "He told me ... and left"."""
    mark, closers, depth = line[opened], _OPENS[line[opened]], 0
    for i in range(opened + 1, len(line)):
        nested = _NESTED_STRAIGHT.match(line, i) if mark == '"' else line[i] == mark and mark != "„"
        if nested:
            depth += 1
        elif line[i] in closers:
            if not depth:
                return i
            depth -= 1
    return None


def _runs_on(lines: list[str], index: int, mark: str, singles: bool = False) -> bool:
    """Whether a quotation left open at the end of paragraph `index` runs on by the convention of wire services
    and newspapers: each paragraph of a long quotation opens with a mark and only the last closes ("We will
    rebuild," she said. "The first schools open in May. / "The rest follow by December."). The paragraphs that
    follow open with the same mark, and one of them closes it; otherwise the mark is a stray one."""
    for line in lines[index + 1:]:
        if not line.strip():
            continue
        if not re.match(r"[ \t]*" + re.escape(mark) + r"\S", line):
            return False
        pairs, running = _paired(line, 0, singles)
        if pairs and pairs[0][0].start == len(line) - len(line.lstrip()):
            return True
        if running != len(line) - len(line.lstrip()):
            return False
    return False


def _body_start(text: str) -> int:
    """Where the article proper starts: after headline lines, which end without a full stop."""
    lines = text.split("\n")
    offset = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        rest = "\n".join(lines[index + 1:]).strip()
        if _opens_list(stripped):
            break
        if stripped and not re.search(r"[.!?”\"’)]$", stripped) and rest and len(stripped.split()) <= 40:
            offset += len(line) + 1
            continue
        if not stripped and offset:
            offset += len(line) + 1
            continue
        break
    return min(offset, len(text))


_LIST_HEADING = re.compile(r"\S+(?:\s+\S+){2,}\s*[:;]")
"""A sentence of at least three words that ends in a colon or a semicolon: it opens a list ("France will provide the
following support:") or runs on into the next line, as a headline never does; a label of one or two words ("Key
points:", "BREAKING:") is no sentence."""


def _opens_list(line: str) -> bool:
    """Whether a line is a sentence of the body that opens a list, never a headline: "Oslo has sent the following:"
    begins the body, where "Oslo sends tents to Chad" before it is the headline."""
    return _LIST_HEADING.fullmatch(line) is not None


def _sentences(masked: str, start: int) -> list[Span]:
    spans: list[Span] = []
    for match in _SENTENCE_END.finditer(masked, start):
        if match.group() != "\n" and (_ABBREVIATION.search(masked[start:match.start()]) or
                                       _STAMP_AM.fullmatch(masked, start, match.start())) and \
                not _ends_initialism(masked, start, match.end()):
            continue
        if _LINE_NUMBER.fullmatch(masked, start, match.start()) and (start == 0 or masked[start - 1] in "\n "):
            continue
        if masked[start:match.end()].strip():
            spans.append(Span(start, match.end()))
        start = match.end()
    if masked[start:].strip():
        spans.append(Span(start, len(masked)))
    result = []
    for span in spans:
        piece = masked[span.start:span.end]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        result.append(Span(span.start + lead, span.end - trail))
    return result


def _ends_initialism(masked: str, start: int, end: int) -> bool:
    """Whether the stop before `end` closes initials that end the sentence: "... came from the U.S. Japan" stays one
    sentence, as a name may follow the initials, but "... flew to the U.S. She stayed" is two."""
    opening = masked.rfind(" ", start, end - 1) + 1 or start
    return _INITIALISM_THEN_OPENER.match(masked, opening) is not None
