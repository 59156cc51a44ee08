#pragma once

#include "server/auth/principal.h"
#include "server/ingest/submission_store.h"
#include "server/storage/database.h"
#include "tests/support/scratch_folder.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace storepulse::reports::testing {

// How a store's kiosk behaves over the timeline.
enum class kiosk_habit {
  prompt,    // uploads each day's answers the same day
  late,      // goes offline for a few weeks now and then, and uploads the backlog when back
  inserter,  // someone adds k - 1 sessions with known answers on some days
};

struct chain_store {
  std::int64_t id = 0;
  std::string code, region, timezone;
  int sessions_per_week = 0;
  kiosk_habit habit = kiosk_habit::prompt;
  std::string token;
};

// A caller of the reports and a name for it.
struct chain_caller {
  std::string name;
  auth::principal who;
};

// A generated retail chain in a real, migrated SQLite file with the default question bank,
// fed day by day through the real ingest path (submission_store) with the clock advancing.
// Regions hold 2 to 5 stores of several sizes; some kiosks are late, one inserts known sessions.
class chain_timeline {
 public:
  // first_day: days since 1970-01-01 of the first day simulated.
  chain_timeline(unsigned seed, int first_day, int k);
  ~chain_timeline();

  // Makes and stores one day's sessions and remediation logs (late kiosks keep theirs until they
  // are back), then moves the clock to the next day.
  void advance_day();
  // Returns the day being simulated (days since 1970-01-01).
  int today() const { return today_; }
  // Returns unix seconds of the current day at the given UTC hour.
  std::int64_t now(int hour = 23) const { return static_cast<std::int64_t>(today_) * 86400 + hour * 3600; }

  storage::database& db() { return *db_; }
  const std::string& path() const { return path_; }
  const std::vector<chain_store>& stores() const { return stores_; }
  // Returns HR and managers: of two stores of a five-store region, of one store of a two-store
  // region, and of every store of a three-store region.
  const std::vector<chain_caller>& callers() const { return callers_; }
  // Returns how many sessions of a store dated in [first_day, last_day] have reached the server.
  std::int64_t stored_sessions(std::int64_t location, int first_day, int last_day) const;

 private:
  struct pending_upload {
    std::size_t store;
    v1::SubmissionBatch batch;
  };
  struct stored_session {
    std::int64_t location;
    int day;
  };
  void upload(const chain_store& store, const v1::SubmissionBatch& batch);

  storepulse::testing::scratch_folder folder_;
  std::string path_;
  std::unique_ptr<storage::database> db_;
  ingest::submission_store ingest_;
  std::mt19937_64 random_;
  int today_;
  int k_;
  std::vector<chain_store> stores_;
  std::vector<chain_caller> callers_;
  std::vector<v1::KioskConfig> configs_;
  std::vector<v1::SubmissionBatch> backlog_;  // per store, while a late kiosk is offline
  std::vector<int> offline_until_;            // per store: day the kiosk is back (late kiosks)
  std::vector<stored_session> stored_;
};

}  // namespace storepulse::reports::testing
