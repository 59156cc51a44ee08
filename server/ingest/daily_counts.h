#pragma once

#include "server/storage/database.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>

namespace storepulse::ingest {

// How many sessions and remediation logs each kiosk sent per store-local day, for the daily cap.
// The first time a date is needed, every kiosk's rows of that date are counted at once (an index
// by date); then the writer keeps the counts up to date in memory. The rows stay the truth:
// forget() drops what memory holds, and the next use counts again, which is what a rollback
// calls for.
class daily_counts {
 public:
  struct day {
    std::int64_t sessions = 0;
    std::int64_t remediations = 0;
  };

  // Returns the counts of kiosk_id on local_date; the reference lasts until the next call.
  day& of(storage::database& db, std::int64_t kiosk_id, const std::string& local_date);
  // Drops every count held in memory.
  void forget() {
    days_.clear();
    dates_.clear();
  }

 private:
  // Counts every kiosk's rows of local_date into days_.
  void count_date(storage::database& db, const std::string& local_date);

  std::map<std::pair<std::int64_t, std::string>, day, std::less<>> days_;
  std::set<std::string, std::less<>> dates_;  // dates counted into days_
};

}  // namespace storepulse::ingest
