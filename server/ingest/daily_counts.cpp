#include "server/ingest/daily_counts.h"

namespace storepulse::ingest {

namespace {

// Past this many kiosk-days in memory, the counts are dropped and counted again as needed: the
// dates a kiosk may still send for span two months, and most kiosks only send for today.
constexpr std::size_t max_days = 100000;

// Calls add(kiosk_id, rows) for each kiosk with rows of local_date in what sql selects.
template <typename Add>
void count_rows(storage::database& db, const char* sql, const std::string& local_date, Add&& add) {
  auto& count = db.cached(sql);
  count.bind(1, local_date);
  try {
    while (count.step()) add(count.column_int64(0), count.column_int64(1));
  } catch (...) {
    count.reset();
    throw;
  }
  count.reset();
}

}  // namespace

void daily_counts::count_date(storage::database& db, const std::string& local_date) {
  if (days_.size() >= max_days) forget();
  count_rows(db, "SELECT kiosk_id, count(*) FROM submissions WHERE local_date = ? GROUP BY kiosk_id", local_date,
             [&](std::int64_t kiosk, std::int64_t n) { days_[{kiosk, local_date}].sessions = n; });
  count_rows(db, "SELECT kiosk_id, count(*) FROM remediation_events WHERE local_date = ? GROUP BY kiosk_id",
             local_date, [&](std::int64_t kiosk, std::int64_t n) { days_[{kiosk, local_date}].remediations = n; });
  dates_.insert(local_date);
}

daily_counts::day& daily_counts::of(storage::database& db, std::int64_t kiosk_id, const std::string& local_date) {
  auto key = std::make_pair(kiosk_id, local_date);
  if (auto found = days_.find(key); found != days_.end()) return found->second;
  if (!dates_.contains(local_date)) {
    count_date(db, local_date);
    if (auto found = days_.find(key); found != days_.end()) return found->second;
  }
  // A date already counted that this kiosk had no rows of.
  return days_.emplace(std::move(key), day{}).first->second;
}

}  // namespace storepulse::ingest
