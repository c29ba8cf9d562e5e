#include "calendar/calendar.h"

#include <fmt/format.h>

#include <array>

#include "errors.h"

namespace uplift {

namespace bg = boost::gregorian;

namespace {

bool all_digits(std::string_view s) {
    for (const char ch : s) {
        if (ch < '0' || ch > '9') {
            return false;
        }
    }
    return !s.empty();
}

int to_int(std::string_view s) {
    int v = 0;
    for (const char ch : s) {
        v = v * 10 + (ch - '0');
    }
    return v;
}

const Date kEpoch(1970, 1, 1);

}  // namespace

std::optional<Date> try_parse_date(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-' || !all_digits(t.substr(0, 4)) ||
        !all_digits(t.substr(5, 2)) || !all_digits(t.substr(8, 2))) {
        return std::nullopt;
    }
    const int y = to_int(t.substr(0, 4));
    const int m = to_int(t.substr(5, 2));
    const int d = to_int(t.substr(8, 2));
    if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) {
        return std::nullopt;
    }
    if (d > bg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                     static_cast<unsigned short>(m))) {
        return std::nullopt;
    }
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
}

Date parse_date(std::string_view text) {
    if (auto d = try_parse_date(text)) {
        return *d;
    }
    throw UserError(fmt::format("'{}' is not a date (YYYY-MM-DD)", text));
}

std::string to_iso(Date d) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<int>(d.month()),
                       static_cast<int>(d.day()));
}

std::int64_t day_number(Date d) {
    return (d - kEpoch).days();
}

Date from_day_number(std::int64_t n) {
    return kEpoch + bg::days(n);
}

Date week_monday(Date d) {
    // boost: Sunday = 0 ... Saturday = 6; ISO weeks start on Monday.
    const int dow = d.day_of_week().as_number();
    const int back = (dow + 6) % 7;
    return d - bg::days(back);
}

IsoWeek iso_week(Date d) {
    // The ISO year is the year of the week's Thursday.
    const Date thursday = week_monday(d) + bg::days(3);
    return {static_cast<int>(thursday.year()),
            static_cast<int>((thursday.day_of_year() - 1) / 7 + 1)};
}

int iso_weeks_in_year(int iso_year) {
    return iso_week(Date(static_cast<unsigned short>(iso_year), 12, 28)).week;
}

Period month_period(int year, int month) {
    const Date first(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
    return {first, first.end_of_month()};
}

Period quarter_period(int year, int quarter) {
    const Period a = month_period(year, (quarter - 1) * 3 + 1);
    const Period c = month_period(year, (quarter - 1) * 3 + 3);
    return {a.first, c.last};
}

Period parse_target_period(std::string_view t) {
    if (t.size() == 7 && t[4] == '-' && all_digits(t.substr(0, 4)) && all_digits(t.substr(5))) {
        const int y = to_int(t.substr(0, 4));
        const int m = to_int(t.substr(5));
        if (y >= 1900 && m >= 1 && m <= 12) {
            return month_period(y, m);
        }
    }
    if (t.size() == 7 && t[4] == '-' && t[5] == 'Q' && all_digits(t.substr(0, 4)) && t[6] >= '1' &&
        t[6] <= '4') {
        const int y = to_int(t.substr(0, 4));
        if (y >= 1900) {
            return quarter_period(y, t[6] - '0');
        }
    }
    throw UserError(fmt::format("'{}' is not a period (YYYY-MM or YYYY-Qn)", t));
}

FiscalCalendar::FiscalCalendar(int first_month, Kind kind)
    : first_month_(first_month), kind_(kind) {
    if (first_month < 1 || first_month > 12) {
        throw UserError(fmt::format("fiscal year first month {} is not 1..12", first_month));
    }
}

// First day of the fiscal year named `fy` (it ends in calendar year fy).
Date FiscalCalendar::first_day(int fy) const {
    const int start_year = first_month_ == 1 ? fy : fy - 1;
    const Date first_of_month(static_cast<unsigned short>(start_year),
                              static_cast<unsigned short>(first_month_), 1);
    if (kind_ == Kind::Calendar) {
        return first_of_month;
    }
    // 4-4-5: the year starts on the Monday nearest the first of its first month, so a year
    // has 52 or 53 whole weeks (the ISO rule applied to the fiscal month).
    const Date monday = week_monday(first_of_month);
    const auto back = (first_of_month - monday).days();
    return back <= 3 ? monday : monday + bg::days(7);
}

int FiscalCalendar::fiscal_year(Date d) const {
    const int year = d.year();
    int fy = (first_month_ != 1 && d.month() >= first_month_) ? year + 1 : year;
    // The 4-4-5 start can move a few days either side of the first of the month.
    while (d < first_day(fy)) {
        --fy;
    }
    while (d >= first_day(fy + 1)) {
        ++fy;
    }
    return fy;
}

Period FiscalCalendar::year_period(int fy) const {
    return {first_day(fy), first_day(fy + 1) - bg::days(1)};
}

int FiscalCalendar::fiscal_period(Date d) const {
    const int fy = fiscal_year(d);
    if (kind_ == Kind::Calendar) {
        return (static_cast<int>(d.month()) - first_month_ + 12) % 12 + 1;
    }
    for (int p = 1; p <= 12; ++p) {
        if (d <= period(fy, p).last) {
            return p;
        }
    }
    return 12;
}

Period FiscalCalendar::period(int fy, int p) const {
    if (p < 1 || p > 12) {
        throw UserError(fmt::format("fiscal period {} is not 1..12", p));
    }
    const Date start = first_day(fy);
    if (kind_ == Kind::Calendar) {
        const Date m = start + bg::months(p - 1);
        return {m, (m + bg::months(1)) - bg::days(1)};
    }
    static constexpr std::array<int, 12> kWeeks = {4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5};
    int before = 0;
    for (int i = 0; i < p - 1; ++i) {
        before += kWeeks[static_cast<std::size_t>(i)];
    }
    const Date first = start + bg::days(7L * before);
    // A 53-week year gives its extra week to the last period.
    const Date last = p == 12 ? first_day(fy + 1) - bg::days(1)
                              : first + bg::days(7 * kWeeks[static_cast<std::size_t>(p - 1)] - 1);
    return {first, last};
}

std::optional<Bucket> parse_bucket(std::string_view t) {
    if (t == "week") {
        return Bucket::Week;
    }
    if (t == "month") {
        return Bucket::Month;
    }
    if (t == "quarter") {
        return Bucket::Quarter;
    }
    if (t == "fiscal") {
        return Bucket::Fiscal;
    }
    return std::nullopt;
}

std::string bucket_label(Bucket b, Date d, const FiscalCalendar& fiscal) {
    const Date monday = week_monday(d);
    switch (b) {
        case Bucket::Week:
            return to_iso(monday);
        case Bucket::Month:
            return fmt::format("{:04}-{:02}", static_cast<int>(monday.year()),
                               static_cast<int>(monday.month()));
        case Bucket::Quarter:
            return fmt::format("{:04}-Q{}", static_cast<int>(monday.year()),
                               (static_cast<int>(monday.month()) - 1) / 3 + 1);
        case Bucket::Fiscal:
            return fmt::format("FY{}-P{:02}", fiscal.fiscal_year(monday),
                               fiscal.fiscal_period(monday));
    }
    return {};
}

std::string bucket_label_year_later(Bucket b, Date d, const FiscalCalendar& fiscal) {
    const Date monday = week_monday(d);
    switch (b) {
        case Bucket::Week:
            return to_iso(monday + boost::gregorian::days(364));
        case Bucket::Month:
            return fmt::format("{:04}-{:02}", static_cast<int>(monday.year()) + 1,
                               static_cast<int>(monday.month()));
        case Bucket::Quarter:
            return fmt::format("{:04}-Q{}", static_cast<int>(monday.year()) + 1,
                               (static_cast<int>(monday.month()) - 1) / 3 + 1);
        case Bucket::Fiscal:
            return fmt::format("FY{}-P{:02}", fiscal.fiscal_year(monday) + 1,
                               fiscal.fiscal_period(monday));
    }
    return {};
}

std::int64_t monday_of(Date d) {
    return day_number(week_monday(d));
}

}  // namespace uplift
