#pragma once

#include "server/storage/database.h"
#include "tests/support/scratch_folder.h"

#include <cstdint>
#include <string>

namespace storepulse::testing {

// A migrated SQLite file with the default question bank, one store (headcount 4, so a daily cap
// of max(10, 6) = 10 sessions per kiosk) and two kiosks with tokens "token-a" and "token-b".
class ingest_fixture {
 public:
  ingest_fixture();

  // Returns the database file.
  const std::string& path() const { return path_; }
  // Returns the stored token hash of a token.
  static std::string token_hash(const std::string& token);
  // Returns a whole number from a query on a fresh connection.
  std::int64_t count(const std::string& sql) const;

  std::int64_t location_id = 0;

 private:
  scratch_folder folder_;
  std::string path_;
};

}  // namespace storepulse::testing
