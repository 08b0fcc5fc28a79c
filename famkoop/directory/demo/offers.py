"""Planning fictitious offers in memory: title, texts, ages, languages, cost, topics, dates.

Both generators plan offers first and write them afterwards (`writer.write_offers`), so that
the plan depends only on the random seed, the reference data and the day it is made, never on
what the database holds.
"""

import random
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from famkoop.directory.models import Language, Service, TargetGroup, Taxonomy, TaxonomyTerm
from famkoop.directory.reference_data import FAMKOOP_TAXONOMY_SLUG

from .catalogue import (
    DISABLED_CHILDREN,
    MIGRANTS,
    SPECIAL_STRESS,
    TOPICS,
    Format,
    Topic,
    children_phrase,
    in_dative,
)
from .dates import Dates, plan_dates

DEMO_NOTE = "Dies ist ein fiktives Demo-Angebot: Anbieter, Ort und Termine sind erfunden."

# Second languages of bilingual offers, weighted roughly by how often NRW providers offer them.
_SECOND_LANGUAGE_WEIGHTS = {
    "tr": 25,
    "ar": 20,
    "uk": 15,
    "ru": 12,
    "en": 10,
    "pl": 6,
    "fa": 5,
    "ku": 3,
    "ro": 3,
    "bg": 2,
    "prs": 2,
    "it": 1,
    "el": 1,
    "es": 1,
    "fr": 1,
}
_PAID_COST_NOTES = (
    "Ermäßigung mit Familienpass möglich",
    "Geschwisterermäßigung 50 %",
    "inklusive Material",
    "Die Kosten können bei Bedarf übernommen werden – sprechen Sie uns an.",
    "Ermäßigung für Familien mit Bildungs- und Teilhabe-Berechtigung",
    "",
    "",
)
_FREE_COST_NOTES = (
    "kostenfrei, gefördert vom Land NRW",
    "Die Teilnahme ist kostenfrei.",
    "",
    "",
)


@dataclass
class OfferPlan:
    """An offer to be written; organisation and sites are keys the writer resolves to ids."""

    external_id: str
    organization: Hashable
    locations: list[Hashable]
    fields: dict[str, Any]
    term_ids: list[int]
    language_codes: list[str]
    target_group_codes: list[str]
    dates: Dates


@dataclass
class ResolvedTopic:
    topic: Topic
    term_ids: list[int]


@dataclass
class Reference:
    """The reference rows offers may point at, read once from the database."""

    topics: list[ResolvedTopic]
    languages: dict[str, str]  # code → German name
    target_groups: set[str]
    term_ids_by_code: dict[str, int]

    def term_ids(self, codes: Sequence[str]) -> list[int]:
        return [self.term_ids_by_code[code] for code in codes if code in self.term_ids_by_code]


class MissingReferenceData(Exception):
    """The topic taxonomy or the geography is missing: the data migrations have not run."""


def read_reference() -> Reference:
    """Resolve the topic catalogue against the taxonomy, languages and target groups loaded."""
    taxonomy = Taxonomy.objects.filter(slug=FAMKOOP_TAXONOMY_SLUG).first()
    if taxonomy is None:
        raise MissingReferenceData(
            f"Die Themen-Taxonomie „{FAMKOOP_TAXONOMY_SLUG}“ fehlt. Bitte zuerst "
            "`manage.py migrate` ausführen (die Migration lädt die Referenzdaten)."
        )
    terms = list(
        TaxonomyTerm.objects.filter(taxonomy=taxonomy).order_by("parent_id", "order", "code")
    )
    term_ids = {term.code: term.pk for term in terms}
    topics = [
        ResolvedTopic(topic, ids)
        for topic in TOPICS
        if (ids := [term_ids[code] for code in topic.terms if code in term_ids])
    ]
    covered = {code for topic in TOPICS for code in topic.terms}
    # Topics (second level) no catalogue entry knows still get plain offers of their own.
    for term in terms:
        if term.parent_id and term.code not in covered:
            topics.extend(ResolvedTopic(topic, [term.pk]) for topic in generic_topics(term))
    if not topics:
        raise MissingReferenceData(f"Die Taxonomie „{FAMKOOP_TAXONOMY_SLUG}“ enthält keine Themen.")
    return Reference(
        topics=topics,
        languages=dict(Language.objects.values_list("code", "name")),
        target_groups=set(TargetGroup.objects.values_list("code", flat=True)),
        term_ids_by_code=term_ids,
    )


def generic_topics(term: TaxonomyTerm) -> list[Topic]:
    """Plain offers for a term the catalogue does not know: a course and an evening talk."""
    description = term.description or f"Ein Angebot zum Thema {term.name}."
    return [
        Topic(
            terms=(term.code,),
            format=Format.COURSE,
            titles=(f"{term.name} – Kurs für Eltern", f"Kurs: {term.name}"),
            summary=description,
            description=f"{description} Im Kurs verbinden wir kurze Impulse mit viel Zeit für "
            "Austausch und Fragen.",
            slot="evening",
            sessions=4,
            weight=1,
        ),
        Topic(
            terms=(term.code,),
            format=Format.EVENT,
            titles=(f"Elternabend: {term.name}", f"Infoabend {term.name}"),
            summary=description,
            description=f"{description} Eine Fachkraft gibt einen Überblick und beantwortet "
            "Ihre Fragen.",
            slot="evening",
            free_share=0.6,
            cost=(5, 10),
            online_share=0.3,
            weight=1,
        ),
    ]


def choose_format(rng: random.Random, topic: Topic, can_go_online: bool) -> str:
    if can_go_online and topic.online_share and rng.random() < topic.online_share:
        return Format.ONLINE
    return topic.format


def plan_offer(
    rng: random.Random,
    today: date,
    resolved: ResolvedTopic,
    reference: Reference,
    *,
    offer_format: str,
    external_id: str,
    organization: Hashable,
    locations: Sequence[Hashable],
    contact_email: str = "",
) -> OfferPlan:
    """One offer of the given topic and format, with schedules or dated sessions."""
    topic = resolved.topic
    age_min, age_max = rng.choice(topic.ages)
    children = children_phrase(age_min, age_max)
    phrases = {"kinder": children, "kindern": in_dative(children)}
    title = rng.choice(topic.titles).format(**phrases)
    summary = topic.summary.format(**phrases)

    language_codes, language_note = _languages(rng, topic, reference)
    if len(language_codes) > 1:
        title = f"{title} – {language_note}"
    if offer_format == Format.ONLINE:
        title = f"{title} (online)"

    is_free = rng.random() < topic.free_share
    cost_amount = None if is_free else _price(rng, topic)
    accepts_referrals = rng.random() < (0.7 if topic.referrals else 0.15)
    target_groups = [code for code in topic.target_groups if code in reference.target_groups]
    if (
        accepts_referrals
        and is_free
        and SPECIAL_STRESS not in target_groups
        and SPECIAL_STRESS in reference.target_groups
        and rng.random() < 0.4
    ):
        target_groups.append(SPECIAL_STRESS)
    if (
        len(language_codes) > 1
        and MIGRANTS in reference.target_groups
        and MIGRANTS not in target_groups
        and rng.random() < 0.5
    ):
        target_groups.append(MIGRANTS)

    registration_required = rng.random() < {
        Format.COURSE: 1.0,
        Format.EVENT: 0.8,
        Format.OPEN_GROUP: 0.1,
        Format.COUNSELLING: 0.3,
        Format.HOME_VISIT: 1.0,
        Format.ONLINE: 1.0,
    }.get(offer_format, 0.5)
    capacity = _capacity(rng, offer_format)
    childcare = offer_format != Format.ONLINE and rng.random() < (0.8 if topic.childcare else 0.05)

    fields: dict[str, Any] = {
        "title": title[:200],
        "summary": summary[:300],
        "description": _description(
            rng, topic, offer_format, language_note if len(language_codes) > 1 else "", childcare
        ),
        "format": offer_format,
        "age_min_months": age_min,
        "age_max_months": age_max,
        "is_free": is_free,
        "cost_amount": cost_amount,
        "cost_description": _cost_note(rng, topic, offer_format, is_free, accepts_referrals),
        "registration_required": registration_required,
        "registration_details": _registration_details(rng, registration_required, contact_email),
        "childcare_offered": childcare,
        "capacity": capacity,
        "email": contact_email,
        "status": rng.choices(
            [
                Service.Status.ACTIVE,
                Service.Status.INACTIVE,
                Service.Status.TEMPORARILY_CLOSED,
            ],
            weights=[93, 4, 3],
        )[0],
        "accepts_referrals": accepts_referrals,
        "assured_date": today - timedelta(days=_days_since_confirmed(rng)),
        "external_id": external_id,
    }
    dates = plan_dates(rng, today, topic, offer_format, len(locations))
    if dates.weekend_course:
        fields["title"] = f"{title} (Kompaktkurs am Wochenende)"[:200]
    return OfferPlan(
        external_id=external_id,
        organization=organization,
        locations=list(locations),
        fields=fields,
        term_ids=list(resolved.term_ids[:3]),
        language_codes=language_codes,
        target_group_codes=target_groups,
        dates=dates,
    )


def _languages(rng: random.Random, topic: Topic, reference: Reference) -> tuple[list[str], str]:
    if "de" not in reference.languages:
        return [], ""
    codes = ["de"]
    bilingual_share = 0.6 if MIGRANTS in topic.target_groups else 0.12
    if rng.random() < bilingual_share:
        candidates = [code for code in _SECOND_LANGUAGE_WEIGHTS if code in reference.languages]
        if candidates:
            second = rng.choices(
                candidates, weights=[_SECOND_LANGUAGE_WEIGHTS[c] for c in candidates]
            )[0]
            codes.append(second)
            return codes, f"auf Deutsch und {reference.languages[second]}"
    if (
        DISABLED_CHILDREN in topic.target_groups
        and "gsg" in reference.languages
        and rng.random() < 0.3
    ):
        codes.append("gsg")
        return codes, "mit Gebärdensprachdolmetschung"
    return codes, ""


def _price(rng: random.Random, topic: Topic) -> Decimal:
    low, high = topic.cost
    amount = rng.randint(low, high)
    if amount > 20:
        amount = max(low, 5 * round(amount / 5))
    return Decimal(amount)


def _capacity(rng: random.Random, offer_format: str) -> int | None:
    if offer_format == Format.COURSE:
        return rng.choice((6, 8, 8, 10, 10, 12, 12, 14, 16))
    if offer_format == Format.EVENT:
        return rng.choice((15, 20, 25, 30, 40, 60))
    if offer_format == Format.ONLINE:
        return rng.choice((20, 30, 50, 100))
    if offer_format == Format.OPEN_GROUP and rng.random() < 0.6:
        return rng.choice((10, 12, 15, 20, 25))
    return None


def _cost_note(
    rng: random.Random, topic: Topic, offer_format: str, is_free: bool, referrals: bool
) -> str:
    if is_free:
        if referrals and rng.random() < 0.5:
            return "kostenfrei für Familien in besonderen Belastungssituationen (Landesförderung)"
        return rng.choice(_FREE_COST_NOTES)
    note = rng.choice(_PAID_COST_NOTES)
    unit = {
        Format.COURSE: "pro Kurs",
        Format.OPEN_GROUP: "pro Treffen",
        Format.EVENT: "pro Person",
        Format.ONLINE: "pro Teilnahme",
    }.get(offer_format, "")
    return ", ".join(part for part in (unit, note) if part)


def _registration_details(rng: random.Random, required: bool, email: str) -> str:
    if not required:
        return "Keine Anmeldung nötig – kommen Sie einfach vorbei."
    contact = f"per E-Mail an {email}" if email else "per E-Mail"
    return rng.choice(
        (
            f"Bitte melden Sie sich {contact} an.",
            f"Anmeldung {contact}; die Plätze werden in der Reihenfolge der Anmeldungen vergeben.",
            f"Bitte melden Sie sich bis eine Woche vor Beginn {contact} an.",
        )
    )


def _description(
    rng: random.Random, topic: Topic, offer_format: str, language_note: str, childcare: bool
) -> str:
    paragraphs = [topic.description]
    if offer_format == Format.ONLINE:
        paragraphs.append(
            "Das Angebot findet online statt. Den Zugangslink erhalten Sie nach der Anmeldung; "
            "Sie brauchen nur ein Smartphone, Tablet oder einen Computer mit Internetzugang."
        )
    elif offer_format == Format.OPEN_GROUP:
        paragraphs.append(
            rng.choice(
                (
                    "Sie können jederzeit dazukommen, auch wenn Sie einmal keine Zeit haben.",
                    "Neue Familien sind jederzeit willkommen.",
                )
            )
        )
    elif offer_format == Format.HOME_VISIT:
        paragraphs.append("Wir kommen zu Ihnen nach Hause; Zeitpunkt und Dauer stimmen wir ab.")
    if language_note:
        paragraphs.append(f"Das Angebot findet {language_note} statt.")
    if childcare:
        paragraphs.append("Während des Angebots werden die Kinder auf Wunsch betreut.")
    paragraphs.append(DEMO_NOTE)
    return "\n\n".join(paragraphs)


def _days_since_confirmed(rng: random.Random) -> int:
    """Most offers were confirmed recently; some are older than 6 and 9 months."""
    bucket = rng.random()
    if bucket < 0.55:
        return rng.randint(0, 180)
    if bucket < 0.8:
        return rng.randint(181, 270)
    return rng.randint(271, 425)
