#include "server/ingest/daily_counts.h"

namespace storepulse::ingest {

namespace {

// Past this many kiosk-days in memory, the counts are dropped and counted again as needed: the
// dates a kiosk may still send for span two months, and most kiosks only send for today.
constexpr std::size_t max_days = 100000;

std::int64_t count_rows(storage::database& db, const char* sql, std::int64_t kiosk_id, const std::string& local_date) {
  auto& count = db.cached(sql);
  count.bind(1, local_date).bind(2, kiosk_id);
  std::int64_t n = count.step() ? count.column_int64(0) : 0;
  count.reset();
  return n;
}

}  // namespace

daily_counts::day& daily_counts::of(storage::database& db, std::int64_t kiosk_id, const std::string& local_date) {
  auto key = std::make_pair(kiosk_id, local_date);
  if (auto found = days_.find(key); found != days_.end()) return found->second;
  if (days_.size() >= max_days) days_.clear();
  day counted;
  counted.sessions =
      count_rows(db, "SELECT count(*) FROM submissions WHERE local_date = ? AND kiosk_id = ?", kiosk_id, local_date);
  counted.remediations = count_rows(db, "SELECT count(*) FROM remediation_events WHERE local_date = ? AND kiosk_id = ?",
                                    kiosk_id, local_date);
  return days_.emplace(std::move(key), counted).first->second;
}

}  // namespace storepulse::ingest
