"""Who may do what: the one place where permissions are decided.

Two questions, answered only here:

- `may(user, action, obj)`: may this user do this action (on this object)?
- `visible(user, Model)`: which objects of this kind may this user see in the back office
  (a queryset)? Views look objects up through it, so another organisation's offer is a 404,
  not a hint that it exists.

Views never test roles themselves. They are wrapped in `@require(action)` (actions without an
object) or `@staff_view` and call `authorize(request, action, obj)` once they hold the object.
An action without a rule is refused for everyone, so a forgotten rule fails closed. Anonymous
and inactive users may nothing; signed-in users count only after the second factor (see
`famkoop.accounts.login`), which `staff_view` checks again.

A user's memberships are read once per request (one query) and kept on the user object.
Later capabilities (referrals, cooperation, knowledge) add their actions and rules here.
"""

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import wraps
from typing import Any

from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Model, Q, QuerySet
from django.http import HttpRequest, HttpResponse

from famkoop.directory.models import (
    DatedSession,
    Location,
    Organization,
    PlanningArea,
    ResponsibilityArea,
    Schedule,
    ScheduleException,
    Service,
    ServiceAtLocation,
    ServiceTranslation,
)
from famkoop.knowledge.models import GlossaryTerm, GuideQuestion, NewsItem, PracticeExample

from .models import Invitation, Membership, Role


class Action(StrEnum):
    USE_BACKOFFICE = "backoffice.use"
    USE_ADMIN_SITE = "admin.use"
    USE_PROFESSIONAL_FINDER = "finder.professional"
    ORGANIZATION_VIEW = "organization.view"
    ORGANIZATION_EDIT = "organization.edit"
    MEMBERS_MANAGE = "members.manage"
    OFFER_VIEW = "offer.view"
    OFFER_CREATE = "offer.create"
    OFFER_EDIT = "offer.edit"
    OFFER_PUBLISH = "offer.publish"
    OFFER_CONFIRM = "offer.confirm"
    SITE_LIST = "site.list"
    SITE_VIEW = "site.view"
    SITE_CREATE = "site.create"
    SITE_EDIT = "site.edit"
    AREAS_EDIT = "areas.edit"
    HISTORY_VIEW = "history.view"
    KNOWLEDGE_EDIT = "knowledge.edit"
    KNOWLEDGE_PUBLISH = "knowledge.publish"


# Roles of youth office staff who look for offers to refer families to.
YOUTH_OFFICE_FINDER_ROLES = frozenset(
    {Role.ORGANIZATION_ADMIN, Role.CASEWORKER, Role.PLANNER, Role.COORDINATOR}
)
# Roles that keep a provider's offers and sites.
PROVIDER_EDITOR_ROLES = frozenset({Role.ORGANIZATION_ADMIN, Role.PROVIDER_STAFF})
# Roles that keep a youth office's responsibility area and planning areas.
AREA_EDITOR_ROLES = frozenset({Role.ORGANIZATION_ADMIN, Role.PLANNER})
# Roles that may be given within each kind of organisation (platform admins are set by
# platform admins only, in the admin site).
ROLES_BY_KIND: dict[str, tuple[Role, ...]] = {
    Organization.Kind.PROVIDER: (Role.ORGANIZATION_ADMIN, Role.PROVIDER_STAFF, Role.COORDINATOR),
    Organization.Kind.YOUTH_OFFICE: (
        Role.ORGANIZATION_ADMIN,
        Role.CASEWORKER,
        Role.PLANNER,
        Role.COORDINATOR,
    ),
    Organization.Kind.STATE_YOUTH_OFFICE: (
        Role.ORGANIZATION_ADMIN,
        Role.STATE_VIEWER,
        Role.EDITOR,
    ),
    Organization.Kind.PARTNER: (Role.ORGANIZATION_ADMIN, Role.COORDINATOR),
}


@dataclass(frozen=True, slots=True)
class Held:
    """One role a user holds in one organisation."""

    organization_id: int
    kind: str
    role: str


def roles_of(user) -> tuple[Held, ...]:
    """The user's roles, read once and kept on the user object for the request."""
    cached = getattr(user, "_famkoop_roles", None)
    if cached is None:
        cached = tuple(
            Held(organization_id, kind, role)
            for organization_id, kind, role in Membership.objects.filter(
                user=user, organization__isnull=False
            ).values_list("organization_id", "organization__kind", "role")
        )
        user._famkoop_roles = cached
    return cached


def is_platform_admin(user) -> bool:
    return user.is_superuser or any(held.role == Role.PLATFORM_ADMIN for held in roles_of(user))


def organizations_where(user, roles: frozenset[str], kind: str | None = None) -> set[int]:
    """Ids of the organisations (of `kind`) where the user holds one of `roles`."""
    return {
        held.organization_id
        for held in roles_of(user)
        if held.role in roles and (kind is None or held.kind == kind)
    }


def _holds(user, organization_id: int | None, roles: frozenset[str], kind: str | None) -> bool:
    return organization_id is not None and any(
        held.organization_id == organization_id
        and held.role in roles
        and (kind is None or held.kind == kind)
        for held in roles_of(user)
    )


ALL_ROLES = frozenset(Role.values)


def owner_id(obj: Any) -> int | None:
    """The id of the organisation an object belongs to, for the objects the policy knows."""
    if isinstance(obj, Organization):
        return obj.pk
    if isinstance(obj, (Service, Location, Membership, Invitation)):
        return obj.organization_id
    if isinstance(obj, (ResponsibilityArea, PlanningArea)):
        return obj.organization_id
    if isinstance(obj, (Schedule, DatedSession, ServiceTranslation, ServiceAtLocation)):
        return obj.service.organization_id
    if isinstance(obj, ScheduleException):
        return obj.schedule.service.organization_id
    return None


def _provider_editor(user, obj: Any) -> bool:
    return _holds(user, owner_id(obj), PROVIDER_EDITOR_ROLES, Organization.Kind.PROVIDER)


def _member(user, obj: Any) -> bool:
    return _holds(user, owner_id(obj), ALL_ROLES, None)


def _organization_admin(user, obj: Any) -> bool:
    return _holds(user, owner_id(obj), frozenset({Role.ORGANIZATION_ADMIN}), None)


def _area_editor(user, obj: Any) -> bool:
    return _holds(user, owner_id(obj), AREA_EDITOR_ROLES, Organization.Kind.YOUTH_OFFICE)


def _history(user, obj: Any) -> bool:
    """The history of an object is for those who keep it."""
    if isinstance(obj, Organization):
        return _organization_admin(user, obj)
    if isinstance(obj, (Membership, Invitation)):
        return _organization_admin(user, obj)
    if isinstance(obj, (ResponsibilityArea, PlanningArea)):
        return _area_editor(user, obj)
    return _provider_editor(user, obj)


def _knowledge_editor(user, obj: Any) -> bool:
    return bool(organizations_where(user, frozenset({Role.EDITOR})))


KNOWLEDGE_KINDS = (GuideQuestion, PracticeExample, NewsItem, GlossaryTerm)

RULES: dict[Action, Callable[[Any, Any], bool]] = {
    Action.USE_BACKOFFICE: lambda user, obj: bool(roles_of(user)),
    Action.USE_ADMIN_SITE: lambda user, obj: False,  # platform admins only (see `may`)
    Action.USE_PROFESSIONAL_FINDER: lambda user, obj: bool(
        organizations_where(user, YOUTH_OFFICE_FINDER_ROLES, Organization.Kind.YOUTH_OFFICE)
    ),
    Action.ORGANIZATION_VIEW: _member,
    Action.ORGANIZATION_EDIT: _organization_admin,
    Action.MEMBERS_MANAGE: _organization_admin,
    Action.OFFER_VIEW: _provider_editor,
    Action.OFFER_CREATE: _provider_editor,
    Action.OFFER_EDIT: _provider_editor,
    Action.OFFER_PUBLISH: _provider_editor,
    Action.OFFER_CONFIRM: _provider_editor,
    Action.SITE_LIST: _provider_editor,
    Action.SITE_VIEW: _provider_editor,
    Action.SITE_CREATE: _provider_editor,
    Action.SITE_EDIT: _provider_editor,
    Action.AREAS_EDIT: _area_editor,
    Action.HISTORY_VIEW: _history,
    # The practice guide, examples, news and glossary are the editors' (of any organisation).
    Action.KNOWLEDGE_EDIT: _knowledge_editor,
    Action.KNOWLEDGE_PUBLISH: _knowledge_editor,
}

# Actions on an object of a kind the rule does not expect are refused (e.g. OFFER_EDIT of an
# organisation): each action names the kinds of object it applies to.
OBJECT_KINDS: dict[Action, tuple[type, ...]] = {
    Action.ORGANIZATION_VIEW: (Organization,),
    Action.ORGANIZATION_EDIT: (Organization,),
    Action.MEMBERS_MANAGE: (Organization, Membership, Invitation),
    Action.OFFER_VIEW: (Service,),
    Action.OFFER_CREATE: (Organization,),
    Action.OFFER_EDIT: (
        Service,
        Schedule,
        ScheduleException,
        DatedSession,
        ServiceTranslation,
        ServiceAtLocation,
    ),
    Action.OFFER_PUBLISH: (Service,),
    Action.OFFER_CONFIRM: (Service,),
    Action.SITE_LIST: (Organization,),
    Action.SITE_VIEW: (Location,),
    Action.SITE_CREATE: (Organization,),
    Action.SITE_EDIT: (Location,),
    Action.AREAS_EDIT: (Organization, ResponsibilityArea, PlanningArea),
    Action.HISTORY_VIEW: (
        Organization,
        Location,
        Service,
        Membership,
        ResponsibilityArea,
        PlanningArea,
    ),
    # Editing without an object is writing something new.
    Action.KNOWLEDGE_EDIT: (type(None), *KNOWLEDGE_KINDS),
    Action.KNOWLEDGE_PUBLISH: KNOWLEDGE_KINDS,
}


def may(user, action: Action, obj: object = None) -> bool:
    """Whether `user` may perform `action` (on `obj`). Anonymous and inactive users may not."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    kinds = OBJECT_KINDS.get(action)
    if kinds is not None and not isinstance(obj, kinds):
        return False
    if is_platform_admin(user):
        return action in RULES
    rule = RULES.get(action)
    return bool(rule and rule(user, obj))


def visible(user, model: type[Model]) -> QuerySet:
    """The objects of `model` the user may see in the back office."""
    queryset = model._default_manager.all()
    if user is None or not user.is_authenticated or not user.is_active:
        return queryset.none()
    if is_platform_admin(user):
        return queryset
    if model is Organization:
        return queryset.filter(pk__in=organizations_where(user, ALL_ROLES))
    if model in (Service, Location):
        editable = organizations_where(user, PROVIDER_EDITOR_ROLES, Organization.Kind.PROVIDER)
        return queryset.filter(organization_id__in=editable)
    if model in (Membership, Invitation):
        managed = organizations_where(user, frozenset({Role.ORGANIZATION_ADMIN}))
        if model is Membership:
            return queryset.filter(Q(organization_id__in=managed) | Q(user=user))
        return queryset.filter(organization_id__in=managed)
    if model in (ResponsibilityArea, PlanningArea):
        return queryset.filter(organization_id__in=organizations_where(user, ALL_ROLES))
    if model in KNOWLEDGE_KINDS:
        return queryset if _knowledge_editor(user, None) else queryset.none()
    return queryset.none()


def authorize(request: HttpRequest, action: Action, obj: object = None) -> None:
    """Raise PermissionDenied (a 403 page) unless the request's user may do `action`."""
    if not may(request.user, action, obj):
        raise PermissionDenied


def is_fully_signed_in(request: HttpRequest) -> bool:
    """Signed in with both factors (see `famkoop.accounts.login`)."""
    user = request.user
    if not user.is_authenticated:
        return False
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified and is_verified())


def staff_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """View decorator: only staff signed in with both factors; others go to the login page."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not is_fully_signed_in(request):
            if request.user.is_authenticated:
                # A session without the second factor (it cannot come from our login): end it.
                logout(request)
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapped


def require(action: Action) -> Callable:
    """View decorator for actions without an object: `staff_view`, then `may` or 403."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @staff_view
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            authorize(request, action)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
