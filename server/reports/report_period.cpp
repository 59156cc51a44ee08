#include "server/reports/report_period.h"

#include "calendar/calendar.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace storepulse::reports {
namespace {

std::chrono::year_month_day thursday_date(int index) {
  return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{index * 7}}};
}

int floor_div(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Returns the dense index of the first week whose Thursday is on or after the day.
int first_week_from(int days) { return floor_div(days + 6, 7); }

int days_of(int year, unsigned month, unsigned day) {
  return static_cast<int>(std::chrono::sys_days{std::chrono::year{year} / std::chrono::month{month} /
                                                std::chrono::day{day}}
                              .time_since_epoch()
                              .count());
}

// Returns the weeks whose Thursday lies in [first_month, first_month + months).
week_range months_weeks(int first_month, int months) {
  int y0 = floor_div(first_month, 12), m0 = first_month - y0 * 12;
  int end = first_month + months;
  int y1 = floor_div(end, 12), m1 = end - y1 * 12;
  int from = days_of(y0, static_cast<unsigned>(m0 + 1), 1);
  int to = days_of(y1, static_cast<unsigned>(m1 + 1), 1);
  return {first_week_from(from), first_week_from(to) - 1};
}

}  // namespace

std::optional<int> week_index(int yyyyww) {
  auto monday = calendar::iso_week_monday(yyyyww);
  if (!monday) return std::nullopt;
  return (*monday + 3) / 7;
}

int week_yyyyww(int index) { return calendar::iso_week(index * 7); }

std::string week_text(int index) {
  int w = week_yyyyww(index);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-W%02d", w / 100, w % 100);
  return text;
}

std::optional<int> parse_week_text(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (c != '-' && c != 'W' && c != 'w') {
      return std::nullopt;
    }
  }
  if (digits.size() != 6) return std::nullopt;
  return week_index(std::stoi(digits));
}

int week_month(int index) {
  auto date = thursday_date(index);
  return static_cast<int>(date.year()) * 12 + static_cast<int>(static_cast<unsigned>(date.month())) - 1;
}

int week_quarter(int index) { return floor_div(week_month(index), 3); }

week_range quarter_weeks(int index) { return months_weeks(week_quarter(index) * 3, 3); }

week_range month_weeks(int index) { return months_weeks(week_month(index), 1); }

std::optional<v1::Period> parse_period(std::string_view text) {
  if (text.empty() || text == "week") return v1::PERIOD_WEEK;
  if (text == "4w" || text == "rolling4w") return v1::PERIOD_ROLLING_4W;
  if (text == "month") return v1::PERIOD_MONTH;
  if (text == "quarter") return v1::PERIOD_QUARTER;
  return std::nullopt;
}

period_window make_window(v1::Period period, int at) {
  period_window w;
  w.period = period;
  w.at = at;
  switch (period) {
    case v1::PERIOD_ROLLING_4W:
      w.current = {at - 3, at};
      w.previous = {at - 7, at - 4};
      break;
    case v1::PERIOD_MONTH:
      w.current = month_weeks(at);
      w.previous = month_weeks(w.current.first - 1);
      break;
    case v1::PERIOD_QUARTER:
      w.current = quarter_weeks(at);
      w.previous = quarter_weeks(w.current.first - 1);
      break;
    default:
      w.period = v1::PERIOD_WEEK;
      w.current = {at, at};
      w.previous = {at - 1, at - 1};
      break;
  }
  return w;
}

period_window previous_window(const period_window& w) {
  int at = w.period == v1::PERIOD_ROLLING_4W || w.period == v1::PERIOD_WEEK ? w.at - w.current.size()
                                                                             : w.previous.last;
  return make_window(w.period, at);
}

std::string range_label(v1::Period period, const week_range& range) {
  char text[48];
  switch (period) {
    case v1::PERIOD_ROLLING_4W:
      return "4 weeks to " + week_text(range.last);
    case v1::PERIOD_MONTH: {
      int m = week_month(range.last);
      std::snprintf(text, sizeof text, "%04d-%02d", floor_div(m, 12), m - floor_div(m, 12) * 12 + 1);
      return text;
    }
    case v1::PERIOD_QUARTER: {
      int q = week_quarter(range.last);
      std::snprintf(text, sizeof text, "%04d-Q%d", floor_div(q, 4), q - floor_div(q, 4) * 4 + 1);
      return text;
    }
    default:
      return week_text(range.last);
  }
}

void fill_period_info(const period_window& w, std::optional<int> closed_through, v1::PeriodInfo& info) {
  info.set_period(w.period);
  info.set_at(week_text(w.at));
  info.set_label(range_label(w.period, w.current));
  info.set_first_week(week_text(w.current.first));
  info.set_last_week(week_text(w.current.last));
  info.set_weeks(static_cast<std::uint32_t>(w.current.size()));
  info.set_previous_label(range_label(w.period, w.previous));
  info.set_previous_first_week(week_text(w.previous.first));
  info.set_previous_last_week(week_text(w.previous.last));
  info.set_first_date(calendar::format_date(w.current.first * 7 - 3));
  info.set_last_date(calendar::format_date(w.current.last * 7 + 3));
  int closed = closed_through ? std::clamp(*closed_through - w.current.first + 1, 0, w.current.size()) : 0;
  info.set_open_weeks(static_cast<std::uint32_t>(w.current.size() - closed));
  if (closed_through) info.set_published_through(week_text(*closed_through));
}

}  // namespace storepulse::reports
