#include "calendar/calendar.h"
#include "server/publication/publisher.h"
#include "server/reports/period_data.h"
#include "server/reports/report_engine.h"
#include "tests/reports/aggregate_checks.h"
#include "tests/reports/chain_timeline.h"

#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <memory>
#include <vector>

using namespace storepulse;
using namespace storepulse::reports;
using namespace storepulse::reports::testing;

namespace {

constexpr int k = 5;

void publish(chain_timeline& chain) {
  storage::transaction tx(chain.db());
  publication::publish(chain.db(), chain.now(), {k, 48 * 3600});
  tx.commit();
}

void require_same_figures(const period_data& refreshed, const period_data& full) {
  REQUIRE(refreshed.version == full.version);
  REQUIRE(refreshed.current.size() == full.current.size());
  for (std::size_t s = 0; s < full.current.size(); ++s) {
    INFO("store " << full.catalog.locations[s].code);
    require_same(refreshed.current[s], full.current[s]);
    require_same(refreshed.previous[s], full.previous[s]);
    CHECK(refreshed.chi[s].status == full.chi[s].status);
    CHECK(refreshed.chi[s].value == full.chi[s].value);
    CHECK(refreshed.previous_chi[s].value == full.previous_chi[s].value);
    CHECK(refreshed.limit_gap[s] == full.limit_gap[s]);
    CHECK(refreshed.catalog.locations[s] == full.catalog.locations[s]);
  }
  require_same(refreshed.organisation, full.organisation);
  require_same(refreshed.previous_organisation, full.previous_organisation);
  REQUIRE(refreshed.regions.size() == full.regions.size());
  for (const auto& [region, sums] : full.regions) {
    INFO("region " << region);
    REQUIRE(refreshed.regions.count(region) == 1);
    require_same(refreshed.regions.at(region), sums);
    require_same(refreshed.previous_regions.at(region), full.previous_regions.at(region));
  }
}

}  // namespace

TEST_CASE("Figures refreshed store by store after each publication equal figures read whole", "[reports]") {
  chain_timeline chain(11, *calendar::parse_date("2026-08-03"), k);
  for (int day = 0; day < 28; ++day) chain.advance_day();
  publish(chain);
  // Windows that stay put while late answers keep arriving: every period ending two and three
  // weeks back, and the week now closing.
  const int now_week = *week_index(calendar::iso_week(chain.today()));
  std::vector<period_window> windows;
  for (int at : {now_week - 3, now_week - 2})
    for (v1::Period period : {v1::PERIOD_WEEK, v1::PERIOD_ROLLING_4W, v1::PERIOD_MONTH, v1::PERIOD_QUARTER})
      windows.push_back(make_window(period, at));
  windows.push_back(make_window(v1::PERIOD_WEEK, now_week - 1));
  std::vector<std::shared_ptr<const period_data>> held;
  for (const auto& w : windows) held.push_back(make_period_data(chain.db(), w, data_version(chain.db())));

  int partial = 0, whole = 0, untouched = 0;
  for (int day = 0; day < 35; ++day) {
    chain.advance_day();
    publish(chain);
    const auto version = data_version(chain.db());
    for (std::size_t w = 0; w < windows.size(); ++w) {
      INFO("day " << day << ", window " << w);
      std::size_t read = 0;
      auto refreshed = refresh_period_data(chain.db(), *held[w], version, &read);
      auto full = make_period_data(chain.db(), windows[w], version);
      require_same_figures(*refreshed, *full);
      const auto stores = full->catalog.locations.size();
      if (read == 0) ++untouched;
      else if (read < stores) ++partial;
      else ++whole;
      held[w] = refreshed;
    }
  }
  // Late uploads touched a few stores on some days, weeks closing touched every store on others.
  CHECK(partial > 0);
  CHECK(whole > 0);
  CHECK(untouched + partial + whole == 35 * static_cast<int>(windows.size()));
}

TEST_CASE("After a publication the engine answers the figures it has while it makes the new ones, within the "
          "staleness allowed",
          "[reports]") {
  chain_timeline chain(5, *calendar::parse_date("2026-08-03"), k);
  for (int day = 0; day < 21; ++day) chain.advance_day();
  publish(chain);
  std::vector<std::function<void(storage::database&)>> jobs;
  auto engine = std::make_shared<report_engine>(k, 3, std::chrono::seconds{3600});
  engine->run_in_background([&jobs](std::function<void(storage::database&)> job) {
    jobs.push_back(std::move(job));
    return true;
  });
  report_query latest;
  latest.period = v1::PERIOD_ROLLING_4W;
  auto before = engine->period(chain.db(), latest);
  REQUIRE(before->version == data_version(chain.db()));
  REQUIRE(jobs.empty());

  // A week closes at every store: the new week's figures are made in the background.
  int day = 0;
  const auto closed_before = chain.today();
  while (*week_index(calendar::iso_week(chain.today())) == *week_index(calendar::iso_week(closed_before)) || day < 10) {
    chain.advance_day();
    ++day;
  }
  publish(chain);
  const auto version = data_version(chain.db());
  REQUIRE(version > before->version);
  auto answered = engine->period(chain.db(), latest);
  CHECK(answered == before);
  CHECK(engine->period(chain.db(), latest) == before);
  REQUIRE(jobs.size() == 1);  // asked twice, made once
  jobs.front()(chain.db());
  jobs.clear();
  auto after = engine->period(chain.db(), latest);
  CHECK(after->version == version);
  CHECK(after->window.current.last > before->window.current.last);
  CHECK(jobs.empty());

  // A publication by another process is noticed by the server's watch, which prepares once.
  CHECK(engine->prepare_if_changed(chain.db()));
  CHECK_FALSE(engine->prepare_if_changed(chain.db()));
  CHECK(jobs.empty());

  // Without a staleness allowance the caller waits for the new figures.
  auto strict = std::make_shared<report_engine>(k, 3, std::chrono::seconds{0});
  auto made = strict->period(chain.db(), latest);
  for (int days = 0; days < 14 && data_version(chain.db()) == made->version; ++days) {
    chain.advance_day();
    publish(chain);
  }
  REQUIRE(made->version < data_version(chain.db()));
  CHECK(strict->period(chain.db(), latest)->version == data_version(chain.db()));
}
