"""The role × action matrix of the permission policy, every refusal included.

Each row names an action, the object it is asked about and the personas that may do it; every
other persona must be refused. The personas (conftest.py): staff and admin of the provider
Sonnenblume, staff of another provider, caseworker/planner/coordinator/admin of a youth office,
a planner of another youth office, a state-level viewer, an editor, a platform admin, a Django
superuser, an outsider without membership, an inactive account and an anonymous visitor.
"""

import pytest
from django.contrib.auth.models import AnonymousUser

from famkoop.accounts.models import Invitation, Membership, Role
from famkoop.accounts.policy import Action, may, visible
from famkoop.directory.models import Location, Organization, PlanningArea, Service
from famkoop.directory.tests.factories import LocationFactory, ServiceFactory
from famkoop.knowledge.tests.factories import GuideQuestionFactory, NewsItemFactory

pytestmark = pytest.mark.django_db

PERSONAS = [
    "provider_staff",
    "provider_admin",
    "other_provider_staff",
    "caseworker",
    "planner",
    "coordinator",
    "youth_office_admin",
    "other_planner",
    "state_viewer",
    "editor",
    "platform_admin",
    "admin_user",
    "outsider",
    "inactive",
    "anonymous",
]
ADMINS = {"platform_admin", "admin_user"}
PROVIDER_EDITORS = {"provider_staff", "provider_admin"} | ADMINS
YOUTH_OFFICE_MEMBERS = {"caseworker", "planner", "coordinator", "youth_office_admin"}

# (action, object key, personas allowed)
MATRIX = [
    (Action.USE_BACKOFFICE, None, set(PERSONAS) - {"outsider", "inactive", "anonymous"}),
    (Action.USE_ADMIN_SITE, None, ADMINS),
    (Action.USE_PROFESSIONAL_FINDER, None, YOUTH_OFFICE_MEMBERS | ADMINS | {"other_planner"}),
    (Action.ORGANIZATION_VIEW, "provider", {"provider_staff", "provider_admin"} | ADMINS),
    (Action.ORGANIZATION_VIEW, "youth_office", YOUTH_OFFICE_MEMBERS | ADMINS),
    (Action.ORGANIZATION_EDIT, "provider", {"provider_admin"} | ADMINS),
    (Action.ORGANIZATION_EDIT, "youth_office", {"youth_office_admin"} | ADMINS),
    (Action.MEMBERS_MANAGE, "provider", {"provider_admin"} | ADMINS),
    (Action.MEMBERS_MANAGE, "membership", {"provider_admin"} | ADMINS),
    (Action.MEMBERS_MANAGE, "youth_office", {"youth_office_admin"} | ADMINS),
    (Action.OFFER_VIEW, "offer", PROVIDER_EDITORS),
    (Action.OFFER_VIEW, "other_offer", {"other_provider_staff"} | ADMINS),
    (Action.OFFER_CREATE, "provider", PROVIDER_EDITORS),
    (Action.OFFER_CREATE, "other_provider", {"other_provider_staff"} | ADMINS),
    (Action.OFFER_CREATE, "youth_office", ADMINS),
    (Action.OFFER_EDIT, "offer", PROVIDER_EDITORS),
    (Action.OFFER_EDIT, "other_offer", {"other_provider_staff"} | ADMINS),
    (Action.OFFER_PUBLISH, "offer", PROVIDER_EDITORS),
    (Action.OFFER_CONFIRM, "offer", PROVIDER_EDITORS),
    (Action.SITE_LIST, "provider", PROVIDER_EDITORS),
    (Action.SITE_VIEW, "site", PROVIDER_EDITORS),
    (Action.SITE_CREATE, "provider", PROVIDER_EDITORS),
    (Action.SITE_EDIT, "site", PROVIDER_EDITORS),
    (Action.SITE_EDIT, "other_site", {"other_provider_staff"} | ADMINS),
    (Action.AREAS_EDIT, "youth_office", {"planner", "youth_office_admin"} | ADMINS),
    (Action.AREAS_EDIT, "other_youth_office", {"other_planner"} | ADMINS),
    (Action.AREAS_EDIT, "planning_area", {"planner", "youth_office_admin"} | ADMINS),
    (Action.HISTORY_VIEW, "offer", PROVIDER_EDITORS),
    (Action.HISTORY_VIEW, "site", PROVIDER_EDITORS),
    (Action.HISTORY_VIEW, "provider", {"provider_admin"} | ADMINS),
    (Action.HISTORY_VIEW, "membership", {"provider_admin"} | ADMINS),
    (Action.HISTORY_VIEW, "planning_area", {"planner", "youth_office_admin"} | ADMINS),
    (Action.KNOWLEDGE_EDIT, None, {"editor"} | ADMINS),
    (Action.KNOWLEDGE_EDIT, "guide_question", {"editor"} | ADMINS),
    (Action.KNOWLEDGE_EDIT, "news_item", {"editor"} | ADMINS),
    (Action.KNOWLEDGE_PUBLISH, "guide_question", {"editor"} | ADMINS),
    (Action.KNOWLEDGE_PUBLISH, "news_item", {"editor"} | ADMINS),
    (Action.KNOWLEDGE_PUBLISH, None, set()),
    (Action.KNOWLEDGE_EDIT, "offer", set()),
    # An action asked about the wrong kind of object is refused, even for admins.
    (Action.OFFER_EDIT, "provider", set()),
    (Action.SITE_EDIT, "offer", set()),
]


@pytest.fixture
def world(request, provider, other_provider, youth_office, other_youth_office):
    offer = ServiceFactory(organization=provider)
    return {
        "provider": provider,
        "other_provider": other_provider,
        "youth_office": youth_office,
        "other_youth_office": other_youth_office,
        "offer": offer,
        "other_offer": ServiceFactory(organization=other_provider),
        "site": LocationFactory(organization=provider),
        "other_site": LocationFactory(organization=other_provider),
        "planning_area": PlanningArea.objects.create(organization=youth_office, name="Nordstadt"),
        "guide_question": GuideQuestionFactory(),
        "news_item": NewsItemFactory(),
        "membership": Membership.objects.create(
            user=request.getfixturevalue("provider_staff"),
            organization=provider,
            role=Role.COORDINATOR,
        ),
    }


@pytest.fixture
def personas(request, world):
    people = {
        name: request.getfixturevalue(name)
        for name in PERSONAS
        if name not in {"inactive", "anonymous"}
    }
    inactive = request.getfixturevalue("provider_admin").__class__.objects.create_user(
        "ina@sonnenblume.example", "x", is_active=False
    )
    Membership.objects.create(
        user=inactive, organization=world["provider"], role=Role.PROVIDER_STAFF
    )
    people["inactive"] = inactive
    people["anonymous"] = AnonymousUser()
    return people


@pytest.mark.parametrize(("action", "key", "allowed"), MATRIX, ids=lambda v: str(v))
def test_matrix(personas, world, action, key, allowed):
    obj = world[key] if key else None
    answers = {name: may(person, action, obj) for name, person in personas.items()}
    assert {name for name, answer in answers.items() if answer} == allowed


def test_every_action_is_in_the_matrix():
    assert {row[0] for row in MATRIX} == set(Action)


def test_visible_offers_and_sites_are_those_of_the_own_provider(personas, world):
    assert set(visible(personas["provider_staff"], Service)) == {world["offer"]}
    assert set(visible(personas["other_provider_staff"], Service)) == {world["other_offer"]}
    assert set(visible(personas["provider_staff"], Location)) == {world["site"]}
    for name in ("caseworker", "planner", "editor", "outsider", "inactive", "anonymous"):
        assert not visible(personas[name], Service).exists(), name
        assert not visible(personas[name], Location).exists(), name
    assert visible(personas["platform_admin"], Service).count() == 2


def test_visible_organisations_are_the_own(personas, world):
    assert set(visible(personas["provider_staff"], Organization)) == {world["provider"]}
    assert set(visible(personas["caseworker"], Organization)) == {world["youth_office"]}
    assert not visible(personas["outsider"], Organization).exists()


def test_visible_memberships_and_invitations(personas, world):
    staff_memberships = set(visible(personas["provider_staff"], Membership))
    assert all(m.user == personas["provider_staff"] for m in staff_memberships)
    admin_view = set(visible(personas["provider_admin"], Membership))
    assert world["membership"] in admin_view
    assert all(m.organization == world["provider"] for m in admin_view)
    assert not visible(personas["provider_staff"], Invitation).exists()


def test_visible_planning_areas_are_those_of_the_own_youth_office(personas, world):
    assert set(visible(personas["planner"], PlanningArea)) == {world["planning_area"]}
    assert not visible(personas["other_planner"], PlanningArea).exists()
    assert not visible(personas["provider_staff"], PlanningArea).exists()


def test_roles_are_read_once_per_user_object(personas, world, django_assert_num_queries):
    staff = personas["provider_staff"].__class__.objects.get(pk=personas["provider_staff"].pk)
    with django_assert_num_queries(1):
        for action in (Action.OFFER_EDIT, Action.OFFER_PUBLISH, Action.OFFER_CONFIRM):
            may(staff, action, world["offer"])
