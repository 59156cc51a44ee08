#pragma once

#include "server/storage/database.h"

#include <cstdint>
#include <map>
#include <string>
#include <utility>

namespace storepulse::ingest {

// How many sessions and remediation logs each kiosk sent per store-local day, for the daily cap.
// A day is counted from its rows (an index by date and kiosk) the first time it is needed, then
// kept up to date in memory by the writer. The rows stay the truth: forget() drops what memory
// holds, and the next use counts again, which is what a rollback calls for.
class daily_counts {
 public:
  struct day {
    std::int64_t sessions = 0;
    std::int64_t remediations = 0;
  };

  // Returns the counts of kiosk_id on local_date; the reference lasts until the next call.
  day& of(storage::database& db, std::int64_t kiosk_id, const std::string& local_date);
  // Drops every count held in memory.
  void forget() { days_.clear(); }

 private:
  std::map<std::pair<std::int64_t, std::string>, day, std::less<>> days_;
};

}  // namespace storepulse::ingest
