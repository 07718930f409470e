"""`factsheet draft` reads the same facts from a text whatever shape its copy takes: lines wrapped at a fixed width
(a wire copy, an e-mail), spaces that do not break (a page copied from the web), two spaces between words or a tab
(a typist, a PDF), soft hyphens and zero-width spaces (a web page), Windows line ends, paragraphs indented."""
from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.content.load import load_content
from generator.content.validate import validate
from generator.editing.draft import analyse, draft_files, draft_source
from generator.editing.draft.items import items
from generator.editing.draft.text import Article, unwrapped
from generator.errors import FactsheetError, Problem
from tests.conftest import write_tree
from tests.draft_eval.corpus import proposals

TUNE = Path(__file__).resolve().parent / "draft_corpus" / "tune"
ARTICLES = ["hague-summit", "b4b-diplomacy-roundup-dec3", "b13b-lebanon-reconstruction",
            "b15d-caribbean-hurricane-recovery-readout", "b17b-guatemala-fuego-live", "kyiv-canadian-foreign-minister-day"]
"""A wire report, a roundup, a list of pledges, a summary with a header, a live blog and a feature."""

WRAPPED = """Donors pledge water pumps for flooded delta

By Ana Ferreira

LISBON, March 4 (Reuters) - Portugal pledged 40 water pumps to Mozambique on
Tuesday, and Spain said it would send 12 field kitchens, officials said after
a meeting of the two countries' development ministers in Lisbon.

Mozambique's Minister of Public Works, Helena Tembe, told reporters that the
pumps would go to the districts where the river had broken its banks, and
that her government had asked the World Bank for a loan to rebuild dykes.

The pledges, announced at a joint news conference, came as aid agencies said:
"The water is still rising and we need boats."

Pledges so far:
- Portugal: 40 water pumps
- Spain: 12 field kitchens
"""


def _facts(text: str) -> dict[str, Any]:
    return proposals(analyse(text, "s"))


def _wrap(text: str, width: int) -> str:
    """Each line of `text` broken at `width`, at spaces only, as a mail client or a wire does."""
    return "\n".join("\n".join(textwrap.wrap(line, width, break_on_hyphens=False)) or line for line in text.split("\n"))


def test_a_wrapped_paragraph_is_read_as_one_line_of_the_same_length() -> None:
    text = unwrapped(WRAPPED)
    assert len(text) == len(WRAPPED)
    lines = text.split("\n")
    assert "LISBON, March 4 (Reuters) - Portugal pledged 40 water pumps to Mozambique on Tuesday, and Spain said it " \
           "would send 12 field kitchens, officials said after a meeting of the two countries' development ministers " \
           "in Lisbon." in lines
    # a quotation after a colon goes on with its sentence; the headline, the byline and a list's lines stay apart
    assert any(line.endswith('aid agencies said: "The water is still rising and we need boats."') for line in lines)
    assert lines[:3] == ["Donors pledge water pumps for flooded delta", "", "By Ana Ferreira"]
    assert lines[-4:] == ["Pledges so far:", "- Portugal: 40 water pumps", "- Spain: 12 field kitchens", ""]


@pytest.mark.parametrize("text", [
    # paragraphs of one line each, short or long, with or without blank lines between them
    "Germany pledged 40 generators to Ukraine on Monday.\nFrance said it would send 12 field hospitals.\n"
    "Spain promised 200 tents for families in the east.\nItaly gave 50 ambulances.\n",
    "14:05 – UNICEF says 30 tonnes of water purification tablets have landed\n14:20 – The mayor thanks Japan for "
    "its tents\n14:35 – Norway pledges NOK 20 million to the Red Cross\n14:50 – Finland sends a field hospital\n",
    "Headline without a stop\n\n" + "A long paragraph that runs on for many words and ends with its full stop. " * 4,
    "",
])
def test_a_text_whose_lines_are_its_paragraphs_is_left_as_it_is(text: str) -> None:
    assert unwrapped(text) == text


def test_a_wrapped_text_gives_the_facts_of_its_paragraphs() -> None:
    paragraphs = "\n\n".join(" ".join(block.split("\n")) if not block.startswith("Pledges") else block
                               for block in WRAPPED.split("\n\n"))
    assert paragraphs.count("\n") < WRAPPED.count("\n")
    facts = _facts(WRAPPED)
    assert facts == _facts(paragraphs)
    assert [(c["givers"], c["receivers"], c["item"][0]) for c in facts["commitments"]][:1] == [
        (["Portugal"], ["Mozambique"], "40 water pumps")]
    assert {"name": "Helena Tembe", "title": "Minister of Public Works"} in facts["people"]


@pytest.mark.parametrize("name", ARTICLES)
@pytest.mark.parametrize("width", [72, 80])
def test_a_corpus_article_wrapped_at_a_fixed_width_gives_the_same_facts(name: str, width: int) -> None:
    text = (TUNE / f"{name}.txt").read_text(encoding="utf-8")
    wrapped = _wrap(text, width)
    assert wrapped.count("\n") > text.count("\n")
    assert _facts(wrapped) == _facts(text)


@pytest.mark.parametrize("name", ARTICLES)
def test_spaces_that_do_not_break_and_windows_line_ends_change_nothing(name: str) -> None:
    text = (TUNE / f"{name}.txt").read_text(encoding="utf-8")
    # every third space as a no-break space, as a page copied from a browser carries them
    spaced = "".join("\u00a0" if c == " " and i % 3 == 0 else c for i, c in enumerate(text))
    assert _facts(spaced) == _facts(text)
    assert _facts(text.replace("\n", "\r\n")) == _facts(text)


@pytest.mark.parametrize("name", ARTICLES)
def test_two_spaces_between_words_and_tabs_give_the_same_facts(name: str) -> None:
    text = (TUNE / f"{name}.txt").read_text(encoding="utf-8")
    # two spaces after each full stop and between every other pair of words, as a typist or a PDF sets them
    typed = re.sub(r"(?<=\.) (?=\S)", "  ", "".join("  " if c == " " and i % 2 else c for i, c in enumerate(text)))
    assert typed.count("  ") > 100
    assert _facts(typed) == _facts(text)
    assert _facts(re.sub(r"(?<=\S) (?=\S)", "\t", text, count=200)) == _facts(text)


def test_help_named_by_a_task_with_two_spaces_in_it_is_the_task_on_one_line() -> None:
    found = items("help in extending piped  water to the  settlements around Beira", False)
    assert [(item.name, wordings[0]) for item, wordings, _ in found] == [
        ("extending piped water to the settlements around Beira", "extending piped water to the settlements around Beira")]


@pytest.mark.parametrize("name", ARTICLES)
def test_soft_hyphens_and_zero_width_spaces_change_nothing(name: str) -> None:
    text = (TUNE / f"{name}.txt").read_text(encoding="utf-8")
    # a soft hyphen inside long words and a zero-width space after each full stop, as a page copied from the web has
    marked = re.sub(r"(?<=\w{4})(?=\w{4})", "\u00ad", text, count=80).replace(". ", ". \u200b")
    assert marked.count("\u00ad") > 20
    assert _facts(marked) == _facts(text)


def test_a_copy_cut_short_after_any_small_word_is_drafted() -> None:
    """A text pasted only in part ends anywhere, even after the "for" of a title ("the UN's Deputy Regional
    Humanitarian Coordinator for"): the draft reads what is there, and every person it names is in the text."""
    text = (TUNE / "b31c-turkey-syria-winter-aid.txt").read_text(encoding="utf-8")
    cuts = [match.end() for match in re.finditer(r" (?:for|of|the|and|to|with|in) ", text)]
    assert len(cuts) > 20
    for cut in [*cuts[::3], text.index("Coordinator for ") + len("Coordinator for ")]:
        copy = text[:cut]
        people = analyse(copy, "s").people
        assert all(person.name in " ".join(copy.split()) for person in people), copy[-60:]


@pytest.mark.parametrize("name", ARTICLES)
def test_paragraphs_indented_as_a_word_processor_sets_them_give_the_same_facts(name: str) -> None:
    text = (TUNE / f"{name}.txt").read_text(encoding="utf-8")
    indented = "\n".join(f"    {line}" if line.strip() else line for line in text.split("\n"))
    assert _facts(indented) == _facts(text)


def test_an_excerpt_is_the_text_as_written_with_its_spacing_made_plain() -> None:
    article = Article("Germany's\u00a0Defence Minister Karl\u202fBecker pledged 40 generators to Ukraine on Monday.\n")
    assert article.sentence_text(0) == "Germany's Defence Minister Karl Becker pledged 40 generators to Ukraine on Monday."


@pytest.mark.parametrize("name", ARTICLES[:3])
def test_a_draft_of_a_wrapped_copy_with_odd_spaces_validates_against_its_source(tmp_path: Path, name: str) -> None:
    """The evidence of each proposal is the source as written, line breaks and odd spaces and all: the build's
    evidence matcher finds it there, and a merged draft fails only on the lines it marks REVIEW."""
    # no-break spaces, and soft hyphens and zero-width spaces that a page copied from the web carries
    text = _wrap((TUNE / f"{name}.txt").read_text(encoding="utf-8"), 72).replace(" of ", " of\u00a0") \
        .replace("tion", "\u00adtion").replace(". ", ". \u200b")
    content = write_tree(tmp_path / "content", {f"sources/{name}.yaml": {"title": name}, f"sources/{name}.txt": text})
    files = draft_files(draft_source(content, name), content)
    for relative, body in files.items():
        if relative != "mentions.yaml":
            (content / relative).parent.mkdir(parents=True, exist_ok=True)
            (content / relative).write_text(body, encoding="utf-8")
    try:
        validate(load_content(content))
        problems: tuple[Problem, ...] = ()
    except FactsheetError as exc:
        problems = exc.problems
    for problem in problems:
        path = Path(problem.path) if Path(problem.path).is_absolute() else content / problem.path
        if not path.is_file():  # a path given from the folder that holds content/
            path = content / Path(problem.path).relative_to(Path(problem.path).parts[0])
        assert problem.line and "# REVIEW" in path.read_text(encoding="utf-8").splitlines()[problem.line - 1], \
            str(problem)
    assert any(relative.startswith("commitments/") for relative in files)


def _sentences(text: str) -> list[str]:
    article = Article(text)
    return [article.text[s.start:s.end] for s in article.sentences]


@pytest.mark.parametrize(("text", "sentences"), [
    # initials before the name they qualify stay in their sentence
    ("The U.K. Foreign Office said it would send tents to Tonga.\n",
     ["The U.K. Foreign Office said it would send tents to Tonga."]),
    ("Officials of the U.N. Refugee Agency met in Niamey. The E.U. Delegation agreed.\n",
     ["Officials of the U.N. Refugee Agency met in Niamey.", "The E.U. Delegation agreed."]),
    # initials that end a sentence, before a word that only opens one
    ("The envoy flew back to the U.S. She met no one.\n", ["The envoy flew back to the U.S.", "She met no one."]),
    ("Tents were flown in from the U.K. In a statement, Fiji thanked London.\n",
     ["Tents were flown in from the U.K.", "In a statement, Fiji thanked London."]),
    ("The grant came from the E.U. But the pumps came later.\n",
     ["The grant came from the E.U.", "But the pumps came later."]),
    # a capitalised word that may be a name after the initials keeps the sentence whole
    ("The money came from the U.S. Treasury on Friday.\n", ["The money came from the U.S. Treasury on Friday."]),
    # one initial before a name is no sentence's end
    ("Talks with J. Okoro ended. He left.\n", ["Talks with J. Okoro ended.", "He left."]),
])
def test_initials_end_a_sentence_only_before_a_word_that_opens_one(text: str, sentences: list[str]) -> None:
    assert _sentences(text) == sentences


@pytest.mark.parametrize(("text", "sentences"), [
    # a sentence that opens with a figure, after a stop that closes a word
    ("Chad asked for help. 40 police vehicles donated by Japan arrived on Monday.\n",
     ["Chad asked for help.", "40 police vehicles donated by Japan arrived on Monday."]),
    ("The floods hit Beira in March. 1,200 tents followed! 300 more are due.\n",
     ["The floods hit Beira in March.", "1,200 tents followed!", "300 more are due."]),
    ("The convoy left Amman on Friday. 12 trucks crossed at dawn.\n",
     ["The convoy left Amman on Friday.", "12 trucks crossed at dawn."]),
    # not an end: a stop inside a sum, after an abbreviation or after an initial
    ("Norway gave $1.5 million to Chad.\n", ["Norway gave $1.5 million to Chad."]),
    ("The order was signed as No. 12 of the year.\n", ["The order was signed as No. 12 of the year."]),
    ("The pumps went to Block C. 4 of the camp.\n", ["The pumps went to Block C. 4 of the camp."]),
])
def test_a_sentence_may_open_with_a_figure(text: str, sentences: list[str]) -> None:
    assert _sentences(text) == sentences


BROKEN = ("NAIROBI, June 9 (Reuters) - Kenya's Foreign Minister, Wanjiku Ole-\n"
          "Sankale, met her Somali counterpart, Hodan Abdi-Warsame, in Nairobi on\n"
          "Monday to discuss what both ministers called a closer and lasting co-\n"
          "operation against al-Shabaab along the border, officials said, as the\n"
          "two governments agreed to open a joint border post near Mandera before\n"
          "the rains return and the roads to the north become impassable again.\n"
          "\n"
          "\"We will not let al-Shabaab close the road to Mandera again,\" Ole-\n"
          "Sankale told reporters after the talks, which lasted more than three\n"
          "hours and ended with a joint statement from both of the ministries and\n"
          "a promise of 40 trucks of flour for the towns near the border with al-\n"
          "Shabaab fighters still nearby, according to the statement read out.\n")


def test_a_word_broken_by_a_hyphen_at_a_wrapped_line_s_end_is_one_word() -> None:
    article = Article(BROKEN)
    assert len(article.text) == len(BROKEN)
    assert "lasting co-operation against" in article.text
    assert "border with al-Shabaab fighters" in article.text
    facts = _facts(BROKEN)
    assert "Wanjiku Ole-Sankale" in {p["name"] for p in facts["people"]}
    # the evidence is the text as written, where the break stands
    written = " ".join(BROKEN.split())
    assert all(" ".join(article.excerpt(s).split()) in written for s in article.sentences)
    assert [(q["text"], q["speaker"]) for q in facts["quotes"]] == [
        ("We will not let al-Shabaab close the road to Mandera again", "Wanjiku Ole-Sankale")]


@pytest.mark.parametrize("text", [
    # a dash after a space, a number and a hyphen, a paragraph's line of its own: no word is broken
    "Talks in Lima on water -\nwhich ran late - ended with a pledge of pumps for the towns along the river, officials "
    "said\non Monday, after Peru asked donors for help with the 2023 floods that cut the\nroads to the north and left "
    "two towns without water for a month or more.\n",
    "The loans for the post-2030\n-year plan were signed in Quito on Tuesday by both finance ministers.\n",
    "Chile pledged 40 pumps to Peru.\n-Ends-\nContact: press office\n",
])
def test_a_hyphen_that_breaks_no_word_is_left_as_it_is(text: str) -> None:
    assert Article(text).text == unwrapped(text)


@pytest.mark.parametrize("name", ARTICLES)
def test_a_corpus_article_wrapped_at_its_hyphens_too_gives_the_same_facts(name: str) -> None:
    text = (TUNE / f"{name}.txt").read_text(encoding="utf-8")
    for width in (60, 72, 80):
        wrapped = "\n".join("\n".join(textwrap.wrap(line, width)) or line for line in text.split("\n"))
        assert _facts(wrapped) == _facts(text)


_OPENERS = ["- ", "• ", "* ", "– ", "— ", "· ", "1. ", "2) ", "(a) ", "b) ", "(iv) ", "Third: ", "Second – ", "14:30 - "]
"""What opens a line of a list, a readout's numbered outcomes or a live blog's entry."""


def _given(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str, str]]:
    return [(c.givers, c.receivers, c.status, c.items[0].name) for c in analyse(text, "s").commitments]


@pytest.mark.parametrize(("before", "line", "commitments"), [
    # "they" after a verb of saying stands for the two the line opens with
    ("Bolivia needs water.", "Chile and Peru said they would jointly finance 12 water pumps for Bolivia.",
     [(("chile", "peru"), ("bolivia",), "pledged", "water pumps")]),
    # "the country" is the one the sentence before opened with
    ("Fiji was hit by a cyclone. Norway announced new aid on Monday.", "The country will send 30 tents to Fiji.",
     [(("norway",), ("fiji",), "pledged", "aid"), (("norway",), ("fiji",), "pledged", "tents")]),
    # the thing handed over is the line's first words, not its bullet
    ("Tonga needs help.", "A first consignment of 400 blankets donated by Qatar was handed over to Tonga on Friday.",
     [(("qatar",), ("tonga",), "delivered", "first consignment of 400 blankets")]),
    # a country's ministry opens the line
    ("Uganda needs help.", "Kenya's foreign ministry has announced 15 ambulances for Uganda.",
     [(("kenya",), ("uganda",), "pledged", "ambulances")]),
    ("Ghana hosted talks.", "The Ghanaian side requested 20 patrol boats from Spain.",
     [(("spain",), ("ghana",), "asked", "patrol boats")]),
    # the state whose vehicle brings the gift, by its adjective or as the one who said so
    ("Libya was hit by floods.", "A Turkish navy ship delivered 300 tonnes of flour to Libya.",
     [(("turkey",), ("libya",), "delivered", "300 tonnes of flour")]),
    ("Libya was hit by floods.", "Oman said that one of its air force planes had delivered 200 tents to Libya.",
     [(("oman",), ("libya",), "delivered", "tents")]),
    # a line that gives nothing gives nothing whatever opens it
    ("Gabon needs help.", "The ministers discussed the border with Gabon.", []),
    ("Gabon needs help.", "A Turkish navy ship left Izmir bound for Gabon on Monday, its captain said.", []),
])
def test_a_line_s_opener_hides_none_of_its_subject(before: str, line: str, commitments: list[tuple[object, ...]]) -> None:
    assert _given(f"{before}\n\n{line}\n") == commitments
    for opener in _OPENERS:
        assert _given(f"{before}\n\n{opener}{line}\n") == commitments, opener


@pytest.mark.parametrize(("text", "sentences"), [
    # the number that opens a line is the line's, not a sentence of its own
    ("Chad asked for help.\n\n1. Germany - 40 million euros.\n2. Chile - 300 tents.\n",
     ["Chad asked for help.", "1. Germany - 40 million euros.", "2. Chile - 300 tents."]),
    # after a headline, which is no sentence of the body
    ("Talks end in Lima\n\n3. The two sides signed a protocol.\n", ["3. The two sides signed a protocol."]),
    # a number inside a line ends its sentence as any word does
    ("The convoy stopped at kilometre 12. Japan then sent tents.\n",
     ["The convoy stopped at kilometre 12.", "Japan then sent tents."]),
])
def test_a_numbered_line_is_one_sentence_with_its_number(text: str, sentences: list[str]) -> None:
    article = Article(text)
    assert [article.sentence_text(i) for i in range(len(article.sentences))] == sentences


@pytest.mark.parametrize(("text", "commitments"), [
    # what a package comprises, line by line
    ("Fiji needs help after the cyclone.\n\nJapan's new package for Fiji comprises:\n{1}40 family tents;\n"
     "{2}12 water pumps.\n",
     [(("japan",), ("fiji",), "pledged", "family tents"), (("japan",), ("fiji",), "pledged", "water pumps")]),
    # a round-up of pledges, each line a giver, a dash and its gift
    ("Chad asked for help.\n\nThe pledges announced on Monday:\n{1}Germany - 40 million euros for schools.\n"
     "{2}Chile and Peru - 300 tents.\n",
     [(("germany",), ("chad",), "pledged", "40 million euros"), (("chile", "peru"), ("chad",), "pledged", "tents")]),
    # a readout's outcomes
    ("Chad asked for help.\n\nThe outcomes of the talks were:\n{1}Norway will send 20 generators to Chad.\n"
     "{2}The two sides signed an agreement on 40 water pumps.\n",
     [(("norway",), ("chad",), "pledged", "generators"), (("norway",), ("chad",), "signed", "water pumps")]),
    # a list of what was discussed gives nothing
    ("Chad asked for help.\n\nThe ministers discussed:\n{1}the border with Niger;\n{2}the river.\n", []),
])
@pytest.mark.parametrize("openers", [("- ", "- "), ("1. ", "2. "), ("1) ", "2) "), ("(a) ", "(b) "), ("a) ", "b) "),
                                     ("First: ", "Second: "), ("• ", "• ")])
def test_a_list_s_lines_read_alike_whatever_numbers_them(text: str, commitments: list[tuple[object, ...]],
                                                         openers: tuple[str, str]) -> None:
    assert _given(text.replace("{1}", openers[0]).replace("{2}", openers[1])) == commitments


@pytest.mark.parametrize(("text", "commitments"), [
    # a round-up's lines set the giver off from its gift by a colon as often as by a dash
    ("Chad asked for help after the floods.\n\nPledges so far:\n- Portugal: 40 water pumps\n- Spain: 12 field kitchens\n",
     [(("portugal",), ("chad",), "pledged", "water pumps"), (("spain",), ("chad",), "pledged", "field kitchens")]),
    ("Chad asked for help after the floods.\n\nPledges so far:\n1. Portugal: 40 water pumps.\n"
     "2. Spain and Italy: 12 field kitchens.\n",
     [(("portugal",), ("chad",), "pledged", "water pumps"),
      (("spain", "italy"), ("chad",), "pledged", "field kitchens")]),
    ("Chad asked for help after the floods.\n\nThe donors who pledged on Monday:\n(a) The Netherlands: €4 million for "
     "shelter;\n(b) Japan: a field hospital.\n",
     [(("netherlands",), ("chad",), "pledged", "€4 million"), (("japan",), ("chad",), "pledged", "field hospital")]),
    # under a heading that is no round-up of pledges, or before no sum, number or article, a colon gives nothing
    ("Chad asked for help after the floods.\n\nThe agenda of the talks:\n- Portugal: a review of the border;\n"
     "- Spain: 12 field kitchens.\n", []),
    ("Chad asked for help after the floods.\n\nPledges so far:\n- Timeline: 12 months\n- Spain: the talks go on.\n", []),
])
def test_a_round_up_s_line_gives_what_follows_its_giver_s_colon(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _given(text) == commitments


_SIGNED_LIST = ("Kiribati needs help after the drought.\n\nThe two ministers {heading} the following:\n{1}A grant agreement "
                "with the Korea International Cooperation Agency (KOICA) providing US$15 million for a clinic;\n"
                "{2}An agreement with the Asian Development Bank to finance 40 water tanks.\n")


@pytest.mark.parametrize("openers", [("", ""), ("- ", "- "), ("1. ", "2. "), ("(a) ", "(b) "), ("a) ", "b) "),
                                     ("First: ", "Second: ")])
def test_a_list_of_documents_signed_reads_alike_whatever_numbers_its_lines(openers: tuple[str, str]) -> None:
    signed = _SIGNED_LIST.replace("{1}", openers[0]).replace("{2}", openers[1])
    assert _given(signed.replace("{heading}", "signed")) == [
        (("korea-international-cooperation-agency",), ("kiribati",), "signed", "US$15 million"),
        (("asian-development-bank",), ("kiribati",), "signed", "water tanks")]
    # under a heading that signs nothing, a document named in a line is no gift
    assert _given(signed.replace("{heading}", "reviewed")) == []


@pytest.mark.parametrize(("text", "first"), [
    # a sentence of the body that ends in a colon or a semicolon opens a list, which a headline never does
    ("France will provide the following support:\n- 40 generators to Ukraine;\n- 12 field hospitals.\n",
     "France will provide the following support:"),
    ("Norway sends aid to Chad\n\nNorway has pledged the following to Chad:\n1. 200 family tents;\n2. 30 pumps.\n",
     "Norway has pledged the following to Chad:"),
    ("Chile pledges help\n\nSantiago, 4 May 2026\n\nThe Government of Chile has decided to send to Peru:\n"
     "- 50 tonnes of rice\n- 20 generators.\n", "The Government of Chile has decided to send to Peru:"),
    ("Talks end in Oslo\n\nThe ministers agreed on three points;\nthe first is aid.\n",
     "The ministers agreed on three points;"),
    # a label of one or two words before a summary is no sentence of the body, nor is a headline or a standfirst
    ("Key points:\n- Canada announces C$5 million for Haiti\n- Flights resume\n\nCanada will give C$5 million.\n",
     "Canada will give C$5 million."),
    ("BREAKING:\nSpain pledges field kitchens to Morocco\n\nSpain will send 12 field kitchens to Morocco.\n",
     "Spain will send 12 field kitchens to Morocco."),
    ("Japan to help Fiji\n\nTents and pumps for the islands\n\nJapan will send 40 tents to Fiji.\n",
     "Japan will send 40 tents to Fiji."),
])
def test_a_first_paragraph_that_opens_a_list_is_body_not_headline(text: str, first: str) -> None:
    article = Article(text)
    assert article.sentence_text(0) == first


@pytest.mark.parametrize(("dateline", "place"), [
    # a dateline with its place as it is spelt: the date as an American or as a British paper writes it
    ("Lilongwe, Feb 19 - ", "Lilongwe"),
    ("Lilongwe, 19 February - ", "Lilongwe"),
    ("Lilongwe, 19 February 2025 — ", "Lilongwe"),
])
def test_a_dateline_in_either_order_of_day_and_month_is_no_part_of_the_first_sentence(dateline: str, place: str) -> None:
    text = (f"Cholera vaccines for Malawi\n\n{dateline}A consignment of 300 tents landed at the airport on Tuesday, "
            "delivered to Malawi by UNICEF.\n")
    article = Article(text)
    assert article.dateline_place == place
    assert article.sentence_text(0).startswith("A consignment")
    assert [(c.givers, c.receivers) for c in analyse(text, "s").commitments] == [(("unicef",), ("malawi",))]


def test_a_day_and_a_month_after_a_place_with_no_dash_open_no_dateline() -> None:
    assert Article("Aid for Chad\n\nLilongwe, 19 February is the day the tents came.\n").dateline_place == ""
