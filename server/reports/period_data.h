#pragma once

#include "server/http/responses.h"
#include "server/reports/indicators.h"
#include "server/reports/overview_pages.h"
#include "server/reports/report_catalog.h"
#include "server/reports/report_period.h"
#include "server/reports/window_aggregate.h"
#include "server/storage/database.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace storepulse::reports {

// Everything computed once for a period and shared by every caller until the data changes.
struct period_data {
  report_catalog catalog;
  period_window window;
  std::int64_t version = 0;
  std::vector<store_aggregate> current, previous;
  std::vector<score_value> chi, previous_chi;  // per store
  std::vector<std::array<std::int64_t, 4>> limit_gap;  // per store
  // Sums of every store, as HR sees them: the organisation and each region.
  store_aggregate organisation, previous_organisation;
  std::map<std::string, store_aggregate> regions, previous_regions;
  // Per store: its overview row, the same for every caller (it names the window, not the caller).
  std::vector<std::shared_ptr<const v1::StoreRow>> rows;

  // Overview rows by caller scope, and encoded overview pages (JSON or binary) by caller scope,
  // filter, order and page: encoding costs more than cutting a page from the sorted rows.
  mutable std::mutex encoded_mutex;
  mutable std::map<std::string, std::shared_ptr<const overview_rows>> overview_rows_by_scope;
  mutable std::map<std::string, http::encoded_body> encoded;
};

// Returns a window's figures from the published blocks: every store's sums and CHI for the
// window and the one before it, the organisation's and each region's. version is the data
// version they were read at.
std::shared_ptr<period_data> make_period_data(storage::database& db, const period_window& window,
                                              std::int64_t version);

// Returns old's window at a newer data version: reads again only the stores whose published
// blocks or catalog row changed since old was made (publication_state.version), carries the
// others' sums and rows over and sums the organisation and regions again; reads everything when the
// questions or the list of stores changed, or when so many stores changed that one pass is
// cheaper. stores_read, when given, is set to the number of stores read.
std::shared_ptr<period_data> refresh_period_data(storage::database& db, const period_data& old, std::int64_t version,
                                                 std::size_t* stores_read = nullptr);

}  // namespace storepulse::reports
