#include "server/reports/report_engine.h"

#include "report_fixture.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>

using namespace storepulse;
using namespace storepulse::reports;
using reports::testing::report_db;
using reports::testing::week;

namespace {

constexpr std::int64_t k = 5;

// One published count: which window, and how many answers (or sessions, or events) stand behind it.
struct figure {
  v1::Period period;
  int first, last;
  std::int64_t n;
};

// Everything published, per scope ("org", "region:R", "store:ID") and metric ("q:KEY", "sessions",
// "remediation"), as an attacker would collect it.
using published_map = std::map<std::pair<std::string, std::string>, std::vector<figure>>;

bool safe(std::int64_t remainder) { return remainder == 0 || remainder >= k; }

struct generated {
  report_db data;
  std::vector<std::int64_t> stores;
  std::map<std::int64_t, std::string> region_of;
  std::vector<std::string> regions{"North", "South", "East"};
};

// Random stores of three sizes over two quarters, with a core and a rotating item and remediations.
void generate(generated& g, unsigned seed) {
  std::mt19937 random(seed);
  auto& d = g.data;
  auto core = d.add_question("core_values", v1::DIMENSION_VALUES, v1::QUESTION_TYPE_AGREE5, true);
  auto rotating = d.add_question("rotating_recognition", v1::DIMENSION_RECOGNITION, v1::QUESTION_TYPE_AGREE5, false);
  d.db().exec("BEGIN");
  for (int s = 0; s < 10; ++s) {
    const auto& region = g.regions[static_cast<std::size_t>(s % 3)];
    auto id = d.add_location("S" + std::to_string(s), region, 6 + s);
    g.stores.push_back(id);
    g.region_of[id] = region;
    int size = static_cast<int>(random() % 3);  // 0 tiny, 1 medium, 2 large
    for (int w = week(202627); w <= week(202653); ++w) {
      int sessions = size == 0 ? static_cast<int>(random() % 3) : size == 1 ? static_cast<int>(random() % 8)
                                                                            : 3 + static_cast<int>(random() % 12);
      if (random() % 7 == 0) sessions = 0;
      d.add_sessions(id, w, sessions);
      std::array<std::int64_t, 11> answers{}, rotated{};
      int rotated_n = 0;
      for (int i = 0; i < sessions; ++i) {
        ++answers[1 + random() % 5];
        if (random() % 3 == 0) {
          ++rotated[1 + random() % 5];
          ++rotated_n;
        }
      }
      d.add_answers(id, core, w, answers);
      if (rotated_n > 0) d.add_answers(id, rotating, w, rotated);
      d.add_remediations(id, w, 1 + static_cast<int>(random() % 5), 1 + static_cast<int>(random() % 4),
                         static_cast<std::int64_t>(random() % 4));
    }
  }
  d.db().exec("COMMIT");
}

int week_of(const std::string& text) { return *parse_week_text(text); }

void record(published_map& out, const std::string& scope, const std::string& metric, const v1::PeriodInfo& p,
            bool published, std::int64_t n) {
  if (!published) return;
  out[{scope, metric}].push_back({p.period(), week_of(p.first_week()), week_of(p.last_week()), n});
}

void collect_summary(published_map& out, const std::string& scope, const v1::PeriodInfo& p,
                     const v1::ScopeSummary& s) {
  for (const auto& q : s.questions()) record(out, scope, "q:" + q.key(), p, q.has_n(), q.n());
  record(out, scope, "sessions", p, s.participation().has_sessions(), s.participation().sessions());
  const auto& r = s.empowerment().remediation();
  record(out, scope, "remediation", p, r.has_events(), r.events());
}

void collect_location(published_map& out, const std::string& scope, const v1::LocationReport& report) {
  const auto& p = report.period();
  for (const auto& q : report.questions()) record(out, scope, "q:" + q.key(), p, q.has_n(), q.n());
  record(out, scope, "sessions", p, report.participation().has_sessions(), report.participation().sessions());
  const auto& r = report.empowerment().remediation();
  record(out, scope, "remediation", p, r.has_events(), r.events());
}

published_map collect(generated& g, report_engine& engine) {
  published_map out;
  auth::principal hr;
  hr.user_role = auth::role::hr_admin;
  for (auto period : {v1::PERIOD_WEEK, v1::PERIOD_ROLLING_4W, v1::PERIOD_MONTH, v1::PERIOD_QUARTER}) {
    for (int at = week(202640); at <= week(202653); ++at) {
      report_query query;
      query.period = period;
      query.at = at;
      query.history = 1;
      auto overview = engine.overview(g.data.db(), hr, query);
      collect_summary(out, "org", overview.period(), overview.organisation());
      for (const auto& region : overview.regions()) collect_summary(out, "region:" + region.name(), overview.period(), region);
      for (auto id : g.stores) {
        auto report = engine.location(g.data.db(), hr, id, query);
        REQUIRE(report);
        collect_location(out, "store:" + std::to_string(id), *report);
      }
    }
  }
  return out;
}

const figure* find(const published_map& map, const std::string& scope, const std::string& metric, v1::Period period,
                   int first, int last) {
  auto it = map.find({scope, metric});
  if (it == map.end()) return nullptr;
  for (const auto& f : it->second)
    if (f.period == period && f.first == first && f.last == last) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("Every published figure rests on at least k and no differencing attack isolates fewer",
          "[reports][anonymity][property]") {
  for (unsigned seed : {1u, 2u, 3u, 4u, 5u}) {
    CAPTURE(seed);
    generated g;
    generate(g, seed);
    g.data.publish_through(week(202653), static_cast<int>(k));
    report_engine engine(static_cast<int>(k));
    auto published = collect(g, engine);
    REQUIRE(published.size() > 10);
    std::mt19937 random(seed);
    const std::vector<std::string> metrics{"q:core_values", "q:rotating_recognition", "sessions", "remediation"};

    {  // no published figure is below k
      for (const auto& [key, figures] : published)
        for (const auto& f : figures) {
          CAPTURE(key.first, key.second, f.first, f.last);
          CHECK((f.n == 0 || f.n >= k));
        }
    }

    {  // a region minus its visible stores and the organisation minus a region, leave 0 or at least k
      for (const auto& metric : metrics) {
        for (const auto& [key, figures] : published) {
          if (key.first != "org" || key.second != metric) continue;
          for (const auto& org : figures) {
            std::int64_t regions_total = 0;
            for (const auto& region : g.regions) {
              auto r = find(published, "region:" + region, metric, org.period, org.first, org.last);
              std::int64_t region_n = r ? r->n : 0;
              regions_total += region_n;
              CAPTURE(metric, region, org.first, org.last);
              CHECK(safe(org.n - region_n));
              if (!r) continue;
              // Every visible subset a manager (or HR) could hold.
              for (int trial = 0; trial < 8; ++trial) {
                std::int64_t visible = 0;
                for (auto id : g.stores) {
                  if (g.region_of[id] != region || (trial > 0 && random() % 2 == 0)) continue;
                  auto s = find(published, "store:" + std::to_string(id), metric, org.period, org.first, org.last);
                  if (s) visible += s->n;
                }
                CHECK(safe(region_n - visible));
              }
            }
            CHECK(safe(org.n - regions_total));
          }
        }
      }
    }

    {  // a window minus the published windows inside it leaves 0 or at least k
      for (const auto& [key, figures] : published) {
        for (const auto& outer : figures) {
          std::int64_t weeks_inside = 0, months_inside = 0;
          std::set<std::pair<int, int>> months_seen;
          for (const auto& inner : figures) {
            bool inside = inner.first >= outer.first && inner.last <= outer.last;
            if (!inside || (inner.first == outer.first && inner.last == outer.last)) continue;
            CAPTURE(key.first, key.second, outer.first, outer.last, inner.first, inner.last);
            CHECK(safe(outer.n - inner.n));
            if (inner.period == v1::PERIOD_WEEK) weeks_inside += inner.n;
            if (inner.period == v1::PERIOD_MONTH && months_seen.insert({inner.first, inner.last}).second)
              months_inside += inner.n;
          }
          CAPTURE(key.first, key.second, outer.first, outer.last);
          CHECK(safe(outer.n - weeks_inside));
          CHECK(safe(outer.n - months_inside));
        }
      }
    }

    {  // a rolling window minus the one before it, plus a published week, reveals 0 or at least k
      // Per store: there the dropped week, when published, is a block of its own, so what is
      // left is exactly the blocks ending in the new week. (A region's sum may also hold other
      // stores' longer blocks starting in the dropped week: a signed sum of whole blocks.)
      for (const auto& [key, figures] : published) {
        if (key.first.rfind("store:", 0) != 0) continue;
        for (const auto& a : figures) {
          if (a.period != v1::PERIOD_ROLLING_4W) continue;
          auto b = find(published, key.first, key.second, v1::PERIOD_ROLLING_4W, a.first - 1, a.last - 1);
          auto dropped = find(published, key.first, key.second, v1::PERIOD_WEEK, a.first - 1, a.first - 1);
          if (!b || !dropped) continue;
          CAPTURE(key.first, key.second, a.first, a.last);
          CHECK(safe(a.n - b->n + dropped->n));
        }
      }
    }
  }
}

TEST_CASE("Large stores lose nothing to suppression", "[reports][anonymity]") {
  report_db d;
  auto q = d.add_question("core_values", v1::DIMENSION_VALUES, v1::QUESTION_TYPE_AGREE5);
  auto a = d.add_location("A", "North", 20), b = d.add_location("B", "North", 20);
  for (int w = week(202640); w <= week(202647); ++w) {
    for (auto id : {a, b}) {
      d.add_sessions(id, w, 8);
      d.add_answers(id, q, w, {0, 1, 1, 2, 2, 2, 0, 0, 0, 0, 0});
    }
  }
  d.publish_through(week(202647), static_cast<int>(k));
  report_engine engine(static_cast<int>(k));
  auth::principal hr;
  hr.user_role = auth::role::hr_admin;
  report_query query;
  query.period = v1::PERIOD_ROLLING_4W;
  query.at = week(202647);
  auto overview = engine.overview(d.db(), hr, query);
  CHECK(overview.organisation().participation().sessions() == 64);
  for (const auto& store : overview.stores()) CHECK(store.participation().sessions() == 32);
}
