import pytest
from django.contrib.contenttypes.models import ContentType

from famkoop.audit.models import AuditEntry
from famkoop.directory.tests.factories import ServiceFactory


@pytest.fixture
def offer(provider):
    return ServiceFactory(organization=provider, title="Eltern-Café am Morgen")


def entries_of(obj) -> list[AuditEntry]:
    """The entries of exactly this object, oldest first."""
    return list(
        AuditEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
        ).order_by("time", "pk")
    )
