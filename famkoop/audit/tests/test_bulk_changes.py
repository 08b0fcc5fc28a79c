"""Bulk changes and imports: one entry per affected row, with before and after, written in
a constant number of queries and in the same transaction as the change."""

import datetime

import pytest
from django.db import transaction
from django.db.models import F

from famkoop.audit.context import acting
from famkoop.audit.history import history_for
from famkoop.audit.models import Action, AuditEntry, Source
from famkoop.directory.models import Organization, Schedule, Service
from famkoop.directory.tests.factories import ScheduleFactory, ServiceFactory

from .conftest import entries_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def offers(provider):
    return [ServiceFactory(organization=provider, capacity=10) for _ in range(5)]


def test_queryset_update_records_one_entry_per_offer_with_the_importing_user(
    offers, provider_staff
):
    with acting(user=provider_staff, source=Source.IMPORT):
        count = Service.objects.filter(pk__in=[o.pk for o in offers]).update(
            status=Service.Status.TEMPORARILY_CLOSED
        )

    assert count == 5
    for offer in offers:
        entry = entries_of(offer)[-1]
        assert entry.action == Action.UPDATE
        assert entry.changes == {"status": ["active", "temporarily closed"]}
        assert entry.actor == provider_staff
        assert entry.source == Source.IMPORT
        assert entry.organization_id == offer.organization_id


def test_update_with_an_expression_records_each_rows_own_values(offers):
    Service.objects.filter(pk=offers[0].pk).update(capacity=3)
    Service.objects.filter(pk__in=[o.pk for o in offers]).update(capacity=F("capacity") + 1)

    assert entries_of(offers[0])[-1].changes == {"capacity": [3, 4]}
    assert entries_of(offers[1])[-1].changes == {"capacity": [10, 11]}


def test_update_that_changes_nothing_records_nothing(offers):
    before = AuditEntry.objects.count()
    Service.objects.filter(pk__in=[o.pk for o in offers]).update(status=Service.Status.ACTIVE)
    Service.objects.update(updated_at=datetime.datetime.now(datetime.UTC))
    assert AuditEntry.objects.count() == before


def test_update_through_a_related_manager_is_recorded(offer):
    schedules = [ScheduleFactory(service=offer), ScheduleFactory(service=offer, byday="FR")]
    offer.schedules.update(description="Bitte Hausschuhe mitbringen")

    entries = history_for(offer).filter(content_type__model="schedule", action=Action.UPDATE)
    assert sorted(int(e.object_id) for e in entries) == sorted(s.pk for s in schedules)
    assert all(e.changes == {"description": ["", "Bitte Hausschuhe mitbringen"]} for e in entries)


def test_bulk_update_records_before_and_after(offers):
    for number, offer in enumerate(offers):
        offer.title = f"Neuer Titel {number}"
    offers[0].capacity = 12
    Service.objects.bulk_update(offers, ["title", "capacity"])

    first = entries_of(offers[0])[-1]
    assert first.changes["capacity"] == [10, 12]
    assert first.changes["title"][1] == "Neuer Titel 0"
    assert entries_of(offers[4])[-1].changes["title"][1] == "Neuer Titel 4"
    assert "capacity" not in entries_of(offers[4])[-1].changes


def test_bulk_create_records_new_rows_with_their_parent_and_organisation(offer, admin_user):
    with acting(user=admin_user, source=Source.COMMAND):
        created = Schedule.objects.bulk_create(
            [
                Schedule(
                    service=offer,
                    valid_from=datetime.date(2026, 3, 1),
                    freq=Schedule.Frequency.WEEKLY,
                    byday=day,
                    opens_at=datetime.time(10),
                    closes_at=datetime.time(11, 30),
                )
                for day in ("MO", "TH")
            ]
        )

    entries = history_for(offer).filter(content_type__model="schedule")
    assert sorted(int(e.object_id) for e in entries) == sorted(s.pk for s in created)
    for entry in entries:
        assert entry.action == Action.CREATE
        assert entry.source == Source.COMMAND
        assert entry.actor == admin_user
        assert entry.organization_id == offer.organization_id
        assert entry.changes["closes_at"] == [None, "11:30:00"]
        assert entry.changes["service"] == [None, {"pk": offer.pk, "label": offer.title}]


def test_bulk_create_with_conflict_handling_is_refused_while_recording(provider):
    with pytest.raises(NotImplementedError):
        Organization.objects.bulk_create(
            [Organization(name="Doppelt", slug=provider.slug, kind="provider")],
            ignore_conflicts=True,
        )


def test_queryset_delete_records_each_row_and_its_parts_once(offers):
    schedules = [ScheduleFactory(service=offer) for offer in offers[:2]]
    before = AuditEntry.objects.count()

    Service.objects.filter(pk__in=[o.pk for o in offers]).delete()

    deletions = AuditEntry.objects.filter(action=Action.DELETE)
    assert AuditEntry.objects.count() == before + 7
    keys = [(e.content_type.model, int(e.object_id)) for e in deletions]
    assert len(keys) == len(set(keys)) == 7
    assert {("schedule", s.pk) for s in schedules} <= set(keys)


def test_a_failed_bulk_change_leaves_no_entries(offers):
    before = AuditEntry.objects.count()
    with pytest.raises(RuntimeError), transaction.atomic():
        Service.objects.filter(pk__in=[o.pk for o in offers]).update(title="Verworfen")
        assert AuditEntry.objects.count() == before + 5
        raise RuntimeError("the import fails in a later row")
    assert AuditEntry.objects.count() == before
    assert not Service.objects.filter(title="Verworfen").exists()


def test_bulk_update_of_a_hundred_rows_writes_entries_in_constant_queries(
    provider, django_assert_max_num_queries
):
    Service.objects.bulk_create(
        [
            Service(organization=provider, title=f"Kurs {n}", format=Service.Format.COURSE)
            for n in range(100)
        ]
    )
    rows = Service.objects.filter(organization=provider)
    before = AuditEntry.objects.filter(action=Action.UPDATE).count()

    # Read before, update, read after, organisation labels, insert (in batches of 500):
    # never one query per row.
    with django_assert_max_num_queries(10):
        rows.update(status=Service.Status.INACTIVE, organization=provider)
    with django_assert_max_num_queries(10):
        for service in (services := list(rows)):
            service.capacity = 20
        Service.objects.bulk_update(services, ["capacity"])

    assert AuditEntry.objects.filter(action=Action.UPDATE).count() == before + 200
