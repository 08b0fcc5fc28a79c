"""Staff see the index and the demand signals in the admin, and cannot edit them."""

import pytest
from django.urls import reverse

from famkoop.search.engine import SearchParams, record_demand
from famkoop.search.models import SearchDocument
from famkoop.testing import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, admin_user):
    sign_in(client, admin_user)
    return client


def test_admin_lists_search_documents_read_only(admin_client, offers):
    response = admin_client.get(reverse("admin:search_searchdocument_changelist"))
    assert response.status_code == 200
    assert "Babymassage" in response.content.decode()

    document = SearchDocument.objects.get(service=offers.babymassage)
    change_url = reverse("admin:search_searchdocument_change", args=[document.pk])
    assert admin_client.get(change_url).status_code == 200
    assert admin_client.post(change_url, {"status": "inactive"}).status_code == 403
    add_url = reverse("admin:search_searchdocument_add")
    assert admin_client.get(add_url).status_code == 403


def test_admin_lists_demand_signals_with_filters(admin_client, offers):
    record_demand(SearchParams(text="Babyschwimmen", place="50667"), 0)
    url = reverse("admin:search_demandsignal_changelist")

    response = admin_client.get(url)
    assert response.status_code == 200
    assert "babyschwimmen" in response.content.decode()
    assert admin_client.get(url, {"professional__exact": "1"}).status_code == 200
    assert admin_client.get(url, {"q": "baby"}).status_code == 200
