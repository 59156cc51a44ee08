#pragma once

#include "server/storage/database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace storepulse::ingest {

// Tells the writer when what it keeps in memory about some rowid tables may have gone stale:
// another connection committed (the admin tool), or the writer's own connection changed a row
// of one of the tables (a revocation from the web, say).
class change_watch {
 public:
  explicit change_watch(std::vector<std::string> tables) : tables_(std::move(tables)) {}

  // Returns true on the first call, after reset(), on another connection than the last call's,
  // and whenever the database may have changed since the last call.
  bool changed(storage::database& db);
  // Takes the connection's changes made since the last call to changed() as already reflected in
  // memory: for a write the caller has also applied to what it keeps.
  void absorb(storage::database& db) { own_changes_ = db.watched_changes(); }
  // Makes the next call to changed() return true; for rollbacks, which undo changes the
  // connection counted but memory may already hold.
  void reset() { fresh_ = false; }

 private:
  std::vector<std::string> tables_;
  bool fresh_ = false;
  const sqlite3* connection_ = nullptr;
  std::int64_t data_version_ = 0;
  std::uint64_t own_changes_ = 0;
};

}  // namespace storepulse::ingest
