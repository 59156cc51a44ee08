#include "server/reports/period_data.h"

#include "server/reports/scope_summary.h"

namespace storepulse::reports {

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
  return data;
}

}  // namespace storepulse::reports
