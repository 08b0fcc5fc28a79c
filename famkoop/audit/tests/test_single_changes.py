"""Single saves, deletions and many-to-many changes: who, when, what, before and after."""

import datetime
from decimal import Decimal

import pytest
from django.db import transaction

from famkoop.accounts.models import Role
from famkoop.accounts.tests.factories import MembershipFactory
from famkoop.audit.context import acting
from famkoop.audit.history import history_for
from famkoop.audit.models import Action, AuditEntry, Source
from famkoop.audit.registry import recorded_fields
from famkoop.directory.models import Language, SchoolHoliday, Service, TaxonomyTerm
from famkoop.directory.tests.factories import (
    LocationFactory,
    ScheduleExceptionFactory,
    ScheduleFactory,
    ServiceAtLocationFactory,
    ServiceFactory,
    TaxonomyTermFactory,
    nrw,
)

from .conftest import entries_of

pytestmark = pytest.mark.django_db


def test_creating_an_offer_records_who_through_which_door_and_its_values(provider, provider_staff):
    with acting(user=provider_staff, source=Source.WEB):
        offer = ServiceFactory(organization=provider, title="Babymassage", cost_amount=None)

    [entry] = entries_of(offer)
    assert entry.action == Action.CREATE
    assert entry.actor == provider_staff
    assert entry.actor_label == f"{provider_staff.get_full_name()} ({provider_staff.email})"
    assert entry.source == Source.WEB
    assert entry.organization_id == provider.pk
    assert entry.object_repr == "Babymassage"
    assert entry.changes["title"] == [None, "Babymassage"]
    assert entry.changes["organization"] == [
        None,
        {"pk": provider.pk, "label": "Familienbildungswerk Sonnenblume"},
    ]
    assert entry.changes["assured_date"] == [None, datetime.date.today().isoformat()]
    # Unset values, defaults and automatic fields are not "changes" of a new offer.
    assert "cost_amount" not in entry.changes
    assert "status" not in entry.changes
    assert not {"uuid", "created_at", "updated_at"} & set(entry.changes)


def test_editing_an_offer_records_only_what_changed_with_before_and_after(offer, provider_staff):
    offer.title = "Eltern-Café am Nachmittag"
    offer.is_free = False
    offer.cost_amount = Decimal("12.5")
    offer.status = Service.Status.INACTIVE
    with acting(user=provider_staff, source=Source.WEB):
        offer.save()

    entry = entries_of(offer)[-1]
    assert entry.action == Action.UPDATE
    assert entry.actor == provider_staff
    assert entry.changes == {
        "title": ["Eltern-Café am Morgen", "Eltern-Café am Nachmittag"],
        "is_free": [True, False],
        "cost_amount": [None, "12.50"],
        "status": ["active", "inactive"],
    }


def test_saving_an_unchanged_offer_records_nothing(offer):
    before = AuditEntry.objects.count()
    Service.objects.get(pk=offer.pk).save()  # only updated_at moves
    assert AuditEntry.objects.count() == before


def test_save_with_update_fields_compares_only_those_fields(offer):
    offer.title = "Neuer Titel"
    offer.summary = "nicht gespeichert"
    offer.save(update_fields=["title", "updated_at"])
    assert entries_of(offer)[-1].changes == {"title": ["Eltern-Café am Morgen", "Neuer Titel"]}


def test_deleting_a_schedule_records_its_values_on_the_offers_history(offer, provider_staff):
    schedule = ScheduleFactory(service=offer, byday="WE")
    schedule_pk = schedule.pk
    with acting(user=provider_staff):
        schedule.delete()

    entry = history_for(offer).first()
    assert entry.action == Action.DELETE
    assert entry.object_id == str(schedule_pk)
    assert entry.organization_id == offer.organization_id
    assert entry.changes["byday"] == ["WE", None]
    assert entry.changes["opens_at"] == ["09:30:00", None]
    assert entry.changes["service"] == [{"pk": offer.pk, "label": offer.title}, None]


def test_deleting_an_offer_records_it_and_each_of_its_parts_once(offer):
    schedule = ScheduleFactory(service=offer)
    exception = ScheduleExceptionFactory(schedule=schedule)
    at_location = ServiceAtLocationFactory(service=offer)
    offer_pk, organization_pk = offer.pk, offer.organization_id
    ids = {
        ("service", offer.pk),
        ("schedule", schedule.pk),
        ("scheduleexception", exception.pk),
        ("serviceatlocation", at_location.pk),
    }

    offer.delete()

    deletions = AuditEntry.objects.filter(action=Action.DELETE)
    recorded = [(e.content_type.model, int(e.object_id)) for e in deletions]
    assert sorted(recorded) == sorted(ids)
    # The exception belongs to the offer's history through its schedule.
    exception_entry = deletions.get(content_type__model="scheduleexception")
    assert exception_entry.parent_object_id == str(offer_pk)
    assert exception_entry.organization_id == organization_pk


def _languages(codes: list[str]) -> list[dict]:
    labels = dict(Language.objects.values_list("code", "name"))
    return [{"pk": code, "label": labels[code]} for code in codes]


def test_changing_the_languages_of_an_offer_records_before_and_after(offer):
    de, en = Language.objects.order_by("code").values_list("code", flat=True)[:2]
    with transaction.atomic():
        offer.languages.set([de, en])
    [entry] = [e for e in entries_of(offer) if "languages" in e.changes]
    assert entry.changes == {"languages": [[], _languages([de, en])]}


def test_changes_of_one_field_in_one_transaction_are_one_entry(offer):
    de, en, tr = Language.objects.order_by("code").values_list("code", flat=True)[:3]
    with transaction.atomic():
        offer.languages.set([de, en])
        offer.languages.set([de, tr])  # removes one, adds one
    [entry] = [e for e in entries_of(offer) if "languages" in e.changes]
    assert entry.changes == {"languages": [[], _languages([de, tr])]}


def test_changes_undone_in_the_same_transaction_leave_no_entry(offer):
    [de] = Language.objects.order_by("code").values_list("code", flat=True)[:1]
    with transaction.atomic():
        offer.languages.add(de)
        offer.languages.remove(de)
    assert not [e for e in entries_of(offer) if "languages" in e.changes]


@pytest.mark.django_db(transaction=True)
def test_set_in_separate_transactions_records_one_entry_each(provider):
    offer = ServiceFactory(organization=provider)
    de, en, tr = Language.objects.order_by("code").values_list("code", flat=True)[:3]
    offer.languages.set([de, en])
    offer.languages.set([de, tr])

    first, second = [e for e in entries_of(offer) if "languages" in e.changes]
    assert first.changes == {"languages": [[], _languages([de, en])]}
    assert second.changes == {"languages": [_languages([de, en]), _languages([de, tr])]}


def test_adding_an_offer_to_a_topic_from_the_topics_side_is_recorded_on_the_offer(offer):
    term = TaxonomyTermFactory(name="Babymassage")
    term.services.add(offer)

    entry = entries_of(offer)[-1]
    assert entry.changes == {"taxonomy_terms": [[], [{"pk": term.pk, "label": "Babymassage"}]]}


def test_memberships_are_recorded_for_their_organisation(provider, outsider, admin_user):
    with acting(user=admin_user, source=Source.ADMIN):
        membership = MembershipFactory(
            user=outsider, organization=provider, role=Role.ORGANIZATION_ADMIN
        )

    [entry] = entries_of(membership)
    assert entry.organization_id == provider.pk
    assert entry.source == Source.ADMIN
    assert entry.changes["role"] == [None, Role.ORGANIZATION_ADMIN]
    assert entry in history_for(provider)


def test_a_site_shows_on_its_organisations_history(provider):
    site = LocationFactory(organization=provider)
    assert [e.object_id for e in history_for(provider)] == [str(site.pk), str(provider.pk)]


def test_unregistered_models_are_not_recorded(db):
    before = AuditEntry.objects.count()
    SchoolHoliday.objects.create(
        state=nrw(),
        name="Herbstferien",
        start=datetime.date(2030, 10, 1),
        end=datetime.date(2030, 10, 12),
    )
    term = TaxonomyTermFactory()
    TaxonomyTerm.objects.filter(pk=term.pk).update(name="Anders")
    Language.objects.filter(pk="de").update(name="Deutsch (neu)")
    assert AuditEntry.objects.count() == before


def test_secret_fields_are_never_recorded():
    from famkoop.accounts.models import User

    names = {field.name for field in recorded_fields(User)}
    assert "password" not in names
    assert "email" in names


def test_an_entry_is_rolled_back_with_its_change(offer):
    before = AuditEntry.objects.count()
    with pytest.raises(RuntimeError), transaction.atomic():
        offer.title = "Wird verworfen"
        offer.save()
        assert AuditEntry.objects.count() == before + 1
        raise RuntimeError("the action fails after the save")
    assert AuditEntry.objects.count() == before
    offer.refresh_from_db()
    assert offer.title == "Eltern-Café am Morgen"


def test_recording_can_be_switched_off_for_synthetic_data(provider):
    before = AuditEntry.objects.count()
    with acting(source=Source.COMMAND, record=False):
        offer = ServiceFactory(organization=provider)
        Service.objects.filter(pk=offer.pk).update(title="Synthetisch")
        offer.delete()
    assert AuditEntry.objects.count() == before
