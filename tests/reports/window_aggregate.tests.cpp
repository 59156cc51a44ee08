#include "calendar/calendar.h"
#include "server/publication/publisher.h"
#include "server/reports/report_catalog.h"
#include "server/reports/window_aggregate.h"
#include "tests/reports/aggregate_checks.h"
#include "tests/reports/chain_timeline.h"

#include <catch2/catch.hpp>

using namespace storepulse;
using namespace storepulse::reports;
using namespace storepulse::reports::testing;

namespace {

constexpr int k = 5;

}  // namespace

TEST_CASE("A store page's aggregates hold one store per window and equal that store's part of the chain's",
          "[reports]") {
  chain_timeline chain(7, *calendar::parse_date("2026-08-03"), k);
  for (int day = 0; day < 70; ++day) {
    chain.advance_day();
    if (day % 7 != 3) continue;
    storage::transaction tx(chain.db());
    publication::publish(chain.db(), chain.now(), {k, 48 * 3600});
    tx.commit();
  }
  auto catalog = load_catalog(chain.db());
  REQUIRE(catalog.locations.size() > 3);
  // Every week, 4-week and quarter window over the timeline, and some reaching past it.
  std::vector<week_range> windows;
  const int last = *week_index(calendar::iso_week(chain.today())) + 1;
  for (int end = last - 12; end <= last; ++end)
    for (v1::Period period : {v1::PERIOD_WEEK, v1::PERIOD_ROLLING_4W, v1::PERIOD_MONTH, v1::PERIOD_QUARTER})
      windows.push_back(make_window(period, end).current);
  auto all = aggregate_windows(chain.db(), catalog, windows);
  REQUIRE(all.size() == windows.size());
  for (std::size_t s = 0; s < catalog.locations.size(); ++s) {
    INFO("store " << catalog.locations[s].code);
    auto one = aggregate_store_windows(chain.db(), catalog, windows, static_cast<int>(s));
    REQUIRE(one.size() == windows.size());
    for (std::size_t w = 0; w < windows.size(); ++w) {
      INFO("window " << w);
      require_same(one[w], all[w][s]);
    }
  }
  // The test saw published figures, held blocks and weeks still collecting.
  std::int64_t sessions = 0, raw = 0;
  int open = 0;
  for (const auto& window : all)
    for (const auto& agg : window) {
      sessions += agg.sessions;
      raw += agg.raw_sessions;
      open += agg.open_weeks;
    }
  CHECK(sessions > 0);
  CHECK(raw > sessions);
  CHECK(open > 0);
}
