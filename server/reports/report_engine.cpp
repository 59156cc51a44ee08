#include "server/reports/report_engine.h"

#include "server/calendar/calendar.h"
#include "server/reports/question_keys.h"

#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <cstdio>
#include <set>

namespace storepulse::reports {
namespace {

const char* dimension_label(v1::Dimension d) {
  switch (d) {
    case v1::DIMENSION_VALUES: return "values";
    case v1::DIMENSION_EMPOWERMENT: return "empowerment";
    case v1::DIMENSION_RECOGNITION: return "recognition";
    case v1::DIMENSION_LEADERSHIP: return "leadership";
    case v1::DIMENSION_COLLABORATION: return "collaboration";
    default: return "other";
  }
}

bool is_core_dimension(v1::Dimension d) {
  return d == v1::DIMENSION_VALUES || d == v1::DIMENSION_EMPOWERMENT || d == v1::DIMENSION_RECOGNITION;
}

int resolve_at(storage::database& db, const report_query& query) {
  if (query.at) return *query.at;
  auto latest = storage::query_int(db, "SELECT MAX(iso_week) FROM rollup_sessions");
  if (latest && *latest > 0) {
    if (auto index = week_index(static_cast<int>(*latest))) return *index;
  }
  return *week_index(calendar::iso_week(calendar::today_utc()));
}

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

// A set of stores: sums, limit gap and the CHI of each store, for a ScopeSummary.
void fill_scope(const period_data& data, v1::ScopeKind kind, const std::string& name, const store_aggregate& current,
                const store_aggregate& previous, const std::vector<std::size_t>& members, v1::ScopeSummary& out) {
  const auto& catalog = data.catalog;
  out.set_kind(kind);
  out.set_name(name);
  out.set_stores(static_cast<std::uint32_t>(members.size()));
  auto chi = chi_score(catalog, current);
  fill_score(chi, *out.mutable_chi());
  fill_score_trend(chi, chi_score(catalog, previous), *out.mutable_chi_trend());
  for (auto d : scored_dimensions(catalog)) fill_dimension(catalog, current, &previous, d, *out.add_dimensions());
  std::int64_t headcount = 0, raw_limit = 0;
  std::array<std::int64_t, 4> gap{};
  std::vector<double> chis;
  for (auto s : members) {
    headcount += catalog.locations[s].headcount;
    for (std::size_t i = 0; i < gap.size(); ++i) gap[i] += data.limit_gap[s][i];
    int q = catalog.find_question(question_keys::perceived_limit);
    if (q >= 0) raw_limit += data.current[s].raw_question_n[static_cast<std::size_t>(q)];
    if (data.chi[s].status == v1::CELL_STATUS_PUBLISHED) chis.push_back(data.chi[s].value);
  }
  fill_participation(current, headcount, *out.mutable_participation());
  fill_enps(catalog, current, *out.mutable_enps());
  fill_empowerment(catalog, current, gap, raw_limit, *out.mutable_empowerment());
  fill_consistency(std::move(chis), *out.mutable_consistency());
  for (std::size_t i = 0; i < catalog.questions.size(); ++i) {
    if (!question_shown(catalog.questions[i], current, i)) continue;
    fill_question(catalog.questions[i], current.questions[i], current.raw_question_n[i], &previous.questions[i],
                  *out.add_questions());
  }
}

std::string percent(double share) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f%%", share * 100);
  return text;
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

v1::Alert& new_alert(std::vector<v1::Alert>& alerts, v1::AlertKind kind, const location_row& location) {
  auto& alert = alerts.emplace_back();
  alert.set_kind(kind);
  alert.set_location_id(location.id);
  alert.set_location_code(location.code);
  alert.set_location_name(location.name);
  alert.set_region(location.region);
  return alert;
}

// Returns a store's alerts from its figures.
std::vector<v1::Alert> store_alerts(const location_row& location, const v1::Estimate& chi, const v1::Trend& chi_trend,
                                    const google::protobuf::RepeatedPtrField<v1::DimensionScore>& dimensions,
                                    const v1::Participation& participation, const store_aggregate& agg) {
  std::vector<v1::Alert> alerts;
  if (chi_trend.status() == v1::CELL_STATUS_PUBLISHED && chi_trend.direction() == v1::TREND_DIRECTION_DOWN) {
    auto& a = new_alert(alerts, v1::ALERT_KIND_SIGNIFICANT_DROP, location);
    a.set_value(chi.value());
    a.set_previous(chi_trend.previous());
    a.set_p_value(chi_trend.p_value());
    a.set_message("Culture Health Index dropped from " + number(chi_trend.previous()) + " to " + number(chi.value()));
  }
  for (const auto& d : dimensions) {
    if (!is_core_dimension(d.dimension())) continue;
    if (d.trend().status() == v1::CELL_STATUS_PUBLISHED && d.trend().direction() == v1::TREND_DIRECTION_DOWN) {
      auto& a = new_alert(alerts, v1::ALERT_KIND_SIGNIFICANT_DROP, location);
      a.set_dimension(d.dimension());
      a.set_value(d.score().value());
      a.set_previous(d.trend().previous());
      a.set_p_value(d.trend().p_value());
      a.set_message(std::string("Score for ") + dimension_label(d.dimension()) + " dropped from " +
                    number(d.trend().previous()) + " to " + number(d.score().value()));
    }
    if (d.polarised()) {
      auto& a = new_alert(alerts, v1::ALERT_KIND_POLARISED, location);
      a.set_dimension(d.dimension());
      a.set_value(d.polarisation());
      a.set_message(std::string("Answers on ") + dimension_label(d.dimension()) +
                    " are split: many agree and many disagree. Worth a team discussion.");
    }
  }
  if (participation.low()) {
    auto& a = new_alert(alerts, v1::ALERT_KIND_LOW_PARTICIPATION, location);
    if (participation.has_rate()) {
      a.set_value(participation.rate());
      a.set_message("Participation is " + percent(participation.rate()) + " of staff per week, below " +
                    percent(low_participation_rate));
    } else {
      a.set_message("Too few sessions to publish participation");
    }
  }
  if (participation.above_headcount()) {
    auto& a = new_alert(alerts, v1::ALERT_KIND_ABOVE_HEADCOUNT, location);
    a.set_value(participation.rate());
    a.set_message("More sessions than staff (" + percent(participation.rate()) + "): check the headcount");
  }
  if (agg.raw_quarantined > 0) {
    auto& a = new_alert(alerts, v1::ALERT_KIND_QUARANTINED, location);
    // The count is shown only when it is itself a publishable group.
    if (agg.quarantined == agg.raw_quarantined) {
      a.set_value(static_cast<double>(agg.quarantined));
      a.set_message(std::to_string(agg.quarantined) + " submissions quarantined by the daily cap");
    } else {
      a.set_message("Some submissions were quarantined by the daily cap");
    }
  }
  return alerts;
}

void fill_store_row(const period_data& data, std::size_t s, v1::StoreRow& row) {
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
       store_alerts(location, row.chi(), row.chi_trend(), row.dimensions(), row.participation(), agg)) {
    if (std::find(row.alerts().begin(), row.alerts().end(), alert.kind()) == row.alerts().end())
      row.add_alerts(alert.kind());
  }
}

// The stores and regions a caller may see, after the region filter.
struct visible_scope {
  std::vector<std::size_t> stores;
  std::vector<std::string> regions;       // shown
  std::vector<std::string> region_names;  // selectable
};

visible_scope scope_for(const period_data& data, const auth::principal& who, const std::string& region) {
  visible_scope scope;
  std::set<std::string> regions;
  const auto& locations = data.catalog.locations;
  for (std::size_t s = 0; s < locations.size(); ++s) {
    if (!who.may_see_location(locations[s].id)) continue;
    if (!locations[s].active && data.current[s].raw_sessions == 0) continue;
    regions.insert(locations[s].region);
    if (!region.empty() && locations[s].region != region) continue;
    scope.stores.push_back(s);
  }
  scope.region_names.assign(regions.begin(), regions.end());
  for (const auto& r : scope.region_names)
    if (region.empty() || r == region) scope.regions.push_back(r);
  return scope;
}

std::vector<std::size_t> region_members(const report_catalog& catalog, const std::string& region) {
  std::vector<std::size_t> members;
  for (std::size_t s = 0; s < catalog.locations.size(); ++s)
    if (catalog.locations[s].region == region) members.push_back(s);
  return members;
}

std::vector<std::size_t> all_members(const report_catalog& catalog) {
  std::vector<std::size_t> members(catalog.locations.size());
  for (std::size_t s = 0; s < members.size(); ++s) members[s] = s;
  return members;
}

}  // namespace

std::int64_t data_version(storage::database& db) {
  return storage::query_int(db, "SELECT version FROM report_data_version WHERE id = 1").value_or(0);
}

report_engine::report_engine(int min_group_size, std::chrono::seconds max_staleness)
    : k_(std::max(3, min_group_size)), max_staleness_(max_staleness) {}

std::shared_ptr<const period_data> report_engine::period(storage::database& db, const report_query& query) {
  storage::transaction snapshot(db, false);
  int at = resolve_at(db, query);
  auto version = data_version(db);
  auto key = std::pair{static_cast<int>(query.period), at};
  auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(mutex_);
    auto it = cache_.find(key);
    if (it != cache_.end() && (it->second.data->version == version || now - it->second.made < max_staleness_))
      return it->second.data;
  }

  auto data = std::make_shared<period_data>();
  data->version = version;
  data->catalog = load_catalog(db);
  data->window = make_window(query.period, at);
  const week_range windows[] = {data->window.current, data->window.previous};
  auto aggregates = aggregate_windows(db, data->catalog, windows, k_);
  data->current = std::move(aggregates[0]);
  data->previous = std::move(aggregates[1]);
  const auto& catalog = data->catalog;
  const auto stores = catalog.locations.size();
  data->chi.resize(stores);
  data->previous_chi.resize(stores);
  data->limit_gap.resize(stores);
  for (std::size_t s = 0; s < stores; ++s) {
    data->chi[s] = chi_score(catalog, data->current[s]);
    data->previous_chi[s] = chi_score(catalog, data->previous[s]);
    std::int64_t raw = 0;
    data->limit_gap[s] = store_limit_gap(catalog, data->current[s], catalog.locations[s], raw);
    const auto& region = catalog.locations[s].region;
    data->organisation.add(data->current[s]);
    data->previous_organisation.add(data->previous[s]);
    data->regions[region].add(data->current[s]);
    data->previous_regions[region].add(data->previous[s]);
  }

  std::lock_guard lock(mutex_);
  cache_[key] = {data, now};
  // Keep the few most recent periods; each holds every store's sums.
  while (cache_.size() > 6) {
    auto oldest = cache_.begin();
    for (auto it = cache_.begin(); it != cache_.end(); ++it)
      if (it->second.made < oldest->second.made) oldest = it;
    cache_.erase(oldest);
  }
  return data;
}

v1::OverviewReport report_engine::overview(storage::database& db, const auth::principal& who,
                                           const report_query& query) {
  auto data = period(db, query);
  const auto& catalog = data->catalog;
  v1::OverviewReport out;
  fill_period_info(data->window, *out.mutable_period());
  out.set_min_group_size(static_cast<std::uint32_t>(k_));
  for (auto d : scored_dimensions(catalog)) out.add_dimensions(d);
  auto scope = scope_for(*data, who, query.region);
  for (const auto& r : scope.region_names) out.add_region_names(r);

  if (who.may_see_scores()) {
    fill_scope(*data, v1::SCOPE_KIND_ORGANISATION, "Organisation", data->organisation, data->previous_organisation,
               all_members(catalog), *out.mutable_organisation());
  }
  for (const auto& region : scope.regions) {
    fill_scope(*data, v1::SCOPE_KIND_REGION, region, data->regions.at(region), data->previous_regions.at(region),
               region_members(catalog, region), *out.add_regions());
  }
  out.mutable_stores()->Reserve(static_cast<int>(scope.stores.size()));
  for (auto s : scope.stores) fill_store_row(*data, s, *out.add_stores());
  return out;
}

std::shared_ptr<const std::string> report_engine::overview_encoded(storage::database& db, const auth::principal& who,
                                                                  const report_query& query, bool binary) {
  auto data = period(db, query);
  std::string key = binary ? "pb|" : "json|";
  key += query.region + "|";
  if (who.user_role == auth::role::hr_admin) {
    key += "all";
  } else {
    auto ids = who.location_ids;
    std::sort(ids.begin(), ids.end());
    for (auto id : ids) key += std::to_string(id) + ",";
  }
  {
    std::lock_guard lock(data->encoded_mutex);
    auto it = data->encoded.find(key);
    if (it != data->encoded.end()) return it->second;
  }
  report_query same = query;
  same.at = data->window.at;
  auto message = overview(db, who, same);
  auto body = std::make_shared<std::string>();
  if (binary) {
    message.SerializeToString(body.get());
  } else {
    google::protobuf::util::JsonPrintOptions options;
    options.always_print_primitive_fields = true;
    if (!google::protobuf::util::MessageToJsonString(message, body.get(), options).ok())
      throw std::runtime_error("overview could not be encoded");
    body->push_back('\n');
  }
  std::lock_guard lock(data->encoded_mutex);
  if (data->encoded.size() > 32) data->encoded.clear();
  data->encoded[key] = body;
  return body;
}

v1::AlertsReport report_engine::alerts(storage::database& db, const auth::principal& who, const report_query& query) {
  auto data = period(db, query);
  v1::AlertsReport out;
  fill_period_info(data->window, *out.mutable_period());
  out.set_min_group_size(static_cast<std::uint32_t>(k_));
  for (auto s : scope_for(*data, who, query.region).stores) {
    v1::StoreRow row;
    fill_store_row(*data, s, row);
    for (auto& alert : store_alerts(data->catalog.locations[s], row.chi(), row.chi_trend(), row.dimensions(),
                                    row.participation(), data->current[s]))
      *out.add_alerts() = std::move(alert);
  }
  return out;
}

std::optional<v1::LocationReport> report_engine::location(storage::database& db, std::int64_t location_id,
                                                          const report_query& query) {
  auto data = period(db, query);
  const auto& catalog = data->catalog;
  auto found = catalog.location_index.find(location_id);
  if (found == catalog.location_index.end()) return std::nullopt;
  const auto s = static_cast<std::size_t>(found->second);
  const auto& location = catalog.locations[s];

  // Windows: the current period, then older ones; the one after the last point is its "previous".
  const int points = std::clamp(query.history, 1, 24);
  std::vector<period_window> history{data->window};
  while (static_cast<int>(history.size()) < points + 1) history.push_back(previous_window(history.back()));
  std::vector<week_range> windows;
  for (const auto& w : history) windows.push_back(w.current);
  std::vector<std::vector<store_aggregate>> aggregates;
  {
    storage::transaction snapshot(db, false);
    aggregates = aggregate_windows(db, catalog, windows, k_, found->second);
  }
  const auto& agg = aggregates[0][s];
  const auto& previous = aggregates[1][s];

  v1::LocationReport out;
  fill_period_info(data->window, *out.mutable_period());
  out.set_min_group_size(static_cast<std::uint32_t>(k_));
  auto& info = *out.mutable_location();
  info.set_id(location.id);
  info.set_code(location.code);
  info.set_name(location.name);
  info.set_region(location.region);
  info.set_timezone(location.timezone);
  info.set_headcount(static_cast<std::uint32_t>(std::max<std::int64_t>(0, location.headcount)));
  info.set_remediation_limit_minor(static_cast<std::uint64_t>(std::max<std::int64_t>(0, location.remediation_limit_minor)));
  info.set_currency(location.currency);
  info.set_active(location.active);

  auto chi = chi_score(catalog, agg);
  fill_score(chi, *out.mutable_chi());
  fill_score_trend(chi, chi_score(catalog, previous), *out.mutable_chi_trend());
  for (auto d : scored_dimensions(catalog)) fill_dimension(catalog, agg, &previous, d, *out.add_dimensions());
  for (std::size_t i = 0; i < catalog.questions.size(); ++i) {
    if (!question_shown(catalog.questions[i], agg, i)) continue;
    fill_question(catalog.questions[i], agg.questions[i], agg.raw_question_n[i], &previous.questions[i],
                  *out.add_questions());
  }
  fill_participation(agg, location.headcount, *out.mutable_participation());
  std::int64_t raw_limit = 0;
  auto gap = store_limit_gap(catalog, agg, location, raw_limit);
  fill_empowerment(catalog, agg, gap, raw_limit, *out.mutable_empowerment());
  fill_enps(catalog, agg, *out.mutable_enps());

  for (int i = points - 1; i >= 0; --i) {
    const auto& point_agg = aggregates[static_cast<std::size_t>(i)][s];
    auto& point = *out.add_history();
    fill_period_info(history[static_cast<std::size_t>(i)], *point.mutable_period());
    fill_score(chi_score(catalog, point_agg), *point.mutable_chi());
    for (auto d : scored_dimensions(catalog))
      fill_dimension(catalog, point_agg, &aggregates[static_cast<std::size_t>(i) + 1][s], d, *point.add_dimensions());
    fill_participation(point_agg, location.headcount, *point.mutable_participation());
    fill_key_share(catalog, point_agg, question_keys::knows_limit, *point.mutable_knows_limit());
    fill_key_share(catalog, point_agg, question_keys::used_last_7_days, *point.mutable_used_last_7_days());
    fill_remediation(point_agg, *point.mutable_remediation());
  }
  for (auto& alert : store_alerts(location, out.chi(), out.chi_trend(), out.dimensions(), out.participation(), agg))
    *out.add_alerts() = std::move(alert);
  for (auto d : scored_dimensions(catalog))
    fill_dimension(catalog, data->organisation, &data->previous_organisation, d, *out.add_organisation_dimensions());
  fill_score(chi_score(catalog, data->organisation), *out.mutable_organisation_chi());
  return out;
}

}  // namespace storepulse::reports
