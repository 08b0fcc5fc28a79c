"""The geography every database gets from migration 0002 and `manage.py load_geodata`."""

import io

import pytest
from django.core.management import call_command

from famkoop.geo.loader import load_geodata
from famkoop.geo.models import (
    District,
    Municipality,
    Place,
    PopulationFigure,
    PostalCode,
    State,
)
from famkoop.geo.sources import read_district_population

pytestmark = pytest.mark.django_db

MODELS = [State, District, Municipality, PostalCode, Place, PopulationFigure]


def table_counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def test_every_database_has_the_geography_from_the_migration():
    assert State.objects.count() == 16
    assert District.objects.count() == 400
    assert PostalCode.objects.count() > 8000
    assert Municipality.objects.filter(key__startswith="05").count() == 396


def test_loading_again_changes_and_duplicates_nothing():
    before = table_counts()

    counts = load_geodata()

    assert (counts["created"], counts["updated"], counts["deleted"]) == (0, 0, 0)
    assert table_counts() == before


def test_loading_repairs_changed_missing_and_stray_rows_but_not_other_sources():
    before = table_counts()
    Municipality.objects.filter(key="05315000").update(name="Cologne")
    Place.objects.filter(kind="locality", name="Nippes").delete()
    PostalCode.objects.filter(code="50667").delete()
    stray = {"kind": "locality", "latitude": 50, "longitude": 7}
    Place.objects.create(name="Nirgendwo", normalized_name="nirgendwo", source="GeoNames", **stray)
    Place.objects.create(name="Kita", normalized_name="kita", source="Import", **stray)

    load_geodata()

    assert Municipality.objects.get(key="05315000").name == "Köln"
    assert Place.objects.filter(kind="locality", name="Nippes").count() == 1
    assert PostalCode.objects.get(code="50667").municipality_id == "05315000"
    assert not Place.objects.filter(name="Nirgendwo").exists()
    assert Place.objects.filter(name="Kita").exists()
    assert table_counts() == {**before, "Place": before["Place"] + 1}


def test_nrw_has_22_independent_cities_and_31_districts():
    nrw = District.objects.filter(state_id="05")

    assert nrw.count() == 53
    assert nrw.filter(is_independent_city=True).count() == 22
    assert nrw.filter(is_independent_city=False).count() == 31
    assert set(nrw.filter(is_independent_city=True).values_list("name", flat=True)) >= {
        "Köln",
        "Düsseldorf",
        "Gelsenkirchen",
        "Münster",
        "Bielefeld",
        "Mülheim an der Ruhr",
    }


def test_germany_has_106_independent_cities_and_294_districts():
    assert District.objects.filter(is_independent_city=True).count() == 106
    assert District.objects.filter(is_independent_city=False).count() == 294


def test_districts_dissolved_by_reforms_are_not_loaded():
    # Aachen city (05313) and district (05354) merged into the Städteregion (05334) in 2009.
    assert not District.objects.filter(key__in=["05313", "05354"]).exists()
    aachen = District.objects.get(key="05334")
    assert aachen.name == "Städteregion Aachen"
    assert not aachen.is_independent_city
    assert Municipality.objects.get(key="05334002").name == "Aachen"


def test_district_names_read_naturally():
    assert District.objects.get(key="05554").name == "Kreis Borken"
    assert District.objects.get(key="03159").name == "Landkreis Göttingen"
    assert District.objects.get(key="03241").name == "Region Hannover"
    assert District.objects.get(key="11000").is_independent_city
    assert District.objects.get(key="08212").is_independent_city  # Karlsruhe, Stadtkreis
    assert not District.objects.get(key="08215").is_independent_city  # Landkreis Karlsruhe


def test_every_nrw_municipality_has_coordinates_and_a_place():
    nrw = Municipality.objects.filter(key__startswith="05")

    assert not nrw.filter(latitude__isnull=True).exists()
    assert Place.objects.filter(kind="municipality", municipality__in=nrw).count() == 396


def test_every_nrw_postcode_has_a_municipality_in_its_district():
    nrw = PostalCode.objects.filter(state_id="05")

    assert nrw.count() > 800
    assert not nrw.filter(municipality__isnull=True).exists()
    for postal_code in nrw.select_related("municipality"):
        assert postal_code.municipality.district_id == postal_code.district_id


def test_nearly_all_postcodes_have_a_municipality():
    total = PostalCode.objects.count()
    matched = PostalCode.objects.filter(municipality__isnull=False).count()

    assert matched / total > 0.97


def test_search_names_are_folded():
    place = Place.objects.get(kind="municipality", municipality_id="05117000")

    assert place.name == "Mülheim an der Ruhr"
    assert place.normalized_name == "muelheim an der ruhr"


@pytest.mark.skipif(
    read_district_population() is None, reason="npm package landkreise-deutschland not installed"
)
def test_population_of_districts_and_states():
    cologne = PopulationFigure.objects.get(area_key="05315", year=2018, age_band="all")
    nrw = PopulationFigure.objects.get(area_key="05", year=2018, age_band="all")

    assert 1_000_000 < cologne.count < 1_200_000
    assert 17_500_000 < nrw.count < 18_500_000
    assert "Destatis" in cologne.source


def test_command_reports_counts_and_match_rate():
    output = io.StringIO()

    call_command("load_geodata", stdout=output)

    assert "Postleitzahlen: " in output.getvalue()
    assert "mit Gemeinde" in output.getvalue()
    assert "Neu: 0, geändert: 0, gelöscht: 0" in output.getvalue()


def test_without_the_npm_package_population_is_skipped_with_a_note(settings, tmp_path):
    settings.BASE_DIR = tmp_path  # no node_modules here
    figures_before = PopulationFigure.objects.count()
    output = io.StringIO()

    counts = load_geodata(stdout=output)

    assert "Keine Bevölkerungszahlen: das npm-Paket landkreise-deutschland" in output.getvalue()
    assert counts["districts"] == 400
    assert PopulationFigure.objects.count() == figures_before
