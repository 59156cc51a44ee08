#include "server/plans/plan_outcome.h"

#include "calendar/calendar.h"
#include "server/plans/plan_target.h"
#include "server/reports/indicators.h"
#include "server/reports/report_period.h"
#include "server/reports/statistics.h"
#include "server/reports/window_aggregate.h"

#include <algorithm>
#include <cmath>

namespace storepulse::plans {
namespace {

using reports::answer_stats;
using reports::store_aggregate;
using reports::week_range;

enum class test_kind { score_z, welch, proportion };

// One window's figure and what its test needs.
struct measure {
  v1::CellStatus status = v1::CELL_STATUS_NO_DATA;
  test_kind test = test_kind::score_z;
  double value = 0, se = 0;        // shown value; se for score_z
  double n = 0, mean = 0, sd = 0;  // welch
  std::int64_t x = 0, trials = 0;  // proportion
  double scale = 1;                // shown value per unit of the tested mean (AGREE5 score: 25)
};

double mean_of(const answer_stats& a) { return static_cast<double>(a.sum) / static_cast<double>(a.n); }

double sd_of(const answer_stats& a) {
  if (a.n < 2) return 0;
  double n = static_cast<double>(a.n), sum = static_cast<double>(a.sum);
  double variance = (static_cast<double>(a.sum_sq) - sum * sum / n) / (n - 1);
  return variance > 0 ? std::sqrt(variance) : 0;
}

measure share_measure(std::int64_t x, std::int64_t n, std::int64_t raw_n) {
  measure m;
  m.test = test_kind::proportion;
  m.status = reports::status_of(n, raw_n);
  if (m.status != v1::CELL_STATUS_PUBLISHED) return m;
  m.x = x;
  m.trials = n;
  m.value = static_cast<double>(x) / static_cast<double>(n);
  return m;
}

// Returns the measure of a target over the members' summed aggregate (limit gap: per store,
// against each store's own limit).
measure measure_of(const reports::report_catalog& catalog, const std::vector<store_aggregate>& stores,
                   const std::vector<std::size_t>& members, const v1::PlanTarget& target) {
  store_aggregate total;
  for (auto s : members) total.add(stores[s]);
  if (target.kind() == v1::PLAN_TARGET_KIND_DIMENSION) {
    auto score = reports::dimension_score(catalog, total, target.dimension());
    measure m;
    m.status = score.status;
    m.value = score.value;
    m.se = score.se;
    return m;
  }
  auto key =
      target.kind() == v1::PLAN_TARGET_KIND_QUESTION ? target.question_key() : figure_question_key(target.figure());
  int qi = catalog.find_question(key);
  if (qi < 0 || static_cast<std::size_t>(qi) >= total.questions.size()) return {};
  const auto q = static_cast<std::size_t>(qi);
  const auto& question = catalog.questions[q];
  const auto& a = total.questions[q];
  const auto raw = total.raw_question_n[q];
  if (target.kind() == v1::PLAN_TARGET_KIND_EMPOWERMENT) {
    switch (target.figure()) {
      case v1::EMPOWERMENT_FIGURE_KNOWS_LIMIT:
      case v1::EMPOWERMENT_FIGURE_FEELS_TRUSTED: return share_measure(a.histogram[4] + a.histogram[5], a.n, raw);
      case v1::EMPOWERMENT_FIGURE_USED_LAST_7_DAYS: return share_measure(a.histogram[1], a.n, raw);
      case v1::EMPOWERMENT_FIGURE_LIMIT_GAP: {
        std::int64_t correct = 0, n = 0;
        for (auto s : members) {
          if (q >= stores[s].questions.size()) continue;
          auto counts =
              reports::limit_gap_counts(question, stores[s].questions[q], catalog.locations[s].remediation_limit_minor);
          correct += counts[1];
          n += counts[0] + counts[1] + counts[2] + counts[3];
        }
        return share_measure(correct, n, raw);
      }
      default: return {};
    }
  }
  if (question.type == v1::QUESTION_TYPE_YES_NO) return share_measure(a.histogram[1], a.n, raw);
  measure m;
  m.test = test_kind::welch;
  m.status = reports::status_of(a.n, raw);
  if (m.status != v1::CELL_STATUS_PUBLISHED) return m;
  m.n = static_cast<double>(a.n);
  m.mean = mean_of(a);
  m.sd = sd_of(a);
  if (question.type == v1::QUESTION_TYPE_AGREE5) {
    m.scale = question.reverse_scored ? -25 : 25;
    m.value = question.reverse_scored ? (5 - m.mean) * 25 : (m.mean - 1) * 25;
  } else {
    m.value = m.mean;
  }
  m.se = std::abs(m.scale) * m.sd / std::sqrt(m.n);
  return m;
}

void fill_estimate(const measure& m, v1::Estimate& out) {
  out.set_status(m.status);
  if (m.status != v1::CELL_STATUS_PUBLISHED) return;
  out.set_value(m.value);
  if (m.test == test_kind::proportion) {
    auto ci = reports::wilson_interval(m.x, m.trials);
    out.set_ci_low(ci.low);
    out.set_ci_high(ci.high);
  } else {
    out.set_ci_low(m.value - reports::z_95 * m.se);
    out.set_ci_high(m.value + reports::z_95 * m.se);
  }
}

std::string window_words(const week_range& w) {
  return reports::week_text(w.first) + " to " + reports::week_text(w.last);
}

std::string missing_reason(const measure& m, const char* which, const week_range& w) {
  if (m.status == v1::CELL_STATUS_SUPPRESSED)
    return std::string("Held back: the weeks ") + which + " (" + window_words(w) +
           ") have too few published answers to show without risking a small group's anonymity.";
  return std::string("No published answers to this figure in the weeks ") + which + " (" + window_words(w) + ").";
}

}  // namespace

std::optional<outcome_windows> windows_of(int start_day, int end_day) {
  auto first = reports::week_index(calendar::iso_week(start_day));
  auto last = reports::week_index(calendar::iso_week(std::max(start_day, end_day)));
  if (!first || !last) return std::nullopt;
  const int weeks = std::clamp(*last - *first + 1, min_outcome_weeks, max_outcome_weeks);
  return outcome_windows{weeks, {*first - weeks, *first - 1}, {*last + 1, *last + weeks}};
}

std::vector<std::int64_t> plan_location_ids(const reports::report_catalog& catalog, const v1::ActionPlan& plan) {
  if (plan.scope() == v1::SCOPE_KIND_LOCATION) return {plan.location_id()};
  std::vector<std::int64_t> ids;
  for (const auto& location : catalog.locations)
    if (plan.scope() != v1::SCOPE_KIND_REGION || location.region == plan.region()) ids.push_back(location.id);
  return ids;
}

v1::PlanOutcome plan_outcome(storage::database& db, const reports::report_catalog& catalog,
                             const outcome_request& request) {
  v1::PlanOutcome out;
  out.set_status(v1::CELL_STATUS_NO_DATA);
  auto span = windows_of(request.start_day, request.end_day);
  if (!span) {
    out.set_reason("The plan's dates are out of range.");
    return out;
  }
  const int weeks = span->weeks;
  const week_range before = span->before;
  const week_range after = span->after;
  out.set_weeks(static_cast<std::uint32_t>(weeks));
  auto& b = *out.mutable_before();
  b.set_first_week(reports::week_text(before.first));
  b.set_last_week(reports::week_text(before.last));
  auto& a = *out.mutable_after();
  a.set_first_week(reports::week_text(after.first));
  a.set_last_week(reports::week_text(after.last));

  std::vector<std::size_t> members;
  std::optional<int> published_through;
  for (auto id : request.location_ids) {
    auto found = catalog.location_index.find(id);
    if (found == catalog.location_index.end()) continue;
    auto s = static_cast<std::size_t>(found->second);
    members.push_back(s);
    const auto& closed = catalog.locations[s].closed_through;
    if (closed && (!published_through || *closed < *published_through)) published_through = closed;
  }
  if (members.empty()) {
    out.set_reason("The plan covers no store.");
    return out;
  }
  if (!published_through || *published_through < after.last) {
    out.set_reason("The weeks after the plan (" + window_words(after) +
                   ") are not all published yet; the comparison appears once they are.");
    return out;
  }

  const week_range windows[] = {before, after};
  std::vector<std::vector<store_aggregate>> aggregates;
  if (members.size() == 1) {
    // One store: only its blocks are read; the other stores' places stay empty.
    auto one = reports::aggregate_store_windows(db, catalog, windows, static_cast<int>(members.front()));
    aggregates.assign(2, std::vector<store_aggregate>(catalog.locations.size()));
    aggregates[0][members.front()] = std::move(one[0]);
    aggregates[1][members.front()] = std::move(one[1]);
  } else {
    aggregates = reports::aggregate_windows(db, catalog, windows);
  }
  auto m_before = measure_of(catalog, aggregates[0], members, request.target);
  auto m_after = measure_of(catalog, aggregates[1], members, request.target);
  const bool share = m_before.test == test_kind::proportion;
  out.set_unit(share                                                                            ? "share"
               : request.target.kind() == v1::PLAN_TARGET_KIND_DIMENSION || m_before.scale != 1 ? "score"
                                                                                                : "mean");
  fill_estimate(m_before, *b.mutable_estimate());
  fill_estimate(m_after, *a.mutable_estimate());
  if (m_before.status != v1::CELL_STATUS_PUBLISHED || m_after.status != v1::CELL_STATUS_PUBLISHED) {
    out.set_status(m_before.status == v1::CELL_STATUS_SUPPRESSED || m_after.status == v1::CELL_STATUS_SUPPRESSED
                       ? v1::CELL_STATUS_SUPPRESSED
                       : v1::CELL_STATUS_NO_DATA);
    std::string reason;
    if (m_before.status != v1::CELL_STATUS_PUBLISHED) reason = missing_reason(m_before, "before the start", before);
    if (m_after.status != v1::CELL_STATUS_PUBLISHED)
      reason += (reason.empty() ? "" : " ") + missing_reason(m_after, "after the end", after);
    out.set_reason(reason);
    out.mutable_change()->set_status(out.status());
    return out;
  }

  reports::test_result result;
  const char* test = "z_conservative";
  switch (m_before.test) {
    case test_kind::score_z: result = reports::z_test(m_after.value, m_after.se, m_before.value, m_before.se); break;
    case test_kind::welch:
      result = reports::welch_t_test(m_after.n, m_after.mean, m_after.sd, m_before.n, m_before.mean, m_before.sd);
      test = "welch_t";
      break;
    case test_kind::proportion:
      result = reports::two_proportion_z_test(m_after.x, m_after.trials, m_before.x, m_before.trials);
      test = "two_proportion_z";
      break;
  }
  const double change = m_after.value - m_before.value;
  auto& trend = *out.mutable_change();
  trend.set_status(v1::CELL_STATUS_PUBLISHED);
  trend.set_previous(m_before.value);
  trend.set_change(change);
  trend.set_p_value(result.p_value);
  trend.set_test(test);
  trend.set_direction(result.p_value >= reports::significance_level || change == 0 ? v1::TREND_DIRECTION_NOT_SIGNIFICANT
                      : change > 0                                                 ? v1::TREND_DIRECTION_UP
                                                                                   : v1::TREND_DIRECTION_DOWN);
  out.set_status(v1::CELL_STATUS_PUBLISHED);
  return out;
}

}  // namespace storepulse::plans
