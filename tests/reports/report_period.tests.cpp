#include "server/reports/report_period.h"

#include "report_fixture.h"

#include <catch2/catch.hpp>

using namespace storepulse::reports;
using storepulse::reports::testing::week;
namespace v1 = storepulse::v1;

TEST_CASE("Week text round-trips through the dense index", "[reports][period]") {
  CHECK(week_text(week(202647)) == "2026-W47");
  CHECK(parse_week_text("2026-W47") == week(202647));
  CHECK(week(202701) == week(202653) + 1);  // 2026 has 53 ISO weeks: 1 January 2026 is a Thursday
  CHECK_FALSE(parse_week_text("2025-W53").has_value());
  CHECK_FALSE(parse_week_text("yesterday").has_value());
}

TEST_CASE("A month is the ISO weeks whose Thursday falls in it", "[reports][period]") {
  // Thursdays of November 2026: the 5th, 12th, 19th and 26th, in weeks 45 to 48.
  auto november = month_weeks(week(202647));
  CHECK(november.first == week(202645));
  CHECK(november.last == week(202648));
  // 1 October 2026 is a Thursday (week 40); 31 December 2026 too (week 53).
  auto q4 = quarter_weeks(week(202647));
  CHECK(q4.first == week(202640));
  CHECK(q4.last == week(202653));
  CHECK(q4.size() == 14);
}

TEST_CASE("Each period has the window before it as its comparison", "[reports][period]") {
  auto w = make_window(v1::PERIOD_WEEK, week(202647));
  CHECK(w.current.first == week(202647));
  CHECK(w.previous.first == week(202646));

  auto r = make_window(v1::PERIOD_ROLLING_4W, week(202647));
  CHECK(r.current.first == week(202644));
  CHECK(r.current.last == week(202647));
  CHECK(r.previous.first == week(202640));
  CHECK(r.previous.last == week(202643));

  auto m = make_window(v1::PERIOD_MONTH, week(202647));
  CHECK(m.previous.first == week(202640));  // October: Thursdays 1st to 29th
  CHECK(m.previous.last == week(202644));
  CHECK(range_label(v1::PERIOD_MONTH, m.current) == "2026-11");

  auto q = make_window(v1::PERIOD_QUARTER, week(202602));
  CHECK(range_label(v1::PERIOD_QUARTER, q.current) == "2026-Q1");
  CHECK(range_label(v1::PERIOD_QUARTER, q.previous) == "2025-Q4");
  CHECK(previous_window(q).current.first == q.previous.first);
}
