#include "server/plans/acting_comparison.h"

#include "calendar/calendar.h"
#include "server/plans/difference_in_differences.h"
#include "server/plans/plan_outcome.h"
#include "server/plans/plan_store.h"
#include "server/plans/plan_target.h"
#include "server/reports/indicators.h"
#include "server/reports/window_aggregate.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <utility>

namespace storepulse::plans {
namespace {

using reports::week_range;
using window_key = std::pair<int, int>;  // first and last week

// A plan as the comparison reads it: its dimension, its stores (dense catalog indexes), the weeks
// it ran and, when done, its windows.
struct dated_plan {
  v1::Dimension dimension = v1::DIMENSION_UNSPECIFIED;
  std::vector<std::size_t> stores;
  int first_week = 0, last_week = 0;
  int ended_day = 0;
  std::optional<outcome_windows> windows;  // done plans only
};

std::optional<int> week_of(int day) { return reports::week_index(calendar::iso_week(day)); }

std::vector<dated_plan> dated_plans(storage::database& db, const reports::report_catalog& catalog,
                                    const auth::principal& who, int today) {
  std::vector<dated_plan> out;
  for (const auto& plan : list_plans(db, who, {}, today)) {
    dated_plan p;
    p.dimension = target_dimension(db, plan.target());
    if (p.dimension == v1::DIMENSION_UNSPECIFIED) continue;
    const int start = calendar::parse_date(plan.start_on()).value_or(today);
    const bool ended = plan.status() == v1::PLAN_STATUS_DONE || plan.status() == v1::PLAN_STATUS_DROPPED;
    // An open plan runs at least until today, and until its due date.
    const int end = ended ? calendar::parse_date(plan.ended_on()).value_or(start)
                          : std::max(today, calendar::parse_date(plan.due_on()).value_or(today));
    auto first = week_of(start), last = week_of(std::max(start, end));
    if (!first || !last) continue;
    p.first_week = *first;
    p.last_week = *last;
    p.ended_day = end;
    if (plan.status() == v1::PLAN_STATUS_DONE) p.windows = windows_of(start, end);
    for (auto id : plan_location_ids(catalog, plan)) {
      auto found = catalog.location_index.find(id);
      if (found != catalog.location_index.end()) p.stores.push_back(static_cast<std::size_t>(found->second));
    }
    out.push_back(std::move(p));
  }
  return out;
}

std::string one_decimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

std::string sentence_of(const did_estimate& e, const std::string& label, std::size_t min_stores) {
  switch (e.missing) {
    case did_missing::few_treated:
      return "Not enough stores yet: " + std::to_string(e.treated) + " completed a plan on " + label + ", " +
             std::to_string(min_stores) + " needed.";
    case did_missing::few_comparison:
      return "Not enough stores to compare with yet: " + std::to_string(e.comparison) + " without a plan on " + label +
             ", " + std::to_string(min_stores) + " needed.";
    case did_missing::none: break;
  }
  return "Stores that completed a plan on " + label + " rose " + one_decimal(std::abs(e.effect)) + " points " +
         (e.effect < 0 ? "less" : "more") + " than stores without one (95% interval " + one_decimal(e.low) + " to " +
         one_decimal(e.high) + ").";
}

// The windows' aggregates, read once for every dimension.
class window_figures {
 public:
  window_figures(storage::database& db, const reports::report_catalog& catalog, const std::vector<dated_plan>& plans)
      : catalog_(catalog) {
    std::vector<week_range> windows;
    for (const auto& p : plans) {
      if (!p.windows) continue;
      for (const auto& w : {p.windows->before, p.windows->after})
        if (index_.emplace(window_key{w.first, w.last}, windows.size()).second) windows.push_back(w);
    }
    if (!windows.empty()) aggregates_ = reports::aggregate_windows(db, catalog, windows);
  }

  // Returns a store's score change from before to after, when both windows are published.
  std::optional<double> change(std::size_t store, const outcome_windows& w, v1::Dimension dimension) const {
    const auto& closed = catalog_.locations[store].closed_through;
    if (!closed || *closed < w.after.last) return std::nullopt;
    auto before = score(store, w.before, dimension), after = score(store, w.after, dimension);
    if (!before || !after) return std::nullopt;
    return *after - *before;
  }

 private:
  std::optional<double> score(std::size_t store, const week_range& w, v1::Dimension dimension) const {
    auto found = index_.find(window_key{w.first, w.last});
    if (found == index_.end()) return std::nullopt;
    auto s = reports::dimension_score(catalog_, aggregates_[found->second][store], dimension);
    if (s.status != v1::CELL_STATUS_PUBLISHED) return std::nullopt;
    return s.value;
  }

  const reports::report_catalog& catalog_;
  std::map<window_key, std::size_t> index_;
  std::vector<std::vector<reports::store_aggregate>> aggregates_;
};

v1::ActingEffect effect_of(const std::vector<dated_plan>& plans, const window_figures& figures,
                           std::size_t store_count, v1::Dimension dimension, std::size_t min_stores) {
  v1::ActingEffect out;
  out.set_dimension(dimension);
  out.set_label(dimension_label(dimension));
  // Each store's latest done plan on the dimension; any plan on it marks the weeks it ran.
  std::vector<const dated_plan*> latest(store_count, nullptr);
  for (const auto& p : plans) {
    if (p.dimension != dimension || !p.windows) continue;
    for (auto s : p.stores)
      if (!latest[s] || latest[s]->ended_day < p.ended_day) latest[s] = &p;
  }
  std::vector<double> treated;
  std::vector<outcome_windows> used;
  std::optional<int> period_first, period_last;
  for (std::size_t s = 0; s < store_count; ++s) {
    if (!latest[s]) continue;
    const auto& w = *latest[s]->windows;
    auto change = figures.change(s, w, dimension);
    if (!change) {
      out.set_treated_left_out(out.treated_left_out() + 1);
      continue;
    }
    treated.push_back(*change);
    used.push_back(w);
    period_first = std::min(period_first.value_or(w.before.first), w.before.first);
    period_last = std::max(period_last.value_or(w.after.last), w.after.last);
  }
  // Comparison stores: no plan on the dimension in the weeks of the treated stores' windows.
  std::vector<double> comparison;
  if (period_first) {
    std::vector<bool> planned(store_count, false);
    for (const auto& p : plans) {
      if (p.dimension != dimension || p.last_week < *period_first || p.first_week > *period_last) continue;
      for (auto s : p.stores) planned[s] = true;
    }
    for (std::size_t s = 0; s < store_count; ++s) {
      if (planned[s] || latest[s]) continue;
      double sum = 0;
      int pairs = 0;
      for (const auto& w : used) {
        if (auto change = figures.change(s, w, dimension)) {
          sum += *change;
          ++pairs;
        }
      }
      if (pairs == 0)
        out.set_comparison_left_out(out.comparison_left_out() + 1);
      else
        comparison.push_back(sum / pairs);
    }
  }
  auto e = difference_in_differences(treated, comparison, min_stores);
  out.set_treated_stores(static_cast<std::uint32_t>(e.treated));
  out.set_comparison_stores(static_cast<std::uint32_t>(e.comparison));
  out.set_sentence(sentence_of(e, out.label(), min_stores));
  auto& effect = *out.mutable_effect();
  if (e.missing != did_missing::none) {
    effect.set_status(treated.empty() && out.treated_left_out() == 0 ? v1::CELL_STATUS_NO_DATA
                                                                     : v1::CELL_STATUS_SUPPRESSED);
    return out;
  }
  effect.set_status(v1::CELL_STATUS_PUBLISHED);
  effect.set_value(e.effect);
  effect.set_ci_low(e.low);
  effect.set_ci_high(e.high);
  out.set_treated_change(e.treated_mean);
  out.set_comparison_change(e.comparison_mean);
  return out;
}

}  // namespace

v1::ActingComparison acting_comparison(storage::database& db, const reports::report_catalog& catalog,
                                       const auth::principal& who, std::size_t min_stores, int today) {
  v1::ActingComparison out;
  out.set_min_stores(static_cast<std::uint32_t>(min_stores));
  const auto plans = dated_plans(db, catalog, who, today);
  const window_figures figures(db, catalog, plans);
  for (int d = v1::DIMENSION_VALUES; d <= v1::DIMENSION_COLLABORATION; ++d)
    *out.add_dimensions() =
        effect_of(plans, figures, catalog.locations.size(), static_cast<v1::Dimension>(d), min_stores);
  return out;
}

}  // namespace storepulse::plans
