"""German analysis, word level: folding, tokens, stems, compounds, signals and bounds."""

import pytest

from famkoop.search.analysis import (
    MAX_ALTERNATIVES,
    MAX_GROUPS,
    analyze_document,
    analyze_query,
    fold,
    index_terms_for_lexicon,
    normalize_for_signal,
    stem,
    tokenize,
)
from famkoop.search.compounds import split_compound


def stems(text: str) -> set[str]:
    return {stem(word) for word in tokenize(text)}


# Folding


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Mütter", "Muetter"),
        ("Väter", "VAETER"),
        ("Rückbildung", "Rueckbildung"),
        ("Straße", "Strasse"),
        ("STRASSE", "straße"),
        ("Köln", "koeln"),
        ("Café", "cafe"),
        ("Crème", "creme"),
    ],
)
def test_umlauts_sharp_s_and_accents_fold_the_same_both_ways(written, typed):
    assert fold(written) == fold(typed)


def test_decomposed_umlauts_fold_like_precomposed_ones():
    assert fold("Mu\u0308tter") == fold("Mütter") == "muetter"


def test_fold_keeps_digits_and_other_scripts():
    assert fold("U3-Gruppe für 0–3 Jahre") == "u3-gruppe fuer 0–3 jahre"
    assert fold("Привет Дети") == "привет дети"


# Tokens


def test_hyphenated_word_gives_its_parts_and_the_joined_form():
    assert tokenize("Eltern-Kind-Gruppe") == ["eltern", "kind", "gruppe", "elternkindgruppe"]


def test_tokens_split_on_punctuation_and_keep_stop_words():
    assert tokenize("Kurs (für Eltern), 2x/Woche!") == ["kurs", "fuer", "eltern", "2x", "woche"]


def test_elided_first_part_is_completed_from_the_following_compound():
    tokens = tokenize("Angeleitete Spiel- und Bewegungsgruppen")
    assert "spielgruppen" in tokens
    assert "bewegungsgruppen" in tokens


# Stems


@pytest.mark.parametrize(
    "forms",
    [
        ("Kurs", "Kurse", "Kursen", "Kurses"),
        ("Elternkurs", "Elternkurse"),
        ("Rückbildungskurs", "Rückbildungskurse"),
        ("Gruppe", "Gruppen"),
        ("Kind", "Kinder", "Kindern"),
        ("Baby", "Babys"),
        ("Familie", "Familien"),
        ("Vater", "Väter", "Vaeter", "Vaters"),
        ("Mutter", "Mütter", "Muetter"),
        ("Treff", "Treffen", "Treffs"),
        ("Massage", "Massagen"),
        ("Beratung", "Beratungen"),
        ("Kita", "Kitas"),
        ("Papa", "Papas"),
        ("Hebamme", "Hebammen"),
        ("Säugling", "Säuglinge", "Saeugling"),
        ("Café", "Cafe", "Cafés"),
        ("Workshop", "Workshops"),
    ],
)
def test_singular_and_plural_of_domain_words_share_a_stem(forms):
    assert len({stem(fold(form)) for form in forms}) == 1, forms


def test_cafe_and_coffee_stay_different():
    assert stem(fold("Café")) != stem(fold("Kaffee"))


def test_words_outside_a_to_z_are_not_stemmed():
    assert stem("u3") == "u3"
    assert stem("дети") == "дети"


# Compounds


@pytest.mark.parametrize(
    ("compound", "parts"),
    [
        ("Elternkurs", "Eltern Kurs"),
        ("Babymassage", "Baby Massage"),
        ("Krabbelgruppe", "krabbeln Gruppe"),
        ("Familienbildungsstätte", "Familie Bildung Stätte"),
        ("Elterncafé", "Eltern Café"),
        ("Geburtsvorbereitung", "Geburt Vorbereitung"),
        ("Rückbildungsgymnastik", "Rückbildung Gymnastik"),
        ("Erziehungsberatung", "Erziehung Beratung"),
        ("Vätergruppe", "Vater Gruppe"),
        ("Stillgruppe", "stillen Gruppe"),
        ("Spielgruppe", "Spiel Gruppe"),
        ("Medienkompetenz", "Medien Kompetenz"),
        ("Elternkindgruppe", "Eltern Kind Gruppe"),
        ("Kinderbetreuung", "Kinder Betreuung"),
        ("Geburtsvorbereitungskurs", "Geburt Vorbereitung Kurs"),
        ("Schreibaby", "schreien Baby"),
    ],
)
def test_compounds_split_into_words_that_stem_like_the_separate_words(compound, parts):
    assert [stem(part) for part in split_compound(fold(compound))] == [
        stem(fold(part)) for part in parts.split()
    ]


@pytest.mark.parametrize(
    "word",
    [
        "Beratung",
        "Treffen",
        "Gruppen",
        "Erziehung",
        "Geburt",
        "Sprache",
        "Bewegung",
        "Ernährung",
        "Mittagessen",
        "Schwangerschaft",
        "Rückbildung",
        "Hebamme",
        "Kindergarten",
        "Großeltern",
        "Verein",
        "Angebot",
        "Vaterschaft",
        "Dienstag",
        "Nachmittag",
        "Ausflug",
        "Entspannung",
        "Unterstützung",
        "Informationen",
        "Wochenende",
    ],
)
def test_ordinary_words_are_not_split(word):
    assert split_compound(fold(word)) == ()


def test_document_terms_contain_stems_of_words_parts_and_joined_forms():
    terms = analyze_document("Babymassage für Eltern-Kind-Gruppen")
    assert terms == ["babymassag", "baby", "massag", "elt", "kind", "grupp", "elternkindgrupp"]


def test_document_terms_keep_duplicates_for_term_frequency_and_drop_stop_words():
    assert analyze_document("Der Kurs und der Kurs", "Kurse") == ["kurs", "kurs", "kurs"]


def test_document_of_several_texts_skips_empty_ones():
    assert analyze_document("Elterncafé", "", "Treff") == ["elterncaf", "elt", "caf", "treff"]


# Queries: shape and bounds


def test_query_drops_stop_words_and_gives_one_group_per_word():
    query = analyze_query("ein Kurs für die Eltern mit dem Baby am Montag im Zentrum zur Geburt")
    assert [group.alternatives[0] for group in query.groups] == [
        ("kurs",),
        ("elt",),
        ("baby",),
        ("montag",),
        ("zentrum",),
        ("geburt",),
    ]


def test_empty_or_stop_word_query_is_empty():
    assert analyze_query("").is_empty
    assert analyze_query("  für und mit  ").is_empty


def test_repeated_words_and_synonyms_of_each_other_give_one_group():
    assert len(analyze_query("Kurs Kurse kurs").groups) == 1
    assert len(analyze_query("Trennung und Scheidung").groups) == 1


def test_ten_kilobyte_query_is_bounded():
    query = analyze_query("Babymassage Elternkurs Kita Papa Schreibaby " * 250)
    assert 0 < len(query.groups) <= MAX_GROUPS
    assert all(len(group.alternatives) <= MAX_ALTERNATIVES for group in query.groups)


def test_query_of_five_thousand_different_words_is_bounded():
    words = [f"wort{chr(97 + i % 26)}{i}" for i in range(5000)]
    query = analyze_query(" ".join(words))
    assert len(query.groups) == MAX_GROUPS


def test_word_with_many_synonyms_keeps_at_most_the_maximum_of_alternatives():
    for word in ("Medien", "Schreibaby", "Kita", "Alleinerziehend", "Baby"):
        group = analyze_query(word).groups[0]
        assert len(group.alternatives) <= MAX_ALTERNATIVES


def test_alternatives_that_contain_another_alternative_are_dropped():
    group = analyze_query("alleinerziehend").groups[0]
    alternatives = [set(alternative) for alternative in group.alternatives]
    for i, one in enumerate(alternatives):
        assert not any(other <= one for j, other in enumerate(alternatives) if i != j)


# Demand signals


def test_signal_keeps_readable_folded_words_sorted_without_stop_words():
    assert normalize_for_signal("Babymassage in Köln") == "babymassage koeln"
    assert normalize_for_signal("Kurs für Väter, Kurs am Abend") == "abend kurs vaeter"


def test_signal_leaves_out_numbers_such_as_phone_numbers():
    assert normalize_for_signal("Hebamme 0221 123456 ab 18.03.") == "hebamme"


def test_signal_keeps_hyphenated_words_and_is_bounded():
    assert normalize_for_signal("Eltern-Kind-Gruppe") == "eltern-kind-gruppe"
    assert len(normalize_for_signal("wort " * 5000 + "x" * 5000).split()) <= 12


# Vocabulary seed


def test_lexicon_terms_contain_stems_of_lexicon_and_thesaurus_words():
    terms = index_terms_for_lexicon()
    assert {"kurs", "elt", "vat", "kindertagesstatt", "pekip"} <= terms
