"""Changes made in the admin reach the search at once (same transaction)."""

import pytest
from django.urls import reverse

from famkoop.search.engine import SearchParams, search
from famkoop.search.models import SearchDocument
from famkoop.testing import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, admin_user):
    sign_in(client, admin_user)
    return client


def change_form_data(response) -> dict:
    """What the admin's change form would post back unchanged, inlines included."""
    data = {}
    form = response.context["adminform"].form
    for name, field in form.fields.items():
        value = form[name].value()
        if value is None:
            continue
        if isinstance(value, list | tuple):
            data[name] = [str(item) for item in value]
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = field.prepare_value(value) if hasattr(field, "prepare_value") else value
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name in formset.management_form.fields:
            data[f"{formset.prefix}-{name}"] = formset.management_form[name].value()
        for inline_form in formset.forms:
            for name in inline_form.fields:
                value = inline_form[name].value()
                if value is None or value is False:
                    continue
                data[inline_form.add_prefix(name)] = "on" if value is True else value
    return data


def titles(text: str) -> list[str]:
    from famkoop.directory.models import Service

    ids = [hit.service_id for hit in search(SearchParams(text=text)).hits]
    return list(Service.objects.filter(pk__in=ids).values_list("title", flat=True))


def test_renaming_an_offer_in_the_admin_changes_what_the_search_finds(admin_client, offers):
    url = reverse("admin:directory_service_change", args=[offers.krabbelgruppe.pk])
    data = change_form_data(admin_client.get(url))
    data["title"] = "Spielgruppe Regenbogen"
    data["summary"] = "Offener Treff für Eltern mit Kleinkindern."
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert titles("Regenbogen") == ["Spielgruppe Regenbogen"]
    assert titles("Sonnenschein") == []


def test_moving_a_site_moves_its_offers_in_the_place_search(admin_client, offers):
    site = offers.elternkurs.locations.get()  # Bonn
    url = reverse("admin:directory_location_change", args=[site.pk])
    data = change_form_data(admin_client.get(url))
    data.update(latitude="50.9511", longitude="6.9264", postal_code="50823", city="Köln")
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    near = search(SearchParams(place="50667", radius_km=5))
    assert offers.elternkurs.pk in {hit.service_id for hit in near.hits}


def test_deleting_an_offer_in_the_admin_removes_it_from_the_index(admin_client, offers):
    url = reverse("admin:directory_service_delete", args=[offers.babymassage.pk])
    response = admin_client.post(url, {"post": "yes"})
    assert response.status_code == 302
    assert not SearchDocument.objects.filter(service_id=offers.babymassage.pk).exists()
    assert titles("Babymassage") == []
