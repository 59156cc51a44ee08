#pragma once

#include "storepulse/v1/reports.pb.h"

#include <optional>
#include <string>
#include <string_view>

namespace storepulse::reports {

// Weeks are numbered by a dense index (the Thursday's days since 1970-01-01 divided by 7), so
// that windows are plain integer ranges. Rollups key weeks as YYYYWW.
struct week_range {
  int first = 0;
  int last = -1;
  // Returns the number of weeks.
  int size() const { return last - first + 1; }
  // Returns true when week lies inside.
  bool contains(int week) const { return week >= first && week <= last; }
};

// A reporting window and the window the trend compares it with.
struct period_window {
  v1::Period period = v1::PERIOD_WEEK;
  int at = 0;  // dense index of the week asked for
  week_range current;
  week_range previous;
};

// Returns the dense index of an ISO week given as YYYYWW, or nullopt when it does not exist.
std::optional<int> week_index(int yyyyww);
// Returns YYYYWW of a dense week index.
int week_yyyyww(int index);
// Returns "YYYY-Www" of a dense week index.
std::string week_text(int index);
// Returns the dense index of "YYYY-Www" (or "YYYYWW"), or nullopt when malformed.
std::optional<int> parse_week_text(std::string_view text);
// Returns the calendar month (year * 12 + month - 1) whose weeks include this one: the month of
// its Thursday.
int week_month(int index);
// Returns the calendar quarter (year * 4 + quarter - 1) of the week's Thursday.
int week_quarter(int index);
// Returns the weeks whose Thursday falls in the quarter of this week.
week_range quarter_weeks(int index);
// Returns the weeks whose Thursday falls in the month of this week.
week_range month_weeks(int index);

// Returns the period for "week", "4w", "month" or "quarter", or nullopt.
std::optional<v1::Period> parse_period(std::string_view text);
// Returns the window of a period that contains week at, and the one before it.
period_window make_window(v1::Period period, int at);
// Returns the window of the same kind that ends just before w starts.
period_window previous_window(const period_window& w);
// Returns a label such as "2026-W47", "4 weeks to 2026-W47", "2026-11" or "2026-Q4".
std::string range_label(v1::Period period, const week_range& range);
// Fills a PeriodInfo; closed_through is the last week published (none: nothing is yet).
void fill_period_info(const period_window& w, std::optional<int> closed_through, v1::PeriodInfo& info);

}  // namespace storepulse::reports
