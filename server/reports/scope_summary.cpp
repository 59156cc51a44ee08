#include "server/reports/scope_summary.h"

#include "server/reports/question_keys.h"
#include "server/reports/store_alerts.h"

#include <algorithm>

namespace storepulse::reports {
namespace {

// How many members outside the caller's stores publish each series in an aggregate.
struct publishers {
  std::vector<int> questions;
  int sessions = 0, quarantined = 0, remediations = 0;
};

void count_publishers(const store_aggregate& a, publishers& p) {
  for (std::size_t q = 0; q < a.questions.size() && q < p.questions.size(); ++q) p.questions[q] += a.questions[q].n > 0;
  p.sessions += a.sessions > 0;
  p.quarantined += a.quarantined > 0;
  p.remediations += a.remediation_events > 0;
}

// Drops from a sum the series too few other stores publish; the raw counts stay, so that the
// figure reads as suppressed rather than as no data.
bool drop_thin_series(store_aggregate& a, const publishers& others, int min_stores) {
  bool dropped = false;
  for (std::size_t q = 0; q < a.questions.size(); ++q) {
    if (others.questions[q] >= min_stores) continue;
    dropped |= a.questions[q].n > 0;
    a.questions[q] = {};
  }
  if (others.sessions < min_stores) {
    dropped |= a.sessions > 0;
    a.sessions = 0;
    a.session_staff_weeks = 0;
  }
  if (others.quarantined < min_stores) a.quarantined = 0;
  if (others.remediations < min_stores) {
    dropped |= a.remediation_events > 0;
    a.remediation_events = 0;
    a.remediation = {};
  }
  return dropped;
}

}  // namespace

std::array<std::int64_t, 4> store_limit_gap(const report_catalog& catalog, const store_aggregate& agg,
                                            const location_row& location, std::int64_t& raw) {
  int q = catalog.find_question(question_keys::perceived_limit);
  if (q < 0 || static_cast<std::size_t>(q) >= agg.questions.size()) return {};
  const auto& question = catalog.questions[static_cast<std::size_t>(q)];
  if (question.type != v1::QUESTION_TYPE_LIMIT_BAND) return {};
  raw += agg.raw_question_n[static_cast<std::size_t>(q)];
  return limit_gap_counts(question, agg.questions[static_cast<std::size_t>(q)], location.remediation_limit_minor);
}

bool question_shown(const question_row& q, const store_aggregate& agg, std::size_t i) {
  return q.active || (i < agg.raw_question_n.size() && agg.raw_question_n[i] > 0);
}

comparison compare(const period_data& data, std::span<const std::size_t> members, const auth::principal& who,
                   int min_stores, const std::optional<std::string>& region) {
  comparison out;
  if (who.user_role == auth::role::hr_admin) {
    // HR sees every store: the sums made once for the period.
    if (!region) return {data.organisation, data.previous_organisation, false};
    auto now = data.regions.find(*region), before = data.previous_regions.find(*region);
    if (now != data.regions.end() && before != data.previous_regions.end()) return {now->second, before->second, false};
  }
  const auto questions = data.catalog.questions.size();
  publishers now{std::vector<int>(questions)}, before{std::vector<int>(questions)};
  for (auto s : members) {
    out.current.add(data.current[s]);
    out.previous.add(data.previous[s]);
    if (who.may_see_location(data.catalog.locations[s].id)) continue;
    count_publishers(data.current[s], now);
    count_publishers(data.previous[s], before);
  }
  if (who.user_role == auth::role::hr_admin) return out;
  // Each period on its own: the previous one is what a trend shows.
  out.withheld = drop_thin_series(out.current, now, min_stores);
  drop_thin_series(out.previous, before, min_stores);
  return out;
}

void fill_scope(const period_data& data, v1::ScopeKind kind, const std::string& name, const comparison& scope,
                std::span<const std::size_t> members, bool show_spread, v1::ScopeSummary& out) {
  const auto& catalog = data.catalog;
  const auto& current = scope.current;
  const auto& previous = scope.previous;
  out.set_kind(kind);
  out.set_name(name);
  out.set_stores(static_cast<std::uint32_t>(members.size()));
  out.set_withheld_for_comparison(scope.withheld);
  auto chi = chi_score(catalog, current);
  fill_score(chi, *out.mutable_chi());
  fill_score_trend(chi, chi_score(catalog, previous), *out.mutable_chi_trend());
  for (auto d : scored_dimensions(catalog)) fill_dimension(catalog, current, &previous, d, *out.add_dimensions());
  std::int64_t headcount = 0, raw_limit = 0;
  std::array<std::int64_t, 4> gap{};
  std::vector<double> chis;
  int limit = catalog.find_question(question_keys::perceived_limit);
  bool limit_kept = limit >= 0 && current.questions[static_cast<std::size_t>(limit)].n > 0;
  for (auto s : members) {
    headcount += catalog.locations[s].headcount;
    if (limit_kept)
      for (std::size_t i = 0; i < gap.size(); ++i) gap[i] += data.limit_gap[s][i];
    if (limit >= 0) raw_limit += data.current[s].raw_question_n[static_cast<std::size_t>(limit)];
    if (data.chi[s].status == v1::CELL_STATUS_PUBLISHED) chis.push_back(data.chi[s].value);
  }
  fill_participation(current, headcount, *out.mutable_participation());
  fill_enps(catalog, current, *out.mutable_enps());
  fill_empowerment(catalog, current, gap, raw_limit, *out.mutable_empowerment());
  if (show_spread) fill_consistency(std::move(chis), *out.mutable_consistency());
  for (std::size_t i = 0; i < catalog.questions.size(); ++i) {
    if (!question_shown(catalog.questions[i], current, i)) continue;
    fill_question(catalog.questions[i], current.questions[i], current.raw_question_n[i], &previous.questions[i],
                  *out.add_questions());
  }
}

void fill_store_row(const period_data& data, const v1::PeriodInfo& period, std::size_t s, v1::StoreRow& row) {
  const auto& catalog = data.catalog;
  const auto& location = catalog.locations[s];
  const auto& agg = data.current[s];
  row.set_location_id(location.id);
  row.set_code(location.code);
  row.set_name(location.name);
  row.set_region(location.region);
  fill_score(data.chi[s], *row.mutable_chi());
  fill_score_trend(data.chi[s], data.previous_chi[s], *row.mutable_chi_trend());
  for (auto d : scored_dimensions(catalog)) {
    auto& dim = *row.add_dimensions();
    fill_dimension(catalog, agg, &data.previous[s], d, dim);
    if (is_core_dimension(d) && dim.polarised()) row.set_polarised(true);
  }
  fill_participation(agg, location.headcount, *row.mutable_participation());
  fill_enps(catalog, agg, *row.mutable_enps());
  fill_key_share(catalog, agg, question_keys::knows_limit, *row.mutable_knows_limit());
  fill_key_share(catalog, agg, question_keys::used_last_7_days, *row.mutable_used_last_7_days());
  for (const auto& alert :
       store_alerts(location, period, row.chi(), row.chi_trend(), row.dimensions(), row.participation(), agg)) {
    if (std::find(row.alerts().begin(), row.alerts().end(), alert.kind()) == row.alerts().end())
      row.add_alerts(alert.kind());
  }
}

}  // namespace storepulse::reports
