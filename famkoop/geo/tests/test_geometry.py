"""Distances and the bounding box used to prefilter radius searches."""

import math
import random

import pytest

from famkoop.geo.geometry import EARTH_RADIUS_KM
from famkoop.geo.lookup import bounding_box, haversine_km, within_radius
from famkoop.geo.models import PostalCode

COLOGNE_CATHEDRAL = (50.9413, 6.9583)
DUSSELDORF_CENTRE = (51.2277, 6.7735)


def destination(latitude: float, longitude: float, bearing: float, km: float) -> tuple:
    """The point `km` away in direction `bearing` (degrees), on the same sphere."""
    phi, lam, theta = map(math.radians, (latitude, longitude, bearing))
    delta = km / EARTH_RADIUS_KM
    phi2 = math.asin(
        math.sin(phi) * math.cos(delta) + math.cos(phi) * math.sin(delta) * math.cos(theta)
    )
    lam2 = lam + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi),
        math.cos(delta) - math.sin(phi) * math.sin(phi2),
    )
    return math.degrees(phi2), math.degrees(lam2)


def test_cologne_to_dusseldorf_is_about_34_km():
    assert haversine_km(*COLOGNE_CATHEDRAL, *DUSSELDORF_CENTRE) == pytest.approx(34, abs=1)


def test_berlin_to_munich_is_about_504_km():
    assert haversine_km(52.5200, 13.4050, 48.1372, 11.5756) == pytest.approx(504, abs=3)


def test_distance_is_zero_to_itself_and_symmetric():
    assert haversine_km(*COLOGNE_CATHEDRAL, *COLOGNE_CATHEDRAL) == 0
    assert haversine_km(*COLOGNE_CATHEDRAL, *DUSSELDORF_CENTRE) == haversine_km(
        *DUSSELDORF_CENTRE, *COLOGNE_CATHEDRAL
    )


def test_bounding_box_holds_every_point_within_the_radius():
    generator = random.Random(20261125)
    centres = [(50.94, 6.96), (54.9, 8.3), (47.3, 10.2), (0.0, 0.0), (-33.9, 151.2), (69.6, 18.9)]
    centres += [(generator.uniform(-75, 75), generator.uniform(-170, 170)) for _ in range(20)]
    for latitude, longitude in centres:
        for radius in (0.5, 5, 25, 100, 400):
            min_lat, max_lat, min_lon, max_lon = bounding_box(latitude, longitude, radius)
            for _ in range(60):
                bearing = generator.uniform(0, 360)
                # Half the points exactly on the circle, where the box is tightest.
                distance = radius if generator.random() < 0.5 else generator.uniform(0, radius)
                point_lat, point_lon = destination(latitude, longitude, bearing, distance)
                assert min_lat <= point_lat <= max_lat
                assert min_lon <= point_lon <= max_lon


def test_bounding_box_widens_in_longitude_towards_the_pole_but_stays_tight():
    min_lat, max_lat, min_lon, max_lon = bounding_box(51.0, 7.0, 10)

    assert max_lat - min_lat == pytest.approx(2 * 10 / 111.19, rel=0.01)
    assert max_lon - min_lon == pytest.approx(
        2 * 10 / (111.19 * math.cos(math.radians(51))), rel=0.01
    )


def test_bounding_box_around_a_pole_spans_all_longitudes():
    assert bounding_box(89.9, 0.0, 50)[2:] == (-180.0, 180.0)


@pytest.mark.django_db
def test_within_radius_finds_exactly_the_postcodes_in_the_circle_nearest_first():
    everything = [
        (
            postal_code.code,
            haversine_km(*COLOGNE_CATHEDRAL, postal_code.latitude, postal_code.longitude),
        )
        for postal_code in PostalCode.objects.all()
    ]

    found = within_radius(PostalCode.objects.all(), *COLOGNE_CATHEDRAL, 4)

    assert [obj.code for obj, _distance in found] == [
        code for code, distance in sorted(everything, key=lambda item: item[1]) if distance <= 4
    ]
    assert found[0][0].code == "50667"
    assert all(distance <= 4 for _obj, distance in found)
    assert len(found) > 10


@pytest.mark.django_db
def test_within_radius_follows_relations_for_the_coordinates():
    from famkoop.geo.models import Place

    found = within_radius(
        Place.objects.filter(kind="postal_place").select_related("postal_code"),
        *COLOGNE_CATHEDRAL,
        2,
        lat_field="postal_code__latitude",
        lon_field="postal_code__longitude",
    )

    assert {obj.postal_code_id for obj, _distance in found} >= {"50667"}
