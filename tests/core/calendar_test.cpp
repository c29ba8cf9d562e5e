#include <catch2/catch.hpp>

#include <string>

#include "calendar/calendar.h"
#include "errors.h"

using namespace uplift;
using Catch::Matchers::Contains;
namespace bg = boost::gregorian;

namespace {

Date d(int y, int m, int day) {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(day));
}

bool is_monday(Date x) {
    return x.day_of_week().as_number() == 1;
}

std::string show(const Period& p) {
    return to_iso(p.first) + ".." + to_iso(p.last);
}

}  // namespace

TEST_CASE("dates are strict ISO YYYY-MM-DD", "[calendar]") {
    CHECK(try_parse_date("2025-03-09") == d(2025, 3, 9));
    CHECK(try_parse_date("2024-02-29") == d(2024, 2, 29));
    CHECK(try_parse_date("2000-02-29") == d(2000, 2, 29));
    CHECK_FALSE(try_parse_date("2023-02-29"));
    CHECK_FALSE(try_parse_date("1900-02-29"));
    CHECK_FALSE(try_parse_date("2024-04-31"));
    CHECK_FALSE(try_parse_date("2024-13-01"));
    CHECK_FALSE(try_parse_date("2024-00-10"));
    CHECK_FALSE(try_parse_date("2024-01-00"));
    CHECK_FALSE(try_parse_date("2024-1-05"));
    CHECK_FALSE(try_parse_date("2024/01/05"));
    CHECK_FALSE(try_parse_date("05.01.2024"));
    CHECK_FALSE(try_parse_date(" 2024-01-05"));
    CHECK_FALSE(try_parse_date("2024-01-05 "));
    CHECK_FALSE(try_parse_date("2024-01-05T00:00"));
    CHECK_FALSE(try_parse_date("+024-01-05"));
    CHECK_FALSE(try_parse_date(""));
    CHECK(parse_date("2025-12-31") == d(2025, 12, 31));
    CHECK_THROWS_WITH(parse_date("2025-02-30"), Contains("'2025-02-30' is not a date"));
    CHECK_THROWS_AS(parse_date("yesterday"), UserError);
}

TEST_CASE("dates print as ISO and survive the day-number round trip", "[calendar]") {
    CHECK(to_iso(d(2025, 1, 6)) == "2025-01-06");
    CHECK(to_iso(d(1999, 12, 31)) == "1999-12-31");
    CHECK(day_number(d(1970, 1, 1)) == 0);
    CHECK(day_number(d(1970, 1, 2)) == 1);
    CHECK(day_number(d(1969, 12, 31)) == -1);
    CHECK(day_number(d(2025, 1, 6)) == 20094);
    CHECK(from_day_number(20094) == d(2025, 1, 6));
    for (Date x = d(1999, 1, 1); x <= d(2031, 12, 31); x += bg::days(1)) {
        if (from_day_number(day_number(x)) != x || parse_date(to_iso(x)) != x) {
            FAIL("round trip failed for " << to_iso(x));
        }
    }
}

TEST_CASE("a week starts on its Monday", "[calendar]") {
    CHECK(week_monday(d(2025, 1, 6)) == d(2025, 1, 6));    // Monday itself
    CHECK(week_monday(d(2025, 1, 1)) == d(2024, 12, 30));  // Wednesday, across New Year
    CHECK(week_monday(d(2025, 1, 5)) == d(2024, 12, 30));  // Sunday ends the week
    CHECK(week_monday(d(2025, 1, 12)) == d(2025, 1, 6));
    CHECK(week_monday(d(2024, 3, 1)) == d(2024, 2, 26));  // across a leap day
    for (Date x = d(2019, 1, 1); x <= d(2031, 12, 31); x += bg::days(1)) {
        const Date m = week_monday(x);
        if (!is_monday(m) || m > x || (x - m).days() > 6) {
            FAIL("week_monday wrong for " << to_iso(x) << ": " << to_iso(m));
        }
    }
}

TEST_CASE("ISO weeks around New Year, including week 53", "[calendar]") {
    CHECK(iso_week(d(2020, 12, 31)) == IsoWeek{2020, 53});
    CHECK(iso_week(d(2021, 1, 1)) == IsoWeek{2020, 53});
    CHECK(iso_week(d(2021, 1, 3)) == IsoWeek{2020, 53});
    CHECK(iso_week(d(2021, 1, 4)) == IsoWeek{2021, 1});
    CHECK(iso_week(d(2024, 12, 30)) == IsoWeek{2025, 1});
    CHECK(iso_week(d(2025, 1, 1)) == IsoWeek{2025, 1});
    CHECK(iso_week(d(2025, 12, 28)) == IsoWeek{2025, 52});
    CHECK(iso_week(d(2025, 12, 29)) == IsoWeek{2026, 1});
    CHECK(iso_week(d(2026, 12, 31)) == IsoWeek{2026, 53});
    CHECK(iso_week(d(2027, 1, 3)) == IsoWeek{2026, 53});
    CHECK(iso_week(d(2027, 1, 4)) == IsoWeek{2027, 1});
    CHECK(iso_week(d(2008, 12, 29)) == IsoWeek{2009, 1});
    CHECK(iso_week(d(2010, 1, 3)) == IsoWeek{2009, 53});
    CHECK(iso_week(d(2025, 6, 15)) == IsoWeek{2025, 24});

    CHECK(iso_weeks_in_year(2020) == 53);
    CHECK(iso_weeks_in_year(2021) == 52);
    CHECK(iso_weeks_in_year(2025) == 52);
    CHECK(iso_weeks_in_year(2026) == 53);
    CHECK(iso_weeks_in_year(2015) == 53);
    CHECK(iso_weeks_in_year(2009) == 53);
    CHECK(iso_weeks_in_year(2032) == 53);
    CHECK(iso_weeks_in_year(2027) == 52);
}

TEST_CASE("ISO weeks count up without gaps from year to year", "[calendar][property]") {
    IsoWeek prev = iso_week(d(1999, 12, 27));
    for (Date monday = d(2000, 1, 3); monday <= d(2040, 12, 31); monday += bg::weeks(1)) {
        const IsoWeek w = iso_week(monday);
        const bool next_in_year = w.year == prev.year && w.week == prev.week + 1;
        const bool new_year =
            w.year == prev.year + 1 && w.week == 1 && prev.week == iso_weeks_in_year(prev.year);
        if (!next_in_year && !new_year) {
            FAIL("week sequence breaks at " << to_iso(monday));
        }
        // Every day of a week shares its Monday's ISO week.
        if (iso_week(monday + bg::days(6)) != w) {
            FAIL("Sunday after " << to_iso(monday) << " is in another week");
        }
        prev = w;
    }
}

TEST_CASE("periods are inclusive at both ends", "[calendar]") {
    const Period p{d(2025, 1, 1), d(2025, 12, 31)};
    CHECK(p.contains(d(2025, 1, 1)));
    CHECK(p.contains(d(2025, 12, 31)));
    CHECK_FALSE(p.contains(d(2024, 12, 31)));
    CHECK_FALSE(p.contains(d(2026, 1, 1)));
    CHECK(p.end_exclusive() == d(2026, 1, 1));
    CHECK(p.days() == 365);
    CHECK(Period{d(2025, 3, 1), d(2025, 3, 1)}.days() == 1);
    // Touching on one shared day overlaps; adjacent periods do not.
    CHECK(p.overlaps(Period{d(2025, 12, 31), d(2026, 1, 31)}));
    CHECK(Period{d(2025, 12, 31), d(2026, 1, 31)}.overlaps(p));
    CHECK_FALSE(p.overlaps(Period{d(2026, 1, 1), d(2026, 1, 31)}));
    CHECK(p.overlaps(Period{d(2025, 6, 1), d(2025, 6, 2)}));
}

TEST_CASE("months and quarters", "[calendar]") {
    CHECK(month_period(2024, 2) == Period{d(2024, 2, 1), d(2024, 2, 29)});
    CHECK(month_period(2025, 2) == Period{d(2025, 2, 1), d(2025, 2, 28)});
    CHECK(month_period(2025, 12) == Period{d(2025, 12, 1), d(2025, 12, 31)});
    CHECK(quarter_period(2025, 1) == Period{d(2025, 1, 1), d(2025, 3, 31)});
    CHECK(quarter_period(2025, 2) == Period{d(2025, 4, 1), d(2025, 6, 30)});
    CHECK(quarter_period(2025, 4) == Period{d(2025, 10, 1), d(2025, 12, 31)});
}

TEST_CASE("target periods are YYYY-MM or YYYY-Qn", "[calendar]") {
    CHECK(parse_target_period("2025-02") == Period{d(2025, 2, 1), d(2025, 2, 28)});
    CHECK(parse_target_period("2024-02") == Period{d(2024, 2, 1), d(2024, 2, 29)});
    CHECK(parse_target_period("2025-12") == Period{d(2025, 12, 1), d(2025, 12, 31)});
    CHECK(parse_target_period("2025-Q1") == Period{d(2025, 1, 1), d(2025, 3, 31)});
    CHECK(parse_target_period("2025-Q3") == Period{d(2025, 7, 1), d(2025, 9, 30)});
    CHECK(parse_target_period("2025-Q4") == Period{d(2025, 10, 1), d(2025, 12, 31)});
    for (const char* bad :
         {"2025-13", "2025-00", "2025-Q0", "2025-Q5", "2025-q1", "2025-2", "25-01", "2025/01",
          "2025-01-01", "2025-1Q", "2025-M1", "", "Q1-2025", "0000-01", "abcd-01"}) {
        INFO("period '" << bad << "'");
        CHECK_THROWS_WITH(parse_target_period(bad), Contains("YYYY-MM or YYYY-Qn"));
    }
}

TEST_CASE("fiscal year starting in October is named by the year it ends in", "[calendar]") {
    const FiscalCalendar fc(10, FiscalCalendar::Kind::Calendar);
    CHECK(fc.first_month() == 10);
    CHECK(fc.fiscal_year(d(2025, 10, 1)) == 2026);
    CHECK(fc.fiscal_year(d(2025, 9, 30)) == 2025);
    CHECK(fc.fiscal_year(d(2026, 1, 1)) == 2026);
    CHECK(fc.fiscal_year(d(2026, 9, 30)) == 2026);
    CHECK(fc.year_period(2026) == Period{d(2025, 10, 1), d(2026, 9, 30)});
    CHECK(fc.fiscal_period(d(2025, 10, 1)) == 1);
    CHECK(fc.fiscal_period(d(2025, 12, 31)) == 3);
    CHECK(fc.fiscal_period(d(2026, 1, 1)) == 4);
    CHECK(fc.fiscal_period(d(2026, 9, 30)) == 12);
    CHECK(fc.fiscal_quarter(d(2025, 11, 15)) == 1);
    CHECK(fc.fiscal_quarter(d(2026, 1, 15)) == 2);
    CHECK(fc.fiscal_quarter(d(2026, 8, 1)) == 4);
    CHECK(fc.period(2026, 1) == Period{d(2025, 10, 1), d(2025, 10, 31)});
    CHECK(fc.period(2026, 3) == Period{d(2025, 12, 1), d(2025, 12, 31)});
    CHECK(fc.period(2026, 5) == Period{d(2026, 2, 1), d(2026, 2, 28)});
    CHECK(fc.period(2024, 5) == Period{d(2024, 2, 1), d(2024, 2, 29)});
    CHECK(fc.period(2026, 12) == Period{d(2026, 9, 1), d(2026, 9, 30)});
    CHECK_THROWS_AS(fc.period(2026, 0), UserError);
    CHECK_THROWS_AS(fc.period(2026, 13), UserError);
}

TEST_CASE("the default fiscal calendar is the calendar year", "[calendar]") {
    const FiscalCalendar fc;
    CHECK(fc.first_month() == 1);
    CHECK(fc.kind() == FiscalCalendar::Kind::Calendar);
    CHECK(fc.fiscal_year(d(2025, 1, 1)) == 2025);
    CHECK(fc.fiscal_year(d(2025, 12, 31)) == 2025);
    CHECK(fc.fiscal_period(d(2025, 6, 15)) == 6);
    CHECK(fc.fiscal_quarter(d(2025, 6, 15)) == 2);
    CHECK(fc.year_period(2025) == Period{d(2025, 1, 1), d(2025, 12, 31)});
}

TEST_CASE("a fiscal first month must be 1..12", "[calendar]") {
    CHECK_THROWS_WITH(FiscalCalendar(0, FiscalCalendar::Kind::Calendar), Contains("not 1..12"));
    CHECK_THROWS_AS(FiscalCalendar(13, FiscalCalendar::Kind::FourFourFive), UserError);
    CHECK_NOTHROW(FiscalCalendar(12, FiscalCalendar::Kind::Calendar));
}

TEST_CASE("4-4-5 fiscal calendar of whole weeks, with a 53-week year", "[calendar]") {
    const FiscalCalendar fc(1, FiscalCalendar::Kind::FourFourFive);
    // 1 Jan 2025 is a Wednesday: the year starts on the Monday before.
    CHECK(fc.year_period(2025) == Period{d(2024, 12, 30), d(2025, 12, 28)});
    // 1 Jan 2026 is a Thursday: Monday 29 Dec 2025; 1 Jan 2027 is a Friday: Monday 4 Jan 2027.
    const Period fy2026 = fc.year_period(2026);
    CHECK(fy2026 == Period{d(2025, 12, 29), d(2027, 1, 3)});
    CHECK(fy2026.days() == 53 * 7);
    CHECK(fc.year_period(2025).days() == 52 * 7);
    CHECK(fc.fiscal_year(d(2025, 12, 28)) == 2025);
    CHECK(fc.fiscal_year(d(2025, 12, 29)) == 2026);
    CHECK(fc.fiscal_year(d(2027, 1, 3)) == 2026);
    CHECK(fc.fiscal_year(d(2027, 1, 4)) == 2027);
    CHECK(fc.fiscal_year(d(2024, 12, 30)) == 2025);

    CHECK(fc.period(2025, 1) == Period{d(2024, 12, 30), d(2025, 1, 26)});  // 4 weeks
    CHECK(fc.period(2025, 2) == Period{d(2025, 1, 27), d(2025, 2, 23)});   // 4 weeks
    CHECK(fc.period(2025, 3) == Period{d(2025, 2, 24), d(2025, 3, 30)});   // 5 weeks
    CHECK(fc.period(2025, 12).days() == 35);
    // The 53rd week goes to the last period.
    CHECK(fc.period(2026, 12) == Period{d(2026, 11, 23), d(2027, 1, 3)});
    CHECK(fc.period(2026, 12).days() == 42);
    CHECK(fc.period(2026, 11).days() == 28);
    CHECK(fc.fiscal_period(d(2027, 1, 3)) == 12);
    CHECK(fc.fiscal_period(d(2025, 12, 29)) == 1);
    CHECK(fc.fiscal_period(d(2025, 3, 30)) == 3);
    CHECK(fc.fiscal_period(d(2025, 3, 31)) == 4);
    CHECK(fc.fiscal_quarter(d(2025, 3, 31)) == 2);
}

TEST_CASE("4-4-5 fiscal year starting in October spans calendar years", "[calendar]") {
    const FiscalCalendar fc(10, FiscalCalendar::Kind::FourFourFive);
    // 1 Oct 2025 is a Wednesday -> Monday 29 Sep 2025; 1 Oct 2026 a Thursday -> 28 Sep 2026.
    CHECK(fc.year_period(2026) == Period{d(2025, 9, 29), d(2026, 9, 27)});
    CHECK(fc.fiscal_year(d(2025, 9, 28)) == 2025);
    CHECK(fc.fiscal_year(d(2025, 9, 29)) == 2026);
    CHECK(fc.fiscal_period(d(2025, 9, 29)) == 1);
    CHECK(fc.fiscal_year(d(2026, 1, 1)) == 2026);
    // 1 Oct 2027 is a Friday -> the year starts Monday 4 Oct 2027: FY2027 has 53 weeks.
    CHECK(fc.year_period(2027) == Period{d(2026, 9, 28), d(2027, 10, 3)});
    CHECK(fc.year_period(2027).days() == 53 * 7);
    CHECK(fc.fiscal_year(d(2027, 10, 3)) == 2027);
    CHECK(fc.fiscal_period(d(2027, 10, 3)) == 12);
}

TEST_CASE("fiscal periods tile the timeline with no gap or overlap", "[calendar][property]") {
    for (int first_month = 1; first_month <= 12; ++first_month) {
        for (const auto kind :
             {FiscalCalendar::Kind::Calendar, FiscalCalendar::Kind::FourFourFive}) {
            const FiscalCalendar fc(first_month, kind);
            INFO("first month " << first_month << ", 4-4-5 "
                                << (kind != FiscalCalendar::Kind::Calendar));
            for (int fy = 2015; fy <= 2035; ++fy) {
                const Period year = fc.year_period(fy);
                if (fc.year_period(fy + 1).first != year.end_exclusive()) {
                    FAIL("gap after fiscal year " << fy << " " << show(year));
                }
                if (kind == FiscalCalendar::Kind::FourFourFive) {
                    if (!is_monday(year.first) || (year.days() != 364 && year.days() != 371)) {
                        FAIL("4-4-5 year " << fy << " is " << show(year));
                    }
                    // The year starts within three days of the first of its month.
                    const Date first_of_month(
                        static_cast<unsigned short>(first_month == 1 ? fy : fy - 1),
                        static_cast<unsigned short>(first_month), 1);
                    if ((year.first - first_of_month).days() > 3 ||
                        (first_of_month - year.first).days() > 3) {
                        FAIL("4-4-5 year " << fy << " starts far from its month: " << show(year));
                    }
                } else if (year.last.year() != fy) {
                    FAIL("fiscal year " << fy << " ends in " << year.last.year());
                }
                Date expected = year.first;
                for (int p = 1; p <= 12; ++p) {
                    const Period per = fc.period(fy, p);
                    if (per.first != expected || per.last < per.first) {
                        FAIL("period " << fy << "-P" << p << " is " << show(per));
                    }
                    expected = per.end_exclusive();
                }
                if (expected != year.end_exclusive()) {
                    FAIL("periods of " << fy << " do not end with the year");
                }
            }
            // Every day maps back into the period and year that hold it.
            for (Date x = d(2019, 1, 1); x <= d(2029, 12, 31); x += bg::days(1)) {
                const int fy = fc.fiscal_year(x);
                const int p = fc.fiscal_period(x);
                if (!fc.year_period(fy).contains(x) || !fc.period(fy, p).contains(x) ||
                    fc.fiscal_quarter(x) != (p - 1) / 3 + 1) {
                    FAIL(to_iso(x) << " maps to FY" << fy << "-P" << p);
                }
            }
        }
    }
}

TEST_CASE("report buckets follow the week's Monday", "[calendar]") {
    const FiscalCalendar cal;
    CHECK(bucket_label(Bucket::Week, d(2025, 1, 8), cal) == "2025-01-06");
    CHECK(bucket_label(Bucket::Week, d(2021, 1, 3), cal) == "2020-12-28");
    CHECK(bucket_label(Bucket::Month, d(2025, 1, 8), cal) == "2025-01");
    // The week of Sunday 1 June 2025 starts Monday 26 May: it counts in May.
    CHECK(bucket_label(Bucket::Month, d(2025, 6, 1), cal) == "2025-05");
    CHECK(bucket_label(Bucket::Month, d(2025, 6, 2), cal) == "2025-06");
    // Wednesday 2 April 2025 is in the week of Monday 31 March: first quarter.
    CHECK(bucket_label(Bucket::Quarter, d(2025, 4, 2), cal) == "2025-Q1");
    CHECK(bucket_label(Bucket::Quarter, d(2025, 4, 7), cal) == "2025-Q2");
    // Thursday 1 Jan 2026 is in the week of Monday 29 Dec 2025.
    CHECK(bucket_label(Bucket::Quarter, d(2026, 1, 1), cal) == "2025-Q4");
    CHECK(bucket_label(Bucket::Fiscal, d(2025, 3, 5), cal) == "FY2025-P03");

    const FiscalCalendar oct(10, FiscalCalendar::Kind::Calendar);
    CHECK(bucket_label(Bucket::Fiscal, d(2025, 10, 1), oct) == "FY2025-P12");  // Monday 29 Sep
    CHECK(bucket_label(Bucket::Fiscal, d(2025, 10, 6), oct) == "FY2026-P01");
    CHECK(bucket_label(Bucket::Fiscal, d(2026, 1, 14), oct) == "FY2026-P04");

    const FiscalCalendar oct445(10, FiscalCalendar::Kind::FourFourFive);
    CHECK(bucket_label(Bucket::Fiscal, d(2025, 10, 1), oct445) == "FY2026-P01");
    CHECK(bucket_label(Bucket::Fiscal, d(2027, 10, 3), oct445) == "FY2027-P12");
}

TEST_CASE("bucket names", "[calendar]") {
    CHECK(parse_bucket("week") == Bucket::Week);
    CHECK(parse_bucket("month") == Bucket::Month);
    CHECK(parse_bucket("quarter") == Bucket::Quarter);
    CHECK(parse_bucket("fiscal") == Bucket::Fiscal);
    CHECK_FALSE(parse_bucket("year"));
    CHECK_FALSE(parse_bucket(""));
}
