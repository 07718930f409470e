"""Whether a gift is only hoped for, set a condition, negated or hypothetical.

And the body named right after a verb of giving, which receives."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.commitments.parties import party_of
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.commitments.words import CLAUSE_END
from generator.editing.draft.model import LIKELY
from generator.editing.draft.text import Article

_NEGATED = re.compile(r"\b(?:not|n't|never|no|nor)\s+(?:\w+\s+)?$|\b(?:not|n't|never)\s+(?:need|seek|take|accept|want|"
                      r"get|receive|require|request)\s+(?:\w+\s+)?$|\b(?:refused|refuses|declined|declines|reluctant|"
                      r"unwilling|hesitant|failed|fails|yet)\s+to\s+(?:\w+\s+)?$|\bruled\s+out\s+(?:\w+\s+)?$")
"""'did not send', 'refused to deliver', 'has yet to provide', 'ruled out sending': no commitment; nor 'would not
need further loans from the IMF', 'will not seek new credit from Beijing': a gift said as a noun after a negated verb
of wanting or taking it."""
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|whether|should\s+(?:it|they|the)|in\s+case)\b[^;:—–]*$|"
                           r"\b(?:could|might|may|consider|considers|considering|considered|weigh|weighs|weighing|"
                           r"discuss|discussed|discussing|debate|debating|ask\s+whether)\s+(?:\w+\s+)?$", re.IGNORECASE)
"""'if Congress approves, ... would send', 'would consider sending', 'could provide', 'is weighing whether to
send': a gift that may or may not come is not proposed."""


_HOPED = re.compile(r"\b(?:hope[sd]?|hoping|wants?|wanted|wish(?:es|ed)?|would\s+like|count(?:s|ed)?\s+on|"
                    r"expects?|expected|trusts?|trusted)\s+(?:that\s+)?[^,;:—–]{1,60}?$")
"""'Ukraine hoped Canada would help pay for a battery': a gift the receiver hopes for is asked for, not pledged."""
_CONDITION = re.compile(r"\b(?<!even\s)(?<!as\s)(?:if|unless|provided\s+that|on\s+condition\s+that)\b")
"""'will send aid if the border reopens': a gift under a condition the text leaves open."""


_THING_AFTER = re.compile(r"\s+(?:an?|the|some|more|\d|[A-Z]{0,3}[€$£¥])")


def first_object(article: Article, after: list[Actor], position: int) -> Actor | None:
    """The body named right after a verb of giving and before the thing, which receives it: "an agreement under which
    Switzerland will give GRIDCo a grant of 12 million francs"; None where the thing comes first ("will give a grant
    to GRIDCo")."""
    first = next((a for a in after if a.span.start >= position), None)
    if first is None or first.kind != "organisation" or article.masked[position:first.span.start].strip() not in ("", "the"):
        return None
    return first if _THING_AFTER.match(article.masked, first.span.end) else None


def hoped(article: Article, cast: Cast, index: int, verb: re.Match[str], clause: Clause) -> Clause | None:
    """A gift whose giver is the object of a hope: asked by the one who hopes, or nothing when the text
    does not say who hopes."""
    if clause.status == "asked":
        return clause
    sentence = article.sentences[index]
    hope = _HOPED.search(article.masked[sentence.start:verb.start()])
    if not hope:
        return clause
    who = cast.subject_before(sentence.start + hope.start(), index)
    hoper = party_of(cast, who, index)
    if not hoper or hoper in clause.givers:
        return None
    return replace(clause, receivers=(hoper,), status="asked",
                   why=f"{LIKELY}: {hope.group().split()[0]!r}: a gift hoped for, so asked for")


def conditional(article: Article, verb: re.Match[str], end: int) -> bool:
    """Whether the clause of a gift goes on to set a condition on it."""
    if verb.lastgroup == "asked":
        return False
    rest = article.masked[verb.end():end]
    cut = CLAUSE_END.search(rest)
    return bool(_CONDITION.search(rest[:cut.start()] if cut else rest))


_DENIED = re.compile(r"\b(?:dismissed|denied|denies|rejected|rejects|ruled\s+out|played\s+down|refuted)\s+(?:(?:the\s+|an?\s+)?"
                     r"(?:reports?|claims?|suggestions?|speculation|rumou?rs?)\s+(?:(?:in|by|from|on)\s+[^.;:,]{1,40}?\s+)?)?"
                     r"(?:that\s+)?[^.;:]{0,60}$")
"""'dismissed reports that Athens would send its S-300s', 'denied a report in the newspaper Bild that the chancellor
had agreed to deliver': a gift denied is none."""


def unreal(article: Article, start: int, verb: re.Match[str]) -> bool:
    """Whether a verb of giving is negated or hypothetical in its sentence; a request ("asked X to
    consider sending") is a request all the same."""
    before = article.masked[start:verb.start()]
    if _NEGATED.search(before[-30:]) or _DENIED.search(before):
        return True
    return verb.lastgroup != "asked" and bool(_HYPOTHETICAL.search(before))
