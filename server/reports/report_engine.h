#pragma once

#include "server/auth/principal.h"
#include "server/reports/overview_pages.h"
#include "server/reports/period_data.h"
#include "server/storage/database.h"
#include "storepulse/v1/reports.pb.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace storepulse::reports {

class csv_export;

// What a report asks for.
struct report_query {
  v1::Period period = v1::PERIOD_WEEK;
  std::optional<int> at;  // dense week index; the last week published when absent
  std::string region;     // empty: every region the caller may see
  int history = 8;        // location reports: periods of history, current included
  page_query page;        // the overview's page of stores (overview_page)
};

// Builds the reports from published blocks (server/publication/) and caches each period's
// figures, keyed by the data version, which moves only when something is published. When it
// moves, only the stores a publication touched are read again (refresh_period_data). Thread-safe:
// reader threads call it concurrently, each with its own connection; one period's figures are
// made once at a time, and other callers wait for them.
class report_engine : public std::enable_shared_from_this<report_engine> {
 public:
  // Runs a job on another thread with its own connection; returns false when it cannot.
  using background_runner = std::function<bool(std::function<void(storage::database&)>)>;

  // k is clamped to at least 3. A manager's region or organisation figures must cover at least
  // comparison_min_stores other stores. When max_staleness is set, figures made before the data
  // version moved are answered for that long after the engine first sees it move, while newer
  // ones are made in the background (see run_in_background); without a runner, for that long.
  explicit report_engine(int min_group_size, int comparison_min_stores = 3,
                         std::chrono::seconds max_staleness = std::chrono::seconds{0});

  // Lets the engine make newer figures on other threads: outdated ones are then answered (within
  // max_staleness) while the new ones are made, and prepare_in_background works.
  void run_in_background(background_runner runner);
  // Makes the figures of every period at the last week published, HR's overview rows and the
  // dashboard's first page of each, so that the first request after a publication finds them.
  void prepare(storage::database& db);
  // Runs prepare on another thread (after a publication run); does nothing without a runner.
  void prepare_in_background();
  // Runs prepare when the data version moved since the last prepare (a publication by another
  // process, such as storepulse-admin publish, or a start); returns true when it did.
  bool prepare_if_changed(storage::database& db);

  // Returns the minimum group size in force.
  int k() const { return k_; }

  // Returns the overview the caller may see: their stores, their regions and the organisation;
  // with a region, only that region's row and stores.
  v1::OverviewReport overview(storage::database& db, const auth::principal& who, const report_query& query);
  // Returns the organisation, every region the caller may see and one page of the stores of
  // query.region that match query.page, in its order; the period's revision date is that of all
  // the caller's stores, as the region rows are. Each caller scope's stores are listed and each
  // order sorted once per period's figures.
  v1::OverviewReport overview_page(storage::database& db, const auth::principal& who, const report_query& query);
  // Returns overview_page encoded as binary Protobuf or as JSON (Protobuf's JSON mapping, default
  // fields printed), and gzipped, reused while the period's figures stand.
  http::encoded_body overview_page_encoded(storage::database& db, const auth::principal& who,
                                           const report_query& query, bool binary);
  // Returns the alerts of the caller's stores.
  v1::AlertsReport alerts(storage::database& db, const auth::principal& who, const report_query& query);
  // Returns one location's report, or nullopt when it does not exist. The caller checks scope;
  // who decides how the organisation comparison is shown.
  std::optional<v1::LocationReport> location(storage::database& db, const auth::principal& who,
                                             std::int64_t location_id, const report_query& query);
  // Returns the overview's suppressed aggregates as CSV, one figure per row, to be made in pieces
  // of stores_per_piece stores each from the period's figures (the database is read only here).
  std::unique_ptr<csv_export> start_csv_export(storage::database& db, const auth::principal& who,
                                               const report_query& query, std::size_t stores_per_piece = 100);
  // Returns the whole text of start_csv_export.
  std::string export_csv(storage::database& db, const auth::principal& who, const report_query& query);

  // Returns the period's shared figures, from the cache when still valid.
  std::shared_ptr<const period_data> period(storage::database& db, const report_query& query);

 private:
  using cache_key = std::pair<int, int>;  // (period, at)
  struct cache_entry {
    std::shared_ptr<const period_data> data;
    std::chrono::steady_clock::time_point made;
    std::optional<std::chrono::steady_clock::time_point> outdated_since;  // when a newer version was first seen
    bool refreshing = false;  // newer figures are being made in the background
  };

  // Returns the period's figures: the cached ones while the data version stands, outdated ones
  // when outdated_allowed and outdated_answer has them, else made now.
  std::shared_ptr<const period_data> figures(storage::database& db, const report_query& query, bool outdated_allowed);
  // Returns the period's figures at the version given, made here or by the caller already making
  // them; older, when given, holds the same window at an older version.
  std::shared_ptr<const period_data> make_figures(storage::database& db, const cache_key& key, const period_window& window,
                                                  std::int64_t version, std::shared_ptr<const period_data> older);
  // Returns outdated figures the caller may be answered with while newer ones are made, or null:
  // the key's own or, for the latest week, the period's newest; schedules the newer ones.
  std::shared_ptr<const period_data> outdated_answer(const cache_key& key, const report_query& query,
                                                     std::chrono::steady_clock::time_point now);
  // Returns the overview of a period's figures as the caller may see it; with a region, only
  // that region's row and stores; without with_stores, no stores.
  v1::OverviewReport build_overview(const period_data& data, const auth::principal& who, const std::string& region,
                                    bool with_stores = true) const;
  // Returns the caller's overview rows of the period, made on first use.
  std::shared_ptr<const overview_rows> rows_for(const period_data& data, const auth::principal& who) const;
  // Returns a page of the period's overview, encoded, made on first use.
  http::encoded_body encoded_page(const period_data& data, const auth::principal& who, const report_query& query,
                                  bool binary) const;

  int k_;
  int comparison_min_stores_;
  std::chrono::seconds max_staleness_;
  background_runner background_;
  std::atomic<std::int64_t> prepared_version_{-1};
  std::mutex mutex_;
  std::map<cache_key, cache_entry> cache_;
  std::map<std::pair<cache_key, std::int64_t>, std::shared_future<std::shared_ptr<const period_data>>> making_;
};

// Returns the overview page the dashboard asks for first: the lowest CHI first.
report_query dashboard_first_page(v1::Period period);

// Returns the last week any store has published (dense index), or nullopt when none has.
std::optional<int> last_published_week(storage::database& db);

// Returns the data version that 003_reports.sql maintains and publication moves.
std::int64_t data_version(storage::database& db);

}  // namespace storepulse::reports
