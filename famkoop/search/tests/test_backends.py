"""How the backends turn an analysed query and filter tokens into FTS5 and tsquery syntax."""

import random

import pytest

from famkoop.geo.lookup import haversine_km
from famkoop.search import tokens
from famkoop.search.backends import Near
from famkoop.search.backends.postgresql import tag_query, text_query
from famkoop.search.backends.sqlite import match_expression
from famkoop.search.query import TermGroup, TextQuery

SCHREIBABY = TextQuery(
    groups=(
        TermGroup(alternatives=(("schreibaby",), ("schrei", "baby"), ("saeugling", "schreit"))),
        TermGroup(alternatives=(("koeln",),)),
    )
)
TAGS = (("f_free",), ("f_lang_tr", "f_lang_ar"))


def test_fts5_expression_keeps_text_in_text_columns_and_filters_in_tags():
    assert match_expression(SCHREIBABY, TAGS) == (
        '{title_terms body_terms} : (("schreibaby" OR ("schrei" AND "baby") OR '
        '("saeugling" AND "schreit")) AND "koeln") AND '
        'tags : ("f_free" AND ("f_lang_tr" OR "f_lang_ar"))'
    )


def test_tsqueries_for_the_text_and_the_tag_columns():
    assert text_query(SCHREIBABY) == (
        "(('schreibaby' | ('schrei' & 'baby') | ('saeugling' & 'schreit')) & 'koeln')"
    )
    assert tag_query(TAGS) == "('f_free' & ('f_lang_tr' | 'f_lang_ar'))"


def test_quotes_in_terms_cannot_break_out():
    query = TextQuery(groups=(TermGroup(alternatives=(('a"b',), ("c'd\\",))),))
    assert match_expression(query, ()) == '{title_terms body_terms} : ("a""b" OR "c\'d\\")'
    assert text_query(query) == "('a\"b' | 'c''d\\\\')"


def test_clean_terms_leave_one_word_per_term():
    assert tokens.clean_terms(["Eltern-Kind", "a.b", "kurs", "kurs", "x" * 101, "ü_1"]) == [
        "eltern-kind",
        "a",
        "b",
        "kurs",
        "ü_1",
    ]


def test_place_cells_cover_the_circle_and_not_much_more():
    cells = tokens.cells_within(50.9384, 6.9599, 10)
    assert tokens.cell_token(50.9384, 6.9599) in cells
    assert tokens.cell_token(50.9384 + 0.085, 6.9599) in cells  # 9.5 km north
    assert tokens.cell_token(51.2254, 6.7763) not in cells  # Düsseldorf, 34 km
    assert len(cells) <= 16


@pytest.mark.parametrize("radius_km", [1, 5, 10, 25, 50])
@pytest.mark.parametrize("centre", [(47.4, 10.3), (50.94, 6.96), (54.8, 9.4), (51.3, 14.9)])
def test_near_condition_keeps_every_point_of_the_circle(centre, radius_km):
    """The flat-earth prefilter never drops a point that the exact distance keeps."""
    rng = random.Random(radius_km)
    near = Near(*centre, radius_km)
    _sql, (lat0, _, lon0, _, cos_squared, bound) = near.condition("d")
    for _ in range(2000):
        lat = centre[0] + rng.uniform(-1, 1) * radius_km / 100
        lon = centre[1] + rng.uniform(-1, 1) * radius_km / 60
        if haversine_km(*centre, lat, lon) <= radius_km:
            assert (lat - lat0) ** 2 + (lon - lon0) ** 2 * cos_squared <= bound
