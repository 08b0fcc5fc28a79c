"""Which models are recorded, which organisation each row belongs to, and where it shows up.

`organization` and `parent` are lookup paths from the row (`""` is the row itself); the
parent is the object whose history page lists the row's changes too (an offer for its
schedules). `label_related` names the relations `__str__` reads, so that many rows can be
labelled in one query.
"""

import re
from dataclasses import dataclass

from django.db import models


@dataclass(frozen=True)
class Audited:
    organization: str
    parent: str | None = None
    label_related: tuple[str, ...] = ()


# Offer parts show up on the offer's page; an organisation's sites, areas and memberships on
# the organisation's page. An offer is an object of its own: the organisation's page would
# drown in them.
AUDITED: dict[str, Audited] = {
    "directory.Organization": Audited(organization=""),
    "directory.Location": Audited(organization="organization", parent="organization"),
    "directory.Service": Audited(organization="organization"),
    "directory.ServiceAtLocation": Audited(
        organization="service__organization",
        parent="service",
        label_related=("service", "location"),
    ),
    "directory.ServiceTranslation": Audited(organization="service__organization", parent="service"),
    "directory.Schedule": Audited(
        organization="service__organization", parent="service", label_related=("service",)
    ),
    "directory.ScheduleException": Audited(
        organization="schedule__service__organization",
        parent="schedule__service",
        label_related=("schedule__service",),
    ),
    "directory.DatedSession": Audited(
        organization="service__organization", parent="service", label_related=("service",)
    ),
    "directory.ResponsibilityArea": Audited(
        organization="organization",
        parent="organization",
        label_related=("organization", "municipality"),
    ),
    "directory.PlanningArea": Audited(
        organization="organization", parent="organization", label_related=("organization",)
    ),
    "accounts.Membership": Audited(
        organization="organization",
        parent="organization",
        label_related=("user", "organization"),
    ),
}

# Relations that `__str__` of models we only point to reads.
LABEL_RELATED: dict[str, tuple[str, ...]] = {"directory.TaxonomyTerm": ("parent",)}

# Never recorded, whatever model they are on.
SECRET_FIELD = re.compile(r"password|secret|token", re.IGNORECASE)


def audited(model: type[models.Model]) -> Audited | None:
    return AUDITED.get(model._meta.label)


def label_related(model: type[models.Model]) -> tuple[str, ...]:
    spec = AUDITED.get(model._meta.label)
    if spec is not None:
        return spec.label_related
    return LABEL_RELATED.get(model._meta.label, ())


def recorded_fields(model: type[models.Model]) -> list[models.Field]:
    """Concrete fields whose changes are recorded: not the key, not fields no one edits (uuid,
    automatic timestamps) and never anything that looks like a secret."""
    return [
        field
        for field in model._meta.concrete_fields
        if not field.primary_key and field.editable and not SECRET_FIELD.search(field.name)
    ]


def recorded_m2m_fields(model: type[models.Model]) -> list[models.ManyToManyField]:
    """Many-to-many fields with an automatic link table; links with a model of their own
    (an offer's sites) are recorded as rows of that model."""
    return [
        field
        for field in model._meta.many_to_many
        if field.remote_field.through._meta.auto_created and not SECRET_FIELD.search(field.name)
    ]
