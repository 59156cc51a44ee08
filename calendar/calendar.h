#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace storepulse::calendar {

// Returns days since 1970-01-01 for a strict YYYY-MM-DD calendar date, or nullopt.
std::optional<int> parse_date(std::string_view text);
// Returns days since 1970-01-01 of a proleptic Gregorian date (month 1..12; day may run past the
// month's end, into the next).
int day_of(int year, unsigned month, unsigned day);
// Returns the calendar year of days since 1970-01-01.
int year_of(int days);
// Returns the YYYY-MM-DD text of days since 1970-01-01.
std::string format_date(int days);
// Returns the ISO 8601 week of a day as YYYYWW (e.g. 202647).
int iso_week(int days);
// Returns the Monday of an ISO week given as YYYYWW, in days since 1970-01-01, or nullopt.
std::optional<int> iso_week_monday(int yyyyww);
// Returns today's UTC date in days since 1970-01-01, by now_unix().
int today_utc();

}  // namespace storepulse::calendar
