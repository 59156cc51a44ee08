#include "calendar/calendar.h"

#include "calendar/clock.h"

#include <cstdio>

namespace storepulse::calendar {
namespace {

// Civil-date arithmetic on the proleptic Gregorian calendar (H. Hinnant's algorithms).
int days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

void civil_from_days(int z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

// Returns 1 for Monday .. 7 for Sunday.
int iso_weekday(int days) { return ((days % 7 + 7 + 3) % 7) + 1; }

bool is_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

}  // namespace

int day_of(int year, unsigned month, unsigned day) { return days_from_civil(year, month, 1) + static_cast<int>(day) - 1; }

int year_of(int days) {
  int y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  return y;
}

std::optional<int> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto ys = text.substr(0, 4), ms = text.substr(5, 2), ds = text.substr(8, 2);
  if (!is_digits(ys) || !is_digits(ms) || !is_digits(ds)) return std::nullopt;
  int y = std::stoi(std::string(ys));
  unsigned m = static_cast<unsigned>(std::stoi(std::string(ms)));
  unsigned d = static_cast<unsigned>(std::stoi(std::string(ds)));
  if (y < 2000 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  int days = days_from_civil(y, m, d);
  int ry;
  unsigned rm, rd;
  civil_from_days(days, ry, rm, rd);
  if (ry != y || rm != m || rd != d) return std::nullopt;  // e.g. 2026-02-30
  return days;
}

std::string format_date(int days) {
  int y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", y, m, d);
  return buffer;
}

int iso_week(int days) {
  // The ISO year of a day is the calendar year of the Thursday of its week.
  int thursday = days - iso_weekday(days) + 4;
  int y;
  unsigned m, d;
  civil_from_days(thursday, y, m, d);
  int week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
  return y * 100 + week;
}

std::optional<int> iso_week_monday(int yyyyww) {
  int year = yyyyww / 100, week = yyyyww % 100;
  if (week < 1 || week > 53) return std::nullopt;
  int jan4 = days_from_civil(year, 1, 4);
  int monday = jan4 - iso_weekday(jan4) + 1 + (week - 1) * 7;
  if (iso_week(monday) != yyyyww) return std::nullopt;
  return monday;
}

int today_utc() {
  auto now = now_unix();
  return static_cast<int>(now >= 0 ? now / 86400 : (now - 86399) / 86400);
}

}  // namespace storepulse::calendar
