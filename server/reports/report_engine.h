#pragma once

#include "server/auth/principal.h"
#include "server/reports/indicators.h"
#include "server/reports/report_catalog.h"
#include "server/reports/report_period.h"
#include "server/reports/window_aggregate.h"
#include "server/storage/database.h"
#include "storepulse/v1/reports.pb.h"

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace storepulse::reports {

// What a report asks for.
struct report_query {
  v1::Period period = v1::PERIOD_WEEK;
  std::optional<int> at;  // dense week index; the latest week with sessions when absent
  std::string region;     // empty: every region the caller may see
  int history = 8;        // location reports: periods of history, current included
};

// Everything computed once for a period and shared by every caller until the data changes.
struct period_data {
  report_catalog catalog;
  period_window window;
  std::int64_t version = 0;
  std::vector<store_aggregate> current, previous;
  std::vector<score_value> chi, previous_chi;  // per store
  store_aggregate organisation, previous_organisation;
  std::map<std::string, store_aggregate> regions, previous_regions;
  std::vector<std::array<std::int64_t, 4>> limit_gap;  // per store

  // Encoded overviews (JSON or binary) made from these figures, by caller scope and filter:
  // encoding 5,000 stores as JSON costs far more than computing them.
  mutable std::mutex encoded_mutex;
  mutable std::map<std::string, std::shared_ptr<const std::string>> encoded;
};

// Builds the reports from rollups and caches each period's figures, keyed by the data version.
// Thread-safe: reader threads call it concurrently, each with its own connection.
class report_engine {
 public:
  // k is clamped to at least 3. Cached figures are reused while the data version is unchanged and,
  // when max_staleness is set, for that long after it changes (to spare a busy server recomputing
  // for every request under constant ingest; 0 shows every commit at once).
  explicit report_engine(int min_group_size, std::chrono::seconds max_staleness = std::chrono::seconds{0});

  // Returns the minimum group size in force.
  int k() const { return k_; }

  // Returns the overview the caller may see: their stores, their regions and the organisation.
  v1::OverviewReport overview(storage::database& db, const auth::principal& who, const report_query& query);
  // Returns the overview encoded as binary Protobuf or as JSON (Protobuf's JSON mapping, default
  // fields printed), reused while the period's figures stand.
  std::shared_ptr<const std::string> overview_encoded(storage::database& db, const auth::principal& who,
                                                      const report_query& query, bool binary);
  // Returns the alerts of the caller's stores.
  v1::AlertsReport alerts(storage::database& db, const auth::principal& who, const report_query& query);
  // Returns one location's report, or nullopt when it does not exist. The caller checks scope.
  std::optional<v1::LocationReport> location(storage::database& db, std::int64_t location_id, const report_query& query);
  // Returns the overview's suppressed aggregates as CSV, one figure per row.
  std::string export_csv(storage::database& db, const auth::principal& who, const report_query& query);

  // Returns the period's shared figures, from the cache when still valid.
  std::shared_ptr<const period_data> period(storage::database& db, const report_query& query);

 private:
  struct cache_entry {
    std::shared_ptr<const period_data> data;
    std::chrono::steady_clock::time_point made;
  };

  int k_;
  std::chrono::seconds max_staleness_;
  std::mutex mutex_;
  std::map<std::pair<int, int>, cache_entry> cache_;  // (period, at)
};

// Returns the data version that 003_reports.sql maintains.
std::int64_t data_version(storage::database& db);

}  // namespace storepulse::reports
