#pragma once
// Dates and periods over Boost.Date_Time. Users type inclusive periods; code that needs
// half-open ranges converts in one place (Period::end_exclusive). "Today" is always passed in.
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace uplift {

using Date = boost::gregorian::date;

// Strict ISO "YYYY-MM-DD"; std::nullopt when the text is not a real date.
std::optional<Date> try_parse_date(std::string_view text);
// As try_parse_date, but throws UserError naming the text.
Date parse_date(std::string_view text);
std::string to_iso(Date d);

// Days since 1970-01-01 (how actuals store their week) and back.
std::int64_t day_number(Date d);
Date from_day_number(std::int64_t n);

// The Monday of d's ISO week.
Date week_monday(Date d);
// Day number of the Monday of d's ISO week: how actuals store their week.
std::int64_t monday_of(Date d);
inline constexpr std::int64_t kWeek = 7;  // days

struct IsoWeek {
    int year;  // the ISO week-numbering year (may differ from d.year() around New Year)
    int week;  // 1..53
    auto operator<=>(const IsoWeek&) const = default;
};
IsoWeek iso_week(Date d);
int iso_weeks_in_year(int iso_year);

// An inclusive range of days, as users write them.
struct Period {
    Date first;
    Date last;
    Date end_exclusive() const { return last + boost::gregorian::days(1); }
    bool contains(Date d) const { return d >= first && d <= last; }
    bool overlaps(const Period& o) const { return first <= o.last && o.first <= last; }
    std::int64_t days() const { return (last - first).days() + 1; }
    bool operator==(const Period&) const = default;
};

Period month_period(int year, int month);
Period quarter_period(int year, int quarter);
// "YYYY-MM" or "YYYY-Qn" (target periods); throws UserError otherwise.
Period parse_target_period(std::string_view text);

// Fiscal calendar: years starting in a configurable month, either on calendar months or as a
// 4-4-5 calendar of whole ISO weeks. A fiscal year is named by the calendar year it ends in.
class FiscalCalendar {
  public:
    enum class Kind { Calendar, FourFourFive };

    FiscalCalendar() = default;
    FiscalCalendar(int first_month, Kind kind);

    int first_month() const { return first_month_; }
    Kind kind() const { return kind_; }

    int fiscal_year(Date d) const;
    Period year_period(int fiscal_year) const;
    // 1..12: months of the fiscal year (calendar kind) or 4-4-5 periods.
    int fiscal_period(Date d) const;
    Period period(int fiscal_year, int fiscal_period) const;
    int fiscal_quarter(Date d) const { return (fiscal_period(d) - 1) / 3 + 1; }

  private:
    Date first_day(int fiscal_year) const;
    int first_month_ = 1;
    Kind kind_ = Kind::Calendar;
};

// Report buckets; weekly figures count in the bucket that holds their week's Monday.
enum class Bucket { Week, Month, Quarter, Fiscal };
std::optional<Bucket> parse_bucket(std::string_view text);
// "2025-01-06" (week Monday), "2025-01", "2025-Q1", "FY2025-P01".
std::string bucket_label(Bucket b, Date d, const FiscalCalendar& fiscal);
// The label of the same bucket a year later ("2025-01" -> "2026-01"; a week: 52 weeks later),
// for growth against the prior year.
std::string bucket_label_year_later(Bucket b, Date d, const FiscalCalendar& fiscal);

}  // namespace uplift
