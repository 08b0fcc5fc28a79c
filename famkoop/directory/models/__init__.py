"""The directory: organisations, their sites, their offers, schedules and the topic taxonomy.

Names follow Open Referral HSDS 3.0 where HSDS has one (organization, location, service,
service_at_location, schedule, taxonomy, taxonomy_term, assured_date …).
"""

from .areas import PlanningArea, ResponsibilityArea
from .organizations import Location, Organization
from .reference import Language, TargetGroup, Taxonomy, TaxonomyTerm
from .schedules import DatedSession, Schedule, ScheduleException, SchoolHoliday
from .services import TRANSLATION_LANGUAGES, Service, ServiceAtLocation, ServiceTranslation
from .validators import (
    MAX_AGE_MONTHS,
    byday_validator,
    municipality_key_validator,
    postal_code_validator,
)

__all__ = [
    "MAX_AGE_MONTHS",
    "TRANSLATION_LANGUAGES",
    "DatedSession",
    "Language",
    "Location",
    "Organization",
    "PlanningArea",
    "ResponsibilityArea",
    "Schedule",
    "ScheduleException",
    "SchoolHoliday",
    "Service",
    "ServiceAtLocation",
    "ServiceTranslation",
    "TargetGroup",
    "Taxonomy",
    "TaxonomyTerm",
    "byday_validator",
    "municipality_key_validator",
    "postal_code_validator",
]
