"""Next dates of offers: recurrence rules, exceptions, school holidays, dated sessions."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from famkoop.directory.models import Schedule, Service
from famkoop.directory.schedules import (
    NEXT_DATES_PREFETCH,
    next_dates,
    next_occurrences,
    parse_byday,
    school_holidays,
)
from famkoop.directory.tests.factories import (
    BERLIN,
    DatedSessionFactory,
    ScheduleExceptionFactory,
    ScheduleFactory,
    SchoolHolidayFactory,
    ServiceAtLocationFactory,
    ServiceFactory,
)
from famkoop.geo.models import State

pytestmark = pytest.mark.django_db

NEW_YEAR = datetime.datetime(2026, 1, 1, tzinfo=BERLIN)


def berlin(year: int, month: int, day: int, hour: int = 9, minute: int = 30) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def start_days(occurrences) -> list[datetime.date]:
    return [occurrence.starts_at.date() for occurrence in occurrences]


def d(month: int, day: int) -> datetime.date:
    return datetime.date(2026, month, day)


# Recurrence rules


def test_weekly_on_tuesday_from_9_30_to_11():
    schedule = ScheduleFactory(byday="TU")

    occurrences = next_occurrences(schedule, after=NEW_YEAR, limit=3)

    assert [o.starts_at for o in occurrences] == [
        berlin(2026, 1, 6),
        berlin(2026, 1, 13),
        berlin(2026, 1, 20),
    ]
    assert [o.ends_at for o in occurrences] == [
        berlin(2026, 1, 6, 11, 0),
        berlin(2026, 1, 13, 11, 0),
        berlin(2026, 1, 20, 11, 0),
    ]


def test_weekly_on_several_days():
    schedule = ScheduleFactory(byday="MO,WE")

    assert start_days(next_occurrences(schedule, NEW_YEAR, 4)) == [
        d(1, 5),
        d(1, 7),
        d(1, 12),
        d(1, 14),
    ]


def test_monthly_on_the_second_monday():
    schedule = ScheduleFactory(freq=Schedule.Frequency.MONTHLY, byday="2MO")

    assert start_days(next_occurrences(schedule, NEW_YEAR, 3)) == [d(1, 12), d(2, 9), d(3, 9)]


def test_monthly_on_the_last_friday():
    schedule = ScheduleFactory(freq=Schedule.Frequency.MONTHLY, byday="-1FR")

    assert start_days(next_occurrences(schedule, NEW_YEAR, 3)) == [d(1, 30), d(2, 27), d(3, 27)]


def test_monthly_without_weekday_repeats_the_day_of_the_month():
    schedule = ScheduleFactory(
        freq=Schedule.Frequency.MONTHLY, byday="", valid_from=datetime.date(2026, 1, 15)
    )

    assert start_days(next_occurrences(schedule, NEW_YEAR, 3)) == [d(1, 15), d(2, 15), d(3, 15)]


def test_every_second_week_counts_from_valid_from():
    schedule = ScheduleFactory(byday="TU", interval=2, valid_from=datetime.date(2026, 1, 5))

    assert start_days(next_occurrences(schedule, NEW_YEAR, 3)) == [d(1, 6), d(1, 20), d(2, 3)]


def test_daily():
    schedule = ScheduleFactory(freq=Schedule.Frequency.DAILY, byday="", count=3)

    assert start_days(next_occurrences(schedule, NEW_YEAR, 10)) == [d(1, 1), d(1, 2), d(1, 3)]


def test_nothing_before_valid_from():
    schedule = ScheduleFactory(byday="TU", valid_from=datetime.date(2026, 3, 1))

    assert start_days(next_occurrences(schedule, NEW_YEAR, 1)) == [d(3, 3)]


def test_count_limits_the_number_of_dates():
    schedule = ScheduleFactory(byday="TU", count=3)

    assert start_days(next_occurrences(schedule, NEW_YEAR, 10)) == [d(1, 6), d(1, 13), d(1, 20)]


def test_count_is_counted_from_valid_from_not_from_after():
    schedule = ScheduleFactory(byday="TU", count=3)

    after = berlin(2026, 1, 14, 0, 0)
    assert start_days(next_occurrences(schedule, after, 10)) == [d(1, 20)]


def test_until_includes_its_own_day():
    schedule = ScheduleFactory(byday="TU", until=datetime.date(2026, 1, 20))

    assert start_days(next_occurrences(schedule, NEW_YEAR, 10)) == [d(1, 6), d(1, 13), d(1, 20)]


def test_valid_to_is_a_hard_end():
    schedule = ScheduleFactory(byday="TU", valid_to=datetime.date(2026, 1, 19))

    assert start_days(next_occurrences(schedule, NEW_YEAR, 10)) == [d(1, 6), d(1, 13)]


def test_a_date_starting_exactly_at_after_is_included():
    schedule = ScheduleFactory(byday="TU")

    assert start_days(next_occurrences(schedule, berlin(2026, 1, 6), 1)) == [d(1, 6)]


def test_after_in_utc_is_understood_in_local_time():
    schedule = ScheduleFactory(byday="TU")
    # 08:31 UTC on 6 January is 09:31 in Berlin: that morning's group has begun.
    after = datetime.datetime(2026, 1, 6, 8, 31, tzinfo=datetime.UTC)

    assert start_days(next_occurrences(schedule, after, 1)) == [d(1, 13)]


def test_naive_after_is_refused():
    schedule = ScheduleFactory(byday="TU")

    with pytest.raises(ValueError, match="naive"):
        next_occurrences(schedule, datetime.datetime(2026, 1, 1), 1)


def test_limit_zero_gives_nothing():
    assert next_occurrences(ScheduleFactory(), NEW_YEAR, 0) == []


@pytest.mark.parametrize(
    ("byday", "expected"),
    [("MO,WE", "[MO, WE]"), ("2MO", "[MO(+2)]"), ("-1FR", "[FR(-1)]"), ("+1SU", "[SU(+1)]")],
)
def test_parse_byday(byday, expected):
    assert str(parse_byday(byday)) == expected


def test_parse_byday_refuses_nonsense():
    with pytest.raises(ValueError, match="BYDAY"):
        parse_byday("MO,XX")


# Daylight saving time


def test_spring_dst_change_keeps_9_30_local_time():
    schedule = ScheduleFactory(byday="TU", valid_from=datetime.date(2026, 3, 17))

    before, after = next_occurrences(schedule, berlin(2026, 3, 20), 2)

    assert (before.starts_at.date(), after.starts_at.date()) == (d(3, 24), d(3, 31))
    assert before.starts_at.time() == after.starts_at.time() == datetime.time(9, 30)
    assert before.starts_at.utcoffset() == datetime.timedelta(hours=1)
    assert after.starts_at.utcoffset() == datetime.timedelta(hours=2)
    assert after.starts_at.astimezone(datetime.UTC).time() == datetime.time(7, 30)


def test_autumn_dst_change_keeps_9_30_local_time():
    schedule = ScheduleFactory(byday="TU", valid_from=datetime.date(2026, 10, 1))

    before, after = next_occurrences(schedule, berlin(2026, 10, 20), 2)

    assert before.starts_at.astimezone(datetime.UTC).time() == datetime.time(7, 30)
    assert after.starts_at.astimezone(datetime.UTC).time() == datetime.time(8, 30)
    assert after.starts_at.time() == datetime.time(9, 30)


# Exceptions and school holidays


def test_exception_dates_are_skipped():
    schedule = ScheduleFactory(byday="TU")
    ScheduleExceptionFactory(schedule=schedule, date=d(1, 13))

    assert start_days(next_occurrences(schedule, NEW_YEAR, 3)) == [d(1, 6), d(1, 20), d(1, 27)]


@pytest.fixture
def easter_holidays_nrw():
    return SchoolHolidayFactory(name="Osterferien", start=d(3, 30), end=d(4, 11))


def schedule_at_location(municipality_key: str, **kwargs) -> Schedule:
    at_location = ServiceAtLocationFactory(location__municipality_key=municipality_key)
    return ScheduleFactory(
        service=at_location.service,
        service_at_location=at_location,
        byday="TU",
        valid_from=datetime.date(2026, 3, 17),
        **kwargs,
    )


def test_school_holidays_of_the_sites_state_are_skipped(easter_holidays_nrw):
    schedule = schedule_at_location("05315000", skip_school_holidays=True)

    assert start_days(next_occurrences(schedule, NEW_YEAR, 3)) == [d(3, 17), d(3, 24), d(4, 14)]


def test_school_holidays_are_kept_unless_the_schedule_skips_them(easter_holidays_nrw):
    schedule = schedule_at_location("05315000", skip_school_holidays=False)

    assert start_days(next_occurrences(schedule, NEW_YEAR, 3)) == [d(3, 17), d(3, 24), d(3, 31)]


def test_school_holidays_of_another_state_do_not_apply(easter_holidays_nrw):
    bavaria, _ = State.objects.get_or_create(
        key="09", defaults={"name": "Bayern", "abbreviation": "BY"}
    )
    SchoolHolidayFactory(state=bavaria, name="Pfingstferien", start=d(3, 16), end=d(3, 20))
    schedule = schedule_at_location("09162000", skip_school_holidays=True)

    assert start_days(next_occurrences(schedule, NEW_YEAR, 3)) == [d(3, 24), d(3, 31), d(4, 7)]


def test_no_holidays_are_skipped_when_the_state_is_unknown(easter_holidays_nrw):
    schedule = schedule_at_location("", skip_school_holidays=True)

    assert start_days(next_occurrences(schedule, NEW_YEAR, 3)) == [d(3, 17), d(3, 24), d(3, 31)]


def test_holidays_passed_in_are_used_without_a_query(django_assert_num_queries):
    schedule = ScheduleFactory(byday="TU", valid_from=d(3, 17), skip_school_holidays=True)
    schedule = (
        Schedule.objects.select_related("service")
        .prefetch_related("exceptions", "service__at_locations")
        .get(pk=schedule.pk)
    )

    with django_assert_num_queries(0):
        occurrences = next_occurrences(schedule, NEW_YEAR, 2, holidays=[(d(3, 17), d(3, 24))])

    assert start_days(occurrences) == [d(3, 31), d(4, 7)]


# Where the dates take place


def test_dates_take_place_at_the_schedules_site():
    schedule = schedule_at_location("05315000")

    occurrence = next_occurrences(schedule, NEW_YEAR, 1)[0]

    assert occurrence.location == schedule.service_at_location.location


def test_schedule_without_site_takes_place_at_the_offers_only_site():
    at_location = ServiceAtLocationFactory()
    schedule = ScheduleFactory(service=at_location.service, description="Bitte Socken mitbringen")

    occurrence = next_occurrences(schedule, NEW_YEAR, 1)[0]

    assert occurrence.location == at_location.location
    assert occurrence.note == "Bitte Socken mitbringen"


def test_schedule_without_site_of_an_offer_at_several_sites_has_no_location():
    at_location = ServiceAtLocationFactory()
    ServiceAtLocationFactory(service=at_location.service)
    schedule = ScheduleFactory(service=at_location.service)

    assert next_occurrences(schedule, NEW_YEAR, 1)[0].location is None


# All dates of an offer


def test_next_dates_merges_schedules_and_dated_sessions_in_order():
    service = ServiceFactory()
    ScheduleFactory(service=service, byday="TU")
    ScheduleFactory(
        service=service,
        freq=Schedule.Frequency.MONTHLY,
        byday="2MO",
        opens_at=datetime.time(15),
        closes_at=datetime.time(17),
    )
    DatedSessionFactory(
        service=service, starts_at=berlin(2026, 1, 7, 18, 0), note="Infoabend für Eltern"
    )

    occurrences = next_dates(service, after=NEW_YEAR, limit=5)

    assert [o.starts_at for o in occurrences] == [
        berlin(2026, 1, 6),
        berlin(2026, 1, 7, 18, 0),
        berlin(2026, 1, 12, 15, 0),
        berlin(2026, 1, 13),
        berlin(2026, 1, 20),
    ]
    assert occurrences[1].note == "Infoabend für Eltern"
    assert occurrences[1].ends_at == berlin(2026, 1, 7, 20, 0)


def test_next_dates_of_a_course_with_dated_sessions_only():
    service = ServiceFactory(format=Service.Format.COURSE)
    for day in (4, 11, 18):
        DatedSessionFactory(service=service, starts_at=berlin(2026, 2, day, 18, 0))

    assert start_days(next_dates(service, after=NEW_YEAR)) == [d(2, 4), d(2, 11), d(2, 18)]


def test_next_dates_leaves_out_cancelled_and_past_sessions():
    service = ServiceFactory()
    DatedSessionFactory(service=service, starts_at=berlin(2025, 12, 10, 18, 0))
    DatedSessionFactory(service=service, starts_at=berlin(2026, 2, 4, 18, 0), cancelled=True)
    DatedSessionFactory(service=service, starts_at=berlin(2026, 2, 11, 18, 0))

    assert start_days(next_dates(service, after=NEW_YEAR)) == [d(2, 11)]


def test_next_dates_gives_session_times_in_berlin_time():
    service = ServiceFactory()
    DatedSessionFactory(
        service=service, starts_at=datetime.datetime(2026, 7, 1, 16, 0, tzinfo=datetime.UTC)
    )

    starts_at = next_dates(service, after=NEW_YEAR)[0].starts_at

    assert starts_at.time() == datetime.time(18, 0)
    assert starts_at.utcoffset() == datetime.timedelta(hours=2)


def test_next_dates_defaults_to_from_now():
    service = ServiceFactory()
    ScheduleFactory(service=service, byday="TU", valid_from=datetime.date(2020, 1, 1))
    DatedSessionFactory(service=service, starts_at=berlin(2020, 2, 4, 18, 0))

    occurrences = next_dates(service)

    assert len(occurrences) == 5
    assert all(o.starts_at.date() >= datetime.date.today() for o in occurrences)


def test_next_dates_of_an_offer_without_dates_is_empty():
    assert next_dates(ServiceFactory(), after=NEW_YEAR) == []


def test_next_dates_with_prefetch_needs_only_the_holiday_query(
    easter_holidays_nrw, django_assert_num_queries
):
    service = ServiceFactory()
    nrw_site = ServiceAtLocationFactory(service=service, location__municipality_key="05315000")
    online = ServiceAtLocationFactory(service=service, location__municipality_key="")
    for at_location in (nrw_site, online):
        schedule = ScheduleFactory(
            service=service, service_at_location=at_location, skip_school_holidays=True
        )
        ScheduleExceptionFactory(schedule=schedule, date=d(1, 13))
        DatedSessionFactory(service=service, service_at_location=at_location)
    ScheduleFactory(service=service, byday="FR")
    DatedSessionFactory(service=service, starts_at=berlin(2026, 2, 5, 18, 0))
    service = Service.objects.prefetch_related(*NEXT_DATES_PREFETCH).get(pk=service.pk)

    with django_assert_num_queries(1):
        occurrences = next_dates(service, after=berlin(2026, 3, 20), limit=20)

    assert len(occurrences) == 20
    assert d(3, 31) not in {
        o.starts_at.date() for o in occurrences if o.location == nrw_site.location
    }
    assert d(3, 31) in {o.starts_at.date() for o in occurrences if o.location == online.location}


def test_next_dates_without_holiday_skipping_needs_no_query(django_assert_num_queries):
    service = ServiceFactory()
    ServiceAtLocationFactory(service=service)
    ScheduleFactory(service=service)
    DatedSessionFactory(service=service)
    service = Service.objects.prefetch_related(*NEXT_DATES_PREFETCH).get(pk=service.pk)

    with django_assert_num_queries(0):
        assert len(next_dates(service, after=NEW_YEAR)) == 5


def test_list_of_next_dates_needs_the_same_queries_for_one_or_many_offers(easter_holidays_nrw):
    def add_offer():
        service = ServiceFactory()
        at_location = ServiceAtLocationFactory(service=service)
        schedule = ScheduleFactory(
            service=service, service_at_location=at_location, skip_school_holidays=True
        )
        ScheduleExceptionFactory(schedule=schedule)
        DatedSessionFactory(service=service, service_at_location=at_location)

    def queries_for_list() -> int:
        with CaptureQueriesContext(connection) as queries:
            holidays = school_holidays(NEW_YEAR.date())
            for service in Service.objects.prefetch_related(*NEXT_DATES_PREFETCH):
                assert len(next_dates(service, after=NEW_YEAR, holidays_by_state=holidays)) == 5
        return len(queries)

    add_offer()
    one_offer = queries_for_list()
    for _ in range(4):
        add_offer()

    assert queries_for_list() == one_offer
