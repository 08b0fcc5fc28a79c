"""Demand signals: searches with few results, stored for planners without personal data."""

import json

import pytest

from famkoop.search.engine import DEMAND_THRESHOLD, SearchParams, record_demand, search
from famkoop.search.models import DemandSignal

pytestmark = pytest.mark.django_db


def searched(**params) -> DemandSignal | None:
    search_params = SearchParams(**params)
    results = search(search_params)
    return record_demand(search_params, results.total, results.place)


def test_search_without_results_is_recorded_with_area_filters_and_count(offers):
    signal = searched(text="Babyschwimmen", place="50667", radius_km=10, free=True)

    signal.refresh_from_db()
    assert signal.terms == "babyschwimmen"
    assert signal.postcode_area == "506"
    assert signal.municipality_key == "05315000"
    assert signal.radius_km == 10
    assert json.loads(signal.filters) == {"free": True}
    assert signal.result_count == 0
    assert signal.professional is False


def test_signal_keeps_no_personal_data(offers):
    signal = searched(text="Hilfe für Familie Müller, Tel. 0221 123456", place="50667")

    stored = {
        field.name: getattr(signal, field.name) for field in DemandSignal._meta.concrete_fields
    }
    assert set(stored) == {
        "id",
        "created_on",
        "terms",
        "postcode_area",
        "municipality_key",
        "radius_km",
        "filters",
        "result_count",
        "professional",
    }
    # The day only, never a time; no digits from the text (phone numbers, house numbers).
    assert not hasattr(stored["created_on"], "hour")
    assert not any(char.isdigit() for char in stored["terms"])


def test_filters_are_stored_as_sorted_json(offers):
    signal = searched(text="Yoga", weekdays=["sa", "mo"], languages=["uk"], age_months=30)
    assert signal.filters == '{"age_months":30,"languages":["uk"],"weekdays":["mo","sa"]}'


def test_searches_with_enough_results_are_not_recorded(offers):
    assert searched(per_page=5) is None
    assert DemandSignal.objects.count() == 0


def test_threshold_counts_results_not_hits_on_the_page(offers):
    assert searched(text="Babymassage") is not None  # one result
    params = SearchParams(text="Babymassage", page=2)
    assert record_demand(params, 1) is None  # only the first page counts
    assert record_demand(SearchParams(text="Kurs"), DEMAND_THRESHOLD + 1) is None


def test_browser_location_is_stored_as_the_area_of_the_nearest_postcode(offers):
    signal = searched(text="Babyschwimmen", latitude=50.9384, longitude=6.9599, radius_km=5)
    assert signal.postcode_area == "506"
    assert signal.municipality_key == "05315000"


def test_professional_search_is_marked(offers):
    signal = searched(text="Babyschwimmen", professional=True, accepts_referrals=True)
    assert signal.professional is True
    assert json.loads(signal.filters) == {"accepts_referrals": True}


def test_referral_filter_of_a_public_search_is_not_stored(offers):
    signal = searched(text="Babyschwimmen", accepts_referrals=True)
    assert signal.filters == ""


def test_empty_search_is_not_a_signal(db):
    assert record_demand(SearchParams(), 0) is None
