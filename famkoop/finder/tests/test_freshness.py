"""Offers whose provider has not confirmed them for nine months are marked as possibly out of
date on their page (and in the results); fresh ones are not."""

import datetime

import pytest
from django.urls import reverse

from famkoop.directory.tests.factories import ServiceAtLocationFactory

pytestmark = pytest.mark.django_db

NOTE = "Möglicherweise nicht mehr aktuell"


@pytest.mark.parametrize(
    ("days_ago", "marked"), [(10, False), (200, False), (280, True), (None, True)]
)
def test_offer_page_marks_offers_not_confirmed_for_nine_months(client, days_ago, marked):
    assured = None if days_ago is None else datetime.date.today() - datetime.timedelta(days_ago)
    offer = ServiceAtLocationFactory(service__assured_date=assured).service
    page = client.get(reverse("finder:offer", args=[offer.uuid]))
    assert page.status_code == 200
    assert (NOTE in page.content.decode()) is marked


def test_result_cards_mark_stale_offers(client):
    from famkoop.search.index import index_services

    fresh = ServiceAtLocationFactory(service__title="Krabbelgruppe Frisch").service
    old = ServiceAtLocationFactory(
        service__title="Krabbelgruppe Alt",
        service__assured_date=datetime.date.today() - datetime.timedelta(days=300),
    ).service
    index_services([fresh.pk, old.pk])
    body = client.get(reverse("finder:results"), {"q": "Krabbelgruppe"}).content.decode()
    cards = {
        title: chunk
        for chunk in body.split('<li class="famkoop-card">')[1:]
        for title in ("Krabbelgruppe Frisch", "Krabbelgruppe Alt")
        if title in chunk
    }
    assert "nicht mehr aktuell" in cards["Krabbelgruppe Alt"]
    assert "nicht mehr aktuell" not in cards["Krabbelgruppe Frisch"]
