"""The demo data: a believable NRW that loads twice without harm, one login per role; and the
synthetic scale data set that removes itself cleanly."""

import math
import os
from datetime import date, timedelta
from io import StringIO
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from famkoop.accounts.models import Membership, Role, User
from famkoop.directory.demo.nrw import demo_user_email
from famkoop.directory.models import (
    DatedSession,
    Location,
    Organization,
    PlanningArea,
    ResponsibilityArea,
    Schedule,
    ScheduleException,
    SchoolHoliday,
    Service,
    ServiceAtLocation,
)
from famkoop.geo.models import District, Municipality, PostalCode

DEMO_PASSWORD = "Demo-Passwort-im-Test"
NRW = "05"

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def demo_output(django_db_setup, django_db_blocker):
    """Load the demo once for the module, in a transaction rolled back after its last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        out = StringIO()
        with mock.patch.dict(os.environ, {"DEMO_PASSWORD": DEMO_PASSWORD}):
            call_command("load_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


def demo_offers():
    return Service.objects.filter(external_id__startswith="demo-")


def snapshot() -> dict[str, object]:
    """Counts of every table the demo writes, and the identities of its main rows."""
    models = (
        Organization,
        Location,
        Service,
        ServiceAtLocation,
        Schedule,
        ScheduleException,
        DatedSession,
        ResponsibilityArea,
        PlanningArea,
        SchoolHoliday,
        User,
        Membership,
        Service.taxonomy_terms.through,
        Service.languages.through,
        Service.target_groups.through,
    )
    state: dict[str, object] = {model.__name__: model.objects.count() for model in models}
    for model in (Organization, Location, Service, ServiceAtLocation, Schedule):
        state[f"{model.__name__} uuids"] = set(model.objects.values_list("uuid", flat=True))
    return state


def test_demo_has_about_115_providers_at_about_150_sites():
    providers = Organization.objects.filter(kind=Organization.Kind.PROVIDER)
    sites = Location.objects.filter(
        organization__kind=Organization.Kind.PROVIDER, kind__in=Location.PHYSICAL_KINDS
    )

    assert 105 <= providers.count() <= 125
    assert 135 <= sites.count() <= 165
    assert not providers.annotate(n=Count("locations")).filter(n=0).exists()
    assert Location.objects.filter(kind=Location.Kind.ONLINE, address_1="").exists()
    assert Location.objects.filter(kind=Location.Kind.OUTREACH, address_1="").exists()


def test_physical_sites_have_real_nrw_postcodes_and_fictitious_streets():
    sites = Location.objects.filter(kind__in=Location.PHYSICAL_KINDS)
    postcodes = set(sites.values_list("postal_code", flat=True))
    known = set(
        PostalCode.objects.filter(code__in=postcodes, state_id=NRW).values_list("code", flat=True)
    )
    assert postcodes == known
    assert not sites.filter(address_1="").exists()
    assert not sites.filter(latitude__isnull=True).exists()
    assert set(sites.values_list("municipality_key", flat=True)) <= set(
        Municipality.objects.filter(district__state_id=NRW).values_list("key", flat=True)
    )


def test_demo_organisations_say_they_are_fictitious():
    for organization in Organization.objects.exclude(kind=Organization.Kind.YOUTH_OFFICE):
        assert "fiktiv" in organization.description.lower() or "demo" in organization.name.lower()
    for office in Organization.objects.filter(kind=Organization.Kind.YOUTH_OFFICE):
        assert office.description.startswith("Demo-Eintrag")
    assert not Organization.objects.exclude(email__endswith="@demo.famkoop.invalid").exists()


def test_every_nrw_district_has_a_youth_office_responsible_for_all_its_municipalities():
    districts = District.objects.filter(state_id=NRW)
    offices = Organization.objects.filter(kind=Organization.Kind.YOUTH_OFFICE)

    assert offices.count() == districts.count() > 0
    covered = set()
    for office in offices.prefetch_related("responsibility_areas__municipality"):
        municipalities = {area.municipality for area in office.responsibility_areas.all()}
        assert municipalities, office.name
        (district_key,) = {municipality.district_id for municipality in municipalities}
        assert municipalities == set(Municipality.objects.filter(district_id=district_key))
        covered.add(district_key)
    assert covered == set(districts.values_list("key", flat=True))
    assert offices.filter(name="Jugendamt Stadt Köln").exists()
    assert offices.filter(name="Jugendamt Kreis Borken").exists()


def test_state_youth_offices_and_planning_areas_exist():
    state_offices = Organization.objects.filter(kind=Organization.Kind.STATE_YOUTH_OFFICE)
    assert set(state_offices.values_list("name", flat=True)) == {
        "Landesjugendamt Rheinland (Demo)",
        "Landesjugendamt Westfalen (Demo)",
    }
    areas = PlanningArea.objects.annotate(codes=Count("postal_codes"))
    assert 3 <= areas.values("organization").distinct().count() <= 4
    assert not areas.filter(codes=0).exists()
    assert set(areas.values_list("organization__kind", flat=True)) == {"youth_office"}


def test_demo_has_at_least_1500_offers_each_at_a_site_with_dates():
    offers = demo_offers()

    assert offers.count() >= 1500
    assert not offers.filter(at_locations__isnull=True).exists()
    undated = offers.annotate(
        schedules_count=Count("schedules"), sessions_count=Count("sessions")
    ).filter(schedules_count=0, sessions_count=0)
    assert not undated.exists()
    term_counts = set(offers.annotate(n=Count("taxonomy_terms")).values_list("n", flat=True))
    assert term_counts <= {1, 2, 3}


def test_offers_vary_like_real_ones():
    offers = demo_offers()
    total = offers.count()

    assert set(offers.values_list("format", flat=True)) == set(Service.Format.values)
    pregnancy = offers.filter(target_groups__code="werdende-eltern", age_min_months__isnull=True)
    assert pregnancy.exists()
    assert offers.filter(age_min_months=0, age_max_months=12).exists()
    assert offers.annotate(n=Count("languages")).filter(n=2).count() > total * 0.05
    assert offers.filter(is_free=True).count() > total * 0.4
    assert offers.filter(is_free=False, cost_amount__gte=5, cost_amount__lte=120).exists()
    assert offers.filter(cost_description__icontains="Familienpass").exists()
    assert 0.2 * total <= offers.filter(accepts_referrals=True).count() <= 0.4 * total
    assert offers.filter(status=Service.Status.INACTIVE).exists()
    assert offers.filter(status=Service.Status.TEMPORARILY_CLOSED).exists()
    assert offers.filter(status=Service.Status.ACTIVE).count() > total * 0.85
    assert offers.filter(format=Service.Format.COURSE, capacity__isnull=False).exists()
    today = timezone.localdate()
    assert offers.filter(assured_date__lt=today - timedelta(days=270)).exists()
    assert not offers.filter(assured_date__lt=today - timedelta(days=430)).exists()
    assert ServiceAtLocation.objects.filter(
        location__organization__kind=Organization.Kind.PARTNER
    ).exists()


def test_active_offers_have_dates_ahead():
    today = timezone.localdate()
    for offer in (
        demo_offers().filter(status=Service.Status.ACTIVE).prefetch_related("schedules", "sessions")
    ):
        ahead = any(
            schedule.count is None or _last_weekly_date(schedule) >= today
            for schedule in offer.schedules.all()
        ) or any(session.starts_at.date() >= today for session in offer.sessions.all())
        assert ahead, offer.external_id


def _last_weekly_date(schedule: Schedule) -> date:
    return schedule.valid_from + timedelta(weeks=schedule.count - 1)


def test_schedules_cover_weekly_monthly_courses_exceptions_and_holidays():
    schedules = Schedule.objects.filter(service__in=demo_offers())

    assert schedules.filter(freq=Schedule.Frequency.WEEKLY, count__isnull=True).exists()
    assert schedules.filter(freq=Schedule.Frequency.MONTHLY, byday__regex=r"^-?[1-4]").exists()
    assert schedules.filter(count__gte=6).exists()
    assert schedules.filter(skip_school_holidays=True).exists()
    assert ScheduleException.objects.filter(schedule__in=schedules).exists()
    assert DatedSession.objects.filter(service__in=demo_offers()).exists()
    assert SchoolHoliday.objects.filter(
        state_id=NRW, start=date(2026, 7, 20), end=date(2026, 9, 1)
    ).exists()


def test_confidential_sites_exist_and_host_offers():
    shelters = Location.objects.filter(confidential_address=True)

    assert shelters.count() >= 2
    for shelter in shelters:
        assert shelter.public_address_1 == ""
        assert shelter.service_at_locations.exists()


@pytest.mark.parametrize("role", Role.values)
def test_every_role_has_a_demo_login(client, role):
    email = demo_user_email(role)
    membership = Membership.objects.select_related("organization").get(user__email=email, role=role)

    assert email.endswith("@demo.famkoop.invalid")
    # The password is right: the login goes on to set up the second factor.
    response = client.post(
        reverse("accounts:login"), {"username": email, "password": DEMO_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:enrol")
    expected_kind = {
        Role.ORGANIZATION_ADMIN: Organization.Kind.PROVIDER,
        Role.PROVIDER_STAFF: Organization.Kind.PROVIDER,
        Role.CASEWORKER: Organization.Kind.YOUTH_OFFICE,
        Role.PLANNER: Organization.Kind.YOUTH_OFFICE,
        Role.COORDINATOR: Organization.Kind.YOUTH_OFFICE,
        Role.STATE_VIEWER: Organization.Kind.STATE_YOUTH_OFFICE,
        Role.EDITOR: Organization.Kind.PARTNER,
    }.get(role)
    if expected_kind:
        assert membership.organization.kind == expected_kind


def test_only_the_platform_admin_is_staff():
    staff = User.objects.filter(email__endswith="@demo.famkoop.invalid", is_staff=True)
    assert list(staff.values_list("email", "is_superuser")) == [
        (demo_user_email(Role.PLATFORM_ADMIN), True)
    ]


def test_output_lists_logins_and_the_admin_url(demo_output):
    for role in Role:
        assert demo_user_email(role) in demo_output
    assert DEMO_PASSWORD in demo_output
    assert "http://127.0.0.1:8000/admin/" in demo_output


def test_second_run_changes_nothing():
    before = snapshot()

    out = StringIO()
    with mock.patch.dict(os.environ, {"DEMO_PASSWORD": DEMO_PASSWORD}):
        call_command("load_demo", stdout=out)

    assert snapshot() == before
    # A newcomer who runs `make run` again still sees the logins.
    line = next(line for line in out.getvalue().splitlines() if "caseworker@" in line)
    assert DEMO_PASSWORD in line


def test_second_run_does_not_show_a_changed_password():
    user = User.objects.get(email="caseworker@demo.famkoop.invalid")
    user.set_password("ein-eigenes-Passwort-42")
    user.save()

    out = StringIO()
    with mock.patch.dict(os.environ, {"DEMO_PASSWORD": DEMO_PASSWORD}):
        call_command("load_demo", stdout=out)

    line = next(line for line in out.getvalue().splitlines() if "caseworker@" in line)
    assert "(Passwort wurde geändert)" in line
    assert DEMO_PASSWORD not in line


def test_second_run_keeps_what_users_changed():
    offer = demo_offers().order_by("external_id").first()
    offer.title = "Babymassage – jetzt auch samstags"
    offer.save()
    site = Location.objects.filter(kind=Location.Kind.FAMILY_CENTRE).first()
    site.name = "Familienzentrum Neuer Name"
    site.save()
    removed = demo_offers().order_by("-external_id").first()
    removed_id = removed.external_id
    removed.schedules.all().delete()
    sites = Location.objects.count()

    call_command("load_demo", stdout=StringIO())

    offer.refresh_from_db()
    assert offer.title == "Babymassage – jetzt auch samstags"
    assert Location.objects.count() == sites
    assert not Service.objects.get(external_id=removed_id).schedules.exists()


def test_scale_generates_marked_rows_and_clear_removes_only_them():
    demo_before = snapshot()

    call_command("generate_scale", "--offers", "300", "--sites", "30", stdout=StringIO())

    scale_offers = Service.objects.filter(external_id__startswith="scale-")
    assert scale_offers.count() == 300
    assert Location.objects.filter(organization__slug__startswith="scale-").count() == 30
    assert Organization.objects.filter(slug__startswith="scale-").count() == 30 // 8
    assert not scale_offers.filter(at_locations__isnull=True).exists()
    assert scale_offers.exclude(organization__slug__startswith="scale-").count() == 0

    call_command("generate_scale", "--clear", stdout=StringIO())

    assert not Organization.objects.filter(slug__startswith="scale-").exists()
    assert not Service.objects.filter(external_id__startswith="scale-").exists()
    assert snapshot() == demo_before


def test_second_run_reads_in_bulk(django_assert_max_num_queries):
    # About a dozen reads to plan and compare, one count per line of the summary, and one read
    # per kind of knowledge content (guide questions, glossary, examples, news).
    with django_assert_max_num_queries(40):
        call_command("load_demo", stdout=StringIO())


def test_sites_lie_within_a_kilometre_of_their_postcode_centre():
    centres = dict(
        (code, (lat, lon))
        for code, lat, lon in PostalCode.objects.filter(state_id=NRW).values_list(
            "code", "latitude", "longitude"
        )
    )
    for site in Location.objects.filter(kind__in=Location.PHYSICAL_KINDS):
        lat, lon = centres[site.postal_code]
        # Equirectangular distance: exact enough over a kilometre.
        north_km = (site.latitude - lat) * 111.2
        east_km = (site.longitude - lon) * 111.2 * math.cos(math.radians(lat))
        assert math.hypot(north_km, east_km) < 1.0, site.name


def test_load_demo_explains_missing_geography():
    PostalCode.objects.filter(state_id=NRW).delete()

    with pytest.raises(CommandError, match="Postleitzahlen"):
        call_command("load_demo", stdout=StringIO())
