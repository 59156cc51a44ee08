#include "server/plans/focus_suggestions.h"

#include "server/plans/plan_target.h"
#include "server/plans/starter_library.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace storepulse::plans {
namespace {

bool published(const v1::Estimate& e) { return e.status() == v1::CELL_STATUS_PUBLISHED && e.has_value(); }

std::string whole(double value) { return std::to_string(static_cast<long long>(std::lround(value))); }

std::string percent(double share) { return whole(share * 100) + "%"; }

std::string p_text(double p) {
  if (p < 0.001) return "p < 0.001";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "p = %.3f", p);
  return buffer;
}

std::string money(std::uint64_t minor, const std::string& currency) {
  char buffer[48];
  if (minor % 100 == 0)
    std::snprintf(buffer, sizeof buffer, "%llu %s", static_cast<unsigned long long>(minor / 100), currency.c_str());
  else
    std::snprintf(buffer, sizeof buffer, "%.2f %s", static_cast<double>(minor) / 100.0, currency.c_str());
  return buffer;
}

struct candidate {
  double urgency = 0;
  v1::PlanTarget target;
  std::string rule;
  std::string reason;
};

v1::PlanTarget dimension_target(v1::Dimension d) {
  v1::PlanTarget t;
  t.set_kind(v1::PLAN_TARGET_KIND_DIMENSION);
  t.set_dimension(d);
  t.set_label(dimension_label(d));
  return t;
}

v1::PlanTarget figure_target(v1::EmpowermentFigure f) {
  v1::PlanTarget t;
  t.set_kind(v1::PLAN_TARGET_KIND_EMPOWERMENT);
  t.set_figure(f);
  t.set_label(figure_label(f));
  return t;
}

}  // namespace

v1::FocusSuggestions suggest_focus(const v1::LocationReport& report, const v1::StarterActionLibrary& library,
                                   const std::string& language, const std::map<std::string, std::int64_t>& open_plans) {
  std::vector<candidate> found;
  const auto& period = report.period();
  const std::string previous =
      period.previous_label().empty() ? "the previous period" : "the previous period (" + period.previous_label() + ")";

  // Significant drops: urgency 3 and more.
  for (const auto& d : report.dimensions()) {
    const auto& t = d.trend();
    if (!published(d.score()) || t.status() != v1::CELL_STATUS_PUBLISHED || t.direction() != v1::TREND_DIRECTION_DOWN)
      continue;
    found.push_back({3 + std::abs(t.change()) / 100, dimension_target(d.dimension()), "significant_drop",
                     dimension_label(d.dimension()) + " fell from " + whole(t.previous()) + " to " +
                         whole(d.score().value()) + " against " + previous + ", a significant drop (" +
                         p_text(t.p_value()) + ")."});
  }

  const auto& e = report.empowerment();
  const auto& gap = e.limit_gap();
  if (gap.status() == v1::CELL_STATUS_PUBLISHED && gap.has_believe_correct() &&
      gap.believe_correct() < limit_known_below) {
    std::string detail;
    if (gap.believe_lower() >= gap.believe_higher() && gap.believe_lower() >= gap.dont_know())
      detail = percent(gap.believe_lower()) + " believe it is lower";
    else if (gap.believe_higher() >= gap.dont_know())
      detail = percent(gap.believe_higher()) + " believe it is higher";
    else
      detail = percent(gap.dont_know()) + " don't know it";
    found.push_back(
        {2 + (limit_known_below - gap.believe_correct()), figure_target(v1::EMPOWERMENT_FIGURE_LIMIT_GAP), "limit_gap",
         "Only " + percent(gap.believe_correct()) + " of staff name the real limit of " +
             money(report.location().remediation_limit_minor(), report.location().currency()) + "; " + detail + "."});
  }
  if (published(e.used_last_7_days()) && e.used_last_7_days().value() < used_last_7_days_below)
    found.push_back({2 + (used_last_7_days_below - e.used_last_7_days().value()),
                     figure_target(v1::EMPOWERMENT_FIGURE_USED_LAST_7_DAYS), "low_use",
                     "Only " + percent(e.used_last_7_days().value()) +
                         " fixed a customer's problem on the spot in the last 7 days."});
  if (published(e.knows_limit()) && e.knows_limit().value() < knows_limit_below)
    found.push_back({2 + (knows_limit_below - e.knows_limit().value()),
                     figure_target(v1::EMPOWERMENT_FIGURE_KNOWS_LIMIT), "low_knows_limit",
                     "Only " + percent(e.knows_limit().value()) +
                         " say they know how much they may spend to fix a "
                         "problem without asking."});

  // Below the organisation: urgency 1 and more, only where the comparison is shown.
  if (!report.organisation_withheld()) {
    for (const auto& d : report.dimensions()) {
      if (!published(d.score())) continue;
      for (const auto& o : report.organisation_dimensions()) {
        if (o.dimension() != d.dimension() || !published(o.score())) continue;
        double below = o.score().value() - d.score().value();
        if (below < below_organisation_by) continue;
        found.push_back({1 + below / 100, dimension_target(d.dimension()), "below_organisation",
                         dimension_label(d.dimension()) + " scores " + whole(d.score().value()) + " here against " +
                             whole(o.score().value()) + " across the organisation."});
      }
    }
  }

  std::stable_sort(found.begin(), found.end(),
                   [](const candidate& a, const candidate& b) { return a.urgency > b.urgency; });
  v1::FocusSuggestions out;
  *out.mutable_period() = report.period();
  out.set_location_id(report.location().id());
  std::vector<std::string> taken;
  for (const auto& c : found) {
    auto id = target_id(c.target);
    if (std::find(taken.begin(), taken.end(), id) != taken.end()) continue;
    taken.push_back(id);
    auto& s = *out.add_suggestions();
    *s.mutable_target() = c.target;
    s.set_rule(c.rule);
    s.set_reason(c.reason);
    for (auto& starter : starters_for(library, c.target, language)) *s.add_starters() = std::move(starter);
    auto open = open_plans.find(id);
    if (open != open_plans.end()) s.set_open_plan_id(open->second);
    if (out.suggestions_size() == max_suggestions) break;
  }
  return out;
}

}  // namespace storepulse::plans
