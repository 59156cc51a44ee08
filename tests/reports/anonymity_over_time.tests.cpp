#include "calendar/calendar.h"
#include "server/publication/publisher.h"
#include "server/reports/report_engine.h"
#include "tests/reports/chain_timeline.h"
#include "tests/reports/published_figures.h"

#include <catch2/catch.hpp>

#include <set>
#include <sstream>

using namespace storepulse;
using namespace storepulse::reports;
using namespace storepulse::reports::testing;

namespace {

constexpr int k = 5;

bool safe_step(std::int64_t difference) { return difference == 0 || difference >= k; }

std::string describe(const figure_key& key) {
  return key.scope + " " + key.series + " " + week_text(key.first) + ".." + week_text(key.last);
}

std::string describe(const sighting& s) {
  return "step " + std::to_string(s.time) + " by " + s.caller + ": " + std::to_string(s.n);
}

// Publishes what the clock allows (48 hours after each store's week ends); the reports read only
// what is published.
void publish(chain_timeline& chain) {
  storage::transaction tx(chain.db());
  publication::publish(chain.db(), chain.now(), {k, 48 * 3600});
  tx.commit();
}

// Takes every report a caller may see, as an attacker who keeps them all would.
void take_reports(chain_timeline& chain, report_engine& engine, int step, published_figures& seen) {
  const int first_week = *week_index(calendar::iso_week(chain.today() - 120));
  const int this_week = *week_index(calendar::iso_week(chain.today()));
  for (const auto& caller : chain.callers()) {
    for (auto period : {v1::PERIOD_WEEK, v1::PERIOD_ROLLING_4W, v1::PERIOD_MONTH, v1::PERIOD_QUARTER}) {
      for (int at = first_week; at <= this_week; ++at) {
        report_query query;
        query.period = period;
        query.at = at;
        seen.add(step, caller.name, engine.overview(chain.db(), caller.who, query));
        seen.add(step, caller.name, engine.alerts(chain.db(), caller.who, query));
      }
      report_query latest;
      latest.period = period;
      seen.add_csv(step, caller.name, engine.export_csv(chain.db(), caller.who, latest));
      latest.at = this_week;
      seen.add_csv(step, caller.name, engine.export_csv(chain.db(), caller.who, latest));
      latest.history = 8;
      for (const auto& store : chain.stores()) {
        if (!caller.who.may_see_location(store.id)) continue;
        auto page = engine.location(chain.db(), caller.who, store.id, latest);
        REQUIRE(page);
        seen.add(step, caller.name, *page);
      }
    }
  }
}

struct violations {
  std::vector<std::string> found;
  void add(std::string what) {
    if (found.size() < 20) found.push_back(std::move(what));
  }
};

// Every figure, between any two sightings (any two times, any two callers): unchanged, or moved
// by at least k; and the same count always comes with the same histogram.
void check_same_figure(const published_figures& seen, violations& out) {
  for (const auto& [key, sightings] : seen.all()) {
    for (const auto& a : sightings) {
      for (const auto& b : sightings) {
        if (a.time > b.time) continue;
        auto step = b.n - a.n;
        if (!safe_step(step < 0 ? -step : step) || step < 0)
          out.add(describe(key) + ": " + describe(a) + " then " + describe(b));
        else if (step == 0 && !a.histogram.empty() && !b.histogram.empty() && a.histogram != b.histogram)
          out.add(describe(key) + ": same count, other histogram, " + describe(a) + " and " + describe(b));
      }
    }
  }
}

// A window minus a window inside it, the outer one seen at the same time or later: 0 or at
// least k.
void check_nested_windows(const published_figures& seen, violations& out) {
  std::map<std::pair<std::string, std::string>, std::vector<const std::pair<const figure_key, std::vector<sighting>>*>>
      by_series;
  for (const auto& entry : seen.all()) by_series[{entry.first.scope, entry.first.series}].push_back(&entry);
  for (const auto& [series, figures] : by_series) {
    for (const auto* outer : figures) {
      for (const auto* inner : figures) {
        const auto& o = outer->first;
        const auto& i = inner->first;
        if (o == i || i.first < o.first || i.last > o.last) continue;
        for (const auto& so : outer->second)
          for (const auto& si : inner->second)
            if (so.time >= si.time && !safe_step(so.n - si.n))
              out.add(describe(o) + " minus " + describe(i) + ": " + describe(so) + " minus " + describe(si));
      }
    }
  }
}

// Within one caller's reports at one time: the organisation minus its regions and a region minus
// its stores leave nothing for HR; for a manager, a region or the organisation minus their own
// stores leaves 0 or at least k, and covers at least three other stores with published figures.
void check_scopes(const published_figures& seen, const chain_timeline& chain, int steps, violations& out) {
  std::set<std::tuple<std::string, int, int>> windows;
  for (const auto& [key, _] : seen.all()) windows.insert({key.series, key.first, key.last});
  std::set<std::string> regions;
  for (const auto& store : chain.stores()) regions.insert(store.region);
  for (int time = 0; time < steps; ++time) {
    for (const auto& window : windows) {
      const auto& [series, first, last] = window;
      auto count = [&](const std::string& scope, const std::string& caller) {
        return seen.at({scope, std::get<0>(window), std::get<1>(window), std::get<2>(window)}, time, caller);
      };
      for (const auto& caller : chain.callers()) {
        bool hr = caller.who.user_role == auth::role::hr_admin;
        std::vector<std::pair<std::string, std::vector<const chain_store*>>> scopes{{"org", {}}};
        for (const auto& r : regions) scopes.push_back({"region:" + r, {}});
        for (const auto& store : chain.stores()) {
          scopes[0].second.push_back(&store);
          for (auto& [name, members] : scopes)
            if (name == "region:" + store.region) members.push_back(&store);
        }
        for (const auto& [scope, members] : scopes) {
          auto whole = count(scope, caller.name);
          if (whole < 0) continue;
          std::int64_t own = 0;
          int others_published = 0;
          for (const auto* store : members) {
            bool mine = hr || caller.who.may_see_location(store->id);
            auto n = count("store:" + store->code, mine ? caller.name : "hr");
            if (mine) {
              own += n > 0 ? n : 0;
            } else if (n > 0) {
              ++others_published;
            }
          }
          std::string where = scope + " " + series + " " + week_text(first) + ".." + week_text(last) + " at step " +
                              std::to_string(time) + " for " + caller.name;
          if (hr && series == "sessions" && whole != own)
            out.add(where + ": the scope is " + std::to_string(whole) + " but its stores add up to " + std::to_string(own));
          if (!hr && !safe_step(whole - own)) out.add(where + ": minus own stores leaves " + std::to_string(whole - own));
          if (!hr && series == "sessions" && whole > own && others_published < 3)
            out.add(where + ": published with only " + std::to_string(others_published) + " other stores");
        }
      }
    }
  }
}

// No figure counts more sessions than reached the server dated in the window's weeks that had
// ended: nothing of a week still running is ever in a figure.
void check_against_truth(const published_figures& seen, const chain_timeline& chain,
                         const std::vector<int>& day_of_step, violations& out) {
  for (const auto& [key, sightings] : seen.all()) {
    if (key.series != "sessions" || key.scope.rfind("store:", 0) != 0) continue;
    const chain_store* store = nullptr;
    for (const auto& s : chain.stores())
      if ("store:" + s.code == key.scope) store = &s;
    REQUIRE(store);
    int first_day = *calendar::iso_week_monday(week_yyyyww(key.first));
    for (const auto& s : sightings) {
      int today = day_of_step[static_cast<std::size_t>(s.time)];
      // The last Sunday before today ends the last week that can have closed anywhere.
      int last_ended = *calendar::iso_week_monday(week_yyyyww(key.last)) + 6;
      last_ended = std::min(last_ended, *calendar::iso_week_monday(calendar::iso_week(today)) - 1);
      auto stored = last_ended < first_day ? 0 : chain.stored_sessions(store->id, first_day, last_ended);
      if (s.n > stored)
        out.add(describe(key) + ": " + describe(s) + " but only " + std::to_string(stored) +
                " sessions of ended weeks were stored (today " + calendar::format_date(today) + ")");
    }
  }
}

}  // namespace

TEST_CASE("Over time, by every caller, published counts change only by whole groups of k", "[reports][anonymity]") {
  chain_timeline chain(20261130, *calendar::parse_date("2026-08-03"), k);
  report_engine engine(k);
  published_figures seen;
  std::vector<int> day_of_step;
  for (int day = 0; day < 100; ++day) {
    chain.advance_day();
    if (day % 3 != 2) continue;
    publish(chain);
    day_of_step.push_back(chain.today());
    take_reports(chain, engine, static_cast<int>(day_of_step.size()) - 1, seen);
  }
  REQUIRE(seen.all().size() > 100);
  // The timeline did what it is for: late answers were released into published blocks, some
  // closed weeks were held below k, and managers saw some comparisons.
  CHECK(storage::query_int(chain.db(), "SELECT COUNT(*) FROM blocks WHERE revised_on IS NOT NULL").value_or(0) > 0);
  CHECK(storage::query_int(chain.db(), "SELECT COUNT(*) FROM blocks WHERE published_on IS NULL").value_or(0) > 0);
  bool manager_saw_region = false;
  for (const auto& [key, sightings] : seen.all())
    for (const auto& s : sightings)
      manager_saw_region |= key.scope.rfind("region:", 0) == 0 && s.caller != "hr";
  CHECK(manager_saw_region);

  violations same, nested, scopes, truth;
  check_same_figure(seen, same);
  check_nested_windows(seen, nested);
  check_scopes(seen, chain, static_cast<int>(day_of_step.size()), scopes);
  check_against_truth(seen, chain, day_of_step, truth);
  auto report = [](const char* what, const violations& v) {
    std::ostringstream text;
    text << what << ": " << v.found.size() << (v.found.size() == 20 ? "+" : "") << " violations";
    for (const auto& line : v.found) text << "\n  " << line;
    return text.str();
  };
  INFO(report("same figure over time", same));
  INFO(report("window minus inner window", nested));
  INFO(report("scope minus visible stores", scopes));
  INFO(report("against what was stored", truth));
  CHECK(same.found.empty());
  CHECK(nested.found.empty());
  CHECK(scopes.found.empty());
  CHECK(truth.found.empty());
}
