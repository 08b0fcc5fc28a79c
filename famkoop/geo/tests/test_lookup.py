"""What the finder, demo data and import get when they ask for a postcode or a place."""

import contextlib

import pytest

from famkoop.geo.lookup import (
    GeoLookupError,
    haversine_km,
    resolve,
    resolve_place,
    resolve_postcode,
)

pytestmark = pytest.mark.django_db


def assert_near(resolved, latitude: float, longitude: float, km: float = 5.0) -> None:
    distance = haversine_km(resolved.latitude, resolved.longitude, latitude, longitude)
    assert distance <= km, f"{resolved.label} is {distance:.1f} km away"


@pytest.mark.parametrize(
    ("code", "latitude", "longitude", "municipality_key", "district_key", "town"),
    [
        ("50667", 50.94, 6.96, "05315000", "05315", "Köln"),
        ("45879", 51.51, 7.10, "05513000", "05513", "Gelsenkirchen"),
        ("48143", 51.96, 7.63, "05515000", "05515", "Münster"),
        ("33602", 52.02, 8.53, "05711000", "05711", "Bielefeld"),
        ("10115", 52.53, 13.39, "11000000", "11000", "Berlin"),
        ("80331", 48.14, 11.57, "09162000", "09162", "München"),
        ("52062", 50.78, 6.08, "05334002", "05334", "Aachen"),
        ("44135", 51.51, 7.47, "05913000", "05913", "Dortmund"),
    ],
)
def test_postcode_resolves_to_its_centroid_and_official_keys(
    code, latitude, longitude, municipality_key, district_key, town
):
    resolved = resolve_postcode(code)

    assert_near(resolved, latitude, longitude)
    assert resolved.kind == "postal_code"
    assert resolved.postal_code == code
    assert resolved.label == f"{code} {town}"
    assert resolved.municipality_key == municipality_key
    assert resolved.municipality_name == town
    assert resolved.district_key == district_key
    assert resolved.state_key == district_key[:2]


def test_postcode_knows_district_and_state_names():
    resolved = resolve_postcode("50667")

    assert resolved.district_name == "Köln"
    assert resolved.state_name == "Nordrhein-Westfalen"


def test_postcode_ignores_spaces():
    assert resolve_postcode(" 50 667 ").postal_code == "50667"


@pytest.mark.parametrize("code", ["5067", "abcde", "506701", "5066a", "50-667", "٥٠٦٦٧"])
def test_malformed_postcode_is_refused_with_a_german_message(code):
    with pytest.raises(GeoLookupError) as error:
        resolve_postcode(code)

    assert "ist ungültig: Postleitzahlen haben fünf Ziffern" in error.value.message


def test_missing_postcode_asks_for_one():
    with pytest.raises(GeoLookupError) as error:
        resolve_postcode("")

    assert error.value.message == "Bitte geben Sie eine Postleitzahl ein."


@pytest.mark.parametrize("code", ["00000", "99999", "01000"])
def test_unknown_postcode_is_refused_with_a_german_message(code):
    with pytest.raises(GeoLookupError) as error:
        resolve_postcode(code)

    assert error.value.message == f"Die Postleitzahl {code} gibt es nicht."


def test_geo_lookup_error_is_a_value_error_carrying_its_message():
    with pytest.raises(ValueError, match="gibt es nicht"):
        resolve_postcode("00000")


@pytest.mark.parametrize(
    ("name", "latitude", "longitude", "municipality_key"),
    [
        ("Gelsenkirchen", 51.51, 7.10, "05513000"),
        ("Köln", 50.94, 6.96, "05315000"),
        ("Münster", 51.96, 7.63, "05515000"),
        ("Bad Oeynhausen", 52.20, 8.80, "05770004"),
        ("Mülheim an der Ruhr", 51.43, 6.88, "05117000"),
        ("Frankfurt am Main", 50.11, 8.68, "06412000"),
        ("Halle (Saale)", 51.48, 11.97, "15002000"),
    ],
)
def test_town_resolves_to_its_municipality(name, latitude, longitude, municipality_key):
    resolved = resolve_place(name)

    assert_near(resolved, latitude, longitude)
    assert resolved.kind == "municipality"
    assert resolved.municipality_key == municipality_key
    assert resolved.district_key == municipality_key[:5]
    assert resolved.postal_code == ""


@pytest.mark.parametrize("name", ["Köln", "Koeln", "köln", "KÖLN", "  koeln  ", "Köln."])
def test_case_and_umlaut_spelling_do_not_matter(name):
    assert resolve_place(name).municipality_key == "05315000"


@pytest.mark.parametrize(
    "name", ["Muenster", "münster", "Mülheim an der Ruhr", "Muelheim-an-der-Ruhr", "BAD OEYNHAUSEN"]
)
def test_umlauts_fold_both_ways(name):
    assert resolve_place(name).kind == "municipality"


def test_ambiguous_name_prefers_the_bigger_municipality():
    # Münster in Westphalia, not the village of Münster in Hesse.
    resolved = resolve_place("Münster")

    assert resolved.state_key == "05"
    assert resolved.label == "Münster"


@pytest.mark.parametrize(
    ("name", "official_name", "municipality_key"),
    [
        ("Frankfurt", "Frankfurt am Main", "06412000"),
        ("Halle", "Halle (Saale)", "15002000"),
        ("Mülheim", "Mülheim an der Ruhr", "05117000"),
        ("Freiburg", "Freiburg im Breisgau", "08311000"),
    ],
)
def test_short_name_finds_the_biggest_town_with_a_qualified_official_name(
    name, official_name, municipality_key
):
    resolved = resolve_place(name)

    assert resolved.municipality_key == municipality_key
    assert resolved.label == official_name


def test_qualified_name_finds_exactly_that_town():
    assert resolve_place("Halle (Westf.)").municipality_key == "05754012"
    assert resolve_place("Frankfurt (Oder)").municipality_key == "12053000"


def test_saint_may_be_abbreviated():
    assert resolve_place("St. Augustin").label == "Sankt Augustin"


def test_town_with_the_same_name_elsewhere_names_its_district():
    resolved = resolve_place("Neuenkirchen")

    assert resolved.label == f"Neuenkirchen ({resolved.district_name})"


def test_town_district_by_hyphen_or_space_lies_in_the_town():
    for name in ["Köln-Ehrenfeld", "köln ehrenfeld", "Koeln Ehrenfeld"]:
        resolved = resolve_place(name)

        assert_near(resolved, 50.951, 6.918)
        assert resolved.municipality_key == "05315000"


def test_town_district_missing_from_the_data_falls_back_to_the_town_and_says_so():
    resolved = resolve_place("Köln-Ehrenfeld")

    assert resolved.label == "Köln (Ortsteil „Ehrenfeld“ nicht gefunden)"
    assert resolved.kind == "municipality"


def test_town_district_known_to_the_data_is_found_near_the_town():
    nippes = resolve_place("Köln-Nippes")
    buer = resolve_place("Gelsenkirchen-Buer")

    assert_near(nippes, 50.966, 6.953, km=2)
    assert nippes.label == "Nippes (Köln)"
    assert nippes.municipality_key == "05315000"
    assert_near(buer, 51.578, 7.055, km=2)
    assert buer.municipality_key == "05513000"


def test_town_district_may_come_after_the_town_name_and_a_comma():
    assert_near(resolve_place("Nippes, Köln"), 50.966, 6.953, km=2)


def test_locality_alone_names_its_town_in_the_label():
    resolved = resolve_place("Nippes")

    assert resolved.kind == "locality"
    assert resolved.label == "Nippes (Köln)"


@pytest.mark.parametrize("name", ["Xyz", "Qwertzhausen", "Zzzz Yyyy"])
def test_unknown_place_is_refused_with_a_german_message(name):
    with pytest.raises(GeoLookupError) as error:
        resolve_place(name)

    assert error.value.message == f"Den Ort „{name}“ kennen wir nicht."


@pytest.mark.parametrize("name", ["", "   ", "--", None])
def test_empty_place_asks_for_one(name):
    with pytest.raises(GeoLookupError) as error:
        resolve_place(name)

    assert error.value.message == "Bitte geben Sie einen Ort ein."


def test_resolve_reads_five_digits_as_postcode_and_anything_else_as_place():
    assert resolve("50667").kind == "postal_code"
    assert resolve("50667 Köln").postal_code == "50667"
    assert resolve("Köln").kind == "municipality"
    assert resolve("Köln-Ehrenfeld").municipality_key == "05315000"


def test_resolve_treats_a_short_number_as_a_mistyped_postcode():
    with pytest.raises(GeoLookupError, match="fünf Ziffern"):
        resolve("5067")


def test_resolve_never_raises_anything_but_geo_lookup_error_for_odd_input():
    for query in ["", " ", "-", "%", "'; DROP TABLE geo_place; --", "ß" * 500, "\x00", "1" * 200]:
        with contextlib.suppress(GeoLookupError):
            resolve(query)


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Rhein-Sieg-Kreis", "Rhein-Sieg-Kreis"),
        ("rhein sieg kreis", "Rhein-Sieg-Kreis"),
        ("Kreis Mettmann", "Kreis Mettmann"),
        ("Landkreis Mettmann", "Kreis Mettmann"),
        ("Hochsauerlandkreis", "Hochsauerlandkreis"),
        ("Städteregion Aachen", "Städteregion Aachen"),
    ],
)
def test_district_names_resolve_to_the_middle_of_the_district(query, name):
    resolved = resolve(query)
    assert resolved.kind == "district"
    assert resolved.label == name
    assert resolved.district_name == name
    assert resolved.state_key == "05"
    assert resolved.municipality_key == ""


def test_a_towns_name_is_the_town_not_its_district():
    assert resolve("Mettmann").kind == "municipality"
    assert_near(resolve("Kreis Mettmann"), 51.23, 6.96, km=10)
