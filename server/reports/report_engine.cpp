#include "server/reports/report_engine.h"

#include "calendar/calendar.h"
#include "server/http/json_encoding.h"
#include "server/reports/csv_export.h"
#include "server/reports/question_keys.h"
#include "server/reports/scope_summary.h"
#include "server/reports/store_alerts.h"

#include <algorithm>
#include <set>

namespace storepulse::reports {
namespace {

int resolve_at(storage::database& db, const report_query& query) {
  if (query.at) return *query.at;
  if (auto last = last_published_week(db)) return *last;
  // Nothing published yet: the week before this one, which is the next to be.
  return *week_index(calendar::iso_week(calendar::today_utc())) - 1;
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

// Returns the key of what a caller may see: HR everything, a manager their stores.
std::string scope_key(const auth::principal& who) {
  if (who.user_role == auth::role::hr_admin) return "all";
  auto ids = who.location_ids;
  std::sort(ids.begin(), ids.end());
  std::string key;
  for (auto id : ids) key += std::to_string(id) + ",";
  return key;
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

// Returns the period of an overview or alerts report, with the latest revision among the stores
// shown.
v1::PeriodInfo period_info(const period_data& data, const std::vector<std::size_t>& stores) {
  v1::PeriodInfo info;
  fill_period_info(data.window, data.catalog.closed_through, info);
  std::string revised;
  for (auto s : stores) revised = std::max(revised, data.current[s].revised_on);
  if (!revised.empty()) info.set_revised_on(revised);
  return info;
}

void add_revisions(storage::database& db, std::int64_t location_id, int since, v1::LocationReport& out) {
  auto stmt = db.prepare(
      "SELECT DISTINCT revised_on, first_week, last_week FROM blocks WHERE location_id = ? AND last_week >= ?"
      " AND revised_on IS NOT NULL ORDER BY revised_on DESC, first_week DESC LIMIT 20");
  stmt.bind(1, location_id).bind(2, week_yyyyww(since));
  while (stmt.step()) {
    auto& r = *out.add_revisions();
    r.set_revised_on(stmt.column_text(0));
    r.set_first_week(week_text(week_index(stmt.column_int(1)).value_or(0)));
    r.set_last_week(week_text(week_index(stmt.column_int(2)).value_or(0)));
  }
}

// Returns a caller who sees every store, as HR does.
auth::principal everyone() {
  auth::principal hr;
  hr.user_role = auth::role::hr_admin;
  return hr;
}

}  // namespace

report_query dashboard_first_page(v1::Period period) {
  report_query first;
  first.period = period;
  first.page.order.column = sort_column::chi;
  return first;
}

std::optional<int> last_published_week(storage::database& db) {
  auto latest = storage::query_int(db, "SELECT MAX(closed_through) FROM publication_state");
  if (!latest || *latest <= 0) return std::nullopt;
  return week_index(static_cast<int>(*latest));
}

std::int64_t data_version(storage::database& db) {
  return storage::query_int(db, "SELECT version FROM report_data_version WHERE id = 1").value_or(0);
}

report_engine::report_engine(int min_group_size, int comparison_min_stores, std::chrono::seconds max_staleness)
    : k_(std::max(3, min_group_size)), comparison_min_stores_(std::max(1, comparison_min_stores)),
      max_staleness_(max_staleness) {}

void report_engine::run_in_background(background_runner runner) {
  std::lock_guard lock(mutex_);
  background_ = std::move(runner);
}

std::shared_ptr<const period_data> report_engine::period(storage::database& db, const report_query& query) {
  return figures(db, query, true);
}

std::shared_ptr<const period_data> report_engine::figures(storage::database& db, const report_query& query,
                                                          bool outdated_allowed) {
  storage::read_snapshot snapshot(db);
  const int at = resolve_at(db, query);
  const auto version = data_version(db);
  const cache_key key{static_cast<int>(query.period), at};
  std::shared_ptr<const period_data> older;
  {
    std::lock_guard lock(mutex_);
    auto it = cache_.find(key);
    if (it != cache_.end() && it->second.data->version == version) return it->second.data;
    if (outdated_allowed)
      if (auto outdated = outdated_answer(key, query, std::chrono::steady_clock::now())) return outdated;
    if (it != cache_.end()) older = it->second.data;
  }
  return make_figures(db, key, make_window(query.period, at), version, std::move(older));
}

std::shared_ptr<const period_data> report_engine::outdated_answer(const cache_key& key, const report_query& query,
                                                                  std::chrono::steady_clock::time_point now) {
  if (max_staleness_.count() <= 0) return nullptr;
  auto it = cache_.find(key);
  if (it == cache_.end() && !query.at) {
    // The latest week has just closed: the period's figures for the week before it.
    for (auto other = cache_.begin(); other != cache_.end(); ++other)
      if (other->first.first == key.first && other->first.second < key.second &&
          (it == cache_.end() || other->first.second > it->first.second))
        it = other;
  }
  if (it == cache_.end()) return nullptr;
  auto& entry = it->second;
  if (!entry.outdated_since) entry.outdated_since = now;
  if (now - *entry.outdated_since >= max_staleness_) return nullptr;
  if (background_ && !entry.refreshing) {
    auto self = weak_from_this().lock();
    report_query fresh = query;
    fresh.at = key.second;
    const auto outdated_key = it->first;
    entry.refreshing = self && background_([self, fresh, outdated_key](storage::database& db) {
      try {
        self->figures(db, fresh, false);
      } catch (const std::exception&) {
        // The next request makes them, or tries again.
      }
      std::lock_guard lock(self->mutex_);
      auto outdated = self->cache_.find(outdated_key);
      if (outdated != self->cache_.end()) outdated->second.refreshing = false;
    });
  }
  return entry.data;
}

std::shared_ptr<const period_data> report_engine::make_figures(storage::database& db, const cache_key& key,
                                                               const period_window& window, std::int64_t version,
                                                               std::shared_ptr<const period_data> older) {
  std::promise<std::shared_ptr<const period_data>> made;
  std::shared_future<std::shared_ptr<const period_data>> other;
  {
    std::lock_guard lock(mutex_);
    auto it = making_.find({key, version});
    if (it != making_.end()) other = it->second;
    else making_.emplace(std::pair{key, version}, made.get_future().share());
  }
  if (other.valid()) return other.get();  // rethrows what the other caller's attempt threw
  std::shared_ptr<const period_data> data;
  try {
    auto fresh = older ? refresh_period_data(db, *older, version) : make_period_data(db, window, version);
    // HR's rows and the dashboard's first page are what most first requests need: made once.
    encoded_page(*fresh, everyone(), dashboard_first_page(static_cast<v1::Period>(key.first)), false);
    data = std::move(fresh);
  } catch (...) {
    made.set_exception(std::current_exception());
    std::lock_guard lock(mutex_);
    making_.erase({key, version});
    throw;
  }
  made.set_value(data);
  std::lock_guard lock(mutex_);
  making_.erase({key, version});
  auto& entry = cache_[key];
  if (!entry.data || entry.data->version <= version) {
    entry.refreshing = false;
    entry.outdated_since.reset();
    entry.data = data;
    entry.made = std::chrono::steady_clock::now();
  }
  // Keep the few most recent periods; each holds every store's sums.
  while (cache_.size() > 6) {
    auto oldest = cache_.begin();
    for (auto it = cache_.begin(); it != cache_.end(); ++it)
      if (it->second.made < oldest->second.made) oldest = it;
    cache_.erase(oldest);
  }
  return data;
}

void report_engine::prepare(storage::database& db) {
  prepared_version_ = data_version(db);
  for (auto period : {v1::PERIOD_ROLLING_4W, v1::PERIOD_WEEK, v1::PERIOD_MONTH, v1::PERIOD_QUARTER}) {
    auto first = dashboard_first_page(period);
    encoded_page(*figures(db, first, false), everyone(), first, false);
  }
}

bool report_engine::prepare_if_changed(storage::database& db) {
  if (prepared_version_ == data_version(db)) return false;
  prepare(db);
  return true;
}

void report_engine::prepare_in_background() {
  background_runner runner;
  {
    std::lock_guard lock(mutex_);
    runner = background_;
  }
  auto self = weak_from_this().lock();
  if (!runner || !self) return;
  (void)runner([self](storage::database& db) {
    try {
      self->prepare(db);
    } catch (const std::exception&) {
      // Nothing to prepare (e.g. an empty database); requests make the figures.
    }
  });
}

v1::OverviewReport report_engine::overview(storage::database& db, const auth::principal& who,
                                           const report_query& query) {
  return build_overview(*period(db, query), who, query.region);
}

v1::OverviewReport report_engine::build_overview(const period_data& data, const auth::principal& who,
                                                 const std::string& region, bool with_stores) const {
  const auto& catalog = data.catalog;
  v1::OverviewReport out;
  auto scope = scope_for(data, who, region);
  *out.mutable_period() = period_info(data, scope.stores);
  out.set_min_group_size(static_cast<std::uint32_t>(k_));
  out.set_comparison_min_stores(static_cast<std::uint32_t>(comparison_min_stores_));
  for (auto d : scored_dimensions(catalog)) out.add_dimensions(d);
  for (const auto& r : scope.region_names) out.add_region_names(r);

  const bool hr = who.user_role == auth::role::hr_admin;
  if (hr) {
    std::int64_t held = 0;
    for (const auto& l : catalog.locations) held += l.held_back_sessions;
    if (held >= k_) out.set_held_back(static_cast<std::uint32_t>(held));
    out.set_held_back_some(held > 0);
  }
  if (who.may_see_scores()) {
    auto members = all_members(catalog);
    fill_scope(data, v1::SCOPE_KIND_ORGANISATION, "Organisation", compare(data, members, who, comparison_min_stores_),
               members, hr, *out.mutable_organisation());
  }
  for (const auto& r : scope.regions) {
    auto members = region_members(catalog, r);
    fill_scope(data, v1::SCOPE_KIND_REGION, r, compare(data, members, who, comparison_min_stores_, r), members, hr,
               *out.add_regions());
  }
  if (!with_stores) return out;
  out.mutable_stores()->Reserve(static_cast<int>(scope.stores.size()));
  for (auto s : scope.stores) *out.add_stores() = *data.rows[s];
  return out;
}

std::unique_ptr<csv_export> report_engine::start_csv_export(storage::database& db, const auth::principal& who,
                                                            const report_query& query, std::size_t stores_per_piece) {
  auto data = period(db, query);
  auto head = build_overview(*data, who, query.region, false);
  auto stores = scope_for(*data, who, query.region).stores;
  return std::make_unique<csv_export>(std::move(data), head, std::move(stores), stores_per_piece);
}

std::string report_engine::export_csv(storage::database& db, const auth::principal& who, const report_query& query) {
  auto csv = start_csv_export(db, who, query);
  std::string text;
  while (!csv->done()) text += csv->next();
  return text;
}

std::shared_ptr<const overview_rows> report_engine::rows_for(const period_data& data, const auth::principal& who) const {
  const auto key = scope_key(who);
  {
    std::lock_guard lock(data.encoded_mutex);
    auto it = data.overview_rows_by_scope.find(key);
    if (it != data.overview_rows_by_scope.end()) return it->second;
  }
  std::vector<std::shared_ptr<const v1::StoreRow>> stores;
  for (auto s : scope_for(data, who, {}).stores) stores.push_back(data.rows[s]);
  auto rows = std::make_shared<const overview_rows>(build_overview(data, who, {}, false), std::move(stores));
  std::lock_guard lock(data.encoded_mutex);
  // Each scope's rows hold its stores' figures: keep HR's and a few managers'.
  if (data.overview_rows_by_scope.size() >= 16) data.overview_rows_by_scope.clear();
  return data.overview_rows_by_scope.try_emplace(key, std::move(rows)).first->second;
}

v1::OverviewReport report_engine::overview_page(storage::database& db, const auth::principal& who,
                                                const report_query& query) {
  auto data = period(db, query);
  return rows_for(*data, who)->page(query.region, query.page);
}

http::encoded_body report_engine::overview_page_encoded(storage::database& db, const auth::principal& who,
                                                        const report_query& query, bool binary) {
  return encoded_page(*period(db, query), who, query, binary);
}

http::encoded_body report_engine::encoded_page(const period_data& data, const auth::principal& who,
                                               const report_query& query, bool binary) const {
  const auto& page = query.page;
  // Lengths before the free texts, so that no region and search can spell another's key.
  std::string key = binary ? "pb|" : "json|";
  key += scope_key(who) + "|" + std::to_string(query.region.size()) + ":" + query.region + "|" +
         std::to_string(page.search.size()) + ":" + page.search + "|" + page.order.name() +
         (page.order.descending ? "|desc|" : "|asc|") + std::to_string(page.page) + "|" + std::to_string(page.page_size);
  {
    std::lock_guard lock(data.encoded_mutex);
    auto it = data.encoded.find(key);
    if (it != data.encoded.end()) return it->second;
  }
  auto rows = rows_for(data, who);
  std::string text;
  if (binary) {
    rows->page(query.region, page).SerializeToString(&text);
  } else {
    text = rows->page_json(query.region, page);
    text.push_back('\n');
  }
  auto body = http::make_encoded_body(std::move(text), binary ? "application/x-protobuf" : "application/json");
  std::lock_guard lock(data.encoded_mutex);
  if (data.encoded.size() >= 64) data.encoded.clear();
  data.encoded[key] = body;
  return body;
}

v1::AlertsReport report_engine::alerts(storage::database& db, const auth::principal& who, const report_query& query) {
  auto data = period(db, query);
  v1::AlertsReport out;
  auto stores = scope_for(*data, who, query.region).stores;
  *out.mutable_period() = period_info(*data, stores);
  out.set_min_group_size(static_cast<std::uint32_t>(k_));
  for (auto s : stores) {
    const auto& row = *data->rows[s];
    for (auto& alert : store_alerts(data->catalog.locations[s], out.period(), row.chi(), row.chi_trend(),
                                    row.dimensions(), row.participation(), data->current[s]))
      *out.add_alerts() = std::move(alert);
  }
  return out;
}

std::optional<v1::LocationReport> report_engine::location(storage::database& db, const auth::principal& who,
                                                          std::int64_t location_id, const report_query& query) {
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
  v1::LocationReport out;
  std::vector<store_aggregate> aggregates;
  {
    storage::read_snapshot snapshot(db);
    aggregates = aggregate_store_windows(db, catalog, windows, found->second);
    add_revisions(db, location_id, history.back().current.first, out);
  }
  const auto& agg = aggregates[0];
  const auto& previous = aggregates[1];

  fill_period_info(data->window, location.closed_through, *out.mutable_period());
  if (!agg.revised_on.empty()) out.mutable_period()->set_revised_on(agg.revised_on);
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
  fill_key_share(catalog, agg, question_keys::feedback_leads_to_action, *out.mutable_feedback_leads_to_action());

  for (int i = points - 1; i >= 0; --i) {
    const auto& point_agg = aggregates[static_cast<std::size_t>(i)];
    auto& point = *out.add_history();
    fill_period_info(history[static_cast<std::size_t>(i)], location.closed_through, *point.mutable_period());
    fill_score(chi_score(catalog, point_agg), *point.mutable_chi());
    for (auto d : scored_dimensions(catalog))
      fill_dimension(catalog, point_agg, &aggregates[static_cast<std::size_t>(i) + 1], d, *point.add_dimensions());
    fill_participation(point_agg, location.headcount, *point.mutable_participation());
    fill_key_share(catalog, point_agg, question_keys::knows_limit, *point.mutable_knows_limit());
    fill_key_share(catalog, point_agg, question_keys::used_last_7_days, *point.mutable_used_last_7_days());
    fill_remediation(point_agg, *point.mutable_remediation());
  }
  for (auto& alert :
       store_alerts(location, out.period(), out.chi(), out.chi_trend(), out.dimensions(), out.participation(), agg))
    *out.add_alerts() = std::move(alert);
  auto organisation = compare(*data, all_members(catalog), who, comparison_min_stores_);
  out.set_organisation_withheld(organisation.withheld);
  for (auto d : scored_dimensions(catalog))
    fill_dimension(catalog, organisation.current, &organisation.previous, d, *out.add_organisation_dimensions());
  fill_score(chi_score(catalog, organisation.current), *out.mutable_organisation_chi());
  return out;
}

}  // namespace storepulse::reports
