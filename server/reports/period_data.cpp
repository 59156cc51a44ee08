#include "server/reports/period_data.h"

#include "server/reports/scope_summary.h"

#include <algorithm>

namespace storepulse::reports {
namespace {

// Reading one store's blocks on its own costs as much as reading this many stores' in one pass
// over the window (storepulse-report-bench, "refresh" lines).
constexpr std::size_t store_read_cost = 8;

// Sets a store's CHI, limit gap and overview row from its sums; period names the window.
void derive_store(period_data& data, const v1::PeriodInfo& period, std::size_t s) {
  const auto& catalog = data.catalog;
  data.chi[s] = chi_score(catalog, data.current[s]);
  data.previous_chi[s] = chi_score(catalog, data.previous[s]);
  std::int64_t raw = 0;
  data.limit_gap[s] = store_limit_gap(catalog, data.current[s], catalog.locations[s], raw);
  auto row = std::make_shared<v1::StoreRow>();
  fill_store_row(data, period, s, *row);
  data.rows[s] = std::move(row);
}

v1::PeriodInfo period_of(const period_data& data) {
  v1::PeriodInfo info;
  fill_period_info(data.window, data.catalog.closed_through, info);
  return info;
}

// Sums every store into the organisation and its region.
void sum_scopes(period_data& data) {
  data.organisation = {};
  data.previous_organisation = {};
  data.regions.clear();
  data.previous_regions.clear();
  for (std::size_t s = 0; s < data.current.size(); ++s) {
    const auto& region = data.catalog.locations[s].region;
    data.organisation.add(data.current[s]);
    data.previous_organisation.add(data.previous[s]);
    data.regions[region].add(data.current[s]);
    data.previous_regions[region].add(data.previous[s]);
  }
}

// Returns true when two catalogs list the same questions and the same stores in the same order,
// so that figures of one can be carried over to the other store by store.
bool same_shape(const report_catalog& a, const report_catalog& b) {
  if (a.questions != b.questions || a.locations.size() != b.locations.size()) return false;
  for (std::size_t s = 0; s < a.locations.size(); ++s)
    if (a.locations[s].id != b.locations[s].id) return false;
  return true;
}

}  // namespace

std::shared_ptr<period_data> make_period_data(storage::database& db, const period_window& window,
                                              std::int64_t version) {
  auto data = std::make_shared<period_data>();
  data->version = version;
  data->catalog = load_catalog(db);
  data->window = window;
  const week_range windows[] = {data->window.current, data->window.previous};
  auto aggregates = aggregate_windows(db, data->catalog, windows);
  data->current = std::move(aggregates[0]);
  data->previous = std::move(aggregates[1]);
  const auto stores = data->catalog.locations.size();
  data->chi.resize(stores);
  data->previous_chi.resize(stores);
  data->limit_gap.resize(stores);
  data->rows.resize(stores);
  const auto period = period_of(*data);
  for (std::size_t s = 0; s < stores; ++s) derive_store(*data, period, s);
  sum_scopes(*data);
  return data;
}

std::shared_ptr<period_data> refresh_period_data(storage::database& db, const period_data& old, std::int64_t version,
                                                 std::size_t* stores_read) {
  auto catalog = load_catalog(db);
  std::vector<std::size_t> changed;
  if (same_shape(old.catalog, catalog)) {
    for (std::size_t s = 0; s < catalog.locations.size(); ++s)
      if (!(catalog.locations[s] == old.catalog.locations[s])) changed.push_back(s);
  }
  if (!same_shape(old.catalog, catalog) || changed.size() * store_read_cost > catalog.locations.size()) {
    if (stores_read) *stores_read = catalog.locations.size();
    return make_period_data(db, old.window, version);
  }
  if (stores_read) *stores_read = changed.size();
  auto data = std::make_shared<period_data>();
  data->version = version;
  data->catalog = std::move(catalog);
  data->window = old.window;
  data->current = old.current;
  data->previous = old.previous;
  data->chi = old.chi;
  data->previous_chi = old.previous_chi;
  data->limit_gap = old.limit_gap;
  data->rows = old.rows;
  const week_range windows[] = {data->window.current, data->window.previous};
  const auto period = period_of(*data);
  for (auto s : changed) {
    auto aggregates = aggregate_store_windows(db, data->catalog, windows, static_cast<int>(s));
    data->current[s] = std::move(aggregates[0]);
    data->previous[s] = std::move(aggregates[1]);
    derive_store(*data, period, s);
  }
  sum_scopes(*data);
  return data;
}

}  // namespace storepulse::reports
