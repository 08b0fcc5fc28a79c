"""Search keys and display names derived from the official names."""

import pytest

from famkoop.geo.names import (
    base_name_key,
    district_is_independent_city,
    district_name,
    municipality_name,
    normalize_name,
)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Köln-Ehrenfeld", "koeln ehrenfeld"),
        ("koeln  ehrenfeld", "koeln ehrenfeld"),
        ("MÜNSTER", "muenster"),
        ("Gießen", "giessen"),
        ("St. Augustin", "sankt augustin"),
        ("Halle (Saale)", "halle saale"),
        ("Mühlhausen/Thüringen", "muehlhausen thueringen"),
        ("Überlingen – Nußdorf", "ueberlingen nussdorf"),
        ("Bréhat", "brehat"),
        (" -- ", ""),
    ],
)
def test_search_key_folds_case_umlauts_and_punctuation(text, key):
    assert normalize_name(text) == key


@pytest.mark.parametrize(
    ("official", "name"),
    [
        ("Köln, krsfr. Stadt", "Köln"),
        ("Bocholt, Stadt", "Bocholt"),
        ("Marl, Westf", "Marl"),
        ("Roetgen (ab 21.10.2009)", "Roetgen"),
        ("Stolberg (Rhld.), Stadt (ab 21.10.2009)", "Stolberg (Rhld.)"),
        ("Halle (Saale), Stadt", "Halle (Saale)"),
        ("Alfter", "Alfter"),
    ],
)
def test_municipality_name_drops_status_and_notes(official, name):
    assert municipality_name(official) == name


@pytest.mark.parametrize(
    ("official", "key", "independent", "name"),
    [
        ("Köln, Kreisfreie Stadt", "05315", True, "Köln"),
        ("Borken, Kreis", "05554", False, "Kreis Borken"),
        ("Göttingen, Landkreis", "03159", False, "Landkreis Göttingen"),
        ("Heidekreis, Landkreis", "03358", False, "Heidekreis"),
        ("Region Hannover, Landkreis", "03241", False, "Region Hannover"),
        ("Rhein-Kreis Neuss", "05162", False, "Rhein-Kreis Neuss"),
        ("Städteregion Aachen (einschl. Stadt Aachen)", "05334", False, "Städteregion Aachen"),
        ("Karlsruhe, Stadtkreis", "08212", True, "Karlsruhe"),
        ("Ingolstadt", "09161", True, "Ingolstadt"),
        ("Kiel, Landeshauptstadt, Kreisfreie Stadt", "01002", True, "Kiel"),
        ("Berlin", "11000", True, "Berlin"),
        ("Saarbrücken, Regionalverband", "10041", False, "Regionalverband Saarbrücken"),
    ],
)
def test_district_name_and_kind(official, key, independent, name):
    assert district_is_independent_city(official, key) is independent
    assert district_name(official, independent) == name


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("Frankfurt am Main", "frankfurt"),
        ("Freiburg im Breisgau", "freiburg"),
        ("Weiden i.d.OPf.", "weiden"),
        ("Halle (Saale)", "halle"),
        ("Mülheim-Kärlich", "muelheim kaerlich"),
        ("Bad Homburg v.d.Höhe", "bad homburg"),
    ],
)
def test_base_name_drops_the_qualifier(name, base):
    assert base_name_key(name) == base
