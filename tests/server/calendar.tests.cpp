#include "calendar/calendar.h"

#include <catch2/catch.hpp>

using namespace storepulse::calendar;

TEST_CASE("ISO weeks follow the Thursday rule at year boundaries", "[server][calendar]") {
  auto week_of = [](const char* date) { return iso_week(*parse_date(date)); };
  CHECK(week_of("2020-12-31") == 202053);
  CHECK(week_of("2021-01-03") == 202053);
  CHECK(week_of("2021-01-04") == 202101);
  CHECK(week_of("2024-12-30") == 202501);
  CHECK(week_of("2026-11-23") == 202648);
  CHECK(week_of("2026-12-31") == 202653);
  CHECK(week_of("2027-01-03") == 202653);
  CHECK(week_of("2027-01-04") == 202701);
}

TEST_CASE("The Monday of an ISO week maps back to that week", "[server][calendar]") {
  CHECK(format_date(*iso_week_monday(202101)) == "2021-01-04");
  CHECK(format_date(*iso_week_monday(202653)) == "2026-12-28");
  CHECK_FALSE(iso_week_monday(202553).has_value());  // 2025 has 52 weeks
  CHECK_FALSE(iso_week_monday(202600).has_value());
}

TEST_CASE("Dates must be strict calendar dates", "[server][calendar]") {
  CHECK(parse_date("2024-02-29").has_value());
  CHECK_FALSE(parse_date("2026-02-29").has_value());
  CHECK_FALSE(parse_date("2026-02-30").has_value());
  CHECK_FALSE(parse_date("2026-1-01").has_value());
  CHECK_FALSE(parse_date("2026-01-01T10:00").has_value());
  CHECK_FALSE(parse_date("").has_value());
  CHECK_FALSE(parse_date("20a6-01-01").has_value());
  CHECK(format_date(*parse_date("2026-11-23")) == "2026-11-23");
}
