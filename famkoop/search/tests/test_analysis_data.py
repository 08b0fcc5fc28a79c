"""The analysis data files: thesaurus, lexicon and stop words, and the stemmer behind them."""

from unittest import mock

import pytest
from snowballstemmer.german_stemmer import GermanStemmer

from famkoop.search.compounds import LEXICON_PATH, lexicon
from famkoop.search.german import STOP_WORDS, fold, read_words, stem
from famkoop.search.thesaurus import (
    THESAURUS_PATH,
    ThesaurusError,
    analyze_phrase,
    parse_thesaurus,
    thesaurus,
)


def test_thesaurus_has_at_least_a_hundred_entries():
    assert thesaurus().entries >= 100


def test_every_thesaurus_phrase_analyses_to_search_terms():
    for number, line in enumerate(THESAURUS_PATH.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0]
        for phrase in line.replace("=>", ",").split(","):
            if phrase.strip():
                assert analyze_phrase(phrase).terms, f"line {number}: {phrase!r}"


def test_every_thesaurus_source_expands_to_something():
    assert all(thesaurus().expansions.values())


def test_thesaurus_format_is_solr_synonyms():
    parsed = parse_thesaurus(
        "# comment\nKita, Kindertagesstätte\nPapa => Vater, Väter\nSchreibaby => Säugling schreit\n"
    )
    assert parsed.entries == 3
    assert parsed.lookup(("kita",)) == (("kindertagesstatt",),)
    assert parsed.lookup(("kindertagesstatt",)) == (("kita",),)
    assert parsed.lookup(("papa",)) == (("vat",),)
    assert parsed.lookup(("vat",)) == ()
    assert parsed.lookup(("schreibaby",)) == (("saugling", "schrei"),)


def test_hyphenated_thesaurus_word_is_one_key_and_needs_all_parts():
    phrase = analyze_phrase("Eltern-Kind-Gruppe")
    assert phrase.key == ("elternkindgrupp",)
    assert phrase.terms == ("elt", "kind", "grupp")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Kita", "two phrases"),
        ("Papa => Vater => Mann", "more than one"),
        ("Papa => für", "no searchable word"),
        ("Kita, , Kindergarten", "no searchable word"),
    ],
)
def test_malformed_thesaurus_lines_are_rejected_with_their_line_number(text, message):
    with pytest.raises(ThesaurusError, match=f"line 1: .*{message}"):
        parse_thesaurus(text)


def test_lexicon_has_a_few_hundred_domain_words_that_stay_whole():
    words = read_words(LEXICON_PATH)
    assert len(set(words)) >= 300
    assert set(words) <= lexicon().protected | STOP_WORDS


def test_stop_words_are_folded_and_hold_the_query_stop_words():
    query_stop_words = "für und mit in der die das ein eine am im zum zur von bei"
    assert {fold(word) for word in query_stop_words.split()} <= STOP_WORDS


@pytest.mark.parametrize(
    "forms",
    [
        ("Beraterin", "Beraterinnen", "Berater"),
        ("Pädagogin", "Pädagoginnen", "Pädagoge"),
        ("Ärztin", "Ärztinnen", "Arzt"),
        ("Patin", "Patinnen", "Pate"),
        ("Erzieherin", "Erzieherinnen", "Erzieher"),
        ("schreien", "Schrei", "schreit"),
    ],
)
def test_female_forms_and_short_verbs_stem_like_their_other_forms(forms):
    assert len({stem(fold(form)) for form in forms}) == 1, forms


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Termin", "termin"), ("Medizin", "medizin"), ("beginnen", "beginn"), ("gewinnen", "gewinn")],
)
def test_words_ending_in_in_that_are_not_persons_keep_their_ending(word, expected):
    assert stem(fold(word)) == expected


def test_installed_stemmer_gives_the_same_stems_as_the_pure_python_one():
    # PyStemmer (C) and snowballstemmer (Python) must agree, or an index built by one
    # process would not match queries analysed by another.
    pure_python = GermanStemmer()
    words = read_words(LEXICON_PATH) + list(thesaurus().words)
    words += [word + "en" for word in words]
    for word in words:
        assert stem.__wrapped__(word) == _fixed_stem(pure_python, word), word


def _fixed_stem(pure_python: GermanStemmer, word: str) -> str:
    """stem() with the pure Python Snowball stemmer in place of the installed one."""
    with mock.patch("famkoop.search.german._snowball", pure_python.stemWord):
        return stem.__wrapped__(word)
